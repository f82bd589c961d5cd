"""Click through the tenant list and the tenant file with real widgets."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox

from desktop.domain.roles import Role
from desktop.domain.tenant import OccupantData
from desktop.services import tenants
from desktop.services.context import Actor
from desktop.storage.db import Database
from desktop.ui.main_window import MainWindow
from tests.gui.window import show_window

ADMIN = Actor("admin.test", "Admin Test", role=Role.ADMIN)  # reads and checks as an administrator

pytestmark = pytest.mark.gui


@pytest.fixture
def files(db, actor, agency, make_file):
    ids = {}
    d = make_file(1)
    ids["dupont"] = tenants.create_tenant_file(db, actor, d)
    d = make_file(2)
    d.occupants = [OccupantData("Martin", "Lucas", "M.", dt.date(1990, 5, 2))]
    d.dwelling.address_line = "3 avenue Thiers"
    d.balance = Decimal("350.00")
    ids["martin"] = tenants.create_tenant_file(db, actor, d)
    d = make_file(3)
    d.occupants = [OccupantData("Lefèvre", "Éloïse", "Mme", dt.date(1985, 1, 9))]
    ids["lefevre"] = tenants.create_tenant_file(db, actor, d)
    return ids


@pytest.fixture
def window(qtbot, db, actor, files):
    w = MainWindow(db, actor)
    qtbot.addWidget(w)
    show_window(qtbot, w)
    yield w
    for dialog in list(w.open_dialogs.values()):
        dialog.save_button.setEnabled(False)  # no "save changes?" prompt at teardown
        dialog.close()


def visible_names(w: MainWindow) -> list[str]:
    m = w.tenant_page.model
    return [m.index(r, 0).data() for r in range(m.rowCount())]


def test_search_as_you_type_ignores_accents_and_case(window, qtbot):
    assert len(visible_names(window)) == 3
    qtbot.keyClicks(window.tenant_page.search, "elo")
    assert sorted(visible_names(window)) == ["DUPONT Élodie", "LEFÈVRE Éloïse"]
    window.tenant_page.search.clear()
    # QTest can only type ASCII keys: accented text goes in as a user's paste would.
    window.tenant_page.search.insert("ÉLOÏ")
    assert visible_names(window) == ["LEFÈVRE Éloïse"]
    window.tenant_page.search.clear()
    qtbot.keyClicks(window.tenant_page.search, "thiers")
    assert visible_names(window) == ["MARTIN Lucas"]
    assert window.tenant_page.count_label.text() == "1 dossier"
    window.tenant_page.search.clear()
    qtbot.keyClicks(window.tenant_page.search, "BX-2024-00003")
    assert visible_names(window) == ["LEFÈVRE Éloïse"]


def test_filters_over_70_and_arrears(window, qtbot):
    qtbot.mouseClick(window.tenant_page.senior, Qt.MouseButton.LeftButton)
    assert visible_names(window) == ["DUPONT Élodie"]
    qtbot.mouseClick(window.tenant_page.senior, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.tenant_page.arrears, Qt.MouseButton.LeftButton)
    assert visible_names(window) == ["MARTIN Lucas"]
    assert "350,00" in window.tenant_page.model.index(0, 5).data()


def test_sort_by_header_click(window, qtbot):
    header = window.tenant_page.view.horizontalHeader()
    assert visible_names(window)[0] == "DUPONT Élodie"
    header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert visible_names(window)[0] == "MARTIN Lucas"


def open_by_enter(window, qtbot, name: str):
    qtbot.keyClicks(window.tenant_page.search, name)
    view = window.tenant_page.view
    view.setFocus()
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert len(window.open_dialogs) == 1
    return next(iter(window.open_dialogs.values()))


def test_open_by_double_click(window, qtbot):
    view = window.tenant_page.view
    rect = view.visualRect(window.tenant_page.model.index(1, 0))
    # Qt 6 recognises a double click as a press-release followed by a double-click event.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = next(iter(window.open_dialogs.values()))
    assert dialog.title.text() == "<h2>LEFÈVRE Éloïse</h2>"


def test_open_edit_save_then_undo(window, qtbot, db, files):
    dialog = open_by_enter(window, qtbot, "dupont")
    assert "plus de 70 ans" in dialog.flags.text()
    dialog.rent.clear()
    qtbot.keyClicks(dialog.rent, "1 450,20")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = tenants.get_tenant_file(db, ADMIN, files["dupont"])
    assert saved.data.lease.rent == Decimal("1450.20")
    assert saved.version == 2
    assert saved.timeline[0].kind == tenants.EVENT_EDITED
    assert dialog.timeline.topLevelItem(0).text(1) == "Modification"
    # the field, its value before and after (issue 15)
    assert dialog.timeline.topLevelItem(0).text(3) == "Loyer : 412,50\u00a0€ → 1\u202f450,20\u00a0€"

    window.undo_action.trigger()
    restored = tenants.get_tenant_file(db, ADMIN, files["dupont"])
    assert restored.data.lease.rent == Decimal("412.50")
    assert dialog.rent.text() == "412,50"  # the open dialog shows the restored state
    window.redo_action.trigger()
    assert tenants.get_tenant_file(db, ADMIN, files["dupont"]).data.lease.rent == Decimal("1450.20")


def test_validation_errors_are_shown_next_to_fields_and_nothing_saved(window, qtbot, db, files):
    dialog = open_by_enter(window, qtbot, "martin")
    dialog.rent.setText("-5")
    dialog.start_date.setText("31/02/2024")
    dialog.set_occupant_cell(0, "last_name", "   ")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    # Parse errors first: the impossible date.
    assert dialog.rows["lease.start_date"].error.isVisible()
    assert dialog.rows["lease.start_date"].error.text() == (
        "Le 31/02/2024 n'existe pas : février 2024 compte 29 jours."
    )
    dialog.start_date.setText("01/02/2024")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.rows["lease.rent"].error.text() == "Le montant ne peut pas être négatif."
    assert "Occupant 1 — Nom : Ce champ est obligatoire." in dialog.occupants_error.text()
    assert not dialog.rows["lease.start_date"].error.isVisible()
    current = tenants.get_tenant_file(db, ADMIN, files["martin"])
    assert current.version == 1
    assert current.data.lease.rent == Decimal("412.50")


def test_a_street_too_long_for_the_letters_is_warned_as_typed_and_still_saved(
    window, qtbot, db, files
):
    """The letters refuse an address line beyond 38 characters once abbreviated: the
    form says so in amber under the field as it is typed, and saving still works."""
    from desktop.ui.widgets import WARNING_STYLE

    dialog = open_by_enter(window, qtbot, "martin")
    dialog.tabs.setCurrentIndex(2)
    row = dialog.rows["dwelling.address_line"]
    assert row.warning is None or not row.warning.isVisible()
    dialog.address_line.selectAll()
    qtbot.keyClicks(dialog.address_line, "128 chemin des Grandes Terres de la Vieille Croix")
    assert row.warning is not None and row.warning.isVisible()
    assert row.warning.text().startswith(
        "Trop long pour l'adresse des courriers : 46 caractères une fois abrégé"
    )
    assert row.warning.styleSheet() == WARNING_STYLE and not row.error.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = tenants.get_tenant_file(db, ADMIN, files["martin"])
    assert saved.version == 2  # a warning, not a refusal
    # Shortened within the limit: the warning goes.
    for _ in range(10):
        qtbot.keyClick(dialog.address_line, Qt.Key.Key_Backspace)
    assert not row.warning.isVisible()
    # The complement's own warning, under the complement.
    qtbot.keyClicks(dialog.address_complement, "Porte " + "7" * 40)
    assert dialog.rows["dwelling.address_complement"].warning.isVisible()
    assert not row.warning.isVisible()


def button(box: QMessageBox, text: str) -> QAbstractButton:
    return next(b for b in box.buttons() if b.text() == text)


def test_concurrent_edit_is_refused_with_the_other_users_name(window, qtbot, db_url, db, files):
    dialog = open_by_enter(window, qtbot, "lefevre")
    # A colleague on another workstation (own connection) saves the same file meanwhile.
    other_db = Database(db_url)
    try:
        theirs = tenants.get_tenant_file(other_db, ADMIN, files["lefevre"])
        changed = theirs.data.copy()
        changed.lease.charges = Decimal("99.99")
        tenants.update_tenant_file(
            other_db,
            Actor("bob.durand", role=Role.ADMIN),
            files["lefevre"],
            changed,
            theirs.version,
        )
    finally:
        other_db.dispose()
    dialog.rent.setText("500,00")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    # The question does not block (issue 16): the click has returned with the box open
    # beside the form, which the user can still use to copy his input.
    box = dialog.findChild(QMessageBox, "conflictBox")
    assert box is not None and box.isVisible()
    assert not box.isModal() and QApplication.activeModalWidget() is None
    assert "bob.durand" in box.text()
    assert "bob.durand" in dialog.general_error.text()
    dialog.rent.selectAll()
    assert dialog.rent.selectedText() == "500,00"  # the user's input is kept, and usable
    now = tenants.get_tenant_file(db, ADMIN, files["lefevre"])
    assert now.data.lease.charges == Decimal("99.99")
    assert now.data.lease.rent == Decimal("412.50")
    button(box, "Garder ma saisie").click()
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "conflictBox") is None)
    assert dialog.rent.text() == "500,00" and dialog.charges.text() != "99,99"
    # A second save meets the conflict again; reloading then saving works.
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    box = dialog.findChild(QMessageBox, "conflictBox")
    assert box is not None and box.isVisible()
    button(box, "Recharger le dossier").click()
    assert dialog.charges.text() == "99,99"
    dialog.rent.setText("500,00")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert tenants.get_tenant_file(db, ADMIN, files["lefevre"]).data.lease.rent == Decimal("500.00")


def test_create_a_new_file_from_the_dialog(window, qtbot, db):
    dialog = window.new_file()
    dialog.set_occupant_cell(0, "last_name", "Nguyen")
    dialog.set_occupant_cell(0, "first_name", "Thi")
    dialog.set_occupant_cell(0, "birth_date", "02/01/1951")
    dialog.contract.setText("BX-2026-09999")
    dialog.rent.setText("389,10")
    dialog.charges.setText("61,00")
    dialog.reference.setText("LGT-09999")
    dialog.address_line.setText("8 place Gambetta")
    dialog.postcode.setText("3300")
    dialog.city.setText("Bordeaux")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.rows["dwelling.postcode"].error.text() == "Le code postal compte cinq chiffres."
    assert dialog.household_id is None
    dialog.postcode.setText("33000")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.household_id is not None
    qtbot.keyClicks(window.tenant_page.search, "nguy")
    assert visible_names(window) == ["NGUYEN Thi"]
    dialog.close()


def test_close_file_leaves_the_active_list(window, qtbot, db, files, monkeypatch):
    dialog = open_by_enter(window, qtbot, "martin")

    def fill_and_accept():
        from desktop.ui.tenant_file import CloseFileDialog

        box = QApplication.activeModalWidget()
        if not isinstance(box, CloseFileDialog):
            QTimer.singleShot(20, fill_and_accept)
            return
        box.reason.setText("Départ du locataire")
        box.accept()

    QTimer.singleShot(20, fill_and_accept)
    qtbot.mouseClick(dialog.close_file_button, Qt.MouseButton.LeftButton)
    assert tenants.get_tenant_file(db, ADMIN, files["martin"]).status.value == "CLOS"
    assert not dialog.save_button.isEnabled()
    window.tenant_page.search.clear()
    assert "MARTIN Lucas" not in visible_names(window)


def test_create_agency_with_validation(qtbot, db, actor):
    from desktop.services.agencies import list_agencies
    from desktop.ui.agency_dialog import AgencyDialog

    dialog = AgencyDialog(db, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.code, "mer")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.rows["name"].error.text() == "Nom d'agence : 1 à 120 caractères."
    assert list_agencies(db) == []
    dialog.name.insert("Agence de Mérignac")  # QTest types ASCII only
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert [(a.code, a.name) for a in list_agencies(db)] == [("MER", "Agence de Mérignac")]


def test_tabs_holding_errors_are_marked(window, qtbot):
    dialog = open_by_enter(window, qtbot, "dupont")
    dialog.rent.setText("-1")
    dialog.set_occupant_cell(0, "email", "x")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    bar = dialog.tabs.tabBar()
    assert dialog.tabs.currentIndex() == 0
    assert [bar.tabToolTip(i) != "" for i in range(4)] == [True, True, False, False]
    red = QColor("#b3261e")
    assert [bar.tabTextColor(i) == red for i in range(4)] == [True, True, False, False]
    dialog.rent.setText("1,00")
    dialog.set_occupant_cell(0, "email", "x@example.fr")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [bar.tabToolTip(i) for i in range(4)] == ["", "", "", ""]
    assert not any(bar.tabTextColor(i) == red for i in range(4))


def test_escape_in_a_changed_file_asks_before_closing(window, qtbot, files):
    """Escape closes a tenant file as « Fermer » does: with changes not saved, it asks
    first (it closed the file at once, the changes gone, the file left hidden)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from tests.gui.modal import answer_message_box

    dialog = window.open_file(files["martin"])
    qtbot.waitExposed(dialog)
    dialog.rent.setText("999,00")
    seen: list[str] = []
    answer_message_box(QMessageBox.StandardButton.Cancel, seen)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert seen == ["Enregistrer les modifications de ce dossier ?"]
    assert dialog.isVisible() and dialog.rent.text() == "999,00"  # the input kept
    answer_message_box(QMessageBox.StandardButton.Discard, seen)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(seen) == 2
    qtbot.waitUntil(lambda: files["martin"] not in window.open_dialogs)  # closed, deleted
    again = window.open_file(files["martin"])
    assert again.rent.text() != "999,00"
