"""Letters as services (DOCX only, no word processor): the register, the timeline,
batches with failures and cancel, reprint checks, rights, the command line."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import time
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import select

from desktop.cli import main as cli_main
from desktop.documents import engine
from desktop.documents.files import sha256_file
from desktop.domain.errors import PermissionDenied, UserError, ValidationError
from desktop.domain.roles import Role
from desktop.services import agencies, documents, tenants
from desktop.services.context import Actor
from desktop.storage.models import AuditEvent, DocumentRecord


def text_of(path: Path) -> str:
    text = "\n".join(engine.docx_paragraphs(path.read_bytes()))
    return re.sub("[\u00a0\u202f]", " ", text).replace("\u2060", "")


@pytest.fixture
def households(db, actor, agency, make_file):
    ids = []
    for n, (name, postcode, balance) in enumerate(
        [
            ("Dupont", "33300", "250.00"),
            ("Lefèvre", "33000", "1234.56"),
            ("Martin", "33100", "0.00"),
        ],
        start=1,
    ):
        data = make_file(n)
        data.occupants[0].last_name = name
        data.dwelling.postcode = postcode
        data.balance = Decimal(balance)
        ids.append(tenants.create_tenant_file(db, actor, data))
    return ids


def registered(db) -> list[DocumentRecord]:
    with db.reader() as s:
        rows = list(s.query(DocumentRecord).order_by(DocumentRecord.id))
        s.expunge_all()
        return rows


def test_a_letter_is_made_registered_and_shown_in_the_timeline(db, actor, households):
    hid = households[1]
    options = documents.LetterOptions(
        "relance_impaye", pdf=False, fields={"periode": "octobre 2026"}
    )
    view = documents.produce_letter(db, actor, hid, options)
    assert view.docx_path.is_file() and view.pdf_path is None
    assert view.docx_sha256 == sha256_file(view.docx_path)
    assert view.template_version == "1.1" and view.registered_mail
    text = text_of(view.docx_path)
    assert "Mme Élodie LEFÈVRE" in text and "12 RUE DES LILAS" in text
    assert "mille deux cent trente-quatre euros et cinquante-six centimes" in text
    assert f"Réf. {view.reference}" in text
    timeline = tenants.get_tenant_file(db, actor, hid).timeline
    assert timeline[0].kind == documents.EVENT_DOCUMENT
    assert timeline[0].summary.startswith(view.reference)
    assert [d.reference for d in documents.list_documents(db, actor, hid)] == [view.reference]
    with db.reader() as s:
        assert s.query(AuditEvent).filter_by(action="courrier", entity_id=view.id).count() == 1


def test_reprint_checks_the_file_is_unchanged(db, actor, households):
    view = documents.produce_letter(
        db, actor, households[0], documents.LetterOptions("courrier_libre", pdf=False)
    )
    assert documents.open_for_reprint(db, actor, view.id).reference == view.reference
    view.docx_path.write_bytes(view.docx_path.read_bytes() + b"x")
    with pytest.raises(UserError) as err:
        documents.open_for_reprint(db, actor, view.id)
    assert "a été modifié depuis sa production" in str(err.value)
    view.docx_path.unlink()
    assert "introuvable" in str(documents.check_files(view))


def test_reprint_catches_a_register_line_rewritten_with_its_file(db, actor, households):
    """Someone with the database's credentials replaces a letter's file and writes its
    new SHA-256 into the register: the digest the audit trail recorded at production
    (chained, append-only) no longer matches, and the letter is not reopened."""
    from sqlalchemy import update

    view = documents.produce_letter(
        db, actor, households[0], documents.LetterOptions("courrier_libre", pdf=False)
    )
    forged = view.docx_path.read_bytes() + b"montant modifie"
    view.docx_path.write_bytes(forged)
    with db.transaction() as s:
        s.execute(
            update(DocumentRecord)
            .where(DocumentRecord.id == view.id)
            .values(docx_sha256=sha256_file(view.docx_path))
        )
    assert documents.check_files(documents.get_document(db, actor, view.id)) is None
    with pytest.raises(UserError) as err:
        documents.open_for_reprint(db, actor, view.id)
    message = str(err.value)
    assert "Le registre des documents a été modifié hors de Parcours" in message
    assert view.reference in message
    with db.reader() as s:
        refusal = s.scalars(
            select(AuditEvent).where(AuditEvent.action == "refus", AuditEvent.entity_id == view.id)
        ).one()
        assert refusal.after["motif"] == "registre modifié hors de l'application"
        reprints = s.query(AuditEvent).filter_by(action="reimpression", entity_id=view.id)
        assert reprints.count() == 0


def test_missing_free_field_is_refused_before_anything_is_written(db, actor, households):
    options = documents.LetterOptions("courrier_libre", pdf=False, fields={"corps": "  "})
    # The default text fills an empty field; a required field with no default is refused.
    documents.produce_letter(db, actor, households[0], options)
    options = documents.LetterOptions(
        "relance_impaye", pdf=False, fields={"date_limite": "pas une date"}
    )
    with pytest.raises(ValidationError) as err:
        documents.produce_letter(db, actor, households[0], options)
    assert "date_limite" in err.value.fields
    assert len(registered(db)) == 1


def test_agent_of_another_agency_cannot_write_to_a_tenant(db, actor, households):
    other = agencies.create_agency(db, actor, "MER", "Agence de Mérignac")
    agent = Actor("agent.mer", "Agent Mérignac", role=Role.AGENT, agency_id=other)
    with pytest.raises(PermissionDenied):
        documents.produce_letter(
            db, agent, households[0], documents.LetterOptions("courrier_libre", pdf=False)
        )
    assert registered(db) == []


def test_batch_with_files_of_another_agency_is_refused_audited_and_names_none(
    db, actor, households
):
    other = agencies.create_agency(db, actor, "MER", "Agence de Mérignac")
    agent = Actor("agent.mer", "Agent Mérignac", role=Role.AGENT, agency_id=other)
    result = documents.run_batch(
        db,
        agent,
        documents.BatchRequest(
            documents.LetterOptions("courrier_libre", pdf=False), household_ids=households[:2]
        ),
    )
    assert result.produced == 0 and registered(db) == []
    assert sorted(f.household_id for f in result.failures) == sorted(households[:2])
    assert all(f.name == "" and "autre agence" in str(f.message) for f in result.failures)
    with db.reader() as s:
        refusals = s.execute(
            select(AuditEvent.actor, AuditEvent.entity_id, AuditEvent.after).where(
                AuditEvent.action == "refus"
            )
        ).all()
    assert sorted(r.entity_id for r in refusals) == sorted(households[:2])
    assert all(r.actor == "agent.mer" and r.after["action"] == "publipostage" for r in refusals)


def test_batch_in_postcode_order_with_a_failure_listed(db, actor, households, tmp_path):
    # One tenant without a usable address: reported, the others are made.
    with db.transaction() as s:
        from desktop.storage.models import Dwelling, Household

        h = s.get(Household, households[2])
        s.get(Dwelling, h.dwelling_id).address_line = ""
    # A batch killed while copying into this print folder left its temporary file.
    left = tmp_path / "lot" / ".tmp-k1ll3d.docx"
    left.parent.mkdir()
    left.write_bytes(b"half a letter")
    old = time.time() - 2 * 3600
    os.utime(left, (old, old))
    seen = []
    result = documents.run_batch(
        db,
        actor,
        documents.BatchRequest(
            documents.LetterOptions("relance_impaye", pdf=False),
            household_ids=households,
            out_dir=tmp_path / "lot",
        ),
        progress=seen.append,
    )
    assert result.produced == 2 and not result.cancelled
    assert [f.household_id for f in result.failures] == [households[2]]
    assert "Adresse sans numéro ni voie" in str(result.failures[0].message)
    # Postcode order: 33000 (Lefèvre) before 33300 (Dupont).
    assert [d.household_id for d in result.documents] == [households[1], households[0]]
    assert seen[-1].fraction == 1.0 and seen[-1].letters_done == 2
    # Each letter has its own amount: the free field defaults to the tenant's balance.
    assert "250,00" in text_of(result.documents[1].docx_path)
    assert sorted(p.suffix for p in (tmp_path / "lot").iterdir()) == [".docx", ".docx"]


def test_a_reference_drawn_twice_in_a_batch_loses_only_that_letter(
    db, actor, households, monkeypatch
):
    # The register refuses a reference twice: the chunk is registered again letter by
    # letter, the letter whose reference is taken is listed, the others are kept.
    from desktop.services.documents import common

    drawn = iter(["BX-2026-AAAAAA", "BX-2026-AAAAAA", "BX-2026-BBBBBB"])
    monkeypatch.setattr(common, "new_reference", lambda agency, on: next(drawn))
    result = documents.run_batch(
        db,
        actor,
        documents.BatchRequest(
            documents.LetterOptions("courrier_libre", pdf=False), household_ids=households
        ),
    )
    assert result.produced == 2
    assert sorted(r.reference for r in registered(db)) == ["BX-2026-AAAAAA", "BX-2026-BBBBBB"]
    (failure,) = result.failures
    assert str(failure.message) == (
        "Enregistrement impossible : la référence tirée pour ce courrier l'a déjà été pour "
        "un autre. Relancez ce courrier seul."
    )  # not the database's own (English) words
    assert failure.name  # the actor's own agency: the tenant is named
    kept = {r.docx_path for r in registered(db)}
    archived = {str(p) for p in documents.documents_dir().rglob("*.docx")}
    assert archived == kept  # the refused letter's file is not left in the archive


def test_a_letter_whose_docx_cannot_follow_its_pdf_leaves_nothing_in_the_archive(
    db, actor, households, monkeypatch
):
    # The PDF is moved into the archive, then the DOCX is refused (a share gone, a
    # full disk): the PDF goes back, nothing is registered, the user reads why in French.
    from desktop.documents import convert
    from desktop.services.documents import common

    def fake_pdf(docx: Path, out_dir: Path) -> Path:
        out_dir.mkdir(parents=True, exist_ok=True)
        pdf = out_dir / f"{docx.stem}.pdf"
        pdf.write_bytes(b"%PDF-1.4 fake")
        return pdf

    move = common.atomic_move

    def refuse_docx(source, target):
        if Path(target).suffix == ".docx":
            raise OSError(28, "No space left on device", str(target))
        return move(source, target)

    monkeypatch.setattr(common, "pdf_available", lambda: True)
    monkeypatch.setattr(convert, "convert_one", fake_pdf)
    monkeypatch.setattr(common, "atomic_move", refuse_docx)
    hid = households[0]
    options = documents.LetterOptions("courrier_libre", pdf=True, fields={"corps": "Bonjour"})
    with pytest.raises(UserError) as refused:
        documents.produce_letter(db, actor, hid, options)
    text = str(refused.value.message)
    assert text.startswith("Le courrier n'a pas pu être rangé dans l'archive des documents")
    assert "disque plein" in text and "Rien n'a été enregistré" in text
    assert [p for p in documents.documents_dir().rglob("*") if p.is_file()] == []
    assert registered(db) == []
    with db.reader() as s:
        assert s.query(AuditEvent).filter_by(action="courrier").count() == 0
    timeline = tenants.get_tenant_file(db, actor, hid).timeline
    assert all(item.kind != documents.EVENT_DOCUMENT for item in timeline)
    # The next try, the archive back, makes the letter and its PDF whole.
    monkeypatch.setattr(common, "atomic_move", move)
    view = documents.produce_letter(db, actor, hid, options)
    assert view.docx_path.is_file() and view.pdf_path is not None and view.pdf_path.is_file()
    assert len(registered(db)) == 1


def test_a_batch_the_archive_refuses_stops_saying_what_was_kept(db, actor, households, monkeypatch):
    # The second letter's file is refused: the batch stops; the first letter, moved
    # already, goes back with it, nothing of the chunk is registered, and the message
    # says so of the batch (not « le courrier »).
    from desktop.services.documents import common

    move = common.atomic_move
    moved: list[Path] = []

    def refuse_second(source, target):
        if len(moved) == 1:
            raise OSError(13, "Permission denied", str(target))
        moved.append(Path(target))
        return move(source, target)

    monkeypatch.setattr(common, "atomic_move", refuse_second)
    request = documents.BatchRequest(
        documents.LetterOptions("courrier_libre", pdf=False, fields={"corps": "Bonjour"}),
        household_ids=households,
    )
    with pytest.raises(UserError) as refused:
        documents.run_batch(db, actor, request)
    text = str(refused.value.message)
    assert text.startswith("Publipostage interrompu : l'archive des documents a refusé")
    assert "accès refusé" in text and "Les courriers déjà rangés restent au registre" in text
    assert moved and not moved[0].exists()  # the first letter's file went back
    archive = documents.documents_dir()
    assert [p for p in archive.rglob("*") if p.suffix in (".docx", ".pdf")] == []
    assert registered(db) == []  # (its journal stays: the batch did not end)


def test_no_arrears_reminder_to_a_tenant_who_owes_nothing(db, actor, households, tmp_path):
    # Martin's balance is 0,00 €: a "loyers impayés" letter claiming it is refused for
    # him (listed with the reason), the two tenants in arrears get theirs.
    result = documents.run_batch(
        db,
        actor,
        documents.BatchRequest(
            documents.LetterOptions("relance_impaye", pdf=False, fields={"periode": "octobre"}),
            household_ids=households,
            out_dir=tmp_path / "lot",
        ),
    )
    assert sorted(d.household_id for d in result.documents) == sorted(households[:2])
    [failure] = result.failures
    assert failure.household_id == households[2]
    assert "« Montant dû » : 0,00\u00a0€" in str(failure.message)
    assert "montant positif est attendu" in str(failure.message)
    assert [r.household_id for r in registered(db)] == [households[1], households[0]]
    # A reminder of a typed amount is refused the same way in the letter form.
    with pytest.raises(ValidationError) as refused:
        documents.produce_letter(
            db,
            actor,
            households[0],
            documents.LetterOptions(
                "relance_impaye", pdf=False, fields={"montant_du": "-5", "periode": "octobre"}
            ),
        )
    assert "montant positif" in str(refused.value.message)


def test_cancelled_batch_registers_only_whole_letters(db, actor, tmp_path):
    from desktop.services import demo

    demo.generate(db, actor, 60)
    calls = {"n": 0}

    def cancel_after_25() -> bool:
        calls["n"] += 1
        return calls["n"] > 25

    result = documents.run_batch(
        db,
        actor,
        documents.BatchRequest(
            documents.LetterOptions("courrier_libre", pdf=False), query=tenants.TenantQuery()
        ),
        cancelled=cancel_after_25,
    )
    assert result.cancelled
    rows = registered(db)
    assert 5 <= result.produced <= 25  # letters rendered ahead are dropped, not registered
    assert len(rows) == result.produced
    for r in rows:
        assert sha256_file(r.docx_path) == r.docx_sha256
        Document(io.BytesIO(Path(r.docx_path).read_bytes()))
    archive = documents.documents_dir()
    files = [p for p in archive.rglob("*") if p.is_file()]
    assert len(files) == result.produced  # no stray half-made or temporary file
    assert not any(p.name.startswith(".tmp") for p in files)


def test_letters_command_line(db, actor, households, tmp_path, capsys, monkeypatch):
    out = tmp_path / "sortie"
    code = cli_main(
        [
            "letters",
            "--db",
            db.url,
            "--template",
            "relance_impaye",
            "--agency",
            "BXN",
            "--arrears",
            "--out",
            str(out),
            "--field",
            "periode=octobre 2026",
        ]
    )
    printed = capsys.readouterr().out
    assert code == 0, printed
    assert "Courriers produits : 2" in printed
    assert len(list(out.glob("*.docx"))) == 2
    code = cli_main(["letters", "--db", db.url, "--template", "inconnu", "--out", str(out)])
    assert code == 2
    assert "Modèle inconnu" in capsys.readouterr().err


def test_a_letter_is_dated_from_its_agency_town(db, actor, make_file):
    """An agency the organisation profile does not describe (created in Parcours with
    its town) dates its letters from that town, not from the head office's."""
    agencies.create_agency(db, actor, "PAP", "Agence Pointe-à-Pitre", "Pointe-à-Pitre")
    data = make_file(7)
    data.dwelling.agency_code = "PAP"
    data.dwelling.postcode, data.dwelling.city = "97110", "Pointe-à-Pitre"
    hid = tenants.create_tenant_file(db, actor, data)
    made = documents.produce_letter(
        db,
        actor,
        hid,
        documents.LetterOptions(
            "attestation_logement",
            pdf=False,
            fields={"motif": "dossier CAF"},
            on=dt.date(2026, 3, 1),
        ),
    )
    text = text_of(made.docx_path)
    assert "Fait à Pointe-à-Pitre, le 1er mars 2026" in text
    assert "Bordeaux, le" not in text


