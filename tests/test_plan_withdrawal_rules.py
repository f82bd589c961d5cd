"""The rules of a contributor's promise withdrawn from a signed plan, without a database
(docs/domain.md#plans): when it may be recorded, when it may be undone, and what the
arrears list then asks the staff to do."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.plan_withdrawal import (
    NOTICE_MONTHS,
    check_cancel,
    check_withdrawal,
    default_owed_from,
    notice_action,
)
from desktop.domain.plans import REASON_MAX, Contribution, Contributor, FollowUpKind, Withdrawal
from desktop.domain.schedule import PlanStatus

TODAY = dt.date(2026, 3, 16)
SIGNED = dt.date(2026, 1, 10)
FSL, CCAS = Contributor.FSL, Contributor.CCAS


def promise(promised="300.00", received="0.00", withdrawal=None, who=FSL) -> Contribution:
    amount = None if promised is None else Decimal(promised)
    return Contribution(who, amount, Decimal(received), withdrawal)


def withdrawn(on=TODAY, owed_from=dt.date(2026, 4, 16), reason="Aide refusée") -> Withdrawal:
    return Withdrawal(on, owed_from, reason)


def check(**kwargs) -> None:
    """``check_withdrawal`` of a plan in progress, with ``kwargs`` changed."""
    args = {
        "status": PlanStatus.EN_COURS,
        "signed_on": SIGNED,
        "contribution": promise(),
        "withdrawal": withdrawn(),
        "today": TODAY,
    }
    check_withdrawal(**(args | kwargs))


def refused(**kwargs) -> dict[str, str]:
    """The fields refused, with their messages (``{}``: refused as a whole)."""
    with pytest.raises(ValidationError) as exc:
        check(**kwargs)
    return {k: str(v) for k, v in exc.value.fields.items()} or {"": str(exc.value.message)}


accepted = check


def test_the_tenants_owe_again_one_month_after_the_withdrawal_is_recorded():
    assert NOTICE_MONTHS == 1
    assert default_owed_from(dt.date(2026, 3, 16)) == dt.date(2026, 4, 16)
    assert default_owed_from(dt.date(2026, 1, 31)) == dt.date(2026, 2, 28)  # shorter month


@pytest.mark.parametrize("status", [PlanStatus.SIGNE, PlanStatus.EN_COURS, PlanStatus.DEFAILLANT])
def test_a_promise_is_withdrawn_from_a_plan_in_force(status):
    accepted(status=status)


@pytest.mark.parametrize(
    "status",
    [
        s
        for s in PlanStatus
        if s not in (PlanStatus.SIGNE, PlanStatus.EN_COURS, PlanStatus.DEFAILLANT)
    ],
)
def test_a_plan_not_in_force_is_refused_as_a_whole(status):
    assert refused(status=status) == {
        "": "La promesse d'un contributeur ne se retire que d'un plan signé, en cours ou "
        "défaillant ; sur un plan en projet, modifiez ses conditions."
    }


def test_the_contributor_must_be_named_on_the_plan_and_not_already_withdrawn():
    assert refused(contribution=None) == {
        "contributor": "Ce plan ne prévoit pas de contribution de cet organisme."
    }
    earlier = withdrawn(on=dt.date(2026, 2, 2))
    assert refused(contribution=promise(withdrawal=earlier)) == {
        "contributor": "La promesse du FSL est déjà retirée (le 02/02/2026)."
    }


def test_a_promise_fully_paid_leaves_nothing_to_withdraw():
    assert refused(contribution=promise("300.00", "300.00")) == {
        "contributor": "Le FSL a déjà versé ce qu'il avait promis (300,00\u00a0€) : il n'y a plus "
        "rien à retirer."
    }
    accepted(contribution=promise("300.00", "299.99"))  # one cent still to come
    accepted(contribution=promise(None))  # named without an amount: may be withdrawn


def test_the_withdrawal_date_lies_between_the_signature_and_today():
    accepted(withdrawal=withdrawn(on=TODAY))
    accepted(withdrawal=withdrawn(on=SIGNED))
    assert refused(withdrawal=withdrawn(on=TODAY + dt.timedelta(days=1))) == {
        "on": "La date ne peut pas être dans le futur."
    }
    assert refused(withdrawal=withdrawn(on=SIGNED - dt.timedelta(days=1))) == {
        "on": "La date ne peut pas précéder la signature du plan (10/01/2026)."
    }
    accepted(signed_on=None, withdrawal=withdrawn(on=dt.date(2020, 1, 1)))  # not known


def test_the_tenants_cannot_owe_it_before_today():
    accepted(withdrawal=withdrawn(owed_from=TODAY))
    assert refused(withdrawal=withdrawn(owed_from=TODAY - dt.timedelta(days=1))) == {
        "owed_from": "Les locataires doivent être prévenus avant de devoir ces échéances : "
        "choisissez une date à partir d'aujourd'hui (16/03/2026), par exemple le 16/04/2026."
    }


def test_the_reason_is_required_and_limited():
    assert refused(withdrawal=withdrawn(reason="")) == {"reason": "Indiquez le motif."}
    accepted(withdrawal=withdrawn(reason="x" * REASON_MAX))
    assert list(refused(withdrawal=withdrawn(reason="x" * (REASON_MAX + 1)))) == ["reason"]


def test_every_field_s_error_is_told_at_once():
    bad = Withdrawal(TODAY + dt.timedelta(days=3), TODAY - dt.timedelta(days=1), "")
    assert list(refused(contribution=None, withdrawal=bad)) == [
        "contributor",
        "on",
        "owed_from",
        "reason",
    ]


# --- undoing a withdrawal ------------------------------------------------------------


def cancel_refused(status=PlanStatus.EN_COURS, contribution=None, today=TODAY) -> str:
    with pytest.raises(ValidationError) as exc:
        check_cancel(status, FSL, contribution, today)
    assert exc.value.fields == {}
    return str(exc.value.message)


def test_a_withdrawal_is_undone_until_the_tenants_owe_the_sum():
    w = withdrawn(owed_from=dt.date(2026, 4, 16))
    c = promise(withdrawal=w)
    assert check_cancel(PlanStatus.EN_COURS, FSL, c, TODAY) is w
    assert check_cancel(PlanStatus.DEFAILLANT, FSL, c, dt.date(2026, 4, 16)) is w  # last day
    assert cancel_refused(contribution=c, today=dt.date(2026, 4, 17)).startswith(
        "Le retrait de la promesse du FSL ne peut plus être annulé : depuis le 16/04/2026,"
    )


def test_nothing_to_undo_without_a_withdrawal():
    expected = "La promesse du FSL n'est pas retirée sur ce plan : il n'y a rien à annuler."
    assert cancel_refused(contribution=None) == expected
    assert cancel_refused(contribution=promise()) == expected


@pytest.mark.parametrize("status", [PlanStatus.RESPECTE, PlanStatus.CADUC, PlanStatus.SOLDE])
def test_a_plan_no_longer_in_force_keeps_its_withdrawal(status):
    c = promise(withdrawal=withdrawn())
    assert cancel_refused(status=status, contribution=c) == (
        f"Ce plan n'est plus en vigueur (« {status.label} ») : le retrait de la promesse ne "
        "s'annule plus."
    )


# --- the arrears list's next action --------------------------------------------------

OWED = dt.date(2026, 4, 16)


def action(
    on,
    status=PlanStatus.EN_COURS,
    follow_up=None,
    awaited=(),
    due=OWED,
    owed=None,
    grace=10,
):
    owed = {FSL: OWED, CCAS: None} if owed is None else owed
    return notice_action(status, follow_up, awaited, due, owed, on, grace)


def test_during_the_notice_the_list_says_from_when_the_tenants_owe_it():
    for on in (TODAY, OWED):  # up to the day itself
        a = action(on)
        assert str(a.text) == (
            "Promesse du FSL retirée : à la charge des locataires à partir du 16/04/2026"
        )
        assert a.due_on == OWED


def test_after_the_notice_the_tenants_are_chased_once_the_grace_period_is_over():
    a = action(OWED + dt.timedelta(days=1))
    assert str(a.text) == (
        "Relancer : part du FSL impayée, due par les locataires depuis le 16/04/2026"
    )
    assert a.due_on == dt.date(2026, 4, 26)  # 10 days of grace
    assert action(OWED + dt.timedelta(days=1), grace=0).due_on == OWED


def test_two_promises_withdrawn_for_the_same_day_are_both_named():
    both = {FSL: OWED, CCAS: OWED}
    assert str(action(TODAY, owed=both).text) == (
        "Promesses du FSL et du CCAS retirées : à la charge des locataires à partir du 16/04/2026"
    )
    assert str(action(OWED + dt.timedelta(days=2), owed=both).text) == (
        "Relancer : parts du FSL et du CCAS impayées, dues par les locataires depuis le 16/04/2026"
    )


def test_the_usual_action_otherwise():
    assert action(TODAY, due=None) is None  # nothing owed by the tenants
    assert action(TODAY, due=dt.date(2026, 4, 5)) is None  # an instalment's own due date
    assert action(TODAY, owed={FSL: None, CCAS: None}) is None
    assert action(TODAY, awaited=(CCAS,)) is None  # a contributor's payment awaited first
    assert action(TODAY, follow_up=FollowUpKind.REMINDER) is None  # a letter to follow
    assert action(TODAY, status=PlanStatus.DEFAILLANT) is None
    assert action(TODAY, status=None) is None
    assert action(TODAY, status=PlanStatus.SIGNE) is not None
