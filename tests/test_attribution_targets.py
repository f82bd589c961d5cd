"""Égalité et Citoyenneté targets per EPCI and year, the effect of a proposed
allocation, and the reservation holder's yearly flow report."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from desktop.domain.attribution_targets import (
    Allocation,
    FlowLine,
    QuartileThreshold,
    TargetKind,
    TargetRates,
    annual_resources_per_uc,
    by_kind,
    compute_targets,
    effect_of,
    flow_deadline,
    flow_report,
    format_percent,
)

D = dt.date
d = Decimal
K = TargetKind
EPCI = "CA du Val"
Q1 = QuartileThreshold(EPCI, 2026, d("9500.00"), "arrêté (exemple)")


def alloc(
    key, *, qpv=False, res="12000", prio=False, holder="", ru=False, epci=EPCI, on=D(2026, 3, 1)
):
    return Allocation(key, epci, on, qpv, None if res is None else d(res), prio, holder, ru)


def test_first_quartile_outside_qpv():
    allocs = [
        alloc("a", res="9000"),
        alloc("b", res="9500"),
        alloc("c"),
        alloc("d"),
        alloc("e", res=None),
        alloc("f", ru=True),
        alloc("q", qpv=True, res="5000"),
    ]
    f = by_kind(compute_targets(allocs, EPCI, 2026, Q1))[(K.FIRST_QUARTILE_OUTSIDE_QPV, None)]
    # a and b at or under the threshold, f urban renewal: 3 of the 6 outside QPV.
    assert (f.numerator, f.denominator, f.unknown) == (3, 6, 1)
    assert set(f.counted) == {"a", "b", "f"} and "q" not in f.considered
    assert f.percent == d("50.0") and f.met


def test_other_quartiles_in_qpv_and_missing_count():
    allocs = [
        alloc("q1", qpv=True, res="4000"),
        alloc("q2", qpv=True, res="6000"),
        alloc("q3", qpv=True, res="15000"),
        alloc("q4", qpv=True, res=None),
    ]
    f = by_kind(compute_targets(allocs, EPCI, 2026, Q1))[(K.OTHER_QUARTILES_IN_QPV, None)]
    assert (f.numerator, f.denominator, f.unknown) == (1, 4, 1)
    assert f.percent == d("25.0") and f.met is False
    # (1 + k) / (4 + k) >= 50 % → k = 2
    assert f.missing == 2


def test_no_threshold_means_no_quartile_known():
    allocs = [alloc("a", res="100"), alloc("b", ru=True)]
    f = by_kind(compute_targets(allocs, EPCI, 2026, None))[(K.FIRST_QUARTILE_OUTSIDE_QPV, None)]
    assert (f.numerator, f.unknown) == (1, 1)


def test_scope_is_the_epci_and_the_year():
    allocs = [
        alloc("in", res="100"),
        alloc("other", res="100", epci="CC Ailleurs"),
        alloc("last-year", res="100", on=D(2025, 12, 31)),
    ]
    f = compute_targets(allocs, "ca du val", 2026, Q1)[0]
    assert f.considered == ("in",)


def test_priority_share_per_reservation_holder():
    allocs = [
        alloc("p1", prio=True, holder="Préfecture"),
        alloc("p2", holder="Préfecture"),
        alloc("p3", holder="Préfecture"),
        alloc("p4", holder="Préfecture"),
        alloc("a1", holder="Action Logement"),
        alloc("o1", prio=True),
        alloc("o2"),
    ]
    figures = [
        f for f in compute_targets(allocs, EPCI, 2026, Q1) if f.kind is K.PRIORITY_PER_HOLDER
    ]
    assert [f.holder for f in figures] == ["", "Action Logement", "Préfecture"]
    own, al, pref = figures
    assert (own.numerator, own.denominator, own.met) == (1, 2, True)
    assert (al.numerator, al.denominator, al.met) == (0, 1, False)
    assert (pref.numerator, pref.denominator, pref.met) == (1, 4, True)  # exactly 25 %
    # Resources play no part in a priority share: no allocation of unknown quartile.
    assert [f.unknown for f in figures] == [0, 0, 0]
    assert "Contingent propre du bailleur" in own.label()


def test_rates_are_data():
    allocs = [alloc("q1", qpv=True, res="15000"), alloc("q2", qpv=True, res="100")]
    strict = TargetRates(other_quartiles_in_qpv=d(60))
    f = by_kind(compute_targets(allocs, EPCI, 2026, Q1, strict))[(K.OTHER_QUARTILES_IN_QPV, None)]
    assert f.required == d(60) and f.met is False


def test_effect_of_a_proposed_allocation():
    allocs = [alloc("a", res="9000"), alloc("b"), alloc("c"), alloc("d", holder="Préfecture")]
    # Outside QPV: 1/4 = 25 % met. A 5th allocation outside the first quartile lowers it.
    effects = effect_of(allocs, alloc("new", holder="Préfecture"), Q1)
    kinds = {(e.after.kind, e.after.holder): e for e in effects}
    q1 = kinds[(K.FIRST_QUARTILE_OUTSIDE_QPV, None)]
    assert q1.before.percent == d("25.0") and q1.after.percent == d("20.0")
    assert q1.worse and q1.after.met is False
    text = q1.message().render()
    assert "25\u00a0% → 20\u00a0%" in text and "non atteint" in text
    # The QPV figure does not move; the Préfecture priority share goes 0/1 → 0/2.
    assert (K.OTHER_QUARTILES_IN_QPV, None) not in kinds
    assert (K.PRIORITY_PER_HOLDER, "Préfecture") in kinds
    assert (K.PRIORITY_PER_HOLDER, "") not in kinds
    # A first-quartile candidate raises it.
    up = effect_of(allocs, alloc("new2", res="8000"), Q1)
    q1up = next(e for e in up if e.after.kind is K.FIRST_QUARTILE_OUTSIDE_QPV)
    assert q1up.after.percent == d("40.0") and not q1up.worse


def test_annual_resources_per_uc():
    assert annual_resources_per_uc(d("1500"), d("2.1")) == d("8571.43")
    assert annual_resources_per_uc(None, d(1)) is None
    # A person living alone is one unit: the year's resources as they are.
    assert annual_resources_per_uc(d("1000"), d(1)) == d("12000.00")


def test_flow_report_groups_by_type_financing_qpv_commune():
    lines = [
        FlowLine(
            "Préfecture", "L1", D(2026, 2, 1), "T3", "PLUS", False, "Valence", True, D(2026, 3, 1)
        ),
        FlowLine("Préfecture", "L2", D(2026, 4, 1), "T3", "PLUS", False, "Valence", False),
        FlowLine(
            "Préfecture", "L3", D(2026, 5, 1), "T2", "PLAI", True, "Bourg", True, D(2026, 6, 1)
        ),
        FlowLine("Préfecture", "L4", D(2025, 5, 1), "T2", "PLAI", True, "Bourg", True),
        FlowLine("Action Logement", "L5", D(2026, 5, 1), "T4", "PLS", False, "Valence", True),
    ]
    r = flow_report(lines, "Préfecture", 2026)
    assert (r.offered, r.allocated) == (3, 2)
    assert r.deadline == flow_deadline(2026) == D(2027, 2, 28)
    assert [
        (g.dwelling_type, g.financing, g.in_qpv, g.commune, g.offered, g.allocated)
        for g in r.groups
    ] == [("T2", "PLAI", True, "Bourg", 1, 1), ("T3", "PLUS", False, "Valence", 2, 1)]


def test_the_law_s_default_rates():
    # L441-1: 25 % outside QPV to the first quartile, 50 % in QPV to the other three,
    # 25 % of each reservation holder's allocations to priority publics.
    rates = TargetRates()
    assert (
        rates.first_quartile_outside_qpv,
        rates.other_quartiles_in_qpv,
        rates.priority_per_holder,
    ) == (d(25), d(50), d(25))
    figures = compute_targets([alloc("a", prio=True)], EPCI, 2026, Q1)
    assert [f.required for f in figures] == [d(25), d(50), d(25)]
    assert [f.label() for f in figures[:2]] == [
        "Attributions hors QPV au premier quartile",
        "Attributions en QPV aux trois autres quartiles",
    ]
    assert (
        figures[2].label()
        == "Attributions aux publics prioritaires — Contingent propre du bailleur"
    )


def test_a_single_allocation_and_none():
    one, none_in_qpv, own = compute_targets([alloc("a", res="9000", prio=True)], EPCI, 2026, Q1)
    assert one.share == 1 and one.percent == d("100.0") and one.met and one.missing == 0
    assert none_in_qpv.share is None and none_in_qpv.percent is None
    assert none_in_qpv.met is None and none_in_qpv.missing == 0
    assert own.missing == 0


def test_how_many_more_allocations_would_meet_the_target():
    # 1 of 6 in the first quartile: 2/7 = 28,6 % meets 25 %, one is enough.
    allocs = [alloc("a", res="9000")] + [alloc(f"x{i}") for i in range(5)]
    f = compute_targets(allocs, EPCI, 2026, Q1)[0]
    assert f.percent == d("16.7") and f.missing == 1
    # A target of 100 %: every other allocation is missing.
    full = TargetRates(first_quartile_outside_qpv=d(100))
    f = compute_targets(allocs, EPCI, 2026, Q1, full)[0]
    assert f.met is False and f.missing == 5


def test_effect_on_a_new_holder_and_on_an_unchanged_share():
    allocs = [alloc("a", res="9000"), alloc("d", holder="Préfecture")]
    effects = {
        (e.after.kind, e.after.holder): e for e in effect_of(allocs, alloc("n", holder="Ville"), Q1)
    }
    # A holder with no allocation yet this year: its figure appears.
    new = effects[(K.PRIORITY_PER_HOLDER, "Ville")]
    assert new.before is None and new.moved and new.worse
    # No share yet: said in words, not « — → 0 % ».
    assert new.message().render() == (
        "Attributions aux publics prioritaires — Ville : aucune jusqu'ici → "
        "0\u00a0% (objectif 25\u00a0%, non atteint)."
    )
    met = effect_of(allocs, alloc("p", holder="Ville", prio=True), Q1)
    first = next(e for e in met if e.after.holder == "Ville")
    assert not first.worse
    assert first.message().render() == (
        "Attributions aux publics prioritaires — Ville : aucune jusqu'ici → 100\u00a0% (objectif 25\u00a0%)."
    )

    # The Préfecture's share stays at 0 % (0/1 → 0/2): not worse, nothing to flag.
    same = effect_of(allocs, alloc("m", holder="Préfecture"), Q1)
    pref = next(e for e in same if e.after.holder == "Préfecture")
    assert not pref.worse
    assert pref.message().render().endswith("0\u00a0% → 0\u00a0% (objectif 25\u00a0%).")


def test_a_share_that_goes_down_but_still_meets_the_target():
    allocs = [alloc("a", res="9000"), alloc("b", res="9000"), alloc("c")]
    q1 = next(
        e for e in effect_of(allocs, alloc("n"), Q1) if e.after.kind is K.FIRST_QUARTILE_OUTSIDE_QPV
    )
    assert q1.worse and q1.after.met
    assert q1.message().render() == (
        "Attributions hors QPV au premier quartile : 66,7\u00a0% → 50\u00a0% "
        "(objectif 25\u00a0%, en baisse)."
    )


def test_percent_format_and_resources_of_a_household_without_units():
    from desktop.domain.attribution_targets import format_percent

    assert format_percent(None) == "—"
    assert format_percent(d("12.5")) == "12,5\u00a0%"
    assert annual_resources_per_uc(d("1500"), d(0)) is None


def test_flow_groups_are_sorted_by_typology_then_financing():
    lines = [
        FlowLine("Préfecture", "L1", D(2026, 2, 1), "T3", "PLAI", False, "Valence", False),
        FlowLine("Préfecture", "L2", D(2026, 2, 1), "T2", "PLUS", False, "Valence", False),
    ]
    r = flow_report(lines, "Préfecture", 2026)
    assert [(g.dwelling_type, g.financing) for g in r.groups] == [("T2", "PLUS"), ("T3", "PLAI")]
    # Same typology: by financing first, then outside QPV first, then the communes A to Z.
    lines = [
        FlowLine("Préfecture", "L0", D(2026, 2, 1), "T3", "PLAI", True, "Valence", False),
        FlowLine("Préfecture", "L1", D(2026, 2, 1), "T3", "PLUS", True, "Annonay", False),
        FlowLine("Préfecture", "L2", D(2026, 2, 1), "T3", "PLUS", False, "valence", False),
        FlowLine("Préfecture", "L3", D(2026, 2, 1), "T3", "PLUS", False, "Bourg", False),
    ]
    r = flow_report(lines, "Préfecture", 2026)
    assert [(g.financing, g.in_qpv, g.commune) for g in r.groups] == [
        ("PLAI", True, "Valence"),
        ("PLUS", False, "Bourg"),
        ("PLUS", False, "valence"),
        ("PLUS", True, "Annonay"),
    ]


def test_a_single_allocation_that_misses_the_target():
    f = compute_targets([alloc("a")], EPCI, 2026, Q1)[0]
    # 0 of 1 in the first quartile: one more would make 1/2 = 50 %.
    assert f.met is False and f.missing == 1


def test_a_share_just_under_the_target_is_not_met():
    # 125 first-quartile allocations of 501: 24,95 %, half up 25,0 %, yet under the 25 %
    # of the law: not met, one more is missing, and it reads 24,9 % (not « 25 % » beside
    # « non atteint »).
    allocs = [alloc(f"q{i}", res="9000") for i in range(125)]
    allocs += [alloc(f"x{i}") for i in range(376)]
    f = compute_targets(allocs, EPCI, 2026, Q1)[0]
    assert (f.numerator, f.denominator, f.percent) == (125, 501, d("24.9"))
    assert f.met is False and f.missing == 1
    assert format_percent(f.percent) == "24,9\u00a0%"
    # Met, it rounds half up as any share: 126 of 501 is 25,15 %.
    allocs[-1] = alloc("q125", res="9000")
    f = compute_targets(allocs, EPCI, 2026, Q1)[0]
    assert (f.numerator, f.percent, f.met) == (126, d("25.1"), True)
    # Under the target and far from it, half up too: 1 of 6 is 16,67 %.
    f = compute_targets(
        [alloc("q", res="9000")] + [alloc(f"y{i}") for i in range(5)], EPCI, 2026, Q1
    )[0]
    assert (f.percent, f.met) == (d("16.7"), False)
