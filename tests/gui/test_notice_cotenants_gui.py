"""The notice form records which co-tenant gave notice (docs/domain.md#notice-cotenants):
real clicks on the holders' boxes, the bond asked only when someone stays, the letter
made in one click goes to the one who leaves."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.domain.notice import DeliveryMode
from desktop.domain.notice_case import ExceptionKind, KeyReturnMode, NoticeInput
from desktop.domain.notice_cotenants import CotenantBond, NoticeGiver
from desktop.domain.tenant import OccupantData
from desktop.services import notice_letters, notices, tenants
from tests.gui.test_notice_gui import (  # noqa: F401 - shared fixtures
    LEFT,
    D,
    choose,
    clock,
    open_notice_from_file,
    type_into,
    window,
)
from tests.test_documents_pdf import libreoffice, pdf_text  # noqa: F401 - shared fixture

pytestmark = pytest.mark.gui


@pytest.fixture
def files(db, actor, agency, make_file, clock):  # noqa: F811 - the fixture
    both = make_file(3)
    both.occupants = [
        OccupantData("Martin", "Anne", "Mme"),
        OccupantData("Durand", "Paul", "M."),
        OccupantData("Petit", "Léo", "M.", is_titular=False),
    ]
    return {
        "dupont": tenants.create_tenant_file(db, actor, make_file(1)),
        "couple": tenants.create_tenant_file(db, actor, both),
    }


def test_one_holder_alone_is_not_asked_who_gave_notice(window, qtbot, files):  # noqa: F811
    _, dialog = open_notice_from_file(window, qtbot, files["dupont"])
    assert not dialog.rows["given_by"].isVisible()
    assert not dialog.rows["cotenant_bond"].isVisible()


def test_ticking_who_gave_notice_then_the_letter_goes_to_him(
    window,  # noqa: F811
    qtbot,
    db,
    actor,
    files,
    libreoffice,  # noqa: F811 - the fixture
):
    _, dialog = open_notice_from_file(window, qtbot, files["couple"])
    # Both holders, ticked (a notice given by all is the default); the child is not one.
    boxes = [box for box, _giver in dialog.givers.boxes]
    assert [b.text() for b in boxes] == ["Mme Anne MARTIN", "M. Paul DURAND"]
    assert all(b.isChecked() for b in boxes)
    assert dialog.rows["given_by"].isVisible() and not dialog.rows["cotenant_bond"].isVisible()

    type_into(qtbot, dialog.received_on, "31/01/2026")
    # Nobody ticked: refused next to the boxes, nothing saved.
    qtbot.mouseClick(boxes[0], LEFT)
    qtbot.mouseClick(boxes[1], LEFT)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.rows["given_by"].error.text() == "Cochez le ou les titulaires qui donnent congé."
    assert dialog.notice_id is None
    # Paul alone: the bond is asked, and required.
    qtbot.mouseClick(boxes[1], LEFT)
    assert dialog.rows["cotenant_bond"].isVisible()
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert "précisez ce qui les lie" in dialog.rows["cotenant_bond"].error.text()
    assert dialog.notice_id is None
    choose(dialog.cotenant_bond, CotenantBond.SOLIDARITY_CLAUSE.value)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.notice_id is not None
    v = notices.get_notice(db, actor, dialog.notice_id)
    assert v.data.given_by == (NoticeGiver("M.", "Paul", "Durand"),)
    assert v.data.cotenant_bond is CotenantBond.SOLIDARITY_CLAUSE
    # Read back into the form as saved.
    boxes = [box for box, _giver in dialog.givers.boxes]
    assert [b.isChecked() for b in boxes] == [False, True]

    dialog.letter_actions[notice_letters.ACKNOWLEDGEMENT].trigger()
    qtbot.waitUntil(lambda: dialog.last_document is not None, timeout=60_000)
    doc = dialog.last_document
    for preview in dialog.pdf_previews:
        preview.close()
    text = " ".join(pdf_text(doc.pdf_path).split())
    assert "M. Paul DURAND" in text and "Monsieur," in text
    assert "il se poursuit avec Mme Anne MARTIN, qui en reste titulaire" in text
    assert "au plus tard le 30 octobre 2026" in text
    assert D(2026, 4, 30) == v.end_date


def test_after_one_holder_s_notice_the_other_s_from_the_form(
    window,  # noqa: F811
    qtbot,
    db,
    actor,
    files,
):
    paul = NoticeGiver("M.", "Paul", "Durand")
    first = notices.record_notice(
        db,
        actor,
        files["couple"],
        NoticeInput(
            DeliveryMode.LRAR, D(2026, 1, 31), given_by=(paul,), cotenant_bond=CotenantBond.COUPLE
        ),
    )
    _, dialog = open_notice_from_file(window, qtbot, files["couple"])
    assert dialog.view.id == first
    assert dialog.title.text() == "<h2>Congé de M. Paul DURAND — MARTIN Anne</h2>"
    # His notice: the lease goes on, no exit nor deposit here, said on the tab.
    qtbot.mouseClick(dialog.tabs.tabBar(), LEFT, pos=dialog.tabs.tabBar().tabRect(2).center())
    assert dialog.tabs.currentIndex() == 2 and dialog.exit_note.isVisible()
    assert dialog.exit_note.text().startswith(
        "Ce congé n'est donné que par M. Paul DURAND : le bail se poursuit avec Mme Anne MARTIN."
    )
    assert dialog.tabs.tabToolTip(2) == dialog.exit_note.text()
    for widget in (dialog.exit_button, dialog.deposit_button, dialog.exit_inventory_on):
        assert not widget.isEnabled()
    assert not dialog.deposit_label.isVisible()
    kinds = dialog.exception_kind
    keys = kinds.findData(ExceptionKind.KEYS_WITHOUT_INVENTORY.value)
    assert not kinds.model().item(keys).isEnabled()
    # Nor a postponed departure: the lease does not end; the reason in its tooltip, and
    # the decision offered first is one that can be recorded.
    later = kinds.findData(ExceptionKind.POSTPONEMENT.value)
    assert not kinds.model().item(later).isEnabled()
    assert kinds.itemData(later, Qt.ItemDataRole.ToolTipRole).endswith(
        "ne prend pas fin à ce départ. Un report du départ (convention d'occupation "
        "temporaire) ne se décide qu'à la fin du bail, sur le congé du dernier titulaire."
    )
    assert kinds.currentData() == ExceptionKind.REDUCED_WITHOUT_PROOF.value
    dialog.tabs.setCurrentIndex(1)  # said above the new decision too
    assert dialog.decision_note.isVisible()
    assert dialog.decision_note.text() == kinds.itemData(later, Qt.ItemDataRole.ToolTipRole)

    # Anne's notice, from « Nouveau congé »: she alone is offered, Paul named as gone.
    assert dialog.new_button.isVisible()
    qtbot.mouseClick(dialog.new_button, LEFT)
    assert dialog.view is None and dialog.tabs.currentIndex() == 0
    assert [b.text() for b, _giver in dialog.givers.boxes] == ["Mme Anne MARTIN"]
    assert dialog.givers.left_note.text() == (
        "Congé déjà donné par M. Paul DURAND (reçu le 31/01/2026, fin le 30/04/2026)"
    )
    assert dialog.rows["given_by"].isVisible() and not dialog.rows["cotenant_bond"].isVisible()
    type_into(qtbot, dialog.received_on, "02/02/2026")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.notice_id not in (None, first)
    v = notices.get_notice(db, actor, dialog.notice_id)
    assert v.data.given_by == (NoticeGiver("Mme", "Anne", "Martin"),) and not v.partial
    assert not dialog.new_button.isVisible()  # nobody left to give notice

    # Hers ends the lease: the exit is recorded on it, a postponement may be agreed.
    assert kinds.model().item(later).isEnabled() and kinds.model().item(keys).isEnabled()
    assert kinds.itemData(later, Qt.ItemDataRole.ToolTipRole) is None
    assert dialog.decision_note.isHidden()
    dialog.tabs.setCurrentIndex(2)
    assert not dialog.exit_note.isVisible() and dialog.exit_button.isEnabled()
    assert dialog.deposit_label.isVisible()
    type_into(qtbot, dialog.keys_returned_on, "09/03/2026")
    choose(dialog.keys_return_mode, KeyReturnMode.HAND.value)
    qtbot.mouseClick(dialog.exit_button, LEFT)
    assert notices.get_notice(db, actor, v.id).keys_returned_on == D(2026, 3, 9)

    # The notices page tells the file's two notices apart.
    window.findChild(type(window.undo_action), "showNotices").trigger()
    table = window.notice_page.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [
        "MARTIN Anne (congé de M. Paul DURAND)",
        "MARTIN Anne (congé de Mme Anne MARTIN)",
    ]
