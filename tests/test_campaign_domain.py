"""Vigilance campaign rules (desktop.domain.campaign): phone numbers, escalation chain,
the secured rule, reinforced links, script answers, balanced assignment, figures."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from desktop.domain import campaign as cp
from desktop.domain.campaign import (
    Attempt,
    CallOutcome,
    CloseReason,
    ContactPerson,
    Counts,
    GroupRow,
    NextAction,
    Progress,
    QuestionKind,
    ReferralStatus,
    ScriptQuestion,
    TargetState,
)
from desktop.domain.campaign import (
    EscalationStep as S,
)
from desktop.domain.errors import ValidationError

D = dt.date
END = D(2026, 7, 31)
TENANT, RELATIVE, NEIGHBOUR = ContactPerson.TENANT, ContactPerson.RELATIVE, ContactPerson.NEIGHBOUR


@pytest.mark.parametrize(
    "text, expected",
    [
        ("05 56 12 34 56", "05 56 12 34 56"),
        ("0556123456", "05 56 12 34 56"),
        ("06.12.34.56.78", "06 12 34 56 78"),
        ("+33 6 12 34 56 78", "06 12 34 56 78"),
        ("0033612345678", "06 12 34 56 78"),
        ("+262 692 12 34 56", "06 92 12 34 56"),
        ("09 72 11 22 33", "09 72 11 22 33"),
        ("08 00 12 34 56", None),  # free / special-rate service numbers
        ("06 00 00 00 00", None),  # placeholder
        ("05 56 12 34", None),  # too short
        ("3960", None),
        ("", None),
        (None, None),
        ("06 12 34 56 7a", None),
    ],
)
def test_valid_french_phone_numbers(text, expected):
    assert cp.normalise_phone(text) == expected


def test_age_band_keeps_no_birth_date():
    on = D(2026, 6, 15)
    assert cp.age_band(D(1956, 6, 15), on) == "70-74"
    assert cp.age_band(D(1956, 6, 16), on) == "65-69"
    assert cp.age_band(D(1941, 1, 1), on) == "85-89"
    assert cp.age_band(D(1930, 1, 1), on) == "90+"
    assert cp.age_band(None, on) == ""
    assert cp.age_band(D(1990, 1, 1), on) == ""


def test_escalation_chain_for_the_unreachable():
    assert cp.next_step(S.FIRST_CALL) == S.SECOND_CALL
    assert cp.next_step(S.SECOND_CALL) == S.NEIGHBOUR
    assert cp.next_step(S.NEIGHBOUR) == S.POSTAL_VISIT
    assert cp.next_step(S.POSTAL_VISIT) == S.SITE_VISIT
    assert cp.next_step(S.SITE_VISIT) is None
    # A wrong number: calling it again is useless, go to the neighbour.
    assert cp.next_step(S.FIRST_CALL, wrong_number=True) == S.NEIGHBOUR
    # A missed weekly call starts the chain again at the second call.
    assert cp.next_step(S.FOLLOW_UP) == S.SECOND_CALL


def test_secured_rule():
    for person in (TENANT, RELATIVE, NEIGHBOUR):
        assert cp.is_secured(person, need_help=False, help_in_place=False)
        assert cp.is_secured(person, need_help=True, help_in_place=True)
        assert not cp.is_secured(person, need_help=True, help_in_place=False)
    assert not cp.is_secured(None, need_help=False, help_in_place=True)


def _walk(progress, *attempts):
    for a in attempts:
        cp.check_attempt(a, progress, END)
        progress = cp.apply_attempt(progress, a, END)
    return progress


def test_unreachable_walks_the_whole_chain_then_is_flagged():
    p = Progress(next_call_on=D(2026, 7, 1))
    p = _walk(p, Attempt(S.FIRST_CALL, D(2026, 7, 1)))
    assert (p.state, p.step, p.next_call_on) == (
        TargetState.IN_PROGRESS,
        S.SECOND_CALL,
        D(2026, 7, 2),
    )
    assert p.last_outcome == CallOutcome.NOT_REACHED
    p = _walk(p, Attempt(S.SECOND_CALL, D(2026, 7, 2)))
    assert (p.step, p.next_call_on) == (S.NEIGHBOUR, D(2026, 7, 2))  # same day
    p = _walk(p, Attempt(S.NEIGHBOUR, D(2026, 7, 2)))
    assert (p.step, p.next_call_on) == (S.POSTAL_VISIT, D(2026, 7, 3))
    p = _walk(p, Attempt(S.POSTAL_VISIT, D(2026, 7, 3)))
    assert (p.step, p.next_call_on) == (S.SITE_VISIT, D(2026, 7, 4))  # the next day
    p = _walk(p, Attempt(S.SITE_VISIT, D(2026, 7, 4)))
    assert (p.state, p.step, p.next_call_on, p.attempts) == (
        TargetState.UNREACHABLE,
        S.NONE,
        None,
        5,
    )
    assert p.reached_on is None
    # Nothing more can be recorded on it.
    with pytest.raises(ValidationError):
        cp.check_attempt(Attempt(S.FOLLOW_UP, D(2026, 7, 5)), p, END)


def test_an_extra_call_does_not_move_an_escalation_back():
    p = Progress(state=TargetState.IN_PROGRESS, step=S.POSTAL_VISIT, attempts=3)
    p = _walk(p, Attempt(S.FOLLOW_UP, D(2026, 7, 3)))
    assert p.step == S.POSTAL_VISIT


def test_a_call_back_that_reaches_nobody_goes_on_with_the_second_call():
    # Asked to be called back on 10 July; that day nobody answers: second call next day.
    waiting = Progress(
        state=TargetState.IN_PROGRESS, step=S.FOLLOW_UP, attempts=1, next_call_on=D(2026, 7, 10)
    )
    p = _walk(waiting, Attempt(S.FOLLOW_UP, D(2026, 7, 10)))
    assert (p.state, p.step, p.next_call_on) == (
        TargetState.IN_PROGRESS,
        S.SECOND_CALL,
        D(2026, 7, 11),
    )


def test_neighbour_giving_news_secures_the_situation():
    p = Progress(state=TargetState.IN_PROGRESS, step=S.NEIGHBOUR, attempts=2)
    p = _walk(p, Attempt(S.NEIGHBOUR, D(2026, 7, 3), person=NEIGHBOUR))
    assert (p.state, p.secured_on, p.secured_via, p.reached_on) == (
        TargetState.SECURED,
        D(2026, 7, 3),
        NEIGHBOUR,
        D(2026, 7, 3),
    )
    assert p.next_call_on is None and p.step == S.NONE


def test_need_without_help_in_place_is_followed_up_until_help_comes():
    p = _walk(
        Progress(),
        Attempt(
            S.FIRST_CALL, D(2026, 7, 1), person=TENANT, need_help=True, next_action=NextAction.REFER
        ),
    )
    assert p.state == TargetState.IN_PROGRESS and p.last_outcome == CallOutcome.REFERRED
    assert (p.step, p.next_call_on) == (S.FOLLOW_UP, D(2026, 7, 3))
    # The partner confirms help is in place: secured on that day.
    p = cp.apply_help_in_place(p, TENANT, D(2026, 7, 4), END)
    assert (p.state, p.secured_on, p.help_in_place) == (TargetState.SECURED, D(2026, 7, 4), True)


def test_reinforced_link_called_every_week_until_the_end():
    first = D(2026, 7, 6)
    p = _walk(
        Progress(),
        Attempt(S.FIRST_CALL, first, person=TENANT, next_action=NextAction.REINFORCED_LINK),
    )
    assert p.state == TargetState.SECURED and p.reinforced_link
    assert (p.step, p.next_call_on) == (S.FOLLOW_UP, D(2026, 7, 13))
    seen = [p.next_call_on]
    while p.next_call_on is not None:
        p = _walk(p, Attempt(S.FOLLOW_UP, p.next_call_on, person=TENANT))
        seen.append(p.next_call_on)
    assert seen == [D(2026, 7, 13), D(2026, 7, 20), D(2026, 7, 27), None]
    assert cp.weekly_due_dates(first, END) == seen[:-1]
    assert p.state == TargetState.SECURED and p.secured_on == first


def test_missed_weekly_call_loses_secured_until_reached_again():
    p = Progress(
        state=TargetState.SECURED,
        step=S.FOLLOW_UP,
        reinforced_link=True,
        next_call_on=D(2026, 7, 13),
        reached_on=D(2026, 7, 6),
        secured_on=D(2026, 7, 6),
        secured_via=TENANT,
        attempts=1,
    )
    p = _walk(p, Attempt(S.FOLLOW_UP, D(2026, 7, 13)))
    assert (p.state, p.step, p.secured_on) == (TargetState.IN_PROGRESS, S.SECOND_CALL, None)
    p = _walk(p, Attempt(S.SECOND_CALL, D(2026, 7, 14), person=RELATIVE))
    assert (p.state, p.secured_on, p.next_call_on) == (
        TargetState.SECURED,
        D(2026, 7, 14),
        D(2026, 7, 21),
    )


def test_refusal_and_death_close_without_securing():
    p = _walk(
        Progress(),
        Attempt(S.FIRST_CALL, D(2026, 7, 1), person=TENANT, close_reason=CloseReason.REFUSED),
    )
    assert (p.state, p.last_outcome, p.closed_reason) == (
        TargetState.CLOSED,
        CallOutcome.REFUSED,
        CloseReason.REFUSED,
    )
    assert p.reached_on == D(2026, 7, 1) and p.secured_on is None

    def told_by_a_relative(step, day, reason):
        return Attempt(
            step, day, person=RELATIVE, next_action=NextAction.CLOSE, close_reason=reason
        )

    p = _walk(Progress(), told_by_a_relative(S.FIRST_CALL, D(2026, 7, 1), CloseReason.DECEASED))
    assert p.state == TargetState.CLOSED and p.closed_reason == CloseReason.DECEASED
    # Called every week, then gone into a care home: no more weekly call, and no longer
    # counted among the reinforced links.
    weekly = _walk(
        Progress(),
        Attempt(S.FIRST_CALL, D(2026, 7, 6), person=TENANT, next_action=NextAction.REINFORCED_LINK),
    )
    p = _walk(weekly, told_by_a_relative(S.FOLLOW_UP, D(2026, 7, 13), CloseReason.INSTITUTION))
    assert (p.state, p.reinforced_link, p.next_call_on) == (TargetState.CLOSED, False, None)


def test_emergency_is_never_secured_on_the_spot():
    p = _walk(
        Progress(),
        Attempt(S.FIRST_CALL, D(2026, 7, 1), person=TENANT, next_action=NextAction.EMERGENCY),
    )
    assert p.state == TargetState.IN_PROGRESS and p.last_outcome == CallOutcome.EMERGENCY
    assert p.next_call_on == D(2026, 7, 2)


def test_inconsistent_attempts_are_refused_with_french_messages():
    p = Progress()
    cases = [
        (Attempt(S.FIRST_CALL, D(2026, 7, 1), need_help=True), "need_help"),
        (Attempt(S.FIRST_CALL, D(2026, 7, 1), next_action=NextAction.REFER), "next_action"),
        (Attempt(S.FIRST_CALL, D(2026, 7, 1), person=TENANT, wrong_number=True), "wrong_number"),
        (
            Attempt(S.FIRST_CALL, D(2026, 7, 1), person=TENANT, next_action=NextAction.CLOSE),
            "close_reason",
        ),
        (
            Attempt(S.FIRST_CALL, D(2026, 7, 1), person=TENANT, next_action=NextAction.CALL_BACK),
            "next_action_on",
        ),
        (
            Attempt(
                S.FIRST_CALL,
                D(2026, 7, 1),
                person=TENANT,
                next_action=NextAction.CALL_BACK,
                next_action_on=D(2026, 8, 15),
            ),
            "next_action_on",
        ),
    ]
    for attempt, key in cases:
        with pytest.raises(ValidationError) as exc:
            cp.check_attempt(attempt, p, END)
        assert key in exc.value.fields
    err = exc.value.fields["next_action_on"]
    assert "fin prévue" in str(err)


def test_call_back_date_sets_the_next_call():
    p = _walk(
        Progress(),
        Attempt(
            S.FIRST_CALL,
            D(2026, 7, 1),
            person=TENANT,
            next_action=NextAction.CALL_BACK,
            next_action_on=D(2026, 7, 10),
        ),
    )
    assert (p.state, p.step, p.next_call_on) == (TargetState.SECURED, S.FOLLOW_UP, D(2026, 7, 10))
    p = _walk(
        Progress(),
        Attempt(
            S.FIRST_CALL,
            D(2026, 7, 1),
            next_action=NextAction.CALL_BACK,
            next_action_on=D(2026, 7, 1),
        ),
    )
    assert (p.step, p.next_call_on) == (S.SECOND_CALL, D(2026, 7, 1))
    # A call back on the planned end day is still within the campaign; the day after is not.
    last_day = Attempt(
        S.FIRST_CALL,
        D(2026, 7, 1),
        person=TENANT,
        next_action=NextAction.CALL_BACK,
        next_action_on=END,
    )
    assert _walk(Progress(), last_day).next_call_on == END
    with pytest.raises(ValidationError) as exc:
        cp.check_attempt(
            replace(last_day, next_action_on=END + dt.timedelta(days=1)), Progress(), END
        )
    assert "next_action_on" in exc.value.fields


# --------------------------------------------------------------------------- script


def test_default_script_has_the_five_questions():
    codes = [q.code for q in cp.default_script()]
    assert codes == ["SANTE", "COURSES_REPAS", "ENTOURAGE", "MESURES", "BESOIN_AIDE"]
    cp.validate_script(cp.default_script())
    assert cp.script_from_json(cp.script_to_json(cp.DEFAULT_SCRIPT)) == list(cp.DEFAULT_SCRIPT)


def full_answers(**overrides):
    answers = {
        "SANTE": "BIEN",
        "COURSES_REPAS": "AUTONOME",
        "ENTOURAGE": "QUOTIDIEN",
        "MESURES": "CONNUES",
        "BESOIN_AIDE": ["AUCUN"],
    }
    answers.update(overrides)
    return answers


def test_answers_are_checked_against_the_script():
    script = cp.default_script()
    assert cp.validate_answers(script, full_answers(), TENANT)["BESOIN_AIDE"] == ["AUCUN"]
    # Script order, duplicates dropped.
    clean = cp.validate_answers(
        script, full_answers(BESOIN_AIDE=["REPAS", "COURSES", "REPAS"]), TENANT
    )
    assert clean["BESOIN_AIDE"] == ["COURSES", "REPAS"]
    with pytest.raises(ValidationError) as exc:
        cp.validate_answers(script, full_answers(SANTE="EXCELLENT"), TENANT)
    assert "Réponse inconnue « EXCELLENT »" in str(exc.value.fields["answers.SANTE"])
    with pytest.raises(ValidationError) as exc:
        cp.validate_answers(script, full_answers(BESOIN_AIDE=["AUCUN", "REPAS"]), TENANT)
    assert "answers.BESOIN_AIDE" in exc.value.fields
    with pytest.raises(ValidationError) as exc:
        cp.validate_answers(script, {"SANTE": "BIEN", "AGE": "80"}, TENANT)
    assert "answers.AGE" in exc.value.fields and "answers.MESURES" in exc.value.fields
    # A neighbour tells what he knows; nobody reached: no answers at all.
    assert cp.validate_answers(script, {"SANTE": "BIEN"}, NEIGHBOUR) == {"SANTE": "BIEN"}
    with pytest.raises(ValidationError):
        cp.validate_answers(script, {"SANTE": "BIEN"}, None)
    # Nobody reached, nothing typed (blank answers dropped): no answers recorded.
    assert cp.validate_answers(script, {"SANTE": "", "BESOIN_AIDE": []}, None) == {}


def test_need_of_help_read_from_the_answers():
    script = cp.default_script()
    assert cp.need_from_answers(script, full_answers()) is False
    assert cp.need_from_answers(script, full_answers(BESOIN_AIDE=["ECOUTE"])) is True
    assert cp.need_from_answers(script, full_answers(COURSES_REPAS="DIFFICILE")) is True
    assert cp.need_from_answers(script, {"SANTE": "BIEN"}) is None


def test_needs_told_by_a_custom_script():
    # A heat-wave script: a « none » option tells that nothing is needed, another answer
    # that something is; a list with no « none » option (equipment) tells nothing.
    needs = ScriptQuestion(
        "CHALEUR",
        "Besoins face à la chaleur",
        (("AUCUN", "Aucun"), ("EAU", "Eau"), ("VENTILATEUR", "Ventilateur")),
        kind=QuestionKind.MULTIPLE,
        none_option="AUCUN",
    )
    equipment = ScriptQuestion(
        "EQUIPEMENT",
        "Équipement du logement",
        (("VOLETS", "Volets"), ("CLIM", "Climatisation")),
        kind=QuestionKind.MULTIPLE,
    )
    script = [needs, equipment]
    cp.validate_script(script)
    assert cp.need_from_answers(script, {"CHALEUR": ["AUCUN"], "EQUIPEMENT": ["CLIM"]}) is False
    assert cp.need_from_answers(script, {"CHALEUR": ["EAU"]}) is True
    assert cp.need_from_answers(script, {"EQUIPEMENT": ["VOLETS", "CLIM"]}) is None
    # The standard help question kept without its « Aucun »: a ticked help is a need.
    help_only = ScriptQuestion(
        "BESOIN_AIDE",
        "Besoin d'aide",
        (("REPAS", "Repas"), ("COURSES", "Courses")),
        kind=QuestionKind.MULTIPLE,
    )
    assert cp.need_from_answers([help_only], {"BESOIN_AIDE": ["REPAS"]}) is True


def test_answer_codes_must_be_distinct_and_well_formed():
    # Each fault alone is refused: two answers under one code, a code with a space.
    for options in (
        (("OUI", "Oui"), ("OUI", "Oui, souvent")),
        (("OUI", "Oui"), ("NON MERCI", "Non")),
    ):
        with pytest.raises(ValidationError) as exc:
            cp.validate_script([ScriptQuestion("EAU", "Eau ?", options)])
        assert str(exc.value.fields["script.1.options"]) == (
            "Codes de réponse invalides ou en double."
        )


def test_custom_script_validation():
    ok = ScriptQuestion("CANICULE", "Logement trop chaud ?", (("OUI", "Oui"), ("NON", "Non")))
    cp.validate_script([ok])
    with pytest.raises(ValidationError) as exc:
        cp.validate_script([ok, ok, ScriptQuestion("bad code", "", (("A", "a"),))])
    assert set(exc.value.fields) >= {
        "script.2.code",
        "script.3.code",
        "script.3.label",
        "script.3.options",
    }
    with pytest.raises(ValidationError):
        cp.validate_script([])


def test_medical_free_text_is_warned_about():
    assert cp.note_warnings("Sa fille passe tous les jours.") == []
    warnings = cp.note_warnings("Traitement pour le Diabète, voit son médecin")
    assert len(warnings) == 1 and "diabète" in str(warnings[0])


def test_campaign_terms_validation():
    terms = cp.CampaignTerms(
        name="  Canicule   2026 ",
        query_name="Plus de 70 ans",
        start_on=D(2026, 7, 1),
        planned_end_on=D(2026, 8, 31),
    )
    terms = cp.normalise_terms(terms)
    assert terms.name == "Canicule 2026"
    cp.validate_terms(terms)
    bad = cp.CampaignTerms(
        name="", query_name="", start_on=D(2026, 7, 1), planned_end_on=D(2026, 6, 1), min_age=40
    )
    with pytest.raises(ValidationError) as exc:
        cp.validate_terms(bad)
    assert set(exc.value.fields) == {"name", "query_name", "planned_end_on", "min_age"}
    # A new campaign calls everyone over 70, isolated or not, disabled or not; its purpose
    # may take several lines.
    assert (terms.min_age, terms.isolated_only, terms.disability_only) == (70, False, False)
    cp.validate_terms(replace(terms, purpose="Vigilance canicule.\nAppels jusqu'au 31 août."))


# --------------------------------------------------------------------------- assignment


def test_balanced_assignment_prefers_the_target_agency():
    targets = [(i, 1) for i in range(1, 61)] + [(i, 2) for i in range(61, 81)]
    callers = [(100, 1), (101, 1), (200, 2), (201, 2)]
    plan = cp.balance_assignment(targets, callers)
    assert len(plan) == 80
    loads = {uid: list(plan.values()).count(uid) for uid, _a in callers}
    assert sorted(loads.values()) == [20, 20, 20, 20]
    # Agency 2 callers got every agency-2 target before taking agency-1 overflow.
    assert all(plan[i] in (200, 201) for i in range(61, 81))


def test_assignment_counts_the_load_already_carried():
    plan = cp.balance_assignment(
        [(i, 1) for i in range(10)], [(1, 1), (2, None)], loads={1: 6, 2: 0}
    )
    counts = {uid: list(plan.values()).count(uid) for uid in (1, 2)}
    assert counts == {1: 2, 2: 8}
    # A caller who joins and carries nothing yet (absent from the loads) takes his share.
    plan = cp.balance_assignment([(i, None) for i in range(4)], [(1, None), (2, None)], {1: 2})
    assert sorted(plan.values()) == [1, 2, 2, 2]
    # The same targets read in another order: the same plan, target by target.
    targets = [(i, 1) for i in range(6)]
    callers = [(1, 1), (2, 1)]
    plan = cp.balance_assignment(targets, callers)
    assert plan == {0: 1, 1: 2, 2: 1, 3: 2, 4: 1, 5: 2}
    assert cp.balance_assignment(targets[::-1], callers) == plan
    assert cp.balance_assignment([(1, 1)], []) == {}


# --------------------------------------------------------------------------- figures


def test_figures_from_aggregated_rows_and_their_json():
    rows = [
        GroupRow(10, 1, Counts(targets=100, called=90, reached=80, secured=70, attempts=150)),
        GroupRow(11, 1, Counts(targets=50, called=50, reached=40, secured=30, attempts=70)),
        GroupRow(11, 2, Counts(targets=30, called=20, reached=10, secured=5, attempts=25)),
        GroupRow(None, 2, Counts(targets=3)),
    ]
    f = cp.build_figures(
        rows,
        [("CCAS", "TRANSMISE", 4), ("CCAS", "CLOSE", 2), ("MAIRIE", "A_TRANSMETTRE", 1)],
        [("APPEL", 160, 120), ("VOISIN", 7, 3)],
        [("RAPPEL", 9)],
        [(D(2026, 7, 1), 50), (D(2026, 7, 3), 20), (D(2026, 7, 8), 35)],
        {10: "Alice", 11: "Bruno"},
        {1: "BXN", 2: "MER"},
        [("JOINT_OK", 100)],
    )
    assert f.total.targets == 183 and f.total.secured == 105 and f.total.attempts == 245
    assert f.total.secured_pct == Decimal("57.4")
    assert [(g.label, g.counts.targets) for g in f.by_caller] == [
        ("Alice", 100),
        ("Bruno", 80),
        ("(non attribuées)", 3),
    ]
    assert [(g.label, g.counts.secured) for g in f.by_agency] == [("BXN", 100), ("MER", 5)]
    assert f.referral_count == 7
    assert f.referrals_by_type() == {cp.PartnerType.CCAS: 6, cp.PartnerType.TOWN_HALL: 1}
    assert f.referrals_by_status()[ReferralStatus.SENT] == 4
    steps = {s.step: s for s in f.steps}
    assert (steps[S.FIRST_CALL].attempts, steps[S.FIRST_CALL].reached) == (160, 120)
    assert steps[S.SECOND_CALL].pending == 9
    assert f.secured_by_week == [(D(2026, 6, 29), 70, 70), (D(2026, 7, 6), 35, 105)]
    assert cp.figures_from_json(cp.figures_to_json(f)) == f


def test_percent():
    assert cp.percent(1, 3) == Decimal("33.3")
    assert cp.percent(2, 3) == Decimal("66.7")
    assert cp.percent(0, 0) == Decimal("0.0")


def test_labels_are_french_and_codes_parse():
    assert TargetState.SECURED.label == "Situation sécurisée"
    assert cp.PartnerType.parse("ccas") == cp.PartnerType.CCAS
    assert cp.PartnerType.parse("Mairie") == cp.PartnerType.TOWN_HALL
    with pytest.raises(ValueError):
        cp.PartnerType.parse("préfecture")
    for enum_type in (
        cp.CampaignStatus,
        TargetState,
        S,
        CallOutcome,
        ContactPerson,
        NextAction,
        CloseReason,
        cp.PartnerType,
        ReferralStatus,
        cp.PurgeMode,
    ):
        for member in enum_type:
            assert member.label


def test_campaign_terms_at_their_limits():
    def terms(**kw):
        values = dict(
            name="Canicule",
            query_name="Plus de 70 ans",
            start_on=D(2026, 7, 1),
            planned_end_on=D(2026, 7, 1),
        )
        values.update(kw)
        return cp.CampaignTerms(**values)

    cp.validate_terms(terms(name="x" * 120, min_age=60))  # one-day campaign, youngest age
    cp.validate_terms(terms(min_age=100, planned_end_on=D(2027, 7, 2)))  # 366 days
    for bad, field in (
        (dict(name="x" * 121), "name"),
        (dict(min_age=59), "min_age"),
        (dict(min_age=101), "min_age"),
        (dict(purpose="x" * 2001), "purpose"),
        (dict(planned_end_on=D(2027, 7, 3)), "planned_end_on"),
    ):
        with pytest.raises(ValidationError) as exc:
            cp.validate_terms(terms(**bad))
        assert set(exc.value.fields) == {field}


def test_codes_parse_by_code_name_or_label():
    assert cp.PartnerType.parse(" samu_15 ") is cp.PartnerType.EMERGENCY  # stored code
    assert cp.PartnerType.parse("emergency") is cp.PartnerType.EMERGENCY  # member name
    assert cp.PartnerType.parse(cp.PartnerType.CCAS) is cp.PartnerType.CCAS
    with pytest.raises(ValueError):
        cp.PartnerType.parse("")
    with pytest.raises(ValueError):
        cp.PartnerType.parse(None)


def test_weekly_calls_stop_at_the_planned_end():
    assert cp.next_weekly_call(D(2026, 7, 24), D(2026, 7, 31)) == D(2026, 7, 31)  # last day
    assert cp.next_weekly_call(D(2026, 7, 25), D(2026, 7, 31)) is None
    assert cp.weekly_due_dates(D(2026, 7, 3), D(2026, 7, 31)) == [
        D(2026, 7, 10),
        D(2026, 7, 17),
        D(2026, 7, 24),
        D(2026, 7, 31),
    ]


def test_script_questions_round_trip_and_option_limits():
    q = ScriptQuestion("EAU", "A-t-il de l'eau ?", (("OUI", "Oui"), ("NON", "Non")), required=False)
    assert ScriptQuestion.from_json(q.to_json()) == q
    data = q.to_json()
    del data["required"], data["kind"], data["none_option"]
    assert ScriptQuestion.from_json(data).required is True  # the default: must be answered
    long_label = ScriptQuestion("EAU", "Eau ?", (("OUI", "x" * 120), ("NON", "Non")))
    cp.validate_script([long_label])
    for options in ((("OUI", "x" * 121), ("NON", "Non")), (("OUI", " "), ("NON", "Non"))):
        with pytest.raises(ValidationError) as exc:
            cp.validate_script([ScriptQuestion("EAU", "Eau ?", options)])
        assert str(exc.value.fields["script.1.options"]) == (
            "Libellé de réponse : 1 à 120 caractères."
        )


def test_empty_counts_and_the_percentages_of_a_group():
    assert Counts().as_tuple() == (0,) * 9  # a group without any target counts nothing
    c = Counts(targets=8, called=6, reached=4, secured=2)
    assert (c.called_pct, c.reached_pct, c.secured_pct) == (
        Decimal("75.0"),
        Decimal("50.0"),
        Decimal("25.0"),
    )


def test_figures_order_homonymous_callers_by_id_and_count_steps_without_rows_as_zero():
    rows = [
        GroupRow(22, 1, Counts(targets=2)),
        GroupRow(21, 1, Counts(targets=1)),
        GroupRow(None, 1, Counts(targets=5)),
    ]
    f = cp.build_figures(rows, [], [], [], [], {21: "Martin", 22: "Martin"}, {1: "BXN"})
    assert [(g.key, g.counts.targets) for g in f.by_caller] == [(21, 1), (22, 2), (None, 5)]
    assert all((s.attempts, s.reached, s.pending) == (0, 0, 0) for s in f.steps)
    assert [s.step for s in f.steps] == [*cp.CHAIN, S.FOLLOW_UP]


def test_figures_and_their_parts_cannot_be_changed_once_built():
    import dataclasses

    f = cp.build_figures(
        [GroupRow(1, 1, Counts(targets=1))], [], [("APPEL", 1, 1)], [], [], {1: "A"}, {1: "B"}
    )
    for frozen, name in (
        (f, "total"),
        (f.total, "targets"),
        (f.by_caller[0], "label"),
        (f.steps[0], "attempts"),
        (GroupRow(1, 1, Counts()), "agency_id"),
    ):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(frozen, name, None)


def test_a_new_target_has_no_reinforced_link_and_no_known_need():
    p = Progress()
    assert (p.state, p.step, p.attempts) == (TargetState.TO_CALL, S.FIRST_CALL, 0)
    assert (p.reinforced_link, p.need_help, p.help_in_place) == (False, False, False)


@pytest.mark.parametrize(
    "need_help, help_in_place, expected",
    [
        (True, False, CallOutcome.REACHED_NEED),
        (True, True, CallOutcome.REACHED_OK),
        (False, False, CallOutcome.REACHED_OK),
    ],
)
def test_outcome_of_someone_reached_says_whether_a_need_is_left(need_help, help_in_place, expected):
    attempt = Attempt(
        S.FIRST_CALL, D(2026, 7, 1), person=TENANT, need_help=need_help, help_in_place=help_in_place
    )
    assert cp.outcome_of(attempt) == expected


def test_help_in_place_secures_only_an_open_target_whose_person_was_reached():
    open_with_need = Progress(state=TargetState.IN_PROGRESS, need_help=True)
    # Nobody reached (a postal worker found no one): help noted, not secured.
    p = cp.apply_help_in_place(open_with_need, None, D(2026, 7, 4), END)
    assert (p.state, p.help_in_place, p.secured_on) == (TargetState.IN_PROGRESS, True, None)
    # A closed target stays closed.
    closed = replace(open_with_need, state=TargetState.CLOSED)
    p = cp.apply_help_in_place(closed, TENANT, D(2026, 7, 4), END)
    assert (p.state, p.help_in_place) == (TargetState.CLOSED, True)
    # Reached and reinforced: secured, and called again a week later.
    reinforced = replace(open_with_need, reinforced_link=True)
    p = cp.apply_help_in_place(reinforced, RELATIVE, D(2026, 7, 4), END)
    assert (p.state, p.secured_via, p.step, p.next_call_on) == (
        TargetState.SECURED,
        RELATIVE,
        S.FOLLOW_UP,
        D(2026, 7, 11),
    )
    p = cp.apply_help_in_place(open_with_need, TENANT, D(2026, 7, 4), END)
    assert (p.state, p.step, p.next_call_on) == (TargetState.SECURED, S.NONE, None)


def test_reinforced_link_switched_on_and_off_on_a_secured_target():
    secured = Progress(state=TargetState.SECURED, step=S.NONE, secured_on=D(2026, 7, 2))
    assert cp.set_reinforced(secured, False, D(2026, 7, 2), END) is secured  # no change
    on = cp.set_reinforced(secured, True, D(2026, 7, 2), END)
    assert (on.reinforced_link, on.step, on.next_call_on) == (True, S.FOLLOW_UP, D(2026, 7, 9))
    late = cp.set_reinforced(secured, True, D(2026, 7, 28), END)  # a week later is past the end
    assert (late.step, late.next_call_on) == (S.NONE, None)
    off = cp.set_reinforced(on, False, D(2026, 7, 5), END)
    assert (off.reinforced_link, off.step, off.next_call_on) == (False, S.NONE, None)
    # An open target only takes the flag: its calls go on as they were.
    open_target = Progress(state=TargetState.IN_PROGRESS, step=S.SECOND_CALL)
    p = cp.set_reinforced(open_target, True, D(2026, 7, 2), END)
    assert (p.reinforced_link, p.step, p.next_call_on) == (True, S.SECOND_CALL, None)


def test_age_band_at_ninety_and_codes_read_by_their_french_label():
    on = D(2026, 6, 15)
    assert cp.age_band(D(1936, 6, 15), on) == "90+"  # 90 today
    assert cp.age_band(D(1936, 6, 16), on) == "85-89"
    assert cp.age_band(D(1966, 6, 15), on) == "60-64"  # 60 today: the first band
    assert cp.age_band(D(1966, 6, 16), on) == ""  # 59: no band kept
    status = cp.CampaignStatus.RUNNING
    assert cp.CampaignStatus.parse(status.label.upper()) is status  # typed as shown


def test_script_limits_at_their_boundaries():
    # The limits the screen announces: 200 characters a question, 12 answers.
    options = tuple((f"R{i}", f"Réponse {i}") for i in range(12))
    longest = ScriptQuestion("LONG", "x" * 200, options)
    cp.validate_script([longest])
    too_long = replace(longest, label="x" * 201)
    too_many = replace(longest, options=(*options, ("TROP", "Une de trop")))
    for question, key in ((too_long, "script.1.label"), (too_many, "script.1.options")):
        with pytest.raises(ValidationError) as err:
            cp.validate_script([question])
        assert key in err.value.fields


def test_referral_moves_only_along_its_workflow():
    cp.check_referral_transition(ReferralStatus.TO_SEND, ReferralStatus.SENT)
    with pytest.raises(ValidationError):
        cp.check_referral_transition(ReferralStatus.CLOSED, ReferralStatus.SENT)


def test_a_script_holds_twenty_questions():
    def question(i):
        return ScriptQuestion(f"Q{i}", f"Question {i} ?", (("OUI", "Oui"), ("NON", "Non")))

    cp.validate_script([question(i) for i in range(20)])
    with pytest.raises(ValidationError) as err:
        cp.validate_script([question(i) for i in range(21)])
    assert str(err.value.fields["script"]) == "20 questions au plus."


def test_campaign_counts_agree_at_0_1_and_several():
    """The counts the campaign screens and command line say: no « fiche(s) »."""
    from desktop.domain.campaign import counts

    said = {
        counts.targets_counted: ("aucune fiche", "1 fiche", "3 fiches"),
        counts.call_sheets_counted: ("aucune fiche d'appel", "1 fiche d'appel", "3 fiches d'appel"),
        counts.assigned_counted: (
            "aucune fiche attribuée",
            "1 fiche attribuée",
            "3 fiches attribuées",
        ),
        counts.to_handle_counted: (
            "aucune fiche à traiter",
            "1 fiche à traiter",
            "3 fiches à traiter",
        ),
        counts.to_call_counted: (
            "aucune personne à appeler",
            "1 personne à appeler",
            "3 personnes à appeler",
        ),
        counts.calls_counted: ("aucun appel", "1 appel", "3 appels"),
        counts.notes_counted: ("aucune note", "1 note", "3 notes"),
        counts.referrals_counted: ("aucune orientation", "1 orientation", "3 orientations"),
        counts.households_counted: ("aucun ménage", "1 ménage", "3 ménages"),
        counts.callers_counted: ("aucun appelant", "1 appelant", "3 appelants"),
    }
    for form, texts in said.items():
        assert tuple(str(form(n)) for n in (0, 1, 3)) == texts