def test_templates_command_checks_the_library(capsys):
    assert cli_main(["templates", "--check"]) == 0
    printed = capsys.readouterr().out
    assert "relance_impaye" in printed and "modèle correct" in printed


def test_preview_uses_the_sample_tenant_when_none_is_chosen(db, actor):
    preview = documents.preview_letter(
        db,
        actor,
        None,
        documents.LetterOptions(
            "attestation_logement", fields={"motif": "dossier CAF"}, on=dt.date(2026, 3, 1)
        ),
    )
    text = re.sub("[\u00a0\u202f]", " ", "\n".join(preview.paragraphs))
    assert "ATTESTATION DE LOGEMENT" in text
    assert "Fait à Bordeaux, le 1er mars 2026" in text
    assert "pour : dossier CAF" in text
    assert registered(db) == []


def test_a_huge_or_invisible_subject_is_refused_before_any_letter(db, actor, households, tmp_path):
    for subject, said in (
        ("x" * 100_000, "L'objet du courrier : 300 caractères au plus."),
        ("Relance\x00", "caractères de contrôle ou invisibles"),
        ("\u202eecnaler", "caractères de contrôle ou invisibles"),
    ):
        options = documents.LetterOptions("courrier_libre", pdf=False, subject=subject)
        with pytest.raises(ValidationError) as err:
            documents.run_batch(
                db, actor, documents.BatchRequest(options, households, out_dir=tmp_path / "lot")
            )
        assert said in str(err.value.fields["subject"])
        with pytest.raises(ValidationError):
            documents.produce_letter(db, actor, households[0], options)
    assert registered(db) == [] and not (tmp_path / "lot").exists()


