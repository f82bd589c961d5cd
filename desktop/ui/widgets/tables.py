"""Read-only tables: one row selected at a time, the row's data in its first cell."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QWidget,
)


def rows_table(
    parent: QWidget, name: str, headers: list[str], *, single: bool = False, even: bool = False
) -> QTableWidget:
    """A read-only table of ``headers`` named ``name``, selected by whole rows (one at a
    time when ``single``), without row numbers; its columns share its width equally when
    ``even``."""
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    if even:
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    return table


def plain_table(
    parent: QWidget, name: str, headers: list[str], widths: tuple[int, ...] = ()
) -> QTableWidget:
    """A read-only, one-row-selection table, alternate row colours, no row numbers; the
    last column takes the room left. ``widths``: the first columns' starting widths."""
    table = rows_table(parent, name, headers, single=True)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    return table


def read_only_table(
    parent: QWidget,
    name: str,
    headers: list[str],
    stretch: int | None = None,
    widths: dict[int, int] | None = None,
    give_way: Sequence[int | Sequence[int]] | None = None,
) -> QTableWidget:
    """A ``plain_table`` whose columns share its width (``share_width``): their content's
    width, ``stretch`` taking the room left; on a narrow screen ``give_way`` (by default
    ``stretch``, the column of long text) shrinks first, then the widest, elided, their
    tooltip showing them whole. ``widths``: starting widths only, before the table is
    shown."""
    table = plain_table(parent, name, headers)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column, width in (widths or {}).items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    if stretch is not None:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    if give_way is None:
        give_way = () if stretch is None else (stretch,)
    # (``widths``: where the columns start, before data)
    share_width(table, stretch, give_way=give_way)
    return table


