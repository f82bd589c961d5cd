"""CALEOL minutes documents: the contract, its text and diff, the PDF/A and DOCX
renderings, the redacted extract for one applicant."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.documents import minutes as documents
from desktop.domain.caleol import AttendanceMode, Decision, SessionMode
from desktop.domain.errors import ValidationError
from desktop.domain.minutes import (
    CandidateLine,
    Minutes,
    QuorumInfo,
    diff_versions,
    from_json,
    minutes_text,
    redact_for_candidate,
    to_json,
)
from tests.test_documents_pdf import libreoffice  # noqa: F401  (session fixture)


def pdf_text(path: Path) -> str:
    """The text of a PDF as pdftotext reads it (pypdf when pdftotext is missing), with
    every kind of space folded to one plain space."""
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    else:  # pragma: no cover - pdftotext is part of poppler-utils
        from pypdf import PdfReader

        text = "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return re.sub(r"[ \u00a0\u202f]+", " ", text)


def flat(text: str) -> str:
    return " ".join(text.split())


def pdf_fold(text: str) -> str:
    return re.sub(r"[\u00a0\u202f\u2060]", " ", text)


def html_text(page: str) -> str:
    import html

    return flat(html.unescape(re.sub(r"<[^>]+>", " ", page)))


@pytest.fixture(scope="module")
def renderer():
    with documents.MinutesRenderer() as r:
        yield r


@pytest.fixture(scope="module")
def remote_minutes() -> Minutes:
    return documents.sample_minutes(4, 3, SessionMode.VISIO)


@pytest.fixture(scope="module")
def draft_pdf(remote_minutes, renderer, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("pv") / "projet.pdf"
    return documents.render_minutes_pdf(remote_minutes, out, 2, renderer=renderer)


# --------------------------------------------------------------------------- PDF


def test_draft_pdf_reads_like_formal_minutes(draft_pdf, remote_minutes):
    text = flat(pdf_text(draft_pdf))
    assert "PROCÈS-VERBAL" in text
    assert "de la séance n° 2026-04 du jeudi 12 mars 2026" in text
    assert (
        "La Commission d'attribution des logements et d'examen de l'occupation des "
        "logements (CALEOL) « CALEOL Bordeaux Métropole » de Logis de Garonne s'est "
        "réunie le jeudi 12 mars 2026 à 14 h 30, en séance dématérialisée par "
        "visioconférence, sous la présidence de Mme Claire Moreau."
    ) in text
    # the remote-session paragraph and its legal basis
    assert "ordonnance n° 2014-1329 du 6 novembre 2014" in text
    assert "règlement intérieur de la commission (version 3 du 15 janvier 2026)" in text
    assert "Aucun membre n'a demandé la tenue d'une séance physique." in text
    # attendance: remote with connection time, proxy holder, excused
    assert "À distance (connexion à 14 h 26)" in text
    assert "Représentée par M. Paul Lefèvre" in text  # Mme Sophie Garnier
    assert "Absente excusée" in text and "Absent excusé" in text
    assert "Mme Claire Moreau (présidente)" in text
    assert "Le quorum étant atteint, la commission peut valablement délibérer." in text
    # each dwelling and candidate: French money, decisions, votes, conflict, condition
    assert "Logement n° 1 — LGT-004100" in text
    assert "310,35 €" in text and "1 100,00 € / mois" in text
    assert "N° unique 03333250000000" in text
    assert "Attribution par classement (ordre de priorité) — rang 1" in text
    assert "pièce à produire : Avis d'imposition 2025, avant le 27/03/2026" in text
    assert "Motif : Taux d'effort incompatible" in text
    assert "voix prépondérante du maire" in text
    # counts agree with their number, as members read them (no « abstention(s) »)
    assert "aucune abstention" in text and "1 abstention" in text
    assert "(s)" not in text and "(e)" not in text
    assert "8 convoqués, 0 présent, 5 à distance, 1 représenté, 2 absents." in text
    assert "N'ont pas pris part au vote (conflit d'intérêts) : M. Hugo Blanchard" in text
    assert "Moins de trois candidatures ont été examinées pour ce logement" in text
    # occupation review, closing, signatures
    assert "En application de l'article L442-5-2" in text
    assert "Sous-occupation du logement (L621-2)" in text
    assert "L'ordre du jour étant épuisé, la séance est levée à 16 h 45." in text
    assert "Fait à Bordeaux, le 12 mars 2026." in text
    assert "La présidente de la commission" in text and "Le secrétaire de séance" in text
    # every page: header, page numbers, draft band
    pages = pdf_text(draft_pdf).split("\f")
    pages = [p for p in pages if p.strip()]
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} / {len(pages)}" in page
        assert "PROJET — version 2" in page
        assert "Document confidentiel" in page
    assert "Procès-verbal de la séance n° 2026-04" in pages[1]


def test_pdf_is_pdfa_with_embedded_fonts_and_metadata(draft_pdf):
    from pypdf import PdfReader

    reader = PdfReader(str(draft_pdf))
    root = reader.trailer["/Root"]
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8")
    assert 'pdfaid:part="3"' in xmp or "<pdfaid:part>3</pdfaid:part>" in xmp
    assert 'pdfaid:conformance="A"' in xmp or "<pdfaid:conformance>A" in xmp  # tagged
    assert "/OutputIntents" in root
    assert reader.metadata.title == "Procès-verbal de la séance n° 2026-04"
    assert reader.metadata.author == "Logis de Garonne"
    fonts = []
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get(
                "/FontDescriptor"
            )
            fonts.append(descriptor.get_object() if descriptor else None)
    assert fonts
    for descriptor in fonts:
        assert descriptor is not None
        assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_final_pdf_has_no_draft_band_lists_approvals_and_locates_the_signature(
    remote_minutes, renderer, tmp_path
):
    approvals = [
        documents.Approval("M. Paul Lefèvre", dt.datetime(2026, 3, 16, 9, 5)),
        documents.Approval("M. Jean Roux", dt.datetime(2026, 3, 17, 18, 40), "EXPORT"),
    ]
    result = documents.render_minutes_pdf_ex(
        remote_minutes, tmp_path / "final.pdf", approvals=approvals, renderer=renderer
    )
    text = flat(pdf_text(result.path))
    assert "PROJET" not in text
    assert (
        "M. Paul Lefèvre (le 16 mars 2026 à 9 h 05, dans l'application) ; M. Jean Roux "
        "(le 17 mars 2026 à 18 h 40, par retour écrit)"
    ) in text
    x1, y1, x2, y2 = result.signature_box
    # in the left half of an A4 page (the president's column), inside the margins
    assert 15 <= x1 < x2 <= 110 and 20 <= y1 < y2 <= 280


def test_in_person_written_and_no_quorum_wordings(renderer, tmp_path):
    person = documents.sample_minutes(1, 3, SessionMode.PRESENTIEL)
    text = html_text(documents.render_minutes_html(person))
    assert (
        "s'est réunie le jeudi 12 mars 2026 à 14 h 30, Salle du conseil, 40 quai de "
        "Bacalan, Bordeaux, sous la présidence de Mme Claire Moreau."
    ) in text
    assert "2014-1329" not in text

    written = documents.sample_minutes(1, 3, SessionMode.ECRITE)
    written = replace(
        written,
        session=replace(
            written.session,
            vote_opens_at=dt.datetime(2026, 3, 10, 9, 0),
            vote_closes_at=dt.datetime(2026, 3, 12, 18, 0),
        ),
    )
    text = html_text(documents.render_minutes_html(written))
    assert (
        "a délibéré en séance dématérialisée par voie écrite, du 10 mars 2026 à 9 h au "
        "12 mars 2026 à 18 h"
    ) in text
    assert "Le vote a été clos le 12 mars 2026 à 18 h." in text

    no_quorum = replace(
        person,
        quorum=QuorumInfo(
            reached=False,
            designated_total=6,
            designated_present=2,
            designated_required=3,
            explanations=(
                "Quorum non atteint : 2 membres désignés présents ou représentés sur 6, 3 requis.",
            ),
        ),
    )
    pdf = documents.render_minutes_pdf(no_quorum, tmp_path / "sans-quorum.pdf", renderer=renderer)
    text = flat(pdf_text(pdf))
    assert "Le quorum n'étant pas atteint, la commission ne peut valablement délibérer" in text
    assert "Quorum non atteint : 2 membres désignés présents ou représentés" in text


def test_names_are_escaped_in_the_html(remote_minutes):
    d = remote_minutes.dwellings[0]
    c = replace(d.candidates[0], name="Mme <script>alert(1)</script> & Cie")
    m = replace(remote_minutes, dwellings=(replace(d, candidates=(c,)),))
    page = documents.render_minutes_html(m)
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Cie" in page


def test_closing_sentence_gives_the_end_time_when_known(remote_minutes, tmp_path):
    from desktop.documents import engine

    def closing(end_time):
        m = replace(remote_minutes, session=replace(remote_minutes.session, end_time=end_time))
        return documents.minutes_context(m)["cloture"]

    assert closing(dt.time(16, 20)) == (
        "L'ordre du jour étant épuisé, la séance est levée à 16 h 20."
    )
    assert closing(dt.time(17, 0)) == "L'ordre du jour étant épuisé, la séance est levée à 17 h."
    assert closing(None) == "L'ordre du jour étant épuisé, la séance est levée."
    m = replace(remote_minutes, session=replace(remote_minutes.session, end_time=None))
    assert "L'ordre du jour étant épuisé, la séance est levée." in html_text(
        documents.render_minutes_html(m)
    )
    docx = flat(
        " ".join(
            engine.docx_paragraphs(
                documents.render_minutes_docx(m, tmp_path / "pv.docx").read_bytes()
            )
        )
    )
    assert "la séance est levée." in docx and "la séance est levée à" not in docx


# --------------------------------------------------------------------------- DOCX


def test_docx_carries_the_same_minutes(remote_minutes, tmp_path):
    from desktop.documents import engine

    path = documents.render_minutes_docx(remote_minutes, tmp_path / "pv.docx", 3)
    paragraphs = engine.docx_paragraphs(path.read_bytes())
    text = flat("\n".join(paragraphs))
    assert "PROJET — version 3 — document de travail" in text
    assert "PROCÈS-VERBAL" in text
    assert "s'est réunie le jeudi 12 mars 2026 à 14 h 30" in text
    assert "Le quorum étant atteint, la commission peut valablement délibérer." in text
    for c in remote_minutes.candidates:
        assert c.name in text
        assert f"n° unique {c.numero_unique}" in text
    assert "Attribution par classement (ordre de priorité) — rang 2" in text
    assert "Mme Isabelle Perrin" in text and "À distance (connexion à 14 h 27)" in text
    assert "Fait à Bordeaux, le 12 mars 2026." in text
    assert "L'ordre du jour étant épuisé, la séance est levée à 16 h 45." in text
    assert f"Le secrétariat de séance est assuré par {remote_minutes.session.secretary}." in text
    assert "{%" not in text and "{{" not in text
    # page numbers are Word fields in the footer
    from docx import Document

    footer = Document(str(path)).sections[0].footer._element.xml
    assert "NUMPAGES" in footer and "PAGE" in footer

    final = documents.render_minutes_docx(remote_minutes, tmp_path / "final.docx")
    assert "PROJET" not in " ".join(engine.docx_paragraphs(final.read_bytes()))


# --------------------------------------------------------------------------- extract


def test_extract_masks_every_other_candidate(remote_minutes, renderer, tmp_path):
    target = remote_minutes.dwellings[1].candidates[1]
    others = [c for c in remote_minutes.candidates if c.numero_unique != target.numero_unique]
    extract = redact_for_candidate(remote_minutes, " " + target.numero_unique.lower() + " ")
    assert extract.extract_for == target.numero_unique
    assert [d.reference for d in extract.dwellings] == [remote_minutes.dwellings[1].reference]
    assert extract.omitted_dwellings == 3 and extract.occupation_reviews == ()

    pdf = documents.render_minutes_pdf(extract, tmp_path / "extrait.pdf", renderer=renderer)
    text = flat(pdf_text(pdf))
    assert "EXTRAIT DU PROCÈS-VERBAL" in text
    assert f"numéro unique {target.numero_unique}" in text
    assert target.name in text
    assert "Candidat 1 — données masquées" in text
    assert "Candidat 3 — données masquées" in text
    for other in others:
        last_name = other.name.split()[-1]
        assert last_name not in text, last_name
        assert other.numero_unique not in text
    # the other tenants examined for occupation are not in the extract either
    assert "Lopez" not in text and "Bernard" not in text
    # decisions and votes on the masked candidates stay (the commission's act)
    assert "rang 1" in text

    from desktop.documents import engine

    docx = documents.render_minutes_docx(extract, tmp_path / "extrait.docx")
    docx_text = " ".join(engine.docx_paragraphs(docx.read_bytes()))
    assert target.name in docx_text
    for other in others:
        assert other.name.split()[-1] not in docx_text


def test_extract_for_an_unknown_number_is_refused(remote_minutes):
    with pytest.raises(ValidationError) as err:
        redact_for_candidate(remote_minutes, "0999999999")
    assert "Aucune candidature n° 0999999999" in str(err.value)


# --------------------------------------------------------------------------- text, diff, JSON


def test_json_round_trip_keeps_every_fact(remote_minutes):
    import json

    data = json.loads(json.dumps(to_json(remote_minutes)))
    back = from_json(data)
    assert back == remote_minutes
    assert isinstance(back.dwellings[0].rent, Decimal)
    assert back.members[0].connected_at == remote_minutes.members[0].connected_at


def test_diff_shows_added_removed_and_changed_lines(remote_minutes):
    d0 = remote_minutes.dwellings[0]
    changed_candidate = replace(
        d0.candidates[2], decision=Decision.NON_ATTRIBUTION, rank=None, reason="Dossier incomplet."
    )
    new_candidate = CandidateLine(
        4,
        "033333259999999",
        "M. Paul NOUVEAU",
        decision=Decision.IRRECEVABILITE,
        reason="Ressources supérieures aux plafonds.",
    )
    members = list(remote_minutes.members)
    members[4] = replace(members[4], attendance=AttendanceMode.DISTANCE)
    new = replace(
        remote_minutes,
        members=tuple(members),
        dwellings=(
            replace(
                d0,
                candidates=(d0.candidates[0], d0.candidates[1], changed_candidate, new_candidate),
            ),
            *remote_minutes.dwellings[1:],
        ),
        occupation_reviews=remote_minutes.occupation_reviews[:1],
    )
    result = diff_versions(remote_minutes, new)
    assert not result.empty
    olds = {c.old for c in result.changed}
    news = {c.new for c in result.changed}
    assert any("Mme Nadia Cherif" in o and "Absente excusée" in o for o in olds)
    assert any("Mme Nadia Cherif" in n and "À distance" in n for n in news)
    assert any("candidat 3 : décision Non-attribution" in n for n in news)
    assert any("candidat 3 : décision Attribution par classement" in o for o in olds)
    assert any("M. Paul NOUVEAU" in a for a in result.added)
    assert any("candidat 3 : motif Dossier incomplet." in a for a in result.added)
    assert any("Examen d'occupation 2 : Mme Bernard" in r for r in result.removed)
    assert any(line.startswith("-") and "Absente excusée" in line for line in result.unified)
    assert diff_versions(remote_minutes, remote_minutes).empty
    # the text is canonical: one fact per line, stable across calls
    assert minutes_text(remote_minutes) == minutes_text(from_json(to_json(remote_minutes)))


# --------------------------------------------------------------------------- accessibility


def test_pdf_is_tagged_for_accessibility(draft_pdf):
    """PDF/UA structure (see tests/pdf_checks.py for what is checked, and why not
    veraPDF): tagged, French, titled, headings and tables, fonts embedded, PDF/A-3a."""
    from tests import pdf_checks

    s = pdf_checks.check(draft_pdf)
    assert s.marked and s.lang == "fr-FR" and s.has_parent_tree
    assert s.display_title and s.title.startswith("Procès-verbal de la séance")
    assert s.tags["H1"] == 1 and s.tags["H2"] >= 3
    assert s.tags["Table"] >= 3 and s.tags["TH"] and s.tags["TD"] and s.tags["TR"]
    assert s.unembedded_fonts == []
    assert (s.pdfua_part, s.pdfa_part, s.pdfa_conformance) == ("1", "3", "A")


@pytest.mark.skipif(
    not shutil.which("pdfsig") or not shutil.which("pdffonts"),
    reason="poppler-utils (pdfsig, pdffonts) missing",
)
def test_signed_minutes_stay_pdfa_tagged_and_valid(remote_minutes, renderer, tmp_path, capsys):
    from desktop.cli import main as cli_main
    from desktop.documents import signing
    from tests import pdf_checks

    approvals = [documents.Approval("M. Paul Lefèvre", dt.datetime(2026, 3, 16, 9, 5))]
    result = documents.render_minutes_pdf_ex(
        remote_minutes, tmp_path / "final.pdf", approvals=approvals, renderer=renderer
    )
    # signed by the president named in the minutes (Mme Claire Moreau), as herself
    p12, password, _ = signing.make_test_certificate(
        tmp_path, "Claire Moreau", "Logis de Garonne – Œuvre d’Habitat", password="x"
    )
    key = signing.load_signing_key(p12, password)
    signed = signing.sign_pdf(result.path, tmp_path / "signe.pdf", key, box_mm=result.signature_box)
    s = pdf_checks.check(signed)
    assert (s.pdfa_part, s.pdfa_conformance, s.pdfua_part) == ("3", "A", "1")
    assert s.marked and s.lang == "fr-FR" and s.unembedded_fonts == []
    fonts = subprocess.run(
        ["pdffonts", str(signed)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts
    out = subprocess.run(["pdfsig", str(signed)], capture_output=True, text=True).stdout
    assert "Signature is Valid" in out and "Total document signed" in out, out
    capsys.readouterr()
    assert cli_main(["verify-pdf", str(signed)]) == 0
    assert "Claire Moreau" in capsys.readouterr().out
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", str(signed), str(tmp_path / "page")], check=True
    )


def test_docx_minutes_print_whole_words_and_each_detail_in_its_column(
    remote_minutes,
    tmp_path,
    libreoffice,  # noqa: F811
):
    """The DOCX a secretary edits, printed: « Consultative » whole in the « Voix » column
    (it broke into « Consultativ / e »), and a refusal's reason with the decision, not
    run into the votes (« … abstention — Motif : … Votes exprimés : … »)."""
    from docx import Document

    from desktop.documents import convert

    path = documents.render_minutes_docx(remote_minutes, tmp_path / "pv.docx", 3)
    rows = [
        [flat(pdf_fold(cell.text)) for cell in row.cells]
        for table in Document(str(path)).tables
        for row in table.rows
    ]
    refused = next(r for r in rows if any("Motif : Taux d'effort incompatible" in c for c in r))
    decision, votes = refused[4], refused[5]
    assert decision.startswith("Non-attribution — Motif : Taux d'effort incompatible"), refused
    assert "Motif" not in votes and votes.startswith("5 pour"), votes
    made: dict = {}
    convert.convert_many([path], tmp_path, lambda doc, pdf, error: made.update(pdf=pdf))
    text = pdf_text(made["pdf"])
    assert "Consultative" in text and not re.search(r"Consultativ\s", text)
