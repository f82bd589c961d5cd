"""Microsoft Word through COM on a real Windows with Word installed (the Windows runner
when Word is there); skipped elsewhere."""

from __future__ import annotations

import pytest

from desktop.documents import word

pytestmark = pytest.mark.skipif(
    not word.word_installed(), reason="Microsoft Word (COM) is not installed on this machine"
)


def test_real_word_converts_a_letter_and_quits(tmp_path):
    from docx import Document

    source = tmp_path / "courrier.docx"
    document = Document()
    document.add_paragraph("Madame Hélène Lefèvre, solde : 1\u202f234,56\u00a0€")
    document.save(source)
    done = []
    converter = word.WordConverter()
    converter.convert([source], tmp_path / "pdf", lambda doc, pdf, err: done.append((pdf, err)))
    [(pdf, err)] = done
    assert err is None and pdf.read_bytes().startswith(b"%PDF")
    assert converter.word_quit
    assert converter.word_pid is None or converter.word_pid not in word._winword_pids()
