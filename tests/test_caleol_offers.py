"""Follow-up of the offers after a CALEOL decision (issue 7): who holds the offer, the
answer deadline (R441-10: from the day after notification or after the registered
letter's presentation, rolled past weekends and holidays), silence = refusal, the next
rank and its offer letter, acceptance closing the others, refusal reasons, rights, the
command line (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from desktop import cli
from desktop.documents import engine
from desktop.domain import caleol as rules
from desktop.domain.caleol import AttendanceMode, Decision, MemberRole, OfferStatus
from desktop.domain.errors import (
    ConflictError,
    PermissionDenied,
    UserError,
    ValidationError,
)
from desktop.domain.roles import Role
from desktop.services import audit, caleol
from desktop.services.caleol import (
    CandidateData,
    CommissionData,
    DwellingItemData,
    MemberData,
    SessionData,
)
from desktop.services.caleol import letters as caleol_letters
from desktop.services.caleol import offers as caleol_offers
from desktop.services.caleol.letters import OFFER, RANK
from desktop.services.context import Actor
from desktop.storage.caleol_models import Candidate
from desktop.storage.caleol_models import Session as CaleolSession
from desktop.storage.models import Agency, AuditEvent
from tests.conftest import admin_actor, create_test_agency, seat_account

D = dt.date
DAY = D(2026, 12, 11)  # the session, a Friday
NOTIFIED = D(2026, 12, 15)  # + 10 days = Friday 25 December (Christmas)
DEADLINE = D(2026, 12, 28)  # ... rolled to Monday 28 December

# dwelling -> candidates: key, last name, decision, rank, reason
CANDIDATES = {
    "LGT-BX-0412": [
        ("roche", "Roche", Decision.ATTRIBUTION, None, None),
        ("amrani", "El Amrani", Decision.ATTRIBUTION_RANG, 1, None),
        ("vidal", "Vidal", Decision.ATTRIBUTION_RANG, 2, None),
    ],
    "LGT-BX-0877": [
        ("blanchard", "Blanchard", Decision.ATTRIBUTION_RANG, 1, None),
        ("durand", "Durand", Decision.ATTRIBUTION_RANG, 2, None),
        ("faure", "Faure", Decision.NON_ATTRIBUTION, None, "Taux d'effort trop élevé"),
    ],
}


#: the clock of the services in these tests: after every date used here
CLOCK = D(2027, 3, 1)


@pytest.fixture(autouse=True)
def _clock(monkeypatch):
    monkeypatch.setattr(caleol_offers, "today", lambda: CLOCK)


def _sitting(db) -> dict[str, int]:
    """A closed session: on the first dwelling a direct attribution then ranks 1 and 2;
    on the second, ranks 1 and 2 and a refusal. (The ids of the rows it made.)"""
    actor = admin_actor()
    agency = create_test_agency(db, actor)
    with db.reader() as session:
        agency_id = session.scalar(select(Agency.id).where(Agency.code == agency))
    cid = caleol.create_commission(
        db, actor, CommissionData(name="CALEOL Bordeaux Métropole", agency_id=agency_id)
    )
    members = [
        caleol.add_member(
            db,
            actor,
            cid,
            MemberData(
                role=MemberRole.DESIGNE,
                last_name=f"Membre{n}",
                first_name="Camille",
                civility="Mme",
            ),
        )
        for n in range(6)
    ]
    sid = caleol.create_session(db, actor, cid, SessionData(number="2026-12", session_date=DAY))
    for m in members[:4]:
        caleol.set_attendance(db, actor, sid, m, AttendanceMode.PRESENT)
    ids: dict[str, int] = {"session": sid}
    decisions = []
    n = 0
    for reference, candidates in CANDIDATES.items():
        item = caleol.add_dwelling_item(
            db,
            actor,
            sid,
            DwellingItemData(
                reference=reference,
                address="14 rue Camille Godard",
                postcode="33000",
                commune="Bordeaux",
                dwelling_type="T3",
                surface=Decimal("67.40"),
                floor=2,
                rent=Decimal("452.30"),
                charges=Decimal("96.00"),
            ),
        )
        ids[reference] = item.id
        for key, last, decision, rank, reason in candidates:
            n += 1
            ids[key] = caleol.add_candidate(
                db,
                actor,
                item.id,
                CandidateData(
                    numero_unique=f"03326{n:07d}",
                    civility="Mme",
                    first_name="Camille",
                    last_name=last,
                    postal_address=f"{n} rue du Loup\n33000 Bordeaux",
                ),
            ).id
            decisions.append((ids[key], decision, rank, reason))
    caleol.open_session(db, actor, sid)
    for cand, decision, rank, reason in decisions:
        caleol.decide(db, actor, cand, decision, rank=rank, reason=reason)
    caleol.close_session(db, actor, sid)
    return ids


# The tests of the session start from a base where it was made once (``filled``: its
# ids); so do the modules that import ``sitting`` (their own mark: ``SITTING``).
SITTING = pytest.mark.filled_base(fill=_sitting)
pytestmark = SITTING


@pytest.fixture
def sitting(filled):
    return filled


def offer_of(db, candidate_id) -> dict:
    with db.reader() as session:
        c = session.get(Candidate, candidate_id)
        return {
            "status": c.offer_status,
            "notified_on": c.notified_on,
            "presented_on": c.presented_on,
            "deadline": c.offer_deadline,
            "answer_on": c.offer_answer_on,
            "reason": c.offer_refusal_reason,
            "lease": c.lease_signed_on,
        }


def rows(db, actor, on, **kw) -> dict[int, caleol_offers.OfferRow]:
    return {r.candidate_id: r for r in caleol_offers.offers(db, actor, on=on, **kw)}


def letters(db, actor, ids, tmp_path, notified=NOTIFIED, received="notified", **kw):
    """The decision letters; the registered offer letters are then received
    (``received``: that day; default the notification day; None: not yet), which starts
    their answer delay."""
    made = caleol_letters.generate_decision_letters(
        db, actor, ids["session"], notified, tmp_path / "lettres", **kw
    )
    day = notified if received == "notified" else received
    if day is not None:
        for letter in made.letters:
            if offer_of(db, letter.candidate_id)["status"] == "OFFERED":
                assert letter.offer_deadline is None  # registered: runs from the receipt
                caleol_offers.record_presentation(db, actor, letter.candidate_id, day)
    return made


def events(db, action) -> list[SimpleNamespace]:
    """The audit events of ``action``, their snapshots read as the audit screens read
    them (a candidature's are encrypted with its key)."""
    with db.reader() as session:
        reveal = audit.Revealer(session)
        return [
            SimpleNamespace(entity_id=e.entity_id, actor=e.actor, after=reveal(e.after))
            for e in session.scalars(
                select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)
            )
        ]


