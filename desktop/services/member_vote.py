"""A commission member with an account votes in the application (issue 17).

The member casts his OWN votes only: the account must be linked to a seat of the
session's commission (``caleol_member.app_user_id``). The votes go through the CALEOL
vote service's checks unchanged (open session, quorum, voting window of a written
session, voting right, commune of the mayor / territory of the EPCI president,
conflicts of interest, substitutes) and are recorded with the channel
``VoteChannel.MEMBRE``, which the minutes report. The time of the vote is the
server's clock (``now``), never a value the member types.

The ballot shows the candidates with what the law lets members see to decide
(numéro unique, household, resources, priorities, score), not their postal address
nor the secretary's notes (UNCONFIRMED reading of the CNIL framework: configurable
by removing fields here).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from desktop.domain.caleol import AgendaItemKind, Vote, VoteChannel
from desktop.domain.errors import UserError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import Permission
from desktop.services import authz, context, write
from desktop.services import caleol as cal
from desktop.services.authz import guarded
from desktop.services.caleol import VoteEntry
from desktop.services.caleol import common as cal_common
from desktop.services.caleol import votes as cal_votes
from desktop.services.context import Actor
from desktop.services.write import message as _m
from desktop.storage.caleol_models import Member
from desktop.storage.cotation_models import CandidateCotation
from desktop.storage.db import Database

ENTITY = cal.ENTITY_VOTE


def now():
    """The vote's time (tests replace this function, never the member)."""
    return context.now()


@dataclass(frozen=True)
class BallotCandidate:
    candidate_id: int
    numero_unique: str
    name: str
    household: str
    resources: Decimal | None
    priorities: tuple[str, ...]
    score: Decimal | None
    my_vote: Vote | None
    problem: str  # why this member cannot vote on it now ("" if he can)


@dataclass(frozen=True)
class BallotItem:
    item_id: int
    reference: str
    commune: str
    dwelling_type: str
    candidates: tuple[BallotCandidate, ...]


@dataclass(frozen=True)
class Ballot:
    session_id: int
    number: str
    member_id: int
    member_name: str
    window: str
    problem: str  # why no vote at all now ("" if votes are open)
    items: tuple[BallotItem, ...]


def _require(actor: Actor) -> None:
    if not actor.can(Permission.CALEOL_MINUTES_READ):
        raise authz.denied(actor, Permission.CALEOL_MINUTES_READ, entity=ENTITY)
    if actor.user_id is None:
        raise UserError(
            _m(QT_TRANSLATE_NOOP("messages", "Seul un membre connecté avec son compte peut voter."))
        )


def _my_seat(row, actor: Actor) -> Member:
    seat = next(
        (m for m in row.commission.members if m.app_user_id == actor.user_id and m.active), None
    )
    if seat is None:
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Votre compte n'est lié à aucun siège de la commission {name} : "
                    "vous ne pouvez pas voter à cette séance.",
                ),
                name=row.commission.name,
            )
        )
    return seat


@guarded("caleol.vote_membre")
def ballot(db: Database, actor: Actor, session_id: int) -> Ballot:
    """What the signed-in member may vote on in this session, and his votes so far."""
    _require(actor)
    at = now()
    with db.reader() as session:
        row = cal_common.load_session(session, session_id)
        seat = _my_seat(row, actor)
        ctx = cal_common.session_context(row)
        general = cal_votes.session_vote_problem(ctx)
        scores = dict(
            session.execute(select(CandidateCotation.candidate_id, CandidateCotation.total))
            .tuples()
            .all()
        )
        items = []
        for item in row.items:
            if item.kind != AgendaItemKind.ATTRIBUTION.value:
                continue
            cands = []
            for c in item.candidates:
                mine = next((Vote(v.vote) for v in c.votes if v.member_id == seat.id), None)
                voters = {v.member_id for v in c.votes} - {seat.id}
                problem = general or cal_votes.vote_problem(
                    ctx, item, c, ctx.members.get(seat.id), at, voters
                )
                cands.append(
                    BallotCandidate(
                        c.id,
                        c.numero_unique,
                        c.full_name,
                        c.household_composition,
                        c.monthly_resources,
                        tuple(c.priority_criteria or ()),
                        scores.get(c.id),
                        mine,
                        str(problem) if problem else "",
                    )
                )
            items.append(
                BallotItem(item.id, item.reference, item.commune, item.dwelling_type, tuple(cands))
            )
        window = ""
        if row.vote_opens_at and row.vote_closes_at:
            w = cal_votes._window_text(row)
            window = f"du {w['opens']} au {w['closes']}"
        return Ballot(
            row.id,
            row.number,
            seat.id,
            seat.full_name,
            window,
            str(general) if general else "",
            tuple(items),
        )


@guarded("caleol.vote_membre")
def cast_my_vote(db: Database, actor: Actor, candidate_id: int, vote: Vote) -> cal.Saved:
    """Record the signed-in member's own vote on a candidate (or change it), with every
    check of the CALEOL vote service; channel ``MEMBRE``; audited under his name."""
    _require(actor)
    at = now()

    def body(session) -> cal.Saved:
        row = cal_common.load_session(
            session, cal_votes._session_of_candidate(session, candidate_id), for_update=True
        )
        seat = _my_seat(row, actor)
        (v,) = cal_votes.record_entries(
            session,
            actor,
            row,
            [VoteEntry(candidate_id, seat.id, Vote(vote), at)],
            VoteChannel.MEMBRE,
        )
        return cal.Saved(v.id, v.version, ())

    return write.transaction(db, body)
