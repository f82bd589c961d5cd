"""Tenant notices (congés): record, proof, exceptions, exit, deposit, list and export.

One function per user action: each takes the acting user, validates, writes in one
transaction with optimistic locking on the notice's ``version``, records an audit
event and adds a line to the tenant's timeline. The end date is computed by
``desktop.domain.notice_case.effective_notice`` and stored with its explanation.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

from sqlalchemy import and_, select
from sqlalchemy.orm import Session, selectinload

from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop.domain.formatting import format_date_fr, format_money_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.notice import DeliveryMode, ReducedNoticeGround, rules_for
from desktop.domain.notice_case import (
    DEPOSIT_NEAR_DAYS,
    Decision,
    DepositInfo,
    DepositWarning,
    ExceptionKind,
    KeyReturnMode,
    NoticeInput,
    NoticeStatus,
    deposit_info,
    effective_notice,
    needs_proof,
    normalise_notice,
    validate_decision,
    validate_notice,
)
from desktop.domain.roles import Permission
from desktop.domain.tenant import FileStatus
from desktop.services import audit, authz
from desktop.services.authz import guarded
from desktop.services.context import Actor, now, today
from desktop.services.spreadsheet import Workbook
from desktop.services.write import conflict_of, reloaded, touch, writing
from desktop.services.write import message as _m
from desktop.storage.db import Database
from desktop.storage.models import (
    Agency,
    Household,
    Notice,
    NoticeException,
    TimelineEvent,
)

ENTITY = "conge"

# Timeline event kinds (translated in the UI, desktop/ui/tenant_file.py event_labels()).
EVENT_RECORDED = "CONGE"
EVENT_EDITED = "CONGE_MODIFIE"
EVENT_PROOF = "CONGE_JUSTIFICATIF"
EVENT_REDUCED = "CONGE_DEROGATION"
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

    @property
    def proof_missing(self) -> bool:
        return self.end_date_if_proof is not None

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


def _input(n: Notice) -> NoticeInput:
    return NoticeInput(
        delivery_mode=DeliveryMode(n.delivery_mode),
        received_on=n.received_on,
        ground=ReducedNoticeGround(n.ground),
        sent_on=n.sent_on,
        presented_on=n.presented_on,
        requested_departure=n.requested_departure,
        proof_received_on=n.proof_received_on,
        proof_document=n.proof_document,
        notes=n.notes,
    )


def _exception_view(e: NoticeException) -> ExceptionView:
    return ExceptionView(
        id=e.id,
        kind=ExceptionKind(e.kind),
        decided_on=e.decided_on,
        decided_by=e.decided_by,
        reason=e.reason,
        new_departure_on=e.new_departure_on,
        agreement_signed_on=e.agreement_signed_on,
        keys_returned_on=e.keys_returned_on,
        inventory_scheduled_on=e.inventory_scheduled_on,
        recorded_at=e.recorded_at,
        recorded_by=e.recorded_by,
    )


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
    return NoticeView(
        id=n.id,
        version=n.version,
        household_id=h.id,
        display_name=h.display_name,
        contract_number=h.contract_number,
        address=h.address,
        agency_name=h.agency.name,
        status=NoticeStatus(n.status),
        data=_input(n),
        applied_months=n.applied_months,
        end_date=n.end_date,
        end_date_if_proof=n.end_date_if_proof,
        departure_on=n.departure_on,
        explanation=_messages(n.explanation),
        exceptions=tuple(_exception_view(e) for e in n.exceptions),
        exit_inventory_on=n.exit_inventory_on,
        inventory_matches=n.inventory_matches,
        inventory_scheduled_on=n.inventory_scheduled_on,
        keys_returned_on=n.keys_returned_on,
        keys_return_mode=mode,
        deposit=deposit,
        monthly_rent=rent,
        monthly_charges=h.lease.charges,
        created_at=n.created_at,
        created_by=n.created_by,
        updated_at=n.updated_at,
        updated_by=n.updated_by,
        warnings=_warnings(n, deposit, on),
    )


def _load(session: Session, notice_id: int, *, for_update: bool = False) -> Notice:
    stmt = (
        select(Notice)
        .where(Notice.id == notice_id)
        .options(
            selectinload(Notice.exceptions),
            selectinload(Notice.household).selectinload(Household.lease),
            selectinload(Notice.household).selectinload(Household.agency),
        )
    )
    if for_update and session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update(of=Notice)
    n = session.scalars(stmt).one_or_none()
    if n is None:
        raise NotFoundError(
            _m(
                QT_TRANSLATE_NOOP("messages", "Le congé n° {id} n'existe pas ou plus."),
                id=notice_id,
            )
        )
    return n


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
    if for_update and session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update(of=Household)
    h = session.scalars(stmt).one_or_none()
    if h is None:
        raise NotFoundError(
            _m(
                QT_TRANSLATE_NOOP("messages", "Le dossier n° {id} n'existe pas ou plus."),
                id=household_id,
            )
        )
    return h


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
    postponed = _latest(n, ExceptionKind.POSTPONEMENT)
    result = effective_notice(
        _input(n),
        reduced_without_proof=_decision(reduced) if reduced is not None else None,
        postponed_to=(postponed.new_departure_on, _decision(postponed))
        if postponed is not None
        else None,
        zone_tendue=n.household.lease.zone_tendue,
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


def _snapshot(n: Notice) -> dict:
    return {
        "status": n.status,
        "delivery_mode": n.delivery_mode,
        "sent_on": n.sent_on,
        "presented_on": n.presented_on,
        "received_on": n.received_on,
        "requested_departure": n.requested_departure,
        "ground": n.ground,
        "proof_received_on": n.proof_received_on,
        "proof_document": n.proof_document,
        "notes": n.notes,
        "applied_months": n.applied_months,
        "end_date": n.end_date,
        "end_date_if_proof": n.end_date_if_proof,
        "departure_on": n.departure_on,
        "exit_inventory_on": n.exit_inventory_on,
        "inventory_matches": n.inventory_matches,
        "inventory_scheduled_on": n.inventory_scheduled_on,
        "keys_returned_on": n.keys_returned_on,
        "keys_return_mode": n.keys_return_mode,
        "deposit_due_on": n.deposit_due_on,
        "deposit_returned_on": n.deposit_returned_on,
    }


def _apply_input(n: Notice, data: NoticeInput) -> None:
    n.delivery_mode = data.delivery_mode.value
    n.sent_on = data.sent_on
    n.presented_on = data.presented_on
    n.received_on = data.received_on
    n.requested_departure = data.requested_departure
    n.ground = data.ground.value
    n.proof_received_on = data.proof_received_on
    n.proof_document = data.proof_document
    n.notes = data.notes


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


def _timeline(session: Session, n: Notice, actor: Actor, kind: str, summary: str) -> None:
    session.add(
        TimelineEvent(
            household_id=n.household_id,
            occurred_at=now(),
            kind=kind,
            summary=summary,
            actor=actor.username,
        )
    )


# --------------------------------------------------------------------------- writing


CHANGED_BY = QT_TRANSLATE_NOOP(
    "messages",
    "Ce congé a été modifié par {user} le {date} à {time} depuis que vous l'avez ouvert. "
    "Vos changements n'ont pas été enregistrés : rechargez le congé pour voir la version "
    "actuelle.",
)


def _conflict(n: Notice) -> ConflictError:
    return conflict_of(n, CHANGED_BY)


def _refuse_unless_in_progress(n: Notice) -> None:
    if n.status == NoticeStatus.WITHDRAWN.value:
        raise ValidationError(
            {},
            _m(
                QT_TRANSLATE_NOOP(
                    "messages", "Ce congé a été retiré : il ne peut plus être modifié."
                )
            ),
        )
    if n.status == NoticeStatus.FINISHED.value:
        raise ValidationError(
            {},
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Ce congé est terminé (dépôt de garantie restitué) : il ne peut plus être modifié.",
                )
            ),
        )


def _change(
    db: Database,
    actor: Actor,
    notice_id: int,
    expected_version: int,
    action: Callable[[Session, Notice], tuple[str, str, str]],
) -> int:
    """Run ``action`` on the notice read at ``expected_version``; it returns (audit
    action, timeline kind, timeline summary). Returns the new version."""
    authz.require(actor, Permission.TENANT_WRITE, entity=ENTITY, entity_id=notice_id)
    with writing(db, reloaded(db, lambda s: _load(s, notice_id), _conflict)) as session:
        n = _load(session, notice_id, for_update=True)
        authz.require_agency(
            actor,
            Permission.TENANT_WRITE,
            n.household.agency_id,
            entity=ENTITY,
            entity_id=notice_id,
        )
        if n.version != expected_version:
            raise _conflict(n)
        before = _snapshot(n)
        exceptions_before = len(n.exceptions)
        audit_action, kind, summary = action(session, n)
        touch(n, actor)
        session.flush()
        _timeline(session, n, actor, kind, summary)
        after = _snapshot(n)
        if len(n.exceptions) > exceptions_before:
            after["exception"] = audit.to_jsonable(_exception_view(n.exceptions[-1]))
        audit.record(session, actor, audit_action, ENTITY, n.id, before, after)
        session.flush()
        return n.version


def _prepare(data: NoticeInput, h: Household, on: dt.date) -> NoticeInput:
    data = normalise_notice(data)
    validate_notice(data, on, lease_start=h.lease.start_date, zone_tendue=h.lease.zone_tendue)
    return data


@guarded("create")
def record_notice(db: Database, actor: Actor, household_id: int, data: NoticeInput) -> int:
    """Record the tenant's notice on a tenant file; return its id."""
    authz.require(actor, Permission.TENANT_WRITE, entity=ENTITY)
    on = today()
    with db.transaction() as session:
        h = _household(session, household_id, for_update=True)
        authz.require_agency(actor, Permission.TENANT_WRITE, h.agency_id, entity=ENTITY)
        if h.status != FileStatus.ACTIVE.value:
            raise ValidationError(
                {},
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "Ce dossier est clos : aucun congé ne peut y être enregistré."
                    )
                ),
            )
        data = _prepare(data, h, on)
        running = session.scalars(
            select(Notice).where(
                Notice.household_id == household_id, Notice.status == NoticeStatus.IN_PROGRESS.value
            )
        ).first()
        if running is not None:
            raise ValidationError(
                {},
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Un congé reçu le {date} est déjà en cours sur ce dossier : ouvrez-le pour le "
                        "modifier.",
                    ),
                    date=format_date_fr(running.received_on),
                ),
            )
        stamp = now()
        n = Notice(
            household_id=h.id,
            status=NoticeStatus.IN_PROGRESS.value,
            keys_return_mode="",
            created_at=stamp,
            created_by=actor.username,
            updated_at=stamp,
            updated_by=actor.username,
        )
        n.exceptions = []
        n.household = h
        _apply_input(n, data)
        _recompute(n)
        session.add(n)
        session.flush()
        _timeline(
            session,
            n,
            actor,
            EVENT_RECORDED,
            _m(
                QT_TRANSLATE_NOOP("messages", "Congé reçu le {date} ({ground}) : {end}"),
                date=format_date_fr(n.received_on),
                ground=data.ground.label,
                end=_end_summary(n),
            ).render(),
        )
        audit.record(session, actor, "create", ENTITY, n.id, None, _snapshot(n))
        return n.id


