"""Pure rules of payment-deferral agreements: terms, protocole limits, allocation of
payments, breach rule and follow-ups, arrears figures."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.errors import ValidationError
from desktop.domain.plans import (
    AidBody,
    BreachRule,
    FollowUpKind,
    LineState,
    PaymentLine,
    PlanTerms,
    adjust_last,
    allocate,
    breach_follow_ups,
    breach_reasons,
    ccapex_due,
    check_schedule,
    check_summons,
    check_transition,
    is_aid_arrears,
    months_of_debt,
    new_lease_due,
    next_action,
    normalise_terms,
    rent_due_dates,
    schedule_for,
    validate_avenant,
    validate_terms,
)
from desktop.domain.schedule import Instalment, PaymentPlanType, PlanStatus, build_schedule

D = dt.date
E = Decimal


def terms(**overrides) -> PlanTerms:
    t = PlanTerms(
        plan_type=PaymentPlanType.PLAN_APUREMENT, debt=E("1200.00"), debt_on=D(2026, 1, 2),
        current_rent=E("400.00"), current_charges=E("100.00"), start_on=D(2026, 1, 5), months=6,
    )
    for key, value in overrides.items():
        setattr(t, key, value)
    return normalise_terms(t)


def protocol(**overrides) -> PlanTerms:
    values = dict(plan_type=PaymentPlanType.PROTOCOLE_L442_6_5, judgment_on=D(2025, 11, 20),
                  end_on=D(2027, 1, 4), aid_body=AidBody.CAF, aid_reference="1234567",
                  months=24)
    values.update(overrides)
    return terms(**values)


def fields(exc: pytest.ExceptionInfo) -> dict[str, str]:
    return {k: str(v) for k, v in exc.value.fields.items()}


# --- terms -----------------------------------------------------------------------

def test_valid_terms_and_their_schedule():
    t = terms()
    validate_terms(t)
    schedule = schedule_for(t)
    assert [str(i.amount) for i in schedule] == ["200.00"] * 6
    assert check_schedule(t, schedule) == []


def test_breach_rule_needs_a_rule_and_rent_in_payments():
    with pytest.raises(ValidationError) as exc:
        validate_terms(terms(breach_missed=0, breach_rent_unpaid=False))
    assert "au moins une règle" in fields(exc)["breach_missed"]
    with pytest.raises(ValidationError) as exc:
        validate_terms(terms(breach_rent_unpaid=True, payments_cover_rent=False, grace_days=90))
    got = fields(exc)
    assert "loyer courant" in got["breach_rent_unpaid"]
    assert got["grace_days"] == "Le délai de tolérance doit être compris entre 0 et 60 jours."


def test_debt_statement_after_start_is_refused():
    with pytest.raises(ValidationError) as exc:
        validate_terms(terms(debt_on=D(2026, 2, 1)))
    assert fields(exc)["debt_on"] == (
        "La dette doit être arrêtée au plus tard à la date de début du plan (05/01/2026).")


def test_fields_that_do_not_apply_are_cleared():
    t = terms(judgment_on=D(2025, 1, 1), end_on=D(2027, 1, 1), fsl=False, fsl_amount=E("100.00"),
              aid_body=AidBody.NONE, aid_reference="x")
    assert (t.judgment_on, t.end_on, t.fsl_amount, t.aid_reference) == (None, None, None, "")


# --- protocole ----------------------------------------------------------------------

def test_protocol_needs_judgment_aid_and_at_most_two_years():
    validate_terms(protocol())
    with pytest.raises(ValidationError) as exc:
        validate_terms(protocol(judgment_on=None, aid_body=AidBody.NONE, end_on=D(2028, 1, 5),
                                new_lease_months=4))
    got = fields(exc)
    assert "jugement" in got["judgment_on"]
    assert "CAF ou la MSA" in got["aid_body"]
    assert got["end_on"] == "Un protocole dure au plus 2 ans : fin le 04/01/2028 au plus tard."
    assert got["new_lease_months"] == "Le nouveau bail doit être signé dans un délai de 1 à 3 mois."
    with pytest.raises(ValidationError) as exc:
        validate_terms(protocol(judgment_on=D(2026, 2, 1)))
    assert fields(exc)["judgment_on"] == "Le jugement doit précéder le début du protocole (05/01/2026)."


def test_protocol_default_new_lease_delay_is_three_months():
    assert protocol().new_lease_months == 3
    assert new_lease_due(D(2027, 1, 4), 3) == D(2027, 4, 4)
    assert new_lease_due(D(2026, 11, 30), 3) == D(2027, 2, 28)


def test_protocol_schedule_must_end_with_the_protocol():
    t = protocol(end_on=D(2026, 12, 31), months=24)
    problems = check_schedule(t, schedule_for(t))
    assert [str(p) for p in problems] == [
        "La dernière échéance (05/12/2027) tombe après la fin du protocole (31/12/2026)."]


def test_protocol_without_debt_has_no_schedule():
    t = protocol(debt=E("0.00"), months=None)
    validate_terms(t)
    assert schedule_for(t) == []
    assert check_schedule(t, []) == []
    dates = rent_due_dates([], t.start_on, t.end_on, None)
    assert (dates[0], dates[-1], len(dates)) == (D(2026, 1, 5), D(2026, 12, 5), 12)


def test_avenant_extends_by_three_years_at_most():
    validate_avenant(D(2027, 1, 4), D(2030, 1, 4), D(2026, 12, 1))
    with pytest.raises(ValidationError) as exc:
        validate_avenant(D(2027, 1, 4), D(2030, 1, 5), None)
    got = fields(exc)
    assert got["avenant_end_on"] == (
        "Un avenant prolonge le protocole de 3 ans au plus : fin le 04/01/2030 au plus tard.")
    assert "signature" in got["avenant_signed_on"]


# --- statuses ------------------------------------------------------------------------

@pytest.mark.parametrize("current, new", [
    (PlanStatus.PROJET, PlanStatus.PROPOSE), (PlanStatus.PROPOSE, PlanStatus.SIGNE),
    (PlanStatus.SIGNE, PlanStatus.EN_COURS), (PlanStatus.EN_COURS, PlanStatus.DEFAILLANT),
    (PlanStatus.DEFAILLANT, PlanStatus.CADUC), (PlanStatus.EN_COURS, PlanStatus.SOLDE),
    (PlanStatus.PROPOSE, PlanStatus.ANNULE), (PlanStatus.SOLDE, PlanStatus.RESPECTE),
])
def test_allowed_transitions(current, new):
    check_transition(current, new)


@pytest.mark.parametrize("current, new", [
    (PlanStatus.PROJET, PlanStatus.EN_COURS), (PlanStatus.SOLDE, PlanStatus.EN_COURS),
    (PlanStatus.ANNULE, PlanStatus.PROJET), (PlanStatus.CADUC, PlanStatus.EN_COURS),
])
def test_refused_transitions(current, new):
    with pytest.raises(ValidationError) as exc:
        check_transition(current, new)
    assert str(exc.value.message).startswith(f"Un plan au statut « {current.label} »")


# --- editing the schedule -----------------------------------------------------------

def test_last_instalment_takes_the_difference():
    schedule = build_schedule(E("1200.00"), D(2026, 1, 5), months=6)
    schedule[1] = Instalment(2, schedule[1].due_date, E("150.00"))
    balanced, problem = adjust_last(E("1200.00"), schedule, 1)
    assert problem is None
    assert balanced[-1].amount == E("250.00")
    assert sum(i.amount for i in balanced) == E("1200.00")


def test_unbalanceable_edit_gives_a_clear_message():
    schedule = build_schedule(E("1200.00"), D(2026, 1, 5), months=6)
    schedule[0] = Instalment(1, schedule[0].due_date, E("1100.00"))
    same, problem = adjust_last(E("1200.00"), schedule, 0)
    assert same is schedule
    assert str(problem) == (
        "Impossible d'équilibrer l'échéancier : la dernière échéance deviendrait -700,00\u00a0€. "
        "Réduisez les autres échéances ou ajoutez-en une.")


# --- allocation ---------------------------------------------------------------------

SCHEDULE = build_schedule(E("600.00"), D(2026, 1, 5), months=3)  # 5 Jan, 5 Feb, 5 Mar


def test_payments_cover_current_rent_first_then_oldest_instalment():
    payments = [PaymentLine(D(2026, 1, 4), E("700.00")), PaymentLine(D(2026, 2, 6), E("500.00"))]
    ledger = allocate(SCHEDULE, payments, D(2026, 2, 20), rent=E("500.00"),
                      rent_dates=[i.due_date for i in SCHEDULE], grace_days=10)
    first, second, third = ledger.instalments
    assert (first.state, first.paid, first.paid_on) == (LineState.PAID, E("200.00"), D(2026, 1, 4))
    # February's 500 went to February's rent: the instalment is late, then unpaid.
    assert (second.state, second.paid, second.unpaid) == (LineState.LATE, E("0.00"), True)
    assert third.state == LineState.DUE
    assert [r.paid for r in ledger.rents] == [E("500.00"), E("500.00"), E("0.00")]
    assert ledger.remaining == E("400.00")
    assert ledger.overdue == E("200.00")
    assert ledger.next_due.number == 2


def test_without_rent_everything_goes_to_the_instalments():
    ledger = allocate(SCHEDULE, [PaymentLine(D(2026, 1, 10), E("650.00"))], D(2026, 1, 20))
    assert [i.state for i in ledger.instalments] == [LineState.PAID] * 3
    assert ledger.surplus == E("50.00")
    assert ledger.all_paid and ledger.settled_on == D(2026, 1, 10)
    assert ledger.instalments[0].paid_late


def test_grace_period_before_an_instalment_counts_as_unpaid():
    ledger = allocate(SCHEDULE, [], D(2026, 1, 15), grace_days=10)
    assert ledger.instalments[0].state == LineState.LATE
    assert not ledger.instalments[0].unpaid
    ledger = allocate(SCHEDULE, [], D(2026, 1, 16), grace_days=10)
    assert ledger.instalments[0].unpaid


def test_payments_after_the_reading_day_are_ignored():
    ledger = allocate(SCHEDULE, [PaymentLine(D(2026, 3, 1), E("600.00"))], D(2026, 2, 1))
    assert ledger.paid_total == 0 and ledger.remaining == E("600.00")


amounts = st.integers(min_value=1, max_value=200_000).map(lambda c: Decimal(c).scaleb(-2))


@settings(max_examples=150, deadline=None)
@given(
    debt=st.integers(min_value=100, max_value=1_000_000).map(lambda c: Decimal(c).scaleb(-2)),
    months=st.integers(min_value=1, max_value=24),
    payments=st.lists(st.tuples(st.integers(min_value=0, max_value=800), amounts), max_size=30),
    rent=st.one_of(st.none(), amounts),
    extra=amounts,
)
def test_allocation_conserves_money(debt, months, payments, rent, extra):
    schedule = build_schedule(debt, D(2026, 1, 31), months=months)
    lines = [PaymentLine(D(2026, 1, 1) + dt.timedelta(days=d), a) for d, a in payments]
    on = D(2028, 6, 1)
    dates = [i.due_date for i in schedule]
    ledger = allocate(schedule, lines, on, rent=rent, rent_dates=dates)
    total = sum((p.amount for p in lines), Decimal("0"))
    rents = sum((r.paid for r in ledger.rents), Decimal("0"))
    assert ledger.paid_total == total
    assert ledger.paid_to_plan + rents + ledger.surplus == total
    assert 0 <= ledger.paid_to_plan <= debt
    assert ledger.remaining == debt - ledger.paid_to_plan
    assert all(0 <= i.paid <= i.amount for i in ledger.instalments)
    # Instalments are paid oldest first: a paid one never follows an unpaid one.
    states = [i.paid == i.amount for i in ledger.instalments]
    assert states == sorted(states, reverse=True)
    # One more payment never lowers what the plan received.
    more = allocate(schedule, lines + [PaymentLine(D(2027, 1, 1), extra)], on, rent=rent,
                    rent_dates=dates)
    assert more.paid_to_plan >= ledger.paid_to_plan


# --- breach and follow-ups -----------------------------------------------------------

def test_breach_after_n_unpaid_instalments():
    ledger = allocate(SCHEDULE, [], D(2026, 2, 15), grace_days=10)
    assert breach_reasons(ledger, BreachRule(missed=2, grace_days=10)) == []
    ledger = allocate(SCHEDULE, [], D(2026, 2, 16), grace_days=10)
    reasons = breach_reasons(ledger, BreachRule(missed=2, grace_days=10))
    assert [str(r) for r in reasons] == [
        "2 échéances impayées, la plus ancienne du 05/01/2026 (défaillance à partir de 2)."]


def test_breach_on_unpaid_current_rent():
    payments = [PaymentLine(D(2026, 1, 5), E("200.00"))]
    ledger = allocate(SCHEDULE, payments, D(2026, 1, 20), rent=E("500.00"),
                      rent_dates=[i.due_date for i in SCHEDULE], grace_days=10)
    assert breach_reasons(ledger, BreachRule(missed=0, rent_unpaid=False)) == []
    reasons = breach_reasons(ledger, BreachRule(missed=3, rent_unpaid=True, grace_days=10))
    assert [str(r) for r in reasons] == [
        "Loyer courant impayé (échéance du 05/01/2026, reste dû 300,00\u00a0€)."]


def test_follow_ups_and_their_due_dates():
    specs = breach_follow_ups(D(2026, 3, 10), AidBody.CAF)
    assert [(s.kind, s.due_on) for s in specs] == [
        (FollowUpKind.REMINDER, D(2026, 3, 10)),
        (FollowUpKind.BREACH_NOTICE, D(2026, 3, 25)),
        (FollowUpKind.AID_NOTICE, D(2026, 5, 10)),
        (FollowUpKind.FSL, D(2026, 4, 10)),
        (FollowUpKind.CCAPEX, D(2026, 4, 10)),
    ]
    assert FollowUpKind.AID_NOTICE not in [s.kind for s in breach_follow_ups(D(2026, 3, 10), AidBody.NONE)]
    # A summons planned on 15 May: the CCAPEX must be seized by 15 March.
    assert ccapex_due(D(2026, 3, 10), D(2026, 5, 15)) == D(2026, 3, 15)


def test_summons_at_least_two_months_after_ccapex():
    check_summons(D(2026, 6, 1), D(2026, 4, 1), D(2026, 4, 2))
    with pytest.raises(ValidationError) as exc:
        check_summons(D(2026, 5, 31), D(2026, 4, 1), D(2026, 4, 2))
    assert fields(exc)["summons_on"] == (
        "La CCAPEX a été saisie le 01/04/2026 : l'assignation ne peut intervenir qu'au moins "
        "2 mois après, le 01/06/2026 au plus tôt.")
    with pytest.raises(ValidationError) as exc:
        check_summons(D(2026, 5, 1), None, D(2026, 4, 2))
    assert "sans saisine à ce jour" in fields(exc)["summons_on"]


# --- arrears -----------------------------------------------------------------------------

def test_months_of_debt_and_aid_arrears():
    assert months_of_debt(E("1000.00"), E("400.00"), E("100.00")) == E("2.0")
    assert months_of_debt(E("749.99"), E("400.00"), E("100.00")) == E("1.5")
    assert months_of_debt(E("10.00"), E("0.00"), E("0.00")) is None
    assert is_aid_arrears(E("1000.00"), E("400.00"), E("100.00"))
    assert not is_aid_arrears(E("999.99"), E("400.00"), E("100.00"))


def test_next_action():
    on = D(2026, 4, 1)
    assert str(next_action(E("1200"), E("400"), E("100"), None, on).text) == (
        "Signaler l'impayé à la CAF/MSA (sous 2 mois) et proposer un plan")
    assert str(next_action(E("300"), E("400"), E("100"), None, on).text) == "Proposer un plan d'apurement"
    late = next_action(E("300"), E("400"), E("100"), PlanStatus.EN_COURS, on,
                       next_due_on=D(2026, 3, 5), grace_days=10)
    assert (str(late.text), late.due_on) == ("Relancer : échéance du 05/03/2026 impayée", D(2026, 3, 15))
    follow = next_action(E("300"), E("400"), E("100"), PlanStatus.DEFAILLANT, on,
                         follow_up=FollowUpKind.CCAPEX, follow_up_on=D(2026, 4, 10))
    assert follow.due_on == D(2026, 4, 10) and "CCAPEX" in str(follow.text)


def test_next_check_is_when_time_alone_may_change_the_plan():
    from desktop.domain.plans import next_check_on

    ledger = allocate(SCHEDULE, [], D(2026, 1, 3), grace_days=10)
    assert next_check_on(ledger, 10, started=False) == D(2026, 1, 5)  # it starts
    assert next_check_on(ledger, 10, started=True) == D(2026, 1, 16)  # 1st becomes unpaid
    ledger = allocate(SCHEDULE, [], D(2026, 1, 20), grace_days=10)
    assert next_check_on(ledger, 10, started=True) == D(2026, 2, 16)
    paid = allocate(SCHEDULE, [PaymentLine(D(2026, 1, 2), E("600.00"))], D(2026, 1, 3))
    assert next_check_on(paid, 10, started=True) is None
