"""Files written atomically (temporary file in the same folder, then rename)."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
import unicodedata
from pathlib import Path

from desktop.domain.errors import UserError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message


def sha256_file(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


# Device names Windows reserves, whatever the extension: « CON.xlsx » is the console,
# « NUL.pdf » discards what is written (and the writer sees no error).
_RESERVED = re.compile(r"(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(\..*)?", re.IGNORECASE)


def check_not_reserved(path: Path) -> None:
    """A French ``UserError`` when ``path``'s name is one Windows reserves for a device."""
    if _RESERVED.fullmatch(path.name.rstrip(" .")):
        raise UserError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "« {name} » est un nom réservé par Windows (périphérique) : choisissez un "
                    "autre nom de fichier.",
                ),
                {"name": path.name},
            )
        )


def temp_path_for(path: Path) -> Path:
    """A fresh temporary name beside ``path`` (same file system, so rename is atomic);
    a name Windows reserves is refused first (``check_not_reserved``)."""
    check_not_reserved(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    os.close(fd)
    return Path(tmp)


def _write_atomically(path: Path, write) -> None:
    """``write(f)`` into a temporary file beside ``path``, synced, then renamed to
    ``path``: ``path`` is either as before or whole, never half-written."""
    tmp = temp_path_for(path)
    try:
        with open(tmp, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def atomic_write_bytes(path: str | Path, data: bytes) -> Path:
    path = Path(path)
    _write_atomically(path, lambda f: f.write(data))
    return path


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
        os.replace(source, target)  # same file system: atomic
    except OSError:
        with open(source, "rb") as src:
            _write_atomically(target, lambda dst: shutil.copyfileobj(src, dst, 1 << 20))
        source.unlink(missing_ok=True)
    return target


def safe_filename(text: str, max_length: int = 60) -> str:
    """A file name part from free text: ASCII letters, digits, dashes."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    cleaned = re.sub(r"[^A-Za-z0-9]+", "-", folded).strip("-")
    return (cleaned or "document")[:max_length].rstrip("-")


def unique_path(path: Path) -> Path:
    """``path``, or ``name-2.ext``, ``name-3.ext``... when it exists."""
    if not path.exists():
        return path
    for n in range(2, 10_000):
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        if not candidate.exists():
            return candidate
    raise FileExistsError(path)
