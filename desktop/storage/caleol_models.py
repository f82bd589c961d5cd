"""CALEOL tables (issue 7): commission, members, sessions, agenda, candidates,
attendance, proxies, votes, decisions, minutes versions and reviews.

Registered on ``Base.metadata`` by ``desktop.storage.models`` (imported at its end).
"""

from __future__ import annotations

from desktop.storage.models import Base  # noqa: F401
