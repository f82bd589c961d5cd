"""Tenant notices, what every notice action shares: event kinds, the views, loading,
and the recomputation of the end date and deposit after a change."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.domain.errors import NotFoundError
from desktop.domain.formatting import format_date_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.notice import DeliveryMode, ReducedNoticeGround
from desktop.domain.notice_case import (
    Decision,
    DepositInfo,
    ExceptionKind,
    KeyReturnMode,
    NoticeInput,
    NoticeStatus,
    deposit_info,
    effective_notice,
)
from desktop.domain.notice_cotenants import (
    CotenantBond,
    NoticeGiver,
    givers_of,
    remaining_holders,
)
from desktop.domain.roles import Permission
from desktop.domain.tenant import FileStatus
from desktop.services import audit, authz
from desktop.services.authz import guarded
from desktop.services.context import Actor, today
from desktop.services.write import from_row, invalid, one_row, snapshot
from desktop.services.write import message as _m
from desktop.storage.db import Database
from desktop.storage.models import (
    Household,
    Notice,
    NoticeException,
)

ENTITY = "conge"


# Timeline event kinds (translated in the UI, desktop/ui/tenant_file.py event_labels()).
EVENT_RECORDED = "CONGE"
EVENT_EDITED = "CONGE_MODIFIE"
EVENT_PROOF = "CONGE_JUSTIFICATIF"
EVENT_REDUCED = "CONGE_DEROGATION"
EVENT_REDUCED_REFUSED = "CONGE_REFUS_REDUIT"
EVENT_POSTPONED = "CONGE_REPORT"
EVENT_KEYS_WITHOUT_INVENTORY = "CONGE_CLES_SANS_EDL"
EVENT_WITHDRAWN = "CONGE_RETRAIT"
EVENT_EXIT = "CONGE_SORTIE"
EVENT_DEPOSIT = "CONGE_DEPOT"

EVENT_KINDS = (
    EVENT_RECORDED,
    EVENT_EDITED,
    EVENT_PROOF,
    EVENT_REDUCED,
    EVENT_REDUCED_REFUSED,
    EVENT_POSTPONED,
    EVENT_KEYS_WITHOUT_INVENTORY,
    EVENT_WITHDRAWN,
    EVENT_EXIT,
    EVENT_DEPOSIT,
)


# --------------------------------------------------------------------------- views


@dataclass(frozen=True)
class ExceptionView:
    id: int
    kind: ExceptionKind
    decided_on: dt.date
    decided_by: str
    reason: str
    new_departure_on: dt.date | None
    agreement_signed_on: dt.date | None
    keys_returned_on: dt.date | None
    inventory_scheduled_on: dt.date | None
    recorded_at: dt.datetime
    recorded_by: str


@dataclass(frozen=True)
class NoticeView:
    id: int
    version: int
    household_id: int
    display_name: str
    contract_number: str
    address: str
    agency_name: str
    status: NoticeStatus
    data: NoticeInput
    applied_months: int
    end_date: dt.date
    end_date_if_proof: dt.date | None
    departure_on: dt.date
    explanation: tuple[Message, ...]
    exceptions: tuple[ExceptionView, ...]
    exit_inventory_on: dt.date | None
    inventory_matches: bool | None
    inventory_scheduled_on: dt.date | None
    keys_returned_on: dt.date | None
    keys_return_mode: KeyReturnMode | None
    deposit: DepositInfo | None
    monthly_rent: Decimal
    monthly_charges: Decimal
    created_at: dt.datetime
    created_by: str
    updated_at: dt.datetime
    updated_by: str
    warnings: tuple[Message, ...]
    #: The holders who stay on the lease when only some gave notice (full names).
    remaining: tuple[str, ...] = ()

    @property
    def proof_missing(self) -> bool:
        return self.end_date_if_proof is not None

    @property
    def partial(self) -> bool:
        """Given by some of the lease holders only: the lease goes on."""
        return bool(self.data.given_by)

    @property
    def editable(self) -> bool:
        return self.status is NoticeStatus.IN_PROGRESS

    def exceptions_of(self, kind: ExceptionKind) -> list[ExceptionView]:
        return [e for e in self.exceptions if e.kind is kind]


@dataclass(frozen=True)
class NoticeContext:
    """What the notice form needs to know about the tenant file."""

    household_id: int
    display_name: str
    contract_number: str
    address: str
    lease_start: dt.date
    zone_tendue: bool
    monthly_rent: Decimal
    file_active: bool
    #: The notice in progress, else the latest one, else ``None``.
    notice_id: int | None
    #: The lease holders, who may give notice alone.
    holders: tuple[NoticeGiver, ...] = ()


def _input(n: Notice) -> NoticeInput:
    return from_row(
        NoticeInput,
        n,
        delivery_mode=DeliveryMode(n.delivery_mode),
        ground=ReducedNoticeGround(n.ground),
        given_by=tuple(NoticeGiver.from_dict(g) for g in n.given_by or ()),
        cotenant_bond=CotenantBond(n.cotenant_bond or ""),
    )


def _holders(h: Household) -> tuple[NoticeGiver, ...]:
    """The file's lease holders (the first occupant when none is marked)."""
    return givers_of([o for o in h.occupants if o.is_titular] or h.occupants[:1])


