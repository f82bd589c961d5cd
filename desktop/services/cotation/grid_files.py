"""Cotation grid files: export and import a grid as JSON or Excel (.xlsx), written
atomically."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desktop.documents.files import save_atomically
from desktop.domain import cotation as rules
from desktop.domain.cotation import (
    Grid,
)
from desktop.domain.errors import (
    UserError,
    ValidationError,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.services import audit, authz
from desktop.services.authz import guarded
from desktop.services.context import Actor
from desktop.services.cotation.common import (
    ENTITY_GRID,
    MANAGE,
    _check_with_others,
    _m,
    _require_read,
    _write,
)
from desktop.services.cotation.grids import (
    _insert,
    get_grid,
)
from desktop.storage.db import Database

# --------------------------------------------------------------------------- grid files

_XLSX_HEAD = ("Code", "Libellé", "Source", "Points", "Plafond", "Paramètre")
_XLSX_META = (
    ("epci", "EPCI"),
    ("name", "Nom"),
    ("version", "Version"),
    ("valid_from", "Début de validité"),
    ("valid_to", "Fin de validité"),
    ("example", "Exemple"),
    ("notes", "Notes"),
)


def _write_xlsx(grid: Grid, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Grille"
    data = rules.grid_to_dict(grid)
    sheet.append(["Format", rules.GRID_FILE_FORMAT])
    for key, label in _XLSX_META:
        value = data[key]
        if key == "example":
            value = "oui" if value else "non"
        elif key in ("valid_from", "valid_to") and value:
            value = dt.date.fromisoformat(value).strftime("%d/%m/%Y")
        sheet.append([label, "" if value is None else value])
    sheet.append([])
    sheet.append(list(_XLSX_HEAD))
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for c in grid.criteria:
        sheet.append(
            [
                c.code,
                c.label,
                c.source.value,
                float(c.points),
                None if c.cap is None else float(c.cap),
                c.parameter,
            ]
        )
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"
                if cell.value.startswith(("=", "+", "-", "@")):
                    cell.quotePrefix = True
    book.save(path)


def _read_xlsx(path: Path) -> dict:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise ValidationError(
            {
                "file": _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "Le fichier « {name} » n'est pas un classeur Excel valide."
                    ),
                    name=path.name,
                )
            }
        ) from exc
    try:
        rows = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()
    labels = {label.casefold(): key for key, label in _XLSX_META}
    data: dict[str, Any] = {}
    criteria = []
    in_table = False
    for r in rows:
        cells = [c for c in r]
        if not any(c not in (None, "") for c in cells):
            continue
        first = str(cells[0] or "").strip()
        if not in_table:
            if first == "Format":
                data["format"] = str(cells[1] or "").strip()
            elif first.casefold() in labels:
                value = cells[1] if len(cells) > 1 else None
                key = labels[first.casefold()]
                if key == "example":
                    value = str(value or "").strip().casefold() in ("oui", "true", "1", "x")
                data[key] = value
            elif first == _XLSX_HEAD[0]:
                in_table = True
            continue
        cells = (cells + [None] * 6)[:6]
        criteria.append(
            {
                "code": str(cells[0] or "").strip(),
                "label": str(cells[1] or "").strip(),
                "source": str(cells[2] or "").strip(),
                "points": cells[3],
                "cap": cells[4],
                "parameter": "" if cells[5] is None else _cell_text(cells[5]),
            }
        )
    data["criteria"] = criteria
    return data


def _cell_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


@guarded("cotation.grille")
def export_grid(db: Database, actor: Actor, grid_id: int, path: str | Path) -> Path:
    """Write the grid to a ``.json`` or ``.xlsx`` file (atomically)."""
    _require_read(actor, ENTITY_GRID)
    path = Path(path)
    ext = path.suffix.lower()
    if ext not in (".json", ".xlsx"):
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages", "Choisissez un fichier .json ou .xlsx pour la grille."
                )
            )
        )
    grid = get_grid(db, actor, grid_id).grid
    if ext == ".json":
        save_atomically(
            path, lambda tmp: tmp.write_text(rules.grid_to_json(grid), encoding="utf-8")
        )
    else:
        save_atomically(path, lambda tmp: _write_xlsx(grid, tmp))
    with db.transaction() as session:
        audit.record(session, actor, "export", ENTITY_GRID, grid_id, None, {"file": path.name})
    return path


def read_grid_file(path: str | Path) -> Grid:
    """A grid read from a ``.json`` or ``.xlsx`` file and checked (``ValidationError``)."""
    path = Path(path)
    ext = path.suffix.lower()
    if ext == ".json":
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP("messages", "Impossible de lire le fichier « {name} »."),
                    name=path.name,
                )
            ) from exc
        return rules.grid_from_json(text)
    if ext == ".xlsx":
        if not path.is_file():
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP("messages", "Impossible de lire le fichier « {name} »."),
                    name=path.name,
                )
            )
        return rules.grid_from_dict(_read_xlsx(path))
    raise UserError(
        _m(QT_TRANSLATE_NOOP("messages", "Choisissez un fichier .json ou .xlsx pour la grille."))
    )


@guarded("cotation.grille")
def import_grid(
    db: Database,
    actor: Actor,
    path: str | Path,
    *,
    dry_run: bool = False,
    version: int | None = None,
) -> Grid | int:
    """Import a grid file as a new version (its number from the file, or ``version``).
    ``dry_run``: check everything, write nothing, return the grid read."""
    authz.require(actor, MANAGE, entity=ENTITY_GRID)
    grid = read_grid_file(path)
    if version is not None:
        grid = replace(grid, version=version)

    def body(session: Session):
        if dry_run:
            rules.validate_grid(grid)
            _check_with_others(session, grid)
            return grid
        return _insert(session, actor, grid, action="import")

    if dry_run:
        with db.reader() as session:
            return body(session)
    return _write(db, body)
