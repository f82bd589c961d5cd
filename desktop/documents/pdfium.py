"""PDFium (pypdfium2) shared by the threads of the application.

PDFium is not thread-safe: no two of its calls may run at once in a process, even on
different documents. The preview renders pages in the GUI thread while a mass mailing
cuts its chunks back into letters in its own thread: each holds ``LOCK`` for the calls
it makes (the lock is held for short stretches, a page or a chunk at a time).
"""

from __future__ import annotations

import threading
from pathlib import Path

#: Held around every PDFium call (see the module's text).
LOCK = threading.RLock()


class PdfiumError(Exception):
    """A PDF PDFium cannot read, or a destination it does not hold."""


def cut(pdf: Path, names: list[str]) -> list[tuple[tuple[int, int], bytes]]:
    """The letters of a joined ``pdf``: for each of ``names`` (named destinations, one
    at the first page of each letter, in order), its page range (first, end) and the
    bytes of a PDF holding those pages alone. ``PdfiumError`` when the file cannot be
    read, a name is missing or the names are out of order."""
    import io

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    with LOCK:
        try:
            document = pdfium.PdfDocument(str(pdf))
        except pdfium.PdfiumError as exc:
            raise PdfiumError(str(exc)) from exc
        try:
            starts = []
            for name in names:
                destination = raw.FPDF_GetNamedDestByName(document.raw, name.encode("utf-8"))
                page = (
                    raw.FPDFDest_GetDestPageIndex(document.raw, destination) if destination else -1
                )
                if page < 0:
                    raise PdfiumError(f"no destination {name}")
                starts.append(page)
            if starts != sorted(set(starts)) or starts[:1] not in ([], [0]):
                raise PdfiumError("letters out of order in the PDF")
            ranges = list(zip(starts, starts[1:] + [len(document)]))
            letters = []
            for first, end in ranges:
                letter = pdfium.PdfDocument.new()
                try:
                    letter.import_pages(document, list(range(first, end)))
                    buffer = io.BytesIO()
                    letter.save(buffer)
                finally:
                    letter.close()
                letters.append(((first, end), buffer.getvalue()))
            return letters
        finally:
            document.close()
