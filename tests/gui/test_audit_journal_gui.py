"""The « Journal d'audit » page shows the snapshots in French, the stored JSON in the
cell's tooltip for an expert (SQLite and PostgreSQL)."""

from __future__ import annotations

import json

import pytest

from tests.test_audit_journal_text import AUDITOR, journal, world  # noqa: F401 - fixtures

pytestmark = pytest.mark.gui


def test_audit_page_shows_french_and_the_stored_json_in_the_tooltip(qtbot, db, journal):  # noqa: F811
    from desktop.ui.admin_pages import AuditPage

    page = AuditPage(db, AUDITOR)
    qtbot.addWidget(page)
    qtbot.waitUntil(page.verify_button.isEnabled, timeout=10_000)  # the chain checked
    table = page.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    before, after = headers.index("Avant"), headers.index("Après")
    actions = [table.item(r, headers.index("Action")).text() for r in range(table.rowCount())]
    numbers = [table.item(r, headers.index("N°")).text() for r in range(table.rowCount())]
    row = next(
        r
        for r in range(table.rowCount())
        if (actions[r], numbers[r]) == ("appel", str(journal["target"]))
    )
    assert table.item(row, before).text() == "Étape : Premier appel ; État : À appeler"
    assert json.loads(table.item(row, before).toolTip()) == {"etape": "APPEL", "etat": "A_APPELER"}
    assert "Résultat : Joint, besoin exprimé" in table.item(row, after).text()
    assert json.loads(table.item(row, after).toolTip())["resultat"] == "JOINT_BESOIN"
    change = actions.index("modification")
    assert "Bail › Loyer (€) : 422,50" in table.item(change, after).text()
    cells = [table.item(r, c).text() for r in range(table.rowCount()) for c in (before, after)]
    assert not any("{" in text for text in cells)
    # Nothing before a creation: no text, no tooltip.
    created = actions.index("création")
    assert table.item(created, before).text() == table.item(created, before).toolTip() == ""
