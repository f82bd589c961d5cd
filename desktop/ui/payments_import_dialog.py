"""Import of payments from the accounting export: file, columns, check, import.

Nothing is written before "Importer"; the import is all or nothing, then each plan
is re-read (breach, settlement) and the dialog says which plans changed. The valid
lines of plans that name a contributor are listed with who paid them (the « Versé par »
column naming the FSL or the CCAS, or the staff's choice): a contributor's payment goes
to the instalments only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.domain.formatting import format_money_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, counted
from desktop.domain.plans import Contributor
from desktop.services import plans, tabular
from desktop.services.context import Actor
from desktop.storage.db import Database
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import add_all, fit_to_screen, line_edit, message_label, push_button
from desktop.ui.widgets.choices import column_of, fill_columns
from desktop.ui.widgets.form import money_text
from desktop.ui.widgets.tables import empty_text, set_rows


def _tr_message(message) -> str:
    return tabular.render(message, QCoreApplication.translate)


class PayerTable(QTableWidget):
    """The valid lines of the dry run whose plan names a contributor, each with who paid
    it: the tenants or that contributor, as the file's « Versé par » said, or as the
    staff choose here (``plans.mark_payer``); a line beyond its contributor's promise
    says so (imported all the same)."""

    marked = Signal()  # a line's payer changed: the report's figures too

    def __init__(self, parent: QWidget):
        super().__init__(0, 5, parent)
        self.setObjectName("contributionPayments")
        self.report: plans.PaymentImportReport | None = None
        self.setHorizontalHeaderLabels(
            [
                self.tr("Ligne"),
                self.tr("Locataire"),
                self.tr("Montant (€)"),
                self.tr("Versé par"),
                self.tr("Attention"),
            ]
        )
        header = self.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.setWordWrap(True)
        self.verticalHeader().hide()

    def show_report(self, report: plans.PaymentImportReport) -> None:
        self.report = report
        lines = report.payable_by_contributors
        set_rows(
            self,
            [(str(a.line), a.tenant_name, money_text(a.amount), "", "") for a in lines],
        )
        for row, a in enumerate(lines):
            combo = QComboBox(self)
            combo.addItem(self.tr("les locataires"), None)
            for contributor in a.named:
                combo.addItem(
                    QCoreApplication.translate("messages", contributor.label), contributor.value
                )
            if a.contributor is not None:
                combo.setCurrentIndex(max(combo.findData(a.contributor.value), 0))
            combo.currentIndexChanged.connect(
                lambda _index, line=a.line, c=combo: self._choose(line, c)
            )
            self.setCellWidget(row, 3, combo)
        self._show_warnings()

    def payer_combo(self, row: int) -> QComboBox:
        return self.cellWidget(row, 3)

    def _choose(self, line: int, combo: QComboBox) -> None:
        if self.report is None:
            return
        payer = combo.currentData()
        plans.mark_payer(self.report, line, Contributor(payer) if payer else None)
        self._show_warnings()
        self.marked.emit()

    def _show_warnings(self) -> None:
        assert self.report is not None
        for row, a in enumerate(self.report.payable_by_contributors):
            self.item(row, 4).setText(translate_message(a.warning) if a.warning else "")
        self.resizeRowsToContents()


class PaymentImportDialog(QDialog):
    imported = Signal(int)  # number of payments recorded

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.setObjectName("paymentImportDialog")
        self._db = db
        self._actor = actor
        self.table: tabular.Table | None = None
        self.report: plans.PaymentImportReport | None = None
        self.result: plans.PaymentImportResult | None = None
        self.setWindowTitle(self.tr("Importer des règlements"))
        fit_to_screen(self, 900, 560)

        self.path = line_edit(
            self, "paymentFile", self.tr("Export comptable : CSV (« ; ») ou Excel (.xlsx)")
        )
        browse = push_button(self.tr("Parcourir…"), self, "browsePayments")
        self.read_button = push_button(self.tr("Lire le fichier"), self, "readPayments")
        file_row = QHBoxLayout()
        add_all(file_row, (self.path, 1), browse, self.read_button)

        self.combos: dict[str, QComboBox] = {}
        mapping = QFormLayout()
        for f in plans.PAYMENT_FIELDS:
            combo = QComboBox(self)
            combo.setObjectName(f"map_{f.key}")
            self.combos[f.key] = combo
            label = QCoreApplication.translate("messages", f.label) + (" *" if f.required else "")
            mapping.addRow(label, combo)
        payer_hint = QLabel(
            self.tr(
                "« Versé par » : la colonne (le libellé peut servir) où une ligne nommant le FSL "
                "ou le CCAS est le versement de ce contributeur, imputé sur les seules échéances "
                "du plan ; les autres lignes sont des règlements des locataires."
            ),
            self,
        )
        payer_hint.setObjectName("payerHint")
        payer_hint.setWordWrap(True)
        mapping.addRow(payer_hint)

        self.check_button = push_button(self.tr("Vérifier"), self, "checkPayments")
        self.import_button = push_button(self.tr("Importer"), self, "importPayments", enabled=False)
        close = push_button(self.tr("Fermer"), self, "closePayments")
        self.summary = QLabel(self)
        self.summary.setObjectName("paymentSummary")
        self.summary.setWordWrap(True)
        self.error = message_label(self, "paymentError")
        self.rejected = QTableWidget(0, 2, self)
        self.rejected.setObjectName("rejectedPayments")
        self.rejected.setHorizontalHeaderLabels([self.tr("Ligne"), self.tr("Motif du rejet")])
        self.rejected.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.rejected.verticalHeader().hide()
        empty_text(
            self.rejected,
            self.tr("Aucune ligne refusée : les lignes du fichier écartées s'afficheront ici."),
        )

        # The valid lines of plans naming a contributor: who paid each, to be checked.
        self.payer_box = QWidget(self)
        self.payer_box.setObjectName("payerBox")
        payer_label = QLabel(
            self.tr(
                "Lignes des plans où un contributeur est prévu : vérifiez qui a payé chacune "
                "(le versement d'un contributeur ne couvre que les échéances)."
            ),
            self.payer_box,
        )
        payer_label.setWordWrap(True)
        self.contributions = PayerTable(self.payer_box)
        box = QVBoxLayout(self.payer_box)
        box.setContentsMargins(0, 0, 0, 0)
        add_all(box, payer_label, (self.contributions, 1))
        self.payer_box.hide()

        buttons = QHBoxLayout()
        add_all(buttons, 1, self.check_button, self.import_button, close)
        layout = QVBoxLayout(self)
        add_all(
            layout,
            file_row,
            mapping,
            self.summary,
            (self.payer_box, 1),
            (self.rejected, 1),
            self.error,
            buttons,
        )

        browse.clicked.connect(self.browse)
        self.read_button.clicked.connect(self.read_file)
        self.path.returnPressed.connect(self.read_file)
        self.check_button.clicked.connect(self.check)
        self.contributions.marked.connect(self._show_summary)
        self.import_button.clicked.connect(self.do_import)
        close.clicked.connect(self.close)
        for combo in self.combos.values():
            combo.currentIndexChanged.connect(lambda *_: self.import_button.setEnabled(False))

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Export comptable des règlements"),
            "",
            self.tr("Exports (*.csv *.txt *.xlsx);;Tous les fichiers (*)"),
        )
        if name:
            self.path.setText(name)
            self.read_file()

    def read_file(self) -> bool:
        self.error.hide()
        self.import_button.setEnabled(False)
        try:
            self.table = plans.read_payments(self.path.text().strip())
        except UserError as exc:
            self._fail(translate_message(exc.message))
            return False
        proposed = plans.propose_payment_mapping(self.table.headers)
        for key, combo in self.combos.items():
            fill_columns(combo, self.table.headers, proposed.get(key), self.tr("(non importé)"))
        self.summary.setText(
            self.tr("{rows} dans « {name} ».").format(
                rows=translate_message(tabular.lines_read_counted(len(self.table.rows))),
                name=Path(self.table.source).name,
            )
        )
        return True

    def mapping(self) -> dict[str, int | None]:
        return {key: column_of(combo) for key, combo in self.combos.items()}

    def check(self) -> bool:
        self.error.hide()
        if self.table is None and not self.read_file():
            return False
        try:
            self.report = plans.dry_run_payments(self._db, self._actor, self.table, self.mapping())
        except UserError as exc:
            self._fail(translate_message(exc.message))
            return False
        r = self.report
        self._show_summary()
        self.contributions.show_report(r)
        self.payer_box.setVisible(bool(r.payable_by_contributors))
        self.contributions.resizeRowsToContents()  # a warning is read whole
        set_rows(
            self.rejected,
            [
                (str(line.line), _tr_message(message))
                for line in r.rejected
                for message in line.messages
            ],
        )
        self.import_button.setEnabled(r.accepted_count > 0)
        return True

    def _show_summary(self) -> None:
        """« 2 règlements valides pour 997,70 €, dont 1 versement d'un contributeur… ;
        1 ligne rejetée. »"""
        r = self.report
        if r is None:
            return
        amount = format_money_fr(r.total_amount)
        if r.contributions:
            amount = self.tr("{amount}, {contributions}").format(
                amount=amount,
                contributions=translate_message(plans.contributions_counted(len(r.contributions))),
            )
        self.summary.setText(
            self.tr("{accepted} pour {amount} ; {rejected}.").format(
                accepted=translate_message(
                    counted(
                        r.accepted_count,
                        QT_TRANSLATE_NOOP("messages", "{n} règlement valide"),
                        QT_TRANSLATE_NOOP("messages", "{n} règlements valides"),
                        QT_TRANSLATE_NOOP("messages", "aucun règlement valide"),
                    )
                ),
                amount=amount,
                rejected=translate_message(tabular.rejected_counted(r.rejected_count)),
            )
        )

    def do_import(self) -> bool:
        if self.report is None:
            return False
        try:
            self.result = plans.apply_payments(self._db, self._actor, self.report)
        except UserError as exc:
            self._fail(translate_message(exc.message))
            return False
        res = self.result
        text = " ".join(translate_message(m) for m in res.summary())
        self.summary.setText(text)
        self.import_button.setEnabled(False)
        self.payer_box.hide()
        self.report = None
        self.imported.emit(res.imported)
        return True
