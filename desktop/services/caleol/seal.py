"""The content of a session locked by its signed minutes, sealed in the audit trail.

When the minutes are signed, the lock's audit event records a SHA-256 of what the
session then holds (the session, attendance, proxies, agenda, candidates and their
decisions, votes, conflicts of interest, the versions of the minutes and the
signature), leaving out what the application still writes after the signature (the
offers' follow-up, the retention purge's blanking: the columns the server's triggers
let through, ``storage/server_guards.LOCKED_FREE_COLUMNS``). The session's view compares
it with the session as it is now: a session changed or unlocked behind Parcours's back
(the SQLite file, SQL by hand) is told in French. The audit trail is chained and
append-only: the recorded seal is the first lock event's. The retention purge, which
anonymises the candidatures of a locked session (``PURGE_ANONYMISED_COLUMNS``), seals
the session again in its own audit event (``PURGE_ACTION``): the session then matches
either seal, the latest purge's.

Seals are versioned (``SEAL_VERSION`` beside the seal in the event; none: version 1):
version 2 adds the cotation examined (facts and score: ``cotation_candidate``), which
the application refuses to change once the session is locked. A seal is checked in
its own version, so that every seal recorded before stays valid (a session sealed in
version 1 is not checked for its cotation).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.services.seals import (
    SEAL,
    digest,
    enforced_by_server,
    sealed_row,
    sealed_rows,
    sealing_event,
)
from desktop.storage.caleol_models import Session as CaleolSession

__all__ = ["PURGE_ACTION", "SEAL", "content_seal", "seal_problem", "sealed"]

LOCK_ACTION = "verrouillage"
PURGE_ACTION = "anonymisation_candidatures"
SEAL_VERSION = "version_sceau"
#: 1: the session's content; 2: and its candidates' cotation.
CURRENT_VERSION = 2

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


def sealed(session: Session, row: CaleolSession) -> dict:
    """The seal of the session as it is, in the current version, for an audit event."""
    return {SEAL: content_seal(session, row), SEAL_VERSION: CURRENT_VERSION}


def content_seal(session: Session, row: CaleolSession, version: int = CURRENT_VERSION) -> str:
    """The SHA-256 of what the locked session holds (see the module's doc), as the
    seal's ``version`` covers it."""
    from desktop.storage.cotation_models import CandidateCotation
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
        "session": sealed_row(row),
        "attendances": sealed_rows(row.attendances),
        "proxies": sealed_rows(row.proxies),
        "items": [
            {
                "item": sealed_row(item),
                "conflicts": sealed_rows(item.conflicts),
                "candidates": [
                    {"candidate": sealed_row(c), "votes": sealed_rows(c.votes)}
                    for c in sorted(item.candidates, key=lambda c: c.id)
                ],
            }
            for item in sorted(row.items, key=lambda i: i.id)
        ],
        "minutes": sealed_rows(versions),
        "reviews": [sealed_rows(v.reviews) for v in versions],
        "signatures": sealed_rows(signatures),
    }
    if version >= 2:
        candidates = [c.id for item in row.items for c in item.candidates]
        content["cotation"] = sealed_rows(
            session.scalars(
                select(CandidateCotation).where(CandidateCotation.candidate_id.in_(candidates))
            ).all()
        )
    return digest(content)


def _holds(session: Session, row: CaleolSession, event: dict | None) -> bool:
    """The session matches the seal of ``event`` (in the seal's version)."""
    if event is None:
        return False
    version = event.get(SEAL_VERSION, 1)
    return isinstance(version, int) and content_seal(session, row, version) == event[SEAL]


def seal_problem(session: Session, entity: str, row: CaleolSession) -> Message | None:
    """What is wrong with a session sealed at its signature, None when nothing is (or
    when it was never sealed). The seal is the first lock event's."""
    if enforced_by_server(session):
        return None
    recorded = sealing_event(session, entity, row.id, (LOCK_ACTION,), last=False)
    if recorded is None:
        return None
    if not row.locked:
        return Message(UNLOCKED)
    if not _holds(session, row, recorded) and not _holds(
        session, row, sealing_event(session, entity, row.id, (PURGE_ACTION,), last=True)
    ):
        return Message(CHANGED)
    return None
