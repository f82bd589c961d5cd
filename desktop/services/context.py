"""Who acts, and the clock the services read."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from desktop.domain.roles import Permission, Role, agency_scoped, has_permission
from desktop.osuser import OsIdentity, os_identity, os_username  # noqa: F401 - re-exported


@dataclass(frozen=True)
class Actor:
    """The signed-in user the services act for.

    The application builds actors from an account only (``accounts.actor_for``). The
    role is always given (keyword ``role=``): no actor gets rights by default.
    """

    username: str
    full_name: str = ""
    role: Role = field(kw_only=True)
    agency_id: int | None = None
    user_id: int | None = None

    @property
    def label(self) -> str:
        return self.full_name or self.username

    def can(self, permission: Permission) -> bool:
        return has_permission(self.role, permission)

    @property
    def agency_scoped(self) -> bool:
        """True when the actor's tenant-file rights cover their own agency only."""
        return agency_scoped(self.role)

    def covers_agency(self, agency_id: int | None) -> bool:
        return not self.agency_scoped or (
            self.agency_id is not None and agency_id == self.agency_id
        )


def system_actor() -> Actor:
    """The workstation's own user, acting as administrator: for automatic tasks (demo
    base generation) and for a base that has no account yet."""
    return Actor(username=os_username(), role=Role.ADMIN)


class Clock:
    """Where the services read the time: the system clock, or a fixed instant in tests.

    Every service reads the time through ``now()`` and ``today()`` below, never through
    ``datetime.now()`` or ``date.today()``, so that a test (or a demo) can run the
    application at any instant with ``use_clock``. ``moment()`` returns an aware datetime.
    """

    def moment(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)


class FixedClock(Clock):
    """A clock standing at one instant (an aware datetime, or a naive one read as local
    time), moving on only when told (``advance``)."""

    def __init__(self, instant: dt.datetime) -> None:
        self.instant = instant if instant.tzinfo else instant.astimezone()

    def moment(self) -> dt.datetime:
        return self.instant

    def advance(self, **delta: float) -> None:
        self.instant += dt.timedelta(**delta)


_clock: Clock = Clock()


def set_clock(clock: Clock) -> Clock:
    """Installs ``clock`` for every service; returns the previous one (to restore it)."""
    global _clock
    previous, _clock = _clock, clock
    return previous


@contextmanager
def use_clock(clock: Clock) -> Iterator[Clock]:
    previous = set_clock(clock)
    try:
        yield clock
    finally:
        set_clock(previous)


def now() -> dt.datetime:
    """Current time, naive UTC (stored as such on every database)."""
    return _clock.moment().astimezone(dt.UTC).replace(tzinfo=None)


def local_now() -> dt.datetime:
    """Current wall-clock time where the workstation is, naive: for what a user reads as
    a local time and that is not stored (a backup's file name)."""
    return _clock.moment().astimezone().replace(tzinfo=None)


def today() -> dt.date:
    """The current date where the workstation is (its local time zone)."""
    return _clock.moment().astimezone().date()
