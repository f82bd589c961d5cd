"""A contributor's promise withdrawn from a signed plan, through real widgets: the
arrears page awaits the FSL rather than chasing the tenants; the plan dialog records the
FSL's refusal after a French confirmation, and shows its instalments as the tenants'
from the end of the notice."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.domain.plans import Contributor
from desktop.services import plans
from tests.gui import test_plans_gui as plans_gui
from tests.gui.test_plans_gui import (
    click,
    fsl_plan_in_february,
    plan_dialog_from_arrears,
    type_into,
)

# The plans GUI tests' fixtures: Dupont (owing 1 200 €) and Martin, the day 03/01/2026.
clock = plans_gui.clock
files = plans_gui.files
window = plans_gui.window

pytestmark = pytest.mark.gui

D = dt.date
E = Decimal
NBSP = "\u00a0"
REFUSAL = "Refus de la commission FSL du 10/02/2026"


@pytest.fixture
def fsl_plan(db, actor, files, clock):
    """Dupont's plan: 6 instalments of 200 € from 05/01/2026, the FSL promising 600 €;
    the day 16/02/2026, January's and February's instalments late."""
    return fsl_plan_in_february(db, actor, files["dupont"], clock, E("600.00"))


def answering(monkeypatch, button, asked):
    def question(parent, title, text, *args, **kwargs):
        asked.append((title, text))
        return button

    monkeypatch.setattr(QMessageBox, "question", question)


def test_the_fsls_refusal_recorded_from_the_plan_dialog(
    window,
    qtbot,
    db,
    actor,
    files,
    fsl_plan,
    monkeypatch,
):
    page = window.arrears_page
    window.nav.setCurrentRow(window.pages.indexOf(page))
    dupont = next(r for r in page.model.rows if r.household_id == files["dupont"])
    assert str(dupont.action.text) == "Versement du FSL attendu (échéance du 05/01/2026)"
    dialog = plan_dialog_from_arrears(window, qtbot, files["dupont"])
    dialog.tabs.setCurrentIndex(2)
    box = dialog.withdrawal_box
    assert box.isVisible() and box.isEnabled()
    combo = dialog.withdrawal_contributor
    assert [combo.itemText(i) for i in range(combo.count())] == ["FSL"]
    assert dialog.withdrawal_date.text() == "16/02/2026"
    assert dialog.withdrawal_owed_from.text() == "16/03/2026"  # a month's notice
    type_into(qtbot, dialog.withdrawal_date, "10/02/2026")
    qtbot.keyClicks(dialog.withdrawal_reason, REFUSAL)
    asked: list = []
    # Not confirmed: nothing recorded.
    answering(monkeypatch, QMessageBox.StandardButton.No, asked)
    click(qtbot, dialog.withdrawal_button)
    title, text = asked[0]
    assert title == "Retrait de la promesse du FSL"
    assert text == (
        f"Le FSL ne versera pas les 600,00{NBSP}€ qu'il lui restait à verser sur ce plan.\n\n"
        "Les échéances qu'il devait payer seront dues par les locataires à partir du "
        "16/03/2026 : prévenez-les par courrier avant cette date.\n\n"
        "Enregistrer le retrait de la promesse du FSL ?"
    )
    pid = fsl_plan
    assert plans.get_plan(db, actor, pid).contributions[0].withdrawal is None
    # A notice that would make past instalments the tenants' at once is refused.
    answering(monkeypatch, QMessageBox.StandardButton.Yes, asked)
    type_into(qtbot, dialog.withdrawal_owed_from, "01/02/2026")
    click(qtbot, dialog.withdrawal_button)
    assert "Les locataires doivent être prévenus" in dialog.general_error.text()
    assert plans.get_plan(db, actor, pid).contributions[0].withdrawal is None
    assert dialog.withdrawal_reason.text() == REFUSAL  # the input is kept
    # Confirmed with the month's notice: recorded, shown, the box has nothing left.
    type_into(qtbot, dialog.withdrawal_owed_from, "16/03/2026")
    click(qtbot, dialog.withdrawal_button)
    assert dialog.general_error.isHidden()
    assert dialog.message.text() == (
        "Retrait de la promesse du FSL enregistré. Prévenez les locataires : courrier "
        "« Contribution promise non versée : échéances à la charge des locataires » (onglet "
        "« Suivi »)."
    )
    # That letter is offered with the others.
    letters = dialog.letter_choice
    assert letters.findData("plan_retrait_contribution") >= 0
    assert (
        f"FSL : 0,00{NBSP}€ reçus sur 600,00{NBSP}€ promis, promesse retirée le 10/02/2026 : "
        f"600,00{NBSP}€ dus par les locataires à partir du 16/03/2026"
    ) in dialog.ledger_label.text()
    # January's and February's instalments, late: the tenants' after the notice, no
    # longer awaited from the FSL.
    assert f"dont 400,00{NBSP}€ dus par les locataires après le préavis" in (
        dialog.ledger_label.text()
    )
    assert "attendus des contributeurs" not in dialog.ledger_label.text()
    assert [dialog.schedule.item(i, 4).text() for i in range(3)] == [
        "promesse retirée : due le 16/03/2026",
        "promesse retirée : due le 16/03/2026",
        "à venir",
    ]
    assert combo.count() == 0 and not dialog.withdrawal_button.isEnabled()
    v = plans.get_plan(db, actor, pid)
    assert v.contributions[0].withdrawal.reason == REFUSAL
    assert v.breach_reasons == []  # not retroactively in default
    dialog.close()


def withdrawn_by_mistake(window, qtbot, db, actor, files, pid, clock=None):
    """The FSL's promise withdrawn (on 16/02/2026); the plan dialog open on
    « Règlements » that day, or the day after the notice when ``clock`` is given."""
    v = plans.get_plan(db, actor, pid)
    plans.withdraw_contribution(db, actor, pid, Contributor.FSL, D(2026, 2, 10), REFUSAL, v.version)
    if clock is not None:
        clock.day = D(2026, 3, 17)
    dialog = plan_dialog_from_arrears(window, qtbot, files["dupont"])
    dialog.tabs.setCurrentIndex(2)
    return dialog


def test_a_withdrawal_entered_by_mistake_cancelled_from_the_plan_dialog(
    window,
    qtbot,
    db,
    actor,
    files,
    fsl_plan,
    clock,
    monkeypatch,
):
    pid = fsl_plan
    dialog = withdrawn_by_mistake(window, qtbot, db, actor, files, pid)
    undo = dialog.undo_contributor
    assert dialog.undo_row.isVisible() and dialog.undo_button.isEnabled()
    assert not dialog.undo_note.isVisible()
    assert [undo.itemText(i) for i in range(undo.count())] == ["FSL"]
    asked: list = []
    answering(monkeypatch, QMessageBox.StandardButton.No, asked)
    click(qtbot, dialog.undo_button)
    assert asked == [
        (
            "Annuler le retrait de la promesse du FSL",
            f"Le retrait enregistré le 10/02/2026 ({REFUSAL}) sera annulé : la promesse du "
            "FSL vaut de nouveau, comme signée, et les échéances qu'il devait payer ne seront "
            "pas réclamées aux locataires.\n\nSi le courrier « Contribution promise non "
            "versée : échéances à la charge des locataires » leur a été envoyé, prévenez-les "
            "que la promesse tient toujours.\n\nAnnuler le retrait de la promesse du FSL ?",
        )
    ]
    assert plans.get_plan(db, actor, pid).contributions[0].withdrawal is not None
    answering(monkeypatch, QMessageBox.StandardButton.Yes, asked)
    click(qtbot, dialog.undo_button)
    assert dialog.message.text() == "Retrait de la promesse du FSL annulé : le FSL reste attendu."
    assert plans.get_plan(db, actor, pid).contributions[0].withdrawal is None
    # The promise stands again: it may be withdrawn, nothing is left to cancel.
    assert not dialog.undo_row.isVisible()
    assert dialog.withdrawal_contributor.count() == 1 and dialog.withdrawal_button.isEnabled()
    assert "promesse retirée" not in dialog.ledger_label.text()
    dialog.close()


def test_once_the_notice_is_over_the_cancellation_is_disabled_with_the_reason(
    window,
    qtbot,
    db,
    actor,
    files,
    fsl_plan,
    clock,
):
    dialog = withdrawn_by_mistake(window, qtbot, db, actor, files, fsl_plan, clock)
    assert dialog.undo_row.isVisible() and not dialog.undo_button.isEnabled()
    assert dialog.undo_button.toolTip().startswith(
        "Le retrait de la promesse du FSL ne peut plus être annulé : depuis le 16/03/2026"
    )
    assert dialog.undo_note.isVisible() and dialog.undo_note.text() == dialog.undo_button.toolTip()
    dialog.close()
