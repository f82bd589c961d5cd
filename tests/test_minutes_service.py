"""CALEOL minutes lifecycle on a real session (SQLite and PostgreSQL): draft, review by
the members in two rounds, diff, signature, lock, extract for one applicant, rights."""

from __future__ import annotations

import copy
import datetime as dt
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.documents import minutes as documents
from desktop.documents import signing
from desktop.documents.files import sha256_file
from desktop.domain.caleol import (
    AttendanceMode,
    Decision,
    FewerCandidatesReason,
    MemberRole,
    OccupationGround,
    PriorityCriterion,
    SessionMode,
    Vote,
)
from desktop.domain.errors import NotFoundError, PermissionDenied, UserError, ValidationError
from desktop.domain.i18n import Message
from desktop.domain.minutes import (
    MinutesStatus,
    ReviewChannel,
    ReviewVerdict,
    minutes_text,
)
from desktop.domain.roles import Role
from desktop.services import accounts, tenants
from desktop.services import caleol as cal
from desktop.services.caleol import minutes as pvs
from desktop.services.context import Actor
from desktop.storage.minutes_models import MinutesVersion
from desktop.storage.models import AuditEvent, DocumentRecord

DAY = dt.date(2026, 3, 12)


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    else:  # pragma: no cover
        from pypdf import PdfReader

        text = "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return " ".join(re.sub(r"[ \u00a0\u202f]+", " ", text).split())


@pytest.fixture(scope="module")
def renderer():
    with documents.MinutesRenderer() as r:
        yield r


