"""French formats for dates and money (docs/domain.md#formatting).

Money: decimal comma, U+202F (narrow no-break space) grouping, U+00A0 before the
euro sign: ``1 234,56 €``. Dates: ``23/11/2026`` and ``le 1er mars 2026``.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

NNBSP = "\u202f"
NBSP = "\u00a0"
CENT = Decimal("0.01")

MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)


def format_date_fr(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def format_long_date_fr(value: dt.date) -> str:
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {MONTHS[value.month - 1]} {value.year}"


def parse_date_fr(text: str) -> dt.date:
    """Parse ``23/11/2026`` (also ``23-11-2026``, ``23.11.2026``, ``2026-11-23``).

    Raises ``ValueError`` on anything else, including impossible dates.
    """
    text = text.strip()
    m = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", text)
    if m:
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    raise ValueError(text)


def group_thousands(integer_digits: str, sep: str = NNBSP) -> str:
    out: list[str] = []
    while len(integer_digits) > 3:
        out.insert(0, integer_digits[-3:])
        integer_digits = integer_digits[:-3]
    out.insert(0, integer_digits)
    return sep.join(out)


def format_decimal_fr(value: Decimal, places: int = 2) -> str:
    quantum = Decimal(1).scaleb(-places)
    q = value.quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if q < 0 else ""
    text = f"{abs(q):.{places}f}"
    integer, _, frac = text.partition(".")
    grouped = group_thousands(integer)
    return f"{sign}{grouped},{frac}" if places else f"{sign}{grouped}"


def format_money_fr(value: Decimal | None) -> str:
    if value is None:
        return ""
    return f"{format_decimal_fr(value)}{NBSP}€"


def parse_decimal_fr(text: str) -> Decimal:
    """Parse a French amount: ``1 234,56``, ``1234.56``, ``-12,5 €``, ``1.234,56``.

    Raises ``ValueError`` when the text is not a number.
    """
    cleaned = text.strip().replace("€", "").replace("EUR", "")
    for space in (" ", NBSP, NNBSP, "\t", "'"):
        cleaned = cleaned.replace(space, "")
    if not cleaned:
        raise ValueError(text)
    if "," in cleaned:
        # French: dots (if any) group thousands, the comma is the decimal mark.
        cleaned = cleaned.replace(".", "").replace(",", ".")
    elif cleaned.count(".") > 1:
        cleaned = cleaned.replace(".", "")
    if not re.fullmatch(r"[+-]?\d+(\.\d+)?", cleaned):
        raise ValueError(text)
    try:
        return Decimal(cleaned)
    except InvalidOperation as exc:  # pragma: no cover - regex guards it
        raise ValueError(text) from exc


def utc_to_local(value: dt.datetime) -> dt.datetime:
    """Stored timestamps are naive UTC; users read them in the workstation's time zone."""
    return value.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def format_datetime_fr(value: dt.datetime | None) -> str:
    """``25/11/2026 14:36`` in local time, from a naive UTC timestamp."""
    if value is None:
        return ""
    return utc_to_local(value).strftime("%d/%m/%Y %H:%M")