@guarded("update_notice")
def update_notice(
    db: Database, actor: Actor, notice_id: int, data: NoticeInput, expected_version: int
) -> int:
    """Correct the entry of a notice (dates, mode, ground, proof); recomputes the end."""
    on = today()

    def action(session: Session, n: Notice):
        _refuse_unless_in_progress(n)
        clean = _prepare(data, n.household, on)
        if clean == _input(n):
            raise _Unchanged
        _apply_input(n, clean)
        _recompute(n)
        return "update", EVENT_EDITED, _end_summary(n)

    try:
        return _change(db, actor, notice_id, expected_version, action)
    except _Unchanged:
        return expected_version


class _Unchanged(Exception):
    """Nothing to save: the transaction is rolled back, the version stays."""


@guarded("receive_proof")
def receive_proof(
    db: Database,
    actor: Actor,
    notice_id: int,
    expected_version: int,
    received_on: dt.date | None,
    document: str = "",
) -> int:
    """The proof of the ground arrived: the reduced notice applies; end recomputed."""
    on = today()
    document = " ".join(document.split())

    def action(session: Session, n: Notice):
        _refuse_unless_in_progress(n)
        data = _input(n)
        if data.proof_received or not needs_proof(data.ground, rules_for(n.received_on)):
            raise ValidationError(
                {},
                _m(
                    QT_TRANSLATE_NOOP("messages", "Aucun justificatif n'est attendu pour ce congé.")
                ),
            )
        data.proof_received_on = received_on
        data.proof_document = document
        errors = {}
        if received_on is None:
            errors["proof_received_on"] = _m(
                QT_TRANSLATE_NOOP("messages", "Indiquez la date de réception du justificatif.")
            )
        else:
            try:
                validate_notice(
                    data,
                    on,
                    lease_start=n.household.lease.start_date,
                    zone_tendue=n.household.lease.zone_tendue,
                )
            except ValidationError as exc:
                errors.update(exc.fields)
        if errors:
            raise ValidationError(errors)
        before_end = n.end_date
        _apply_input(n, data)
        _recompute(n)
        return (
            "proof",
            EVENT_PROOF,
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Justificatif reçu le {date} ({document}) : fin du préavis le {end} "
                    "au lieu du {before}",
                ),
                date=format_date_fr(received_on),
                document=document or data.ground.usual_proof,
                end=format_date_fr(n.end_date),
                before=format_date_fr(before_end),
            ).render(),
        )

    return _change(db, actor, notice_id, expected_version, action)


