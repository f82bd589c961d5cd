"""A contributor's promise on a signed plan (FSL, CCAS): withdrawn or refused, its
instalments are the tenants' again after a notice; the arrears list says when the
contributor's payment, not the tenants', is awaited; the access-request export names
who paid in words (SQLite and PostgreSQL)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.plans import Contributor, Withdrawal
from desktop.domain.schedule import PlanStatus
from desktop.services import person_export, plans
from tests import test_plans_service as service_tests
from tests.test_plans_service import signed_plan

# The plans service tests' fixtures: a tenant file owing 1 200 €, the day 03/01/2026.
clock = service_tests.clock
household = service_tests.household

D = dt.date
E = Decimal
NBSP = "\u00a0"


def test_the_access_export_says_which_contributor_paid(db, actor, household, clock, tmp_path):
    pid = signed_plan(
        db,
        actor,
        household,
        clock,
        fsl=True,
        fsl_amount=E("300.00"),
        ccas=True,
        ccas_amount=E("100.00"),
    )
    for contributor, amount in (
        (Contributor.FSL, "300.00"),
        (Contributor.CCAS, "100.00"),
        (None, "50.00"),
    ):
        v = plans.get_plan(db, actor, pid)
        plans.record_payment(
            db, actor, pid, D(2026, 1, 3), E(amount), v.version, contributor=contributor
        )
    book = load_workbook(person_export.export_person(db, actor, household, tmp_path / "a.xlsx"))
    sheet = book["Règlements des accords"]
    header = [c.value for c in sheet[1]]
    origins = [row[header.index("Origine")].value for row in sheet.iter_rows(min_row=2)]
    assert sorted(origins) == ["Saisie", "Versement du CCAS", "Versement du FSL"]
    trail = book["Journal d'audit"]
    header = [c.value for c in trail[1]]
    text = "\n".join(
        str(row[header.index("Après")].value or "") for row in trail.iter_rows(min_row=2)
    )
    assert "Origine : versement du FSL" in text and "Origine : versement du CCAS" in text
    assert "Origine : FSL" not in text and "Origine : CCAS" not in text


# --- the promise withdrawn ------------------------------------------------------------

REFUSAL = "Refus de la commission FSL du 10/02/2026"


def fsl_plan(db, actor, household, clock, promised="600.00"):
    """6 instalments of 200 € from 05/01/2026, the rent not in the plan, the FSL
    promising ``promised`` (600 €: the first three); signed on 03/01/2026."""
    return signed_plan(
        db,
        actor,
        household,
        clock,
        payments_cover_rent=False,
        fsl=True,
        fsl_amount=E(promised),
    )


def withdraw(db, actor, pid, **kwargs):
    v = plans.get_plan(db, actor, pid)
    args = {"withdrawn_on": D(2026, 2, 10), "reason": REFUSAL, **kwargs}
    return plans.withdraw_contribution(
        db,
        actor,
        pid,
        args.pop("contributor", Contributor.FSL),
        args.pop("withdrawn_on"),
        args.pop("reason"),
        args.pop("version", v.version),
        **args,
    )


def test_a_withdrawn_promise_is_the_tenants_after_a_month_not_retroactively(
    db, actor, household, clock
):
    pid = fsl_plan(db, actor, household, clock)
    clock.day = D(2026, 2, 16)
    assert plans.evaluate_plans(db, actor).breached == []
    withdraw(db, actor, pid)
    v = plans.get_plan(db, actor, pid)
    [fsl] = v.contributions
    assert (fsl.awaited, fsl.released) == (E("0.00"), E("600.00"))
    assert fsl.withdrawal == Withdrawal(D(2026, 2, 10), D(2026, 3, 16), REFUSAL)
    # January's and February's instalments are late, yet not the tenants' default: they
    # were told the FSL would pay them, and get a month's notice (to 16/03/2026).
    assert v.status == PlanStatus.EN_COURS and v.breach_reasons == []
    assert [(i.awaited, i.owed_from, i.unpaid) for i in v.ledger.instalments[:3]] == [
        (E("200.00"), D(2026, 3, 16), False),
        (E("200.00"), D(2026, 3, 16), False),
        (E("200.00"), D(2026, 3, 16), False),
    ]
    assert v.ledger.tenants_late == []
    # The notice over, they are the tenants' (a reminder may ask for them)...
    clock.day = D(2026, 3, 17)
    assert plans.evaluate_plans(db, actor).breached == []
    v = plans.get_plan(db, actor, pid)
    assert [i.number for i in v.ledger.tenants_late] == [1, 2, 3]
    assert v.ledger.tenants_overdue == E("600.00")
    # ...and unpaid once the grace period (10 days) has passed after it.
    clock.day = D(2026, 3, 26)
    assert plans.evaluate_plans(db, actor).breached == []
    clock.day = D(2026, 3, 27)
    assert plans.evaluate_plans(db, actor).breached == [pid]
    v = plans.get_plan(db, actor, pid)
    assert v.status == PlanStatus.DEFAILLANT
    assert "3 échéances impayées, la plus ancienne du 05/01/2026" in str(v.breach_reasons[0])


def test_the_withdrawal_is_audited_and_in_the_tenant_file(db, actor, household, clock):
    pid = fsl_plan(db, actor, household, clock)
    clock.day = D(2026, 2, 16)
    version = plans.get_plan(db, actor, pid).version
    new_version = withdraw(db, actor, pid, owed_from=D(2026, 4, 5))
    assert new_version > version
    summaries = [e.summary for e in service_tests.timeline(db, actor, household)]
    assert any(
        f"promesse du FSL retirée le 10/02/2026 ({REFUSAL}) ; 600,00{NBSP}€ dus par les "
        "locataires à partir du 05/04/2026" in x
        for x in summaries
    ), summaries
    assert "contribution_withdrawal" in service_tests.audit_actions(db, pid)
    # Chosen later than a month: the instalments are the tenants' from that day.
    v = plans.get_plan(db, actor, pid)
    assert v.contributions[0].withdrawal.owed_from == D(2026, 4, 5)
    assert v.integrity is None  # the signed terms' seal still holds
    assert v.ledger.instalments[0].tenants_due_on == D(2026, 4, 5)


@pytest.mark.parametrize(
    ("kwargs", "field", "text"),
    [
        ({"withdrawn_on": D(2026, 2, 17)}, "on", "La date ne peut pas être dans le futur."),
        (
            {"withdrawn_on": D(2026, 1, 2)},
            "on",
            "La date ne peut pas précéder la signature du plan (03/01/2026).",
        ),
        (
            {"owed_from": D(2026, 2, 15)},
            "owed_from",
            "Les locataires doivent être prévenus avant de devoir ces échéances : choisissez "
            "une date à partir d'aujourd'hui (16/02/2026), par exemple le 16/03/2026.",
        ),
        ({"reason": "  "}, "reason", "Indiquez le motif."),
        (
            {"contributor": Contributor.CCAS},
            "contributor",
            "Ce plan ne prévoit pas de contribution de cet organisme.",
        ),
    ],
)
def test_a_bad_withdrawal_is_refused_in_french_with_nothing_written(
    db, actor, household, clock, kwargs, field, text
):
    pid = fsl_plan(db, actor, household, clock)
    clock.day = D(2026, 2, 16)
    before = plans.get_plan(db, actor, pid)
    with pytest.raises(ValidationError) as caught:
        withdraw(db, actor, pid, **kwargs)
    assert str(caught.value.fields[field]) == text
    after = plans.get_plan(db, actor, pid)
    assert after.version == before.version and after.contributions == before.contributions


def test_a_promise_is_withdrawn_once_from_a_signed_plan_at_the_version_read(
    db, actor, household, clock
):
    pid = fsl_plan(db, actor, household, clock)
    clock.day = D(2026, 2, 16)
    stale = plans.get_plan(db, actor, pid).version
    withdraw(db, actor, pid)
    with pytest.raises(ConflictError):
        withdraw(db, actor, pid, version=stale)
    with pytest.raises(ValidationError) as caught:
        withdraw(db, actor, pid)
    assert str(caught.value.fields["contributor"]) == (
        "La promesse du FSL est déjà retirée (le 10/02/2026)."
    )


def test_a_withdrawal_is_refused_on_a_plan_not_signed(db, actor, household, clock):
    """A draft's promise is changed in its terms, not withdrawn."""
    pid = plans.create_plan(
        db,
        actor,
        household,
        service_tests.new_terms(db, actor, household, fsl=True, fsl_amount=E("600.00")),
    )
    with pytest.raises(ValidationError) as caught:
        withdraw(db, actor, pid, withdrawn_on=D(2026, 1, 3))
    assert "ne se retire que d'un plan signé" in str(caught.value.message)


