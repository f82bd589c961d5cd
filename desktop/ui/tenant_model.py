"""The tenant list as a lazily fetched Qt item model over the database.

No ``QSortFilterProxyModel``: searching, filtering and sorting are SQL. A search is
planned once (``tenants.plan_search``: one probe of the search index) and that plan
serves the first page, the pages read as the view scrolls and the count:

- pages are read by keyset (the sort key and id of the last row read), so the end of
  a long list comes as fast as its start;
- rows are held as plain tuples in blocks, and only the last ``KEEP_BLOCKS`` blocks
  used stay in memory: a block pushed out is read again, from its own keyset, when
  the view shows it again. Memory is bounded at any position of any list;
- the count of a list longer than its first page runs in a second step, in a worker
  thread, and is cancelled by the next keystroke (``countPending`` meanwhile).
"""

from __future__ import annotations

import bisect
import queue
import threading
from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from sqlalchemy.exc import SQLAlchemyError

from desktop.domain.formatting import format_money_fr
from desktop.domain.roles import Permission
from desktop.domain.tenant import senior_birth_cutoff
from desktop.services import tenants
from desktop.services.context import Actor
from desktop.services.context import today as clock_today
from desktop.services.tenants import (
    ROW_ADDRESS,
    ROW_AGENCY,
    ROW_BALANCE,
    ROW_CONTRACT,
    ROW_DWELLING,
    ROW_ELDEST,
    ROW_ID,
    ROW_ISOLATED,
    ROW_NAME,
    ROW_STATUS,
)
from desktop.storage.db import Database
from desktop.ui.doc_worker import track_reader

_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_USER = Qt.ItemDataRole.UserRole.value

PAGE = 100  # the first page of a search (what a keystroke waits for): a tall screen
BLOCK = 1000  # the pages read as the view scrolls
KEEP_BLOCKS = 12  # blocks of rows kept in memory (the others are read again if shown)
KEEP_FORMATTED = 2000  # rows whose display texts are kept ready
PAINT_WAIT = 100  # ms: a count left for after the paint starts then at the latest


class _CountRelay(QObject):
    done = Signal(int, int, bool, object)  # generation, count, capped, error


class _CountJob:
    """Count one plan in the counting thread; never touches a widget."""

    def __init__(
        self, db: Database, plan, generation: int, cancel: threading.Event, relay: _CountRelay
    ):
        self.db, self.plan, self.generation = db, plan, generation
        self.cancel, self.relay = cancel, relay
        self.result: tuple | None = None  # (count, capped, error) once done
        self.done = threading.Event()

    def run(self) -> None:
        try:
            self._run()
        finally:
            self.done.set()

    def _run(self) -> None:
        n, capped, error = 0, False, None
        if self.cancel.is_set():
            return
        try:
            n, capped = tenants.plan_count(self.db, self.plan, cancelled=self.cancel.is_set)
        except tenants.CountCancelled:
            return
        except Exception as exc:
            error = exc
        self.result = (n, capped, error)
        try:
            self.relay.done.emit(self.generation, n, capped, error)
        except RuntimeError:  # the model (and its relay) is gone: nobody waits for it
            pass


