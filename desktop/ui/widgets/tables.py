"""Read-only tables: one row selected at a time, the row's data in its first cell."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)


def plain_table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    """A read-only, one-row-selection table, alternate row colours, no row numbers; the
    last column takes the room left."""
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def read_only_table(
    parent: QWidget,
    name: str,
    headers: list[str],
    stretch: int | None = None,
    widths: dict[int, int] | None = None,
) -> QTableWidget:
    """A ``plain_table`` whose columns fit their contents, except ``stretch`` (takes the
    room left instead of the last column) and ``widths`` (fixed starting width, the user
    may resize; long texts are elided, their tooltip shows them)."""
    table = plain_table(parent, name, headers)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column, width in (widths or {}).items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    if stretch is not None:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def cell(text: str, data=None, *, right: bool = False, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tooltip:
        item.setToolTip(tooltip)
    return item


def selected_data(table: QTableWidget):
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def select_row_with(table: QTableWidget, data) -> bool:
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == data:
            table.selectRow(row)
            return True
    return False


def current_of(table: QTableWidget, rows: list):
    """The element of ``rows`` shown on ``table``'s current line, or None."""
    row = table.currentRow()
    return rows[row] if 0 <= row < len(rows) else None
