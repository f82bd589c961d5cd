"""CALEOL minutes tables (issue 7): versions of the procès-verbal, members' reviews,
signature and lock.

Registered on ``Base.metadata`` by ``desktop.storage.models`` (imported at its end).
"""

from __future__ import annotations

from desktop.storage.models import Base  # noqa: F401