def test_a_batch_failure_says_which_fields_to_correct(db, actor, households, tmp_path):
    options = documents.LetterOptions(
        "notification_defaillance",
        pdf=False,
        fields={"date_signature": "31/02/2026", "date_defaillance": "demain", "motifs": "x"},
    )
    result = documents.run_batch(
        db, actor, documents.BatchRequest(options, households[:1], out_dir=tmp_path / "lot")
    )
    said = str(result.failures[0].message)
    assert said.startswith("La saisie comporte")
    assert "« Accord signé le » : date attendue" in said
    assert "« Défaillance constatée le » : date attendue" in said


def test_a_free_field_the_template_does_not_have_is_refused(db, households, tmp_path, capsys):
    out = tmp_path / "sortie"
    base = ["letters", "--db", db.url, "--template", "courrier_libre", "--out", str(out)]
    base += ["--ids", str(households[0])]
    assert cli_main([*base, "--field", "texte=Madame, Monsieur"]) == 2
    err = capsys.readouterr().err
    assert "Champ inconnu du modèle « courrier_libre » : texte" in err
    assert "corps, pieces_jointes" in err and not out.exists()
    # The name as « parcours templates » lists it is accepted.
    assert cli_main([*base, "--field", "champs.corps=Madame, Monsieur"]) == 0
    assert "Madame, Monsieur" in text_of(next(out.glob("*.docx")))
    assert cli_main([*base, "--subject", "x" * 301]) == 2
    assert "--subject : L'objet du courrier : 300 caractères au plus." in capsys.readouterr().err


