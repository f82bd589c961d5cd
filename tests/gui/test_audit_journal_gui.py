"""The « Journal d'audit » page shows the snapshots in French, the records their ids
stand for named, and the whole text of a snapshot its cell cuts short in the cell's
tooltip, one line a field (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment

from tests.test_audit_journal_text import AUDITOR, journal, world  # noqa: F401 - fixtures

pytestmark = pytest.mark.gui


def read(tooltip: str) -> str:
    """A tooltip's text as the reader sees it (its columns one after the other)."""
    return QTextDocumentFragment.fromHtml(tooltip).toPlainText().strip()


def test_audit_page_shows_french_names_and_the_whole_text_in_the_tooltip(qtbot, db, journal):  # noqa: F811
    from desktop.ui.admin_pages import AuditPage

    page = AuditPage(db, AUDITOR)
    qtbot.addWidget(page)
    qtbot.waitUntil(page.verify_button.isEnabled, timeout=10_000)  # the chain checked
    table = page.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    before, after = headers.index("Avant"), headers.index("Après")
    actions = [table.item(r, headers.index("Action")).text() for r in range(table.rowCount())]
    numbers = [table.item(r, headers.index("N°")).text() for r in range(table.rowCount())]
    # The call sheet named by its tenant, its number kept.
    target = journal["target"]
    [row] = [
        r
        for r in range(table.rowCount())
        if (actions[r], numbers[r]) == ("appel", f"DUPONT Élodie (n°\u00a0{target})")
    ]
    assert table.item(row, before).text() == "Étape : Premier appel ; État : À appeler"
    assert table.item(row, headers.index("N°")).toolTip() == numbers[row]  # if cut short
    assert read(table.item(row, before).toolTip()) == "Étape : Premier appel\nÉtat : À appeler"
    assert "Résultat : Joint, besoin exprimé" in read(table.item(row, after).toolTip()).split("\n")
    named = next(
        table.item(r, after).text()
        for r in range(table.rowCount())
        if "Fiche d'appel : " in table.item(r, after).text()
    )
    assert f"Fiche d'appel : DUPONT Élodie (n°\u00a0{target})" in named
    # A tenant file's change: the cell cut short, the tooltip whole, a field a line.
    change = actions.index("modification")
    cell = table.item(change, after)
    shown = table.visualItemRect(cell).width()
    assert (
        cell.text().count(" ; ") > 20 and table.fontMetrics().horizontalAdvance(cell.text()) > shown
    )
    lines = read(cell.toolTip()).split("\n")
    assert "Bail › Loyer (€) : 422,50" in lines and "Observations : —" in lines
    assert lines == cell.text().split(" ; ")
    cells = [
        read(table.item(r, c).toolTip()) for r in range(table.rowCount()) for c in (before, after)
    ]
    assert not any("{" in text for text in cells)  # no stored JSON
    # Nothing before a creation: no text, no tooltip.
    created = actions.index("création")
    assert table.item(created, before).text() == table.item(created, before).toolTip() == ""


def test_a_snapshot_taller_than_the_screen_shows_whole_in_columns(qtbot, db, journal):  # noqa: F811
    """On a laptop a tenant file of several occupants would run off the screen: its
    tooltip lays the fields out side by side, none left out."""
    from desktop.ui.admin_pages import AuditPage

    page = AuditPage(db, AUDITOR)
    qtbot.addWidget(page)
    qtbot.waitUntil(page.verify_button.isEnabled, timeout=10_000)
    page._tooltip_lines = lambda: 10  # a screen ten lines high
    qtbot.mouseClick(page.filter_button, Qt.MouseButton.LeftButton)
    table = page.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    actions = [table.item(r, headers.index("Action")).text() for r in range(table.rowCount())]
    cell = table.item(actions.index("modification"), headers.index("Après"))
    fields = cell.text().split(" ; ")
    assert len(fields) > 20
    assert cell.toolTip().count("<td") == -(-len(fields) // 10)  # columns of ten lines
    assert read(cell.toolTip()).split("\n") == fields
