"""A contributor's promise withdrawn from a signed plan (docs/domain.md#plans): the FSL
refuses or withdraws its aid, the CCAS's promise lapses. What it would still have paid
becomes the tenants' again, after a notice: never retroactively.

Pure functions; the service (``services/plans/payments.withdraw_contribution``) records it.
"""

from __future__ import annotations

import datetime as dt

from desktop.domain.calendar_fr import add_months
from desktop.domain.errors import ValidationError, check_length
from desktop.domain.formatting import format_date_fr, format_money_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.i18n import message as _m
from desktop.domain.plans import (
    IN_FORCE,
    REASON_MAX,
    Contribution,
    Contributor,
    FollowUpKind,
    NextAction,
    Withdrawal,
)
from desktop.domain.schedule import PlanStatus

# The tenants are told before they owe again what the contributor was to pay: by
# default one month after the withdrawal is recorded, about one instalment's period
# (practice, UNCONFIRMED: docs/domain.md#plans).
NOTICE_MONTHS = 1


def default_owed_from(recorded_on: dt.date) -> dt.date:
    """From when the tenants owe what a promise withdrawn on ``recorded_on`` would have
    paid, unless the staff choose a later day."""
    return add_months(recorded_on, NOTICE_MONTHS)


def check_withdrawal(
    status: PlanStatus,
    signed_on: dt.date | None,
    contribution: Contribution | None,
    withdrawal: Withdrawal,
    today: dt.date,
) -> None:
    """Raise ``ValidationError`` (fields ``contributor``, ``on``, ``owed_from``,
    ``reason``) when ``withdrawal`` may not be recorded on this plan today;
    ``contribution``: the contributor's, ``None`` when the plan does not name it."""
    if status not in IN_FORCE:
        raise ValidationError(
            {},
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "La promesse d'un contributeur ne se retire que d'un plan signé, en cours "
                    "ou défaillant ; sur un plan en projet, modifiez ses conditions.",
                )
            ),
        )
    errors: dict[str, Message] = {}
    if contribution is None:  # not named on the plan
        errors["contributor"] = Message(
            QT_TRANSLATE_NOOP(
                "messages", "Ce plan ne prévoit pas de contribution de cet organisme."
            )
        )
    elif contribution.withdrawal is not None:
        errors["contributor"] = _m(
            QT_TRANSLATE_NOOP(
                "messages", "La promesse du {contributor} est déjà retirée (le {date})."
            ),
            contributor=Message(contribution.contributor.label),
            date=format_date_fr(contribution.withdrawal.on),
        )
    elif contribution.unpaid_promise == 0 and contribution.promised is not None:
        errors["contributor"] = _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "Le {contributor} a déjà versé ce qu'il avait promis ({amount}) : il n'y a "
                "plus rien à retirer.",
            ),
            contributor=Message(contribution.contributor.label),
            amount=format_money_fr(contribution.promised),
        )
    if withdrawal.on > today:
        errors["on"] = Message(
            QT_TRANSLATE_NOOP("messages", "La date ne peut pas être dans le futur.")
        )
    elif signed_on is not None and withdrawal.on < signed_on:
        errors["on"] = _m(
            QT_TRANSLATE_NOOP(
                "messages", "La date ne peut pas précéder la signature du plan ({date})."
            ),
            date=format_date_fr(signed_on),
        )
    if withdrawal.owed_from < today:
        errors["owed_from"] = _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "Les locataires doivent être prévenus avant de devoir ces échéances : "
                "choisissez une date à partir d'aujourd'hui ({date}), par exemple le {proposed}.",
            ),
            date=format_date_fr(today),
            proposed=format_date_fr(default_owed_from(today)),
        )
    if not withdrawal.reason:
        errors["reason"] = Message(QT_TRANSLATE_NOOP("messages", "Indiquez le motif."))
    check_length(errors, "reason", withdrawal.reason, REASON_MAX)
    if errors:
        raise ValidationError(errors)


def check_cancel(
    status: PlanStatus, contributor: Contributor, contribution: Contribution | None, today: dt.date
) -> Withdrawal:
    """The withdrawal of ``contributor``'s promise that may be cancelled today (entered
    by mistake, or the contributor changed its mind): only while its notice runs, when
    nothing yet depends on it (the tenants owe none of it, so no reminder, breach notice
    or breach counted it; docs/domain.md#plans). Raise ``ValidationError`` otherwise."""
    withdrawal = contribution.withdrawal if contribution is not None else None
    if withdrawal is None:
        raise ValidationError(
            {},
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "La promesse du {contributor} n'est pas retirée sur ce plan : il n'y a "
                    "rien à annuler.",
                ),
                contributor=Message(contributor.label),
            ),
        )
    if status not in IN_FORCE:
        raise ValidationError(
            {},
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Ce plan n'est plus en vigueur (« {status} ») : le retrait de la promesse "
                    "ne s'annule plus.",
                ),
                status=Message(status.label),
            ),
        )
    if today > withdrawal.owed_from:
        raise ValidationError(
            {},
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Le retrait de la promesse du {contributor} ne peut plus être annulé : "
                    "depuis le {date}, les échéances qu'il devait payer sont à la charge des "
                    "locataires (relances, défaillance). Si le {contributor} verse finalement "
                    "sa contribution, enregistrez ses versements : ils réduisent ce que "
                    "doivent les locataires.",
                ),
                contributor=Message(contributor.label),
                date=format_date_fr(withdrawal.owed_from),
            ),
        )
    return withdrawal


def notice_action(
    status: PlanStatus | None,
    follow_up: FollowUpKind | None,
    awaited_from: tuple[Contributor, ...],
    tenants_due_on: dt.date | None,
    owed_from: dict[Contributor, dt.date | None],
    on: dt.date,
    grace_days: int,
) -> NextAction | None:
    """The arrears list's next action when the first day the tenants owe an instalment
    from (``tenants_due_on``, ``Ledger.tenants_next_due_on``) is the end of a withdrawn
    promise's notice (``owed_from``), not an instalment's due date. During the notice:
    « Promesse du FSL retirée : à la charge des locataires à partir du 16/03/2026 », due
    that day; after it: « Relancer : part du FSL impayée, due par les locataires depuis
    le 16/03/2026 », due once the grace period has passed. ``None``: the usual action
    (``plans.next_action``)."""
    if (
        status not in (PlanStatus.SIGNE, PlanStatus.EN_COURS)
        or follow_up is not None
        or awaited_from
        or tenants_due_on is None
    ):
        return None
    who = tuple(c for c, day in owed_from.items() if day == tenants_due_on)
    if not who:
        return None
    names = {"first": Message(who[0].label), "second": Message(who[-1].label)}
    date = format_date_fr(tenants_due_on)
    if on > tenants_due_on:  # the notice is over: the tenants are chased for it
        if len(who) == 1:
            text = QT_TRANSLATE_NOOP(
                "messages",
                "Relancer : part du {first} impayée, due par les locataires depuis le {date}",
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "messages",
                "Relancer : parts du {first} et du {second} impayées, dues par les locataires "
                "depuis le {date}",
            )
        return NextAction(
            _m(text, date=date, **names), tenants_due_on + dt.timedelta(days=grace_days)
        )
    if len(who) == 1:
        text = QT_TRANSLATE_NOOP(
            "messages",
            "Promesse du {first} retirée : à la charge des locataires à partir du {date}",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "messages",
            "Promesses du {first} et du {second} retirées : à la charge des locataires à "
            "partir du {date}",
        )
    return NextAction(_m(text, date=date, **names), tenants_due_on)
