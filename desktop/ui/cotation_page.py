"""The "Cotation et objectifs" page (issue 17), thin over the services:

- *Séances*: the candidates' scores of a session (computed with the grid in force on
  its date, the register's score beside), the import of the national register's
  export (``SneImportDialog``), the convocations, the minutes-review notice, the
  declaration of allocations to the register, and how each proposal would move the
  attribution targets;
- *Grilles*: the EPCIs' grids and their versions, criteria edited while unused,
  import/export as JSON or Excel, the example grid;
- *Objectifs*: the Égalité et Citoyenneté figures of an EPCI and a year, the
  first-quartile threshold, the PDF/Excel report;
- *Gestion en flux*: a reservation holder's yearly report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.attribution_targets import TargetRates, format_percent
from desktop.domain.cotation import Criterion, CriterionSource, format_points
from desktop.domain.errors import UserError
from desktop.domain.formatting import (
    AmountError,
    format_date_fr,
    format_money_fr,
    parse_amount_fr,
    parse_decimal_fr,
)
from desktop.domain.i18n import Message
from desktop.services import attribution, caleol, convocations, cotation, sne
from desktop.services.context import Actor, today
from desktop.storage.db import Database
from desktop.ui.doc_worker import Task
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import FlowLayout

TENTH = Decimal("0.1")

WARN = QColor("#b3261e")
GOOD = QColor("#1b6e20")


def _text(message) -> str:
    if isinstance(message, Message):
        from PySide6.QtCore import QCoreApplication

        from desktop.services.tabular import render

        return render(message, QCoreApplication.translate)
    return str(message)


def _error(parent: QWidget, exc: UserError) -> None:
    text = _text(exc.message)
    fields = getattr(exc, "fields", None)
    if fields:
        text += "\n" + "\n".join(f"• {_text(v)}" for v in fields.values())
    QMessageBox.warning(parent, parent.tr("Cotation et objectifs"), text)


def _item(value, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem("" if value is None else str(value))
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _add_row(
    table: QTableWidget, values: list, right: tuple[int, ...] = ()
) -> list[QTableWidgetItem]:
    """Append one read-only row of ``values`` (columns in ``right`` aligned right, for
    numbers); its cells, for the caller to colour."""
    row = table.rowCount()
    table.insertRow(row)
    cells = [_item(value, col in right) for col, value in enumerate(values)]
    for col, cell in enumerate(cells):
        table.setItem(row, col, cell)
    return cells


def _export(
    parent: QWidget,
    path: str | None,
    title: str,
    default_name: str,
    filters: str,
    write: Callable[[str], object],
) -> tuple[str, object] | None:
    """Write a file: to ``path``, or where the user chooses (``None`` when he cancels).
    A refusal of the service is shown; the path and what ``write`` returned otherwise."""
    if not path:
        path, _ = QFileDialog.getSaveFileName(parent, title, default_name, filters)
    if not path:
        return None
    try:
        return path, write(path)
    except UserError as exc:
        _error(parent, exc)
        return None


def _table(parent: QWidget, name: str, headers: list[str], editable: bool = False) -> QTableWidget:
    t = QTableWidget(0, len(headers), parent)
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    if not editable:
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    t.verticalHeader().setVisible(False)
    return t


# --------------------------------------------------------------------------- SNE import


class SneImportDialog(QDialog):
    """Column mapping of a register export, dry run with the French reasons, import."""

    def __init__(self, db: Database, actor: Actor, session_id: int, path: str, parent=None):
        super().__init__(parent)
        self.setObjectName("sneImportDialog")
        self.setWindowTitle(self.tr("Import d'un export du registre national (SNE)"))
        self.resize(760, 620)
        self.db, self.actor, self.session_id = db, actor, session_id
        self.table = sne.read_table(path)
        proposed = sne.propose_mapping(self.table.headers)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("Fichier : {name} — {count} ligne(s)").format(
                    name=self.table.source, count=len(self.table.rows)
                ),
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
            combo.addItem(self.tr("— non associé —"), None)
            for i, h in enumerate(self.table.headers):
                combo.addItem(h, i)
            index = proposed.get(f.key)
            combo.setCurrentIndex(0 if index is None else index + 1)
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping_table.setCellWidget(row, 1, combo)
            self.combos[f.key] = combo
        layout.addWidget(self.mapping_table, 2)
        self.report = QPlainTextEdit(self)
        self.report.setObjectName("sneReport")
        self.report.setReadOnly(True)
        layout.addWidget(self.report, 1)
        buttons = QHBoxLayout()
        self.check_button = QPushButton(self.tr("Vérifier (rien n'est enregistré)"), self)
        self.check_button.setObjectName("sneCheck")
        self.import_button = QPushButton(self.tr("Importer"), self)
        self.import_button.setObjectName("sneImport")
        self.import_button.setEnabled(False)
        cancel = QPushButton(self.tr("Fermer"), self)
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)
        self.check_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.run_import)
        cancel.clicked.connect(self.reject)
        self.last_report = None

    def mapping(self) -> dict[str, int | None]:
        return {k: c.currentData() for k, c in self.combos.items()}

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
        lines = [
            self.tr(
                "{ok} ligne(s) valable(s) : {created} candidat(s) à créer, "
                "{updated} à mettre à jour ; {bad} ligne(s) refusée(s)."
            ).format(
                ok=len(report.accepted),
                created=report.created,
                updated=report.updated,
                bad=len(report.rejected),
            )
        ]
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


# --------------------------------------------------------------------------- sessions tab


class SendingResultDialog(QDialog):
    """What became of each e-mail: sent, failed (with the reason), to hand over, not
    sent because the sending was cancelled."""

    def __init__(self, summary: str, results, parent=None):
        super().__init__(parent)
        self.setObjectName("sendingResult")
        self.setWindowTitle(self.tr("Résultat de l'envoi"))
        self.resize(820, 360)
        layout = QVBoxLayout(self)
        self.summary = QLabel(summary, self)
        self.summary.setObjectName("sendingSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = _table(
            self,
            "sendingTable",
            [self.tr("Membre"), self.tr("Courriel"), self.tr("Résultat"), self.tr("Motif")],
        )
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
        close = QPushButton(self.tr("Fermer"), self)
        close.setObjectName("closeSendingResult")
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
        self.remove_button = QPushButton(self.tr("Retirer le refus choisi…"), self)
        self.remove_button.setObjectName("removeRefusal")
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
        self.dwelling = QLineEdit(self)
        self.dwelling.setObjectName("refusedDwelling")
        self.dwelling.setPlaceholderText(self.tr("Logement proposé (bailleur, adresse, type)"))
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
        self.message = QLabel(self)
        self.message.setObjectName("refusalMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.save_button = QPushButton(self.tr("Enregistrer le refus"), self)
        self.save_button.setObjectName("saveRefusal")
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Fermer"), self)
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(close)
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


class SessionsTab(QWidget):
    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        #: where the SMTP settings come from (the organisation profile)
        self.smtp_settings = lambda: convocations.smtp_settings(db=db)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Séance :"), self))
        self.session_combo = QComboBox(self)
        self.session_combo.setObjectName("cotationSession")
        self.session_combo.setMinimumWidth(360)
        top.addWidget(self.session_combo, 1)
        self.refresh_button = QPushButton(self.tr("Actualiser"), self)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        actions = FlowLayout()  # wraps on a laptop screen
        self.score_button = QPushButton(self.tr("Calculer les cotations"), self)
        self.score_button.setObjectName("scoreSession")
        self.sne_button = QPushButton(self.tr("Importer un export du registre (SNE)…"), self)
        self.sne_button.setObjectName("sneImportButton")
        self.convene_button = QPushButton(self.tr("Convoquer les membres"), self)
        self.convene_button.setObjectName("conveneButton")
        self.review_button = QPushButton(self.tr("Prévenir : PV à relire"), self)
        self.review_button.setObjectName("reviewNoticeButton")
        self.declare_button = QPushButton(self.tr("Déclarer les attributions au registre…"), self)
        self.declare_button.setObjectName("sneExportButton")
        self.statement_button = QPushButton(self.tr("Fiche de cotation du demandeur"), self)
        self.statement_button.setObjectName("statementButton")
        self.refusal_button = QPushButton(self.tr("Refus d'un logement adapté…"), self)
        self.refusal_button.setObjectName("refusalButton")
        self.refusal_button.setToolTip(
            self.tr(
                "Qualifier le refus d'un logement proposé au demandeur : adapté ou non, "
                "motif légitime ou non (la grille du PPGD dit ce que le refus retire)."
            )
        )
        for b in (
            self.score_button,
            self.sne_button,
            self.convene_button,
            self.review_button,
            self.declare_button,
            self.statement_button,
            self.refusal_button,
        ):
            actions.addWidget(b)
        layout.addLayout(actions)
        self.scores = _table(
            self,
            "scoresTable",
            [
                self.tr("Logement"),
                self.tr("N° unique"),
                self.tr("Candidat"),
                self.tr("Cotation"),
                self.tr("Grille"),
                self.tr("Registre"),
                self.tr("Alerte"),
            ],
        )
        layout.addWidget(self.scores, 3)
        self.detail = QPlainTextEdit(self)
        self.detail.setObjectName("scoreDetail")
        self.detail.setReadOnly(True)
        self.detail.setMaximumHeight(140)
        layout.addWidget(self.detail)
        layout.addWidget(
            QLabel(self.tr("Effet des propositions sur les objectifs d'attribution :"), self)
        )
        self.effects = QListWidget(self)
        self.effects.setObjectName("targetEffects")
        layout.addWidget(self.effects, 2)
        self.status = QLabel(self)
        self.status.setObjectName("cotationStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self._views: list[cotation.ScoreView] = []
        self.refusal_dialog: RefusalDialog | None = None
        self.task: Task | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.result_dialog: SendingResultDialog | None = None
        self.sending_results: list[convocations.MessageResult] | None = None
        self.sending_cancelled = False
        self._sending_kind = ""
        self.refresh_button.clicked.connect(self.reload_sessions)
        self.session_combo.currentIndexChanged.connect(self.show_session)
        self.score_button.clicked.connect(self.score)
        self.sne_button.clicked.connect(self.import_sne)
        self.convene_button.clicked.connect(self.convene)
        self.review_button.clicked.connect(self.notify_review)
        self.declare_button.clicked.connect(self.declare)
        self.scores.itemSelectionChanged.connect(self._show_detail)
        self.statement_button.clicked.connect(self.show_statement)
        self.refusal_button.clicked.connect(self.open_refusals)
        can_manage = actor.can(caleol.MANAGE)
        for b in (
            self.score_button,
            self.sne_button,
            self.convene_button,
            self.review_button,
            self.declare_button,
            self.refusal_button,
        ):
            b.setEnabled(can_manage)
        self.reload_sessions()

    def session_id(self) -> int | None:
        return self.session_combo.currentData()

    def reload_sessions(self) -> None:
        current = self.session_id()
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        try:
            rows = caleol.list_sessions(self.db, self.actor)
        except UserError as exc:
            self.status.setText(_text(exc.message))
            rows = []
        for r in rows:
            self.session_combo.addItem(
                f"{r.commission_name} — n° {r.number} du {format_date_fr(r.session_date)}", r.id
            )
        index = self.session_combo.findData(current)
        self.session_combo.setCurrentIndex(max(index, 0))
        self.session_combo.blockSignals(False)
        self.show_session()

    def select_session(self, session_id: int) -> None:
        self.session_combo.setCurrentIndex(self.session_combo.findData(session_id))

    def show_session(self) -> None:
        sid = self.session_id()
        self.scores.setRowCount(0)
        self.effects.clear()
        self.detail.clear()
        if sid is None:
            return
        try:
            views = cotation.session_scores(self.db, self.actor, sid)
            view = caleol.get_session(self.db, self.actor, sid)
            effects = attribution.session_effects(self.db, self.actor, sid)
        except UserError as exc:
            self.status.setText(_text(exc.message))
            return
        self._views = []
        for item in view.items:
            for c in item.candidates:
                v = views.get(c.id)
                if v is None:
                    continue
                self._views.append(v)
                cells = _add_row(
                    self.scores,
                    [
                        item.reference,
                        v.numero_unique,
                        v.name,
                        v.total_text,
                        v.grid_label,
                        "" if v.register_score is None else format_points(v.register_score),
                        v.warning,
                    ],
                    right=(3, 5),
                )
                if v.warning:
                    cells[6].setForeground(QBrush(WARN))
        for e in effects:
            warnings = e.warnings
            moved = [x.message() for x in e.effects]
            if not moved:
                continue
            text = f"{e.candidate} ({e.dwelling}) : " + " ".join(
                translate_message(m) for m in moved
            )
            it = QListWidgetItem(("⚠ " if warnings else "") + text)
            if warnings:
                it.setForeground(QBrush(WARN))
            self.effects.addItem(it)

    def _show_detail(self) -> None:
        rows = self.scores.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._views):
            self.detail.clear()
            return
        v = self._views[rows[0].row()]
        lines = cotation.score_lines_text(v) + [f"! {m}" for m in v.missing]
        if v.warning:
            lines.append(v.warning)
        self.detail.setPlainText("\n".join(lines))

    def open_refusals(self) -> RefusalDialog | None:
        """The applicant's refusals of an adapted dwelling (recorded, to record)."""
        rows = self.scores.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._views):
            self.status.setText(self.tr("Choisissez d'abord un candidat dans le tableau."))
            return None
        v = self._views[rows[0].row()]
        try:
            refused = cotation.offer_refused(self.db, self.actor, v.candidate_id)
        except UserError as exc:
            _error(self, exc)
            return None
        dialog = RefusalDialog(self.db, self.actor, v, refused, self)
        dialog.changed.connect(self.show_session)
        self.refusal_dialog = dialog
        dialog.open()
        return dialog

    def show_statement(self) -> None:
        """The applicant's statement (criteria, weights, score, position), to hand him."""
        rows = self.scores.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._views):
            return
        try:
            statement = cotation.applicant_statement(
                self.db, self.actor, self._views[rows[0].row()].candidate_id
            )
        except UserError as exc:
            _error(self, exc)
            return
        self.detail.setPlainText("\n".join(statement.text()))

    def score(self) -> None:
        sid = self.session_id()
        if sid is None:
            return
        try:
            views = cotation.score_session(self.db, self.actor, sid)
        except UserError as exc:
            _error(self, exc)
            return
        self.status.setText(self.tr("{count} candidat(s) coté(s).").format(count=len(views)))
        self.show_session()

    def import_sne(self, path: str | None = None) -> None:
        sid = self.session_id()
        if sid is None:
            return
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Export du registre national"),
                "",
                self.tr("Fichiers CSV ou Excel (*.csv *.txt *.xlsx)"),
            )
        if not path:
            return
        try:
            dialog = SneImportDialog(self.db, self.actor, sid, path, self)
        except UserError as exc:
            _error(self, exc)
            return
        self.sne_dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.status.setText(self.tr("Import du registre terminé."))
            self.show_session()

    # ----------------------------------------------------------------- e-mails
    @property
    def sending(self) -> bool:
        """E-mails are being produced or sent (in the background)."""
        return self.task is not None and self.task.thread.isRunning()

    def convene(self) -> None:
        """Produce, register and e-mail the convocations, off the GUI thread, with a
        progress dialog that can cancel; the result per member at the end."""
        sid = self.session_id()
        if sid is None or self.sending:
            return
        send, settings = True, None
        try:
            settings = self.smtp_settings()
        except UserError as exc:
            answer = QMessageBox.question(
                self,
                self.tr("Convocations"),
                _text(exc.message)
                + "\n\n"
                + self.tr("Produire et enregistrer les convocations sans les envoyer ?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            send = False
        db, actor = self.db, self.actor

        def work(progress, cancelled):
            from desktop.documents.html import HtmlRenderer

            with HtmlRenderer() as renderer:  # WeasyPrint out of the GUI process
                return convocations.convene(
                    db,
                    actor,
                    sid,
                    send=send,
                    settings=settings,
                    renderer=renderer,
                    progress=lambda f, t: progress((f, t)),
                    cancelled=cancelled,
                )

        self._start_sending(self.tr("Convocations"), work, convocations.KIND_CONVOCATION)

    def notify_review(self) -> None:
        """Tell the reviewing members that the minutes await them (same channel)."""
        sid = self.session_id()
        if sid is None or self.sending:
            return
        try:
            settings = self.smtp_settings()
        except UserError as exc:
            _error(self, exc)
            return
        db, actor = self.db, self.actor

        def work(progress, cancelled):
            return convocations.notify_minutes_review(
                db,
                actor,
                sid,
                settings=settings,
                progress=lambda f, t: progress((f, t)),
                cancelled=cancelled,
            )

        self._start_sending(self.tr("Procès-verbal à relire"), work, convocations.KIND_MINUTES)

    def _start_sending(self, title: str, work, kind: str) -> None:
        self.sending_results = None
        self.sending_cancelled = False
        self._sending_kind = kind
        dialog = QProgressDialog(self.tr("Préparation…"), self.tr("Annuler"), 0, 1000, self)
        dialog.setObjectName("sendingProgress")
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        dialog.canceled.connect(self.cancel_sending)
        dialog.show()
        self.progress_dialog = dialog
        self.task = Task(work, self)
        self.task.progressed.connect(self._sending_progress)
        self.task.succeeded.connect(self._sending_done)
        self.task.failed.connect(self._sending_failed)
        self.task.thread.finished.connect(self._sending_ended)
        for b in (self.convene_button, self.review_button):
            b.setEnabled(False)
        self.status.setText(self.tr("Envoi en cours…"))
        self.task.start()

    def cancel_sending(self) -> None:
        """The progress dialog's "Annuler": the message being sent ends, the others
        are not sent (each recorded as such)."""
        if self.task is None or self.sending_cancelled or self.progress_dialog is None:
            return
        self.sending_cancelled = True
        self.task.cancel()
        self._close_progress()
        self.status.setText(
            self.tr(
                "Annulation demandée : le courriel en cours se termine, les autres ne partent pas."
            )
        )

    def _sending_progress(self, value) -> None:
        fraction, message = value
        dialog = self.progress_dialog
        if dialog is not None and not self.sending_cancelled:
            dialog.setLabelText(_text(message) + "…")
            dialog.setValue(int(fraction * 1000))

    def _close_progress(self) -> None:
        dialog, self.progress_dialog = self.progress_dialog, None
        if dialog is not None:  # (closing emits ``canceled``: the dialog is forgotten first)
            dialog.close()
            dialog.deleteLater()

    def _sending_ended(self) -> None:
        can_manage = self.actor.can(caleol.MANAGE)
        for b in (self.convene_button, self.review_button):
            b.setEnabled(can_manage)

    def _sending_failed(self, exc: BaseException) -> None:
        self._close_progress()
        if isinstance(exc, UserError):
            text = _text(exc.message)
        else:
            text = self.tr("Erreur inattendue pendant l'envoi : {error}").format(error=exc)
        self.status.setText(text)
        if not isinstance(exc, convocations.SendingCancelled):
            QMessageBox.warning(self, self.tr("Envoi des courriels"), text)

    def _sending_done(self, results) -> None:
        self._close_progress()
        self.sending_results = results
        counts = {
            s: sum(1 for r in results if r.status == s)
            for s in (
                convocations.SENT,
                convocations.NO_EMAIL,
                convocations.FAILED,
                convocations.CANCELLED,
            )
        }
        if self._sending_kind == convocations.KIND_CONVOCATION:
            text = self.tr(
                "{sent} convocation(s) envoyée(s) par courriel, {hand} à remettre, "
                "{failed} échec(s) d'envoi."
            ).format(
                sent=counts[convocations.SENT],
                hand=counts[convocations.NO_EMAIL],
                failed=counts[convocations.FAILED],
            )
        else:
            text = self.tr(
                "{sent} membre(s) prévenu(s) que le procès-verbal attend sa relecture, "
                "{failed} échec(s) d'envoi."
            ).format(sent=counts[convocations.SENT], failed=counts[convocations.FAILED])
        if counts[convocations.CANCELLED]:
            text += " " + self.tr("Envoi annulé : {count} courriel(s) non envoyé(s).").format(
                count=counts[convocations.CANCELLED]
            )
        failures = [f"{r.member_name} : {r.error}" for r in results if r.error]
        self.status.setText(text + ("\n" + "\n".join(failures) if failures else ""))
        self.result_dialog = SendingResultDialog(text, results, self)
        self.result_dialog.open()

    def wait_sending(self, ms: int = 120_000) -> bool:
        """Wait for the background sending and deliver its result (tests, scripts)."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer

        deadline = QDeadlineTimer(ms)
        while self.sending and not deadline.hasExpired():
            QCoreApplication.processEvents()
            self.task.thread.wait(10)
        QCoreApplication.processEvents()
        return not self.sending

    def declare(self, path: str | None = None) -> None:
        done = _export(
            self,
            path,
            self.tr("Attributions à déclarer au registre"),
            f"attributions-sne-{today():%Y%m%d}.csv",
            self.tr("CSV (*.csv);;Excel (*.xlsx)"),
            lambda p: sne.export_allocations(self.db, self.actor, p),
        )
        if done is not None:
            path, count = done
            self.status.setText(
                self.tr("{count} attribution(s) exportée(s) : {path}").format(
                    count=count, path=path
                )
            )


# --------------------------------------------------------------------------- grids tab

_SOURCES = list(CriterionSource)


class GridsTab(QWidget):
    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        layout = QVBoxLayout(self)
        self.grids = _table(
            self,
            "gridsTable",
            [
                self.tr("EPCI"),
                self.tr("Grille"),
                self.tr("Version"),
                self.tr("Du"),
                self.tr("Au"),
                self.tr("Exemple"),
                self.tr("Cotations"),
            ],
        )
        layout.addWidget(self.grids, 1)
        buttons = QHBoxLayout()
        self.example_button = QPushButton(self.tr("Grille d'exemple…"), self)
        self.example_button.setObjectName("exampleGrid")
        self.import_button = QPushButton(self.tr("Importer…"), self)
        self.import_button.setObjectName("importGrid")
        self.export_button = QPushButton(self.tr("Exporter…"), self)
        self.export_button.setObjectName("exportGrid")
        self.version_button = QPushButton(self.tr("Nouvelle version…"), self)
        self.version_button.setObjectName("newGridVersion")
        for b in (self.example_button, self.import_button, self.export_button, self.version_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.criteria = _table(
            self,
            "criteriaTable",
            [
                self.tr("Code"),
                self.tr("Libellé"),
                self.tr("Source"),
                self.tr("Points"),
                self.tr("Plafond"),
                self.tr("Paramètre"),
            ],
            editable=True,
        )
        layout.addWidget(self.criteria, 2)
        edit = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Ajouter un critère"), self)
        self.remove_button = QPushButton(self.tr("Retirer le critère"), self)
        self.save_button = QPushButton(self.tr("Enregistrer la grille"), self)
        self.save_button.setObjectName("saveGrid")
        for b in (self.add_button, self.remove_button):
            edit.addWidget(b)
        edit.addStretch(1)
        edit.addWidget(self.save_button)
        layout.addLayout(edit)
        self.note = QLabel(self)
        self.note.setObjectName("gridNote")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self._views: list[cotation.GridView] = []
        self.grids.itemSelectionChanged.connect(self._show_grid)
        self.example_button.clicked.connect(self.install_example)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        self.version_button.clicked.connect(self.new_version)
        self.add_button.clicked.connect(self._add_row)
        self.remove_button.clicked.connect(self._remove_row)
        self.save_button.clicked.connect(self.save)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        try:
            self._views = cotation.list_grids(self.db, self.actor)
        except UserError as exc:
            self.note.setText(_text(exc.message))
            return
        self.grids.setRowCount(0)
        for v in self._views:
            g = v.grid
            _add_row(
                self.grids,
                [
                    g.epci,
                    g.name,
                    g.version,
                    format_date_fr(g.valid_from),
                    format_date_fr(g.valid_to) if g.valid_to else "—",
                    self.tr("EXEMPLE") if g.example else "",
                    v.used,
                ],
                right=(2, 6),
            )
        if self._views:
            ids = [v.id for v in self._views]
            self.grids.selectRow(ids.index(select) if select in ids else 0)
        else:
            self.criteria.setRowCount(0)

    def current(self) -> cotation.GridView | None:
        rows = self.grids.selectionModel().selectedRows()
        return self._views[rows[0].row()] if rows else None

    def _set_row(self, row: int, c: Criterion | None) -> None:
        values = (
            ["", "", None, "", "", ""]
            if c is None
            else [
                c.code,
                c.label,
                None,
                format_points(c.points),
                "" if c.cap is None else format_points(c.cap),
                c.parameter,
            ]
        )
        for col, value in enumerate(values):
            if col == 2:
                combo = QComboBox(self.criteria)
                for s in _SOURCES:
                    combo.addItem(translate_message(Message(s.label)), s.value)
                combo.setCurrentIndex(_SOURCES.index(c.source) if c else 0)
                self.criteria.setCellWidget(row, 2, combo)
            else:
                self.criteria.setItem(row, col, QTableWidgetItem(str(value)))

    def _show_grid(self) -> None:
        v = self.current()
        self.criteria.setRowCount(0)
        if v is None:
            return
        for c in v.grid.criteria:
            row = self.criteria.rowCount()
            self.criteria.insertRow(row)
            self._set_row(row, c)
        frozen = v.used > 0
        self.save_button.setEnabled(not frozen)
        self.note.setText(
            (v.grid.notes + "\n" if v.grid.notes else "")
            + (
                self.tr(
                    "Cette version a servi à coter {n} candidat(s) : elle ne peut plus "
                    "changer ; créez une nouvelle version."
                ).format(n=v.used)
                if frozen
                else ""
            )
        )

    def _add_row(self) -> None:
        row = self.criteria.rowCount()
        self.criteria.insertRow(row)
        self._set_row(row, None)

    def _remove_row(self) -> None:
        rows = self.criteria.selectionModel().selectedRows()
        if rows:
            self.criteria.removeRow(rows[0].row())

    def criteria_from_table(self) -> tuple[Criterion, ...]:
        out = []
        for row in range(self.criteria.rowCount()):

            def text(col, row=row):
                item = self.criteria.item(row, col)
                return item.text().strip() if item else ""

            source = CriterionSource(self.criteria.cellWidget(row, 2).currentData())
            out.append(
                Criterion(
                    text(0),
                    text(1),
                    source,
                    self._points(text(3), row),
                    self._points(text(4), row, allow_empty=True),
                    text(5),
                )
            )
        return tuple(out)

    def _points(self, text: str, row: int, allow_empty: bool = False) -> Decimal | None:
        if not text and allow_empty:
            return None
        try:
            return parse_decimal_fr(text)
        except ValueError:
            raise UserError(
                Message(
                    self.tr("Ligne {row} : « {value} » n'est pas un nombre de points.").format(
                        row=row + 1, value=text
                    )
                )
            ) from None

    def save(self) -> None:
        v = self.current()
        if v is None:
            return
        from dataclasses import replace

        try:
            grid = replace(v.grid, criteria=self.criteria_from_table())
            cotation.update_grid(self.db, self.actor, v.id, grid, v.row_version)
        except UserError as exc:
            _error(self, exc)
            return
        self.reload(select=v.id)
        self.note.setText(self.tr("Grille enregistrée."))

    def install_example(self, epci: str | None = None) -> None:
        if not epci:
            epci, ok = QInputDialog.getText(self, self.tr("Grille d'exemple"), self.tr("EPCI :"))
            if not ok or not epci.strip():
                return
        try:
            gid = cotation.install_example_grid(self.db, self.actor, epci)
        except UserError as exc:
            _error(self, exc)
            return
        self.reload(select=gid)

    def import_file(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Importer une grille"), "", self.tr("Grille (*.json *.xlsx)")
            )
        if not path:
            return
        try:
            gid = cotation.import_grid(self.db, self.actor, path)
        except UserError as exc:
            _error(self, exc)
            return
        self.reload(select=gid)

    def export_file(self, path: str | None = None) -> None:
        v = self.current()
        if v is None:
            return
        done = _export(
            self,
            path,
            self.tr("Exporter la grille"),
            f"grille-v{v.grid.version}.json",
            self.tr("JSON (*.json);;Excel (*.xlsx)"),
            lambda p: cotation.export_grid(self.db, self.actor, v.id, p),
        )
        if done is not None:
            self.note.setText(self.tr("Grille exportée : {path}").format(path=done[0]))

    def new_version(self, valid_from: dt.date | None = None) -> None:
        v = self.current()
        if v is None:
            return
        if valid_from is None:
            text, ok = QInputDialog.getText(
                self, self.tr("Nouvelle version"), self.tr("En vigueur à partir du (JJ/MM/AAAA) :")
            )
            if not ok:
                return
            try:
                valid_from = dt.datetime.strptime(text.strip(), "%d/%m/%Y").date()
            except ValueError:
                QMessageBox.warning(
                    self,
                    self.tr("Nouvelle version"),
                    self.tr("Date attendue au format JJ/MM/AAAA."),
                )
                return
        try:
            gid = cotation.new_grid_version(self.db, self.actor, v.id, valid_from)
        except UserError as exc:
            _error(self, exc)
            return
        self.reload(select=gid)


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
        self.threshold = QLineEdit(self)
        self.threshold.setObjectName("targetsThreshold")
        self.threshold.setPlaceholderText(self.tr("€ par an et par unité de consommation"))
        self.source = QLineEdit(self)
        self.source.setObjectName("targetsSource")
        self.source.setPlaceholderText(self.tr("arrêté fixant le seuil"))
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
        self.show_button = QPushButton(self.tr("Afficher"), self)
        self.show_button.setObjectName("showTargets")
        self.save_button = QPushButton(self.tr("Enregistrer le seuil et les objectifs"), self)
        self.save_button.setObjectName("saveThreshold")
        self.export_button = QPushButton(self.tr("Exporter (PDF ou Excel)…"), self)
        self.export_button.setObjectName("exportTargets")
        for b in (self.show_button, self.save_button, self.export_button):
            buttons.addWidget(b)
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
        layout.addWidget(self.figures, 1)
        self.summary = QLabel(self)
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
        self.summary.setText(
            self.tr("{n} attribution(s) en {year} ; seuil : {t}").format(
                n=len(view.allocations),
                year=year,
                t=self.tr("non renseigné")
                if s.threshold is None
                else format_money_fr(s.threshold.amount),
            )
        )

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
        self.show_button = QPushButton(self.tr("Afficher"), self)
        self.show_button.setObjectName("showFlow")
        self.export_button = QPushButton(self.tr("Exporter le bilan (PDF ou Excel)…"), self)
        self.export_button.setObjectName("exportFlow")
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
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
        layout.addWidget(self.table, 1)
        self.summary = QLabel(self)
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
        self.summary.setText(
            self.tr(
                "{offered} logement(s) proposé(s), {allocated} "
                "attribué(s) ; à transmettre avant le {deadline}."
            ).format(offered=r.offered, allocated=r.allocated, deadline=format_date_fr(r.deadline))
        )

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


# --------------------------------------------------------------------------- page


class CotationPage(QWidget):
    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.setObjectName("cotationPage")
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("cotationTabs")
        self.sessions_tab = SessionsTab(db, actor, self)
        self.grids_tab = GridsTab(db, actor, self)
        self.targets_tab = TargetsTab(db, actor, self)
        self.flow_tab = FlowTab(db, actor, self)
        self.tabs.addTab(self.sessions_tab, self.tr("Séances"))
        self.tabs.addTab(self.grids_tab, self.tr("Grilles de cotation"))
        self.tabs.addTab(self.targets_tab, self.tr("Objectifs d'attribution"))
        self.tabs.addTab(self.flow_tab, self.tr("Gestion en flux"))
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        self.sessions_tab.reload_sessions()
        self.grids_tab.reload()
        self.targets_tab.reload_epcis()
        self.flow_tab.reload_holders()
