"""CALEOL decision letters: the letter each candidate gets, their text (offer deadline
of R441-10 rolled past a holiday, rank, refusal with reason, missing document), the
register and the notification recorded, and the refusals that leave nothing written
(SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop import cli
from desktop.documents import convert, engine
from desktop.domain.caleol import AttendanceMode, Decision, MemberRole
from desktop.domain.errors import PermissionDenied, UserError, ValidationError
from desktop.domain.roles import Role
from desktop.services import caleol, documents
from desktop.services.caleol import (
    CandidateData,
    CommissionData,
    DwellingItemData,
    MemberData,
    SessionData,
)
from desktop.services.caleol import letters as caleol_letters
from desktop.services.caleol.letters import MISSING_DOCUMENT, OFFER, RANK, REFUSAL
from desktop.services.context import Actor
from desktop.storage.caleol_models import Candidate
from desktop.storage.models import Agency, AuditEvent, DocumentRecord
from tests.conftest import seat_account

DAY = dt.date(2026, 12, 11)  # the session (a Friday)
NOTIFIED = dt.date(2026, 12, 15)  # + 10 days = Friday 25 December (Christmas)
DEADLINE = dt.date(2026, 12, 28)  # ... rolled to Monday 28 December
# The letters' text is read with no-break spaces folded to plain ones (see text_of).
NBSP = " "

# key -> (decision, rank, condition document, reason, address)
CANDIDATES = {
    "item1": [
        (
            "roche",
            "Mme",
            "Amandine",
            "Roche",
            Decision.ATTRIBUTION,
            None,
            None,
            None,
            "Appartement 12\nRésidence Les Aubiers\n27 allée des Peupliers\n33300 Bordeaux",
        ),
        (
            "amrani",
            "M.",
            "Youssef",
            "El Amrani",
            Decision.ATTRIBUTION_RANG,
            1,
            None,
            None,
            "4 place de la Victoire 33000 Bordeaux",
        ),
        (
            "vidal",
            "Mme",
            "Patricia",
            "Vidal",
            Decision.ATTRIBUTION_RANG,
            2,
            None,
            None,
            "8 cours de la Somme\n33800 Bordeaux",
        ),
    ],
    "item2": [
        (
            "blanchard",
            "M.",
            "Henri",
            "Blanchard",
            Decision.ATTRIBUTION_RANG,
            1,
            None,
            None,
            "3 rue Sainte-Catherine\n33000 Bordeaux",
        ),
        (
            "faure",
            "Mme",
            "Josiane",
            "Faure",
            Decision.NON_ATTRIBUTION,
            None,
            None,
            "Taux d'effort de 41 % trop élevé",
            "12 rue du Loup\n33000 Bordeaux",
        ),
        (
            "lambert",
            "M.",
            "Gérard",
            "Lambert",
            Decision.IRRECEVABILITE,
            None,
            None,
            "Ressources supérieures aux plafonds PLAI",
            "Lieu-dit Le Bourg\n5 chemin des Vignes\nBP 12\n33750 Saint-Germain-du-Puch",
        ),
    ],
    "item3": [
        (
            "bonnet",
            "Mme",
            "Élise",
            "Bonnet",
            Decision.ATTRIBUTION_CONDITION_SUSPENSIVE,
            None,
            "Avis d'imposition 2025",
            None,
            "9 rue Lucien Faure\n33300 Bordeaux",
        ),
    ],
}


def _sitting(db):
    """A closed session of the commission of agency BXN: three dwellings, seven
    candidates, a decision of every kind. (Its id, the ids of the rows it made.)"""
    from tests.conftest import admin_actor, create_test_agency

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
    ids: dict[str, int] = {}
    decisions = []
    dwellings = {
        "item1": DwellingItemData(
            reference="LGT-BX-0412",
            address="14 rue Camille Godard",
            postcode="33000",
            commune="Bordeaux",
            dwelling_type="T3",
            surface=Decimal("67.40"),
            floor=2,
            rent=Decimal("452.30"),
            charges=Decimal("96.00"),
            accessibility="Ascenseur",
        ),
        "item2": DwellingItemData(
            reference="LGT-BX-0877",
            address="8 cours de la Somme",
            postcode="33800",
            commune="Bordeaux",
            dwelling_type="T2",
            surface=Decimal("48.10"),
            floor=0,
            rent=Decimal("356.80"),
            charges=Decimal("71.50"),
        ),
        "item3": DwellingItemData(
            reference="LGT-BX-1203",
            address="27 rue Lucien Faure",
            postcode="33300",
            commune="Bordeaux",
            dwelling_type="T4",
            surface=Decimal("81.90"),
            floor=1,
            rent=Decimal("561.75"),
            charges=Decimal("118.40"),
        ),
    }
    n = 0
    for key, dwelling in dwellings.items():
        item = caleol.add_dwelling_item(db, actor, sid, dwelling)
        for name, civ, first, last, decision, rank, document, reason, address in CANDIDATES[key]:
            n += 1
            ids[name] = caleol.add_candidate(
                db,
                actor,
                item.id,
                CandidateData(
                    numero_unique=f"03326{n:07d}",
                    civility=civ,
                    first_name=first,
                    last_name=last,
                    postal_address=address,
                ),
            ).id
            decisions.append((ids[name], decision, rank, document, reason))
    caleol.open_session(db, actor, sid)
    for cand, decision, rank, document, reason in decisions:
        caleol.decide(
            db,
            actor,
            cand,
            decision,
            rank=rank,
            condition_document=document,
            condition_deadline=dt.date(2027, 1, 8) if document else None,
            reason=reason,
        )
    caleol.close_session(db, actor, sid)
    return sid, ids


# The tests of the session start from a base where it was made once (``filled``: its ids).
pytestmark = pytest.mark.filled_base(fill=_sitting)


@pytest.fixture
def sitting(filled):
    return filled


def text(path) -> str:
    text = "\n".join(engine.docx_paragraphs(path.read_bytes()))
    return re.sub("[\u00a0\u202f]", " ", text).replace("\u2060", "")


def notification(db, candidate_id) -> tuple[dt.date | None, dt.date | None]:
    with db.reader() as session:
        row = session.get(Candidate, candidate_id)
        return row.notified_on, row.offer_deadline


def count(db, model) -> int:
    with db.reader() as session:
        return session.scalar(select(func.count()).select_from(model))


# --------------------------------------------------------------------------- which letter


def test_each_candidate_gets_the_letter_of_his_decision(db, actor, sitting):
    sid, ids = sitting
    planned = {p.candidate_id: p for p in caleol_letters.letters_for_session(db, actor, sid)}
    got = {
        name: (planned[i].template_name, planned[i].offer, planned[i].ahead)
        for name, i in ids.items()
    }
    assert got == {
        "roche": (OFFER, True, 0),
        "amrani": (RANK, False, 1),  # behind the direct attribution
        "vidal": (RANK, False, 2),
        "blanchard": (OFFER, True, 0),  # rank 1, nobody before him: offered now
        "faure": (REFUSAL, False, 0),
        "lambert": (REFUSAL, False, 0),
        "bonnet": (MISSING_DOCUMENT, True, 0),
    }
    assert planned[ids["lambert"]].registered_mail  # inadmissibility: registered letter
    assert not planned[ids["faure"]].registered_mail
    assert all(not p.problems for p in planned.values())


# --------------------------------------------------------------------------- generation


def test_letters_are_made_registered_and_the_notification_recorded(db, actor, sitting, tmp_path):
    sid, ids = sitting
    out = tmp_path / "lettres"
    result = caleol_letters.generate_decision_letters(db, actor, sid, NOTIFIED, out)
    assert len(result.letters) == 7 and result.merged_pdf is None
    by_id = {letter.candidate_id: letter for letter in result.letters}
    assert sorted(p.name for p in out.iterdir()) == sorted(
        letter.docx_path.name for letter in result.letters
    )

    # The offer: the dwelling, the rent, the deadline rolled past Christmas, how to accept.
    offer = text(by_id[ids["roche"]].docx_path)
    for expected in (
        "Mme Amandine ROCHE\nAppartement 12\nRésidence Les Aubiers\n"
        "27 ALLEE DES PEUPLIERS\n33300 BORDEAUX",
        "Agence Bordeaux Nord",
        "Réf. BXN-2026-",
        "Demande n° unique 033260000001",
        "Logement LGT-BX-0412",
        "Lettre recommandée avec avis de réception",
        "Objet : Proposition de logement – décision de la commission d'attribution",
        "Madame,",
        "(CALEOL Bordeaux Métropole), réunie le 11 décembre 2026",
        "elle vous a attribué le logement décrit ci-dessous.",
        "14 rue Camille Godard, 33000 Bordeaux",
        "T3, 67,40 m² habitables",
        "2e étage – Ascenseur",
        f"452,30{NBSP}€",
        f"96,00{NBSP}€",
        f"548,30{NBSP}€",
        # Registered: the presentation date is unknown when printed, the rule is given.
        "Vous disposez d'un délai de dix jours à compter de la réception du présent "
        "courrier pour nous faire connaître votre réponse.",
        "La réception est la date à laquelle la lettre recommandée vous est présentée "
        "pour la première fois ; lorsque ce délai expire un samedi",  # « il »: which?
        "vous serez considérée comme ayant refusé cette proposition (article R441-10",
        "Pour accepter ce logement",
        "COUPON-RÉPONSE à retourner dans les dix jours suivant la réception de ce courrier",
        "Je soussignée Mme Amandine ROCHE",
        "l'instruction de votre demande de logement social",
    ):
        assert expected in offer, expected
    assert "en vous classant en rang" not in offer
    assert "28 décembre 2026" not in offer  # never a date that could be too short

    first_ranked = text(by_id[ids["blanchard"]].docx_path)
    assert "en vous classant en rang 1 : ce logement vous est proposé en premier" in first_ranked
    assert "rez-de-chaussée" in first_ranked

    rank = text(by_id[ids["vidal"]].docx_path)
    assert "Elle a décidé de vous attribuer ce logement en rang 2" in rank
    assert "aux 2 candidats classés avant vous" in rank
    assert "Lettre recommandée" not in rank
    assert "au candidat classé avant vous. Il vous sera proposé si ce candidat le refuse" in text(
        by_id[ids["amrani"]].docx_path
    )
    assert "4 PLACE DE LA VICTOIRE\n33000 BORDEAUX" in text(by_id[ids["amrani"]].docx_path)

    # Recorded on the candidates: the notification; no deadline yet for the registered
    # offers (it runs from their receipt, recorded when known), none for the ranked ones.
    for name in ("roche", "blanchard", "bonnet"):
        assert by_id[ids[name]].registered_offer, name
    for name, deadline in (
        ("roche", None),
        ("blanchard", None),
        ("bonnet", None),
        ("amrani", None),
        ("vidal", None),
        ("faure", None),
        ("lambert", None),
    ):
        assert notification(db, ids[name]) == (NOTIFIED, deadline), name
        assert by_id[ids[name]].offer_deadline == deadline

    # The register: one entry per letter, archived files matching their hash.
    with db.reader() as session:
        records = session.scalars(select(DocumentRecord).order_by(DocumentRecord.id)).all()
        assert {r.reference for r in records} == {letter.reference for letter in result.letters}
        assert all(r.household_id is None for r in records)
        assert {r.template_name for r in records} == {OFFER, RANK, REFUSAL, MISSING_DOCUMENT}
        notifications = session.scalars(
            select(AuditEvent).where(
                AuditEvent.action == "notification", AuditEvent.entity == "caleol_candidat"
            )
        ).all()
        assert len(notifications) == 7
        assert (
            session.scalar(
                select(func.count())
                .select_from(AuditEvent)
                .where(AuditEvent.action == "lettres_decision", AuditEvent.entity_id == sid)
            )
            == 1
        )
    document = documents.find_by_reference(db, actor, by_id[ids["roche"]].reference)
    assert documents.check_files(document) is None
    assert (
        document.registered_mail
        and document.docx_path.read_bytes() == by_id[ids["roche"]].docx_path.read_bytes()
    )


def test_refusal_letters_give_the_reason_and_what_follows(db, actor, sitting, tmp_path):
    sid, ids = sitting
    result = caleol_letters.generate_decision_letters(
        db, actor, sid, NOTIFIED, tmp_path, candidate_ids=[ids["faure"], ids["lambert"]]
    )
    by_id = {letter.candidate_id: letter for letter in result.letters}
    refusal = text(by_id[ids["faure"]].docx_path)
    for expected in (
        "pour le logement T2 situé 8 cours de la Somme, 33800 Bordeaux (référence LGT-BX-0877)",
        "elle ne vous a pas attribué ce logement, pour le motif suivant :",
        "Taux d'effort de 41 % trop élevé",
        "conformément à l'article L441-2-2 du code de la construction",
        "Votre demande de logement social reste active",
        "Voies de recours",
        "recours gracieux",
        "droit au logement opposable (DALO)",
        # Who may seize the DALO commission: the cases of the law, not a recognition
        # of priority, which is that commission's to give.
        "Si votre situation relève de l'un des cas prévus par l'article L441-2-3",
        "absence de logement, menace d'expulsion sans relogement",
        "ou si vous n'avez reçu aucune proposition adaptée dans le délai fixé par le "
        "préfet de votre département",
    ):
        assert expected in refusal, expected
    assert "irrecevable" not in refusal and "Lettre recommandée" not in refusal
    assert "(e)" not in refusal

    inadmissible = text(by_id[ids["lambert"]].docx_path)
    for expected in (
        "Lettre recommandée avec avis de réception",
        "M. Gérard LAMBERT\nLieu-dit Le Bourg\n5 CHEMIN DES VIGNES\nBP 12\n"
        "33750 SAINT GERMAIN DU PUCH",
        "elle a déclaré votre demande irrecevable",
        "Ressources supérieures aux plafonds PLAI",
        "L441-2-2",
        "un mois à compter de la réception",
    ):
        assert expected in inadmissible, expected
    assert "reste active" not in inadmissible
    assert "relève de l'un des cas prévus par l'article L441-2-3" in inadmissible
    assert "reconnu" not in refusal + inadmissible
    # Only the two asked for were notified.
    assert notification(db, ids["roche"]) == (None, None)


def test_missing_document_letter(db, actor, sitting, tmp_path):
    sid, ids = sitting
    result = caleol_letters.generate_decision_letters(
        db, actor, sid, NOTIFIED, tmp_path, offer_days=15, candidate_ids=[ids["bonnet"]]
    )
    letter = result.letters[0]
    assert letter.template_name == MISSING_DOCUMENT
    assert letter.offer_deadline is None and letter.registered_offer  # from the receipt
    body = text(letter.docx_path)
    for expected in (
        "sous la condition suspensive de la production de la pièce suivante",
        "Avis d'imposition 2025",
        "Cette pièce doit nous parvenir au plus tard le 8 janvier 2027",
        "nous signerons le bail avec vous",
        "l'attribution sera caduque",
        "délai de quinze jours à compter de la réception du présent courrier",
        "pour la première fois ; si ce délai expire un samedi, un dimanche ou un jour férié",
        "T4, 81,90 m² habitables",
        "1er étage",
        f"680,15{NBSP}€",
    ):
        assert expected in body, expected


def test_no_missing_document_letter_once_its_deadline_is_gone(db, actor, sitting, tmp_path):
    """Notified on or after the deadline the commission set for the document, the
    letter would ask for it by a date already past: nothing is made, the reason says
    which decision to change."""
    sid, ids = sitting
    out = tmp_path / "lettres"
    with pytest.raises(UserError) as exc:
        caleol_letters.generate_decision_letters(
            db, actor, sid, dt.date(2027, 1, 8), out, candidate_ids=[ids["bonnet"]]
        )
    message = str(exc.value.message)
    assert "Bonnet" in message
    assert "la pièce manquante est demandée pour le 08/01/2027" in message
    assert "notification du 08/01/2027" in message
    _nothing_written(db, sitting, out)
    made = caleol_letters.generate_decision_letters(
        db, actor, sid, dt.date(2027, 1, 7), out, candidate_ids=[ids["bonnet"]]
    )
    assert made.letters[0].template_name == MISSING_DOCUMENT


def test_letters_are_dated_from_the_agency_town(db, actor, sitting, tmp_path, monkeypatch):
    """An agency the organisation profile does not describe dates its letters from its
    town recorded in Parcours (here Bordeaux), not from the head office's (Talence)."""
    import dataclasses

    from desktop.services import organisation

    load = organisation.load_profile_in
    monkeypatch.setattr(
        organisation,
        "load_profile_in",
        lambda session: dataclasses.replace(load(session), agencies={}, place="Talence"),
    )
    sid, ids = sitting
    made = caleol_letters.generate_decision_letters(
        db, actor, sid, NOTIFIED, tmp_path, candidate_ids=[ids["vidal"]]
    )
    body = text(made.letters[0].docx_path)
    assert "Bordeaux, le 15 décembre 2026" in body
    assert "Talence" not in body


