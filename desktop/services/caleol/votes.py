"""CALEOL services: votes (one, several, removal) and the decisions taken on them, with
the notification date and the offer state of a dwelling."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import caleol as rules
from desktop.domain.caleol import (
    AgendaItemKind,
    AttendanceMode,
    Decision,
    MemberRole,
    SessionMode,
    SessionStatus,
    Vote,
    VoteChannel,
)
from desktop.domain.errors import (
    UserError,
    ValidationError,
)
from desktop.domain.formatting import (
    format_datetime_fr,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.services import authz
from desktop.services.authz import guarded
from desktop.services.caleol.common import (
    DECISION_FIELDS,
    ENTITY_CANDIDATE,
    ENTITY_VOTE,
    MANAGE,
    TAKING_PART,
    SessionContext,
    load_candidate,
    load_row,
    load_session,
    locked_error,
    managing,
    not_found,
    record_notification,
    session_context,
    session_status,
    store_tally,
    tally_votes,
    writable_session,
)
from desktop.services.caleol.data import Saved, VoteEntry
from desktop.services.context import Actor, now
from desktop.services.write import (
    audit_event,
    check_version,
    flush_or_conflict,
    message,
    set_fields,
    snapshot,
    touch,
    writing,
)
from desktop.storage.caleol_models import (
    AgendaItem,
    Candidate,
    Member,
)
from desktop.storage.caleol_models import Session as CaleolSession
from desktop.storage.caleol_models import Vote as VoteRow
from desktop.storage.db import Database

# --------------------------------------------------------------------------- votes


def _window_text(row: CaleolSession) -> dict:
    return {
        "opens": format_datetime_fr(row.vote_opens_at),
        "closes": format_datetime_fr(row.vote_closes_at),
    }


def not_open_message(row: CaleolSession) -> Message:
    return message(
        QT_TRANSLATE_NOOP(
            "messages",
            "La séance n'est pas ouverte (état : {status}) : ouvrez-la pour "
            "enregistrer votes et décisions.",
        ),
        status=Message(session_status(row).label),
    )


def session_vote_problem(ctx: SessionContext) -> Message | None:
    """Why no vote at all may be recorded in this session now, or ``None``."""
    row = ctx.row
    if row.locked:
        return locked_error(row).message
    if session_status(row) is not SessionStatus.OPEN:
        return not_open_message(row)
    if not ctx.quorum.reached:
        return message(
            QT_TRANSLATE_NOOP(
                "messages",
                "Le quorum n'est pas atteint : la commission ne peut pas délibérer. {details}",
            ),
            details=" ".join(str(x) for x in ctx.quorum.explanations),
        )
    if SessionMode(row.mode) is SessionMode.ECRITE and (
        row.vote_opens_at is None or row.vote_closes_at is None
    ):
        return message(
            QT_TRANSLATE_NOOP(
                "messages", "La fenêtre de vote de la séance écrite n'est pas définie."
            )
        )
    return None


def vote_problem(
    ctx: SessionContext,
    item: AgendaItem,
    candidate: Candidate,
    member: Member | None,
    voted_at: dt.datetime,
    voters: set[int],
) -> Message | None:
    """Why this member's vote on this candidate is refused, or ``None``.

    ``voters``: members with a vote on the candidate besides this one.
    """
    row = ctx.row
    if item.kind != AgendaItemKind.ATTRIBUTION.value:
        return message(QT_TRANSLATE_NOOP("messages", "On ne vote que sur les attributions."))
    if member is None or member.id not in ctx.members:
        return message(
            QT_TRANSLATE_NOOP(
                "messages", "Ce membre ne siège pas à la commission pour cette séance."
            )
        )
    name = member.full_name
    problem = rules.vote_scope_problem(MemberRole(member.role), member.commune, item.commune, name)
    if problem is not None:
        return problem
    for x in item.conflicts:
        if x.member_id == member.id and (x.candidate_id is None or x.candidate_id == candidate.id):
            return message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{name} a déclaré un conflit d'intérêts sur ce point : il ne prend "
                    "pas part au vote.",
                ),
                name=name,
            )
    mode = ctx.attendance.get(member.id, AttendanceMode.ABSENT)
    titular = member.substitute_of_id if member.substitute_of_id in ctx.members else None
    if titular is not None:
        if ctx.stand_ins.get(titular) != member.id:
            return message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{name} est suppléant : il ne vote qu'en l'absence du titulaire et "
                    "s'il participe à la séance.",
                ),
                name=name,
            )
        if titular in voters:
            return message(
                QT_TRANSLATE_NOOP(
                    "messages", "Le titulaire suppléé par {name} a déjà voté sur ce candidat."
                ),
                name=name,
            )
    elif mode not in TAKING_PART and member.id not in ctx.quorum.accepted_proxies:
        return message(
            QT_TRANSLATE_NOOP(
                "messages",
                "{name} ne participe pas à la séance (ni présent, ni à distance, ni "
                "représenté par un pouvoir valable).",
            ),
            name=name,
        )
    elif ctx.stand_ins.get(member.id) in voters:
        return message(
            QT_TRANSLATE_NOOP("messages", "Le suppléant de {name} a déjà voté sur ce candidat."),
            name=name,
        )
    opens, closes = row.vote_opens_at, row.vote_closes_at
    if SessionMode(row.mode) is SessionMode.ECRITE and not (
        opens is not None and closes is not None and opens <= voted_at <= closes
    ):
        return message(
            QT_TRANSLATE_NOOP(
                "messages",
                "Vote du {at} hors de la fenêtre de vote de la séance écrite (du "
                "{opens} au {closes}).",
            ),
            at=format_datetime_fr(voted_at),
            **_window_text(row),
        )
    return None


def _apply_vote(
    session: Session,
    actor: Actor,
    candidate: Candidate,
    member_id: int,
    vote: Vote,
    voted_at: dt.datetime,
    channel: VoteChannel,
) -> VoteRow:
    existing = next((v for v in candidate.votes if v.member_id == member_id), None)
    if existing is None:
        v = VoteRow(
            candidate_id=candidate.id,
            member_id=member_id,
            vote=vote.value,
            voted_at=voted_at,
            channel=channel.value,
            recorded_by=actor.username,
        )
        candidate.votes.append(v)
        before = None
    else:
        v = existing
        before = {"vote": v.vote, "voted_at": v.voted_at, "channel": v.channel}
        set_fields(
            v,
            {
                "vote": vote.value,
                "voted_at": voted_at,
                "channel": channel.value,
                "recorded_by": actor.username,
            },
        )
    session.flush()
    audit_event(
        session,
        actor,
        "vote",
        ENTITY_VOTE,
        v.id,
        before,
        {
            "candidate_id": candidate.id,
            "member_id": member_id,
            "vote": vote.value,
            "voted_at": voted_at,
            "channel": channel.value,
        },
    )
    return v


def _candidate_in_session(row: CaleolSession, candidate_id: int) -> tuple[AgendaItem, Candidate]:
    for item in row.items:
        for c in item.candidates:
            if c.id == candidate_id:
                return item, c
    raise not_found("candidate", candidate_id)


def _session_of_candidate(session: Session, candidate_id: int) -> int:
    sid = session.scalar(
        select(AgendaItem.session_id)
        .join(Candidate, Candidate.agenda_item_id == AgendaItem.id)
        .where(Candidate.id == candidate_id)
    )
    if sid is None:
        raise not_found("candidate", candidate_id)
    return sid


def _open_session_of(session: Session, candidate_id: int) -> CaleolSession:
    """The session examining a candidate, locked for the write: refused unless open (and
    not locked), as a vote or a decision is withdrawn only during the session."""
    row = writable_session(session, _session_of_candidate(session, candidate_id))
    if session_status(row) is not SessionStatus.OPEN:
        raise UserError(not_open_message(row))
    return row


def record_entries(
    session: Session,
    actor: Actor,
    row: CaleolSession,
    entries: Sequence[VoteEntry],
    channel: VoteChannel,
) -> list[VoteRow]:
    ctx = session_context(row)
    problem = session_vote_problem(ctx)
    if problem is not None:
        raise UserError(problem)
    stamp = now()
    errors: dict[str, Message] = {}
    planned: dict[int, set[int]] = {}
    checked = []
    for i, e in enumerate(entries):
        item, candidate = _candidate_in_session(row, e.candidate_id)
        member = ctx.members.get(e.member_id)
        voters = planned.setdefault(candidate.id, {v.member_id for v in candidate.votes})
        problem = vote_problem(
            ctx, item, candidate, member, e.voted_at or stamp, voters - {e.member_id}
        )
        if problem is not None:
            errors["vote" if len(entries) == 1 else f"votes[{i}]"] = problem
            continue
        voters.add(e.member_id)
        checked.append((item, candidate, e))
    if errors:
        raise ValidationError(errors, errors["vote"] if "vote" in errors else None)
    rows = []
    touched: dict[int, tuple[AgendaItem, Candidate]] = {}
    for item, candidate, e in checked:
        rows.append(
            _apply_vote(
                session, actor, candidate, e.member_id, Vote(e.vote), e.voted_at or stamp, channel
            )
        )
        touched[candidate.id] = (item, candidate)
    all_members = {m.id: m for m in row.commission.members}
    for item, candidate in touched.values():
        store_tally(candidate, tally_votes(item, candidate.votes, all_members))
    touch(row, actor)
    flush_or_conflict(
        session,
        QT_TRANSLATE_NOOP(
            "messages",
            "Un vote vient d'être enregistré sur un autre poste pour ce membre : rechargez la "
            "séance.",
        ),
    )
    return rows


@guarded("caleol.vote")
def record_vote(
    db: Database,
    actor: Actor,
    candidate_id: int,
    member_id: int,
    vote: Vote,
    voted_at: dt.datetime | None = None,
    channel: VoteChannel = VoteChannel.SEANCE,
) -> Saved:
    """Record (or change) a member's vote on the proposal to attribute to a candidate.

    Refused: without quorum, session not open or locked, advisory member, mayor or EPCI
    president outside his commune/territory, member in conflict of interest, member not
    taking part, substitute while the titular takes part, outside the vote window of a
    written session. Returns the tally explanations as warnings.
    """
    with managing(db, actor, ENTITY_VOTE) as session:
        row = load_session(session, _session_of_candidate(session, candidate_id), for_update=True)
        (v,) = record_entries(
            session,
            actor,
            row,
            [VoteEntry(candidate_id, member_id, Vote(vote), voted_at)],
            VoteChannel(channel),
        )
        item, candidate = _candidate_in_session(row, candidate_id)
        result = tally_votes(item, candidate.votes, {m.id: m for m in row.commission.members})
        return Saved(v.id, v.version, result.explanations if result else ())


@guarded("caleol.vote")
def record_votes(
    db: Database,
    actor: Actor,
    session_id: int,
    entries: Sequence[VoteEntry],
    channel: VoteChannel = VoteChannel.SEANCE,
) -> int:
    """Record several votes at once, all or nothing; returns how many."""
    authz.require(actor, MANAGE, entity=ENTITY_VOTE)
    if not entries:
        return 0

    with writing(db) as session:
        row = load_session(session, session_id, for_update=True)
        return len(record_entries(session, actor, row, list(entries), VoteChannel(channel)))


@guarded("caleol.vote")
def remove_vote(db: Database, actor: Actor, vote_id: int) -> None:
    with managing(db, actor, ENTITY_VOTE, vote_id) as session:
        v = load_row(session, VoteRow, vote_id, "vote")
        row = _open_session_of(session, v.candidate_id)
        item, candidate = _candidate_in_session(row, v.candidate_id)
        before = {
            "candidate_id": v.candidate_id,
            "member_id": v.member_id,
            "vote": v.vote,
            "voted_at": v.voted_at,
            "channel": v.channel,
        }
        candidate.votes.remove(v)
        session.delete(v)
        store_tally(
            candidate, tally_votes(item, candidate.votes, {m.id: m for m in row.commission.members})
        )
        touch(row, actor)
        audit_event(session, actor, "delete", ENTITY_VOTE, vote_id, before, None)


# --------------------------------------------------------------------------- decisions


@guarded("caleol.decision")
def decide(
    db: Database,
    actor: Actor,
    candidate_id: int,
    decision: Decision,
    rank: int | None = None,
    condition_document: str | None = None,
    condition_deadline: dt.date | None = None,
    reason: str | None = None,
    expected_version: int | None = None,
) -> Saved:
    """Record the commission's decision on a candidate (R441-3).

    Checked: quorum and open session; ``validate_decision`` (rank, suspensive condition
    document and deadline after the session, reason of a refusal); ranks unique across
    the dwelling; one direct attribution per dwelling. The tally of the votes (with the
    mayor's casting vote) is stored with the decision; a decision contradicting it is
    kept and returned with a warning.
    """
    authz.require(actor, MANAGE, entity=ENTITY_CANDIDATE, entity_id=candidate_id)
    decision = Decision(decision)

    with writing(db) as session:
        row = load_session(session, _session_of_candidate(session, candidate_id), for_update=True)
        ctx = session_context(row)
        problem = session_vote_problem(ctx)
        if problem is not None:
            raise UserError(problem)
        item, c = _candidate_in_session(row, candidate_id)
        check_version(c, expected_version)
        rules.validate_decision(
            decision,
            rank,
            condition_document,
            condition_deadline,
            reason,
            session_date=row.session_date,
        )
        others = [x for x in item.candidates if x is not c]
        try:
            rules.check_ranks([x.rank for x in others] + [rank])
        except ValidationError as exc:
            raise ValidationError(
                {
                    "rank": message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Le rang {rank} est déjà attribué à un autre candidat de ce logement.",
                        ),
                        rank=rank,
                    )
                }
                if rank is not None
                else exc.fields
            ) from None
        try:
            rules.check_item_decisions(
                [Decision(x.decision) if x.decision else None for x in others] + [decision]
            )
        except ValidationError as exc:
            raise ValidationError({"decision": next(iter(exc.fields.values()))}) from None
        before = snapshot(c, DECISION_FIELDS)
        result = tally_votes(item, c.votes, {m.id: m for m in row.commission.members})
        set_fields(
            c,
            {
                "decision": decision.value,
                "rank": rank,
                "condition_document": (condition_document or "").strip()[:200]
                if decision is Decision.ATTRIBUTION_CONDITION_SUSPENSIVE
                else "",
                "condition_deadline": condition_deadline
                if decision is Decision.ATTRIBUTION_CONDITION_SUSPENSIVE
                else None,
                "reason": (reason or "").strip()[:4000],
                "decided_at": now(),
                "decided_by": actor.username,
            },
        )
        store_tally(c, result)
        touch(c, actor)
        touch(row, actor)
        session.flush()
        audit_event(
            session,
            actor,
            "decision",
            ENTITY_CANDIDATE,
            c.id,
            before,
            {
                **snapshot(c, DECISION_FIELDS),
                "tally": c.tally_outcome,
                "pour": c.tally_pour,
                "contre": c.tally_contre,
                "abstention": c.tally_abstention,
                "casting_vote": c.casting_vote_used,
            },
        )
        warnings: list[Message] = list(result.explanations) if result else []
        if result is None:
            warnings.append(
                message(
                    QT_TRANSLATE_NOOP("messages", "Aucun vote n'est enregistré pour ce candidat.")
                )
            )
        contradiction = rules.decision_contradicts_tally(
            decision, result.outcome if result else None
        )
        if contradiction is not None:
            warnings.append(contradiction)
        return Saved(c.id, c.version, tuple(warnings))


@guarded("caleol.decision")
def clear_decision(
    db: Database, actor: Actor, candidate_id: int, expected_version: int | None = None
) -> Saved:
    with managing(db, actor, ENTITY_CANDIDATE, candidate_id) as session:
        row = _open_session_of(session, candidate_id)
        _item_unused, c = _candidate_in_session(row, candidate_id)
        check_version(c, expected_version)
        before = snapshot(c, DECISION_FIELDS)
        set_fields(
            c,
            {
                "decision": None,
                "rank": None,
                "condition_document": "",
                "condition_deadline": None,
                "reason": "",
                "decided_at": None,
                "decided_by": "",
                "notified_on": None,
                "offer_deadline": None,
                "offer_status": None,
                "offer_answer_on": None,
                "offer_refusal_reason": "",
                "presented_on": None,
                "offer_days": None,
            },
        )
        touch(c, actor)
        touch(row, actor)
        session.flush()
        audit_event(session, actor, "decision_annulee", ENTITY_CANDIDATE, c.id, before, None)
        return Saved(c.id, c.version)


@guarded("caleol.decision")
def set_notification(
    db: Database,
    actor: Actor,
    candidate_id: int,
    notified_on: dt.date,
    days: int | None = None,
    alsace_moselle: bool = False,
) -> Saved:
    """Record when the decision was notified and, for the candidate the dwelling is
    offered to (direct attribution, else the first ranked candidate still in line), the
    offer's answer deadline (R441-10: at least 10 days from the day after, next working
    day); the other ranked candidates get none until the offer reaches them.

    Allowed on a locked session: notification follows the signed minutes.
    """
    with managing(db, actor, ENTITY_CANDIDATE, candidate_id) as session:
        c = load_candidate(session, candidate_id)
        if not c.decision:
            raise UserError(
                message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Aucune décision n'est enregistrée pour ce candidat."
                    )
                )
            )
        row = session.get_one(CaleolSession, c.item.session_id)
        if notified_on < row.session_date:
            raise ValidationError(
                {
                    "notified_on": message(
                        QT_TRANSLATE_NOOP(
                            "messages", "La notification ne peut pas précéder la séance."
                        )
                    )
                }
            )
        deadline = None
        changes: dict[str, Any] = {"notified_on": notified_on}
        if _offered_now(c):
            # Only the candidate the dwelling is offered to gets an answer deadline; the
            # candidates ranked after him wait for his answer (R441-10).
            offer_days = days or row.commission.offer_days
            deadline = rules.offer_deadline(notified_on, offer_days, alsace_moselle)
            changes.update(
                {
                    "offer_status": rules.OfferStatus.OFFERED.value,
                    "presented_on": None,
                    "offer_days": offer_days,
                    "offer_alsace_moselle": alsace_moselle,
                }
            )
        changes["offer_deadline"] = deadline
        record_notification(session, actor, c, changes)
        return Saved(c.id, c.version)


def offer_state_of(
    item: AgendaItem, on: dt.date | None = None, ignore: Candidate | None = None
) -> rules.OfferState:
    """The offer line of a dwelling's candidates (``desktop.domain.caleol.offer_state``)
    on ``on`` (``None``: no deadline checked). ``ignore``: a candidate whose own offer
    status and deadline are left out (his notification is being recorded)."""
    return rules.offer_state(
        [
            rules.OfferCandidate(
                x.id,
                Decision(x.decision) if x.decision else None,
                x.rank,
                None if x is ignore or not x.offer_status else rules.OfferStatus(x.offer_status),
                None if x is ignore else x.offer_deadline,
            )
            for x in item.candidates
        ],
        on,
    )


def _offered_now(c: Candidate) -> bool:
    """Whether the dwelling is offered to ``c`` now: the first in line (direct
    attribution, else rank 1), or the next one when those before him refused or let
    the deadline pass (his own earlier notification ignored)."""
    if not c.decision:
        return False
    state = offer_state_of(c.item, None, ignore=c)
    return state.accepted_id is None and c.id in (state.holder_id, state.next_id)