def _add_exception(
    session: Session,
    actor: Actor,
    n: Notice,
    kind: ExceptionKind,
    decided_on: dt.date,
    decided_by: str,
    reason: str,
    **values,
) -> None:
    n.exceptions.append(
        NoticeException(
            kind=kind.value,
            decided_on=decided_on,
            decided_by=decided_by,
            reason=reason,
            recorded_at=now(),
            recorded_by=actor.username,
            **values,
        )
    )


def _clean_decision(
    reason: str, decided_by: str, decided_on: dt.date | None, on: dt.date
) -> tuple[str, str, dt.date, dict[str, Message]]:
    reason = " ".join(reason.split())
    decided_by = " ".join(decided_by.split())
    errors = validate_decision(reason, decided_by)
    decided_on = decided_on or on
    if decided_on > on:
        errors["decided_on"] = _m(
            QT_TRANSLATE_NOOP("messages", "La date ne peut pas être dans le futur.")
        )
    return reason, decided_by, decided_on, errors


@guarded("grant_reduced_notice")
def grant_reduced_notice(
    db: Database,
    actor: Actor,
    notice_id: int,
    expected_version: int,
    reason: str,
    decided_by: str,
    decided_on: dt.date | None = None,
) -> int:
    """Grant the reduced notice although the ground's proof is missing (an override,
    audited with its reason and who decided)."""
    on = today()
    reason, decided_by, decided_on, errors = _clean_decision(reason, decided_by, decided_on, on)

    def action(session: Session, n: Notice):
        _refuse_unless_in_progress(n)
        if n.end_date_if_proof is None:
            if n.ground == ReducedNoticeGround.AUCUN.value:
                raise ValidationError(
                    {},
                    _m(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Aucun motif de préavis réduit n'est invoqué : le préavis réduit ne peut pas "
                            "être accordé.",
                        )
                    ),
                )
            raise ValidationError(
                {},
                _m(QT_TRANSLATE_NOOP("messages", "Le préavis réduit s'applique déjà à ce congé.")),
            )
        if errors:
            raise ValidationError(errors)
        _add_exception(
            session, actor, n, ExceptionKind.REDUCED_WITHOUT_PROOF, decided_on, decided_by, reason
        )
        _recompute(n)
        return (
            "override",
            EVENT_REDUCED,
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Préavis réduit accordé sans justificatif par {who} ({reason}) : {end}",
                ),
                who=decided_by,
                reason=reason,
                end=_end_summary(n),
            ).render(),
        )

    return _change(db, actor, notice_id, expected_version, action)