# --- the arrears list -----------------------------------------------------------------


def action_of(db, actor, household):
    [row] = [r for r in plans.arrears_list(db, actor) if r.household_id == household]
    return str(row.action.text), row.action.due_on


def test_the_arrears_list_awaits_the_contributor_not_the_tenants(db, actor, household, clock):
    pid = fsl_plan(db, actor, household, clock, promised="300.00")
    # January's instalment is late, the FSL's to pay: staff chase the FSL.
    clock.day = D(2026, 1, 20)
    plans.evaluate_plans(db, actor)
    assert action_of(db, actor, household) == (
        "Versement du FSL attendu (échéance du 05/01/2026)",
        D(2026, 1, 15),
    )
    # February's is half the tenants' (the FSL promised 100 € more): chase them.
    clock.day = D(2026, 2, 20)
    plans.evaluate_plans(db, actor)
    assert action_of(db, actor, household) == (
        "Relancer : échéance du 05/02/2026 impayée",
        D(2026, 2, 15),
    )
    # The FSL refuses: the tenants owe its part after the notice, then are chased for it.
    withdraw(db, actor, pid, withdrawn_on=D(2026, 2, 20))
    assert action_of(db, actor, household)[0] == "Relancer : échéance du 05/02/2026 impayée"
    v = plans.get_plan(db, actor, pid)
    plans.record_payment(db, actor, pid, D(2026, 2, 20), E("100.00"), v.version)
    assert action_of(db, actor, household) == (
        "Suivre l'échéance du 05/03/2026",
        D(2026, 3, 5),
    )
    clock.day = D(2026, 3, 21)
    assert action_of(db, actor, household) == (
        "Relancer : échéance du 05/03/2026 impayée",
        D(2026, 3, 15),
    )