class _CountThread:
    """One long-lived thread running the counts in turn (starting a thread per
    keystroke costs more than most counts)."""

    def __init__(self):
        self._jobs: queue.Queue = queue.Queue()
        self._thread: threading.Thread | None = None

    def submit(self, job: _CountJob) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._loop, name="tenant-count", daemon=True)
            self._thread.start()
        self._jobs.put(job)

    def _loop(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            job.run()

    def stop(self, seconds: float = 5) -> None:
        if self._thread is not None and self._thread.is_alive():
            self._jobs.put(None)
            self._thread.join(seconds)

    def finish(self, ms: int) -> bool:
        """The counts asked for done and the thread ended (``doc_worker.wait_running``;
        a later count starts it again). False when one still runs after ``ms``."""
        self.stop(ms / 1000)
        return self._thread is None or not self._thread.is_alive()


class TenantListModel(QAbstractTableModel):
    countChanged = Signal(int)
    # The list is longer than its first page and its count is on its way.
    countPending = Signal(int)
    countFailed = Signal(object)  # the exception (a database error)
    readFailed = Signal(object)  # rows could not be read while scrolling

    COLUMNS = (
        ("name", "Nom"),
        ("contract", "Contrat"),
        ("dwelling", "Logement"),
        ("address", "Adresse"),
        ("agency", "Agence"),
        ("balance", "Solde"),
        (None, "Signalements"),
        ("status", "Statut"),
    )

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._query = tenants.TenantQuery()
        self._plan: tenants.ListPlan | None = None
        self._clear()
        self._total = 0
        self._capped = False
        self._counting = False
        self._job: _CountJob | None = None
        self._unsubmitted: _CountJob | None = None  # the count waiting for the paint
        # The view calls ``start_count`` once it has painted the first page (at the
        # latest after PAINT_WAIT ms, for a view not shown).
        self.count_after_paint = False
        self._agency_codes: dict[int, str] = {}
        self._today = clock_today()
        self._senior_cutoff = senior_birth_cutoff(self._today)
        self._headers = [
            self.tr("Nom"),
            self.tr("Contrat"),
            self.tr("Logement"),
            self.tr("Adresse"),
            self.tr("Agence"),
            self.tr("Solde"),
            self.tr("Signalements"),
            self.tr("Statut"),
        ]
        self._status_labels = {"ACTIF": self.tr("actif"), "CLOS": self.tr("clos")}
        self._senior = self.tr("70 ans et +")
        self._isolated = self.tr("isolé")
        self._right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._red = QBrush(QColor("#b3261e"))
        self._generation = 0
        self._cancel = threading.Event()
        self._counter = _CountThread()
        counter = self._counter  # not self: the thread ends when the model goes
        self.destroyed.connect(lambda *_: counter.stop(0))
        track_reader(counter)  # finished before the base is closed
        self._relay = _CountRelay(self)
        self._relay.done.connect(self._count_done)

    def _clear(self) -> None:
        self._starts: list[int] = []  # first row of each block
        self._keys: list[tuple | None] = []  # keyset before each block
        self._sizes: list[int] = []
        self._blocks: OrderedDict[int, list[tuple]] = OrderedDict()  # in use order
        self._formatted: dict[int, tuple] = {}
        self._rows = 0
        self._last_key: tuple | None = None
        self._exhausted = True

    # ----------------------------------------------------------------- queries
    @property
    def query(self) -> tenants.TenantQuery:
        return self._query

    @property
    def total(self) -> int:
        """The number of files of the list (waits for its count if it is running)."""
        if self._counting:
            self.start_count()
            job = self._job
            if job is not None:
                job.done.wait(60)
            if job is not None and job.result is not None:
                self._count_done(job.generation, *job.result)
        return self._total

    @property
    def capped(self) -> bool:
        """True when the text search matches more files than ``total`` says."""
        return self._capped

    @property
    def counting(self) -> bool:
        """True while the count of the list runs in the background."""
        return self._counting

    def set_agency_codes(self, codes: dict[int, str]) -> None:
        self._agency_codes = dict(codes)
        self._formatted.clear()

    def set_query(self, query: tenants.TenantQuery) -> None:
        """Run ``query``: its first page in one model reset, then its count.

        A database error raises before the model is touched: the list shown stays
        whole, and the caller says what happened.
        """
        self._cancel.set()  # a count still running is for an older search
        self._cancel = threading.Event()
        self._generation += 1
        self._counting = False
        today = clock_today()
        if not self._actor.can(Permission.TENANT_READ):  # the service would refuse
            plan, first = None, []
        else:
            plan, first = tenants.first_page(self._db, self._actor, query, PAGE + 1, on=today)
        self.beginResetModel()
        try:
            self._query, self._plan = query, plan
            self._today, self._senior_cutoff = today, senior_birth_cutoff(today)
            self._clear()
            self._exhausted = len(first) <= PAGE
            self._add_block(first[:PAGE])
        finally:
            self.endResetModel()
        if self._exhausted:
            self._total, self._capped = self._rows, False
            self.countChanged.emit(self._total)
            return
        self._total, self._capped, self._counting = self._rows, True, True
        self.countPending.emit(self._rows)
        self._job = _CountJob(self._db, plan, self._generation, self._cancel, self._relay)
        # Started once the first page is painted (``count_after_paint``; else at the
        # next turn of the event loop): the count's thread would otherwise take turns
        # with the repaint for the interpreter's lock (its statement is built in
        # Python), and a keystroke typed before then saves the count altogether.
        self._unsubmitted = self._job
        QTimer.singleShot(PAINT_WAIT if self.count_after_paint else 0, self, self.start_count)

    def start_count(self) -> None:
        """Start the count of the list shown, if it waits (see ``set_query``)."""
        job, self._unsubmitted = self._unsubmitted, None
        if job is not None and job is self._job and not job.cancel.is_set():
            self._counter.submit(job)

    def _count_done(self, generation: int, n: int, capped: bool, error) -> None:
        if generation != self._generation or not self._counting:
            return  # an older search's count, or this one's already taken
        self._counting = False
        if error is not None:
            self.countFailed.emit(error)
            return
        self._total, self._capped = n, capped
        self.countChanged.emit(self._total)

    def refresh(self) -> None:
        self.set_query(self._query)

    def shutdown(self) -> None:
        """Cancel the count in progress and wait for its thread (closing)."""
        self._cancel.set()
        self._counter.stop()

    # ----------------------------------------------------------------- rows
    def _add_block(self, rows: list[tuple]) -> None:
        if not rows:
            return
        index = len(self._starts)
        self._starts.append(self._rows)
        self._keys.append(self._last_key)
        self._sizes.append(len(rows))
        self._rows += len(rows)
        self._last_key = tenants.next_key(rows[-1])
        self._keep(index, rows)

    def _keep(self, index: int, rows: list[tuple]) -> None:
        self._blocks[index] = rows
        self._blocks.move_to_end(index)
        while len(self._blocks) > KEEP_BLOCKS:
            dropped, old = self._blocks.popitem(last=False)
            start = self._starts[dropped]
            for row in range(start, start + len(old)):
                self._formatted.pop(row, None)

    def _row(self, row: int) -> tuple | None:
        if not 0 <= row < self._rows:
            return None
        index = bisect.bisect_right(self._starts, row) - 1
        rows = self._blocks.get(index)
        if rows is None:  # pushed out of memory: read it again from its keyset
            try:
                rows = tenants.plan_page(
                    self._db, self._plan, self._keys[index], self._sizes[index]
                )
            except SQLAlchemyError as exc:  # blank cells now, read again when repainted
                self.readFailed.emit(exc)
                return None
            self._keep(index, rows)
        elif index != next(reversed(self._blocks)):
            self._blocks.move_to_end(index)
        offset = row - self._starts[index]
        return rows[offset] if offset < len(rows) else None

    def row_id(self, row: int) -> int | None:
        r = self._row(row)
        return r[ROW_ID] if r is not None else None

    def row_of(self, household_id: int) -> int | None:
        """The row of ``household_id`` among the rows held in memory."""
        for index, rows in self._blocks.items():
            for offset, r in enumerate(rows):
                if r[ROW_ID] == household_id:
                    return self._starts[index] + offset
        return None

    # ----------------------------------------------------------------- Qt API
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or self._exhausted or self._plan is None:
            return
        try:
            more = tenants.plan_page(self._db, self._plan, self._last_key, BLOCK)
        except SQLAlchemyError as exc:  # the rows shown stay; scrolling tries again
            self.readFailed.emit(exc)
            return
        if len(more) < BLOCK:
            self._exhausted = True
        if more:
            start = self._rows
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._add_block(more)
            self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def _texts(self, row: int) -> tuple | None:
        """The display texts of ``row``, formatted once and kept for repaints."""
        texts = self._formatted.get(row)
        if texts is None:
            r = self._row(row)
            if r is None:
                return None
            flags = []
            eldest = r[ROW_ELDEST]
            if eldest is not None and eldest <= self._senior_cutoff:
                flags.append(self._senior)
            if r[ROW_ISOLATED]:
                flags.append(self._isolated)
            status = r[ROW_STATUS]
            texts = (
                r[ROW_NAME],
                r[ROW_CONTRACT],
                r[ROW_DWELLING],
                r[ROW_ADDRESS],
                self._agency_codes.get(r[ROW_AGENCY], ""),
                format_money_fr(r[ROW_BALANCE]),
                ", ".join(flags),
                self._status_labels.get(status, status),
                r[ROW_BALANCE] > 0,
                r[ROW_ID],
            )
            if len(self._formatted) >= KEEP_FORMATTED:
                self._formatted.clear()
            self._formatted[row] = texts
        return texts

    def data(self, index: QModelIndex, role=0):
        # Roles compared as plain ints: comparing with the Qt enum members costs a
        # Python-level enum call each time, and data() is called for every cell and role.
        if role == _DISPLAY:
            texts = self._texts(index.row())
            return texts[index.column()] if texts is not None else None
        if role == _ALIGN:
            return self._right if index.column() == 5 else None
        if role == _FOREGROUND:
            if index.column() == 5:
                texts = self._texts(index.row())
                return self._red if texts is not None and texts[8] else None
            return None
        if role == _USER:
            texts = self._texts(index.row())
            return texts[9] if texts is not None else None
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = self.COLUMNS[column][0] or "name"
        descending = order == Qt.SortOrder.DescendingOrder
        q = self._query
        if q.sort == key and q.descending == descending:
            return
        from dataclasses import replace

        page = self.parent()
        if hasattr(page, "run_query"):  # the list page says what went wrong, if anything
            page.run_query(replace(q, sort=key, descending=descending))
        else:
            self.set_query(replace(q, sort=key, descending=descending))
