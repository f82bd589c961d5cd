"""Convocations: one registered PDF per convened member, sent over STARTTLS through a
real local SMTP server (aiosmtpd) whose received messages are read back; failures and
members without address recorded and audited; minutes-review notices; settings read
from the organisation profile."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop.domain.caleol import MemberRole, SessionMode
from desktop.domain.errors import PermissionDenied, UserError
from desktop.domain.roles import Role
from desktop.services import caleol, convocations
from desktop.services.caleol import (
    CandidateData,
    CommissionData,
    DwellingItemData,
    MemberData,
    SessionData,
)
from desktop.services.context import Actor
from desktop.storage.models import AuditEvent, DocumentRecord
from tests.smtp_server import LocalSmtp

DAY = dt.date(2026, 3, 20)


@pytest.fixture
def written_session(db, actor):
    cid = caleol.create_commission(
        db, actor, CommissionData(name="CALEOL Val", territory="CA Exemple")
    )
    members = {}
    for key, role, last, email in [
        ("lefevre", MemberRole.DESIGNE, "Lefèvre", "c.lefevre@example.org"),
        ("dubois", MemberRole.DESIGNE, "Dubois", "jm.dubois@example.org"),
        ("benali", MemberRole.DESIGNE, "Benali", ""),
        ("prefet", MemberRole.PREFET, "Roussel", "h.roussel@example.org"),
    ]:
        members[key] = caleol.add_member(
            db,
            actor,
            cid,
            MemberData(
                role=role,
                last_name=last,
                first_name="Claude",
                email=email,
                civility="Mme" if key == "lefevre" else "",
                is_president=key == "lefevre",
            ),
        )
    sid = caleol.create_session(
        db,
        actor,
        cid,
        SessionData(
            number="2026-03E",
            session_date=DAY,
            mode=SessionMode.ECRITE,
            technical_means="Plateforme de vote Parcours",
            vote_opens_at=dt.datetime(2026, 3, 18, 8, 0),
            vote_closes_at=dt.datetime(2026, 3, 20, 18, 0),
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
    caleol.add_candidate(
        db,
        actor,
        item.id,
        CandidateData(numero_unique="026111900077", last_name="Zébulon-Secret", adults=1),
    )
    return sid, members


def test_convocations_received_by_the_smtp_server(db, actor, written_session, tmp_path):
    sid, members = written_session
    with LocalSmtp(tmp_path) as smtp:
        results = convocations.convene(
            db, actor, sid, settings=smtp.settings, on=dt.date(2026, 3, 5)
        )
    by_status = {r.member_name.split()[-1]: r.status for r in results}
    assert by_status == {
        "Lefèvre": "SENT",
        "Dubois": "SENT",
        "Benali": "NO_EMAIL",
        "Roussel": "SENT",
    }
    received = smtp.handler.messages
    assert sorted(m["To"] for m in received) == [
        "c.lefevre@example.org",
        "h.roussel@example.org",
        "jm.dubois@example.org",
    ]
    assert all(smtp.handler.tls)  # every message went over STARTTLS
    msg = next(m for m in received if m["To"] == "jm.dubois@example.org")
    assert "séance n° 2026-03E du 20/03/2026" in msg["Subject"]
    (attachment,) = list(msg.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    text = "\n".join(
        p.extract_text() for p in PdfReader(io.BytesIO(attachment.get_content())).pages
    )
    assert "Claude DUBOIS" in text and "2026-03E" in text and "LGT-77" in text
    # the voting window, in words as a letter writes dates
    window = re.sub(r"\s+", " ", text)
    assert "du mercredi 18 mars 2026 à " in window and "au vendredi 20 mars 2026 à " in window
    assert "Zébulon" not in text and "026111900077" not in text  # no applicant data
    # Every convocation registered; every sending audited.
    with db.reader() as s:
        docs = s.execute(
            select(DocumentRecord.reference, DocumentRecord.pdf_sha256).where(
                DocumentRecord.template_name == convocations.TEMPLATE_NAME
            )
        ).all()
        audits = s.execute(
            select(AuditEvent.action, AuditEvent.after).where(
                AuditEvent.entity == convocations.ENTITY_MESSAGE
            )
        ).all()
    assert len(docs) == 4 and all(len(sha) == 64 for _, sha in docs)
    assert sorted(a for a, _ in audits) == ["envoi", "envoi", "envoi", "envoi_no_email"]
    sent_ids = {after["message_id"] for action, after in audits if action == "envoi"}
    assert sent_ids == {m["Message-ID"] for m in received}


def test_convocation_reads_as_a_letter_and_offers_a_proxy_to_voters_only(
    db, actor, written_session
):
    """Dates in words, the member's gender agreed, a page number; the proxy is offered to
    members with a vote only (an advisory member cannot give one, docs/domain.md#quorum)."""
    sid, members = written_session
    cid = caleol.get_session(db, actor, sid).commission.id
    caleol.add_member(
        db,
        actor,
        cid,
        MemberData(
            role=MemberRole.CONSULT_ASSO_L365_3,
            last_name="Moreau",
            first_name="Claire",
            civility="Mme",
        ),
    )
    results = convocations.convene(db, actor, sid, send=False, on=dt.date(2026, 3, 1))
    texts = {
        r.member_name.split()[-1]: re.sub(
            r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(r.pdf_path).pages)
        )
        for r in results
    }
    for name, text in texts.items():
        assert "le vendredi 20 mars 2026" in text, name
        assert "Fait à " in text and ", le 1er mars 2026." in text, name
        assert "/2026" not in text and "point(s)" not in text, name
        assert "Page 1 / 1" in text, name
        # signed by whom convenes: the commission's president, her surname in capitals
        # as in every letter and the minutes
        assert "La présidente de la commission, Mme Claude LEFÈVRE" in text, name
    assert "Vous êtes convoquée" in texts["Moreau"]  # the others' civility is unknown
    # The member convened is written so too.
    assert "Mme Claire MOREAU" in texts["Moreau"]
    assert "Vous êtes convoqué(e)" in texts["Dubois"]
    assert "donner pouvoir" not in texts["Moreau"]
    assert "informer le secrétariat" in texts["Moreau"]
    assert (
        "donner pouvoir à un autre membre de la commission ayant voix délibérative"
        in (texts["Dubois"])
    )


