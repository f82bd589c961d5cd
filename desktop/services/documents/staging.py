"""Staging folders (``documents/.en-cours/lot-*``, ``lettre-*`` for a single letter)
where letters are made before they are archived: locked while their batch runs, swept
after a kill.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
from pathlib import Path

from desktop.documents.files import remove_tree, written_within
from desktop.services.documents.common import documents_dir

STAGING = ".en-cours"
_STAGING_LOCK = ".verrou"  # held while the batch that owns the folder runs
_STAGING_PIDS = "soffice.pids"  # the LibreOffice processes the batch started
ABANDONED_AFTER = 24 * 3600  # a staging folder without lock file, older than this
_BATCH, _SINGLE = "lot-", "lettre-"  # a batch's staging folder, a single letter's


class _Staging:
    """A batch's staging folder (``documents/.en-cours/lot-*``): locked while the batch
    runs, removed when it ends (success, error or cancel). A folder left by a killed
    batch is found unlocked by ``sweep_staging`` and removed with the LibreOffice
    processes it started. ``single``: one letter's folder (``lettre-*``), which a batch
    after a kill does not count as an interrupted batch."""

    def __init__(self, *, single: bool = False):
        prefix = _SINGLE if single else _BATCH
        self.path = Path(tempfile.mkdtemp(prefix=prefix, dir=_base()))
        from desktop.documents import convert

        self._lock = open(self.path / _STAGING_LOCK, "a+b")
        convert._try_lock(self._lock)
        self._pid_lock = threading.Lock()

    def record_pid(self, proc) -> None:
        with self._pid_lock, open(self.path / _STAGING_PIDS, "a", encoding="ascii") as f:
            f.write(f"{proc.pid}\n")

    def remove(self) -> None:
        from desktop.documents import convert

        convert._unlock(self._lock)
        self._lock.close()
        shutil.rmtree(self.path, ignore_errors=True)


def print_folder() -> Path:
    """A new folder for a copy made to print (``lettre-impression-*``): not locked, so
    that ``sweep_staging`` removes it once a day old."""
    return Path(tempfile.mkdtemp(prefix=f"{_SINGLE}impression-", dir=_base()))


def _staging_dir() -> Path:
    return Path(tempfile.mkdtemp(prefix="lot-", dir=_base()))


def _base() -> Path:
    base = documents_dir() / STAGING
    base.mkdir(parents=True, exist_ok=True)
    return base


def sweep_staging() -> int:
    """Remove the staging folders of batches and single letters that were killed (and
    end the LibreOffice processes they left); the number of batches' folders removed
    (a single letter was made in front of its user). A folder whose batch still runs
    (here or on another workstation sharing the folder) is locked and kept."""
    from desktop.documents import convert

    base = documents_dir() / STAGING
    removed = 0
    try:
        folders = [f for f in base.iterdir() if f.is_dir() and f.name.startswith((_BATCH, _SINGLE))]
    except OSError:
        return 0
    for folder in folders:
        lock_path = folder / _STAGING_LOCK
        if lock_path.exists():
            try:
                handle = open(lock_path, "a+b")
            except OSError:
                continue
            if not convert._try_lock(handle):
                handle.close()
                continue
            try:
                pids = (folder / _STAGING_PIDS).read_text("ascii").split()
            except OSError:
                pids = []
            for pid in pids:
                if pid.isdigit():
                    convert.kill_leftover_group(int(pid))
            convert._unlock(handle)
            handle.close()
        elif written_within(folder, ABANDONED_AFTER):  # made before lock files existed:
            continue  # removed once clearly abandoned
        if remove_tree(folder) and folder.name.startswith(_BATCH):
            removed += 1
    return removed
