"""Enter opens the selected row on every list, as a double click does (issue 15): the
notices, a file's plans, the CALEOL members, sessions and offers, the campaigns' targets,
referrals and "Mes appels", the accounts, the letter templates, a call's referrals and the
campaign script's questions. Each list: a row selected, Enter (or Return) pressed, its
dialog or window open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStackedWidget, QTabWidget, QWidget

from desktop.domain.roles import Role
from desktop.services import accounts
from desktop.services.context import Actor
from tests.gui.window import show_window

pytestmark = pytest.mark.gui


@pytest.fixture
def world(tmp_path, demo_database):
    db = demo_database(tmp_path / "demo.sqlite", households=40)
    yield db
    db.dispose()


def _windows() -> set[QWidget]:
    return {w for w in QApplication.topLevelWidgets() if w.isVisible()}


def enter_on(qtbot, view, key=Qt.Key.Key_Return, row: int = 0) -> set[QWidget]:
    """Select ``row`` of ``view`` and press ``key`` on it: the windows it opened."""
    assert view.model().rowCount() > row, view.objectName()
    bring_forward(view)
    top = view.window()
    top.show()
    top.activateWindow()
    qtbot.waitUntil(top.isActiveWindow)
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, 0))
    before = _windows()
    qtbot.keyClick(view, key)
    return _windows() - before


def bring_forward(view: QWidget) -> None:
    """The tabs the list sits in, made current: a list in a hidden tab takes no keys."""
    child, parent = view, view.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget):
            tabs = parent.parentWidget()
            (tabs if isinstance(tabs, QTabWidget) else parent).setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()


def close_all(opened: set[QWidget]) -> None:
    for w in opened:
        w.hide()
        w.deleteLater()


@pytest.fixture
def window(qtbot, world):
    from desktop.ui.main_window import MainWindow

    manager = accounts.authenticate(world, "responsable.bxn", accounts.DEMO_PASSWORD)
    w = MainWindow(world, manager)
    qtbot.addWidget(w)
    show_window(qtbot, w)
    yield w
    for dialog in list(w.open_dialogs.values()):
        dialog.save_button.setEnabled(False)
        dialog.close()


def _go(window, page):
    window.nav.setCurrentRow(window.pages.indexOf(page))
    QApplication.processEvents()
    return page


def test_enter_opens_a_notice_and_the_caleol_rows(qtbot, window, tmp_path):
    import datetime as dt

    from desktop.domain.notice import DeliveryMode
    from desktop.domain.notice_case import NoticeInput
    from desktop.services import notices as notice_service
    from desktop.services import tenants
    from desktop.ui.caleol.offers import AnswerDialog
    from desktop.ui.caleol.page import MemberDialog
    from desktop.ui.caleol.session import SessionWindow
    from desktop.ui.notice_dialog import NoticeDialog

    household_id = tenants.search(window.db, window.actor, tenants.TenantQuery(), limit=1)[0].id
    notice_service.record_notice(
        window.db,
        window.actor,
        household_id,
        NoticeInput(delivery_mode=DeliveryMode.MAIN_PROPRE, received_on=dt.date(2026, 2, 10)),
    )
    notices = _go(window, window.notice_page)
    notices.refresh()
    opened = enter_on(qtbot, notices.table, Qt.Key.Key_Enter)
    assert any(isinstance(w, NoticeDialog) for w in opened), opened
    close_all(opened)

    # CALEOL: an administrator (the agency manager reads the committees, changes nothing:
    # a double click on an offer opens nothing for him, nor does Enter)
    from desktop.ui.main_window import MainWindow

    admin = Actor("admin.test", "Admin Test", role=Role.ADMIN)
    window = MainWindow(window.db, admin)
    qtbot.addWidget(window)
    show_window(qtbot, window)
    caleol = _go(window, window.caleol_page)
    opened = enter_on(qtbot, caleol.sessions)
    assert any(isinstance(w, SessionWindow) for w in opened), opened
    close_all(opened)
    opened = enter_on(qtbot, caleol.members)
    assert any(isinstance(w, MemberDialog) for w in opened), opened
    close_all(opened)
    caleol.tabs.setCurrentWidget(caleol.offers_panel)
    offers = caleol.offers_panel
    offers.refresh()
    if not any(r.can_answer for r in offers.rows):  # the offer letters sent: answers awaited
        from desktop.services.caleol import letters as caleol_letters
        from desktop.services.context import today

        sid = offers.rows[0].session_id
        caleol_letters.generate_decision_letters(window.db, admin, sid, today(), tmp_path)
        offers.refresh()
    # the offer waiting for the candidate's answer: a double click records it, so Enter
    answering = next(r.candidate_id for r in offers.rows if r.can_answer)
    table = offers.table
    row = next(
        i
        for i in range(table.rowCount())
        if table.item(i, 0).data(Qt.ItemDataRole.UserRole) == answering
    )
    opened = enter_on(qtbot, table, row=row)
    assert any(isinstance(w, AnswerDialog) for w in opened), opened
    close_all(opened)


def test_enter_opens_an_account_and_a_template(qtbot, world):
    from desktop.ui.admin_pages import UserDialog
    from desktop.ui.main_window import MainWindow

    admin = Actor("admin.test", "Admin Test", role=Role.ADMIN)
    window = MainWindow(world, admin)
    qtbot.addWidget(window)
    show_window(qtbot, window)
    users = _go(window, window.admin_pages["users"])
    opened = enter_on(qtbot, users.table, Qt.Key.Key_Enter)
    dialog = next(w for w in opened if isinstance(w, UserDialog))
    assert dialog.windowTitle()  # the selected account's form
    close_all(opened)

    templates = _go(window, window.templates_page)
    templates.preview.clear()
    enter_on(qtbot, templates.list, row=1)
    assert templates.list.currentRow() == 1
    assert templates.preview.toPlainText().strip()  # its letter, previewed


def test_enter_opens_a_plan_of_the_file(qtbot, world):
    from decimal import Decimal

    from desktop.domain.schedule import PaymentPlanType
    from desktop.services import plans, tenants
    from desktop.ui.plans.dialog import PlanDialog
    from desktop.ui.plans.file_plans import FilePlansDialog

    actor = Actor("admin.test", "Admin Test", role=Role.ADMIN)
    household_id = tenants.search(world, actor, tenants.TenantQuery(), limit=1)[0].id
    terms = plans.terms_from_lease(world, actor, household_id, PaymentPlanType.PLAN_APUREMENT)
    terms.debt, terms.months = Decimal("1200.00"), 12
    plans.create_plan(world, actor, household_id, terms)
    dialog = FilePlansDialog(world, actor, household_id)
    qtbot.addWidget(dialog)
    opened = enter_on(qtbot, dialog.table)
    assert any(isinstance(w, PlanDialog) for w in opened), opened
    close_all(opened)


def test_enter_opens_the_campaign_rows(qtbot, world):
    from desktop.services import campaigns
    from desktop.ui.campaigns.call_dialog import CallDialog, ReferralFollowUpDialog
    from desktop.ui.campaigns.dialogs import QuestionDialog, ScriptEditor
    from desktop.ui.campaigns.page import CampaignPage
    from desktop.ui.main_window import MainWindow
    from tests.gui.test_fit_screen import _campaign_dialogs

    manager = accounts.authenticate(world, "responsable.bxn", accounts.DEMO_PASSWORD)
    _campaign_dialogs(world, manager)  # a running campaign with a call and a referral
    window = MainWindow(world, manager)
    qtbot.addWidget(window)
    show_window(qtbot, window)
    page = _go(window, window.campaign_page)
    tab = page.campaigns_tab
    tab.refresh()
    running = next(s for s in tab.summaries if s.name == "Canicule juillet")
    tab.select(running.id)
    QApplication.processEvents()

    opened = enter_on(qtbot, tab.targets.table)
    assert any(isinstance(w, CallDialog) for w in opened), opened
    close_all(opened)
    opened = enter_on(qtbot, tab.referrals.table)
    assert any(isinstance(w, ReferralFollowUpDialog) for w in opened), opened
    close_all(opened)

    # "Mes appels": a caller's list of households to call
    caller_id = campaigns.caller_candidates(world, manager)[0].user_id
    admin = Actor("admin.test", "Admin Test", role=Role.ADMIN)
    username = next(u.username for u in accounts.list_users(world, admin) if u.id == caller_id)
    caller = accounts.authenticate(world, username, accounts.DEMO_PASSWORD)
    calls = CampaignPage(world, caller)
    qtbot.addWidget(calls)
    calls.calls_tab.refresh()
    opened = enter_on(qtbot, calls.calls_tab.table, Qt.Key.Key_Enter)
    assert any(isinstance(w, CallDialog) for w in opened), opened
    close_all(opened)

    # A call's referrals, inside the call dialog
    referral = campaigns.list_referrals(world, manager, running.id)[0]
    target = next(
        t for t in campaigns.target_list(world, manager, running.id) if t.id == referral.target_id
    )
    call = CallDialog(world, manager, target.id)
    qtbot.addWidget(call)
    opened = enter_on(qtbot, call.referrals)
    assert any(isinstance(w, ReferralFollowUpDialog) for w in opened), opened
    close_all(opened)

    # The script's questions, in the campaign form
    editor = ScriptEditor()
    qtbot.addWidget(editor)
    opened = enter_on(qtbot, editor.list, row=1)
    question = next(w for w in opened if isinstance(w, QuestionDialog))
    assert question.isVisible()
    close_all(opened)
