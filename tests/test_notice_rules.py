"""Tenant's notice: end date, reduced-notice grounds, deposit return, late penalty."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.cli import main
from desktop.domain.calendar_fr import add_months
from desktop.domain.errors import ValidationError
from desktop.domain.notice import (
    NOTICE_RULES,
    DeliveryMode,
    EndDateConvention,
    NoticeRules,
    compute_notice_end,
    deposit_due_date,
    late_penalty,
    notice_end,
    parse_ground,
    rules_for,
    started_months_late,
)
from desktop.domain.notice import (
    ReducedNoticeGround as G,
)

D = dt.date
RULES = rules_for(D(2026, 1, 1))
NBSP = "\u00a0"


# received, ground, proof received, applied months, end date, end date if proof arrives
NOTICE_CASES = [
    (D(2026, 1, 31), G.AUCUN, False, 3, D(2026, 4, 30), None),
    (D(2026, 1, 31), None, False, 3, D(2026, 4, 30), None),
    (D(2026, 1, 31), G.SANTE, True, 1, D(2026, 2, 28), None),
    (D(2026, 1, 31), G.SANTE, False, 3, D(2026, 4, 30), D(2026, 2, 28)),
    (D(2026, 1, 31), G.ZONE_TENDUE, False, 1, D(2026, 2, 28), None),  # no proof needed
    (D(2026, 1, 31), G.ZONE_TENDUE, True, 1, D(2026, 2, 28), None),
    (D(2028, 1, 31), G.MUTATION, True, 1, D(2028, 2, 29), None),  # leap year
    (D(2028, 1, 30), G.PERTE_EMPLOI, False, 3, D(2028, 4, 30), D(2028, 2, 29)),
    (D(2026, 11, 30), G.AUCUN, False, 3, D(2027, 2, 28), None),
    (D(2027, 11, 30), G.AUCUN, False, 3, D(2028, 2, 29), None),  # leap year
    (D(2027, 11, 29), G.AUCUN, False, 3, D(2028, 2, 29), None),
    (D(2026, 11, 29), G.AUCUN, False, 3, D(2027, 2, 28), None),
    (D(2026, 12, 15), G.RSA_AAH, True, 1, D(2027, 1, 15), None),  # Dec -> Jan
    (D(2026, 10, 15), G.AUCUN, False, 3, D(2027, 1, 15), None),  # year change
    (D(2026, 12, 31), G.PREMIER_EMPLOI, False, 3, D(2027, 3, 31), D(2027, 1, 31)),
    (D(2026, 3, 15), G.VIOLENCES, True, 1, D(2026, 4, 15), None),
    (D(2026, 5, 31), G.LOGEMENT_SOCIAL_ATTRIBUE, True, 1, D(2026, 6, 30), None),
    (D(2026, 8, 31), G.NOUVEL_EMPLOI_APRES_PERTE, False, 3, D(2026, 11, 30), D(2026, 9, 30)),
]


@pytest.mark.parametrize("received, ground, proof, months, end, end_if_proof", NOTICE_CASES)
def test_notice_end_dates(received, ground, proof, months, end, end_if_proof):
    result = compute_notice_end(received, ground, proof, RULES)
    assert result.applied_months == months
    assert result.duration_code == f"{months}_MOIS"
    assert result.end_date == end
    assert result.end_date_if_proof == end_if_proof
    assert result.proof_missing is (end_if_proof is not None)
    assert result.reduced is (months == 1)


def test_explanation_without_proof():
    result = compute_notice_end(D(2026, 1, 31), G.SANTE, False, RULES)
    assert result.explanation() == [
        "Congé reçu le 31/01/2026",
        "Motif invoqué : État de santé justifiant un changement de domicile ; "
        "justificatif manquant : préavis de 3 mois appliqué",
        "Fin du préavis : 30/04/2026",
        "Si le justificatif est fourni et accepté (Certificat médical) : préavis de 1 mois, "
        "fin le 28/02/2026",
    ]


def test_explanation_with_proof_and_without_ground():
    assert compute_notice_end(D(2026, 1, 31), G.RSA_AAH, True, RULES).explanation() == [
        "Congé reçu le 31/01/2026",
        "Motif invoqué : Bénéficiaire du RSA ou de l'AAH ; justificatif reçu : "
        "préavis de 1 mois appliqué",
        "Fin du préavis : 28/02/2026",
    ]
    assert compute_notice_end(D(2026, 1, 31), None, False, RULES).explanation()[1] == (
        "Aucun motif de préavis réduit invoqué : préavis de 3 mois appliqué"
    )
    zone = compute_notice_end(D(2026, 1, 31), G.ZONE_TENDUE, False, RULES).explanation()
    assert "aucun justificatif requis" in zone[1]


def test_steps_are_translatable_messages():
    result = compute_notice_end(D(2026, 1, 31), G.SANTE, False, RULES)
    first = result.steps[0]
    assert first.template == "Congé reçu le {date}"
    assert first.params == {"date": "31/01/2026"}
    english = {"Congé reçu le {date}": "Notice received on {date}"}
    translate = lambda ctx, text: english.get(text, text)
    assert result.explanation(translate)[0] == "Notice received on 31/01/2026"


def test_rules_default_to_the_version_in_force():
    assert compute_notice_end(D(2026, 1, 31), G.SANTE, True).rules is RULES


@pytest.mark.parametrize(
    "received, months, expected",
    [
        (D(2026, 1, 15), 3, D(2026, 4, 14)),
        (D(2026, 1, 31), 3, D(2026, 4, 30)),
        (D(2026, 1, 31), 1, D(2026, 2, 28)),
        (D(2027, 11, 30), 3, D(2028, 2, 29)),
        (D(2026, 12, 1), 1, D(2026, 12, 31)),
        (D(2026, 12, 20), 1, D(2027, 1, 19)),
    ],
)
def test_eve_convention(received, months, expected):
    assert notice_end(received, months, EndDateConvention.EVE) == expected
    rules = replace(RULES, end_convention=EndDateConvention.EVE)
    assert compute_notice_end(received, None, False, rules).end_date == notice_end(
        received, 3, EndDateConvention.EVE
    )


def test_defaults_follow_domain_md():
    assert RULES.standard_months == 3
    assert RULES.reduced_months == 1
    assert RULES.end_convention is EndDateConvention.SAME_DAY
    assert RULES.roll_forward_non_working is False
    assert RULES.deposit_return_months == 2
    assert RULES.deposit_return_months_inventory_matches == 1
    assert RULES.late_penalty_rate == Decimal("0.10")
    assert RULES.grounds_without_proof == {G.ZONE_TENDUE}
    assert G.AUCUN not in RULES.reduced_grounds and len(RULES.reduced_grounds) == 9


def test_no_roll_forward_by_default():
    # 30/01/2026 + 1 month = Saturday 28/02/2026, kept.
    assert compute_notice_end(D(2026, 1, 30), G.ZONE_TENDUE, False, RULES).end_date == D(
        2026, 2, 28
    )


@pytest.mark.parametrize(
    "received, alsace, expected",
    [
        (D(2026, 1, 30), False, D(2026, 3, 2)),  # Saturday -> Monday
        (D(2026, 4, 1), False, D(2026, 5, 4)),  # Friday 1 May -> Monday
        (D(2026, 3, 3), False, D(2026, 4, 3)),  # Good Friday is a working day...
        (D(2026, 3, 3), True, D(2026, 4, 7)),  # ...except in Alsace-Moselle
        (D(2026, 3, 4), False, D(2026, 4, 7)),  # Saturday, Sunday, Easter Monday
    ],
)
def test_roll_forward_option(received, alsace, expected):
    rules = replace(RULES, roll_forward_non_working=True)
    result = compute_notice_end(received, G.ZONE_TENDUE, False, rules, alsace_moselle=alsace)
    assert result.end_date == expected
    plain = add_months(received, 1)
    if plain != expected:
        assert any("n'est pas un jour ouvré" in s for s in result.explanation())


def test_roll_forward_applies_to_both_dates():
    rules = replace(RULES, roll_forward_non_working=True)
    result = compute_notice_end(D(2026, 1, 30), G.SANTE, False, rules)
    assert result.end_date == D(2026, 4, 30)  # Thursday
    assert result.end_date_if_proof == D(2026, 3, 2)


def test_requested_departure_before_receipt_is_refused():
    with pytest.raises(ValidationError) as info:
        compute_notice_end(D(2026, 1, 31), None, False, RULES, requested_departure=D(2026, 1, 30))
    message = str(info.value.fields["requested_departure"])
    assert "antérieure à la réception du congé" in message and "30/01/2026" in message


def test_later_requested_departure_is_the_end():
    result = compute_notice_end(
        D(2026, 1, 31), None, False, RULES, requested_departure=D(2026, 6, 30)
    )
    assert result.end_date == D(2026, 6, 30)
    assert result.explanation()[-1] == "Fin du préavis : 30/06/2026"
    assert any("la date demandée est retenue" in s for s in result.explanation())


def test_earlier_requested_departure_does_not_shorten_the_notice():
    result = compute_notice_end(
        D(2026, 1, 31), None, False, RULES, requested_departure=D(2026, 2, 15)
    )
    assert result.end_date == D(2026, 4, 30)
    assert any("restent dus" in s for s in result.explanation())


def test_ground_outside_the_version_gets_standard_notice():
    old = NoticeRules(
        effective_from=D(2017, 1, 1), reduced_grounds=frozenset(set(G) - {G.AUCUN, G.VIOLENCES})
    )
    result = compute_notice_end(D(2018, 5, 2), G.VIOLENCES, True, old)
    assert result.applied_months == 3 and result.end_date == D(2018, 8, 2)
    assert "motif non prévu" in result.explanation()[1]


def test_rules_for_picks_the_version_in_force():
    v1 = NoticeRules(effective_from=D(2020, 8, 1))
    v2 = NoticeRules(effective_from=D(2027, 1, 1), reduced_months=2)
    history = (v2, v1)
    assert rules_for(D(2026, 12, 31), history) is v1
    assert rules_for(D(2027, 1, 1), history) is v2
    assert rules_for(D(2030, 1, 1), history) is v2
    with pytest.raises(ValidationError) as info:
        rules_for(D(2020, 7, 31), history)
    assert "31/07/2020" in str(info.value.fields["date"])
    assert all(isinstance(r.effective_from, dt.date) for r in NOTICE_RULES)


def test_labels_and_proofs():
    for ground in G:
        assert ground.label
        assert bool(ground.usual_proof) is (ground is not G.AUCUN)
    assert G.SANTE.usual_proof == "Certificat médical"
    assert G.ZONE_TENDUE.usual_proof.startswith("Aucun")
    assert DeliveryMode.LRAR.label == "Lettre recommandée avec accusé de réception"
    assert {m.value for m in DeliveryMode} == {"LRAR", "COMMISSAIRE_JUSTICE", "MAIN_PROPRE", "LRE"}
    assert all(m.label for m in DeliveryMode)


@pytest.mark.parametrize(
    "text, ground",
    [
        ("sante", G.SANTE),
        ("RSA-AAH", G.RSA_AAH),
        (" zone tendue ", G.ZONE_TENDUE),
        ("", G.AUCUN),
        (None, G.AUCUN),
    ],
)
def test_parse_ground(text, ground):
    assert parse_ground(text) is ground


def test_ground_given_as_code():
    result = compute_notice_end(D(2026, 1, 31), "SANTE", True, RULES)
    assert result.ground is G.SANTE and result.end_date == D(2026, 2, 28)


def test_parse_ground_unknown():
    with pytest.raises(ValidationError) as info:
        parse_ground("vacances")
    assert "Motif inconnu : « vacances »" in str(info.value.fields["ground"])


@given(
    st.dates(min_value=D(2020, 8, 1), max_value=D(2100, 12, 31)),
    st.sampled_from(list(G)),
    st.booleans(),
)
def test_notice_properties(received, ground, proof):
    result = compute_notice_end(received, ground, proof, RULES)
    assert result.end_date > received
    assert result.applied_months in (1, 3)
    if result.applied_months == 1:
        assert ground is G.ZONE_TENDUE or proof
        assert ground is not G.AUCUN
    if result.end_date_if_proof is not None:
        assert result.end_date_if_proof < result.end_date
        assert not proof and ground not in (G.AUCUN, G.ZONE_TENDUE)
    assert result.explanation()[0] == f"Congé reçu le {received:%d/%m/%Y}"


# --- deposit ---------------------------------------------------------------


@pytest.mark.parametrize(
    "keys, matches, due",
    [
        (D(2026, 1, 31), True, D(2026, 2, 28)),
        (D(2026, 1, 31), False, D(2026, 3, 31)),
        (D(2027, 12, 31), False, D(2028, 2, 29)),
        (D(2026, 11, 15), True, D(2026, 12, 15)),
        (D(2026, 12, 15), False, D(2027, 2, 15)),
    ],
)
def test_deposit_due_date(keys, matches, due):
    assert deposit_due_date(keys, matches, RULES) == due
    assert deposit_due_date(keys, matches) == due


@pytest.mark.parametrize(
    "rent, due, paid, penalty",
    [
        ("500.00", D(2026, 3, 31), D(2026, 3, 31), "0.00"),
        ("500.00", D(2026, 3, 31), D(2026, 3, 1), "0.00"),
        ("500.00", D(2026, 3, 31), D(2026, 4, 1), "50.00"),
        ("500.00", D(2026, 3, 31), D(2026, 4, 30), "50.00"),
        ("500.00", D(2026, 3, 31), D(2026, 5, 1), "100.00"),
        ("500.00", D(2026, 1, 31), D(2026, 2, 28), "50.00"),
        ("500.00", D(2026, 1, 31), D(2026, 3, 1), "100.00"),
        ("500.00", D(2026, 12, 15), D(2027, 3, 16), "200.00"),
        ("412.55", D(2026, 3, 15), D(2026, 4, 20), "82.52"),  # 41,255 -> 41,26 per month
        ("0.00", D(2026, 3, 15), D(2026, 9, 20), "0.00"),
    ],
)
def test_late_penalty(rent, due, paid, penalty):
    result = late_penalty(Decimal(rent), due, paid)
    assert result == Decimal(penalty)
    assert result.as_tuple().exponent == -2


@pytest.mark.parametrize("rent", [500.0, Decimal("-1"), Decimal("NaN"), "500"])
def test_late_penalty_rejects_bad_rent(rent):
    with pytest.raises(ValidationError) as info:
        late_penalty(rent, D(2026, 3, 31), D(2026, 5, 1))
    assert "loyer mensuel" in str(info.value.fields["monthly_rent"])


@given(st.dates(min_value=D(2020, 8, 1), max_value=D(2090, 1, 1)), st.integers(1, 3000))
def test_started_months_late_brackets_the_payment(due, days_late):
    paid = due + dt.timedelta(days=days_late)
    k = started_months_late(due, paid)
    assert k >= 1
    assert add_months(due, k - 1) < paid <= add_months(due, k)


# --- command line ----------------------------------------------------------


def test_cli_end_date_text(capsys):
    assert (
        main(["notice", "end-date", "--received", "2026-01-31", "--ground", "SANTE", "--no-proof"])
        == 0
    )
    out = capsys.readouterr().out
    assert "Fin du préavis : 30/04/2026 (3 mois)" in out
    assert "Avec le justificatif : 28/02/2026" in out
    assert "justificatif manquant : préavis de 3 mois appliqué" in out
    assert "Congé reçu le 31/01/2026" in out


def test_cli_end_date_with_proof(capsys):
    assert (
        main(["notice", "end-date", "--received", "2026-01-31", "--ground", "sante", "--proof"])
        == 0
    )
    out = capsys.readouterr().out
    assert "Fin du préavis : 28/02/2026 (1 mois)" in out
    assert "Avec le justificatif" not in out


def test_cli_end_date_json(capsys):
    assert (
        main(["notice", "end-date", "--received", "2027-11-30", "--ground", "MUTATION", "--json"])
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["end_date"] == "2028-02-29"
    assert data["end_date_if_proof"] == "2027-12-30"
    assert data["applied_months"] == 3 and data["duration"] == "3_MOIS"
    assert data["ground"] == "MUTATION" and data["proof_received"] is False
    assert data["explanation"][0] == "Congé reçu le 30/11/2027"


def test_cli_accepts_french_dates(capsys):
    assert main(["notice", "end-date", "--received", "31/01/2026"]) == 0
    assert "30/04/2026" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv, expected",
    [
        (["--received", "2026-02-30"], "Date invalide : « 2026-02-30 »"),
        ([], "--received : Cette option est obligatoire"),
        (["--received", "2026-01-31", "--ground", "vacances"], "Motif inconnu"),
        (["--received", "2026-01-31", "--departure", "2026-01-01"], "antérieure à la réception"),
        (["--received", "2019-01-31"], "Aucune règle de préavis"),
    ],
)
def test_cli_end_date_errors(capsys, argv, expected):
    assert main(["notice", "end-date", *argv]) == 2
    captured = capsys.readouterr()
    assert expected in captured.err
    assert captured.out == ""


def test_cli_proof_received_date_gives_the_reduced_notice(capsys):
    from desktop.cli import main

    assert (
        main(
            [
                "notice",
                "end-date",
                "--received",
                "2026-01-31",
                "--ground",
                "SANTE",
                "--proof-received",
                "2026-01-31",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "Fin du préavis : 28/02/2026 (1 mois)" in out
    assert "Justificatif reçu le 31/01/2026" in out
    assert (
        main(
            [
                "notice",
                "end-date",
                "--received",
                "2026-01-31",
                "--ground",
                "SANTE",
                "--proof-received",
                "31/02/2026",
            ]
        )
        == 2
    )


def test_the_version_in_force_since_loi_2020_936():
    assert rules_for(D(2020, 8, 1)) is NOTICE_RULES[0]
    with pytest.raises(ValidationError) as info:
        rules_for(D(2020, 7, 31))
    assert str(info.value.fields["date"]) == (
        "Aucune règle de préavis n'est configurée pour le 31/07/2020."
    )
    # Art. 22: up to 20 % of the deposit held until the yearly charges closing.
    assert RULES.deposit_withheld_max_rate == Decimal("0.20")


def test_requested_departure_on_the_boundaries():
    # On the day the notice is received: accepted (the notice still runs 3 months).
    same_day = compute_notice_end(
        D(2026, 1, 31), None, False, RULES, requested_departure=D(2026, 1, 31)
    )
    assert same_day.end_date == D(2026, 4, 30)
    assert any("restent dus" in s for s in same_day.explanation())
    # On the last day of the notice: nothing to say, the notice ends that day.
    on_end = compute_notice_end(
        D(2026, 1, 31), None, False, RULES, requested_departure=D(2026, 4, 30)
    )
    assert on_end.end_date == D(2026, 4, 30)
    assert not any("Départ" in s for s in on_end.explanation())
    # The day after: the requested date is the end.
    after = compute_notice_end(
        D(2026, 1, 31), None, False, RULES, requested_departure=D(2026, 5, 1)
    )
    assert after.end_date == D(2026, 5, 1)


def test_roll_forward_outside_alsace_moselle_by_default():
    rules = replace(RULES, roll_forward_non_working=True)
    # 3 March + 1 month = Good Friday 2026: a working day unless Alsace-Moselle is said.
    assert compute_notice_end(D(2026, 3, 3), G.ZONE_TENDUE, False, rules).end_date == D(2026, 4, 3)


def test_zone_tendue_gives_one_month_whatever_ground_and_no_second_date():
    from desktop.domain.notice import ReducedNoticeGround, compute_notice_end

    result = compute_notice_end(
        dt.date(2026, 11, 25),
        ReducedNoticeGround.MUTATION,
        False,
        requested_departure=dt.date(2027, 1, 10),
        zone_tendue=True,
    )
    assert result.applied_months == 1 and result.end_date == dt.date(2027, 1, 10)
    assert result.end_date_if_proof is None
    steps = result.explanation()
    assert "zone tendue" in steps[1] and "sans justificatif" in steps[1]
    assert steps[-1] == "Fin du préavis : 10/01/2027"


def test_proof_pending_the_other_date_is_one_step_after_the_end():
    from desktop.domain.notice import ReducedNoticeGround, compute_notice_end

    result = compute_notice_end(
        dt.date(2026, 11, 25),
        ReducedNoticeGround.MUTATION,
        False,
        requested_departure=dt.date(2027, 1, 10),
    )
    assert result.applied_months == 3 and result.end_date == dt.date(2027, 2, 25)
    assert result.end_date_if_proof == dt.date(2027, 1, 10)
    steps = result.explanation()
    end_step = steps.index("Fin du préavis : 25/02/2027")
    # nothing before the end speaks of the 1-month notice
    assert not any("1 mois" in s for s in steps[: end_step + 1])
    assert steps[end_step + 1].startswith("Si le justificatif est fourni et accepté")
    assert "25/12/2026" in steps[end_step + 1] and "10/01/2027" in steps[end_step + 1]


def test_a_notice_received_in_year_9999_is_refused_not_overflowed():
    from desktop.domain.errors import ValidationError
    from desktop.domain.notice import ReducedNoticeGround, compute_notice_end

    with pytest.raises(ValidationError) as err:
        compute_notice_end(dt.date(9999, 12, 31), ReducedNoticeGround.AUCUN, False)
    assert str(err.value.fields["received_on"]).startswith("Date non plausible : 31/12/9999")
