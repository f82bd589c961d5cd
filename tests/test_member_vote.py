"""Members with an account vote in the application during a written session's voting
window: their own votes only, with the CALEOL checks; the minutes say how each vote
was cast and show the score."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop.domain.caleol import AttendanceMode, MemberRole, SessionMode, Vote, VoteChannel
from desktop.domain.errors import UserError, ValidationError
from desktop.domain.roles import Role
from desktop.services import accounts, caleol, cotation, member_vote
from desktop.services.caleol import (
    CandidateData,
    CommissionData,
    DwellingItemData,
    MemberData,
    SessionData,
    VoteEntry,
)
from desktop.services.caleol import minutes as caleol_minutes
from desktop.services.context import Actor
from desktop.storage.caleol_models import Member

DAY = dt.date(2026, 3, 20)
OPENS, CLOSES = dt.datetime(2026, 3, 18, 8, 0), dt.datetime(2026, 3, 20, 18, 0)


@pytest.fixture
def written(db, actor):
    cid = caleol.create_commission(
        db, actor, CommissionData(name="CALEOL Val", territory="CA Exemple")
    )
    seats, users = {}, {}
    for i, last in enumerate(("Lefèvre", "Dubois", "Benali", "Garnier", "Marchand", "Haddad")):
        seats[last] = caleol.add_member(
            db, actor, cid, MemberData(role=MemberRole.DESIGNE, last_name=last, first_name="Claude")
        )
    for last in ("Lefèvre", "Dubois", "Benali"):
        uid = accounts.create_user(
            db,
            actor,
            last.lower().replace("è", "e"),
            f"Claude {last}",
            Role.CALEOL_MEMBER,
            "Vote-CALEOL-2026!",
        )
        users[last] = Actor(last.lower(), f"Claude {last}", role=Role.CALEOL_MEMBER, user_id=uid)
        with db.transaction() as s:
            s.get(Member, seats[last]).app_user_id = uid
    sid = caleol.create_session(
        db,
        actor,
        cid,
        SessionData(
            number="2026-03E",
            session_date=DAY,
            mode=SessionMode.ECRITE,
            technical_means="Vote dans Parcours",
            vote_opens_at=OPENS,
            vote_closes_at=CLOSES,
        ),
    )
    item = caleol.add_dwelling_item(
        db,
        actor,
        sid,
        DwellingItemData(
            reference="LGT-77",
            address="3 rue Basse",
            postcode="26000",
            commune="Valence",
            dwelling_type="T2",
            funding="PLAI",
        ),
    )
    cand = caleol.add_candidate(
        db,
        actor,
        item.id,
        CandidateData(
            numero_unique="026111900077",
            last_name="Martin",
            adults=1,
            monthly_resources=Decimal(700),
            application_date=dt.date(2025, 1, 20),
            postal_address="12 rue Secrète",
        ),
    ).id
    for seat in seats.values():
        caleol.set_attendance(db, actor, sid, seat, AttendanceMode.DISTANCE)
    cotation.install_example_grid(db, actor, "CA Exemple")
    cotation.score_session(db, actor, sid)
    caleol.open_session(db, actor, sid)
    return sid, cand, seats, users


def at(monkeypatch, when):
    monkeypatch.setattr(member_vote, "now", lambda: when)


def test_two_members_vote_in_the_window_one_refused_after(db, actor, written, monkeypatch):
    sid, cand, seats, users = written
    at(monkeypatch, dt.datetime(2026, 3, 19, 10, 0))
    b = member_vote.ballot(db, users["Lefèvre"], sid)
    assert b.problem == "" and b.member_name.endswith("Lefèvre")
    (line,) = b.items[0].candidates
    assert line.problem == "" and line.my_vote is None and line.score == Decimal(10 + 14 + 30)
    assert not hasattr(line, "postal_address")
    member_vote.cast_my_vote(db, users["Lefèvre"], cand, Vote.POUR)
    at(monkeypatch, dt.datetime(2026, 3, 20, 17, 59))
    member_vote.cast_my_vote(db, users["Dubois"], cand, Vote.CONTRE)
    at(monkeypatch, dt.datetime(2026, 3, 20, 18, 1))
    with pytest.raises(ValidationError, match="hors de la fenêtre de vote"):
        member_vote.cast_my_vote(db, users["Benali"], cand, Vote.POUR)
    late = member_vote.ballot(db, users["Benali"], sid)
    assert "hors de la fenêtre" in late.items[0].candidates[0].problem
    view = caleol.get_session(db, actor, sid)
    votes = {
        v.member_id: (v.vote, v.channel, v.recorded_by) for v in view.items[0].candidates[0].votes
    }
    assert votes == {
        seats["Lefèvre"]: (Vote.POUR, VoteChannel.MEMBRE, "lefèvre"),
        seats["Dubois"]: (Vote.CONTRE, VoteChannel.MEMBRE, "dubois"),
    }
    assert member_vote.ballot(db, users["Lefèvre"], sid).items[0].candidates[0].my_vote is Vote.POUR


def test_only_own_seat_and_linked_accounts(db, actor, written, monkeypatch):
    sid, cand, seats, users = written
    at(monkeypatch, dt.datetime(2026, 3, 19, 10, 0))
    stranger = Actor("x", role=Role.CALEOL_MEMBER, user_id=999_999)
    with pytest.raises(UserError, match="n'est lié à aucun siège"):
        member_vote.cast_my_vote(db, stranger, cand, Vote.POUR)
    with pytest.raises(UserError, match="connecté avec son compte"):
        member_vote.cast_my_vote(db, Actor("sans-compte", role=Role.CALEOL_MEMBER), cand, Vote.POUR)
    # A declared conflict of interest is checked as for the secretary.
    item_id = caleol.get_session(db, actor, sid).items[0].id
    caleol.add_conflict(db, actor, item_id, seats["Dubois"], "Voisin du candidat")
    with pytest.raises(ValidationError, match="conflit d'intérêts"):
        member_vote.cast_my_vote(db, users["Dubois"], cand, Vote.POUR)


def test_minutes_say_how_votes_were_cast_and_show_the_score(db, actor, written, monkeypatch):
    sid, cand, seats, users = written
    at(monkeypatch, dt.datetime(2026, 3, 19, 10, 0))
    member_vote.cast_my_vote(db, users["Lefèvre"], cand, Vote.POUR)
    member_vote.cast_my_vote(db, users["Dubois"], cand, Vote.POUR)
    # A member without account: his vote typed by the secretary from the voting tool.
    caleol.record_votes(
        db,
        actor,
        sid,
        [VoteEntry(cand, seats["Garnier"], Vote.ABSTENTION, dt.datetime(2026, 3, 19, 11, 0))],
        channel=VoteChannel.IMPORT,
    )
    minutes = caleol_minutes.build_minutes(db, actor, sid)
    line = minutes.dwellings[0].candidates[0]
    assert "2 — voté par le membre dans l'application" in line.vote_channels
    assert "1 — importé de l'outil de vote" in line.vote_channels
    assert line.score.startswith("54 points (grille CA Exemple v1)")


def _spaced(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def test_applicant_extract_shows_his_own_score_only(db, actor, written, monkeypatch):
    from desktop.documents.minutes import render_minutes_html
    from desktop.domain.minutes import redact_for_candidate

    sid, cand, seats, users = written
    item_id = caleol.get_session(db, actor, sid).items[0].id
    caleol.add_candidate(
        db,
        actor,
        item_id,
        CandidateData(
            numero_unique="026111900078",
            last_name="Durand",
            adults=1,
            monthly_resources=Decimal(2500),
            application_date=dt.date(2024, 1, 20),
        ),
    )
    # The session is open (votes): scores are recomputed through the service anyway.
    cotation.score_session(db, actor, sid)
    minutes = caleol_minutes.build_minutes(db, actor, sid)
    # French typography puts no-break spaces before ":" and inside figures: compare words.
    html = _spaced(render_minutes_html(minutes))
    assert "Cotation : 54 points (grille CA Exemple v1)" in html
    assert "Cotation : 36 points (grille CA Exemple v1)" in html  # 26 months + T2 fits
    extract = _spaced(render_minutes_html(redact_for_candidate(minutes, "026111900077")))
    assert "Cotation : 54 points" in extract
    assert "Cotation : 36 points" not in extract and "Durand" not in extract
