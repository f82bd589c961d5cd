"""Seals: a SHA-256 of a signed record's content, kept in its audit event.

A record Parcours no longer changes once signed (a CALEOL session locked by its signed
minutes, a signed payment agreement) gets a seal in the audit event of its signature
(chained, append-only). Its view compares the seal with the record as it is now, so
that a change made behind Parcours's back (the SQLite file, SQL with the database's
credentials) is told to the user. What the application still writes after the
signature is left out: the columns the server's triggers let through
(``storage/server_guards.LOCKED_FREE_COLUMNS``, ``LOCKED_BLANKED_COLUMNS``).
"""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.services.audit import Revealer, to_jsonable
from desktop.storage.models import AuditEvent
from desktop.storage.server_guards import LOCKED_BLANKED_COLUMNS, LOCKED_FREE_COLUMNS

SEAL = "sceau"
# The rows' bookkeeping, and a session's lock itself.
ALWAYS_FREE = frozenset({"version", "updated_at", "updated_by", "locked", "locked_at", "locked_by"})


def enforced_by_server(session: Session) -> bool:
    """True on a PostgreSQL server set up by ``parcours server init``: its triggers
    refuse the changes a seal would reveal (and some accounts may not read the audit
    trail's snapshots), so the seals are recorded but not checked there."""
    from desktop.storage import server_roles

    if session.get_bind().dialect.name != "postgresql":
        return False
    return server_roles.server_ready(session.connection())


def _value(value: Any) -> Any:
    if isinstance(value, Decimal):  # 412.5 typed, 412.50 read back: one amount
        return f"{value:.2f}"
    return to_jsonable(value)


def sealed_row(obj: Any) -> dict:
    """The columns of ``obj`` a seal covers."""
    table = obj.__table__
    skip = ALWAYS_FREE | set(LOCKED_FREE_COLUMNS.get(table.name, ()))
    skip |= set(LOCKED_BLANKED_COLUMNS.get(table.name, ()))
    return {c.name: _value(getattr(obj, c.key)) for c in table.columns if c.name not in skip}


def sealed_rows(objects) -> list[dict]:
    return [sealed_row(o) for o in sorted(objects, key=lambda o: o.id)]


def digest(content: Any) -> str:
    text = json.dumps(content, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def recorded_seal(
    session: Session, entity: str, entity_id: int, actions: tuple[str, ...], *, last: bool
) -> str | None:
    """The seal recorded by the first (``last``: the latest) audit event of ``actions``
    about the record that holds one; None when none does."""
    after = sealing_event(session, entity, entity_id, actions, last=last)
    return None if after is None else after[SEAL]


def sealing_event(
    session: Session, entity: str, entity_id: int, actions: tuple[str, ...], *, last: bool
) -> dict | None:
    """What ``recorded_seal`` reads the seal in: the event's ``after``, decrypted (with
    what else the event recorded beside the seal, its version say)."""
    order = (
        (AuditEvent.seq.desc(), AuditEvent.id.desc()) if last else (AuditEvent.seq, AuditEvent.id)
    )
    reveal = Revealer(session)
    rows = session.scalars(
        select(AuditEvent.after)
        .where(
            AuditEvent.entity == entity,
            AuditEvent.entity_id == entity_id,
            AuditEvent.action.in_(actions),
        )
        .order_by(*order)
    )
    for after in rows:
        after = reveal(after)
        if isinstance(after, dict) and isinstance(after.get(SEAL), str):
            return after
    return None