def _exception_view(e: NoticeException) -> ExceptionView:
    return from_row(ExceptionView, e, kind=ExceptionKind(e.kind))


def _messages(stored) -> tuple[Message, ...]:
    return tuple(Message(s["template"], dict(s.get("params") or {})) for s in stored or [])


def _deposit(n: Notice, rent: Decimal, on: dt.date) -> DepositInfo | None:
    if n.keys_returned_on is None:
        return None
    return deposit_info(n.keys_returned_on, n.inventory_matches, n.deposit_returned_on, rent, on)


def _warnings(n: Notice, deposit: DepositInfo | None, on: dt.date) -> tuple[Message, ...]:
    out: list[Message] = []
    if n.status != NoticeStatus.IN_PROGRESS.value:
        return ()
    if n.given_by and n.ground == ReducedNoticeGround.VIOLENCES.value:
        # docs/domain.md#notice-cotenants: the other holder may be the violent partner.
        out.append(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Congé pour violences au sein du couple : les courriers portent l'adresse "
                    "du logement, où l'autre titulaire demeure. Remettez-les en main propre ou "
                    "envoyez-les à l'adresse que la personne qui part vous a indiquée.",
                )
            )
        )
    if n.end_date_if_proof is not None:
        out.append(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Justificatif manquant ({proof}) : préavis de {months} mois appliqué, fin le "
                    "{end} ; le {reduced} si le justificatif est fourni.",
                ),
                proof=ReducedNoticeGround(n.ground).usual_proof,
                months=n.applied_months,
                end=format_date_fr(n.end_date),
                reduced=format_date_fr(n.end_date_if_proof),
            )
        )
    if n.keys_returned_on is not None and n.exit_inventory_on is None:
        if n.inventory_scheduled_on is not None:
            out.append(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Clés rendues sans état des lieux de sortie : état des lieux prévu le {date}.",
                    ),
                    date=format_date_fr(n.inventory_scheduled_on),
                )
            )
        else:
            out.append(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Clés rendues sans état des lieux de sortie : fixez la date de l'état des lieux.",
                    )
                )
            )
    if deposit is not None:
        out.extend(m for m in deposit.messages if deposit.returned_on is None)
    return tuple(out)


