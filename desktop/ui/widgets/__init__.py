"""Small pieces every screen shares: the colours of the status, warning and error lines,
and the label that shows such a line.

Screens import the styles from here, so that an error is the same red everywhere."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Protocol, TypeVar

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import config

#: an error line (red)
ERROR_STYLE = "color: #b3261e;"
#: an input in error (red frame), see ``tenant_file.FieldRow``
ERROR_FIELD_STYLE = "border: 1px solid #b3261e; background: #fdecea;"
#: an action went through (green)
OK_STYLE = "color: #1b6e20;"
#: a warning: something to check before going on (amber)
WARNING_STYLE = "color: #8a5300;"

__all__ = [
    "ERROR_FIELD_STYLE",
    "ERROR_STYLE",
    "OK_STYLE",
    "WARNING_STYLE",
    "ElidedLabel",
    "FlowLayout",
    "add_all",
    "fit_to_screen",
    "flow",
    "hbox",
    "labelled",
    "line_edit",
    "message_label",
    "ok_cancel",
    "open_on_enter",
    "open_rows",
    "page_layout",
    "push_button",
    "raised",
    "remember_split",
    "save_cancel",
    "save_file_name",
    "scrolled",
    "search_into_list",
    "split",
    "tab_leaves",
    "vbox",
]


class ElidedLabel(QLabel):
    """A one-line label that gives way on a narrow window: its text is elided
    (``mode``: in the middle for a path) instead of cut, the full text as tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None, mode=None):
        super().__init__(text, parent)
        self._mode = mode or Qt.TextElideMode.ElideRight
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:
        return QSize(80, super().minimumSizeHint().height())

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        text = self.fontMetrics().elidedText(self.text(), self._mode, self.contentsRect().width())
        painter.drawText(self.contentsRect(), int(self.alignment()), text)


def message_label(
    parent: QWidget,
    name: str,
    style: str = ERROR_STYLE,
    *,
    hidden: bool = True,
    selectable: bool = False,
) -> QLabel:
    """A word-wrapped line for a status, a warning or an error, named ``name`` (the
    tests find it by that name) and coloured by ``style``.

    It stays hidden until there is something to say, unless ``hidden`` is False (a line
    that is always there, empty when all is well). ``selectable``: the user can select
    its text with the mouse, to copy an error into a message."""
    lab = QLabel(parent)
    lab.setObjectName(name)
    lab.setStyleSheet(style)
    lab.setWordWrap(True)
    if selectable:
        lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if hidden:
        lab.hide()
    return lab


def ok_cancel(
    dialog: QDialog, name: str, text: str = "", on_ok: Callable[[], object] | None = None
) -> tuple[QDialogButtonBox, QPushButton]:
    """The OK and Cancel buttons of ``dialog`` and its OK button, named ``name`` and
    saying ``text`` (Qt's "OK" when empty). OK calls ``on_ok`` (``dialog.accept`` when
    None: the dialog checks and saves in its ``accept``); Cancel closes the dialog."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setObjectName(name)
    if text:
        ok.setText(text)
    buttons.accepted.connect(on_ok or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok


_Dialog = TypeVar("_Dialog", bound=QDialog)


class _DialogHolder(Protocol):
    dialog: QDialog | None


def open_dialog(
    holder: _DialogHolder, dialog: _Dialog, on_accepted: Callable[[_Dialog], object] | None = None
) -> _Dialog:
    """Opens ``dialog`` window-modal and returns it, kept in ``holder.dialog`` (the
    last dialog the screen opened: it lives on after the call, and the tests reach it
    there); ``on_accepted(dialog)`` once it is accepted (it saved)."""
    holder.dialog = dialog
    if on_accepted is not None:
        dialog.accepted.connect(lambda: on_accepted(dialog))
    dialog.open()
    return dialog


def progress_dialog(
    parent: QWidget, label: str, cancel: str, title: str, name: str, on_cancel: Callable[[], object]
) -> QProgressDialog:
    """The progress of a cancellable ``Task`` (``desktop.ui.doc_worker``), shown at once
    and window-modal: a range of 1,000 steps for the fractions the work reports, kept
    open at the end (the caller closes it with the result); ``cancel``, the text of
    its button, calls ``on_cancel``."""
    dialog = QProgressDialog(label, cancel, 0, 1000, parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    dialog.canceled.connect(on_cancel)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    dialog.show()
    return dialog


def save_cancel(
    dialog: QDialog, on_save: Callable[[], object], *, ok: bool = False
) -> QDialogButtonBox:
    """The Save (``ok``: OK) and Cancel buttons of ``dialog``: Save calls ``on_save``
    (which checks, saves and closes the dialog when all went well), Cancel closes it."""
    accept = QDialogButtonBox.StandardButton.Ok if ok else QDialogButtonBox.StandardButton.Save
    buttons = QDialogButtonBox(accept | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def push_button(
    text: str,
    parent: QWidget,
    name: str,
    *,
    tooltip: str = "",
    enabled: bool = True,
    default: bool = False,
) -> QPushButton:
    """A button saying ``text``, named ``name`` (the tests find it by that name);
    ``enabled``: False for an action that waits for a selection or a result;
    ``default``: the button Enter presses in a dialog."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    if tooltip:
        button.setToolTip(tooltip)
    if not enabled:
        button.setEnabled(False)
    if default:
        button.setDefault(True)
    return button


