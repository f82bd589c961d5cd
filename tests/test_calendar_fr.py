"""French public holidays, working days and month arithmetic."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.calendar_fr import (
    HOLIDAY_RULES,
    HolidayRules,
    add_months,
    day_in_month,
    days_in_month,
    easter_sunday,
    holiday_rules_for,
    is_public_holiday,
    is_working_day,
    next_working_day,
    public_holidays,
    roll_forward,
    shift_month,
)

D = dt.date


@pytest.mark.parametrize(
    "year, easter",
    [
        (1990, D(1990, 4, 15)),
        (2000, D(2000, 4, 23)),
        (2008, D(2008, 3, 23)),
        (2011, D(2011, 4, 24)),
        (2019, D(2019, 4, 21)),
        (2024, D(2024, 3, 31)),
        (2025, D(2025, 4, 20)),
        (2026, D(2026, 4, 5)),
        (2027, D(2027, 3, 28)),
        (2028, D(2028, 4, 16)),
        (2038, D(2038, 4, 25)),  # latest possible
        (2285, D(2285, 3, 22)),  # earliest possible
    ],
)
def test_easter_sunday(year, easter):
    assert easter_sunday(year) == easter


@given(st.integers(min_value=1583, max_value=9999))
def test_easter_is_a_sunday_between_22_march_and_25_april(year):
    easter = easter_sunday(year)
    assert easter.weekday() == 6
    assert D(year, 3, 22) <= easter <= D(year, 4, 25)


def test_holidays_2026():
    assert public_holidays(2026) == {
        D(2026, 1, 1): "Jour de l'an",
        D(2026, 4, 6): "Lundi de Pâques",
        D(2026, 5, 1): "Fête du Travail",
        D(2026, 5, 8): "Victoire 1945",
        D(2026, 5, 14): "Ascension",
        D(2026, 5, 25): "Lundi de Pentecôte",
        D(2026, 7, 14): "Fête nationale",
        D(2026, 8, 15): "Assomption",
        D(2026, 11, 1): "Toussaint",
        D(2026, 11, 11): "Armistice 1918",
        D(2026, 12, 25): "Noël",
    }
    assert list(public_holidays(2026)) == sorted(public_holidays(2026))


def test_holidays_2027_movable_days():
    days = public_holidays(2027)
    assert len(days) == 11
    assert days[D(2027, 3, 29)] == "Lundi de Pâques"
    assert days[D(2027, 5, 6)] == "Ascension"
    assert days[D(2027, 5, 17)] == "Lundi de Pentecôte"


def test_alsace_moselle_adds_good_friday_and_26_december():
    normal = public_holidays(2026)
    alsace = public_holidays(2026, alsace_moselle=True)
    assert set(alsace) - set(normal) == {D(2026, 4, 3), D(2026, 12, 26)}
    assert alsace[D(2026, 4, 3)] == "Vendredi saint"
    assert alsace[D(2026, 12, 26)] == "Saint-Étienne"
    assert public_holidays(2027, alsace_moselle=True)[D(2027, 3, 26)] == "Vendredi saint"


def test_holiday_list_is_read_only():
    with pytest.raises(TypeError):
        public_holidays(2026)[D(2026, 6, 1)] = "x"  # type: ignore[index]


def test_holiday_list_is_versioned():
    assert holiday_rules_for(2026) is HOLIDAY_RULES[-1]
    assert all(r.effective_from for r in HOLIDAY_RULES)
    with pytest.raises(ValueError):
        holiday_rules_for(1970)


@pytest.mark.parametrize(
    "day, working",
    [
        (D(2026, 5, 1), False),  # Friday, Fête du Travail
        (D(2026, 5, 2), False),  # Saturday
        (D(2026, 5, 3), False),  # Sunday
        (D(2026, 5, 4), True),  # Monday
        (D(2026, 5, 14), False),  # Ascension (Thursday)
        (D(2026, 5, 25), False),  # Whit Monday
        (D(2026, 4, 3), True),  # Good Friday outside Alsace-Moselle
    ],
)
def test_is_working_day(day, working):
    assert is_working_day(day) is working


def test_is_public_holiday_alsace():
    assert not is_public_holiday(D(2026, 4, 3))
    assert is_public_holiday(D(2026, 4, 3), alsace_moselle=True)
    assert not is_working_day(D(2025, 12, 26), alsace_moselle=True)


@pytest.mark.parametrize(
    "day, alsace, expected",
    [
        (D(2026, 4, 30), False, D(2026, 5, 4)),  # Fri 1 May, then the weekend
        (D(2026, 5, 4), False, D(2026, 5, 5)),
        (D(2026, 5, 13), False, D(2026, 5, 15)),  # skips Ascension
        (D(2025, 12, 24), False, D(2025, 12, 26)),
        (D(2025, 12, 24), True, D(2025, 12, 29)),  # 26 December too
        (D(2026, 4, 2), False, D(2026, 4, 3)),
        (D(2026, 4, 2), True, D(2026, 4, 7)),  # Good Friday, weekend, Easter Monday
        (D(2026, 12, 31), False, D(2027, 1, 4)),  # year change: 1 Jan, weekend
    ],
)
def test_next_working_day(day, alsace, expected):
    assert next_working_day(day, alsace_moselle=alsace) == expected


def test_roll_forward_keeps_a_working_day():
    assert roll_forward(D(2026, 5, 4)) == D(2026, 5, 4)
    assert roll_forward(D(2026, 2, 28)) == D(2026, 3, 2)
    assert roll_forward(D(2026, 5, 1)) == D(2026, 5, 4)


@given(st.dates(min_value=D(1990, 1, 1), max_value=D(2100, 12, 31)), st.booleans())
def test_next_working_day_is_the_first_one_after(day, alsace):
    nxt = next_working_day(day, alsace_moselle=alsace)
    assert nxt > day and is_working_day(nxt, alsace_moselle=alsace)
    between = (day + dt.timedelta(days=i) for i in range(1, (nxt - day).days))
    assert not any(is_working_day(d, alsace_moselle=alsace) for d in between)
    assert (nxt - day).days <= 5  # never more than a weekend plus two holidays


@pytest.mark.parametrize(
    "day, n, expected",
    [
        (D(2026, 1, 31), 1, D(2026, 2, 28)),
        (D(2028, 1, 31), 1, D(2028, 2, 29)),  # leap year
        (D(2026, 1, 31), 3, D(2026, 4, 30)),
        (D(2026, 11, 30), 3, D(2027, 2, 28)),
        (D(2027, 11, 30), 3, D(2028, 2, 29)),  # leap year
        (D(2026, 12, 15), 1, D(2027, 1, 15)),  # year change
        (D(2026, 10, 31), 14, D(2027, 12, 31)),
        (D(2024, 2, 29), 12, D(2025, 2, 28)),
        (D(2026, 3, 31), -1, D(2026, 2, 28)),
        (D(2026, 1, 15), -1, D(2025, 12, 15)),
        (D(2026, 1, 15), 0, D(2026, 1, 15)),
    ],
)
def test_add_months(day, n, expected):
    assert add_months(day, n) == expected


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2200, 12, 31)), st.integers(-240, 240))
def test_add_months_properties(day, n):
    result = add_months(day, n)
    assert (result.year * 12 + result.month) - (day.year * 12 + day.month) == n
    assert result.day == min(day.day, days_in_month(result.year, result.month))
    if day.day <= 28:
        assert add_months(result, -n) == day


def test_add_months_out_of_range():
    with pytest.raises(OverflowError):
        add_months(D(9999, 12, 1), 1)


def _meeus_easter(year: int) -> dt.date:
    """Reference for the test: the Meeus/Jones/Butcher Gregorian algorithm (an
    independent computus, not the one the code uses)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the algorithm's name
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return D(year, month, day)