# --------------------------------------------------------------------------- pure rules


def _c(cid, decision, rank=None, status=None, deadline=None):
    return rules.OfferCandidate(cid, decision, rank, status, deadline)


def test_the_line_direct_attribution_first_then_ranks_skipping_refusals():
    R, S = Decision.ATTRIBUTION_RANG, Decision.ATTRIBUTION_CONDITION_SUSPENSIVE
    line = [_c(3, R, 2), _c(1, R, 1), _c(9, Decision.NON_ATTRIBUTION), _c(7, S), _c(4, R, 3)]
    state = rules.offer_state(line, D(2027, 1, 4))
    assert state.order == (7, 1, 3, 4)  # suspensive condition, then ranks 1, 2, 3
    assert (state.holder_id, state.next_id) == (7, None)  # first in line, before his letter

    refused = [
        _c(7, S, status=OfferStatus.REFUSED),
        _c(1, R, 1, OfferStatus.LAPSED),
        _c(3, R, 2),
        _c(4, R, 3),
    ]
    state = rules.offer_state(refused, D(2027, 1, 4))
    assert (state.holder_id, state.next_id) == (None, 3)

    # Silence: lapsed only strictly after the deadline day.
    offered = [_c(1, R, 1, OfferStatus.OFFERED, D(2027, 1, 4)), _c(3, R, 2)]
    on_the_day = rules.offer_state(offered, D(2027, 1, 4))
    assert (on_the_day.holder_id, on_the_day.statuses[1]) == (1, OfferStatus.OFFERED)
    day_after = rules.offer_state(offered, D(2027, 1, 5))
    assert (day_after.holder_id, day_after.next_id) == (None, 3)
    assert day_after.statuses[1] is OfferStatus.LAPSED
    assert rules.offer_state(offered, None).holder_id == 1  # no date: recorded statuses

    done = [_c(1, R, 1, OfferStatus.REFUSED), _c(3, R, 2, OfferStatus.ACCEPTED), _c(4, R, 3)]
    assert rules.offer_state(done, D(2027, 2, 1)).accepted_id == 3
    gone = [_c(1, R, 1, OfferStatus.REFUSED), _c(3, R, 2, OfferStatus.LAPSED)]
    assert rules.offer_state(gone, D(2027, 2, 1)).exhausted

    # A deadline recorded before the statuses existed counts for the first in line.
    legacy = [_c(1, R, 1, None, D(2026, 12, 28)), _c(3, R, 2, None, D(2026, 12, 28))]
    state = rules.offer_state(legacy, D(2026, 12, 29))
    assert (state.statuses[1], state.next_id) == (OfferStatus.LAPSED, 3)
    assert rules.offer_start(D(2026, 12, 15), D(2026, 12, 22)) == D(2026, 12, 22)
    assert rules.offer_start(D(2026, 12, 15), None) == D(2026, 12, 15)
    assert OfferStatus.LAPSED.label == "Sans réponse dans le délai (refus)"


# --------------------------------------------------------------------------- notification


def test_only_the_candidate_offered_the_dwelling_gets_a_deadline(db, actor, sitting):
    ids = sitting
    for key in ("roche", "amrani", "vidal", "blanchard", "durand", "faure"):
        caleol.set_notification(db, actor, ids[key], NOTIFIED)
    assert offer_of(db, ids["roche"])["deadline"] == DEADLINE  # direct attribution
    assert offer_of(db, ids["roche"])["status"] == "OFFERED"
    assert offer_of(db, ids["blanchard"])["deadline"] == DEADLINE  # rank 1, no direct one
    for key in ("amrani", "vidal", "durand", "faure"):  # waiting for their rank, or refused
        assert offer_of(db, ids[key])["deadline"] is None, key
        assert offer_of(db, ids[key])["status"] is None, key
        assert offer_of(db, ids[key])["notified_on"] == NOTIFIED


def test_the_next_rank_notified_by_hand_gets_the_deadline(db, actor, sitting):
    ids = sitting
    caleol.set_notification(db, actor, ids["blanchard"], NOTIFIED)
    with pytest.raises(UserError) as exc:  # the first in line, before his letter
        caleol_offers.record_answer(db, actor, ids["roche"], OfferStatus.ACCEPTED, NOTIFIED)
    assert "n'a pas encore été produit" in str(exc.value)
    caleol_offers.record_answer(
        db, actor, ids["blanchard"], OfferStatus.REFUSED, D(2026, 12, 17), "Trop petit"
    )
    caleol.set_notification(db, actor, ids["durand"], D(2026, 12, 18))
    assert offer_of(db, ids["durand"])["deadline"] == D(2026, 12, 28)
    assert offer_of(db, ids["durand"])["status"] == "OFFERED"


