"""Retention of CALEOL candidatures (docs/domain.md#retention): anonymised at the
attribution (lease signed, else offer accepted), or a delay after their last step when
the candidate got no dwelling; the minutes and the session's seal kept; from the
service and the command line, audited (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, update

from desktop.cli import main
from desktop.domain.caleol import OfferStatus
from desktop.domain.retention import ApplicationFacts, RetentionKind, application_due
from desktop.services import caleol, retention
from desktop.services.caleol.common import ENTITY_SESSION
from desktop.services.caleol.seal import seal_problem
from desktop.storage.caleol_models import Candidate
from desktop.storage.caleol_models import Session as CaleolSession
from desktop.storage.cotation_models import CandidateCotation
from desktop.storage.models import AuditEvent
from tests.conftest import PG_URL
from tests.test_caleol_offers import SITTING, sitting  # noqa: F401  (the fixture)

# The session of tests.test_caleol_offers, made once (filled_base).
pytestmark = SITTING

sqlite_only = pytest.mark.skipif(bool(PG_URL), reason="built-in backups are for SQLite")

D = dt.date
SESSION_DAY = D(2026, 12, 11)
ACCEPTED_ON = D(2026, 12, 20)
LEASE_ON = D(2027, 1, 5)
CANDIDATE_KEYS = ("roche", "amrani", "vidal", "blanchard", "durand", "faure")
MONTHS = {RetentionKind.APPLICATION: 0, RetentionKind.APPLICATION_NOT_RETAINED: 12}


def facts(**kw) -> ApplicationFacts:
    values = dict(
        session_date=SESSION_DAY,
        session_closed=True,
        minutes_signed=True,
        offer_pending=False,
        last_step=SESSION_DAY,
        attributed_on=None,
    )
    return ApplicationFacts(**{**values, **kw})


def test_the_rule_attribution_at_once_otherwise_a_year_after_the_last_step():
    attributed = application_due(facts(attributed_on=LEASE_ON), MONTHS)
    assert attributed is not None
    assert (attributed.kind, attributed.due) == (RetentionKind.APPLICATION, LEASE_ON)
    other = application_due(facts(last_step=D(2027, 1, 31)), MONTHS)
    assert other is not None
    assert (other.kind, other.due) == (RetentionKind.APPLICATION_NOT_RETAINED, D(2028, 1, 31))
    # In progress: the session not closed, an offer awaiting its answer.
    assert application_due(facts(session_closed=False), MONTHS) is None
    assert application_due(facts(offer_pending=True), MONTHS) is None
    # Minutes not signed: kept until a year after the session (they are made from it).
    waiting = application_due(facts(attributed_on=LEASE_ON, minutes_signed=False), MONTHS)
    assert waiting is not None and waiting.due == D(2027, 12, 11)


def _follow_up(db, ids) -> None:
    """The offers' follow-up as the offers screen records it: Roche accepted and signed
    the lease (the others of his dwelling closed), Blanchard's offer awaits an answer;
    Roche's cotation holds a fact typed with its reason."""
    with db.transaction() as s:
        s.execute(
            update(Candidate)
            .where(Candidate.id == ids["roche"])
            .values(
                offer_status=OfferStatus.ACCEPTED.value,
                notified_on=D(2026, 12, 14),
                offer_answer_on=ACCEPTED_ON,
                lease_signed_on=LEASE_ON,
                monthly_resources=Decimal("1850.00"),
                effort_rate=Decimal("27.00"),
                priority_criteria=["VIOLENCES"],
                public_prioritaire=True,
                household_composition="Mme Roche et ses deux enfants",
                current_housing="Hébergée chez sa sœur",
                notes="Suivie par l'assistante sociale du secteur",
            )
        )
        s.execute(
            update(Candidate)
            .where(Candidate.id.in_([ids["amrani"], ids["vidal"]]))
            .values(offer_status=OfferStatus.WITHDRAWN.value)
        )
        s.execute(
            update(Candidate)
            .where(Candidate.id == ids["durand"])
            .values(
                offer_status=OfferStatus.REFUSED.value,
                offer_answer_on=SESSION_DAY,
                offer_refusal_reason="Trop loin de l'école des enfants",
            )
        )
        s.execute(
            update(Candidate)
            .where(Candidate.id == ids["blanchard"])
            .values(offer_status=OfferStatus.OFFERED.value, notified_on=D(2026, 12, 14))
        )
        s.add(
            CandidateCotation(
                candidate_id=ids["roche"],
                housing_situation="HEBERGE",
                manual={"HEBERGE": {"granted": True, "reason": "Attestation de sa sœur"}},
                updated_at=dt.datetime(2026, 12, 1),
                updated_by="admin",
            )
        )


