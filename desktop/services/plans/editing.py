"""Payment plans: prepare (terms from the lease), create, edit and change the status of
a plan."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from desktop.domain.errors import ValidationError, too_long
from desktop.domain.formatting import (
    format_date_fr,
    format_money_fr,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message, counted
from desktop.domain.plans import (
    EDITABLE,
    PROTOCOL_TYPES,
    REASON_MAX,
    AidBody,
    FollowUpKind,
    FollowUpSpec,
    PlanTerms,
    breach_follow_ups,
    check_transition,
    new_lease_due,
    normalise_terms,
)
from desktop.domain.schedule import (
    Instalment,
    PaymentPlanType,
    PlanStatus,
)
from desktop.domain.tenant import FileStatus
from desktop.services import audit, authz
from desktop.services.authz import guarded
from desktop.services.context import Actor, now, today
from desktop.services.plans.core import (
    ENTITY,
    EVENT_PLAN_CREATED,
    EVENT_PLAN_EDITED,
    READ,
    WRITE,
    ZERO,
    _add_follow_ups,
    _apply_schedule,
    _apply_terms,
    _close_open_follow_ups,
    _edit,
    _household,
    _ledger,
    _open_plan,
    _prepare,
    _refresh_summary,
    _set_status,
    _snapshot,
    add_timeline_event,
    evaluate_plan,
    plan_label,
    stored_text,
)
from desktop.services.write import created_by, invalid, message, refusal
from desktop.storage.db import Database
from desktop.storage.models import PaymentPlan

# --------------------------------------------------------------------------- writing


@guarded("plan.preparation")
def terms_from_lease(
    db: Database,
    actor: Actor,
    household_id: int,
    plan_type: PaymentPlanType,
    on: dt.date | None = None,
) -> PlanTerms:
    """Terms prefilled from the tenant file: the balance as debt, the lease's rent."""
    on = on or today()
    authz.require(actor, READ, entity=ENTITY)
    with db.reader() as session:
        h = _household(session, household_id)
        authz.require_agency(actor, READ, h.agency_id, entity=ENTITY)
        debt = h.balance if h.balance > 0 else ZERO
        return normalise_terms(
            PlanTerms(
                plan_type=plan_type,
                debt=debt,
                debt_on=on,
                current_rent=h.lease.rent,
                current_charges=h.lease.charges,
                start_on=on,
                months=12,
            )
        )


@guarded("plan.creation")
def create_plan(
    db: Database,
    actor: Actor,
    household_id: int,
    terms: PlanTerms,
    instalments: list[Instalment] | None = None,
) -> int:
    """Create a draft agreement on a tenant file; return its id.

    The schedule is built from the terms (months or monthly amount, day), or given as
    edited by the user, then checked: the total must be the debt to the cent.
    """
    authz.require(actor, WRITE, entity=ENTITY)
    terms, schedule = _prepare(terms, instalments)
    with db.transaction() as session:
        h = _household(session, household_id)
        authz.require_agency(actor, WRITE, h.agency_id, entity=ENTITY)
        if h.status != FileStatus.ACTIVE.value:
            raise refusal(
                QT_TRANSLATE_NOOP(
                    "messages", "Un dossier clos ne peut pas recevoir de plan d'apurement."
                )
            )
        other = _open_plan(session, household_id)
        if other is not None:
            raise refusal(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Ce dossier a déjà un accord en cours ({plan}, statut « {status} ») : "
                    "clôturez-le ou annulez-le avant d'en créer un autre.",
                ),
                plan=plan_label(other),
                status=Message(PlanStatus(other.status).label),
            )
        stamp = now()
        p = PaymentPlan(
            household_id=household_id,
            status=PlanStatus.PROJET.value,
            plan_type=terms.plan_type.value,
            aid_body=terms.aid_body.value,
            status_reason="",
            **created_by(actor, stamp),
            paid_total=ZERO,
            remaining=terms.debt,
            unpaid_count=0,
            next_follow_up="",
        )
        _apply_terms(p, terms)
        session.add(p)
        _apply_schedule(p, schedule)
        _refresh_summary(p, _ledger(p, today()))
        session.flush()
        summary = stored_text(
            message(
                QT_TRANSLATE_NOOP("messages", "{plan} : {debt} en {count}"),
                plan=plan_label(p),
                debt=format_money_fr(terms.debt),
                count=counted(
                    len(schedule),
                    QT_TRANSLATE_NOOP("messages", "{n} échéance"),
                    QT_TRANSLATE_NOOP("messages", "{n} échéances"),
                ),
            )
        )
        add_timeline_event(session, p, EVENT_PLAN_CREATED, summary, actor, stamp)
        audit.record(session, actor, "create", ENTITY, p.id, None, _snapshot(p))
        session.flush()
        return p.id


