"""Refusing an adapted dwelling changes the score (the PPGD's rule, a criterion of the
grid): the landlord qualifies a refused offer (adapted or not, legitimate reason or
not, why); the applicant's scores in later sessions not locked follow; the refusal
stops counting after the grid's number of months; withdrawn with a reason; audited
(SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.domain.caleol import SessionMode
from desktop.domain.errors import PermissionDenied, UserError, ValidationError
from desktop.domain.roles import Role
from desktop.services import audit, caleol, cotation
from desktop.services.caleol import CandidateData, CommissionData, DwellingItemData, SessionData
from desktop.services.context import Actor, FixedClock, use_clock
from desktop.storage.caleol_models import Candidate
from desktop.storage.models import AuditEvent

EPCI = "CA Exemple"
NUMERO = "026111900001"


def _session(db, actor, cid, number, day, ref):
    sid = caleol.create_session(
        db,
        actor,
        cid,
        SessionData(number=number, session_date=day, mode=SessionMode.PRESENTIEL),
    )
    item = caleol.add_dwelling_item(
        db,
        actor,
        sid,
        DwellingItemData(
            reference=ref,
            address="1 rue Haute",
            postcode="26000",
            commune="Valence",
            dwelling_type="T2",
            funding="PLUS",
        ),
    )
    cand = caleol.add_candidate(
        db,
        actor,
        item.id,
        CandidateData(
            numero_unique=NUMERO,
            last_name="Martin",
            adults=1,
            monthly_resources=Decimal("650.00"),
            application_date=dt.date(2025, 1, 15),
        ),
    ).id
    return sid, cand


@pytest.fixture
def world(db, actor):
    with use_clock(FixedClock(dt.datetime(2026, 3, 1, 9, 0))):
        cotation.install_example_grid(db, actor, EPCI)
        cid = caleol.create_commission(db, actor, CommissionData(name="CALEOL Val", territory=EPCI))
        first_sid, first = _session(db, actor, cid, "2026-01", dt.date(2026, 1, 15), "LGT-1")
        later_sid, later = _session(db, actor, cid, "2026-03", dt.date(2026, 3, 20), "LGT-2")
    # The dwelling offered after the January session was refused (offer follow-up).
    with db.transaction() as s:
        c = s.get(Candidate, first)
        c.offer_status, c.offer_answer_on = "REFUSED", dt.date(2026, 2, 2)
    return first_sid, first, later_sid, later


def _total(db, actor, sid, cand):
    return cotation.session_scores(db, actor, sid)[cand].total


def test_a_refusal_without_legitimate_reason_lowers_the_later_score(db, actor, world):
    first_sid, first, later_sid, later = world
    with use_clock(FixedClock(dt.datetime(2026, 3, 2, 9, 0))):
        cotation.score_session(db, actor, later_sid)
        before = _total(db, actor, later_sid, later)
        view = cotation.record_refusal(
            db,
            actor,
            candidate_id=first,
            adapted=True,
            legitimate=False,
            reason="T2 au loyer compatible, proche de son travail ; refus pour l'étage.",
        )
    assert (view.numero_unique, view.refused_on, view.counts) == (
        NUMERO,
        dt.date(2026, 2, 2),
        True,
    )
    assert view.dwelling == "LGT-1, 1 rue Haute, Valence"
    # The March session's stored score followed (example grid: −20 a refusal).
    assert _total(db, actor, later_sid, later) == before - 20
    line = next(
        x
        for x in cotation.session_scores(db, actor, later_sid)[later].lines
        if x["code"] == "REFUS_ADAPTE"
    )
    assert line["points"] == "-20.00" and "02/02/2026" in line["detail"]
    # Minutes and extract read the stored score: the refusal line is there.
    with db.reader() as s:
        assert "Refus d'un logement adapté" in cotation.score_text(s, later)

    # Qualified again as legitimate (a medical certificate came): no penalty any more;
    # one row per refused offer, the former qualification in the audit.
    with use_clock(FixedClock(dt.datetime(2026, 3, 3, 9, 0))):
        again = cotation.record_refusal(
            db,
            actor,
            candidate_id=first,
            adapted=True,
            legitimate=True,
            reason="Certificat médical : étage incompatible avec son état de santé.",
        )
    assert again.id == view.id and not again.counts
    assert _total(db, actor, later_sid, later) == before
    assert len(cotation.refusals_of(db, actor, NUMERO)) == 1
    with db.reader() as s:
        events = s.scalars(
            select(AuditEvent).where(AuditEvent.entity == cotation.ENTITY_REFUSAL)
        ).all()
        assert [e.action for e in events] == ["create", "update"]
        reveal = audit.Revealer(s)  # encrypted with the candidature's key
        before, after = reveal(events[1].before), reveal(events[1].after)
        assert before["legitimate"] is False and after["legitimate"] is True


def test_refusal_known_otherwise_and_its_withdrawal(db, actor, world):
    _first_sid, _first, later_sid, later = world
    with use_clock(FixedClock(dt.datetime(2026, 3, 2, 9, 0))):
        cotation.score_session(db, actor, later_sid)
        before = _total(db, actor, later_sid, later)
        # Reported by the register: another landlord's offer, refused in 2024 (too old
        # for a 12-month rule) and one in December 2025.
        old = cotation.record_refusal(
            db,
            actor,
            numero_unique=" 026111900001 ",
            refused_on=dt.date(2024, 11, 5),
            dwelling="Autre bailleur, T2 Romans",
            adapted=True,
            legitimate=False,
            reason="Signalé par le registre.",
        )
        recent = cotation.record_refusal(
            db,
            actor,
            numero_unique=NUMERO,
            refused_on=dt.date(2025, 12, 10),
            dwelling="Autre bailleur, T2 Valence",
            adapted=True,
            legitimate=False,
            reason="Signalé par le registre.",
        )
        # Not adapted to the household: kept as a trace, never counted.
        cotation.record_refusal(
            db,
            actor,
            numero_unique=NUMERO,
            refused_on=dt.date(2026, 1, 8),
            dwelling="T1 trop petit",
            adapted=False,
            legitimate=False,
            reason="Logement trop petit pour le ménage.",
        )
    assert old.numero_unique == NUMERO
    assert _total(db, actor, later_sid, later) == before - 20
    assert [r.counts for r in cotation.refusals_of(db, actor, NUMERO)] == [True, True, False]
    with use_clock(FixedClock(dt.datetime(2026, 3, 4, 9, 0))):
        with pytest.raises(ValidationError, match="pourquoi ce refus est retiré"):
            cotation.remove_refusal(db, actor, recent.id, " ")
        cotation.remove_refusal(db, actor, recent.id, "Saisi sur le mauvais demandeur.")
    assert _total(db, actor, later_sid, later) == before
    assert len(cotation.refusals_of(db, actor, NUMERO)) == 2


def test_bad_refusals_are_refused_in_french(db, actor, world):
    _first_sid, _first, _later_sid, later = world
    with use_clock(FixedClock(dt.datetime(2026, 3, 2, 9, 0))):
        with pytest.raises(ValidationError) as err:
            cotation.record_refusal(db, actor, adapted=True, legitimate=False, reason="")
        assert set(err.value.fields) == {"reason", "numero_unique", "refused_on"}
        with pytest.raises(ValidationError, match="dans le futur"):
            cotation.record_refusal(
                db,
                actor,
                numero_unique=NUMERO,
                refused_on=dt.date(2026, 4, 1),
                adapted=True,
                legitimate=False,
                reason="x",
            )
        # The March candidate was not offered anything: nothing to qualify.
        with pytest.raises(UserError, match="n'a pas été refusé"):
            cotation.record_refusal(
                db, actor, candidate_id=later, adapted=True, legitimate=False, reason="x"
            )
    reader = Actor("lecteur", "Lecteur", role=Role.CALEOL_MEMBER)
    with pytest.raises(PermissionDenied):
        cotation.record_refusal(
            db,
            reader,
            numero_unique=NUMERO,
            refused_on=dt.date(2026, 1, 1),
            adapted=True,
            legitimate=False,
            reason="x",
        )
    assert cotation.refusals_of(db, actor, NUMERO) == []


def test_a_reported_refusal_with_an_absurd_numero_or_invisible_characters_is_refused(db, actor):
    """100 000 characters were stored as a numéro unique (SQLite; PostgreSQL refused it
    with an unclear message), a right-to-left override and a NUL as its reason too."""
    common = {"refused_on": dt.date(2025, 12, 10), "adapted": True, "legitimate": False}
    for kw, key, said in (
        ({"numero_unique": "x" * 100_000, "reason": "Signalé"}, "numero_unique", "30 caractères"),
        ({"numero_unique": "\u202e026111900001", "reason": "Signalé"}, "numero_unique", "U+202E"),
        ({"numero_unique": "026111900001", "reason": "Signalé\x00"}, "reason", "U+0000"),
    ):
        with pytest.raises(ValidationError) as err:
            cotation.record_refusal(db, actor, **common, **kw)
        assert said in str(err.value.fields[key]), kw
    assert cotation.refusals_of(db, actor, "026111900001") == []
