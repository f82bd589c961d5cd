"""Pure rules of payment-deferral agreements: terms, protocole limits, allocation of
payments, breach rule and follow-ups, arrears figures."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.errors import ValidationError
from desktop.domain.plans import (
    AidBody,
    BreachRule,
    Contribution,
    Contributor,
    FollowUpKind,
    LineState,
    PaymentLine,
    PlanTerms,
    Withdrawal,
    adjust_last,
    allocate,
    breach_follow_ups,
    breach_reasons,
    ccapex_due,
    check_schedule,
    check_summons,
    check_transition,
    contribution_warning,
    contributions,
    is_aid_arrears,
    months_of_debt,
    new_lease_due,
    next_action,
    next_check_on,
    normalise_terms,
    promised_contributions,
    rent_due_dates,
    renumber,
    schedule_for,
    validate_avenant,
    validate_terms,
)
from desktop.domain.schedule import Instalment, PaymentPlanType, PlanStatus, build_schedule

D = dt.date
E = Decimal


def terms(**overrides) -> PlanTerms:
    t = PlanTerms(
        plan_type=PaymentPlanType.PLAN_APUREMENT,
        debt=E("1200.00"),
        debt_on=D(2026, 1, 2),
        current_rent=E("400.00"),
        current_charges=E("100.00"),
        start_on=D(2026, 1, 5),
        months=6,
    )
    for key, value in overrides.items():
        setattr(t, key, value)
    return normalise_terms(t)


def protocol(**overrides) -> PlanTerms:
    values = dict(
        plan_type=PaymentPlanType.PROTOCOLE_L442_6_5,
        judgment_on=D(2025, 11, 20),
        end_on=D(2027, 1, 4),
        aid_body=AidBody.CAF,
        aid_reference="1234567",
        months=24,
    )
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
        "La dette doit être arrêtée au plus tard à la date de début du plan (05/01/2026)."
    )


def test_fields_that_do_not_apply_are_cleared():
    t = terms(
        judgment_on=D(2025, 1, 1),
        end_on=D(2027, 1, 1),
        fsl=False,
        fsl_amount=E("100.00"),
        aid_body=AidBody.NONE,
        aid_reference="x",
    )
    assert (t.judgment_on, t.end_on, t.fsl_amount, t.aid_reference) == (None, None, None, "")


# --- protocole ----------------------------------------------------------------------


def test_protocol_needs_judgment_aid_and_at_most_two_years():
    validate_terms(protocol())
    with pytest.raises(ValidationError) as exc:
        validate_terms(
            protocol(
                judgment_on=None, aid_body=AidBody.NONE, end_on=D(2028, 1, 5), new_lease_months=4
            )
        )
    got = fields(exc)
    assert "jugement" in got["judgment_on"]
    assert "CAF ou la MSA" in got["aid_body"]
    assert got["end_on"] == "Un protocole dure au plus 2 ans : fin le 04/01/2028 au plus tard."
    assert got["new_lease_months"] == "Le nouveau bail doit être signé dans un délai de 1 à 3 mois."
    with pytest.raises(ValidationError) as exc:
        validate_terms(protocol(judgment_on=D(2026, 2, 1)))
    assert (
        fields(exc)["judgment_on"]
        == "Le jugement doit précéder le début du protocole (05/01/2026)."
    )


def test_protocol_default_new_lease_delay_is_three_months():
    assert protocol().new_lease_months == 3
    assert new_lease_due(D(2027, 1, 4), 3) == D(2027, 4, 4)
    assert new_lease_due(D(2026, 11, 30), 3) == D(2027, 2, 28)


def test_protocol_schedule_must_end_with_the_protocol():
    t = protocol(end_on=D(2026, 12, 31), months=24)
    problems = check_schedule(t, schedule_for(t))
    assert [str(p) for p in problems] == [
        "La dernière échéance (05/12/2027) tombe après la fin du protocole (31/12/2026)."
    ]


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
        "Un avenant prolonge le protocole de 3 ans au plus : fin le 04/01/2030 au plus tard."
    )
    assert "signature" in got["avenant_signed_on"]


# --- statuses ------------------------------------------------------------------------

S = PlanStatus
ALLOWED = {
    S.PROJET: {S.PROPOSE, S.SIGNE, S.ANNULE},
    S.PROPOSE: {S.PROJET, S.SIGNE, S.ANNULE},
    S.SIGNE: {S.EN_COURS, S.DEFAILLANT, S.SOLDE, S.ANNULE},
    S.EN_COURS: {S.RESPECTE, S.DEFAILLANT, S.SOLDE, S.ANNULE},
    S.DEFAILLANT: {S.EN_COURS, S.CADUC, S.SOLDE, S.ANNULE},
    S.SOLDE: {S.RESPECTE},
    S.RESPECTE: set(),
    S.CADUC: set(),
    S.ANNULE: set(),  # closed for good
}


def test_allowed_transitions_are_exactly_the_workflow():
    allowed = {}
    for current in PlanStatus:
        allowed[current] = set()
        for new in PlanStatus:
            try:
                check_transition(current, new)
            except ValidationError:
                continue
            allowed[current].add(new)
    assert allowed == ALLOWED


@pytest.mark.parametrize(
    "current, new",
    [
        (PlanStatus.PROJET, PlanStatus.EN_COURS),
        (PlanStatus.SOLDE, PlanStatus.EN_COURS),
        (PlanStatus.ANNULE, PlanStatus.PROJET),
        (PlanStatus.CADUC, PlanStatus.EN_COURS),
    ],
)
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
    assert balanced[:-1] == schedule[:-1]  # only the last one changes, keeping its date
    assert balanced[-1] == Instalment(6, schedule[-1].due_date, E("250.00"))


def test_unbalanceable_edit_gives_a_clear_message():
    schedule = build_schedule(E("1200.00"), D(2026, 1, 5), months=6)
    schedule[0] = Instalment(1, schedule[0].due_date, E("1100.00"))
    same, problem = adjust_last(E("1200.00"), schedule, 0)
    assert same is schedule
    assert str(problem) == (
        "Impossible d'équilibrer l'échéancier : la dernière échéance deviendrait -700,00\u00a0€. "
        "Réduisez les autres échéances ou ajoutez-en une."
    )


# --- allocation ---------------------------------------------------------------------

SCHEDULE = build_schedule(E("600.00"), D(2026, 1, 5), months=3)  # 5 Jan, 5 Feb, 5 Mar


def test_payments_cover_current_rent_first_then_oldest_instalment():
    payments = [PaymentLine(D(2026, 1, 4), E("700.00")), PaymentLine(D(2026, 2, 6), E("500.00"))]
    ledger = allocate(
        SCHEDULE,
        payments,
        D(2026, 2, 20),
        rent=E("500.00"),
        rent_dates=[i.due_date for i in SCHEDULE],
        grace_days=10,
    )
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


def with_rent(payments, on, **options):
    """``allocate`` on SCHEDULE, a rent of 500 € due with each instalment."""
    dates = [i.due_date for i in SCHEDULE]
    return allocate(SCHEDULE, payments, on, rent=E("500.00"), rent_dates=dates, **options)


def test_a_contribution_pays_the_instalments_even_while_a_rent_is_unpaid():
    # January: the tenants paid nothing; the FSL's 700 € lands on 10 January.
    fsl = PaymentLine(D(2026, 1, 10), E("700.00"), contribution=True)
    tenants = PaymentLine(D(2026, 2, 6), E("500.00"))
    ledger = with_rent([fsl, tenants], D(2026, 2, 20), grace_days=10)
    # Oldest instalment first, then the next; never January's rent.
    assert [i.paid for i in ledger.instalments] == [E("200.00"), E("200.00"), E("200.00")]
    assert ledger.instalments[0].paid_on == D(2026, 1, 10)
    assert ledger.surplus == E("100.00")
    assert ledger.paid_to_plan == E("600.00") and ledger.remaining == E("0.00")
    # January's rent waited for the tenants' own payment of 6 February.
    assert [r.paid for r in ledger.rents] == [E("500.00"), E("0.00"), E("0.00")]
    assert ledger.rents[0].paid_on == D(2026, 2, 6)
    assert ledger.rents[1].unpaid


def test_a_contribution_larger_than_what_remains_leaves_a_surplus_not_rent():
    tenants = PaymentLine(D(2026, 1, 4), E("700.00"))  # January's rent and instalment
    ccas = PaymentLine(D(2026, 1, 20), E("1000.00"), contribution=True)
    ledger = with_rent([tenants, ccas], D(2026, 1, 25))
    assert ledger.all_paid and ledger.settled_on == D(2026, 1, 20)
    assert [r.paid for r in ledger.rents] == [E("500.00"), E("0.00"), E("0.00")]
    assert ledger.surplus == E("600.00")
    assert ledger.paid_total == E("1700.00")


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
    payments=st.lists(
        st.tuples(st.integers(min_value=0, max_value=800), amounts, st.booleans()), max_size=30
    ),
    rent=st.one_of(st.none(), amounts),
    extra=amounts,
)
def test_allocation_conserves_money(debt, months, payments, rent, extra):
    schedule = build_schedule(debt, D(2026, 1, 31), months=months)
    lines = [PaymentLine(D(2026, 1, 1) + dt.timedelta(days=d), a, c) for d, a, c in payments]
    on = D(2028, 6, 1)
    dates = [i.due_date for i in schedule]
    ledger = allocate(schedule, lines, on, rent=rent, rent_dates=dates)
    total = sum((p.amount for p in lines), Decimal("0"))
    rents = sum((r.paid for r in ledger.rents), Decimal("0"))
    assert ledger.paid_total == total
    assert ledger.paid_to_plan + rents + ledger.surplus == total
    # A contribution never pays rent: rents take at most what the tenants paid.
    assert rents <= sum((p.amount for p in lines if not p.contribution), Decimal("0"))
    assert 0 <= ledger.paid_to_plan <= debt
    assert ledger.remaining == debt - ledger.paid_to_plan
    assert all(0 <= i.paid <= i.amount for i in ledger.instalments)
    # Instalments are paid oldest first: a paid one never follows an unpaid one.
    states = [i.paid == i.amount for i in ledger.instalments]
    assert states == sorted(states, reverse=True)
    # One more payment never lowers what the plan received.
    more = allocate(
        schedule, lines + [PaymentLine(D(2027, 1, 1), extra)], on, rent=rent, rent_dates=dates
    )
    assert more.paid_to_plan >= ledger.paid_to_plan


# --- breach and follow-ups -----------------------------------------------------------


def test_breach_after_n_unpaid_instalments():
    ledger = allocate(SCHEDULE, [], D(2026, 2, 15), grace_days=10)
    assert breach_reasons(ledger, BreachRule(missed=2, grace_days=10)) == []
    ledger = allocate(SCHEDULE, [], D(2026, 2, 16), grace_days=10)
    reasons = breach_reasons(ledger, BreachRule(missed=2, grace_days=10))
    assert [str(r) for r in reasons] == [
        "2 échéances impayées, la plus ancienne du 05/01/2026 ; le plan est considéré comme "
        "non respecté dès que 2 échéances restent impayées plus de 10 jours après leur date."
    ]


def test_instalments_a_promised_contribution_will_pay_are_not_the_tenants_default():
    # The FSL promised 300 € and has not paid yet; the tenants paid nothing either.
    rule = BreachRule(missed=2, grace_days=10)
    ledger = allocate(SCHEDULE, [], D(2026, 2, 16), grace_days=10, awaited=E("300.00"))
    first, second, third = ledger.instalments
    # January's instalment is the FSL's to pay, half of February's too: late, awaited,
    # not unpaid; the tenants' half of February is.
    assert (first.state, first.awaited, first.unpaid) == (LineState.LATE, E("200.00"), False)
    assert (second.awaited, second.unpaid) == (E("100.00"), True)
    assert third.awaited == 0
    assert breach_reasons(ledger, rule) == []
    # Once March's instalment is unpaid too, the tenants' 2 instalments breach the plan.
    ledger = allocate(SCHEDULE, [], D(2026, 3, 16), grace_days=10, awaited=E("300.00"))
    assert [i.unpaid for i in ledger.instalments] == [False, True, True]
    assert breach_reasons(ledger, rule) != []
    # Time alone no longer changes January's instalment: only a payment does.
    ledger = allocate(SCHEDULE, [], D(2026, 1, 20), grace_days=10, awaited=E("200.00"))
    assert next_check_on(ledger, 10, started=True) == D(2026, 2, 16)


def test_what_each_contributor_promised_and_paid():
    t = terms(fsl=True, fsl_amount=E("500.00"), ccas=True)
    promised = promised_contributions(t)
    assert promised == {Contributor.FSL: E("500.00"), Contributor.CCAS: None}
    got = contributions(promised, [(Contributor.FSL, E("300.00")), (Contributor.FSL, E("50.00"))])
    assert got == [
        Contribution(Contributor.FSL, E("500.00"), E("350.00")),
        Contribution(Contributor.CCAS, None, E("0.00")),
    ]
    fsl, ccas = got
    assert (fsl.awaited, fsl.excess) == (E("150.00"), E("0.00"))
    assert (ccas.awaited, ccas.excess) == (E("0.00"), E("0.00"))  # no amount promised
    assert contribution_warning(fsl, E("150.00")) is None
    assert contribution_warning(ccas, E("9999.00")) is None
    assert str(contribution_warning(fsl, E("200.00"))) == (
        "Le FSL a promis 500,00\u00a0€ sur ce plan et en a déjà versé 350,00\u00a0€ : ce "
        "versement de 200,00\u00a0€ dépasse de 50,00\u00a0€ ce qui reste promis."
    )
    over = Contribution(Contributor.FSL, E("500.00"), E("650.00"))
    assert (over.awaited, over.excess) == (E("0.00"), E("150.00"))


def test_breach_on_unpaid_current_rent():
    payments = [PaymentLine(D(2026, 1, 5), E("200.00"))]
    ledger = allocate(
        SCHEDULE,
        payments,
        D(2026, 1, 20),
        rent=E("500.00"),
        rent_dates=[i.due_date for i in SCHEDULE],
        grace_days=10,
    )
    assert breach_reasons(ledger, BreachRule(missed=0, rent_unpaid=False)) == []
    reasons = breach_reasons(ledger, BreachRule(missed=3, rent_unpaid=True, grace_days=10))
    assert [str(r) for r in reasons] == [
        "Loyer courant impayé (échéance du 05/01/2026, reste dû 300,00\u00a0€)."
    ]


def test_follow_ups_and_their_due_dates():
    specs = breach_follow_ups(D(2026, 3, 10), AidBody.CAF)
    assert [(s.kind, s.due_on) for s in specs] == [
        (FollowUpKind.REMINDER, D(2026, 3, 10)),
        (FollowUpKind.BREACH_NOTICE, D(2026, 3, 25)),
        (FollowUpKind.AID_NOTICE, D(2026, 5, 10)),
        (FollowUpKind.FSL, D(2026, 4, 10)),
        (FollowUpKind.CCAPEX, D(2026, 4, 10)),
    ]
    assert FollowUpKind.AID_NOTICE not in [
        s.kind for s in breach_follow_ups(D(2026, 3, 10), AidBody.NONE)
    ]
    # A summons planned on 15 May: the CCAPEX must be seized by 15 March.
    assert ccapex_due(D(2026, 3, 10), D(2026, 5, 15)) == D(2026, 3, 15)


def test_summons_at_least_two_months_after_ccapex():
    check_summons(D(2026, 6, 1), D(2026, 4, 1), D(2026, 4, 2))
    with pytest.raises(ValidationError) as exc:
        check_summons(D(2026, 5, 31), D(2026, 4, 1), D(2026, 4, 2))
    assert fields(exc)["summons_on"] == (
        "La CCAPEX a été saisie le 01/04/2026 : l'assignation ne peut intervenir qu'au moins "
        "2 mois après, le 01/06/2026 au plus tôt."
    )
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
        "Signaler l'impayé à la CAF/MSA (sous 2 mois) et proposer un plan"
    )
    assert (
        str(next_action(E("300"), E("400"), E("100"), None, on).text)
        == "Proposer un plan d'apurement"
    )
    late = next_action(
        E("300"),
        E("400"),
        E("100"),
        PlanStatus.EN_COURS,
        on,
        next_due_on=D(2026, 3, 5),
        grace_days=10,
    )
    assert (str(late.text), late.due_on) == (
        "Relancer : échéance du 05/03/2026 impayée",
        D(2026, 3, 15),
    )
    follow = next_action(
        E("300"),
        E("400"),
        E("100"),
        PlanStatus.DEFAILLANT,
        on,
        follow_up=FollowUpKind.CCAPEX,
        follow_up_on=D(2026, 4, 10),
    )
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


# --- boundaries the mutation run found untested ---------------------------------------


@pytest.mark.parametrize(
    "debt, message",
    [
        (E("-0.01"), "Le montant doit être positif."),
        (E("0.00"), "Le montant doit être positif."),  # a plan repays something
        (E("10.001"), "Le montant a plus de deux décimales."),
        (E("10000000.01"), "Le montant ne peut pas dépasser 10\u202f000\u202f000,00\u00a0€."),
        (None, "Le montant est obligatoire."),
        (E("NaN"), "Le montant n'est pas un nombre."),
    ],
)
def test_plan_debt_refused(debt, message):
    with pytest.raises(ValidationError) as exc:
        validate_terms(terms(debt=debt))
    assert fields(exc)["debt"] == message


def test_plan_amount_limits_that_are_accepted():
    validate_terms(terms(debt=E("0.01"), months=1))
    validate_terms(terms(debt=E("10000000.00"), months=120))
    validate_terms(protocol(debt=E("0.00"), months=None))  # a protocole may have no debt
    validate_terms(terms(current_rent=E("99999.99"), current_charges=E("0.00")))
    with pytest.raises(ValidationError) as exc:
        validate_terms(terms(current_rent=E("100000.00"), current_charges=E("-1.00")))
    assert fields(exc) == {
        "current_rent": "Le montant ne peut pas dépasser 99\u202f999,99\u00a0€.",
        "current_charges": "Le montant doit être positif.",
    }
    with pytest.raises(TypeError):
        validate_terms(terms(debt=1200.0))


def test_fsl_and_ccas_amounts_are_checked_only_when_they_apply():
    validate_terms(terms(fsl=True, fsl_amount=None, ccas=True, ccas_amount=E("0.00")))
    with pytest.raises(ValidationError) as exc:
        validate_terms(terms(fsl=True, fsl_amount=E("-5.00"), ccas=True, ccas_amount=E("1.005")))
    assert fields(exc) == {
        "fsl_amount": "Le montant doit être positif.",
        "ccas_amount": "Le montant a plus de deux décimales.",
    }


def test_contributions_cannot_exceed_the_debt():
    """What the FSL and the CCAS pay is part of the debt: more than the debt is refused."""
    validate_terms(terms(fsl=True, fsl_amount=E("1000.00"), ccas=True, ccas_amount=E("200.00")))
    with pytest.raises(ValidationError) as exc:
        validate_terms(terms(fsl=True, fsl_amount=E("1000.00"), ccas=True, ccas_amount=E("200.01")))
    assert fields(exc) == {
        "ccas_amount": "Les contributions (1\u202f200,01\u00a0€) dépassent la dette mise "
        "sous plan (1\u202f200,00\u00a0€)."
    }


def test_text_lengths_and_breach_rule_limits():
    validate_terms(
        terms(
            aid_body=AidBody.CAF,
            aid_reference="x" * 40,
            landlord_signatory="y" * 120,
            notes="z" * 2000,
            breach_missed=12,
            grace_days=60,
        )
    )
    validate_terms(terms(breach_missed=0, breach_rent_unpaid=True, grace_days=0))
    with pytest.raises(ValidationError) as exc:
        validate_terms(
            terms(
                aid_body=AidBody.CAF,
                aid_reference="x" * 41,
                landlord_signatory="y" * 121,
                notes="z" * 2001,
                breach_missed=13,
                grace_days=-1,
            )
        )
    got = fields(exc)
    assert (got["aid_reference"], got["landlord_signatory"], got["notes"]) == (
        "40 caractères au plus.",
        "120 caractères au plus.",
        "2\u202f000 caractères au plus.",
    )
    assert got["breach_missed"] == (
        "Le nombre d'échéances impayées doit être compris entre 0 et 12."
    )
    assert "entre 0 et 60 jours" in got["grace_days"]
    with pytest.raises(ValidationError) as exc:
        validate_terms(terms(breach_missed=True))  # a bool is not a count
    assert set(fields(exc)) == {"breach_missed"}


def test_debt_may_be_stated_on_the_start_day():
    validate_terms(terms(debt_on=D(2026, 1, 5)))
    with pytest.raises(ValidationError) as exc:
        validate_terms(terms(debt_on=D(2026, 1, 6)))
    assert set(fields(exc)) == {"debt_on"}


def test_protocol_two_year_limit_at_the_limit_date():
    # Start 05/01/2026: the last possible end is 04/01/2028, two years less a day.
    validate_terms(protocol(end_on=D(2028, 1, 4)))
    with pytest.raises(ValidationError) as exc:
        validate_terms(protocol(end_on=D(2028, 1, 5)))
    assert (
        fields(exc)["end_on"] == "Un protocole dure au plus 2 ans : fin le 04/01/2028 au plus tard."
    )
    # It must end after it starts: the day after the start is the shortest protocole.
    validate_terms(protocol(end_on=D(2026, 1, 6), debt=E("0.00"), months=None))
    with pytest.raises(ValidationError) as exc:
        validate_terms(protocol(end_on=D(2026, 1, 5)))
    assert fields(exc)["end_on"] == "La fin du protocole doit suivre son début (05/01/2026)."
    # The judgment may be given on the start day, not after.
    validate_terms(protocol(judgment_on=D(2026, 1, 5)))
    for months in (1, 3):
        validate_terms(protocol(new_lease_months=months))
    for months in (0, 4):
        with pytest.raises(ValidationError) as exc:
            validate_terms(protocol(new_lease_months=months))
        assert set(fields(exc)) == {"new_lease_months"}


def test_avenant_at_its_limits():
    validate_avenant(D(2027, 1, 4), D(2027, 1, 5), D(2026, 12, 1))  # one day longer
    with pytest.raises(ValidationError) as exc:
        validate_avenant(D(2027, 1, 4), D(2027, 1, 4), D(2026, 12, 1))
    assert fields(exc) == {
        "avenant_end_on": "L'avenant doit prolonger le protocole au-delà du 04/01/2027."
    }
    with pytest.raises(ValidationError) as exc:
        validate_avenant(D(2027, 1, 4), None, D(2026, 12, 1))
    assert set(fields(exc)) == {"avenant_end_on"}


def test_first_instalment_on_the_start_day_is_fine():
    t = terms()
    schedule = schedule_for(t)
    assert schedule[0].due_date == t.start_on and check_schedule(t, schedule) == []
    early = [Instalment(1, D(2026, 1, 4), E("1200.00"))]
    assert [str(p) for p in check_schedule(t, early)] == [
        "La première échéance (04/01/2026) précède le début du plan (05/01/2026)."
    ]
    # A protocole's schedule may end on the protocole's last day.
    p = protocol(end_on=D(2026, 6, 5), months=6)
    assert check_schedule(p, schedule_for(p)) == []
    assert [
        str(m) for m in check_schedule(protocol(debt=E("0.00"), months=None), schedule_for(terms()))
    ] == ["Sans dette, un protocole ne comporte pas d'échéancier."]


def test_editing_the_last_or_emptying_it_is_not_balanced():
    schedule = build_schedule(E("1200.00"), D(2026, 1, 5), months=6)
    assert adjust_last(E("1200.00"), schedule, 5) == (schedule, None)
    assert adjust_last(E("1200.00"), [], 0) == ([], None)
    schedule[0] = Instalment(1, schedule[0].due_date, E("200.00"))
    schedule[1] = Instalment(2, schedule[1].due_date, E("399.99"))
    balanced, problem = adjust_last(E("1200.00"), schedule, 1)
    assert problem is None and balanced[-1].amount == E("0.01")  # a cent is still a payment
    schedule[1] = Instalment(2, schedule[1].due_date, E("400.00"))
    same, problem = adjust_last(E("1200.00"), schedule, 1)
    assert same is schedule and "0,00" in str(problem)


def test_an_instalment_paid_on_its_due_date_is_not_late():
    ledger = allocate(SCHEDULE, [PaymentLine(D(2026, 1, 5), E("200.00"))], D(2026, 1, 5))
    first, second, _ = ledger.instalments
    assert (first.state, first.paid_on, first.paid_late) == (LineState.PAID, D(2026, 1, 5), False)
    assert ledger.late_instalments == [] and ledger.overdue == 0
    # Due today and not paid: still to come, late from tomorrow.
    assert allocate(SCHEDULE, [], D(2026, 1, 5)).instalments[0].state == LineState.DUE
    later = allocate(SCHEDULE, [PaymentLine(D(2026, 1, 6), E("200.00"))], D(2026, 1, 6))
    assert later.instalments[0].paid_late
    assert second.state == LineState.DUE and not ledger.all_paid and ledger.settled_on is None


def test_unpaid_from_the_day_after_due_date_plus_grace():
    # Due 5 Jan, grace 10 days: still tolerated on 15 Jan, unpaid on 16 Jan.
    assert not allocate(SCHEDULE, [], D(2026, 1, 15), grace_days=10).instalments[0].unpaid
    assert allocate(SCHEDULE, [], D(2026, 1, 16), grace_days=10).instalments[0].unpaid
    assert allocate(SCHEDULE, [], D(2026, 1, 6), grace_days=0).instalments[0].unpaid


def test_leftovers_under_one_euro_are_allocated():
    payments = [
        PaymentLine(D(2026, 1, 5), E("199.50")),
        PaymentLine(D(2026, 1, 6), E("0.50")),
        PaymentLine(D(2026, 2, 5), E("200.40")),
    ]
    ledger = allocate(SCHEDULE, payments, D(2026, 2, 10))
    first, second, third = ledger.instalments
    # The 0.50 completes the first instalment (paid the day it was completed).
    assert (first.paid, first.paid_on, first.state) == (E("200.00"), D(2026, 1, 6), LineState.PAID)
    # The 0.40 over February's instalment goes to March's, not to the surplus.
    assert (second.paid, second.paid_on) == (E("200.00"), D(2026, 2, 5))
    assert (third.paid, third.outstanding, third.state) == (E("0.40"), E("199.60"), LineState.DUE)
    assert (ledger.surplus, ledger.remaining, ledger.paid_to_plan) == (
        E("0.00"),
        E("199.60"),
        E("400.40"),
    )


def test_a_later_payment_does_not_change_when_an_instalment_was_paid():
    payments = [PaymentLine(D(2026, 1, 2), E("200.00")), PaymentLine(D(2026, 2, 1), E("0.30"))]
    ledger = allocate(SCHEDULE, payments, D(2026, 3, 1))
    assert ledger.instalments[0].paid_on == D(2026, 1, 2)
    assert ledger.instalments[1].paid == E("0.30") and ledger.instalments[1].paid_on is None


def test_a_small_rent_leftover_is_still_owed_and_paid():
    rent_dates = [i.due_date for i in SCHEDULE]
    payments = [PaymentLine(D(2026, 1, 5), E("499.50")), PaymentLine(D(2026, 1, 20), E("200.50"))]
    ledger = allocate(SCHEDULE, payments, D(2026, 1, 25), rent=E("500.00"), rent_dates=rent_dates)
    # The second payment first completes January's rent (0.50), then the instalment.
    assert (ledger.rents[0].paid, ledger.rents[0].paid_on) == (E("500.00"), D(2026, 1, 20))
    assert ledger.instalments[0].paid == E("200.00")
    # Beyond the instalments, what is left pays the next rents, then is surplus.
    big = allocate(
        SCHEDULE,
        [PaymentLine(D(2026, 1, 5), E("2100.90"))],
        D(2026, 1, 25),
        rent=E("500.00"),
        rent_dates=rent_dates,
    )
    assert [r.paid for r in big.rents] == [E("500.00"), E("500.00"), E("500.00")]
    assert big.surplus == E("0.90") and big.paid_to_plan == E("600.00")


def test_next_check_counts_a_few_cents_outstanding():
    ledger = allocate(SCHEDULE, [PaymentLine(D(2026, 1, 5), E("599.50"))], D(2026, 1, 6))
    assert ledger.instalments[2].outstanding == E("0.50")
    assert next_check_on(ledger, 10, started=True) == D(2026, 3, 16)
    # A protocole without debt: rents only. January's is paid, February's lacks 0.50.
    rents = allocate(
        [],
        [PaymentLine(D(2026, 1, 5), E("999.50"))],
        D(2026, 1, 6),
        rent=E("500.00"),
        rent_dates=[D(2026, 1, 5), D(2026, 2, 5)],
    )
    assert [r.paid for r in rents.rents] == [E("500.00"), E("499.50")]
    assert next_check_on(rents, 10, started=True) == D(2026, 2, 16)
    assert next_check_on(allocate([], [], D(2026, 1, 6)), 10, started=False) is None


def test_rent_due_dates_of_a_protocol_without_debt():
    # Rent day before the start day: the first rent is next month's.
    dates = rent_due_dates([], D(2026, 1, 10), D(2026, 4, 5), 5)
    assert dates == [D(2026, 2, 5), D(2026, 3, 5), D(2026, 4, 5)]
    assert rent_due_dates([], D(2026, 1, 5), D(2026, 3, 4), None) == [D(2026, 1, 5), D(2026, 2, 5)]
    assert rent_due_dates([], None, D(2026, 3, 4), 5) == []
    assert rent_due_dates(SCHEDULE, None, None, None) == [i.due_date for i in SCHEDULE]
    # At most ten years of rents, whatever the end date.
    assert len(rent_due_dates([], D(2026, 1, 5), D(2100, 1, 1), 5)) == 121


def test_breach_counts_exactly_the_rule():
    ledger = allocate(SCHEDULE, [], D(2026, 3, 20), grace_days=10)
    assert len(ledger.unpaid_instalments) == 3
    assert [len(breach_reasons(ledger, BreachRule(missed=n))) for n in (0, 3, 4)] == [0, 1, 0]
    ledger = allocate(SCHEDULE, [], D(2026, 1, 16), grace_days=10)
    assert [str(r) for r in breach_reasons(ledger, BreachRule(missed=1))] == [
        "1 échéance impayée, du 05/01/2026 ; le plan est considéré comme non respecté dès "
        "qu'une échéance reste impayée plus de 10 jours après sa date."
    ]
    # One day of grace: « 1 jour », as the agreement reads.
    ledger = allocate(SCHEDULE, [], D(2026, 1, 7), grace_days=1)
    assert [str(r) for r in breach_reasons(ledger, BreachRule(missed=1, grace_days=1))] == [
        "1 échéance impayée, du 05/01/2026 ; le plan est considéré comme non respecté dès "
        "qu'une échéance reste impayée plus de 1 jour après sa date."
    ]


def test_follow_ups_without_summons_and_new_lease_delays():
    assert ccapex_due(D(2026, 3, 10), None) == D(2026, 4, 10)
    assert ccapex_due(D(2026, 3, 10), D(2026, 7, 1)) == D(2026, 4, 10)  # the earlier one
    assert new_lease_due(D(2027, 1, 4), None) == D(2027, 4, 4)
    assert new_lease_due(D(2027, 1, 4), 1) == D(2027, 2, 4)
    assert new_lease_due(D(2027, 1, 4), 6) == D(2027, 4, 4)  # never more than 3 months
    check_summons(D(2026, 6, 2), None, D(2026, 4, 2))  # exactly 2 months after today
    with pytest.raises(ValidationError) as exc:
        check_summons(None, None, D(2026, 4, 2))
    assert fields(exc) == {"summons_on": "Indiquez la date d'assignation envisagée."}


def test_months_of_debt_rounding_and_sign():
    assert months_of_debt(E("725.00"), E("400.00"), E("100.00")) == E("1.5")  # 1.45 -> 1.5
    assert months_of_debt(E("724.99"), E("400.00"), E("100.00")) == E("1.4")
    assert months_of_debt(E("-725.00"), E("400.00"), E("100.00")) == E("-1.5")  # credit
    assert months_of_debt(E("0.00"), E("400.00"), E("100.00")) == E("0.0")
    assert months_of_debt(E("10.00"), None, E("0.01")) == E("1000.0")
    assert not is_aid_arrears(E("10.00"), E("0.00"), E("0.00"))
    assert is_aid_arrears(E("0.02"), E("0.00"), E("0.01"))


def test_next_action_for_each_status():
    on = D(2026, 4, 1)

    def action(balance, status, **kw):
        got = next_action(E(balance), E("400"), E("100"), status, on, **kw)
        return str(got.text), got.due_on

    assert action("0", None) == ("Aucune", None)
    assert action("-10", PlanStatus.RESPECTE) == ("Aucune", None)
    assert action("300", PlanStatus.CADUC) == (
        "Plan caduc : reprendre le recouvrement ou proposer un nouveau plan",
        on,
    )
    assert action("1000", PlanStatus.SOLDE) == (
        "Signaler l'impayé à la CAF/MSA (sous 2 mois) et proposer un plan",
        on,
    )
    assert action("300", PlanStatus.ANNULE) == ("Proposer un plan d'apurement", on)
    assert action("300", PlanStatus.PROJET) == ("Envoyer la proposition de plan", on)
    assert action("300", PlanStatus.PROPOSE) == ("Faire signer le plan", None)
    assert action("300", PlanStatus.DEFAILLANT) == (
        "Plan défaillant : décider régularisation, caducité ou contentieux",
        on,
    )
    assert action("300", PlanStatus.EN_COURS, next_due_on=on) == (
        "Suivre l'échéance du 01/04/2026",
        on,
    )
    assert action("300", PlanStatus.SIGNE) == ("Suivre le plan", None)
    assert action("300", PlanStatus.EN_COURS, next_due_on=D(2026, 3, 31), grace_days=0) == (
        "Relancer : échéance du 31/03/2026 impayée",
        D(2026, 3, 31),
    )


def test_normalised_terms_keep_what_applies():
    t = terms(
        aid_body="CAF",
        aid_reference="  12 345  67 ",
        landlord_signatory=" Mme  Roux ",
        notes="  à revoir  ",
        fsl=True,
        fsl_amount=E("150.00"),
    )
    assert (t.aid_body, t.aid_reference, t.landlord_signatory, t.notes, t.fsl_amount) == (
        AidBody.CAF,
        "12 345 67",
        "Mme Roux",
        "à revoir",
        E("150.00"),
    )
    assert terms(aid_body="XYZ").aid_body == "XYZ"  # left for validate_terms to refuse
    with pytest.raises(ValidationError) as exc:
        validate_terms(terms(aid_body="XYZ"))
    assert fields(exc) == {"aid_body": "Organisme payeur inconnu."}
    assert protocol(new_lease_months=2).new_lease_months == 2


def test_renumber_after_removing_an_instalment():
    schedule = build_schedule(E("600.00"), D(2026, 1, 5), months=3)
    assert [i.number for i in renumber(schedule[1:])] == [1, 2]
    assert [i.due_date for i in renumber(schedule[1:])] == [D(2026, 2, 5), D(2026, 3, 5)]


def test_defaults_of_new_terms():
    t = PlanTerms(
        plan_type=PaymentPlanType.PLAN_APUREMENT,
        debt=E("600.00"),
        debt_on=D(2026, 1, 2),
        current_rent=E("400.00"),
        current_charges=E("85.50"),
        start_on=D(2026, 1, 5),
        months=3,
    )
    # Breach after 2 unpaid instalments, an unpaid rent not a rule unless asked.
    assert (t.breach_missed, t.breach_rent_unpaid, t.grace_days) == (2, False, 10)
    assert t.payments_cover_rent and not t.aid_to_landlord and not t.is_protocol
    assert not t.fsl and not t.ccas  # no other party unless ticked
    with pytest.raises(ValidationError) as exc:
        validate_terms(replace(t, breach_missed=0))
    assert set(fields(exc)) == {"breach_missed"}


def test_aid_body_given_as_its_code_is_accepted():
    t = terms(aid_body="MSA", aid_reference="42")
    assert t.aid_body is AidBody.MSA
    validate_terms(t)


def test_without_aid_body_the_aid_fields_are_cleared():
    t = terms(
        aid_body=AidBody.NONE,
        aid_reference="123",
        aid_to_landlord=True,
        aid_approved_on=D(2026, 1, 3),
    )
    assert (t.aid_reference, t.aid_to_landlord, t.aid_approved_on) == ("", False, None)
    kept = terms(aid_body=AidBody.CAF, aid_to_landlord=True, aid_approved_on=D(2026, 1, 3))
    assert (kept.aid_to_landlord, kept.aid_approved_on) == (True, D(2026, 1, 3))


def test_an_edited_last_instalment_is_left_as_typed():
    schedule = build_schedule(E("1200.00"), D(2026, 1, 5), months=6)
    schedule[5] = Instalment(6, schedule[5].due_date, E("150.00"))
    same, problem = adjust_last(E("1200.00"), schedule, 5)
    assert same is schedule and problem is None and same[5].amount == E("150.00")


def test_a_paid_instalment_never_counts_as_unpaid():
    ledger = allocate(SCHEDULE, [PaymentLine(D(2026, 1, 5), E("200.00"))], D(2026, 12, 31))
    assert not ledger.instalments[0].unpaid
    assert [i.number for i in ledger.unpaid_instalments] == [2, 3]
    rents = allocate(
        SCHEDULE,
        [PaymentLine(D(2026, 1, 5), E("700.00"))],
        D(2026, 12, 31),
        rent=E("500.00"),
        rent_dates=[i.due_date for i in SCHEDULE],
    )
    assert [r.unpaid for r in rents.rents] == [False, True, True]


def test_an_unpaid_rent_breaks_a_plan_only_when_the_rule_says_so():
    ledger = allocate(
        SCHEDULE,
        [PaymentLine(D(2026, 1, 5), E("200.00"))],
        D(2026, 1, 20),
        rent=E("500.00"),
        rent_dates=[i.due_date for i in SCHEDULE],
    )
    assert ledger.unpaid_rents and breach_reasons(ledger, BreachRule(missed=0)) == []


def test_a_debt_of_a_few_cents_still_calls_for_a_plan():
    action = next_action(E("0.50"), E("400"), E("100"), None, D(2026, 4, 1))
    assert (str(action.text), action.due_on) == ("Proposer un plan d'apurement", D(2026, 4, 1))


def test_dates_of_year_one_or_ten_thousand_are_refused():
    with pytest.raises(ValidationError) as err:
        validate_terms(terms(debt_on=D(1, 1, 1), start_on=D(9999, 12, 31)))
    assert {k: str(v) for k, v in err.value.fields.items()} == {
        "debt_on": "La date à laquelle la dette est arrêtée n'est pas plausible.",
        "start_on": "La date de début n'est pas plausible.",
    }
    # The years 1900 and 2200 themselves are plausible.
    validate_terms(terms(debt_on=D(1900, 1, 2), start_on=D(1900, 1, 5)))
    validate_terms(terms(debt_on=D(2200, 1, 2), start_on=D(2200, 1, 5)))


# --- contributors' promises: awaited, withdrawn (docs/domain.md#plans) ------------------

FSL, CCAS = Contributor.FSL, Contributor.CCAS
PAID_JANUARY = [PaymentLine(D(2026, 1, 5), E("200.00"))]


def test_only_the_contributors_named_or_that_paid_are_shown():
    assert contributions({FSL: E("500.00")}, []) == [Contribution(FSL, E("500.00"), E("0"))]
    # paid without being named (data entered before the rule)
    assert contributions({}, [(CCAS, E("50.00"))]) == [Contribution(CCAS, None, E("50.00"))]
    assert contributions({}, []) == []


def test_the_tenants_owe_what_a_contributor_s_awaited_payment_does_not_cover():
    ledger = allocate(SCHEDULE, [], D(2026, 3, 20), grace_days=10, awaited=E("300.00"))
    assert ledger.overdue == E("600.00")
    assert ledger.tenants_overdue == E("300.00")


def test_a_rent_is_unpaid_once_its_grace_period_is_over():
    dates = [D(2026, 1, 5)]
    ledger = allocate(SCHEDULE, [], D(2026, 1, 15), rent=E("500.00"), rent_dates=dates)
    assert [r.unpaid for r in ledger.rents] == [False]  # the tenth day of grace
    ledger = allocate(SCHEDULE, [], D(2026, 1, 16), rent=E("500.00"), rent_dates=dates)
    assert [r.unpaid for r in ledger.rents] == [True]


def released_ledger(on, released):
    return allocate(SCHEDULE, PAID_JANUARY, on, grace_days=10, released=released)


def test_a_withdrawn_promise_s_instalments_are_the_tenants_only_after_its_notice():
    released = [(E("400.00"), D(2026, 4, 16), FSL)]
    during = released_ledger(D(2026, 3, 20), released)
    feb, mar = during.instalments[1:]
    for i in (feb, mar):
        assert (i.released, i.owed_from, i.tenants_due_on) == (
            E("200.00"),
            D(2026, 4, 16),
            D(2026, 4, 16),
        )
        assert i.released_by == (FSL,) and i.awaited == E("200.00") and not i.unpaid
    assert during.in_notice == E("400.00") and during.tenants_overdue == 0
    assert during.tenants_next_due_on == D(2026, 4, 16)
    # The tenants owe them from 16/04, in default once the ten days of grace are over.
    assert not any(i.unpaid for i in released_ledger(D(2026, 4, 26), released).instalments)
    after = released_ledger(D(2026, 4, 27), released)
    assert [i.unpaid for i in after.instalments] == [False, True, True]
    assert after.in_notice == 0 and after.tenants_overdue == E("400.00")


def test_an_instalment_partly_released_is_owed_from_its_due_date():
    ledger = released_ledger(D(2026, 3, 20), [(E("100.00"), D(2026, 4, 16), FSL)])
    feb = ledger.instalments[1]
    assert (feb.released, feb.tenants_due_on) == (E("100.00"), D(2026, 2, 5))
    assert feb.unpaid  # the tenants' half is late past its grace period


def test_an_instalment_two_withdrawn_promises_cover_names_both():
    released = [(E("300.00"), D(2026, 4, 20), CCAS), (E("100.00"), D(2026, 4, 16), FSL)]
    feb, mar = released_ledger(D(2026, 3, 20), released).instalments[1:]
    assert (feb.released_by, feb.owed_from) == ((FSL, CCAS), D(2026, 4, 20))
    assert (mar.released_by, mar.owed_from) == ((CCAS,), D(2026, 4, 20))


def test_the_tenants_late_come_before_a_contributor_s_awaited_payment():
    common = {"next_due_on": D(2026, 2, 5), "awaited_from": (FSL,), "grace_days": 10}
    on = D(2026, 3, 1)
    awaited = next_action(E("400"), E("500"), E("50"), PlanStatus.EN_COURS, on, **common)
    assert str(awaited.text) == "Versement du FSL attendu (échéance du 05/02/2026)"
    late = next_action(
        E("400"), E("500"), E("50"), PlanStatus.EN_COURS, on, tenants_due_on=D(2026, 2, 5), **common
    )
    assert str(late.text) == "Relancer : échéance du 05/02/2026 impayée"
    assert late.due_on == D(2026, 2, 15)


def test_a_withdrawn_promise_is_no_longer_awaited_but_released_to_the_tenants():
    standing = Contribution(FSL, E("500.00"), E("350.00"))
    assert (standing.awaited, standing.released) == (E("150.00"), E("0.00"))
    withdrawn = Contribution(
        FSL, E("500.00"), E("350.00"), Withdrawal(D(2026, 3, 1), D(2026, 4, 1))
    )
    assert (withdrawn.awaited, withdrawn.released) == (E("0.00"), E("150.00"))


def test_a_few_cents_still_go_to_the_rent_first():
    dates = [D(2026, 1, 5)]
    cents = [PaymentLine(D(2026, 1, 5), E("0.50"))]
    ledger = allocate(SCHEDULE, cents, D(2026, 1, 6), rent=E("500.00"), rent_dates=dates)
    assert [r.paid for r in ledger.rents] == [E("0.50")]
    assert ledger.paid_to_plan == 0
