"""The audit trail's hash chain (after Dolibarr's BlockedLog).

Each audit event carries its rank in the chain (``seq``), the hash of the event before
it (``prev_hash``) and its own hash, computed over its stored fields and ``prev_hash``.
Changing, deleting or inserting an event by hand (triggers dropped, SQL run with the
table owner's rights) breaks the chain at that event, which ``services.audit.
verify_chain`` reports. The hash covers the stored snapshots as they are, encrypted
ones included, so that destroying a household's key (erasure) leaves the chain intact.

This is evidence, not prevention: whoever can rewrite the table can recompute the whole
chain after the change. The head hash printed by ``parcours audit verify`` can be noted
elsewhere (a dated letter, a ticket) to fix the state at a date.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

GENESIS = "0" * 64


def _iso(at: dt.datetime | str) -> str:
    if isinstance(at, str):  # raw SQLite text in a migration
        at = dt.datetime.fromisoformat(at)
    return at.replace(tzinfo=None).isoformat(timespec="microseconds")


def event_hash(
    seq: int,
    at: dt.datetime | str,
    actor: str,
    action: str,
    entity: str,
    entity_id: int | None,
    before: Any,
    after: Any,
    prev_hash: str,
) -> str:
    """SHA-256 (hex) of an event's fields in a canonical JSON form."""
    payload = json.dumps(
        [int(seq), _iso(at), actor, action, entity, entity_id, before, after, prev_hash],
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
        allow_nan=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()
