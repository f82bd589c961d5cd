"""The main window: navigation pane, pages, status bar, shortcuts, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
)

from desktop import __version__
from desktop.domain.errors import UserError
from desktop.domain.tenant import TenantFileData
from desktop.services import tenants
from desktop.services.context import Actor
from desktop.storage.db import Database
from desktop.ui.i18n import translate_message
from desktop.ui.tenant_file import TenantFileDialog
from desktop.ui.tenant_list import TenantListPage
from desktop.ui.widgets import fit_to_screen


class TenantEditCommand(QUndoCommand):
    """A saved edit of a tenant file; undo saves the previous state back (audited)."""

    def __init__(self, window: "MainWindow", household_id: int, before: TenantFileData,
                 after: TenantFileData, version: int):
        super().__init__(window.tr("modification du dossier {name}").format(
            name=after.display_name))
        self.window = window
        self.household_id = household_id
        self.before = before
        self.after = after
        self.version = version
        self._first = True

    def _apply(self, data: TenantFileData) -> None:
        try:
            self.version = tenants.restore_tenant_file(
                self.window.db, self.window.actor, self.household_id, data, self.version)
        except UserError as exc:
            self.setObsolete(True)
            QMessageBox.warning(self.window, self.window.tr("Annulation impossible"),
                                translate_message(exc.message))
        self.window.refresh_views(self.household_id)

    def undo(self) -> None:
        self._apply(self.before)

    def redo(self) -> None:
        if self._first:  # the edit itself was already saved by the dialog
            self._first = False
            return
        self._apply(self.after)


class MainWindow(QMainWindow):
    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Parcours — dossiers locataires"))
        fit_to_screen(self, 1280, 780)
        self.undo_stack = QUndoStack(self)
        self.open_dialogs: dict[int, TenantFileDialog] = {}

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setMaximumWidth(240)
        self.nav.setMinimumWidth(190)
        self.pages = QStackedWidget(self)
        self.tenant_page = TenantListPage(db, actor, self)
        self._add_page(self.tr("Dossiers locataires"), self.tenant_page)
        from desktop.ui.notice_list import NoticeListPage

        self.notice_page = NoticeListPage(db, actor, self)  # issue 4: notices
        self._add_page(self.tr("Congés"), self.notice_page)
        self.notice_page.openRequested.connect(self.open_notice)
        self.open_notices: dict[int, QDialog] = {}
        from desktop.ui.arrears_page import ArrearsPage

        self.arrears_page = ArrearsPage(db, actor, self)  # issue 5: payment plans
        self._add_page(self.tr("Plans d'apurement"), self.arrears_page)
        self.arrears_page.openFileRequested.connect(self.open_file)
        self.arrears_page.changed.connect(self.refresh_views)
        from desktop.domain.roles import Permission

        self.caleol_page = None
        if actor.can(Permission.CALEOL_MANAGE) or actor.can(Permission.CALEOL_MINUTES_READ):
            from desktop.ui.caleol_page import CaleolPage  # issue 7: CALEOL

            self.caleol_page = CaleolPage(db, actor, self)
            self._add_page(self.tr("CALEOL"), self.caleol_page)

        self.dashboard_page = None
        if actor.can(Permission.REPORT_READ):  # issue 8: reports and dashboards
            from desktop.ui.dashboard_page import DashboardPage

            self.dashboard_page = DashboardPage(db, actor, self)
            self._add_page(self.tr("Tableaux de bord"), self.dashboard_page)
        self.campaign_page = None
        if actor.can(Permission.CAMPAIGN_CALL) or actor.can(Permission.CAMPAIGN_MANAGE):
            from desktop.ui.campaign_page import CampaignPage  # issue 8: call campaigns

            self.campaign_page = CampaignPage(db, actor, self)
            self._add_page(self.tr("Campagnes d'appels") if actor.can(
                Permission.CAMPAIGN_MANAGE) else self.tr("Mes appels"), self.campaign_page)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        # A CALEOL member has no tenant files: he starts on the minutes to review.
        first = self.tenant_page
        if not actor.can(Permission.TENANT_READ) and self.caleol_page is not None:
            first = self.caleol_page
        self.nav.setCurrentRow(self.pages.indexOf(first))

        splitter = QSplitter(self)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 1080])
        self.setCentralWidget(splitter)

        self.count_status = QLabel(self)
        self.count_status.setObjectName("statusCount")
        self.db_status = QLabel(self.tr("Base : {label}").format(label=db.label), self)
        self.user_status = QLabel(self.tr("Utilisateur : {user}").format(user=actor.label), self)
        self.statusBar().addWidget(self.count_status)
        self.statusBar().addPermanentWidget(self.user_status)
        self.statusBar().addPermanentWidget(self.db_status)
        self.tenant_page.countChanged.connect(self._show_count)
        self.nav.currentRowChanged.connect(self._page_status)
        self._show_count(self.tenant_page.model.total)
        self.tenant_page.openRequested.connect(self.open_file)
        self._build_menus()
        from desktop.ui.templates_page import install_documents

        install_documents(self)  # letters (issue 3): templates page, Courriers menu
        from desktop.ui.admin_pages import install_admin

        install_admin(self)  # roles: actions allowed, administration pages and menus

    def _add_page(self, title: str, widget) -> None:
        self.pages.addWidget(widget)
        QListWidgetItem(title, self.nav)

    def _action(self, menu, text: str, shortcut, slot, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Fichier"))
        self.new_action = self._action(file_menu, self.tr("&Nouveau dossier…"),
                                       QKeySequence.StandardKey.New, self.new_file, "newFile")
        self.import_action = self._action(file_menu, self.tr("&Importer des locataires…"),
                                          "Ctrl+I", self.import_tenants, "importTenants")
        self._action(file_menu, self.tr("Nouvelle a&gence…"), None, self.new_agency, "newAgency")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quitter"), QKeySequence.StandardKey.Quit,
                     self.close, "quit")
        edit_menu = self.menuBar().addMenu(self.tr("&Édition"))
        undo = self.undo_stack.createUndoAction(self, self.tr("Annuler"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setObjectName("undo")
        redo = self.undo_stack.createRedoAction(self, self.tr("Rétablir"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        redo.setObjectName("redo")
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        self.addAction(undo)
        self.addAction(redo)
        edit_menu.addSeparator()
        self._action(edit_menu, self.tr("&Rechercher"), QKeySequence.StandardKey.Find,
                     self.focus_search, "find")
        view_menu = self.menuBar().addMenu(self.tr("&Affichage"))
        self._action(view_menu, self.tr("&Actualiser"), QKeySequence.StandardKey.Refresh,
                     self.refresh_current, "refresh")
        self._action(view_menu, self.tr("&Congés"), "Ctrl+Shift+C", self.show_notices,
                     "showNotices")
        self._action(view_menu, self.tr("Ouvrir le dossier sélectionné"), None,
                     self.tenant_page.open_current, "openSelected")
        help_menu = self.menuBar().addMenu(self.tr("&Aide"))
        self._action(help_menu, self.tr("À &propos de Parcours"), None, self.about, "about")

    # ----------------------------------------------------------------- actions
    def _show_count(self, total: int) -> None:
        if self.pages.currentWidget() is self.tenant_page:
            self.count_status.setText(self.tenant_page.count_label.text())

    def _page_status(self, *_args) -> None:
        """The status bar speaks of the page shown: its own count line when it has one
        (dossiers, congés, impayés), nothing otherwise (not the tenant count everywhere)."""
        label = getattr(self.pages.currentWidget(), "count_label", None)
        self.count_status.setText(label.text() if label is not None else "")

    def focus_search(self) -> None:
        self.nav.setCurrentRow(0)
        self.tenant_page.search.setFocus()
        self.tenant_page.search.selectAll()

    def _dialog(self, household_id: int | None) -> TenantFileDialog:
        dialog = TenantFileDialog(self.db, self.actor, household_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_saved)
        dialog.fileClosed.connect(lambda hid: self.refresh_views(hid))
        dialog.noticeRequested.connect(self.open_notice_for_file)
        return dialog

    def open_file(self, household_id: int) -> TenantFileDialog:
        existing = self.open_dialogs.get(household_id)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return existing
        dialog = self._dialog(household_id)
        self.open_dialogs[household_id] = dialog
        dialog.destroyed.connect(lambda *_: self.open_dialogs.pop(household_id, None))
        dialog.show()
        return dialog

    def new_file(self) -> TenantFileDialog:
        dialog = self._dialog(None)
        dialog.show()
        return dialog

    def _on_saved(self, household_id: int, before, after, version: int) -> None:
        if before is not None:
            self.undo_stack.push(TenantEditCommand(self, household_id, before, after, version))
        self.refresh_views(household_id)
        dialog = self.open_dialogs.get(household_id)
        if dialog is None or not dialog.isVisible():  # (the dialog says it itself)
            self.statusBar().showMessage(self.tr("Dossier enregistré."), 4000)

    def refresh_current(self) -> None:
        """F5: the lists of tenant files and notices, and the page shown."""
        self.refresh_views(None)
        page = self.pages.currentWidget()
        if page not in (self.tenant_page, self.notice_page) and hasattr(page, "refresh"):
            page.refresh()

    def refresh_views(self, household_id: int | None) -> None:
        self.tenant_page.refresh()
        self.notice_page.refresh()
        dialog = self.open_dialogs.get(household_id) if household_id is not None else None
        if dialog is not None and not dialog.is_dirty():
            dialog.reload()

    # ----------------------------------------------------------------- notices (issue 4)
    def show_notices(self) -> None:
        self.nav.setCurrentRow(self.pages.indexOf(self.notice_page))
        self.notice_page.refresh()
        self.notice_page.table.setFocus()

    def open_notice_for_file(self, household_id: int):
        return self.open_notice(None, household_id)

    def open_notice(self, notice_id: int | None, household_id: int):
        """The notice screen of a tenant file (its current notice when ``notice_id`` is None)."""
        from desktop.ui.notice_dialog import NoticeDialog

        existing = self.open_notices.get(household_id)
        if existing is not None:
            if notice_id is not None and existing.notice_id != notice_id:
                existing.notice_id = notice_id
                existing.reload()
            existing.raise_()
            existing.activateWindow()
            return existing
        try:
            dialog = NoticeDialog(self.db, self.actor, household_id, notice_id, self)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Congé"), translate_message(exc.message))
            return None
        self.open_notices[household_id] = dialog
        dialog.destroyed.connect(lambda *_: self.open_notices.pop(household_id, None))
        dialog.changed.connect(self.refresh_views)
        dialog.show()
        return dialog

    def import_tenants(self) -> None:
        from desktop.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.db, self.actor, self)
        dialog.imported.connect(lambda n: self.refresh_views(None))
        dialog.exec()

    def new_agency(self) -> None:
        from desktop.ui.agency_dialog import AgencyDialog

        if AgencyDialog(self.db, self.actor, self).exec():
            self.tenant_page.reload_agencies()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("À propos de Parcours"), self.tr(
            "<b>Parcours {version}</b><br>Back-office des bailleurs sociaux : dossiers "
            "locataires, congés, plans d'apurement, CALEOL, campagnes.").format(
                version=__version__))
