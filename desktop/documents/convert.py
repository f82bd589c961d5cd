"""DOCX to PDF through a real word processor.

LibreOffice headless where it is found: one ``soffice`` process converts a whole list
of documents (starting it costs about a second; each letter then takes a tenth), with
its own profile folder (``-env:UserInstallation``) so that it neither collides with a
LibreOffice the user has open nor with another conversion. A batch may use two such
processes (two profiles) on two cores. Progress is read from soffice's output: it
prints ``convert A -> B`` as it starts each document, so a document is finished when
the next one starts or when the process ends. A document that makes soffice crash or
hang is retried alone once, then reported as failed; the others go on.

Microsoft Word (through COM with pywin32, in its own process: ``desktop.documents.word``)
is the fallback on Windows when LibreOffice is absent.

Call these functions from a worker thread, never from the GUI thread.
"""

from __future__ import annotations

import contextlib
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop import config
from desktop.domain.errors import UserError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message

OnDone = Callable[[Path, "Path | None", "Message | None"], None]
Cancelled = Callable[[], bool]

# Windows limits a command line to 32,767 characters.
MAX_COMMAND_CHARS = 30_000 if os.name == "nt" else 200_000
# soffice 7.4 silently stops after about 240 files of one command line (exit code 0):
# a long list goes through several processes of at most this many files.
MAX_FILES_PER_RUN = 200
STALL_SECONDS = 90.0  # no output for this long: soffice is stuck
START_SECONDS = 120.0  # first start of a fresh profile is slow


class ConversionUnavailable(UserError):
    pass


def _m(text: str, **params) -> Message:
    return Message(text, params)


# --------------------------------------------------------------------------- discovery


# Where the LibreOffice installer records its program folder (value "" = the key's
# default value), in the 64-bit view, then the 32-bit one (a 32-bit LibreOffice on a
# 64-bit Windows), then for a per-user installation.
LIBREOFFICE_REGISTRY_KEYS = (
    ("HKEY_LOCAL_MACHINE", r"SOFTWARE\LibreOffice\UNO\InstallPath"),
    ("HKEY_LOCAL_MACHINE", r"SOFTWARE\WOW6432Node\LibreOffice\UNO\InstallPath"),
    ("HKEY_CURRENT_USER", r"SOFTWARE\LibreOffice\UNO\InstallPath"),
)

RegistryReader = Callable[[str, str], "str | None"]


def read_windows_registry(hive: str, key: str) -> str | None:
    """The default value of ``hive\\key`` as text, or None (Windows only)."""
    if os.name != "nt":
        return None
    import winreg

    try:
        with winreg.OpenKey(
            getattr(winreg, hive), key, 0, winreg.KEY_READ | winreg.KEY_WOW64_64KEY
        ) as handle:
            value, _kind = winreg.QueryValueEx(handle, "")
    except OSError:
        return None
    return str(value) if value else None


def _soffice_in(install_path: str) -> str:
    """``InstallPath`` is LibreOffice's ``program`` folder (or, in old versions, the
    executable itself)."""
    path = install_path.strip().strip('"').rstrip("\\/")
    return path if path.lower().endswith(".exe") else str(Path(path) / "soffice.exe")


def find_soffice(registry: RegistryReader | None = None) -> str | None:
    """LibreOffice's ``soffice``, looked for as Windows does: the settings
    (``libreoffice_path``), ``PARCOURS_SOFFICE``, PATH, then the registry
    (``HKLM\\SOFTWARE\\LibreOffice\\UNO\\InstallPath``, its WOW6432Node view, HKCU),
    then Program Files. ``registry`` replaces the Windows registry reader (tests)."""
    candidates: list[str] = []
    configured = config.load_settings().get("libreoffice_path")
    if configured:
        candidates.append(str(configured))
    if os.environ.get("PARCOURS_SOFFICE"):
        candidates.append(os.environ["PARCOURS_SOFFICE"])
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            candidates.append(found)
    if registry is None and os.name == "nt":
        registry = read_windows_registry
    if registry is not None:
        for hive, key in LIBREOFFICE_REGISTRY_KEYS:
            value = registry(hive, key)
            if value:
                candidates.append(_soffice_in(value))
    if os.name == "nt":
        for base in (
            os.environ.get("ProgramFiles", r"C:\Program Files"),
            os.environ.get("ProgramFiles(x86)", r"C:\Program Files (x86)"),
        ):
            candidates.append(str(Path(base) / "LibreOffice" / "program" / "soffice.exe"))
    elif sys.platform == "darwin":
        candidates.append("/Applications/LibreOffice.app/Contents/MacOS/soffice")
    for c in candidates:
        if c and Path(c).is_file():
            return c
    return None


