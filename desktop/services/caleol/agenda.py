"""CALEOL services: the agenda (dwelling items, their order), the candidates of each
dwelling and the members' conflicts of interest."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import caleol as rules
from desktop.domain.caleol import (
    AgendaItemKind,
    FewerCandidatesReason,
    PriorityCriterion,
)
from desktop.domain.errors import (
    UserError,
    ValidationError,
)
from desktop.domain.formatting import (
    CENT,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.tenant import DWELLING_TYPES
from desktop.services import authz
from desktop.services.authz import guarded
from desktop.services.caleol.common import (
    CANDIDATE_FIELDS,
    ENTITY_CANDIDATE,
    ENTITY_ITEM,
    ENTITY_SESSION,
    ITEM_FIELDS,
    MANAGE,
    TextField,
    clean_long_text,
    clean_money,
    clean_text,
    clean_texts,
    item_warnings,
    load_row,
    managing,
    not_found,
    session_context,
    session_member,
    store_tally,
    tally_votes,
    writable_candidate,
    writable_item,
    writable_session,
)
from desktop.services.caleol.data import CandidateData, DwellingItemData, Saved
from desktop.services.context import Actor, now, today
from desktop.services.write import (
    audit_event,
    flush_or_conflict,
    message,
    new_row,
    set_fields,
    snapshot,
    touch,
    update_row,
)
from desktop.storage.caleol_models import (
    AgendaItem,
    Candidate,
    ConflictOfInterest,
    Member,
)
from desktop.storage.caleol_models import Session as CaleolSession
from desktop.storage.db import Database
from desktop.storage.models import (
    Dwelling,
    Household,
    Lease,
)

# --------------------------------------------------------------------------- agenda


_ITEM_TEXTS = (
    TextField("reference", 40, QT_TRANSLATE_NOOP("messages", "Référence")),
    TextField("address", 260, QT_TRANSLATE_NOOP("messages", "Adresse"), required=True),
    TextField("postcode", 5, QT_TRANSLATE_NOOP("messages", "Code postal")),
    TextField("commune", 80, QT_TRANSLATE_NOOP("messages", "Commune"), required=True),
    TextField("funding", 20, QT_TRANSLATE_NOOP("messages", "Financement")),
    TextField("contingent", 120, QT_TRANSLATE_NOOP("messages", "Contingent")),
)


def _validate_item(session: Session, data: DwellingItemData) -> dict[str, Any]:
    errors: dict[str, Message] = {}
    values: dict[str, Any] = {
        **clean_texts(data, _ITEM_TEXTS, errors),
        "dwelling_type": (data.dwelling_type or "").strip().upper(),
        "surface": data.surface,
        "floor": data.floor,
        "rent": clean_money(
            data.rent, "rent", errors, message(QT_TRANSLATE_NOOP("messages", "Loyer"))
        ),
        "charges": clean_money(
            data.charges, "charges", errors, message(QT_TRANSLATE_NOOP("messages", "Charges"))
        ),
        "accessibility": clean_long_text(data.accessibility, 2000, "accessibility", errors),
        "fewer_candidates_reason": FewerCandidatesReason(data.fewer_candidates_reason).value
        if data.fewer_candidates_reason
        else None,
        "notes": clean_long_text(data.notes, 4000, "notes", errors),
        "dwelling_id": data.dwelling_id,
    }
    if values["postcode"] and not re.fullmatch(r"\d{5}", values["postcode"]):
        errors["postcode"] = message(QT_TRANSLATE_NOOP("messages", "Code postal : 5 chiffres."))
    if values["dwelling_type"] and values["dwelling_type"] not in DWELLING_TYPES:
        errors["dwelling_type"] = message(
            QT_TRANSLATE_NOOP("messages", "Type de logement : T1 à T6.")
        )
    if data.surface is not None and (
        not isinstance(data.surface, Decimal) or not 0 < data.surface < 1000
    ):
        errors["surface"] = message(QT_TRANSLATE_NOOP("messages", "Surface invalide."))
    elif data.surface is not None:
        values["surface"] = data.surface.quantize(CENT)
    if data.floor is not None and not -5 <= data.floor <= 60:
        errors["floor"] = message(QT_TRANSLATE_NOOP("messages", "Étage invalide."))
    if data.dwelling_id is not None and session.get(Dwelling, data.dwelling_id) is None:
        errors["dwelling_id"] = message(QT_TRANSLATE_NOOP("messages", "Logement inconnu."))
    if errors:
        raise ValidationError(errors)
    return values


def snapshot_of_dwelling(session: Session, dwelling_id: int) -> DwellingItemData:
    d = load_row(session, Dwelling, dwelling_id, "dwelling")
    lease = session.execute(
        select(Lease.rent, Lease.charges)
        .join(Household, Household.id == Lease.household_id)
        .where(Household.dwelling_id == d.id)
        .order_by(Lease.start_date.desc(), Lease.id.desc())
        .limit(1)
    ).first()
    address = ", ".join(p for p in (d.address_line, d.address_complement) if p)
    return DwellingItemData(
        reference=d.reference,
        address=address,
        postcode=d.postcode,
        commune=d.city,
        dwelling_type=d.dwelling_type,
        surface=d.surface,
        floor=d.floor,
        rent=lease.rent if lease else None,
        charges=lease.charges if lease else None,
        funding=d.financing,
        contingent=d.reservation_holder,  # issue 17 dwelling data
        dwelling_id=d.id,
    )


@guarded("caleol.consultation")
def dwelling_snapshot(db: Database, actor: Actor, dwelling_id: int) -> DwellingItemData:
    """A fiche logement prefilled from the dwelling tables (last lease's rent/charges)."""
    authz.require(actor, MANAGE, entity=ENTITY_ITEM)
    with db.reader() as session:
        return snapshot_of_dwelling(session, dwelling_id)


@guarded("caleol.consultation")
def find_dwellings(
    db: Database, actor: Actor, text: str, limit: int = 20
) -> list[DwellingItemData]:
    """Dwellings whose reference or address contains ``text`` (to put one on the agenda)."""
    authz.require(actor, MANAGE, entity=ENTITY_ITEM)
    text = (text or "").strip()
    if not text:
        return []
    pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    with db.reader() as session:
        ids = session.scalars(
            select(Dwelling.id)
            .where(
                Dwelling.reference.ilike(pattern, escape="\\")
                | Dwelling.address_line.ilike(pattern, escape="\\")
            )
            .order_by(Dwelling.reference)
            .limit(limit)
        ).all()
        return [snapshot_of_dwelling(session, i) for i in ids]


def next_position(row: CaleolSession) -> int:
    return max((i.position for i in row.items), default=0) + 1


def _renumber(rows: Iterable[AgendaItem | Candidate]) -> None:
    """Number ``rows`` 1, 2, 3… in their order (a row already in place keeps its version)."""
    for position, row in enumerate(rows, start=1):
        if row.position != position:
            row.position = position


#: an agenda item's audit snapshot: its place, then the dwelling, then the household
_ITEM_SNAPSHOT = ("kind", "position", *ITEM_FIELDS, "household_id", "ground")


def item_snapshot(item: AgendaItem) -> dict:
    return snapshot(item, _ITEM_SNAPSHOT)


@guarded("caleol.ordre_du_jour")
def add_dwelling_item(
    db: Database,
    actor: Actor,
    session_id: int,
    data: DwellingItemData | None = None,
    *,
    dwelling_id: int | None = None,
) -> Saved:
    """Put a dwelling on the agenda: ``data`` typed in (or edited from
    ``dwelling_snapshot``), or ``dwelling_id`` alone to snapshot the dwelling tables."""
    with managing(db, actor, ENTITY_ITEM) as session:
        row = writable_session(session, session_id)
        if data is None and dwelling_id is None:
            raise ValidationError(
                {
                    "dwelling_id": message(
                        QT_TRANSLATE_NOOP(
                            "messages", "Choisissez un logement ou saisissez sa fiche."
                        )
                    )
                }
            )
        source = data
        if source is None:
            assert dwelling_id is not None  # refused above when both are missing
            source = snapshot_of_dwelling(session, dwelling_id)
        values = _validate_item(session, source)
        item = AgendaItem(
            session_id=row.id,
            position=next_position(row),
            kind=AgendaItemKind.ATTRIBUTION.value,
            **values,
        )
        session.add(item)
        row.items.append(item)
        touch(row, actor)
        session.flush()
        audit_event(session, actor, "create", ENTITY_ITEM, item.id, None, item_snapshot(item))
        return Saved(item.id, item.version, tuple(item_warnings(item)))


@guarded("caleol.ordre_du_jour")
def update_item(
    db: Database, actor: Actor, item_id: int, data: DwellingItemData, expected_version: int
) -> Saved:
    with managing(db, actor, ENTITY_ITEM, item_id) as session:
        item, row = writable_item(session, item_id, expected_version)
        values = _validate_item(session, data)
        before = item_snapshot(item)
        set_fields(item, values)
        touch(row, actor)
        session.flush()
        _refresh_item_tallies(item, session_context(row).members)
        audit_event(session, actor, "update", ENTITY_ITEM, item.id, before, item_snapshot(item))
        return Saved(item.id, item.version, tuple(item_warnings(item)))


def _refresh_item_tallies(item: AgendaItem, members: Mapping[int, Member]) -> None:
    # The commune decides whether the mayor's vote counts: recompute stored tallies.
    all_members = dict(members)
    for c in item.candidates:
        if c.votes:
            store_tally(c, tally_votes(item, c.votes, all_members))


@guarded("caleol.ordre_du_jour")
def set_fewer_candidates_reason(
    db: Database,
    actor: Actor,
    item_id: int,
    reason: FewerCandidatesReason | None,
    expected_version: int | None = None,
) -> Saved:
    with managing(db, actor, ENTITY_ITEM, item_id) as session:
        item, row = writable_item(session, item_id, expected_version)
        before = item.fewer_candidates_reason
        item.fewer_candidates_reason = FewerCandidatesReason(reason).value if reason else None
        touch(row, actor)
        session.flush()
        audit_event(
            session,
            actor,
            "update",
            ENTITY_ITEM,
            item.id,
            {"fewer_candidates_reason": before},
            {"fewer_candidates_reason": item.fewer_candidates_reason},
        )
        return Saved(item.id, item.version, tuple(item_warnings(item)))


@guarded("caleol.ordre_du_jour")
def remove_item(
    db: Database, actor: Actor, item_id: int, expected_version: int | None = None
) -> None:
    with managing(db, actor, ENTITY_ITEM, item_id) as session:
        item, row = writable_item(session, item_id, expected_version)
        if any(c.votes or c.decision for c in item.candidates):
            raise UserError(
                message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Des votes ou des décisions sont enregistrés pour ce logement : "
                        "retirez-les avant de le retirer de l'ordre du jour.",
                    )
                )
            )
        before = item_snapshot(item)
        row.items.remove(item)
        session.delete(item)
        _renumber(row.items)
        touch(row, actor)
        audit_event(session, actor, "delete", ENTITY_ITEM, item_id, before, None)


