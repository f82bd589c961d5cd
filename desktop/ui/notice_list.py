"""The "Congés" page: notices in progress with their filters, Excel export."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from desktop import config
from desktop.domain.errors import UserError
from desktop.domain.formatting import format_date_fr
from desktop.domain.notice_case import DepositWarning, NoticeStatus
from desktop.domain.roles import Permission
from desktop.services import notices
from desktop.services.context import Actor
from desktop.storage.db import Database
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import (
    FlowLayout,
    add_all,
    open_on_enter,
    page_layout,
    push_button,
    save_file_name,
)
from desktop.ui.widgets.choices import agency_choices, refill
from desktop.ui.widgets.messages import m
from desktop.ui.widgets.tables import plain_table, select_row_of, share_width

ALERTS = 10  # column of the alerts


class NoticeListPage(QWidget):
    #: notice id, household id
    openRequested = Signal(int, int)

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.setObjectName("noticeListPage")
        self._db = db
        self._actor = actor
        self.rows: list[notices.NoticeRow] = []

        self.agency = QComboBox(self)
        self.agency.setObjectName("noticeAgencyFilter")
        self.status = QComboBox(self)
        self.status.setObjectName("noticeStatusFilter")
        self.status.addItem(self.tr("Congés en cours"), NoticeStatus.IN_PROGRESS.value)
        self.status.addItem(self.tr("Congés retirés"), NoticeStatus.WITHDRAWN.value)
        self.status.addItem(self.tr("Congés terminés"), NoticeStatus.FINISHED.value)
        self.status.addItem(self.tr("Tous les congés"), None)
        self.ending = QCheckBox(self.tr("Départ ce mois-ci"), self)
        self.ending.setObjectName("endingThisMonth")
        self.proof = QCheckBox(self.tr("Justificatif manquant"), self)
        self.proof.setObjectName("proofMissing")
        self.overdue = QCheckBox(self.tr("Dépôt de garantie en retard"), self)
        self.overdue.setObjectName("depositOverdue")
        self.export_button = push_button(self.tr("Exporter vers Excel…"), self, "exportNotices")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("noticeCount")

        self.headers = [
            self.tr("Locataire"),
            self.tr("Contrat"),
            self.tr("Agence"),
            self.tr("Statut"),
            self.tr("Reçu le"),
            self.tr("Motif"),
            self.tr("Préavis"),
            self.tr("Fin du préavis"),
            self.tr("Départ"),
            self.tr("Dépôt avant le"),
            self.tr("Alertes"),
        ]
        widths = (165, 110, 55, 70, 80, 175, 55, 90, 80, 100)
        self.table = plain_table(self, "noticeTable", self.headers, widths)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setMinimumSectionSize(50)
        share_width(self.table, 0)  # every column in sight on a laptop (issue 15)

        inputs = (self.agency, self.status, self.ending, self.proof, self.overdue)
        filters = FlowLayout()
        add_all(filters, *inputs, 1, self.export_button)
        page_layout(
            self,
            self.tr("<h2>Congés</h2>"),
            filters,
            (self.table, 1),
            self.count_label,
        )

        allowed = actor.can(Permission.TENANT_READ)
        for widget in (*inputs, self.export_button):
            widget.setEnabled(allowed)
        self.reload_agencies()
        self.agency.currentIndexChanged.connect(self.refresh)
        self.status.currentIndexChanged.connect(self.refresh)
        for box in (self.ending, self.proof, self.overdue):
            box.toggled.connect(self.refresh)
        self.table.cellDoubleClicked.connect(lambda row, _col: self.open_row(row))
        open_on_enter(self.table, self.open_current)
        self.export_button.clicked.connect(self.export)
        if allowed:
            self.refresh()

    def reload_agencies(self) -> None:
        everything = (self.tr("Toutes les agences"), None)
        refill(self.agency, [everything, *agency_choices(self._db, self._actor)])

    def query(self) -> notices.NoticeQuery:
        return notices.NoticeQuery(
            agency_id=self.agency.currentData(),
            status=self.status.currentData(),
            ending_this_month=self.ending.isChecked(),
            proof_missing=self.proof.isChecked(),
            deposit_overdue=self.overdue.isChecked(),
        )

    def refresh(self, *_args) -> None:
        if not self._actor.can(Permission.TENANT_READ):
            return
        selected = self.current_id()
        try:
            self.rows = notices.list_notices(self._db, self._actor, self.query())
        except UserError as exc:
            self.rows = []
            self.count_label.setText(translate_message(exc.message))
        t = self.table
        t.setRowCount(0)
        t.setRowCount(len(self.rows))
        red, orange = QBrush(QColor("#b3261e")), QBrush(QColor("#8a4b00"))
        for i, r in enumerate(self.rows):
            alerts, details = [], []
            if r.proof_missing:
                alerts.append(self.tr("justificatif manquant"))
                details.append(
                    self.tr("Fin le {date} si le justificatif est fourni").format(
                        date=format_date_fr(r.end_date_if_proof)
                    )
                )
            if r.postponed:
                alerts.append(self.tr("départ reporté"))
            if r.deposit_warning is DepositWarning.PAST:
                alerts.append(self.tr("dépôt en retard"))
            elif r.deposit_warning is DepositWarning.NEAR:
                alerts.append(self.tr("dépôt à restituer bientôt"))
            values = [
                self.tr("{name} (congé de {givers})").format(
                    name=r.display_name, givers=", ".join(r.given_by)
                )
                if r.given_by
                else r.display_name,
                r.contract_number,
                r.agency_code,
                m(r.status.label),
                format_date_fr(r.received_on),
                m(r.ground.label),
                self.tr("{n} mois").format(n=r.applied_months),
                format_date_fr(r.end_date),
                format_date_fr(r.departure_on),
                format_date_fr(r.deposit_due_on),
                ", ".join(alerts),
            ]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, r.id)
                if col == ALERTS and r.deposit_warning is DepositWarning.PAST:
                    item.setForeground(red)
                elif col == ALERTS and alerts:
                    item.setForeground(orange)
                if col == ALERTS and details:
                    item.setToolTip("\n".join(details))
                elif col in (0, 5):
                    item.setToolTip(value)
                t.setItem(i, col, item)
        n = len(self.rows)
        self.count_label.setText(
            self.tr("Aucun congé")
            if n == 0
            else self.tr("1 congé")
            if n == 1
            else self.tr("{n} congés").format(n=n)
        )
        if selected is not None:
            select_row_of(t, [r.id for r in self.rows], selected)

    def current_id(self) -> int | None:
        row = self.table.currentRow()
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            r = self.rows[row]
            self.openRequested.emit(r.id, r.household_id)

    def open_current(self) -> None:
        self.open_row(self.table.currentRow())

    def ask_export_path(self) -> str:
        return save_file_name(
            self,
            self.tr("Exporter les congés"),
            str(config.output_dir() / self.tr("conges.xlsx")),
            self.tr("Classeur Excel (*.xlsx)"),
            ".xlsx",
        )

    def export(self) -> None:
        path = self.ask_export_path()
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            count = notices.export_notices(
                self._db, self._actor, self.query(), path, translate=QCoreApplication.translate
            )
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Export impossible"), translate_message(exc.message))
            return
        self.count_label.setText(
            self.tr("{count} vers {path}").format(
                count=translate_message(notices.exported_counted(count)), path=path
            )
        )
