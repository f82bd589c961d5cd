"""French formats for dates and money (docs/domain.md#formatting).

Money: decimal comma, U+202F (narrow no-break space) grouping, U+00A0 before the
euro sign: ``1 234,56 €``. Dates: ``23/11/2026`` and ``le 1er mars 2026``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message

NNBSP = "\u202f"
NBSP = "\u00a0"
CENT = Decimal("0.01")

MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def format_date_fr(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def format_long_date_fr(value: dt.date) -> str:
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {MONTHS[value.month - 1]} {value.year}"


#: a date as French users write it: 23/11/2026 (also 23-11-2026, 23.11.2026)
FRENCH_DATE = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")


def parse_date_fr(text: str) -> dt.date:
    """Parse ``23/11/2026`` (also ``23-11-2026``, ``23.11.2026``, ``2026-11-23``).

    Raises ``ValueError`` on anything else, including impossible dates.
    """
    text = text.strip()
    m = FRENCH_DATE.fullmatch(text)
    if m:
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    raise ValueError(text)


def missing_day(text: str) -> Message | None:
    """Why a date written the French way does not exist (``31/11/2026``: November has
    30 days; ``29/02/2027``), or None when it exists or is not of that form."""
    m = FRENCH_DATE.fullmatch(text.strip())
    if m is None:
        return None
    day, month, year = (int(g) for g in m.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31 and year >= 1):  # 32/01: a slip
        return None
    days = calendar.monthrange(year, month)[1]
    if day <= days:
        return None
    return Message(
        QT_TRANSLATE_NOOP(
            "messages", "Le {date} n'existe pas : {month} {year} compte {days} jours."
        ),
        {
            "date": f"{day:02d}/{month:02d}/{year}",
            "month": MONTHS[month - 1],
            "year": year,
            "days": days,
        },
    )


def group_thousands(integer_digits: str, sep: str = NNBSP) -> str:
    out: list[str] = []
    while len(integer_digits) > 3:
        out.insert(0, integer_digits[-3:])
        integer_digits = integer_digits[:-3]
    out.insert(0, integer_digits)
    return sep.join(out)


# The dates Parcours handles (the command line's limits too): beyond, a date typed is a
# slip (01/01/0001, 31/12/9999) and month arithmetic would leave Python's calendar.
FIRST_YEAR, LAST_YEAR = 1900, 2199


def implausible_date(value: dt.date | None) -> Message | None:
    """The French message when ``value`` is outside FIRST_YEAR..LAST_YEAR, else None."""
    if value is None or FIRST_YEAR <= value.year <= LAST_YEAR:
        return None
    return Message(
        QT_TRANSLATE_NOOP(
            "messages", "Date non plausible : {date} (attendu entre {first} et {last})."
        ),
        {
            "date": value.strftime("%d/%m/") + f"{value.year:04d}",
            "first": FIRST_YEAR,
            "last": LAST_YEAR,
        },
    )


def format_decimal_fr(value: Decimal, places: int = 2) -> str:
    quantum = Decimal(1).scaleb(-places)
    q = value.quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if q < 0 else ""
    text = f"{abs(q):.{places}f}"
    integer, _, frac = text.partition(".")
    grouped = group_thousands(integer)
    return f"{sign}{grouped},{frac}" if places else f"{sign}{grouped}"


def format_amount_input(value: Decimal | None) -> str:
    """An amount as a user types it, in a form's field or a letter's free field:
    ``1 234,56`` (an ordinary space between thousands, no currency sign); ``""`` for
    none."""
    return "" if value is None else format_decimal_fr(value).replace(NNBSP, " ")


def format_money_fr(value: Decimal | None) -> str:
    if value is None:
        return ""
    return f"{format_decimal_fr(value)}{NBSP}€"


class AmountError(ValueError):
    """A number typed by a user that cannot be read one way only; ``message`` says why,
    in French."""

    def __init__(self, text: str, message: object):
        super().__init__(text)
        self.message = message


_NUMBER_CHARS = re.compile(r"[+-]?[0-9][0-9 \u00a0\u202f\u2009.,']*")
# A number typed by a user is shorter than this (``-10 000 000,00 €`` has 15): a longer
# text is refused as unreadable, and only its start is quoted back.
MAX_NUMBER_CHARS = 40
# Beyond 10^21 no amount, surface or rate is meant; Decimal's 28 digits stay exact.
MAX_NUMBER_EXPONENT = 20


def _quoted(text: str) -> str:
    """``text`` as quoted back in a message: stripped, cut after MAX_NUMBER_CHARS."""
    text = text.strip()
    return text if len(text) <= MAX_NUMBER_CHARS else text[:MAX_NUMBER_CHARS] + "…"


def parse_decimal_fr(text: str) -> Decimal:
    """The one parser of numbers typed by users (amounts, surfaces, rates): Babel's
    strict ``parse_decimal`` for fr_FR. ``1 234,56``, ``1234,56``, ``-12,5 €`` and
    ``1234.56`` are read; ``1,234.56``, ``1.234`` (a thousand or one point two three
    four?), ``1.234,56``, ``12,34,56`` and ``1e5`` are refused with ``AmountError``
    (a ``ValueError``) rather than guessed."""
    from babel.numbers import NumberFormatError, parse_decimal

    from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message

    unreadable = Message(
        QT_TRANSLATE_NOOP(
            "messages",
            "Nombre illisible « {text} » : écrivez par exemple 1 234,56 (virgule "
            "avant les centimes, espace entre les milliers).",
        ),
        {"text": _quoted(text)},
    )
    cleaned = text.strip()
    if len(cleaned) > MAX_NUMBER_CHARS:
        raise AmountError(text, unreadable)
    for unit in ("€", "EUR", "euros", "euro"):
        if cleaned.endswith(unit):
            cleaned = cleaned[: -len(unit)].strip()
    if not _NUMBER_CHARS.fullmatch(cleaned):
        raise AmountError(text, unreadable)
    # Any kind of space groups thousands (Babel's fr_FR group sign is U+202F).
    cleaned = re.sub("[ \u00a0\u2009']", NNBSP, cleaned)
    if re.fullmatch(r"[+-]?\d{1,3}(\.\d{3})+", cleaned):
        raise AmountError(
            text,
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "« {text} » est ambigu : écrivez 1 234 pour mille deux cent "
                    "trente-quatre, ou 1,234 avec une virgule pour les décimales.",
                ),
                {"text": _quoted(text)},
            ),
        )
    try:
        value = parse_decimal(cleaned, locale="fr_FR", strict=True)
    except (NumberFormatError, InvalidOperation):
        raise AmountError(text, unreadable) from None
    if not value.is_finite():
        raise AmountError(text, unreadable)
    if value and value.adjusted() > MAX_NUMBER_EXPONENT:
        raise AmountError(
            text,
            Message(
                QT_TRANSLATE_NOOP("messages", "Nombre trop grand : « {text} »."),
                {"text": _quoted(text)},
            ),
        )
    return value


def parse_amount_fr(text: str, places: int = 2) -> Decimal:
    """An amount of money typed by a user: ``parse_decimal_fr`` with no more than two
    decimals (never rounded silently), given with two decimals."""
    from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message

    value = parse_decimal_fr(text)
    quantum = Decimal(1).scaleb(-places)
    if value != value.quantize(quantum, rounding=ROUND_HALF_UP):
        raise AmountError(
            text,
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "Montant « {text} » : deux chiffres après la virgule au plus."
                ),
                {"text": _quoted(text)},
            ),
        )
    return value.quantize(quantum, rounding=ROUND_HALF_UP)


def round_money(value: Decimal) -> Decimal:
    """Half-up to the cent, as the formatter shows it."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _system_astimezone(value: dt.datetime) -> dt.datetime:
    """``value`` in the workstation's time zone, as the system converts it."""
    return value.astimezone()


