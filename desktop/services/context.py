"""Who acts, and the clock the services read."""

from __future__ import annotations

import datetime as dt
import getpass
from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    username: str
    full_name: str = ""

    @property
    def label(self) -> str:
        return self.full_name or self.username


def system_actor() -> Actor:
    """The person logged on to this workstation (until accounts exist, issue 6)."""
    try:
        name = getpass.getuser()
    except Exception:  # pragma: no cover - no user name in the environment
        name = "utilisateur"
    return Actor(username=name)


def now() -> dt.datetime:
    """Current time, naive UTC (stored as such on every database)."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def today() -> dt.date:
    return dt.date.today()
