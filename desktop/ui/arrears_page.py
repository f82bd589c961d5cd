"""The "Plans d'apurement" page: arrears over all tenant files, filters, agreements,
next actions, payments import and Excel export."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QWidget,
)

from desktop import config
from desktop.domain.errors import UserError
from desktop.domain.formatting import format_date_fr, format_decimal_fr, format_money_fr
from desktop.domain.i18n import is_singular
from desktop.domain.roles import Permission
from desktop.domain.schedule import PlanStatus
from desktop.services import plans, tabular
from desktop.services.context import Actor
from desktop.services.context import today as clock_today
from desktop.storage.db import Database
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import (
    FlowLayout,
    add_all,
    line_edit,
    message_label,
    open_rows,
    page_layout,
    push_button,
    raised,
    save_file_name,
    search_into_list,
)
from desktop.ui.widgets.choices import agency_choices, refill
from desktop.ui.widgets.messages import m
from desktop.ui.widgets.model_tables import model_table
from desktop.ui.widgets.tables import share_width


class ArrearsModel(QAbstractTableModel):
    """The arrears rows in memory (a few tens of thousands at most), sorted in Python."""

    KEYS = (
        "name",
        "contract",
        "agency",
        "balance",
        "months",
        "plan",
        "status",
        "next_due",
        "action",
        "action_on",
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[plans.ArrearsRow] = []
        self.today = clock_today()
        self._headers = [
            self.tr("Locataire"),
            self.tr("Contrat"),
            self.tr("Agence"),
            self.tr("Dette"),
            self.tr("Mois de dette"),
            self.tr("Accord"),
            self.tr("Statut"),
            self.tr("Prochaine échéance"),
            self.tr("Prochaine action"),
            self.tr("À faire le"),
        ]
        self._none = self.tr("aucun")

    def set_rows(self, rows: list[plans.ArrearsRow], today: dt.date) -> None:
        self.beginResetModel()
        self.rows = rows
        self.today = today
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.KEYS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def _text(self, r: plans.ArrearsRow, key: str) -> str:
        if key == "name":
            return r.name
        if key == "contract":
            return r.contract_number
        if key == "agency":
            return r.agency_code
        if key == "balance":
            return format_money_fr(r.balance)
        if key == "months":
            return "" if r.months is None else format_decimal_fr(r.months, 1)
        if key == "plan":
            return m(r.plan_type.label) if r.plan_type else self._none
        if key == "status":
            return m(r.plan_status.label) if r.plan_status else ""
        if key == "next_due":
            return format_date_fr(r.next_due_on)
        if key == "action":
            return tabular.render(r.action.text, QCoreApplication.translate)
        if key == "action_on":
            return format_date_fr(r.action.due_on)
        return ""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        key = self.KEYS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(r, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("balance", "months"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if key in ("action", "action_on") and r.action.due_on and r.action.due_on <= self.today:
                return QBrush(QColor("#b3261e"))
            if key == "status" and r.plan_status == PlanStatus.DEFAILLANT:
                return QBrush(QColor("#b3261e"))
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = self.KEYS[column]
        far = dt.date.max

        def sort_key(r: plans.ArrearsRow):
            if key == "balance":
                return r.balance
            if key == "months":
                return r.months if r.months is not None else Decimal("-1")
            if key == "next_due":
                return r.next_due_on or far
            if key == "action_on":
                return r.action.due_on or far
            return self._text(r, key).casefold()

        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=sort_key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def row(self, index: int) -> plans.ArrearsRow | None:
        return self.rows[index] if 0 <= index < len(self.rows) else None


class ArrearsPage(QWidget):
    openFileRequested = Signal(int)
    changed = Signal(object)  # household id or None: refresh the other views

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.setObjectName("arrearsPage")
        self._db = db
        self._actor = actor
        self._evaluated = False
        self.plan_dialogs: dict[int, QWidget] = {}

        self.search = line_edit(
            self, "arrearsSearch", self.tr("Rechercher : nom, n° de contrat, adresse…")
        )
        self.search.setClearButtonEnabled(True)
        self.agency = QComboBox(self)
        self.agency.setObjectName("arrearsAgency")
        self.months = QComboBox(self)
        self.months.setObjectName("arrearsMonths")
        for value, label in (
            ("", self.tr("Toutes les dettes")),
            ("1", self.tr("1 mois et plus")),
            ("2", self.tr("2 mois et plus (impayé au sens de la CAF)")),
            ("3", self.tr("3 mois et plus")),
            ("6", self.tr("6 mois et plus")),
        ):
            self.months.addItem(label, value)
        self.plan_filter = QComboBox(self)
        self.plan_filter.setObjectName("arrearsPlan")
        self.plan_filter.addItem(self.tr("Tous les dossiers"), plans.PLAN_FILTER_ALL)
        self.plan_filter.addItem(self.tr("Sans accord en cours"), plans.PLAN_FILTER_NONE)
        self.plan_filter.addItem(self.tr("Accord en vigueur"), plans.PLAN_FILTER_IN_FORCE)
        for s in PlanStatus:
            self.plan_filter.addItem(
                self.tr("Accord : {status}").format(status=m(s.label)), s.value
            )
        self.due_only = QCheckBox(self.tr("Action à faire"), self)
        self.due_only.setObjectName("arrearsDueOnly")

        self.model = ArrearsModel(self)
        self.view = model_table(self, "arrearsTable", self.model)
        self.view.setSortingEnabled(True)
        self.view.setWordWrap(False)  # one line a row; a cut cell shows it all as tooltip
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = header.fontMetrics()
        for col, width in enumerate((190, 120, 60, 100, 70, 150, 90, 100, 240, 90)):
            title = self.model.headerData(col, Qt.Orientation.Horizontal) or ""
            # never narrower than its title (plus the sort arrow)
            header.resizeSection(col, max(width, metrics.horizontalAdvance(title) + 28))
        header.setStretchLastSection(True)
        header.setSortIndicator(3, Qt.SortOrder.DescendingOrder)
        # every column in sight on a laptop (issue 15): the long texts of the
        # agreement's type, then of the next action, give way before a name, a date
        # or an amount is cut (on 1,366 px the next action whole, the type elided)
        give_way = (ArrearsModel.KEYS.index("plan"), ArrearsModel.KEYS.index("action"))
        share_width(self.view, 0, give_way=give_way)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("arrearsCount")
        self.error = message_label(self, "arrearsError")
        self.refresh_button = push_button(
            self.tr("Actualiser les plans"),
            self,
            "arrearsRefresh",
            tooltip=self.tr(
                "Relit les plans en cours à la date du jour : échéances impayées, défaillances, soldes."
            ),
        )
        self.import_button = push_button(self.tr("Importer des règlements…"), self, "arrearsImport")
        self.export_button = push_button(self.tr("Exporter vers Excel…"), self, "arrearsExport")
        self.plan_button = push_button(self.tr("Accords du dossier…"), self, "arrearsPlans")
        self.file_button = push_button(self.tr("Ouvrir le dossier"), self, "arrearsOpenFile")
        self.crisis_button = push_button(
            self.tr("Protocole local de crise…"),
            self,
            "arrearsCrisis",
            tooltip=self.tr(
                "Protocoles signés avec les associations de locataires (charte du 4 mai 2020) : "
                "texte, signatures des associations, document enregistré"
            ),
        )
        can_write = actor.can(Permission.TENANT_WRITE)
        self.import_button.setEnabled(can_write)
        self.refresh_button.setEnabled(can_write)

        filters = FlowLayout()
        self.search.setMinimumWidth(280)
        add_all(filters, self.search, self.agency, self.months, self.plan_filter, self.due_only)
        actions = FlowLayout()
        add_all(
            actions,
            self.plan_button,
            self.file_button,
            1,
            self.crisis_button,
            self.refresh_button,
            self.import_button,
            self.export_button,
        )
        page_layout(
            self,
            self.tr("<h2>Plans d'apurement et impayés</h2>"),
            filters,
            (self.view, 1),
            self.error,
            self.count_label,
            actions,
        )

        self._reload_agencies()
        self.search.textChanged.connect(self.refresh)
        self.agency.currentIndexChanged.connect(self.refresh)
        self.months.currentIndexChanged.connect(self.refresh)
        self.plan_filter.currentIndexChanged.connect(self.refresh)
        self.due_only.toggled.connect(self.refresh)
        self.refresh_button.clicked.connect(self.evaluate)
        self.import_button.clicked.connect(self.import_payments)
        self.export_button.clicked.connect(self.export)
        self.plan_button.clicked.connect(self.open_plans)
        self.file_button.clicked.connect(self.open_file)
        self.crisis_button.clicked.connect(self.crisis_protocol)
        self.crisis_button.setEnabled(can_write)
        open_rows(self.view, self.open_plans)
        search_into_list(self.search, self.view)

    def _reload_agencies(self) -> None:
        everything = (self.tr("Toutes les agences"), None)
        refill(self.agency, [everything, *agency_choices(self._db, self._actor)])

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._evaluated:
            self.evaluate()
        else:
            self.refresh()

    def query(self) -> plans.ArrearsQuery:
        return plans.ArrearsQuery(
            text=self.search.text(),
            agency_id=self.agency.currentData(),
            min_months=Decimal(self.months.currentData()) if self.months.currentData() else None,
            plan=self.plan_filter.currentData(),
            action_due_only=self.due_only.isChecked(),
        )

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def evaluate(self) -> None:
        """Re-read the plans in force as of today (breaches by time passing), then refresh."""
        self._evaluated = True
        if self._actor.can(Permission.TENANT_WRITE):
            try:
                result = plans.evaluate_plans(self._db, self._actor)
            except UserError as exc:
                self._show_error(translate_message(exc.message))
                return
            if result.changed:
                self.changed.emit(None)
        self.refresh()

    def refresh(self, *_args) -> None:
        self._show_error("")
        today = clock_today()
        try:
            rows = plans.arrears_list(self._db, self._actor, self.query(), today)
        except UserError as exc:
            self._show_error(translate_message(exc.message))
            rows = []
        self.model.set_rows(rows, today)
        header = self.view.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        total = sum((r.balance for r in rows if r.balance > 0), Decimal("0.00"))
        if not rows:
            self.count_label.setText(self.tr("Aucun dossier"))
        else:
            self.count_label.setText(
                (
                    self.tr("{n} dossier · dette totale {total}")
                    if is_singular(len(rows))
                    else self.tr("{n} dossiers · dette totale {total}")
                ).format(n=len(rows), total=format_money_fr(total))
            )
        if rows and not self.view.currentIndex().isValid():
            self.view.selectRow(0)

    def current_row(self) -> plans.ArrearsRow | None:
        index = self.view.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def open_file(self) -> None:
        r = self.current_row()
        if r is not None:
            self.openFileRequested.emit(r.household_id)

    def open_plans(self):
        """The selected file's agreements: the current one opened, or a new one started."""
        from desktop.ui.plans.dialog import PlanDialog

        r = self.current_row()
        if r is None:
            return None
        if (existing := raised(self.plan_dialogs, r.household_id)) is not None:
            return existing
        open_plan = (
            r.plan_id
            if r.plan_status is not None
            and r.plan_status
            not in (PlanStatus.ANNULE, PlanStatus.CADUC, PlanStatus.SOLDE, PlanStatus.RESPECTE)
            else None
        )
        if open_plan is None and not self._actor.can(Permission.TENANT_WRITE):
            open_plan = r.plan_id
            if open_plan is None:
                return None
        dialog = PlanDialog(
            self._db, self._actor, r.household_id, open_plan, self, tenant_name=r.name
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._plan_changed)
        household_id = r.household_id
        self.plan_dialogs[household_id] = dialog
        dialog.destroyed.connect(lambda *_: self.plan_dialogs.pop(household_id, None))
        dialog.show()
        return dialog

    def _plan_changed(self, household_id: int) -> None:
        self.refresh()
        self.changed.emit(household_id)

    def import_payments(self):
        from desktop.ui.payments_import_dialog import PaymentImportDialog

        dialog = PaymentImportDialog(self._db, self._actor, self)
        dialog.imported.connect(lambda n: (self.refresh(), self.changed.emit(None)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.import_dialog = dialog
        dialog.show()
        return dialog

    def export(self) -> bool:
        name = save_file_name(
            self,
            self.tr("Exporter la liste des impayés"),
            str(config.output_dir() / f"impayes_{clock_today().isoformat()}.xlsx"),
            self.tr("Classeur Excel (*.xlsx)"),
            ".xlsx",
        )
        if not name:
            return False
        try:
            path = plans.export_arrears(self.model.rows, name, translate=QCoreApplication.translate)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Export impossible"), translate_message(exc.message))
            return False
        self.count_label.setText(
            self.tr("{count} dans « {name} ».").format(
                count=translate_message(plans.exported_counted(len(self.model.rows))),
                name=path.name,
            )
        )
        return True

    def crisis_protocol(self):
        from desktop.ui.crisis_protocol_dialog import CrisisProtocolDialog

        dialog = CrisisProtocolDialog(self._db, self._actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.crisis_dialog = dialog
        dialog.show()
        return dialog
