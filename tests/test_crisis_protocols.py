"""The crisis protocol signed with the tenant associations (issue 13): a protocol is
data (period, measures, associations), each association has its own signature block,
who signed for it and when is recorded, and its document is registered like every
letter. The produced PDF is read with pdftotext."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess

import pytest
from sqlalchemy import func, inspect, select, text

from desktop.documents import engine
from desktop.domain.errors import ConflictError, PermissionDenied, UserError, ValidationError
from desktop.domain.roles import Role
from desktop.services import crisis_protocols as cp
from desktop.services import documents
from desktop.services.context import Actor
from desktop.storage.models import AuditEvent, DocumentRecord
from tests.test_documents_pdf import libreoffice  # noqa: F401  (session fixture)

D = dt.date

FIELDS = {
    "associations": "CNL, CLCV et CSF",
    "date_conseil": "12/05/2020",
    "debut": "15/05/2020",
    "fin": "31/12/2020",
}


@pytest.fixture
def clock():
    from desktop.services.context import use_clock
    from tests.conftest import DayClock

    with use_clock(DayClock(D(2020, 5, 20))) as c:
        yield c


def folded(value: str) -> str:
    return re.sub("[\u00a0\u202f]", " ", value).replace("\u2060", "")


def docx_text(path) -> str:
    return folded("\n".join(engine.docx_paragraphs(path.read_bytes())))


def pdftotext(path) -> str:
    return folded(
        subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )


def association(view, name):
    return next(a for a in view.associations if a.name == name)


def archived_files() -> list:
    root = documents.documents_dir()
    return [p for p in root.rglob("*") if p.is_file() and ".en-cours" not in p.parts]


def test_protocol_is_recorded_with_one_row_per_association(db, actor, clock):
    view = cp.create_protocol(db, actor, FIELDS)
    assert [a.name for a in view.associations] == ["CNL", "CLCV", "CSF"]
    assert not view.signed and view.fields["debut"] == "15/05/2020"
    assert view.title == "Protocole local d'accompagnement des locataires en fragilité économique"
    summary = cp.list_protocols(db, actor)
    assert [(s.id, s.associations, s.signed) for s in summary] == [(view.id, 3, 0)]
    with db.reader() as s:
        events = s.scalars(select(AuditEvent.action).where(AuditEvent.entity == cp.ENTITY)).all()
    assert events == ["create"]


def test_document_is_registered_with_each_association_block(db, actor, clock):
    view = cp.create_protocol(db, actor, FIELDS)
    made = cp.produce_document(db, actor, view.id, pdf=False)
    assert made.pdf_path is None and made.reference.startswith("CRISE-2020-")
    text = docx_text(made.docx_path)
    for expected in (
        "PROTOCOLE LOCAL D'ACCOMPAGNEMENT",
        "charte « Covid 19",
        "CNL, CLCV et CSF",
        "du 15 mai 2020 au 31 décembre 2020",
        "échus jusqu'au 30 septembre 2020, sur 12 mois au plus",
        "en quatre exemplaires originaux",
        "Pour le bailleur",
    ):
        assert expected in text, expected
    for name in ("CNL", "CLCV", "CSF"):
        assert text.count(f"Pour l'association {name}\n") == 1, name
    # No tenant is a party: the tenants' data-protection notice is not printed.
    assert "Vos données personnelles" not in text and "votre location" not in text
    assert "RCS Bordeaux" in text  # the legal mentions are
    # The letterhead names the landlord once, then its head office.
    assert "Logis de Garonne\nSiège social\n40 quai de Bacalan" in text
    assert text.count("Nom et qualité du signataire, date et signature") == 3
    # In the register, like every letter, and audited.
    found = documents.find_by_reference(db, actor, made.reference)
    assert found.template_name == "protocole_crise_local" and found.household_id is None
    assert found.docx_path == made.docx_path
    assert [d.reference for d in cp.get_protocol(db, actor, view.id).documents] == [made.reference]
    with db.reader() as s:
        audited = s.scalars(
            select(AuditEvent.entity_id).where(
                AuditEvent.entity == "document", AuditEvent.action == "courrier"
            )
        ).all()
    assert audited == [found.id]


def test_protocol_is_made_at_the_head_office(db, actor, clock, monkeypatch):
    """The protocol is the landlord's, not an agency's: made at the head office's town
    (not at the town of the agency of the sample household the context starts from)."""
    import dataclasses

    from desktop.services import organisation

    profile = organisation.load_profile(db)
    monkeypatch.setattr(
        organisation, "load_profile", lambda db: dataclasses.replace(profile, place="Talence")
    )
    view = cp.create_protocol(db, actor, FIELDS)
    text = docx_text(cp.produce_document(db, actor, view.id, pdf=False).docx_path)
    assert "Fait à Talence, le " in text


def test_period_measures_and_associations_are_data(db, actor):
    view = cp.create_protocol(
        db,
        actor,
        {
            "titre": "Protocole inondations 2027",
            "cadre": "Accord local du 3 mars 2027",
            "associations": "CLCV, CNL, DAL, CSF, AFOC",
            "date_conseil": "01/03/2027",
            "debut": "05/03/2027",
            "fin": "30/09/2027",
            "mesures": "Relogement temporaire\nLes ménages sinistrés sont relogés sans frais.\n\n"
            "Report des loyers\nLes loyers de mars à mai sont reportés.",
        },
    )
    made = cp.produce_document(db, actor, view.id, pdf=False, on=D(2027, 3, 4))
    text = docx_text(made.docx_path)
    assert "PROTOCOLE INONDATIONS 2027" in text and "Accord local du 3 mars 2027" in text
    assert "Covid" not in text and "4 mai 2020" not in text
    assert "1. Relogement temporaire\nLes ménages sinistrés sont relogés sans frais." in text
    assert "2. Report des loyers" in text and "3. Le suivi" in text
    assert "du 5 mars 2027 au 30 septembre 2027" in text
    assert "en six exemplaires originaux" in text
    assert [
        n for n in ("CLCV", "CNL", "DAL", "CSF", "AFOC") if f"Pour l'association {n}\n" in text
    ] == ["CLCV", "CNL", "DAL", "CSF", "AFOC"]


def test_signatures_are_recorded_and_printed_in_the_pdf(db, actor, clock, libreoffice):  # noqa: F811
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    view = cp.create_protocol(db, actor, FIELDS)
    view = cp.record_signature(
        db,
        actor,
        view.id,
        association(view, "CNL").id,
        "  Mme Annie   Petit ",
        D(2020, 5, 18),
        view.version,
        signatory_role="présidente de la fédération",
    )
    view = cp.record_signature(
        db,
        actor,
        view.id,
        association(view, "CSF").id,
        "M. Karim Haddad",
        D(2020, 5, 19),
        view.version,
    )
    cnl = association(view, "CNL")
    assert (cnl.signatory, cnl.signatory_role, cnl.signed_on) == (
        "Mme Annie Petit",
        "présidente de la fédération",
        D(2020, 5, 18),
    )
    assert cnl.recorded_by == actor.username and cnl.recorded_at is not None
    assert [a.name for a in view.signed] == ["CNL", "CSF"]

    made = cp.produce_document(db, actor, view.id)
    assert made.pdf_path is not None and made.pdf_path.exists() and made.signatures == 2
    page = pdftotext(made.pdf_path)
    blocks = re.split(r"Pour l'association ", page)[1:]
    by_name = {b.split("\n", 1)[0].strip(): b for b in blocks}
    assert set(by_name) == {"CNL", "CLCV", "CSF"}
    assert "Mme Annie Petit, présidente de la fédération" in by_name["CNL"]
    assert "Signé le 18 mai 2020" in by_name["CNL"]
    assert "M. Karim Haddad" in by_name["CSF"] and "Signé le 19 mai 2020" in by_name["CSF"]
    assert "Nom et qualité du signataire" in by_name["CLCV"] and "Signé" not in by_name["CLCV"]
    record = documents.find_by_reference(db, actor, made.reference)
    assert record.pdf_path == made.pdf_path and record.pdf_sha256
    with db.reader() as s:
        actions = s.scalars(
            select(AuditEvent.action).where(AuditEvent.entity == cp.ENTITY).order_by(AuditEvent.id)
        ).all()
    assert actions == ["create", "protocole_crise_signature", "protocole_crise_signature"]


def test_a_protocol_signed_by_every_association_is_dated_as_concluded(db, actor, clock):
    """Printed again years later, a protocol every association signed says the day it
    was concluded (the last signature), not the day it is printed; one still being
    signed is an edition of the day."""
    view = cp.create_protocol(db, actor, FIELDS)
    for name, day in (("CNL", 18), ("CLCV", 19)):
        view = cp.record_signature(
            db,
            actor,
            view.id,
            association(view, name).id,
            "M. Un Tel",
            D(2020, 5, day),
            view.version,
        )
    text = docx_text(cp.produce_document(db, actor, view.id, pdf=False).docx_path)
    assert "Fait à Bordeaux, le 20 mai 2020" in text  # CSF has not signed: today's edition
    view = cp.record_signature(
        db,
        actor,
        view.id,
        association(view, "CSF").id,
        "Mme Une Telle",
        D(2020, 5, 19),
        view.version,
    )
    clock.day = D(2026, 12, 7)
    text = docx_text(cp.produce_document(db, actor, view.id, pdf=False).docx_path)
    assert "Fait à Bordeaux, le 19 mai 2020" in text and "7 décembre 2026" not in text


def test_a_signature_can_be_corrected_and_the_audit_keeps_the_first(db, actor, clock):
    view = cp.create_protocol(db, actor, FIELDS)
    clcv = association(view, "CLCV").id
    view = cp.record_signature(
        db, actor, view.id, clcv, "M. Paul Roux", D(2020, 5, 2), view.version
    )
    view = cp.record_signature(
        db, actor, view.id, clcv, "M. Paul Rioux", D(2020, 5, 3), view.version
    )
    assert association(view, "CLCV").signatory == "M. Paul Rioux"
    with db.reader() as s:
        before, after = s.execute(
            select(AuditEvent.before, AuditEvent.after)
            .where(AuditEvent.action == "protocole_crise_signature")
            .order_by(AuditEvent.id.desc())
        ).first()
    assert "M. Paul Roux" in str(before) and "M. Paul Rioux" in str(after)


def test_bad_input_is_refused_in_french_and_nothing_is_written(db, actor, clock):
    with pytest.raises(ValidationError) as caught:
        cp.create_protocol(db, actor, {**FIELDS, "associations": "", "fin": "01/05/2020"})
    assert set(caught.value.fields) == {"associations", "fin"}
    assert "est avant" in caught.value.fields["fin"].render()
    view = cp.create_protocol(db, actor, FIELDS)
    cnl = association(view, "CNL").id
    with pytest.raises(ValidationError) as caught:
        cp.record_signature(db, actor, view.id, cnl, " ", D(2020, 6, 1), view.version)
    assert set(caught.value.fields) == {"signatory", "signed_on"}
    assert caught.value.fields["signed_on"].render() == (
        "La date de signature (01/06/2020) est dans le futur."
    )
    with pytest.raises(ValidationError):
        cp.record_signature(db, actor, view.id, cnl, "Mme A", None, view.version)
    with pytest.raises(UserError):
        cp.record_signature(db, actor, view.id, 999999, "Mme A", D(2020, 5, 1), view.version)
    with pytest.raises(UserError):
        cp.get_protocol(db, actor, 999999)
    after = cp.get_protocol(db, actor, view.id)
    assert not after.signed and after.version == view.version
    with db.reader() as s:
        assert s.scalar(select(func.count()).select_from(DocumentRecord)) == 0


def test_text_can_change_before_any_signature_not_after(db, actor, clock):
    view = cp.create_protocol(db, actor, FIELDS)
    ids = {a.name: a.id for a in view.associations}
    view = cp.update_protocol(
        db, actor, view.id, {**FIELDS, "associations": "CLCV, CNL, AFOC"}, view.version
    )
    assert [a.name for a in view.associations] == ["CLCV", "CNL", "AFOC"]
    assert association(view, "CNL").id == ids["CNL"]  # kept, with its place changed
    stale = view.version
    view = cp.record_signature(
        db, actor, view.id, association(view, "AFOC").id, "Mme Lina Costa", D(2020, 5, 15), stale
    )
    with pytest.raises(ConflictError):
        cp.update_protocol(db, actor, view.id, {**FIELDS, "suivi": "Chaque mois."}, stale)
    with pytest.raises(UserError) as caught:
        cp.update_protocol(db, actor, view.id, {**FIELDS, "suivi": "Chaque mois."}, view.version)
    assert "déjà signé par AFOC" in caught.value.message.render()
    assert cp.get_protocol(db, actor, view.id).fields.get("suivi") != "Chaque mois."


def test_a_failed_conversion_registers_nothing_and_leaves_no_file(db, actor, clock, monkeypatch):
    from desktop.documents import convert

    view = cp.create_protocol(db, actor, FIELDS)
    monkeypatch.setattr(documents, "pdf_available", lambda: True)

    def broken(docx, out_dir):
        raise UserError(cp.message("La conversion a échoué."))

    monkeypatch.setattr(convert, "convert_one", broken)
    with pytest.raises(UserError):
        cp.produce_document(db, actor, view.id)
    assert archived_files() == []
    with db.reader() as s:
        assert s.scalar(select(func.count()).select_from(DocumentRecord)) == 0
    assert cp.get_protocol(db, actor, view.id).documents == ()


def test_a_reader_cannot_record_a_signature(db, actor, clock):
    view = cp.create_protocol(db, actor, FIELDS)
    auditor = Actor("audit.test", "Auditeur Test", role=Role.AUDITOR)
    with pytest.raises(PermissionDenied):
        cp.record_signature(
            db, auditor, view.id, view.associations[0].id, "Mme A", D(2020, 5, 1), view.version
        )


def test_migration_0016_down_and_up_on_a_filled_base(db, actor, clock, agency, make_file):
    from alembic import command

    from desktop.services import tenants
    from desktop.storage.db import alembic_config

    household = tenants.create_tenant_file(db, actor, make_file(1))
    view = cp.create_protocol(db, actor, FIELDS)
    view = cp.record_signature(
        db, actor, view.id, view.associations[0].id, "Mme Annie Petit", D(2020, 5, 18), view.version
    )
    cp.produce_document(db, actor, view.id, pdf=False)
    cfg = alembic_config(db.engine)
    with db.engine.begin() as c:
        cfg.attributes["connection"] = c
        command.downgrade(cfg, "0014")
    with db.engine.connect() as c:
        tables = set(inspect(c).get_table_names())
        assert not {t for t in tables if t.startswith("crisis_protocol")}
        # The rest of the base is untouched: the tenant file and the registered document.
        assert c.execute(text("SELECT count(*) FROM household")).scalar() == 1
        assert c.execute(text("SELECT count(*) FROM document")).scalar() == 1
    db.upgrade()
    assert db.schema_revision() >= "0016"
    with db.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM crisis_protocol")).scalar() == 0
    fresh = cp.create_protocol(db, actor, FIELDS)
    assert len(fresh.associations) == 3
    assert tenants.get_tenant_file(db, actor, household) is not None


def test_command_line_writes_signs_and_produces(db, db_url, actor, clock, capsys):
    from desktop.cli import main

    fields = [f"--field={k}={v}" for k, v in FIELDS.items()]
    assert main(["crise", "create", "--db", db_url, *fields[1:]]) == 2
    assert "Associations signataires" in capsys.readouterr().err  # refused in French
    assert main(["crise", "create", "--db", db_url, *fields]) == 0
    out = capsys.readouterr().out
    protocol_id = int(re.search(r"Protocole n° (\d+) enregistré", out).group(1))
    assert "  - CLCV : pas encore signé" in out
    sign = ["crise", "sign", str(protocol_id), "--db", db_url, "--signatory", "Mme Annie Petit"]
    assert main([*sign, "--association", "DAL", "--date", "18/05/2020"]) == 2
    assert "« DAL » n'est pas signataire de ce protocole" in capsys.readouterr().err
    assert main([*sign, "--association", "cnl", "--date", "18/13/2020"]) == 2
    assert "Date de signature attendue (jj/mm/aaaa)" in capsys.readouterr().err
    assert (
        main([*sign, "--association", "cnl", "--date", "18/05/2020", "--role", "présidente"]) == 0
    )
    assert "  - CNL : Mme Annie Petit, présidente, le 18/05/2020" in capsys.readouterr().out
    edit = ["crise", "edit", str(protocol_id), "--db", db_url, "--field", "suivi=Chaque mois."]
    assert main(edit) == 2
    assert "déjà signé par CNL" in capsys.readouterr().err
    assert main(["crise", "document", str(protocol_id), "--db", db_url, "--no-pdf"]) == 0
    out = capsys.readouterr().out
    reference = re.search(r"Document (CRISE-2020-\w+) enregistré", out).group(1)
    assert documents.find_by_reference(db, actor, reference).template_name == cp.TEMPLATE
    assert main(["crise", "show", str(protocol_id), "--db", db_url]) == 0
    assert f"Document {reference} (1 signature) : " in capsys.readouterr().out
    assert main(["crise", "list", "--db", db_url]) == 0
    assert "\tsignatures : 1/3" in capsys.readouterr().out
    assert [str(cp.signatures_counted(n)) for n in (0, 1, 3)] == [
        "aucune signature",
        "1 signature",
        "3 signatures",
    ]


def test_implausible_dates_and_reversed_titles_are_refused(db, actor):
    from desktop.domain.errors import ValidationError

    with pytest.raises(ValidationError) as err:
        cp.create_protocol(
            db,
            actor,
            {**FIELDS, "titre": "\u202eProtocole", "debut": "01/01/0001", "fin": "31/12/9999"},
        )
    said = {k: str(v) for k, v in err.value.fields.items()}
    assert said["titre"].startswith("« Titre » : caractères invisibles qui inversent le sens")
    assert said["debut"] == (
        "« Applicable du » : Date non plausible : 01/01/0001 (attendu entre 1900 et 2199)."
    )
    assert said["fin"].startswith("« Applicable jusqu'au » : Date non plausible : 31/12/9999")
    assert cp.list_protocols(db, actor) == []
