"""The *Grilles de cotation* tab: the EPCIs' grids and their versions, criteria
edited while unused, import/export as JSON or Excel, the example grid."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.caleol import candidates_counted
from desktop.domain.cotation import Criterion, CriterionSource, format_points
from desktop.domain.errors import UserError
from desktop.domain.formatting import (
    format_date_fr,
    parse_decimal_fr,
)
from desktop.domain.i18n import Message
from desktop.services import cotation
from desktop.services.context import Actor
from desktop.storage.db import Database
from desktop.ui.cotation.common import (
    _add_row,
    _error,
    _export,
    _table,
    _text,
)
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import add_all, push_button
from desktop.ui.widgets.form import label

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
        self.example_button = push_button(self.tr("Grille d'exemple…"), self, "exampleGrid")
        self.import_button = push_button(self.tr("Importer…"), self, "importGrid")
        self.export_button = push_button(self.tr("Exporter…"), self, "exportGrid")
        self.version_button = push_button(self.tr("Nouvelle version…"), self, "newGridVersion")
        add_all(
            buttons,
            self.example_button,
            self.import_button,
            self.export_button,
            self.version_button,
            1,
        )
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
        self.save_button = push_button(self.tr("Enregistrer la grille"), self, "saveGrid")
        add_all(edit, self.add_button, self.remove_button, 1)
        edit.addWidget(self.save_button)
        layout.addLayout(edit)
        self.note = label(self, name="gridNote")
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
                    "Cette version a servi à coter {n} : elle ne peut plus changer ; créez "
                    "une nouvelle version."
                ).format(n=translate_message(candidates_counted(v.used)))
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
        self._add_grid(lambda: cotation.install_example_grid(self.db, self.actor, epci))

    def import_file(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Importer une grille"), "", self.tr("Grille (*.json *.xlsx)")
            )
        if not path:
            return
        self._add_grid(lambda: cotation.import_grid(self.db, self.actor, path))

    def _add_grid(self, call) -> None:
        """``call()`` adds a grid (or a version of one): it is shown selected, or the refusal
        is said."""
        try:
            gid = call()
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
                self, self.tr("Nouvelle version"), self.tr("En vigueur à partir du (jj/mm/aaaa) :")
            )
            if not ok:
                return
            try:
                valid_from = dt.datetime.strptime(text.strip(), "%d/%m/%Y").date()
            except ValueError:
                QMessageBox.warning(
                    self,
                    self.tr("Nouvelle version"),
                    self.tr("Date attendue au format jj/mm/aaaa."),
                )
                return
        self._add_grid(lambda: cotation.new_grid_version(self.db, self.actor, v.id, valid_from))