class _HintedLineEdit(QLineEdit):
    """A one-line input that asks for the room to show its placeholder whole (Qt's
    hint is 17 "x", which cut "Ex. : Agence Bordeaux Nord" in a small dialog); it can
    still shrink below that on a narrow screen."""

    #: the widest a placeholder makes the input ask for
    MAX_HINT = 420

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        text = self.placeholderText()
        if text:
            metrics = self.fontMetrics()
            padding = hint.width() - 17 * metrics.horizontalAdvance("x")
            wanted = metrics.horizontalAdvance(text) + padding + 2
            hint.setWidth(max(hint.width(), min(wanted, self.MAX_HINT)))
        return hint

    def setPlaceholderText(self, text: str) -> None:
        super().setPlaceholderText(text)
        self.updateGeometry()  # (an example that changes with a choice: its room too)


def line_edit(parent: QWidget, name: str, placeholder: str = "") -> QLineEdit:
    """A one-line input named ``name``, showing ``placeholder`` while empty (and asking
    for the room to show it whole)."""
    edit = _HintedLineEdit(parent)
    edit.setObjectName(name)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def add_all(layout: QLayout | QStackedWidget, *items) -> QLayout | QStackedWidget:
    """Adds ``items`` to ``layout`` in their order: a widget, a layout, a number (a
    stretch of that factor, ``addStretch``) or a pair (widget or layout, its stretch).
    ``layout`` may also be a stacked widget: ``items`` are then its pages."""
    for item in items:
        stretch: tuple[int, ...] = ()
        if isinstance(item, tuple):
            item, *rest = item
            stretch = tuple(rest)
        if isinstance(item, int):
            layout.addStretch(item)
        elif isinstance(item, QLayout):
            layout.addLayout(item, *stretch)
        else:
            layout.addWidget(item, *stretch)
    return layout


def page_layout(page: QWidget, title: str, *items) -> QVBoxLayout:
    """The layout of a page of the main window: its ``title`` (rich text, ``<h2>…</h2>``)
    over ``items`` (as :func:`add_all` takes them)."""
    layout = QVBoxLayout(page)
    add_all(layout, QLabel(title, page), *items)
    return layout


def split(parent: QWidget, *panes, sizes: Sequence[int] = (), vertical: bool = False) -> QSplitter:
    """A splitter in ``parent`` between ``panes`` (a widget, or a pair: the widget and its
    stretch factor), side by side (``vertical``: one above the other), ``sizes`` their
    first sizes in pixels."""
    orientation = Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal
    splitter = QSplitter(orientation, parent)
    for index, pane in enumerate(panes):
        widget, *stretch = pane if isinstance(pane, tuple) else (pane,)
        splitter.addWidget(widget)
        if stretch:
            splitter.setStretchFactor(index, *stretch)
    if sizes:
        splitter.setSizes(list(sizes))
    return splitter


def remember_split(
    splitter: QSplitter, key: str, fit: Callable[[QSplitter], list[int]] | None = None
) -> None:
    """The split the user chose for ``splitter`` kept between openings of its window:
    saved in the settings file (``splits`` by ``key``) when the window closes, once he
    has moved it; given back when it shows again, in proportion to its width then.
    ``fit``: the sizes to take when it shows while the user has chosen none (from its
    panes' needs at the screen's size), rather than the fixed first ones."""
    if splitter.findChild(_SplitKeeper) is None:
        _SplitKeeper(splitter, key, fit)


