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