def fitted_table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    """A ``rows_table`` (one row selected) whose columns fit their contents, the last
    stretched, every column in sight on a laptop (issue 15)."""
    table = rows_table(parent, name, headers, single=True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    share_width(table)
    return table


def share_width(
    view: QTableView,
    stretch: int | None = None,
    *,
    settle: int = 0,
    give_way: Sequence[int | Sequence[int]] = (),
) -> None:
    """Every column of ``view`` in sight, without a horizontal scroll bar, on a laptop
    screen (issue 15): the columns take their content's width while the view is wide
    enough (the room left goes to ``stretch``, else to the widest column); when it is
    not, the widest columns shrink first, down to their title's width, their texts
    elided with the full text as tooltip. Follows the view's size and its data.

    ``settle`` (ms): once the columns have been fitted to rows, a change of the data
    fits them again only after it has stayed unchanged that long (a list read again
    at each keystroke: measuring every column costs more than reading the rows).

    ``give_way``: columns of long free text (a next action, a comment) that shrink
    first, down to their title, before a name, a date or an amount is elided; in
    their order, the first one down to its title before the next gives any room, a
    tuple of columns sharing alike (the widest capped first).

    A title needs no room for the sort arrow unless its column is the sorted one; the
    titles go on two lines as soon as the columns do not fit side by side."""
    if view.findChild(_WidthSharer) is None:
        _WidthSharer(view, stretch, settle, give_way)


class _WidthSharer(QObject):
    def __init__(
        self,
        view: QTableView,
        stretch: int | None,
        settle: int = 0,
        give_way: Sequence[int | Sequence[int]] = (),
    ):
        super().__init__(view)
        self.view = view
        self.stretch = stretch
        self.give_way = [(g,) if isinstance(g, int) else tuple(g) for g in give_way]
        self.fitted_rows = False  # fitted to rows once (then ``settle`` applies)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.apply)
        self.settled = QTimer(self)
        self.settled.setSingleShot(True)
        self.settled.setInterval(settle)
        self.settled.timeout.connect(self.apply)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.sortIndicatorChanged.connect(self.timer.start)  # the arrow moves
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
            model.headerDataChanged,
        ):
            signal.connect(self._data_changed)

    def _data_changed(self, *_args) -> None:
        (self.settled if self.fitted_rows else self.timer).start()

    def eventFilter(self, watched, event) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.timer.start()
        elif event.type() == QEvent.Type.ToolTip:
            return self._elided_tooltip(event)
        return False

    def _elided_tooltip(self, event) -> bool:
        """The full text of an elided cell that has no tooltip of its own."""
        index = self.view.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if text is None:
            return False
        text = str(text)
        width = self.view.fontMetrics().horizontalAdvance(text) + 10
        if width <= self.view.visualRect(index).width():
            return False
        QToolTip.showText(event.globalPos(), text, self.view.viewport())
        return True

    def apply(self) -> None:
        view, header = self.view, self.view.horizontalHeader()
        columns = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        available = view.viewport().width()
        if not columns or available <= 0 or not view.isVisible():
            return  # (before it is shown, a view's width means nothing yet)
        self.timer.stop()
        self.settled.stop()
        self.fitted_rows = self.fitted_rows or view.model().rowCount() > 0
        title = self._titles(header, columns)
        content = {c: view.sizeHintForColumn(c) for c in columns}
        natural = {c: max(content[c], title[c]) for c in columns}
        # titles on two lines when the columns do not fit and one title at least is
        # narrower so (a title of one word stays as wide)
        two_lines = {c: min(title[c], self._two_lines(header, c, title[c])) for c in columns}
        wrapped = sum(natural.values()) > available and two_lines != title
        self._wrap_titles(header, wrapped)
        if wrapped:
            title = two_lines
            natural = {c: max(content[c], title[c]) for c in columns}
        if sum(natural.values()) <= available:
            widths = dict(natural)
            room = self.stretch if self.stretch in natural else max(natural, key=natural.get)
            widths[room] += available - sum(natural.values())
        else:  # the free texts give way first, then the widest columns
            groups = [[c for c in g if c in natural] for g in self.give_way]
            first = [c for g in groups for c in g]
            others = [c for c in columns if c not in first]
            kept = sum(natural[c] for c in others)
            if kept + sum(title[c] for c in first) <= available:
                widths = {c: natural[c] for c in others}
                room = available - kept
                for index, group in enumerate(groups):  # the next ones keep their width
                    later = sum(natural[c] for g in groups[index + 1 :] for c in g)
                    widths.update(_capped(group, room - later, natural, title))
                    room -= sum(widths[c] for c in group)
            else:
                widths = {c: title[c] for c in first}
                widths.update(_capped(others, available - sum(widths.values()), natural, title))
        for c, width in widths.items():
            if header.sectionSize(c) != width:
                header.resizeSection(c, width)

    def _wrap_titles(self, header: QHeaderView, on: bool) -> None:
        """Titles on two lines when even they do not fit side by side; back on one
        line when they do again."""
        wrap = Qt.TextFlag.TextWordWrap.value
        if on == bool(header.defaultAlignment().value & wrap):
            return
        if on:
            self._one_line = (header.defaultAlignment(), header.minimumHeight())
            header.setDefaultAlignment(Qt.AlignmentFlag(Qt.AlignmentFlag.AlignCenter.value | wrap))
            header.setMinimumHeight(2 * header.fontMetrics().height() + 8)
        elif getattr(self, "_one_line", None) is not None:
            alignment, height = self._one_line
            header.setDefaultAlignment(alignment)
            header.setMinimumHeight(height)

    @staticmethod
    def _titles(header: QHeaderView, columns: list[int]) -> dict[int, int]:
        """The width each title needs on one line: with the sort arrow for the sorted
        column only (Qt's hint keeps room for it in every column)."""
        hints = {c: header.sectionSizeHint(c) for c in columns}
        if not header.isSortIndicatorShown():
            return hints
        blocked = header.blockSignals(True)
        header.setSortIndicatorShown(False)
        plain = {c: header.sectionSizeHint(c) for c in columns}
        header.setSortIndicatorShown(True)
        header.blockSignals(blocked)
        arrow = header.sortIndicatorSection()
        return {c: hints[c] if c == arrow else plain[c] for c in columns}

    @staticmethod
    def _two_lines(header: QHeaderView, column: int, hint: int) -> int:
        """The width a title needs on two lines (the header's height): its narrowest
        cut into two lines ("Mois de / dette"), the margins and the sort arrow if any
        (the difference between its one-line ``hint`` and its text's width)."""
        text = str(header.model().headerData(column, Qt.Orientation.Horizontal) or "")
        metrics = header.fontMetrics()
        margins = hint - metrics.horizontalAdvance(text)
        words = text.split() or [""]
        cuts = [
            max(metrics.horizontalAdvance(" ".join(part)) for part in (words[:i], words[i:]))
            for i in range(1, len(words))
        ]
        return min(cuts, default=metrics.horizontalAdvance(text)) + max(margins, 0) + 2


