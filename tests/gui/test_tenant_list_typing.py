"""Typing in the tenant list (issue 19): the columns do not jump at each keystroke but
fit the rows once the typing pauses; a search's count starts once its first page is
on screen."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QEvent, QObject
from sqlalchemy import event

from desktop.services import demo, tenants
from desktop.ui import tenant_list
from desktop.ui.tenant_list import TenantListPage

pytestmark = pytest.mark.gui


def _page(qtbot, db, actor) -> TenantListPage:
    page = TenantListPage(db, actor)
    qtbot.addWidget(page)
    page.resize(1200, 500)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(page.is_idle)
    return page


def test_the_columns_fit_the_rows_once_the_typing_pauses(qtbot, db, actor, monkeypatch):
    monkeypatch.setattr(tenant_list, "SETTLE_MS", 1500)
    demo.generate(db, actor, 30)
    page = _page(qtbot, db, actor)
    rows = tenants.search(db, actor, tenants.TenantQuery(), limit=30)
    shortest = min(rows, key=lambda r: len(r.display_name))
    longest = max(len(r.display_name) for r in rows)
    assert len(shortest.display_name) < longest
    header = page.view.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(0) >= page.view.sizeHintForColumn(0))
    before = header.sectionSize(0)
    page.search.setText(shortest.contract_number)  # typed at once: one row left
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert header.sectionSize(0) == before  # not at the keystroke
    # Once the list has stayed the same for a moment, the name column fits its one
    # short name, the room going to the address, every column in sight.
    qtbot.waitUntil(lambda: header.sectionSize(0) < before, timeout=5_000)
    assert header.sectionSize(0) >= page.view.sizeHintForColumn(0)
    assert page.view.horizontalScrollBar().maximum() == 0


def test_a_search_is_counted_once_its_first_page_is_painted(qtbot, db, actor, monkeypatch):
    from desktop.ui import tenant_model

    monkeypatch.setattr(tenant_model, "PAGE", 5)  # a list longer than its first page
    monkeypatch.setattr(tenant_model, "PAINT_WAIT", 10_000)  # no start without a paint
    demo.generate(db, actor, 40)
    page = _page(qtbot, db, actor)
    events: list[str] = []
    gui = threading.get_ident()

    def record(conn, cursor, statement, *args):
        if "count(" in statement.lower() and threading.get_ident() != gui:
            events.append("count")

    class Paints(QObject):
        def eventFilter(self, watched, ev):
            if ev.type() == QEvent.Type.Paint:
                events.append("paint")
            return False

    paints = Paints(page)
    page.view.viewport().installEventFilter(paints)
    event.listen(db.engine, "before_cursor_execute", record)
    try:
        page.search.setText("a")
        qtbot.waitUntil(page.is_idle)
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    assert "count" in events and "paint" in events
    assert events.index("paint") < events.index("count"), events
    assert page.model.total > 5 and not page.model.counting
