"""The access-request export of a housing applicant (RGPD *droit d'accès*): his CALEOL
candidatures found by his numéro unique, their decisions and offers, his cotation,
the letters sent to him and the audit events about them, decrypted; from the service,
the command line and the tenant list's menu (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from desktop.cli import main
from desktop.domain.caleol import OfferStatus
from desktop.domain.errors import NotFoundError, PermissionDenied, UserError
from desktop.domain.roles import Role
from desktop.services import agencies, applicant_export, retention
from desktop.services.caleol import offers
from desktop.services.context import Actor, use_clock
from desktop.storage.caleol_models import Candidate
from desktop.storage.cotation_models import AdaptedRefusal, CandidateCotation
from desktop.storage.models import Agency, AuditEvent
from tests.conftest import DayClock
from tests.test_caleol_offers import NOTIFIED, SITTING, letters, sitting  # noqa: F401

D = dt.date
ROCHE = "033260000001"  # Mme Camille Roche's numéro unique (tests.test_caleol_offers)
# The session of tests.test_caleol_offers (``sitting``), made once (filled_base).
pytestmark = SITTING


@pytest.fixture
def applicant(db, actor, sitting, tmp_path):  # noqa: F811
    """Mme Roche, examined for both dwellings of the session: attributed the first and
    sent the letter, she refused the offer; not retained for the second (Faure's
    candidature, made hers); her cotation and a refused offer recorded for it."""
    ids = sitting
    with use_clock(DayClock(D(2027, 3, 1))):
        letters(db, actor, ids, tmp_path)
        offers.record_answer(
            db, actor, ids["roche"], OfferStatus.REFUSED, D(2026, 12, 20), "Trop loin du travail"
        )
    with db.transaction() as s:
        s.execute(
            update(Candidate)
            .where(Candidate.id == ids["roche"])
            .values(
                monthly_resources=Decimal("1850.00"),
                effort_rate=Decimal("27.45"),
                remaining_income_per_unit=Decimal("612.30"),
                priority_criteria=["VIOLENCES"],
                current_housing="Hébergée chez sa sœur",
                notes="Suivie par l'assistante sociale du secteur",
            )
        )
        s.execute(update(Candidate).where(Candidate.id == ids["faure"]).values(numero_unique=ROCHE))
        s.add(
            CandidateCotation(
                candidate_id=ids["roche"],
                housing_situation="HEBERGE_TIERS",
                manual={"HEBERGE": {"granted": True, "reason": "Attestation de sa sœur"}},
                total=Decimal("42.00"),
                detail={
                    "lines": [
                        {"label": "Ancienneté", "points": "14"},
                        {"label": "Hébergé", "points": "1.5", "detail": "chez un tiers"},
                    ]
                },
                updated_at=dt.datetime(2026, 12, 1),
                updated_by="admin",
            )
        )
        s.add(
            AdaptedRefusal(
                numero_unique=ROCHE,
                refused_on=D(2026, 12, 20),
                dwelling="LGT-BX-0412",
                adapted=True,
                legitimate=False,
                reason="Trop loin du travail",
                recorded_at=dt.datetime(2026, 12, 21, 9),
                recorded_by="admin",
            )
        )
    return ids


def rows(book, title) -> list[dict]:
    sheet = book[title]
    values = list(sheet.iter_rows(values_only=True))
    return [dict(zip(values[0], r, strict=True)) for r in values[1:]]


def test_export_holds_every_candidature_decision_offer_cotation_letter_and_audit(
    db, actor, applicant, tmp_path
):
    ids = applicant
    typed = f" {ROCHE[:5]} {ROCHE[5:]} "  # spaces as printed on the registration
    out = applicant_export.export_applicant(db, actor, typed, tmp_path / "roche.xlsx")
    book = load_workbook(out)
    assert book.sheetnames == [
        "Demandeur",
        "Candidatures",
        "Candidatures effacées",
        "Cotation",
        "Refus de propositions",
        "Courriers",
        "Journal d'audit",
    ]
    summary = {r["Rubrique"]: r["Valeur"] for r in rows(book, "Demandeur")}
    assert summary["N° unique"] == ROCHE
    assert summary["Candidatures examinées"] == 2
    (first, second) = rows(book, "Candidatures")
    assert (first["Logement"], second["Logement"]) == ("LGT-BX-0412", "LGT-BX-0877")
    assert first["Commission"] == "CALEOL Bordeaux Métropole"
    assert first["Date de la séance"] == dt.datetime(2026, 12, 11)
    assert book["Candidatures"]["C2"].number_format == "DD/MM/YYYY"
    assert first["Nom"] == "Roche" and "rue du Loup" in first["Adresse postale"]
    assert first["Ressources mensuelles (€)"] == 1850
    assert first["Taux d'effort (%)"] == pytest.approx(27.45)
    assert first["Reste à vivre par unité de consommation (€)"] == pytest.approx(612.30)
    assert first["Critères de priorité"] and "VIOLENCES" not in first["Critères de priorité"]
    assert first["Logement actuel"] == "Hébergée chez sa sœur"
    assert first["Décision"] == "Attribution"
    assert first["Proposition"] == "Refusée"
    assert first["Motif du refus"] == "Trop loin du travail"
    assert first["Notifiée le"] == dt.datetime(2026, 12, 15)
    assert first["Votes enregistrés"] == 0
    assert second["Décision"] == "Non-attribution"
    assert second["Motif de la décision"] == "Taux d'effort trop élevé"
    (cotation,) = rows(book, "Cotation")
    assert cotation["Situation de logement"] == "Hébergé chez un tiers"
    assert cotation["Score (points)"] == 42
    assert "Attestation de sa sœur" in cotation["Faits saisis"]
    assert cotation["Détail du score"] == (
        "Ancienneté : 14 points\nHébergé : 1,5 point — chez un tiers"
    )
    (refusal,) = rows(book, "Refus de propositions")
    assert (refusal["Logement adapté"], refusal["Motif légitime"]) == ("oui", "non")
    mail = rows(book, "Courriers")
    assert mail and all(len(r["Empreinte SHA-256 du DOCX"] or "") == 64 for r in mail)
    trail = rows(book, "Journal d'audit")
    objects = {r["Objet"] for r in trail}
    assert "candidat" in objects and "document" in objects
    text = "\n".join(r["Après"] or "" for r in trail)
    assert "Roche" in text  # the candidature's snapshots, decrypted
    assert "Décision : Attribution" in text
    assert "Motif du refus : Trop loin du travail" in text
    assert "N° de la candidature : " in text  # the letters' lines, named in French
    assert "agenda_item_id" not in text and "Caleol candidat" not in text
    assert "Logement adapté" not in {r["Objet"] for r in trail}
    # Nobody else's candidature is in the workbook.
    assert "El Amrani" not in str([list(r) for s in book for r in s.iter_rows(values_only=True)])
    with db.reader() as s:
        event = s.scalars(
            select(AuditEvent)
            .where(AuditEvent.action == "export", AuditEvent.entity == "caleol_candidat")
            .order_by(AuditEvent.id.desc())
        ).first()
        from desktop.services import audit

        after = audit.Revealer(s)(event.after)
    assert after["candidatures"] == [ids["roche"], ids["faure"]]
    assert after["motif"] == "droit d'accès" and after["fichier"] == "roche.xlsx"
    assert ROCHE not in str(after)


def test_unknown_number_empty_number_and_rights(db, actor, applicant, tmp_path):
    target = tmp_path / "x.xlsx"
    with pytest.raises(NotFoundError) as err:
        applicant_export.export_applicant(db, actor, "0330000000000", target)
    assert str(err.value) == (
        "Aucune candidature n'est enregistrée sous le numéro unique « 0330000000000 »."
    )
    with pytest.raises(NotFoundError):  # a purge pseudonym is nobody's number
        applicant_export.export_applicant(db, actor, f"anon-{applicant['roche']}", target)
    with pytest.raises(UserError) as err:
        applicant_export.export_applicant(db, actor, "  ", target)
    assert str(err.value) == "Saisissez le numéro unique du demandeur."
    reader = Actor("secretaire", "Secrétaire", role=Role.CALEOL_SECRETARY)
    with pytest.raises(PermissionDenied):
        applicant_export.export_applicant(db, reader, ROCHE, target)
    # A manager exports the candidatures of his agency's commission, not another's.
    other = agencies.create_agency(db, actor, "PAU", "Agence de Pau", "Pau")
    with db.reader() as s:
        own = s.scalar(select(Agency.id).where(Agency.code == "BXN"))
    foreign = Actor("resp.pau", "Resp Pau", role=Role.MANAGER, agency_id=other)
    with pytest.raises(PermissionDenied):
        applicant_export.export_applicant(db, foreign, ROCHE, target)
    assert not target.exists()
    mine = Actor("resp.bxn", "Resp BXN", role=Role.MANAGER, agency_id=own)
    assert applicant_export.export_applicant(db, mine, ROCHE, target) == target


def test_an_applicant_known_only_through_refused_offers_is_exported_by_his_agency(
    db, actor, applicant, tmp_path
):
    """A refused offer recorded for the cotation is his agency's through the candidature
    it was refused in (here under a number corrected since); one recorded without
    candidature (reported by the register) is no agency's: an agency manager is refused
    (and the refusal audited), as for another agency's candidature."""
    ids = applicant
    other = agencies.create_agency(db, actor, "PAU", "Agence de Pau", "Pau")
    with db.transaction() as s:
        own = s.scalar(select(Agency.id).where(Agency.code == "BXN"))
        s.execute(
            update(AdaptedRefusal)
            .where(AdaptedRefusal.numero_unique == ROCHE)
            .values(numero_unique="033260000077", candidate_id=ids["roche"])
        )
        s.add(
            AdaptedRefusal(
                numero_unique="033260000088",
                refused_on=D(2026, 11, 2),
                dwelling="Logement d'un autre bailleur",
                adapted=True,
                legitimate=False,
                reason="Étage trop haut",
                recorded_at=dt.datetime(2026, 11, 3, 9),
                recorded_by="admin",
            )
        )
    foreign = Actor("resp.pau", "Resp Pau", role=Role.MANAGER, agency_id=other)
    mine = Actor("resp.bxn", "Resp BXN", role=Role.MANAGER, agency_id=own)
    target = tmp_path / "x.xlsx"
    with pytest.raises(PermissionDenied) as err:
        applicant_export.export_applicant(db, foreign, "033260000077", target)
    assert "d'une autre agence que la vôtre" in str(err.value)
    assert applicant_export.export_applicant(db, mine, "033260000077", target) == target
    for manager in (foreign, mine):
        with pytest.raises(PermissionDenied):
            applicant_export.export_applicant(db, manager, "033260000088", tmp_path / "y.xlsx")
    assert not (tmp_path / "y.xlsx").exists()
    with db.reader() as s:
        refused = s.execute(
            select(AuditEvent.actor, AuditEvent.entity)
            .where(AuditEvent.action == "refus")
            .order_by(AuditEvent.id)
        ).all()
    assert [tuple(e) for e in refused] == [
        ("resp.pau", "caleol_candidat"),
        ("resp.pau", "cotation_refus"),
        ("resp.bxn", "cotation_refus"),
    ]
    out = applicant_export.export_applicant(db, actor, "033260000088", tmp_path / "z.xlsx")
    (row,) = rows(load_workbook(out), "Refus de propositions")
    assert row["Motif"] == "Étage trop haut"


