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


def test_the_letter_form_ticks_one_letter_per_holder_and_says_why(qtbot, db, actor, agency):
    """A plan's reminder to two holders, one of whom left: « Un courrier par titulaire »
    is ticked although the reminder goes by ordinary mail, and the form names him."""
    from desktop.services import plan_letters, plans
    from desktop.services.context import use_clock
    from tests.conftest import DayClock
    from tests.test_plan_letters import breached_couple_plan

    with use_clock(DayClock(dt.date(2026, 1, 3))) as clock:
        pid = breached_couple_plan(db, actor, clock, 62)
        hid = plans.get_plan(db, actor, pid).household_id
        view = tenants.get_tenant_file(db, actor, hid)
        durand = view.data.occupants[1]
        durand.mail_address_line, durand.mail_postcode, durand.mail_city = (
            "4 allée des Érables",
            "33600",
            "Pessac",
        )
        tenants.update_tenant_file(db, actor, hid, view.data, view.version)
        _plan_screen_says_why(qtbot, db, actor, hid, pid)
        dialog = _open(qtbot, db, actor, hid)
        qtbot.mouseClick(dialog.letter_button, Qt.MouseButton.LeftButton)
        letter = dialog.letter_dialog
        box = letter.box
        box.template.setCurrentIndex(box.template.findData(plan_letters.PROPOSAL))
        assert box.per_holder.isHidden() and box.per_holder_why.isHidden()
        box.template.setCurrentIndex(box.template.findData(plan_letters.REMINDER))
        assert not box.registered.isChecked()
        assert not box.per_holder.isHidden() and box.per_holder.isChecked()
        assert not box.per_holder_why.isHidden()
        assert box.per_holder_why.text() == (
            "M. Marc DURAND n'habite plus le logement : son propre courrier part à son "
            "adresse de correspondance ; un courrier commun partirait au logement."
        )
        # The preview shows his letter, though he is the second holder: his block differs.
        box.pdf.setChecked(False)
        qtbot.mouseClick(letter.preview_button, Qt.MouseButton.LeftButton)
        text = letter.preview.toPlainText()
        assert text.startswith(
            "Aperçu du courrier à M. Marc DURAND, à son adresse de correspondance : chaque "
            "titulaire reçoit le sien, à son nom."
        )
        assert "33600 PESSAC" in text
        letter.close()


def _plan_screen_says_why(qtbot, db, actor, hid, pid) -> None:
    """The plan screen's box, ticked for the reminder, names who left."""
    from desktop.services import plan_letters
    from desktop.ui.plans.dialog import PlanDialog

    dialog = PlanDialog(db, actor, hid, pid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(3)
    box = dialog.letter_per_holder
    dialog.letter_choice.setCurrentIndex(dialog.letter_choice.findData(plan_letters.REMINDER))
    assert box.isEnabled() and box.isChecked()
    assert box.text() == ("Un courrier par titulaire (M. Marc DURAND n'habite plus le logement)")
    dialog.save_button.setEnabled(False)
    dialog.close()
