"""Payment plans: the payments typed in on a plan (check, record, delete)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from decimal import Decimal

from sqlalchemy.orm import Session

from desktop.domain.errors import NotFoundError, ValidationError, too_long
from desktop.domain.formatting import (
    CENT,
    format_date_fr,
    format_money_fr,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.plans import IN_FORCE, Contributor
from desktop.domain.schedule import (
    MAX_DEBT,
    PlanStatus,
)
from desktop.services import audit
from desktop.services.authz import guarded
from desktop.services.context import Actor, now, today
from desktop.services.plans.core import (
    ENTITY,
    EVENT_PLAN_PAYMENT,
    EVENT_PLAN_PAYMENT_DELETED,
    PAYMENT_REFERENCE_MAX,
    SOURCE_MANUAL,
    _edit,
    evaluate_plan,
    named_contributors,
    plan_event,
)
from desktop.services.write import message, refusal
from desktop.storage.db import Database
from desktop.storage.models import (
    PaymentPlan,
    PlanPayment,
)


def check_payment(
    paid_on, amount, reference: str, p: PaymentPlan, on: dt.date
) -> dict[str, Message]:
    errors: dict[str, Message] = {}
    if isinstance(amount, float):
        raise TypeError("money must be a Decimal, not a float")
    if not isinstance(amount, Decimal) or not amount.is_finite():
        errors["amount"] = message(QT_TRANSLATE_NOOP("messages", "Le montant n'est pas un nombre."))
    elif amount <= 0:
        errors["amount"] = message(QT_TRANSLATE_NOOP("messages", "Le montant doit être positif."))
    elif amount != amount.quantize(CENT):
        errors["amount"] = message(
            QT_TRANSLATE_NOOP("messages", "Le montant a plus de deux décimales.")
        )
    elif amount > MAX_DEBT:
        errors["amount"] = message(QT_TRANSLATE_NOOP("messages", "Le montant est trop élevé."))
    if not isinstance(paid_on, dt.date):
        errors["paid_on"] = message(QT_TRANSLATE_NOOP("messages", "La date est obligatoire."))
    elif paid_on > on:
        errors["paid_on"] = message(
            QT_TRANSLATE_NOOP("messages", "La date du règlement ne peut pas être dans le futur.")
        )
    elif paid_on <= p.debt_on:
        errors["paid_on"] = message(
            QT_TRANSLATE_NOOP(
                "messages",
                "Règlement du {date}, antérieur ou égal à l'arrêté de la dette du plan "
                "({debt_on}) : il est déjà compté dans la dette.",
            ),
            date=format_date_fr(paid_on),
            debt_on=format_date_fr(p.debt_on),
        )
    if len(reference) > PAYMENT_REFERENCE_MAX:
        errors["reference"] = too_long(PAYMENT_REFERENCE_MAX)
    return errors


def contributor_error(contributor, named: Collection[Contributor]) -> Message | None:
    """Why ``contributor``'s payment cannot be recorded on a plan that names the
    contributors ``named`` (``named_contributors``) (None: it can)."""
    if not isinstance(contributor, Contributor):
        return message(QT_TRANSLATE_NOOP("messages", "Contributeur inconnu."))
    if contributor in named:
        return None
    return message(
        QT_TRANSLATE_NOOP(
            "messages",
            "Ce plan ne prévoit pas de contribution du {contributor} : indiquez-la dans les "
            "conditions du plan, ou enregistrez ce règlement comme versé par les locataires.",
        ),
        contributor=Message(contributor.label),
    )


def contribution_event(
    session: Session,
    p: PaymentPlan,
    actor: Actor,
    contributor: Contributor,
    amount: Decimal,
    paid_on: dt.date,
    at: dt.datetime | None = None,
) -> None:
    """The tenant's timeline says who paid: « Plan n° 4 : versement du FSL de 500,00 €
    du 05/01/2026 » (typed in, or imported at ``at``)."""
    plan_event(
        session,
        p,
        actor,
        EVENT_PLAN_PAYMENT,
        QT_TRANSLATE_NOOP("messages", "{plan} : versement du {contributor} de {amount} du {date}"),
        contributor=Message(contributor.label),
        amount=format_money_fr(amount),
        date=format_date_fr(paid_on),
        at=at,
    )


def _not_in_force(p: PaymentPlan) -> ValidationError:
    return refusal(
        QT_TRANSLATE_NOOP(
            "messages",
            "Les règlements s'enregistrent sur un plan signé, en cours ou défaillant "
            "(ce plan est « {status} »).",
        ),
        status=Message(PlanStatus(p.status).label),
    )


@guarded("plan.reglement")
def record_payment(
    db: Database,
    actor: Actor,
    plan_id: int,
    paid_on: dt.date,
    amount: Decimal,
    expected_version: int,
    *,
    reference: str = "",
    contributor: Contributor | None = None,
    on: dt.date | None = None,
) -> int:
    """Record a payment typed in by the user; the plan's figures and status follow.

    ``contributor``: paid by the FSL or the CCAS named on the plan rather than by the
    tenants; it then goes to the instalments only (docs/domain.md#plans)."""
    on = on or today()
    reference = " ".join((reference or "").split())

    def action(session: Session, p: PaymentPlan) -> None:
        if PlanStatus(p.status) not in IN_FORCE:
            raise _not_in_force(p)
        errors = check_payment(paid_on, amount, reference, p, on)
        if contributor is not None:
            error = contributor_error(contributor, named_contributors(p))
            if error:
                errors["contributor"] = error
        if errors:
            raise ValidationError(errors)
        p.payments.append(
            PlanPayment(
                paid_on=paid_on,
                amount=amount,
                reference=reference,
                source=contributor.value if contributor else SOURCE_MANUAL,
                source_file="",
                recorded_at=now(),
                recorded_by=actor.username,
            )
        )
        if contributor is None:
            template = QT_TRANSLATE_NOOP("messages", "{plan} : règlement de {amount} du {date}")
            plan_event(
                session,
                p,
                actor,
                EVENT_PLAN_PAYMENT,
                template,
                amount=format_money_fr(amount),
                date=format_date_fr(paid_on),
            )
        else:
            contribution_event(session, p, actor, contributor, amount, paid_on)
        audit.record(
            session,
            actor,
            "payment",
            ENTITY,
            p.id,
            None,
            {
                "paid_on": paid_on,
                "amount": amount,
                "reference": reference,
                "source": contributor.value if contributor else SOURCE_MANUAL,
            },
        )
        evaluate_plan(session, p, actor, on)

    return _edit(db, actor, plan_id, expected_version, action)


@guarded("plan.reglement_suppression")
def delete_payment(
    db: Database,
    actor: Actor,
    plan_id: int,
    payment_id: int,
    expected_version: int,
    *,
    on: dt.date | None = None,
) -> int:
    """Withdraw a payment recorded by mistake (or a rejected direct debit)."""
    on = on or today()

    def action(session: Session, p: PaymentPlan) -> None:
        payment = next((x for x in p.payments if x.id == payment_id), None)
        if payment is None:
            raise NotFoundError(
                message(QT_TRANSLATE_NOOP("messages", "Ce règlement n'existe pas ou plus."))
            )
        if PlanStatus(p.status) not in IN_FORCE | {PlanStatus.SOLDE}:
            raise _not_in_force(p)
        p.payments.remove(payment)
        plan_event(
            session,
            p,
            actor,
            EVENT_PLAN_PAYMENT_DELETED,
            QT_TRANSLATE_NOOP("messages", "{plan} : règlement de {amount} du {date} supprimé"),
            amount=format_money_fr(payment.amount),
            date=format_date_fr(payment.paid_on),
        )
        audit.record(
            session,
            actor,
            "payment_delete",
            ENTITY,
            p.id,
            {
                "paid_on": payment.paid_on,
                "amount": payment.amount,
                "reference": payment.reference,
                "source": payment.source,
            },
            None,
        )
        session.flush()
        evaluate_plan(session, p, actor, on)

    return _edit(db, actor, plan_id, expected_version, action)
