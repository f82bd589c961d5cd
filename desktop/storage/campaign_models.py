"""Vigilance campaign tables (issue 8): campaigns, callers, targets, calls, referrals.

Registered on ``Base.metadata`` by ``desktop.storage.models`` (imported at its end).
"""

from __future__ import annotations

from desktop.storage.models import Base  # noqa: F401
