"""DOCX to PDF through Microsoft Word's COM automation (Windows, pywin32).

The fallback converter when LibreOffice is not installed. Word runs out of process
(WINWORD.EXE) and COM must not share the GUI's thread, so the conversion lives in its
own worker process (``multiprocessing``, spawn: the frozen executable re-enters itself,
installer/launcher.py). A batch starts ONE Word instance (``DispatchEx``: a private
one, never the user's open Word), converts every document with it, and quits it at the
end, on cancel (``stop`` is checked between documents) and on error. If the worker
itself hangs or dies, the parent kills it and the Word process it started.

``factory`` names the function that opens Word (``module:function``), so that the
orchestration can be checked off Windows with a fake Word (tests/test_word_converter.py);
the real one is exercised on the Windows runner when Word is installed.
"""

from __future__ import annotations

import contextlib
import importlib
import multiprocessing
import os
import queue
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from desktop.domain.errors import UserError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message

PDF_FORMAT = 17  # wdExportFormatPDF
DO_NOT_SAVE = 0  # wdDoNotSaveChanges
STALL_SECONDS = 120.0  # no answer from the worker for this long: Word is stuck
START_SECONDS = 180.0  # Word's first start on a fresh profile is slow
QUIT_SECONDS = 30.0

OnDone = Callable[[Path, "Path | None", "Message | None"], None]
Cancelled = Callable[[], bool]


def _m(text: str, **params) -> Message:
    return Message(text, params)


# --------------------------------------------------------------------------- Windows


def word_installed() -> bool:
    """Word's COM class is registered (Windows) and pywin32 is there to drive it."""
    if os.name != "nt":
        return False
    try:
        import winreg

        with winreg.OpenKey(winreg.HKEY_CLASSES_ROOT, r"Word.Application\CLSID"):
            pass
        import win32com.client  # noqa: F401  # type: ignore[import-not-found]
    except (OSError, ImportError):
        return False
    return True


def _winword_pids() -> set[int]:
    """The running WINWORD.EXE processes (tasklist, no console window)."""
    out = subprocess.run(
        ["tasklist", "/FI", "IMAGENAME eq WINWORD.EXE", "/FO", "CSV", "/NH"],
        capture_output=True,
        text=True,
        errors="replace",  # the console's OEM code page, not the ANSI one Python reads
        creationflags=0x08000000,
        timeout=30,
    )
    pids = set()
    for line in out.stdout.splitlines():
        fields = [f.strip('"') for f in line.split('","')]
        if len(fields) > 1 and fields[1].isdigit():
            pids.add(int(fields[1]))
    return pids


def open_word():
    """In the worker process: (Word.Application, its process id or None, cleanup)."""
    import pythoncom  # type: ignore[import-not-found]
    import win32com.client  # type: ignore[import-not-found]

    pythoncom.CoInitialize()
    before = _winword_pids()
    app = win32com.client.DispatchEx("Word.Application")  # a new, private instance
    started = _winword_pids() - before
    return app, (started.pop() if len(started) == 1 else None), pythoncom.CoUninitialize


def _kill(pid: int | None) -> None:
    if pid is None:
        return
    if os.name == "nt":
        subprocess.run(
            ["taskkill", "/F", "/T", "/PID", str(pid)],
            capture_output=True,
            creationflags=0x08000000,
            timeout=30,
        )
    else:  # the fake Word of the tests
        import signal

        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)


# --------------------------------------------------------------------------- worker


def _resolve(factory: str):
    module, _, name = factory.partition(":")
    return getattr(importlib.import_module(module), name)


