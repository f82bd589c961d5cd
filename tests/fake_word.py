"""A stand-in for Word.Application (COM) in the Word converter's worker process, off
Windows: a real child process plays WINWORD.EXE, and every call is logged to the file
named by FAKE_WORD_LOG. Documents whose text contains FAIL raise like a COM error;
HANG never returns (Word stuck on a dialog)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path


def _log(line: str) -> None:
    with open(os.environ["FAKE_WORD_LOG"], "a", encoding="utf-8") as f:
        f.write(line + "\n")


class _Document:
    def __init__(self, path: str):
        self.path = Path(path)

    def ExportAsFixedFormat(self, target: str, fmt: int) -> None:
        content = self.path.read_bytes()
        if b"HANG" in content:
            _log(f"hang {self.path.name}")
            time.sleep(3600)
        if b"FAIL" in content:
            raise RuntimeError("(-2147352567, 'Une exception s'est produite.')")
        assert fmt == 17
        time.sleep(float(os.environ.get("FAKE_WORD_SECONDS", "0")))  # a page takes time
        Path(target).write_bytes(b"%PDF-1.7 fake " + content)
        _log(f"export {self.path.name}")

    def Close(self, save: int) -> None:
        _log(f"close {self.path.name} save={save}")


class _Documents:
    def Open(self, path, confirm, read_only, add_to_recent):
        _log(f"open {Path(path).name} read_only={read_only}")
        return _Document(path)


class FakeWord:
    def __init__(self):
        self.Documents = _Documents()
        self.process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(3600)"])
        _log(f"start {self.process.pid}")

    def Quit(self, save: int = 0) -> None:
        self.process.terminate()
        self.process.wait()
        _log(f"quit {self.process.pid}")


def open_fake_word():
    if os.environ.get("FAKE_WORD_REFUSE"):
        raise OSError("Classe non enregistrée")
    app = FakeWord()
    return app, app.process.pid, lambda: _log("uninitialize")
