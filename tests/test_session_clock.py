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
