"""Helpers shared by the tabs of the "Cotation et objectifs" page: colours, French
messages of the services, read-only table rows, the file-export flow."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.domain.i18n import Message
from desktop.services import attribution
from desktop.services.context import Actor

TENTH = Decimal("0.1")

WARN = QColor("#b3261e")
GOOD = QColor("#1b6e20")


def _text(message) -> str:
    if isinstance(message, Message):
        from PySide6.QtCore import QCoreApplication

        from desktop.services.tabular import render

        return render(message, QCoreApplication.translate)
    return str(message)


def _scoped(actor: Actor, summary: str) -> str:
    """``summary`` followed, for an agency manager, by the sentence saying that his
    figures count only the commissions he reads."""
    partial = attribution.partial_scope(actor)
    return summary if partial is None else summary + "\n" + _text(partial)


def _error(parent: QWidget, exc: UserError) -> None:
    text = _text(exc.message)
    fields = getattr(exc, "fields", None)
    if fields:
        text += "\n" + "\n".join(f"• {_text(v)}" for v in fields.values())
    QMessageBox.warning(parent, parent.tr("Cotation et objectifs"), text)


def _item(value, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem("" if value is None else str(value))
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _add_row(
    table: QTableWidget, values: list, right: tuple[int, ...] = ()
) -> list[QTableWidgetItem]:
    """Append one read-only row of ``values`` (columns in ``right`` aligned right, for
    numbers); its cells, for the caller to colour."""
    row = table.rowCount()
    table.insertRow(row)
    cells = [_item(value, col in right) for col, value in enumerate(values)]
    for col, cell in enumerate(cells):
        table.setItem(row, col, cell)
    return cells


def _export(
    parent: QWidget,
    path: str | None,
    title: str,
    default_name: str,
    filters: str,
    write: Callable[[str], object],
) -> tuple[str, object] | None:
    """Write a file: to ``path``, or where the user chooses (``None`` when he cancels).
    A refusal of the service is shown; the path and what ``write`` returned otherwise."""
    if not path:
        path, _ = QFileDialog.getSaveFileName(parent, title, default_name, filters)
    if not path:
        return None
    try:
        return path, write(path)
    except UserError as exc:
        _error(parent, exc)
        return None


def _table(parent: QWidget, name: str, headers: list[str], editable: bool = False) -> QTableWidget:
    t = QTableWidget(0, len(headers), parent)
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    if not editable:
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    t.verticalHeader().setVisible(False)
    return t
