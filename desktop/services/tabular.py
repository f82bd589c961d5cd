"""Tabular files shared by every import (the tenant list, the payments from the
accounting export, the national register, the CALEOL votes): reading a CSV or Excel
export as headers and rows, the column mapping (fields, header synonyms, the mapping
proposed from the headers, given by names, checked), reading one row's cells by field
with a French message per unreadable cell, and the rejected lines of a dry run.

Each import declares its fields (``Columns``) and builds its lines with a
``RowReader``; what it checks beyond the cells (the domain's rules, the database) stays
in its own module.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Generic, NamedTuple, TypeVar

from desktop.domain.errors import UserError
from desktop.domain.formatting import format_date_fr, parse_date_fr, parse_decimal_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Forms, Message
from desktop.domain.text import fold
from desktop.services.write import message as _m

CSV_EXTENSIONS = (".csv", ".txt", ".tsv")
EXCEL_EXTENSIONS = (".xlsx", ".xlsm")
CENT = Decimal("0.01")

Cell = Any  # str | Decimal | dt.date | bool | None


def render(message: Message | str, translate=None) -> str:
    """A message with its parameters, nested messages included, in French.

    ``translate`` is ``QCoreApplication.translate`` in the GUI, ``None`` elsewhere.
    """
    return message.render(translate) if isinstance(message, Message) else str(message)


# --------------------------------------------------------------------------- reading


class Row(NamedTuple):
    line: int  # line number in the file (1 = headers)
    cells: tuple


@dataclass
class Table:
    headers: list[str]
    rows: list[Row]
    source: str = ""  # file name, for the report and the audit trail


def _file_error(template: str, path: Path, **params) -> UserError:
    """What is wrong with the file at ``path``: ``template`` given its ``name``."""
    return UserError(_m(template, name=path.name, **params))


def _cannot_read(path: Path) -> UserError:
    return _file_error(
        QT_TRANSLATE_NOOP("messages", "Impossible de lire le fichier « {name} »."), path
    )


def _not_a_workbook(path: Path) -> UserError:
    return _file_error(
        QT_TRANSLATE_NOOP("messages", "Le fichier « {name} » n'est pas un classeur Excel valide."),
        path,
    )


def read_table(path: str | Path) -> Table:
    """Read a CSV (``;``, ``,`` or tab separated) or Excel (.xlsx) export.

    CSV text is UTF-8 (with or without BOM), UTF-16 with BOM, or else Windows-1252.
    Raises ``UserError`` for an unknown format or an unreadable file.
    """
    path = Path(path)
    ext = path.suffix.lower()
    if ext == ".xls":
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Le format Excel 97-2003 (.xls) n'est pas pris en charge : enregistrez le "
                    "fichier au format .xlsx ou CSV.",
                )
            )
        )
    if ext not in CSV_EXTENSIONS + EXCEL_EXTENSIONS:
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Format de fichier non pris en charge (« {ext} ») : choisissez un fichier "
                    "CSV ou Excel (.xlsx).",
                ),
                ext=ext or path.name,
            )
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise _cannot_read(path) from exc
    if raw.startswith(b"PK\x03\x04"):  # a workbook, whatever its name says
        headers, rows = _read_xlsx(raw, path)
    elif ext in EXCEL_EXTENSIONS:
        raise _not_a_workbook(path)
    else:
        headers, rows = _read_csv(_decode(raw, path), path)
    if not any(h.strip() for h in headers):
        raise _file_error(QT_TRANSLATE_NOOP("messages", "Le fichier « {name} » est vide."), path)
    if not rows:
        raise _file_error(
            QT_TRANSLATE_NOOP(
                "messages", "Le fichier « {name} » ne contient aucune ligne après les en-têtes."
            ),
            path,
        )
    return Table(headers=headers, rows=rows, source=path.name)


def _decode(raw: bytes, path: Path) -> str:
    encodings: tuple[str, ...]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ("utf-16",)
    else:
        encodings = ("utf-8-sig", "cp1252")
    for encoding in encodings:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text:  # NUL bytes: UTF-16 without BOM, or not text at all
            return text
    raise _file_error(
        QT_TRANSLATE_NOOP(
            "messages",
            "Encodage du fichier « {name} » non reconnu : enregistrez-le en UTF-8 ou en "
            "Windows-1252 (ANSI).",
        ),
        path,
    )


def _delimiter(text: str) -> str:
    first = next((line for line in text.splitlines() if line.strip()), "")
    if ";" in first:
        return ";"
    try:
        return csv.Sniffer().sniff(text[:65536], delimiters=";,\t").delimiter
    except csv.Error:
        if "\t" in first:
            return "\t"
        return "," if "," in first else ";"


def _read_csv(text: str, path: Path) -> tuple[list[str], list[Row]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    headers: list[str] | None = None
    rows: list[Row] = []
    previous_end = 0
    try:
        for record in reader:
            line = previous_end + 1
            previous_end = reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            if headers is None:
                headers = [h.strip() for h in record]
                continue
            rows.append(Row(line, _fit(record, len(headers), "")))
    except csv.Error as exc:
        raise _file_error(
            QT_TRANSLATE_NOOP("messages", "Fichier « {name} » illisible vers la ligne {line}."),
            path,
            line=reader.line_num,
        ) from exc
    return _name_headers(headers or []), rows


def _fit(cells: Iterable, width: int, filler) -> tuple:
    cells = list(cells)[:width]
    return tuple(cells + [filler] * (width - len(cells)))


def _name_headers(headers: list) -> list[str]:
    while headers and (headers[-1] is None or not str(headers[-1]).strip()):
        headers = headers[:-1]
    return [cell_text(h).strip() or f"Colonne {i + 1}" for i, h in enumerate(headers)]


def _xlsx_value(value: Any) -> Cell:
    """An Excel cell as text, Decimal (via its text: never float arithmetic), date or bool."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)):
        try:
            return Decimal(str(value))
        except InvalidOperation:  # pragma: no cover - inf/nan do not occur in xlsx
            return str(value)
    return str(value)


