"""French typography on the HTML documents too (minutes, convocations, reports; issue
13): the letters' filter runs over every text node of the page, template text and data
alike, so that no printed line starts with a colon, a closing guillemet or "h 55"."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess

import pytest

from desktop.documents import minutes as documents
from desktop.documents.html import french_typography, render_html
from desktop.domain.caleol import SessionMode
from tests.test_documents_typeset import LONG_MAIL, TRICKY

NBSP, NNBSP, WJ = "\u00a0", "\u202f", "\u2060"


def test_text_nodes_only_are_set_in_french():
    page = (
        "<style>p:first-child { color: red; }</style>"
        '<p title="a : b">Objet : « votre loyer » à 13 h 55 ; merci !</p>'
        "<!-- note : x --><p>&lt;b&gt; &amp; l&#39;agence : oui</p>"
    )
    out = french_typography(page)
    assert out.startswith("<style>p:first-child { color: red; }</style>")
    assert '<p title="a : b">' in out and "<!-- note : x -->" in out
    assert (
        f"Objet{NBSP}: «{NBSP}votre loyer{NBSP}» à 13{NBSP}h{NBSP}55{NNBSP}; merci{NNBSP}!" in out
    )
    assert f"<p>&lt;b&gt; &amp; l'agence{NBSP}: oui</p>" in out  # escaped as it came
    assert french_typography(out) == out  # idempotent


def test_template_text_and_data_alike():
    page = render_html(
        "<p>Séance : {{ heure }} ; contact : {{ courriel }}</p>",
        {"heure": "13 h 55", "courriel": LONG_MAIL},
    )
    assert f"Séance{NBSP}: 13{NBSP}h{NBSP}55{NNBSP}; contact{NBSP}:" in page
    assert f"jean-{WJ}baptiste" in page  # no break at the e-mail's hyphens


@pytest.fixture(scope="module")
def renderer():
    with documents.MinutesRenderer() as r:
        yield r


def test_minutes_pdf_has_no_line_starting_with_a_colon_a_guillemet_or_minutes(renderer, tmp_path):
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    sample = documents.sample_minutes(2, 2, SessionMode.VISIO)
    # Remarks of growing length, so that some line ends fall just before a colon, a
    # guillemet or "h 55" (where a plain space would break).
    remarks = tuple(
        f"Observation {'n' * k} : « pièce » reçue à 13 h 55 ; à voir." for k in range(40, 100, 3)
    )
    sample = dataclasses.replace(sample, remarks=(*sample.remarks, TRICKY, *remarks))
    pdf = documents.render_minutes_pdf(sample, tmp_path / "pv.pdf", 2, renderer=renderer)
    # -layout: the lines as printed (a justified line's wide gaps are not line ends).
    text = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    lines = [re.sub(f"[ {NBSP}{NNBSP}]+", " ", line).strip() for line in text.splitlines()]
    assert sum("13 h 55" in line for line in lines) >= 20  # the remarks are printed
    for line in lines:
        assert not line.startswith((":", "»", ";", "?", "!", "h 55")), line
