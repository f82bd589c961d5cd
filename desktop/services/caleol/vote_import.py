"""CALEOL services: the import of the remote voting tool's export (CSV or Excel)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain import caleol as rules
from desktop.domain.caleol import (
    SessionMode,
    Vote,
    VoteChannel,
)
from desktop.domain.errors import (
    UserError,
)
from desktop.domain.formatting import local_to_utc
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Forms, Message
from desktop.domain.text import fold
from desktop.services import authz
from desktop.services.authz import guarded
from desktop.services.caleol.agenda import normalise_numero
from desktop.services.caleol.common import (
    ENTITY_SESSION,
    ENTITY_VOTE,
    MANAGE,
    load_session,
    session_context,
)
from desktop.services.caleol.data import VoteEntry
from desktop.services.caleol.votes import (
    record_entries,
    session_vote_problem,
    vote_problem,
)
from desktop.services.context import Actor, now
from desktop.services.tabular import EMAIL_HEADERS
from desktop.services.write import audit_event, message, transaction
from desktop.storage.caleol_models import (
    AgendaItem,
    Candidate,
    Member,
)
from desktop.storage.db import Database

# --------------------------------------------------------------------------- vote import


@dataclass(frozen=True)
class ImportedVote:
    line: int
    member_id: int
    member_name: str
    candidate_id: int
    candidate_name: str
    reference: str
    numero_unique: str
    vote: Vote
    voted_at: dt.datetime


@dataclass
class VoteImportReport:
    source: str
    lines: int
    accepted: list[ImportedVote] = field(default_factory=list)
    #: (line number, message); line 0: the whole file
    errors: list[tuple[int, Message]] = field(default_factory=list)
    dry_run: bool = False
    imported: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors

    def error_lines(self) -> list[str]:
        return [
            (f"ligne {line} : " if line else "") + str(message) for line, message in self.errors
        ]


# « 1 vote importé », « 3 votes importés ».
imported_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} vote importé"),
    QT_TRANSLATE_NOOP("messages", "{n} votes importés"),
)


# « 1 erreur », « 2 erreurs ».
errors_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} erreur"),
    QT_TRANSLATE_NOOP("messages", "{n} erreurs"),
)


class VoteImportError(UserError):
    """The file has errors: nothing was imported; ``report`` lists them."""

    def __init__(self, report: VoteImportReport):
        super().__init__(
            message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Import des votes refusé : {count} dans « {name} », aucun vote n'a "
                    "été importé.",
                ),
                count=errors_counted(len(report.errors)),
                name=report.source,
            )
        )
        self.report = report

    def __str__(self) -> str:
        return "\n".join([str(self.message), *self.report.error_lines()])


_IMPORT_COLUMNS = {
    "member": (
        "membre",
        "votant",
        "nom",
        "nom du membre",
        "nom membre",
        "participant",
        *EMAIL_HEADERS,
        "identifiant",
    ),
    "reference": (
        "logement",
        "reference",
        "reference logement",
        "ref logement",
        "ref",
        "n logement",
        "numero logement",
        "lot",
    ),
    "numero": (
        "numero unique",
        "n unique",
        "nu",
        "numero",
        "num unique",
        "n demande",
        "numero de demande",
        "numero demande",
        "demande",
        "nud",
    ),
    "vote": ("vote", "choix", "reponse", "avis", "sens du vote"),
    "timestamp": (
        "horodatage",
        "date",
        "date vote",
        "date du vote",
        "timestamp",
        "heure",
        "date heure",
        "date et heure",
        "horodate",
        "vote le",
    ),
}
_REQUIRED_COLUMNS = ("member", "numero", "vote")
_COLUMN_LABELS = {
    "member": QT_TRANSLATE_NOOP("messages", "membre (nom ou courriel)"),
    "reference": QT_TRANSLATE_NOOP("messages", "référence du logement"),
    "numero": QT_TRANSLATE_NOOP("messages", "numéro unique"),
    "vote": QT_TRANSLATE_NOOP("messages", "vote"),
    "timestamp": QT_TRANSLATE_NOOP("messages", "horodatage"),
}


def _read_vote_file(path: Path) -> tuple[list[str], list[tuple[int, tuple]]]:
    """Headers and rows of the voting tool's export; XLSX keeps date-times."""
    from desktop.services import tabular as imp

    if path.suffix.lower() in (".xlsx", ".xlsm"):
        import zipfile

        from openpyxl import load_workbook

        try:
            book = load_workbook(path, read_only=True, data_only=True)
        except (OSError, zipfile.BadZipFile, KeyError, ValueError, TypeError) as exc:
            raise UserError(
                message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Le fichier « {name} » n'est pas un classeur Excel valide."
                    ),
                    name=path.name,
                )
            ) from exc
        try:
            headers: list[str] | None = None
            rows: list[tuple[int, tuple]] = []
            for number, values in enumerate(
                book.worksheets[0].iter_rows(values_only=True), start=1
            ):
                if not any(v is not None and str(v).strip() for v in values):
                    continue
                if headers is None:
                    headers = [str(v or "").strip() for v in values]
                    continue
                rows.append((number, tuple(values)))
        finally:
            book.close()
        if headers is None or not rows:
            raise UserError(
                message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Le fichier « {name} » ne contient aucune ligne après les en-têtes.",
                    ),
                    name=path.name,
                )
            )
        return headers, rows
    table = imp.read_table(path)
    return table.headers, [(r.line, r.cells) for r in table.rows]


