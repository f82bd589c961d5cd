"""The CLI's output in a pipe under a cp1252 console (Windows' default code page).

Amounts carry U+202F (narrow no-break space), which cp1252 cannot encode: without
``desktop.cli.utf8_console`` the first amount printed into a pipe or a file raises
UnicodeEncodeError. The commands run in a child process with PYTHONIOENCODING=cp1252
and no PYTHONUTF8, as ``parcours plan schedule ... > echeancier.txt`` on a French
Windows workstation.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONUTF8", "PYTHONIOENCODING"}}
    env.update(PYTHONIOENCODING="cp1252", PYTHONUTF8="0", LC_ALL="C")
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        timeout=120,
    )


def test_schedule_into_a_pipe_is_utf8_with_narrow_spaces():
    out = run_cli("plan", "schedule", "--debt", "1234.56", "--months", "3", "--start", "2026-01-05")
    assert out.returncode == 0, out.stderr.decode("utf-8", "replace")
    text = out.stdout.decode("utf-8")  # strict: the bytes are UTF-8
    assert "1\u202f234,56\u00a0€" in text
    assert "Échéancier" in text
    assert b"Traceback" not in out.stderr


def test_error_message_into_a_pipe_is_utf8():
    out = run_cli("plan", "schedule", "--debt", "beaucoup", "--start", "2026-01-05")
    assert out.returncode == 2
    message = out.stderr.decode("utf-8")
    assert message.startswith("parcours : ")
    assert "Traceback" not in message
    assert any(ch in message for ch in "éèàç")  # French accents survived the pipe