# --------------------------------------------------------------------------- refusals


def _nothing_written(db, sitting, out):
    _sid, ids = sitting
    assert not out.exists() or not any(out.iterdir())
    assert count(db, DocumentRecord) == 0
    assert all(notification(db, i) == (None, None) for i in ids.values())
    archive = documents.documents_dir()
    assert not archive.exists() or not [p for p in archive.rglob("*") if p.is_file()]


def test_missing_decision_refuses_the_whole_session(db, actor, sitting, tmp_path):
    sid, ids = sitting
    caleol.set_session_status(db, actor, sid, caleol.SessionStatus.OPEN)
    caleol.clear_decision(db, actor, ids["vidal"])
    planned = {p.candidate_id: p for p in caleol_letters.letters_for_session(db, actor, sid)}
    assert planned[ids["vidal"]].template_name is None
    assert "aucune décision" in str(planned[ids["vidal"]].problems[0])
    caleol.close_session(db, actor, sid)
    out = tmp_path / "lettres"
    with pytest.raises(UserError) as exc:
        caleol_letters.generate_decision_letters(db, actor, sid, NOTIFIED, out)
    message = str(exc.value.message)
    assert "Des décisions manquent : aucune lettre n'a été produite" in message
    assert "Mme Patricia Vidal (033260000003, logement LGT-BX-0412)" in message
    _nothing_written(db, sitting, out)


def test_bad_address_and_missing_rent_are_listed_before_anything_is_made(
    db, actor, sitting, tmp_path
):
    sid, ids = sitting
    with db.transaction() as session:  # data typed before the rules existed
        session.get(Candidate, ids["faure"]).postal_address = "12 rue du Loup, Bordeaux"
        roche = session.get(Candidate, ids["roche"])
        roche.item.rent = None
    out = tmp_path / "lettres"
    with pytest.raises(UserError) as exc:
        caleol_letters.generate_decision_letters(db, actor, sid, NOTIFIED, out)
    message = str(exc.value.message)
    assert "Mme Josiane Faure" in message and "code postal" in message
    assert "le loyer ou les charges du logement LGT-BX-0412" in message
    _nothing_written(db, sitting, out)


def test_request_checks(db, actor, sitting, tmp_path):
    sid, _ids = sitting
    out = tmp_path / "lettres"
    with pytest.raises(ValidationError) as exc:
        caleol_letters.generate_decision_letters(db, actor, sid, DAY - dt.timedelta(days=1), out)
    assert "précéder la séance" in str(exc.value.fields["notified_on"])
    with pytest.raises(ValidationError) as exc:
        caleol_letters.generate_decision_letters(db, actor, sid, NOTIFIED, out, offer_days=7)
    assert "inférieur à 10 jours" in str(exc.value.fields["offer_days"])
    caleol.set_session_status(db, actor, sid, caleol.SessionStatus.OPEN)
    with pytest.raises(UserError) as exc:
        caleol_letters.generate_decision_letters(db, actor, sid, NOTIFIED, out)
    assert "n'est pas close" in str(exc.value.message)
    _nothing_written(db, sitting, out)