@guarded("postpone_departure")
def postpone_departure(
    db: Database,
    actor: Actor,
    notice_id: int,
    expected_version: int,
    new_departure: dt.date | None,
    reason: str,
    decided_by: str,
    agreement_signed_on: dt.date | None = None,
    decided_on: dt.date | None = None,
) -> int:
    """Postpone the departure past the end of the notice by a temporary occupation
    agreement (*convention d'occupation temporaire*)."""
    on = today()
    reason, decided_by, decided_on, errors = _clean_decision(reason, decided_by, decided_on, on)

    def action(session: Session, n: Notice):
        _refuse_unless_in_progress(n)
        if n.keys_returned_on is not None:
            raise ValidationError(
                {},
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Les clés ont été rendues : le départ ne peut plus être reporté.",
                    )
                ),
            )
        if new_departure is None:
            errors["new_departure_on"] = _m(
                QT_TRANSLATE_NOOP("messages", "Indiquez la nouvelle date de départ.")
            )
        elif new_departure <= n.end_date:
            errors["new_departure_on"] = _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "La nouvelle date de départ doit être postérieure à la fin du préavis ({date}).",
                ),
                date=format_date_fr(n.end_date),
            )
        if agreement_signed_on is not None and agreement_signed_on > on:
            errors["agreement_signed_on"] = _m(
                QT_TRANSLATE_NOOP("messages", "La date ne peut pas être dans le futur.")
            )
        if errors:
            raise ValidationError(errors)
        _add_exception(
            session,
            actor,
            n,
            ExceptionKind.POSTPONEMENT,
            decided_on,
            decided_by,
            reason,
            new_departure_on=new_departure,
            agreement_signed_on=agreement_signed_on,
        )
        _recompute(n)
        return (
            "postpone",
            EVENT_POSTPONED,
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Départ reporté au {date} (convention d'occupation temporaire), décision de {who} : "
                    "{reason}",
                ),
                date=format_date_fr(new_departure),
                who=decided_by,
                reason=reason,
            ).render(),
        )

    return _change(db, actor, notice_id, expected_version, action)


