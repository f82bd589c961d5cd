"""Messages shown to the user: labels defined below the UI translated (``m``), a
service message as text (``text_of``) and the one concurrent-change dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.ui.i18n import translate_message


def m(text: str) -> str:
    """A domain label (``QT_TRANSLATE_NOOP("messages", ...)``) through the translators."""
    return QCoreApplication.translate("messages", text)


def text_of(message: Message | str) -> str:
    return translate_message(message) if isinstance(message, Message) else str(message)


CONFLICT_TITLE = QT_TRANSLATE_NOOP("widgets", "Modification concurrente")
KEEP_INPUT = QT_TRANSLATE_NOOP("widgets", "Garder ma saisie")


def tr(text: str) -> str:
    """A text of these shared widgets (``QT_TRANSLATE_NOOP("widgets", ...)``) translated."""
    return QCoreApplication.translate("widgets", text)


def ask_reload_on_conflict(
    parent: QWidget, message: Message | str, reload_label: str, name: str = "conflictBox"
) -> bool:
    """The concurrent-change dialog: someone else saved the row meanwhile (the
    service's ``ConflictError``). The user reloads (``True``: the caller reloads the
    row) or keeps his input to copy it (``False``). ``reload_label``: "Recharger le
    dossier", "Recharger le plan"..."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr(CONFLICT_TITLE), text_of(message), parent=parent)
    reload_button = box.addButton(reload_label, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr(KEEP_INPUT), QMessageBox.ButtonRole.RejectRole)
    box.setObjectName(name)
    box.exec()
    return box.clickedButton() is reload_button