def test_a_failed_pdf_conversion_leaves_nothing(db, actor, sitting, tmp_path, monkeypatch):
    sid, _ids = sitting
    from desktop.domain.i18n import Message

    def convert_many(docs, out_dir, on_done, *args, **kwargs):
        for n, doc in enumerate(docs):  # the third letter makes the converter fail
            if n == 2:
                on_done(doc, None, Message("LibreOffice s'est arrêté."))
            else:
                out_dir.mkdir(parents=True, exist_ok=True)
                pdf = out_dir / (doc.stem + ".pdf")
                pdf.write_bytes(b"%PDF-1.4\n")
                on_done(doc, pdf, None)

    monkeypatch.setattr(convert, "convert_many", convert_many)
    out = tmp_path / "lettres"
    with pytest.raises(UserError) as exc:
        caleol_letters.generate_decision_letters(db, actor, sid, NOTIFIED, out, pdf=True)
    assert "LibreOffice s'est arrêté." in str(exc.value.message)
    _nothing_written(db, sitting, out)


def test_rights_members_read_the_plan_secretary_generates(db, actor, sitting, tmp_path):
    sid, ids = sitting
    member, _ = seat_account(db, actor, caleol.get_session(db, actor, sid).commission.id)
    assert len(caleol_letters.letters_for_session(db, member, sid)) == 7
    with pytest.raises(PermissionDenied):
        caleol_letters.generate_decision_letters(db, member, sid, NOTIFIED, tmp_path)
    with db.reader() as session:
        assert (
            session.scalar(
                select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "refus")
            )
            == 1
        )
    with pytest.raises(PermissionDenied):
        caleol_letters.letters_for_session(db, Actor("agent", role=Role.AGENT), sid)
    secretary = Actor("secretaire", role=Role.CALEOL_SECRETARY)
    result = caleol_letters.generate_decision_letters(
        db, secretary, sid, NOTIFIED, tmp_path, candidate_ids=[ids["roche"]]
    )
    assert result.letters[0].registered_offer


