"""Tenant notices: the user actions on one notice, from its recording to the
deposit's return (proof, reduced notice, postponement, keys without inventory,
withdrawal, exit)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.documents.context import join_fr
from desktop.domain.errors import ValidationError
from desktop.domain.formatting import format_date_fr, format_money_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.notice import ReducedNoticeGround, rules_for
from desktop.domain.notice_case import (
    ExceptionKind,
    KeyReturnMode,
    NoticeInput,
    NoticeStatus,
    deposit_info,
    needs_proof,
    normalise_notice,
    reduced_refusable,
    validate_decision,
    validate_notice,
)
from desktop.domain.roles import Permission
from desktop.domain.tenant import FileStatus
from desktop.services import audit, authz, timeline
from desktop.services.authz import guarded
from desktop.services.context import Actor, now, today
from desktop.services.notices.common import (
    ENTITY,
    EVENT_DEPOSIT,
    EVENT_EDITED,
    EVENT_EXIT,
    EVENT_KEYS_WITHOUT_INVENTORY,
    EVENT_POSTPONED,
    EVENT_PROOF,
    EVENT_RECORDED,
    EVENT_REDUCED,
    EVENT_REDUCED_REFUSED,
    EVENT_WITHDRAWN,
    _apply_input,
    _end_summary,
    _exception_view,
    _holders,
    _household,
    _in_place,
    _input,
    _load,
    _others,
    _recompute,
    _recompute_deposit,
    _remaining,
    _snapshot,
    _whole_running,
    no_exit_message,
    no_postponement_message,
)
from desktop.services.write import (
    check_version,
    conflict_of,
    created_by,
    invalid,
    refusal,
    reloaded,
    touch,
    writing,
)
from desktop.services.write import message as _m
from desktop.storage.db import Database
from desktop.storage.models import (
    Household,
    Notice,
    NoticeException,
)

# --------------------------------------------------------------------------- writing


CHANGED_BY = QT_TRANSLATE_NOOP(
    "messages",
    "Ce congé a été modifié par {user} le {date} à {time} depuis que vous l'avez ouvert. "
    "Vos changements n'ont pas été enregistrés : rechargez le congé pour voir la version "
    "actuelle.",
)


def _refuse_unless_in_progress(n: Notice) -> None:
    if n.status == NoticeStatus.WITHDRAWN.value:
        raise refusal(
            QT_TRANSLATE_NOOP("messages", "Ce congé a été retiré : il ne peut plus être modifié.")
        )
    if n.status == NoticeStatus.FINISHED.value:
        raise refusal(
            QT_TRANSLATE_NOOP(
                "messages",
                "Ce congé est terminé (dépôt de garantie restitué) : il ne peut plus être modifié.",
            )
        )


def _refuse_after_keys(n: Notice, template: str) -> None:
    """Refuse a change once the notice is over or the keys are back (``template`` may
    name the day they came back: ``{date}``)."""
    _refuse_unless_in_progress(n)
    if n.keys_returned_on is not None:
        raise refusal(template, date=format_date_fr(n.keys_returned_on))


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
    reload = reloaded(db, lambda s: _load(s, notice_id), lambda n: conflict_of(n, CHANGED_BY))
    with writing(db, reload) as session:
        n = _load(session, notice_id, for_update=True)
        authz.require_agency(
            actor,
            Permission.TENANT_WRITE,
            n.household.agency_id,
            entity=ENTITY,
            entity_id=notice_id,
        )
        check_version(n, expected_version, CHANGED_BY)
        before = _snapshot(n)
        exceptions_before = len(n.exceptions)
        audit_action, kind, summary = action(session, n)
        touch(n, actor)
        session.flush()
        timeline.add_event(session, n.household_id, kind, summary, actor)
        after = _snapshot(n)
        if len(n.exceptions) > exceptions_before:
            after["exception"] = audit.to_jsonable(_exception_view(n.exceptions[-1]))
        audit.record(session, actor, audit_action, ENTITY, n.id, before, after)
        session.flush()
        return n.version


def _prepare(
    session: Session, data: NoticeInput, h: Household, on: dt.date, stored: Notice | None = None
) -> NoticeInput:
    """``data`` trimmed and checked; the holders it names are the file's, or those the
    stored notice already named (a holder who left the file since), and none who gave
    another notice of the lease (docs/domain.md#notice-cotenants)."""
    holders = _holders(h)
    if stored is not None:
        keys = {g.key() for g in holders}
        holders += tuple(g for g in _input(stored).given_by if g.key() not in keys)
    others = _others(session, h.id, stored)
    data = normalise_notice(data, holders, others)
    validate_notice(
        data,
        on,
        lease_start=h.lease.start_date,
        zone_tendue=h.lease.zone_tendue,
        holders=holders,
        others=others,
    )
    return data


def _refuse_if_partial(session: Session, n: Notice, why=no_exit_message) -> None:
    """The exit, the deposit (``why``: ``no_exit_message``) and a postponed departure
    (``no_postponement_message``) belong to the end of the lease: refused on a notice
    after which some holders stay (docs/domain.md#notice-cotenants)."""
    remaining = _remaining(session, n)
    if remaining:
        raise ValidationError({}, why(_input(n).given_by, [g.full_name for g in remaining]))


@guarded("create")
def record_notice(db: Database, actor: Actor, household_id: int, data: NoticeInput) -> int:
    """Record the tenant's notice on a tenant file; return its id."""
    authz.require(actor, Permission.TENANT_WRITE, entity=ENTITY)
    on = today()
    with db.transaction() as session:
        h = _household(session, household_id, for_update=True)
        authz.require_agency(actor, Permission.TENANT_WRITE, h.agency_id, entity=ENTITY)
        if h.status != FileStatus.ACTIVE.value:
            raise refusal(
                QT_TRANSLATE_NOOP(
                    "messages", "Ce dossier est clos : aucun congé ne peut y être enregistré."
                )
            )
        data = _prepare(session, data, h, on)
        running = _whole_running(session, household_id)
        in_place = _in_place(h, _others(session, h.id))
        if running is None and not in_place:
            running = session.scalars(
                select(Notice)
                .where(
                    Notice.household_id == household_id,
                    Notice.status == NoticeStatus.IN_PROGRESS.value,
                )
                .order_by(Notice.id.desc())
            ).first()
        if running is not None:
            raise refusal(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Un congé reçu le {date} est déjà en cours sur ce dossier : ouvrez-le pour le "
                    "modifier.",
                ),
                date=format_date_fr(running.received_on),
            )
        if not in_place:
            raise refusal(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Tous les titulaires du bail ont déjà donné congé : aucun autre congé ne "
                    "peut être enregistré sur ce dossier.",
                )
            )
        n = Notice(
            household_id=h.id,
            status=NoticeStatus.IN_PROGRESS.value,
            keys_return_mode="",
            **created_by(actor),
        )
        n.exceptions = []
        n.household = h
        _apply_input(n, data)
        _recompute(n)
        session.add(n)
        session.flush()
        timeline.add_event(
            session,
            n.household_id,
            EVENT_RECORDED,
            _m(
                QT_TRANSLATE_NOOP("messages", "Congé reçu le {date} ({ground}) : {end}"),
                date=format_date_fr(n.received_on),
                ground=data.ground.label,
                end=_end_summary(n),
            ).render(),
            actor,
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
        clean = _prepare(session, data, n.household, on, n)
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
            raise refusal(
                QT_TRANSLATE_NOOP("messages", "Aucun justificatif n'est attendu pour ce congé.")
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


def _reduced_decision(
    session: Session,
    actor: Actor,
    n: Notice,
    kind: ExceptionKind,
    decision: tuple[dt.date, str, str, dict[str, Message]],
    summary: str,
):
    """Record the landlord's decision on the reduced notice (granted without its proof,
    or refused) once the notice's state allows it: the exception, the new end, and the
    timeline summary ``summary`` ({who}, {reason}, {end})."""
    decided_on, decided_by, reason, errors = decision
    if errors:
        raise ValidationError(errors)
    _add_exception(session, actor, n, kind, decided_on, decided_by, reason)
    _recompute(n)
    event = EVENT_REDUCED if kind is ExceptionKind.REDUCED_WITHOUT_PROOF else EVENT_REDUCED_REFUSED
    text = _m(summary, who=decided_by, reason=reason, end=_end_summary(n)).render()
    return "override", event, text


_ALREADY_REFUSED = QT_TRANSLATE_NOOP(
    "messages", "Le préavis réduit a déjà été refusé pour ce congé : la décision est enregistrée."
)


def _has(n: Notice, kind: ExceptionKind) -> bool:
    return any(e.kind == kind.value for e in n.exceptions)


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
        if _has(n, ExceptionKind.REDUCED_REFUSED):
            raise refusal(_ALREADY_REFUSED)
        if n.end_date_if_proof is None:
            if n.ground == ReducedNoticeGround.AUCUN.value:
                raise refusal(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Aucun motif de préavis réduit n'est invoqué : le préavis réduit ne peut pas "
                        "être accordé.",
                    )
                )
            raise refusal(
                QT_TRANSLATE_NOOP("messages", "Le préavis réduit s'applique déjà à ce congé.")
            )
        return _reduced_decision(
            session,
            actor,
            n,
            ExceptionKind.REDUCED_WITHOUT_PROOF,
            (decided_on, decided_by, reason, errors),
            QT_TRANSLATE_NOOP(
                "messages", "Préavis réduit accordé sans justificatif par {who} ({reason}) : {end}"
            ),
        )

    return _change(db, actor, notice_id, expected_version, action)


@guarded("refuse_reduced_notice")
def refuse_reduced_notice(
    db: Database,
    actor: Actor,
    notice_id: int,
    expected_version: int,
    reason: str,
    decided_by: str,
    decided_on: dt.date | None = None,
) -> int:
    """Refuse the reduced notice claimed by the tenant (ground not met, proof not
    accepted): the standard notice applies; audited with its reason and who decided.
    The tenant is told by the letter « refus de préavis réduit »."""
    on = today()
    reason, decided_by, decided_on, errors = _clean_decision(reason, decided_by, decided_on, on)

    def action(session: Session, n: Notice):
        _refuse_unless_in_progress(n)
        ground = ReducedNoticeGround(n.ground)
        if ground is ReducedNoticeGround.AUCUN:
            raise refusal(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Aucun motif de préavis réduit n'est invoqué : il n'y a rien à refuser.",
                )
            )
        if not reduced_refusable(ground, rules_for(n.received_on), n.household.lease.zone_tendue):
            raise refusal(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Le préavis réduit est dû sans justificatif pour ce congé (logement en zone "
                    "tendue) : il ne peut pas être refusé.",
                )
            )
        if _has(n, ExceptionKind.REDUCED_REFUSED):
            raise refusal(_ALREADY_REFUSED)
        if _has(n, ExceptionKind.REDUCED_WITHOUT_PROOF):
            raise refusal(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Le préavis réduit a été accordé sans justificatif pour ce congé : il ne "
                    "peut plus être refusé.",
                )
            )
        return _reduced_decision(
            session,
            actor,
            n,
            ExceptionKind.REDUCED_REFUSED,
            (decided_on, decided_by, reason, errors),
            QT_TRANSLATE_NOOP("messages", "Préavis réduit refusé par {who} ({reason}) : {end}"),
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
        _refuse_after_keys(
            n,
            QT_TRANSLATE_NOOP(
                "messages",
                "Les clés ont été rendues : le départ ne peut plus être reporté.",
            ),
        )
        # the lease goes on: no occupation after its end to agree
        _refuse_if_partial(session, n, no_postponement_message)
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
        _refuse_after_keys(
            n,
            QT_TRANSLATE_NOOP("messages", "Le retour des clés est déjà enregistré (le {date})."),
        )
        _refuse_if_partial(session, n)
        if n.exit_inventory_on is not None:
            raise refusal(
                QT_TRANSLATE_NOOP("messages", "L'état des lieux de sortie est déjà enregistré.")
            )
        _check_keys(errors, keys_returned_on, mode, n, on)
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
        summary = _keys_text(
            QT_TRANSLATE_NOOP(
                "messages",
                "Clés rendues le {date} sans état des lieux ({mode}) ; dépôt de garantie à "
                "restituer avant le {due}",
            ),
            n,
            mode,
        )
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
        _refuse_after_keys(
            n,
            QT_TRANSLATE_NOOP(
                "messages", "Les clés ont été rendues : le congé ne peut plus être retiré."
            ),
        )
        later = [o for o in _others(session, n.household_id, n) if not o.earlier]
        if later:
            # The later notice counted on this departure (docs/domain.md#notice-cotenants).
            raise refusal(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Le congé de {names}, reçu le {date}, a été enregistré après celui-ci en "
                    "tenant compte de ce départ : retirez-le d'abord.",
                ),
                names=join_fr([g.full_name for g in later[-1].givers]),
                date=format_date_fr(later[-1].received_on),
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


def _keys_text(template: str, n: Notice, mode: KeyReturnMode) -> str:
    """The timeline's text of the keys' return: ``template`` given the date, the way they
    came back and the deposit's deadline."""
    return _m(
        template,
        date=format_date_fr(n.keys_returned_on),
        mode=mode.label,
        due=format_date_fr(n.deposit_due_on),
    ).render()


def _check_exit_date(errors: dict, key: str, value: dt.date, n: Notice, on: dt.date) -> None:
    """A date of the exit (inventory, keys): not in the future, not before the notice."""
    if value > on:
        errors[key] = _m(QT_TRANSLATE_NOOP("messages", "La date ne peut pas être dans le futur."))
    elif value < n.received_on:
        errors[key] = _m(
            QT_TRANSLATE_NOOP(
                "messages", "Cette date ne peut pas précéder la réception du congé ({date})."
            ),
            date=format_date_fr(n.received_on),
        )


def _check_keys(
    errors: dict, value: dt.date | None, mode: KeyReturnMode | None, n: Notice, on: dt.date
) -> None:
    """The return of the keys: its date (required) and how they were returned."""
    if value is None:
        errors["keys_returned_on"] = _m(
            QT_TRANSLATE_NOOP("messages", "Indiquez la date de retour des clés.")
        )
    else:
        _check_exit_date(errors, "keys_returned_on", value, n, on)
    if not isinstance(mode, KeyReturnMode):
        errors["keys_return_mode"] = _m(
            QT_TRANSLATE_NOOP("messages", "Indiquez comment les clés ont été rendues.")
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
        _refuse_if_partial(session, n)
        errors: dict[str, Message] = {}
        if exit_inventory_on is None and keys_returned_on is None:
            errors["exit_inventory_on"] = _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Indiquez la date de l'état des lieux de sortie ou du retour des clés.",
                )
            )
        if exit_inventory_on is not None:
            _check_exit_date(errors, "exit_inventory_on", exit_inventory_on, n, on)
        if keys_returned_on is not None:
            _check_keys(errors, keys_returned_on, keys_return_mode, n, on)
        if errors:
            raise ValidationError(errors)
        n.exit_inventory_on = exit_inventory_on
        n.inventory_matches = bool(inventory_matches) if exit_inventory_on else None
        n.keys_returned_on = keys_returned_on
        n.keys_return_mode = (
            keys_return_mode.value if keys_returned_on and keys_return_mode is not None else ""
        )
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
        if keys_returned_on is not None and keys_return_mode is not None:
            parts.append(
                _keys_text(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "clés rendues le {date} ({mode}) ; dépôt de garantie à restituer "
                        "avant le {due}",
                    ),
                    n,
                    keys_return_mode,
                )
            )
        return "exit", EVENT_EXIT, " ; ".join(parts)

    return _change(db, actor, notice_id, expected_version, action)


