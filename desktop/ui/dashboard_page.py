"""The "Tableaux de bord" page: a report's figures for a period and an agency, with its
charts, and its export to PDF or Excel in the background with a progress dialog.

The figures are computed off the GUI thread (a one-thread ``QThreadPool`` owned by the
page): each request gets a generation number, a newer request supersedes the older ones
(their results are ignored), and changing a filter while a computation runs asks for
the new figures. The export runs in a ``doc_worker.Task``; its progress dialog can be
cancelled: the export stops at its next progress step (the report files are written
atomically, so no partial file is left) and a file it has already written is removed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QDate,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import config
from desktop.domain.errors import UserError
from desktop.domain.oserrors import os_reason
from desktop.reports.charts import render_svg
from desktop.reports.figures import (
    Chart,
    Kind,
    ReportData,
    Table,
    format_value,
)
from desktop.services import agencies, attribution, reports
from desktop.services.context import Actor, today
from desktop.storage.db import Database
from desktop.ui.doc_worker import Task, track_reader
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import (
    FlowLayout,
    add_all,
    labelled,
    message_label,
    progress_dialog,
    push_button,
    save_file_name,
)
from desktop.ui.widgets.choices import refill
from desktop.ui.widgets.form import label
from desktop.ui.widgets.messages import error_text, m

CHART_WIDTH = 600


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def default_period(on: dt.date) -> tuple[dt.date, dt.date]:
    """The last twelve months: from the 1st of the month eleven months back to ``on``."""
    month = on.month - 11
    year = on.year
    if month <= 0:
        month += 12
        year -= 1
    return dt.date(year, month, 1), on


class FigureTable(QTableWidget):
    """A report table shown whole (no inner scroll bar), numbers right-aligned, total
    row in bold."""

    def __init__(self, table: Table, parent=None):
        rows = [*table.rows, *([table.total] if table.total is not None else [])]
        super().__init__(len(rows), len(table.columns), parent)
        self.setObjectName(f"table_{table.key}")
        self.figure_table = table
        self.setHorizontalHeaderLabels([m(c.label) for c in table.columns])
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(table.columns)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        bold = QFont()
        bold.setBold(True)
        for r, values in enumerate(rows):
            for c, (value, column) in enumerate(zip(values, table.columns)):
                text = format_value(value, column.kind)
                if column.kind is Kind.TEXT and isinstance(value, str):
                    text = m(value)
                item = QTableWidgetItem(text)
                if column.kind is not Kind.TEXT:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if table.total is not None and r == len(rows) - 1:
                    item.setFont(bold)
                self.setItem(r, c, item)
        row_height = self.fontMetrics().height() + 10
        for r in range(len(rows)):
            self.setRowHeight(r, row_height)
        height = (
            self.horizontalHeader().sizeHint().height()
            + 2 * self.frameWidth()
            + sum(self.rowHeight(r) for r in range(len(rows)))
            + 2
        )
        self.setFixedHeight(max(height, 40))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""


class ChartView(QSvgWidget):
    """A report chart: the same SVG as in the PDF, drawn by Qt SVG."""

    def __init__(self, chart: Chart, parent=None):
        super().__init__(parent)
        self.setObjectName(f"chart_{chart.key}")
        self.chart = chart
        self.svg = render_svg(chart, CHART_WIDTH)
        self.load(QByteArray(self.svg.encode("utf-8")))
        size = self.renderer().defaultSize()
        self.setFixedSize(size)
        self.setToolTip(m(chart.title))


class _ExportCancelled(Exception):
    """Raised in the export worker at its next progress step once the user cancelled."""


def _file_signature(path: Path) -> tuple[int, int, int] | None:
    """What tells a file apart from the one written later at the same place."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_ino, stat.st_mtime_ns, stat.st_size


class _FiguresRelay(QObject):
    """Carries a computation's outcome from the pool thread to the GUI thread (queued):
    ``done(generation, data, error)``."""

    done = Signal(int, object, object)


class _FiguresJob(QRunnable):
    """Compute one request's figures in a pool thread; never touches a widget."""

    def __init__(self, fn, generation: int, relay: _FiguresRelay):
        super().__init__()
        self.fn = fn
        self.generation = generation
        self.relay = relay

    def run(self) -> None:
        data, error = None, None
        try:
            data = self.fn()
        except BaseException as exc:
            error = exc
        try:
            self.relay.done.emit(self.generation, data, error)
        except RuntimeError:  # the page (and its relay) is gone: nobody waits for it
            pass