def test_the_batch_after_a_killed_one_says_so(db, households, tmp_path, capsys):
    """kill -9 during an ordinary batch: its finished letters are registered, the others
    were never made; the next batch cleans its staging folder up and tells the user."""
    dead = documents.documents_dir() / documents.STAGING / "lot-tue"
    dead.mkdir(parents=True)
    (dead / ".verrou").touch()  # its owner is gone: nobody holds the lock
    (dead / "00000-BXN-2026-XXXXXX.docx").write_bytes(b"x" * 100)
    # A single letter killed as well: its folder goes, and it is no "publipostage".
    letter = documents.documents_dir() / documents.STAGING / "lettre-tue"
    letter.mkdir()
    (letter / ".verrou").touch()
    (letter / "BXN-2026-YYYYYY.docx").write_bytes(b"x" * 100)
    argv = ["letters", "--db", db.url, "--template", "courrier_libre", "--out", str(tmp_path / "l")]
    argv += ["--ids", str(households[0]), "--field", "corps=Madame, Monsieur"]
    assert cli_main(argv) == 0
    out, err = capsys.readouterr()
    assert "Courriers produits : 1" in out
    assert err == (
        "parcours : 1 publipostage précédent arrêté avant la fin (arrêt brutal) : seuls ses "
        "courriers terminés figurent au registre des documents, les autres n'ont pas été "
        "faits.\n"
    )
    assert not dead.exists() and not letter.exists()
    assert cli_main(argv) == 0  # said once
    assert capsys.readouterr().err == ""