@guarded("caleol.ordre_du_jour")
def reorder_items(db: Database, actor: Actor, session_id: int, item_ids: Sequence[int]) -> None:
    """Set the agenda order: ``item_ids`` lists every item of the session once."""
    with managing(db, actor, ENTITY_SESSION, session_id) as session:
        row = writable_session(session, session_id)
        current = {i.id: i for i in row.items}
        if sorted(item_ids) != sorted(current):
            raise ValidationError(
                {
                    "items": message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "L'ordre du jour a changé entre-temps : rechargez la séance.",
                        )
                    )
                }
            )
        before = [i.id for i in row.items]
        _renumber(current[item_id] for item_id in item_ids)
        touch(row, actor)
        audit_event(
            session,
            actor,
            "update",
            ENTITY_SESSION,
            row.id,
            {"order": before},
            {"order": list(item_ids)},
        )


# --------------------------------------------------------------------------- candidates


_NUMERO_SPACES = re.compile(r"\s+")


def normalise_numero(text: str | None) -> str:
    return _NUMERO_SPACES.sub(" ", (text or "").strip()).upper()


NUMERO_MAX = 30  # characters (the column's)


def checked_numero(text: str | None, errors: dict) -> str:
    """``normalise_numero(text)``, its error under ``numero_unique`` when longer than
    NUMERO_MAX or holding invisible or control characters (``clean_text``)."""
    return clean_text(
        normalise_numero(text),
        NUMERO_MAX,
        "numero_unique",
        errors,
        label=message(QT_TRANSLATE_NOOP("messages", "Numéro unique")),
    )


