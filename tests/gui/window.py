"""Showing the main window in a test as a user sees it."""

from __future__ import annotations


def show_window(qtbot, window):
    """Show ``window`` and wait until its tenant list is read: the window paints first
    and reads the list's first page right after (issue 19)."""
    window.show()
    qtbot.waitExposed(window)
    if window.pages.currentWidget() is window.tenant_page:
        qtbot.waitUntil(lambda: not window.tenant_page.pending_load, timeout=10_000)
    return window


def start_up_warnings(qtbot, monkeypatch, db, actor) -> list[tuple[str, str]]:
    """The warnings (title, text) the start-up check of the audit trail shows
    ``actor`` on ``db``, none as well: it runs off the GUI thread; waited for (its
    result is posted to the GUI thread before the thread ends, then delivered)."""
    from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

    from desktop.ui import app as startup

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, body: shown.append((title, body))
    )
    window = QMainWindow()
    qtbot.addWidget(window)
    task = startup.check_audit_chain(db, window, actor)
    qtbot.waitUntil(task.thread.isFinished, timeout=10_000)
    QApplication.processEvents()
    return shown