@guarded("keys_without_inventory")
def keys_without_inventory(
    db: Database,
    actor: Actor,
    notice_id: int,
    expected_version: int,
    keys_returned_on: dt.date | None,
    reason: str,
    decided_by: str,
    inventory_scheduled_on: dt.date | None = None,
    mode: KeyReturnMode = KeyReturnMode.LETTER_BOX,
    decided_on: dt.date | None = None,
) -> int:
    """Keys returned without exit inventory (letter box, registered letter); the
    inventory is scheduled later. The deposit deadline runs from the keys (2 months
    until an inventory matching the entry one is recorded)."""
    on = today()
    reason, decided_by, decided_on, errors = _clean_decision(reason, decided_by, decided_on, on)

    def action(session: Session, n: Notice):
        _refuse_unless_in_progress(n)
        if n.keys_returned_on is not None:
            raise ValidationError(
                {},
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "Le retour des clés est déjà enregistré (le {date})."
                    ),
                    date=format_date_fr(n.keys_returned_on),
                ),
            )
        if n.exit_inventory_on is not None:
            raise ValidationError(
                {},
                _m(
                    QT_TRANSLATE_NOOP("messages", "L'état des lieux de sortie est déjà enregistré.")
                ),
            )
        _check_keys(errors, "keys_returned_on", keys_returned_on, n, on)
        if not isinstance(mode, KeyReturnMode):
            errors["keys_return_mode"] = _m(
                QT_TRANSLATE_NOOP("messages", "Indiquez comment les clés ont été rendues.")
            )
        if (
            inventory_scheduled_on is not None
            and keys_returned_on is not None
            and inventory_scheduled_on < keys_returned_on
        ):
            errors["inventory_scheduled_on"] = _m(
                QT_TRANSLATE_NOOP(
                    "messages", "L'état des lieux ne peut pas être prévu avant le retour des clés."
                )
            )
        if errors:
            raise ValidationError(errors)
        _add_exception(
            session,
            actor,
            n,
            ExceptionKind.KEYS_WITHOUT_INVENTORY,
            decided_on,
            decided_by,
            reason,
            keys_returned_on=keys_returned_on,
            inventory_scheduled_on=inventory_scheduled_on,
        )
        n.keys_returned_on = keys_returned_on
        n.keys_return_mode = mode.value
        n.inventory_scheduled_on = inventory_scheduled_on
        _recompute_deposit(n)
        summary = _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "Clés rendues le {date} sans état des lieux ({mode}) ; dépôt de garantie à "
                "restituer avant le {due}",
            ),
            date=format_date_fr(keys_returned_on),
            mode=mode.label,
            due=format_date_fr(n.deposit_due_on),
        ).render()
        if inventory_scheduled_on is not None:
            summary += _m(
                QT_TRANSLATE_NOOP("messages", " ; état des lieux prévu le {date}"),
                date=format_date_fr(inventory_scheduled_on),
            ).render()
        return "keys_without_inventory", EVENT_KEYS_WITHOUT_INVENTORY, summary

    return _change(db, actor, notice_id, expected_version, action)


@guarded("withdraw_notice")
def withdraw_notice(
    db: Database,
    actor: Actor,
    notice_id: int,
    expected_version: int,
    reason: str,
    decided_by: str,
    decided_on: dt.date | None = None,
) -> int:
    """Withdrawal of the notice, accepted by the landlord: the tenant stays."""
    on = today()
    reason, decided_by, decided_on, errors = _clean_decision(reason, decided_by, decided_on, on)

    def action(session: Session, n: Notice):
        _refuse_unless_in_progress(n)
        if n.keys_returned_on is not None:
            raise ValidationError(
                {},
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "Les clés ont été rendues : le congé ne peut plus être retiré."
                    )
                ),
            )
        if errors:
            raise ValidationError(errors)
        _add_exception(session, actor, n, ExceptionKind.WITHDRAWAL, decided_on, decided_by, reason)
        n.status = NoticeStatus.WITHDRAWN.value
        return (
            "withdraw",
            EVENT_WITHDRAWN,
            _m(
                QT_TRANSLATE_NOOP("messages", "Congé retiré, décision de {who} : {reason}"),
                who=decided_by,
                reason=reason,
            ).render(),
        )

    return _change(db, actor, notice_id, expected_version, action)


