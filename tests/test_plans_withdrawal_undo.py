"""A contributor's promise withdrawn by mistake (or the contributor changed its mind):
the withdrawal is cancelled while its notice runs, when nothing depends on it yet;
refused after (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.plans import Contributor
from desktop.domain.schedule import PlanStatus
from desktop.services import plans
from tests import test_plans_service as service_tests
from tests.test_plans_withdrawal import REFUSAL, action_of, fsl_plan, withdraw

clock = service_tests.clock
household = service_tests.household

D = dt.date
E = Decimal


def cancel(db, actor, pid, contributor=Contributor.FSL, version=None):
    v = plans.get_plan(db, actor, pid)
    return plans.cancel_withdrawal(db, actor, pid, contributor, version or v.version)


def test_a_withdrawal_entered_by_mistake_is_cancelled_during_its_notice(
    db, actor, household, clock
):
    pid = fsl_plan(db, actor, household, clock)
    clock.day = D(2026, 2, 16)
    withdraw(db, actor, pid)  # the tenants would owe the FSL's 600 € from 16/03/2026
    version = plans.get_plan(db, actor, pid).version
    clock.day = D(2026, 3, 16)  # the notice's last day: nothing depends on it yet
    assert cancel(db, actor, pid) > version
    v = plans.get_plan(db, actor, pid)
    [fsl] = v.contributions
    assert (fsl.withdrawal, fsl.awaited, fsl.released) == (None, E("600.00"), E("0.00"))
    assert v.integrity is None and v.status == PlanStatus.EN_COURS
    # The FSL is awaited again: its instalments are not the tenants' default.
    assert [i.tenants_due_on for i in v.ledger.instalments[:3]] == [None, None, None]
    assert action_of(db, actor, household)[0] == (
        "Versement du FSL attendu (échéance du 05/01/2026)"
    )
    clock.day = D(2026, 4, 1)
    assert plans.evaluate_plans(db, actor).breached == []
    # Audited with what was cancelled, and told in the tenant file.
    assert "contribution_withdrawal_cancelled" in service_tests.audit_actions(db, pid)
    summaries = [e.summary for e in service_tests.timeline(db, actor, household)]
    assert any(
        f"retrait de la promesse du FSL annulé (retrait du 10/02/2026 : {REFUSAL}) ; le FSL "
        "reste attendu" in x
        for x in summaries
    ), summaries
    # The promise can be withdrawn again, later.
    withdraw(db, actor, pid, withdrawn_on=D(2026, 4, 1))
    assert plans.get_plan(db, actor, pid).contributions[0].withdrawal.owed_from == D(2026, 5, 1)


def test_once_the_tenants_owe_it_the_withdrawal_is_not_cancelled(db, actor, household, clock):
    pid = fsl_plan(db, actor, household, clock)
    clock.day = D(2026, 2, 16)
    withdraw(db, actor, pid)
    clock.day = D(2026, 3, 17)  # the tenants owe it: a reminder may have asked for it
    before = plans.get_plan(db, actor, pid)
    with pytest.raises(ValidationError) as caught:
        cancel(db, actor, pid)
    assert str(caught.value.message) == (
        "Le retrait de la promesse du FSL ne peut plus être annulé : depuis le 16/03/2026, "
        "les échéances qu'il devait payer sont à la charge des locataires (relances, "
        "défaillance). Si le FSL verse finalement sa contribution, enregistrez ses "
        "versements : ils réduisent ce que doivent les locataires."
    )
    after = plans.get_plan(db, actor, pid)
    assert after.version == before.version and after.contributions == before.contributions


def test_only_a_withdrawn_promise_is_cancelled_at_the_version_read(db, actor, household, clock):
    pid = fsl_plan(db, actor, household, clock)
    clock.day = D(2026, 2, 16)
    with pytest.raises(ValidationError) as caught:
        cancel(db, actor, pid)
    assert str(caught.value.message) == (
        "La promesse du FSL n'est pas retirée sur ce plan : il n'y a rien à annuler."
    )
    stale = plans.get_plan(db, actor, pid).version
    withdraw(db, actor, pid)
    with pytest.raises(ConflictError):
        cancel(db, actor, pid, version=stale)
    assert plans.get_plan(db, actor, pid).contributions[0].withdrawal is not None


def test_cli_undoes_a_withdrawal(db, db_url, actor, household, clock, capsys):
    """``parcours plan undo-withdraw-promise N --contributor FSL``."""
    from desktop.cli import main

    pid = fsl_plan(db, actor, household, clock)
    clock.day = D(2026, 2, 16)
    args = ["plan", "undo-withdraw-promise", str(pid), "--db", db_url]
    assert main(args) == 2  # no contributor
    assert "--contributor" in capsys.readouterr().err
    assert main([*args, "--contributor", "fsl"]) == 2  # nothing withdrawn
    assert "n'est pas retirée sur ce plan" in capsys.readouterr().err
    withdraw(db, actor, pid)
    assert main([*args, "--contributor", "fsl"]) == 0
    assert capsys.readouterr().out.strip() == (
        "Retrait de la promesse du FSL annulé : sa promesse vaut de nouveau, comme signée."
    )
    assert plans.get_plan(db, actor, pid).contributions[0].withdrawal is None