def test_easter_matches_a_reference_for_every_gregorian_year():
    wrong = [y for y in range(1583, 10000) if easter_sunday(y) != _meeus_easter(y)]
    assert wrong == []


@pytest.mark.parametrize(
    "year, easter",
    [
        (1818, D(1818, 3, 22)),
        (1943, D(1943, 4, 25)),
        (1954, D(1954, 4, 18)),
        (1981, D(1981, 4, 19)),
        (2049, D(2049, 4, 18)),
        (2076, D(2076, 4, 19)),
        (2089, D(2089, 4, 3)),
        (2095, D(2095, 4, 24)),
        (2100, D(2100, 3, 28)),
    ],
)
def test_easter_years_whose_correction_terms_matter(year, easter):
    # Years where the computus' corrections (h = 28/29, m = 1) decide the date.
    assert easter_sunday(year) == easter


def _rules(effective_from: dt.date, name: str) -> HolidayRules:
    return replace(HOLIDAY_RULES[0], effective_from=effective_from, fixed=((1, 1, name),))


def test_a_new_holiday_list_applies_from_its_first_year():
    old, new = _rules(D(1982, 1, 1), "ancien"), _rules(D(2030, 1, 1), "nouveau")
    history = (old, new)
    assert holiday_rules_for(2029, history) is old
    assert holiday_rules_for(2030, history) is new  # in force on its first day
    assert holiday_rules_for(2031, history) is new
    assert holiday_rules_for(2031, (new, old)) is new  # the order of the list is irrelevant
    assert holiday_rules_for(1982, history) is old
    with pytest.raises(ValueError):
        holiday_rules_for(1981, history)
    # A list in force from 2 January applies only from the next year.
    assert holiday_rules_for(2030, (old, _rules(D(2030, 1, 2), "x"))) is old


