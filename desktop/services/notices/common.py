"""Tenant notices, what every notice action shares: event kinds, the views, loading,
and the recomputation of the end date and deposit after a change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, fields
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.documents.context import join_fr
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
    OtherNotice,
    givers_of,
    remaining_holders,
    still_in_place,
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
    #: The holders in place when it was given (those who may give it: the file's,
    #: less those who gave an earlier notice; docs/domain.md#notice-cotenants).
    holders: tuple[NoticeGiver, ...] = ()
    #: The lease's earlier notices given by some holders (not withdrawn).
    earlier: tuple[OtherNotice, ...] = ()

    @property
    def proof_missing(self) -> bool:
        return self.end_date_if_proof is not None

    @property
    def partial(self) -> bool:
        """Some holders stay after it: the lease goes on, no exit inventory and no
        deposit return at this departure."""
        return bool(self.remaining)

    @property
    def editable(self) -> bool:
        return self.status is NoticeStatus.IN_PROGRESS

    @property
    def no_exit(self) -> Message | None:
        """Why neither the exit nor the deposit's return is recorded on this notice
        (some holders stay); ``None`` when they are."""
        return no_exit_message(self.data.given_by, self.remaining) if self.partial else None

    @property
    def no_postponement(self) -> Message | None:
        """Why the departure is not postponed on this notice (some holders stay: the
        lease does not end); ``None`` when it may be."""
        if not self.partial:
            return None
        return no_postponement_message(self.data.given_by, self.remaining)

    def exceptions_of(self, kind: ExceptionKind) -> list[ExceptionView]:
        return [e for e in self.exceptions if e.kind is kind]


def _partial(text: str, givers: Sequence[NoticeGiver], remaining: Sequence[str]) -> Message:
    return _m(
        text, givers=join_fr([g.full_name for g in givers]), remaining=join_fr(list(remaining))
    )


def no_exit_message(givers: Sequence[NoticeGiver], remaining: Sequence[str]) -> Message:
    """A notice after which some holders stay has no exit inventory and no deposit
    return: they come with the last holder's notice (docs/domain.md#notice-cotenants)."""
    return _partial(
        QT_TRANSLATE_NOOP(
            "messages",
            "Ce congé n'est donné que par {givers} : le bail se poursuit avec {remaining}. "
            "Il n'y a ni état des lieux de sortie ni restitution du dépôt de garantie à ce "
            "départ ; ils auront lieu à la fin du bail, sur le congé du dernier titulaire.",
        ),
        givers,
        remaining,
    )


def no_postponement_message(givers: Sequence[NoticeGiver], remaining: Sequence[str]) -> Message:
    """A postponed departure (*convention d'occupation temporaire*) follows the end of
    the lease: not on a notice after which some holders stay
    (docs/domain.md#notice-cotenants)."""
    return _partial(
        QT_TRANSLATE_NOOP(
            "messages",
            "Ce congé n'est donné que par {givers} : le bail se poursuit avec {remaining} et "
            "ne prend pas fin à ce départ. Un report du départ (convention d'occupation "
            "temporaire) ne se décide qu'à la fin du bail, sur le congé du dernier titulaire.",
        ),
        givers,
        remaining,
    )


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
    #: The lease holders who may give a new notice (alone): those who have not given
    #: one yet.
    holders: tuple[NoticeGiver, ...] = ()
    #: The notices of some holders still standing (not withdrawn): they have left.
    earlier: tuple[OtherNotice, ...] = ()
    #: A new notice may be recorded: some holder is still in place and no notice
    #: given by all of them is in progress.
    open_to_notice: bool = True


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


