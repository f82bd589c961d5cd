"""CALEOL services: the occupation-review queue (article L442-5-2 CCH) and its findings
on the tenant files' timeline."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import case, func, select

from desktop.domain import caleol as rules
from desktop.domain.caleol import (
    AgendaItemKind,
    OccupationGround,
)
from desktop.domain.errors import (
    UserError,
    ValidationError,
)
from desktop.domain.formatting import (
    format_date_fr,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.roles import Permission
from desktop.domain.tenant import FileStatus
from desktop.services import authz, timeline
from desktop.services.authz import guarded
from desktop.services.caleol.agenda import (
    item_snapshot,
    next_position,
    snapshot_of_dwelling,
)
from desktop.services.caleol.common import (
    ENTITY_ITEM,
    EVENT_OCCUPATION_FINDING,
    EVENT_OCCUPATION_REVIEW,
    MANAGE,
    clean_long_text,
    load_row,
    managing,
    writable_item,
    writable_session,
)
from desktop.services.caleol.data import Saved
from desktop.services.context import Actor, now, today
from desktop.services.write import (
    audit_event,
    message,
    set_fields,
    touch,
    writing,
)
from desktop.storage.caleol_models import (
    AgendaItem,
)
from desktop.storage.caleol_models import Session as CaleolSession
from desktop.storage.db import Database
from desktop.storage.models import (
    Agency,
    Dwelling,
    Household,
    Lease,
    Occupant,
)

# --------------------------------------------------------------------------- occupation review


@dataclass(frozen=True)
class OccupationDue:
    household_id: int
    display_name: str
    contract_number: str
    address: str
    city: str
    agency_code: str
    lease_start: dt.date
    anniversary: dt.date
    dwelling_type: str
    surface: Decimal | None
    occupants: int
    grounds: tuple[OccupationGround, ...]
    explanations: tuple[Message, ...]
    last_review_on: dt.date | None


@guarded("caleol.examen_occupation")
def occupation_review_due(
    db: Database,
    actor: Actor,
    on: dt.date | None = None,
    agency: str | None = None,
    ahead_days: int = 90,
) -> list[OccupationDue]:
    """Tenants to send to the CALEOL for an occupation review (L442-5-2).

    Active tenant files whose lease is in a zone tendue, whose 3-yearly lease
    anniversary falls on or before ``on + ahead_days`` with no review since (a review
    inscribed up to ``ahead_days`` before the anniversary counts), and who match a
    ground computable from the file: sous-occupation (rooms from the type T<n> exceed
    occupants by more than one), sur-occupation (surface under the decent minimum),
    and, for users allowed to read sensitive data, an occupant flagged with a handicap.
    """
    authz.require(actor, MANAGE, entity=ENTITY_ITEM)
    authz.require(actor, Permission.TENANT_READ, entity=ENTITY_ITEM)
    on = on or today()
    horizon = on + dt.timedelta(days=ahead_days)
    sensitive = actor.can(Permission.TENANT_SENSITIVE_READ)
    with db.reader() as session:
        agency_id = None
        if agency:
            agency_id = session.scalar(select(Agency.id).where(Agency.code == agency.upper()))
            if agency_id is None:
                raise ValidationError(
                    {
                        "agency": message(
                            QT_TRANSLATE_NOOP("messages", "Agence inconnue : « {code} »."),
                            code=agency,
                        )
                    }
                )
        if actor.agency_scoped:
            if agency_id is not None and agency_id != actor.agency_id:
                raise authz.denied(
                    actor, Permission.TENANT_READ, entity=ENTITY_ITEM, other_agency=True
                )
            agency_id = actor.agency_id
        occupants = (
            select(
                Occupant.household_id,
                func.count(Occupant.id).label("n"),
                func.sum(case((Occupant.disability.is_(True), 1), else_=0)).label("disabled"),
            )
            .group_by(Occupant.household_id)
            .subquery()
        )
        reviews = dict(
            session.execute(
                select(AgendaItem.household_id, func.max(CaleolSession.session_date))
                .join(CaleolSession, CaleolSession.id == AgendaItem.session_id)
                .where(
                    AgendaItem.kind == AgendaItemKind.EXAMEN_OCCUPATION.value,
                    AgendaItem.household_id.is_not(None),
                )
                .group_by(AgendaItem.household_id)
            )
            .tuples()
            .all()
        )
        stmt = (
            select(
                Household.id,
                Household.display_name,
                Household.contract_number,
                Household.address,
                Household.city,
                Agency.code,
                Lease.start_date,
                Dwelling.dwelling_type,
                Dwelling.surface,
                occupants.c.n,
                occupants.c.disabled,
            )
            .join(Lease, Lease.household_id == Household.id)
            .join(Dwelling, Dwelling.id == Household.dwelling_id)
            .join(Agency, Agency.id == Household.agency_id)
            .outerjoin(occupants, occupants.c.household_id == Household.id)
            .where(
                Household.status == FileStatus.ACTIVE.value,
                Household.anonymised_on.is_(None),
                Lease.zone_tendue.is_(True),
                Lease.start_date <= horizon - dt.timedelta(days=365 * rules.REVIEW_YEARS - 1),
            )
        )
        if agency_id is not None:
            stmt = stmt.where(Household.agency_id == agency_id)
        out: list[OccupationDue] = []
        for (
            hid,
            name,
            contract,
            address,
            city,
            code,
            start,
            dtype,
            surface,
            n,
            disabled,
        ) in session.execute(stmt).yield_per(2000):
            anniversary = rules.review_anniversary(start, horizon)
            if anniversary is None:
                continue
            last = reviews.get(hid)
            if last is not None and last >= anniversary - dt.timedelta(days=ahead_days):
                continue
            found = rules.occupation_grounds(dtype, surface, int(n or 0))
            if sensitive and disabled:
                found.append(
                    (
                        OccupationGround.HANDICAP_PERTE_AUTONOMIE,
                        message(
                            QT_TRANSLATE_NOOP(
                                "messages",
                                "Un occupant est signalé en situation de handicap : vérifier "
                                "l'adaptation du logement.",
                            )
                        ),
                    )
                )
            if not found:
                continue
            out.append(
                OccupationDue(
                    household_id=hid,
                    display_name=name,
                    contract_number=contract,
                    address=address,
                    city=city,
                    agency_code=code,
                    lease_start=start,
                    anniversary=anniversary,
                    dwelling_type=dtype,
                    surface=surface,
                    occupants=int(n or 0),
                    grounds=tuple(g for g, _ in found),
                    explanations=tuple(x for _, x in found),
                    last_review_on=last,
                )
            )
        out.sort(key=lambda d: (d.anniversary, d.display_name))
        return out


@guarded("caleol.examen_occupation")
def add_occupation_review(
    db: Database,
    actor: Actor,
    session_id: int,
    household_id: int,
    ground: OccupationGround,
    notes: str = "",
) -> Saved:
    """Put a tenant's occupation review on the agenda (snapshot of his dwelling), and
    note it on the tenant file's timeline."""
    authz.require(actor, MANAGE, entity=ENTITY_ITEM)
    authz.require(actor, Permission.TENANT_READ, entity=ENTITY_ITEM)
    ground = OccupationGround(ground)

    with writing(db) as session:
        row = writable_session(session, session_id)
        h = load_row(session, Household, household_id, "household")
        authz.require_agency(actor, Permission.TENANT_READ, h.agency_id, entity=ENTITY_ITEM)
        if any(
            i.household_id == h.id and i.kind == AgendaItemKind.EXAMEN_OCCUPATION.value
            for i in row.items
        ):
            raise UserError(
                message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "L'examen de l'occupation de {name} est déjà à l'ordre du jour de "
                        "cette séance.",
                    ),
                    name=h.display_name,
                )
            )
        snap = snapshot_of_dwelling(session, h.dwelling_id)
        item = AgendaItem(
            session_id=row.id,
            position=next_position(row),
            kind=AgendaItemKind.EXAMEN_OCCUPATION.value,
            dwelling_id=snap.dwelling_id,
            reference=snap.reference,
            address=snap.address[:260],
            postcode=snap.postcode,
            commune=snap.commune,
            dwelling_type=snap.dwelling_type,
            surface=snap.surface,
            floor=snap.floor,
            rent=snap.rent,
            charges=snap.charges,
            household_id=h.id,
            household_name=h.display_name,
            ground=ground.value,
            notes=(notes or "").strip()[:4000],
        )
        row.items.append(item)
        touch(row, actor)
        session.flush()
        timeline.add_event(
            session,
            h.id,
            EVENT_OCCUPATION_REVIEW,
            message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Examen de l'occupation inscrit à la séance CALEOL n° {number} du "
                    "{date} : {ground}",
                ),
                number=row.number,
                date=format_date_fr(row.session_date),
                ground=Message(ground.label),
            ).render(),
            actor,
        )
        audit_event(session, actor, "create", ENTITY_ITEM, item.id, None, item_snapshot(item))
        return Saved(item.id, item.version)