def word_available() -> bool:
    """Microsoft Word is installed (its COM class registered) and can be driven."""
    from desktop.documents.word import word_installed

    return word_installed()


def converter_name() -> str | None:
    """``LibreOffice``, ``Microsoft Word`` or None."""
    if find_soffice():
        return "LibreOffice"
    if word_available():
        return "Microsoft Word"
    return None


def no_converter_hint() -> Message:
    """Why the PDF option is greyed out when this workstation has no converter."""
    return _m(QT_TRANSLATE_NOOP("messages", "Installez LibreOffice ou Word pour produire des PDF."))


def pdf_skipped_notice() -> Message:
    """Said after a letter or a batch asked for PDF on a workstation without converter:
    the DOCX files were made and registered, no PDF."""
    return _m(
        QT_TRANSLATE_NOOP(
            "messages",
            "PDF non produit : ni LibreOffice ni Microsoft Word n'est installé sur ce "
            "poste. Le courrier Word (DOCX) est enregistré. Installez LibreOffice ou Word pour "
            "produire des PDF.",
        )
    )


def unavailable_error() -> ConversionUnavailable:
    return ConversionUnavailable(
        _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "Impossible de produire le PDF : ni LibreOffice ni Microsoft Word n'a été "
                "trouvé sur ce poste. Installez LibreOffice ou Word pour produire des PDF, ou indiquez "
                "l'emplacement de LibreOffice dans les réglages (libreoffice_path).",
            )
        )
    )


# --------------------------------------------------------------------------- profiles


class _ProfileSlot:
    """An exclusive LibreOffice profile folder (locked while a soffice uses it)."""

    def __init__(self, base: Path | None = None):
        shared = os.environ.get("PARCOURS_LIBREOFFICE_PROFILES")
        self.base = base or (Path(shared) if shared else config.data_dir() / "libreoffice")
        self.path: Path | None = None
        self._lock_file = None

    def __enter__(self) -> Path:
        self.base.mkdir(parents=True, exist_ok=True)
        for slot in range(16):
            candidate = self.base / f"profile-{slot}"
            handle = open(self.base / f"profile-{slot}.lock", "a+b")
            if _try_lock(handle):
                self._lock_file = handle
                self.path = candidate
                return candidate
            handle.close()
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages", "Trop de conversions PDF en cours sur ce poste ; réessayez."
                )
            )
        )

    def __exit__(self, *exc) -> None:
        if self._lock_file is not None:
            _unlock(self._lock_file)
            self._lock_file.close()


def _try_lock(handle) -> bool:
    try:
        if os.name == "nt":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _unlock(handle) -> None:
    with contextlib.suppress(OSError):
        if os.name == "nt":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


# --------------------------------------------------------------------------- processes


def own_group() -> dict:
    """``Popen`` arguments that start soffice in its own process group, so that the
    whole of it (the launcher and ``soffice.bin``) can be ended with the batch."""
    if os.name == "nt":
        # CREATE_NO_WINDOW | CREATE_NEW_PROCESS_GROUP
        return {"creationflags": 0x08000000 | 0x00000200}
    return {"start_new_session": True}


