"""The CALEOL page of an agency manager: his agency's commissions, those of no agency
and those where his account holds a member's seat, their sessions, no error; never
another agency's. A member-only account's: the commissions where he sits only
(services: tests/test_caleol_agency.py)."""

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


def _window_on(qtbot, db, actor: Actor, page: str) -> MainWindow:
    """``actor``'s window, shown on its page ``page`` (the attribute's name)."""
    window = MainWindow(db, actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.nav.setCurrentRow(window.pages.indexOf(getattr(window, page)))
    return window


def _caleol_page(qtbot, db, manager: Actor):
    """The manager's window, shown on its CALEOL page (refreshed)."""
    page = _window_on(qtbot, db, manager, "caleol_page").caleol_page
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


def test_a_member_only_account_sees_only_the_commission_where_he_sits(qtbot, db, actor):
    """A mayor's representative (a member-only account) seated in B's commission: his
    CALEOL page lists the minutes of the commission he sits in, and his « Mes votes »
    page the written sessions of that commission alone: not A's, nor the commission of
    no agency's (each has one open), no error."""
    import datetime as dt

    from desktop.domain.caleol import SessionMode
    from desktop.services import caleol
    from desktop.services.caleol import SessionData
    from tests.conftest import seat_account

    world = commissions_of_two_agencies(db, actor)
    for key in ("A", "B", "tous"):
        caleol.create_session(
            db,
            actor,
            world["commissions"][key],
            SessionData(
                number=f"E-{key}",
                session_date=dt.date(2026, 11, 30),
                mode=SessionMode.ECRITE,
                technical_means="Vote dans Parcours",
                vote_opens_at=dt.datetime(2026, 11, 25, 8, 0),
                vote_closes_at=dt.datetime(2026, 11, 30, 18, 0),
            ),
        )
    member, _seat = seat_account(db, actor, world["commissions"]["B"], "maire.b", "Maire de B")
    window = _window_on(qtbot, db, member, "member_vote_page")
    panel = window.member_vote_page
    combo = panel.session_combo
    listed = [combo.itemText(i) for i in range(combo.count())]
    assert len(listed) == 1 and "E-B" in listed[0] and "CALEOL B" in listed[0], listed
    assert "séance n° E-B" in panel.header.text(), panel.header.text()
    window.nav.setCurrentRow(window.pages.indexOf(window.caleol_page))
    assert not window.caleol_page.review_panel.error.isVisible()