def _check_keys(errors: dict, key: str, value: dt.date | None, n: Notice, on: dt.date) -> None:
    if value is None:
        errors[key] = _m(QT_TRANSLATE_NOOP("messages", "Indiquez la date de retour des clés."))
    elif value > on:
        errors[key] = _m(QT_TRANSLATE_NOOP("messages", "La date ne peut pas être dans le futur."))
    elif value < n.received_on:
        errors[key] = _m(
            QT_TRANSLATE_NOOP(
                "messages", "Cette date ne peut pas précéder la réception du congé ({date})."
            ),
            date=format_date_fr(n.received_on),
        )


@guarded("record_exit")
def record_exit(
    db: Database,
    actor: Actor,
    notice_id: int,
    expected_version: int,
    *,
    exit_inventory_on: dt.date | None,
    inventory_matches: bool | None,
    keys_returned_on: dt.date | None,
    keys_return_mode: KeyReturnMode | None,
    inventory_scheduled_on: dt.date | None = None,
) -> int:
    """The exit: exit inventory (date, matching the entry one or not), key return (date,
    mode). Sets the deposit deadline: 2 months after the keys, 1 month when the exit
    inventory matches the entry one."""
    on = today()

    def action(session: Session, n: Notice):
        _refuse_unless_in_progress(n)
        errors: dict[str, Message] = {}
        if exit_inventory_on is None and keys_returned_on is None:
            errors["exit_inventory_on"] = _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Indiquez la date de l'état des lieux de sortie ou du retour des clés.",
                )
            )
        if exit_inventory_on is not None:
            if exit_inventory_on > on:
                errors["exit_inventory_on"] = _m(
                    QT_TRANSLATE_NOOP("messages", "La date ne peut pas être dans le futur.")
                )
            elif exit_inventory_on < n.received_on:
                errors["exit_inventory_on"] = _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Cette date ne peut pas précéder la réception du congé ({date}).",
                    ),
                    date=format_date_fr(n.received_on),
                )
        if keys_returned_on is not None:
            _check_keys(errors, "keys_returned_on", keys_returned_on, n, on)
            if not isinstance(keys_return_mode, KeyReturnMode):
                errors["keys_return_mode"] = _m(
                    QT_TRANSLATE_NOOP("messages", "Indiquez comment les clés ont été rendues.")
                )
        if errors:
            raise ValidationError(errors)
        n.exit_inventory_on = exit_inventory_on
        n.inventory_matches = bool(inventory_matches) if exit_inventory_on else None
        n.keys_returned_on = keys_returned_on
        n.keys_return_mode = keys_return_mode.value if keys_returned_on else ""
        n.inventory_scheduled_on = None if exit_inventory_on else inventory_scheduled_on
        _recompute_deposit(n)
        parts = []
        if exit_inventory_on is not None:
            parts.append(
                _m(
                    QT_TRANSLATE_NOOP("messages", "État des lieux de sortie le {date} ({match})"),
                    date=format_date_fr(exit_inventory_on),
                    match=_m(QT_TRANSLATE_NOOP("messages", "conforme à l'entrée")).render()
                    if n.inventory_matches
                    else _m(QT_TRANSLATE_NOOP("messages", "différent de l'entrée")).render(),
                ).render()
            )
        if keys_returned_on is not None:
            parts.append(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "clés rendues le {date} ({mode}) ; dépôt de garantie à restituer "
                        "avant le {due}",
                    ),
                    date=format_date_fr(keys_returned_on),
                    mode=keys_return_mode.label,
                    due=format_date_fr(n.deposit_due_on),
                ).render()
            )
        return "exit", EVENT_EXIT, " ; ".join(parts)

    return _change(db, actor, notice_id, expected_version, action)


