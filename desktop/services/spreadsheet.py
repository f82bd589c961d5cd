"""Excel exports that cannot run formulas (CSV/formula injection).

A text cell starting with ``= + - @`` (or a tab or carriage return, which some
spreadsheets skip before reading a formula) is written as a plain string with Excel's
"quote prefix" style: Excel, LibreOffice and openpyxl read it as text, never as a
formula, and show the text unchanged. Numbers and dates are written as such.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.documents.files import save_atomically
from desktop.domain.errors import UserError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_CELL = 32_767  # Excel's limit for one cell's text
# Characters an .xlsx cannot hold (openpyxl raises IllegalCharacterError): a control
# character stored before the forms refused them, or from an import, is shown as U+FFFD
# rather than making the whole export fail.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def cell_text(text: str) -> str:
    """``text`` as an .xlsx cell can hold it: illegal control characters replaced, cut
    at Excel's limit."""
    return _ILLEGAL.sub("\ufffd", text)[:MAX_CELL]


def is_dangerous(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, dt.date, dt.datetime)):
        return value
    if isinstance(value, Decimal):
        return float(value) if value.is_finite() else str(value)
    if isinstance(value, float):
        return value
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return str(value)


class Workbook:
    """A workbook built sheet by sheet, saved atomically."""

    def __init__(self):
        from openpyxl import Workbook as _Workbook

        self._book = _Workbook()
        self._first = True

    def sheet(self, title: str, headers: Sequence[str]):
        if self._first:
            sheet = self._book.active
            sheet.title = title[:31]
            self._first = False
        else:
            sheet = self._book.create_sheet(title[:31])
        for column, header in enumerate(headers, start=1):
            cell = sheet.cell(row=1, column=column, value=header)
            cell.data_type = "s"
            from openpyxl.styles import Font

            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        return _Sheet(sheet)

    def save(self, path: str | Path) -> Path:
        path = Path(path)
        if path.suffix.lower() != ".xlsx":
            raise UserError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Le fichier d'export doit avoir l'extension .xlsx."
                    )
                )
            )
        save_atomically(path, self._book.save)
        return path


class _Sheet:
    def __init__(self, sheet):
        self._sheet = sheet
        self._row = 1

    def add(self, values: Iterable[Any]) -> None:
        self._row += 1
        for column, value in enumerate(values, start=1):
            value = _plain(value)
            cell = self._sheet.cell(row=self._row, column=column)
            if isinstance(value, str):
                value = cell_text(value)
                cell.value = value
                cell.data_type = "s"  # never "f": a formula is never written
                if is_dangerous(value):
                    cell.quotePrefix = True
            else:
                cell.value = value
                if isinstance(value, dt.datetime):
                    cell.number_format = "DD/MM/YYYY HH:MM:SS"
                elif isinstance(value, dt.date):
                    cell.number_format = "DD/MM/YYYY"

    @property
    def rows(self) -> int:
        return self._row - 1