# --------------------------------------------------------------------------- address


def test_candidate_address_block():
    address = caleol_letters.candidate_address(
        "M.",
        "Jean-Baptiste",
        "Lefebvre-Dumont",
        "Chez Mme Martin\nBâtiment C, escalier 2\n112, avenue du Général de Gaulle\n33700 Mérignac",
    )
    assert address.lines == (
        "M. Jean-Baptiste LEFEBVRE-DUMONT",
        "Chez Mme Martin",
        "Bâtiment C, escalier 2",
        "112 AVENUE DU GENERAL DE GAULLE",
        "33700 MERIGNAC",
    )
    assert caleol_letters.candidate_address(
        "Mme", "Ana", "Sousa", "5 rue Vital Carles, 33000 Bordeaux"
    ).lines[-2:] == ("5 RUE VITAL CARLES", "33000 BORDEAUX")
    for bad, hint in (
        ("", "absente"),
        ("5 rue Vital Carles\nBordeaux", "code postal"),
        ("33000 Bordeaux", "sans numéro ni voie"),
        ("a\nb\nc\n5 rue X\n33000 Bordeaux", "6 lignes"),
    ):
        with pytest.raises(ValidationError) as exc:
            caleol_letters.candidate_address("Mme", "Ana", "Sousa", bad)
        assert hint in str(exc.value), bad