def test_failed_sending_is_recorded_not_fatal(db, actor, written_session, tmp_path):
    sid, _ = written_session
    with LocalSmtp(tmp_path) as smtp:
        settings = smtp.settings
    # Server stopped: the connection is refused; documents are still registered.
    results = convocations.convene(db, actor, sid, settings=settings)
    assert {r.status for r in results} == {"FAILED", "NO_EMAIL"}
    assert all(
        r.error.startswith("Serveur de messagerie injoignable : connexion refusée")
        for r in results
        if r.status == "FAILED"
    )
    rows = convocations.messages_of(db, actor, sid)
    assert sorted(r.status for r in rows) == ["FAILED", "FAILED", "FAILED", "NO_EMAIL"]


def test_untrusted_certificate_is_refused(db, actor, written_session, tmp_path):
    sid, _ = written_session
    with LocalSmtp(tmp_path) as smtp:
        from dataclasses import replace

        results = convocations.convene(db, actor, sid, settings=replace(smtp.settings, ca_file=""))
    assert smtp.handler.messages == []
    assert any(
        r.error.startswith("Certificat du serveur de messagerie non reconnu")
        and "certificate" in r.error
        for r in results
        if r.status == "FAILED"
    )


def test_cancelled_while_producing_keeps_nothing(db, actor, written_session, tmp_path):
    """Cancelled before the documents are registered: no document row, no file left,
    no e-mail; the progress was told."""
    from desktop.services import documents

    sid, _ = written_session
    seen = []
    with LocalSmtp(tmp_path) as smtp:
        with pytest.raises(convocations.SendingCancelled, match="aucun document"):
            convocations.convene(
                db,
                actor,
                sid,
                settings=smtp.settings,
                progress=lambda f, m: seen.append((f, m.render())),
                cancelled=lambda: len(seen) >= 2,
            )
    assert seen[0][1].startswith("Convocation de ") and smtp.handler.messages == []
    with db.reader() as s:
        assert s.scalars(select(DocumentRecord)).all() == []
    assert not list(documents.documents_dir().rglob("*convocation*"))
    assert convocations.messages_of(db, actor, sid) == []


