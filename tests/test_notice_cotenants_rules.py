"""The co-tenants' notice rules without a database (docs/domain.md#notice): who gave
notice, who stays, whose notice went before."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop.domain.notice import ReducedNoticeGround as G
from desktop.domain.notice_cotenants import (
    SOLIDARITY_MONTHS,
    CotenantBond,
    NoticeGiver,
    OtherNotice,
    already_gone,
    distinct_givers,
    givers_of,
    is_whole,
    lease_continues,
    leaving_solidarity,
    still_in_place,
)
from desktop.domain.tenant import OccupantData

D = dt.date
ANNE = OccupantData("Martin", "Anne", "Mme")
PAUL = OccupantData("Durand", "Paul", "M.")
ZOE = OccupantData("Roux", "Zoé", "Mme")
A, P, Z = (NoticeGiver.of(o) for o in (ANNE, PAUL, ZOE))


def test_a_giver_is_kept_as_named_and_read_back_from_the_notice():
    assert givers_of([ANNE, PAUL]) == (A, P)
    assert P.full_name == "M. Paul DURAND"
    assert NoticeGiver("", "", "durand").full_name == "DURAND"  # no civility nor first name
    assert P.as_dict() == {"civility": "M.", "first_name": "Paul", "last_name": "Durand"}
    assert NoticeGiver.from_dict(P.as_dict()) == P
    assert NoticeGiver.from_dict({"last_name": "Durand", "civility": None}) == NoticeGiver(
        "", "", "Durand"
    )
    with pytest.raises(dataclasses.FrozenInstanceError):  # stored on the notice as named
        P.last_name = "Autre"  # type: ignore[misc]


def test_the_same_holder_whatever_the_case_and_accents():
    assert NoticeGiver("Mme", "ZOE", "roux").is_holder(ZOE)
    assert not NoticeGiver("Mme", "Zoé", "Rouxel").is_holder(ZOE)
    assert distinct_givers([P, NoticeGiver("M.", "PAUL", "durand"), A]) == (P, A)
    assert distinct_givers([]) == ()


def test_a_notice_ends_the_lease_when_given_by_every_holder():
    assert is_whole((), (A, P))  # nobody named: every holder, the default
    assert is_whole((P, A), (A, P))
    assert not is_whole((P,), (A, P))
    assert not is_whole((P,), ())  # no holder known: not the whole lease


def notice(*givers, earlier=True) -> OtherNotice:
    return OtherNotice(tuple(givers), D(2026, 1, 31), D(2026, 4, 30), earlier)


def test_who_gave_notice_before_is_no_longer_in_place():
    assert OtherNotice((A,), D(2026, 1, 31), D(2026, 4, 30)).earlier  # earlier by default
    holders = [ANNE, PAUL, ZOE]
    assert still_in_place(holders, [notice(A)]) == [PAUL, ZOE]
    assert still_in_place(holders, [notice(A, earlier=False)]) == holders  # a later one
    assert still_in_place(holders, []) == holders


def test_a_holder_gives_notice_once():
    first, second = notice(A), notice(Z, earlier=False)
    assert already_gone((P, A), [first, second]) == (A, first)
    assert already_gone((Z,), [first, second]) == (Z, second)
    assert already_gone((P,), [first, second]) is None
    assert already_gone((), [first]) is None


def test_the_letter_says_with_whom_the_lease_goes_on():
    assert lease_continues(["Mme Anne MARTIN"], "Mme Anne MARTIN").render() == (
        "Votre congé ne met pas fin au bail : il se poursuit avec Mme Anne MARTIN, qui en "
        "reste titulaire."
    )
    assert lease_continues(["A", "B"], "A et B").render().endswith("qui en restent titulaires.")


def test_solidarity_ends_six_months_after_the_notice_takes_effect():
    assert SOLIDARITY_MONTHS == 6
    text = leaving_solidarity(
        CotenantBond.SOLIDARITY_CLAUSE,
        ground=G.AUCUN,
        end_date=D(2026, 8, 31),
        received_on=D(2026, 5, 31),
    ).render()
    assert "au plus tard le 28 février 2027, six mois après" in text


def test_violence_releases_only_a_couple_or_a_solidarity_clause():
    # Without solidarity, the ground changes nothing: obligations end with the notice.
    text = leaving_solidarity(
        CotenantBond.NO_SOLIDARITY,
        ground=G.VIOLENCES,
        end_date=D(2026, 2, 28),
        received_on=D(2026, 1, 31),
        proof_received_on=D(2026, 1, 29),
    ).render()
    assert text.startswith("Le bail ne comportant pas de clause de solidarité")
    assert (
        leaving_solidarity(
            CotenantBond.UNSPECIFIED,
            ground=G.VIOLENCES,
            end_date=D(2026, 2, 28),
            received_on=D(2026, 1, 31),
            proof_received_on=D(2026, 1, 29),
        )
        is None
    )


def test_violence_counts_from_the_receipt_when_no_presentation_is_known():
    text = leaving_solidarity(
        CotenantBond.COUPLE,
        ground=G.VIOLENCES,
        end_date=D(2026, 2, 28),
        received_on=D(2026, 1, 31),
        proof_received_on=D(2026, 1, 20),  # the decision came first
    ).render()
    assert "prend fin le 1er février 2026" in text
