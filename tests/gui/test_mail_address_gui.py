"""The correspondence address of a holder who left the dwelling, entered in the tenant
file under the occupants' table (docs/domain.md#correspondence-address)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop.domain.tenant import OccupantData
from desktop.services import tenants
from desktop.ui.tenant_file import TenantFileDialog
from desktop.ui.widgets import ERROR_FIELD_STYLE

pytestmark = pytest.mark.gui


@pytest.fixture
def couple(db, actor, agency, make_file):
    data = make_file(61)
    data.occupants.append(OccupantData("Durand", "Marc", "M.", dt.date(1952, 6, 1)))
    return tenants.create_tenant_file(db, actor, data)


def _open(qtbot, db, actor, hid) -> TenantFileDialog:
    dialog = TenantFileDialog(db, actor, hid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _select(qtbot, dialog: TenantFileDialog, row: int) -> None:
    t = dialog.occupants
    rect = t.visualItemRect(t.item(row, 1))
    qtbot.mouseClick(t.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_departed_holders_address_is_typed_checked_and_saved(qtbot, db, actor, couple):
    dialog = _open(qtbot, db, actor, couple)
    panel = dialog.mail
    assert not panel.street.isEnabled()  # no occupant selected yet
    _select(qtbot, dialog, 1)
    assert panel.street.isEnabled() and "DURAND" in panel.title.text()
    qtbot.keyClicks(panel.street, "4 allee des Erables")
    qtbot.keyClicks(panel.postcode, "33600")
    assert dialog.occupants.verticalHeaderItem(1).text() == "2 ✉"
    assert dialog.occupants.verticalHeaderItem(0).text() == "1"
    # The commune missing: refused, said under the table and on the input, nothing saved.
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert (
        "Occupant 2 — Commune (correspondance) : Ce champ est obligatoire."
        in dialog.occupants_error.text()
    )
    assert panel.city.styleSheet() == ERROR_FIELD_STYLE
    assert tenants.get_tenant_file(db, actor, couple).version == 1
    qtbot.keyClicks(panel.city, "Pessac")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = tenants.get_tenant_file(db, actor, couple)
    assert saved.version == 2
    assert [o.mail_address for o in saved.data.occupants] == [
        ("", "", "", ""),
        ("4 allee des Erables", "", "33600", "Pessac"),
    ]
    # The other occupant's inputs are his own (empty); reopened, the address is there.
    _select(qtbot, dialog, 0)
    assert panel.street.text() == "" and "DUPONT" in panel.title.text()
    dialog.close()
    again = _open(qtbot, db, actor, couple)
    assert again.occupants.verticalHeaderItem(1).text() == "2 ✉"
    _select(qtbot, again, 1)
    assert again.mail.city.text() == "Pessac"


def test_a_street_too_long_for_the_letters_is_warned_as_typed(qtbot, db, actor, couple):
    dialog = _open(qtbot, db, actor, couple)
    _select(qtbot, dialog, 1)
    qtbot.keyClicks(dialog.mail.street, "128 chemin des Grandes Terres de la Vieille Croix")
    assert dialog.mail.warning.isVisible()
    assert dialog.mail.warning.text().startswith(
        "Trop long pour l'adresse des courriers : 46 caractères une fois abrégé"
    )
    dialog.save_button.setEnabled(False)  # no "save changes?" prompt at teardown
