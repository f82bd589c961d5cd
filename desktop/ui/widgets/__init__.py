"""Small pieces every screen shares: the colours of the status, warning and error lines,
and the label that shows such a line.

Screens import the styles from here, so that an error is the same red everywhere."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

#: an error line (red)
ERROR_STYLE = "color: #b3261e;"
#: an input in error (red frame), see ``tenant_file.FieldRow``
ERROR_FIELD_STYLE = "border: 1px solid #b3261e; background: #fdecea;"
#: an action went through (green)
OK_STYLE = "color: #1b6e20;"
#: a warning: something to check before going on (amber)
WARNING_STYLE = "color: #8a5300;"

__all__ = ["ERROR_FIELD_STYLE", "ERROR_STYLE", "OK_STYLE", "WARNING_STYLE", "message_label",
           "ok_cancel"]


def message_label(parent: QWidget, name: str, style: str = ERROR_STYLE, *,
                  hidden: bool = True, selectable: bool = False) -> QLabel:
    """A word-wrapped line for a status, a warning or an error, named ``name`` (the
    tests find it by that name) and coloured by ``style``.

    It stays hidden until there is something to say, unless ``hidden`` is False (a line
    that is always there, empty when all is well). ``selectable``: the user can select
    its text with the mouse, to copy an error into a message."""
    lab = QLabel(parent)
    lab.setObjectName(name)
    lab.setStyleSheet(style)
    lab.setWordWrap(True)
    if selectable:
        lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if hidden:
        lab.hide()
    return lab


def ok_cancel(dialog: QDialog, name: str, text: str = "",
              on_ok: Callable[[], object] | None = None) -> tuple[QDialogButtonBox, QPushButton]:
    """The OK and Cancel buttons of ``dialog`` and its OK button, named ``name`` and
    saying ``text`` (Qt's "OK" when empty). OK calls ``on_ok`` (``dialog.accept`` when
    None: the dialog checks and saves in its ``accept``); Cancel closes the dialog."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, dialog)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setObjectName(name)
    if text:
        ok.setText(text)
    buttons.accepted.connect(on_ok or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok
