"""The main window: navigation pane, pages, status bar, shortcuts, undo.

The window can be built as an empty shell first (``MainWindow()``) and painted before
the database layer is even imported: nothing of ``storage`` or ``services`` is
imported at this module's top level (SQLAlchemy and the models take longer to import
than Qt takes to paint). ``attach(db, actor)`` then builds the pages (issue 19).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from desktop import __version__
from desktop.domain.errors import UserError
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import ElidedLabel, fit_to_screen, raised, split
from desktop.ui.widgets.messages import error_text

if TYPE_CHECKING:  # imported when the base is attached, after the first paint
    from desktop.domain.tenant import TenantFileData
    from desktop.services.context import Actor
    from desktop.storage.db import Database
    from desktop.ui.tenant_file import TenantFileDialog


class TenantEditCommand(QUndoCommand):
    """A saved edit of a tenant file; undo saves the previous state back (audited)."""

    def __init__(
        self,
        window: MainWindow,
        household_id: int,
        before: TenantFileData,
        after: TenantFileData,
        version: int,
    ):
        super().__init__(
            window.tr("modification du dossier {name}").format(name=after.display_name)
        )
        self.window = window
        self.household_id = household_id
        self.before = before
        self.after = after
        self.version = version
        self._first = True

    def _apply(self, data: TenantFileData) -> None:
        from desktop.services import tenants

        try:
            self.version = tenants.restore_tenant_file(
                self.window.db, self.window.actor, self.household_id, data, self.version
            )
        except UserError as exc:
            self.setObsolete(True)
            QMessageBox.warning(
                self.window, self.window.tr("Annulation impossible"), translate_message(exc.message)
            )
        self.window.refresh_views(self.household_id)

    def undo(self) -> None:
        self._apply(self.before)

    def redo(self) -> None:
        if self._first:  # the edit itself was already saved by the dialog
            self._first = False
            return
        self._apply(self.after)


class MainWindow(QMainWindow):
    db: Database  # set by ``attach``
    actor: Actor

    def __init__(self, db: Database | None = None, actor: Actor | None = None, parent=None):
        """The window over ``db`` for ``actor``; without them, an empty shell that
        ``attach`` fills once the base is open and the user signed in (the shell
        paints before the database layer is imported)."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Parcours — dossiers locataires"))
        # a laptop's whole width (1,366 px): the lists' columns need it
        fit_to_screen(self, 1440, 780)
        self.undo_stack = QUndoStack(self)
        self.open_dialogs: dict[int, TenantFileDialog] = {}
        self.open_notices: dict[int, QDialog] = {}
        self._page_slots: dict[str, tuple[QWidget, object]] = {}
        self._built_pages: dict[str, QWidget] = {}
        self.resume_task = None

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setMaximumWidth(240)
        self.nav.setMinimumWidth(120)
        self.pages = QStackedWidget(self)
        self.setCentralWidget(split(self, self.nav, (self.pages, 1), sizes=[200, 1080]))
        self.count_status = ElidedLabel("", self)
        self.count_status.setObjectName("statusCount")
        self.statusBar().addWidget(self.count_status, 1)
        if db is None or actor is None:
            self.count_status.setText(self.tr("Ouverture de la base de données…"))
        else:
            self.attach(db, actor)

    @property
    def attached(self) -> bool:
        """True once the window shows a base (``attach``), False for the bare shell."""
        return "db" in self.__dict__

    def attach(self, db: Database, actor: Actor) -> None:
        """Build the pages, menus and status of the window over ``db`` for ``actor``."""
        from desktop.ui.tenant_list import TenantListPage

        self.db = db
        self.actor = actor
        self.count_status.setText("")
        # The list is read right after the window's first paint, not before it.
        self.tenant_page = TenantListPage(db, actor, self, after_paint=True)
        self._add_page(self.tr("Dossiers locataires"), self.tenant_page)
        # The other pages are built on their first visit (or first use through their
        # attribute): the window paints without importing or querying for them.
        self._lazy_page("notice", self.tr("Congés"), self._make_notice_page)
        self._lazy_page("arrears", self.tr("Plans d'apurement"), self._make_arrears_page)
        from desktop.domain.roles import Permission

        if actor.can(Permission.CALEOL_MANAGE) or actor.can(Permission.CALEOL_MINUTES_READ):
            self._lazy_page("caleol", self.tr("CALEOL"), self._make_caleol_page)
        if actor.can(Permission.CALEOL_MANAGE):  # issue 17
            self._lazy_page("cotation", self.tr("Cotation et objectifs"), self._make_cotation_page)
        if actor.can(Permission.CALEOL_MINUTES_READ) and actor.user_id is not None:
            self._lazy_page(
                "member_vote", self.tr("Mes votes (séances écrites)"), self._make_member_vote_page
            )
        if actor.can(Permission.REPORT_READ):  # issue 8: reports and dashboards
            self._lazy_page("dashboard", self.tr("Tableaux de bord"), self._make_dashboard_page)
        if actor.can(Permission.CAMPAIGN_CALL) or actor.can(Permission.CAMPAIGN_MANAGE):
            self._lazy_page(
                "campaign",
                self.tr("Campagnes d'appels")
                if actor.can(Permission.CAMPAIGN_MANAGE)
                else self.tr("Mes appels"),
                self._make_campaign_page,
            )
        self.nav.currentRowChanged.connect(self._show_page)
        # A CALEOL member has no tenant files: he starts on the minutes to review.
        first = self.tenant_page
        if not actor.can(Permission.TENANT_READ) and "caleol" in self._page_slots:
            first = self.caleol_page
        self.nav.setCurrentRow(self.pages.indexOf(first))

        base = (
            self.tr("Base : {label} (partage réseau : un seul poste à la fois)")
            if db.sqlite_on_share
            else self.tr("Base : {label}")
        )
        self.db_status = ElidedLabel(
            base.format(label=db.label), self, Qt.TextElideMode.ElideMiddle
        )
        self.user_status = QLabel(self.tr("Utilisateur : {user}").format(user=actor.label), self)
        # The status texts can be long (a base's path, "Plus de 100 dossiers
        # (comptage…)" while counting): they give way on a narrow screen instead of
        # widening the window; the base's full label is in its tooltip.
        # (elided, not cut: "Base : /home/…/parcours.sqlite")
        self.statusBar().addPermanentWidget(self.user_status)
        self.statusBar().addPermanentWidget(self.db_status)
        self.tenant_page.countChanged.connect(self._show_count)
        self.nav.currentRowChanged.connect(self._page_status)
        self._show_count(self.tenant_page.model.total)
        self.tenant_page.openRequested.connect(self.open_file)
        self._build_menus()
        from desktop.ui.letters_menu import install_documents

        install_documents(self)  # letters (issue 3): templates page, Courriers menu
        from desktop.ui.admin_pages import install_admin

        install_admin(self)  # roles: actions allowed, administration pages and menus
        self._hide_pages_without_files()
        self._fit_navigation()
        # After the first paint: folders and LibreOffice processes left by a killed
        # letter batch, and the mass mailings it interrupted.
        QTimer.singleShot(1000, self, self.after_start)

    def _hide_pages_without_files(self) -> None:
        """A role without tenant files (a CALEOL member: a mayor's or the State's
        representative) is not shown the pages made of them: the tenant files, the
        notices, the agreements and the letter templates, nor the mailing and the
        templates in the « Courriers » menu (the signing certificate stays: he signs
        minutes). They stay built behind the navigation (other parts of the window
        reach the tenant page)."""
        from desktop.domain.roles import Permission

        if self.actor.can(Permission.TENANT_READ):
            return
        for name in ("openBatch", "showTemplates"):
            action = self.findChild(QAction, name)
            if action is not None:
                action.setVisible(False)
        hidden = [self.tenant_page]
        hidden += [self._page_slots[n][0] for n in ("notice", "arrears", "templates")]
        for widget in hidden:
            row = self.pages.indexOf(widget)
            if row >= 0:
                self.nav.item(row).setHidden(True)

    def _fit_navigation(self) -> None:
        """The navigation pane as wide as its longest title, no wider: on a laptop the
        room goes to the page and its tables (issue 15)."""
        nav = self.nav
        width = nav.sizeHintForColumn(0) + 2 * nav.frameWidth() + 2
        width = max(nav.minimumWidth(), min(width, nav.maximumWidth()))
        self.centralWidget().setSizes([width, 1080])

    # ----------------------------------------------------------------- after start
    def after_start(self, ask: bool = True) -> list:
        """Clean up after a killed letter batch; offer to make the letters an
        interrupted batch did not make (``ask``: the question is put to the user). The
        batches found (``documents.InterruptedBatch``)."""
        from desktop.domain.roles import Permission
        from desktop.services import documents

        try:
            documents.sweep_staging()
            pending = (
                documents.interrupted_letters(self.db, self.actor)
                if self.actor.can(Permission.TENANT_WRITE)
                else []
            )
        except (OSError, UserError):  # documents folder or base unreachable: said later
            return []
        if ask:
            for batch in pending:
                self.offer_resume(batch)
        return pending

    def offer_resume(self, batch) -> None:
        """Ask whether to make the letters ``batch`` (an interrupted batch) did not make."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Publipostage interrompu"),
            self.tr(
                "{said}\n\nFaire maintenant les courriers manquants ? Ceux déjà enregistrés ne "
                "sont pas refaits."
            ).format(said=translate_message(batch.message())),
            parent=self,
        )
        resume = box.addButton(
            self.tr("Faire les courriers manquants"), QMessageBox.ButtonRole.AcceptRole
        )
        drop = box.addButton(self.tr("Abandonner"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Plus tard"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is resume:
            self.resume_batch(batch.request)
        elif box.clickedButton() is drop:
            from desktop.services import documents

            documents.discard_interrupted(batch.batch_id)

    def resume_batch(self, request):
        """Resume an interrupted batch (its letters not made) in the background; the
        status bar follows."""
        from desktop.services import documents
        from desktop.ui.doc_worker import Task

        db, actor = self.db, self.actor
        task = Task(
            lambda progress, cancelled: documents.run_batch(
                db, actor, request, progress, cancelled
            ),
            self,
        )
        # Bound methods of the window: called in the GUI thread (a lambda would run in
        # the task's thread and touch the status bar from there).
        task.progressed.connect(self._resume_progressed)
        task.succeeded.connect(self._resume_succeeded)
        task.failed.connect(self._resume_failed)
        self.resume_task = task
        task.start()
        return task

    def _resume_progressed(self, p) -> None:
        self.statusBar().showMessage(
            self.tr("Reprise du publipostage : {done} courriers sur {total}").format(
                done=p.letters_done, total=p.letters_total
            )
        )

    def _resume_succeeded(self, result) -> None:
        from desktop.ui.batch_dialog import resumed_text

        self.statusBar().showMessage(resumed_text(result), 15000)

    def _resume_failed(self, exc) -> None:
        QMessageBox.warning(self, self.tr("Publipostage interrompu"), error_text(exc))

    def close_windows(self) -> bool:
        """Close the windows opened from this one (a file, an agreement, a notice),
        the innermost first: each asks about what was typed and not saved. False when
        the user keeps one open (« Annuler »)."""

        def depth(widget) -> int:
            n = 0
            while (widget := widget.parentWidget()) is not None:
                if widget is self:
                    return n + 1
                n += 1
            return 0  # not opened from this window

        opened = [w for w in QApplication.topLevelWidgets() if w.isVisible() and depth(w)]
        return all(w.close() for w in sorted(opened, key=depth, reverse=True))

    def quit(self) -> None:
        """*Fichier > Quitter*: the open files first (their unsaved input asked about),
        then the window."""
        if self.close_windows():
            self.close()

    def closeEvent(self, event) -> None:
        if event.spontaneous() and not self.close_windows():  # the window's cross
            event.ignore()
            return
        # The background jobs (an audit-chain check, a letter, the dashboard's figures)
        # are stopped and waited for: the database they read is closed once the window is.
        from desktop.ui.doc_worker import wait_running

        wait_running()
        if self.attached:
            self.tenant_page.model.shutdown()  # the count thread
        dashboard = self.built_page("dashboard")
        if dashboard is not None:
            dashboard.wait(10_000)  # its figures' pool thread
        super().closeEvent(event)

    def _add_page(self, title: str, widget) -> None:
        self.pages.addWidget(widget)
        QListWidgetItem(title, self.nav)

    # ----------------------------------------------------------------- pages built later
    def _lazy_page(self, name: str, title: str, factory) -> None:
        """A page whose widget ``factory()`` builds on its first visit."""
        placeholder = QWidget(self.pages)
        placeholder.setObjectName(f"{name}PagePending")
        self._page_slots[name] = (placeholder, factory)
        self._add_page(title, placeholder)

    def _page(self, name: str):
        """The page ``name``, built now if it was not yet (None: not for this role)."""
        page = self._built_pages.get(name)
        if page is not None or name not in self._page_slots:
            return page
        placeholder, factory = self._page_slots[name]
        page = factory()
        self._built_pages[name] = page
        index = self.pages.indexOf(placeholder)
        current = self.pages.currentIndex()
        self.pages.insertWidget(index, page)
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()
        self.pages.setCurrentIndex(current)
        return page

    def built_page(self, name: str):
        """The page ``name`` if it was built already, else None (nothing is built)."""
        return self._built_pages.get(name)

    def _show_page(self, row: int) -> None:
        widget = self.pages.widget(row)
        for name, (placeholder, _factory) in self._page_slots.items():
            if widget is placeholder and name not in self._built_pages:
                self._page(name)
                break
        self.pages.setCurrentIndex(row)

    notice_page = property(lambda self: self._page("notice"))
    templates_page = property(lambda self: self._page("templates"))
    arrears_page = property(lambda self: self._page("arrears"))
    caleol_page = property(lambda self: self._page("caleol"))
    dashboard_page = property(lambda self: self._page("dashboard"))
    campaign_page = property(lambda self: self._page("campaign"))
    cotation_page = property(lambda self: self._page("cotation"))
    member_vote_page = property(lambda self: self._page("member_vote"))

    def _make_notice_page(self):
        from desktop.ui.notice_list import NoticeListPage

        page = NoticeListPage(self.db, self.actor, self)  # issue 4: notices
        page.openRequested.connect(self.open_notice)
        return page

    def _make_arrears_page(self):
        from desktop.ui.arrears_page import ArrearsPage

        page = ArrearsPage(self.db, self.actor, self)  # issue 5: payment plans
        page.openFileRequested.connect(self.open_file)
        page.changed.connect(self.refresh_views)
        return page

    def _make_caleol_page(self):
        from desktop.ui.caleol.page import CaleolPage  # issue 7: CALEOL

        return CaleolPage(self.db, self.actor, self)

    def _make_cotation_page(self):
        from desktop.ui.cotation import CotationPage  # issue 17: scoring and targets

        return CotationPage(self.db, self.actor, self)

    def _make_member_vote_page(self):
        from desktop.ui.member_vote import MemberVotePanel  # issue 17: members vote

        return MemberVotePanel(self.db, self.actor, self)

    def _make_dashboard_page(self):
        from desktop.ui.dashboard_page import DashboardPage  # issue 8: reports

        return DashboardPage(self.db, self.actor, self)

    def _make_campaign_page(self):
        from desktop.ui.campaigns.page import CampaignPage  # issue 8: call campaigns

        return CampaignPage(self.db, self.actor, self)

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
        self.new_action = self._action(
            file_menu,
            self.tr("&Nouveau dossier…"),
            QKeySequence.StandardKey.New,
            self.new_file,
            "newFile",
        )
        self.import_action = self._action(
            file_menu,
            self.tr("&Importer des locataires…"),
            "Ctrl+I",
            self.import_tenants,
            "importTenants",
        )
        self._action(file_menu, self.tr("Nouvelle a&gence…"), None, self.new_agency, "newAgency")
        file_menu.addSeparator()
        self._action(
            file_menu, self.tr("Mes &préférences…"), None, self.show_preferences, "preferences"
        )
        file_menu.addSeparator()
        self._action(
            file_menu, self.tr("&Quitter"), QKeySequence.StandardKey.Quit, self.quit, "quit"
        )
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
        self._action(
            edit_menu,
            self.tr("&Rechercher"),
            QKeySequence.StandardKey.Find,
            self.focus_search,
            "find",
        )
        view_menu = self.menuBar().addMenu(self.tr("&Affichage"))
        self._action(
            view_menu,
            self.tr("&Actualiser"),
            QKeySequence.StandardKey.Refresh,
            self.refresh_current,
            "refresh",
        )
        self._action(
            view_menu, self.tr("&Congés"), "Ctrl+Shift+C", self.show_notices, "showNotices"
        )
        self._action(
            view_menu,
            self.tr("Ouvrir le dossier sélectionné"),
            None,
            self.tenant_page.open_current,
            "openSelected",
        )
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

    def lock_now(self) -> None:
        """*Compte > Verrouiller maintenant*: the windows covered at once, as after the
        minutes without input, until the user's password is given again."""
        from desktop.ui.idle_lock import IdleLock

        if getattr(self, "_idle_lock", None) is None:  # a window not started by the app
            self._idle_lock = IdleLock(self.db, self.actor, 0, self)
        self._idle_lock.lock(on_request=True)

    def focus_search(self) -> None:
        self.nav.setCurrentRow(0)
        self.tenant_page.search.setFocus()
        self.tenant_page.search.selectAll()

    def _dialog(self, household_id: int | None) -> TenantFileDialog:
        from desktop.ui.tenant_file import TenantFileDialog

        dialog = TenantFileDialog(self.db, self.actor, household_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_saved)
        dialog.fileClosed.connect(lambda hid: self.refresh_views(hid))
        dialog.noticeRequested.connect(self.open_notice_for_file)
        return dialog

    def open_file(self, household_id: int) -> TenantFileDialog:
        if (existing := raised(self.open_dialogs, household_id)) is not None:
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
        if page not in (self.tenant_page, self.built_page("notice")) and hasattr(page, "refresh"):
            page.refresh()

    def refresh_views(self, household_id: int | None) -> None:
        self.tenant_page.refresh()
        notices = self.built_page("notice")
        if notices is not None:  # a page not built yet reads fresh data when it is
            notices.refresh()
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

    def show_preferences(self) -> None:
        from desktop.ui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preferences_dialog = dialog
        dialog.show()

    def about(self) -> None:
        from desktop import config

        QMessageBox.about(
            self,
            self.tr("À propos de Parcours"),
            self.tr(
                "<b>Parcours {version}</b><br>Back-office des bailleurs sociaux : dossiers "
                "locataires, congés, plans d'apurement, CALEOL, campagnes.<br><br>"
                "Journal des erreurs : {logs}"
            ).format(version=__version__, logs=html.escape(str(config.log_dir()))),
        )
