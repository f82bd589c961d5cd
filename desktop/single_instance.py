"""One running Parcours per user: a second start is told the first one is open.

On Windows a named mutex in the session's namespace (``Local\\ParcoursInstance``); the
installer and the uninstaller look for the same mutex and refuse to replace files of a
running Parcours (installer/parcours.nsi). Elsewhere an exclusive lock on a file in the
user's data folder. The mutex or lock is released when the process ends, even when it
crashes.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop import config

MUTEX_NAME = "Local\\ParcoursInstance"  # keep in step with installer/parcours.nsi
ERROR_ALREADY_EXISTS = 183


class InstanceLock:
    """``acquired`` tells whether this process is the only Parcours of the user."""

    def __init__(self, name: str = MUTEX_NAME, lock_file: Path | None = None):
        self.name = name
        self.lock_file = lock_file or config.data_dir() / "parcours.lock"
        self._handle = None
        self.acquired = False

    def acquire(self) -> bool:
        if os.name == "nt":
            import ctypes
            from ctypes import wintypes

            kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
            kernel32.CreateMutexW.restype = wintypes.HANDLE
            kernel32.CreateMutexW.argtypes = (wintypes.LPVOID, wintypes.BOOL, wintypes.LPCWSTR)
            handle = kernel32.CreateMutexW(None, False, self.name)
            already = ctypes.get_last_error() == ERROR_ALREADY_EXISTS
            if handle and already:
                kernel32.CloseHandle(handle)
                handle = None
            self._handle = handle
            self.acquired = bool(handle)
            return self.acquired
        import fcntl

        try:
            self.lock_file.parent.mkdir(parents=True, exist_ok=True)
            handle = open(self.lock_file, "a+b")
        except OSError:
            self.acquired = True  # cannot lock: do not prevent the user from working
            return True
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            self.acquired = False
            return False
        self._handle = handle
        self.acquired = True
        return True

    def release(self) -> None:
        if self._handle is None:
            return
        if os.name == "nt":
            import ctypes

            ctypes.WinDLL("kernel32").CloseHandle(self._handle)
        else:
            self._handle.close()
        self._handle = None
        self.acquired = False
