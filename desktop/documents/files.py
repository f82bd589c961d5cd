"""Files written atomically (temporary file in the same folder, then rename)."""

from __future__ import annotations

import errno
import hashlib
import os
import re
import shutil
import tempfile
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

from desktop.domain.errors import UserError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.oserrors import from_windows, os_reason


def sha256_file(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


#: Windows: an antivirus or the search indexer opens a file just written for a moment,
#: and renaming onto it (or it onto another) is refused meanwhile, as "sharing
#: violation" or "access denied": tried again after these pauses (seconds) before the
#: refusal is said (a file that Acrobat or Excel keeps open stays refused).
REPLACE_PAUSES = (0.05, 0.1, 0.2, 0.4)
_pause = time.sleep  # tests replace it


def replace_file(source: str | Path, target: str | Path) -> None:
    """``os.replace(source, target)``, tried again on Windows while another program
    holds one of the files for a moment (see ``REPLACE_PAUSES``)."""
    for pause in (*REPLACE_PAUSES, None):
        try:
            os.replace(source, target)
            return
        except PermissionError as exc:
            if pause is None or not from_windows(exc):
                raise
            _pause(pause)


#: Characters Windows refuses in a name (``:`` would even write an NTFS stream of
#: another file: ``bilan 12:00.xlsx`` an empty "bilan 12" holding the workbook unseen).
WINDOWS_FORBIDDEN = frozenset('<>:"|?*' + "".join(map(chr, range(32))))
WINDOWS = os.name == "nt"  # tests set it


def windows_refuses(name: str) -> bool:
    """Whether Windows refuses ``name`` (one file name, no folder) or reads it as a
    device (``CON``, ``nul.xlsx``: ``WINDOWS_RESERVED`` below)."""
    return bool(set(name) & WINDOWS_FORBIDDEN) or name.split(".")[0].upper() in WINDOWS_RESERVED


def temp_path_for(path: Path) -> Path:
    """A fresh temporary name beside ``path`` (same file system, so rename is atomic).
    On Windows, a ``path`` whose name Windows refuses is refused first, nothing written
    (``OSError`` EINVAL, said "nom de fichier invalide")."""
    if WINDOWS and windows_refuses(path.name):
        exc = OSError(errno.EINVAL, "Invalid argument", str(path))
        exc.winerror = 123  # type: ignore[attr-defined]  # ERROR_INVALID_NAME
        raise exc
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    os.close(fd)
    return Path(tmp)


#: A temporary file (``temp_path_for``) this old is one a killed program left behind:
#: every write renames its own within seconds (a mass mailing's part, the largest,
#: within a minute or two), and another workstation's write in the same folder too.
STALE_TEMPORARY_SECONDS = 3600


def sweep_stale_temporaries(folder: Path, *, now: float | None = None) -> int:
    """Remove from ``folder`` the temporary files (``temp_path_for``) a killed program
    left there, older than ``STALE_TEMPORARY_SECONDS``: they would lie in the user's
    print folder as unnamed PDFs. Returns how many were removed; one that cannot be
    removed (open elsewhere, read-only) is left, as is a folder that cannot be read."""
    limit = (time.time() if now is None else now) - STALE_TEMPORARY_SECONDS
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if not entry.name.startswith(".tmp-"):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < limit:
                os.unlink(entry.path)
                removed += 1
        except OSError:
            continue
    return removed


def _write_atomically(path: Path, write) -> None:
    """``write(f)`` into a temporary file beside ``path``, synced, then renamed to
    ``path``: ``path`` is either as before or whole, never half-written."""
    tmp = temp_path_for(path)
    try:
        with open(tmp, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        replace_file(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def atomic_write_bytes(path: str | Path, data: bytes) -> Path:
    path = Path(path)
    _write_atomically(path, lambda f: f.write(data))
    return path


def replace_atomically(path: Path, write: Callable[[Path], object]) -> None:
    """``write`` a temporary file beside ``path``, synced, then rename it to ``path``:
    the file is either as before or whole, never half-written (an ``OSError`` passes
    through)."""
    tmp = temp_path_for(path)
    try:
        write(tmp)
        sync_files([tmp])  # whole on the disk before it takes the name
        replace_file(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_error(path: Path, exc: OSError) -> UserError:
    """A file the user chose could not be written: named, with the system's reason in
    French (folder missing or read-only, file open in Excel or Acrobat...)."""
    return UserError(
        Message(
            QT_TRANSLATE_NOOP("messages", "Impossible d'écrire le fichier « {name} » : {error}"),
            {"name": path.name, "error": os_reason(exc)},
        )
    )


def save_atomically(path: Path, write: Callable[[Path], object]) -> None:
    """``replace_atomically`` for a file the user chose (an export, a report): a
    failure is ``write_error``, nothing half-written left."""
    try:
        replace_atomically(path, write)
    except OSError as exc:
        raise write_error(path, exc) from exc


def sync_files(paths) -> None:
    """Each file's content on the disk (``fsync``), several at a time: before a
    transaction records files written without syncing each one (a mass mailing's
    letters), so that a recorded file is whole after a power cut."""
    import concurrent.futures

    def sync(path) -> None:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))  # Windows: write access
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

    paths = [p for p in paths if p]
    if len(paths) < 2:
        for path in paths:
            sync(path)
        return
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(sync, paths))


def atomic_move(source: str | Path, target: str | Path) -> Path:
    """Move ``source`` to ``target`` so that ``target`` is either absent or whole."""
    source, target = Path(source), Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        replace_file(source, target)  # same file system: atomic
    except OSError:
        with open(source, "rb") as src:
            _write_atomically(target, lambda dst: shutil.copyfileobj(src, dst, 1 << 20))
        source.unlink(missing_ok=True)
    return target


#: Names Windows keeps for its devices, whatever the extension (``CON.pdf`` is the
#: console): a file or folder cannot take them.
WINDOWS_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL"]
    + [f"COM{n}" for n in range(1, 10)]
    + [f"LPT{n}" for n in range(1, 10)]
)


