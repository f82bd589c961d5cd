"""Dialogs of the sessions tab: the import of the national register's export, the
result of a sending, the record of a refused adapted offer."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from desktop.domain.errors import UserError
from desktop.domain.formatting import format_date_fr
from desktop.domain.i18n import Message, is_singular
from desktop.services import convocations, cotation, sne
from desktop.services.context import Actor, today
from desktop.storage.db import Database
from desktop.ui.cotation.common import (
    WARN,
    _item,
    _table,
    _text,
)
from desktop.ui.widgets import add_all, fit_to_screen, line_edit, push_button
from desktop.ui.widgets.choices import column_of, fill_columns
from desktop.ui.widgets.form import label
from desktop.ui.widgets.tables import grow_to_content

# --------------------------------------------------------------------------- SNE import


class SneImportDialog(QDialog):
    """Column mapping of a register export, dry run with the French reasons, import."""

    def __init__(self, db: Database, actor: Actor, session_id: int, path: str, parent=None):
        super().__init__(parent)
        self.setObjectName("sneImportDialog")
        self.setWindowTitle(self.tr("Import d'un export du registre national (SNE)"))
        fit_to_screen(self, 760, 620)
        self.db, self.actor, self.session_id = db, actor, session_id
        self.table = sne.read_table(path)
        proposed = sne.propose_mapping(self.table.headers)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                (
                    self.tr("Fichier : {name} — {count} ligne")
                    if is_singular(len(self.table.rows))
                    else self.tr("Fichier : {name} — {count} lignes")
                ).format(name=self.table.source, count=len(self.table.rows)),
                self,
            )
        )
        self.mapping_table = _table(self, "sneMapping", [self.tr("Champ"), self.tr("Colonne")])
        self.combos: dict[str, QComboBox] = {}
        for f in sne.FIELDS:
            row = self.mapping_table.rowCount()
            self.mapping_table.insertRow(row)
            label = _text(Message(f.label)) + (" *" if f.required else "")
            self.mapping_table.setItem(row, 0, _item(label))
            combo = QComboBox(self.mapping_table)
            combo.setObjectName(f"sneColumn_{f.key}")
            fill_columns(combo, self.table.headers, proposed.get(f.key), self.tr("— non associé —"))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping_table.setCellWidget(row, 1, combo)
            self.combos[f.key] = combo
        layout.addWidget(self.mapping_table, 2)
        self.report = QPlainTextEdit(self)
        self.report.setObjectName("sneReport")
        self.report.setReadOnly(True)
        layout.addWidget(self.report, 1)
        buttons = QHBoxLayout()
        self.check_button = push_button(
            self.tr("Vérifier (rien n'est enregistré)"), self, "sneCheck"
        )
        self.import_button = push_button(self.tr("Importer"), self, "sneImport", enabled=False)
        cancel = QPushButton(self.tr("Fermer"), self)
        add_all(buttons, self.check_button, 1, self.import_button, cancel)
        layout.addLayout(buttons)
        self.check_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.run_import)
        cancel.clicked.connect(self.reject)
        self.last_report = None

    def mapping(self) -> dict[str, int | None]:
        return {k: column_of(c) for k, c in self.combos.items()}

    def _mapping_changed(self) -> None:
        self.import_button.setEnabled(False)

    def check(self) -> None:
        try:
            report = sne.dry_run(self.db, self.actor, self.session_id, self.table, self.mapping())
        except UserError as exc:
            self.report.setPlainText(_text(exc.message))
            self.import_button.setEnabled(False)
            return
        self.last_report = report
        lines = [_text(report.summary())]
        for r in report.rejected:
            lines.append(
                self.tr("Ligne {line} : {reasons}").format(
                    line=r.line, reasons=" ; ".join(r.reasons)
                )
            )
        if report.rejected:
            lines.append(
                self.tr(
                    "Corrigez le fichier ou la correspondance : l'import se fait "
                    "en entier ou pas du tout."
                )
            )
        self.report.setPlainText("\n".join(lines))
        self.import_button.setEnabled(bool(report.accepted) and not report.rejected)

    def run_import(self) -> None:
        try:
            sne.apply(self.db, self.actor, self.session_id, self.table, self.mapping())
        except UserError as exc:
            self.report.setPlainText(_text(exc.message))
            self.import_button.setEnabled(False)
            return
        self.accept()


# --------------------------------------------------------------------------- sending result, refusal


class SendingResultDialog(QDialog):
    """What became of each e-mail: sent, failed (with the reason), to hand over, not
    sent because the sending was cancelled."""

    def __init__(self, summary: str, results, parent=None):
        super().__init__(parent)
        self.setObjectName("sendingResult")
        self.setWindowTitle(self.tr("Résultat de l'envoi"))
        self.resize(820, 360)
        layout = QVBoxLayout(self)
        self.summary = label(self, summary, "sendingSummary")
        layout.addWidget(self.summary)
        self.table = _table(
            self,
            "sendingTable",
            [self.tr("Membre"), self.tr("Courriel"), self.tr("Résultat"), self.tr("Motif")],
        )
        grow_to_content(self, self.table)  # (a large screen: the reasons whole)
        for r in results:
            row = self.table.rowCount()
            self.table.insertRow(row)
            values = [
                r.member_name,
                r.email,
                QCoreApplication.translate("messages", convocations.status_label(r.status)),
                r.error,
            ]
            for col, value in enumerate(values):
                cell = _item(value)
                if col == 3 and value:
                    cell.setToolTip(value)
                if r.status in (convocations.FAILED, convocations.CANCELLED):
                    cell.setForeground(QBrush(WARN))
                self.table.setItem(row, col, cell)
        layout.addWidget(self.table, 1)
        close = push_button(self.tr("Fermer"), self, "closeSendingResult")
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)


class RefusalDialog(QDialog):
    """An applicant's refusals of an offered dwelling, qualified for the cotation: the
    refusal of the offer made to this candidate, or an offer known otherwise (date,
    dwelling); adapted to the household or not; legitimate reason or not; why."""

    changed = Signal()

    def __init__(self, db: Database, actor: Actor, view, own_offer_refused: bool, parent=None):
        super().__init__(parent)
        self.db, self.actor, self.view = db, actor, view
        self.setObjectName("refusalDialog")
        self.setWindowTitle(self.tr("Refus d'un logement adapté"))
        self.resize(720, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("<b>{name}</b> — n° unique {numero}").format(
                    name=view.name, numero=view.numero_unique
                ),
                self,
            )
        )
        layout.addWidget(QLabel(self.tr("Refus enregistrés :"), self))
        self.list = QListWidget(self)
        self.list.setObjectName("refusalsList")
        layout.addWidget(self.list, 1)
        self.remove_button = push_button(self.tr("Retirer le refus choisi…"), self, "removeRefusal")
        self.remove_button.clicked.connect(self.remove)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_button)
        layout.addLayout(row)

        form = QFormLayout()
        self.own_offer = QCheckBox(self.tr("Refus de l'offre faite à ce candidat"), self)
        self.own_offer.setObjectName("ownOffer")
        self.own_offer.setEnabled(own_offer_refused)
        self.own_offer.setChecked(own_offer_refused)
        if not own_offer_refused:
            self.own_offer.setToolTip(
                self.tr("Le logement proposé à ce candidat n'a pas été refusé.")
            )
        self.refused_on = QDateEdit(self)
        self.refused_on.setObjectName("refusedOn")
        self.refused_on.setDisplayFormat("dd/MM/yyyy")
        self.refused_on.setCalendarPopup(True)
        day = today()
        self.refused_on.setDate(QDate(day.year, day.month, day.day))
        self.dwelling = line_edit(
            self, "refusedDwelling", self.tr("Logement proposé (bailleur, adresse, type)")
        )
        self.adapted = QCheckBox(
            self.tr("Le logement proposé était adapté aux besoins et capacités du ménage"), self
        )
        self.adapted.setObjectName("refusalAdapted")
        self.adapted.setChecked(True)
        self.legitimate = QCheckBox(self.tr("Le refus repose sur un motif légitime"), self)
        self.legitimate.setObjectName("refusalLegitimate")
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("refusalReason")
        self.reason.setMaximumHeight(80)
        self.reason.setPlaceholderText(self.tr("Pourquoi le refus est, ou n'est pas, légitime"))
        form.addRow(self.own_offer)
        form.addRow(self.tr("Date du refus"), self.refused_on)
        form.addRow(self.tr("Logement"), self.dwelling)
        form.addRow(self.adapted)
        form.addRow(self.legitimate)
        form.addRow(self.tr("Motif"), self.reason)
        layout.addLayout(form)
        self.message = label(self, name="refusalMessage")
        layout.addWidget(self.message)
        self.save_button = push_button(self.tr("Enregistrer le refus"), self, "saveRefusal")
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Fermer"), self)
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        add_all(row, 1, self.save_button, close)
        layout.addLayout(row)
        self.own_offer.toggled.connect(self._own_toggled)
        self._own_toggled()
        self.load()

    def _own_toggled(self, *_args) -> None:
        other = not self.own_offer.isChecked()
        self.refused_on.setEnabled(other)
        self.dwelling.setEnabled(other)

    def load(self) -> None:
        self.list.clear()
        try:
            rows = cotation.refusals_of(self.db, self.actor, self.view.numero_unique)
        except UserError as exc:
            self.message.setText(_text(exc.message))
            return
        for r in rows:
            effect = self.tr("compte dans la cotation") if r.counts else self.tr("ne compte pas")
            adapted = self.tr("adapté") if r.adapted else self.tr("non adapté")
            legitimate = (
                self.tr("motif légitime") if r.legitimate else self.tr("sans motif légitime")
            )
            text = f"{format_date_fr(r.refused_on)} — {r.dwelling or '?'} — {adapted}, {legitimate} : {effect}"
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            item.setToolTip(r.reason)
            if r.counts:
                item.setForeground(QBrush(WARN))

    def save(self) -> None:
        kwargs = dict(
            adapted=self.adapted.isChecked(),
            legitimate=self.legitimate.isChecked(),
            reason=self.reason.toPlainText(),
        )
        if self.own_offer.isChecked():
            kwargs["candidate_id"] = self.view.candidate_id
        else:
            q = self.refused_on.date()
            kwargs.update(
                numero_unique=self.view.numero_unique,
                refused_on=dt.date(q.year(), q.month(), q.day()),
                dwelling=self.dwelling.text(),
            )
        try:
            saved = cotation.record_refusal(self.db, self.actor, **kwargs)
        except UserError as exc:
            text = _text(exc.message)
            fields = getattr(exc, "fields", None)
            if fields:
                text = "\n".join(_text(v) for v in fields.values())
            self.message.setText(text)
            return
        self.message.setText(
            self.tr("Refus enregistré : {effect}.").format(
                effect=self.tr("il compte dans la cotation")
                if saved.counts
                else self.tr("il ne compte pas dans la cotation")
            )
        )
        self.reason.clear()
        self.load()
        self.changed.emit()

    def remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Retirer le refus"), self.tr("Pourquoi ce refus est-il retiré ?")
        )
        if not ok:
            return
        try:
            cotation.remove_refusal(
                self.db, self.actor, item.data(Qt.ItemDataRole.UserRole), reason
            )
        except UserError as exc:
            fields = getattr(exc, "fields", None)
            self.message.setText(
                "\n".join(_text(v) for v in fields.values()) if fields else _text(exc.message)
            )
            return
        self.message.setText(self.tr("Refus retiré."))
        self.load()
        self.changed.emit()
