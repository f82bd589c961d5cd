"""The agreements of a tenant file: their list, each opened in ``PlanDialog``."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.domain.errors import UserError
from desktop.domain.formatting import format_date_fr
from desktop.domain.roles import Permission
from desktop.services import plans
from desktop.services.context import Actor
from desktop.storage.db import Database
from desktop.ui.i18n import translate_message
from desktop.ui.plans.dialog import PlanDialog
from desktop.ui.widgets import add_all, message_label, open_rows, push_button
from desktop.ui.widgets.form import money_text
from desktop.ui.widgets.messages import m
from desktop.ui.widgets.tables import rows_table


class FilePlansDialog(QDialog):
    """The agreements of one tenant file: open one, or start a new one."""

    changed = Signal(int)

    def __init__(
        self, db: Database, actor: Actor, household_id: int, parent=None, *, tenant_name: str = ""
    ):
        super().__init__(parent)
        self.tenant_name = tenant_name
        self.setObjectName("filePlansDialog")
        self._db = db
        self._actor = actor
        self.household_id = household_id
        self.open_dialogs: list[PlanDialog] = []
        self.setWindowTitle(
            self.tr("Accords de paiement de {name}").format(name=tenant_name)
            if tenant_name
            else self.tr("Accords de paiement du dossier")
        )
        self.resize(760, 320)
        self.table = rows_table(
            self,
            "filePlansTable",
            [
                self.tr("N°"),
                self.tr("Type"),
                self.tr("Statut"),
                self.tr("Dette (€)"),
                self.tr("Début"),
                self.tr("Reste dû (€)"),
            ],
            even=True,
        )
        self.error = message_label(self, "", hidden=False)
        self.no_plans = message_label(self, "noPlans", "color: #555;")
        self.no_plans.setText(
            self.tr("Aucun accord de paiement pour ce dossier : « Nouvel accord… » en commence un.")
        )
        self.open_button = push_button(self.tr("Ouvrir"), self, "openPlan")
        self.new_button = push_button(self.tr("Nouvel accord…"), self, "newPlan")
        self.new_button.setEnabled(actor.can(Permission.TENANT_WRITE))
        close = QPushButton(self.tr("Fermer"), self)
        row = QHBoxLayout()
        add_all(row, self.new_button, 1, self.open_button, close)
        layout = QVBoxLayout(self)
        add_all(layout, (self.table, 1), self.no_plans, self.error, row)
        self.open_button.clicked.connect(self.open_current)
        self.new_button.clicked.connect(lambda: self.open_plan(None))
        open_rows(self.table, self.open_current)
        close.clicked.connect(self.close)
        self.reload()

    def reload(self) -> None:
        try:
            summaries = plans.plans_for_household(self._db, self._actor, self.household_id)
        except UserError as exc:
            self.error.setText(translate_message(exc.message))
            summaries = []
        self.table.setRowCount(0)
        for s in summaries:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for col, value in enumerate(
                (
                    str(s.id),
                    m(s.plan_type.label),
                    m(s.status.label),
                    money_text(s.debt),
                    format_date_fr(s.start_on),
                    money_text(s.remaining),
                )
            ):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, s.id)
                self.table.setItem(row, col, item)
        if summaries:
            self.table.selectRow(0)
        self.open_button.setEnabled(bool(summaries))  # nothing to open: said below the list
        self.no_plans.setVisible(not summaries and not self.error.text())

    def open_current(self) -> PlanDialog | None:
        row = self.table.currentRow()
        if row < 0:
            return None
        return self.open_plan(self.table.item(row, 0).data(Qt.ItemDataRole.UserRole))

    def open_plan(self, plan_id: int | None) -> PlanDialog:
        dialog = PlanDialog(
            self._db, self._actor, self.household_id, plan_id, self, tenant_name=self.tenant_name
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._changed)
        self.open_dialogs.append(dialog)
        dialog.destroyed.connect(
            lambda *_: self.open_dialogs.remove(dialog) if dialog in self.open_dialogs else None
        )
        dialog.show()
        return dialog

    def _changed(self, household_id: int) -> None:
        self.reload()
        self.changed.emit(household_id)
