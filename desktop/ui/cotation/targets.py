"""The *Objectifs d'attribution* tab: the Égalité et Citoyenneté figures of an EPCI
and a year, the first-quartile threshold, the PDF/Excel report."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.attribution_targets import TargetRates, allocations_counted, format_percent
from desktop.domain.errors import UserError
from desktop.domain.formatting import (
    AmountError,
    format_money_fr,
    parse_amount_fr,
)
from desktop.services import attribution, caleol
from desktop.services.context import Actor, today
from desktop.storage.db import Database
from desktop.ui.cotation.common import (
    GOOD,
    TENTH,
    WARN,
    _add_row,
    _error,
    _export,
    _scoped,
    _table,
)
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import FlowLayout, add_all, line_edit, push_button
from desktop.ui.widgets.tables import empty_text

# --------------------------------------------------------------------------- targets tab


class TargetsTab(QWidget):
    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.epci = QComboBox(self)
        self.epci.setObjectName("targetsEpci")
        self.epci.setEditable(True)
        self.year = QSpinBox(self)
        self.year.setObjectName("targetsYear")
        self.year.setRange(2017, 2100)
        self.year.setValue(today().year)
        self.threshold = line_edit(
            self, "targetsThreshold", self.tr("€ par an et par unité de consommation")
        )
        self.source = line_edit(self, "targetsSource", self.tr("arrêté fixant le seuil"))
        form.addRow(self.tr("EPCI :"), self.epci)
        form.addRow(self.tr("Année :"), self.year)
        form.addRow(self.tr("Seuil du premier quartile :"), self.threshold)
        form.addRow(self.tr("Source du seuil :"), self.source)
        self.rates = {}
        for key, label in (
            ("first_quartile_outside_qpv", self.tr("Objectif hors QPV, premier quartile (%) :")),
            ("other_quartiles_in_qpv", self.tr("Objectif en QPV, trois autres quartiles (%) :")),
            (
                "priority_per_holder",
                self.tr("Objectif publics prioritaires par réservataire (%) :"),
            ),
        ):
            spin = QDoubleSpinBox(self)
            spin.setObjectName(f"rate_{key}")
            spin.setRange(0, 100)
            spin.setDecimals(1)
            spin.setValue(float(getattr(TargetRates(), key)))
            form.addRow(label, spin)
            self.rates[key] = spin
        layout.addLayout(form)
        buttons = FlowLayout()  # wraps on a laptop screen
        self.show_button = push_button(self.tr("Afficher"), self, "showTargets")
        self.save_button = push_button(
            self.tr("Enregistrer le seuil et les objectifs"), self, "saveThreshold"
        )
        self.export_button = push_button(self.tr("Exporter (PDF ou Excel)…"), self, "exportTargets")
        add_all(buttons, self.show_button, self.save_button, self.export_button)
        layout.addLayout(buttons)
        self.figures = _table(
            self,
            "targetsTable",
            [
                self.tr("Objectif"),
                self.tr("Exigé"),
                self.tr("Atteint"),
                self.tr("Retenues"),
                self.tr("Périmètre"),
                self.tr("Ressources inconnues"),
                self.tr("Statut"),
            ],
        )
        empty_text(self.figures, self.tr("Choisissez l'EPCI et l'année, puis « Afficher »."))
        layout.addWidget(self.figures, 1)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("targetsSummary")
        layout.addWidget(self.summary)
        self.show_button.clicked.connect(self.refresh)
        self.save_button.clicked.connect(self.save_threshold)
        self.export_button.clicked.connect(self.export)
        self.save_button.setEnabled(actor.can(caleol.MANAGE))
        self.reload_epcis()

    def reload_epcis(self) -> None:
        try:
            names = attribution.epcis(self.db, self.actor)
        except UserError:
            names = []
        current = self.epci.currentText()
        self.epci.clear()
        self.epci.addItems(names)
        if current:
            self.epci.setCurrentText(current)

    def refresh(self) -> None:
        epci, year = self.epci.currentText().strip(), self.year.value()
        self.figures.setRowCount(0)
        if not epci:
            return
        try:
            view = attribution.targets(self.db, self.actor, epci, year)
        except UserError as exc:
            _error(self, exc)
            return
        s = view.setting
        self.threshold.setText(
            ""
            if s.threshold is None
            else format_money_fr(s.threshold.amount).replace("\u00a0€", "")
        )
        self.source.setText(s.threshold.source if s.threshold else "")
        for key, spin in self.rates.items():
            spin.setValue(float(getattr(s.rates, key)))
        for f in view.figures:
            state = (
                self.tr("Aucune attribution")
                if f.met is None
                else (
                    self.tr("Atteint")
                    if f.met
                    else self.tr("Non atteint (manque {n})").format(n=f.missing)
                )
            )
            cells = _add_row(
                self.figures,
                [
                    f.label(),
                    format_percent(f.required),
                    format_percent(f.percent),
                    f.numerator,
                    f.denominator,
                    f.unknown,
                    state,
                ],
                right=(1, 2, 3, 4, 5),
            )
            if f.met is not None:
                cells[6].setForeground(QBrush(GOOD if f.met else WARN))
        summary = self.tr("{n} en {year} ; seuil : {t}").format(
            n=translate_message(allocations_counted(len(view.allocations))),
            year=year,
            t=self.tr("non renseigné")
            if s.threshold is None
            else format_money_fr(s.threshold.amount),
        )
        self.summary.setText(_scoped(self.actor, summary))

    def save_threshold(self) -> None:
        epci, year = self.epci.currentText().strip(), self.year.value()
        text = self.threshold.text().strip()
        try:
            amount = None if not text else parse_amount_fr(text)
        except AmountError as exc:  # "1.234", "1,234.56": refused, never guessed
            QMessageBox.warning(
                self, self.tr("Objectifs d'attribution"), translate_message(exc.message)
            )
            return
        try:
            rates = TargetRates(
                **{
                    k: Decimal(repr(spin.value())).quantize(TENTH, rounding=ROUND_HALF_UP)
                    for k, spin in self.rates.items()
                }
            )
            attribution.set_setting(
                self.db, self.actor, epci, year, amount, self.source.text(), rates
            )
        except UserError as exc:
            _error(self, exc)
            return
        self.refresh()

    def export(self, path: str | None = None) -> None:
        epci, year = self.epci.currentText().strip(), self.year.value()
        if not epci:
            return
        done = _export(
            self,
            path,
            self.tr("Rapport des objectifs d'attribution"),
            f"objectifs-{year}.pdf",
            self.tr("PDF (*.pdf);;Excel (*.xlsx)"),
            lambda p: attribution.export_targets(self.db, self.actor, epci, year, p),
        )
        if done is not None:
            self.summary.setText(self.tr("Rapport enregistré : {path}").format(path=done[1]))