def test_letters_make_the_offers_and_the_list_shows_days_left(db, actor, sitting, tmp_path):
    ids = sitting
    assert caleol_offers.offers(db, actor, on=NOTIFIED)[0].to_notify  # before the letters
    letters(db, actor, ids, tmp_path, received=None)
    # Registered offer letters: the deadline runs from their receipt, unknown yet.
    waiting = rows(db, actor, D(2027, 2, 1))[ids["roche"]]
    assert (waiting.status, waiting.deadline, waiting.days_left, waiting.overdue) == (
        OfferStatus.OFFERED,
        None,
        None,
        False,
    )
    assert waiting.awaiting_receipt and not waiting.to_notify and waiting.can_answer
    assert str(waiting.status_text) == (
        "Courrier recommandé envoyé le 15/12/2026 : délai à compter de la réception "
        "(date de présentation à enregistrer)"
    )
    assert offer_of(db, ids["roche"])["deadline"] is None
    assert caleol_offers.lapse_overdue(db, actor, D(2027, 2, 1)) == []  # no deadline, no lapse
    with pytest.raises(UserError) as exc:
        caleol_offers.offer_to_next(db, actor, ids["LGT-BX-0412"], on=D(2027, 2, 1))
    assert "attend la date de sa réception" in str(exc.value)
    # Received on the day it was sent: + 10 days, rolled past Christmas.
    for key in ("roche", "blanchard"):
        caleol_offers.record_presentation(db, actor, ids[key], NOTIFIED)
    listed = rows(db, actor, D(2026, 12, 18))
    assert set(listed) == {ids["roche"], ids["blanchard"]}  # ranks 1-2 wait for their turn
    roche = listed[ids["roche"]]
    assert (roche.status, roche.deadline, roche.days_left, roche.overdue) == (
        OfferStatus.OFFERED,
        DEADLINE,
        10,
        False,
    )
    assert (roche.session_number, roche.dwelling_reference, roche.notified_on) == (
        "2026-12",
        "LGT-BX-0412",
        NOTIFIED,
    )
    assert str(roche.status_text) == "Proposition en cours"
    # The deadline day itself is still in time; the day after, silence is a refusal.
    assert rows(db, actor, DEADLINE)[ids["roche"]].status is OfferStatus.OFFERED
    after = rows(db, actor, DEADLINE + dt.timedelta(days=1))[ids["roche"]]
    assert (after.status, after.overdue, after.days_left) == (OfferStatus.LAPSED, True, -1)
    assert (after.next_candidate_id, after.next_rank) == (ids["amrani"], 1)
    assert after.next_candidate_name == "Mme Camille El Amrani"
    assert offer_of(db, ids["roche"])["status"] == "OFFERED"  # the list records nothing
    assert [
        r.candidate_id
        for r in caleol_offers.offers(db, actor, on=NOTIFIED, session_id=ids["session"])
    ] == [ids["roche"], ids["blanchard"]]


def test_presentation_of_the_registered_letter_moves_the_deadline(db, actor, sitting, tmp_path):
    ids = sitting
    letters(db, actor, ids, tmp_path)
    # Sent 15/12, presented (not collected) Tuesday 22/12: + 10 days = Friday 1 January,
    # a holiday, then the weekend: Monday 4 January 2027.
    caleol_offers.record_presentation(db, actor, ids["blanchard"], D(2026, 12, 22))
    assert offer_of(db, ids["blanchard"])["deadline"] == D(2027, 1, 4)
    assert offer_of(db, ids["blanchard"])["presented_on"] == D(2026, 12, 22)
    row = rows(db, actor, D(2026, 12, 30))[ids["blanchard"]]
    assert (row.presented_on, row.deadline, row.days_left) == (D(2026, 12, 22), D(2027, 1, 4), 5)
    with pytest.raises(ValidationError) as exc:
        caleol_offers.record_presentation(db, actor, ids["blanchard"], D(2026, 12, 14))
    assert "avant son envoi (le 15/12/2026)" in str(exc.value.fields["presented_on"])
    with pytest.raises(UserError) as exc:  # rank 1 behind the direct attribution
        caleol_offers.record_presentation(db, actor, ids["amrani"], D(2026, 12, 16))
    assert "Aucune proposition n'est en cours pour Mme Camille El Amrani" in str(exc.value)

    # An offer recorded as lapsed runs again when the letter was presented later.
    assert caleol_offers.lapse_overdue(db, actor, D(2026, 12, 29)) == [ids["roche"]]
    caleol_offers.record_presentation(db, actor, ids["roche"], D(2026, 12, 17))
    assert offer_of(db, ids["roche"])["status"] == "OFFERED"
    assert offer_of(db, ids["roche"])["deadline"] == D(2026, 12, 28)  # 27/12 is a Sunday
    presentations = events(db, "offre_presentation")[-2:]  # after the letters' receipts
    assert [e.entity_id for e in presentations] == [ids["blanchard"], ids["roche"]]
    assert presentations[0].after["offer_deadline"] == "2027-01-04"


# --------------------------------------------------------------------------- silence, next rank