def kill_tree(proc: subprocess.Popen) -> None:
    """End ``proc`` and every process of its group (see ``own_group``)."""
    if os.name == "nt":
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            subprocess.run(
                ["taskkill", "/T", "/F", "/PID", str(proc.pid)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=10,
                creationflags=0x08000000,
            )
    else:
        import signal

        with contextlib.suppress(OSError):
            os.killpg(proc.pid, signal.SIGKILL)  # its session: pgid == its pid
    with contextlib.suppress(OSError):
        proc.kill()


def kill_leftover_group(pid: int) -> bool:
    """End the process group of a soffice started by a batch that was killed (its pid
    recorded in the batch's staging folder); True when one was ended. Only a process
    that still is a soffice is touched (a recycled pid is left alone)."""
    if os.name == "nt" or pid <= 0:
        return False  # Windows: the orphan ends when it writes to its closed pipe
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False  # gone (or no /proc: nothing known, nothing done)
    if b"soffice" not in cmdline and b"oosplash" not in cmdline:
        return False
    import signal

    try:
        os.killpg(pid, signal.SIGKILL)
    except OSError:
        return False
    return True


# --------------------------------------------------------------------------- LibreOffice


@dataclass
class _Run:
    finished: list[Path]
    crashed: bool
    cancelled: bool
    current: int | None  # index of the document being converted when it stopped
    output: str = ""


def _chunks(docs: list[Path]) -> Iterable[list[Path]]:
    chunk: list[Path] = []
    length = 0
    for doc in docs:
        size = len(str(doc)) + 3
        if chunk and (length + size > MAX_COMMAND_CHARS or len(chunk) >= MAX_FILES_PER_RUN):
            yield chunk
            chunk, length = [], 0
        chunk.append(doc)
        length += size
    if chunk:
        yield chunk


class LibreOfficeConverter:
    """Converts lists of DOCX files with one soffice process per list."""

    name = "LibreOffice"

    def __init__(
        self,
        soffice: str | None = None,
        profile_base: Path | None = None,
        pdf_filter: str = "pdf:writer_pdf_Export",
    ):
        self.soffice = soffice or find_soffice()
        if not self.soffice:
            raise unavailable_error()
        self.profile_base = profile_base
        self.pdf_filter = pdf_filter
        self.process: subprocess.Popen | None = None
        self.on_start: Callable[[subprocess.Popen], None] | None = None

    def _command(self, profile: Path, out_dir: Path, docs: list[Path]) -> list[str]:
        return [
            self.soffice,
            f"-env:UserInstallation={profile.resolve().as_uri()}",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            "--nodefault",
            "--nolockcheck",
            "--convert-to",
            self.pdf_filter,
            "--outdir",
            str(out_dir),
            *[str(d) for d in docs],
        ]

    def _run(
        self, profile: Path, docs: list[Path], out_dir: Path, on_done: OnDone, cancelled: Cancelled
    ) -> _Run:
        env = dict(os.environ)
        env.pop("PYTHONPATH", None)  # soffice's own Python must not see ours
        env.pop("PYTHONHOME", None)
        proc = subprocess.Popen(
            self._command(profile, out_dir, docs),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=env,
            text=True,
            encoding="utf-8",
            errors="replace",
            **own_group(),
        )
        self.process = proc
        if self.on_start is not None:
            self.on_start(proc)
        lines: queue.Queue = queue.Queue()

        def read() -> None:
            assert proc.stdout is not None
            # Closed by this thread at end of output (a helper process soffice leaves
            # behind may hold the pipe after soffice itself is gone).
            with proc.stdout:
                for line in proc.stdout:
                    lines.put(line)
            lines.put(None)

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        finished: list[Path] = []
        output: list[str] = []
        current: int | None = None
        started = time.monotonic()
        last = started
        was_cancelled = False

        def finish(index: int) -> None:
            doc = docs[index]
            pdf = out_dir / f"{doc.stem}.pdf"
            if pdf.is_file() and pdf.stat().st_size > 0:
                finished.append(doc)
                on_done(doc, pdf, None)

        while True:
            try:
                line = lines.get(timeout=0.1)
            except queue.Empty:
                line = ""
            if line is None:
                break
            now = time.monotonic()
            if line.startswith("convert "):
                last = now
                if current is not None:
                    finish(current)
                current = 0 if current is None else current + 1
                # Trust soffice's own order (the command line's), but resync on name.
                name = line[len("convert ") :].split(" -> ")[0].strip()
                for i in range(current, len(docs)):
                    if str(docs[i]) == name or docs[i].name == Path(name).name:
                        current = i
                        break
            elif line:
                last = now
                if len(output) < 50:
                    output.append(line.rstrip())
            if cancelled():
                was_cancelled = True
                break
            limit = START_SECONDS if current is None else STALL_SECONDS
            if now - (started if current is None else last) > limit:
                break
        if proc.poll() is None:
            kill_tree(proc)
        code = proc.wait()
        reader.join(timeout=5)
        self.process = None
        crashed = code != 0 and not was_cancelled
        if not was_cancelled and not crashed and current is not None:
            finish(current)
        return _Run(
            finished,
            crashed=crashed,
            cancelled=was_cancelled,
            current=current if crashed else None,
            output="\n".join(output),
        )

    def convert(
        self, docs: list[Path], out_dir: Path, on_done: OnDone, cancelled: Cancelled = lambda: False
    ) -> None:
        """Convert ``docs`` into ``out_dir`` (``NAME.pdf``); ``on_done(doc, pdf, None)``
        for each success, ``on_done(doc, None, message)`` for each failure."""
        out_dir.mkdir(parents=True, exist_ok=True)
        failed = _m(
            QT_TRANSLATE_NOOP("messages", "LibreOffice n'a pas pu convertir ce document en PDF.")
        )
        with _ProfileSlot(self.profile_base) as profile:
            for chunk in _chunks(list(docs)):
                pending = chunk
                while pending:
                    if cancelled():
                        return
                    run = self._run(profile, pending, out_dir, on_done, cancelled)
                    if run.cancelled:
                        return
                    done = set(run.finished)
                    if run.crashed and run.current is None and not done:
                        raise UserError(
                            _m(
                                QT_TRANSLATE_NOOP(
                                    "messages", "LibreOffice ne démarre pas ({soffice}) : {output}"
                                ),
                                soffice=self.soffice,
                                output=run.output[-300:],
                            )
                        )
                    if run.current is None:  # ran to its end: retry the missing alone
                        for doc in [d for d in pending if d not in done]:
                            if cancelled():
                                return
                            single = self._run(profile, [doc], out_dir, on_done, cancelled)
                            if single.cancelled:
                                return
                            if not single.finished:
                                on_done(doc, None, failed)
                        break
                    # soffice crashed or hung on one document: that one alone, once,
                    # then the rest in a new process.
                    suspect = pending[run.current]
                    single = self._run(profile, [suspect], out_dir, on_done, cancelled)
                    if single.cancelled:
                        return
                    if not single.finished:
                        on_done(suspect, None, failed)
                    pending = [d for d in pending[run.current + 1 :] if d not in done]

    def kill(self) -> None:
        proc = self.process
        if proc is not None and proc.poll() is None:
            kill_tree(proc)


# --------------------------------------------------------------------------- Word

# Microsoft Word through COM, in its own process: desktop/documents/word.py.
from desktop.documents.word import WordConverter  # noqa: E402


def get_converter():
    soffice = find_soffice()
    if soffice:
        return LibreOfficeConverter(soffice)
    if word_available():
        return WordConverter()
    raise unavailable_error()


def convert_many(
    docs: list[Path],
    out_dir: Path,
    on_done: OnDone,
    cancelled: Cancelled = lambda: False,
    processes: int = 1,
    *,
    parallel_from: int = 8,
    pdf_filter: str | None = None,
    on_start: Callable[[subprocess.Popen], None] | None = None,
) -> None:
    """Convert with up to ``processes`` converters in parallel (LibreOffice only),
    documents dealt round-robin. ``on_done`` may be called from several threads.
    ``pdf_filter``: LibreOffice's export filter (LibreOffice only); ``on_start(proc)``
    is told each soffice started (its pid, to end it if the batch is killed)."""
    converter = get_converter()
    if isinstance(converter, LibreOfficeConverter):
        if pdf_filter:
            converter.pdf_filter = pdf_filter
        converter.on_start = on_start
    if (
        processes <= 1
        or len(docs) < max(parallel_from, 2)
        or not isinstance(converter, LibreOfficeConverter)
    ):
        converter.convert(docs, out_dir, on_done, cancelled)
        return
    lock = threading.Lock()

    def safe_done(doc, pdf, error) -> None:
        with lock:
            on_done(doc, pdf, error)

    groups = [docs[i::processes] for i in range(processes)]
    converters = [
        LibreOfficeConverter(converter.soffice, pdf_filter=converter.pdf_filter) for _ in groups
    ]
    for c in converters:
        c.on_start = on_start
    errors: list[BaseException] = []

    def work(conv: LibreOfficeConverter, group: list[Path]) -> None:
        try:
            conv.convert(group, out_dir, safe_done, cancelled)
        except BaseException as exc:  # reported after the other converter finished
            errors.append(exc)

    threads = [
        threading.Thread(target=work, args=(c, g), daemon=True) for c, g in zip(converters, groups)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]


def convert_one(docx: Path, out_dir: Path) -> Path:
    """One document; raises ``UserError`` with the reason when it fails."""
    result: dict[str, object] = {}

    def done(doc, pdf, error) -> None:
        result["pdf"], result["error"] = pdf, error

    get_converter().convert([docx], out_dir, done)
    if result.get("pdf"):
        return result["pdf"]  # type: ignore[return-value]
    raise UserError(
        result.get("error")
        or _m(
            QT_TRANSLATE_NOOP(  # type: ignore[arg-type]
                "messages", "La conversion en PDF a échoué."
            )
        )
    )


# --------------------------------------------------------------------------- check


@dataclass(frozen=True)
class LibreOfficeCheck:
    """What *Mes préférences*' "Tester" found: ``ok`` when LibreOffice was found,
    answered and converted a test document to PDF."""

    ok: bool
    message: Message
    path: str | None = None
    version: str = ""


def soffice_version(path: str, timeout: float = 60) -> str:
    """``soffice --version``'s first line; raises OSError or TimeoutExpired."""
    kwargs = {"creationflags": 0x08000000} if os.name == "nt" else {}  # no console window
    out = subprocess.run(
        [path, "--version"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        **kwargs,
    )
    lines = (out.stdout or out.stderr).strip().splitlines()
    return lines[0] if lines else ""


def check_libreoffice(
    typed: str, work_dir: Path, cancelled: Cancelled = lambda: False
) -> LibreOfficeCheck:
    """The real lookup and a real conversion: ``typed`` (the path the user typed) or,
    empty, the lookup of :func:`find_soffice`; then ``soffice --version``, then a
    one-page DOCX converted to PDF in ``work_dir``. Never raises: the outcome is in the
    result's French message. Slow (LibreOffice starts): call it from a worker;
    ``cancelled()`` true ends the conversion (soffice killed)."""
    from docx import Document

    typed = typed.strip().strip('"')
    path = typed or find_soffice()
    if not path:
        return LibreOfficeCheck(
            False,
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "LibreOffice est introuvable sur ce poste (réglages, PATH, registre, "
                    "Program Files). Installez LibreOffice ou Word pour produire des PDF.",
                )
            ),
        )
    if not Path(path).is_file():
        return LibreOfficeCheck(
            False,
            _m(
                QT_TRANSLATE_NOOP("messages", "Aucun programme à cet emplacement : {path}"),
                path=path,
            ),
            path,
        )
    try:
        version = soffice_version(path)
    except (OSError, subprocess.SubprocessError) as exc:
        return LibreOfficeCheck(
            False,
            _m(
                QT_TRANSLATE_NOOP("messages", "LibreOffice ne répond pas ({path}) : {error}"),
                path=path,
                error=str(exc),
            ),
            path,
        )
    work_dir.mkdir(parents=True, exist_ok=True)
    docx = work_dir / "essai-parcours.docx"
    document = Document()
    document.add_paragraph("Parcours : essai de conversion en PDF, 1\u202f234,56\u00a0€.")
    document.save(str(docx))
    result: dict[str, object] = {}

    def done(_doc, pdf, error) -> None:
        result["pdf"], result["error"] = pdf, error

    started = time.monotonic()
    try:
        # the profile folders of the real conversions (a warm one is reused)
        LibreOfficeConverter(path).convert([docx], work_dir, done, cancelled)
    except UserError as exc:
        result["error"] = exc.message
    seconds = time.monotonic() - started
    pdf = result.get("pdf")
    if not isinstance(pdf, Path) or not pdf.read_bytes().startswith(b"%PDF"):
        error = result.get("error")
        if error:
            message = _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "LibreOffice répond ({version}) mais la conversion d'essai en PDF a "
                    "échoué : {error}",
                ),
                version=version or "?",
                error=str(error),
            )
        else:
            message = _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "LibreOffice répond ({version}) mais la conversion d'essai en PDF a "
                    "échoué : aucun PDF produit.",
                ),
                version=version or "?",
            )
        return LibreOfficeCheck(False, message, path, version)
    return LibreOfficeCheck(
        True,
        _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "LibreOffice fonctionne : {version} ; PDF d'essai produit en {seconds} s. — {path}",
            )
            if typed
            else QT_TRANSLATE_NOOP(
                "messages",
                "LibreOffice fonctionne : {version} ; PDF d'essai produit en {seconds} s. "
                "— {path} (trouvé automatiquement)",
            ),
            version=version or "?",
            seconds=f"{seconds:.1f}".replace(".", ","),
            path=path,
        ),
        path,
        version,
    )
