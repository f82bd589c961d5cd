"""The CALEOL page of an agency manager: his agency's commissions, those of no agency
and those where his account holds a member's seat, their sessions, no error; never
another agency's (services: tests/test_caleol_agency.py)."""

from __future__ import annotations

import pytest

from desktop.domain.roles import Role
from desktop.services.context import Actor
from desktop.ui.main_window import MainWindow
from tests.test_caleol_agency import commissions_of_two_agencies

pytestmark = pytest.mark.gui


def _texts(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def _sessions(page) -> list[str]:
    return [page.sessions.item(row, 0).text() for row in range(page.sessions.rowCount())]


def _caleol_page(qtbot, db, manager: Actor):
    """The manager's window, shown on its CALEOL page (refreshed)."""
    window = MainWindow(db, manager)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.nav.setCurrentRow(window.pages.indexOf(window.caleol_page))
    page = window.caleol_page
    page.refresh()
    return page


def test_the_manager_sees_only_his_commissions_and_their_sessions(qtbot, db, actor):
    world = commissions_of_two_agencies(db, actor)
    manager = Actor("resp.a", role=Role.MANAGER, agency_id=world["agencies"]["A"])
    page = _caleol_page(qtbot, db, manager)
    assert _texts(page.commission) == ["CALEOL A", "CALEOL tous"]
    for index, number in enumerate(("2026-A", "2026-tous")):
        page.commission.setCurrentIndex(index)
        assert _sessions(page) == [number]
        assert not page.error.isVisible(), page.error.text()
        session_window = page.open_current()
        try:
            assert session_window.view.number == number
        finally:
            session_window.close()
    page.tabs.setCurrentWidget(page.offers_panel)
    page.offers_panel.refresh()
    assert not page.error.isVisible(), page.error.text()


def test_a_manager_seated_in_another_agencys_commission_opens_its_session(qtbot, db, actor):
    from tests.test_caleol_agency import seat_the_manager_of_a

    world = commissions_of_two_agencies(db, actor)
    manager, _seat = seat_the_manager_of_a(db, actor, world)
    page = _caleol_page(qtbot, db, manager)
    assert _texts(page.commission) == ["CALEOL A", "CALEOL B", "CALEOL tous"]
    page.commission.setCurrentIndex(1)
    assert _sessions(page) == ["2026-B"]
    session_window = page.open_current()
    try:
        assert session_window.view.number == "2026-B"
    finally:
        session_window.close()
    assert not page.error.isVisible(), page.error.text()