class _SplitKeeper(QObject):
    def __init__(self, splitter: QSplitter, key: str, fit: Callable[[QSplitter], list[int]] | None):
        super().__init__(splitter)
        self._key = key
        self._fit = fit
        self._moved = False
        saved = config.load_settings().get("splits", {})
        saved = saved.get(key) if isinstance(saved, dict) else None
        valid = isinstance(saved, list) and len(saved) == splitter.count()
        self._saved = saved if valid and all(isinstance(n, int) and n > 0 for n in saved) else None
        self._chosen = self._saved is not None  # (by the user, now or before)
        splitter.splitterMoved.connect(self._user_moved)
        splitter.installEventFilter(self)

    def _user_moved(self, *_args) -> None:
        self._moved = self._chosen = True

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Show and self._saved:
            watched.setSizes(self._saved)  # (shown: its width is the window's)
            self._saved = None
        elif event.type() == QEvent.Type.Show and self._fit is not None and not self._chosen:
            watched.setSizes(self._fit(watched))
        elif event.type() == QEvent.Type.Hide and self._moved:
            self._moved = False
            settings = config.load_settings()
            splits = settings.get("splits")
            settings["splits"] = {
                **(splits if isinstance(splits, dict) else {}),
                self._key: watched.sizes(),
            }
            try:
                config.save_settings(settings)
            except OSError:
                pass  # (a read-only profile: the split is not kept, nothing else lost)
        return False


def vbox(box: QWidget, *items) -> QWidget:
    """Lays ``items`` (as :func:`add_all` takes them) out in ``box``, one under the
    other and without margins, and returns ``box``: a pane of a splitter, a page of a
    stack, whose frame is already its container's."""
    return _unframed(QVBoxLayout(box), items)


def hbox(box: QWidget, *items) -> QWidget:
    """:func:`vbox` side by side: a pair of choices, a field and its button."""
    return _unframed(QHBoxLayout(box), items)


def flow(box: QWidget, *items) -> QWidget:
    """:func:`hbox` that wraps: the items that do not fit beside the first go under
    it in a narrow window (a field and its example whole on a laptop)."""
    return _unframed(FlowLayout(box), items)


def _unframed(layout: QLayout, items: tuple) -> QWidget:
    layout.setContentsMargins(0, 0, 0, 0)
    add_all(layout, *items)
    return layout.parentWidget()