_CANDIDATE_TEXTS = (
    TextField("civility", 4, QT_TRANSLATE_NOOP("messages", "Civilité")),
    TextField("last_name", 80, QT_TRANSLATE_NOOP("messages", "Nom"), required=True),
    TextField("first_name", 80, QT_TRANSLATE_NOOP("messages", "Prénom")),
)


def _validate_candidate(data: CandidateData) -> dict[str, Any]:
    errors: dict[str, Message] = {}
    numero = checked_numero(data.numero_unique, errors)
    criteria: list[str] = []
    for c in data.priority_criteria or ():
        try:
            value = PriorityCriterion(c).value
        except ValueError:
            errors["priority_criteria"] = message(
                QT_TRANSLATE_NOOP("messages", "Critère de priorité inconnu : « {code} »."), code=c
            )
            continue
        if value not in criteria:
            criteria.append(value)
    values: dict[str, Any] = {
        "numero_unique": numero,
        **clean_texts(data, _CANDIDATE_TEXTS, errors),
        "postal_address": clean_long_text(data.postal_address, 500, "postal_address", errors),
        "household_composition": clean_long_text(
            data.household_composition, 1000, "household_composition", errors
        ),
        "adults": data.adults,
        "children": data.children,
        "monthly_resources": clean_money(
            data.monthly_resources,
            "monthly_resources",
            errors,
            message(QT_TRANSLATE_NOOP("messages", "Ressources mensuelles")),
        ),
        "effort_rate": data.effort_rate,
        "remaining_income_per_unit": clean_money(
            data.remaining_income_per_unit,
            "remaining_income_per_unit",
            errors,
            message(QT_TRANSLATE_NOOP("messages", "Reste à vivre par unité de consommation")),
        ),
        "priority_criteria": criteria,
        "public_prioritaire": bool(data.public_prioritaire or criteria),
        "current_housing": clean_long_text(data.current_housing, 1000, "current_housing", errors),
        "application_date": data.application_date,
        "notes": clean_long_text(data.notes, 4000, "notes", errors),
    }
    if not 1 <= (data.adults or 0) <= 20:
        errors["adults"] = message(QT_TRANSLATE_NOOP("messages", "Nombre d'adultes : de 1 à 20."))
    if not 0 <= (data.children or 0) <= 20:
        errors["children"] = message(QT_TRANSLATE_NOOP("messages", "Nombre d'enfants : de 0 à 20."))
    if data.effort_rate is not None:
        if not isinstance(data.effort_rate, Decimal) or not 0 <= data.effort_rate <= 100:
            errors["effort_rate"] = message(
                QT_TRANSLATE_NOOP("messages", "Taux d'effort : pourcentage de 0 à 100.")
            )
        else:
            values["effort_rate"] = data.effort_rate.quantize(CENT)
    if data.application_date is not None and data.application_date > today():
        errors["application_date"] = message(
            QT_TRANSLATE_NOOP("messages", "La date de la demande ne peut pas être dans le futur.")
        )
    if errors:
        raise ValidationError(errors)
    return values


