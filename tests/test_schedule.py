"""Instalment schedules of payment-deferral agreements."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.cli import main
from desktop.domain.calendar_fr import days_in_month
from desktop.domain.errors import ValidationError
from desktop.domain.schedule import (
    MAX_MONTHS,
    Instalment,
    PaymentPlanType,
    PlanStatus,
    build_schedule,
    check_edited_schedule,
)

D = dt.date
NBSP, NNBSP = "\u00a0", "\u202f"


def amounts(schedule):
    return [str(i.amount) for i in schedule]


def dates(schedule):
    return [i.due_date for i in schedule]


@pytest.mark.parametrize(
    "debt, months, expected",
    [
        ("1234.56", 3, ["411.52", "411.52", "411.52"]),
        ("100.00", 3, ["33.33", "33.33", "33.34"]),
        ("1000", 7, ["142.85"] * 6 + ["142.90"]),
        ("0.05", 1, ["0.05"]),
        ("0.03", 5, ["0.01", "0.01", "0.01"]),  # never zero, so fewer instalments
        ("10000000.00", 120, ["83333.33"] * 119 + ["83333.73"]),
    ],
)
def test_by_months(debt, months, expected):
    schedule = build_schedule(Decimal(debt), D(2026, 1, 10), months=months)
    assert amounts(schedule) == expected
    assert [i.number for i in schedule] == list(range(1, len(expected) + 1))
    assert sum(i.amount for i in schedule) == Decimal(debt)


@pytest.mark.parametrize(
    "debt, monthly, expected",
    [
        ("1234.56", "100", ["100.00"] * 12 + ["34.56"]),
        ("300.00", "100.00", ["100.00"] * 3),
        ("50.00", "100.00", ["50.00"]),
        ("100.01", "50", ["50.00", "50.00", "0.01"]),
    ],
)
def test_by_monthly_amount(debt, monthly, expected):
    schedule = build_schedule(Decimal(debt), D(2026, 1, 10), monthly=Decimal(monthly))
    assert amounts(schedule) == expected


@pytest.mark.parametrize(
    "start, day, count, expected",
    [
        (D(2026, 1, 31), None, 4, [D(2026, 1, 31), D(2026, 2, 28), D(2026, 3, 31), D(2026, 4, 30)]),
        (D(2027, 12, 31), None, 3, [D(2027, 12, 31), D(2028, 1, 31), D(2028, 2, 29)]),  # leap year
        (D(2026, 1, 31), 5, 2, [D(2026, 2, 5), D(2026, 3, 5)]),  # day 5 already past in January
        (D(2026, 1, 5), 5, 2, [D(2026, 1, 5), D(2026, 2, 5)]),
        (D(2026, 2, 10), 31, 3, [D(2026, 2, 28), D(2026, 3, 31), D(2026, 4, 30)]),
        (D(2026, 11, 15), 10, 3, [D(2026, 12, 10), D(2027, 1, 10), D(2027, 2, 10)]),  # year change
    ],
)
def test_due_dates(start, day, count, expected):
    assert dates(build_schedule(Decimal("300"), start, months=count, day=day)) == expected


@pytest.mark.parametrize(
    "kwargs, field, text",
    [
        ({"debt": Decimal("0"), "months": 3}, "debt", "positif"),
        ({"debt": Decimal("-5"), "months": 3}, "debt", "positif"),
        ({"debt": Decimal("10000000.01"), "months": 3}, "debt", "dépasser"),
        ({"debt": Decimal("12.345"), "months": 3}, "debt", "deux décimales"),
        ({"debt": Decimal("NaN"), "months": 3}, "debt", "pas un nombre"),
        ({"debt": "12", "months": 3}, "debt", "pas un nombre"),
        ({"debt": Decimal("100"), "months": 0}, "months", "entre 1 et 120"),
        ({"debt": Decimal("100"), "months": 121}, "months", "entre 1 et 120"),
        ({"debt": Decimal("100"), "months": True}, "months", "entre 1 et 120"),
        ({"debt": Decimal("100")}, "months", "soit le nombre"),
        (
            {"debt": Decimal("100"), "months": 2, "monthly": Decimal("50")},
            "months",
            "soit le nombre",
        ),
        ({"debt": Decimal("100"), "monthly": Decimal("0")}, "monthly", "positif"),
        (
            {"debt": Decimal("1000"), "monthly": Decimal("1")},
            "monthly",
            "1000 échéances ; 120 au plus",
        ),
        ({"debt": Decimal("100"), "months": 2, "day": 0}, "day", "entre 1 et 31"),
        ({"debt": Decimal("100"), "months": 2, "day": 32}, "day", "entre 1 et 31"),
        ({"debt": Decimal("100"), "months": 2, "start": D(1850, 1, 1)}, "start", "plausible"),
    ],
)
def test_guards(kwargs, field, text):
    kwargs = {"start": D(2026, 1, 10), **kwargs}
    debt, start = kwargs.pop("debt"), kwargs.pop("start")
    with pytest.raises(ValidationError) as info:
        build_schedule(debt, start, **kwargs)
    assert text in str(info.value.fields[field])


def test_guards_report_every_field():
    with pytest.raises(ValidationError) as info:
        build_schedule(Decimal("0"), D(2026, 1, 1), months=0, day=40)
    assert set(info.value.fields) == {"debt", "months", "day"}


def test_float_money_is_a_bug():
    with pytest.raises(TypeError):
        build_schedule(100.0, D(2026, 1, 1), months=2)  # type: ignore[arg-type]


def test_int_debt_is_accepted():
    assert amounts(build_schedule(100, D(2026, 1, 1), monthly=40)) == ["40.00", "40.00", "20.00"]


def check_common(schedule, debt, start, day):
    assert sum(i.amount for i in schedule) == debt
    assert all(i.amount > 0 and i.amount == i.amount.quantize(Decimal("0.01")) for i in schedule)
    assert all(a.due_date < b.due_date for a, b in zip(schedule, schedule[1:]))
    assert schedule[0].due_date >= start
    wanted = day or start.day
    for a, b in zip(schedule, schedule[1:]):
        assert (b.due_date.year * 12 + b.due_date.month) - (
            a.due_date.year * 12 + a.due_date.month
        ) == 1
    for i in schedule:
        assert i.due_date.day == min(wanted, days_in_month(i.due_date.year, i.due_date.month))
    assert [i.number for i in schedule] == list(range(1, len(schedule) + 1))


debts = st.integers(min_value=1, max_value=1_000_000_000).map(lambda c: Decimal(c).scaleb(-2))
starts = st.dates(min_value=D(1990, 1, 1), max_value=D(2150, 12, 31))
days = st.none() | st.integers(1, 31)


@given(debts, st.integers(1, MAX_MONTHS), starts, days)
def test_by_months_properties(debt, months, start, day):
    schedule = build_schedule(debt, start, months=months, day=day)
    check_common(schedule, debt, start, day)
    assert len(schedule) == min(months, int(debt * 100))
    assert len({i.amount for i in schedule[:-1]}) <= 1  # equal but the last
    assert schedule[-1].amount >= schedule[0].amount
    assert schedule[-1].amount - schedule[0].amount < Decimal("0.01") * len(schedule)


@given(st.data(), debts, starts, days)
def test_by_monthly_properties(data, debt, start, day):
    cents = int(debt * 100)
    monthly_cents = data.draw(st.integers(-(-cents // MAX_MONTHS), min(cents * 2, 1_000_000_000)))
    monthly = Decimal(monthly_cents).scaleb(-2)
    schedule = build_schedule(debt, start, monthly=monthly, day=day)
    check_common(schedule, debt, start, day)
    assert len(schedule) == -(-cents // monthly_cents)
    assert all(i.amount == monthly for i in schedule[:-1])
    assert 0 < schedule[-1].amount <= monthly


# --- edited schedules ------------------------------------------------------


def test_check_untouched_schedule():
    schedule = build_schedule(Decimal("1234.56"), D(2026, 1, 31), months=3)
    assert check_edited_schedule(Decimal("1234.56"), schedule) == []


def test_check_total_differs():
    schedule = build_schedule(Decimal("1234.56"), D(2026, 1, 31), months=3)
    schedule[1] = Instalment(2, schedule[1].due_date, Decimal("410.52"))
    messages = [str(m) for m in check_edited_schedule(Decimal("1234.56"), schedule)]
    assert messages == [
        f"Le total des échéances (1{NNBSP}233,56{NBSP}€) est inférieur de 1,00{NBSP}€ "
        f"à la dette (1{NNBSP}234,56{NBSP}€)."
    ]
    schedule[1] = Instalment(2, schedule[1].due_date, Decimal("1412.52"))
    [message] = check_edited_schedule(Decimal("1234.56"), schedule)
    assert "dépasse de 1\u202f001,00\u00a0€" in str(message)


def test_check_non_positive_and_dates():
    schedule = [
        Instalment(1, D(2026, 1, 31), Decimal("100.00")),
        Instalment(2, D(2026, 1, 31), Decimal("0.00")),
        Instalment(3, D(2026, 1, 15), Decimal("-10.00")),
        Instalment(4, D(2026, 3, 1), Decimal("10.005")),
    ]
    messages = [str(m) for m in check_edited_schedule(Decimal("100.005"), schedule)]
    assert messages == [
        f"Échéance n° 2 : le montant doit être positif (0,00{NBSP}€).",
        "Échéance n° 2 : sa date (31/01/2026) doit être postérieure à celle de l'échéance "
        "précédente (31/01/2026).",
        f"Échéance n° 3 : le montant doit être positif (-10,00{NBSP}€).",
        "Échéance n° 3 : sa date (15/01/2026) doit être postérieure à celle de l'échéance "
        "précédente (31/01/2026).",
        "Échéance n° 4 : le montant a plus de deux décimales.",
    ]


def test_check_empty():
    assert [str(m) for m in check_edited_schedule(Decimal("1"), [])] == [
        "L'échéancier ne comporte aucune échéance."
    ]


# --- enums -----------------------------------------------------------------


def test_plan_types_and_statuses():
    assert [t.value for t in PaymentPlanType] == [
        "PLAN_APUREMENT",
        "REPORT_PAIEMENT",
        "PAIEMENT_PARTIEL",
        "ETALEMENT_CHARGES",
        "PROTOCOLE_L442_6_5",
        "PROTOCOLE_L353_15_2",
        "CHARTE_COVID_2020",
    ]
    assert [s.value for s in PlanStatus] == [
        "PROJET",
        "PROPOSE",
        "SIGNE",
        "EN_COURS",
        "RESPECTE",
        "DEFAILLANT",
        "CADUC",
        "SOLDE",
        "ANNULE",
    ]
    assert PaymentPlanType.PLAN_APUREMENT.label == "Plan d'apurement"
    assert PlanStatus.DEFAILLANT.label == "Défaillant"
    assert all(t.label for t in PaymentPlanType) and all(s.label for s in PlanStatus)


# --- command line ----------------------------------------------------------


def test_cli_table(capsys):
    argv = ["plan", "schedule", "--debt", "1234.56", "--months", "3", "--start", "2026-01-31"]
    assert main(argv) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"Échéancier : 1{NNBSP}234,56{NBSP}€ en 3 échéances"
    cells = [line.split(" ") for line in lines]  # ASCII spaces only: amounts keep theirs
    assert [c for c in cells[2] if c] == ["1", "31/01/2026", f"411,52{NBSP}€"]
    assert [c for c in cells[3] if c] == ["2", "28/02/2026", f"411,52{NBSP}€"]
    assert lines[-1] == f"Total : 1{NNBSP}234,56{NBSP}€"


def test_cli_monthly_json(capsys):
    argv = [
        "plan",
        "schedule",
        "--debt",
        "1234.56",
        "--monthly",
        "100",
        "--start",
        "2026-01-31",
        "--day",
        "5",
        "--json",
    ]
    assert main(argv) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["count"] == 13 and data["total"] == "1234.56"
    assert data["instalments"][0] == {"number": 1, "due_date": "2026-02-05", "amount": "100.00"}
    assert data["instalments"][-1] == {"number": 13, "due_date": "2027-02-05", "amount": "34.56"}


def test_cli_french_amount(capsys):
    assert (
        main(["plan", "schedule", "--debt", "1 234,56", "--months", "2", "--start", "01/03/2026"])
        == 0
    )
    assert f"617,28{NBSP}€" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv, expected",
    [
        (
            ["--debt", "abc", "--months", "3", "--start", "2026-01-01"],
            "--debt : Nombre illisible « abc »",
        ),
        (
            ["--debt", "1,234.56", "--months", "3", "--start", "2026-01-01"],
            "--debt : Nombre illisible « 1,234.56 »",
        ),
        (["--debt", "1.234", "--months", "3", "--start", "2026-01-01"], "« 1.234 » est ambigu"),
        (
            ["--debt", "12,345", "--months", "3", "--start", "2026-01-01"],
            "deux chiffres après la virgule au plus",
        ),
        (["--debt", "100", "--start", "2026-01-01"], "Indiquez soit --months"),
        (
            ["--debt", "100", "--months", "3", "--monthly", "10", "--start", "2026-01-01"],
            "Indiquez soit --months",
        ),
        (["--debt", "100", "--months", "trois", "--start", "2026-01-01"], "Nombre entier attendu"),
        (["--debt", "100", "--months", "3"], "--start : Cette option est obligatoire"),
        (["--debt", "100", "--months", "3", "--start", "2026-02-30"], "Date invalide"),
        (["--months", "3", "--start", "2026-01-01"], "--debt : Cette option est obligatoire"),
        (
            ["--debt", "100", "--months", "200", "--start", "2026-01-01"],
            "--months : Le nombre d'échéances",
        ),
        (
            ["--debt", "0", "--months", "2", "--start", "2026-01-01"],
            "--debt : Le montant doit être positif",
        ),
        (
            ["--debt", "100", "--months", "2", "--start", "2026-01-01", "--day", "32"],
            "--day : Le jour",
        ),
    ],
)
def test_cli_errors(capsys, argv, expected):
    assert main(["plan", "schedule", *argv]) == 2
    captured = capsys.readouterr()
    assert expected in captured.err
    assert captured.out == ""


def test_start_year_limits():
    for year in (1900, 2200):
        assert build_schedule(Decimal("100"), D(year, 1, 10), months=1)[0].due_date.year == year
    for year in (1899, 2201):
        with pytest.raises(ValidationError) as info:
            build_schedule(Decimal("100"), D(year, 1, 10), months=1)
        assert set(info.value.fields) == {"start"}


def test_check_amounts_that_are_not_numbers():
    schedule = [
        Instalment(1, D(2026, 1, 31), Decimal("NaN")),
        Instalment(2, D(2026, 2, 28), None),  # type: ignore[arg-type]
        Instalment(3, D(2026, 3, 31), Decimal("100.00")),
    ]
    messages = [str(m) for m in check_edited_schedule(Decimal("100.00"), schedule)]
    # No total either: it cannot be computed.
    assert messages == [
        "Échéance n° 1 : le montant n'est pas un nombre.",
        "Échéance n° 2 : le montant n'est pas un nombre.",
    ]