@guarded("caleol.examen_occupation")
def record_occupation_finding(
    db: Database,
    actor: Actor,
    item_id: int,
    finding: str,
    suitable_dwelling: str,
    advice: str = "",
    expected_version: int | None = None,
) -> Saved:
    """The commission's finding on an occupation review: the situation it records, the
    dwelling suited to the household, its advice (e.g. home ownership). Added to the
    tenant file's timeline."""
    with managing(db, actor, ENTITY_ITEM, item_id) as session:
        item, row = writable_item(session, item_id, expected_version)
        if item.kind != AgendaItemKind.EXAMEN_OCCUPATION.value:
            raise UserError(
                message(
                    QT_TRANSLATE_NOOP("messages", "Ce point n'est pas un examen de l'occupation.")
                )
            )
        errors: dict[str, Message] = {}
        values = {
            "finding": clean_long_text(finding, 4000, "finding", errors),
            "suitable_dwelling": clean_long_text(
                suitable_dwelling, 2000, "suitable_dwelling", errors
            ),
            "advice": clean_long_text(advice, 2000, "advice", errors),
        }
        if not values["finding"]:
            errors["finding"] = message(
                QT_TRANSLATE_NOOP("messages", "Indiquez le constat de la commission.")
            )
        if errors:
            raise ValidationError(errors)
        before = {k: getattr(item, k) for k in values}
        set_fields(
            item, {**values, "finding_recorded_at": now(), "finding_recorded_by": actor.username}
        )
        touch(row, actor)
        session.flush()
        if item.household_id is not None:
            summary = message(
                QT_TRANSLATE_NOOP(
                    "messages", "Avis de la CALEOL (séance n° {number} du {date}) : {finding}"
                ),
                number=row.number,
                date=format_date_fr(row.session_date),
                finding=values["finding"],
            ).render()
            if values["suitable_dwelling"]:
                summary += " — " + str(
                    message(
                        QT_TRANSLATE_NOOP("messages", "Logement adapté : {text}"),
                        text=values["suitable_dwelling"],
                    )
                )
            if values["advice"]:
                summary += " — " + str(
                    message(QT_TRANSLATE_NOOP("messages", "Avis : {text}"), text=values["advice"])
                )
            timeline.add_event(session, item.household_id, EVENT_OCCUPATION_FINDING, summary, actor)
        audit_event(session, actor, "avis_occupation", ENTITY_ITEM, item.id, before, values)
        return Saved(item.id, item.version)
