"""The tenant file's correspondence address of the occupant selected in the occupants'
table: one line of four inputs under the table (docs/domain.md#correspondence-address).

Each row of the table keeps its address in its name cell (``MAIL_ROLE``); the inputs
show and edit the selected row's, and the row's number in the table's margin is marked
« ✉ » when it has one (its tooltip gives the address)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.address import entry_warnings
from desktop.domain.tenant import MAIL_FIELDS
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import ERROR_FIELD_STYLE, WARNING_STYLE, add_all, line_edit

MAIL_ROLE = Qt.ItemDataRole.UserRole + 7
NAME_COLUMN = 1  # the occupant's last name: the cell that keeps the address
EMPTY = ("", "", "", "")


class MailAddressPanel(QWidget):
    """« Adresse de correspondance de M. X, si le titulaire n'habite plus le logement »,
    street, complement, postcode and commune of the selected occupant."""

    def __init__(self, table: QTableWidget, parent=None):
        super().__init__(parent)
        self.setObjectName("mailAddressPanel")
        self._table = table
        self._row = -1
        self.title = QLabel(self)
        self.title.setObjectName("mailAddressTitle")
        self.title.setWordWrap(True)
        self.street = line_edit(self, "mail_address_line", self.tr("N° et voie"))
        self.complement = line_edit(
            self, "mail_address_complement", self.tr("Complément (chez…, bâtiment)")
        )
        self.postcode = line_edit(self, "mail_postcode", self.tr("Code postal"))
        self.postcode.setMaxLength(5)
        self.postcode.setMaximumWidth(self.postcode.fontMetrics().horizontalAdvance("0") * 12)
        self.city = line_edit(self, "mail_city", self.tr("Commune"))
        self.edits: dict[str, QLineEdit] = dict(
            zip(MAIL_FIELDS, (self.street, self.complement, self.postcode, self.city), strict=True)
        )
        self.warning = QLabel(self)
        self.warning.setObjectName("mailAddressWarning")
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setWordWrap(True)
        self.warning.hide()
        line = QHBoxLayout()
        add_all(line, (self.street, 3), (self.complement, 2), self.postcode, (self.city, 2))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        add_all(layout, self.title, line, self.warning)
        for edit in self.edits.values():
            edit.textEdited.connect(self._edited)
        table.currentCellChanged.connect(lambda row, *_: self.show_row(row))
        self.show_row(-1)

    # ------------------------------------------------------------------ rows
    @staticmethod
    def address_of(table: QTableWidget, row: int) -> tuple[str, str, str, str]:
        item = table.item(row, NAME_COLUMN)
        value = item.data(MAIL_ROLE) if item is not None else None
        return tuple(value) if value else EMPTY  # type: ignore[return-value]

    def set_address(self, row: int, address: tuple[str, str, str, str]) -> None:
        """Keep ``address`` in ``row`` (the import, a file loaded) and mark the row."""
        item = self._table.item(row, NAME_COLUMN)
        if item is not None:
            item.setData(MAIL_ROLE, tuple(address))
        self.mark_rows()
        if row == self._row:
            self.show_row(row)

    def show_row(self, row: int) -> None:
        """Show (and edit) the address of occupant ``row`` (-1: none selected)."""
        self._row = row if 0 <= row < self._table.rowCount() else -1
        self.clear_errors()
        address = self.address_of(self._table, self._row) if self._row >= 0 else EMPTY
        for edit, value in zip(self.edits.values(), address, strict=True):
            edit.setText(value)
            edit.setEnabled(self._row >= 0)
        self._show_title()
        self._warn()

    def _show_title(self) -> None:
        if self._row < 0:
            self.title.setText(
                self.tr(
                    "<b>Adresse de correspondance</b>, si un titulaire n'habite plus le "
                    "logement : sélectionnez-le dans le tableau."
                )
            )
            return
        cell = self._table.item(self._row, NAME_COLUMN)
        name = cell.text().strip() if cell is not None else ""
        self.title.setText(
            self.tr(
                "<b>Adresse de correspondance de l'occupant {n}</b> ({name}), si le "
                "titulaire n'habite plus le logement : ses courriers à lui seul y partent."
            ).format(n=self._row + 1, name=name.upper() or "…")
        )

    def _edited(self) -> None:
        if self._row < 0:
            return
        item = self._table.item(self._row, NAME_COLUMN)
        if item is not None:
            item.setData(MAIL_ROLE, tuple(e.text() for e in self.edits.values()))
        self.mark_rows()
        self._warn()

    def _warn(self) -> None:
        """As typed: a line the letters' address block will refuse (too long)."""
        found = entry_warnings(street=self.street.text(), complement=self.complement.text())
        text = "\n".join(translate_message(m) for m in found.values())
        self.warning.setText(text)
        self.warning.setVisible(bool(text))

    def mark_rows(self) -> None:
        """Number the table's rows, « ✉ » beside those with an address."""
        t = self._table
        for row in range(t.rowCount()):
            address = self.address_of(t, row)
            elsewhere = any(x.strip() for x in address)
            header = QTableWidgetItem(f"{row + 1} ✉" if elsewhere else str(row + 1))
            if elsewhere:
                header.setToolTip(
                    self.tr("Adresse de correspondance : {address}").format(
                        address=", ".join(x for x in address if x.strip())
                    )
                )
            t.setVerticalHeaderItem(row, header)

    # ------------------------------------------------------------------ errors
    def clear_errors(self) -> None:
        for edit in self.edits.values():
            edit.setStyleSheet("")
            edit.setToolTip("")

    def show_errors(self, row: int, errors: dict[str, str]) -> None:
        """Select occupant ``row`` and mark the inputs ``errors`` names (field: text)."""
        self._table.setCurrentCell(row, NAME_COLUMN)
        self.show_row(row)
        self._table.scrollToItem(self._table.item(row, NAME_COLUMN))
        self.warning.hide()  # (the refusal says it, above)
        for key, text in errors.items():
            edit = self.edits.get(key)
            if edit is not None:
                edit.setStyleSheet(ERROR_FIELD_STYLE)
                edit.setToolTip(text)
