"""Worker processes end with the application that started them (killed from the task
manager, crashed): nothing keeps running, holding memory, once Parcours is gone."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="liveness checked with os.kill(pid, 0)"
)

# The child starts the pools the way the services do, has each worker report its pid,
# prints them, then waits to be killed.
CHILD = """
import os, sys, time
from desktop.services.documents.rendering import _render_pool
from desktop.documents.html import HtmlRenderer

pool = _render_pool(2)
pids = {pool.submit(os.getpid).result() for _ in range(8)}
html = HtmlRenderer()
pids.add(html._executor().submit(os.getpid).result())
print(" ".join(map(str, sorted(pids))), flush=True)
time.sleep(600)
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie is gone for the user (no memory, no CPU) but still answers kill(0).
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(") ", 1)[1][0] != "Z"
    except OSError:
        return True


def test_workers_end_when_the_application_is_killed():
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD],
        stdout=subprocess.PIPE,
        text=True,
        cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
    )
    try:
        line = child.stdout.readline()
        pids = [int(p) for p in line.split()]
        assert pids and child.pid not in pids
        assert all(_alive(p) for p in pids)
    finally:
        child.kill()
        child.wait()
        child.stdout.close()
    deadline = time.monotonic() + 30
    while any(_alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [p for p in pids if _alive(p)] == []
