"""A new agency employee's first morning, through real widgets: what she met on a
1280 × 720 laptop at 125 % (notes d11user) and what now answers her."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop import config
from desktop.services import tenants
from desktop.services.context import use_clock
from desktop.ui.main_window import MainWindow
from tests.conftest import DayClock
from tests.gui.modal import answer_message_box

pytestmark = pytest.mark.gui

D = dt.date
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def clock():
    with use_clock(DayClock(D(2026, 11, 23))) as c:
        yield c


@pytest.fixture
def files(db, actor, agency, make_file, clock):
    f = make_file(1)
    f.balance = Decimal("1200.00")
    return {"dupont": tenants.create_tenant_file(db, actor, f)}


@pytest.fixture
def window(qtbot, db, actor, files, clock):
    w = MainWindow(db, actor)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    for dialog in list(w.open_dialogs.values()):
        dialog.save_button.setEnabled(False)
        dialog.close()


def new_plan(db, actor, household_id: int) -> int:
    """A payment agreement in « Projet » over the file's debt, in 6 instalments."""
    from desktop.domain.schedule import PaymentPlanType
    from desktop.services import plans

    terms = plans.terms_from_lease(db, actor, household_id, PaymentPlanType.PLAN_APUREMENT)
    terms.months = 6
    return plans.create_plan(db, actor, household_id, terms)


def show_page(window, title: str):
    row = next(r for r in range(window.nav.count()) if window.nav.item(r).text() == title)
    window.nav.setCurrentRow(row)
    return window.pages.currentWidget()


@pytest.mark.parametrize(
    ("title", "proposed"),
    [("Plans d'apurement", "impayes_2026-11-23.xlsx"), ("Congés", "conges.xlsx")],
)
def test_excel_exports_are_proposed_in_the_exports_folder(
    window, qtbot, tmp_path, monkeypatch, title, proposed
):
    # The arrears list and the notices list proposed a bare file name: the save dialog
    # opened in the program's folder (on Windows, where Parcours is installed), not in
    # the folder of the batches and exports the other exports use.
    exports = tmp_path / "Exports agence"
    exports.mkdir()
    config.save_settings({**config.load_settings(), "letters_out_dir": str(exports)})
    asked = []
    target = tmp_path / "liste"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (asked.append(a[2]) or str(target), "")
    )
    page = show_page(window, title)
    qtbot.mouseClick(page.export_button, LEFT)
    assert [Path(p) for p in asked] == [exports / proposed]
    assert Path(f"{target}.xlsx").read_bytes()[:2] == b"PK"  # ".xlsx" added when left out


def test_payment_entry_says_why_it_is_greyed_out_until_the_plan_is_signed(
    window, qtbot, db, actor, files, clock
):
    # On a plan still in "Projet" the payment entry was greyed out without a word: the
    # employee with a cheque in her hand did not know she had to record the signature.
    from desktop.domain.schedule import PlanStatus

    new_plan(db, actor, files["dupont"])
    page = show_page(window, "Plans d'apurement")
    page.view.selectRow(0)
    qtbot.mouseClick(page.plan_button, LEFT)
    dialog = page.plan_dialogs[files["dupont"]]
    dialog.tabs.setCurrentIndex(2)
    assert not dialog.payment_button.isEnabled()
    assert dialog.payment_closed.isVisible()
    assert "une fois le plan signé" in dialog.payment_closed.text()
    assert "« Signé par les parties »" in dialog.payment_closed.text()

    dialog.next_status.setCurrentIndex(dialog.next_status.findData(PlanStatus.SIGNE.value))
    qtbot.mouseClick(dialog.status_button, LEFT)
    assert dialog.payment_amount.isEnabled()
    assert not dialog.payment_button.isEnabled()  # waiting for an amount
    assert not dialog.payment_closed.isVisible()
    clock.day = D(2026, 11, 30)  # a week later, the first cheque
    dialog.payment_date.setText("30/11/2026")
    qtbot.keyClicks(dialog.payment_amount, "150,50")
    assert dialog.payment_button.isEnabled()
    qtbot.mouseClick(dialog.payment_button, LEFT)
    qtbot.mouseClick(dialog.payment_button, LEFT)  # a double-click: one payment, no error
    assert dialog.general_error.isHidden()
    assert dialog.message.text() == "Règlement de 150,50\u00a0€ enregistré."
    assert dialog.payments.rowCount() == 1
    assert dialog.payments.item(0, 1).text() == "150,50"

    dialog.next_status.setCurrentIndex(dialog.next_status.findData(PlanStatus.ANNULE.value))
    qtbot.keyClicks(dialog.status_reason, "Relogement")
    qtbot.mouseClick(dialog.status_button, LEFT)
    assert not dialog.payment_button.isEnabled()
    assert dialog.payment_closed.text() == (
        "Ce plan est clos (annulé) : aucun règlement ne s'y saisit plus."
    )
    dialog.close()