class World:
    """A held session: commission, members (two with accounts), attendance, proxy,
    two dwellings with candidates, votes and decisions, an occupation review."""

    def __init__(self, db, admin: Actor, household_id: int):
        self.db = db
        self.admin = admin
        password = "Caleol-test-2026!"
        self.users = {}
        for username, name in (
            ("c.moreau", "Claire Moreau"),
            ("p.lefevre", "Paul Lefèvre"),
            ("h.blanchard", "Hugo Blanchard"),
        ):
            uid = accounts.create_user(
                db, admin, username, name, Role.CALEOL_MEMBER, password, must_change_password=False
            )
            self.users[username] = Actor(username, name, role=Role.CALEOL_MEMBER, user_id=uid)
        secretary_id = accounts.create_user(
            db,
            admin,
            "k.benali",
            "Karim Benali",
            Role.CALEOL_SECRETARY,
            password,
            must_change_password=False,
        )
        self.secretary = Actor(
            "k.benali", "Karim Benali", role=Role.CALEOL_SECRETARY, user_id=secretary_id
        )
        self.commission = cal.create_commission(
            db,
            admin,
            cal.CommissionData(
                name="CALEOL Bordeaux Métropole",
                territory="Bordeaux Métropole",
                reglement_version="version 3 du 15 janvier 2026",
                technical_means_default="visioconférence sécurisée",
            ),
        )
        R = MemberRole

        def member(role, first, last, **kw):
            return cal.add_member(
                db,
                admin,
                self.commission,
                cal.MemberData(
                    role=role,
                    first_name=first,
                    last_name=last,
                    civility="Mme"
                    if first in ("Claire", "Sophie", "Nadia", "Isabelle", "Laure")
                    else "M.",
                    **kw,
                ),
            )

        self.m = {
            "moreau": member(
                R.DESIGNE,
                "Claire",
                "Moreau",
                is_president=True,
                app_user_id=self.users["c.moreau"].user_id,
                organisation="Administratrice",
            ),
            "lefevre": member(
                R.DESIGNE, "Paul", "Lefèvre", app_user_id=self.users["p.lefevre"].user_id
            ),
            "garnier": member(R.DESIGNE, "Sophie", "Garnier"),
            "blanchard": member(
                R.DESIGNE, "Hugo", "Blanchard", app_user_id=self.users["h.blanchard"].user_id
            ),
            "cherif": member(R.DESIGNE, "Nadia", "Cherif"),
            "roux": member(R.REPR_LOCATAIRES, "Jean", "Roux", organisation="CNL Gironde"),
            "perrin": member(
                R.MAIRE,
                "Isabelle",
                "Perrin",
                commune="Bordeaux",
                organisation="Adjointe au maire de Bordeaux",
            ),
            "vidal": member(R.PREFET, "Thomas", "Vidal"),
            "fabre": member(
                R.CONSULT_ASSO_L365_3, "Laure", "Fabre", organisation="Habitat et Humanisme"
            ),
        }
        self.session_id = cal.create_session(
            db,
            admin,
            self.commission,
            cal.SessionData(
                number="2026-04",
                session_date=DAY,
                mode=SessionMode.VISIO,
                start_time=dt.time(14, 30),
                technical_means="plateforme de visioconférence sécurisée",
            ),
        )
        connected = dt.datetime(2026, 3, 12, 13, 27)  # naive UTC: 14 h 27 in Paris
        A = AttendanceMode
        for key in ("moreau", "lefevre", "blanchard", "roux", "perrin", "fabre"):
            cal.set_attendance(
                db, admin, self.session_id, self.m[key], A.DISTANCE, connected_at=connected
            )
        cal.set_attendance(db, admin, self.session_id, self.m["cherif"], A.ABSENT)
        cal.set_proxy(db, admin, self.session_id, self.m["garnier"], self.m["lefevre"])

        self.item1 = cal.add_dwelling_item(
            db,
            admin,
            self.session_id,
            cal.DwellingItemData(
                reference="LGT-004100",
                address="12 rue des Lilas",
                postcode="33000",
                commune="Bordeaux",
                dwelling_type="T3",
                surface=Decimal("64.50"),
                floor=2,
                rent=Decimal("412.50"),
                charges=Decimal("85.20"),
                funding="PLUS",
                contingent="Préfecture",
                accessibility="Ascenseur",
            ),
        ).id
        self.item2 = cal.add_dwelling_item(
            db,
            admin,
            self.session_id,
            cal.DwellingItemData(
                reference="LGT-004101",
                address="9 cours Saint-Louis",
                postcode="33300",
                commune="Bordeaux",
                dwelling_type="T2",
                surface=Decimal("45.00"),
                floor=0,
                rent=Decimal("351.35"),
                charges=Decimal("75.10"),
                funding="PLAI",
                contingent="Action Logement",
                fewer_candidates_reason=FewerCandidatesReason.INSUFFISANCE,
            ),
        ).id
        P = PriorityCriterion
        self.c = {}
        for item, key, nu, first, last, extra in (
            (
                self.item1,
                "dupont",
                "033332500001234",
                "Élodie",
                "Dupont",
                {"priority_criteria": (P.MAL_LOGE,)},
            ),
            (self.item1, "benali", "033332500002345", "Karim", "Bensaid", {}),
            (
                self.item1,
                "martin",
                "033332500003456",
                "Sarah",
                "Martin",
                {"children": 2, "household_composition": "Parent isolé avec 2 enfants"},
            ),
            (
                self.item2,
                "nguyen",
                "033332500004567",
                "Lucas",
                "Nguyen",
                {"priority_criteria": (P.DALO,)},
            ),
        ):
            self.c[key] = cal.add_candidate(
                db,
                admin,
                item,
                cal.CandidateData(
                    numero_unique=nu,
                    first_name=first,
                    last_name=last,
                    civility="Mme" if first in ("Élodie", "Sarah") else "M.",
                    monthly_resources=Decimal("1650.00"),
                    effort_rate=Decimal("24.50"),
                    remaining_income_per_unit=Decimal("512.00"),
                    **extra,
                ),
            ).id
        cal.add_conflict(
            db,
            admin,
            self.item1,
            self.m["blanchard"],
            note="Lien familial",
            candidate_id=self.c["dupont"],
        )
        self.review_item = cal.add_occupation_review(
            db, admin, self.session_id, household_id, OccupationGround.SOUS_OCCUPATION
        ).id
        cal.record_occupation_finding(
            db,
            admin,
            self.review_item,
            "Logement de 5 pièces occupé par une personne.",
            "Un T2 dans le même quartier.",
        )
        cal.open_session(db, admin, self.session_id)
        voters = ("moreau", "lefevre", "roux", "perrin")
        for key in self.c:
            for v in voters:
                cal.record_vote(db, admin, self.c[key], self.m[v], Vote.POUR)
            if key != "dupont":
                cal.record_vote(db, admin, self.c[key], self.m["blanchard"], Vote.ABSTENTION)
        cal.decide(db, admin, self.c["dupont"], Decision.ATTRIBUTION_RANG, rank=1)
        cal.decide(db, admin, self.c["benali"], Decision.ATTRIBUTION_RANG, rank=2)
        cal.decide(
            db,
            admin,
            self.c["martin"],
            Decision.NON_ATTRIBUTION,
            reason="Typologie inadaptée à la composition du ménage.",
        )
        cal.decide(
            db,
            admin,
            self.c["nguyen"],
            Decision.ATTRIBUTION_CONDITION_SUSPENSIVE,
            condition_document="Avis d'imposition 2025",
            condition_deadline=dt.date(2026, 3, 27),
        )
        cal.close_session(db, admin, self.session_id)

    @property
    def required(self) -> list[str]:
        return ["moreau", "lefevre", "blanchard", "roux", "perrin"]