@guarded("record_deposit_return")
def record_deposit_return(
    db: Database,
    actor: Actor,
    notice_id: int,
    expected_version: int,
    returned_on: dt.date | None,
) -> int:
    """The deposit was returned: the notice is finished (late penalty noted if any)."""
    on = today()

    def action(session: Session, n: Notice):
        _refuse_unless_in_progress(n)
        if n.keys_returned_on is None:
            raise ValidationError(
                {}, _m(QT_TRANSLATE_NOOP("messages", "Enregistrez d'abord le retour des clés."))
            )
        if returned_on is None:
            raise ValidationError(
                {
                    "deposit_returned_on": _m(
                        QT_TRANSLATE_NOOP(
                            "messages", "Indiquez la date de restitution du dépôt de garantie."
                        )
                    )
                }
            )
        if returned_on > on:
            raise ValidationError(
                {
                    "deposit_returned_on": _m(
                        QT_TRANSLATE_NOOP("messages", "La date ne peut pas être dans le futur.")
                    )
                }
            )
        if returned_on < n.keys_returned_on:
            raise ValidationError(
                {
                    "deposit_returned_on": _m(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "La restitution ne peut pas précéder le retour des clés ({date}).",
                        ),
                        date=format_date_fr(n.keys_returned_on),
                    )
                }
            )
        n.deposit_returned_on = returned_on
        n.status = NoticeStatus.FINISHED.value
        info = deposit_info(
            n.keys_returned_on, n.inventory_matches, returned_on, n.household.lease.rent, on
        )
        summary = _m(
            QT_TRANSLATE_NOOP("messages", "Dépôt de garantie restitué le {date}"),
            date=format_date_fr(returned_on),
        ).render()
        if info.penalty:
            summary += _m(
                QT_TRANSLATE_NOOP(
                    "messages", " ; restitution tardive (échéance le {due}) : pénalité de {amount}"
                ),
                due=format_date_fr(info.due_on),
                amount=format_money_fr(info.penalty),
            ).render()
        return "deposit_returned", EVENT_DEPOSIT, summary

    return _change(db, actor, notice_id, expected_version, action)


# --------------------------------------------------------------------------- list, export


@dataclass(frozen=True)
class NoticeQuery:
    agency_id: int | None = None
    #: ``EN_COURS``, ``RETIRE``, ``TERMINE``, or ``None`` for every notice.
    status: str | None = NoticeStatus.IN_PROGRESS.value
    #: Departure (end of the notice, or postponed departure) in the current month.
    ending_this_month: bool = False
    proof_missing: bool = False
    deposit_overdue: bool = False


@dataclass(frozen=True)
class NoticeRow:
    id: int
    household_id: int
    display_name: str
    contract_number: str
    agency_code: str
    status: NoticeStatus
    delivery_mode: DeliveryMode
    received_on: dt.date
    ground: ReducedNoticeGround
    applied_months: int
    end_date: dt.date
    end_date_if_proof: dt.date | None
    departure_on: dt.date
    keys_returned_on: dt.date | None
    deposit_due_on: dt.date | None
    deposit_returned_on: dt.date | None
    deposit_warning: DepositWarning

    @property
    def proof_missing(self) -> bool:
        return self.end_date_if_proof is not None

    @property
    def postponed(self) -> bool:
        return self.departure_on != self.end_date


def month_bounds(on: dt.date) -> tuple[dt.date, dt.date]:
    last = calendar.monthrange(on.year, on.month)[1]
    return on.replace(day=1), on.replace(day=last)


def _row_warning(
    due: dt.date | None, returned: dt.date | None, status: str, on: dt.date
) -> DepositWarning:
    if due is None or returned is not None or status != NoticeStatus.IN_PROGRESS.value:
        return DepositWarning.NONE
    if due < on:
        return DepositWarning.PAST
    return DepositWarning.NEAR if (due - on).days <= DEPOSIT_NEAR_DAYS else DepositWarning.NONE


@guarded("recherche")
def list_notices(
    db: Database, actor: Actor, query: NoticeQuery, on: dt.date | None = None
) -> list[NoticeRow]:
    """The notices matching ``query``, by departure date (own agency for agency roles)."""
    authz.require(actor, Permission.TENANT_READ, entity=ENTITY)
    if actor.agency_scoped:
        if query.agency_id is not None and query.agency_id != actor.agency_id:
            authz.require_agency(actor, Permission.TENANT_READ, query.agency_id, entity=ENTITY)
        query = replace(query, agency_id=actor.agency_id if actor.agency_id is not None else -1)
    on = on or today()
    conditions = []
    if query.agency_id is not None:
        conditions.append(Household.agency_id == query.agency_id)
    if query.status:
        conditions.append(Notice.status == query.status)
    if query.ending_this_month:
        first, last = month_bounds(on)
        conditions.append(Notice.departure_on.between(first, last))
    if query.proof_missing:
        conditions.append(Notice.end_date_if_proof.is_not(None))
    if query.deposit_overdue:
        conditions += [
            Notice.deposit_due_on < on,
            Notice.deposit_returned_on.is_(None),
            Notice.status == NoticeStatus.IN_PROGRESS.value,
        ]
    stmt = (
        select(
            Notice.id,
            Notice.household_id,
            Household.display_name,
            Household.contract_number,
            Agency.code,
            Notice.status,
            Notice.delivery_mode,
            Notice.received_on,
            Notice.ground,
            Notice.applied_months,
            Notice.end_date,
            Notice.end_date_if_proof,
            Notice.departure_on,
            Notice.keys_returned_on,
            Notice.deposit_due_on,
            Notice.deposit_returned_on,
        )
        .join(Household, Household.id == Notice.household_id)
        .join(Agency, Agency.id == Household.agency_id)
        .order_by(Notice.departure_on, Notice.id)
    )
    if conditions:
        stmt = stmt.where(and_(*conditions))
    with db.reader() as session:
        return [
            NoticeRow(
                id=r.id,
                household_id=r.household_id,
                display_name=r.display_name,
                contract_number=r.contract_number,
                agency_code=r.code,
                status=NoticeStatus(r.status),
                delivery_mode=DeliveryMode(r.delivery_mode),
                received_on=r.received_on,
                ground=ReducedNoticeGround(r.ground),
                applied_months=r.applied_months,
                end_date=r.end_date,
                end_date_if_proof=r.end_date_if_proof,
                departure_on=r.departure_on,
                keys_returned_on=r.keys_returned_on,
                deposit_due_on=r.deposit_due_on,
                deposit_returned_on=r.deposit_returned_on,
                deposit_warning=_row_warning(r.deposit_due_on, r.deposit_returned_on, r.status, on),
            )
            for r in session.execute(stmt)
        ]