def test_a_day_that_does_not_exist_is_named_not_called_a_wrong_format(
    window, qtbot, db, actor, files
):
    # 31/11/2026 typed in the notice's receipt date read « Date invalide : attendu
    # jj/mm/aaaa (ex. 23/11/2026) »: the employee had typed exactly that form.
    file_dialog = window.open_file(files["dupont"])
    qtbot.mouseClick(file_dialog.notice_button, LEFT)
    notice = window.open_notices[files["dupont"]]
    notice.received_on.clear()
    qtbot.keyClicks(notice.received_on, "31/11/2026")
    qtbot.mouseClick(notice.save_button, LEFT)
    assert notice.rows["received_on"].error.text() == (
        "Le 31/11/2026 n'existe pas : novembre 2026 compte 30 jours."
    )
    notice.received_on.clear()
    qtbot.keyClicks(notice.received_on, "2026-11-31")  # another form: the usual message
    qtbot.mouseClick(notice.save_button, LEFT)
    assert notice.rows["received_on"].error.text() == (
        "Date invalide : attendu jj/mm/aaaa (ex. 23/11/2026)."
    )
    assert notices_of(db, actor, files["dupont"]) is None  # nothing saved
    seen: list[str] = []
    answer_message_box(QMessageBox.StandardButton.Discard, seen)  # typed, not saved
    notice.close()
    assert len(seen) == 1

    file_dialog.tabs.setCurrentIndex(1)
    file_dialog.start_date.clear()
    qtbot.keyClicks(file_dialog.start_date, "29/02/2027")
    qtbot.mouseClick(file_dialog.save_button, LEFT)
    assert file_dialog.rows["lease.start_date"].error.text() == (
        "Le 29/02/2027 n'existe pas : février 2027 compte 28 jours."
    )


def notices_of(db, actor, household_id):
    from desktop.services import notices

    return notices.notice_context(db, actor, household_id).notice_id


def test_a_payment_dated_on_a_day_that_does_not_exist_is_named(window, qtbot, db, actor, files):
    from desktop.domain.schedule import PlanStatus
    from desktop.services import plans

    pid = new_plan(db, actor, files["dupont"])
    plans.change_status(db, actor, pid, PlanStatus.SIGNE, 1, on=D(2026, 11, 23))
    page = show_page(window, "Plans d'apurement")
    page.view.selectRow(0)
    qtbot.mouseClick(page.plan_button, LEFT)
    dialog = page.plan_dialogs[files["dupont"]]
    dialog.payment_date.clear()
    qtbot.keyClicks(dialog.payment_date, "31/11/2026")
    qtbot.keyClicks(dialog.payment_amount, "150,50")
    qtbot.mouseClick(dialog.payment_button, LEFT)
    assert dialog.general_error.text() == (
        "Le 31/11/2026 n'existe pas : novembre 2026 compte 30 jours."
    )
    assert dialog.payment_amount.text() == "150,50"  # the amount typed is kept
    assert plans.get_plan(db, actor, pid).payments == []
    dialog.close()


