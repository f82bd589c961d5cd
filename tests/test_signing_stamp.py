"""The visible signature stamp: an embedded font that has every character of the
organisation's name, placed in the signature block's free space, and a PDF/A file
that stays PDF/A (XMP identification kept, every font embedded) after signing."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.documents import signing

ORGANISATION = "Logis de Garonne – Œuvre d’Habitat"


@pytest.fixture(scope="module")
def key(tmp_path_factory):
    p12, password, _cert = signing.make_test_certificate(
        tmp_path_factory.mktemp("cert"), "Claire Moreau", ORGANISATION, password="secret"
    )
    return signing.load_signing_key(p12, password)


def pdfa_letter(target: Path) -> Path:
    """A one-page PDF/A-3b with a signature block (WeasyPrint, fonts embedded)."""
    from weasyprint import HTML

    html = """<html lang="fr"><body style="font-family: DejaVu Sans; font-size: 10pt">
    <p>Madame, Monsieur,</p><p>Nous vous prions d'agréer nos salutations.</p>
    <p style="margin-left: 100mm; margin-top: 10mm">Directrice de la gestion locative</p>
    <p style="margin-left: 100mm; margin-top: 2mm"><b>Claire Moreau</b></p>
    <p style="margin-top: 60mm">Texte après le bloc de signature.</p></body></html>"""
    HTML(string=html).write_pdf(str(target), pdf_variant="pdf/a-3b")
    return target


def widget(path: Path):
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            annot = annot.get_object()
            if annot.get("/FT") == "/Sig" or annot.get("/Subtype") == "/Widget":
                return reader, page, annot
    raise AssertionError("no signature widget")


def to_unicode_text(annot) -> str:
    """Every character the stamp's fonts can show, from their ToUnicode maps."""
    chars = []
    stack = [annot["/AP"]["/N"].get_object()]
    while stack:
        xobj = stack.pop()
        resources = xobj.get("/Resources", {})
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            fonts = [font] + [f.get_object() for f in font.get("/DescendantFonts", [])]
            for f in fonts:
                if "/ToUnicode" in f:
                    cmap = f["/ToUnicode"].get_object().get_data().decode("latin-1")
                    for hexa in re.findall(r"<([0-9A-Fa-f]{4,})>\s*$", cmap, re.M):
                        chars.append(bytes.fromhex(hexa).decode("utf-16-be", "ignore"))
        for sub in (resources.get("/XObject") or {}).values():
            stack.append(sub.get_object())
    return "".join(chars)


def stamp_widths(annot) -> list[int]:
    widths = []
    stack = [annot["/AP"]["/N"].get_object()]
    while stack:
        xobj = stack.pop()
        resources = xobj.get("/Resources", {})
        for font in (resources.get("/Font") or {}).values():
            for d in font.get_object().get("/DescendantFonts", []):
                for item in d.get_object().get("/W", []):
                    if isinstance(item, list):
                        widths.extend(int(w) for w in item)
        for sub in (resources.get("/XObject") or {}).values():
            stack.append(sub.get_object())
    return widths


def test_stamp_font_has_every_character_of_the_organisation():
    path = signing.stamp_font(ORGANISATION)
    if path is None:
        pytest.skip("no TrueType font with these characters on this machine")
    from fontTools.ttLib import TTFont

    cmap = TTFont(str(path)).getBestCmap()
    assert all(ord(c) in cmap for c in "–Œ’")


@pytest.mark.skipif(not shutil.which("pdffonts"), reason="pdffonts (poppler) missing")
def test_signed_pdfa_stays_pdfa_with_embedded_font_in_the_reserved_area(key, tmp_path):
    source = pdfa_letter(tmp_path / "lettre.pdf")
    signed = signing.sign_pdf(source, tmp_path / "signe.pdf", key)

    # PDF/A identification kept, every font embedded (the stamp's too).
    from pypdf import PdfReader

    xmp = PdfReader(str(signed)).xmp_metadata
    assert xmp is not None
    raw = xmp.stream.get_data().decode("utf-8")
    assert re.search(r'pdfaid:part(="|>)3', raw)
    fonts = subprocess.run(
        ["pdffonts", str(signed)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts

    # The stamp prints the organisation's "–", "Œ", "’" as themselves.
    _reader, page, annot = widget(signed)
    shown = to_unicode_text(annot)
    for char in "–Œ’":
        assert char in shown
    assert int(annot.get("/F", 0)) & 4  # printable (PDF/A requires it)
    assert 0 < max(stamp_widths(annot)) <= 1100  # thousandths of an em: letters not spread

    # Under the signatory's name, over no text: no line of the page inside the box.
    x1, y1, x2, y2 = (float(v) for v in annot["/Rect"])
    inside = []

    def visit(text, cm, tm, _font, _size):
        x, y = tm[4] * cm[0] + tm[5] * cm[2] + cm[4], tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if text.strip() and x1 - 1 <= x <= x2 and y1 - 1 <= y <= y2:
            inside.append(text)

    PdfReader(str(source)).pages[0].extract_text(visitor_text=visit)
    assert inside == []
    names = []

    def find_name(text, cm, tm, _font, _size):
        if "Claire Moreau" in text:
            names.append(tm[5] * cm[3] + cm[5])

    PdfReader(str(source)).pages[0].extract_text(visitor_text=find_name)
    assert names and y2 < min(names) and min(names) - y2 < 20 * signing.MM

    # Still a valid signature, for pyHanko and for poppler's pdfsig.
    report = signing.verify_pdf(signed)
    assert report.ok and report.signer == "Claire Moreau"
    if shutil.which("pdfsig"):
        out = subprocess.run(["pdfsig", str(signed)], capture_output=True, text=True).stdout
        assert "Signature is Valid" in out and "Total document signed" in out, out


def test_stamp_falls_back_to_the_default_place_when_the_name_is_absent(key, tmp_path):
    source = pdfa_letter(tmp_path / "lettre.pdf")
    data = source.read_bytes()
    assert signing.signature_area(data, "Personne Inconnue", 0) == signing.DEFAULT_BOX_MM
    box = signing.signature_area(data, "Claire Moreau", 0)
    assert box != signing.DEFAULT_BOX_MM and box[3] - box[1] == pytest.approx(22.0, abs=0.2)
    assert io.BytesIO(data)  # the source is left as it was