def test_a_failed_write_leaves_no_file_and_no_audit_event(db, actor, applicant, tmp_path):
    with pytest.raises(UserError):
        applicant_export.export_applicant(db, actor, ROCHE, tmp_path / "roche.csv")
    assert list(tmp_path.glob("roche*")) == []
    with db.reader() as s:
        assert s.scalar(select(AuditEvent.id).where(AuditEvent.action == "export")) is None


def test_a_purged_candidature_is_no_longer_his(db, actor, applicant, tmp_path):
    """The purge gives the not-retained candidature a pseudonym: the export finds only
    the other one, and his refused offer recorded for the cotation goes with it."""
    ids = applicant
    retention.purge(db, actor, on=D(2028, 1, 1), only_applications={ids["faure"]})
    out = applicant_export.export_applicant(db, actor, ROCHE, tmp_path / "roche.xlsx")
    book = load_workbook(out)
    assert [r["Logement"] for r in rows(book, "Candidatures")] == ["LGT-BX-0412"]
    assert "Taux d'effort trop élevé" not in str(
        [list(r) for s in book for r in s.iter_rows(values_only=True)]
    )


def signed_minutes(db, actor, session_id: int) -> None:
    """The session's minutes as signed (the contract stored, no PDF rendered)."""
    from desktop.domain import minutes as pv
    from desktop.services.caleol.minutes.build import build_minutes
    from desktop.storage.minutes_models import MinutesVersion

    content = pv.to_json(build_minutes(db, actor, session_id))
    with db.transaction() as s:
        s.add(
            MinutesVersion(
                session_id=session_id,
                number=1,
                status="SIGNED",
                content=content,
                html_sha256="",
                pdf_path="",
                pdf_sha256="",
                created_at=dt.datetime(2026, 12, 14, 9),
                created_by="admin",
            )
        )