def test_a_refused_sign_in_keeps_the_demo_accounts_whole(qtbot, tmp_path, demo_database):
    # At 125 %, the error line under a refused password took its room from the wrapped
    # list of demo accounts above it: its last line (the password) was cut.
    from PySide6.QtWidgets import QDialogButtonBox, QLabel

    from desktop.ui.login_dialog import LoginDialog

    db = demo_database(tmp_path / "demo.sqlite", households=20)
    try:
        dialog = LoginDialog(db)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.resize(dialog.minimumSize())  # as small as the window goes
        qtbot.keyClicks(dialog.username, "agent.bxn")
        qtbot.keyClicks(dialog.password, "dmeo")
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, LEFT)
        assert dialog.error.text() == "Identifiant ou mot de passe incorrect."
        qtbot.wait(50)  # the layout applied
        for label in (dialog.intro, dialog.demo, dialog.error):
            assert label.height() >= label.heightForWidth(label.width()), label.text()
        assert "mot de passe « demo »" in dialog.demo.text()
        assert isinstance(dialog.demo, QLabel)
    finally:
        db.dispose()


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_leaving_the_desk_she_locks_parcours_at_once(qtbot, db, agency):
    # Called to the counter with a tenant's file open, she could only wait for the
    # minutes without input: nothing locked Parcours at once.
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget
    from sqlalchemy import select

    from desktop.services import accounts
    from desktop.storage.models import AuditEvent
    from tests.conftest import sample_file

    password = "Bordeaux-2026!"
    admin = accounts.create_first_admin(db, "c.moreau", "Claire Moreau", password)
    hid = tenants.create_tenant_file(db, admin, sample_file(1))
    window = MainWindow(db, admin)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    dialog = window.open_file(hid)
    dialog.notes.setPlainText("Rappeler la CAF lundi")  # typed, not saved

    action = window.findChild(QAction, "lockNow")
    assert action.text() == "&Verrouiller maintenant"
    assert action.shortcut().toString() == "Ctrl+L"
    action.trigger()
    lock = window._idle_lock
    assert lock.locked
    unlock = lock.dialog
    assert unlock.intro.text().startswith("Parcours est verrouillé. Saisissez le mot de passe")
    for covered in (window, dialog):
        [cover] = covered.findChildren(
            QWidget, "idleCover", Qt.FindChildOption.FindDirectChildrenOnly
        )
        assert cover.isVisible()
    with db.reader() as s:
        event = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        action_name, after = event.action, str(event.after)
    assert action_name == accounts.ACTION_SCREEN_LOCKED
    assert "à la demande" in after

    qtbot.keyClicks(unlock.password, password)
    qtbot.mouseClick(unlock.ok_button, LEFT)
    assert not lock.locked
    qtbot.wait(50)  # (no lock after minutes without input here: not locked again at once)
    assert not lock.locked and not lock.timer.isActive()
    assert dialog.isVisible() and dialog.notes.toPlainText() == "Rappeler la CAF lundi"
    dialog.save_button.setEnabled(False)
    dialog.close()


def test_closing_a_new_agreement_she_typed_asks_before_losing_it(window, qtbot, db, actor, files):
    # A new payment agreement, its debt and signatory typed, closed by the window's
    # cross: everything went without a word (« nothing to lose but the draft »).
    from PySide6.QtWidgets import QMessageBox

    from desktop.services import plans
    from tests.gui.modal import answer_message_box

    file_dialog = window.open_file(files["dupont"])
    qtbot.mouseClick(file_dialog.plans_button, LEFT)
    qtbot.mouseClick(file_dialog.plans_dialog.new_button, LEFT)
    [dialog] = file_dialog.plans_dialog.open_dialogs
    assert not dialog.is_dirty()  # untouched: closed without a question
    dialog.close()
    seen: list[str] = []

    qtbot.mouseClick(file_dialog.plans_dialog.new_button, LEFT)
    dialog = file_dialog.plans_dialog.open_dialogs[-1]
    dialog.landlord_signatory.clear()
    qtbot.keyClicks(dialog.landlord_signatory, "Claire Moreau, directrice")
    answer_message_box(QMessageBox.StandardButton.Cancel, seen)
    dialog.close()
    assert seen == ["Enregistrer les modifications de cet accord ?"]
    assert dialog.isVisible() and dialog.landlord_signatory.text() == "Claire Moreau, directrice"

    answer_message_box(QMessageBox.StandardButton.Save, seen)
    dialog.close()
    assert not dialog.isVisible()
    [saved] = plans.plans_for_household(db, actor, files["dupont"])
    assert (
        plans.get_plan(db, actor, saved.id).terms.landlord_signatory == "Claire Moreau, directrice"
    )
    file_dialog.save_button.setEnabled(False)
    file_dialog.close()