def _check_candidates(item: AgendaItem, changed: Candidate | None, numero: str) -> list[Message]:
    """check_dwelling_candidates over the item with the new or changed candidate last;
    its errors are reported on the candidate's own fields."""
    others = [c for c in item.candidates if c is not changed]
    listed = [rules.Candidate(c.numero_unique, c.rank, c.full_name) for c in others]
    listed.append(rules.Candidate(numero, changed.rank if changed else None))
    reason = (
        FewerCandidatesReason(item.fewer_candidates_reason)
        if item.fewer_candidates_reason
        else None
    )
    try:
        return rules.check_dwelling_candidates(listed, reason)
    except ValidationError as exc:
        prefix = f"candidates[{len(listed) - 1}]."
        raise ValidationError(
            {(k[len(prefix) :] if k.startswith(prefix) else k): v for k, v in exc.fields.items()}
        ) from None


def _attribution_item(item: AgendaItem) -> None:
    if item.kind != AgendaItemKind.ATTRIBUTION.value:
        raise UserError(
            message(
                QT_TRANSLATE_NOOP(
                    "messages", "Ce point est un examen de l'occupation : il n'a pas de candidats."
                )
            )
        )


def _new_candidate(actor: Actor, item: AgendaItem, values: dict[str, Any]) -> Candidate:
    """A new candidate for ``item`` (last in its list) from validated ``values``."""
    c = new_row(
        Candidate,
        actor,
        agenda_item_id=item.id,
        position=max((x.position for x in item.candidates), default=0) + 1,
        **values,
    )
    item.candidates.append(c)
    return c