def _read_xlsx(raw: bytes, path: Path) -> tuple[list[str], list[Row]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise _not_a_workbook(path) from exc
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            return [], []
        headers: list[str] | None = None
        rows: list[Row] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [_xlsx_value(v) for v in values]
            if not any(cell_text(c).strip() for c in cells):
                continue
            if headers is None:
                headers = _name_headers(cells)
                continue
            rows.append(Row(number, _fit(cells, len(headers), None)))
        return headers or [], rows
    finally:
        workbook.close()


# --------------------------------------------------------------------------- mapping


_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def header_key(header: str) -> str:
    """``"N° contrat"`` -> ``"n contrat"``; ``"NOM_LOCATAIRE"`` -> ``"nom locataire"``."""
    return " ".join(_NON_ALNUM.split(fold(str(header)))).strip()


# The usual headers of an email address column, in any import (as ``header_key`` gives them).
EMAIL_HEADERS = (
    "email",
    "e mail",
    "mail",
    "courriel",
    "adresse mail",
    "adresse email",
    "adresse e mail",
    "adresse electronique",
)


class Field(NamedTuple):
    """One field an import fills: its key, its French label (translation context
    ``messages``), whether a column is required, and the usual headers of its column
    (as ``header_key`` gives them)."""

    key: str
    label: str
    required: bool
    synonyms: tuple[str, ...] = ()


class Columns:
    """The fields of one import and what is done with a file's headers: the mapping
    proposed from them, a mapping given by names, its check, a field named with its
    column. A mapping is ``{field key: column index or None}``."""

    def __init__(self, fields: Iterable[Field]) -> None:
        self.fields: list[Field] = list(fields)
        self.by_key: dict[str, Field] = {f.key: f for f in self.fields}

    @property
    def required_keys(self) -> list[str]:
        return [f.key for f in self.fields if f.required]

    def names(self, f: Field) -> set[str]:
        """The headers taken for ``f``: its synonyms, its label and its key."""
        return set(f.synonyms) | {header_key(f.label), header_key(f.key)}

    def empty(self) -> dict[str, int | None]:
        return {f.key: None for f in self.fields}

    def propose(self, headers: Sequence[str]) -> dict[str, int | None]:
        """For each field, the index of the first free header that looks like it."""
        keys = [header_key(h) for h in headers]
        used: set[int] = set()
        mapping: dict[str, int | None] = {}
        for f in self.fields:
            names = self.names(f)
            mapping[f.key] = None
            for index, key in enumerate(keys):
                if index not in used and key in names:
                    mapping[f.key] = index
                    used.add(index)
                    break
        return mapping

    def _unknown(self, key: str) -> UserError:
        return UserError(
            _m(
                QT_TRANSLATE_NOOP("messages", "Champ inconnu dans la correspondance : « {key} »."),
                key=key,
            )
        )

    def _no_index(self, key: str, index: int) -> UserError:
        return self._absent(
            key,
            QT_TRANSLATE_NOOP(
                "messages", "Colonne n° {index} absente du fichier (champ « {field} »)."
            ),
            index=index,
        )

    def _absent(self, key: str, template: str, **params) -> UserError:
        """The column the mapping gives for field ``key`` is not in the file."""
        return UserError(_m(template, field=Message(self.by_key[key].label), **params))

    def from_names(
        self,
        headers: Sequence[str],
        names: dict[str, Any],
        base: dict[str, int | None] | None = None,
    ) -> dict[str, int | None]:
        """A mapping given by header names (exact, or accents and case ignored), 0-based
        indexes or ``None``, over ``base``. The names come from a mapping file or the
        command line: unknown fields or headers raise ``UserError``."""
        mapping = dict(base or self.empty())
        exact = {h: i for i, h in reversed(list(enumerate(headers)))}
        folded = {header_key(h): i for i, h in reversed(list(enumerate(headers)))}
        for key, name in names.items():
            if key not in self.by_key:
                raise self._unknown(key)
            if name is None or name == "":
                mapping[key] = None
            elif isinstance(name, int) and not isinstance(name, bool):
                if not 0 <= name < len(headers):
                    raise self._no_index(key, name)
                mapping[key] = name
            elif isinstance(name, str) and (name in exact or header_key(name) in folded):
                mapping[key] = exact.get(name, folded.get(header_key(name)))
            else:
                raise self._absent(
                    key,
                    QT_TRANSLATE_NOOP(
                        "messages", "Colonne « {name} » absente du fichier (champ « {field} »)."
                    ),
                    name=name,
                )
        return mapping

    def check(self, table: Table, mapping: dict[str, int | None]) -> None:
        """Raise ``UserError`` for an unknown field, a column the file does not have, or
        the required fields with no column."""
        for key, index in mapping.items():
            if key not in self.by_key:
                raise self._unknown(key)
            if index is not None and not 0 <= index < len(table.headers):
                raise self._no_index(key, index)
        missing = [self.by_key[k].label for k in self.required_keys if mapping.get(k) is None]
        if missing:
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "Colonnes obligatoires non associées : {fields}."
                    ),
                    fields=", ".join(missing),
                )
            )

    def label(self, key: str, headers: Sequence[str], mapping: dict[str, int | None]) -> Message:
        """``Loyer (colonne « LOYER_HC »)``: the field and the file's column it comes from."""
        f = self.by_key.get(key)
        if f is None:
            return _m("{key}", key=key)
        index = mapping.get(key)
        if index is None:
            return Message(f.label)
        return _m(
            QT_TRANSLATE_NOOP("messages", "{label} (colonne « {header} »)"),
            label=Message(f.label),
            header=headers[index],
        )

    def reason(
        self, key: str, reason: Message, headers: Sequence[str], mapping: dict[str, int | None]
    ) -> Message:
        """``Loyer (colonne « LOYER_HC ») : <reason>``: a reason that names its field."""
        return _m(
            QT_TRANSLATE_NOOP("messages", "{field} : {reason}"),
            field=self.label(key, headers, mapping),
            reason=reason,
        )

    def rejected(
        self,
        line: int,
        errors: dict[str, Message],
        headers: Sequence[str],
        mapping: dict[str, int | None],
    ) -> RejectedLine:
        """Line ``line`` refused for ``errors`` (by field key): one reason a field, in
        the order of the fields (keys that are not fields last)."""
        order = {f.key: i for i, f in enumerate(self.fields)}
        keys = sorted(errors, key=lambda k: order.get(k, len(order)))
        return RejectedLine(line, tuple(self.reason(k, errors[k], headers, mapping) for k in keys))