def test_during_the_notice_the_arrears_list_says_the_promise_was_withdrawn(
    db, actor, household, clock
):
    pid = fsl_plan(db, actor, household, clock)  # the FSL's 600 €: the first 3 instalments
    clock.day = D(2026, 2, 16)
    withdraw(db, actor, pid)
    # Not « Suivre l'échéance du 16/03/2026 »: no instalment falls due that day.
    during = (
        "Promesse du FSL retirée : à la charge des locataires à partir du 16/03/2026",
        D(2026, 3, 16),
    )
    assert action_of(db, actor, household) == during
    clock.day = D(2026, 3, 16)
    assert action_of(db, actor, household) == during
    # The notice over, the tenants are chased for the FSL's part (not for an instalment
    # « du 16/03/2026 »), once the grace period has passed.
    clock.day = D(2026, 3, 17)
    assert action_of(db, actor, household) == (
        "Relancer : part du FSL impayée, due par les locataires depuis le 16/03/2026",
        D(2026, 3, 26),
    )


def test_the_notice_action_names_both_contributors():
    from desktop.domain.plan_withdrawal import notice_action

    both = {Contributor.FSL: D(2026, 3, 16), Contributor.CCAS: D(2026, 3, 16)}

    def action(status, due, on):
        return notice_action(status, None, (), due, both, on, 10)

    assert str(action(PlanStatus.EN_COURS, D(2026, 3, 16), D(2026, 3, 1)).text) == (
        "Promesses du FSL et du CCAS retirées : à la charge des locataires à partir du 16/03/2026"
    )
    after = action(PlanStatus.EN_COURS, D(2026, 3, 16), D(2026, 3, 17))
    assert (str(after.text), after.due_on) == (
        "Relancer : parts du FSL et du CCAS impayées, dues par les locataires depuis le 16/03/2026",
        D(2026, 3, 26),
    )
    # An instalment of the tenants' own falls due first, or the plan is breached: the
    # usual action.
    assert action(PlanStatus.EN_COURS, D(2026, 3, 5), D(2026, 3, 1)) is None
    assert action(PlanStatus.DEFAILLANT, D(2026, 3, 16), D(2026, 3, 1)) is None


