"""One running Parcours per user: a second instance is refused, and can start once the
first has ended."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop.single_instance import InstanceLock

ROOT = Path(__file__).resolve().parents[1]


def test_second_instance_is_refused_until_the_first_ends(tmp_path):
    lock = tmp_path / "parcours.lock"
    first = InstanceLock(lock_file=lock)
    assert first.acquire()
    # Another process of the same user.
    probe = (
        "import sys; from pathlib import Path; from desktop.single_instance import "
        "InstanceLock; sys.exit(0 if InstanceLock(lock_file=Path(sys.argv[1])).acquire() else 1)"
    )
    assert subprocess.run([sys.executable, "-c", probe, str(lock)], cwd=ROOT).returncode == 1
    first.release()
    assert subprocess.run([sys.executable, "-c", probe, str(lock)], cwd=ROOT).returncode == 0


def test_the_lock_goes_with_its_process(tmp_path):
    lock = tmp_path / "parcours.lock"
    holder = (
        "import sys, os; from pathlib import Path; from desktop.single_instance import "
        "InstanceLock; InstanceLock(lock_file=Path(sys.argv[1])).acquire(); os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", holder, str(lock)], cwd=ROOT, check=True)
    mine = InstanceLock(lock_file=lock)
    assert mine.acquire()
    mine.release()
