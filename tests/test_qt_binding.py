"""Regression guard for the Qt binding.

PySide6 6.12.0 aborts Python 3.11 with ``Fatal Python error: none_dealloc``
after a few thousand calls of Qt methods that return None (the binding drops
one reference to None too many each time). The crash kills the interpreter,
so it is exercised in a child process.
"""

from __future__ import annotations

import os
import subprocess
import sys

import PySide6

CALLS = 10_000

CHILD = f"""
from PySide6.QtWidgets import QApplication, QLabel, QWidget

app = QApplication([])
window = QWidget()
label = QLabel(window)
for i in range({CALLS}):
    # Each of these returns None on the C++ side.
    label.setText(str(i))
    window.setEnabled(i % 2 == 0)
    window.update()
    label.setToolTip("t")
app.processEvents()
print("ok", flush=True)
"""


def test_pyside6_is_not_the_crashing_release():
    assert PySide6.__version__ != "6.12.0", (
        "PySide6 6.12.0 crashes Python 3.11 (none_dealloc): keep the pin in pyproject.toml"
    )


def test_many_qt_calls_returning_none_do_not_crash_the_interpreter():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", CHILD],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0 and "ok" in result.stdout.split(), (
        f"child exited with {result.returncode}\n"
        f"stdout:\n{result.stdout[-2000:]}\nstderr:\n{result.stderr[-4000:]}"
    )