def test_silence_lapses_and_the_next_rank_gets_the_offer_and_its_letter(
    db, actor, sitting, tmp_path
):
    ids = sitting
    letters(db, actor, ids, tmp_path)
    on = DEADLINE + dt.timedelta(days=1)
    with pytest.raises(UserError) as exc:  # still in time the day before
        caleol_offers.offer_to_next(db, actor, ids["LGT-BX-0412"], on=DEADLINE)
    assert "court jusqu'au 28/12/2026" in str(exc.value)

    assert caleol_offers.lapse_overdue(db, actor, on) == [ids["roche"], ids["blanchard"]]
    assert caleol_offers.lapse_overdue(db, actor, on) == []  # idempotent
    assert offer_of(db, ids["roche"])["status"] == "LAPSED"
    assert len(events(db, "offre_caduque")) == 2

    nxt = caleol_offers.offer_to_next(db, actor, ids["LGT-BX-0412"], on=on)
    assert nxt == ids["amrani"]
    assert offer_of(db, nxt)["status"] == "OFFERED" and offer_of(db, nxt)["deadline"] is None
    row = rows(db, actor, on)[nxt]
    assert row.to_notify and str(row.status_text).startswith("Proposition à notifier")
    with pytest.raises(UserError) as exc:  # offered, his letter still to make
        caleol_offers.offer_to_next(db, actor, ids["LGT-BX-0412"], on=on)
    assert "produisez son courrier de proposition" in str(exc.value)

    planned = {
        p.candidate_id: p for p in caleol_letters.letters_for_session(db, actor, ids["session"])
    }
    assert (planned[nxt].template_name, planned[nxt].offer, planned[nxt].moved_up) == (
        OFFER,
        True,
        True,
    )
    assert (planned[ids["vidal"]].template_name, planned[ids["vidal"]].ahead) == (RANK, 1)
    assert "déjà reçu une suite" in str(planned[ids["roche"]].problems[0])
    with pytest.raises(UserError) as exc:  # not the whole session again: answered offers
        letters(db, actor, ids, tmp_path, notified=D(2026, 12, 30))
    assert "Mme Camille Roche" in str(exc.value.message)

    result = letters(db, actor, ids, tmp_path, notified=D(2026, 12, 30), candidate_ids=[nxt])
    (letter,) = result.letters
    assert letter.template_name == OFFER
    # registered: no deadline on the letter; received the day it was sent (the helper):
    # + 10 days, 9 January is a Saturday
    assert letter.offer_deadline is None and letter.registered_offer
    body = "\n".join(engine.docx_paragraphs(letter.docx_path.read_bytes()))
    body = body.replace("\u00a0", " ").replace("\u202f", " ")  # typographic spaces
    assert "elle vous a attribué le logement décrit ci-dessous." in body
    assert "proposé en premier" not in body
    assert "délai de dix jours à compter de la réception du présent courrier" in body
    assert offer_of(db, nxt) | {"lease": None} == {
        "status": "OFFERED",
        "notified_on": D(2026, 12, 30),
        "presented_on": D(2026, 12, 30),
        "deadline": D(2027, 1, 11),
        "answer_on": None,
        "reason": "",
        "lease": None,
    }
    row = rows(db, actor, D(2027, 1, 4))[nxt]
    assert (row.status, row.days_left, row.to_notify) == (OfferStatus.OFFERED, 7, False)
    assert rows(db, actor, D(2027, 1, 4))[ids["roche"]].next_candidate_id is None


def test_acceptance_closes_the_offer_for_the_others(db, actor, sitting, tmp_path):
    ids = sitting
    letters(db, actor, ids, tmp_path)
    saved = caleol_offers.record_answer(
        db, actor, ids["roche"], OfferStatus.ACCEPTED, D(2026, 12, 21)
    )
    assert "la proposition est close pour Mme Camille El Amrani, Mme Camille Vidal" in str(
        saved.warnings[0]
    )
    assert offer_of(db, ids["roche"])["status"] == "ACCEPTED"
    assert offer_of(db, ids["roche"])["answer_on"] == D(2026, 12, 21)
    assert offer_of(db, ids["amrani"])["status"] == "WITHDRAWN"
    assert offer_of(db, ids["vidal"])["status"] == "WITHDRAWN"
    assert offer_of(db, ids["blanchard"])["status"] == "OFFERED"  # another dwelling
    listed = rows(db, actor, D(2027, 2, 1))
    assert listed[ids["roche"]].status is OfferStatus.ACCEPTED
    assert str(listed[ids["roche"]].status_text) == "Acceptée le 21/12/2026"
    assert listed[ids["amrani"]].status is OfferStatus.WITHDRAWN
    assert not listed[ids["roche"]].overdue and listed[ids["roche"]].days_left is None

    with pytest.raises(UserError) as exc:
        caleol_offers.record_answer(
            db, actor, ids["roche"], OfferStatus.REFUSED, D(2026, 12, 22), "Changement d'avis"
        )
    assert "déjà enregistrée (acceptée le 21/12/2026)" in str(exc.value)
    with pytest.raises(UserError) as exc:
        caleol_offers.record_answer(db, actor, ids["vidal"], OfferStatus.ACCEPTED, D(2026, 12, 22))
    assert "attribué à un autre candidat" in str(exc.value)
    with pytest.raises(UserError) as exc:
        caleol_offers.offer_to_next(db, actor, ids["LGT-BX-0412"], on=D(2027, 2, 1))
    assert "a été accepté par Mme Camille Roche" in str(exc.value)

    with pytest.raises(ValidationError):
        caleol_offers.record_lease_signed(db, actor, ids["roche"], D(2026, 12, 20))
    caleol_offers.record_lease_signed(db, actor, ids["roche"], D(2027, 1, 8))
    assert offer_of(db, ids["roche"])["lease"] == D(2027, 1, 8)
    assert (
        str(rows(db, actor, D(2027, 2, 1))[ids["roche"]].status_text)
        == "Acceptée, bail signé le 08/01/2027"
    )
    with pytest.raises(UserError):
        caleol_offers.record_lease_signed(db, actor, ids["blanchard"], D(2027, 1, 8))
    withdrawn = events(db, "offre_close")
    assert {e.entity_id for e in withdrawn} == {ids["amrani"], ids["vidal"]}
    assert withdrawn[0].after["accepte_par"] == ids["roche"]