class FlowLayout(QLayout):
    """A row of widgets that wraps onto the next line when the window is narrow (the
    button and filter rows of the pages, so that a 1,280 × 720 screen at 125 % shows
    them all). Qt's own "flow layout" example, with the spacing of the style."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6):
        super().__init__(parent)
        self._items: list = []
        self._spacing = spacing
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:
        self._items.append(item)

    def addStretch(self, stretch: int = 0) -> None:
        return None

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._do_layout(QRect(0, 0, width, 0), test_only=True)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._do_layout(rect, test_only=False)

    def sizeHint(self) -> QSize:
        width = sum(i.sizeHint().width() + self._spacing for i in self._items if _shown(i))
        height = max((i.sizeHint().height() for i in self._items if _shown(i)), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            if _shown(item):
                size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _do_layout(self, rect: QRect, test_only: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            if not _shown(item):
                continue
            hint = item.sizeHint()
            next_x = x + hint.width() + self._spacing
            if next_x - self._spacing > area.right() + 1 and line_height > 0:
                x = area.x()
                y += line_height + self._spacing
                next_x = x + hint.width() + self._spacing
                line_height = 0
            if not test_only:
                item.setGeometry(
                    QRect(
                        QPoint(x, y),
                        hint.boundedTo(
                            QSize(max(area.width(), item.minimumSize().width()), hint.height())
                        ),
                    )
                )
            x = next_x
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + m.bottom()


def _shown(item) -> bool:
    widget = item.widget()
    return widget is None or not widget.isHidden()


def labelled(parent: QWidget, label: str | QLabel, field: QWidget) -> QWidget:
    """A label and its field kept together on one line of a :class:`FlowLayout`."""
    box = QWidget(parent)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    if isinstance(label, str):
        label = QLabel(label, box)
    label.setBuddy(field)
    row.addWidget(label)
    row.addWidget(field)
    return box


def save_file_name(parent: QWidget, title: str, default: str, filters: str, suffix: str) -> str:
    """The file the user chooses to write (``default``: the name proposed), ending in
    ``suffix`` (".xlsx", ".pdf": added when he did not type it); "" when he cancels."""
    path, _ = QFileDialog.getSaveFileName(parent, title, default, filters)
    if path and not path.lower().endswith(suffix):
        path += suffix
    return path


class _WholeWidthArea(QScrollArea):
    """A scroll area never narrower than its widget's minimum: it scrolls up and down
    only (a form beside a splitter's handle)."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        widget = self.widget()
        if widget is None:
            return hint
        bar = self.verticalScrollBar().sizeHint().width()
        width = widget.minimumSizeHint().width() + bar + 2 * self.frameWidth()
        return QSize(max(hint.width(), width), hint.height())


def scrolled(widget: QWidget, *, whole_width: bool = False) -> QScrollArea:
    """``widget`` in a frameless scroll area that follows its size: a tab or a page that
    scrolls on a small screen instead of making its window larger than the screen.
    ``whole_width``: it scrolls up and down only, never narrower than ``widget``'s
    minimum (a form in a splitter the user moves)."""
    area = (_WholeWidthArea if whole_width else QScrollArea)(widget.parentWidget())
    area.setObjectName(f"{widget.objectName() or 'page'}Scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width`` × ``height``, or to the screen's free area when
    that is smaller (a laptop at 125 %: 1,024 × 576), leaving room for the title bar.

    Before its first show a window can report a larger minimum than once shown (the
    main window: 1,074 px, then 941 px at 125 %): it is fitted again just after it is
    first shown, or it would open wider than the screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width = min(width, free.width())
        height = min(height, free.height() - 40)
    window.resize(max(width, window.minimumSizeHint().width()), height)
    if not window.isVisible() and window.findChild(_RefitOnShow) is None:
        _RefitOnShow(window, width, height)


_Window = TypeVar("_Window", bound=QWidget)


def raised(windows: Mapping[object, _Window], key: object) -> _Window | None:
    """The window of ``windows`` already open for ``key`` (a file, a session), brought to
    the front; None when there is none, for the caller to open one."""
    window = windows.get(key)
    if window is not None:
        window.raise_()
        window.activateWindow()
    return window


class _RefitOnShow(QObject):
    """Fits its window again once, at the first turn of the event loop after it shows."""

    def __init__(self, window: QWidget, width: int, height: int):
        super().__init__(window)
        self._size = (width, height)
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Show:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._refit)
        return False

    def _refit(self) -> None:
        window = self.parent()
        width, height = self._size
        if window.width() > width:
            window.resize(max(width, window.minimumSizeHint().width()), window.height())
        self.deleteLater()


def open_on_enter(view: QAbstractItemView, slot: Callable[[], object]) -> None:
    """Enter (either key) on a list opens its selected row, as a double click does."""
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        shortcut = QShortcut(QKeySequence(key), view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(slot)


def open_rows(view: QAbstractItemView, slot: Callable[[], object]) -> None:
    """A double click or Enter (either key) on a row of ``view`` calls ``slot``."""
    view.doubleClicked.connect(lambda *_: slot())
    open_on_enter(view, slot)


class _IntoList(QObject):
    """Down/Up (and Page Down) in a search box move into its list of results."""

    def __init__(self, view: QAbstractItemView):
        super().__init__(view)
        self._view = view

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Down,
            Qt.Key.Key_Up,
            Qt.Key.Key_PageDown,
        ):
            model = self._view.model()
            if model is None or model.rowCount() == 0:
                return False
            current = self._view.currentIndex()
            if not current.isValid():
                row = model.rowCount() - 1 if event.key() == Qt.Key.Key_Up else 0
                self._view.setCurrentIndex(model.index(row, 0))
            self._view.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return False


def search_into_list(search: QWidget, view: QAbstractItemView) -> None:
    """Down or Up in ``search`` goes to ``view`` (its current row, else the first)."""
    search.installEventFilter(_IntoList(view))


def tab_leaves(view: QAbstractItemView) -> None:
    """Tab and Shift+Tab leave a grid for the next field instead of walking its cells
    (arrows still move between cells)."""
    view.setTabKeyNavigation(False)
