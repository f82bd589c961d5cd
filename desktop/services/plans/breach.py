"""Payment plans after a breach, and the daily evaluation: follow-ups completed,
summons, protocole avenant, and ``evaluate_plans`` over every plan in force."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.errors import ConflictError, NotFoundError, ValidationError, too_long
from desktop.domain.formatting import (
    format_date_fr,
    format_money_fr,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message, counted
from desktop.domain.plans import (
    CHANNELS,
    IN_FORCE,
    PROTOCOL_TYPES,
    FollowUpKind,
    ccapex_due,
    check_summons,
    earliest_summons,
    validate_avenant,
)
from desktop.domain.schedule import (
    Instalment,
    PlanStatus,
    build_schedule,
    check_edited_schedule,
)
from desktop.services import audit, authz
from desktop.services.authz import guarded
from desktop.services.context import Actor, today
from desktop.services.plans.core import (
    ENTITY,
    EVENT_PLAN_AVENANT,
    EVENT_PLAN_FOLLOW_UP,
    EVENT_PLAN_SUMMONS,
    OUTCOME_MAX,
    WRITE,
    ZERO,
    _apply_schedule,
    _close_open_follow_ups,
    _edit,
    _ledger,
    _refresh_summary,
    _schedule_errors,
    _set_status,
    _snapshot,
    add_timeline_event,
    evaluate_plan,
    plan_event,
    plan_label,
    plan_options,
    plan_seal,
    stored_text,
)
from desktop.services.write import invalid, message, refusal, touch, writing
from desktop.storage.db import Database
from desktop.storage.models import (
    Household,
    PaymentPlan,
)


@guarded("plan.suivi")
def complete_follow_up(
    db: Database,
    actor: Actor,
    plan_id: int,
    follow_up_id: int,
    done_on: dt.date,
    expected_version: int,
    *,
    channel: str = "",
    outcome: str = "",
) -> int:
    """Record that a follow-up was done (date, channel, outcome)."""
    outcome = " ".join((outcome or "").split())
    errors: dict[str, Message] = {}
    if not isinstance(done_on, dt.date):
        errors["done_on"] = message(QT_TRANSLATE_NOOP("messages", "La date est obligatoire."))
    elif done_on > today():
        errors["done_on"] = message(
            QT_TRANSLATE_NOOP("messages", "La date ne peut pas être dans le futur.")
        )
    if channel and channel not in CHANNELS:
        errors["channel"] = message(QT_TRANSLATE_NOOP("messages", "Mode d'envoi inconnu."))
    if len(outcome) > OUTCOME_MAX:
        errors["outcome"] = too_long(OUTCOME_MAX)
    if errors:
        raise ValidationError(errors)

    def action(session: Session, p: PaymentPlan) -> None:
        item = next((f for f in p.follow_ups if f.id == follow_up_id), None)
        if item is None:
            raise NotFoundError(
                message(QT_TRANSLATE_NOOP("messages", "Cette action n'existe pas ou plus."))
            )
        if item.done_on is not None:
            raise refusal(
                QT_TRANSLATE_NOOP("messages", "Cette action est déjà faite (le {date})."),
                date=format_date_fr(item.done_on),
            )
        if (
            item.kind == FollowUpKind.CCAPEX.value
            and p.summons_on is not None
            and earliest_summons(done_on) > p.summons_on
        ):
            raise invalid(
                "done_on",
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Saisie le {date}, la CCAPEX ne l'est pas 2 mois avant l'assignation "
                    "prévue le {summons} : reportez l'assignation au {earliest} au moins.",
                ),
                date=format_date_fr(done_on),
                summons=format_date_fr(p.summons_on),
                earliest=format_date_fr(earliest_summons(done_on)),
            )
        item.done_on = done_on
        item.channel = channel
        item.outcome = outcome
        item.done_by = actor.username
        label = stored_text(Message(FollowUpKind(item.kind).label))
        add_timeline_event(
            session,
            p,
            EVENT_PLAN_FOLLOW_UP,
            f"{plan_label(p)} : {label}" + (f" — {outcome}" if outcome else ""),
            actor,
        )
        audit.record(
            session,
            actor,
            "follow_up",
            ENTITY,
            p.id,
            None,
            {"kind": item.kind, "done_on": done_on, "channel": channel, "outcome": outcome},
        )
        session.flush()
        _refresh_summary(p, _ledger(p, today()))

    return _edit(db, actor, plan_id, expected_version, action)


@guarded("plan.assignation")
def plan_summons(
    db: Database,
    actor: Actor,
    plan_id: int,
    summons_on: dt.date,
    expected_version: int,
    *,
    on: dt.date | None = None,
) -> int:
    """Set the date the tenant is to be summoned: at least 2 months after the CCAPEX referral."""
    on = on or today()

    def action(session: Session, p: PaymentPlan) -> None:
        if PlanStatus(p.status) not in (PlanStatus.DEFAILLANT, PlanStatus.CADUC):
            raise refusal(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Une assignation ne se prévoit que pour un plan défaillant ou caduc.",
                )
            )
        ccapex = [f for f in p.follow_ups if f.kind == FollowUpKind.CCAPEX.value]
        referred = max((f.done_on for f in ccapex if f.done_on), default=None)
        check_summons(summons_on, referred, on)
        p.summons_on = summons_on
        for f in ccapex:
            if f.done_on is None and p.breached_on:
                f.due_on = ccapex_due(p.breached_on, summons_on)
        plan_event(
            session,
            p,
            actor,
            EVENT_PLAN_SUMMONS,
            QT_TRANSLATE_NOOP("messages", "{plan} : assignation envisagée le {date}"),
            date=format_date_fr(summons_on),
        )
        audit.record(session, actor, "summons", ENTITY, p.id, None, {"summons_on": summons_on})
        session.flush()
        _refresh_summary(p, _ledger(p, today()))

    return _edit(db, actor, plan_id, expected_version, action)


@guarded("plan.avenant")
def sign_avenant(
    db: Database,
    actor: Actor,
    plan_id: int,
    signed_on: dt.date,
    new_end_on: dt.date,
    expected_version: int,
    *,
    start_on: dt.date | None = None,
    months: int | None = None,
    monthly: Decimal | None = None,
    day: int | None = None,
    on: dt.date | None = None,
) -> int:
    """Extend a protocole by avenant (at most 3 years) with the plan renegotiated: what is
    paid stays, what remains is spread over a new schedule ending by the new end date."""
    on = on or today()

    def action(session: Session, p: PaymentPlan) -> None:
        if p.plan_type not in {t.value for t in PROTOCOL_TYPES}:
            raise refusal(
                QT_TRANSLATE_NOOP("messages", "Seul un protocole se prolonge par avenant.")
            )
        if PlanStatus(p.status) not in IN_FORCE:
            raise refusal(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Un avenant se signe sur un protocole signé, en cours ou défaillant.",
                )
            )
        if p.end_on is None:  # a protocol's end date is required when it is drawn up
            raise invalid(
                "end_on", QT_TRANSLATE_NOOP("messages", "Indiquez la date de fin du protocole.")
            )
        validate_avenant(p.end_on, new_end_on, signed_on)
        if p.avenant_end_on is not None and new_end_on <= p.avenant_end_on:
            raise invalid(
                "avenant_end_on",
                QT_TRANSLATE_NOOP(
                    "messages", "L'avenant doit prolonger le protocole au-delà du {date}."
                ),
                date=format_date_fr(p.avenant_end_on),
            )
        ledger = _ledger(p, on)
        kept = [Instalment(s.number, s.due_on, s.paid) for s in ledger.instalments if s.paid > 0]
        remainder = p.debt - sum((k.amount for k in kept), ZERO)
        start = start_on or max(on, signed_on)
        new: list[Instalment] = []
        if remainder > 0:
            try:
                new = build_schedule(remainder, start, months=months, monthly=monthly, day=day)
            except ValidationError as exc:
                raise ValidationError({f"avenant_{k}": v for k, v in exc.fields.items()}) from None
        schedule = [Instalment(i + 1, x.due_date, x.amount) for i, x in enumerate(kept + new)]
        problems = check_edited_schedule(p.debt, schedule) if schedule else []
        if new and new[-1].due_date > new_end_on:
            problems.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "La dernière échéance ({date}) tombe après la nouvelle fin du protocole "
                        "({end}).",
                    ),
                    date=format_date_fr(new[-1].due_date),
                    end=format_date_fr(new_end_on),
                )
            )
        if problems:
            raise ValidationError(_schedule_errors(problems))
        before = _snapshot(p)
        p.avenant_signed_on = signed_on
        p.avenant_end_on = new_end_on
        if months is not None or monthly is not None:
            p.months, p.monthly = months, monthly
        _apply_schedule(p, schedule)
        plan_event(
            session,
            p,
            actor,
            EVENT_PLAN_AVENANT,
            QT_TRANSLATE_NOOP(
                "messages",
                "{plan} : avenant signé le {date}, fin reportée au {end} ; reste {amount} "
                "en {count}",
            ),
            date=format_date_fr(signed_on),
            end=format_date_fr(new_end_on),
            amount=format_money_fr(remainder),
            count=counted(
                len(new),
                QT_TRANSLATE_NOOP("messages", "{n} échéance"),
                QT_TRANSLATE_NOOP("messages", "{n} échéances"),
            ),
        )
        from desktop.services.seals import SEAL

        audit.record(
            session, actor, "avenant", ENTITY, p.id, before, {**_snapshot(p), SEAL: plan_seal(p)}
        )
        if PlanStatus(p.status) == PlanStatus.DEFAILLANT:
            _close_open_follow_ups(
                p, on, message(QT_TRANSLATE_NOOP("messages", "avenant signé")), actor
            )
            p.breached_on = None
            _set_status(
                session,
                p,
                PlanStatus.EN_COURS,
                actor,
                on,
                reason=stored_text(message(QT_TRANSLATE_NOOP("messages", "avenant signé"))),
            )
        session.flush()
        evaluate_plan(session, p, actor, on)

    return _edit(db, actor, plan_id, expected_version, action)


@dataclass
class EvaluationResult:
    breached: list[int] = field(default_factory=list)
    settled: list[int] = field(default_factory=list)
    started: list[int] = field(default_factory=list)

    @property
    def changed(self) -> int:
        return len(self.breached) + len(self.settled) + len(self.started)


def record_change(result: EvaluationResult, plan_id: int, before: str, after: str) -> None:
    if before == after:
        return
    if after == PlanStatus.DEFAILLANT.value:
        result.breached.append(plan_id)
    elif after == PlanStatus.SOLDE.value:
        result.settled.append(plan_id)
    elif after == PlanStatus.EN_COURS.value:
        result.started.append(plan_id)


def _refresh_conflict() -> ConflictError:
    return ConflictError(
        message(
            QT_TRANSLATE_NOOP(
                "messages",
                "Un autre poste a modifié un plan pendant l'actualisation : recommencez.",
            )
        )
    )


@guarded("plan.actualisation")
def evaluate_plans(
    db: Database, actor: Actor, on: dt.date | None = None, plan_ids: list[int] | None = None
) -> EvaluationResult:
    """Re-read the plans in force as of ``on``: those whose instalments fell due unpaid
    are marked breached (with their follow-ups), those fully paid settled."""
    on = on or today()
    authz.require(actor, WRITE, entity=ENTITY)
    result = EvaluationResult()
    with db.reader() as session:
        # Time alone changes a plan only on its ``next_check_on``: a signed plan starts, a
        # running one may be breached (a breached one stays so until a user decides;
        # payments re-read their plan themselves).
        stmt = select(PaymentPlan.id).where(
            PaymentPlan.status.in_([PlanStatus.SIGNE.value, PlanStatus.EN_COURS.value]),
            PaymentPlan.next_check_on.is_not(None),
            PaymentPlan.next_check_on <= on,
        )
        if actor.agency_scoped:
            stmt = stmt.join(Household, Household.id == PaymentPlan.household_id).where(
                Household.agency_id == (actor.agency_id if actor.agency_id is not None else -1)
            )
        if plan_ids is not None:
            stmt = stmt.where(PaymentPlan.id.in_(plan_ids))
        ids = list(session.scalars(stmt.order_by(PaymentPlan.id)))
    for start in range(0, len(ids), 200):
        chunk = ids[start : start + 200]
        with writing(db, _refresh_conflict) as session:
            load = select(PaymentPlan).where(PaymentPlan.id.in_(chunk)).options(*plan_options())
            if session.get_bind().dialect.name == "postgresql":
                load = load.with_for_update(of=PaymentPlan)
            for p in session.scalars(load):
                before = p.status
                if PlanStatus(before) not in IN_FORCE:
                    continue
                evaluate_plan(session, p, actor, on)
                if p.status != before:
                    touch(p, actor)
                record_change(result, p.id, before, p.status)
    return result
