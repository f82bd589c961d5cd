"""French calendar: public holidays, working days and month arithmetic.

Public holidays are those of the Code du travail (art. L3133-1): eight fixed days
and three days placed from Easter (Easter Monday, Ascension, Whit Monday). Easter
Sunday and Whit Sunday are Sundays anyway and are not listed. Alsace-Moselle
(Bas-Rhin, Haut-Rhin, Moselle) adds Good Friday and 26 December (art. L3134-13;
strictly, Good Friday only in communes with a Protestant or mixed church, treated
here as department-wide, the usual practice).

A *working day* (*jour ouvré*) is Monday to Friday and not a public holiday: the
days on which a deadline may expire under CPC art. 642, which moves a deadline
falling on a Saturday, Sunday or public holiday to the next such day.

The holiday list is versioned configuration (``HOLIDAY_RULES``): the version
whose ``effective_from`` is the latest on or before 1 January of the year applies.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from dateutil.easter import EASTER_WESTERN, easter

from desktop.domain.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class HolidayRules:
    """One version of the public-holiday list."""

    effective_from: dt.date
    #: (month, day, French name)
    fixed: tuple[tuple[int, int, str], ...]
    #: (days after Easter Sunday, French name)
    easter_offsets: tuple[tuple[int, str], ...]
    alsace_moselle_fixed: tuple[tuple[int, int, str], ...]
    alsace_moselle_easter_offsets: tuple[tuple[int, str], ...]
    source: str = ""


HOLIDAY_RULES: tuple[HolidayRules, ...] = (
    HolidayRules(
        # 8 May became a public holiday again under loi n° 81-893 (2 October 1981).
        effective_from=dt.date(1982, 1, 1),
        fixed=(
            (1, 1, QT_TRANSLATE_NOOP("messages", "Jour de l'an")),
            (5, 1, QT_TRANSLATE_NOOP("messages", "Fête du Travail")),
            (5, 8, QT_TRANSLATE_NOOP("messages", "Victoire 1945")),
            (7, 14, QT_TRANSLATE_NOOP("messages", "Fête nationale")),
            (8, 15, QT_TRANSLATE_NOOP("messages", "Assomption")),
            (11, 1, QT_TRANSLATE_NOOP("messages", "Toussaint")),
            (11, 11, QT_TRANSLATE_NOOP("messages", "Armistice 1918")),
            (12, 25, QT_TRANSLATE_NOOP("messages", "Noël")),
        ),
        easter_offsets=(
            (1, QT_TRANSLATE_NOOP("messages", "Lundi de Pâques")),
            (39, QT_TRANSLATE_NOOP("messages", "Ascension")),
            (50, QT_TRANSLATE_NOOP("messages", "Lundi de Pentecôte")),
        ),
        alsace_moselle_fixed=((12, 26, QT_TRANSLATE_NOOP("messages", "Saint-Étienne")),),
        alsace_moselle_easter_offsets=((-2, QT_TRANSLATE_NOOP("messages", "Vendredi saint")),),
        source="Code du travail L3133-1, L3134-13",
    ),
)


def holiday_rules_for(year: int, history: tuple[HolidayRules, ...] = HOLIDAY_RULES) -> HolidayRules:
    """The holiday list in force on 1 January of ``year``."""
    on = dt.date(year, 1, 1)
    in_force = [r for r in history if r.effective_from <= on]
    if not in_force:
        raise ValueError(f"no public-holiday list in force in {year}")
    return max(in_force, key=lambda r: r.effective_from)


def easter_sunday(year: int) -> dt.date:
    """Easter Sunday of the Gregorian calendar (``dateutil.easter``)."""
    day: dt.date = easter(year, EASTER_WESTERN)
    return day


@lru_cache(maxsize=256)
def _holidays(year: int, alsace_moselle: bool) -> Mapping[dt.date, str]:
    rules = holiday_rules_for(year)
    easter = easter_sunday(year)
    fixed = rules.fixed + (rules.alsace_moselle_fixed if alsace_moselle else ())
    offsets = rules.easter_offsets + (rules.alsace_moselle_easter_offsets if alsace_moselle else ())
    days = {dt.date(year, month, day): name for month, day, name in fixed}
    days.update({easter + dt.timedelta(days=n): name for n, name in offsets})
    return MappingProxyType(dict(sorted(days.items())))


def public_holidays(year: int, *, alsace_moselle: bool = False) -> Mapping[dt.date, str]:
    """Public holidays of ``year``, date → French name, in date order (read-only)."""
    return _holidays(year, alsace_moselle)


def is_public_holiday(day: dt.date, *, alsace_moselle: bool = False) -> bool:
    return day in _holidays(day.year, alsace_moselle)


def is_working_day(day: dt.date, *, alsace_moselle: bool = False) -> bool:
    """Monday to Friday and not a public holiday."""
    return day.weekday() < 5 and not is_public_holiday(day, alsace_moselle=alsace_moselle)


def next_working_day(day: dt.date, *, alsace_moselle: bool = False) -> dt.date:
    """The first working day strictly after ``day``."""
    day += dt.timedelta(days=1)
    while not is_working_day(day, alsace_moselle=alsace_moselle):
        day += dt.timedelta(days=1)
    return day


def roll_forward(day: dt.date, *, alsace_moselle: bool = False) -> dt.date:
    """``day`` itself if it is a working day, else the next working day (CPC 642)."""
    if is_working_day(day, alsace_moselle=alsace_moselle):
        return day
    return next_working_day(day, alsace_moselle=alsace_moselle)


def days_in_month(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def day_in_month(year: int, month: int, day: int) -> dt.date:
    """Day number ``day`` of the month, or its last day when the month is shorter."""
    return dt.date(year, month, min(day, days_in_month(year, month)))


def shift_month(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) ``n`` months after (before, if negative) the given month."""
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def add_months(day: dt.date, n: int) -> dt.date:
    """Same day-number ``n`` months later, or that month's last day when it is missing.

    31 January + 1 month = 28 (or 29) February; ``n`` may be negative. Raises
    ``OverflowError`` outside years 1 to 9999.
    """
    year, month = shift_month(day.year, day.month, n)
    if not 1 <= year <= 9999:
        raise OverflowError("date out of range")
    return day_in_month(year, month, day.day)
