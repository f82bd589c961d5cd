"""CALEOL rules at their limits (desktop/domain/caleol/), without a database."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.caleol import Decision, validate_decision
from desktop.domain.errors import ValidationError


@pytest.mark.parametrize("rank", [1, 2, 3])
def test_ranks_one_to_three_are_accepted(rank):
    validate_decision(Decision.ATTRIBUTION_RANG, rank)


@pytest.mark.parametrize("rank", [0, 4, -1])
def test_a_rank_outside_one_to_three_is_refused(rank):
    with pytest.raises(ValidationError) as exc:
        validate_decision(Decision.ATTRIBUTION_RANG, rank)
    assert str(exc.value.fields["rank"]) == "Le rang doit être compris entre 1 et 3."


def test_only_a_voting_member_represented_without_a_valid_proxy_is_noted():
    from desktop.domain.caleol import (
        AttendanceMode,
        Member,
        MemberRole,
        Proxy,
        check_quorum,
        quorum_rules_for,
    )

    members = [Member(i, MemberRole.DESIGNE, f"Désigné {i}") for i in range(1, 5)] + [
        Member(10, MemberRole.CONSULT_CCAS, "CCAS")
    ]
    A = AttendanceMode
    attendances = {1: A.PRESENT, 2: A.PRESENT, 3: A.REPRESENTE, 4: A.REPRESENTE, 10: A.REPRESENTE}
    result = check_quorum(
        members, attendances, [Proxy(3, 1)], quorum_rules_for(dt.date(2026, 1, 1))
    )
    noted = [str(m) for m in result.explanations if "sans pouvoir valable" in str(m)]
    # 3 holds a valid proxy; 10 has no vote; 1 and 2 are present: only 4 is noted.
    assert noted == ["Désigné 4 est indiqué comme représenté sans pouvoir valable : compté absent."]


def test_one_person_in_less_than_nine_square_metres_is_over_crowded():
    from decimal import Decimal

    from desktop.domain.caleol import over_occupied

    assert over_occupied(Decimal("8.99"), 1)
    assert not over_occupied(Decimal("9"), 1)
