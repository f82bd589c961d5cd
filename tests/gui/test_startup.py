"""Start-up: which database the application opens, and the demo offer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop import config
from desktop.domain.roles import Role
from desktop.services import tenants
from desktop.services.context import Actor
from desktop.ui import app as startup
from tests.gui.modal import answer_message_box as answer

ADMIN = Actor("admin.test", "Admin Test", role=Role.ADMIN)  # reads and checks as an administrator

pytestmark = pytest.mark.gui


def test_no_database_offers_the_demo_and_opens_it(qapp, monkeypatch):
    monkeypatch.setattr(startup, "DEMO_HOUSEHOLDS", 300)
    seen: list[str] = []
    answer("Ouvrir la démonstration", seen)
    db = startup.choose_database(None, demo=False)
    try:
        assert "Aucune base de données n'est configurée" in seen[0]
        assert tenants.count(db, ADMIN, tenants.TenantQuery(status=None)) == 300
        assert db.label == str(config.demo_sqlite_path())
    finally:
        db.dispose()
    # The second start reuses the demo base (no regeneration).
    db = startup.choose_database(None, demo=True)
    assert tenants.count(db, ADMIN, tenants.TenantQuery(status=None)) == 300
    db.dispose()


def test_create_an_empty_base_is_remembered(qapp):
    seen: list[str] = []
    answer("Créer une base vide", seen)
    db = startup.choose_database(None, demo=False)
    db.dispose()
    assert config.default_sqlite_path().exists()
    assert config.configured_url().endswith("parcours.sqlite")
    # Next start: no question asked.
    db = startup.choose_database(None, demo=False)
    assert db.schema_revision() is not None
    db.dispose()


def test_quit_opens_nothing(qapp):
    seen: list[str] = []
    answer("Quitter", seen)
    assert startup.choose_database(None, demo=False) is None


def test_environment_url_wins(qapp, monkeypatch, tmp_path):
    path = tmp_path / "agence.sqlite"
    monkeypatch.setenv("PARCOURS_DATABASE_URL", str(path))
    db = startup.choose_database(None, demo=False)
    assert db.label == str(path.resolve())
    db.dispose()


def _answer_in_turn(buttons: list[str], seen: list[str]) -> None:
    """Click ``buttons`` on the message boxes as they show, one after the other."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    remaining = list(buttons)

    def click():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.text() in seen:
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        wanted = remaining.pop(0)
        next(b for b in box.buttons() if wanted in b.text()).click()
        if remaining:
            QTimer.singleShot(20, click)

    QTimer.singleShot(20, click)


def test_a_damaged_base_offers_the_latest_intact_backup(qapp, tmp_path, make_file):
    from decimal import Decimal

    from desktop.services import agencies, backup
    from desktop.storage.db import open_database

    path = tmp_path / "agence.sqlite"
    db = open_database(str(path))
    agencies.create_agency(db, ADMIN, "BXN", "Agence Bordeaux Nord")
    hid = tenants.create_tenant_file(db, ADMIN, make_file(1))
    info = backup.backup_now(db, ADMIN)
    db.dispose()
    path.write_bytes(path.read_bytes()[:4096])  # truncated: cannot be opened
    seen: list[str] = []
    _answer_in_turn(["Restaurer la sauvegarde", "OK"], seen)
    db = startup.choose_database(str(path), demo=False)
    try:
        assert "est endommagée" in seen[0] and info.created_at.strftime("%d/%m/%Y") in seen[0]
        assert "endommagee" in seen[1]  # where the damaged base was set aside
        rent = tenants.get_tenant_file(db, ADMIN, hid).data.lease.rent
        assert rent == Decimal("412.50")
    finally:
        db.dispose()
    assert list(tmp_path.glob("agence.sqlite.endommagee-*"))


def test_a_damaged_base_without_backup_is_said_and_nothing_opens(qapp, tmp_path):
    path = tmp_path / "agence.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    seen: list[str] = []
    _answer_in_turn(["OK"], seen)
    assert startup.choose_database(str(path), demo=False) is None
    assert "aucune sauvegarde intacte" in seen[0]


def test_a_base_behind_is_migrated_off_the_gui_thread_while_a_window_says_so(
    qapp, monkeypatch, tmp_path
):
    """Issue 19: a base to migrate does not leave the user before a blank screen; the
    migration runs in the background while "Mise à jour de la base de données…" is
    shown (application-modal: nothing else can be used meanwhile)."""
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog

    from desktop.storage.db import Database, script_heads

    path = tmp_path / "agence.sqlite"  # a new base: every migration to run
    monkeypatch.setenv("PARCOURS_DATABASE_URL", str(path))
    seen: dict[str, object] = {}
    shown = threading.Event()
    upgrade = Database.upgrade

    def watched(self):
        seen["thread"] = threading.current_thread()
        assert shown.wait(10)  # the window was on screen before the migration ran
        upgrade(self)

    def look():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QProgressDialog) and dialog.isVisible():
            seen["text"] = dialog.labelText()
            seen["modal"] = dialog.windowModality()
            shown.set()
        else:
            QTimer.singleShot(10, look)

    monkeypatch.setattr(Database, "upgrade", watched)
    QTimer.singleShot(0, look)
    db = startup.choose_database(None, demo=False)
    try:
        assert seen["thread"] is not threading.main_thread()
        assert seen["text"] == "Mise à jour de la base de données…"
        assert seen["modal"] == Qt.WindowModality.ApplicationModal
        assert db.at_head() and db.schema_revision() == script_heads()[0]
        assert QApplication.activeModalWidget() is None  # closed once done
    finally:
        db.dispose()
    # At the latest migration: recognised with one query, no window, no thread.
    seen.clear()
    db = startup.choose_database(None, demo=False)
    db.dispose()
    assert seen == {}


def test_a_failed_migration_is_raised_to_the_start_up(qapp, monkeypatch, tmp_path):
    from desktop.storage.db import Database

    monkeypatch.setenv("PARCOURS_DATABASE_URL", str(tmp_path / "agence.sqlite"))

    def broken(self):
        raise RuntimeError("migration cassée")

    monkeypatch.setattr(Database, "upgrade", broken)
    with pytest.raises(RuntimeError, match="migration cassée"):
        startup.choose_database(None, demo=False)


def test_a_base_in_a_missing_folder_is_said_in_french(qapp, monkeypatch, tmp_path):
    """The migration runs off the GUI thread: its failure to open the file comes back
    to the start-up as a French error naming the folder (shown in its dialog)."""
    from desktop.domain.errors import UserError

    monkeypatch.setenv("PARCOURS_DATABASE_URL", str(tmp_path / "clé-absente" / "agence.sqlite"))
    with pytest.raises(UserError) as err:
        startup.choose_database(None, demo=False)
    assert str(err.value).startswith(f"Le dossier « {tmp_path / 'clé-absente'} » n'existe pas")
    assert not (tmp_path / "clé-absente").exists()