# --- command line ---------------------------------------------------------------------


def test_cli_withdraws_a_promise(db, db_url, actor, household, clock, capsys):
    """``parcours plan withdraw-promise N --contributor FSL --date … --reason …``."""
    from desktop.cli import main

    pid = fsl_plan(db, actor, household, clock)
    clock.day = D(2026, 2, 16)
    args = ["plan", "withdraw-promise", str(pid), "--contributor", "fsl", "--db", db_url]
    # A notice ending in the past, and no reason: refused by option, nothing written.
    assert main([*args, "--date", "10/02/2026", "--owed-from", "01/02/2026"]) == 2
    err = capsys.readouterr().err
    assert "--owed-from" in err and "Les locataires doivent être prévenus" in err
    assert "--reason" in err and "Indiquez le motif." in err
    assert plans.get_plan(db, actor, pid).contributions[0].withdrawal is None
    assert main([*args, "--date", "10/02/2026", "--reason", REFUSAL]) == 0
    assert capsys.readouterr().out.strip() == (
        f"Retrait de la promesse du FSL enregistré : 600,00{NBSP}€ dus par les locataires à "
        "partir du 16/03/2026. Prévenez-les avant cette date."
    )
    v = plans.get_plan(db, actor, pid)
    assert v.contributions[0].withdrawal == Withdrawal(D(2026, 2, 10), D(2026, 3, 16), REFUSAL)


# --- the reminder ---------------------------------------------------------------------


def test_no_reminder_during_the_notice_then_the_fsls_part_is_asked_for(db, actor, household, clock):
    from desktop.domain.errors import UserError
    from desktop.services import plan_letters
    from tests.test_plan_letters import text_of

    pid = fsl_plan(db, actor, household, clock, promised="300.00")
    clock.day = D(2026, 1, 20)
    withdraw(db, actor, pid, withdrawn_on=D(2026, 1, 19))
    # January's instalment was the FSL's: the tenants owe it from 20/02/2026 only.
    with pytest.raises(UserError) as caught:
        plan_letters.produce_plan_letter(db, actor, pid, plan_letters.REMINDER)
    assert str(caught.value.message) == (
        "Les échéances en retard de ce plan devaient être payées par un contributeur qui a "
        "retiré sa promesse : les locataires ne les doivent qu'à partir du 20/02/2026. Pas de "
        "relance avant cette date."
    )
    clock.day = D(2026, 2, 21)
    text = " ".join(
        text_of(plan_letters.produce_plan_letter(db, actor, pid, plan_letters.REMINDER)).split()
    )
    assert "l'échéance n° 1 du 5 janvier 2026 reste impayée pour 200,00 €" in text
    assert "de même que l'échéance suivante" in text
    assert "Au total, 400,00 € d'échéances échues restent à régler" in text
    # Why the tenants owe what the FSL was to pay, and from when.
    fsl_part = (
        "Sur les échéances du 5 janvier 2026 et du 5 février 2026, 300,00 € étaient à verser "
        "par le FSL, qui a retiré sa promesse : ils sont à votre charge depuis le 20 février "
        "2026."
    )
    assert f"s'élève à 1 200,00 €. {fsl_part}" in text
    # The breach notice says it too.
    clock.day = D(2026, 3, 3)
    assert plans.evaluate_plans(db, actor).breached == [pid]
    notice = " ".join(
        text_of(
            plan_letters.produce_plan_letter(db, actor, pid, plan_letters.BREACH_NOTICE)
        ).split()
    )
    assert f"dont 400,00 € d'échéances échues. {fsl_part}" in notice
    # For a judge: January's 10 days ran from the day it was the tenants', not from its
    # date (February's own part was due on its date: no such note).
    assert (
        f"{fsl_part} Pour l'échéance du 5 janvier 2026, le délai de 10 jours prévu par "
        "l'accord n'a couru qu'à compter du 20 février 2026, jour où elle a été mise à "
        "votre charge : il a expiré le 2 mars 2026 sans qu'elle ait été intégralement "
        "payée. Sans régularisation"
    ) in notice


