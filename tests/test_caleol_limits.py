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


def test_the_offer_line_follows_the_ranks_not_the_order_of_entry():
    from desktop.domain.caleol import OfferCandidate, offer_order

    line = offer_order(
        [
            OfferCandidate(1, Decision.ATTRIBUTION_RANG, None, None),
            OfferCandidate(2, Decision.ATTRIBUTION_RANG, 3, None),
            OfferCandidate(3, Decision.ATTRIBUTION_RANG, 1, None),
            OfferCandidate(4, Decision.NON_ATTRIBUTION, None, None),
            OfferCandidate(5, Decision.ATTRIBUTION_CONDITION_SUSPENSIVE, None, None),
        ]
    )
    # The direct attribution first, then ranks 1 and 3, a rank not given last.
    assert [c.id for c in line] == [5, 3, 2, 1]


def test_the_line_is_exhausted_only_when_everyone_dropped_out():
    from desktop.domain.caleol import OfferCandidate, OfferStatus, offer_state

    def state(*statuses):
        return offer_state(
            [
                OfferCandidate(i, Decision.ATTRIBUTION_RANG, i, s)
                for i, s in enumerate(statuses, start=1)
            ],
            dt.date(2026, 3, 20),
        )

    refused, offered = OfferStatus.REFUSED, OfferStatus.OFFERED
    assert state(refused, refused).exhausted
    assert not state(refused, None).exhausted  # the second one is next
    assert not state(refused, offered).exhausted  # the second one holds it
    assert not state().exhausted  # nobody to offer it to: nothing to exhaust


def test_a_dwelling_large_enough_for_its_household_has_no_ground():
    from decimal import Decimal

    from desktop.domain.caleol import occupation_grounds

    assert occupation_grounds("T3", Decimal("60"), 3) == []