def _view(session: Session, n: Notice, on: dt.date) -> NoticeView:
    h = n.household
    rent = h.lease.rent
    deposit = _deposit(n, rent, on)
    mode = KeyReturnMode(n.keys_return_mode) if n.keys_return_mode else None
    data = _input(n)
    holders = [o for o in h.occupants if o.is_titular] or h.occupants[:1]
    return from_row(
        NoticeView,
        n,
        display_name=h.display_name,
        contract_number=h.contract_number,
        address=h.address,
        agency_name=h.agency.name,
        status=NoticeStatus(n.status),
        data=data,
        explanation=_messages(n.explanation),
        exceptions=tuple(_exception_view(e) for e in n.exceptions),
        keys_return_mode=mode,
        deposit=deposit,
        monthly_rent=rent,
        monthly_charges=h.lease.charges,
        warnings=_warnings(n, deposit, on),
        remaining=tuple(
            NoticeGiver.of(o).full_name for o in remaining_holders(data.given_by, holders)
        ),
    )


def _load(session: Session, notice_id: int, *, for_update: bool = False) -> Notice:
    stmt = (
        select(Notice)
        .where(Notice.id == notice_id)
        .options(
            selectinload(Notice.exceptions),
            selectinload(Notice.household).selectinload(Household.lease),
            selectinload(Notice.household).selectinload(Household.occupants),
            selectinload(Notice.household).selectinload(Household.agency),
        )
    )
    missing = _m(
        QT_TRANSLATE_NOOP("messages", "Le congé n° {id} n'existe pas ou plus."), id=notice_id
    )
    return one_row(session, stmt, NotFoundError(missing), for_update=for_update, of=Notice)


@guarded("consultation")
def get_notice(db: Database, actor: Actor, notice_id: int, on: dt.date | None = None) -> NoticeView:
    authz.require(actor, Permission.TENANT_READ, entity=ENTITY, entity_id=notice_id)
    with db.reader() as session:
        n = _load(session, notice_id)
        authz.require_agency(
            actor, Permission.TENANT_READ, n.household.agency_id, entity=ENTITY, entity_id=notice_id
        )
        return _view(session, n, on or today())


def _household(session: Session, household_id: int, *, for_update: bool = False) -> Household:
    stmt = (
        select(Household).where(Household.id == household_id).options(selectinload(Household.lease))
    )
    missing = _m(
        QT_TRANSLATE_NOOP("messages", "Le dossier n° {id} n'existe pas ou plus."), id=household_id
    )
    return one_row(session, stmt, NotFoundError(missing), for_update=for_update, of=Household)


def _current_notice_id(session: Session, household_id: int) -> int | None:
    rows = session.execute(
        select(Notice.id, Notice.status)
        .where(Notice.household_id == household_id)
        .order_by(Notice.id.desc())
    ).all()
    for notice_id, status in rows:
        if status == NoticeStatus.IN_PROGRESS.value:
            return notice_id
    return rows[0][0] if rows else None


@guarded("consultation")
def notice_context(db: Database, actor: Actor, household_id: int) -> NoticeContext:
    authz.require(actor, Permission.TENANT_READ, entity=ENTITY)
    with db.reader() as session:
        h = _household(session, household_id)
        authz.require_agency(actor, Permission.TENANT_READ, h.agency_id, entity=ENTITY)
        return NoticeContext(
            household_id=h.id,
            display_name=h.display_name,
            contract_number=h.contract_number,
            address=h.address,
            lease_start=h.lease.start_date,
            zone_tendue=h.lease.zone_tendue,
            monthly_rent=h.lease.rent,
            file_active=h.status == FileStatus.ACTIVE.value,
            notice_id=_current_notice_id(session, h.id),
            holders=_holders(h),
        )


@guarded("consultation")
def notices_of_household(db: Database, actor: Actor, household_id: int) -> list[int]:
    """Ids of the file's notices, newest first."""
    authz.require(actor, Permission.TENANT_READ, entity=ENTITY)
    with db.reader() as session:
        authz.require_agency(
            actor,
            Permission.TENANT_READ,
            _household(session, household_id).agency_id,
            entity=ENTITY,
        )
        return list(
            session.scalars(
                select(Notice.id)
                .where(Notice.household_id == household_id)
                .order_by(Notice.id.desc())
            )
        )