def written_within(path: str | Path, seconds: float) -> bool:
    """Whether ``path`` was last written less than ``seconds`` ago, by the machine's
    clock (a file's times are the system's, not the services' clock); a path that cannot
    be read counts as recent, so that a clean-up leaves it alone."""
    try:
        return time.time() - Path(path).stat().st_mtime < seconds
    except OSError:
        return True


def remove_tree(folder: Path) -> bool:
    """Remove ``folder`` and what it holds, as far as the system lets (a file another
    program holds open on Windows stays); whether it is gone."""
    shutil.rmtree(folder, ignore_errors=True)
    return not folder.exists()


def safe_filename(text: str, max_length: int = 60, fallback: str = "document") -> str:
    """A file name part from free text that every system takes: ASCII letters, digits,
    dashes (none of Windows' ``\\ / : * ? " < > |``, no trailing dot or space);
    ``fallback`` when nothing is left."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    cleaned = re.sub(r"[^A-Za-z0-9]+", "-", folded).strip("-")[:max_length].rstrip("-")
    return cleaned or fallback[:max_length]


def safe_whole_name(text: str, max_length: int = 60) -> str:
    """:func:`safe_filename` for a whole folder or file stem: never one of Windows'
    device names (a commission called "Aux" gets the folder ``Aux-0``)."""
    cleaned = safe_filename(text, max_length)
    return f"{cleaned}-0" if cleaned.upper() in WINDOWS_RESERVED else cleaned


def unique_path(path: Path) -> Path:
    """``path``, or ``name-2.ext``, ``name-3.ext``... when it exists."""
    if not path.exists():
        return path
    for n in range(2, 10_000):
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        if not candidate.exists():
            return candidate
    raise FileExistsError(path)
