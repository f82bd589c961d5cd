"""Payment-deferral agreements: plan types, statuses and instalment schedules
(docs/domain.md#plans).

A schedule splits a debt into monthly instalments whose sum is the debt to the
cent. By number of months, the instalments are equal (rounded down to the cent)
and the last one takes the rounding; by monthly amount, every instalment is that
amount but the last, which is the remainder. Money is ``Decimal`` throughout.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal
from typing import TypeGuard

from desktop.domain.calendar_fr import day_in_month, shift_month
from desktop.domain.errors import ValidationError
from desktop.domain.formatting import CENT, format_date_fr, format_money_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Forms, Message
from desktop.domain.i18n import message as _m
from desktop.domain.labels import LabelledEnum

# Input guards (not legal constants).
MAX_DEBT = Decimal("10000000")
MAX_MONTHS = 120
MIN_START_YEAR = 1900
MAX_START_YEAR = 2200


class PaymentPlanType(LabelledEnum):
    PLAN_APUREMENT = "PLAN_APUREMENT", QT_TRANSLATE_NOOP("messages", "Plan d'apurement")
    REPORT_PAIEMENT = "REPORT_PAIEMENT", QT_TRANSLATE_NOOP("messages", "Report de paiement")
    PAIEMENT_PARTIEL = "PAIEMENT_PARTIEL", QT_TRANSLATE_NOOP("messages", "Paiement partiel")
    ETALEMENT_CHARGES = (
        "ETALEMENT_CHARGES",
        QT_TRANSLATE_NOOP("messages", "Étalement d'une régularisation de charges"),
    )
    PROTOCOLE_L442_6_5 = (
        "PROTOCOLE_L442_6_5",
        QT_TRANSLATE_NOOP("messages", "Protocole de cohésion sociale (art. L442-6-5 CCH, AL)"),
    )
    PROTOCOLE_L353_15_2 = (
        "PROTOCOLE_L353_15_2",
        QT_TRANSLATE_NOOP("messages", "Protocole de cohésion sociale (art. L353-15-2 CCH, APL)"),
    )
    CHARTE_COVID_2020 = (
        "CHARTE_COVID_2020",
        QT_TRANSLATE_NOOP("messages", "Étalement au titre de la charte Covid-19 du 4 mai 2020"),
    )


class PlanStatus(LabelledEnum):
    PROJET = "PROJET", QT_TRANSLATE_NOOP("messages", "Projet")
    PROPOSE = "PROPOSE", QT_TRANSLATE_NOOP("messages", "Proposé")
    SIGNE = "SIGNE", QT_TRANSLATE_NOOP("messages", "Signé")
    EN_COURS = "EN_COURS", QT_TRANSLATE_NOOP("messages", "En cours")
    RESPECTE = "RESPECTE", QT_TRANSLATE_NOOP("messages", "Respecté")
    DEFAILLANT = "DEFAILLANT", QT_TRANSLATE_NOOP("messages", "Défaillant")
    CADUC = "CADUC", QT_TRANSLATE_NOOP("messages", "Caduc")
    SOLDE = "SOLDE", QT_TRANSLATE_NOOP("messages", "Soldé")
    ANNULE = "ANNULE", QT_TRANSLATE_NOOP("messages", "Annulé")


@dataclass(frozen=True)
class Instalment:
    number: int
    due_date: dt.date
    amount: Decimal


def _money_error(value: object, *, maximum: Decimal | None = None) -> Message | None:
    """Why ``value`` is not a positive amount in cents, or ``None``."""
    if isinstance(value, float):
        raise TypeError("money must be a Decimal, not a float")
    if not isinstance(value, Decimal) or not value.is_finite():
        return _m(QT_TRANSLATE_NOOP("messages", "Le montant n'est pas un nombre."))
    if value <= 0:
        return _m(QT_TRANSLATE_NOOP("messages", "Le montant doit être positif."))
    if value != value.quantize(CENT):
        return _m(QT_TRANSLATE_NOOP("messages", "Le montant a plus de deux décimales."))
    if maximum is not None and value > maximum:
        return _m(
            QT_TRANSLATE_NOOP("messages", "Le montant ne peut pas dépasser {max}."),
            max=format_money_fr(maximum),
        )
    return None


def is_int(value: object) -> TypeGuard[int]:
    """A whole number (``True`` and ``False`` are not)."""
    return isinstance(value, int) and not isinstance(value, bool)


def _cents(value: Decimal) -> int:
    return int(value.scaleb(2))


def build_schedule(
    debt: Decimal,
    start: dt.date | None,
    *,
    months: int | None = None,
    monthly: Decimal | None = None,
    day: int | None = None,
) -> list[Instalment]:
    """Monthly instalments repaying ``debt``, the first on or after ``start``.

    Give exactly one of ``months`` (number of instalments) or ``monthly`` (amount
    of each). Instalments fall on day ``day`` of each month (default
    ``start.day``), on the month's last day when it is shorter. With ``months``,
    a debt of fewer cents than months gets one cent per instalment, so fewer
    instalments. Raises ``ValidationError`` on invalid input.
    """
    if isinstance(debt, int) and not isinstance(debt, bool):
        debt = Decimal(debt)
    if isinstance(monthly, int) and not isinstance(monthly, bool):
        monthly = Decimal(monthly)
    errors: dict[str, Message] = {}
    debt_error = _money_error(debt, maximum=MAX_DEBT)
    if debt_error:
        errors["debt"] = debt_error
    if (months is None) == (monthly is None):
        errors["months"] = _m(
            QT_TRANSLATE_NOOP(
                "messages", "Indiquez soit le nombre d'échéances, soit le montant de la mensualité."
            )
        )
    elif months is not None:
        if not is_int(months) or not 1 <= months <= MAX_MONTHS:
            errors["months"] = _m(
                QT_TRANSLATE_NOOP(
                    "messages", "Le nombre d'échéances doit être compris entre 1 et {max}."
                ),
                max=MAX_MONTHS,
            )
    else:
        monthly_error = _money_error(monthly, maximum=MAX_DEBT)
        if monthly_error:
            errors["monthly"] = monthly_error
        elif not debt_error and monthly is not None:
            count = -(-_cents(debt) // _cents(monthly))
            if count > MAX_MONTHS:
                errors["monthly"] = _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Avec une mensualité de {monthly}, il faudrait {count} échéances ; {max} au plus.",
                    ),
                    monthly=format_money_fr(monthly),
                    count=count,
                    max=MAX_MONTHS,
                )
    if day is not None and (not is_int(day) or not 1 <= day <= 31):
        errors["day"] = _m(
            QT_TRANSLATE_NOOP("messages", "Le jour d'échéance doit être compris entre 1 et 31.")
        )
    if not isinstance(start, dt.date):
        errors["start"] = _m(QT_TRANSLATE_NOOP("messages", "La date de début est obligatoire."))
    elif not MIN_START_YEAR <= start.year <= MAX_START_YEAR:
        errors["start"] = _m(QT_TRANSLATE_NOOP("messages", "La date de début n'est pas plausible."))
    if errors:
        raise ValidationError(errors)
    assert start is not None

    if months is not None:  # validated above: exactly one of months and monthly
        count = min(months, _cents(debt))
        base = (debt / count).quantize(CENT, rounding=ROUND_DOWN)
    else:
        assert monthly is not None
        count = -(-_cents(debt) // _cents(monthly))
        base = monthly
    amounts = [base] * (count - 1) + [debt - base * (count - 1)]

    day = day or start.day
    year, month = start.year, start.month
    if day_in_month(year, month, day) < start:
        year, month = shift_month(year, month, 1)
    return [
        Instalment(i + 1, day_in_month(*shift_month(year, month, i), day), amount.quantize(CENT))
        for i, amount in enumerate(amounts)
    ]


def check_edited_schedule(debt: Decimal, instalments: list[Instalment]) -> list[Message]:
    """What is wrong with a schedule after the user edited instalments (empty: fine)."""
    problems: list[Message] = []
    if not instalments:
        return [_m(QT_TRANSLATE_NOOP("messages", "L'échéancier ne comporte aucune échéance."))]
    previous: Instalment | None = None
    for inst in instalments:
        if not isinstance(inst.amount, Decimal) or not inst.amount.is_finite():
            problems.append(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "Échéance n° {number} : le montant n'est pas un nombre."
                    ),
                    number=inst.number,
                )
            )
        elif inst.amount <= 0:
            problems.append(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Échéance n° {number} : le montant doit être positif ({amount}).",
                    ),
                    number=inst.number,
                    amount=format_money_fr(inst.amount),
                )
            )
        elif inst.amount != inst.amount.quantize(CENT):
            problems.append(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "Échéance n° {number} : le montant a plus de deux décimales."
                    ),
                    number=inst.number,
                )
            )
        if previous is not None and inst.due_date <= previous.due_date:
            problems.append(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Échéance n° {number} : sa date ({date}) doit être postérieure à celle de "
                        "l'échéance précédente ({previous}).",
                    ),
                    number=inst.number,
                    date=format_date_fr(inst.due_date),
                    previous=format_date_fr(previous.due_date),
                )
            )
        previous = inst
    amounts = [
        i.amount for i in instalments if isinstance(i.amount, Decimal) and i.amount.is_finite()
    ]
    if len(amounts) == len(instalments):
        total = sum(amounts, Decimal("0"))
        if total != debt:
            template = (
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Le total des échéances ({total}) est inférieur de {difference} à la dette ({debt}).",
                )
                if total < debt
                else QT_TRANSLATE_NOOP(
                    "messages",
                    "Le total des échéances ({total}) dépasse de {difference} la dette ({debt}).",
                )
            )
            problems.append(
                _m(
                    template,
                    total=format_money_fr(total),
                    difference=format_money_fr(abs(total - debt)),
                    debt=format_money_fr(debt),
                )
            )
    return problems


def schedule_total(instalments: list[Instalment]) -> Decimal:
    return sum((i.amount for i in instalments), Decimal("0.00"))


# « aucune échéance », « 1 échéance », « 10 échéances ».
instalments_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} échéance"),
    QT_TRANSLATE_NOOP("messages", "{n} échéances"),
    QT_TRANSLATE_NOOP("messages", "aucune échéance"),
)