def test_a_purged_candidature_named_by_the_minutes_is_said_erased(db, actor, applicant, tmp_path):
    """The purge keeps no link from the applicant to his anonymised candidatures; the
    signed minutes (archives) still name him: the export says which candidatures they
    name, when their data was erased and under which rule, and nothing the purge
    erased. Even with every candidature of his purged, the export is made."""
    ids = applicant
    signed_minutes(db, actor, ids["session"])
    retention.purge(db, actor, on=D(2028, 1, 1), only_applications={ids["faure"]})
    book = load_workbook(applicant_export.export_applicant(db, actor, ROCHE, tmp_path / "a.xlsx"))
    summary = {r["Rubrique"]: r["Valeur"] for r in rows(book, "Demandeur")}
    assert summary["Candidatures examinées"] == 1
    assert summary["Candidatures effacées (nommées par un procès-verbal)"] == 1
    assert summary["Candidatures anonymisées"].startswith(
        "Une candidature dont la durée de conservation est échue est anonymisée"
    )
    (erased,) = rows(book, "Candidatures effacées")
    assert erased["Date de la séance"] == dt.datetime(2026, 12, 11)
    assert erased["Séance"] == "2026-12" and erased["Logement"] == "LGT-BX-0877"
    assert erased["Commission"] == "CALEOL Bordeaux Métropole"
    assert erased["Décision (procès-verbal)"] == "Non-attribution"
    assert erased["Données effacées le"] == dt.datetime(2028, 1, 1)
    assert erased["Durée de conservation"] == (
        "Candidature CALEOL sans suite : 12 mois (point de départ : dernière étape de la "
        "candidature (séance, courrier, réponse))"
    )
    assert erased["Procès-verbal"] == "Version 1 (Signé)"
    everything = str([list(r) for s in book for r in s.iter_rows(values_only=True)])
    assert "Taux d'effort trop élevé" not in everything  # the erased reason stays erased
    with db.reader() as s:  # and the candidature keeps no link to him
        assert s.get(Candidate, ids["faure"]).numero_unique == f"ANON-{ids['faure']}"

    retention.purge(db, actor, on=D(2028, 1, 1), only_applications={ids["roche"]})
    book = load_workbook(applicant_export.export_applicant(db, actor, ROCHE, tmp_path / "b.xlsx"))
    assert rows(book, "Candidatures") == []
    assert [r["Logement"] for r in rows(book, "Candidatures effacées")] == [
        "LGT-BX-0412",
        "LGT-BX-0877",
    ]
    # Another number the minutes do not name is still nobody's.
    with pytest.raises(NotFoundError):
        applicant_export.export_applicant(db, actor, "0330000000000", tmp_path / "c.xlsx")
    # Known now through the minutes and a refusal reported by the register: his
    # erased candidatures' agency exports him, another agency's manager is refused.
    other = agencies.create_agency(db, actor, "PAU", "Agence de Pau", "Pau")
    with db.reader() as s:
        own = s.scalar(select(Agency.id).where(Agency.code == "BXN"))
    mine = Actor("resp.bxn", "Resp BXN", role=Role.MANAGER, agency_id=own)
    book = load_workbook(applicant_export.export_applicant(db, mine, ROCHE, tmp_path / "d.xlsx"))
    assert len(rows(book, "Refus de propositions")) == 1
    foreign = Actor("resp.pau", "Resp Pau", role=Role.MANAGER, agency_id=other)
    with pytest.raises(PermissionDenied):
        applicant_export.export_applicant(db, foreign, ROCHE, tmp_path / "e.xlsx")


def test_command_line(db, db_url, actor, applicant, tmp_path, capsys):
    out = tmp_path / "roche.xlsx"
    assert main(["export-person", "--applicant", ROCHE, "--out", str(out), "--db", db_url]) == 0
    assert f"demandeur n° unique {ROCHE}" in capsys.readouterr().out
    assert [r["Logement"] for r in rows(load_workbook(out), "Candidatures")] == [
        "LGT-BX-0412",
        "LGT-BX-0877",
    ]
    code = main(["export-person", "--applicant", "999", "--out", str(out) + "2", "--db", db_url])
    assert code != 0
    assert "Aucune candidature" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stop:
        main(["export-person", "--household", "1", "--applicant", ROCHE, "--out", "x"])
    assert stop.value.code == 2
    assert "incompatible avec l'argument --household" in capsys.readouterr().err
