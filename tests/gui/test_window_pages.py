"""The main window paints with the tenant list only: other pages are built on their
first visit, once, and work as before."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_pages_are_built_on_their_first_visit(qtbot, db, actor):
    statements = []
    event.listen(db.engine, "before_cursor_execute",
                 lambda conn, cursor, statement, *a: statements.append(statement))
    w = MainWindow(db, actor)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    household_pages = [s for s in statements if "FROM household" in s
                       and "count(" not in s.lower()]
    assert len(household_pages) == 1  # one query for the list's first page
    assert not any("FROM notice" in s for s in statements)  # the notices page waits
    assert w.built_page("notice") is None and w.built_page("arrears") is None
    titles = [w.nav.item(i).text() for i in range(w.nav.count())]
    w.nav.setCurrentRow(titles.index("Congés"))
    page = w.built_page("notice")
    assert page is not None and w.pages.currentWidget() is page
    assert w.notice_page is page and w.pages.indexOf(page) == titles.index("Congés")
    w.nav.setCurrentRow(titles.index("Plans d'apurement"))
    assert w.pages.currentWidget() is w.arrears_page
    w.nav.setCurrentRow(titles.index("Congés"))
    assert w.pages.currentWidget() is page  # built once
    w.refresh_current()  # F5 refreshes what exists