def _others(
    session: Session, household_id: int, n: Notice | None = None
) -> tuple[OtherNotice, ...]:
    """The file's notices given by holders they name, not withdrawn, but ``n``; those
    recorded before ``n`` (all of them for a new notice) are ``earlier``."""
    rows = session.execute(
        select(Notice.id, Notice.given_by, Notice.received_on, Notice.end_date)
        .where(
            Notice.household_id == household_id,
            Notice.status != NoticeStatus.WITHDRAWN.value,
        )
        .order_by(Notice.id)
    ).all()
    return tuple(
        OtherNotice(
            givers=tuple(NoticeGiver.from_dict(g) for g in given_by),
            received_on=received_on,
            end_date=end_date,
            earlier=n is None or notice_id < n.id,
        )
        for notice_id, given_by, received_on, end_date in rows
        if given_by and (n is None or notice_id != n.id)
    )


def _in_place(
    h: Household, others: tuple[OtherNotice, ...], n: Notice | None = None
) -> tuple[NoticeGiver, ...]:
    """The holders in place for notice ``n`` (a new one: ``None``): the file's, and
    those ``n`` names who have left the file since, less the earlier notices' givers."""
    holders = _holders(h)
    if n is not None:
        keys = {g.key() for g in holders}
        holders += tuple(g for g in _input(n).given_by if g.key() not in keys)
    return tuple(still_in_place(holders, others))


def _scope(session: Session, n: Notice) -> tuple[tuple[NoticeGiver, ...], tuple[OtherNotice, ...]]:
    """The holders in place for ``n`` and the file's other notices."""
    others = _others(session, n.household_id, n)
    return _in_place(n.household, others, n), others


def _remaining(session: Session, n: Notice) -> list[NoticeGiver]:
    """The holders who stay on the lease after ``n`` (none: it ends the lease)."""
    return remaining_holders(_input(n).given_by, _scope(session, n)[0])


def _exception_view(e: NoticeException) -> ExceptionView:
    return from_row(ExceptionView, e, kind=ExceptionKind(e.kind))


def _messages(stored) -> tuple[Message, ...]:
    return tuple(Message(s["template"], dict(s.get("params") or {})) for s in stored or [])


def _deposit(n: Notice, rent: Decimal, on: dt.date) -> DepositInfo | None:
    if n.keys_returned_on is None:
        return None
    return deposit_info(n.keys_returned_on, n.inventory_matches, n.deposit_returned_on, rent, on)


def _warnings(
    n: Notice,
    deposit: DepositInfo | None,
    on: dt.date,
    remaining: list[NoticeGiver],
    others: tuple[OtherNotice, ...],
) -> tuple[Message, ...]:
    out: list[Message] = []
    if n.status != NoticeStatus.IN_PROGRESS.value:
        return ()
    later_end = [o for o in others if o.earlier and o.end_date > n.end_date]
    if not remaining and later_end:
        # docs/domain.md#notice-cotenants: the lease ends when the last notice does.
        out.append(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Le congé donné avant celui-ci par {names} prend effet le {date}, après "
                    "la fin de ce préavis : le loyer reste dû jusqu'à cette date.",
                ),
                names=", ".join(g.full_name for g in later_end[-1].givers),
                date=format_date_fr(later_end[-1].end_date),
            )
        )
    if remaining and n.ground == ReducedNoticeGround.VIOLENCES.value:
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
    holders, others = _scope(session, n)
    remaining = remaining_holders(data.given_by, holders)
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
        warnings=_warnings(n, deposit, on, remaining, others),
        remaining=tuple(g.full_name for g in remaining),
        holders=holders,
        earlier=tuple(o for o in others if o.earlier),
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
        others = _others(session, h.id)
        in_place = _in_place(h, others)
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
            holders=in_place,
            earlier=others,
            open_to_notice=bool(in_place) and _whole_running(session, h.id) is None,
        )


def _whole_running(session: Session, household_id: int) -> Notice | None:
    """The file's notice in progress given by every holder (it blocks a new one)."""
    running = session.scalars(
        select(Notice).where(
            Notice.household_id == household_id,
            Notice.status == NoticeStatus.IN_PROGRESS.value,
        )
    )
    return next((n for n in running if not n.given_by), None)


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