def test_the_reminder_names_the_fsl_s_instalment_alone_or_in_part(db, actor, household, clock):
    from desktop.services import plan_letters

    pid = fsl_plan(db, actor, household, clock)  # the FSL promised 600 €, 200 € a month
    clock.day = D(2026, 1, 20)
    withdraw(db, actor, pid, withdrawn_on=D(2026, 1, 19))
    clock.day = D(2026, 2, 21)
    fields = plan_letters.letter_fields(db, actor, pid, plan_letters.REMINDER)
    assert fields["retrait_contribution"] == (
        f"Sur les échéances du 5 janvier 2026 et du 5 février 2026, 400,00{NBSP}€ étaient à verser "
        "par le FSL, qui a retiré sa promesse : ils sont à votre charge depuis le 20 février "
        "2026."
    )
    v = plans.get_plan(db, actor, pid)
    plans.record_payment(db, actor, pid, D(2026, 2, 21), E("250.00"), v.version)
    fields = plan_letters.letter_fields(db, actor, pid, plan_letters.REMINDER)
    assert fields["retrait_contribution"] == (
        "L'échéance du 5 février 2026 était à verser par le FSL, qui a retiré sa promesse : "
        "elle est à votre charge depuis le 20 février 2026."
    )
    assert fields["echeance_montant"] == "150,00"
    # Part of an instalment only (the rest was the tenants' own anyway).
    v = plans.get_plan(db, actor, pid)
    part = dataclasses.replace(v.ledger.tenants_late[0], released=E("100.00"))
    assert plan_letters.released_text(v, [part]) == (
        f"Sur l'échéance du 5 février 2026, 100,00{NBSP}€ étaient à verser par le FSL, qui a retiré "
        "sa promesse : ils sont à votre charge depuis le 20 février 2026."
    )


def test_an_instalment_two_withdrawn_promises_were_to_pay_names_both(db, actor, household, clock):
    """The FSL's 300 € pay January and half of February, the CCAS's 100 € the rest of
    February; both withdrawn, on different days. The reminder names both contributors
    for February, owed from the later notice's end, and its breach rule says that the
    10 days of those instalments run from that day, not from their dates."""
    from desktop.services import plan_letters
    from tests.test_plan_letters import text_of

    pid = signed_plan(
        db,
        actor,
        household,
        clock,
        payments_cover_rent=False,
        fsl=True,
        fsl_amount=E("300.00"),
        ccas=True,
        ccas_amount=E("100.00"),
    )
    clock.day = D(2026, 1, 20)
    withdraw(db, actor, pid, withdrawn_on=D(2026, 1, 19))  # owed from 20/02/2026
    clock.day = D(2026, 1, 25)
    withdraw(db, actor, pid, withdrawn_on=D(2026, 1, 24), contributor=Contributor.CCAS)
    clock.day = D(2026, 3, 1)
    doc = plan_letters.produce_plan_letter(db, actor, pid, plan_letters.REMINDER)
    text = " ".join(text_of(doc).split())
    assert (
        "s'élève à 1 200,00 €. L'échéance du 5 janvier 2026 était à verser par le FSL, qui "
        "a retiré sa promesse : elle est à votre charge depuis le 20 février 2026. "
        "L'échéance du 5 février 2026 était à verser par le FSL et le CCAS, qui ont retiré "
        "leurs promesses : elle est à votre charge depuis le 25 février 2026. Nous vous"
    ) in text
    assert (
        "Nous vous rappelons que le plan devient caduc dès que 2 échéances restent "
        "impayées plus de 10 jours après leur date (pour une échéance que le FSL ou le "
        "CCAS devait verser, plus de 10 jours après le jour où elle est à votre charge), "
        "et que la procédure de recouvrement reprend alors."
    ) in text