EXPORT_HEADERS = (
    QT_TRANSLATE_NOOP("messages", "Locataire"),
    QT_TRANSLATE_NOOP("messages", "N° de contrat"),
    QT_TRANSLATE_NOOP("messages", "Agence"),
    QT_TRANSLATE_NOOP("messages", "Statut"),
    QT_TRANSLATE_NOOP("messages", "Reçu le"),
    QT_TRANSLATE_NOOP("messages", "Mode de remise"),
    QT_TRANSLATE_NOOP("messages", "Motif"),
    QT_TRANSLATE_NOOP("messages", "Justificatif"),
    QT_TRANSLATE_NOOP("messages", "Préavis (mois)"),
    QT_TRANSLATE_NOOP("messages", "Fin du préavis"),
    QT_TRANSLATE_NOOP("messages", "Fin si justificatif fourni"),
    QT_TRANSLATE_NOOP("messages", "Départ"),
    QT_TRANSLATE_NOOP("messages", "Clés rendues le"),
    QT_TRANSLATE_NOOP("messages", "Dépôt à restituer avant le"),
    QT_TRANSLATE_NOOP("messages", "Dépôt restitué le"),
    QT_TRANSLATE_NOOP("messages", "Alerte dépôt"),
)
PROOF_MISSING = QT_TRANSLATE_NOOP("messages", "manquant")
PROOF_NONE = QT_TRANSLATE_NOOP("messages", "non requis")
PROOF_OK = QT_TRANSLATE_NOOP("messages", "reçu ou accordé")
WARNING_LABELS = {
    DepositWarning.NONE: "",
    DepositWarning.NEAR: QT_TRANSLATE_NOOP("messages", "échéance proche"),
    DepositWarning.PAST: QT_TRANSLATE_NOOP("messages", "en retard"),
}


def proof_label(row: NoticeRow) -> str:
    if row.proof_missing:
        return PROOF_MISSING
    if row.ground in (ReducedNoticeGround.AUCUN, ReducedNoticeGround.ZONE_TENDUE):
        return PROOF_NONE
    return PROOF_OK


def export_notices(
    db: Database,
    actor: Actor,
    query: NoticeQuery,
    path: str | Path,
    on: dt.date | None = None,
    translate=None,
) -> int:
    """Write the notices matching ``query`` to an Excel workbook; return the row count."""
    tr = (lambda text: translate("messages", text)) if translate else (lambda text: text)
    rows = list_notices(db, actor, query, on)
    book = Workbook()
    sheet = book.sheet(tr(QT_TRANSLATE_NOOP("messages", "Congés")), [tr(h) for h in EXPORT_HEADERS])
    for r in rows:
        sheet.add(
            [
                r.display_name,
                r.contract_number,
                r.agency_code,
                tr(r.status.label),
                r.received_on,
                tr(r.delivery_mode.label),
                tr(r.ground.label),
                tr(proof_label(r)),
                r.applied_months,
                r.end_date,
                r.end_date_if_proof,
                r.departure_on,
                r.keys_returned_on,
                r.deposit_due_on,
                r.deposit_returned_on,
                tr(WARNING_LABELS[r.deposit_warning]),
            ]
        )
    book.save(path)
    return sheet.rows
