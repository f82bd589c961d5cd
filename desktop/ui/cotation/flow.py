"""The *Gestion en flux* tab: a reservation holder's yearly report."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.domain.formatting import format_date_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, counted
from desktop.services import attribution
from desktop.services.context import Actor, today
from desktop.storage.db import Database
from desktop.ui.cotation.common import (
    _add_row,
    _error,
    _export,
    _scoped,
    _table,
)
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import add_all, push_button
from desktop.ui.widgets.tables import empty_text

# --------------------------------------------------------------------------- flow tab


class FlowTab(QWidget):
    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.year = QSpinBox(self)
        self.year.setObjectName("flowYear")
        self.year.setRange(2017, 2100)
        self.year.setValue(today().year - 1 if today().month <= 2 else today().year)
        self.holder = QComboBox(self)
        self.holder.setObjectName("flowHolder")
        form.addRow(self.tr("Année :"), self.year)
        form.addRow(self.tr("Réservataire :"), self.holder)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.show_button = push_button(self.tr("Afficher"), self, "showFlow")
        self.export_button = push_button(
            self.tr("Exporter le bilan (PDF ou Excel)…"), self, "exportFlow"
        )
        add_all(buttons, self.show_button, self.export_button, 1)
        layout.addLayout(buttons)
        self.table = _table(
            self,
            "flowTable",
            [
                self.tr("Typologie"),
                self.tr("Financement"),
                self.tr("QPV"),
                self.tr("Commune"),
                self.tr("Proposés au flux"),
                self.tr("Attribués"),
            ],
        )
        empty_text(self.table, self.tr("Choisissez l'année et le réservataire, puis « Afficher »."))
        layout.addWidget(self.table, 1)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("flowSummary")
        layout.addWidget(self.summary)
        self.year.valueChanged.connect(self.reload_holders)
        self.show_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.export)
        self.reload_holders()

    def reload_holders(self) -> None:
        try:
            names = attribution.holders(self.db, self.actor, self.year.value())
        except UserError:
            names = []
        self.holder.clear()
        self.holder.addItems(names)

    def refresh(self) -> None:
        holder = self.holder.currentText()
        self.table.setRowCount(0)
        if not holder:
            return
        try:
            r = attribution.flow_report(self.db, self.actor, holder, self.year.value())
        except UserError as exc:
            _error(self, exc)
            return
        for g in r.groups:
            _add_row(
                self.table,
                [
                    g.dwelling_type,
                    g.financing or "—",
                    self.tr("Oui") if g.in_qpv else self.tr("Non"),
                    g.commune,
                    g.offered,
                    g.allocated,
                ],
                right=(4, 5),
            )
        summary = self.tr("{offered}, {allocated} ; à transmettre avant le {deadline}.").format(
            offered=translate_message(
                counted(
                    r.offered,
                    QT_TRANSLATE_NOOP("messages", "{n} logement proposé"),
                    QT_TRANSLATE_NOOP("messages", "{n} logements proposés"),
                    QT_TRANSLATE_NOOP("messages", "aucun logement proposé"),
                )
            ),
            allocated=translate_message(
                counted(
                    r.allocated,
                    QT_TRANSLATE_NOOP("messages", "{n} attribué"),
                    QT_TRANSLATE_NOOP("messages", "{n} attribués"),
                )
            ),
            deadline=format_date_fr(r.deadline),
        )
        self.summary.setText(_scoped(self.actor, summary))

    def export(self, path: str | None = None) -> None:
        holder = self.holder.currentText()
        if not holder:
            return
        year = self.year.value()
        done = _export(
            self,
            path,
            self.tr("Bilan de la gestion en flux"),
            f"flux-{year}.pdf",
            self.tr("PDF (*.pdf);;Excel (*.xlsx)"),
            lambda p: attribution.export_holder_report(self.db, self.actor, holder, year, p),
        )
        if done is not None:
            self.summary.setText(self.tr("Bilan enregistré : {path}").format(path=done[1]))