# --------------------------------------------------------------------------- computing


def _latest(n: Notice, kind: ExceptionKind) -> NoticeException | None:
    found = [e for e in n.exceptions if e.kind == kind.value]
    return found[-1] if found else None


def _decision(e: NoticeException) -> Decision:
    return Decision(decided_by=e.decided_by, decided_on=e.decided_on, reason=e.reason)


def _recompute(n: Notice) -> None:
    """Store the end date, the departure and the explanation from the entry and the
    exceptions."""
    reduced = _latest(n, ExceptionKind.REDUCED_WITHOUT_PROOF)
    refused = _latest(n, ExceptionKind.REDUCED_REFUSED)
    postponed = _latest(n, ExceptionKind.POSTPONEMENT)
    # A postponement always carries its new date (add_exception requires it).
    postponed_to = None
    if postponed is not None and postponed.new_departure_on is not None:
        postponed_to = (postponed.new_departure_on, _decision(postponed))
    result = effective_notice(
        _input(n),
        reduced_without_proof=_decision(reduced) if reduced is not None else None,
        postponed_to=postponed_to,
        zone_tendue=n.household.lease.zone_tendue,
        reduced_refused=_decision(refused) if refused is not None else None,
    )
    n.applied_months = result.applied_months
    n.end_date = result.end_date
    n.end_date_if_proof = result.end_date_if_proof
    n.departure_on = result.departure_on
    n.explanation = [
        {"template": s.template, "params": audit.to_jsonable(s.params)} for s in result.steps
    ]
    _recompute_deposit(n)


def _recompute_deposit(n: Notice) -> None:
    if n.keys_returned_on is None:
        n.deposit_due_on = None
    else:
        n.deposit_due_on = deposit_info(
            n.keys_returned_on, n.inventory_matches, None, Decimal("0.00"), n.keys_returned_on
        ).due_on


#: The columns of a notice in its audit snapshots: the entry (``NoticeInput``'s
#: fields), what is computed from it, the exit and the deposit.
NOTICE_FIELDS = (
    "status",
    *(f.name for f in fields(NoticeInput)),
    "applied_months",
    "end_date",
    "end_date_if_proof",
    "departure_on",
    "exit_inventory_on",
    "inventory_matches",
    "inventory_scheduled_on",
    "keys_returned_on",
    "keys_return_mode",
    "deposit_due_on",
    "deposit_returned_on",
)


def _snapshot(n: Notice) -> dict:
    return snapshot(n, NOTICE_FIELDS)


def _apply_input(n: Notice, data: NoticeInput) -> None:
    if data.received_on is None:  # validate_notice refuses it first
        raise invalid(
            "received_on",
            QT_TRANSLATE_NOOP("messages", "La date de réception du congé est obligatoire."),
        )
    n.delivery_mode = data.delivery_mode.value
    n.sent_on = data.sent_on
    n.presented_on = data.presented_on
    n.received_on = data.received_on
    n.requested_departure = data.requested_departure
    n.ground = data.ground.value
    n.proof_received_on = data.proof_received_on
    n.proof_document = data.proof_document
    n.notes = data.notes
    n.given_by = [g.as_dict() for g in data.given_by]
    n.cotenant_bond = data.cotenant_bond.value


def _end_summary(n: Notice) -> str:
    text = _m(
        QT_TRANSLATE_NOOP("messages", "Fin du préavis le {end} ({months} mois)"),
        end=format_date_fr(n.end_date),
        months=n.applied_months,
    ).render()
    if n.end_date_if_proof is not None:
        text += _m(
            QT_TRANSLATE_NOOP("messages", " ; justificatif manquant : le {date} s'il est fourni"),
            date=format_date_fr(n.end_date_if_proof),
        ).render()
    if n.departure_on != n.end_date:
        text += _m(
            QT_TRANSLATE_NOOP("messages", " ; départ le {date}"),
            date=format_date_fr(n.departure_on),
        ).render()
    return text
