"""French filters offered to letter templates: dates, money, amounts in words.

In a template: ``{{ lettre.date|date_fr }}`` -> ``1er mars 2026``,
``{{ montant|euros }}`` -> ``1 234,56 €`` (U+202F grouping, U+00A0 before €),
``{{ montant|en_lettres }}`` -> ``mille deux cent trente-quatre euros et cinquante-six
centimes``, ``{{ date|date_num }}`` -> ``01/03/2026``.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from desktop.domain.formatting import (
    CENT,
    format_date_fr,
    format_decimal_fr,
    format_long_date_fr,
    format_money_fr,
)


def _to_decimal(value) -> Decimal:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, str):
        from desktop.domain.formatting import parse_decimal_fr

        return parse_decimal_fr(value)
    if isinstance(value, float):  # a template literal such as {{ 12.5|euros }}
        return Decimal(repr(value))
    raise TypeError(f"not an amount: {value!r}")


def _to_date(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        from desktop.domain.formatting import parse_date_fr

        return parse_date_fr(value)
    raise TypeError(f"not a date: {value!r}")


def date_fr(value, pattern: str | None = None) -> str:
    """``23 novembre 2026``, ``1er mars 2026``; with a Babel pattern (``"EEEE d MMMM
    y"``) the day of the month 1 still reads ``1er``."""
    if value is None or value == "":
        return ""
    day = _to_date(value)
    if not pattern:
        return format_long_date_fr(day)
    from babel.dates import format_date

    if day.day == 1 and "d" in pattern and "dd" not in pattern:
        pattern = pattern.replace("d", "'1er'", 1)
    return format_date(day, pattern, locale="fr_FR")


def date_num(value) -> str:
    """``01/03/2026``."""
    if value is None or value == "":
        return ""
    return format_date_fr(_to_date(value))


def money(value) -> str:
    """``1 234,56 €`` (``-1 234,56 €`` when negative)."""
    if value is None or value == "":
        return ""
    return format_money_fr(_to_decimal(value))


def number(value, places: int = 2) -> str:
    if value is None or value == "":
        return ""
    return format_decimal_fr(_to_decimal(value), places)


def _words(n: int) -> str:
    from num2words import num2words

    return num2words(n, lang="fr")


def amount_in_words(value) -> str:
    """French amount in words: ``mille deux cent trente-quatre euros et cinquante-six
    centimes``; ``un euro``, ``un million d'euros``, ``zéro euro``."""
    if value is None or value == "":
        return ""
    try:
        amount = _to_decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)
    except (InvalidOperation, ValueError) as exc:
        raise TypeError(f"not an amount: {value!r}") from exc
    sign = "moins " if amount < 0 else ""
    amount = abs(amount)
    euros = int(amount)
    cents = int((amount - euros) * 100)
    parts = []
    if euros or not cents:
        words = _words(euros)
        if euros == 0:
            parts.append("zéro euro")
        elif euros == 1:
            parts.append("un euro")
        elif euros % 1_000_000 == 0:  # "un million d'euros", "deux milliards d'euros"
            parts.append(f"{words} d'euros")
        else:
            parts.append(f"{words} euros")
    if cents:
        parts.append("un centime" if cents == 1 else f"{_words(cents)} centimes")
    return sign + " et ".join(parts)


def upper_postal(value) -> str:
    """Capitals without accents or punctuation (postal lines)."""
    from desktop.domain.address import postal_form

    return postal_form(str(value or ""))


FILTERS = {
    "date_fr": date_fr,
    "date_num": date_num,
    "euros": money,
    "nombre": number,
    "en_lettres": amount_in_words,
    "majuscules_postales": upper_postal,
}
