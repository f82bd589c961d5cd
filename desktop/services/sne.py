"""The national register (SNE, *système national d'enregistrement*), issue 17.

1. Import of applicants and their applications from the register's export file (CSV or
   Excel) into a CALEOL session, with the ERP import's machinery
   (``desktop.services.importer``): a column mapping proposed from the headers, a dry
   run that writes nothing and gives French reasons per line, then the import in one
   transaction, all or nothing. Lines are matched by *numéro unique*: an applicant
   already candidate on the dwelling (or, without a dwelling column, anywhere in the
   session) is updated, never duplicated.
2. Export of the allocations the landlord must record in the register once the lease
   is signed (numéro unique, dwelling, dates, decision); what was exported is
   remembered (``sne_export``) and not exported again unless asked.

The register's exports and the format it takes back vary (DOMAIN.md: UNCONFIRMED):
the columns are a mapping, and the export's columns are listed in ``EXPORT_COLUMNS``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.documents.files import save_atomically
from desktop.domain.caleol import AgendaItemKind, Decision, PriorityCriterion
from desktop.domain.cotation import HousingSituation
from desktop.domain.errors import UserError, ValidationError
from desktop.domain.formatting import format_date_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Forms, Message, counted
from desktop.domain.roles import Permission
from desktop.services import audit, authz, cotation, write
from desktop.services import caleol as cal
from desktop.services.authz import guarded
from desktop.services.caleol import agenda as cal_agenda
from desktop.services.caleol import common as cal_common
from desktop.services.context import Actor, now
from desktop.services.tabular import (
    CellError,
    Columns,
    Field,
    LineReport,
    RejectedLine,
    Row,
    RowReader,
    Table,
    cell_text,
    header_key,
    read_table,
    to_bool,
    to_date,
    to_money,
)
from desktop.services.write import message as _m
from desktop.storage.caleol_models import AgendaItem, Candidate
from desktop.storage.caleol_models import Session as CaleolSession
from desktop.storage.cotation_models import CandidateCotation, SneExport
from desktop.storage.db import Database
from desktop.storage.models import Dwelling

MANAGE = Permission.CALEOL_MANAGE
ENTITY_IMPORT = "sne_import"
ENTITY_EXPORT = "sne_export"

__all__ = [
    "FIELDS",
    "apply",
    "dry_run",
    "export_allocations",
    "mapping_from_names",
    "pending_allocations",
    "propose_mapping",
    "read_table",
]


FIELDS: list[Field] = [
    Field(
        "numero_unique",
        QT_TRANSLATE_NOOP("messages", "Numéro unique"),
        True,
        (
            "numero unique",
            "n unique",
            "nu",
            "num unique",
            "numero unique demande",
            "numero d enregistrement",
            "numero enregistrement",
            "num enregistrement",
            "identifiant demande",
            "nud",
        ),
    ),
    Field(
        "last_name",
        QT_TRANSLATE_NOOP("messages", "Nom"),
        True,
        ("nom", "nom demandeur", "nom du demandeur", "nom usage", "nom d usage"),
    ),
    Field(
        "first_name",
        QT_TRANSLATE_NOOP("messages", "Prénom"),
        False,
        ("prenom", "prenom demandeur", "prenom du demandeur"),
    ),
    Field(
        "civility", QT_TRANSLATE_NOOP("messages", "Civilité"), False, ("civilite", "civ", "titre")
    ),
    Field(
        "application_date",
        QT_TRANSLATE_NOOP("messages", "Date de la demande"),
        False,
        (
            "date depot",
            "date de depot",
            "date de la demande",
            "date demande",
            "date d enregistrement",
            "date enregistrement",
            "date de depot initial",
        ),
    ),
    Field(
        "adults",
        QT_TRANSLATE_NOOP("messages", "Adultes"),
        False,
        ("adultes", "nb adultes", "nombre d adultes", "nombre adultes"),
    ),
    Field(
        "children",
        QT_TRANSLATE_NOOP("messages", "Enfants"),
        False,
        (
            "enfants",
            "nb enfants",
            "nombre d enfants",
            "nombre enfants",
            "personnes a charge",
            "nb personnes a charge",
        ),
    ),
    Field(
        "monthly_resources",
        QT_TRANSLATE_NOOP("messages", "Ressources mensuelles"),
        False,
        (
            "ressources",
            "ressources mensuelles",
            "revenus mensuels",
            "revenu mensuel",
            "ressources mensuelles du menage",
        ),
    ),
    Field(
        "priorities",
        QT_TRANSLATE_NOOP("messages", "Priorités (L441-1)"),
        False,
        (
            "priorites",
            "priorite",
            "motifs prioritaires",
            "criteres prioritaires",
            "public prioritaire",
            "priorites l441 1",
        ),
    ),
    Field(
        "dalo",
        QT_TRANSLATE_NOOP("messages", "DALO (oui/non)"),
        False,
        ("dalo", "reconnu dalo", "prioritaire dalo"),
    ),
    Field(
        "housing_situation",
        QT_TRANSLATE_NOOP("messages", "Situation de logement"),
        False,
        (
            "situation logement",
            "situation de logement",
            "logement actuel",
            "situation actuelle",
            "mode de logement actuel",
        ),
    ),
    Field(
        "register_score",
        QT_TRANSLATE_NOOP("messages", "Cotation du registre"),
        False,
        ("cotation", "score", "points", "cotation sne", "note cotation"),
    ),
    Field(
        "dwelling_reference",
        QT_TRANSLATE_NOOP("messages", "Logement proposé"),
        False,
        ("logement", "reference logement", "ref logement", "logement propose", "numero logement"),
    ),
    Field(
        "postal_address",
        QT_TRANSLATE_NOOP("messages", "Adresse du demandeur"),
        False,
        ("adresse", "adresse demandeur", "adresse du demandeur", "adresse postale"),
    ),
    Field(
        "household_composition",
        QT_TRANSLATE_NOOP("messages", "Composition du ménage"),
        False,
        ("composition", "composition du menage", "composition familiale"),
    ),
]
BY_KEY = {f.key: f for f in FIELDS}
COLUMNS = Columns(FIELDS)
propose_mapping = COLUMNS.propose
mapping_from_names = COLUMNS.from_names
check_mapping = COLUMNS.check


# --------------------------------------------------------------------------- cells

_PRIORITY_WORDS = {
    "dalo": PriorityCriterion.DALO,
    "handicap": PriorityCriterion.HANDICAP,
    "mal loge": PriorityCriterion.MAL_LOGE,
    "defavorise": PriorityCriterion.MAL_LOGE,
    "heberge": PriorityCriterion.HEBERGE,
    "hebergement": PriorityCriterion.HEBERGE,
    "reprise d activite": PriorityCriterion.REPRISE_ACTIVITE,
    "habitat indigne": PriorityCriterion.HABITAT_INDIGNE,
    "logement indigne": PriorityCriterion.HABITAT_INDIGNE,
    "violences": PriorityCriterion.VIOLENCES,
    "violences conjugales": PriorityCriterion.VIOLENCES,
    "violences sexuelles": PriorityCriterion.VIOLENCES_SEXUELLES,
    "prostitution": PriorityCriterion.PROSTITUTION,
    "traite": PriorityCriterion.TRAITE,
    "mineur suroccupe": PriorityCriterion.MINEUR_SUROCCUPE,
    "sans logement": PriorityCriterion.SANS_LOGEMENT,
    "expulsion": PriorityCriterion.EXPULSION,
}
_SITUATION_WORDS = {
    "sans logement": HousingSituation.SANS_LOGEMENT,
    "sdf": HousingSituation.SANS_LOGEMENT,
    "heberge chez un tiers": HousingSituation.HEBERGE_TIERS,
    "heberge par un tiers": HousingSituation.HEBERGE_TIERS,
    "chez un tiers": HousingSituation.HEBERGE_TIERS,
    "hebergement": HousingSituation.HEBERGEMENT_STRUCTURE,
    "structure d hebergement": HousingSituation.HEBERGEMENT_STRUCTURE,
    "logement temporaire": HousingSituation.HEBERGEMENT_STRUCTURE,
    "logement indigne": HousingSituation.LOGEMENT_INDIGNE,
    "locataire parc prive": HousingSituation.PARC_PRIVE,
    "parc prive": HousingSituation.PARC_PRIVE,
    "locataire hlm": HousingSituation.PARC_SOCIAL,
    "parc social": HousingSituation.PARC_SOCIAL,
    "locataire parc social": HousingSituation.PARC_SOCIAL,
    "chez ses parents": HousingSituation.CHEZ_PARENTS,
    "chez les parents": HousingSituation.CHEZ_PARENTS,
    "proprietaire": HousingSituation.PROPRIETAIRE,
    "proprietaire occupant": HousingSituation.PROPRIETAIRE,
}


def _to_priorities(cell) -> tuple[PriorityCriterion, ...]:
    text = cell_text(cell).strip()
    if not text:
        return ()
    out: list[PriorityCriterion] = []
    for part in re.split(r"[;,/|+]", text):
        key = header_key(part)
        if not key:
            continue
        code = key.upper().replace(" ", "_")
        value = PriorityCriterion.__members__.get(code) or _PRIORITY_WORDS.get(key)
        if value is None:
            raise CellError(
                _m(
                    QT_TRANSLATE_NOOP("messages", "Priorité inconnue « {value} »."),
                    value=part.strip(),
                )
            )
        if value not in out:
            out.append(value)
    return tuple(out)


def _to_situation(cell) -> str:
    text = cell_text(cell).strip()
    if not text:
        return ""
    key = header_key(text)
    code = key.upper().replace(" ", "_")
    if code in HousingSituation.__members__:
        return code
    value = _SITUATION_WORDS.get(key)
    if value is None:
        raise CellError(
            _m(
                QT_TRANSLATE_NOOP("messages", "Situation de logement inconnue « {value} »."),
                value=text,
            )
        )
    return value.value


def _to_count(cell, low: int, high: int) -> int | None:
    value = to_money(cell)
    if value is None:
        return None
    if value != value.to_integral_value() or not low <= value <= high:
        raise CellError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages", "Nombre entier de {low} à {high} attendu, lu « {value} »."
                ),
                low=low,
                high=high,
                value=cell_text(cell),
            )
        )
    return int(value)


# --------------------------------------------------------------------------- dry run


@dataclass(frozen=True)
class SneLine:
    line: int
    data: cal.CandidateData
    dwelling_reference: str
    housing_situation: str
    register_score: Decimal | None
    creates: bool  # a new candidate on the dwelling
    updates: tuple[int, ...]  # candidates updated (same numéro unique)


#: a line refused, with its French reasons (``line``, ``reasons``)
SneRejected = RejectedLine


@dataclass
class SneReport(LineReport[SneLine]):
    """The dry run of a national register file for a session: ``tabular.LineReport``
    and the candidates it would create and update."""

    session_id: int = field(kw_only=True)

    @property
    def created(self) -> int:
        return sum(1 for x in self.accepted if x.creates)

    @property
    def updated(self) -> int:
        return sum(len(x.updates) for x in self.accepted)

    def summary(self) -> Message:
        """« 15 lignes valables : 15 candidats à créer, aucun à mettre à jour ; 1 ligne
        refusée. »"""
        return Message(
            QT_TRANSLATE_NOOP("messages", "{ok} : {created}, {updated} ; {bad}."),
            {
                "ok": counted(
                    len(self.accepted),
                    QT_TRANSLATE_NOOP("messages", "{n} ligne valable"),
                    QT_TRANSLATE_NOOP("messages", "{n} lignes valables"),
                    QT_TRANSLATE_NOOP("messages", "aucune ligne valable"),
                ),
                "created": counted(
                    self.created,
                    QT_TRANSLATE_NOOP("messages", "{n} candidat à créer"),
                    QT_TRANSLATE_NOOP("messages", "{n} candidats à créer"),
                    QT_TRANSLATE_NOOP("messages", "aucun candidat à créer"),
                ),
                "updated": counted(
                    self.updated,
                    QT_TRANSLATE_NOOP("messages", "{n} à mettre à jour"),
                    QT_TRANSLATE_NOOP("messages", "{n} à mettre à jour"),
                    QT_TRANSLATE_NOOP("messages", "aucun à mettre à jour"),
                ),
                "bad": counted(
                    len(self.rejected),
                    QT_TRANSLATE_NOOP("messages", "{n} ligne refusée"),
                    QT_TRANSLATE_NOOP("messages", "{n} lignes refusées"),
                    QT_TRANSLATE_NOOP("messages", "aucune ligne refusée"),
                ),
            },
        )


# « 1 attribution exportée », « 3 attributions exportées ».
exported_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} attribution exportée"),
    QT_TRANSLATE_NOOP("messages", "{n} attributions exportées"),
)


def _parse(row: Row, mapping: dict[str, int | None]) -> tuple[dict, dict[str, Message]]:
    reader = RowReader(row, mapping)
    errors, text, parsed = reader.errors, reader.text, reader.parsed

    priorities = list(parsed("priorities", _to_priorities, ()))
    if parsed("dalo", to_bool, False) and PriorityCriterion.DALO not in priorities:
        priorities.insert(0, PriorityCriterion.DALO)
    values = dict(
        numero_unique=text("numero_unique"),
        last_name=text("last_name"),
        first_name=text("first_name"),
        civility=text("civility")[:4],
        application_date=parsed("application_date", to_date),
        adults=parsed("adults", lambda c: _to_count(c, 1, 20), 1),
        children=parsed("children", lambda c: _to_count(c, 0, 20), 0),
        monthly_resources=parsed("monthly_resources", to_money),
        priority_criteria=tuple(priorities),
        postal_address=text("postal_address"),
        household_composition=text("household_composition"),
    )
    extra = dict(
        dwelling_reference=text("dwelling_reference"),
        housing_situation=parsed("housing_situation", _to_situation, ""),
        register_score=parsed("register_score", to_money),
    )
    if not values["numero_unique"]:
        errors["numero_unique"] = _m(
            QT_TRANSLATE_NOOP(
                "messages", "obligatoire : aucune demande n'est examinée sans numéro unique."
            )
        )
    return {"values": values, **extra}, errors


def _check(
    session: Session, row: CaleolSession, table: Table, mapping: dict[str, int | None]
) -> SneReport:
    report = SneReport(table.source, list(table.headers), dict(mapping), session_id=row.id)
    items = {
        i.reference.strip().casefold(): i
        for i in row.items
        if i.kind == AgendaItemKind.ATTRIBUTION.value and i.reference
    }
    by_numero: dict[str, list[Candidate]] = {}
    for i in row.items:
        for c in i.candidates:
            by_numero.setdefault(c.numero_unique, []).append(c)
    seen: dict[tuple[str, str], int] = {}
    for r in table.rows:
        parsed, errors = _parse(r, mapping)
        values = parsed["values"]
        data = cal.CandidateData(**values)
        numero = cal_agenda.normalise_numero(values["numero_unique"])
        try:
            cal_agenda._validate_candidate(data)
        except ValidationError as exc:
            for k, v in exc.fields.items():
                errors.setdefault({"priority_criteria": "priorities"}.get(k, k), v)
        ref = parsed["dwelling_reference"]
        creates = False
        updates: tuple[int, ...] = ()
        if numero and "numero_unique" not in errors:
            key = (numero, ref.casefold())
            if key in seen:
                errors["numero_unique"] = _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "le numéro unique {number} figure déjà à la ligne {line}."
                    ),
                    number=numero,
                    line=seen[key],
                )
            seen.setdefault(key, r.line)
        if ref:
            item = items.get(ref.casefold())
            if item is None:
                errors["dwelling_reference"] = _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "le logement « {ref} » n'est pas à l'ordre du jour de la séance.",
                    ),
                    ref=ref,
                )
            elif numero:
                existing = [c for c in item.candidates if c.numero_unique == numero]
                updates = tuple(c.id for c in existing)
                creates = not existing
        elif numero:
            updates = tuple(c.id for c in by_numero.get(numero, ()))
            if not updates:
                errors["dwelling_reference"] = _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "le numéro unique {number} n'est candidat à aucun logement de "
                        "la séance et aucun logement n'est indiqué.",
                    ),
                    number=numero,
                )
        if errors:
            report.rejected.append(COLUMNS.rejected(r.line, errors, table.headers, mapping))
        else:
            report.accepted.append(
                SneLine(
                    r.line,
                    cal.CandidateData(**{**values, "numero_unique": numero}),
                    ref,
                    parsed["housing_situation"],
                    parsed["register_score"],
                    creates,
                    updates,
                )
            )
    return report


def _session_row(session: Session, session_id: int) -> CaleolSession:
    return cal_common.load_session(session, session_id)


@guarded("sne.import")
def dry_run(
    db: Database, actor: Actor, session_id: int, table: Table, mapping: dict[str, int | None]
) -> SneReport:
    """Check every line as the import would, writing nothing."""
    authz.require(actor, MANAGE, entity=ENTITY_IMPORT)
    check_mapping(table, mapping)
    mapping = {f.key: mapping.get(f.key) for f in FIELDS}
    with db.reader() as session:
        row = _session_row(session, session_id)
        return _check(session, row, table, mapping)


@guarded("sne.import")
def apply(
    db: Database, actor: Actor, session_id: int, table: Table, mapping: dict[str, int | None]
) -> SneReport:
    """Import the file into the session in ONE transaction: any rejected line (checked
    again inside the transaction) and nothing is written. Scores are recomputed."""
    authz.require(actor, MANAGE, entity=ENTITY_IMPORT)
    check_mapping(table, mapping)
    mapping = {f.key: mapping.get(f.key) for f in FIELDS}

    def body(session: Session) -> SneReport:
        row = cal_common.writable_session(session, session_id)
        report = _check(session, row, table, mapping)
        if report.rejected:
            first = report.rejected[0]
            raise UserError(
                counted(
                    len(report.rejected),
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{n} ligne refusée, la ligne {line} : {reason} Rien n'a été importé.",
                    ),
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{n} lignes refusées, dont la ligne {line} : {reason} Rien n'a été "
                        "importé.",
                    ),
                    line=first.line,
                    reason=" ; ".join(first.reasons),
                )
            )
        if not report.accepted:
            raise UserError(_m(QT_TRANSLATE_NOOP("messages", "Aucune ligne à importer.")))
        items = {i.reference.strip().casefold(): i for i in row.items}
        stamp = now()
        touched: list[Candidate] = []
        for ln in report.accepted:
            values = cal_agenda._validate_candidate(ln.data)
            # (candidate, before, after) for the audit trail
            changes: list[tuple[Candidate, dict | None, dict]] = []
            if ln.creates:
                item = items[ln.dwelling_reference.casefold()]
                cal_agenda._check_candidates(item, None, values["numero_unique"])
                c = cal_agenda._new_candidate(actor, item, values)
                changes.append(
                    (c, None, {"agenda_item_id": item.id, "file": table.source, **values})
                )
            for cid in ln.updates:
                c = cal_common.load_candidate(session, cid)
                before = {k: getattr(c, k) for k in values}
                for k, v in values.items():
                    if k == "notes" and not v:
                        continue  # the secretary's notes are not the register's
                    setattr(c, k, v)
                c.updated_at, c.updated_by = stamp, actor.username
                changes.append((c, before, {"file": table.source, **values}))
            session.flush()
            for c, before_import, after in changes:
                audit.record(
                    session, actor, "import", cal.ENTITY_CANDIDATE, c.id, before_import, after
                )
                extra = session.scalars(
                    select(CandidateCotation).where(CandidateCotation.candidate_id == c.id)
                ).one_or_none()
                if extra is None:
                    extra = CandidateCotation(
                        candidate_id=c.id, manual={}, updated_at=stamp, updated_by=actor.username
                    )
                    session.add(extra)
                if ln.housing_situation:
                    extra.housing_situation = ln.housing_situation
                if ln.register_score is not None:
                    extra.register_score = ln.register_score
                touched.append(c)
        session.flush()
        grids = cotation._all_grids(session)
        for c in touched:
            session.refresh(c)
            cotation._compute(session, actor, c, grids)
        write.touch(row, actor)
        audit.record(
            session,
            actor,
            "import",
            ENTITY_IMPORT,
            row.id,
            None,
            {"file": table.source, "created": report.created, "updated": report.updated},
        )
        return report

    return write.transaction(db, body)


# --------------------------------------------------------------------------- export

EXPORT_COLUMNS = (
    "numero_unique",
    "nom",
    "prenom",
    "reference_logement",
    "adresse",
    "code_postal",
    "commune",
    "typologie",
    "financement",
    "reservataire",
    "date_commission",
    "decision",
    "date_signature_bail",
)
_POSITIVE = (
    Decision.ATTRIBUTION.value,
    Decision.ATTRIBUTION_RANG.value,
    Decision.ATTRIBUTION_CONDITION_SUSPENSIVE.value,
)


@dataclass(frozen=True)
class PendingAllocation:
    candidate_id: int
    values: tuple
    exported_at: dt.datetime | None


def _allocations(session: Session) -> list[PendingAllocation]:
    rows = session.execute(
        select(Candidate, AgendaItem, CaleolSession, Dwelling)
        .join(AgendaItem, AgendaItem.id == Candidate.agenda_item_id)
        .join(CaleolSession, CaleolSession.id == AgendaItem.session_id)
        .outerjoin(Dwelling, Dwelling.id == AgendaItem.dwelling_id)
        .where(Candidate.lease_signed_on.is_not(None), Candidate.decision.in_(_POSITIVE))
        .order_by(Candidate.lease_signed_on, Candidate.id)
    ).all()
    done = dict(
        session.execute(select(SneExport.candidate_id, SneExport.exported_at)).tuples().all()
    )
    out = []
    for c, item, srow, dw in rows:
        out.append(
            PendingAllocation(
                c.id,
                (
                    c.numero_unique,
                    c.last_name,
                    c.first_name,
                    item.reference,
                    item.address,
                    item.postcode,
                    item.commune,
                    item.dwelling_type,
                    (dw.financing if dw is not None and dw.financing else item.funding),
                    (
                        dw.reservation_holder
                        if dw is not None and dw.reservation_holder
                        else item.contingent
                    ),
                    srow.session_date,
                    c.decision,
                    c.lease_signed_on,
                ),
                done.get(c.id),
            )
        )
    return out


@guarded("sne.export")
def pending_allocations(
    db: Database, actor: Actor, *, include_exported: bool = False
) -> list[PendingAllocation]:
    """Allocations followed by a signed lease, not yet reported unless asked."""
    authz.require(actor, MANAGE, entity=ENTITY_EXPORT)
    with db.reader() as session:
        rows = _allocations(session)
    return [r for r in rows if include_exported or r.exported_at is None]


def _csv_bytes(rows: list[PendingAllocation]) -> bytes:
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(EXPORT_COLUMNS)
    for r in rows:
        cells = []
        for v in r.values:
            if isinstance(v, dt.date):
                v = format_date_fr(v)
            v = "" if v is None else str(v)
            if v.startswith(("=", "+", "-", "@")):
                v = "'" + v
            cells.append(v)
        w.writerow(cells)
    return buf.getvalue().encode("utf-8-sig")


@guarded("sne.export")
def export_allocations(
    db: Database, actor: Actor, path: str | Path, *, include_exported: bool = False
) -> int:
    """Write the allocations to report (CSV ``;`` UTF-8, or ``.xlsx``) and remember
    them; returns how many. Nothing to export: ``UserError``, no file."""
    authz.require(actor, MANAGE, entity=ENTITY_EXPORT)
    path = Path(path)
    ext = path.suffix.lower()
    if ext not in (".csv", ".xlsx"):
        raise UserError(
            _m(QT_TRANSLATE_NOOP("messages", "Choisissez un fichier .csv ou .xlsx pour l'export."))
        )
    batch = str(uuid.uuid4())
    with db.transaction() as session:
        rows = [r for r in _allocations(session) if include_exported or r.exported_at is None]
        if not rows:
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Aucune attribution suivie d'un bail signé à déclarer au "
                        "registre : aucun fichier écrit.",
                    )
                )
            )
        stamp = now()
        for r in rows:
            existing = session.scalars(
                select(SneExport).where(SneExport.candidate_id == r.candidate_id)
            ).one_or_none()
            if existing is None:
                session.add(
                    SneExport(
                        candidate_id=r.candidate_id,
                        numero_unique=r.values[0],
                        batch_id=batch,
                        file_name=path.name,
                        exported_at=stamp,
                        exported_by=actor.username,
                    )
                )
            else:
                existing.batch_id, existing.file_name = batch, path.name
                existing.exported_at, existing.exported_by = stamp, actor.username
        audit.record(
            session,
            actor,
            "export",
            ENTITY_EXPORT,
            None,
            None,
            {
                "file": path.name,
                "count": len(rows),
                "batch": batch,
                "candidates": [r.candidate_id for r in rows],
            },
        )
        session.flush()
        if ext == ".csv":
            data = _csv_bytes(rows)
            save_atomically(path, lambda tmp: tmp.write_bytes(data))
        else:
            from desktop.services.spreadsheet import Workbook

            book = Workbook()
            sheet = book.sheet("Attributions", EXPORT_COLUMNS)
            for r in rows:
                sheet.add(r.values)
            book.save(path)
    return len(rows)
