"""What contributors besides the tenants (FSL, CCAS) promised towards a payment plan,
what they paid, and a promise withdrawn since the plan was signed (docs/domain.md#plans).

Pure values and rules, re-exported by ``desktop.domain.plans``, which allocates the
payments; ``desktop.domain.plan_withdrawal`` checks a withdrawal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from desktop.domain.formatting import format_money_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.i18n import message as _m
from desktop.domain.labels import LabelledEnum

ZERO = Decimal("0.00")


class Contributor(LabelledEnum):
    """Who, besides the tenants, may pay towards a plan (named on it: ``PlanTerms.fsl``,
    ``PlanTerms.ccas``)."""

    FSL = "FSL", QT_TRANSLATE_NOOP("messages", "FSL")
    CCAS = "CCAS", QT_TRANSLATE_NOOP("messages", "CCAS")


@dataclass(frozen=True)
class Withdrawal:
    """A contributor's promise withdrawn or refused after the plan was signed: what it
    would still have paid is the tenants' from ``owed_from``, after a notice
    (docs/domain.md#plans)."""

    on: dt.date  # the contributor withdrew or refused its promise
    owed_from: dt.date  # the tenants owe what it would have paid from this day
    reason: str = ""


@dataclass(frozen=True)
class Contribution:
    """What a contributor named on the plan promised (``PlanTerms.fsl_amount``,
    ``ccas_amount``; ``None``: named without an amount) and what it has paid so far;
    ``withdrawal``: the promise was withdrawn since the plan was signed."""

    contributor: Contributor
    promised: Decimal | None
    received: Decimal
    withdrawal: Withdrawal | None = None

    @property
    def unpaid_promise(self) -> Decimal:
        """Promised and not received yet, whether the promise stands or not."""
        if self.promised is None:
            return ZERO
        return max(self.promised - self.received, ZERO)

    @property
    def awaited(self) -> Decimal:
        """Promised, not received yet, and the promise stands."""
        return ZERO if self.withdrawal is not None else self.unpaid_promise

    @property
    def released(self) -> Decimal:
        """What a withdrawn promise would still have paid: the tenants' again."""
        return ZERO if self.withdrawal is None else self.unpaid_promise

    @property
    def excess(self) -> Decimal:
        """Received beyond the promise."""
        if self.promised is None:
            return ZERO
        return max(self.received - self.promised, ZERO)


def contributions(
    promised: dict[Contributor, Decimal | None],
    paid: Iterable[tuple[Contributor, Decimal]],
    withdrawals: dict[Contributor, Withdrawal] | None = None,
) -> list[Contribution]:
    """Each contributor of ``promised`` (``promised_contributions``) with what it paid
    (``paid``: its payments, by contributor) and its promise's withdrawal, in the order
    FSL, CCAS; a contributor that paid without being named (data entered before the
    rule) is shown too."""
    received: dict[Contributor, Decimal] = {}
    for contributor, amount in paid:
        received[contributor] = received.get(contributor, ZERO) + amount
    withdrawals = withdrawals or {}
    return [
        Contribution(c, promised.get(c), received.get(c, ZERO), withdrawals.get(c))
        for c in Contributor
        if c in promised or c in received
    ]


def contribution_warning(contribution: Contribution, amount: Decimal) -> Message | None:
    """Why a new payment of ``amount`` by ``contribution.contributor`` deserves a second
    look before it is recorded: it takes the contributor beyond its promise. A warning,
    not a refusal: the contributor's decision may have been raised since the plan was
    signed (docs/domain.md#plans)."""
    if contribution.promised is None or contribution.received + amount <= contribution.promised:
        return None
    return _m(
        QT_TRANSLATE_NOOP(
            "messages",
            "Le {contributor} a promis {promised} sur ce plan et en a déjà versé {received} : "
            "ce versement de {amount} dépasse de {excess} ce qui reste promis.",
        ),
        contributor=Message(contribution.contributor.label),
        promised=format_money_fr(contribution.promised),
        received=format_money_fr(contribution.received),
        amount=format_money_fr(amount),
        excess=format_money_fr(contribution.received + amount - contribution.promised),
    )