def test_a_single_letter_is_staged_apart_from_the_batches(db, actor, households, monkeypatch):
    """A single letter killed half-way is swept with the batches' folders, but is not
    counted as an interrupted batch: it is staged under another name."""
    from desktop.services.documents import staging

    staged = []
    remove = staging._Staging.remove
    monkeypatch.setattr(
        staging._Staging, "remove", lambda self: (staged.append(self.path.name), remove(self))
    )
    options = documents.LetterOptions("courrier_libre", pdf=False, fields={"corps": "Bonjour"})
    documents.produce_letter(db, actor, households[0], options)
    assert [name.split("-")[0] for name in staged] == ["lettre"]


def test_two_killed_batches_are_said_in_the_plural():
    from desktop.services.documents.batch import _interrupted_notice

    assert str(_interrupted_notice(2)).startswith(
        "2 publipostages précédents arrêtés avant la fin (arrêt brutal) : seuls leurs courriers "
    )


KILLED_AT_SECOND_LETTER = """
import os, signal, sys
from desktop.services.documents import batch, common
batch.REGISTER_CHUNK = 1  # each letter registered as soon as it is made
real, calls = common.sync_files, []
def sync_files(paths):
    calls.append(1)
    if len(calls) == 2:  # kill -9: the second letter in the archive, not yet registered
        os.kill(os.getpid(), signal.SIGKILL)
    return real(paths)
common.sync_files = sync_files
from desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.skipif(not hasattr(__import__("signal"), "SIGKILL"), reason="kill -9: POSIX")
def test_a_killed_batch_names_the_letters_not_made_and_makes_just_those(
    db, actor, households, tmp_path, capsys
):
    """kill -9 of a real ``parcours letters`` half-way: the next batch names the tenants
    without their letter, and « --resume LOT » makes just those; the print folder then
    holds the whole batch, each letter once."""
    import os
    import subprocess
    import sys

    out = tmp_path / "lot"
    argv = ["letters", "--db", db.url, "--template", "courrier_libre", "--out", str(out)]
    argv += ["--ids", ",".join(map(str, households)), "--field", "corps=Madame, Monsieur"]
    done = subprocess.run(
        [sys.executable, "-c", KILLED_AT_SECOND_LETTER, *argv],
        cwd=Path(__file__).resolve().parent.parent,
        env=os.environ.copy(),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == -9, done.stderr
    [first] = registered(db)  # Lefèvre (33000): registered before the kill
    assert first.household_id == households[1]
    lot = first.batch_id
    assert not out.exists()  # nothing delivered, nothing half-written

    def archive() -> list[str]:
        folder = documents.documents_dir()
        return sorted(str(p) for p in folder.glob("[0-9]*/*/*") if p.is_file())

    assert len(archive()) == 2  # the second letter moved there when the batch was killed

    other = ["letters", "--db", db.url, "--template", "courrier_libre"]
    other += ["--out", str(tmp_path / "autre"), "--ids", str(households[1])]
    other += ["--field", "corps=Bonjour"]
    assert cli_main(other) == 0
    err = capsys.readouterr().err
    dupont, martin = (tenants.get_tenant_file(db, actor, h).data for h in households[::2])
    assert (
        f"parcours : Le publipostage {lot} (modèle « courrier_libre ») s'est arrêté avant la "
        f"fin (arrêt brutal) : 1 courrier au registre des documents, 2 courriers n'ont "
        f"pas été faits : dossier {households[0]} {dupont.display_name} "
        f"({dupont.lease.contract_number}), dossier {households[2]} {martin.display_name} "
        f"({martin.lease.contract_number}).\n"
    ) in err
    assert f"« parcours letters --resume {lot} »" in err
    # The letter archived but never registered is gone: what stays is in the register.
    assert archive() == sorted(r.docx_path for r in registered(db))

    assert cli_main(["letters", "--db", db.url, "--resume", lot]) == 0
    said = capsys.readouterr()
    assert "Courriers produits : 2" in said.out
    assert "Déjà enregistrés avant l'interruption (non refaits) : 1" in said.out
    assert said.err == ""  # nothing interrupted any more
    of_lot = [r for r in registered(db) if r.batch_id == lot]
    assert sorted(r.household_id for r in of_lot) == sorted(households)  # each once
    assert sorted(p.name for p in out.iterdir()) == sorted(Path(r.docx_path).name for r in of_lot)
    assert "Madame, Monsieur" in text_of(out / Path(of_lot[-1].docx_path).name)
    assert documents.interrupted_batches() == []


def test_a_batch_running_on_another_workstation_is_not_offered_as_interrupted(
    db, actor, households
):
    """The documents folder is shared: a batch's journal there with its lock held is a
    batch running elsewhere, not one that was killed."""
    from desktop.documents import convert

    request = documents.BatchRequest(
        documents.LetterOptions("courrier_libre", pdf=False), household_ids=households
    )
    journal = documents._write_journal("lot-ailleurs", request, households, mass=False)
    with open(journal.with_suffix(".verrou"), "a+b") as lock:  # the other workstation's
        assert convert._try_lock(lock)
        assert documents.interrupted_batches() == []
        assert documents.interrupted_letters(db, actor) == []
        convert._unlock(lock)
    [batch] = documents.interrupted_letters(db, actor)  # its workstation went off
    assert batch.batch_id == "lot-ailleurs" and not batch.request.mass
    assert [m.household_id for m in batch.missing] == households and batch.made == 0


def test_an_interrupted_batch_given_up_on_the_command_line_is_said_no_more(
    db, households, tmp_path, capsys
):
    request = documents.BatchRequest(
        documents.LetterOptions("courrier_libre", pdf=False), household_ids=households
    )
    documents._write_journal("lot-coupe", request, households, mass=False)
    assert cli_main(["letters", "--db", db.url, "--abandon", "lot-autre"]) == 2
    err = capsys.readouterr().err
    assert (
        "--abandon : Aucun publipostage interrompu ne porte le numéro de lot « lot-autre »" in err
    )
    argv = ["letters", "--db", db.url, "--template", "courrier_libre", "--out", str(tmp_path / "l")]
    argv += ["--ids", str(households[0]), "--field", "corps=Madame, Monsieur"]
    assert cli_main(argv) == 0
    err = capsys.readouterr().err
    assert "Le publipostage lot-coupe (modèle « courrier_libre »)" in err
    assert "« parcours letters --abandon lot-coupe »" in err
    assert cli_main(["letters", "--db", db.url, "--abandon", "lot-coupe"]) == 0
    assert "Publipostage lot-coupe abandonné" in capsys.readouterr().out
    assert cli_main(argv) == 0
    assert capsys.readouterr().err == ""  # said no more
    assert documents.interrupted_batches() == []


def test_an_interrupted_batch_counts_its_letters_agreed():
    """« 1 courrier au registre », « 21 courriers n'ont pas été faits … et 1 autre »,
    « son courrier est au registre » when none is missing."""
    from desktop.services.documents.journal import InterruptedBatch, MissingLetter

    request = documents.BatchRequest(
        documents.LetterOptions("courrier_libre"), batch_id="lot-x", household_ids=[]
    )
    missing = [MissingLetter(n, f"NOM {n}", "") for n in range(1, 22)]
    said = str(InterruptedBatch(request, missing, 1).message())
    assert "(arrêt brutal) : 1 courrier au registre des documents, 21 courriers n'ont pas " in said
    assert said.endswith("dossier 20 NOM 20 et 1 autre.")
    said = str(InterruptedBatch(request, [], 1).message())
    assert "(arrêt brutal) : son courrier est au registre des documents, mais le fichier" in said
    said = str(InterruptedBatch(request, [], 3).message())
    assert "(arrêt brutal) : ses 3 courriers sont au registre des documents, mais" in said