def test_cancelled_while_sending_records_the_rest(db, actor, written_session, tmp_path):
    sid, _ = written_session
    sent_before_cancel = []
    with LocalSmtp(tmp_path) as smtp:
        results = convocations.convene(
            db,
            actor,
            sid,
            settings=smtp.settings,
            cancelled=lambda: sent_before_cancel.append(1) or len(smtp.handler.messages) >= 1,
        )
    assert len(smtp.handler.messages) == 1
    statuses = [r.status for r in results]
    assert statuses.count("SENT") == 1 and statuses.count("NO_EMAIL") == 1
    assert statuses.count("CANCELLED") == 2
    rows = convocations.messages_of(db, actor, sid)
    assert sorted(r.status for r in rows) == sorted(statuses)
    # the documents stay registered: the members not reached get theirs by hand
    with db.reader() as s:
        assert len(s.scalars(select(DocumentRecord)).all()) == 4
        actions = list(
            s.scalars(
                select(AuditEvent.action).where(AuditEvent.entity == convocations.ENTITY_MESSAGE)
            )
        )
    assert sorted(actions) == ["envoi", "envoi_cancelled", "envoi_cancelled", "envoi_no_email"]


def test_minutes_review_notice(db, actor, written_session, tmp_path):
    from desktop.services import accounts
    from desktop.storage.caleol_models import Member

    sid, members = written_session
    with pytest.raises(UserError, match="Aucun membre n'a de compte"):
        convocations.notify_minutes_review(
            db, actor, sid, settings=convocations.SmtpSettings("127.0.0.1", 1, sender="a@b.fr")
        )
    uid = accounts.create_user(
        db, actor, "cdubois", "Claude Dubois", Role.CALEOL_MEMBER, "Relecture-PV-2026!"
    )
    with db.transaction() as s:
        s.get(Member, members["dubois"]).app_user_id = uid
    with LocalSmtp(tmp_path) as smtp:
        results = convocations.notify_minutes_review(db, actor, sid, settings=smtp.settings)
    assert [r.status for r in results] == ["SENT"]
    (msg,) = smtp.handler.messages
    assert msg["To"] == "jm.dubois@example.org"
    assert "attend votre relecture" in msg.get_content()


def test_settings_from_the_organisation_profile(tmp_path, monkeypatch):
    profile = tmp_path / "organisation.toml"
    profile.write_text('[bailleur]\nnom = "X"\n', encoding="utf-8")
    with pytest.raises(UserError, match="messagerie n'est pas paramétrée"):
        convocations.smtp_settings(profile)
    profile.write_text(
        '[bailleur]\nnom = "X"\n[messagerie]\nhote = "smtp.example.org"\nport = 465\n'
        'securite = "ssl"\nutilisateur = "caleol"\nmot_de_passe_variable = "PARCOURS_SMTP"\n'
        'expediteur = "caleol@example.org"\ncertificat_ca = "ca.pem"\n',
        encoding="utf-8",
    )
    s = convocations.smtp_settings(profile, env={"PARCOURS_SMTP": "s3cret"})
    assert (s.host, s.port, s.security, s.password) == ("smtp.example.org", 465, "ssl", "s3cret")
    assert s.ca_file == str(tmp_path / "ca.pem")
    profile.write_text(
        '[messagerie]\nhote = "smtp.example.org"\nsecurite = "aucune"\nexpediteur = "a@b.fr"\n',
        encoding="utf-8",
    )
    with pytest.raises(UserError, match="sans chiffrement refusé"):
        convocations.smtp_settings(profile)


def test_rights(db, written_session):
    sid, _ = written_session
    with pytest.raises(PermissionDenied):
        convocations.convene(db, Actor("m", role=Role.CALEOL_MEMBER), sid, send=False)
