"""The PostgreSQL run of tests/run.py leaves out the tests that open no database
(tests/conftest.py): each must still run in one of the two runs, and every test that
opens the database under test, or asks which engine runs, must run in both."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILES = [
    "tests/test_plans_domain.py",  # pure rules: no database
    "tests/test_backup.py",  # the `db` fixture; its SQLite-only tests ask the engine
    "tests/test_selftest.py",  # asks the engine from the environment itself
]


def _collect(without_database: str, files: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", *files],
        cwd=ROOT,
        env=dict(os.environ, PARCOURS_TESTS_WITHOUT_DATABASE=without_database),
        capture_output=True,
        text=True,
        timeout=300,
    )


def _collected(without_database: str) -> set[str]:
    proc = _collect(without_database, FILES)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return {line for line in proc.stdout.splitlines() if "::" in line}


def test_the_postgresql_run_keeps_only_the_tests_that_open_the_database():
    everything = _collected("run")
    kept = _collected("skip")
    by_file = {f: {n for n in kept if n.startswith(f)} for f in FILES}
    assert not by_file["tests/test_plans_domain.py"]
    assert {n for n in everything if n.startswith("tests/test_backup.py")} == by_file[
        "tests/test_backup.py"
    ]
    assert by_file["tests/test_selftest.py"]  # it skips itself on PostgreSQL, said so
    assert {n for n in everything if n.startswith("tests/test_plans_domain.py")}


def test_a_wrong_value_is_refused_rather_than_running_everything():
    proc = _collect("oui", FILES[:1])
    assert proc.returncode != 0
    assert "PARCOURS_TESTS_WITHOUT_DATABASE='oui'" in proc.stdout + proc.stderr