def test_refusal_needs_a_reason_and_opens_the_next_rank(db, actor, sitting, tmp_path):
    ids = sitting
    letters(db, actor, ids, tmp_path)
    for reason in ("", "   "):
        with pytest.raises(ValidationError) as exc:
            caleol_offers.record_answer(
                db, actor, ids["blanchard"], OfferStatus.REFUSED, D(2026, 12, 20), reason
            )
        assert "motif du refus" in str(exc.value.fields["reason"])
    with pytest.raises(ValidationError) as exc:
        caleol_offers.record_answer(
            db, actor, ids["blanchard"], OfferStatus.WITHDRAWN, D(2026, 12, 20)
        )
    assert "accepte ou refuse" in str(exc.value.fields["answer"])
    assert offer_of(db, ids["blanchard"])["status"] == "OFFERED"  # nothing written

    saved = caleol_offers.record_answer(
        db,
        actor,
        ids["blanchard"],
        OfferStatus.REFUSED,
        D(2026, 12, 20),
        "Logement trop éloigné du travail",
    )
    assert str(saved.warnings[0]) == (
        "Le logement peut être proposé au rang suivant : Mme Camille Durand (rang 2)."
    )
    assert offer_of(db, ids["blanchard"])["reason"] == "Logement trop éloigné du travail"
    row = rows(db, actor, D(2026, 12, 21))[ids["blanchard"]]
    assert (row.status, row.next_candidate_id) == (OfferStatus.REFUSED, ids["durand"])
    assert str(row.status_text) == "Refusée le 20/12/2026"
    (event,) = events(db, "offre_refusee")
    assert event.after["offer_refusal_reason"] == "Logement trop éloigné du travail"
    assert audit.ACTION_LABELS["offre_refusee"] == "proposition refusée"

    with pytest.raises(UserError) as exc:
        caleol_offers.record_answer(db, actor, ids["durand"], OfferStatus.ACCEPTED, D(2026, 12, 21))
    assert "proposez-le au rang suivant" in str(exc.value)
    durand = caleol_offers.offer_to_next(db, actor, ids["LGT-BX-0877"], on=D(2026, 12, 21))
    assert durand == ids["durand"]
    letters(db, actor, ids, tmp_path, notified=D(2026, 12, 21), candidate_ids=[durand])
    caleol_offers.record_answer(
        db, actor, durand, OfferStatus.REFUSED, D(2026, 12, 23), "Aucun motif donné"
    )
    with pytest.raises(UserError) as exc:
        caleol_offers.offer_to_next(db, actor, ids["LGT-BX-0877"], on=D(2026, 12, 24))
    assert "Plus aucun candidat classé" in str(exc.value)
    assert rows(db, actor, D(2026, 12, 24))[durand].exhausted


def test_late_answers(db, actor, sitting, tmp_path):
    ids = sitting
    letters(db, actor, ids, tmp_path)
    late = DEADLINE + dt.timedelta(days=2)
    with pytest.raises(ValidationError) as exc:
        caleol_offers.record_answer(db, actor, ids["roche"], OfferStatus.ACCEPTED, late)
    assert "après la date limite du 28/12/2026" in str(exc.value.fields["on"])
    assert "R441-10" in str(exc.value.fields["on"])
    with pytest.raises(ValidationError) as exc:  # before the letter was sent
        caleol_offers.record_answer(db, actor, ids["roche"], OfferStatus.ACCEPTED, D(2026, 12, 14))
    assert "précéder l'envoi" in str(exc.value.fields["on"])
    with pytest.raises(UserError) as exc:  # rank 1 behind the direct attribution
        caleol_offers.record_answer(db, actor, ids["amrani"], OfferStatus.ACCEPTED, D(2026, 12, 20))
    assert "n'a pas été proposé à Mme Camille El Amrani" in str(exc.value)

    # Posted in time, received late: the user says so.
    caleol_offers.record_answer(
        db, actor, ids["roche"], OfferStatus.ACCEPTED, late, received_in_time=True
    )
    assert offer_of(db, ids["roche"])["status"] == "ACCEPTED"
    (event,) = events(db, "offre_acceptee")
    assert event.after["hors_delai"] is True and event.after["recue_dans_le_delai"] is True

    # A late refusal is a refusal; no answer once the next rank was offered.
    caleol_offers.lapse_overdue(db, actor, late)
    caleol_offers.record_answer(
        db, actor, ids["blanchard"], OfferStatus.REFUSED, late, "Refus reçu après le délai"
    )
    assert offer_of(db, ids["blanchard"])["status"] == "REFUSED"


def test_no_answer_once_the_next_rank_is_offered(db, actor, sitting, tmp_path):
    ids = sitting
    letters(db, actor, ids, tmp_path)
    on = DEADLINE + dt.timedelta(days=3)
    caleol_offers.offer_to_next(db, actor, ids["LGT-BX-0877"], on=on)
    with pytest.raises(UserError) as exc:
        caleol_offers.record_answer(
            db, actor, ids["blanchard"], OfferStatus.ACCEPTED, on, received_in_time=True
        )
    assert "déjà été proposé à Mme Camille Durand" in str(exc.value)
    with pytest.raises(UserError) as exc:
        caleol_offers.record_presentation(db, actor, ids["blanchard"], D(2026, 12, 22))
    assert "ne peut plus être rouverte" in str(exc.value)
    with pytest.raises(UserError) as exc:  # his letter is not made yet
        caleol_offers.record_answer(db, actor, ids["durand"], OfferStatus.ACCEPTED, on)
    assert "n'a pas encore été produit" in str(exc.value)


def test_offers_follow_a_locked_session_without_touching_its_minutes(db, actor, sitting, tmp_path):
    ids = sitting
    letters(db, actor, ids, tmp_path)
    with db.transaction() as session:
        caleol.lock_session(session, ids["session"], actor)
    with db.reader() as session:
        before = session.get(CaleolSession, ids["session"]).version
    caleol_offers.record_presentation(db, actor, ids["roche"], D(2026, 12, 17))
    caleol_offers.record_answer(
        db, actor, ids["roche"], OfferStatus.REFUSED, D(2026, 12, 18), "Pas d'ascenseur"
    )
    assert (
        caleol_offers.offer_to_next(db, actor, ids["LGT-BX-0412"], D(2026, 12, 18)) == ids["amrani"]
    )
    with db.reader() as session:
        row = session.get(CaleolSession, ids["session"])
        assert row.locked and row.version == before
    assert rows(db, actor, D(2026, 12, 18))[ids["roche"]].session_locked


def test_a_session_not_closed_has_no_offers_to_follow(db, actor, sitting, tmp_path):
    ids = sitting
    letters(db, actor, ids, tmp_path)
    caleol.set_session_status(db, actor, ids["session"], caleol.SessionStatus.OPEN)
    assert caleol_offers.offers(db, actor, on=NOTIFIED) == []
    with pytest.raises(UserError) as exc:
        caleol_offers.record_answer(db, actor, ids["roche"], OfferStatus.ACCEPTED, D(2026, 12, 18))
    assert "n'est pas close" in str(exc.value)
    assert offer_of(db, ids["roche"])["status"] == "OFFERED"