def test_month_helpers():
    assert days_in_month(2024, 2) == 29 and days_in_month(2100, 2) == 28
    assert day_in_month(2026, 2, 31) == D(2026, 2, 28)
    assert day_in_month(2026, 3, 31) == D(2026, 3, 31)
    assert shift_month(2026, 12, 1) == (2027, 1)
    assert shift_month(2026, 1, -1) == (2025, 12)
    assert shift_month(2026, 6, -18) == (2024, 12)
    assert add_months(D(1, 2, 1), -1) == D(1, 1, 1)
    with pytest.raises(OverflowError):
        add_months(D(1, 1, 31), -1)


def test_public_holiday_list_and_working_days_of_a_year():
    holidays = public_holidays(2026)
    assert len(holidays) == 11 and len(public_holidays(2026, alsace_moselle=True)) == 13
    working = [D(2026, 1, 1) + dt.timedelta(days=n) for n in range(365)]
    # 261 weekdays, 9 holidays on a weekday (15 August is a Saturday, 1 November a Sunday).
    assert sum(is_working_day(d) for d in working) == 252
    assert sum(is_working_day(d, alsace_moselle=True) for d in working) == 251


def test_outside_alsace_moselle_is_the_default():
    # Good Friday 2026 and 26 December 2025 are working days, unless asked otherwise.
    assert next_working_day(D(2026, 4, 2)) == D(2026, 4, 3)
    assert roll_forward(D(2025, 12, 26)) == D(2025, 12, 26)
    assert roll_forward(D(2025, 12, 26), alsace_moselle=True) == D(2025, 12, 29)
    assert is_working_day(D(2026, 4, 3))


def test_the_current_holiday_list_is_in_force_since_1982():
    assert holiday_rules_for(1982) is HOLIDAY_RULES[0]
    assert HOLIDAY_RULES[0].effective_from == D(1982, 1, 1)
    with pytest.raises(ValueError):
        holiday_rules_for(1981)
    assert D(1982, 5, 8) in public_holidays(1982)  # Victoire 1945, restored in 1981