# --------------------------------------------------------------------------- PDF, command line


@pytest.mark.skipif(convert.find_soffice() is None, reason="LibreOffice absent")
def test_pdf_letters_and_the_print_file(db, actor, sitting, tmp_path):
    from pypdf import PdfReader

    sid, ids = sitting
    result = caleol_letters.generate_decision_letters(
        db, actor, sid, NOTIFIED, tmp_path, pdf=True, candidate_ids=[ids["roche"], ids["faure"]]
    )
    pages = 0
    for letter in result.letters:
        assert letter.pdf_path.read_bytes().startswith(b"%PDF")
        pages += len(PdfReader(str(letter.pdf_path)).pages)
    assert result.merged_pdf.name == "lettres-seance-2026-12.pdf"
    assert len(PdfReader(str(result.merged_pdf)).pages) == pages
    first = " ".join(PdfReader(str(result.letters[0].pdf_path)).pages[0].extract_text().split())
    assert "dix jours à compter de la réception" in first
    # Printed double-sided: each letter starts on a front page, never on the back of
    # another candidate's letter (a blank back page after an odd page count).
    again = caleol_letters.generate_decision_letters(
        db,
        actor,
        sid,
        NOTIFIED,
        tmp_path,
        pdf=True,
        candidate_ids=[ids["roche"], ids["faure"]],
        duplex=True,
    )
    own = [len(PdfReader(str(letter.pdf_path)).pages) for letter in again.letters]
    assert 1 in [n % 2 for n in own]  # (a letter of an odd page count: a blank added)
    assert len(PdfReader(str(again.merged_pdf)).pages) == sum(n + n % 2 for n in own)