def test_a_deadline_recorded_before_the_statuses_counts_as_an_offer(db, actor, sitting):
    ids = sitting
    with db.transaction() as session:  # data of the first version: deadlines, no status
        for key in ("blanchard", "durand"):
            c = session.get(Candidate, ids[key])
            c.notified_on, c.offer_deadline = NOTIFIED, DEADLINE
    row = rows(db, actor, D(2026, 12, 20))[ids["blanchard"]]
    assert (row.status, row.days_left) == (OfferStatus.OFFERED, 8)
    assert ids["durand"] not in rows(db, actor, D(2026, 12, 20))
    caleol_offers.record_answer(db, actor, ids["blanchard"], OfferStatus.ACCEPTED, D(2026, 12, 20))
    assert offer_of(db, ids["durand"])["status"] == "WITHDRAWN"


def test_a_stale_version_is_refused(db, actor, sitting, tmp_path):
    ids = sitting
    letters(db, actor, ids, tmp_path)
    row = rows(db, actor, D(2026, 12, 18))[ids["roche"]]
    caleol_offers.record_presentation(db, actor, ids["roche"], D(2026, 12, 17))
    with pytest.raises(ConflictError):
        caleol_offers.record_answer(
            db,
            actor,
            ids["roche"],
            OfferStatus.ACCEPTED,
            D(2026, 12, 18),
            expected_version=row.candidate_version,
        )
    assert offer_of(db, ids["roche"])["status"] == "OFFERED"


def test_rights(db, actor, sitting, tmp_path):
    ids = sitting
    letters(db, actor, ids, tmp_path)
    (commission,) = caleol.list_commissions(db, actor)
    member, _ = seat_account(db, actor, commission.id)
    assert len(caleol_offers.offers(db, member, on=NOTIFIED)) == 2  # reads
    attempts = [
        lambda a: caleol_offers.record_answer(
            db, a, ids["roche"], OfferStatus.ACCEPTED, D(2026, 12, 18)
        ),
        lambda a: caleol_offers.record_presentation(db, a, ids["roche"], D(2026, 12, 17)),
        lambda a: caleol_offers.lapse_overdue(db, a, D(2027, 1, 1)),
        lambda a: caleol_offers.offer_to_next(db, a, ids["LGT-BX-0412"], D(2027, 1, 1)),
        lambda a: caleol_offers.record_lease_signed(db, a, ids["roche"], D(2027, 1, 1)),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied):
            attempt(member)
    assert len(events(db, "refus")) == len(attempts)
    with pytest.raises(PermissionDenied):
        caleol_offers.offers(db, Actor("agent", role=Role.AGENT), on=NOTIFIED)
    assert offer_of(db, ids["roche"])["status"] == "OFFERED"
    secretary = Actor("secretaire", role=Role.CALEOL_SECRETARY)
    caleol_offers.record_answer(db, secretary, ids["roche"], OfferStatus.ACCEPTED, D(2026, 12, 18))
    (event,) = events(db, "offre_acceptee")
    assert event.actor == "secretaire"


def test_nothing_is_recorded_in_the_future(db, actor, sitting, tmp_path):
    ids = sitting
    letters(db, actor, ids, tmp_path)
    future = CLOCK + dt.timedelta(days=1)
    attempts = {
        "on": [
            lambda: caleol_offers.record_answer(
                db, actor, ids["roche"], OfferStatus.ACCEPTED, future
            ),
            lambda: caleol_offers.lapse_overdue(db, actor, future),
            lambda: caleol_offers.offer_to_next(db, actor, ids["LGT-BX-0412"], future),
        ],
        "presented_on": [
            lambda: caleol_offers.record_presentation(db, actor, ids["roche"], future)
        ],
    }
    for key, calls in attempts.items():
        for attempt in calls:
            with pytest.raises(ValidationError) as exc:
                attempt()
            assert "02/03/2027 est une date à venir" in str(exc.value.fields[key])
    assert offer_of(db, ids["roche"])["status"] == "OFFERED"
    # The list may look ahead: it records nothing.
    assert rows(db, actor, future)[ids["roche"]].status is OfferStatus.LAPSED
    assert offer_of(db, ids["roche"])["status"] == "OFFERED"


def test_find_candidate(db, actor, sitting):
    ids = sitting
    assert caleol_offers.find_candidate(db, actor, "033260000004") == ids["blanchard"]
    assert caleol_offers.find_candidate(db, actor, f"#{ids['durand']}") == ids["durand"]
    with pytest.raises(UserError):
        caleol_offers.find_candidate(db, actor, "999999999999")


def test_find_refuses_a_key_naming_several_rows(db, actor, sitting):
    """A session number, a dwelling reference or a numéro unique found twice: the
    refusal lists the ids to type instead, which find the row."""
    ids = sitting
    cid = caleol.create_commission(db, actor, CommissionData(name="CALEOL Sud Gironde"))
    other = caleol.create_session(db, actor, cid, SessionData(number="2026-12", session_date=DAY))
    with pytest.raises(UserError) as exc:
        caleol.find_session(db, actor, "2026-12")
    assert str(exc.value) == (
        "Plusieurs commissions ont une séance n° 2026-12 : indiquez son identifiant "
        f"(#{ids['session']}, #{other})."
    )
    assert caleol.find_session(db, actor, f"#{other}") == other

    dwelling = DwellingItemData(
        reference="LGT-SG-0001", address="1 place du Marché", postcode="33210", commune="Langon"
    )
    items = [caleol.add_dwelling_item(db, actor, other, dwelling).id for _ in range(2)]
    candidates = [
        caleol.add_candidate(
            db, actor, item, CandidateData(numero_unique="033269999999", last_name="Roux")
        ).id
        for item in items
    ]
    with pytest.raises(UserError) as exc:
        caleol_offers.find_dwelling(db, actor, other, " lgt-sg-0001")
    assert str(exc.value) == (
        "La référence lgt-sg-0001 désigne plusieurs logements de la séance 2026-12 : "
        f"indiquez l'identifiant du point (#{items[0]}, #{items[1]})."
    )
    assert caleol_offers.find_dwelling(db, actor, other, f"#{items[1]}") == items[1]
    assert (
        caleol_offers.find_dwelling(db, actor, ids["session"], "LGT-BX-0877") == ids["LGT-BX-0877"]
    )
    with pytest.raises(UserError) as exc:
        caleol_offers.find_candidate(db, actor, "033269999999")
    assert str(exc.value) == (
        "Le numéro unique 033269999999 désigne plusieurs candidatures : indiquez "
        f"l'identifiant du candidat (#{candidates[0]}, #{candidates[1]})."
    )
    assert caleol_offers.find_candidate(db, actor, f"#{candidates[0]}") == candidates[0]