@guarded("plan.modification")
def update_plan(
    db: Database,
    actor: Actor,
    plan_id: int,
    terms: PlanTerms,
    expected_version: int,
    instalments: list[Instalment] | None = None,
) -> int:
    """Save edited terms and schedule of a draft or proposed plan; return the new version."""
    terms, schedule = _prepare(terms, instalments)

    def action(session: Session, p: PaymentPlan) -> None:
        if PlanStatus(p.status) not in EDITABLE:
            raise refusal(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Un plan signé ne peut plus être modifié : pour un protocole, signez "
                    "un avenant ; sinon, établissez un nouveau plan.",
                )
            )
        before = _snapshot(p)
        _apply_terms(p, terms)
        _apply_schedule(p, schedule)
        session.flush()
        after = _snapshot(p)
        if before == after:
            return
        _refresh_summary(p, _ledger(p, today()))
        changed = [k for k in after if before.get(k) != after[k]]
        add_timeline_event(
            session, p, EVENT_PLAN_EDITED, f"{plan_label(p)} : {', '.join(changed)}", actor
        )
        audit.record(session, actor, "update", ENTITY, p.id, before, after)

    return _edit(db, actor, plan_id, expected_version, action)


@guarded("plan.statut")
def change_status(
    db: Database,
    actor: Actor,
    plan_id: int,
    new_status: PlanStatus,
    expected_version: int,
    *,
    on: dt.date | None = None,
    reason: str = "",
) -> int:
    """Move a plan along its workflow (proposed, signed, started, respected, breached,
    lapsed, settled, cancelled); ``on`` is the date of the event (signature…)."""
    on = on or today()
    reason = " ".join((reason or "").split())
    if len(reason) > REASON_MAX:
        raise ValidationError({"reason": too_long(REASON_MAX)})
    if on > today():
        raise invalid(
            "on", QT_TRANSLATE_NOOP("messages", "La date ne peut pas être dans le futur.")
        )

    def action(session: Session, p: PaymentPlan) -> None:
        current = PlanStatus(p.status)
        check_transition(current, new_status)
        ledger = _ledger(p, on)
        need_reason = message(QT_TRANSLATE_NOOP("messages", "Indiquez le motif."))
        if new_status == PlanStatus.PROPOSE:
            p.proposed_on = on
        elif new_status == PlanStatus.SIGNE:
            if (
                p.plan_type in {t.value for t in PROTOCOL_TYPES}
                and p.debt > 0
                and not p.aid_approved_on
            ):
                raise invalid(
                    "aid_approved_on",
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Le plan annexé au protocole doit être approuvé par la CAF ou la "
                        "MSA : indiquez la date d'approbation avant la signature.",
                    ),
                )
            if on < p.debt_on:
                raise invalid(
                    "on",
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "La signature ne peut pas précéder l'arrêté de la dette ({date}).",
                    ),
                    date=format_date_fr(p.debt_on),
                )
            p.signed_on = on
        elif new_status == PlanStatus.EN_COURS and current == PlanStatus.DEFAILLANT:
            if not reason:
                raise ValidationError({"reason": need_reason})
            _close_open_follow_ups(
                p, on, message(QT_TRANSLATE_NOOP("messages", "plan régularisé")), actor
            )
            p.breached_on = None
        elif new_status == PlanStatus.RESPECTE:
            late = [i for i in ledger.instalments if i.outstanding > 0 and i.due_on < on]
            if late:
                raise refusal(
                    QT_TRANSLATE_NOOP(
                        "messages", "{late} : le plan ne peut pas être déclaré respecté."
                    ),
                    late=counted(
                        len(late),
                        QT_TRANSLATE_NOOP(
                            "messages", "Une échéance échue reste impayée, celle du {date}"
                        ),
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "{n} échéances échues restent impayées, la plus ancienne du {date}",
                        ),
                        date=format_date_fr(late[0].due_on),
                    ),
                )
            p.closed_on = on
            if p.plan_type in {t.value for t in PROTOCOL_TYPES}:
                due = new_lease_due(on, p.new_lease_months)
                p.new_lease_due_on = due
                _add_follow_ups(p, [FollowUpSpec(FollowUpKind.NEW_LEASE, due)])
        elif new_status == PlanStatus.DEFAILLANT:
            p.breached_on = on
            _add_follow_ups(p, breach_follow_ups(on, AidBody(p.aid_body), p.summons_on))
        elif new_status == PlanStatus.SOLDE:
            if not ledger.all_paid and not reason:
                raise invalid(
                    "reason",
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Des échéances restent dues : indiquez comment la dette a été "
                        "soldée (ex. : versement du FSL, remise de dette).",
                    ),
                )
            p.closed_on = on
            _close_open_follow_ups(
                p, on, message(QT_TRANSLATE_NOOP("messages", "dette soldée")), actor
            )
        elif new_status in (PlanStatus.CADUC, PlanStatus.ANNULE):
            if new_status == PlanStatus.ANNULE and not reason:
                raise ValidationError({"reason": need_reason})
            p.closed_on = on
            if new_status == PlanStatus.ANNULE:
                _close_open_follow_ups(
                    p, on, message(QT_TRANSLATE_NOOP("messages", "plan annulé")), actor
                )
        elif new_status == PlanStatus.PROJET:
            p.proposed_on = None
        _set_status(session, p, new_status, actor, on, reason=reason)
        if new_status in (PlanStatus.SIGNE, PlanStatus.EN_COURS):
            evaluate_plan(session, p, actor, today())
        else:
            session.flush()
            _refresh_summary(p, _ledger(p, today()))

    return _edit(db, actor, plan_id, expected_version, action)