@pytest.fixture
def world(db, actor, agency, make_file) -> World:
    household = tenants.create_tenant_file(db, actor, make_file(7))
    return World(db, actor, household)


@pytest.fixture
def key(tmp_path):
    path, password, _cert = signing.make_test_certificate(
        tmp_path, "Claire Moreau", "Logis de Garonne"
    )
    return signing.load_signing_key(path, password)


def _approve_all(w: World, version_id: int, *, except_=()) -> None:
    for k in w.required:
        if k in except_:
            continue
        user = {"moreau": "c.moreau", "lefevre": "p.lefevre", "blanchard": "h.blanchard"}.get(k)
        if user:  # the member himself, in the application
            pvs.review(w.db, w.users[user], version_id, w.m[k], ReviewVerdict.APPROVE)
        else:  # an e-mailed answer recorded by the secretary
            pvs.review(w.db, w.secretary, version_id, w.m[k], "APPROVE")


# --------------------------------------------------------------------------- building


def test_build_minutes_reads_the_session_as_held(world):
    m = pvs.build_minutes(world.db, world.secretary, world.session_id)
    assert m.session.number == "2026-04" and m.session.mode is SessionMode.VISIO
    assert m.session.president == "Mme Claire MOREAU"
    assert m.session.secretary == "Karim Benali"
    by_name = {x.name: x for x in m.members}
    assert by_name["M. Paul LEFÈVRE"].attendance is AttendanceMode.DISTANCE
    assert by_name["Mme Sophie GARNIER"].represented_by == "M. Paul LEFÈVRE"
    assert by_name["Mme Nadia CHERIF"].excused
    assert not by_name["M. Thomas VIDAL"].excused
    assert by_name["M. Jean ROUX"].connected_at.date() == DAY
    assert m.quorum.reached and m.quorum.designated_counted == 5
    d1, d2 = m.dwellings
    assert d1.address == "12 rue des Lilas, 33000 Bordeaux" and d1.floor == "2e étage"
    assert d2.fewer_candidates_reason is FewerCandidatesReason.INSUFFISANCE
    dupont, bensaid, martin = d1.candidates
    assert dupont.name == "Mme Élodie DUPONT" and dupont.rank == 1
    assert dupont.priority_criteria == (PriorityCriterion.MAL_LOGE.label,)
    assert dupont.conflicted_members == ("M. Hugo BLANCHARD",)
    assert (dupont.votes_for, dupont.votes_against, dupont.votes_abstention) == (4, 0, 0)
    assert (bensaid.votes_for, bensaid.votes_abstention) == (4, 1)
    assert martin.decision is Decision.NON_ATTRIBUTION and "Typologie" in martin.reason
    assert martin.household == "Parent isolé avec 2 enfants" and martin.household_size == 3
    assert d2.candidates[0].condition_deadline == dt.date(2026, 3, 27)
    (review,) = m.occupation_reviews
    assert review.grounds == (OccupationGround.SOUS_OCCUPATION.label,)
    assert review.findings.startswith("Logement de 5 pièces")
    assert "Un T2" in review.opinion


def test_minutes_name_the_designated_secretary_and_the_end_time(world, renderer, tmp_path):
    from desktop.documents import engine

    db, sec = world.db, world.secretary
    # without them: the drafter is the secretary, the session is closed without a time
    text = pdf_text(
        pvs.export_minutes(db, sec, world.session_id, tmp_path / "sans.pdf", renderer=renderer)
    )
    assert "L'ordre du jour étant épuisé, la séance est levée. " in text + " "
    assert "la séance est levée à" not in text
    assert "Le secrétariat de séance est assuré par Karim Benali." in text

    view = cal.get_session(db, world.admin, world.session_id)
    cal.update_session(
        db,
        world.admin,
        world.session_id,
        cal.SessionData(
            number=view.number,
            session_date=view.session_date,
            mode=view.mode,
            start_time=view.start_time,
            technical_means=view.technical_means,
            end_time=dt.time(16, 20),
            secretary_name="Mme Claire Vasseur",
        ),
        view.version,
    )
    m = pvs.build_minutes(db, sec, world.session_id)
    assert m.session.secretary == "Mme Claire Vasseur"
    assert m.session.end_time == dt.time(16, 20)

    v1 = pvs.generate_draft(db, sec, world.session_id, renderer=renderer)
    text = pdf_text(v1.pdf_path)
    assert "L'ordre du jour étant épuisé, la séance est levée à 16 h 20." in text
    assert "Le secrétariat de séance est assuré par Mme Claire Vasseur." in text
    assert "La secrétaire de séance" in text  # the signature block, feminine title
    assert "Karim Benali" not in text
    lines = minutes_text(pvs.get_version(db, sec, v1.id).minutes)
    assert "Horaires : 14 h 30 – 16 h 20" in lines
    assert "Secrétariat : Mme Claire Vasseur" in lines

    docx = " ".join(
        engine.docx_paragraphs(
            pvs.export_minutes(db, sec, world.session_id, tmp_path / "pv.docx").read_bytes()
        )
    )
    docx = docx.replace("\u00a0", " ").replace("\u202f", " ")  # typographic spaces
    assert "L'ordre du jour étant épuisé, la séance est levée à 16 h 20." in docx
    assert "Mme Claire Vasseur" in docx and "Karim Benali" not in docx


