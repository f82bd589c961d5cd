"""Import of a tenant list from the ERP: file, column mapping, check, import.

Nothing is written before the last step's "Importer" button, and the import itself is
all or nothing: cancelling at any step, or during the import, leaves the base as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.domain.i18n import is_singular
from desktop.services import importer, tabular
from desktop.services.context import Actor, today
from desktop.storage.db import Database
from desktop.ui.i18n import translate, translate_message
from desktop.ui.widgets import add_all, fit_to_screen, line_edit, push_button
from desktop.ui.widgets.choices import NOT_IMPORTED, column_of, fill_columns
from desktop.ui.widgets.form import label
from desktop.ui.widgets.tables import rows_table

PAGE_FILE, PAGE_MAPPING, PAGE_REPORT = range(3)


@contextlib.contextmanager
def _wait_cursor():
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


class ImportDialog(QDialog):
    """Three steps in a stack; ``imported(count)`` is emitted after a successful import."""

    imported = Signal(int)

    def __init__(
        self, db: Database, actor: Actor, parent: QWidget | None = None, on: dt.date | None = None
    ):
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._on = on
        self._busy = False
        self.table: tabular.Table | None = None
        self.report: importer.ImportReport | None = None
        self.combos: dict[str, QComboBox] = {}
        self.fixed: dict[str, QLineEdit] = {}  # fixed values for every line

        self.setWindowTitle(self.tr("Importer des locataires"))
        fit_to_screen(self, 960, 640)

        self.step_label = QLabel(self)
        self.step_label.setObjectName("stepLabel")
        font = QFont(self.step_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.step_label.setFont(font)

        self.stack = QStackedWidget(self)
        add_all(
            self.stack,
            self._build_file_page(),
            self._build_mapping_page(),
            self._build_report_page(),
        )

        self.error_label = label(self, name="errorLabel")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()

        self.back_button = push_button(self.tr("< Précédent"), self, "backButton")
        self.next_button = push_button(self.tr("Suivant >"), self, "nextButton")
        self.import_button = push_button(self.tr("Importer"), self, "importButton")
        self.cancel_button = push_button(self.tr("Annuler"), self, "cancelButton")
        for button in (self.back_button, self.next_button, self.import_button, self.cancel_button):
            button.setAutoDefault(False)

        buttons = QHBoxLayout()
        add_all(buttons, 1, self.back_button, self.next_button, self.import_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        add_all(layout, self.step_label, (self.stack, 1), self.error_label, buttons)

        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.import_button.clicked.connect(self.run_import)
        self.cancel_button.clicked.connect(self.reject)
        self._show_page(PAGE_FILE)

    # ------------------------------------------------------------------ pages

    def _build_file_page(self) -> QWidget:
        page = QWidget(self)
        intro = label(
            page,
            self.tr(
                "Choisissez le fichier exporté de votre ERP : CSV (séparateur « ; », "
                "encodage UTF-8 ou Windows-1252) ou classeur Excel (.xlsx). La première ligne "
                "doit contenir les en-têtes de colonnes.\n\n"
                "Rien n'est enregistré avant le bouton « Importer » de la dernière étape."
            ),
        )
        self.path_edit = line_edit(page, "pathEdit")
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("Aucun fichier choisi"))
        self.browse_button = push_button(self.tr("Parcourir…"), page, "browseButton")
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(page)
        add_all(layout, intro, row, 1)
        return page

    def _build_mapping_page(self) -> QWidget:
        page = QWidget(self)
        intro = label(
            page,
            self.tr(
                "Vérifiez à quelle colonne du fichier correspond chaque champ. Les champs "
                "marqués * sont obligatoires. Une valeur fixe s'applique à toutes les lignes "
                "(par exemple l'agence, quand le fichier n'a pas cette colonne)."
            ),
        )
        self.mapping_table = QTableWidget(len(importer.TARGET_FIELDS), 4, page)
        self.mapping_table.setObjectName("mappingTable")
        self.mapping_table.setHorizontalHeaderLabels(
            [
                self.tr("Champ"),
                self.tr("Colonne du fichier"),
                self.tr("Exemple (1re ligne)"),
                self.tr("Valeur fixe"),
            ]
        )
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 260)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, target in enumerate(importer.TARGET_FIELDS):
            title = translate("messages", target.label)
            item = QTableWidgetItem(f"{title} *" if target.required else title)
            if target.required:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.mapping_table.setItem(row, 0, item)
            combo = QComboBox(self.mapping_table)
            combo.setObjectName(f"mapping_{target.key}")
            combo.currentIndexChanged.connect(lambda _i, r=row: self._show_example(r))
            self.mapping_table.setCellWidget(row, 1, combo)
            self.mapping_table.setItem(row, 2, QTableWidgetItem(""))
            fixed = line_edit(self.mapping_table, f"fixed_{target.key}")
            fixed.setMaxLength(200)
            self.mapping_table.setCellWidget(row, 3, fixed)
            self.fixed[target.key] = fixed
            self.combos[target.key] = combo
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.mapping_table, 1)
        return page

    def _build_report_page(self) -> QWidget:
        page = QWidget(self)
        self.summary_label = label(page, name="summaryLabel")
        self.rejected_table = rows_table(
            page, "rejectedTable", [self.tr("Ligne"), self.tr("Motifs du rejet")]
        )
        self.rejected_table.setWordWrap(True)
        header = self.rejected_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.rejected_table, 1)
        return page

    def _show_page(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        titles = {
            PAGE_FILE: self.tr("Étape 1 sur 3 : choisir le fichier"),
            PAGE_MAPPING: self.tr("Étape 2 sur 3 : correspondance des colonnes"),
            PAGE_REPORT: self.tr("Étape 3 sur 3 : vérification avant import"),
        }
        self.step_label.setText(titles[page])
        self.back_button.setEnabled(page != PAGE_FILE)
        self.next_button.setVisible(page != PAGE_REPORT)
        self.next_button.setEnabled(page != PAGE_FILE or self.table is not None)
        self.import_button.setVisible(page == PAGE_REPORT)
        self.import_button.setEnabled(
            page == PAGE_REPORT and self.report is not None and bool(self.report.accepted)
        )
        if page == PAGE_REPORT and self.import_button.isEnabled():
            self.import_button.setDefault(True)

    # ------------------------------------------------------------------ messages

    def _show_error(self, error: UserError | str) -> None:
        text = error if isinstance(error, str) else tabular.render(error.message, translate)
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _clear_error(self) -> None:
        self._show_error("")

    # ------------------------------------------------------------------ step 1: file

    def browse(self) -> None:
        start = str(Path(self.path_edit.text()).parent) if self.path_edit.text() else ""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choisir l'export de l'ERP"),
            start,
            self.tr(
                "Exports CSV ou Excel (*.csv *.txt *.tsv *.xlsx *.xlsm);;Tous les fichiers (*)"
            ),
        )
        if path:
            self.load_file(path)

    def load_file(self, path: str | Path) -> bool:
        """Read ``path``, propose a mapping and show it.

        Returns ``False``, with the message shown, when the file cannot be read.
        """
        self._clear_error()
        self.path_edit.setText(str(path))
        try:
            with _wait_cursor():
                table = tabular.read_table(path)
        except UserError as exc:
            self.table = None
            self.report = None
            self._show_page(PAGE_FILE)
            self._show_error(exc)
            return False
        self.table = table
        self.report = None
        self._fill_mapping(table, importer.propose_mapping(table.headers))
        self._show_page(PAGE_MAPPING)
        return True

    # ------------------------------------------------------------------ step 2: mapping

    def _fill_mapping(self, table: tabular.Table, mapping: dict[str, int | None]) -> None:
        names = list(table.headers)
        seen: dict[str, int] = {}
        for name in names:
            seen[name] = seen.get(name, 0) + 1
        columns = [
            name if seen[name] == 1 else self.tr("{name} (colonne {n})").format(name=name, n=i + 1)
            for i, name in enumerate(names)
        ]
        for key, combo in self.combos.items():
            fill_columns(combo, columns, mapping.get(key), self.tr("(non importé)"))
        for row in range(len(importer.TARGET_FIELDS)):
            self._show_example(row)

    def _show_example(self, row: int) -> None:
        key = importer.TARGET_FIELDS[row].key
        index = column_of(self.combos[key])
        text = ""
        if self.table is not None and index is not None:
            text = tabular.cell_text(self.table.rows[0].cells[index])
        self.mapping_table.item(row, 2).setText(text)

    def current_mapping(self) -> dict[str, int | None]:
        return {key: column_of(combo) for key, combo in self.combos.items()}

    def set_mapping(self, key: str, header_index: int | None) -> None:
        """Choose the column of a field (``None``: not imported), as the combo box does."""
        combo = self.combos[key]
        combo.setCurrentIndex(
            combo.findData(NOT_IMPORTED if header_index is None else header_index)
        )

    def check(self) -> bool:
        """Dry run with the current mapping; show the report. ``False`` if it could not run."""
        assert self.table is not None
        self._clear_error()
        try:
            fixed = {
                key: edit.text().strip() for key, edit in self.fixed.items() if edit.text().strip()
            }
            table, mapping = importer.with_fixed_values(self.table, self.current_mapping(), fixed)
            with _wait_cursor():
                report = importer.dry_run(
                    self._db, self._actor, table, mapping, self._on or today()
                )
        except UserError as exc:
            self._show_error(exc)
            return False
        self.report = report
        self._fill_report(report)
        self._show_page(PAGE_REPORT)
        return True

    # ------------------------------------------------------------------ step 3: report

    def _fill_report(self, report: importer.ImportReport) -> None:
        lines = [
            self.tr("Fichier « {name} » : {total}.").format(
                name=report.source,
                total=translate_message(tabular.lines_read_counted(report.total)),
            )
        ]
        if report.accepted:
            lines.append(translate_message(importer.ready_counted(report.accepted_count)) + ".")
        else:
            lines.append(self.tr("Aucune ligne ne peut être importée."))
        if report.rejected:
            lines.append(
                (
                    self.tr(
                        "{n} ligne rejetée, détaillée ci-dessous : elle ne sera pas importée. "
                        "Corrigez-la dans le fichier puis importez-le de nouveau : les contrats "
                        "déjà présents seront alors écartés."
                    )
                    if is_singular(report.rejected_count)
                    else self.tr(
                        "{n} lignes rejetées, détaillées ci-dessous : elles ne seront pas "
                        "importées. Corrigez-les dans le fichier puis importez-le de nouveau : "
                        "les contrats déjà présents seront alors écartés."
                    )
                ).format(n=report.rejected_count)
            )
        self.summary_label.setText("\n".join(lines))

        table = self.rejected_table
        table.setUpdatesEnabled(False)
        try:
            table.clearContents()
            table.setRowCount(len(report.rejected))
            for row, rejected in enumerate(report.rejected):
                line = QTableWidgetItem(str(rejected.line))
                line.setData(Qt.ItemDataRole.DisplayRole, rejected.line)
                table.setItem(row, 0, line)
                reasons = "\n".join(tabular.render(m, translate) for m in rejected.messages)
                table.setItem(row, 1, QTableWidgetItem(reasons))
            if len(report.rejected) <= 500:  # fitting thousands of rows is slow
                table.resizeRowsToContents()
        finally:
            table.setUpdatesEnabled(True)

    def run_import(self) -> None:
        """Import the accepted lines (one transaction), then emit ``imported`` and close."""
        if self.report is None or not self.report.accepted or self._busy:
            return
        self._clear_error()
        total = self.report.accepted_count
        progress = QProgressDialog(
            self.tr("Import des dossiers en cours…"), self.tr("Annuler l'import"), 0, total, self
        )
        progress.setWindowTitle(self.tr("Import"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(800)
        progress.setAutoClose(False)
        progress.setAutoReset(False)

        def on_progress(done: int, _total: int) -> bool:
            progress.setValue(done)
            QApplication.processEvents()
            return not progress.wasCanceled()

        self._set_busy(True)
        try:
            with _wait_cursor():
                count = importer.apply(self._db, self._actor, self.report, on_progress)
        except UserError as exc:
            self._show_error(exc)
            return
        finally:
            progress.close()
            progress.deleteLater()
            self._set_busy(False)
        self.imported.emit(count)
        self.accept()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (
            self.back_button,
            self.next_button,
            self.import_button,
            self.cancel_button,
            self.browse_button,
        ):
            button.setEnabled(not busy)
        if not busy:
            self._show_page(self.stack.currentIndex())

    # ------------------------------------------------------------------ navigation

    def go_next(self) -> None:
        page = self.stack.currentIndex()
        if page == PAGE_FILE:
            if self.table is None:
                self.browse()
            else:
                self._clear_error()
                self._show_page(PAGE_MAPPING)
        elif page == PAGE_MAPPING:
            self.check()

    def go_back(self) -> None:
        page = self.stack.currentIndex()
        if page > PAGE_FILE and not self._busy:
            self._clear_error()
            if page == PAGE_REPORT:
                self.report = None
            self._show_page(page - 1)

    def reject(self) -> None:
        if self._busy:  # the progress dialog's own button cancels a running import
            return
        super().reject()
