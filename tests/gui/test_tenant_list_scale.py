"""The tenant list at scale: one probe per keystroke, counts in a second step, keyset
pages with bounded memory, and a failed search that leaves the list whole."""

from __future__ import annotations

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from desktop.domain.roles import Role
from desktop.services import demo, tenants
from desktop.services.context import Actor
from desktop.ui import tenant_model
from desktop.ui.tenant_list import TenantListPage

ADMIN = Actor("admin.test", "Admin Test", role=Role.ADMIN)

pytestmark = pytest.mark.gui


@pytest.fixture
def small_pages(monkeypatch):
    monkeypatch.setattr(tenant_model, "PAGE", 5)
    monkeypatch.setattr(tenant_model, "BLOCK", 7)
    monkeypatch.setattr(tenant_model, "KEEP_BLOCKS", 2)
    monkeypatch.setattr(tenant_model, "KEEP_FORMATTED", 4)


@pytest.fixture
def page(qtbot, db, actor, small_pages):
    demo.generate(db, actor, 60)
    p = TenantListPage(db, actor)
    qtbot.addWidget(p)
    p.resize(1000, 400)
    p.show()
    qtbot.waitExposed(p)
    qtbot.waitUntil(p.is_idle)
    yield p
    p.model.shutdown()


def names(p: TenantListPage) -> list[str]:
    m = p.model
    return [m.index(r, 0).data() for r in range(m.rowCount())]


def test_the_count_comes_after_the_first_page(page, qtbot, db):
    expected = tenants.count(db, ADMIN, tenants.TenantQuery())
    page.status.setCurrentIndex(page.status.findData("ACTIF"))
    page.refresh()
    assert page.model.rowCount() == 5  # the first page is there at once...
    assert page.count_label.text() == "Plus de 5 dossiers (comptage…)"
    qtbot.waitUntil(page.is_idle)  # ...and the count follows
    assert page.count_label.text() == f"{expected} dossiers"
    assert page.model.total == expected


def test_a_newer_keystroke_wins_over_an_older_count(page, qtbot, db):
    page.search.setText("a")
    page.search.setText("")  # before the first count came back
    qtbot.waitUntil(page.is_idle)
    assert page.count_label.text() == f"{tenants.count(db, ADMIN, page.current_query())} dossiers"


def test_one_probe_of_the_search_index_per_keystroke(page, qtbot, db):
    probes = []

    def record(conn, cursor, statement, *args):
        if "FROM search_token" in statement and "household" not in statement.replace(
            "household_id", ""
        ):
            probes.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        for text in ("m", "ma", "mar"):
            page.search.setText(text)
            qtbot.waitUntil(page.is_idle)
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    assert len(probes) == 3  # page and count share the keystroke's plan


def test_scrolling_to_the_end_shows_every_file_once_in_order_with_bounded_memory(page, db):
    page.status.setCurrentIndex(page.status.findData(None))
    model = page.model
    while model.canFetchMore():
        model.fetchMore()
        assert len(model._blocks) <= 2
    expected = [r.display_name for r in tenants.search(db, ADMIN, page.current_query(), limit=1000)]
    assert model.rowCount() == len(expected) == 60
    # Rows pushed out of memory are read again, in the same order, when shown again.
    assert names(page) == expected
    ids = [r.id for r in tenants.search(db, ADMIN, page.current_query(), limit=1000)]
    assert [model.row_id(r) for r in (0, 59, 3, 30)] == [ids[0], ids[59], ids[3], ids[30]]
    assert model.row_of(ids[30]) == 30


def test_a_failed_search_leaves_the_list_whole_and_says_so(page, qtbot, monkeypatch):
    monkeypatch.setattr(tenant_model, "KEEP_BLOCKS", 50)  # every row read stays in memory
    page.refresh()
    before = names(page)
    resets = []
    page.model.modelReset.connect(lambda: resets.append(1))

    def broken(*args, **kwargs):
        raise OperationalError("SELECT", {}, Exception("server closed the connection"))

    original = tenants.plan_page
    monkeypatch.setattr(tenants, "plan_page", broken)
    qtbot.keyClicks(page.search, "dup")
    assert names(page) == before  # nothing lost, nothing half reset
    assert resets == []
    assert page.search.text() == "dup"  # what was typed is kept
    assert "la base de données ne répond pas" in page.count_label.text()
    monkeypatch.setattr(tenants, "plan_page", original)
    page.search.setText("dupo")
    assert page.search_error == ""
    assert all("DUPO" in n.upper() for n in names(page)) or names(page) == []


def test_a_count_still_running_is_finished_before_the_base_is_closed(page, qtbot, db):
    """The window closing (or a test ending) waits for the background work before the
    base is closed (``doc_worker.wait_running``): the count thread too, so that it is
    not left holding a connection of a closed pool."""
    import threading
    import time

    from desktop.ui import doc_worker

    counting = threading.Event()

    def slow_count(conn, cursor, statement, *args):
        if "count(" in statement.lower() and threading.current_thread().name == "tenant-count":
            counting.set()
            time.sleep(0.3)

    event.listen(db.engine, "before_cursor_execute", slow_count)
    try:
        page.status.setCurrentIndex(page.status.findData("ACTIF"))
        page.refresh()  # the first page, then the count in its thread
        qtbot.waitUntil(counting.is_set)
        assert db.engine.pool.checkedout() == 1  # the count holds a connection
        assert doc_worker.wait_running()
        assert db.engine.pool.checkedout() == 0
    finally:
        event.remove(db.engine, "before_cursor_execute", slow_count)