# --------------------------------------------------------------------------- lifecycle


def test_two_review_rounds_then_signature_locks_the_session(world, key, renderer, tmp_path):
    db, sec = world.db, world.secretary
    v1 = pvs.generate_draft(db, sec, world.session_id, renderer=renderer)
    assert v1.number == 1 and v1.status is MinutesStatus.DRAFT
    assert v1.pdf_path.is_file() and sha256_file(v1.pdf_path) == v1.pdf_sha256
    text = pdf_text(v1.pdf_path)
    assert "PROJET — version 1" in text
    assert "Mme Élodie DUPONT" in text and "033332500001234" in text
    assert "Le quorum étant atteint, la commission peut valablement délibérer." in text

    # round 1: exports, one comment, approvals from the others
    exports = pvs.send_for_review(db, sec, v1.id, tmp_path / "envoi-1")
    names = sorted(p.name for p in exports)
    assert len(exports) == 8  # the voting members convened (advisory member excluded)
    assert "PV-2026-04-v1-M-Paul-LEFEVRE.pdf" in names
    assert all(sha256_file(p) == v1.pdf_sha256 for p in exports)
    assert pvs.get_version(db, sec, v1.id).status is MinutesStatus.IN_REVIEW

    comment = pvs.review(
        db,
        world.users["p.lefevre"],
        v1.id,
        world.m["lefevre"],
        ReviewVerdict.COMMENT,
        "Le rang 2 doit revenir à Mme Martin.",
    )
    assert comment.via is ReviewChannel.APP
    _approve_all(world, v1.id, except_=("lefevre",))
    v1_state = pvs.get_version(db, sec, v1.id)
    assert v1_state.status is MinutesStatus.IN_REVIEW
    assert [n for _i, n in v1_state.approval.missing] == ["M. Paul LEFÈVRE"]
    with pytest.raises(UserError) as err:
        pvs.sign(db, world.users["c.moreau"], v1.id, key, renderer=renderer)
    assert "doit d'abord être approuvée" in str(err.value)
    assert "M. Paul LEFÈVRE" in str(err.value)

    # the secretary corrects the session (reopened), then revises with a change note
    cal.open_session(db, world.admin, world.session_id)
    cal.clear_decision(db, world.admin, world.c["martin"])
    cal.clear_decision(db, world.admin, world.c["benali"])
    cal.decide(db, world.admin, world.c["martin"], Decision.ATTRIBUTION_RANG, rank=2)
    cal.decide(
        db,
        world.admin,
        world.c["benali"],
        Decision.NON_ATTRIBUTION,
        reason="Ressources insuffisantes pour le loyer.",
    )
    cal.close_session(db, world.admin, world.session_id)
    with pytest.raises(ValidationError) as err:
        pvs.revise(db, sec, world.session_id, "  ")
    assert "change_note" in err.value.fields
    with pytest.raises(ValidationError):
        pvs.generate_draft(db, sec, world.session_id, renderer=renderer)
    v2 = pvs.revise(
        db, sec, world.session_id, "Rang 2 corrigé à la demande de M. Lefèvre.", renderer=renderer
    )
    assert v2.number == 2 and v2.change_note.startswith("Rang 2 corrigé")
    assert pvs.get_version(db, sec, v1.id).status is MinutesStatus.SUPERSEDED
    assert "PROJET — version 2" in pdf_text(v2.pdf_path)

    changes = pvs.diff(db, sec, v1.id, v2.id)
    assert any(
        "candidat 3 : décision Non-attribution" in c.old
        and "candidat 3 : décision Attribution par classement" in c.new
        for c in changes.changed
    )
    assert any("motif Ressources insuffisantes" in a for a in changes.added)

    # answers on the replaced version are refused
    with pytest.raises(UserError) as err:
        pvs.review(db, world.users["p.lefevre"], v1.id, world.m["lefevre"], "APPROVE")
    assert "remplacée par la version 2" in str(err.value)
    # a draft not yet sent takes no answer
    with pytest.raises(UserError) as err:
        pvs.review(db, world.users["p.lefevre"], v2.id, world.m["lefevre"], "APPROVE")
    assert "n'est pas soumise aux membres" in str(err.value)

    # round 2: everybody approves -> APPROVED
    pvs.send_for_review(db, sec, v2.id, tmp_path / "envoi-2")
    _approve_all(world, v2.id)
    v2 = pvs.get_version(db, sec, v2.id)
    assert v2.status is MinutesStatus.APPROVED and v2.approval.complete

    # only the president's account signs (not another member, not an unlinked account)
    with pytest.raises(PermissionDenied):
        pvs.sign(db, world.users["p.lefevre"], v2.id, key, renderer=renderer)
    with pytest.raises(PermissionDenied) as err:
        pvs.sign(db, Actor("membre", role=Role.CALEOL_MEMBER), v2.id, key, renderer=renderer)
    assert "signé par Mme Claire Moreau (présidente de la commission)" in str(err.value)
    signed = pvs.sign(db, world.users["c.moreau"], v2.id, key, renderer=renderer)
    assert signed.status is MinutesStatus.SIGNED
    sig = signed.signature
    assert sig.signer == "Claire Moreau" and "Logis de Garonne" in sig.certificate_subject
    assert sha256_file(sig.pdf_path) == sig.pdf_sha256
    report = signing.verify_pdf(sig.pdf_path)
    assert report.signed and report.intact and report.whole_document
    final_text = pdf_text(sig.pdf_path)
    assert "PROJET" not in final_text
    assert "Le présent procès-verbal a été approuvé par les membres suivants" in final_text
    assert "Mme Sarah MARTIN" in final_text
    with db.reader() as s:
        record = s.get(DocumentRecord, sig.document_id)
        assert record.pdf_sha256 == sig.pdf_sha256 and record.signed
        assert record.signer == "Claire Moreau"
        actions = set(s.scalars(select(AuditEvent.action).where(AuditEvent.entity == pvs.ENTITY)))
    assert {"pv_projet", "pv_envoi", "pv_avis", "pv_signature"} <= actions
    assert pvs.is_locked(db, world.session_id)
    assert cal.get_session(db, world.admin, world.session_id).locked

    # locked: nothing changes any more, with a French message
    for attempt in (
        lambda: pvs.generate_draft(db, sec, world.session_id, "encore", renderer=renderer),
        lambda: pvs.review(
            db, world.users["p.lefevre"], v2.id, world.m["lefevre"], "COMMENT", "Trop tard"
        ),
        lambda: pvs.sign(db, world.users["c.moreau"], v2.id, key, renderer=renderer),
        lambda: pvs.send_for_review(db, sec, v2.id, tmp_path / "envoi-3"),
    ):
        with pytest.raises(UserError) as err:
            attempt()
        assert "verrouillée" in str(err.value)
    for attempt in (
        lambda: cal.open_session(db, world.admin, world.session_id),
        lambda: cal.record_vote(db, world.admin, world.c["nguyen"], world.m["vidal"], Vote.CONTRE),
        lambda: cal.decide(
            db, world.admin, world.c["nguyen"], Decision.NON_ATTRIBUTION, reason="x"
        ),
    ):
        with pytest.raises(UserError) as err:
            attempt()
        assert "verrouillée" in str(err.value)
    with db.reader() as s:
        assert s.scalar(select(func.count(MinutesVersion.id))) == 2

    # the applicant's extract, from the signed minutes
    out = pvs.extract_for_candidate(
        db, sec, v2.id, "033332500003456", tmp_path / "ext.pdf", renderer=renderer
    )
    text = pdf_text(out)
    assert "EXTRAIT DU PROCÈS-VERBAL" in text and "Mme Sarah MARTIN" in text
    assert "Candidat 1 — données masquées" in text
    for other in ("DUPONT", "BENSAID", "NGUYEN", "033332500001234", "033332500004567"):
        assert other not in text
    assert "LGT-004101" not in text  # the other dwelling