def test_command_line(db, db_url, sitting, tmp_path, capsys):
    base = ["caleol", "letters", "2026-12", "--db", db_url, "--out", str(tmp_path / "lettres")]
    assert cli.main([*base, "--notified", "2026-12-10"]) == 2
    assert "--notified : La notification ne peut pas précéder la séance" in capsys.readouterr().err
    assert cli.main([*base, "--notified", "2026-12-15", "--days", "9"]) == 2
    assert "--days : Le délai de réponse" in capsys.readouterr().err
    assert cli.main([*base, "--notified", "2026-12-15", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Mme Patricia Vidal (033260000003, LGT-BX-0412) : Attribution en rang" in out
    assert count(db, DocumentRecord) == 0
    assert cli.main([*base, "--notified", "15/12/2026"]) == 0
    out = capsys.readouterr().out
    assert "7 lettres produites pour la séance 2026-12, notifiées le 15/12/2026" in out
    assert (
        "Mme Amandine Roche : Proposition de logement (attribution) ; recommandée : le délai "
        "de réponse court de sa réception" in out
    )
    assert len(list((tmp_path / "lettres").glob("*.docx"))) == 7


# --------------------------------------------------------------------------- moved up


def test_offer_letter_after_the_candidates_placed_before_did_not_accept(
    db, actor, sitting, tmp_path, monkeypatch
):
    from desktop.domain.caleol import OfferStatus
    from desktop.services.caleol import offers as caleol_offers

    monkeypatch.setattr(caleol_offers, "today", lambda: dt.date(2027, 3, 1))
    sid, ids = sitting
    caleol_letters.generate_decision_letters(db, actor, sid, NOTIFIED, tmp_path / "seance")
    item = caleol_offers.find_dwelling(db, actor, sid, "LGT-BX-0412")

    # The direct attribution refuses: rank 1 gets the offer, one candidate before him.
    caleol_offers.record_answer(
        db, actor, ids["roche"], OfferStatus.REFUSED, dt.date(2026, 12, 18), "Trop loin du travail"
    )
    assert caleol_offers.offer_to_next(db, actor, item, dt.date(2026, 12, 18)) == ids["amrani"]
    (first,) = caleol_letters.generate_decision_letters(
        db, actor, sid, dt.date(2026, 12, 21), tmp_path / "rang1", candidate_ids=[ids["amrani"]]
    ).letters
    body = text(first.docx_path)
    assert first.template_name == OFFER
    assert (
        "elle vous a attribué le logement décrit ci-dessous. Classé au rang 1 par la "
        "commission, ce logement vous est proposé, le candidat placé avant vous ne l'ayant "
        "pas accepté." in body
    )
    assert "proposé en premier" not in body

    # Rank 1 lets the deadline pass: rank 2 gets it, two candidates before him.
    caleol_offers.record_presentation(db, actor, ids["amrani"], dt.date(2026, 12, 22))
    deadline = dt.date(2027, 1, 4)  # 22/12 + 10 days = 1 January, then the weekend
    late = deadline + dt.timedelta(days=1)
    assert caleol_offers.offer_to_next(db, actor, item, late) == ids["vidal"]
    planned = {p.candidate_id: p for p in caleol_letters.letters_for_session(db, actor, sid)}
    assert (
        planned[ids["vidal"]].template_name,
        planned[ids["vidal"]].moved_up,
        planned[ids["vidal"]].ahead,
    ) == (OFFER, True, 2)
    (second,) = caleol_letters.generate_decision_letters(
        db, actor, sid, late, tmp_path / "rang2", candidate_ids=[ids["vidal"]]
    ).letters
    body = text(second.docx_path)
    assert (
        "Classée au rang 2 par la commission, ce logement vous est proposé, les "
        "candidats placés avant vous ne l'ayant pas accepté." in body
    )
    assert "Je soussignée Mme Patricia VIDAL" in body

    # The candidates offered the dwelling first read no such sentence.
    result = caleol_letters.generate_decision_letters(
        db,
        actor,
        sid,
        NOTIFIED,
        tmp_path / "autres",
        candidate_ids=[ids["blanchard"], ids["bonnet"]],
    )
    for letter in result.letters:
        assert not re.search(r"Class\w* au rang", text(letter.docx_path))
    assert "en vous classant en rang 1 : ce logement vous est proposé en premier" in text(
        result.letters[0].docx_path
    )


def test_command_line_letters_for_some_candidates(
    db, db_url, actor, sitting, tmp_path, capsys, monkeypatch
):
    _sid, ids = sitting
    out = tmp_path / "lettres"
    base = [
        "caleol",
        "letters",
        "2026-12",
        "--db",
        db_url,
        "--out",
        str(out),
        "--notified",
        "2026-12-15",
    ]
    assert (
        cli.main(
            [*base, "--candidate", "033260000005", "--candidate", f"#{ids['roche']}", "--dry-run"]
        )
        == 0
    )
    listed = [line for line in capsys.readouterr().out.splitlines() if line.startswith("  - ")]
    assert listed == [
        (
            "  - Mme Josiane Faure (033260000005, LGT-BX-0877) : Refus d'attribution ou "
            "irrecevabilité"
        ),
        (
            "  - Mme Amandine Roche (033260000001, LGT-BX-0412) : Proposition de logement "
            "(attribution)"
        ),
    ]
    assert cli.main([*base, "--candidate", "0332 6000 0099"]) == 2
    assert (
        "--candidate : « 0332 6000 0099 » n'est pas un candidat de la séance 2026-12"
        in capsys.readouterr().err
    )
    assert count(db, DocumentRecord) == 0

    assert (
        cli.main(
            [
                *base,
                "--candidate",
                "033260000005",
                "--candidate",
                f"#{ids['roche']}",
                "--days",
                "15",
                "--alsace-moselle",
            ]
        )
        == 0
    )
    printed = capsys.readouterr().out
    assert "2 lettres produites pour la séance 2026-12, notifiées le 15/12/2026" in printed
    assert (
        "Mme Amandine Roche : Proposition de logement (attribution) ; recommandée : le "
        "délai de réponse court de sa réception" in printed
    )
    assert len(list(out.glob("*.docx"))) == 2
    assert notification(db, ids["roche"]) == (NOTIFIED, None)  # registered: from receipt
    assert notification(db, ids["faure"]) == (NOTIFIED, None)
    assert notification(db, ids["vidal"]) == (None, None)  # not asked for
    with db.reader() as session:
        assert session.get(Candidate, ids["roche"]).offer_alsace_moselle
    # received the day it was sent: 15 days, Wednesday 30 December 2026, not a holiday
    # in Alsace-Moselle either
    from desktop.services.caleol import offers as caleol_offers

    monkeypatch.setattr(caleol_offers, "today", lambda: dt.date(2027, 3, 1))
    caleol_offers.record_presentation(db, actor, ids["roche"], NOTIFIED)
    assert notification(db, ids["roche"]) == (NOTIFIED, dt.date(2026, 12, 30))


def test_the_proposed_folder_stays_one_folder_whatever_the_session_number():
    """A session number typed « 2026/11 » or « ..\\..\\Windows » proposes one folder in
    the documents folder, never a sub-folder or a way out of it."""
    from desktop.services.caleol import letters as caleol_letters

    assert caleol_letters.folder_name("2026-11") == "courriers-caleol-2026-11"
    for number in ("2026/11", "..\\..\\Windows", "../../etc", "CON", "12 : déc. "):
        name = caleol_letters.folder_name(number)
        assert "/" not in name and "\\" not in name and ".." not in name, name
        assert not name.endswith((".", " ")), name
    assert caleol_letters.folder_name("2026/11") == "courriers-caleol-2026-11"
