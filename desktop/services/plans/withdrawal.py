"""Payment plans: a contributor's promise (FSL, CCAS) withdrawn or refused after the
signature. What it would still have paid is the tenants' again from a day they are
told of, never retroactively (docs/domain.md#plans)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain.formatting import format_date_fr, format_money_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.plan_withdrawal import check_cancel, check_withdrawal, default_owed_from
from desktop.domain.plans import Contributor, Withdrawal
from desktop.domain.schedule import PlanStatus
from desktop.services import audit
from desktop.services.authz import guarded
from desktop.services.context import Actor, today
from desktop.services.plans.core import (
    ENTITY,
    EVENT_PLAN_WITHDRAWAL,
    EVENT_PLAN_WITHDRAWAL_CANCELLED,
    _edit,
    evaluate_plan,
    named_contributors,
    plan_contributions,
    plan_event,
)
from desktop.storage.db import Database
from desktop.storage.models import PaymentPlan

__all__ = ["cancel_withdrawal", "default_owed_from", "withdraw_contribution"]


def _columns(contributor: Contributor, withdrawal: Withdrawal | None) -> dict[str, Any]:
    """The plan's columns of ``contributor``'s withdrawal and their values: those of
    ``withdrawal``, or cleared (the promise stands) when it is None."""
    prefix = contributor.value.lower()
    return {
        f"{prefix}_withdrawn_on": withdrawal.on if withdrawal else None,
        f"{prefix}_owed_from": withdrawal.owed_from if withdrawal else None,
        f"{prefix}_withdrawal_reason": withdrawal.reason if withdrawal else "",
    }


def _write(
    session: Session,
    actor: Actor,
    p: PaymentPlan,
    contributor: Contributor,
    withdrawal: Withdrawal | None,
    event: tuple[str, str, str],
    **params: Any,
) -> None:
    """``contributor``'s withdrawal written on the plan (``withdrawal``), or cleared
    (None), with its timeline line and audit event (``event``: the timeline's kind and
    text, the audit's action); the plan is evaluated again."""
    kind, text, action = event
    after = _columns(contributor, withdrawal)
    before = None if withdrawal else {column: getattr(p, column) for column in after}
    for column, value in after.items():
        setattr(p, column, value)
    plan_event(session, p, actor, kind, text, contributor=Message(contributor.label), **params)
    audit.record(session, actor, action, ENTITY, p.id, before, after)
    evaluate_plan(session, p, actor, today())


@guarded("plan.retrait_contribution")
def withdraw_contribution(
    db: Database,
    actor: Actor,
    plan_id: int,
    contributor: Contributor,
    withdrawn_on: dt.date,
    reason: str,
    expected_version: int,
    *,
    owed_from: dt.date | None = None,
) -> int:
    """Record that ``contributor`` withdrew or refused its promise on ``withdrawn_on``
    (``reason``): what it would still have paid is owed by the tenants from
    ``owed_from`` (default: a month after today, ``default_owed_from``), never before
    today. Return the plan's new version."""
    reason = " ".join((reason or "").split())
    withdrawal = Withdrawal(withdrawn_on, owed_from or default_owed_from(today()), reason)

    def action(session: Session, p: PaymentPlan) -> None:
        given = {c.contributor: c for c in plan_contributions(p, today())}
        named = contributor in named_contributors(p)
        check_withdrawal(
            PlanStatus(p.status),
            p.signed_on,
            given.get(contributor) if named else None,
            withdrawal,
            today(),
        )
        released = given[contributor].unpaid_promise
        text = QT_TRANSLATE_NOOP(
            "messages",
            "{plan} : promesse du {contributor} retirée le {date} ({reason}) ; "
            "{amount} dus par les locataires à partir du {owed_from}",
        )
        _write(
            session,
            actor,
            p,
            contributor,
            withdrawal,
            (EVENT_PLAN_WITHDRAWAL, text, "contribution_withdrawal"),
            date=format_date_fr(withdrawal.on),
            reason=withdrawal.reason,
            amount=format_money_fr(released),
            owed_from=format_date_fr(withdrawal.owed_from),
        )

    return _edit(db, actor, plan_id, expected_version, action)


@guarded("plan.annulation_retrait_contribution")
def cancel_withdrawal(
    db: Database, actor: Actor, plan_id: int, contributor: Contributor, expected_version: int
) -> int:
    """Cancel the withdrawal of ``contributor``'s promise (entered by mistake, or the
    contributor changed its mind): the promise stands again, as signed. Only while the
    withdrawal's notice runs (``check_cancel``). Return the plan's new version."""

    def action(session: Session, p: PaymentPlan) -> None:
        given = {c.contributor: c for c in plan_contributions(p, today())}
        withdrawal = check_cancel(
            PlanStatus(p.status), contributor, given.get(contributor), today()
        )
        text = QT_TRANSLATE_NOOP(
            "messages",
            "{plan} : retrait de la promesse du {contributor} annulé (retrait du {date} : "
            "{reason}) ; le {contributor} reste attendu",
        )
        _write(
            session,
            actor,
            p,
            contributor,
            None,
            (EVENT_PLAN_WITHDRAWAL_CANCELLED, text, "contribution_withdrawal_cancelled"),
            date=format_date_fr(withdrawal.on),
            reason=withdrawal.reason,
        )

    return _edit(db, actor, plan_id, expected_version, action)