def test_signature_refused_while_open_or_when_the_session_changed(world, key, renderer):
    db, sec = world.db, world.secretary
    v1 = pvs.generate_draft(db, sec, world.session_id, renderer=renderer)
    pvs.send_for_review(db, sec, v1.id, v1.pdf_path.parent / "envoi")
    _approve_all(world, v1.id)
    # the session changes after the approved version: signing it would sign stale text
    cal.open_session(db, world.admin, world.session_id)
    with pytest.raises(UserError) as err:
        pvs.sign(db, world.users["c.moreau"], v1.id, key, renderer=renderer)
    assert "Clôturez la séance" in str(err.value)
    cal.record_vote(db, world.admin, world.c["nguyen"], world.m["blanchard"], Vote.CONTRE)
    cal.close_session(db, world.admin, world.session_id)
    with pytest.raises(UserError) as err:
        pvs.sign(db, world.users["c.moreau"], v1.id, key, renderer=renderer)
    assert "Les données de la séance ont changé depuis la version 1" in str(err.value)
    assert "du procès-verbal (1 ligne, par exemple « " in str(err.value)
    assert not pvs.is_locked(db, world.session_id)
    assert pvs.get_version(db, sec, v1.id).signature is None


def test_a_version_approved_before_a_change_of_wording_still_signs(world, key, renderer):
    """The quorum explanations are stored as worded when the version was made: a version
    approved when they read « 4 membre(s) à voix délibérative participent » is signed
    after the counts learnt to agree (« 4 membres … »), the facts being the same."""
    db, sec = world.db, world.secretary
    v1 = pvs.generate_draft(db, sec, world.session_id, renderer=renderer)
    pvs.send_for_review(db, sec, v1.id, v1.pdf_path.parent / "envoi")
    _approve_all(world, v1.id)
    with db.transaction() as s:
        row = s.get(MinutesVersion, v1.id)
        content = copy.deepcopy(row.content)
        worded = content["minutes"]["quorum"]["explanations"]
        assert any("membres à voix délibérative participent" in e for e in worded)
        content["minutes"]["quorum"]["explanations"] = [
            e.replace(
                "membres à voix délibérative participent",
                "membre(s) à voix délibérative participent",
            )
            for e in worded
        ]
        row.content = content
    signed = pvs.sign(db, world.users["c.moreau"], v1.id, key, renderer=renderer)
    assert signed.signature is not None
    assert pvs.is_locked(db, world.session_id)