# --------------------------------------------------------------------------- command line


def test_command_line(db, db_url, actor, sitting, tmp_path, capsys):
    ids = sitting
    letters(db, actor, ids, tmp_path)
    assert cli.main(["caleol", "offers", "--db", db_url, "--on", "2026-12-18"]) == 0
    out = capsys.readouterr().out
    assert "2 propositions au 18/12/2026" in out
    assert (
        "LGT-BX-0412 — Mme Camille Roche (033260000001) : Proposition en cours ; courrier "
        "présenté le 15/12/2026 ; réponse au plus tard le 28/12/2026 (10 jours)" in out
    )

    base = ["caleol", "answer", "033260000004", "--db", db_url]
    assert cli.main([*base, "--refused", "--on", "2026-12-20"]) == 2
    assert "--reason : Indiquez le motif du refus" in capsys.readouterr().err
    assert (
        cli.main([*base, "--refused", "--on", "2026-12-20", "--reason", "Trop loin de l'école"])
        == 0
    )
    out = capsys.readouterr().out
    assert "Refus de Mme Camille Blanchard enregistré (20/12/2026)." in out
    assert "rang suivant : Mme Camille Durand (rang 2)" in out

    assert (
        cli.main(
            ["caleol", "answer", "033260000001", "--accepted", "--on", "2026-12-30", "--db", db_url]
        )
        == 2
    )
    assert "--on : Réponse du 30/12/2026 arrivée après la date limite" in capsys.readouterr().err
    assert (
        cli.main(
            [
                "caleol",
                "answer",
                "033260000001",
                "--accepted",
                "--on",
                "2026-12-30",
                "--in-time",
                "--db",
                db_url,
            ]
        )
        == 0
    )
    assert "Acceptation de Mme Camille Roche enregistrée (30/12/2026)" in capsys.readouterr().out

    assert (
        cli.main(["caleol", "offers", "--session", "2026-12", "--on", "2026-12-31", "--db", db_url])
        == 0
    )
    out = capsys.readouterr().out
    assert (
        "Refusée le 20/12/2026 ; courrier présenté le 15/12/2026 — motif : Trop loin de "
        "l'école ; rang suivant à proposer : "
        "Mme Camille Durand (rang 2)" in out
    )
    assert "Close (logement attribué à un autre candidat)" in out