@guarded("caleol.candidat")
def add_candidate(db: Database, actor: Actor, item_id: int, data: CandidateData) -> Saved:
    """Add an application to a dwelling; refused without numéro unique or twice the same.
    Warnings: fewer than 3 candidates without legal reason."""
    with managing(db, actor, ENTITY_CANDIDATE) as session:
        item, row = writable_item(session, item_id)
        _attribution_item(item)
        values = _validate_candidate(data)
        warnings = _check_candidates(item, None, values["numero_unique"])
        c = _new_candidate(actor, item, values)
        touch(row, actor)
        flush_or_conflict(
            session,
            QT_TRANSLATE_NOOP(
                "messages",
                "Le numéro unique {number} vient d'être ajouté à ce logement sur un autre poste.",
            ),
            number=values["numero_unique"],
        )
        audit_event(
            session,
            actor,
            "create",
            ENTITY_CANDIDATE,
            c.id,
            None,
            {"agenda_item_id": item.id, **values},
        )
        return Saved(c.id, c.version, tuple(warnings))


@guarded("caleol.candidat")
def update_candidate(
    db: Database, actor: Actor, candidate_id: int, data: CandidateData, expected_version: int
) -> Saved:
    with managing(db, actor, ENTITY_CANDIDATE, candidate_id) as session:
        c, item, row = writable_candidate(session, candidate_id, expected_version)
        values = _validate_candidate(data)
        warnings = _check_candidates(item, c, values["numero_unique"])
        touch(row, actor)
        update_row(session, actor, c, values, CANDIDATE_FIELDS, ENTITY_CANDIDATE)
        return Saved(c.id, c.version, tuple(warnings))


@guarded("caleol.candidat")
def remove_candidate(
    db: Database, actor: Actor, candidate_id: int, expected_version: int | None = None
) -> Saved:
    """Withdraw an application from the agenda (not once voted on or decided)."""
    with managing(db, actor, ENTITY_CANDIDATE, candidate_id) as session:
        c, item, row = writable_candidate(session, candidate_id, expected_version)
        if c.votes or c.decision:
            raise UserError(
                message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Des votes ou une décision sont enregistrés pour {name} : retirez-"
                        "les avant de retirer sa candidature.",
                    ),
                    name=c.full_name,
                )
            )
        before = snapshot(c, CANDIDATE_FIELDS)
        item.candidates.remove(c)
        session.delete(c)
        _renumber(item.candidates)
        touch(row, actor)
        session.flush()
        audit_event(session, actor, "delete", ENTITY_CANDIDATE, candidate_id, before, None)
        return Saved(item.id, item.version, tuple(item_warnings(item)))


# --------------------------------------------------------------------------- conflicts


@guarded("caleol.conflit")
def add_conflict(
    db: Database,
    actor: Actor,
    item_id: int,
    member_id: int,
    note: str = "",
    candidate_id: int | None = None,
) -> int:
    """Record that a member must not vote on an item (or on one of its candidates)."""
    with managing(db, actor, ENTITY_ITEM, item_id) as session:
        item, row = writable_item(session, item_id)
        member = session_member(session, row, member_id)
        concerned = [c for c in item.candidates if candidate_id is None or c.id == candidate_id]
        if candidate_id is not None and not concerned:
            raise not_found("candidate", candidate_id)
        if any(v.member_id == member_id for c in concerned for v in c.votes):
            raise UserError(
                message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{name} a déjà voté sur ce point : supprimez son vote avant de "
                        "noter le conflit d'intérêts.",
                    ),
                    name=member.full_name,
                )
            )
        x = ConflictOfInterest(
            agenda_item_id=item.id,
            candidate_id=candidate_id,
            member_id=member_id,
            note=(note or "").strip()[:2000],
            created_at=now(),
            created_by=actor.username,
        )
        item.conflicts.append(x)
        touch(row, actor)
        session.flush()
        audit_event(
            session,
            actor,
            "create",
            "caleol_conflit",
            x.id,
            None,
            {
                "agenda_item_id": item.id,
                "candidate_id": candidate_id,
                "member_id": member_id,
                "note": x.note,
            },
        )
        return x.id


@guarded("caleol.conflit")
def remove_conflict(db: Database, actor: Actor, conflict_id: int) -> None:
    with managing(db, actor, "caleol_conflit", conflict_id) as session:
        x = load_row(session, ConflictOfInterest, conflict_id, "conflict")
        row = writable_session(session, x.item.session_id)
        before = {
            "agenda_item_id": x.agenda_item_id,
            "candidate_id": x.candidate_id,
            "member_id": x.member_id,
            "note": x.note,
        }
        x.item.conflicts.remove(x)
        session.delete(x)
        touch(row, actor)
        audit_event(session, actor, "delete", "caleol_conflit", conflict_id, before, None)
