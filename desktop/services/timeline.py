"""The tenant file's timeline: the line a feature writes when its change concerns the
tenant (the tenant file, notices, payment plans, CALEOL, letters, the purge). Read with
the file (``tenants.get_tenant_file``); its field names are in ``domain/timeline.py``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from desktop.services.context import Actor, now
from desktop.storage.models import TimelineEvent

#: a line's text is cut there
SUMMARY_MAX = 2000


def add_event(
    session: Session,
    household_id: int,
    kind: str,
    summary: str,
    actor: Actor,
    at: dt.datetime | None = None,
) -> None:
    """A line of the tenant file's timeline, at ``at`` (now): ``kind`` is the feature's
    ``EVENT_*`` code, ``summary`` its text."""
    session.add(
        TimelineEvent(
            household_id=household_id,
            occurred_at=at or now(),
            kind=kind,
            summary=summary[:SUMMARY_MAX],
            actor=actor.username,
        )
    )
