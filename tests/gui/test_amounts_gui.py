"""Amounts typed in the windows go through the one French parser (issue 13): "1.234"
and "1,234.56" are refused with a French message where the user typed, nothing is
saved, and never read as 1,23 € or 1,234 €."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from desktop.services import attribution, tenants
from desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot, edit, text: str) -> None:
    edit.selectAll()
    edit.del_()
    qtbot.keyClicks(edit, text)


@pytest.fixture
def window(qtbot, db, actor):
    w = MainWindow(db, actor)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    for dialog in list(w.open_dialogs.values()):
        dialog.save_button.setEnabled(False)  # no "save changes?" prompt at teardown
        dialog.close()


def test_tenant_file_refuses_ambiguous_amounts(window, qtbot, db, actor, agency, make_file):
    hid = tenants.create_tenant_file(db, actor, make_file(1))
    dialog = window.open_file(hid)
    type_into(qtbot, dialog.rent, "1.234")
    type_into(qtbot, dialog.charges, "1,234.56")
    click(qtbot, dialog.save_button)
    assert dialog.rows["lease.rent"].error.text().startswith("« 1.234 » est ambigu")
    assert dialog.rows["lease.charges"].error.text().startswith("Nombre illisible « 1,234.56 »")
    saved = tenants.get_tenant_file(db, actor, hid)
    assert saved.version == 1 and saved.data.lease.rent == Decimal("412.50")
    # French input, and a plain decimal point with no grouping, are read as typed.
    type_into(qtbot, dialog.rent, "1 234,56")
    type_into(qtbot, dialog.charges, "85.2")
    click(qtbot, dialog.save_button)
    saved = tenants.get_tenant_file(db, actor, hid)
    assert (saved.data.lease.rent, saved.data.lease.charges) == (
        Decimal("1234.56"),
        Decimal("85.20"),
    )


def test_attribution_threshold_refuses_ambiguous_amounts(qtbot, db, actor, monkeypatch):
    from desktop.ui.cotation import TargetsTab

    warnings = []
    monkeypatch.setattr(
        "desktop.ui.cotation.targets.QMessageBox.warning", lambda *a, **k: warnings.append(a[2])
    )
    tab = TargetsTab(db, actor)
    qtbot.addWidget(tab)
    tab.epci.setCurrentText("CA Exemple")
    tab.year.setValue(2026)
    for typed, message in (
        ("12.345", "« 12.345 » est ambigu"),  # was read as 12,34 €
        ("12,345.50", "Nombre illisible « 12,345.50 »"),  # was refused without a reason
        ("12 345,505", "deux chiffres après la virgule au plus"),
    ):
        type_into(qtbot, tab.threshold, typed)
        click(qtbot, tab.save_button)
        assert message in warnings[-1], typed
    assert attribution.get_setting(db, actor, "CA Exemple", 2026).threshold is None
    type_into(qtbot, tab.threshold, "12 345,50")
    click(qtbot, tab.save_button)
    setting = attribution.get_setting(db, actor, "CA Exemple", 2026)
    assert setting.threshold.amount == Decimal("12345.50")


def test_grid_points_refuse_thousands_dots(qtbot, db, actor, monkeypatch):
    from desktop.ui.cotation import GridsTab

    warnings = []
    monkeypatch.setattr(
        "desktop.ui.cotation.grids.QMessageBox.warning", lambda *a, **k: warnings.append(a[2])
    )
    tab = GridsTab(db, actor)
    qtbot.addWidget(tab)
    tab.install_example("CC du Plateau")
    tab.criteria.item(5, 3).setText("1.500")  # one and a half, or one thousand five hundred?
    click(qtbot, tab.save_button)
    assert "« 1.500 » n'est pas un nombre de points" in warnings[-1]


def test_caleol_dwelling_form_says_why_an_amount_is_refused(qtbot):
    from desktop.ui.caleol.agenda_dialogs import DwellingForm

    form = DwellingForm()
    qtbot.addWidget(form)
    type_into(qtbot, form.reference, "LGT-BX-2001")
    type_into(qtbot, form.rent, "1.234")
    type_into(qtbot, form.charges, "85,2")
    type_into(qtbot, form.surface, "64,5")
    assert form.data() is None
    assert form.rows["rent"].error.text().startswith("« 1.234 » est ambigu")
    assert not form.rows["charges"].error.text()
    type_into(qtbot, form.rent, "1 234,56")
    data = form.data()
    assert (data.rent, data.charges, data.surface) == (
        Decimal("1234.56"),
        Decimal("85.2"),
        Decimal("64.5"),
    )