def _finish_earlier(session: Session, actor: Actor, n: Notice) -> None:
    """The lease is over: the earlier notices of some of its holders, still in
    progress, are finished with it (docs/domain.md#notice-cotenants)."""
    earlier = session.scalars(
        select(Notice).where(
            Notice.household_id == n.household_id,
            Notice.id < n.id,
            Notice.status == NoticeStatus.IN_PROGRESS.value,
        )
    )
    for other in earlier:
        before = _snapshot(other)
        other.status = NoticeStatus.FINISHED.value
        touch(other, actor)
        audit.record(session, actor, "lease_ended", ENTITY, other.id, before, _snapshot(other))


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
        _refuse_if_partial(session, n)
        if n.keys_returned_on is None:
            raise refusal(QT_TRANSLATE_NOOP("messages", "Enregistrez d'abord le retour des clés."))
        if returned_on is None:
            raise invalid(
                "deposit_returned_on",
                QT_TRANSLATE_NOOP(
                    "messages", "Indiquez la date de restitution du dépôt de garantie."
                ),
            )
        if returned_on > on:
            raise invalid(
                "deposit_returned_on",
                QT_TRANSLATE_NOOP("messages", "La date ne peut pas être dans le futur."),
            )
        if returned_on < n.keys_returned_on:
            raise invalid(
                "deposit_returned_on",
                QT_TRANSLATE_NOOP(
                    "messages",
                    "La restitution ne peut pas précéder le retour des clés ({date}).",
                ),
                date=format_date_fr(n.keys_returned_on),
            )
        n.deposit_returned_on = returned_on
        n.status = NoticeStatus.FINISHED.value
        _finish_earlier(session, actor, n)
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