def test_command_line_presentation_next_rank_and_lease(
    db, db_url, actor, sitting, tmp_path, capsys
):
    ids = sitting
    letters(db, actor, ids, tmp_path)

    def run(*argv) -> tuple[int, str, str]:
        code = cli.main(["caleol", *argv, "--db", db_url])
        out, err = capsys.readouterr()
        return code, out, err

    # The registered letter presented on Tuesday 22/12: deadline Monday 4 January 2027.
    code, out, _ = run("present", "033260000004", "--on", "2026-12-22")
    assert code == 0
    assert (
        "Présentation du courrier de proposition à Mme Camille Blanchard enregistrée "
        "(22/12/2026)." in out
    )
    assert "Réponse attendue au plus tard le 04/01/2027." in out
    assert offer_of(db, ids["blanchard"])["deadline"] == D(2027, 1, 4)
    code, _, err = run("present", "033260000004", "--on", "2026-12-14")
    assert code == 2
    assert "--on : Le courrier ne peut pas avoir été présenté avant son envoi" in err
    code, _, err = run("present", "033260000002", "--on", "2026-12-16")
    assert code == 2 and "Aucune proposition n'est en cours pour Mme Camille El Amrani" in err
    code, _, err = run("present", "033260000099", "--on", "2026-12-16")
    assert code == 2 and "n'existe pas" in err
    code, _, err = run("present", "033260000004", "--on", "22 décembre")
    assert code == 2 and "--on : Date invalide" in err

    # Next rank: refused while the offer runs, letter options without --letter, unknown
    # dwelling.
    code, _, err = run("next-rank", "2026-12", "LGT-BX-0412", "--on", "2026-12-28")
    assert code == 2 and "court jusqu'au 28/12/2026" in err
    code, _, err = run("next-rank", "2026-12", "LGT-BX-0412", "--notified", "2026-12-29")
    assert code == 2 and "--notified : Cette option ne sert qu'avec --letter" in err
    code, _, err = run(
        "next-rank", "2026-12", "LGT-BX-0412", "--letter", "--out", str(tmp_path / "x")
    )
    assert code == 2 and "--notified : Cette option est obligatoire" in err
    code, _, err = run("next-rank", "2026-12", "LGT-XX-0001", "--on", "2026-12-29")
    assert code == 2
    assert "Le logement « LGT-XX-0001 » n'est pas à l'ordre du jour de la séance 2026-12" in err

    # The letter is checked before the dwelling is offered: nothing changes on refusal.
    out_dir = tmp_path / "rang-suivant"
    with_letter = (
        "next-rank",
        "2026-12",
        "lgt-bx-0412",
        "--on",
        "2026-12-29",
        "--letter",
        "--out",
        str(out_dir),
    )
    with db.transaction() as session:
        session.get(Candidate, ids["amrani"]).postal_address = "rue du Loup, Bordeaux"
    code, _, err = run(*with_letter, "--notified", "2026-12-30")
    assert code == 2 and "Mme Camille El Amrani" in err and "code postal" in err
    with db.transaction() as session:
        session.get(Candidate, ids["amrani"]).postal_address = "2 rue du Loup\n33000 Bordeaux"
    code, _, err = run(*with_letter, "--notified", "2026-12-10")
    assert code == 2 and "--notified : La notification ne peut pas précéder la séance" in err
    code, _, err = run(*with_letter, "--notified", "2026-12-30", "--days", "7")
    assert code == 2 and "--days : Le délai de réponse" in err
    assert offer_of(db, ids["roche"])["status"] == "OFFERED"  # the lapse not even recorded
    assert offer_of(db, ids["amrani"])["status"] is None
    assert not out_dir.exists()

    code, out, _ = run(*with_letter, "--notified", "2026-12-30")
    assert code == 0, _
    assert "Logement LGT-BX-0412 proposé à Mme Camille El Amrani (rang 1)." in out
    assert "1 lettre produite pour la séance 2026-12, notifiée le 30/12/2026" in out
    assert (
        "Mme Camille El Amrani : Proposition de logement (attribution) ; recommandée : le "
        "délai de réponse court de sa réception" in out
    )
    assert offer_of(db, ids["roche"])["status"] == "LAPSED"
    assert offer_of(db, ids["amrani"]) | {"lease": None} == {
        "status": "OFFERED",
        "notified_on": D(2026, 12, 30),
        "presented_on": None,
        "deadline": None,  # runs from the receipt of the registered letter
        "answer_on": None,
        "reason": "",
        "lease": None,
    }
    (docx,) = out_dir.glob("*.docx")
    assert (
        "Classée au rang 1 par la commission, ce logement vous est proposé, le candidat "
        "placé avant vous ne l'ayant pas accepté."
        in "\n".join(engine.docx_paragraphs(docx.read_bytes()))
    )

    # Without --letter: the dwelling is offered, the letter made later with
    # ``letters --candidate``; the dwelling may be named by its agenda item id.
    code, _, _ = run(
        "answer", "033260000004", "--refused", "--on", "2026-12-23", "--reason", "Trop petit"
    )
    assert code == 0
    code, out, _ = run("next-rank", "2026-12", f"#{ids['LGT-BX-0877']}")
    assert code == 0
    assert "Logement LGT-BX-0877 proposé à Mme Camille Durand (rang 2)." in out
    assert f"parcours caleol letters 2026-12 --candidate #{ids['durand']}" in out
    assert rows(db, actor, D(2027, 1, 5))[ids["durand"]].to_notify
    code, out, _ = run(
        "letters",
        "2026-12",
        "--candidate",
        f"#{ids['durand']}",
        "--notified",
        "2027-01-05",
        "--out",
        str(tmp_path / "durand"),
    )
    assert code == 0
    assert (
        "Mme Camille Durand : Proposition de logement (attribution) ; recommandée : le délai "
        "de réponse court de sa réception" in out
    )
    code, _, err = run("next-rank", "2026-12", "LGT-BX-0877", "--on", "2027-01-06")
    assert code == 2 and "attend la date de sa réception" in err
    code, out, _ = run("present", "033260000005", "--on", "2027-01-05")
    assert code == 0 and "Réponse attendue au plus tard le 15/01/2027." in out
    code, _, err = run("next-rank", "2026-12", "LGT-BX-0877", "--on", "2027-01-06")
    assert code == 2 and "court jusqu'au 15/01/2027" in err
    code, _, err = run("next-rank", "2026-12", "LGT-BX-0877")  # today: past his deadline
    assert code == 2 and "Plus aucun candidat classé pour ce logement" in err

    # The lease, after the acceptance only.
    code, _, _ = run("answer", "033260000002", "--accepted", "--on", "2027-01-05")
    assert code == 0
    code, _, err = run("lease-signed", "033260000002", "--on", "2027-01-04")
    assert code == 2
    assert "--on : Le bail ne peut pas être signé avant l'acceptation (le 05/01/2027)" in err
    code, _, err = run("lease-signed", "033260000002", "--on", "2027-03-02")
    assert code == 2 and "--on : Le 02/03/2027 est une date à venir" in err
    code, _, err = run("lease-signed", "033260000005", "--on", "2027-01-08")
    assert code == 2 and "Mme Camille Durand n'a pas accepté le logement" in err
    assert offer_of(db, ids["amrani"])["lease"] is None
    code, out, _ = run("lease-signed", "033260000002", "--on", "2027-01-08")
    assert code == 0
    assert (
        "Bail du logement LGT-BX-0412 signé par Mme Camille El Amrani le 08/01/2027 : "
        "enregistré." in out
    )
    assert offer_of(db, ids["amrani"])["lease"] == D(2027, 1, 8)
    (event,) = events(db, "bail_signe")
    assert event.entity_id == ids["amrani"] and event.after["lease_signed_on"] == "2027-01-08"
    code, out, _ = run("offers", "--on", "2027-01-08")
    assert "Mme Camille El Amrani (033260000002) : Acceptée, bail signé le 08/01/2027" in out


def test_command_line_help_is_french(capsys):
    for command, expected in (
        ("present", "pli recommandé"),
        ("next-rank", "rang suivant"),
        ("lease-signed", "signature du bail"),
    ):
        with pytest.raises(SystemExit) as exc:
            cli.main(["caleol", command, "--help"])
        assert exc.value.code == 0
        assert expected in capsys.readouterr().out, command
    with pytest.raises(SystemExit):
        cli.main(["caleol", "--help"])
    out = capsys.readouterr().out
    for command in ("present", "next-rank", "lease-signed"):
        assert command in out