@pytest.fixture
def signed(db, actor, sitting):  # noqa: F811
    """The session of tests.test_caleol_offers, followed up, then locked by its signed
    minutes (sealed)."""
    _follow_up(db, sitting)
    with db.transaction() as s:
        caleol.lock_session(s, sitting["session"], actor)
    return sitting


def candidate(db, cid) -> Candidate:
    with db.reader() as s:
        row = s.get(Candidate, cid)
        s.expunge(row)
        return row


def seal_of(db, sid):
    with db.reader() as s:
        return seal_problem(s, ENTITY_SESSION, s.get(CaleolSession, sid))


def test_an_attributed_candidature_is_anonymised_the_minutes_seal_holding(db, actor, signed):
    ids = signed
    assert retention.preview(db, actor, on=LEASE_ON - dt.timedelta(days=1)) == []
    items = retention.preview(db, actor, on=LEASE_ON)
    assert [(i.candidate_id, i.kind) for i in items] == [(ids["roche"], RetentionKind.APPLICATION)]
    assert items[0].label == "Mme Camille Roche"
    assert str(items[0].reason) == (
        "Candidature CALEOL attribuée : attribution (bail signé, sinon proposition acceptée) "
        "le 05/01/2027, conservation de 0 mois échue le 05/01/2027."
    )

    result = retention.purge(db, actor, on=LEASE_ON, only_applications={ids["roche"]})
    assert (result.anonymised, result.applications, result.skipped) == (0, 1, 0)
    c = candidate(db, ids["roche"])
    assert (c.last_name, c.first_name, c.civility, c.postal_address) == ("ANONYME", "", "", "")
    assert c.numero_unique == f"ANON-{ids['roche']}"
    assert (c.household_composition, c.current_housing, c.notes) == ("", "", "")
    assert (c.effort_rate, c.remaining_income_per_unit, c.priority_criteria) == (None, None, [])
    assert c.anonymised_on == LEASE_ON
    # What the decision and the attribution reports need stays.
    assert c.decision == "ATTRIBUTION" and c.lease_signed_on == LEASE_ON
    assert c.monthly_resources == Decimal("1850.00") and c.public_prioritaire and c.adults == 1
    with db.reader() as s:
        cot = s.scalars(
            select(CandidateCotation).where(CandidateCotation.candidate_id == ids["roche"])
        ).one()
        assert (cot.housing_situation, cot.manual, cot.detail) == ("", {}, None)
        events = [
            (e.action, e.entity, e.entity_id, e.after)
            for e in s.scalars(
                select(AuditEvent)
                .where(AuditEvent.action.in_(["anonymisation", "purge"]))
                .order_by(AuditEvent.id)
            )
        ]
    assert [e[:3] for e in events] == [
        ("anonymisation", "caleol_candidat", ids["roche"]),
        ("purge", "conservation", None),
    ]
    assert events[0][3]["regle"] == "DEMANDE" and events[1][3]["candidatures"] == 1
    # The other candidates are untouched, and the locked session still matches its seal.
    assert candidate(db, ids["amrani"]).last_name == "El Amrani"
    assert seal_of(db, ids["session"]) is None
    assert retention.preview(db, actor, on=LEASE_ON) == []


