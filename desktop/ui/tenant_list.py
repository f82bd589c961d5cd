"""The tenant list page: search as you type, filters, sort, open a file."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import configure_mappers

from desktop.domain.roles import Permission
from desktop.services import agencies, tenants
from desktop.services.context import Actor
from desktop.storage.db import Database
from desktop.ui.tenant_model import TenantListModel
from desktop.ui.widgets import line_edit
from desktop.ui.widgets.choices import refill

# The columns are fitted to the rows shown once they have not changed for this long.
SETTLE_MS = 400
# A search's count starts this long after its first page was painted.
COUNT_DELAY_MS = 20


class TenantListPage(QWidget):
    openRequested = Signal(int)
    countChanged = Signal(int)
    searchFailed = Signal(str)  # the French message shown

    # The list's first page was read (``after_paint``: not before the first paint).
    loaded = Signal()

    def __init__(self, db: Database, actor: Actor, parent=None, *, after_paint: bool = False):
        """``after_paint``: the list's first page is read once the page has been painted
        (the main window paints at once, then fills the list) instead of now."""
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._pending_load = False
        self.search_error = ""  # the last search's failure, shown under the list
        self.search = line_edit(
            self,
            "tenantSearch",
            self.tr("Rechercher : nom, n° de contrat, logement, adresse… (Ctrl+F)"),
        )
        self.search.setClearButtonEnabled(True)

        self.agency = QComboBox(self)
        self.agency.setObjectName("agencyFilter")
        # as wide as its longest agency, read after the first show
        self.agency.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status = QComboBox(self)
        self.status.setObjectName("statusFilter")
        self.status.addItem(self.tr("Dossiers actifs"), "ACTIF")
        self.status.addItem(self.tr("Dossiers clos"), "CLOS")
        self.status.addItem(self.tr("Tous les dossiers"), None)
        self.senior = QCheckBox(self.tr("70 ans et plus"), self)
        self.senior.setObjectName("seniorFilter")
        self.arrears = QCheckBox(self.tr("En impayé"), self)
        self.arrears.setObjectName("arrearsFilter")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        # Its text varies ("Plus de 100 dossiers (comptage…)" while counting): it takes
        # the room left, never widens the window beyond a laptop's screen.
        self.count_label.setMinimumWidth(80)
        self.count_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.model = TenantListModel(db, actor, self)
        self.model.count_after_paint = True  # see eventFilter
        from desktop.ui.widgets.model_tables import model_table

        self.view = model_table(
            self, "tenantTable", self.model, QAbstractItemView.SelectionMode.ExtendedSelection
        )
        self.view.verticalHeader().setDefaultSectionSize(24)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for col, width in enumerate((210, 130, 100, 330, 70, 110, 140, 60)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # The indicator first, then sorting on: the model already holds that order, so
        # neither runs a query (apply_filters below runs the only one).
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        from desktop.ui.widgets.tables import share_width

        # Every column in sight on a laptop (issue 15), fitted to the rows again when
        # the typing pauses, not at each keystroke (measuring the columns took longer
        # than the keystroke's query at 1,000,000 files). The address gives way first:
        # the name, the contract and the balance stay whole.
        share_width(self.view, 3, settle=SETTLE_MS, give_way=(3,))

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.agency)  # its longest agency whole; the search gives way
        filters.addWidget(self.status)
        filters.addWidget(self.senior)
        filters.addWidget(self.arrears)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("<h2>Dossiers locataires</h2>"), self)
        layout.addWidget(title)
        self.no_access = QLabel(
            self.tr("Votre rôle ne donne pas accès aux dossiers locataires."), self
        )
        self.no_access.setObjectName("noTenantAccess")
        layout.addWidget(self.no_access)
        allowed = actor.can(Permission.TENANT_READ)
        self.no_access.setVisible(not allowed)
        for widget in (self.search, self.agency, self.status, self.senior, self.arrears):
            widget.setEnabled(allowed)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)

        self.saved = QComboBox(self)
        self.saved.setObjectName("savedQueries")
        self.saved.setMinimumContentsLength(24)
        self.save_query_button = QPushButton(self.tr("Enregistrer la recherche…"), self)
        self.save_query_button.setObjectName("saveQuery")
        self.delete_query_button = QPushButton(self.tr("Supprimer"), self)
        self.delete_query_button.setObjectName("deleteQuery")
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(QLabel(self.tr("Recherches enregistrées :"), self))
        bottom.addWidget(self.saved)
        bottom.addWidget(self.save_query_button)
        bottom.addWidget(self.delete_query_button)
        layout.addLayout(bottom)
        for widget in (self.saved, self.save_query_button, self.delete_query_button):
            widget.setEnabled(allowed)

        self.search.textChanged.connect(self.apply_filters)
        self.agency.currentIndexChanged.connect(self.apply_filters)
        self.status.currentIndexChanged.connect(self.apply_filters)
        self.senior.toggled.connect(self.apply_filters)
        self.arrears.toggled.connect(self.apply_filters)
        self.model.countChanged.connect(self._show_count)
        self.model.countPending.connect(self._show_count_pending)
        self.model.countFailed.connect(self._count_failed)
        self.model.readFailed.connect(self._read_failed)
        self.view.doubleClicked.connect(lambda index: self._open_row(index.row()))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.open_current)
        self.search.returnPressed.connect(self._search_enter)
        from desktop.ui.widgets import search_into_list

        search_into_list(self.search, self.view)  # Down/Up: from the search into the list
        self.saved.activated.connect(self._apply_saved)
        self.save_query_button.clicked.connect(self.ask_save_query)
        self.delete_query_button.clicked.connect(self.delete_saved_query)
        if after_paint:
            # The ORM's one-time set-up (a few tenths of a second) runs while Qt paints
            # the window, not after it (SQLAlchemy serialises it with a lock).
            threading.Thread(target=configure_mappers, name="orm-setup", daemon=True).start()
            self._pending_load = True
            self.count_label.setText(self.tr("Chargement des dossiers…"))
        self.view.viewport().installEventFilter(self)
        if not after_paint:
            self._load_choices()
            self.apply_filters()

    # ----------------------------------------------------------------- first load
    def _load_choices(self) -> None:
        """The agencies and saved searches offered above and below the list."""
        self.reload_agencies()
        if self._actor.can(Permission.TENANT_READ):
            self.reload_saved_queries()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.view.viewport():
            # Not during the paint: right after it, once the window is on screen.
            if self._pending_load:
                QTimer.singleShot(0, self, self.ensure_loaded)
            else:  # a search's first page is on screen: its count starts once the
                # paint is over (its thread would take turns with it for the
                # interpreter's lock, its statement being built in Python)
                QTimer.singleShot(COUNT_DELAY_MS, self.model, self.model.start_count)
        return False

    @property
    def pending_load(self) -> bool:
        """True until the list's first page is read (see ``after_paint``)."""
        return self._pending_load

    def ensure_loaded(self) -> None:
        """Read the list's first page now if it was left for after the first paint."""
        if self._pending_load:
            self.apply_filters()

    # ----------------------------------------------------------------- saved searches
    def reload_saved_queries(self, select: str | None = None) -> None:
        from desktop.services import saved_queries

        self.saved.blockSignals(True)
        self.saved.clear()
        self.saved.addItem(self.tr("(aucune)"), None)
        for item in saved_queries.list_saved_queries(self._db, self._actor):
            self.saved.addItem(item.name, item.query)
        if select is not None:
            self.saved.setCurrentIndex(max(self.saved.findText(select), 0))
        self.saved.blockSignals(False)

    def apply_query(self, query: tenants.TenantQuery) -> None:
        """Put ``query`` in the search box and filters, then run it once."""
        widgets = (self.search, self.agency, self.status, self.senior, self.arrears)
        for w in widgets:
            w.blockSignals(True)
        self.search.setText(query.text)
        self.agency.setCurrentIndex(max(self.agency.findData(query.agency_id), 0))
        self.status.setCurrentIndex(max(self.status.findData(query.status), 0))
        self.senior.setChecked(query.senior_only)
        self.arrears.setChecked(query.arrears_only)
        for w in widgets:
            w.blockSignals(False)
        self.apply_filters()

    def _apply_saved(self, index: int) -> None:
        query = self.saved.itemData(index)
        if query is not None:
            self.apply_query(query)

    def save_query(self, name: str) -> bool:
        from desktop.domain.errors import UserError
        from desktop.services import saved_queries
        from desktop.ui.i18n import translate_message

        try:
            saved_queries.save_query(self._db, self._actor, name, self.current_query())
        except UserError as exc:
            fields = getattr(exc, "fields", {}) or {}
            text = "\n".join(translate_message(m) for m in fields.values()) or translate_message(
                exc.message
            )
            QMessageBox.warning(self, self.tr("Recherche non enregistrée"), text)
            return False
        self.reload_saved_queries(select=" ".join(name.split()))
        return True

    def ask_save_query(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Enregistrer la recherche"),
            self.tr("Nom de la recherche (ex. « Plus de 70 ans, agence BXN ») :"),
            text=self.saved.currentText() if self.saved.currentData() is not None else "",
        )
        if ok:
            self.save_query(name)

    def delete_saved_query(self) -> None:
        from desktop.services import saved_queries

        if self.saved.currentData() is None:
            return
        saved_queries.delete_query(self._db, self._actor, self.saved.currentText())
        self.reload_saved_queries()

    def reload_agencies(self) -> None:
        items = agencies.list_agencies(self._db)
        if self._actor.agency_scoped:  # an agent sees their own agency's files only
            items = [a for a in items if a.id == self._actor.agency_id]
        everything = (self.tr("Toutes les agences"), None)
        refill(self.agency, [everything, *((f"{a.name} ({a.code})", a.id) for a in items)])
        self.model.set_agency_codes({a.id: a.code for a in items})

    def current_query(self) -> tenants.TenantQuery:
        q = self.model.query
        return tenants.TenantQuery(
            text=self.search.text(),
            agency_id=self.agency.currentData(),
            status=self.status.currentData(),
            senior_only=self.senior.isChecked(),
            arrears_only=self.arrears.isChecked(),
            sort=q.sort,
            descending=q.descending,
        )

    def apply_filters(self, *_args) -> None:
        first = self._pending_load  # the first reading (or a search typed before it)
        if first:
            self._pending_load = False
            self._load_choices()
        try:
            if not self.run_query(self.current_query()):
                return
            if self.model.rowCount() and not self.view.currentIndex().isValid():
                self.view.selectRow(0)
        finally:
            if first:
                self.loaded.emit()

    def run_query(self, query: tenants.TenantQuery) -> bool:
        """Show ``query``'s files; on a database error the list shown stays as it was,
        a French message says why, and the search box keeps what was typed."""
        from sqlalchemy.exc import SQLAlchemyError

        from desktop.domain.errors import UserError
        from desktop.ui.i18n import translate_message

        try:
            self.model.set_query(query)
        except SQLAlchemyError:
            self._search_failed(
                self.tr(
                    "Recherche impossible : la base de données ne répond pas. La liste affichée "
                    "est celle de la recherche précédente ; réessayez dans un instant."
                )
            )
            return False
        except UserError as exc:
            self._search_failed(translate_message(exc.message))
            return False
        self.search_error = ""
        return True

    def _search_failed(self, text: str) -> None:
        self.search_error = text
        self.count_label.setText(text)
        self.searchFailed.emit(text)

    def _count_failed(self, _error) -> None:
        self._search_failed(
            self.tr(
                "Le nombre de dossiers n'a pas pu être compté : la base de données ne répond "
                "pas. Les dossiers affichés sont à jour."
            )
        )

    def _read_failed(self, _error) -> None:
        if not self.search_error:
            self._search_failed(
                self.tr(
                    "Des dossiers n'ont pas pu être lus : la base de données ne répond pas. "
                    "Faites défiler à nouveau ou actualisez (F5) dans un instant."
                )
            )

    def is_idle(self) -> bool:
        """True when no count runs in the background (benchmarks, tests)."""
        return not self.model.counting

    def refresh(self) -> None:
        if self._pending_load:
            self.ensure_loaded()
            return
        selected = self.current_id()
        if not self.run_query(self.model.query):
            return
        if selected is not None:
            row = self.model.row_of(selected)
            if row is not None:
                self.view.selectRow(row)

    def selected_ids(self) -> list[int]:
        """Files selected in the list (Ctrl/Shift+click), in list order."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [hid for hid in (self.model.row_id(r) for r in rows) if hid is not None]

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def open_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self._open_row(index.row())

    def _search_enter(self) -> None:
        if self.model.rowCount() == 1:
            self._open_row(0)
        else:
            self.view.setFocus()
            if self.model.rowCount():
                self.view.selectRow(max(self.view.currentIndex().row(), 0))

    def _open_row(self, row: int) -> None:
        household_id = self.model.row_id(row)
        if household_id is not None:
            self.openRequested.emit(household_id)

    def _show_count_pending(self, shown: int) -> None:
        from desktop.domain.formatting import group_thousands

        self.count_label.setText(
            self.tr("Plus de {n} dossiers (comptage…)").format(
                n=group_thousands(str(shown), "\u202f")
            )
        )
        self.countChanged.emit(shown)

    def _show_count(self, total: int) -> None:
        from desktop.domain.formatting import group_thousands

        text = group_thousands(str(total), "\u202f")
        if self.model.capped:
            self.count_label.setText(
                self.tr("Plus de {n} dossiers : précisez la recherche").format(n=text)
            )
        elif total == 0:
            self.count_label.setText(self.tr("Aucun dossier"))
        elif total == 1:
            self.count_label.setText(self.tr("1 dossier"))
        else:
            self.count_label.setText(self.tr("{n} dossiers").format(n=text))
        self.countChanged.emit(total)
