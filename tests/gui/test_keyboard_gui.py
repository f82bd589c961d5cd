"""Keyboard and feedback (issue 15): Down from the search box reaches the list, Enter
opens the selected row, Tab leaves the occupants grid, the status bar speaks of the
page shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.services import demo
from desktop.ui.main_window import MainWindow
from tests.gui.window import show_window

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, db, actor):
    demo.generate(db, actor, 30)
    w = MainWindow(db, actor)
    qtbot.addWidget(w)
    show_window(qtbot, w)
    yield w
    for dialog in list(w.open_dialogs.values()):
        dialog.save_button.setEnabled(False)
        dialog.close()


def test_down_from_the_search_then_enter_opens_the_file(qtbot, window):
    page = window.tenant_page
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.view.hasFocus()
    assert page.view.currentIndex().row() == 0
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    assert page.view.currentIndex().row() == 1
    expected = page.model.row_id(1)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert expected in window.open_dialogs


def test_tab_leaves_the_occupants_grid(qtbot, window):
    dialog = window.open_file(window.tenant_page.model.row_id(0))
    qtbot.waitExposed(dialog)
    grid = dialog.occupants
    dialog.tabs.setCurrentWidget(grid.parentWidget()) if dialog.tabs.indexOf(
        grid.parentWidget()
    ) >= 0 else None
    grid.setFocus()
    grid.setCurrentCell(0, 0)
    qtbot.keyClick(grid, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not grid


def test_enter_opens_a_plan_from_the_arrears_list(qtbot, window):
    window.nav.setCurrentRow(window.pages.indexOf(window.arrears_page))
    page = window.arrears_page
    page.refresh()
    assert page.model.rowCount() > 0
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.view.hasFocus()
    household_id = page.current_row().household_id
    qtbot.keyClick(page.view, Qt.Key.Key_Enter)
    dialog = page.plan_dialogs.get(household_id)
    assert dialog is not None and dialog.isVisible()
    dialog.hide()


def test_the_status_bar_speaks_of_the_page_shown(qtbot, window):
    tenants_text = window.count_status.text()
    assert "dossier" in tenants_text
    window.nav.setCurrentRow(window.pages.indexOf(window.notice_page))
    assert window.count_status.text() == window.notice_page.count_label.text()
    assert window.count_status.text() != tenants_text
    window.nav.setCurrentRow(window.pages.indexOf(window.dashboard_page))
    assert window.count_status.text() == ""
    window.nav.setCurrentRow(0)
    assert window.count_status.text() == tenants_text


def test_qt_own_file_dialog_speaks_french(qtbot, qapp):
    """Qt's non-native file dialog (used where the system has none) is in French: the
    translators install qtbase_fr with Parcours' own catalogue."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    from desktop.ui.i18n import install_translators

    install_translators(qapp)
    dialog = QFileDialog(None, "Exporter")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    texts = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert texts["lookInLabel"] == "&Voir dans\u00a0:"
    assert texts["fileNameLabel"] == "&Nom de fichier\u00a0:"
    assert texts["fileTypeLabel"] == "&Type de fichier\u00a0:"


def test_timeline_shows_each_changed_field_before_and_after_and_who(
    qtbot, db, actor, agency, make_file
):
    import copy
    from decimal import Decimal

    from desktop.domain.roles import Role
    from desktop.domain.tenant import OccupantData
    from desktop.services import tenants
    from desktop.services.context import Actor
    from desktop.ui.tenant_file import TenantFileDialog

    household_id = tenants.create_tenant_file(db, actor, make_file(3))
    view = tenants.get_tenant_file(db, actor, household_id)
    data = copy.deepcopy(view.data)
    data.lease.rent = Decimal("430.00")
    data.occupants.append(OccupantData(last_name="Dupont", first_name="Marc"))
    clerk = Actor("m.durand", "Marie Durand", role=Role.ADMIN)
    tenants.update_tenant_file(db, clerk, household_id, data, view.version)

    edit = next(
        e
        for e in tenants.get_tenant_file(db, actor, household_id).timeline
        if e.kind == tenants.EVENT_EDITED
    )
    assert edit.actor == "m.durand"
    assert ("lease.rent", "412,50\u00a0€", "430,00\u00a0€") in edit.changes
    assert ("occupants", "DUPONT Élodie", "DUPONT Élodie, DUPONT Marc") in edit.changes

    dialog = TenantFileDialog(db, actor, household_id)
    qtbot.addWidget(dialog)
    timeline = dialog.timeline
    rows = [timeline.topLevelItem(i) for i in range(timeline.topLevelItemCount())]
    row = next(r for r in rows if r.text(1) == "Modification")
    assert row.text(2) == "m.durand"
    assert "Loyer : 412,50\u00a0€ → 430,00\u00a0€" in row.text(3)
    assert "Occupants : DUPONT Élodie → DUPONT Élodie, DUPONT Marc" in row.text(3)
    dialog.save_button.setEnabled(False)


def test_a_save_is_confirmed_inside_the_tenant_file(qtbot, window):
    dialog = window.open_file(window.tenant_page.model.row_id(0))
    qtbot.waitExposed(dialog)
    dialog.rent.setText("500,00")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_message.isVisible()
    assert dialog.saved_message.text().startswith("Dossier enregistré (")
    assert window.statusBar().currentMessage() == ""  # not behind the dialog
