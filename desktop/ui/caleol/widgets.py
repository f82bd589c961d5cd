"""Small pieces the CALEOL screens share: styles (the common ones come from
``desktop.ui.widgets``), read-only tables, French input parsing with per-field errors,
the error display of the service exceptions and the tracking of unsaved edits."""

from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from decimal import Decimal
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.domain.errors import UserError, ValidationError
from desktop.domain.formatting import (
    format_date_fr,
    format_decimal_fr,
    parse_date_fr,
    parse_decimal_fr,
    utc_to_local,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.ui import widgets
from desktop.ui.i18n import translate_message
from desktop.ui.tenant_file import FieldRow, FieldRows
from desktop.ui.widgets import (
    ERROR_FIELD_STYLE,
    ERROR_STYLE,
    OK_STYLE,
    WARNING_STYLE,
    ok_cancel,
)

BANNER_OK = ("QLabel { background: #e6f4ea; color: #1b5e20; border: 1px solid #1b6e20; "
             "border-radius: 4px; padding: 6px; font-weight: bold; }")
BANNER_BAD = ("QLabel { background: #fdecea; color: #b3261e; border: 1px solid #b3261e; "
              "border-radius: 4px; padding: 6px; font-weight: bold; }")
LOCK_STYLE = ("QLabel { background: #eceff1; color: #263238; border: 1px solid #607d8b; "
              "border-radius: 4px; padding: 4px 8px; font-weight: bold; }")

#: the civilities offered for a person (none, Madame, Monsieur)
CIVILITIES = ("", "Mme", "M.")

__all__ = [
    "BANNER_BAD", "BANNER_OK", "CIVILITIES", "ERROR_FIELD_STYLE", "ERROR_STYLE",
    "LOCK_STYLE", "OK_STYLE", "WARNING_STYLE", "EditTracking", "ErrorForm", "FieldRow",
    "Inputs", "cell", "label", "m", "message_label", "money_text", "name_row", "ok_cancel",
    "read_only_table", "text_of",
]


def m(text: str) -> str:
    """A domain label (``QT_TRANSLATE_NOOP("messages", ...)``) through the translators."""
    return QCoreApplication.translate("messages", text)


def text_of(message: Message | str) -> str:
    return translate_message(message) if isinstance(message, Message) else str(message)


def money_text(value: Decimal | None) -> str:
    """An amount for an input field: ``1 234,56`` (no currency sign)."""
    return "" if value is None else format_decimal_fr(value).replace("\u202f", " ")


def message_label(parent: QWidget, name: str, style: str = ERROR_STYLE) -> QLabel:
    """``widgets.message_label`` whose text the user can select (to copy an error)."""
    return widgets.message_label(parent, name, style, selectable=True)


def label(parent: QWidget, text: str = "", name: str = "") -> QLabel:
    lab = QLabel(text, parent)
    lab.setWordWrap(True)
    if name:
        lab.setObjectName(name)
    return lab


def name_row(rows: dict[str, FieldRow]) -> QHBoxLayout:
    """A person's civility, first name and last name on one line, the two names sharing
    the room (``rows``: the ``civility``, ``first_name`` and ``last_name`` rows)."""
    names = QHBoxLayout()
    names.addWidget(rows["civility"])
    names.addWidget(rows["first_name"], 1)
    names.addWidget(rows["last_name"], 1)
    return names


def read_only_table(parent: QWidget, name: str, headers: list[str],
                    stretch: int | None = None,
                    widths: dict[int, int] | None = None) -> QTableWidget:
    """A read-only, one-row-selection table; columns fit their contents, except
    ``stretch`` (takes the room left) and ``widths`` (fixed starting width, the user
    may resize; long texts are elided, their tooltip shows them)."""
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column, width in (widths or {}).items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
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


def local_to_utc(value: dt.datetime) -> dt.datetime:
    """A local date-time typed by the user -> naive UTC (how timestamps are stored)."""
    return value.astimezone().astimezone(dt.UTC).replace(tzinfo=None)


def format_local(value: dt.datetime | None, fmt: str = "%d/%m/%Y %H:%M") -> str:
    return utc_to_local(value).strftime(fmt) if value is not None else ""


class Inputs:
    """Reads French input; each unreadable field gets its French message in ``errors``."""

    def __init__(self):
        self.errors: dict[str, str] = {}

    def _fail(self, key: str, text: str) -> None:
        self.errors.setdefault(key, text)

    def date(self, key: str, text: str, required: bool = False) -> dt.date | None:
        text = (text or "").strip()
        if not text:
            if required:
                self._fail(key, m(QT_TRANSLATE_NOOP("messages", "Date obligatoire (JJ/MM/AAAA).")))
            return None
        try:
            return parse_date_fr(text)
        except ValueError:
            self._fail(key, m(QT_TRANSLATE_NOOP("messages", "Date illisible : saisissez JJ/MM/AAAA.")))
            return None

    def time(self, key: str, text: str) -> dt.time | None:
        text = (text or "").strip().lower().replace("h", ":")
        if not text:
            return None
        if text.endswith(":"):
            text += "00"
        try:
            hours, _, minutes = text.partition(":")
            return dt.time(int(hours), int(minutes or 0))
        except ValueError:
            self._fail(key, m(QT_TRANSLATE_NOOP("messages", "Heure illisible : saisissez HH:MM.")))
            return None

    def local_datetime(self, key: str, text: str) -> dt.datetime | None:
        """``12/03/2026 14:30`` in local time -> naive UTC."""
        text = " ".join((text or "").split())
        if not text:
            return None
        day_text, _, time_text = text.partition(" ")
        day = self.date(key, day_text)
        at = self.time(key, time_text or "00:00")
        if day is None or at is None:
            self._fail(key, m(QT_TRANSLATE_NOOP("messages", "Date et heure illisibles : saisissez JJ/MM/AAAA HH:MM.")))
            return None
        return local_to_utc(dt.datetime.combine(day, at))

    def decimal(self, key: str, text: str) -> Decimal | None:
        text = (text or "").strip().replace("%", "")
        if not text:
            return None
        try:
            return parse_decimal_fr(text)
        except ValueError:
            self._fail(key, m(QT_TRANSLATE_NOOP("messages", "Nombre illisible : saisissez par exemple 1 234,56.")))
            return None

    def integer(self, key: str, text: str) -> int | None:
        text = (text or "").strip()
        if not text:
            return None
        try:
            return int(text)
        except ValueError:
            self._fail(key, m(QT_TRANSLATE_NOOP("messages", "Nombre entier attendu.")))
            return None


class ErrorForm(FieldRows):
    """A form whose inputs are in ``self.rows`` (field path -> ``FieldRow``) with a
    general error label ``self.general_error``; shows what the services raise."""

    general_error: QLabel
    #: service field names shown on another row (``vote_window`` -> ``vote_opens_at``)
    aliases: ClassVar[dict[str, str]] = {}

    def clear_errors(self) -> None:
        for row in self.rows.values():
            row.set_error(None)
        self.general_error.clear()
        self.general_error.hide()

    def show_errors(self, errors: dict[str, str], general: str = "") -> None:
        leftovers = []
        for key, text in errors.items():
            key = self.aliases.get(key, key)
            row = self.rows.get(key)
            if row is not None:
                row.set_error(text)
            else:
                leftovers.append(text)
        text = "\n".join([general] * bool(general) + leftovers)
        self.general_error.setText(text)
        self.general_error.setVisible(bool(text))

    def show_exception(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.show_errors({k: translate_message(v) for k, v in exc.fields.items()},
                             translate_message(exc.message))
        elif isinstance(exc, UserError):
            self.show_errors({}, translate_message(exc.message))
        else:
            self.show_errors({}, m(QT_TRANSLATE_NOOP("messages", "Erreur inattendue : {error}")).format(error=exc))


class EditTracking:
    """Mixin of a form whose unsaved edits matter: ``dirty`` turns true when the user
    changes an input connected to ``_touched``; what the code writes inside
    ``with self.filling():`` does not count, and leaves the form clean."""

    dirty: bool = False
    _filling: bool = False

    def _touched(self, *_args) -> None:
        if not self._filling:
            self.dirty = True

    @contextmanager
    def filling(self, clean: bool = True):
        """Write the inputs without marking the form edited; ``clean``: it is unedited
        afterwards (it shows what is saved)."""
        self._filling = True
        try:
            yield
        finally:
            self._filling = False
        if clean:
            self.dirty = False


def date_text(value: dt.date | None) -> str:
    return format_date_fr(value)


def enum_data(combo, cls):
    """The enum member a combo holds as item data (Qt hands ``str`` enums back as
    plain strings), or ``None``."""
    value = combo.currentData()
    return None if value is None or value == "" else cls(value)