def test_minutes_stored_before_the_surnames_in_capitals_keep_them_and_sign(
    world, key, renderer, tmp_path
):
    """A new version writes the members' surnames in capitals, as the candidates'. A
    version stored before (« Mme Claire Moreau », no flag in its JSON) and approved as
    such still signs: the session is compared with it in its own style; the signed PDF
    keeps the names as approved, verifies, and is exported as signed, byte for byte."""
    from desktop.domain import minutes as pv
    from desktop.services.caleol.minutes.build import _load_session, _minutes_from_rows

    db, sec = world.db, world.secretary
    v1 = pvs.generate_draft(db, sec, world.session_id, renderer=renderer)
    assert v1.minutes.surnames_in_capitals
    assert v1.minutes.session.president == "Mme Claire MOREAU"
    assert "sous la présidence de Mme Claire MOREAU" in pdf_text(v1.pdf_path)
    pvs.send_for_review(db, sec, v1.id, v1.pdf_path.parent / "envoi")
    _approve_all(world, v1.id)
    # The version as the code before session 11 stored it.
    with db.transaction() as s:
        row = s.get(MinutesVersion, v1.id)
        before = _minutes_from_rows(
            s, _load_session(s, world.session_id), v1.minutes.session.secretary, capitals=False
        )
        content = pv.to_json(before)
        del content["minutes"]["surnames_in_capitals"]
        row.content = content
    old = pvs.get_version(db, sec, v1.id).minutes
    assert not old.surnames_in_capitals and old.session.president == "Mme Claire Moreau"

    signed = pvs.sign(db, world.users["c.moreau"], v1.id, key, renderer=renderer)
    sig = signed.signature
    report = signing.verify_pdf(sig.pdf_path)
    assert report.signed and report.intact and report.whole_document
    text = pdf_text(sig.pdf_path)
    assert "sous la présidence de Mme Claire Moreau" in text
    assert "M. Paul Lefèvre" in text  # the approvals too, as the body names him
    assert "MOREAU" not in text and "LEFÈVRE" not in text
    out = pvs.export_minutes(db, sec, world.session_id, tmp_path / "signe.pdf")
    assert sha256_file(out) == sig.pdf_sha256


