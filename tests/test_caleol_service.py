"""CALEOL services: commission, members, sessions, agenda, quorum, votes, decisions,
vote import, occupation review, demo session (SQLite and PostgreSQL)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest
from sqlalchemy import func, select

from desktop.domain.caleol import (
    AttendanceMode,
    Decision,
    FewerCandidatesReason,
    MemberRole,
    OccupationGround,
    Outcome,
    PriorityCriterion,
    SessionMode,
    SessionStatus,
    Vote,
)
from desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDenied,
    UserError,
    ValidationError,
)
from desktop.domain.roles import Role
from desktop.domain.tenant import OccupantData
from desktop.services import caleol, tenants
from desktop.services.caleol import (
    CandidateData,
    CommissionData,
    DwellingItemData,
    MemberData,
    SessionData,
    VoteEntry,
)
from desktop.services.context import Actor
from desktop.storage.caleol_models import Candidate
from desktop.storage.caleol_models import Session as CaleolSession
from desktop.storage.caleol_models import Vote as VoteRow
from desktop.storage.models import AuditEvent, Household, TimelineEvent
from tests.conftest import seat_account

DAY = dt.date(2026, 11, 23)
DESIGNATED = ("lefevre", "dubois", "benali", "garnier", "marchand", "haddad")


# --------------------------------------------------------------------------- fixtures


@pytest.fixture
def commission(db, actor):
    """A commission with 6 designated members, the mayor of Bordeaux, the prefect's
    representative, the EPCI president (Bordeaux, Mérignac) and an advisory member."""
    cid = caleol.create_commission(
        db,
        actor,
        CommissionData(
            name="CALEOL Bordeaux",
            territory="Bordeaux Métropole",
            technical_means_default="Visioconférence Teams, identification par lien nominatif",
        ),
    )
    people = [
        ("lefevre", MemberRole.DESIGNE, "Catherine", "Lefèvre", "", "c.lefevre@ex.fr"),
        ("dubois", MemberRole.DESIGNE, "Jean-Marc", "Dubois", "", "jm.dubois@ex.fr"),
        ("benali", MemberRole.DESIGNE, "Nadia", "Benali", "", "n.benali@ex.fr"),
        ("garnier", MemberRole.DESIGNE, "Philippe", "Garnier", "", "p.garnier@ex.fr"),
        ("marchand", MemberRole.DESIGNE, "Sophie", "Marchand", "", "s.marchand@ex.fr"),
        ("haddad", MemberRole.REPR_LOCATAIRES, "Karim", "Haddad", "", "k.haddad@ex.fr"),
        ("maire", MemberRole.MAIRE, "Laurent", "Castaing", "Bordeaux", "l.castaing@ex.fr"),
        ("prefet", MemberRole.PREFET, "Hélène", "Roussel", "", "h.roussel@ex.fr"),
        (
            "epci",
            MemberRole.PRESIDENT_EPCI,
            "Bernard",
            "Lacoste",
            "Bordeaux, Mérignac",
            "b.lacoste@ex.fr",
        ),
        ("ccas", MemberRole.CONSULT_CCAS, "Thomas", "Petit", "", "t.petit@ex.fr"),
    ]
    ids = {}
    for key, role, first, last, commune, email in people:
        ids[key] = caleol.add_member(
            db,
            actor,
            cid,
            MemberData(
                role=role,
                first_name=first,
                last_name=last,
                commune=commune,
                email=email,
                civility="Mme" if first in ("Catherine", "Nadia", "Sophie", "Hélène") else "M.",
            ),
        )
    return cid, ids


def _session(db, actor, cid, mode=SessionMode.VISIO, number="2026-11", **kw):
    return caleol.create_session(
        db,
        actor,
        cid,
        SessionData(number=number, session_date=DAY, mode=mode, start_time=dt.time(14, 0), **kw),
    )


def _dwelling(commune="Bordeaux", reference="LGT-0412", **kw):
    return DwellingItemData(
        reference=reference,
        address="14 rue Camille Godard",
        postcode="33000" if commune == "Bordeaux" else "33700",
        commune=commune,
        dwelling_type="T3",
        surface=Decimal("67.40"),
        floor=2,
        rent=Decimal("452.30"),
        charges=Decimal("96.00"),
        funding="PLUS",
        contingent="Préfecture",
        **kw,
    )


def _candidate(n, **kw):
    values = dict(
        numero_unique=f"0332511{n:06d}",
        last_name=f"Candidat{n}",
        first_name="Alex",
        civility="M.",
        household_composition="Couple, 1 enfant",
        adults=2,
        children=1,
        monthly_resources=Decimal("1850.00"),
        effort_rate=Decimal("24.50"),
        remaining_income_per_unit=Decimal("612.40"),
    )
    values.update(kw)
    return CandidateData(**values)


@pytest.fixture
def sitting(db, actor, commission):
    """An open videoconference session, everyone voting connected, one dwelling in
    Bordeaux with 3 candidates."""
    cid, ids = commission
    sid = _session(db, actor, cid)
    for key in (*DESIGNATED, "maire", "prefet", "epci", "ccas"):
        caleol.set_attendance(db, actor, sid, ids[key], AttendanceMode.DISTANCE)
    item = caleol.add_dwelling_item(db, actor, sid, _dwelling())
    cands = [caleol.add_candidate(db, actor, item.id, _candidate(n)).id for n in (1, 2, 3)]
    caleol.open_session(db, actor, sid)
    return sid, ids, item.id, cands


def _votes(db, actor, sid, ids, candidate, pattern: dict[str, Vote]):
    caleol.record_votes(
        db, actor, sid, [VoteEntry(candidate, ids[k], v) for k, v in pattern.items()]
    )


def _candidate_view(db, actor, sid, candidate_id):
    view = caleol.get_session(db, actor, sid)
    return next(c for i in view.items for c in i.candidates if c.id == candidate_id)


# --------------------------------------------------------------------------- commission, members


def test_commission_quorum_settings_and_optimistic_locking(db, actor, commission):
    cid, ids = commission
    c = caleol.get_commission(db, actor, cid)
    assert c.designated_required == 3 and c.max_proxies_per_holder == 1
    assert len(c.members) == 10
    assert [m.voting for m in c.members].count(False) == 1  # the CCAS
    data = CommissionData(
        name="CALEOL Bordeaux",
        designated_required=4,
        remote_allowed=False,
        remote_min_share_num=2,
        remote_min_share_den=3,
    )
    caleol.update_commission(db, actor, cid, data, c.version)
    with pytest.raises(ConflictError):
        caleol.update_commission(db, actor, cid, data, c.version)  # stale version
    c2 = caleol.get_commission(db, actor, cid)
    assert (c2.designated_required, c2.remote_allowed) == (4, False)
    assert c2.quorum_rules.remote_min_share == Fraction(2, 3)
    with pytest.raises(ValidationError) as err:
        caleol.update_commission(
            db,
            actor,
            cid,
            dataclasses.replace(data, remote_min_share_num=1, remote_min_share_den=3),
            c2.version,
        )
    assert "moitié" in str(err.value.fields["remote_min_share"])
    with pytest.raises(ValidationError) as err:
        caleol.create_commission(db, actor, CommissionData(name="caleol bordeaux"))
    assert "existe" in str(err.value) or "porte déjà" in str(err.value)


def test_member_rules_mayor_commune_substitute_and_single_president(db, actor, commission):
    cid, ids = commission
    with pytest.raises(ValidationError) as err:
        caleol.add_member(db, actor, cid, MemberData(role=MemberRole.MAIRE, last_name="Sans"))
    assert "commune" in str(err.value.fields["commune"])
    with pytest.raises(ValidationError) as err:
        caleol.add_member(
            db,
            actor,
            cid,
            MemberData(
                role=MemberRole.PREFET, last_name="Suppléant", substitute_of_id=ids["lefevre"]
            ),
        )
    assert "même titre" in str(err.value.fields["substitute_of_id"])
    sub = caleol.add_member(
        db,
        actor,
        cid,
        MemberData(
            role=MemberRole.DESIGNE, last_name="Suppléante", substitute_of_id=ids["lefevre"]
        ),
    )
    assert sub
    caleol.set_president(db, actor, ids["lefevre"])
    caleol.set_president(db, actor, ids["dubois"])
    c = caleol.get_commission(db, actor, cid)
    assert [m.id for m in c.members if m.is_president] == [ids["dubois"]]
    with pytest.raises(ValidationError):
        caleol.set_president(db, actor, ids["prefet"])
    caleol.deactivate_member(db, actor, ids["dubois"])
    assert caleol.get_commission(db, actor, cid).president is None


# --------------------------------------------------------------------------- sessions


def test_a_member_of_another_commission_is_refused_everywhere(db, actor, commission):
    cid, ids = commission
    other = caleol.create_commission(db, actor, CommissionData(name="CALEOL Pessac"))
    stranger = caleol.add_member(
        db, actor, other, MemberData(role=MemberRole.DESIGNE, last_name="Étranger")
    )
    with pytest.raises(ValidationError) as err:
        caleol.add_member(
            db,
            actor,
            cid,
            MemberData(role=MemberRole.DESIGNE, last_name="Suppléant", substitute_of_id=stranger),
        )
    assert str(err.value.fields["substitute_of_id"]) == (
        "Le membre suppléé doit appartenir à la même commission."
    )
    with pytest.raises(ValidationError) as err:
        _session(db, actor, cid, acting_president_id=stranger)
    assert str(err.value.fields["acting_president_id"]) == (
        "Le président de séance doit être un membre de la commission."
    )
    sid = _session(db, actor, cid)
    with pytest.raises(NotFoundError) as err:
        caleol.set_attendance(db, actor, sid, stranger, AttendanceMode.DISTANCE)
    assert str(err.value) == f"Le membre n° {stranger} n'existe pas ou plus."
    item = caleol.add_dwelling_item(db, actor, sid, _dwelling())
    with pytest.raises(NotFoundError):
        caleol.add_conflict(db, actor, item.id, stranger)
    caleol.set_attendance(db, actor, sid, ids["lefevre"], AttendanceMode.DISTANCE)  # one of ours


def test_remote_session_needs_the_reglement_and_a_written_one_a_window(db, actor):
    cid = caleol.create_commission(
        db, actor, CommissionData(name="CAL sans distance", remote_allowed=False)
    )
    with pytest.raises(ValidationError) as err:
        _session(db, actor, cid, SessionMode.VISIO, technical_means="Teams")
    assert "ne prévoit pas de séance dématérialisée" in str(err.value.fields["mode"])
    assert _session(db, actor, cid, SessionMode.PRESENTIEL, place="Siège, salle du conseil")

    cid2 = caleol.create_commission(
        db,
        actor,
        CommissionData(name="CAL distance", technical_means_default="Plateforme de vote sécurisée"),
    )
    with pytest.raises(ValidationError) as err:
        _session(db, actor, cid2, SessionMode.ECRITE)
    assert "ouverture et la clôture" in str(err.value.fields["vote_window"])
    start = dt.datetime(2026, 11, 23, 8, 0)
    with pytest.raises(ValidationError):
        _session(
            db,
            actor,
            cid2,
            SessionMode.ECRITE,
            vote_opens_at=start,
            vote_closes_at=start - dt.timedelta(hours=1),
        )
    sid = _session(
        db,
        actor,
        cid2,
        SessionMode.ECRITE,
        vote_opens_at=start,
        vote_closes_at=start + dt.timedelta(hours=48),
    )
    view = caleol.get_session(db, actor, sid)
    assert view.technical_means == "Plateforme de vote sécurisée"  # commission default
    assert view.status is SessionStatus.PREPARATION
    with pytest.raises(ValidationError) as err:
        _session(db, actor, cid2, SessionMode.PRESENTIEL)  # same number
    assert "existe déjà" in str(err.value.fields["number"])


def test_quorum_is_live_with_proxies_and_remote_share(db, actor, commission):
    cid, ids = commission
    sid = _session(db, actor, cid)
    q = caleol.quorum(db, actor, sid)
    assert not q.reached
    assert "Quorum non atteint : aucun membre désigné présent" in str(q.explanations[0])
    for key in ("lefevre", "dubois"):
        caleol.set_attendance(db, actor, sid, ids[key], AttendanceMode.DISTANCE)
    assert caleol.quorum(db, actor, sid).counts["designated_counted"] == 2
    saved = caleol.set_proxy(db, actor, sid, ids["benali"], ids["lefevre"])
    assert any("3 sur 6" in str(w) for w in saved.warnings)
    # A second proxy to the same holder exceeds the règlement's limit of one.
    with pytest.raises(ValidationError) as err:
        caleol.set_proxy(db, actor, sid, ids["garnier"], ids["lefevre"])
    assert str(err.value.fields["holder_id"]).endswith(
        " détient déjà 1 pouvoir : le règlement intérieur en autorise 1."
    )
    with pytest.raises(ValidationError):
        caleol.set_proxy(db, actor, sid, ids["ccas"], ids["dubois"])  # advisory member
    q = caleol.quorum(db, actor, sid)
    # 3 designated counted, but a videoconference needs half of the 9 voting members.
    assert q.counts["designated_counted"] == 3
    assert q.counts["voting_taking_part"] == 3 and q.counts["remote_required"] == 5
    assert not q.reached
    assert any("Séance dématérialisée non valable" in str(e) for e in q.explanations)
    for key in ("maire", "prefet"):
        caleol.set_attendance(db, actor, sid, ids[key], AttendanceMode.DISTANCE)
    assert caleol.quorum(db, actor, sid).reached
    # The proxy goes away when its giver turns up.
    caleol.set_attendance(db, actor, sid, ids["benali"], AttendanceMode.PRESENT)
    view = caleol.get_session(db, actor, sid)
    assert view.proxies == ()
    benali = next(a for a in view.attendances if a.member_id == ids["benali"])
    assert benali.mode is AttendanceMode.PRESENT
    connected = next(a for a in view.attendances if a.member_id == ids["lefevre"])
    assert connected.connected_at is not None  # identification time of a remote member


def test_vote_refused_without_quorum(db, actor, commission):
    cid, ids = commission
    sid = _session(db, actor, cid)
    caleol.set_attendance(db, actor, sid, ids["lefevre"], AttendanceMode.DISTANCE)
    item = caleol.add_dwelling_item(db, actor, sid, _dwelling())
    cand = caleol.add_candidate(db, actor, item.id, _candidate(1)).id
    with pytest.raises(UserError) as err:
        caleol.record_vote(db, actor, cand, ids["lefevre"], Vote.POUR)
    assert "ouvrez-la" in str(err.value)  # session still in preparation
    caleol.open_session(db, actor, sid)
    with pytest.raises(UserError) as err:
        caleol.record_vote(db, actor, cand, ids["lefevre"], Vote.POUR)
    assert "quorum n'est pas atteint" in str(err.value)
    with pytest.raises(UserError):
        caleol.decide(db, actor, cand, Decision.ATTRIBUTION)
    with db.reader() as s:
        assert s.scalar(select(func.count()).select_from(VoteRow)) == 0


def test_vote_refusals_advisory_commune_conflict_absent(db, actor, commission, sitting):
    sid, ids, item_id, cands = sitting
    with pytest.raises(UserError) as err:
        caleol.record_vote(db, actor, cands[0], ids["ccas"], Vote.POUR)
    assert "voix consultative" in str(err.value)

    # The mayor of Bordeaux does not vote on a dwelling in Mérignac; the EPCI does.
    meri = caleol.add_dwelling_item(db, actor, sid, _dwelling("Mérignac", "LGT-MER-1"))
    other = caleol.add_candidate(db, actor, meri.id, _candidate(9)).id
    with pytest.raises(UserError) as err:
        caleol.record_vote(db, actor, other, ids["maire"], Vote.POUR)
    assert "ne vote que pour les logements de sa commune (Bordeaux)" in str(err.value)
    assert "Mérignac" in str(err.value)
    caleol.record_vote(db, actor, other, ids["epci"], Vote.POUR)

    caleol.add_conflict(
        db, actor, item_id, ids["garnier"], note="Parent du candidat 2", candidate_id=cands[1]
    )
    with pytest.raises(UserError) as err:
        caleol.record_vote(db, actor, cands[1], ids["garnier"], Vote.POUR)
    assert "conflit d'intérêts" in str(err.value)
    caleol.record_vote(db, actor, cands[0], ids["garnier"], Vote.POUR)  # other candidate
    assert _candidate_view(db, actor, sid, cands[0]).tally.pour == 1
    vote_id = _candidate_view(db, actor, sid, cands[0]).votes[0].id
    caleol.remove_vote(db, actor, vote_id)
    assert _candidate_view(db, actor, sid, cands[0]).tally is None
    caleol.record_vote(db, actor, cands[0], ids["garnier"], Vote.POUR)
    with pytest.raises(UserError):  # a conflict on a member who already voted on the item
        caleol.add_conflict(db, actor, item_id, ids["garnier"])

    caleol.set_attendance(db, actor, sid, ids["haddad"], AttendanceMode.ABSENT)
    with pytest.raises(UserError) as err:
        caleol.record_vote(db, actor, cands[0], ids["haddad"], Vote.POUR)
    assert "ne participe pas à la séance" in str(err.value)

    # Bulk recording is all or nothing.
    with pytest.raises(ValidationError):
        caleol.record_votes(
            db,
            actor,
            sid,
            [
                VoteEntry(cands[2], ids["lefevre"], Vote.POUR),
                VoteEntry(cands[2], ids["ccas"], Vote.POUR),
            ],
        )
    assert _candidate_view(db, actor, sid, cands[2]).votes == ()


def test_represented_member_votes_through_his_proxy_and_substitute_stands_in(
    db, actor, commission, sitting
):
    sid, ids, item_id, cands = sitting
    cid, _ = commission
    caleol.set_proxy(db, actor, sid, ids["marchand"], ids["lefevre"])
    caleol.record_vote(db, actor, cands[0], ids["marchand"], Vote.CONTRE)
    sub = caleol.add_member(
        db,
        actor,
        cid,
        MemberData(
            role=MemberRole.DESIGNE,
            last_name="Suppléant",
            first_name="Paul",
            substitute_of_id=ids["dubois"],
        ),
    )
    caleol.set_attendance(db, actor, sid, sub, AttendanceMode.DISTANCE)
    with pytest.raises(UserError) as err:  # the titular takes part: no vote
        caleol.record_vote(db, actor, cands[0], sub, Vote.POUR)
    assert "suppléant" in str(err.value)
    caleol.set_attendance(db, actor, sid, ids["dubois"], AttendanceMode.ABSENT)
    caleol.record_vote(db, actor, cands[0], sub, Vote.POUR)
    q = caleol.quorum(db, actor, sid)
    assert q.counts["designated_total"] == 6  # the substitute is not a 7th seat
    assert q.counts["designated_counted"] == 6


def test_locked_session_refuses_every_write(db, actor, commission, sitting):
    sid, ids, item_id, cands = sitting
    caleol.record_vote(db, actor, cands[0], ids["lefevre"], Vote.POUR)
    caleol.decide(db, actor, cands[0], Decision.ATTRIBUTION)
    with db.transaction() as s:
        caleol.lock_session(s, sid, actor)
    attempts = [
        lambda: caleol.record_vote(db, actor, cands[1], ids["lefevre"], Vote.POUR),
        lambda: caleol.decide(db, actor, cands[1], Decision.NON_ATTRIBUTION, reason="x"),
        lambda: caleol.add_candidate(db, actor, item_id, _candidate(7)),
        lambda: caleol.set_attendance(db, actor, sid, ids["dubois"], AttendanceMode.ABSENT),
        lambda: caleol.add_dwelling_item(db, actor, sid, _dwelling(reference="LGT-9")),
        lambda: caleol.update_session(
            db,
            actor,
            sid,
            SessionData(number="2026-11", session_date=DAY, mode=SessionMode.VISIO),
            999,
        ),
        lambda: caleol.close_session(db, actor, sid),
    ]
    for attempt in attempts:
        with pytest.raises(UserError) as err:
            attempt()
        assert "verrouillée" in str(err.value)
    # The notification of the decision follows the signed minutes: still allowed.
    caleol.set_notification(db, actor, cands[0], dt.date(2026, 11, 27))
    c = _candidate_view(db, actor, sid, cands[0])
    # 27/11 + 10 days = Monday 7 December 2026
    assert c.offer_deadline == dt.date(2026, 12, 7)


def test_written_session_vote_window(db, actor, commission):
    cid, ids = commission
    opens = dt.datetime(2026, 11, 23, 8, 0)
    sid = _session(
        db,
        actor,
        cid,
        SessionMode.ECRITE,
        vote_opens_at=opens,
        vote_closes_at=opens + dt.timedelta(hours=48),
    )
    for key in (*DESIGNATED, "maire", "prefet"):
        caleol.set_attendance(db, actor, sid, ids[key], AttendanceMode.DISTANCE)
    item = caleol.add_dwelling_item(db, actor, sid, _dwelling())
    cand = caleol.add_candidate(db, actor, item.id, _candidate(1)).id
    caleol.open_session(db, actor, sid)
    with pytest.raises(UserError) as err:
        caleol.record_vote(
            db, actor, cand, ids["lefevre"], Vote.POUR, voted_at=opens - dt.timedelta(minutes=1)
        )
    assert "hors de la fenêtre de vote" in str(err.value)
    with pytest.raises(UserError):
        caleol.record_vote(
            db, actor, cand, ids["lefevre"], Vote.POUR, voted_at=opens + dt.timedelta(hours=49)
        )
    caleol.record_vote(
        db, actor, cand, ids["lefevre"], Vote.POUR, voted_at=opens + dt.timedelta(hours=3)
    )


def test_tie_broken_by_the_mayors_casting_vote(db, actor, sitting):
    sid, ids, item_id, cands = sitting
    P, C = Vote.POUR, Vote.CONTRE
    # 3 pour, 4 contre among the others, the mayor pour: 4-4, casting vote -> adopted.
    _votes(
        db,
        actor,
        sid,
        ids,
        cands[0],
        {
            "lefevre": P,
            "dubois": C,
            "benali": P,
            "garnier": C,
            "marchand": P,
            "haddad": C,
            "prefet": C,
            "maire": P,
        },
    )
    c = _candidate_view(db, actor, sid, cands[0])
    assert (c.tally.pour, c.tally.contre) == (4, 4)
    assert c.tally.outcome is Outcome.ADOPTED and c.tally.casting_vote_used
    assert "voix prépondérante du maire" in str(c.tally.explanations[0])
    saved = caleol.decide(db, actor, cands[0], Decision.ATTRIBUTION)
    assert not any("contredit" in str(w) for w in saved.warnings)
    with db.reader() as s:
        row = s.get(Candidate, cands[0])
        assert (row.tally_outcome, row.tally_pour, row.tally_contre, row.casting_vote_used) == (
            "ADOPTED",
            4,
            4,
            True,
        )
    # The mayor changes his vote: the casting vote now rejects, the stored tally follows
    # and the decision is flagged as contradicting the vote.
    caleol.record_vote(db, actor, cands[0], ids["maire"], Vote.CONTRE)
    c = _candidate_view(db, actor, sid, cands[0])
    assert c.tally.outcome is Outcome.REJECTED and c.casting_vote_used is False
    assert any("contredit le vote" in str(w) for w in c.warnings)
    with db.reader() as s:
        assert s.get(Candidate, cands[0]).tally_outcome == "REJECTED"
    # Without the mayor, a tie is not adopted.
    _votes(db, actor, sid, ids, cands[1], {"lefevre": P, "dubois": C})
    assert _candidate_view(db, actor, sid, cands[1]).tally.outcome is Outcome.TIE


def test_decisions_validation(db, actor, sitting):
    sid, ids, item_id, cands = sitting
    for c in cands:
        caleol.record_vote(db, actor, c, ids["lefevre"], Vote.POUR)
    with pytest.raises(ValidationError) as err:
        caleol.decide(db, actor, cands[0], Decision.ATTRIBUTION_RANG)
    assert "rang" in str(err.value.fields["rank"])
    caleol.decide(db, actor, cands[0], Decision.ATTRIBUTION_RANG, rank=1)
    with pytest.raises(ValidationError) as err:
        caleol.decide(db, actor, cands[1], Decision.ATTRIBUTION_RANG, rank=1)
    assert "déjà attribué" in str(err.value.fields["rank"])
    caleol.decide(db, actor, cands[1], Decision.ATTRIBUTION_RANG, rank=2)
    with pytest.raises(ValidationError) as err:
        caleol.decide(
            db, actor, cands[2], Decision.ATTRIBUTION_CONDITION_SUSPENSIVE, condition_deadline=DAY
        )
    assert set(err.value.fields) == {"condition_document", "condition_deadline"}
    with pytest.raises(ValidationError) as err:
        caleol.decide(db, actor, cands[2], Decision.NON_ATTRIBUTION)
    assert "motif est obligatoire" in str(err.value.fields["reason"])
    saved = caleol.decide(
        db, actor, cands[2], Decision.NON_ATTRIBUTION, reason="Taux d'effort trop élevé"
    )
    assert any("contredit le vote" in str(w) for w in saved.warnings)  # voted pour
    # One direct attribution per dwelling.
    caleol.clear_decision(db, actor, cands[1])
    caleol.decide(
        db,
        actor,
        cands[1],
        Decision.ATTRIBUTION_CONDITION_SUSPENSIVE,
        condition_document="Avis d'imposition",
        condition_deadline=DAY + dt.timedelta(days=15),
    )
    with pytest.raises(ValidationError) as err:
        caleol.decide(db, actor, cands[2], Decision.ATTRIBUTION)
    assert "déjà attribué à un autre candidat" in str(err.value.fields["decision"])
    view = caleol.get_session(db, actor, sid)
    decided = {c.id: c for c in view.items[0].candidates}
    assert decided[cands[0]].rank == 1
    assert decided[cands[1]].condition_document == "Avis d'imposition"
    assert decided[cands[2]].reason == "Taux d'effort trop élevé"
    with db.reader() as s:
        actions = s.scalars(
            select(AuditEvent.action).where(AuditEvent.entity == caleol.ENTITY_CANDIDATE)
        ).all()
    assert actions.count("decision") == 4


def test_candidates_need_a_numero_unique_and_three_per_dwelling(db, actor, commission):
    cid, ids = commission
    sid = _session(db, actor, cid)
    item = caleol.add_dwelling_item(db, actor, sid, _dwelling())
    with pytest.raises(ValidationError) as err:
        caleol.add_candidate(db, actor, item.id, _candidate(1, numero_unique="  "))
    assert "numéro unique" in str(err.value.fields["numero_unique"])
    first = caleol.add_candidate(
        db, actor, item.id, _candidate(1, priority_criteria=(PriorityCriterion.DALO,))
    )
    assert str(first.warnings[0]).startswith(
        "1 seul candidat pour ce logement : au moins 3 sont requis, sauf motif légal"
    )
    with pytest.raises(ValidationError) as err:
        caleol.add_candidate(db, actor, item.id, _candidate(1, last_name="Autre"))
    assert "figure deux fois" in str(err.value.fields["numero_unique"])
    caleol.add_candidate(db, actor, item.id, _candidate(2))
    saved = caleol.set_fewer_candidates_reason(db, actor, item.id, FewerCandidatesReason.DALO)
    assert saved.warnings == ()
    view = caleol.get_session(db, actor, sid)
    cand = view.items[0].candidates[0]
    assert cand.public_prioritaire and cand.priority_criteria == (PriorityCriterion.DALO,)
    assert cand.monthly_resources == Decimal("1850.00")
    # Remove then reorder.
    item2 = caleol.add_dwelling_item(db, actor, sid, _dwelling(reference="LGT-2"))
    caleol.reorder_items(db, actor, sid, [item2.id, item.id])
    assert [i.id for i in caleol.get_session(db, actor, sid).items] == [item2.id, item.id]
    caleol.remove_item(db, actor, item2.id)
    assert [i.position for i in caleol.get_session(db, actor, sid).items] == [1]
    # Withdrawing the first candidate moves the second up.
    caleol.remove_candidate(db, actor, first.id)
    (left,) = caleol.get_session(db, actor, sid).items[0].candidates
    assert (left.numero_unique, left.position) == (_candidate(2).numero_unique, 1)


def test_dwelling_snapshot_from_the_tenant_tables(db, actor, agency, make_file, commission):
    cid, ids = commission
    hid = tenants.create_tenant_file(db, actor, make_file(4))
    with db.reader() as s:
        dwelling_id = s.get(Household, hid).dwelling_id
    sid = _session(db, actor, cid)
    saved = caleol.add_dwelling_item(db, actor, sid, dwelling_id=dwelling_id)
    item = caleol.get_session(db, actor, sid).items[0]
    assert item.id == saved.id and item.reference == "LGT-00004"
    assert (item.commune, item.dwelling_type, item.surface) == ("Bordeaux", "T3", Decimal("64.50"))
    assert (item.rent, item.charges) == (Decimal("412.50"), Decimal("85.20"))


def test_physical_session_request_is_recorded(db, actor, commission, sitting):
    sid, ids, item_id, cands = sitting
    caleol.request_physical_session(db, actor, sid, ids["haddad"], note="Dossier sensible")
    view = caleol.get_session(db, actor, sid)
    assert view.physical_requested_by_id == ids["haddad"]
    assert any(
        "séance physique a été demandée par M. Karim Haddad" in str(w) for w in view.warnings
    )
    with db.reader() as s:
        assert (
            s.scalar(
                select(func.count())
                .select_from(AuditEvent)
                .where(AuditEvent.action == "seance_physique_demandee")
            )
            == 1
        )


def test_rights_members_read_agents_refused(db, actor, sitting):
    sid, ids, item_id, cands = sitting
    member, _ = seat_account(db, actor, caleol.get_session(db, actor, sid).commission.id)
    assert caleol.get_session(db, member, sid).id == sid
    with pytest.raises(PermissionDenied):
        caleol.record_vote(db, member, cands[0], ids["lefevre"], Vote.POUR)
    with pytest.raises(PermissionDenied):
        caleol.get_session(db, Actor("agent", role=Role.AGENT), sid)
    secretary = Actor("secretaire", role=Role.CALEOL_SECRETARY)
    caleol.record_vote(db, secretary, cands[0], ids["lefevre"], Vote.POUR)


# --------------------------------------------------------------------------- import


def _write_csv(path, lines, *, bom=True, sep=";"):
    text = "\n".join(sep.join(cells) for cells in lines) + "\n"
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
    return path


def test_import_votes_all_or_nothing(db, actor, sitting, tmp_path):
    sid, ids, item_id, cands = sitting
    numero = [f"0332511{n:06d}" for n in (1, 2, 3)]
    header = ["Membre", "Logement", "Numéro unique", "Vote", "Horodatage"]
    good = [
        ["c.lefevre@ex.fr", "LGT-0412", numero[0], "Pour", "23/11/2026 14:05"],
        ["Jean-Marc Dubois", "LGT-0412", numero[0], "CONTRE", "23/11/2026 14:06"],
        ["BENALI Nadia", "LGT-0412", numero[0], "abstention", "23/11/2026 14:06"],
        ["Laurent Castaing", "LGT-0412", numero[1], "Contré", "2026-11-23T13:10:00Z"],
    ]
    bad = good + [
        ["Thomas Petit", "LGT-0412", numero[0], "POUR", "23/11/2026 14:07"],  # advisory
        ["Inconnu", "LGT-0412", numero[0], "POUR", "23/11/2026 14:07"],
        ["h.roussel@ex.fr", "LGT-0412", "999", "POUR", "23/11/2026 14:07"],
        ["h.roussel@ex.fr", "LGT-0412", numero[2], "peut-être", "23/11/2026 14:07"],
    ]
    path = _write_csv(tmp_path / "votes.csv", [header, *bad])
    with pytest.raises(caleol.VoteImportError) as err:
        caleol.import_votes(db, actor, sid, path)
    report = err.value.report
    assert [line for line, _ in report.errors] == [6, 7, 8, 9]
    lines = report.error_lines()
    assert "voix consultative" in lines[0]
    assert "« Inconnu » inconnu" in lines[1]
    assert "aucun candidat n° 999" in lines[2]
    assert "vote « peut-être » illisible" in lines[3]
    with db.reader() as s:
        assert s.scalar(select(func.count()).select_from(VoteRow)) == 0  # nothing written

    dry = caleol.import_votes(db, actor, sid, path, dry_run=True)
    assert dry.dry_run and len(dry.errors) == 4 and dry.imported == 0

    path = _write_csv(tmp_path / "votes-ok.csv", [header, *good], bom=False, sep=",")
    dry = caleol.import_votes(db, actor, sid, path, dry_run=True)
    assert dry.ok and len(dry.accepted) == 4
    with db.reader() as s:
        assert s.scalar(select(func.count()).select_from(VoteRow)) == 0
    report = caleol.import_votes(db, actor, sid, path)
    assert report.imported == 4
    c = _candidate_view(db, actor, sid, cands[0])
    assert {(v.member_name, v.vote) for v in c.votes} == {
        ("Mme Catherine Lefèvre", Vote.POUR),
        ("M. Jean-Marc Dubois", Vote.CONTRE),
        ("Mme Nadia Benali", Vote.ABSTENTION),
    }
    assert all(v.channel.value == "IMPORT" for v in c.votes)
    mayor = _candidate_view(db, actor, sid, cands[1]).votes[0]
    assert mayor.voted_at == dt.datetime(2026, 11, 23, 13, 10)  # "Z": already UTC


def test_import_votes_xlsx_written_session(db, actor, commission, tmp_path):
    from openpyxl import Workbook

    cid, ids = commission
    opens = dt.datetime(2026, 11, 23, 8, 0)
    sid = _session(
        db,
        actor,
        cid,
        SessionMode.ECRITE,
        vote_opens_at=opens,
        vote_closes_at=opens + dt.timedelta(hours=48),
    )
    for key in (*DESIGNATED, "maire", "prefet"):
        caleol.set_attendance(db, actor, sid, ids[key], AttendanceMode.DISTANCE)
    item = caleol.add_dwelling_item(db, actor, sid, _dwelling())
    cand = caleol.add_candidate(db, actor, item.id, _candidate(1)).id
    caleol.open_session(db, actor, sid)
    book = Workbook()
    sheet = book.active
    sheet.append(["Email", "Référence logement", "NU", "Choix", "Date et heure"])
    inside = caleol.parse_timestamp("2026-11-23T12:00:00+00:00")
    sheet.append(
        ["p.garnier@ex.fr", "LGT-0412", "0332511000001", "POUR", "2026-11-23T12:00:00+00:00"]
    )
    sheet.append(
        ["s.marchand@ex.fr", "LGT-0412", "0332511000001", "CONTRE", "2026-11-30T12:00:00+00:00"]
    )  # after the window
    sheet.append(["k.haddad@ex.fr", "LGT-0412", "0332511000001", "POUR", None])
    path = tmp_path / "export.xlsx"
    book.save(path)
    with pytest.raises(caleol.VoteImportError) as err:
        caleol.import_votes(db, actor, sid, path)
    lines = err.value.report.error_lines()
    assert len(lines) == 2
    assert lines[0].startswith("ligne 3 : Vote du") and "hors de la fenêtre" in lines[0]
    assert "horodatage manquant" in lines[1]
    sheet.delete_rows(3, 2)
    book.save(path)
    assert caleol.import_votes(db, actor, sid, path).imported == 1
    v = _candidate_view(db, actor, sid, cand).votes[0]
    assert v.voted_at == inside == dt.datetime(2026, 11, 23, 12, 0)


def test_import_votes_missing_columns(db, actor, sitting, tmp_path):
    sid, *_ = sitting
    path = _write_csv(tmp_path / "v.csv", [["Nom", "Date"], ["Lefèvre", "23/11/2026"]])
    with pytest.raises(caleol.VoteImportError) as err:
        caleol.import_votes(db, actor, sid, path)
    assert "Colonnes introuvables : numéro unique, vote" in err.value.report.error_lines()[0]


# --------------------------------------------------------------------------- occupation review


def test_occupation_review_queue_and_finding(db, actor, agency, make_file, commission):
    cid, ids = commission
    alone = make_file(1)
    alone.lease.zone_tendue = True  # T3, one occupant, lease 01/09/2019
    hid = tenants.create_tenant_file(db, actor, alone)
    family = make_file(2)
    family.lease.zone_tendue = True
    family.occupants += [
        OccupantData(last_name="Dupont", first_name=n, civility="") for n in ("Léa", "Tom")
    ]
    tenants.create_tenant_file(db, actor, family)  # T3, 3 occupants: no ground
    outside = make_file(3)  # not in a zone tendue
    tenants.create_tenant_file(db, actor, outside)
    crowded = make_file(5)
    crowded.lease.zone_tendue = True
    crowded.dwelling.surface = Decimal("30.00")
    crowded.occupants += [OccupantData(last_name="Dupont", first_name=n) for n in ("A", "B", "C")]
    crowded_id = tenants.create_tenant_file(db, actor, crowded)

    on = dt.date(2025, 9, 15)
    due = caleol.occupation_review_due(db, actor, on=on, ahead_days=0)
    by_id = {d.household_id: d for d in due}
    assert set(by_id) == {hid, crowded_id}
    assert by_id[hid].grounds == (OccupationGround.SOUS_OCCUPATION,)
    assert by_id[hid].anniversary == dt.date(2025, 9, 1)
    assert "3 pièces habitables pour 1 occupant." in str(by_id[hid].explanations[0])
    assert by_id[crowded_id].grounds == (OccupationGround.SUR_OCCUPATION,)
    assert "30,00 m² pour 4 occupants (minimum 34 m²)" in str(by_id[crowded_id].explanations[0])
    # Before the third anniversary nobody is due.
    assert caleol.occupation_review_due(db, actor, on=dt.date(2022, 8, 1), ahead_days=0) == []
    assert caleol.occupation_review_due(db, actor, on=on, agency="BXN", ahead_days=0)

    sid = caleol.create_session(
        db,
        actor,
        cid,
        SessionData(
            number="2025-10", session_date=dt.date(2025, 10, 6), mode=SessionMode.PRESENTIEL
        ),
    )
    saved = caleol.add_occupation_review(db, actor, sid, hid, OccupationGround.SOUS_OCCUPATION)
    with pytest.raises(UserError):
        caleol.add_occupation_review(db, actor, sid, hid, OccupationGround.SOUS_OCCUPATION)
    assert {
        d.household_id for d in caleol.occupation_review_due(db, actor, on=on, ahead_days=0)
    } == {crowded_id}
    with pytest.raises(ValidationError):
        caleol.record_occupation_finding(db, actor, saved.id, "  ", "T2")
    caleol.record_occupation_finding(
        db,
        actor,
        saved.id,
        "Logement T3 occupé par une personne seule",
        "T2 dans le même quartier, au rez-de-chaussée",
        advice="Proposer un parcours d'accession sociale",
    )
    item = caleol.get_session(db, actor, sid).items[0]
    assert item.ground is OccupationGround.SOUS_OCCUPATION and item.household_id == hid
    assert item.suitable_dwelling.startswith("T2")
    with db.reader() as s:
        events = s.execute(
            select(TimelineEvent.kind, TimelineEvent.summary)
            .where(TimelineEvent.household_id == hid, TimelineEvent.kind.in_(caleol.EVENT_KINDS))
            .order_by(TimelineEvent.id)
        ).all()
    assert [e.kind for e in events] == [
        caleol.EVENT_OCCUPATION_REVIEW,
        caleol.EVENT_OCCUPATION_FINDING,
    ]
    assert "Avis de la CALEOL (séance n° 2025-10 du 06/10/2025)" in events[1].summary
    assert "accession sociale" in events[1].summary


# --------------------------------------------------------------------------- demo


def test_demo_session(db, actor, agency):
    from desktop.services.caleol import demo as caleol_demo

    sid = caleol_demo.create_demo_session(db, actor, on=DAY)
    view = caleol.get_session(db, actor, sid)
    assert view.status is SessionStatus.CLOSED and view.mode is SessionMode.VISIO
    roles = [m.role for m in view.commission.members]
    assert sum(1 for r in roles if r.designated) == 6
    assert MemberRole.REPR_LOCATAIRES in roles and MemberRole.MAIRE in roles
    assert MemberRole.PREFET in roles and MemberRole.PRESIDENT_EPCI in roles
    assert sum(1 for m in view.commission.members if not m.voting) == 2
    assert view.quorum.reached
    assert len(view.items) == 5 and all(len(i.candidates) == 3 for i in view.items)
    candidates = [c for i in view.items for c in i.candidates]
    assert {c.decision for c in candidates} == set(Decision)
    assert sum(1 for c in candidates if c.casting_vote_used) == 1
    assert all(c.tally is not None for c in candidates)
    assert not any(c.warnings for c in candidates)  # decisions follow the votes
    assert view.end_time == dt.time(16, 20)
    assert view.secretary_name == caleol_demo.DEMO_SECRETARY
    assert caleol_demo.ensure_demo_session(db, actor) is None  # only once
    with db.reader() as s:
        assert s.scalar(select(func.count()).select_from(CaleolSession)) == 1


def test_stale_candidate_edit_is_refused(db, actor, sitting):
    sid, ids, item_id, cands = sitting
    c = _candidate_view(db, actor, sid, cands[0])
    caleol.update_candidate(db, actor, cands[0], _candidate(1, last_name="Nouveau"), c.version)
    with pytest.raises(ConflictError):
        caleol.update_candidate(db, actor, cands[0], _candidate(1, last_name="Autre"), c.version)
    assert _candidate_view(db, actor, sid, cands[0]).last_name == "Nouveau"


# --------------------------------------------------------------------------- end time, secretary


def test_session_end_time_follows_the_start_and_secretary_is_kept(db, actor, commission):
    cid, _ids = commission
    sid = _session(db, actor, cid, secretary_name="  Mme   Claire Vasseur ")
    view = caleol.get_session(db, actor, sid)
    assert view.secretary_name == "Mme Claire Vasseur" and view.end_time is None

    def data(**kw):
        return SessionData(
            number="2026-11",
            session_date=DAY,
            mode=SessionMode.VISIO,
            start_time=dt.time(14, 0),
            secretary_name=view.secretary_name,
            **kw,
        )

    for end in (dt.time(13, 30), dt.time(14, 0)):
        with pytest.raises(ValidationError) as err:
            caleol.update_session(db, actor, sid, data(end_time=end), view.version)
        assert set(err.value.fields) == {"end_time"}
        assert str(err.value.fields["end_time"]) == (
            f"L'heure de fin ({end.hour} h{f' {end.minute:02d}' if end.minute else ''}) "
            "doit suivre l'heure de début (14 h)."
        )
    with pytest.raises(ValidationError) as err:
        caleol.update_session(
            db,
            actor,
            sid,
            SessionData(
                number="2026-11", session_date=DAY, mode=SessionMode.VISIO, secretary_name="x" * 161
            ),
            view.version,
        )
    assert "Secrétaire de séance : 160 caractères au plus." in str(
        err.value.fields["secretary_name"]
    )
    # nothing was written by the refused attempts
    assert caleol.get_session(db, actor, sid).version == view.version

    caleol.update_session(db, actor, sid, data(end_time=dt.time(16, 20)), view.version)
    view = caleol.get_session(db, actor, sid)
    assert view.end_time == dt.time(16, 20) and view.secretary_name == "Mme Claire Vasseur"
    with db.reader() as s:
        after = s.scalars(
            select(AuditEvent.after).where(
                AuditEvent.entity == caleol.ENTITY_SESSION, AuditEvent.action == "update"
            )
        ).one()
    assert after["end_time"] == "16:20" and after["secretary_name"] == "Mme Claire Vasseur"
    # without a start time, any end time is accepted
    caleol.update_session(
        db,
        actor,
        sid,
        SessionData(
            number="2026-11", session_date=DAY, mode=SessionMode.VISIO, end_time=dt.time(9, 0)
        ),
        view.version,
    )
    view = caleol.get_session(db, actor, sid)
    assert view.end_time == dt.time(9, 0) and view.secretary_name == ""


def test_closing_sets_the_end_time_to_the_current_local_time(db, actor, commission, monkeypatch):
    from desktop.domain.formatting import utc_to_local

    cid, _ids = commission
    clock = dt.datetime(2026, 11, 23, 15, 20, 42)  # naive UTC, like context.now()
    monkeypatch.setattr(caleol.sessions, "now", lambda: clock)
    local = utc_to_local(clock)
    held_today = caleol.create_session(
        db,
        actor,
        cid,
        SessionData(
            number="2026-11",
            session_date=local.date(),
            mode=SessionMode.VISIO,
            start_time=dt.time(0, 0),
        ),
    )
    caleol.open_session(db, actor, held_today)
    saved = caleol.close_session(db, actor, held_today)
    view = caleol.get_session(db, actor, held_today)
    assert view.status is SessionStatus.CLOSED and not saved.warnings
    assert view.end_time == local.time().replace(second=0, microsecond=0)
    with db.reader() as s:
        after = s.scalars(
            select(AuditEvent.after)
            .where(
                AuditEvent.entity == caleol.ENTITY_SESSION,
                AuditEvent.action == "status",
                AuditEvent.entity_id == held_today,
            )
            .order_by(AuditEvent.id.desc())
        ).first()
    assert after["status"] == "CLOSED" and after["end_time"] == view.end_time.strftime("%H:%M")

    # reopened then closed again: the end time typed in or set before is kept
    caleol.open_session(db, actor, held_today)
    caleol.update_session(
        db,
        actor,
        held_today,
        SessionData(
            number="2026-11",
            session_date=local.date(),
            mode=SessionMode.VISIO,
            start_time=dt.time(0, 0),
            end_time=dt.time(23, 59),
        ),
        caleol.get_session(db, actor, held_today).version,
    )
    caleol.close_session(db, actor, held_today)
    assert caleol.get_session(db, actor, held_today).end_time == dt.time(23, 59)

    # a session recorded after the fact: the time of the click is not its end time
    earlier = caleol.create_session(
        db,
        actor,
        cid,
        SessionData(
            number="2026-10",
            session_date=local.date() - dt.timedelta(days=3),
            mode=SessionMode.VISIO,
            start_time=dt.time(14, 0),
        ),
    )
    caleol.open_session(db, actor, earlier)
    saved = caleol.close_session(db, actor, earlier)
    assert caleol.get_session(db, actor, earlier).end_time is None
    assert "Heure de fin de séance non renseignée" in str(saved.warnings[0])


def test_session_texts_with_invisible_or_control_characters_are_refused(db, actor, commission):
    cid, _ids = commission
    for kw, key, codes in (
        ({"number": "\u202e11-6202"}, "number", "U+202E"),
        ({"place": "Salle\x00 du conseil", "mode": SessionMode.PRESENTIEL}, "place", "U+0000"),
        ({"notes": "Ordre du jour\x0b modifié"}, "notes", "U+000B"),
    ):
        with pytest.raises(ValidationError) as err:
            _session(db, actor, cid, **kw)
        said = str(err.value.fields[key])
        assert f"caractères invisibles ou de contrôle ({codes}) : retirez-les." in said, said
    # Line breaks and tabs stay allowed in the long texts.
    sid = _session(db, actor, cid, notes="Points :\n\t- attributions\n\t- examen")
    assert caleol.get_session(db, actor, sid).notes.startswith("Points :\n\t-")


def test_a_session_dated_year_one_or_9999_is_refused(db, actor, commission):
    cid, _ids = commission
    for day in (dt.date(1, 1, 1), dt.date(9999, 12, 31)):
        with pytest.raises(ValidationError) as err:
            caleol.create_session(
                db,
                actor,
                cid,
                SessionData(number="2026-12", session_date=day, start_time=dt.time(14, 0)),
            )
        assert str(err.value.fields["session_date"]).startswith("Date non plausible : ")
    with pytest.raises(ValidationError) as err:
        _session(
            db,
            actor,
            cid,
            mode=SessionMode.ECRITE,
            vote_opens_at=dt.datetime(1, 1, 1, 9, 0),
            vote_closes_at=dt.datetime(2026, 11, 20, 18, 0),
        )
    assert "vote_opens_at" in err.value.fields