def _columns(headers: list[str]) -> dict[str, int | None]:
    from desktop.services.tabular import header_key

    keys = [header_key(h) for h in headers]
    mapping: dict[str, int | None] = {}
    used: set[int] = set()
    for name, synonyms in _IMPORT_COLUMNS.items():
        mapping[name] = None
        for index, key in enumerate(keys):
            if index not in used and key in synonyms:
                mapping[name] = index
                used.add(index)
                break
    return mapping


_DATETIME_FORMATS = (
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y %Hh%M",
    "%d/%m/%Y",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
)


def parse_timestamp(value: Any) -> dt.datetime | None:
    """A vote timestamp from the tool's export, as naive UTC.

    Times without offset are the workstation's local time; ISO 8601 with an offset or
    ``Z`` is converted. Raises ``ValueError`` when unreadable.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    local: dt.datetime | None
    if isinstance(value, dt.datetime):
        local = value
    elif isinstance(value, dt.date):
        local = dt.datetime.combine(value, dt.time())
    else:
        text = str(value).strip()
        local = None
        try:
            parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
            if parsed.tzinfo is not None:
                return parsed.astimezone(dt.UTC).replace(tzinfo=None)
            local = parsed
        except ValueError:
            for fmt in _DATETIME_FORMATS:
                try:
                    local = dt.datetime.strptime(text, fmt)
                    break
                except ValueError:
                    continue
        if local is None:
            raise ValueError(text)
    return local_to_utc(local)


def _member_matcher(members: Iterable[Member]) -> Callable[[str], tuple[list[Member], str]]:
    by_key: dict[str, list[Member]] = {}

    def add(key: str, m: Member) -> None:
        key = " ".join(fold(key).split())
        if key and m not in by_key.setdefault(key, []):
            by_key[key].append(m)

    for m in members:
        if m.email:
            add(m.email, m)
        add(f"{m.first_name} {m.last_name}", m)
        add(f"{m.last_name} {m.first_name}", m)
        add(m.full_name, m)
        add(f"{m.civility} {m.last_name} {m.first_name}", m)
    last_names: dict[str, list[Member]] = {}
    for m in members:
        last_names.setdefault(" ".join(fold(m.last_name).split()), []).append(m)

    def match(text: str) -> tuple[list[Member], str]:
        key = " ".join(fold(text or "").split())
        found = by_key.get(key) or last_names.get(key) or []
        return found, key

    return match


@guarded("caleol.import_votes")
def import_votes(
    db: Database, actor: Actor, session_id: int, path: str | Path, dry_run: bool = False
) -> VoteImportReport:
    """Import the remote voting tool's export (CSV ``;`` or ``,``, UTF-8 with or without
    BOM, or XLSX): member (name or e-mail), dwelling reference, numéro unique, vote
    (POUR / CONTRE / ABSTENTION, case and accents ignored), timestamp.

    All or nothing: each line is checked with the rules of ``record_vote``; with any
    error, nothing is imported and ``VoteImportError`` carries the report (a dry run
    returns it instead). The same member's vote on the same candidate twice keeps the
    latest timestamp.
    """
    authz.require(actor, MANAGE, entity=ENTITY_VOTE)
    path = Path(path)
    headers, rows = _read_vote_file(path)
    report = VoteImportReport(source=path.name, lines=len(rows), dry_run=dry_run)
    mapping = _columns(headers)
    missing = [Message(_COLUMN_LABELS[k]) for k in _REQUIRED_COLUMNS if mapping[k] is None]
    if missing:
        report.errors.append(
            (
                0,
                message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Colonnes introuvables : {columns} (en-têtes lus : {headers})."
                    ),
                    columns=", ".join(str(x) for x in missing),
                    headers=", ".join(headers),
                ),
            )
        )
        if dry_run:
            return report
        raise VoteImportError(report)

    def body(session: Session) -> VoteImportReport:
        from desktop.services.tabular import cell_text

        row = load_session(session, session_id, for_update=not dry_run)
        ctx = session_context(row)
        problem = session_vote_problem(ctx)
        written = SessionMode(row.mode) is SessionMode.ECRITE
        if problem is not None:
            report.errors.append((0, problem))
        match = _member_matcher(ctx.members.values())
        by_numero: dict[str, list[tuple[AgendaItem, Candidate]]] = {}
        for item in row.items:
            for c in item.candidates:
                by_numero.setdefault(c.numero_unique.upper(), []).append((item, c))
        stamp = now()
        chosen: dict[tuple[int, int], ImportedVote] = {}
        for line, cells in rows:

            def cell(key: str, cells: tuple = cells) -> Any:
                index = mapping[key]
                return cells[index] if index is not None and index < len(cells) else None

            problems: list[Message] = []
            member_text = cell_text(cell("member")).strip()
            found, _key = match(member_text)
            member = found[0] if len(found) == 1 else None
            if not member_text:
                problems.append(message(QT_TRANSLATE_NOOP("messages", "membre non indiqué.")))
            elif not found:
                problems.append(
                    message(
                        QT_TRANSLATE_NOOP(
                            "messages", "membre « {name} » inconnu dans cette commission."
                        ),
                        name=member_text,
                    )
                )
            elif len(found) > 1:
                problems.append(
                    message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "« {name} » désigne plusieurs membres : utilisez le courriel.",
                        ),
                        name=member_text,
                    )
                )
            numero = normalise_numero(cell_text(cell("numero")))
            reference = cell_text(cell("reference")).strip()
            target = None
            if not numero:
                problems.append(message(QT_TRANSLATE_NOOP("messages", "numéro unique manquant.")))
            else:
                candidates = by_numero.get(numero, [])
                if reference:
                    candidates = [
                        (i, c) for i, c in candidates if fold(i.reference) == fold(reference)
                    ]
                if not candidates:
                    problems.append(
                        message(
                            QT_TRANSLATE_NOOP(
                                "messages",
                                "aucun candidat n° {numero}{ref} à l'ordre du jour de la séance.",
                            ),
                            numero=numero,
                            ref=f" pour le logement {reference}" if reference else "",
                        )
                    )
                elif len(candidates) > 1:
                    problems.append(
                        message(
                            QT_TRANSLATE_NOOP(
                                "messages",
                                "le numéro unique {numero} est candidat sur plusieurs "
                                "logements : indiquez la référence du logement.",
                            ),
                            numero=numero,
                        )
                    )
                else:
                    target = candidates[0]
            vote_text = cell_text(cell("vote")).strip()
            vote = rules.parse_vote(vote_text)
            if vote is None:
                problems.append(
                    message(
                        QT_TRANSLATE_NOOP(
                            "messages", "vote « {value} » illisible (POUR, CONTRE ou ABSTENTION)."
                        ),
                        value=vote_text,
                    )
                )
            voted_at = None
            try:
                voted_at = parse_timestamp(cell("timestamp"))
            except ValueError:
                problems.append(
                    message(
                        QT_TRANSLATE_NOOP(
                            "messages", "horodatage « {value} » illisible (JJ/MM/AAAA HH:MM)."
                        ),
                        value=cell_text(cell("timestamp")),
                    )
                )
            else:
                if voted_at is None and written:
                    problems.append(
                        message(
                            QT_TRANSLATE_NOOP(
                                "messages",
                                "horodatage manquant : il est obligatoire pour une séance écrite.",
                            )
                        )
                    )
            if not problems and target is not None and member is not None:
                item, candidate = target
                voters = {v.member_id for v in candidate.votes} | {
                    k[1] for k in chosen if k[0] == candidate.id
                }
                problem = vote_problem(
                    ctx, item, candidate, member, voted_at or stamp, voters - {member.id}
                )
                if problem is not None:
                    problems.append(problem)
            if problems:
                report.errors.extend((line, p) for p in problems)
                continue
            # No problem means each of them was found and read above.
            assert target is not None and member is not None and vote is not None
            item, candidate = target
            entry = ImportedVote(
                line,
                member.id,
                member.full_name,
                candidate.id,
                candidate.full_name,
                item.reference,
                candidate.numero_unique,
                vote,
                voted_at or stamp,
            )
            key = (candidate.id, member.id)
            previous = chosen.get(key)
            if previous is not None:
                if previous.voted_at == entry.voted_at:
                    report.errors.append(
                        (
                            line,
                            message(
                                QT_TRANSLATE_NOOP(
                                    "messages",
                                    "vote en double de {name} sur le candidat {numero} (déjà "
                                    "ligne {first}).",
                                ),
                                name=member.full_name,
                                numero=numero,
                                first=previous.line,
                            ),
                        )
                    )
                    continue
                if previous.voted_at > entry.voted_at:
                    continue
            chosen[key] = entry
        report.accepted = sorted(chosen.values(), key=lambda v: v.line)
        if report.errors or dry_run:
            return report
        record_entries(
            session,
            actor,
            row,
            [VoteEntry(v.candidate_id, v.member_id, v.vote, v.voted_at) for v in report.accepted],
            VoteChannel.IMPORT,
        )
        report.imported = len(report.accepted)
        audit_event(
            session,
            actor,
            "import",
            ENTITY_SESSION,
            row.id,
            None,
            {"fichier": path.name, "votes": report.imported},
        )
        return report

    if dry_run:
        with db.reader() as session:
            return body(session)
    result = transaction(db, body)
    if result.errors:
        raise VoteImportError(result)
    return result
