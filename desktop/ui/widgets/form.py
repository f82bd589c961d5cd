"""The form kit: an input with its error under it (``FieldRow``), forms whose service
errors land next to the right input (``FieldRows``, ``ErrorForm``), French input
parsing with per-field errors (``Inputs``) and the tracking of unsaved edits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from contextlib import contextmanager
from decimal import Decimal
from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError, ValidationError
from desktop.domain.formatting import (
    AmountError,
    format_date_fr,
    format_decimal_fr,
    local_to_utc,
    missing_day,
    parse_amount_fr,
    parse_date_fr,
    parse_decimal_fr,
    utc_to_local,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import ERROR_FIELD_STYLE, ERROR_STYLE, WARNING_STYLE, line_edit
from desktop.ui.widgets.messages import error_text, m, tr


class FieldRow(QWidget):
    """An input with its error message right under it."""

    def __init__(self, editor: QWidget, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        # In a row taller than it needs (a grid beside a taller cell, a tall window),
        # an input that cannot grow stays at the top, on its label's line, not in the
        # middle of the row; one that grows (a text) still takes the room.
        grows = editor.sizePolicy().verticalPolicy().value & QSizePolicy.PolicyFlag.GrowFlag.value
        layout.addWidget(editor, 0, Qt.AlignmentFlag(0) if grows else Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.error)
        self.warning: QLabel | None = None  # made at its first warning

    def set_warning(self, text: str | None) -> None:
        """A warning under the input (amber): something to fix before it is used, which
        does not stop the form being saved."""
        if self.warning is None:
            if not text:
                return
            self.warning = QLabel(self)
            self.warning.setObjectName(f"{self.editor.objectName()}.warning")
            self.warning.setStyleSheet(WARNING_STYLE)
            self.warning.setWordWrap(True)
            self.layout().addWidget(self.warning)
        self.warning.setText(text or "")
        self.warning.setVisible(bool(text))

    def set_error(self, text: str | None) -> None:
        if text:
            self.error.setText(text)
            self.error.show()
            self.editor.setStyleSheet(ERROR_FIELD_STYLE)
            self.editor.setToolTip(text)
        else:
            self.error.clear()
            self.error.hide()
            self.editor.setStyleSheet("")
            self.editor.setToolTip("")


def clear_rows(rows: dict[str, FieldRow]) -> None:
    """Every input of a form (``rows``: field path -> ``FieldRow``) without its error."""
    for row in rows.values():
        row.set_error(None)


class FieldRows:
    """Mixin for forms whose inputs are kept in ``self.rows`` by field path, so that
    service errors (``ValidationError.fields``) land next to the right input."""

    rows: dict[str, FieldRow]

    def _row(self, path: str, editor: QWidget) -> FieldRow:
        editor.setObjectName(path)
        row = FieldRow(editor)
        self.rows[path] = row
        return row

    def _line(self, path: str, placeholder: str = "") -> QLineEdit:
        edit = line_edit(self, path, placeholder)  # (as wide as its example)
        self._row(path, edit)
        return edit

    def _text(
        self, path: str, placeholder: str = "", *, max_height: int = 0, fixed_height: int = 0
    ) -> QPlainTextEdit:
        """A multi-line input, at most ``max_height`` or exactly ``fixed_height`` tall."""
        edit = QPlainTextEdit(self)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        if max_height:
            edit.setMaximumHeight(max_height)
        if fixed_height:
            edit.setFixedHeight(fixed_height)
        if max_height or fixed_height:
            # not asking for the room it cannot take: in a taller form its row would
            # grow, the input would stand in the middle of it, away from its label
            edit.setSizePolicy(edit.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Maximum)
        self._row(path, edit)
        return edit


def money_text(value: Decimal | None) -> str:
    """An amount for an input field: ``1 234,56`` (no currency sign)."""
    return "" if value is None else format_decimal_fr(value).replace("\u202f", " ")


def label(parent: QWidget, text: str = "", name: str = "") -> QLabel:
    lab = QLabel(text, parent)
    lab.setWordWrap(True)
    if name:
        lab.setObjectName(name)
    return lab


def form_group(title: str, parent: QWidget) -> tuple[QGroupBox, QFormLayout]:
    """A titled frame and the form laid out in it."""
    box = QGroupBox(title, parent)
    return box, QFormLayout(box)


PASSWORDS_DIFFER = QT_TRANSLATE_NOOP("widgets", "Les deux mots de passe ne sont pas identiques.")


def passwords_differ(password: QLineEdit, confirm: QLineEdit, error: QLabel) -> bool:
    """A password and its confirmation typed differently: said on the ``error`` line."""
    if password.text() == confirm.text():
        return False
    error.setText(tr(PASSWORDS_DIFFER))
    return True


def unmark_tabs(tabs: QTabWidget) -> None:
    """Every tab title of ``tabs`` back to the normal colour, without the tooltip that
    ``mark_tabs`` gave it."""
    bar = tabs.tabBar()
    for i in range(tabs.count()):
        bar.setTabTextColor(i, tabs.palette().windowText().color())
        bar.setTabToolTip(i, "")


def mark_tabs(tabs: QTabWidget, indexes: Iterable[int], tooltip: str = "") -> None:
    """The titles of the tabs ``indexes`` (they hold fields in error) in red, with
    ``tooltip`` when given; the first of them is shown."""
    bar = tabs.tabBar()
    first = None
    for i in indexes:
        bar.setTabTextColor(i, QColor("#b3261e"))
        if tooltip:
            bar.setTabToolTip(i, tooltip)
        first = i if first is None else first
    if first is not None:
        tabs.setCurrentIndex(first)


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
                self._fail(key, m(QT_TRANSLATE_NOOP("messages", "Date obligatoire (jj/mm/aaaa).")))
            return None
        try:
            return parse_date_fr(text)
        except ValueError:
            self._fail(
                key, m(QT_TRANSLATE_NOOP("messages", "Date illisible : saisissez jj/mm/aaaa."))
            )
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
            self._fail(key, m(QT_TRANSLATE_NOOP("messages", "Heure illisible : saisissez hh:mm.")))
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
            self._fail(
                key,
                m(
                    QT_TRANSLATE_NOOP(
                        "messages", "Date et heure illisibles : saisissez jj/mm/aaaa hh:mm."
                    )
                ),
            )
            return None
        return local_to_utc(dt.datetime.combine(day, at))

    def decimal(self, key: str, text: str) -> Decimal | None:
        text = (text or "").strip().replace("%", "")
        if not text:
            return None
        try:
            return parse_decimal_fr(text)
        except AmountError as exc:  # says why ("1.234" is ambiguous...)
            self._fail(key, translate_message(exc.message))
            return None
        except ValueError:
            self._fail(
                key,
                m(
                    QT_TRANSLATE_NOOP(
                        "messages", "Nombre illisible : saisissez par exemple 1 234,56."
                    )
                ),
            )
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


DATE_REQUIRED = QT_TRANSLATE_NOOP("messages", "La date est obligatoire.")
BAD_DATE = QT_TRANSLATE_NOOP("messages", "Date invalide : attendu jj/mm/aaaa (ex. 23/11/2026).")
AMOUNT_REQUIRED = QT_TRANSLATE_NOOP("messages", "Le montant est obligatoire.")
BAD_AMOUNT = QT_TRANSLATE_NOOP("messages", "Montant invalide : attendu un nombre (ex. 1 234,56).")


class DatesAndAmounts:
    """Reads the dates and amounts of a form from their text (the tenant file, the
    payment plan); each missing or unreadable one gets its French message in ``errors``
    under its field path, the value is then None."""

    def __init__(self, errors: dict[str, str]):
        self.errors = errors

    def date(self, path: str, text: str, required: bool = False) -> dt.date | None:
        if (why := missing_day(text or "")) is not None:  # 31/11/2026: right form, no such day
            self.errors[path] = translate_message(why)
            return None
        return self._read(path, text, required, parse_date_fr, DATE_REQUIRED, BAD_DATE)

    def amount(self, path: str, text: str, required: bool = True) -> Decimal | None:
        return self._read(path, text, required, parse_amount_fr, AMOUNT_REQUIRED, BAD_AMOUNT)

    def _read(self, path: str, text: str, required: bool, parse, missing: str, unreadable: str):
        if not text.strip():
            if required:
                self.errors[path] = m(missing)
            return None
        try:
            return parse(text)
        except AmountError as exc:  # says why: "1.234" is ambiguous, "1,234.56" unreadable
            self.errors[path] = translate_message(exc.message)
        except ValueError:
            self.errors[path] = m(unreadable)
        return None


class ErrorForm(FieldRows):
    """A form whose inputs are in ``self.rows`` (field path -> ``FieldRow``) with a
    general error label ``self.general_error``; shows what the services raise."""

    general_error: QLabel
    #: service field names shown on another row (``vote_window`` -> ``vote_opens_at``)
    aliases: ClassVar[dict[str, str]] = {}

    def clear_errors(self) -> None:
        clear_rows(self.rows)
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
            self.show_errors(
                {k: translate_message(v) for k, v in exc.fields.items()},
                translate_message(exc.message),
            )
        elif isinstance(exc, UserError):
            self.show_errors({}, translate_message(exc.message))
        else:
            self.show_errors({}, error_text(exc))


class EditTracking:
    """Mixin of a form whose unsaved edits matter: ``dirty`` turns true when the user
    changes an input connected to ``_touched``; what the code writes inside
    ``with self.filling():`` does not count, and leaves the form clean."""

    dirty: bool = False
    _filling: bool = False

    def _touched(self, *_args) -> None:
        if not self._filling:
            self.dirty = True

    def _track(self, *signals) -> None:
        """Each of ``signals`` (an input's "the user changed me") marks the form edited."""
        for signal in signals:
            signal.connect(self._touched)

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


def input_values(inputs: tuple[QWidget, ...]) -> tuple:
    """What ``inputs`` hold, to tell later whether the user changed them: a text, a
    choice's index, a box ticked or not."""
    out: list[object] = []
    for widget in inputs:
        if isinstance(widget, QLineEdit):
            out.append(widget.text())
        elif isinstance(widget, QComboBox):
            out.append(widget.currentIndex())
        elif isinstance(widget, QCheckBox):
            out.append(widget.isChecked())
        else:
            out.append(widget.toPlainText())
    return tuple(out)


def set_input_values(inputs: tuple[QWidget, ...], values: tuple) -> None:
    """``inputs`` given back the ``values`` of :func:`input_values`."""
    for widget, value in zip(inputs, values, strict=True):
        if isinstance(widget, QLineEdit):
            widget.setText(value)
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(value)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(value)
        else:
            widget.setPlainText(value)