def test_three_instalments_of_one_withdrawn_promise_in_one_sentence(db, actor, household, clock):
    from desktop.services import plan_letters

    pid = fsl_plan(db, actor, household, clock)  # the FSL promised 600 €, 200 € a month
    clock.day = D(2026, 2, 16)
    withdraw(db, actor, pid)  # owed from 16/03/2026
    clock.day = D(2026, 3, 17)
    fields = plan_letters.letter_fields(db, actor, pid, plan_letters.REMINDER)
    assert fields["retrait_contribution"] == (
        "Sur les échéances du 5 janvier 2026, du 5 février 2026 et du 5 mars 2026, "
        f"600,00{NBSP}€ étaient à verser par le FSL, qui a retiré sa promesse : ils sont à "
        "votre charge depuis le 16 mars 2026."
    )
    # Breached once their 10 days have run from that day: the notice says so of all three.
    clock.day = D(2026, 3, 27)
    assert plans.evaluate_plans(db, actor).breached == [pid]
    fields = plan_letters.letter_fields(db, actor, pid, plan_letters.BREACH_NOTICE)
    assert fields["retrait_contribution"].endswith(
        "à votre charge depuis le 16 mars 2026. Pour les échéances du 5 janvier 2026, du 5 "
        "février 2026 et du 5 mars 2026, le délai de 10 jours prévu par l'accord n'a couru "
        "qu'à compter du 16 mars 2026, jour où elles ont été mises à votre charge : il a "
        "expiré le 26 mars 2026 sans qu'elles aient été intégralement payées."
    )
    # The reminder gives the rule instead (« regle_defaillance »), not this account.
    reminder = plan_letters.letter_fields(db, actor, pid, plan_letters.REMINDER)
    assert "délai de 10 jours prévu" not in reminder["retrait_contribution"]


def test_the_tenants_are_told_by_letter(db, actor, household, clock):
    from desktop.domain.errors import UserError
    from desktop.services import plan_letters
    from tests.test_plan_letters import text_of

    pid = fsl_plan(db, actor, household, clock, promised="300.00")
    with pytest.raises(UserError) as caught:  # nothing withdrawn: nothing to tell
        plan_letters.produce_plan_letter(db, actor, pid, plan_letters.WITHDRAWAL)
    assert "enregistrez d'abord le retrait" in str(caught.value.message)
    clock.day = D(2026, 1, 20)
    v = plans.get_plan(db, actor, pid)
    plans.record_payment(
        db, actor, pid, D(2026, 1, 5), E("100.00"), v.version, contributor=Contributor.FSL
    )
    withdraw(db, actor, pid, withdrawn_on=D(2026, 1, 19))
    doc = plan_letters.produce_plan_letter(db, actor, pid, plan_letters.WITHDRAWAL)
    text = " ".join(text_of(doc).split())
    assert (
        "Dans le cadre de l'accord signé le 3 janvier 2026 (plan d'apurement), une "
        "contribution du FSL de 300,00 € devait vous aider à rembourser votre dette ; "
        "100,00 € en ont été versés."
    ) in text
    assert (
        "Nous avons appris le 19 janvier 2026 que le solde de cette contribution, soit "
        "200,00 € (deux cents euros), ne sera pas versé. Cette somme reste donc à votre "
        "charge."
    ) in text
    assert "ne vous seront pas réclamées avant le 20 février 2026" in text
    assert "Il reste dû au total 1 100,00 € sur l'accord." in text


