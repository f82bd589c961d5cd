"""Real PDF: LibreOffice conversion read back, PAdES signature and its verification,
the merged PDF of a batch, HTML rendering restricted to bundled files.

The LibreOffice tests share one warm LibreOffice profile (session fixture): the
first start of a profile costs several seconds, later ones about one.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.documents import convert, signing
from desktop.documents.files import sha256_file
from desktop.services import documents, tenants
from desktop.storage.models import DocumentRecord


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return re.sub(r"[ \u00a0\u202f]+", " ", text)


@pytest.fixture(scope="session")
def libreoffice(tmp_path_factory):
    """A warm, shared LibreOffice profile; skipped where LibreOffice is absent
    (except under CI, where its absence is a failure)."""
    if not convert.find_soffice():
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) is required under CI: tests/run.py installs it")
        pytest.skip("LibreOffice is not installed")
    profiles = tmp_path_factory.mktemp("lo-profiles")
    previous = os.environ.get("PARCOURS_LIBREOFFICE_PROFILES")
    os.environ["PARCOURS_LIBREOFFICE_PROFILES"] = str(profiles)
    from docx import Document

    warm = tmp_path_factory.mktemp("warm")
    doc = Document()
    doc.add_paragraph("chauffe")
    doc.save(warm / "warm.docx")
    convert.convert_one(warm / "warm.docx", warm)
    yield profiles
    if previous is None:
        os.environ.pop("PARCOURS_LIBREOFFICE_PROFILES", None)
    else:
        os.environ["PARCOURS_LIBREOFFICE_PROFILES"] = previous


@pytest.fixture(scope="session")
def certificate(tmp_path_factory):
    """A self-signed agency certificate made here: (p12 path, password, asn1 cert)."""
    return signing.make_test_certificate(
        tmp_path_factory.mktemp("cert"),
        "Claire Moreau",
        "Logis de Garonne",
        password="mot de passe é",
    )


@pytest.fixture
def arrears(db, actor, agency, make_file):
    """Three households in arrears, at three postcodes."""
    ids = []
    for n, (first, last, postcode, city, balance) in enumerate(
        [
            ("Élodie", "Dupont", "33300", "Bordeaux", "1234.56"),
            ("Noël", "Lefèvre", "33000", "Bordeaux", "80.00"),
            ("Anaïs", "Martin", "33700", "Mérignac", "2001.10"),
        ],
        start=1,
    ):
        data = make_file(n)
        data.occupants[0].first_name = first
        data.occupants[0].last_name = last
        data.dwelling.postcode = postcode
        data.dwelling.city = city
        data.balance = Decimal(balance)
        ids.append(tenants.create_tenant_file(db, actor, data))
    return ids


pytestmark = pytest.mark.slow


def test_letters_for_several_tenants_read_back_from_the_pdf(
    db, actor, arrears, libreoffice, tmp_path
):
    options = documents.LetterOptions(
        "relance_impaye",
        pdf=True,
        on=dt.date(2026, 11, 23),
        fields={"date_limite": "08/12/2026", "periode": "octobre et novembre 2026"},
    )
    result = documents.run_batch(
        db,
        actor,
        documents.BatchRequest(
            options, household_ids=arrears, out_dir=tmp_path / "lot", duplex=True
        ),
    )
    assert result.produced == 3, [str(f.message) for f in result.failures]
    by_id = {d.household_id: d for d in result.documents}
    expected = {
        arrears[0]: (
            "Mme Élodie DUPONT",
            "33300 BORDEAUX",
            "1 234,56 €",
            "mille deux cent trente-quatre euros et cinquante-six centimes",
        ),
        arrears[1]: ("Mme Noël LEFÈVRE", "33000 BORDEAUX", "80,00 €", "quatre-vingts euros"),
        arrears[2]: (
            "Mme Anaïs MARTIN",
            "33700 MERIGNAC",
            "2 001,10 €",
            "deux mille un euros et dix centimes",
        ),
    }
    for hid, (name, town, figures, words) in expected.items():
        view = by_id[hid]
        assert view.pdf_sha256 == sha256_file(view.pdf_path)
        text = pdf_text(view.pdf_path)
        for part in (
            name,
            "12 RUE DES LILAS",
            town,
            figures,
            "Bordeaux, le 23 novembre 2026",
            "au plus tard le 8 décembre 2026",
            view.reference,
        ):
            assert part in text, (part, text[:400])
        assert words in " ".join(text.split())
    # The merged PDF to print: postcode order, each letter on a front page (duplex).
    from pypdf import PdfReader

    merged = PdfReader(str(result.merged_pdf))
    assert len(merged.pages) == 6  # three one-page letters, each followed by a blank
    firsts = [merged.pages[i].extract_text() for i in (0, 2, 4)]
    assert ["LEFÈVRE" in firsts[0], "DUPONT" in firsts[1], "MARTIN" in firsts[2]] == [True] * 3


def test_a_letter_to_each_holder_prints_each_on_its_own_sheets(
    db, actor, agency, make_file, libreoffice
):
    """One letter per holder: each its own PDF in the register, addressed to its
    holder; the PDF to print starts each letter on a front page (a one-page letter is
    followed by a blank back), so that two envelopes never share a sheet."""
    from pypdf import PdfReader

    from desktop.domain.tenant import OccupantData

    data = make_file(9)
    data.occupants.append(OccupantData("Durand", "Marc", "M.", dt.date(1952, 6, 1)))
    data.balance = Decimal("300.00")
    hid = tenants.create_tenant_file(db, actor, data)
    options = documents.LetterOptions("relance_impaye", pdf=True, on=dt.date(2026, 11, 23))
    result = documents.produce_holder_letters(db, actor, hid, options)
    assert [d.household_id for d in result.documents] == [hid, hid]
    texts = [pdf_text(d.pdf_path) for d in result.documents]
    assert "Mme Élodie DUPONT" in texts[0] and "DURAND" not in texts[0]
    assert "M. Marc DURAND" in texts[1] and "DUPONT" not in texts[1]
    printed = PdfReader(str(result.print_pdf))
    assert len(printed.pages) == 4  # two one-page letters, each followed by a blank
    assert result.documents[0].reference in printed.pages[0].extract_text()
    assert not printed.pages[1].extract_text().strip()
    assert result.documents[1].reference in printed.pages[2].extract_text()
    # A copy to print, swept with the staging folders: not in the archive.
    assert documents.STAGING in result.print_pdf.parts
    # Printed single-sided (« Recto seul »), no blank page: the two letters, one after
    # the other.
    single = documents.produce_holder_letters(db, actor, hid, options, duplex=False)
    printed = PdfReader(str(single.print_pdf))
    assert len(printed.pages) == 2
    assert [single.documents[i].reference in printed.pages[i].extract_text() for i in (0, 1)] == [
        True,
        True,
    ]


def test_signed_pdf_is_verified_and_a_changed_byte_is_detected(
    db, actor, arrears, libreoffice, certificate, tmp_path
):
    p12, password, cert = certificate
    with pytest.raises(Exception) as err:
        signing.load_signing_key(p12, "faux")
    assert "mot de passe incorrect" in str(err.value)
    key = signing.load_signing_key(p12, password)
    view = documents.produce_letter(
        db,
        actor,
        arrears[0],
        documents.LetterOptions("attestation_logement", pdf=True, signing_key=key),
    )
    assert view.signed and view.signer == "Claire Moreau"
    report = signing.verify_pdf(view.pdf_path, trusted=[cert])
    assert report.ok and report.trusted and report.signer == "Claire Moreau"
    assert abs((report.signed_at - dt.datetime.now(dt.UTC)).total_seconds()) < 300
    assert "Signature valide : signé par Claire Moreau" in str(report.summary())
    untrusted = signing.verify_pdf(view.pdf_path)
    assert untrusted.intact and not untrusted.trusted
    assert "pas reconnu" in str(untrusted.summary())
    # A visible signature box on the last page.
    from pypdf import PdfReader

    page = PdfReader(str(view.pdf_path)).pages[-1]
    boxes = [a.get_object() for a in page.get("/Annots", []) if a.get_object().get("/FT") == "/Sig"]
    assert len(boxes) == 1
    x1, y1, x2, y2 = (float(v) for v in boxes[0]["/Rect"])
    assert x2 - x1 > 150 and y2 - y1 > 40
    # One byte changed inside the signed content: the verification fails.
    data = bytearray(view.pdf_path.read_bytes())
    position = data.index(b"stream", len(data) // 4) + 20
    data[position] ^= 0x01
    tampered = tmp_path / "modifie.pdf"
    tampered.write_bytes(bytes(data))
    report = signing.verify_pdf(tampered, trusted=[cert])
    assert not report.ok and not report.intact
    assert "INVALIDE" in str(report.summary())
    assert "aucune signature" in str(
        signing.verify_pdf(
            documents.produce_letter(
                db, actor, arrears[1], documents.LetterOptions("courrier_libre", pdf=True)
            ).pdf_path
        ).summary()
    )


def test_cancel_during_conversion_keeps_only_whole_letters(db, actor, libreoffice):
    from desktop.services import demo

    demo.generate(db, actor, 40)
    state = {"pdfs": 0}

    def progress(p: documents.BatchProgress) -> None:
        if p.phase == "pdf":
            state["pdfs"] = p.letters_done

    result = documents.run_batch(
        db,
        actor,
        documents.BatchRequest(
            documents.LetterOptions("courrier_libre", pdf=True),
            query=tenants.TenantQuery(),
            processes=1,
        ),
        progress=progress,
        cancelled=lambda: state["pdfs"] >= 5,
    )
    assert result.cancelled
    assert 5 <= result.produced < 30
    with db.reader() as s:
        rows = s.query(DocumentRecord).all()
        assert len(rows) == result.produced
        for r in rows:
            assert r.pdf_path and sha256_file(r.pdf_path) == r.pdf_sha256
    leftovers = [p for p in documents.documents_dir().rglob("*") if p.is_file()]
    assert len(leftovers) == 2 * result.produced


def test_a_document_that_breaks_the_converter_is_reported_alone(libreoffice, tmp_path):
    from docx import Document

    docs = []
    for i in range(3):
        doc = Document()
        doc.add_paragraph(f"Courrier {i}")
        path = tmp_path / f"c{i}.docx"
        doc.save(path)
        docs.append(path)
    broken = tmp_path / "c1.docx"
    broken.write_bytes(b"PK\x03\x04 not really a docx")
    outcome = {}
    convert.get_converter().convert(
        docs, tmp_path / "pdf", lambda d, pdf, err: outcome.__setitem__(d.name, (pdf, err))
    )
    assert outcome["c0.docx"][0] and outcome["c2.docx"][0]
    assert outcome["c1.docx"][0] is None
    assert "n'a pas pu convertir" in str(outcome["c1.docx"][1])


def test_missing_word_processor_gives_a_french_message(monkeypatch):
    monkeypatch.setattr(convert, "find_soffice", lambda: None)
    monkeypatch.setattr(convert, "word_available", lambda: False)
    with pytest.raises(convert.ConversionUnavailable) as err:
        convert.get_converter()
    assert "ni LibreOffice ni Microsoft Word" in str(err.value)


# --------------------------------------------------------------------------- HTML


def test_html_renders_without_files_outside_the_bundle(tmp_path):
    from desktop.documents import html

    template = """<html><head>
      <link rel="stylesheet" href="file:///etc/passwd">
      <link rel="stylesheet" href="http://example.invalid/style.css">
      <style>@import url("file:///etc/hostname"); body { font-family: DejaVu Sans; }</style>
    </head><body><h1>Procès-verbal {{ titre }}</h1>
      <img src="file:///etc/passwd"><img src="http://example.invalid/x.png">
      <img src="../resources/demo/logo.png"><p>Total : {{ total|euros }}</p></body></html>"""
    page = html.render_html(
        template, {"titre": "<script>CALEOL</script>", "total": Decimal("1234.5")}
    )
    assert "&lt;script&gt;" in page
    with html.HtmlRenderer() as renderer:
        pdf, refused = renderer.render(page, tmp_path / "pv.pdf")
    assert set(refused) >= {
        "file:///etc/passwd",
        "http://example.invalid/style.css",
        "file:///etc/hostname",
        "http://example.invalid/x.png",
    }
    text = " ".join(pdf_text(pdf).split())
    assert "Procès-verbal <script>CALEOL</ script>" in text
    assert "Total : 1 234,50 €" in text
    assert "root:" not in text
    from pypdf import PdfReader

    images = [img for page in PdfReader(str(pdf)).pages for img in page.images]
    assert len(images) == 1  # the bundled logo, nothing else
    assert html.is_allowed((Path(html.allowed_roots()[1]) / "demo" / "logo.png").as_uri())
    assert not html.is_allowed("file:///etc/passwd")
    assert not html.is_allowed((Path(html.allowed_roots()[0]) / ".." / ".." / "etc").as_uri())


def test_self_test_hooks_make_a_letter_a_report_and_a_verified_signature(
    db, actor, arrears, libreoffice, tmp_path
):
    from desktop.documents import selftest

    letter = selftest.render_letter(db, actor, arrears[0], tmp_path)
    report = selftest.render_report(db, actor, tmp_path)
    assert "Total : 1 234,56 €" in pdf_text(report)
    signed = selftest.sign_and_verify(letter, tmp_path)
    assert signing.verify_pdf(signed).intact