def _in_local_range(
    convert: Callable[[dt.datetime], dt.datetime], value: dt.datetime
) -> dt.datetime:
    """``convert(value)``, a conversion through the system's local time. Windows
    converts only from 1970-01-02 to 3000 (``OSError: [Errno 22]`` out of it: a vote
    dated 0026 by a typo, a time of 1969): out of that range, the offset of the same
    day and hour in the nearest year it converts (a leap year, so that 29 February has
    one) is applied."""
    try:
        return convert(value)
    except (OSError, OverflowError, ValueError):
        near = value.replace(year=1972 if value.year < 1972 else 2996)
        try:
            return value + (convert(near) - near)
        except (OverflowError, ValueError):  # the first or last day datetime can hold
            return value


def utc_to_local(value: dt.datetime) -> dt.datetime:
    """Stored timestamps are naive UTC; users read them in the workstation's time zone."""
    return _in_local_range(
        lambda v: _system_astimezone(v.replace(tzinfo=dt.UTC)).replace(tzinfo=None), value
    )


def local_to_utc(value: dt.datetime) -> dt.datetime:
    """A local date-time (typed by the user, read from a file) -> naive UTC, how
    timestamps are stored. An aware ``value`` is converted from its own offset."""
    if value.tzinfo is not None:
        return value.astimezone(dt.UTC).replace(tzinfo=None)
    return _in_local_range(
        lambda v: _system_astimezone(v).astimezone(dt.UTC).replace(tzinfo=None), value
    )


def format_datetime_fr(value: dt.datetime | None) -> str:
    """``25/11/2026 14:36`` in local time, from a naive UTC timestamp."""
    if value is None:
        return ""
    return utc_to_local(value).strftime("%d/%m/%Y %H:%M")