# --- the rule, without a database -----------------------------------------------------


def test_allocate_frees_withdrawn_promises_after_their_notice_oldest_first():
    from desktop.domain.plans import allocate, next_check_on
    from desktop.domain.schedule import Instalment

    instalments = [Instalment(n, D(2026, n, 5), E("100.00")) for n in (1, 2, 3)]
    # A standing promise (50 €) covers the oldest first, then two withdrawn promises,
    # the FSL's, the tenants' from 01/03 (100 €), and the CCAS's from 01/04 (50 €).
    FSL, CCAS = Contributor.FSL, Contributor.CCAS
    ledger = allocate(
        instalments,
        [],
        D(2026, 3, 20),
        awaited=E("50.00"),
        released=[(E("50.00"), D(2026, 4, 1), CCAS), (E("100.00"), D(2026, 3, 1), FSL)],
    )
    assert [(i.awaited, i.released, i.tenants_due_on, i.unpaid) for i in ledger.instalments] == [
        # 50 € the CCAS's, 50 € the tenants' since 01/03, unpaid after 11/03.
        (E("50.00"), E("50.00"), D(2026, 3, 1), True),
        # All the withdrawn promises': 50 € from 01/03, 50 € from 01/04: the later day.
        (E("100.00"), E("100.00"), D(2026, 4, 1), False),
        # Nobody promised it: the tenants', unpaid after 15/03.
        (E("0.00"), E("0.00"), D(2026, 3, 5), True),
    ]
    assert [i.released_by for i in ledger.instalments] == [(FSL,), (FSL, CCAS), ()]
    assert ledger.in_notice == E("100.00") and ledger.tenants_next_due_on == D(2026, 3, 1)
    assert [i.number for i in ledger.tenants_late] == [1, 3]
    assert next_check_on(ledger, 10, started=True) == D(2026, 4, 12)


# --- access request and purge ---------------------------------------------------------

PERSONAL = "Mme Dupont n'a pas fourni son avis d'imposition"


def test_the_withdrawal_is_in_the_access_export_and_its_reason_purged(
    db, actor, household, clock, tmp_path
):
    from sqlalchemy import select

    from desktop.services import retention
    from desktop.storage.models import PaymentPlan
    from tests.test_export_person_more import close_long_ago, is_date

    pid = fsl_plan(db, actor, household, clock)
    clock.day = D(2026, 2, 16)
    withdraw(db, actor, pid, reason=PERSONAL)
    book = load_workbook(person_export.export_person(db, actor, household, tmp_path / "a.xlsx"))
    sheet = book["Accords de paiement"]
    header = [c.value for c in sheet[1]]
    row = sheet[2]
    assert row[header.index("Motif du retrait de la promesse du FSL")].value == PERSONAL
    assert is_date(row[header.index("Promesse du FSL retirée le")], D(2026, 2, 10))
    trail = book["Journal d'audit"]
    header = [c.value for c in trail[1]]
    [event] = [
        r
        for r in trail.iter_rows(min_row=2, values_only=True)
        if r[header.index("Action")] == "retrait de la promesse d'un contributeur"
    ]
    after = event[header.index("Après")].split("\n")
    assert "Promesse du FSL retirée le : 10/02/2026" in after
    assert "Part du FSL due par les locataires à partir du : 16/03/2026" in after
    # Years after the file closed, the reason (free text) goes; the dates stay.
    v = plans.get_plan(db, actor, pid)
    plans.change_status(db, actor, pid, PlanStatus.ANNULE, v.version, reason="Départ")
    close_long_ago(db, actor, household)
    assert retention.purge(db, actor).anonymised == 1
    with db.reader() as s:
        p = s.scalars(select(PaymentPlan).where(PaymentPlan.id == pid)).one()
        assert (p.fsl_withdrawal_reason, p.fsl_withdrawn_on) == ("", D(2026, 2, 10))