def _capped(
    columns: list[int], available: int, natural: dict[int, int], title: dict[int, int]
) -> dict[int, int]:
    """The widths of ``columns`` within ``available``: each column its natural width
    capped at the highest level they all fit under, never below its title's width."""
    low, high = 0, max((natural[c] for c in columns), default=0)
    while low < high:
        level = (low + high + 1) // 2
        if sum(max(title[c], min(natural[c], level)) for c in columns) <= available:
            low = level
        else:
            high = level - 1
    return {c: max(title[c], min(natural[c], low)) for c in columns}


def grow_to_content(window: QWidget, view: QTableView) -> None:
    """Once shown, ``window`` grows as much as ``view`` needs to show its columns at their
    content's width and all its rows, up to the screen's free area (less the title
    bar): on a large screen a dialog no longer keeps the size it has on a laptop,
    eliding addresses and decisions that would fit. Never smaller than it opened, kept
    on the screen; the user resizes it as he likes afterwards."""
    if window.findChild(_GrowOnShow) is None:
        _GrowOnShow(window, view)


class _GrowOnShow(QObject):
    def __init__(self, window: QWidget, view: QTableView):
        super().__init__(window)
        self.view = view
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Show:
            watched.removeEventFilter(self)
            # at the second turn of the event loop: after ``fit_to_screen``'s refit
            QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self, self.grow))
        return False

    def grow(self) -> None:
        window, view = self.parent(), self.view
        header = view.horizontalHeader()
        columns = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        wanted = sum(max(view.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in columns)
        rows = view.verticalHeader().length()
        viewport = view.viewport()
        if rows > viewport.height() and not view.verticalScrollBar().isVisible():
            wanted += view.verticalScrollBar().sizeHint().width()
        width = window.width() + max(0, wanted - viewport.width())
        height = window.height() + max(0, rows - viewport.height())
        screen = window.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            free = screen.availableGeometry()
            width, height = min(width, free.width()), min(height, free.height() - 40)
            if width > window.width() or height > window.height():
                window.resize(max(width, window.width()), max(height, window.height()))
                frame = window.frameGeometry()
                left = max(free.left(), min(frame.left(), free.right() - frame.width()))
                top = max(free.top(), min(frame.top(), free.bottom() - frame.height()))
                window.move(left, top)
        self.deleteLater()


def empty_text(view: QAbstractItemView, text: str) -> QLabel:
    """``text`` in grey in the middle of ``view`` while it has no row: what an empty
    list means, or what fills it ("Calculez l'échéancier…"), instead of a blank."""
    label = QLabel(text, view.viewport())
    label.setObjectName(f"{view.objectName()}Empty")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("color: #666;")
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    _EmptyText(view, label)
    return label


class _EmptyText(QObject):
    """Shows its label over the view's viewport while the model has no row."""

    def __init__(self, view: QAbstractItemView, label: QLabel):
        super().__init__(view)
        self.view, self.label = view, label
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.update)
        view.viewport().installEventFilter(self)
        self.update()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.update()
        return False

    def update(self, *_args) -> None:
        try:
            viewport, rows = self.view.viewport(), self.view.model().rowCount()
        except RuntimeError:  # the view is being destroyed, its model emptied
            return
        margin = 12
        self.label.setGeometry(viewport.rect().adjusted(margin, 0, -margin, 0))
        self.label.setVisible(rows == 0)


def cell(text: str, data=None, *, right: bool = False, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tooltip:
        item.setToolTip(tooltip)
    return item


def set_rows(table: QTableWidget, rows: Iterable[Sequence[str | QTableWidgetItem]]) -> None:
    """Shows ``rows`` in ``table``, a line each, in place of the lines and the selection
    it had; a text becomes a plain item, an item (``cell(...)``) is set as it is."""
    rows = list(rows)
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = value if isinstance(value, QTableWidgetItem) else QTableWidgetItem(value)
            table.setItem(row, column, item)


def selected_data(table: QTableWidget):
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def select_row_with(table: QTableWidget, data) -> bool:
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == data:
            table.selectRow(row)
            return True
    return False


def select_row_of(table: QTableWidget, keys: Sequence, key) -> bool:
    """Selects the line of ``table`` that shows the element whose key is ``key``
    (``keys``: the keys of the elements shown, in their order); False when none is."""
    if key not in keys:
        return False
    table.selectRow(list(keys).index(key))
    return True


def current_of(table: QTableWidget, rows: list):
    """The element of ``rows`` shown on ``table``'s current line, or None."""
    row = table.currentRow()
    return rows[row] if 0 <= row < len(rows) else None
