"""The notice as a case (pure): decisions on top of the date rules, deposit warnings."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop.domain.notice import DeliveryMode
from desktop.domain.notice import ReducedNoticeGround as G
from desktop.domain.notice_case import (
    Decision,
    DepositWarning,
    NoticeInput,
    deposit_info,
    effective_notice,
    normalise_notice,
)

D = dt.date
CHEF = Decision("Mme Chef", D(2026, 2, 1), "accord")


def notice(**kw) -> NoticeInput:
    return NoticeInput(**{"delivery_mode": DeliveryMode.MAIN_PROPRE,
                          "received_on": D(2028, 1, 31), **kw})


@pytest.mark.parametrize("ground, proof, decision, months, end, end_if_proof", [
    (G.AUCUN, None, None, 3, D(2028, 4, 30), None),
    (G.AUCUN, None, CHEF, 3, D(2028, 4, 30), None),          # no ground: no reduction
    (G.SANTE, None, None, 3, D(2028, 4, 30), D(2028, 2, 29)),  # leap year
    (G.SANTE, None, CHEF, 1, D(2028, 2, 29), None),           # granted without proof
    (G.SANTE, D(2028, 2, 2), None, 1, D(2028, 2, 29), None),
    (G.SANTE, D(2028, 2, 2), CHEF, 1, D(2028, 2, 29), None),  # decision moot
    (G.ZONE_TENDUE, None, None, 1, D(2028, 2, 29), None),
])
def test_decisions_on_top_of_the_rules(ground, proof, decision, months, end, end_if_proof):
    result = effective_notice(notice(ground=ground, proof_received_on=proof),
                              reduced_without_proof=decision)
    assert (result.applied_months, result.end_date, result.end_date_if_proof) == (
        months, end, end_if_proof)
    assert result.departure_on == end
    assert result.reduced_by_decision is (decision is not None and proof is None
                                          and ground is G.SANTE)


def test_postponement_keeps_the_end_and_moves_the_departure():
    result = effective_notice(notice(), postponed_to=(D(2028, 6, 30), CHEF))
    assert (result.end_date, result.departure_on) == (D(2028, 4, 30), D(2028, 6, 30))
    assert result.explanation()[-1].startswith("Départ reporté au 30/06/2028")
    earlier = effective_notice(notice(), postponed_to=(D(2028, 3, 1), CHEF))
    assert earlier.departure_on == D(2028, 4, 30)


def test_normalise_drops_proof_of_grounds_needing_none():
    n = normalise_notice(notice(ground=G.ZONE_TENDUE, proof_received_on=D(2028, 2, 1),
                                proof_document="  bail  ", notes="  x "))
    assert (n.proof_received_on, n.proof_document, n.notes) == (None, "", "x")
    n = normalise_notice(notice(ground=G.RSA_AAH, proof_received_on=D(2028, 2, 1),
                                proof_document="  attestation   CAF "))
    assert (n.proof_received_on, n.proof_document) == (D(2028, 2, 1), "attestation CAF")


@pytest.mark.parametrize("matches, today, returned, warning, penalty, due", [
    (True, D(2026, 3, 1), None, DepositWarning.NONE, "0.00", D(2026, 3, 28)),
    (True, D(2026, 3, 13), None, DepositWarning.NEAR, "0.00", D(2026, 3, 28)),
    (True, D(2026, 3, 28), None, DepositWarning.NEAR, "0.00", D(2026, 3, 28)),
    (True, D(2026, 3, 29), None, DepositWarning.PAST, "50.00", D(2026, 3, 28)),
    (None, D(2026, 3, 29), None, DepositWarning.NONE, "0.00", D(2026, 4, 28)),
    (False, D(2026, 7, 1), None, DepositWarning.PAST, "150.00", D(2026, 4, 28)),
    (False, D(2026, 7, 1), D(2026, 4, 28), DepositWarning.NONE, "0.00", D(2026, 4, 28)),
    (False, D(2026, 7, 1), D(2026, 4, 29), DepositWarning.NONE, "50.00", D(2026, 4, 28)),
])
def test_deposit_deadline_and_warning(matches, today, returned, warning, penalty, due):
    info = deposit_info(D(2026, 2, 28), matches, returned, Decimal("500.00"), today)
    assert (info.due_on, info.warning, info.penalty) == (due, warning, Decimal(penalty))
    assert info.provisional is (matches is None)