def test_a_signed_session_changed_or_unlocked_by_hand_is_told(
    world, key, renderer, db_url, monkeypatch, capsys
):
    """The SQLite file's holder (or SQL with shared credentials) changes a vote of a
    session whose minutes are signed, then unlocks it: the session's view says so in
    French; the offers' follow-up written after the signature raises nothing."""
    from sqlalchemy import update

    from desktop.storage.caleol_models import Candidate
    from desktop.storage.caleol_models import Session as SessionRow
    from desktop.storage.caleol_models import Vote as VoteRow

    db, sec = world.db, world.secretary
    v1 = pvs.generate_draft(db, sec, world.session_id, renderer=renderer)
    pvs.send_for_review(db, sec, v1.id, v1.pdf_path.parent / "envoi")
    _approve_all(world, v1.id)
    pvs.sign(db, world.users["c.moreau"], v1.id, key, renderer=renderer)

    def told() -> list[str]:
        return [str(w) for w in cal.get_session(db, world.admin, world.session_id).warnings]

    assert not any("hors de Parcours" in w for w in told())
    with db.transaction() as s:  # what the offers' follow-up writes after the signature
        s.execute(
            update(Candidate)
            .where(Candidate.id == world.c["dupont"])
            .values(presented_on=dt.date(2026, 4, 20), offer_status="PROPOSEE")
        )
    assert not any("hors de Parcours" in w for w in told())
    with db.transaction() as s:
        s.execute(
            update(VoteRow)
            .where(VoteRow.candidate_id == world.c["dupont"], VoteRow.member_id == world.m["roux"])
            .values(vote="CONTRE")
        )
    assert any(
        "Cette séance a été modifiée hors de Parcours depuis la signature" in w for w in told()
    )
    from desktop import cli  # the command line says it too

    monkeypatch.setenv("PARCOURS_PASSWORD", "Caleol-test-2026!")
    capsys.readouterr()
    assert cli.main(["caleol", "show", "2026-04", "--db", db_url, "--user", "k.benali"]) == 0
    assert "modifiée hors de Parcours depuis la signature" in capsys.readouterr().out
    with db.transaction() as s:
        s.execute(update(SessionRow).where(SessionRow.id == world.session_id).values(locked=False))
    assert any("déverrouillée hors de Parcours" in w for w in told())


# --------------------------------------------------------------------------- rights


def test_rights_of_members_secretary_and_auditor(world, renderer, tmp_path):
    db, sec = world.db, world.secretary
    member = world.users["p.lefevre"]
    with pytest.raises(PermissionDenied):
        pvs.generate_draft(db, member, world.session_id, renderer=renderer)
    v1 = pvs.generate_draft(db, sec, world.session_id, renderer=renderer)
    pvs.send_for_review(db, sec, v1.id, tmp_path / "envoi")
    # a member answers for himself only
    with pytest.raises(PermissionDenied) as err:
        pvs.review(db, member, v1.id, world.m["roux"], "APPROVE")
    assert "que pour vous-même" in str(err.value)
    # the secretary records an e-mailed answer; the member's own answer replaces it
    first = pvs.review(db, sec, v1.id, world.m["lefevre"], "COMMENT", "Coquille page 2.")
    assert first.via is ReviewChannel.EXPORT and first.recorded_by == "k.benali"
    second = pvs.review(db, member, v1.id, world.m["lefevre"], "APPROVE")
    assert second.via is ReviewChannel.APP
    reviews = pvs.get_version(db, sec, v1.id).reviews
    assert [(r.member_name, r.verdict) for r in reviews] == [
        ("M. Paul Lefèvre", ReviewVerdict.APPROVE)
    ]
    # bad answers
    with pytest.raises(ValidationError) as err:
        pvs.review(db, sec, v1.id, world.m["roux"], "COMMENT", "   ")
    assert "comment" in err.value.fields
    with pytest.raises(ValidationError):
        pvs.review(db, sec, v1.id, world.m["roux"], "PEUT-ETRE")
    with pytest.raises(ValidationError) as err:
        pvs.review(db, sec, v1.id, world.m["fabre"], "APPROVE")
    assert "voix consultative" in str(err.value.fields["member_id"])
    with pytest.raises(NotFoundError):
        pvs.review(db, sec, v1.id, 987654, "APPROVE")
    # extracts: the secretary only, from approved or signed minutes only
    auditor = Actor("audit", "Auditeur", role=Role.AUDITOR)
    assert pvs.list_versions(db, auditor, world.session_id)[0].number == 1
    with pytest.raises(PermissionDenied):
        pvs.extract_for_candidate(db, auditor, v1.id, "033332500003456", tmp_path / "x.pdf")
    with pytest.raises(UserError) as err:
        pvs.extract_for_candidate(
            db, sec, v1.id, "033332500003456", tmp_path / "x.pdf", renderer=renderer
        )
    assert "approuvé ou signé" in str(err.value)
    assert not (tmp_path / "x.pdf").exists()
    with db.reader() as s:
        refusals = s.scalar(select(func.count(AuditEvent.id)).where(AuditEvent.action == "refus"))
    assert refusals >= 3


