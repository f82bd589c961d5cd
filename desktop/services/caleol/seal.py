"""The content of a session locked by its signed minutes, sealed in the audit trail.

When the minutes are signed, the lock's audit event records a SHA-256 of what the
session then holds (the session, attendance, proxies, agenda, candidates and their
decisions, votes, conflicts of interest, the versions of the minutes and the
signature), leaving out what the application still writes after the signature (the
offers' follow-up, the retention purge's blanking: the columns the server's triggers
let through, ``storage/server_roles.LOCKED_FREE_COLUMNS``). The session's view compares
it with the session as it is now: a session changed or unlocked behind Parcours's back
(the SQLite file, SQL by hand) is told in French. The audit trail is chained and
append-only: the recorded seal is the first lock event's.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.services.audit import to_jsonable
from desktop.storage.caleol_models import Session as CaleolSession
from desktop.storage.models import AuditEvent
from desktop.storage.server_roles import LOCKED_BLANKED_COLUMNS, LOCKED_FREE_COLUMNS

SEAL = "sceau"
LOCK_ACTION = "verrouillage"
# The lock itself and the rows' bookkeeping.
_ALWAYS_FREE = frozenset(
    {"version", "updated_at", "updated_by", "locked", "locked_at", "locked_by"}
)

CHANGED = QT_TRANSLATE_NOOP(
    "messages",
    "Cette séance a été modifiée hors de Parcours depuis la signature de son procès-verbal "
    "(présences, ordre du jour, votes, décisions ou procès-verbal) : le procès-verbal signé "
    "fait foi. Prévenez l'administrateur.",
)
UNLOCKED = QT_TRANSLATE_NOOP(
    "messages",
    "Cette séance a été déverrouillée hors de Parcours après la signature de son "
    "procès-verbal : le procès-verbal signé fait foi. Prévenez l'administrateur.",
)


def _row(obj: Any) -> dict:
    table = obj.__table__
    skip = _ALWAYS_FREE | set(LOCKED_FREE_COLUMNS.get(table.name, ()))
    skip |= set(LOCKED_BLANKED_COLUMNS.get(table.name, ()))
    return {c.name: to_jsonable(getattr(obj, c.key)) for c in table.columns if c.name not in skip}


def _rows(objects) -> list[dict]:
    return [_row(o) for o in sorted(objects, key=lambda o: o.id)]


def content_seal(session: Session, row: CaleolSession) -> str:
    """The SHA-256 of what the locked session holds (see the module's doc)."""
    from desktop.storage.minutes_models import MinutesSignature, MinutesVersion

    session.flush()
    versions = session.scalars(
        select(MinutesVersion)
        .where(MinutesVersion.session_id == row.id)
        .order_by(MinutesVersion.id)
    ).all()
    signatures = session.scalars(
        select(MinutesSignature)
        .where(MinutesSignature.version_id.in_([v.id for v in versions]))
        .order_by(MinutesSignature.id)
    ).all()
    content = {
        "session": _row(row),
        "attendances": _rows(row.attendances),
        "proxies": _rows(row.proxies),
        "items": [
            {
                "item": _row(item),
                "conflicts": _rows(item.conflicts),
                "candidates": [
                    {"candidate": _row(c), "votes": _rows(c.votes)}
                    for c in sorted(item.candidates, key=lambda c: c.id)
                ],
            }
            for item in sorted(row.items, key=lambda i: i.id)
        ],
        "minutes": _rows(versions),
        "reviews": [_rows(v.reviews) for v in versions],
        "signatures": _rows(signatures),
    }
    text = json.dumps(content, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def recorded_seal(session: Session, entity: str, session_id: int) -> str | None:
    """The seal the session's first lock event recorded (None: never sealed)."""
    rows = session.scalars(
        select(AuditEvent.after)
        .where(
            AuditEvent.entity == entity,
            AuditEvent.entity_id == session_id,
            AuditEvent.action == LOCK_ACTION,
        )
        .order_by(AuditEvent.seq, AuditEvent.id)
    )
    for after in rows:
        if isinstance(after, dict) and isinstance(after.get(SEAL), str):
            return after[SEAL]
    return None


def seal_problem(session: Session, entity: str, row: CaleolSession) -> Message | None:
    """What is wrong with a session sealed at its signature, None when nothing is (or
    when it was never sealed)."""
    recorded = recorded_seal(session, entity, row.id)
    if recorded is None:
        return None
    if not row.locked:
        return Message(UNLOCKED)
    if content_seal(session, row) != recorded:
        return Message(CHANGED)
    return None