def test_a_candidature_marked_anonymised_by_hand_is_still_purged(db, actor, signed):
    """The SQLite file's holder (or SQL with shared credentials) marks a candidature
    anonymised: without the purge's event about it, the purge does not take the mark
    for an anonymisation and empties it when due; its key deleted by hand too, its
    audit trail does not read as erased by the purge either."""
    from desktop.services import audit
    from desktop.storage.caleol_models import CandidateKey

    ids = signed
    query = audit.AuditQuery(entity="caleol_candidat", entity_id=ids["roche"])

    def shown() -> str:
        rows = audit.search_events(db, actor, query, limit=100)
        return " ".join(audit.describe(r.before) + audit.describe(r.after) for r in rows)

    with db.transaction() as s:
        s.execute(
            update(Candidate)
            .where(Candidate.id == ids["roche"])
            .values(anonymised_on=D(2026, 12, 1))
        )
        s.delete(s.get(CandidateKey, ids["roche"]))
    assert "supprimée ou remplacée hors de Parcours" in shown()
    assert "durée de conservation échue" not in shown()
    items = retention.preview(db, actor, on=LEASE_ON)
    assert [i.candidate_id for i in items] == [ids["roche"]]
    retention.purge(db, actor, on=LEASE_ON, only_applications={ids["roche"]})
    c = candidate(db, ids["roche"])
    assert (c.last_name, c.numero_unique, c.anonymised_on) == (
        "ANONYME",
        f"ANON-{ids['roche']}",
        LEASE_ON,
    )
    assert retention.preview(db, actor, on=LEASE_ON) == []
    assert "durée de conservation échue" in shown()  # now erased by the purge


def rewrite_score(db, cid) -> None:
    """The candidate's score rewritten in the base, behind Parcours's back."""
    with db.transaction() as s:
        s.execute(
            update(CandidateCotation)
            .where(CandidateCotation.candidate_id == cid)
            .values(total=Decimal("99.00"))
        )


def test_a_locked_sessions_cotation_rewritten_by_hand_is_told(db, actor, signed):
    """The seal (version 2) covers the cotation the commission examined: the SQLite
    file's holder who rewrites a score or a typed fact is told, like a vote changed."""
    ids = signed
    assert seal_of(db, ids["session"]) is None
    rewrite_score(db, ids["roche"])
    assert seal_of(db, ids["session"]) is not None


def test_a_seal_recorded_before_the_cotation_was_sealed_stays_valid(db, actor, sitting):  # noqa: F811
    """A session locked by an older version (its seal without version: the session's
    content without the cotation) still matches its seal, and a change of its votes or
    decisions is still told; its cotation is not covered (version 1)."""
    from desktop.services import audit
    from desktop.services.caleol.seal import LOCK_ACTION, SEAL, content_seal

    ids = sitting
    _follow_up(db, ids)
    with db.transaction() as s:
        row = s.get(CaleolSession, ids["session"])
        row.locked, row.locked_at, row.locked_by = True, dt.datetime(2026, 12, 1), "admin"
        after = {"locked": True, SEAL: content_seal(s, row, 1)}
        audit.record(s, actor, LOCK_ACTION, ENTITY_SESSION, row.id, {"locked": False}, after)
    assert seal_of(db, ids["session"]) is None
    rewrite_score(db, ids["roche"])
    assert seal_of(db, ids["session"]) is None
    with db.transaction() as s:
        s.execute(update(Candidate).where(Candidate.id == ids["faure"]).values(rank=3))
    assert seal_of(db, ids["session"]) is not None


def test_the_others_a_year_after_their_last_step_but_a_pending_offer(db, actor, signed):
    ids = signed
    retention.purge(db, actor, on=LEASE_ON)
    assert retention.preview(db, actor, on=D(2027, 12, 10)) == []
    items = retention.preview(db, actor, on=D(2027, 12, 11))
    assert sorted(i.candidate_id for i in items) == sorted(
        ids[k] for k in ("amrani", "vidal", "durand", "faure")
    )
    assert {i.kind for i in items} == {RetentionKind.APPLICATION_NOT_RETAINED}
    # Blanchard's offer awaits an answer: kept (the letter went on 14/12/2026).
    assert retention.purge(db, actor, on=D(2027, 12, 11)).applications == 4
    assert candidate(db, ids["blanchard"]).last_name == "Blanchard"
    faure = candidate(db, ids["faure"])
    assert (faure.last_name, faure.reason, faure.decision) == ("ANONYME", "", "NON_ATTRIBUTION")
    durand = candidate(db, ids["durand"])
    assert (durand.offer_refusal_reason, durand.offer_status) == ("", "REFUSED")
    assert seal_of(db, ids["session"]) is None
    # A change made by hand after the purge is still told.
    with db.transaction() as s:
        s.execute(update(Candidate).where(Candidate.id == ids["faure"]).values(rank=3))
    assert seal_of(db, ids["session"]) is not None


