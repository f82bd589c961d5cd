"""Sign-in, roles and administration pages, through real widgets."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from sqlalchemy import select, update

from desktop.domain.errors import AuthenticationError
from desktop.domain.roles import Role
from desktop.services import accounts, agencies, backup, settings, tenants
from desktop.services.context import Actor
from desktop.storage.models import AuditEvent, Household
from desktop.ui.login_dialog import FirstAdminDialog, LoginDialog, sign_in
from desktop.ui.main_window import MainWindow
from tests.conftest import PG_URL, sample_file
from tests.gui.modal import answer_message_box
from tests.gui.window import show_window

pytestmark = pytest.mark.gui

PASSWORD = "Bordeaux-2026!"
NEW_PASSWORD = "Gironde#Vigie42"


def click_ok(dialog) -> None:
    dialog.ok_button.click()


# --------------------------------------------------------------------------- sign-in


def test_first_start_creates_the_administrator_with_a_chosen_password(qtbot, db):
    dialog = FirstAdminDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, "c.moreau")
    dialog.full_name.insert("Claire Moreau")
    qtbot.keyClicks(dialog.password, "court")
    qtbot.keyClicks(dialog.confirm, "court")
    click_ok(dialog)
    assert "au moins 12 caractères" in dialog.error.text()
    assert accounts.needs_first_admin(db)
    dialog.password.setText(PASSWORD)
    dialog.confirm.setText(PASSWORD + "x")
    click_ok(dialog)
    assert dialog.error.text() == "Les deux mots de passe ne sont pas identiques."
    dialog.confirm.setText(PASSWORD)
    click_ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor.role == Role.ADMIN
    assert not accounts.needs_first_admin(db)


def test_brute_force_through_the_login_dialog_locks_the_account(qtbot, db):
    admin = accounts.create_first_admin(db, "c.moreau", "", PASSWORD)
    settings.update(db, admin, {settings.LOCKOUT_THRESHOLD: 3})
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.demo.isVisible()  # no demo account on a real base
    qtbot.keyClicks(dialog.username, "c.moreau")
    for attempt in range(3):
        qtbot.keyClicks(dialog.password, f"essai{attempt}")
        click_ok(dialog)
        assert dialog.password.text() == ""
    assert "verrouillé" in dialog.error.text()
    qtbot.keyClicks(dialog.password, PASSWORD)
    click_ok(dialog)
    assert "verrouillé" in dialog.error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    with db.reader() as s:
        assert s.scalars(
            select(AuditEvent.action).where(AuditEvent.action == "verrouillage")
        ).all() == ["verrouillage"]


def fill_modal(cls, fill):
    """When the next modal dialog of class ``cls`` shows, call ``fill(dialog)``."""

    def attempt():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, cls):
            QTimer.singleShot(20, attempt)
            return
        fill(dialog)

    QTimer.singleShot(20, attempt)


def test_sign_in_then_required_password_change(qtbot, db):
    from desktop.ui.login_dialog import ChangePasswordDialog

    admin = accounts.create_first_admin(db, "c.moreau", "", PASSWORD)
    accounts.create_user(db, admin, "auditeur", "Anne Audit", Role.AUDITOR, PASSWORD)

    def login(dialog):
        dialog.username.setText("auditeur")
        dialog.password.setText(PASSWORD)
        click_ok(dialog)
        fill_modal(ChangePasswordDialog, change)

    said = []

    def change(dialog):
        dialog.current.setText(PASSWORD)
        dialog.new.setText(NEW_PASSWORD)
        dialog.confirm.setText(NEW_PASSWORD + "x")
        click_ok(dialog)
        said.append(dialog.error.text())
        dialog.confirm.setText(NEW_PASSWORD)
        click_ok(dialog)

    fill_modal(LoginDialog, login)
    actor = sign_in(db)
    assert said == ["Les deux mots de passe ne sont pas identiques."]
    assert actor is not None and actor.role == Role.AUDITOR
    assert accounts.authenticate(db, "auditeur", NEW_PASSWORD).username == "auditeur"


def test_demo_base_login_dialog_lists_the_demo_accounts(qtbot, tmp_path, demo_database):
    db = demo_database(tmp_path / "demo.sqlite", households=20)
    try:
        dialog = LoginDialog(db)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.demo.isVisible()
        assert "agent.bxn" in dialog.demo.text() and "« demo »" in dialog.demo.text()
        qtbot.keyClicks(dialog.username, "agent.bxn")
        qtbot.keyClicks(dialog.password, "demo")
        click_ok(dialog)
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert dialog.actor.role == Role.AGENT
    finally:
        db.dispose()


# --------------------------------------------------------------------------- roles


@pytest.fixture
def base(db):
    admin = Actor("admin.test", "Admin", role=Role.ADMIN)
    bxn = agencies.create_agency(db, admin, "BXN", "Agence Bordeaux Nord", "Bordeaux")
    mer = agencies.create_agency(db, admin, "MER", "Agence de Mérignac", "Mérignac")
    own = sample_file(1)
    own.notes = "Appel de vigilance du 12/03."
    own.isolated = True
    ids = {"own": tenants.create_tenant_file(db, admin, own)}
    other = sample_file(2)
    other.occupants[0].last_name = "Martin"
    other.dwelling.agency_code = "MER"
    ids["other"] = tenants.create_tenant_file(db, admin, other)
    return {"admin": admin, "bxn": bxn, "mer": mer, "ids": ids}


def make_window(qtbot, db, actor) -> MainWindow:
    window = MainWindow(db, actor)
    qtbot.addWidget(window)
    return show_window(qtbot, window)


def names(window) -> list[str]:
    model = window.tenant_page.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def nav_titles(window) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def close_dialogs(window) -> None:
    for dialog in list(window.open_dialogs.values()):
        dialog.save_button.setEnabled(False)
        dialog.close()


def test_auditor_reads_but_cannot_change_anything(qtbot, db, base):
    window = make_window(qtbot, db, Actor("auditeur", role=Role.AUDITOR))
    try:
        assert not window.findChild(QAction, "newFile").isEnabled()
        assert not window.findChild(QAction, "importTenants").isEnabled()
        assert not window.findChild(QAction, "newAgency").isEnabled()
        assert "Journal d'audit" in nav_titles(window) and "Comptes" not in nav_titles(window)
        assert len(names(window)) == 2
        dialog = window.open_file(base["ids"]["own"])
        assert not dialog.save_button.isEnabled()
        assert not dialog.close_file_button.isEnabled()
        assert dialog.notes.toPlainText() == "Appel de vigilance du 12/03."
        assert "(Auditeur)" in window.user_status.text()
    finally:
        close_dialogs(window)


def test_caleol_member_sees_no_tenant_file(qtbot, db, base):
    window = make_window(qtbot, db, Actor("membre", role=Role.CALEOL_MEMBER))
    assert names(window) == []
    # He starts on the CALEOL page (his minutes); the tenant files page says no access.
    assert window.pages.currentWidget() is window.caleol_page
    window.nav.setCurrentRow(window.pages.indexOf(window.tenant_page))
    assert window.tenant_page.no_access.isVisible()
    assert not window.tenant_page.search.isEnabled()
    # Nor the pages made of tenant files: his navigation holds his CALEOL pages only.
    shown = [
        window.nav.item(i).text()
        for i in range(window.nav.count())
        if not window.nav.item(i).isHidden()
    ]
    assert shown == ["CALEOL"]  # (no « Mes votes » without an account id)
    visible = {a.objectName() for a in window.findChildren(QAction) if a.isVisible()}
    assert {"signingKey", "verifyPdf"} <= visible  # he signs the minutes
    assert not visible & {"openBatch", "showTemplates"}
    assert not window.admin_pages


def test_caleol_secretary_sees_files_without_sensitive_data(qtbot, db, base):
    window = make_window(qtbot, db, Actor("secretaire", role=Role.CALEOL_SECRETARY))
    try:
        dialog = window.open_file(base["ids"]["own"])
        assert "masquées pour votre rôle" in dialog.flags.text()
        assert dialog.notes.toPlainText() == ""
        assert not dialog.isolated.isChecked()
        assert not dialog.save_button.isEnabled()
    finally:
        close_dialogs(window)


def test_agent_works_on_the_own_agency_only(qtbot, db, base):
    agent = Actor("agent.bxn", role=Role.AGENT, agency_id=base["bxn"])
    window = make_window(qtbot, db, agent)
    try:
        assert names(window) == ["DUPONT Élodie"]
        combo = window.tenant_page.agency
        assert [combo.itemText(i) for i in range(combo.count())] == [
            "Toutes les agences",
            "Agence Bordeaux Nord (BXN)",
        ]
        assert window.findChild(QAction, "newFile").isEnabled()
        assert not window.findChild(QAction, "importTenants").isEnabled()
        assert not window.admin_pages
        dialog = window.open_file(base["ids"]["own"])
        assert [dialog.agency.itemData(i) for i in range(dialog.agency.count())] == ["BXN"]
        # Meanwhile an administrator moves the file to another agency: the agent's
        # save is refused with a French message, and the refusal is audited.
        admin = base["admin"]
        view = tenants.get_tenant_file(db, admin, base["ids"]["own"])
        moved = view.data
        moved.dwelling.agency_code = "MER"
        tenants.update_tenant_file(db, admin, base["ids"]["own"], moved, view.version)
        dialog.version = view.version + 1
        dialog.rent.setText("500,00")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.general_error.text().startswith("Accès refusé")
        with db.reader() as s:
            refused = s.scalars(select(AuditEvent).where(AuditEvent.action == "refus")).all()
            assert [e.actor for e in refused] == ["agent.bxn"]
        assert tenants.get_tenant_file(db, admin, base["ids"]["own"]).data.lease.rent == Decimal(
            "412.50"
        )
    finally:
        close_dialogs(window)


# --------------------------------------------------------------------------- admin pages


@pytest.fixture
def admin_window(qtbot, db, base):
    admin = accounts.create_first_admin(db, "c.moreau", "Claire Moreau", PASSWORD)
    window = make_window(qtbot, db, admin)
    yield window
    close_dialogs(window)


def test_admin_creates_an_account_from_the_users_page(qtbot, db, admin_window):
    page = admin_window.admin_pages["users"]
    admin_window.findChild(QAction, "show_users").trigger()
    assert admin_window.pages.currentWidget() is page
    dialog = page.new_user()
    qtbot.keyClicks(dialog.username, "a.petit")
    dialog.full_name.insert("Alice Petit")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.AGENT.value))
    dialog.password.setText(PASSWORD)
    dialog.confirm.setText(PASSWORD + "x")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.error.text() == "Les deux mots de passe ne sont pas identiques."
    assert [u.username for u in accounts.list_users(db, admin_window.actor)] == ["c.moreau"]
    dialog.confirm.setText(PASSWORD)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert "rattaché à une agence" in dialog.error.text()
    dialog.agency.setCurrentIndex(dialog.agency.findData("BXN"))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    usernames = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert usernames == ["a.petit", "c.moreau"]
    assert page.table.item(0, 2).text() == "Agent"
    # Lock it by failures, then unlock it from the page.
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            accounts.authenticate(db, "a.petit", "mauvais")
    page.reload()
    assert page.table.item(0, 4).text() == "verrouillé"
    page.select("a.petit")
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert page.table.item(0, 4).text() == "actif"


def test_audit_page_filters_and_exports(qtbot, db, admin_window, tmp_path, monkeypatch):
    page = admin_window.admin_pages["audit"]
    page.reload()
    total = page.table.rowCount()
    assert total >= 4
    qtbot.keyClicks(page.user, "c.moreau")
    qtbot.mouseClick(page.filter_button, Qt.MouseButton.LeftButton)
    assert {page.table.item(r, 1).text() for r in range(page.table.rowCount())} == {"c.moreau"}
    page.user.clear()
    qtbot.keyClicks(page.since, "31/02/2026")
    qtbot.mouseClick(page.filter_button, Qt.MouseButton.LeftButton)
    assert "Date invalide" in page.error.text()
    page.since.clear()
    page.file_number.setText("abc")
    qtbot.mouseClick(page.filter_button, Qt.MouseButton.LeftButton)
    assert "N° de dossier invalide" in page.error.text()
    page.file_number.clear()
    out = tmp_path / "journal.xlsx"
    assert page.export_to(str(out)) == total
    assert load_workbook(out).active.max_row == total + 1
    assert page.count_label.text() == f"{total} événements exportés dans « journal.xlsx »."
    qtbot.keyClicks(page.user, "personne.inconnue")
    qtbot.mouseClick(page.filter_button, Qt.MouseButton.LeftButton)
    assert page.count_label.text() == "Aucun événement"
    assert page.export_to(str(tmp_path / "vide.xlsx")) == 0
    assert page.count_label.text() == "aucun événement exporté dans « vide.xlsx »."
    page.user.clear()
    qtbot.mouseClick(page.filter_button, Qt.MouseButton.LeftButton)
    # A name typed without its extension in the save dialog gets ".xlsx".
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "j2"), ""))
    page.ask_export()
    assert (tmp_path / "j2.xlsx").is_file() and not (tmp_path / "j2").exists()
    assert "« j2.xlsx »" in page.count_label.text()


def test_retention_page_previews_and_purges(qtbot, db, base, admin_window):
    admin = base["admin"]
    hid = base["ids"]["other"]
    view = tenants.get_tenant_file(db, admin, hid)
    tenants.close_tenant_file(db, admin, hid, view.version, dt.date.today(), "Départ")
    with db.transaction() as s:
        s.execute(
            update(Household)
            .where(Household.id == hid)
            .values(closed_on=dt.date.today() - dt.timedelta(days=4 * 366))
        )
    page = admin_window.admin_pages["retention"]
    page.spins["lockout.threshold"].setValue(4)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert settings.current(db)["lockout.threshold"] == 4
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 1 and page.table.item(0, 1).text() == "MARTIN Élodie"
    assert page.status.text() == "1 dossier à anonymiser."
    assert page.purge_button.isEnabled()
    seen: list[str] = []
    answer_message_box("Anonymiser", seen)
    qtbot.mouseClick(page.purge_button, Qt.MouseButton.LeftButton)
    assert seen[0].startswith("Anonymiser définitivement le dossier listé ? ")
    assert page.status.text() == "1 dossier anonymisé."
    assert tenants.get_tenant_file(db, admin, hid).data.display_name == "ANONYME"


@pytest.mark.skipif(bool(PG_URL), reason="built-in backups are for SQLite")
def test_backup_page_backs_up_and_restores(qtbot, db, base, admin_window):
    page = admin_window.admin_pages["backup"]
    assert page.table.rowCount() == 0
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 1 and "Sauvegarde enregistrée" in page.status.text()
    admin = base["admin"]
    view = tenants.get_tenant_file(db, admin, base["ids"]["own"])
    data = view.data
    data.lease.rent = Decimal("999.00")
    tenants.update_tenant_file(db, admin, base["ids"]["own"], data, view.version)
    page.table.selectRow(0)
    seen: list[str] = []
    answer_message_box("Restaurer", seen)
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert "Remplacer toute la base" in seen[0]
    assert "Base restaurée" in page.status.text()
    assert tenants.get_tenant_file(db, admin, base["ids"]["own"]).data.lease.rent == Decimal(
        "412.50"
    )
    assert page.table.rowCount() == 2  # with the copy made just before restoring
    assert backup.list_backups(db, admin)[0].kind == "avantrestauration"