def test_the_agreement_windows_name_the_household(window, qtbot, db, actor, files):
    # With two files open, « Accords de paiement du dossier » and « Nouvel accord de
    # paiement » did not say for whom she was writing the agreement.
    page = show_page(window, "Plans d'apurement")  # the arrears list: no agreement yet
    page.view.selectRow(0)
    qtbot.mouseClick(page.plan_button, LEFT)
    new = page.plan_dialogs[files["dupont"]]
    assert new.windowTitle() == "Nouvel accord de paiement — DUPONT Élodie"
    new.close()

    file_dialog = window.open_file(files["dupont"])
    qtbot.mouseClick(file_dialog.plans_button, LEFT)
    plans_dialog = file_dialog.plans_dialog
    assert plans_dialog.windowTitle() == "Accords de paiement de DUPONT Élodie"
    # none yet: « Ouvrir » has nothing to open, and the list says what to do
    assert not plans_dialog.open_button.isEnabled()
    assert plans_dialog.no_plans.isVisible()
    qtbot.mouseClick(plans_dialog.new_button, LEFT)
    [dialog] = plans_dialog.open_dialogs
    assert dialog.windowTitle() == "Nouvel accord de paiement — DUPONT Élodie"
    assert "Nouvel accord de paiement — DUPONT Élodie" in dialog.title.text()
    qtbot.mouseClick(dialog.save_button, LEFT)  # saved: the list shows it, and opens it
    assert plans_dialog.table.rowCount() == 1
    assert plans_dialog.open_button.isEnabled() and not plans_dialog.no_plans.isVisible()
    dialog.close()
    plans_dialog.close()
    file_dialog.close()


def test_a_double_click_on_change_status_applies_one_status(window, qtbot, db, actor, files):
    # « Signé par les parties » chosen, « Changer le statut » double-clicked: the second
    # click applied the first status the refilled list offered next (the plan signed
    # then closed as « Respecté », everything locked).
    from desktop.domain.schedule import PlanStatus
    from desktop.services import plans

    pid = new_plan(db, actor, files["dupont"])
    page = show_page(window, "Plans d'apurement")
    page.view.selectRow(0)
    qtbot.mouseClick(page.plan_button, LEFT)
    dialog = page.plan_dialogs[files["dupont"]]
    assert dialog.next_status.currentIndex() == -1  # chosen, not offered
    assert not dialog.status_button.isEnabled()
    dialog.next_status.setCurrentIndex(dialog.next_status.findData(PlanStatus.SIGNE.value))
    assert dialog.status_button.isEnabled()
    qtbot.mouseClick(dialog.status_button, LEFT)
    signed = plans.get_plan(db, actor, pid)  # (running at once: its first instalment is due)
    assert signed.status in (PlanStatus.SIGNE, PlanStatus.EN_COURS)
    qtbot.mouseClick(dialog.status_button, LEFT)  # the hurried second click
    after = plans.get_plan(db, actor, pid)
    assert (after.status, after.version) == (signed.status, signed.version)
    assert dialog.message.text() == "Statut changé : Signé."
    assert dialog.next_status.currentIndex() == -1 and not dialog.status_button.isEnabled()
    dialog.close()


def test_quitting_with_a_file_half_typed_asks_first(window, qtbot, db, actor, files):
    # Fichier > Quitter with a tenant file open and a note typed: the main window went,
    # the file stayed alone on the screen over a list already shut down.
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMessageBox

    from tests.gui.modal import answer_message_box

    dialog = window.open_file(files["dupont"])
    qtbot.waitExposed(dialog)
    dialog.notes.setPlainText("Rappeler la CAF lundi")  # typed, not saved
    quit_action = window.findChild(QAction, "quit")
    seen: list[str] = []
    answer_message_box(QMessageBox.StandardButton.Cancel, seen)
    quit_action.trigger()
    assert seen == ["Enregistrer les modifications de ce dossier ?"]
    assert window.isVisible() and dialog.isVisible()  # she keeps working
    assert dialog.notes.toPlainText() == "Rappeler la CAF lundi"

    answer_message_box(QMessageBox.StandardButton.Save, seen)
    quit_action.trigger()
    assert not dialog.isVisible() and not window.isVisible()
    assert tenants.get_tenant_file(db, actor, files["dupont"]).data.notes == (
        "Rappeler la CAF lundi"
    )
