"""French formats, text folding, ages."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop.domain.formatting import (
    AmountError,
    _in_local_range,
    format_date_fr,
    format_long_date_fr,
    format_money_fr,
    implausible_date,
    local_to_utc,
    missing_day,
    parse_date_fr,
    parse_decimal_fr,
)
from desktop.domain.tenant import age_on, is_senior, senior_birth_cutoff
from desktop.domain.text import fold, index_tokens, search_terms


@pytest.mark.parametrize(
    "value, text",
    [
        ("1234.56", "1\u202f234,56\u00a0€"),
        ("-1234.56", "-1\u202f234,56\u00a0€"),
        ("0", "0,00\u00a0€"),
        ("1234567.005", "1\u202f234\u202f567,01\u00a0€"),
        ("999.999", "1\u202f000,00\u00a0€"),
    ],
)
def test_money_fr(value, text):
    assert format_money_fr(Decimal(value)) == text


@pytest.mark.parametrize(
    "text, value",
    [
        ("1 234,56", "1234.56"),
        ("1\u202f234,56 €", "1234.56"),
        ("1234.56", "1234.56"),
        ("-12,5", "-12.5"),
        ("1\u00a0234", "1234"),
        ("0", "0"),
        ("12 345 678,9 EUR", "12345678.9"),
    ],
)
def test_parse_decimal_fr(text, value):
    assert parse_decimal_fr(text) == Decimal(value)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "abc",
        "12,34,56",
        "1e5",
        "--1",
        "1,234.56",
        "1.234",
        "1.234,56",
        "1 23,4",
        "NaN",
        "1 234 5",
    ],
)
def test_parse_decimal_fr_rejects(text):
    """Babel's strict fr_FR parser: what could be read two ways is refused, with a
    French message, never read as 1,23 €."""
    with pytest.raises(ValueError) as err:
        parse_decimal_fr(text)
    assert "1 234" in str(err.value.message)


def test_amounts_have_two_decimals_at_most_and_round_half_up():
    from desktop.domain.formatting import parse_amount_fr, round_money

    assert parse_amount_fr("1 234,5") == Decimal("1234.50")
    with pytest.raises(ValueError) as err:
        parse_amount_fr("12,345")
    assert "deux chiffres après la virgule" in str(err.value.message)
    assert round_money(Decimal("0.125")) == Decimal("0.13")  # half-up, not half-even
    assert round_money(Decimal("-0.125")) == Decimal("-0.13")
    assert format_money_fr(Decimal("0.125")) == "0,13\u00a0€"


def test_dates_fr():
    assert format_date_fr(dt.date(2026, 11, 23)) == "23/11/2026"
    assert format_long_date_fr(dt.date(2026, 3, 1)) == "1er mars 2026"
    assert format_long_date_fr(dt.date(2026, 8, 15)) == "15 août 2026"
    assert parse_date_fr("3/4/2026") == dt.date(2026, 4, 3)
    assert parse_date_fr("2026-04-03") == dt.date(2026, 4, 3)
    for bad in ("31/02/2026", "2026/04/03", "demain", "29/02/2027"):
        with pytest.raises(ValueError):
            parse_date_fr(bad)


def test_a_day_missing_from_its_month_is_named():
    def said(text):
        why = missing_day(text)
        return None if why is None else why.render()

    assert said("31/11/2026") == "Le 31/11/2026 n'existe pas : novembre 2026 compte 30 jours."
    assert said("29.2.2027") == "Le 29/02/2027 n'existe pas : février 2027 compte 28 jours."
    assert said(" 31/04/2026 ") == "Le 31/04/2026 n'existe pas : avril 2026 compte 30 jours."
    # a day that exists, or a text that is not a French date: not this message
    for other in ("29/02/2028", "31/12/2026", "1/1/2026", "00/01/2026", "12/13/2026"):
        assert missing_day(other) is None, other
    for other in ("31/02/0000", "32/01/2026", "2026-02-31", "demain", ""):
        assert missing_day(other) is None, other


def test_fold_and_tokens():
    assert fold("Élodie ŒUVRAY-Müller") == "elodie oeuvray-muller"
    assert search_terms("  Zoé  d'Argonne ") == ["zoe", "d", "argonne"]
    assert index_tokens("BX-2024-0012") == {"bx", "2024", "0012", "bx20240012"}


def test_ages_and_leap_day_birthdays():
    assert age_on(dt.date(1956, 11, 25), dt.date(2026, 11, 25)) == 70
    assert age_on(dt.date(1956, 11, 26), dt.date(2026, 11, 25)) == 69
    assert senior_birth_cutoff(dt.date(2028, 2, 29)) == dt.date(1958, 2, 28)
    # Born on 29 February: one year older on 1 March in common years.
    assert not is_senior(dt.date(1956, 2, 29), dt.date(2026, 2, 28))
    assert is_senior(dt.date(1956, 2, 29), dt.date(2026, 3, 1))
    assert not is_senior(None, dt.date(2026, 1, 1))


def test_grouping_and_places():
    from desktop.domain.formatting import format_decimal_fr, group_thousands

    assert group_thousands("123") == "123" and group_thousands("1234") == "1\u202f234"
    assert group_thousands("123456", sep=" ") == "123 456"
    assert format_decimal_fr(Decimal("1234.5"), places=0) == "1\u202f235"  # half up
    assert format_decimal_fr(Decimal("-0.05"), places=1) == "-0,1"
    assert format_decimal_fr(Decimal("0.004")) == "0,00"  # no "-0,00"
    assert format_money_fr(None) == ""


def test_an_amount_put_in_a_field_reads_back_as_typed():
    # A letter's free field or a form's input: an ordinary space between thousands (the
    # user edits it, the parser reads it back), no currency sign, nothing for no amount.
    from desktop.domain.formatting import format_amount_input, parse_amount_fr

    assert format_amount_input(Decimal("12345.6")) == "12 345,60"
    assert parse_amount_fr(format_amount_input(Decimal("-1234.56"))) == Decimal("-1234.56")
    assert format_amount_input(None) == ""


def test_parse_amounts_written_with_dots():
    # A dot as decimal separator is read; dots as thousands separators are refused
    # (ambiguous: "1.234" could be 1,234 or 1 234), never read as something else.
    assert parse_decimal_fr("12.5") == Decimal("12.5")
    for ambiguous in ("1.234.567", "1.234,5 EUR", "1.234"):
        with pytest.raises(ValueError):
            parse_decimal_fr(ambiguous)
    with pytest.raises(ValueError):
        parse_decimal_fr(" € ")


def test_timestamps_are_shown_in_the_workstation_time_zone(monkeypatch):
    import time

    from desktop.domain.formatting import format_datetime_fr

    assert format_datetime_fr(None) == ""
    if not hasattr(time, "tzset"):  # Windows: the zone cannot be switched in-process
        pytest.skip("time.tzset is POSIX-only")
    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    try:
        assert format_datetime_fr(dt.datetime(2026, 7, 1, 12, 5)) == "01/07/2026 14:05"
        assert format_datetime_fr(dt.datetime(2026, 12, 31, 23, 30)) == "01/01/2027 00:30"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_a_number_of_forty_characters_is_read_and_quoted_whole_one_more_is_cut():
    forty = "0," + "0" * 37 + "1"
    assert len(forty) == 40 and parse_decimal_fr(forty) == Decimal("1E-38")
    for text, quoted in (("x" * 40, "x" * 40 + " »"), ("x" * 41, "x" * 40 + "… »")):
        with pytest.raises(AmountError) as err:
            parse_decimal_fr(text)
        assert f"« {quoted}" in str(err.value.message)


def test_times_out_of_the_range_windows_converts_take_the_offset_of_a_near_leap_year():
    """Windows converts local times from 1970 to 3000 only: a 29 February out of that
    range takes the offset of the same day in 1972 or 2996 (leap years both)."""

    def windows(value: dt.datetime) -> dt.datetime:
        if not 1970 <= value.year < 3000:
            raise OSError(22, "Invalid argument")
        summer = 4 <= value.month <= 9
        return value + dt.timedelta(hours=2 if summer else 1)

    for value in (dt.datetime(1960, 2, 29, 12), dt.datetime(3004, 2, 29, 12)):
        assert _in_local_range(windows, value) == value + dt.timedelta(hours=1)
    assert _in_local_range(windows, dt.datetime(1969, 7, 1)) == dt.datetime(1969, 7, 1, 2)
    assert _in_local_range(windows, dt.datetime(1972, 7, 1)) == dt.datetime(1972, 7, 1, 2)
    assert _in_local_range(windows, dt.datetime(3000, 1, 1)) == dt.datetime(3000, 1, 1, 1)


def test_numbers_up_to_twenty_one_digits_are_read_beyond_refused():
    assert parse_decimal_fr("100 000 000 000 000 000 000") == Decimal(10) ** 20
    with pytest.raises(AmountError):
        parse_decimal_fr("1 000 000 000 000 000 000 000")


def test_dates_from_1900_to_2199_are_plausible():
    for day in (None, dt.date(1900, 1, 1), dt.date(2199, 12, 31)):
        assert implausible_date(day) is None, day
    for day, shown in ((dt.date(1899, 12, 31), "31/12/1899"), (dt.date(2200, 1, 1), "01/01/2200")):
        message = implausible_date(day)
        assert str(message) == (f"Date non plausible : {shown} (attendu entre 1900 et 2199)."), day


def test_a_time_whose_offset_would_leave_the_calendar_is_kept_as_it_is():
    def behind(value: dt.datetime) -> dt.datetime:  # a zone west of UTC, any year
        if value.year < 1970:
            raise OSError(22, "Invalid argument")
        return value - dt.timedelta(hours=5)

    assert _in_local_range(behind, dt.datetime.min) == dt.datetime.min
    assert _in_local_range(behind, dt.datetime(1960, 1, 1)) == dt.datetime(1959, 12, 31, 19)


def test_local_times_typed_become_naive_utc(monkeypatch):
    from desktop.domain import formatting

    paris_winter = dt.timezone(dt.timedelta(hours=1))
    monkeypatch.setattr(formatting, "_system_astimezone", lambda v: v.replace(tzinfo=paris_winter))
    assert local_to_utc(dt.datetime(2026, 12, 7, 9, 30)) == dt.datetime(2026, 12, 7, 8, 30)
    aware = dt.datetime(2026, 7, 1, 12, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert local_to_utc(aware) == dt.datetime(2026, 7, 1, 10)