def test_a_session_whose_minutes_are_not_signed_keeps_them_a_year(db, actor, sitting):  # noqa: F811
    _follow_up(db, sitting)
    assert retention.preview(db, actor, on=LEASE_ON) == []
    items = retention.preview(db, actor, on=D(2027, 12, 11))
    assert sitting["roche"] in {i.candidate_id for i in items}


def test_only_what_was_previewed_and_files_alone_leave_candidatures(db, actor, signed):
    ids = signed
    # ``only`` (the files seen) without candidatures: none anonymised.
    assert retention.purge(db, actor, on=LEASE_ON, only=set()).applications == 0
    assert candidate(db, ids["roche"]).last_name == "Roche"


def test_command_line(db, db_url, actor, signed, capsys):
    ids = signed
    assert main(["retention", "preview", "--on", "05/01/2027", "--db", db_url]) == 0
    out = capsys.readouterr().out
    assert "1 candidature CALEOL à anonymiser :" in out
    assert "0332600000001" not in out or "Mme Camille Roche" in out
    assert main(["retention", "purge", "--on", "05/01/2027", "--yes", "--db", db_url]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[-1] == ("1 candidature CALEOL anonymisée (05/01/2027).")
    assert candidate(db, ids["roche"]).last_name == "ANONYME"


@sqlite_only
def test_restoring_a_backup_from_before_the_purge_anonymises_the_candidature_again(
    db, actor, signed
):
    from desktop.services import backup

    ids = signed
    before_purge = backup.backup_now(db, actor)
    retention.purge(db, actor, on=LEASE_ON)
    backup.restore(db, actor, before_purge.path)
    c = candidate(db, ids["roche"])
    assert (c.last_name, c.postal_address, c.anonymised_on) == ("ANONYME", "", LEASE_ON)
    assert candidate(db, ids["amrani"]).last_name == "El Amrani"
    assert seal_of(db, ids["session"]) is None


def test_the_audit_trail_forgets_the_candidature_with_its_key(db, actor, signed):
    """The candidature's audit snapshots (its creation, decision, offer) are encrypted
    with its key: readable until the purge, which deletes the key, then noise."""
    from desktop.services import audit

    ids = signed
    query = audit.AuditQuery(entity="caleol_candidat", entity_id=ids["roche"])

    def shown() -> str:
        rows = audit.search_events(db, actor, query, limit=100)
        assert rows
        return " ".join(audit.describe(r.before) + audit.describe(r.after) for r in rows)

    with db.reader() as s:
        stored = " ".join(
            str((e.before, e.after))
            for e in s.scalars(
                select(AuditEvent).where(
                    AuditEvent.entity == "caleol_candidat", AuditEvent.entity_id == ids["roche"]
                )
            )
        )
    assert "Roche" not in stored and "rue du Loup" not in stored  # encrypted as stored
    assert "Roche" in shown() and "rue du Loup" in shown()  # readable with the key
    retention.purge(db, actor, on=LEASE_ON)
    assert "Roche" not in shown() and "rue du Loup" not in shown()
    assert "données personnelles effacées" in shown()


@pytest.mark.filled_base(fill=None)  # a session of its own
def test_the_key_of_a_candidature_withdrawn_from_the_agenda_goes_a_year_on(db, actor):
    """A candidature withdrawn from the agenda (its row deleted) keeps its audit key,
    so that the withdrawal's trail stays readable, until 12 months after its key was
    made (its first audited step)."""
    from desktop.storage.caleol_models import CandidateKey

    with db.transaction() as s:
        for cid, made in ((9001, dt.datetime(2025, 1, 10)), (9002, dt.datetime(2026, 6, 1))):
            s.add(CandidateKey(candidate_id=cid, key="k" * 44, created_at=made))
    retention.purge(db, actor, on=D(2026, 3, 1))
    with db.reader() as s:
        assert list(s.scalars(select(CandidateKey.candidate_id))) == [9002]


def test_the_letters_to_the_candidate_go_with_his_candidature(db, actor, sitting, tmp_path):  # noqa: F811
    """The decision letter sent to the candidate (its DOCX and PDF in the archive) is
    deleted with his candidature, its register line emptied; the others' stay."""
    from desktop.services.caleol import offers
    from desktop.services.context import use_clock
    from desktop.storage.models import DocumentRecord
    from tests.conftest import DayClock
    from tests.test_caleol_offers import NOTIFIED, letters

    ids = sitting
    with use_clock(DayClock(D(2027, 3, 1))):
        letters(db, actor, ids, tmp_path)
        offers.record_answer(db, actor, ids["roche"], OfferStatus.ACCEPTED, NOTIFIED)
        offers.record_lease_signed(db, actor, ids["roche"], LEASE_ON)
    with db.transaction() as s:
        caleol.lock_session(s, ids["session"], actor)

    def register(cid):
        with db.reader() as s:
            return s.execute(
                select(
                    DocumentRecord.docx_path, DocumentRecord.pdf_path, DocumentRecord.subject
                ).where(DocumentRecord.candidate_id == cid)
            ).all()

    (mine,) = register(ids["roche"])
    files = [p for p in mine[:2] if p]
    assert files and all(Path(p).is_file() for p in files)
    (item,) = retention.preview(db, actor, on=LEASE_ON)
    assert item.documents == tuple(files)
    retention.purge(db, actor, on=LEASE_ON)
    assert register(ids["roche"]) == [("", "", "")]
    assert not any(Path(p).exists() for p in files)
    (other,) = register(ids["faure"])
    assert other[0] and Path(other[0]).is_file()
    assert seal_of(db, ids["session"]) is None


def test_migration_0020_links_the_letters_already_made(db, actor, sitting, tmp_path):  # noqa: F811
    from alembic import command
    from sqlalchemy import text

    from desktop.services.context import use_clock
    from desktop.storage.db import alembic_config
    from desktop.storage.models import DocumentRecord
    from tests.conftest import DayClock
    from tests.test_caleol_offers import letters

    ids = sitting
    with use_clock(DayClock(D(2027, 3, 1))):
        letters(db, actor, ids, tmp_path)
    with db.reader() as s:
        linked = sorted(
            s.execute(select(DocumentRecord.id, DocumentRecord.candidate_id)).tuples().all()
        )
    assert {cid for _, cid in linked} == {ids[k] for k in CANDIDATE_KEYS}
    cfg = alembic_config(db.engine)
    with db.engine.begin() as c:
        cfg.attributes["connection"] = c
        command.downgrade(cfg, "0019")
    with db.engine.connect() as c:
        assert "candidate_id" not in c.execute(text("SELECT * FROM document")).keys()
    db.upgrade()
    with db.reader() as s:
        again = sorted(
            s.execute(select(DocumentRecord.id, DocumentRecord.candidate_id)).tuples().all()
        )
    assert again == linked


def test_the_purge_empties_only_what_the_server_lets_it_empty():
    """What the purge writes in a candidature of a locked session is what the server's
    guard lets an administrator empty (storage/server_guards.PURGE_ANONYMISED_COLUMNS)."""
    from desktop.storage.server_guards import LOCKED_FREE_COLUMNS, PURGE_ANONYMISED_COLUMNS

    written = set(retention._APPLICATION_BLANKS) | {"numero_unique"}
    free = set(LOCKED_FREE_COLUMNS["caleol_candidate"])
    assert written - free == set(PURGE_ANONYMISED_COLUMNS["caleol_candidate"])
    assert {"anonymised_on", "version"} <= set(LOCKED_FREE_COLUMNS["caleol_candidate"])
    # ... and only to an empty value or ANONYME, as the server's guard demands.
    for column, value in retention._APPLICATION_BLANKS.items():
        if column not in free:
            assert value in ("", None, [], {}, retention.ANONYMOUS_NAME), column
