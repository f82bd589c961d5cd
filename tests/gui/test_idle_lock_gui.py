"""A workstation left signed in: the windows are covered after the configured minutes
without input, and only the signed-in user's password uncovers them, with what was
typed kept (desktop/ui/idle_lock.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QWidget
from sqlalchemy import select

from desktop.services import accounts, settings, tenants
from desktop.storage.models import AuditEvent
from desktop.ui.idle_lock import IdleLock, UnlockDialog
from desktop.ui.main_window import MainWindow
from tests.conftest import sample_file
from tests.gui.window import show_window

pytestmark = pytest.mark.gui

PASSWORD = "Bordeaux-2026!"


@pytest.fixture
def signed_in(qtbot, db, agency):
    admin = accounts.create_first_admin(db, "c.moreau", "Claire Moreau", PASSWORD)
    hid = tenants.create_tenant_file(db, admin, sample_file(1))
    window = MainWindow(db, admin)
    qtbot.addWidget(window)
    show_window(qtbot, window)
    lock = IdleLock(db, admin, settings.current(db)[settings.IDLE_MINUTES], parent=window)
    yield window, lock, admin, hid
    lock.stop()
    for dialog in list(window.open_dialogs.values()):
        dialog.save_button.setEnabled(False)
        dialog.close()


def _actions(db) -> list[str]:
    with db.reader() as s:
        return list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_window_is_covered_after_a_while_and_the_password_uncovers_it(qtbot, db, signed_in):
    window, lock, admin, hid = signed_in
    assert lock.minutes == 15 and lock.timer.interval() == 15 * 60_000
    assert lock.timer.isActive()
    dialog = window.open_file(hid)
    dialog.notes.setPlainText("Rappeler la CAF lundi")  # typed, not saved
    lock.timer.stop()
    qtbot.keyClick(dialog.notes, Qt.Key.Key_End)  # a key is activity: counting again
    assert lock.timer.isActive()

    lock.timer.timeout.emit()  # the 15 minutes without input are over
    assert lock.locked
    unlock = lock.dialog
    assert isinstance(unlock, UnlockDialog) and unlock.isVisible()
    assert "après 15 minutes sans activité" in unlock.intro.text()
    for covered in (window, dialog):  # every window, the open file too
        [cover] = covered.findChildren(
            QWidget, "idleCover", Qt.FindChildOption.FindDirectChildrenOnly
        )
        assert cover.isVisible() and cover.geometry() == covered.rect()
    assert _actions(db)[-1] == accounts.ACTION_SCREEN_LOCKED

    # Escape does not uncover; a wrong password is refused in French and audited.
    qtbot.keyClick(unlock, Qt.Key.Key_Escape)
    assert unlock.isVisible() and lock.locked
    qtbot.keyClicks(unlock.password, "pas le bon")
    unlock.ok_button.click()
    assert unlock.error.text() == "Mot de passe incorrect."  # no « Identifiant » asked here
    assert lock.locked and _actions(db)[-1] == "connexion_refusee"

    qtbot.keyClicks(unlock.password, PASSWORD)
    unlock.ok_button.click()
    assert not lock.locked
    assert not [c for c in window.findChildren(QWidget, "idleCover") if c.isVisible()]
    assert dialog.isVisible() and dialog.notes.toPlainText() == "Rappeler la CAF lundi"
    assert lock.timer.isActive()
    assert _actions(db)[-1] == "connexion"


def test_no_lock_when_the_administrator_sets_zero_minutes(qtbot, db, signed_in):
    window, lock, admin, _hid = signed_in
    lock.stop()
    settings.update(db, admin, {settings.IDLE_MINUTES: 0})
    never = IdleLock(db, admin, settings.current(db)[settings.IDLE_MINUTES], parent=window)
    assert not never.timer.isActive()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert not never.timer.isActive() and not never.locked
    never.stop()
    assert QApplication.instance() is not None


def test_one_minute_reads_in_the_singular(qtbot, db, signed_in):
    _window, lock, admin, _hid = signed_in
    lock.stop()
    unlock = UnlockDialog(db, admin, 1)
    qtbot.addWidget(unlock)
    assert "après 1 minute sans activité" in unlock.intro.text()


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_quitting_from_the_lock_says_what_is_lost_and_quits(qtbot, db, signed_in, monkeypatch):
    """« Quitter Parcours » under the lock: the screen says beforehand that what was
    typed and not saved is lost; the click closes every window without asking
    « Enregistrer les modifications ? » (whoever sits there may not be the signed-in
    user) and quits. It did nothing before: the lock refused to close, and Qt quits
    only once every window has accepted to close (« quit() » is refused otherwise;
    its loop is not run here: a test after it would find the application quitting)."""
    window, lock, admin, hid = signed_in
    before = tenants.get_tenant_file(db, admin, hid).data.notes
    dialog = window.open_file(hid)
    dialog.notes.setPlainText("Rappeler la CAF lundi")  # typed, not saved
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]))
    lock.timer.timeout.emit()
    unlock = lock.dialog
    note = unlock.findChild(QLabel, "quitNote")
    assert note.isVisible() and note.text() == (
        "« Quitter Parcours » ferme toutes ses fenêtres sans rien enregistrer : ce qui a "
        "été saisi et pas encore enregistré sera perdu."
    )
    quits = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    qtbot.mouseClick(unlock.findChild(QPushButton, "quitParcours"), Qt.MouseButton.LeftButton)
    assert asked == [] and quits == [True]
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]  # the lock too
    assert tenants.get_tenant_file(db, admin, hid).data.notes == before  # nothing saved