# --------------------------------------------------------------------------- cells


class CellError(Exception):
    """A cell that cannot be read, with the French reason."""

    def __init__(self, message: Message):
        super().__init__(str(message))
        self.message = message


def cell_text(cell: Cell) -> str:
    """A cell as the user reads it: dates dd/mm/yyyy, integral numbers without decimals."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "oui" if cell else "non"
    if isinstance(cell, Decimal):
        if cell == cell.to_integral_value():
            return str(int(cell))
        return format(cell, "f")
    if isinstance(cell, dt.date):
        return format_date_fr(cell)
    return str(cell)


def shown(text: str, limit: int = 40) -> str:
    """A cell's text quoted in a message: trimmed, at most ``limit`` characters."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def to_date(cell: Cell) -> dt.date | None:
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    text = cell_text(cell).strip()
    if not text:
        return None
    # "15/01/2024 00:00:00": ERP exports often add a time to dates.
    text = re.sub(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$", "", text)
    try:
        return parse_date_fr(text)
    except ValueError:
        raise CellError(
            _m(
                QT_TRANSLATE_NOOP("messages", "Date illisible « {value} » (attendu JJ/MM/AAAA)."),
                value=shown(cell_text(cell)),
            )
        ) from None


def _unreadable_number(cell: Cell) -> CellError:
    return CellError(
        _m(
            QT_TRANSLATE_NOOP("messages", "Nombre illisible « {value} »."),
            value=shown(cell_text(cell)),
        )
    )


def to_decimal(cell: Cell, unit: str = "") -> Decimal | None:
    if isinstance(cell, Decimal):
        return cell
    if isinstance(cell, bool) or isinstance(cell, dt.date):
        raise _unreadable_number(cell)
    text = cell_text(cell).strip()
    if unit:
        text = re.sub(unit, "", text, flags=re.IGNORECASE).strip()
    if not text:
        return None
    try:
        return parse_decimal_fr(text)
    except ValueError:
        raise _unreadable_number(cell) from None


def to_money(cell: Cell, unit: str = "") -> Decimal | None:
    value = to_decimal(cell, unit)
    if value is not None and value.is_finite() and abs(value) >= Decimal(10) ** 12:
        raise CellError(_m(QT_TRANSLATE_NOOP("messages", "Le montant est trop élevé.")))
    if value is not None and value.is_finite() and value == value.quantize(CENT):
        value = value.quantize(CENT)  # 412.5 -> 412.50; more decimals: domain refuses
    return value


TRUE_WORDS = {"oui", "o", "yes", "y", "1", "x", "vrai", "v", "true", "t", "ok"}
FALSE_WORDS = {"non", "n", "no", "0", "faux", "f", "false", "", "-"}


def to_bool(cell: Cell) -> bool:
    if isinstance(cell, bool):
        return cell
    if isinstance(cell, Decimal) and cell in (0, 1):
        return cell == 1
    word = header_key(cell_text(cell))
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise CellError(
        _m(
            QT_TRANSLATE_NOOP("messages", "Valeur « {value} » non comprise (attendu oui ou non)."),
            value=shown(cell_text(cell)),
        )
    )


REQUIRED = QT_TRANSLATE_NOOP("messages", "Ce champ est obligatoire.")


class RowReader:
    """One row's cells read by field key. A cell that cannot be read leaves its French
    reason in ``errors`` under the field's key and gives the default instead."""

    def __init__(
        self, row: Row, mapping: dict[str, int | None], errors: dict[str, Message] | None = None
    ) -> None:
        self.row = row
        self.mapping = mapping
        self.errors: dict[str, Message] = {} if errors is None else errors

    def cell(self, key: str) -> Cell:
        index = self.mapping.get(key)
        return None if index is None else self.row.cells[index]

    def text(self, key: str) -> str:
        """The cell as the user reads it, trimmed (empty when the field has no column)."""
        return cell_text(self.cell(key)).strip()

    def parsed(self, key: str, parser: Callable[[Cell], Any], default: Any = None) -> Any:
        try:
            value = parser(self.cell(key))
        except CellError as exc:
            self.errors[key] = exc.message
            return default
        return default if value is None else value

    def required(self, key: str, parser: Callable[[Cell], Any]) -> Any:
        """``parsed``, and "Ce champ est obligatoire." when the cell is empty."""
        value = self.parsed(key, parser)
        if value is None and key not in self.errors:
            self.errors[key] = _m(REQUIRED)
        return value


# --------------------------------------------------------------------------- dry run


@dataclass(frozen=True)
class RejectedLine:
    line: int
    messages: tuple[Message, ...]

    @property
    def reasons(self) -> list[str]:
        """The reasons in French, each naming the field and the column."""
        return [render(m) for m in self.messages]

    def __iter__(self):  # ``line, reasons = rejected``
        return iter((self.line, self.reasons))


Accepted = TypeVar("Accepted")


# « 1 ligne lue », « 3 lignes lues ».
lines_read_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} ligne lue"),
    QT_TRANSLATE_NOOP("messages", "{n} lignes lues"),
)


# « aucune ligne rejetée », « 1 ligne rejetée », « 3 lignes rejetées ».
rejected_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} ligne rejetée"),
    QT_TRANSLATE_NOOP("messages", "{n} lignes rejetées"),
    QT_TRANSLATE_NOOP("messages", "aucune ligne rejetée"),
)


@dataclass
class LineReport(Generic[Accepted]):
    """A dry run's verdict on a file: its lines accepted (what the import would write)
    and its lines rejected with their reasons."""

    source: str
    headers: list[str]
    mapping: dict[str, int | None]
    accepted: list[Accepted] = field(default_factory=list)
    rejected: list[RejectedLine] = field(default_factory=list)

    @property
    def accepted_count(self) -> int:
        return len(self.accepted)

    @property
    def rejected_count(self) -> int:
        return len(self.rejected)

    @property
    def total(self) -> int:
        return self.accepted_count + self.rejected_count
