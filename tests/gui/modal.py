"""Answer the modal dialog that the code under test is about to open."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def answer_message_box(button_text: str | QMessageBox.StandardButton, seen: list[str]) -> None:
    """When the next QMessageBox shows, record its text and click ``button_text`` (the
    button saying it, or one of Qt's standard buttons, whose text is Qt's translation:
    « Ne pas tenir compte » for Discard)."""

    def click():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        if isinstance(button_text, QMessageBox.StandardButton):
            box.button(button_text).click()
        else:
            next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(20, click)
