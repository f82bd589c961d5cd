"""Cotation: grids, versions in force on a date, the score line by line, caps,
criteria typed with a reason, the register's own score beside the computed one,
and the grid file format."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from desktop.domain.cotation import (
    ApplicantFacts,
    Criterion,
    CriterionSource,
    Grid,
    ManualEntry,
    check_versions,
    compare_with_register,
    consumption_units,
    example_grid,
    grid_from_dict,
    grid_from_json,
    grid_in_force,
    grid_to_json,
    household_fits,
    months_between,
    next_version,
    points_text,
    resources_per_uc,
    score,
    validate_grid,
)
from desktop.domain.errors import ValidationError

D = dt.date
d = Decimal
S = CriterionSource


def grid(**kw) -> Grid:
    criteria = (
        Criterion("DALO", "DALO", S.PRIORITY, d(200), None, "DALO"),
        Criterion("ANC", "Ancienneté", S.WAITING_MONTHS, d("1.5"), d(36)),
        Criterion("RES", "Ressources < 800 €/UC", S.RESOURCES_PER_UC, d(30), None, "800"),
        Criterion("FIT", "Typologie adaptée", S.HOUSEHOLD_FIT, d(10)),
        Criterion("SIZE", "Par personne au-delà de 3", S.HOUSEHOLD_SIZE, d(5), d(10), "3"),
        Criterion(
            "HEB", "Hébergé chez un tiers", S.HOUSING_SITUATION, d(20), None, "HEBERGE_TIERS"
        ),
        Criterion("EMPLOI", "Rapprochement travail", S.MANUAL, d(15)),
    )
    base = Grid("CA du Val", "Grille PPGD", 1, D(2024, 1, 1), None, criteria)
    return replace(base, **kw)


def facts(**kw) -> ApplicantFacts:
    base = ApplicantFacts(
        application_date=D(2025, 1, 15),
        priorities=frozenset(),
        monthly_resources=d("1500.00"),
        adults=2,
        children=2,
        dwelling_type="T3",
        housing_situation="PARC_PRIVE",
    )
    return replace(base, **kw)


def points(result, code):
    return next(x for x in result.lines if x.code == code).points


def test_household_details_agree_with_the_count():
    """« 1 personne pour un T2. », « 4 personnes. »: the reasons shown beside a score."""
    g = grid()
    alone = score(g, facts(adults=1, children=0, dwelling_type="T2"), D(2026, 3, 20))
    family = score(g, facts(), D(2026, 3, 20))
    fit = [next(x for x in r.lines if x.code == "FIT").detail.render() for r in (alone, family)]
    assert fit == ["1 personne pour un T2.", "4 personnes pour un T3."]
    size = next(x for x in alone.lines if x.code == "SIZE").detail.render()
    assert size == "1 personne."


def test_points_agree_with_their_number():
    assert [str(points_text(d(v))) for v in ("0", "1", "1.5", "2", "-1", "-20", "12.50")] == [
        "0 point",
        "1 point",
        "1,5 point",
        "2 points",
        "-1 point",
        "-20 points",
        "12,5 points",
    ]


def test_consumption_units_and_resources_per_uc():
    assert consumption_units(1, 0) == d("1")
    assert consumption_units(2, 2) == d("2.1")
    # 1 500 € for a couple with two children: 1 500 / 2,1 = 714,29 €
    assert resources_per_uc(d("1500"), 2, 2) == d("714.29")
    assert resources_per_uc(None, 2, 2) is None


def test_months_between_counts_whole_months():
    assert months_between(D(2025, 1, 15), D(2025, 2, 14)) == 0
    assert months_between(D(2025, 1, 15), D(2025, 2, 15)) == 1
    assert months_between(D(2025, 1, 31), D(2026, 1, 30)) == 11
    assert months_between(D(2025, 3, 1), D(2025, 1, 1)) == 0


def test_household_fits_typology():
    assert household_fits("T3", 4) is True
    assert household_fits("T5", 2) is False  # under-occupied: 5 > 2 + 1
    assert household_fits("T1", 3) is False  # over-crowded
    assert household_fits("", 3) is None


def test_score_line_by_line_from_candidate_data():
    result = score(grid(), facts(), D(2026, 3, 20))
    # 14 months × 1,5 = 21; 714,29 €/UC <= 800 → 30; 4 persons in a T3 fit → 10;
    # 4 persons, 1 above 3 → 5; private tenant → 0; DALO no → 0; manual not typed → 0.
    assert points(result, "ANC") == d("21.00")
    assert points(result, "RES") == d(30)
    assert points(result, "FIT") == d(10)
    assert points(result, "SIZE") == d(5)
    assert points(result, "HEB") == d(0)
    assert points(result, "DALO") == d(0)
    assert points(result, "EMPLOI") == d(0)
    assert result.total == d("66.00")
    assert (result.epci, result.grid_version) == ("CA du Val", 1)


def test_waiting_time_is_capped():
    result = score(grid(), facts(application_date=D(2018, 1, 1)), D(2026, 3, 20))
    line = next(x for x in result.lines if x.code == "ANC")
    assert line.units == 98 and line.points == d(36) and line.capped
    # Exactly at the cap: the cap cut nothing.
    result = score(grid(), facts(application_date=D(2024, 3, 20)), D(2026, 3, 20))
    line = next(x for x in result.lines if x.code == "ANC")
    assert line.units == 24 and line.points == d(36) and not line.capped


def test_priority_and_situation_criteria():
    result = score(
        grid(),
        facts(priorities=frozenset({"DALO"}), housing_situation="HEBERGE_TIERS"),
        D(2026, 3, 20),
    )
    assert points(result, "DALO") == d(200)
    assert points(result, "HEB") == d(20)


def test_missing_data_scores_zero_and_is_listed():
    result = score(
        grid(),
        facts(application_date=None, monthly_resources=None, housing_situation=""),
        D(2026, 3, 20),
    )
    assert points(result, "ANC") == 0 and points(result, "RES") == 0
    texts = " ".join(m.render() for m in result.missing)
    assert "date de la demande inconnue" in texts
    assert "ressources inconnues" in texts
    assert "situation de logement inconnue" in texts


def res_grid(parameter: str) -> Grid:
    return grid(
        criteria=(Criterion("RES", "Ressources", S.RESOURCES_PER_UC, d(30), None, parameter),)
    )


def test_resources_ceiling_is_read_the_french_way_never_guessed():
    # "1.200" (one thousand two hundred, or one point two?) is refused, not read as 1,20 €.
    for typed in ("1.200", "1,200.50"):
        with pytest.raises(ValidationError) as err:
            validate_grid(res_grid(typed))
        assert "criteria[0].parameter" in err.value.fields, typed
    for typed in ("1 200,50", "1200,5", "714.29"):
        validate_grid(res_grid(typed))
    # 1 500 € for 2 adults and 2 children = 714,29 €/UC, shown rounded half-up.
    result = score(res_grid("1 200"), facts(), D(2026, 3, 20))
    assert points(result, "RES") == d(30)
    assert result.lines[0].detail.render() == "714,29 € par mois et par unité de consommation."
    result = score(
        res_grid("800"), facts(monthly_resources=d("1250.25"), children=0, adults=1), D(2026, 3, 20)
    )
    assert "1\u202f250,25 € par mois" in result.lines[0].detail.render()
    # A grid saved before this check keeps scoring: the ceiling is listed as unreadable.
    result = score(res_grid("1.200"), facts(), D(2026, 3, 20))
    assert points(result, "RES") == 0
    assert "plafond de ressources illisible « 1.200 »" in " ".join(
        m.render() for m in result.missing
    )


def test_manual_entry_needs_a_reason_and_overrides_the_data():
    with pytest.raises(ValidationError) as err:
        score(grid(), facts(manual={"EMPLOI": ManualEntry(True, "  ")}), D(2026, 3, 20))
    assert "demande un motif" in str(err.value)
    result = score(
        grid(),
        facts(
            manual={
                "EMPLOI": ManualEntry(True, "Attestation employeur du 02/03/2026"),
                "ANC": ManualEntry(True, "Date de dépôt corrigée", units=40),
                "RES": ManualEntry(False, "Avis d'imposition 2025 reçu : ressources dépassées"),
            }
        ),
        D(2026, 3, 20),
    )
    emploi = next(x for x in result.lines if x.code == "EMPLOI")
    assert emploi.points == d(15) and emploi.manual and "employeur" in emploi.reason
    assert points(result, "ANC") == d(36)  # 40 × 1,5 = 60, capped at 36
    assert points(result, "RES") == d(0)
    assert result.total == d(15 + 36 + 0 + 10 + 5)


def test_grid_in_force_on_the_session_date():
    v1 = grid(valid_to=D(2025, 12, 31))
    v2 = replace(
        grid(),
        version=2,
        valid_from=D(2026, 1, 1),
        criteria=grid().criteria[:1]
        + (Criterion("ANC", "Ancienneté", S.WAITING_MONTHS, d(2), d(48)),),
    )
    other = replace(grid(), epci="CC Ailleurs")
    grids = [v1, v2, other]
    assert grid_in_force(grids, "ca du val", D(2025, 6, 1)) is v1
    assert grid_in_force(grids, "CA du Val", D(2026, 1, 1)) is v2
    assert grid_in_force(grids, "CA du Val", D(2023, 12, 31)) is None
    # Same applicant, two sessions: each with its own grid.
    f = facts()
    assert score(v1, f, D(2025, 12, 20)).total != score(v2, f, D(2026, 1, 20)).total
    assert score(v2, f, D(2026, 1, 20)).total == d(24)  # 12 months × 2
    with pytest.raises(ValidationError, match="n'est pas en vigueur"):
        score(v1, f, D(2026, 1, 20))


def test_versions_must_not_overlap_and_next_version_closes_the_current():
    v1 = grid()
    with pytest.raises(ValidationError, match="encore en vigueur"):
        check_versions([v1, replace(v1, version=2, valid_from=D(2026, 1, 1))])
    closed, new = next_version(v1, D(2026, 1, 1))
    assert closed.valid_to == D(2025, 12, 31) and new.version == 2
    check_versions([closed, new])
    # Closed on the day the next one starts: both would be in force that day.
    with pytest.raises(ValidationError, match="fermez la version 1 la veille"):
        check_versions([replace(closed, valid_to=D(2026, 1, 1)), new])
    with pytest.raises(ValidationError):
        next_version(v1, D(2023, 1, 1))


def test_validate_grid_reports_each_problem_in_french():
    bad = grid(
        name=" ",
        criteria=(
            Criterion("A", "A", S.PRIORITY, d(1), None, "INCONNU"),
            Criterion("A", "", S.RESOURCES_PER_UC, d(1), None, "abc"),
            Criterion("B", "B", S.HOUSING_SITUATION, d(1), d(-1), "CHATEAU"),
        ),
    )
    with pytest.raises(ValidationError) as err:
        validate_grid(bad)
    fields = err.value.fields
    assert "name" in fields
    assert "critère de priorité connu" in str(fields["criteria[0].parameter"])
    assert "deux fois" in str(fields["criteria[1].code"])
    assert "criteria[1].label" in fields and "criteria[1].parameter" in fields
    assert "criteria[2].cap" in fields and "criteria[2].parameter" in fields


def test_register_score_kept_beside_and_difference_flagged():
    same = compare_with_register(d("66.00"), d("66"))
    assert not same.differs and same.message() is None
    diff = compare_with_register(d("66.00"), d("61.5"))
    assert diff.differs and diff.difference == d("4.50")
    assert "61,5 points au registre, 66 calculés (écart +4,5)" in diff.message().render()
    assert not compare_with_register(d(66), None).differs
    assert not compare_with_register(d("66.00"), d("65.5"), tolerance=d(1)).differs


def test_grid_file_round_trip_and_bad_files():
    g = example_grid()
    assert g.example and "EXEMPLE" in g.notes
    back = grid_from_json(grid_to_json(g))
    assert back == g
    with pytest.raises(ValidationError, match="pas une grille"):
        grid_from_dict({"epci": "x"})
    with pytest.raises(ValidationError, match="JSON lisible"):
        grid_from_json("{pas du json")
    data = {**__import__("json").loads(grid_to_json(g))}
    data["criteria"][0]["points"] = "beaucoup"
    data["criteria"][1]["source"] = "MAGIE"
    with pytest.raises(ValidationError) as err:
        grid_from_dict(data)
    assert "criteria[0].points" in err.value.fields
    assert "criteria[1].source" in err.value.fields


def test_example_grid_scores_an_applicant():
    g = example_grid()
    result = score(g, facts(priorities=frozenset({"DALO"})), D(2026, 3, 20))
    assert result.total == d(200 + 14 + 30 + 10)


def test_example_grid_caps_the_waiting_time_at_sixty_months():
    # One point a month of waiting, at most 60: five years on the register.
    on = D(2026, 3, 20)

    def waiting(applied: dt.date):
        result = score(example_grid(), facts(application_date=applied), on)
        return next(x for x in result.lines if x.code == "ANCIENNETE")

    under = waiting(D(2021, 3, 21))  # a day short of five years: 59 months
    assert (under.units, under.points, under.capped) == (59, d(59), False)
    at = waiting(D(2021, 3, 20))  # five years to the day: the cap cuts nothing
    assert (at.units, at.points, at.capped) == (60, d(60), False)
    over = waiting(D(2021, 2, 20))  # 61 months: still 60 points, shown as capped
    assert (over.units, over.points, over.capped) == (61, d(60), True)
    assert "61 mois d'ancienneté." in over.detail.render()


def test_refusing_an_adapted_dwelling_lowers_the_score_while_it_counts():
    refusal = Criterion(
        "REFUS", "Refus d'un logement adapté", S.ADAPTED_REFUSAL, d(-25), None, "12"
    )
    g = grid(criteria=grid().criteria + (refusal,))
    on = D(2026, 3, 20)
    base = score(g, facts(), on).total
    # Two refusals within the 12 months, one older, one after the session: 2 × −25.
    f = facts(adapted_refusals=(D(2025, 3, 20), D(2025, 3, 21), D(2026, 3, 20), D(2026, 3, 21)))
    result = score(g, f, on)
    line = next(x for x in result.lines if x.code == "REFUS")
    assert line.units == 2 and line.points == d(-50)
    assert result.total == base - 50
    assert "2 refus sans motif légitime depuis le 20/03/2025 (21/03/2025, 20/03/2026)" in (
        line.detail.render()
    )
    # No refusal recorded: nothing to type, the line brings 0 and nothing is missing.
    clean = score(g, facts(), on)
    assert points(clean, "REFUS") == d(0) and not clean.missing
    # A year later both refusals have stopped counting.
    assert points(score(g, f, D(2027, 3, 21)), "REFUS") == d(0)
    # The grid says for how long (months) a refusal counts; no cap on a penalty.
    with pytest.raises(ValidationError) as err:
        validate_grid(
            grid(
                criteria=(
                    replace(refusal, parameter="un an"),
                    replace(refusal, code="R2", cap=d(50)),
                )
            )
        )
    assert "combien de mois" in str(err.value.fields["criteria[0].parameter"])
    assert "criteria[1].cap" in err.value.fields


def test_add_months_keeps_the_day_or_the_month_end():
    from desktop.domain.cotation import add_months

    assert add_months(D(2026, 3, 31), -1) == D(2026, 2, 28)
    assert add_months(D(2026, 3, 20), -12) == D(2025, 3, 20)
    assert add_months(D(2024, 2, 29), 12) == D(2025, 2, 28)


def test_example_grid_carries_the_refusal_rule():
    g = example_grid()
    line = g.criterion("REFUS_ADAPTE")
    assert line.source is S.ADAPTED_REFUSAL and line.points < 0 and line.parameter == "12"
    validate_grid(g)
    result = score(g, facts(adapted_refusals=(D(2026, 1, 5),)), D(2026, 3, 20))
    assert result.total == d(14 + 30 + 10 - 20)


def test_household_fits_at_the_limits():
    # Under-occupation starts beyond one room more than persons; crowding beyond two
    # persons a room (UNCONFIRMED rule, see the module doc).
    assert household_fits("T3", 2) is True
    assert household_fits("T3", 1) is False
    assert household_fits("T2", 4) is True
    assert household_fits("T2", 5) is False
    # No household: nothing to compare.
    assert household_fits("T1", 0) is None


def test_persons_count_what_is_known():
    assert facts(adults=0, children=2).persons == 2
    assert facts(adults=2, children=-1).persons == 2


def test_grid_parameters_at_their_limits():
    def problems(*criteria):
        try:
            validate_grid(grid(criteria=criteria))
        except ValidationError as exc:
            return set(exc.fields)
        return set()

    refusal = Criterion("REF", "Refus", S.ADAPTED_REFUSAL, d(-20), None, "1")
    assert problems(refusal) == set()
    assert problems(replace(refusal, parameter="120")) == set()
    assert problems(replace(refusal, parameter="121")) == {"criteria[0].parameter"}
    assert problems(replace(refusal, parameter="0")) == {"criteria[0].parameter"}
    resources = Criterion("RES", "Ressources", S.RESOURCES_PER_UC, d(30), None, "0,01")
    assert problems(resources) == set()
    assert problems(replace(resources, parameter="0")) == {"criteria[0].parameter"}
    # A cap of zero points is allowed (« positif » includes zero); below zero it is not.
    capped = Criterion("ANC", "Ancienneté", S.WAITING_MONTHS, d(1), d(0))
    assert problems(capped) == set()
    assert problems(replace(capped, cap=d("-0.01"))) == {"criteria[0].cap"}


def test_points_of_a_grid_file_up_to_one_hundred_thousand():
    data = __import__("json").loads(grid_to_json(example_grid()))
    data["criteria"][0]["points"] = "100000"
    assert grid_from_dict(data).criteria[0].points == d("100000.00")
    data["criteria"][0]["points"] = "100000.01"
    with pytest.raises(ValidationError) as err:
        grid_from_dict(data)
    assert "criteria[0].points" in err.value.fields


def test_manual_and_computed_lines_are_told_apart():
    g = grid()
    result = score(g, facts(), D(2026, 3, 20))
    by_code = {x.code: x for x in result.lines}
    # Not typed yet: no points, shown as typed by hand, not capped.
    assert by_code["EMPLOI"].manual and not by_code["EMPLOI"].capped
    assert not any(x.manual for code, x in by_code.items() if code != "EMPLOI")
    assert not by_code["FIT"].capped
    # A per-unit criterion granted by hand without a number of units counts none.
    typed = facts(manual={"ANC": ManualEntry(True, "Date de la demande corrigée")})
    line = next(x for x in score(g, typed, D(2026, 3, 20)).lines if x.code == "ANC")
    assert line.units == 0 and line.points == d(0) and line.manual


def test_source_labels_and_points_as_people_read_them():
    from desktop.domain.cotation import format_points

    assert S.PRIORITY.label == "Public prioritaire (L441-1)"
    assert format_points(d("12.50")) == "12,5"
    assert format_points(d("-20.00")) == "-20"
    assert format_points(None) == ""


def test_the_housing_situation_is_named_in_the_detail():
    def detail(situation):
        result = score(grid(), facts(housing_situation=situation), D(2026, 3, 20))
        return next(x for x in result.lines if x.code == "HEB").detail.render()

    assert detail("PARC_PRIVE") == "Situation : Locataire du parc privé."
    # A code written by a later version (or the register) is shown as written.
    assert detail("CARAVANE") == "Situation : CARAVANE."


def test_a_grid_file_from_a_spreadsheet_reads_date_cells_and_defaults_to_version_one():
    import json

    data = json.loads(grid_to_json(grid(valid_to=D(2026, 12, 31))))
    data["valid_from"] = dt.datetime(2024, 1, 1)  # a date cell reads as a datetime
    data["valid_to"] = dt.datetime(2026, 12, 31)
    del data["version"]
    back = grid_from_dict(data)
    assert (back.valid_from, back.valid_to, back.version) == (D(2024, 1, 1), D(2026, 12, 31), 1)