def _worker(factory: str, docs: list[str], out_dir: str, stop, results) -> None:
    """The worker process: one Word for all ``docs``, quit whatever happens."""
    try:
        app, pid, cleanup = _resolve(factory)()
    except Exception as exc:  # Word missing, licence dialog, COM refused...
        results.put(("fatal", f"{type(exc).__name__}: {exc}"))
        return
    results.put(("started", pid))
    try:
        app.Visible = False
        app.DisplayAlerts = 0
        for index, doc in enumerate(docs):
            if stop.is_set():
                break
            pdf = Path(out_dir) / f"{Path(doc).stem}.pdf"
            try:
                document = app.Documents.Open(str(Path(doc).resolve()), False, True, False)
                try:
                    document.ExportAsFixedFormat(str(pdf.resolve()), PDF_FORMAT)
                finally:
                    document.Close(DO_NOT_SAVE)
                results.put(("done", index, str(pdf)))
            except Exception as exc:  # this document only
                results.put(("failed", index, str(exc)))
    finally:
        with contextlib.suppress(Exception):
            app.Quit(DO_NOT_SAVE)
        with contextlib.suppress(Exception):
            cleanup()
        results.put(("quit", pid))


# --------------------------------------------------------------------------- parent


class WordConverter:
    """Converts a list of DOCX with one Word instance in a worker process."""

    name = "Microsoft Word"

    def __init__(
        self,
        factory: str = "desktop.documents.word:open_word",
        stall_seconds: float = STALL_SECONDS,
    ):
        self.factory = factory
        self.stall_seconds = stall_seconds
        self.word_pid: int | None = None
        self.word_quit = False

    def convert(
        self, docs: list[Path], out_dir: Path, on_done: OnDone, cancelled: Cancelled = lambda: False
    ) -> None:
        """``on_done(doc, pdf, None)`` per success, ``on_done(doc, None, message)`` per
        failure; returns early (Word closed) when ``cancelled()``."""
        docs = list(docs)
        if not docs:
            return
        out_dir.mkdir(parents=True, exist_ok=True)
        context = multiprocessing.get_context("spawn")
        stop = context.Event()
        results = context.Queue()
        process = context.Process(
            target=_worker,
            args=(self.factory, [str(d) for d in docs], str(out_dir), stop, results),
            daemon=True,
            name="parcours-word",
        )
        process.start()
        self.word_pid, self.word_quit = None, False
        stuck = False
        started = time.monotonic()
        last = started
        try:
            while True:
                if cancelled() and not stop.is_set():
                    stop.set()  # the worker ends the current document and quits Word
                try:
                    kind, *rest = results.get(timeout=0.2)
                except queue.Empty:
                    limit = (
                        START_SECONDS
                        if self.word_pid is None and last == started
                        else self.stall_seconds
                    )
                    if not process.is_alive() or time.monotonic() - last > limit:
                        stuck = process.is_alive()
                        break  # died or stuck: the finally clause cleans up
                    continue
                last = time.monotonic()
                if kind == "started":
                    self.word_pid = rest[0]
                elif kind == "done":
                    on_done(docs[rest[0]], Path(rest[1]), None)
                elif kind == "failed":
                    on_done(
                        docs[rest[0]],
                        None,
                        _m(
                            QT_TRANSLATE_NOOP(
                                "messages",
                                "Microsoft Word n'a pas pu convertir ce document : {error}",
                            ),
                            error=rest[1],
                        ),
                    )
                elif kind == "fatal":
                    raise UserError(
                        _m(
                            QT_TRANSLATE_NOOP(
                                "messages", "Microsoft Word ne démarre pas : {error}"
                            ),
                            error=rest[0],
                        )
                    )
                elif kind == "quit":
                    self.word_quit = True
                    break
        finally:
            self._finish(process, stop, stuck)

    def _finish(self, process, stop, stuck: bool) -> None:
        """Word is closed however the batch ended (done, cancelled, error, stuck)."""
        stop.set()
        if not stuck:  # let the worker quit Word itself
            process.join(timeout=5 if self.word_quit else QUIT_SECONDS)
        if process.is_alive():
            process.kill()
            process.join(timeout=5)
        if not self.word_quit:
            _kill(self.word_pid)  # the worker could not quit it
