"""A workstation with neither LibreOffice nor Word: letters asked "with PDF" are made
as DOCX, kept and registered, and the message says so (nothing lost, nothing false).

Simulated on Linux the way a bare Windows workstation looks: no ``soffice`` on PATH,
no LibreOffice path in the settings, no PARCOURS_SOFFICE (and no Word off Windows).
"""

from __future__ import annotations

import pytest

from desktop.cli import main as cli_main
from desktop.documents import convert
from desktop.documents.files import sha256_file
from desktop.domain.errors import ValidationError
from desktop.services import documents, tenants
from desktop.storage.models import DocumentRecord


@pytest.fixture
def no_converter(tmp_path, monkeypatch):
    empty = tmp_path / "bin-sans-libreoffice"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.delenv("PARCOURS_SOFFICE", raising=False)
    # On a Windows test machine: no LibreOffice in the registry nor in Program Files,
    # no Word.
    monkeypatch.setattr(convert, "read_windows_registry", lambda hive, key: None)
    monkeypatch.setenv("ProgramFiles", str(empty))
    monkeypatch.setenv("ProgramFiles(x86)", str(empty))
    monkeypatch.setattr(convert, "word_available", lambda: False)
    assert convert.converter_name() is None


def registered(db) -> list[DocumentRecord]:
    with db.reader() as s:
        rows = list(s.query(DocumentRecord).order_by(DocumentRecord.id))
        s.expunge_all()
        return rows


def test_letter_with_pdf_keeps_and_registers_the_docx_and_says_no_pdf(
    db, actor, agency, make_file, no_converter
):
    hid = tenants.create_tenant_file(db, actor, make_file(1))
    view = documents.produce_letter(
        db,
        actor,
        hid,
        documents.LetterOptions("courrier_libre", pdf=True, fields={"corps": "Bonjour."}),
    )
    assert view.pdf_path is None
    assert view.docx_path.is_file() and sha256_file(view.docx_path) == view.docx_sha256
    [row] = registered(db)
    assert row.reference == view.reference and row.pdf_path == ""
    notice = str(view.notice)
    assert "PDF non produit" in notice and "DOCX" in notice and "est enregistré" in notice
    assert "Installez LibreOffice ou Word pour produire des PDF" in notice


def test_signature_without_converter_is_refused_before_anything_is_made(
    db, actor, agency, make_file, no_converter
):
    hid = tenants.create_tenant_file(db, actor, make_file(1))
    with pytest.raises(ValidationError) as err:
        documents.produce_letter(
            db,
            actor,
            hid,
            documents.LetterOptions(
                "courrier_libre", pdf=True, fields={"corps": "Bonjour."}, signing_key=object()
            ),
        )
    text = str(err.value.fields["pdf"])
    assert "Installez LibreOffice ou Word pour produire des PDF" in text
    assert "a bien été produit" not in text
    assert registered(db) == []


def test_batch_with_pdf_keeps_every_docx(db, actor, agency, make_file, no_converter, tmp_path):
    ids = [tenants.create_tenant_file(db, actor, make_file(n)) for n in (1, 2)]
    result = documents.run_batch(
        db,
        actor,
        documents.BatchRequest(
            documents.LetterOptions("courrier_libre", pdf=True, fields={"corps": "Bonjour."}),
            household_ids=ids,
            out_dir=tmp_path / "lot",
        ),
    )
    assert result.produced == 2 and not result.failures
    assert result.merged_pdf is None
    assert [str(n) for n in result.notices] == [str(convert.pdf_skipped_notice())]
    assert len(registered(db)) == 2
    assert len(list((tmp_path / "lot").glob("*.docx"))) == 2


def test_command_line_pdf_letters_without_converter(
    db, actor, agency, make_file, no_converter, tmp_path, capsys
):
    ids = [tenants.create_tenant_file(db, actor, make_file(n)) for n in (1, 2)]
    out = tmp_path / "sortie"
    code = cli_main(
        [
            "letters",
            "--db",
            db.url,
            "--template",
            "courrier_libre",
            "--pdf",
            "--ids",
            ",".join(map(str, ids)),
            "--out",
            str(out),
            "--field",
            "corps=Bonjour.",
        ]
    )
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "Courriers produits : 2" in captured.out
    assert (
        "PDF non produit" in captured.err
        and "Le courrier Word (DOCX) est enregistré" in captured.err
    )
    assert "a bien été produit" not in captured.err
    assert len(list(out.glob("*.docx"))) == 2 and not list(out.glob("*.pdf"))
    assert len(registered(db)) == 2


def test_the_conversion_error_no_longer_claims_the_docx_was_made():
    text = str(convert.unavailable_error().message)
    assert "Installez LibreOffice ou Word pour produire des PDF" in text
    assert "a bien été produit" not in text
