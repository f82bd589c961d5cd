"""The application's log file and what happens to an unexpected error.

The windowed Windows executable has no console: without a log file an unhandled
error on a workstation leaves no trace. ``setup_logging`` writes ``parcours.log``
(rotated: 1 Mio, five old files kept) into the user's log folder
(``desktop.config.log_dir``); ``install_excepthooks`` sends every uncaught exception,
in the main thread or another one, to that file with its traceback, then to a
``report`` callback (the GUI shows a French dialog, ``desktop.ui.crash``).

No Qt here: the CLI and the GUI share it.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path

from desktop import __version__, config

LOG_NAME = "parcours.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)-8s %(name)s [%(threadName)s] %(message)s"

log = logging.getLogger("parcours")

Report = Callable[[str, Path], None]  # (the report's text, the log file)


def log_file() -> Path:
    return config.log_dir() / LOG_NAME


class _ParcoursHandler(logging.handlers.RotatingFileHandler):
    """The handler this module installs (marked so that it is installed once).

    Windows refuses to rename a file another process has open: the log of the window
    while a command writes its own error, or an antivirus scanning it. The rollover is
    then put off and the record written to the current file, which grows a little past
    its size until a later rollover succeeds; the base class would lose every record
    from then on (its stream closed, each record's rollover failing again)."""

    def doRollover(self) -> None:
        try:
            super().doRollover()
        except OSError:
            if self.stream is None:
                self.stream = self._open()


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Log into ``log_file()`` (created as needed); returns it, or None when the
    folder cannot be written (the application still runs)."""
    path = log_file()
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, _ParcoursHandler):
            if Path(handler.baseFilename) == path.resolve():
                return path
            root.removeHandler(handler)  # the log folder changed (tests)
            handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _ParcoursHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return path


def close_logging() -> None:
    """Detach and close the log file (tests; the application keeps it to the end)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, _ParcoursHandler):
            root.removeHandler(handler)
            handler.close()


def crash_report(exc_type, exc, tb, thread: str | None = None) -> str:
    """The text written to the log and offered by "Copier le rapport"."""
    head = (
        f"Parcours {__version__} — {platform.platform()} — Python "
        f"{platform.python_version()}{' (version empaquetée)' if getattr(sys, 'frozen', False) else ''}"
    )
    where = f"Fil d'exécution : {thread}\n" if thread else ""
    return head + "\n" + where + "".join(traceback.format_exception(exc_type, exc, tb))


def install_excepthooks(report: Report | None = None) -> Callable[[], None]:
    """Route uncaught exceptions (``sys.excepthook`` and ``threading.excepthook``) to
    the log and to ``report``. Returns a function that puts the previous hooks back."""
    previous_sys, previous_threading = sys.excepthook, threading.excepthook

    def handle(exc_type, exc, tb, thread: str | None = None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous_sys(exc_type, exc, tb)
            return
        text = crash_report(exc_type, exc, tb, thread)
        path = setup_logging() or log_file()
        log.critical("Erreur inattendue\n%s", text)
        for handler in logging.getLogger().handlers:
            handler.flush()
        if report is not None:
            try:
                report(text, path)
            except Exception:  # the report itself must never raise
                log.exception("Le rapport d'erreur n'a pas pu être affiché")

    def sys_hook(exc_type, exc, tb) -> None:
        handle(exc_type, exc, tb)

    def threading_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else None
        handle(args.exc_type, args.exc_value, args.exc_traceback, name)

    sys.excepthook = sys_hook
    threading.excepthook = threading_hook

    def uninstall() -> None:
        if sys.excepthook is sys_hook:
            sys.excepthook = previous_sys
        if threading.excepthook is threading_hook:
            threading.excepthook = previous_threading

    return uninstall
