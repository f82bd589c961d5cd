"""The test run's own clock (``conftest.SessionDayClock``): a run that crosses
midnight keeps the day it started on, and its time still moves forward."""

from __future__ import annotations

import datetime as dt

from desktop.services import context
from tests.conftest import SessionDayClock


def _moments(start: dt.datetime, seconds: list[float]) -> list[dt.datetime]:
    real = [start]
    clock = SessionDayClock(lambda: real[0])
    seen = []
    for s in seconds:
        real[0] = start + dt.timedelta(seconds=s)
        seen.append(clock.moment())
    return seen


def test_a_run_crossing_midnight_keeps_its_day_and_its_pace():
    start = dt.datetime(2026, 12, 6, 23, 58).astimezone()
    seconds = [0, 1, 119, 121, 3600, 2 * 3600 - 121]  # 23:58 ... 01:56 the next day
    seen = _moments(start, seconds)
    assert {m.astimezone().date() for m in seen} == {dt.date(2026, 12, 6)}
    assert [(m - seen[0]).total_seconds() for m in seen] == seconds  # real pace, in order
    real = [start]
    clock = SessionDayClock(lambda: real[0])
    real[0] = start + dt.timedelta(seconds=130)  # 00:00:10 the next day
    with context.use_clock(clock):
        assert context.today() == dt.date(2026, 12, 6)


def test_a_run_started_in_the_day_reads_the_real_time():
    start = dt.datetime(2026, 12, 6, 14, 5).astimezone()
    assert _moments(start, [0, 60]) == [start, start + dt.timedelta(seconds=60)]


def test_the_services_read_the_run_s_clock():
    assert isinstance(context._clock, SessionDayClock)


# What may read the machine's clock inside desktop/services: the clock itself (a file's
# age, which is the system's time, is read by documents.files.written_within).
_WALL_CLOCK_ALLOWED = {"context.py"}
_WALL_CLOCK_CALLS = {
    ("datetime", "now"),
    ("datetime", "today"),
    ("datetime", "utcnow"),
    ("date", "today"),
    ("time", "time"),
}


def _wall_clock_calls(path) -> list[str]:
    import ast

    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        owner = node.func.value
        owner_name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
        if (owner_name, node.func.attr) in _WALL_CLOCK_CALLS:
            found.append(f"{path.name}:{node.lineno} {owner_name}.{node.func.attr}()")
    return found


def test_no_service_reads_the_machine_s_clock():
    """Every service reads the time through ``context`` (docs/architecture.md), so that a
    test or a demo can set it; a backup's name or a report's "Établi le" included."""
    from pathlib import Path

    root = Path(context.__file__).parent
    found = []
    for path in sorted(root.rglob("*.py")):
        if path.relative_to(root).as_posix() not in _WALL_CLOCK_ALLOWED:
            found += _wall_clock_calls(path)
    assert found == []
    # The check itself sees the calls it forbids.
    assert len(_wall_clock_calls(root / "context.py")) == 1


def test_local_now_is_the_workstation_s_wall_time():
    instant = dt.datetime(2026, 12, 7, 10, 0, tzinfo=dt.UTC)
    with context.use_clock(context.FixedClock(instant)):
        assert context.local_now() == instant.astimezone().replace(tzinfo=None)
        assert context.now() == dt.datetime(2026, 12, 7, 10, 0)
