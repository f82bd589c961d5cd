"""Long document work (conversion, batches) off the GUI thread.

``Task`` runs ``fn(progress, cancelled)`` in a ``QThread``; ``progress(value)`` and
the result or the exception come back to the GUI thread as queued signals, so no
widget is ever touched from the worker. Cancelling sets a flag the work polls.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

#: The tasks started and not yet collected (``wait_running``).
_started: weakref.WeakSet[Task] = weakref.WeakSet()
#: The other threads reading the base for a page (the tenant list's counts, the
#: dashboard's figures): each has ``finish(ms) -> bool`` (its work ended or dropped,
#: False when still running after ``ms``).
_readers: weakref.WeakSet = weakref.WeakSet()


def track_reader(reader) -> None:
    """Have ``wait_running`` finish ``reader`` too (see ``_readers``)."""
    _readers.add(reader)


def wait_running(ms: int = 10_000) -> bool:
    """Cancel the tasks still running and wait for them, and for the pages' other
    readers (``ms`` each at most): before the database they read is closed, when the
    main window closes or a test ends, so that no worker is left holding one of its
    connections. False when one is still running."""
    done = True
    for task in list(_started):
        try:
            task.cancel()
            done = task.wait(ms) and done
        except RuntimeError:  # its Qt objects are deleted: it has finished
            pass
    for reader in list(_readers):
        try:
            done = reader.finish(ms) and done
        except RuntimeError:  # a page's pool already deleted with the page
            pass
    return done


class Task(QObject):
    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, fn: Callable, parent: QObject | None = None):
        super().__init__(None)
        self._fn = fn
        self._cancel = threading.Event()
        self.thread = QThread(parent)
        self.moveToThread(self.thread)
        self.thread.started.connect(self._run)
        # Direct: the thread ends as soon as the work does (QThread.quit is thread-safe),
        # not when the GUI thread gets round to a queued call: "is it still running?"
        # must not stay true long after the result has been handled, and the thread
        # ends even while the GUI thread is blocked waiting for it (wait_running).
        self.finished.connect(self.thread.quit, Qt.ConnectionType.DirectConnection)

    def start(self) -> None:
        _started.add(self)
        self.thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, ms: int = 60_000) -> bool:
        return self.thread.wait(ms)

    @Slot()
    def _run(self) -> None:
        try:
            result = self._fn(self.progressed.emit, self._cancel.is_set)
        except BaseException as exc:  # handed to the GUI thread, shown there
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            self.finished.emit()


def start_task(
    call: Callable[[], object],
    parent: QObject,
    succeeded: Callable[[object], object],
    failed: Callable[[BaseException], object],
) -> Task:
    """``call()`` run off the GUI thread (it neither reports progress nor polls for a
    cancel), started; its result goes to ``succeeded``, its exception to ``failed``."""
    task = Task(lambda _progress, _cancelled: call(), parent)
    task.succeeded.connect(succeeded)
    task.failed.connect(failed)
    task.start()
    return task