class BrokenRenderer:
    def render_pdfa(self, *args, **kwargs):
        raise UserError(Message("Rendu impossible (test)."))


def test_a_failed_render_or_a_tampered_pdf_leaves_nothing_half_done(world, renderer, tmp_path):
    db, sec = world.db, world.secretary
    with pytest.raises(UserError):
        pvs.generate_draft(db, sec, world.session_id, renderer=BrokenRenderer())
    with db.reader() as s:
        assert s.scalar(select(func.count(MinutesVersion.id))) == 0
    from desktop.services.documents import documents_dir

    assert documents_dir().is_relative_to(tmp_path)  # the test's own data folder
    assert not list(documents_dir().rglob("*.pdf"))

    v1 = pvs.generate_draft(db, sec, world.session_id, renderer=renderer)
    with open(v1.pdf_path, "ab") as f:
        f.write(b"%% edited by hand\n")
    with pytest.raises(UserError) as err:
        pvs.send_for_review(db, sec, v1.id, tmp_path / "envoi")
    assert "a été modifié depuis sa production" in str(err.value)
    assert not (tmp_path / "envoi").exists() or not list((tmp_path / "envoi").glob("*.pdf"))
    assert pvs.get_version(db, sec, v1.id).status is MinutesStatus.DRAFT


def test_no_draft_before_the_session_is_held(db, actor):
    commission = cal.create_commission(db, actor, cal.CommissionData(name="CALEOL test"))
    session_id = cal.create_session(
        db, actor, commission, cal.SessionData(number="2026-09", session_date=DAY)
    )
    with pytest.raises(UserError) as err:
        pvs.generate_draft(db, actor, session_id)
    assert "encore en préparation" in str(err.value)
    with pytest.raises(NotFoundError):
        pvs.generate_draft(db, actor, 424242)


# --------------------------------------------------------------------------- command line


def test_command_line_writes_preview_signed_minutes_and_extract(
    world, db_url, key, renderer, tmp_path, monkeypatch, capsys
):
    from desktop import cli

    monkeypatch.setenv("PARCOURS_PASSWORD", "Caleol-test-2026!")
    base = ["caleol", "minutes", "2026-04", "--db", db_url, "--user", "k.benali"]

    # nothing produced yet: a preview from the session's data
    assert cli.main(base + ["--out", str(tmp_path / "apercu.pdf")]) == 0
    assert "Procès-verbal écrit" in capsys.readouterr().out
    text = pdf_text(tmp_path / "apercu.pdf")
    assert "PROJET — aperçu non enregistré" in text and "Mme Élodie DUPONT" in text

    # a bad output name, an extract before approval: French messages, exit code 2
    assert cli.main(base + ["--out", str(tmp_path / "pv.txt")]) == 2
    assert "doit se terminer par .pdf ou .docx" in capsys.readouterr().err
    v1 = pvs.generate_draft(world.db, world.secretary, world.session_id, renderer=renderer)
    assert cli.main(base + ["--out", str(tmp_path / "e.pdf"), "--extract", "033332500003456"]) == 2
    assert "approuvé ou signé" in capsys.readouterr().err

    pvs.send_for_review(world.db, world.secretary, v1.id, tmp_path / "envoi")
    _approve_all(world, v1.id)
    signed = pvs.sign(world.db, world.users["c.moreau"], v1.id, key, renderer=renderer)

    # the signed minutes: the very signed file
    assert cli.main(base + ["--out", str(tmp_path / "pv.pdf")]) == 0
    assert sha256_file(tmp_path / "pv.pdf") == signed.signature.pdf_sha256
    # DOCX of the signed text, and an applicant's extract in DOCX
    from desktop.documents import engine

    assert cli.main(base + ["--out", str(tmp_path / "pv.docx")]) == 0
    docx_text = " ".join(engine.docx_paragraphs((tmp_path / "pv.docx").read_bytes()))
    assert "PROJET" not in docx_text and "Mme Élodie DUPONT" in docx_text
    assert (
        cli.main(base + ["--out", str(tmp_path / "extrait.docx"), "--extract", "033332500003456"])
        == 0
    )
    assert "Extrait du procès-verbal écrit" in capsys.readouterr().out
    extract = " ".join(engine.docx_paragraphs((tmp_path / "extrait.docx").read_bytes()))
    assert "Mme Sarah MARTIN" in extract and "DUPONT" not in extract
    assert "Candidat 1 — données masquées" in extract