def export_file_name(data: ReportData, suffix: str) -> str:
    """The file an export proposes: the title of the report shown, its period and its
    agency (``Conges-recus-par-motif-01-01-2026-au-30-06-2026-LIB.pdf``); a yearly
    report, its scope and year (``Objectifs-d-attribution-CA-Exemple-2026.xlsx``)."""
    from desktop.documents.files import safe_filename

    if attribution.yearly_report(data.name) is not None:
        return (
            f"{safe_filename(m(data.title), 50)}-{safe_filename(data.agency_label, 40)}-"
            f"{data.date_from.year}{suffix}"
        )
    agency = f"-{data.agency_code}" if data.agency_code else ""
    return (
        f"{safe_filename(m(data.title), 50)}-{data.date_from:%d-%m-%Y}-au-"
        f"{data.date_to:%d-%m-%Y}{agency}{suffix}"
    )


class DashboardPage(QWidget):
    """Pick a report, a period and an agency; read its figures and charts; export."""

    exported = Signal(str)

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self.db = db
        self.actor = actor
        self.data: ReportData | None = None
        self.task: Task | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.progress_seen: list[int] = []
        self.last_export: Path | None = None
        self.last_error: str = ""
        self.heading: QLabel | None = None
        self.tables: dict[str, FigureTable] = {}
        self.charts: dict[str, ChartView] = {}
        self.export_cancelled = False
        self.preview_exports = True  # a PDF export ends on its preview
        self._export_target: Path | None = None
        self._export_before: tuple[int, int, int] | None = None
        # Figures: one computation at a time in the page's own pool (created before the
        # relay so that, the page being destroyed, the pool waits for its job first).
        self.figures_pool = QThreadPool(self)
        self.figures_pool.setMaxThreadCount(1)
        track_reader(self)  # its figures finished before the base is closed
        self._relay = _FiguresRelay(self)
        self._relay.done.connect(self._figures_done)
        self.generation = 0  # of the latest request; older results are ignored
        self.computing = False
        self.computed_request: tuple[str, dt.date, dt.date, str | None] | None = None
        self._restart = QTimer(self)  # a filter changed during a computation
        self._restart.setSingleShot(True)
        self._restart.setInterval(250)
        self._restart.timeout.connect(self.refresh)

        self.report = QComboBox(self)
        self.report.setObjectName("reportChoice")
        for info in reports.report_infos():
            self.report.addItem(m(info.title), info.name)
        # The yearly reports: their scope is an EPCI or a reservation holder, and a year.
        for yearly in attribution.YEARLY_REPORTS:
            self.report.addItem(m(yearly.title), yearly.name)
        start, end = default_period(today())
        self.date_from = QDateEdit(_qdate(start), self)
        self.date_from.setObjectName("dateFrom")
        self.date_to = QDateEdit(_qdate(end), self)
        self.date_to.setObjectName("dateTo")
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
        self.agency = QComboBox(self)
        self.agency.setObjectName("agencyChoice")
        self._fill_agencies()
        self.refresh_button = push_button(self.tr("Afficher"), self, "refreshReport", default=True)
        self.pdf_button = push_button(self.tr("Exporter en PDF…"), self, "exportPdf")
        self.xlsx_button = push_button(self.tr("Exporter en Excel…"), self, "exportXlsx")

        self.scope = QComboBox(self)
        self.scope.setObjectName("scopeChoice")
        self.scope.setMinimumContentsLength(18)
        self.scope_label = QLabel(self)
        self.year = QSpinBox(self)
        self.year.setObjectName("yearChoice")
        self.year.setRange(2000, 2100)
        self.year.setValue(today().year)

        bar = FlowLayout()
        bar.addWidget(labelled(self, self.tr("Rapport"), self.report))
        period = labelled(self, self.tr("Du"), self.date_from)
        period.layout().addWidget(QLabel(self.tr("au"), period))
        period.layout().addWidget(self.date_to)
        self.period_box = period
        bar.addWidget(period)
        self.agency_box = labelled(self, self.tr("Agence"), self.agency)
        bar.addWidget(self.agency_box)
        self.scope_box = labelled(self, self.scope_label, self.scope)
        bar.addWidget(self.scope_box)
        self.year_box = labelled(self, self.tr("Année"), self.year)
        bar.addWidget(self.year_box)
        bar.addWidget(self.refresh_button)
        self.busy = QLabel(self.tr("Calcul en cours…"), self)
        self.busy.setObjectName("reportBusy")
        self.busy.setStyleSheet("color: #1f4e79; font-style: italic;")
        self.busy.hide()
        bar.addWidget(self.busy)

        self.description = label(self, name="reportDescription")
        self.description.setStyleSheet("color: #4a515b;")
        self.error = message_label(self, "reportError")
        self.status = label(self, name="exportStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.body = QWidget(self)
        self.body.setObjectName("reportBody")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(4, 4, 12, 4)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.body)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)

        bottom = QHBoxLayout()
        add_all(bottom, (self.status, 1), self.pdf_button, self.xlsx_button)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Tableaux de bord"), self)
        title.setStyleSheet("font-size: 16pt; font-weight: bold; color: #1f4e79;")
        add_all(layout, title, bar, self.description, self.error, (self.scroll, 1), bottom)

        self.refresh_button.clicked.connect(self.refresh)
        self.report.currentIndexChanged.connect(self._describe)
        self.report.currentIndexChanged.connect(self._scope_shown)
        self.report.currentIndexChanged.connect(self._filters_changed)
        self.agency.currentIndexChanged.connect(self._filters_changed)
        self.scope.currentIndexChanged.connect(self._filters_changed)
        self.year.valueChanged.connect(self._year_changed)
        self.year.valueChanged.connect(self._filters_changed)
        self.date_from.dateChanged.connect(self._filters_changed)
        self.date_to.dateChanged.connect(self._filters_changed)
        self.pdf_button.clicked.connect(lambda: self.ask_export(".pdf"))
        self.xlsx_button.clicked.connect(lambda: self.ask_export(".xlsx"))
        self._describe()
        self._scope_shown()
        self._set_export_enabled(False)

    # ----------------------------------------------------------------- filters
    def _fill_agencies(self) -> None:
        self.agency.clear()
        views = agencies.list_agencies(self.db)
        if self.actor.agency_scoped:
            own = [a for a in views if a.id == self.actor.agency_id]
            for a in own:
                self.agency.addItem(f"{a.code} — {a.name}", a.code)
            self.agency.setEnabled(False)
            return
        self.agency.addItem(self.tr("Toutes les agences"), None)
        for a in sorted(views, key=lambda v: v.code):
            self.agency.addItem(f"{a.code} — {a.name}", a.code)

    def _describe(self) -> None:
        name = self.report.currentData()
        info = next((i for i in reports.report_infos() if i.name == name), None)
        info = info or attribution.yearly_report(name)
        self.description.setText(m(info.description) if info else "")

    def yearly(self) -> attribution.YearlyReport | None:
        """The yearly report chosen (targets, flow), ``None`` for a report of a period."""
        return attribution.yearly_report(self.report.currentData())

    def _scope_shown(self, *_args) -> None:
        """A yearly report asks for its scope (EPCI or holder) and a year instead of a
        period and an agency."""
        yearly = self.yearly()
        self.period_box.setVisible(yearly is None)
        self.agency_box.setVisible(yearly is None)
        self.scope_box.setVisible(yearly is not None)
        self.year_box.setVisible(yearly is not None)
        if yearly is not None:
            self.scope_label.setText(m(yearly.scope_label))
            self._fill_scopes()

    def _year_changed(self, *_args) -> None:
        yearly = self.yearly()
        if yearly is not None and yearly.scope == "holder":  # the holders of that year
            self._fill_scopes()

    def _fill_scopes(self) -> None:
        yearly = self.yearly()
        try:
            names = attribution.yearly_scopes(self.db, self.actor, yearly.name, self.year.value())
        except UserError as exc:
            names = []
            self._show_error(exc)
        refill(self.scope, [(name, name) for name in names])

    def select(
        self, name: str, date_from: dt.date, date_to: dt.date, agency: str | None = None
    ) -> None:
        """Set the filters (as a user would) without computing."""
        self.report.setCurrentIndex(self.report.findData(name))
        self.date_from.setDate(_qdate(date_from))
        self.date_to.setDate(_qdate(date_to))
        if agency is not None and self.agency.isEnabled():
            self.agency.setCurrentIndex(self.agency.findData(agency))

    def select_yearly(self, name: str, scope: str, year: int) -> None:
        """Choose a yearly report, its year and its scope (as a user would)."""
        self.report.setCurrentIndex(self.report.findData(name))
        self.year.setValue(year)
        self.scope.setCurrentIndex(self.scope.findData(scope))

    def request(self) -> tuple[str, dt.date, dt.date, str | None]:
        """The report, its period and its agency; a yearly report: its year and scope."""
        if self.yearly() is not None:
            year = self.year.value()
            return (
                self.report.currentData(),
                dt.date(year, 1, 1),
                dt.date(year, 12, 31),
                self.scope.currentData(),
            )
        return (
            self.report.currentData(),
            _date(self.date_from.date()),
            _date(self.date_to.date()),
            self.agency.currentData(),
        )

    # ----------------------------------------------------------------- figures
    def refresh(self) -> None:
        """Compute the figures of the current filters in the background; a request made
        meanwhile supersedes this one. The figures appear when ready (``computing``
        false, ``computed_request`` the request they answer)."""
        self._restart.stop()
        self.generation += 1
        request = self.request()
        name, date_from, date_to, agency = request
        db, actor = self.db, self.actor
        self.figures_pool.clear()  # superseded requests not started yet are dropped

        yearly = self.yearly() is not None

        def compute():
            if yearly:
                data = attribution.build_yearly_report(db, actor, name, agency, date_from.year)
            else:
                data = reports.build_report(db, actor, name, date_from, date_to, agency)
            return request, data

        self._set_computing(True)
        self.figures_pool.start(_FiguresJob(compute, self.generation, self._relay))

    def _filters_changed(self, *_args) -> None:
        """Another report, period or agency: the figures shown no longer answer the
        filters, so they go (and the exports with them) and the new ones are computed
        after a short pause (typing a date changes it several times)."""
        if self.computing:  # the figures on their way answer an outdated request
            self.generation += 1
        if self.data is not None and self.computed_request != self.request():
            self.data = None
            self.computed_request = None
            self.heading = None
            self._clear()
            self.tables, self.charts = {}, {}
        self._set_export_enabled(False)
        if self.isVisible() or self.computing:
            self._restart.start()

    def showEvent(self, event) -> None:
        """The figures load when the page opens (and again if the filters changed
        while it was hidden)."""
        super().showEvent(event)
        if self.yearly() is not None:  # EPCIs and holders may have appeared meanwhile
            self._fill_scopes()
        if not self.computing and (self.data is None or self.computed_request != self.request()):
            self.refresh()

    def _set_computing(self, computing: bool) -> None:
        self.computing = computing
        self.refresh_button.setEnabled(not computing)
        self.busy.setVisible(computing)
        if computing:
            self.error.hide()
            self.body.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.body.unsetCursor()
        self._set_export_enabled(self.data is not None)

    def _figures_done(self, generation: int, result, error) -> None:
        if generation != self.generation:
            return  # superseded: a newer request is (or will be) computed
        self._set_computing(False)
        if error is not None:
            self.data = None
            self.computed_request = None
            self._clear()
            self._set_export_enabled(False)
            self._show_error(error)
            return
        request, data = result
        if request != self.request():  # the filters moved on meanwhile
            self._restart.start()
            return
        self.computed_request = request
        self.show_data(data)

    def wait_figures(self, ms: int = 60_000) -> bool:
        """Process events until the latest figures are shown (for scripts and tests)."""
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.start(ms)
        while (self.computing or self._restart.isActive()) and deadline.isActive():
            QCoreApplication.processEvents()
            self.figures_pool.waitForDone(10)
        return not self.computing

    def _show_error(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc, " ", with_message=True))
        self.error.show()

    def _clear(self) -> None:
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
            elif item.layout() is not None:
                self._drop_layout(item.layout())

    def _drop_layout(self, layout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
            elif item.layout() is not None:
                self._drop_layout(item.layout())

    def show_data(self, data: ReportData) -> None:
        self.data = data
        self._clear()
        self.tables: dict[str, FigureTable] = {}
        self.charts: dict[str, ChartView] = {}
        period = data.period_label
        if attribution.yearly_report(data.name) is not None:
            period = self.tr("année {year}").format(year=data.date_from.year)
        heading = QLabel(
            self.tr("{title} — {period} — {agency}").format(
                title=m(data.title), period=period, agency=m(data.agency_label)
            ),
            self.body,
        )
        heading.setObjectName("reportHeading")
        self.heading = heading
        heading.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.body_layout.addWidget(heading)
        figures = QGridLayout()
        figures.setSpacing(8)
        self.key_figures: list[QFrame] = []
        for i, k in enumerate(data.key_figures):
            box = QFrame(self.body)
            box.setObjectName("keyFigure")
            box.setStyleSheet(
                "QFrame#keyFigure { background: #f5f7fa; border: 1px solid "
                "#d5dbe3; border-top: 3px solid #f0a202; }"
            )
            inner = QVBoxLayout(box)
            value = QLabel(format_value(k.value, k.kind), box)
            value.setObjectName("keyFigureValue")
            value.setStyleSheet("font-size: 15pt; font-weight: bold; color: #1f4e79; border: none;")
            label = QLabel(m(k.label) + (f" ({m(k.detail)})" if k.detail else ""), box)
            label.setWordWrap(True)
            label.setStyleSheet("border: none;")
            inner.addWidget(value)
            inner.addWidget(label)
            figures.addWidget(box, i // 6, i % 6)
            self.key_figures.append(box)
        self.body_layout.addLayout(figures)
        for number, section in enumerate(data.sections, start=1):
            title = QLabel(f"{number}. {m(section.title)}", self.body)
            title.setStyleSheet(
                "font-size: 13pt; font-weight: bold; color: #1f4e79; "
                "margin-top: 14px; border-bottom: 2px solid #1f4e79;"
            )
            self.body_layout.addWidget(title)
            if section.charts:
                row = QHBoxLayout()
                for chart in section.charts:
                    column = QVBoxLayout()
                    caption = QLabel(m(chart.title), self.body)
                    caption.setStyleSheet("font-weight: bold;")
                    view = ChartView(chart, self.body)
                    self.charts[chart.key] = view
                    add_all(column, caption, view, 1)
                    row.addLayout(column)
                row.addStretch(1)
                self.body_layout.addLayout(row)
            for table in section.tables:
                caption = QLabel(m(table.title), self.body)
                caption.setStyleSheet("font-weight: bold; margin-top: 6px;")
                self.body_layout.addWidget(caption)
                widget = FigureTable(table, self.body)
                self.tables[table.key] = widget
                self.body_layout.addWidget(widget)
                if table.note:
                    note = QLabel(m(table.note), self.body)
                    note.setWordWrap(True)
                    note.setStyleSheet("color: #5f6670; font-size: 8pt;")
                    self.body_layout.addWidget(note)
        for text in data.notes:
            note = QLabel("• " + m(text), self.body)
            note.setWordWrap(True)
            note.setStyleSheet("color: #5f6670;")
            self.body_layout.addWidget(note)
        self.body_layout.addStretch(1)
        self._set_export_enabled(True)

    # ----------------------------------------------------------------- export
    def _set_export_enabled(self, enabled: bool) -> None:
        enabled = enabled and not self.running and not self.computing
        self.pdf_button.setEnabled(enabled)
        self.xlsx_button.setEnabled(enabled)

    @property
    def running(self) -> bool:
        return self.task is not None and self.task.thread.isRunning()

    def ask_export(self, suffix: str) -> None:
        if self.data is None:
            return
        folder = config.output_dir()
        default = Path(folder) / export_file_name(self.data, suffix)
        kind = (
            self.tr("Document PDF (*.pdf)")
            if suffix == ".pdf"
            else self.tr("Classeur Excel (*.xlsx)")
        )
        path = save_file_name(self, self.tr("Exporter le rapport"), str(default), kind, suffix)
        if not path:
            return
        self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the report shown to ``path`` in the background, with a progress dialog."""
        if self.data is None or self.running:
            return
        data = self.data
        name, date_from, date_to, agency = data.name, data.date_from, data.date_to, data.agency_code
        yearly = attribution.yearly_report(name) is not None
        self.last_export = None
        self.last_error = ""
        self.progress_seen = []
        self.export_cancelled = False
        self._export_target = path
        self._export_before = _file_signature(path)
        self.progress_dialog = progress_dialog(
            self,
            self.tr("Préparation du rapport…"),
            self.tr("Annuler"),
            self.tr("Export du rapport"),
            "exportProgress",
            self.cancel_export,
        )
        db, actor = self.db, self.actor

        def work(progress, cancelled):
            def report(fraction, text):
                if cancelled():  # stop at the next step; the writers leave no partial file
                    raise _ExportCancelled()
                progress((fraction, text))

            if yearly:  # the scope shown (EPCI or holder) and its year
                return attribution.export_yearly_report(
                    db,
                    actor,
                    name,
                    data.agency_label,
                    date_from.year,
                    path,
                    progress=report,
                    data=data,
                )
            return reports.export_report(
                db, actor, name, date_from, date_to, agency, path, progress=report, data=data
            )

        self.task = Task(work, self)
        self.task.progressed.connect(self._progress)
        self.task.succeeded.connect(self._done)
        self.task.failed.connect(self._failed)
        # Once the worker thread has ended (``running`` false), exports are offered again.
        self.task.thread.finished.connect(lambda: self._set_export_enabled(self.data is not None))
        self._set_export_enabled(False)
        self.status.setText(self.tr("Export en cours…"))
        self.task.start()

    def cancel_export(self) -> None:
        """The progress dialog's "Annuler": stop waiting, discard the file."""
        if self.progress_dialog is None or self.task is None or self.export_cancelled:
            return
        self.export_cancelled = True
        self.task.cancel()
        self._close_progress()
        self.status.setText(self.tr("Export annulé."))
        if not self.running:  # the worker ended before the cancellation reached us
            self._discard_export()

    def _discard_export(self) -> None:
        """Remove the file the cancelled export wrote (never the file that was there
        before it, if the export did not get to replace it)."""
        target, self._export_target = self._export_target, None
        if target is None:
            return
        if target.exists() and _file_signature(target) != self._export_before:
            try:
                target.unlink()
            except OSError as exc:
                self.status.setText(
                    self.tr(
                        "Export annulé, mais le fichier {path} n'a pas pu être supprimé : {error}"
                    ).format(path=target, error=translate_message(os_reason(exc)))
                )

    def _progress(self, value) -> None:
        if self.export_cancelled:
            return
        fraction, text = value
        self.progress_seen.append(int(fraction * 1000))
        dialog = self.progress_dialog
        if dialog is not None:  # (setValue of a modal dialog processes pending events)
            dialog.setLabelText(m(text) + "…")
            dialog.setValue(int(fraction * 1000))

    def _close_progress(self) -> None:
        dialog, self.progress_dialog = self.progress_dialog, None
        if dialog is not None:  # (closing emits ``canceled``: ignored, dialog forgotten)
            dialog.close()
            dialog.deleteLater()

    def _export_ended(self) -> bool:
        """The export's worker ended: ``False`` if it had been cancelled (its file then
        discarded), else the progress dialog closed and ``True``."""
        if self.export_cancelled:
            self._discard_export()
            return False
        self._export_target = None
        self._close_progress()
        return True

    def _done(self, path) -> None:
        if not self._export_ended():
            return
        self.last_export = Path(path)
        self.status.setText(self.tr("Rapport enregistré : {path}").format(path=path))
        self.exported.emit(str(path))
        if self.last_export.suffix.lower() == ".pdf" and self.preview_exports:
            from desktop.ui.pdf_viewer import show_pdf

            show_pdf(self.last_export, self)

    def _failed(self, exc: BaseException) -> None:
        if not self._export_ended():
            return
        text = error_text(exc, " ", with_message=True)
        self.last_error = text
        self.status.setText(text)
        QMessageBox.warning(self, self.tr("Export du rapport"), text)

    def finish(self, ms: int) -> bool:
        """The figures not started dropped, the one computing waited for
        (``doc_worker.wait_running``). False when it still runs after ``ms``."""
        self.figures_pool.clear()
        return self.figures_pool.waitForDone(ms)

    def wait(self, ms: int = 120_000) -> None:
        if self.task is not None:
            self.task.wait(ms)
        self.figures_pool.waitForDone(ms)
