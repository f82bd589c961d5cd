"""The minutes built from the CALEOL tables (read-only): sessions, agenda, votes, the
members who may not vote on an item.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from desktop.domain import minutes as pv
from desktop.domain.caleol import (
    AgendaItemKind,
    AttendanceMode,
    Decision,
    FewerCandidatesReason,
    MemberRole,
    OccupationGround,
    PriorityCriterion,
    SessionMode,
    household_counted,
)
from desktop.domain.formatting import format_date_fr, utc_to_local
from desktop.domain.minutes import (
    Minutes,
)
from desktop.domain.roles import Permission
from desktop.domain.text import person_name, surname_caps
from desktop.services import authz
from desktop.services.authz import guarded
from desktop.services.caleol.common import require_session_read
from desktop.services.caleol.minutes.common import ENTITY, _no_session
from desktop.services.context import Actor
from desktop.services.write import from_row
from desktop.storage.caleol_models import (
    Candidate,
)
from desktop.storage.caleol_models import (
    Member as MemberRow,
)
from desktop.storage.caleol_models import (
    Session as SessionRow,
)
from desktop.storage.db import Database

# --------------------------------------------------------------------------- building


def _local(value: dt.datetime | None) -> dt.datetime | None:
    return utc_to_local(value) if value is not None else None


def _enum_label(enum_cls, code: str | None) -> str:
    if not code:
        return ""
    try:
        return enum_cls(code).label
    except ValueError:
        return code


def _household_text(c: Candidate) -> str:
    if c.household_composition.strip():
        return c.household_composition.strip()
    return str(household_counted(c.adults, c.children))


def _minutes_from_rows(
    session: OrmSession, row: SessionRow, secretary: str, *, capitals: bool = True
) -> Minutes:
    """``secretary``: who drafts the minutes, named when the session has no designated
    secretary (``row.secretary_name``). ``capitals``: the members' surnames in capitals
    (new minutes); ``False`` reads the session as the versions stored before wrote it,
    to compare an approved version of that time with the session."""
    from desktop.services import caleol as caleol_service
    from desktop.services import organisation
    from desktop.services.cotation import channels_text, score_text  # issue 17

    profile = organisation.load_profile_in(session)
    commission = row.commission
    attendance = {a.member_id: a for a in row.attendances}
    # The CALEOL service's reading of the session: who sits (substitutes standing in
    # for their titular included) and the quorum, exactly as votes were checked.
    context = caleol_service.common.session_context(row, capitals=capitals)

    def name(m) -> str:
        return caleol_service.common.member_name(m, capitals)

    sitting = list(context.members.values())
    # substitute -> the titular he stands in for
    substitutes = {
        m.id: m.substitute_of_id
        for m in sitting
        if m.substitute_of_id is not None and m.substitute_of_id in context.members
    }
    convened = [m for m in sitting if m.id not in substitutes or m.id in attendance]
    holders = {p.giver_id: p.holder for p in row.proxies}
    mode = SessionMode(row.mode)
    all_members = {m.id: m for m in commission.members}
    all_names = {m.id: name(m) for m in commission.members}
    agenda_communes = list(
        dict.fromkeys(
            i.commune.strip()
            for i in row.items
            if i.kind == AgendaItemKind.ATTRIBUTION.value and i.commune.strip()
        )
    )

    members = []
    for m in convened:
        a = attendance.get(m.id)
        att = AttendanceMode(a.mode) if a is not None else AttendanceMode.ABSENT
        quality = m.organisation
        if m.id in substitutes:
            titular = all_names.get(substitutes[m.id], "")
            quality = ", ".join(p for p in (f"suppléant de {titular}", quality) if p)
        represented_by = name(holders[m.id]) if m.id in holders else ""
        if m.id in context.stand_ins and not represented_by:
            represented_by = all_names.get(context.stand_ins[m.id], "") + " (suppléant)"
            att = AttendanceMode.REPRESENTE
        members.append(
            pv.MemberLine(
                name=name(m),
                role=MemberRole(m.role),
                attendance=att,
                quality=quality,
                connected_at=_local(a.connected_at) if a else None,
                represented_by=represented_by,
                # an absence recorded in the attendance list is an apology (excusé)
                excused=a is not None and att is AttendanceMode.ABSENT,
                commune=m.commune,
                president=m.is_president,
                id=m.id,
                by_right=_by_right(m, agenda_communes),
                presiding=m.id == row.acting_president_id,
            )
        )
    # The mayor of each commune where a dwelling on the agenda lies is a member by
    # right (CCH L441-2): a commune without a mayor's seat recorded still has its line.
    for commune in agenda_communes:
        if not any(_covers(m, commune) for m in sitting if m.role == MemberRole.MAIRE.value):
            members.append(
                pv.MemberLine(
                    name=f"Maire de {commune}",
                    role=MemberRole.MAIRE,
                    attendance=AttendanceMode.ABSENT,
                    quality=f"ou son représentant ; {pv.NO_SEAT}",
                    commune=commune,
                    by_right=f"membre de droit pour les logements situés à {commune}",
                )
            )
    result = context.quorum

    presiding = all_members.get(row.acting_president_id or 0)
    president = (
        name(presiding)
        if presiding is not None
        else next((name(m) for m in convened if m.is_president), "")
    )
    physical = ""
    if row.physical_requested_by is not None:
        when = _local(row.physical_requested_at)
        physical = (
            f"{name(row.physical_requested_by)} a demandé la tenue d'une séance "
            "physique"
            + (f" le {format_date_fr(when.date())}" if when else "")
            + (
                f" : {row.physical_request_note.strip()}"
                if row.physical_request_note.strip()
                else ""
            )
            + "."
        )

    names = all_names
    dwellings: list[pv.DwellingItem] = []
    reviews: list[pv.OccupationReviewItem] = []
    for item in row.items:
        if item.kind == AgendaItemKind.EXAMEN_OCCUPATION.value:
            occupants = None
            if item.household is not None:
                occupants = len(item.household.occupants) or None
            opinion = " ".join(
                t.strip() for t in (item.suitable_dwelling, item.advice) if t and t.strip()
            )
            reviews.append(
                pv.OccupationReviewItem(
                    position=len(reviews) + 1,
                    tenant=item.household_name,
                    dwelling=", ".join(
                        p
                        for p in (
                            item.address,
                            " ".join(x for x in (item.postcode, item.commune) if x),
                        )
                        if p
                    ),
                    dwelling_type=item.dwelling_type,
                    occupants=occupants,
                    grounds=tuple(g for g in (_enum_label(OccupationGround, item.ground),) if g),
                    findings=item.finding,
                    opinion=opinion,
                )
            )
            continue
        whole_item = [c.member_id for c in item.conflicts if c.candidate_id is None]
        candidates: list[pv.CandidateLine] = []
        for c in item.candidates:
            conflicted = whole_item + [
                x.member_id for x in item.conflicts if x.candidate_id == c.id
            ]
            counts: tuple[int | None, ...] = (c.tally_pour, c.tally_contre, c.tally_abstention)
            if all(v is None for v in counts) and c.votes:
                counts = tuple(
                    sum(1 for v in c.votes if v.vote == k) for k in ("POUR", "CONTRE", "ABSTENTION")
                )
            criteria = tuple(
                _enum_label(PriorityCriterion, code) for code in (c.priority_criteria or [])
            )
            candidates.append(
                pv.CandidateLine(
                    position=len(candidates) + 1,
                    numero_unique=c.numero_unique,
                    name=person_name(c.civility, c.first_name, surname_caps(c.last_name)),
                    household=_household_text(c),
                    household_size=(c.adults or 0) + (c.children or 0),
                    resources=c.monthly_resources,
                    effort_rate=c.effort_rate,
                    reste_a_vivre=c.remaining_income_per_unit,
                    priority_criteria=criteria,
                    decision=Decision(c.decision) if c.decision else None,
                    rank=c.rank,
                    condition_document=c.condition_document,
                    condition_deadline=c.condition_deadline,
                    reason=c.reason,
                    votes_for=counts[0],
                    votes_against=counts[1],
                    votes_abstention=counts[2],
                    casting_vote_used=bool(c.casting_vote_used),
                    conflicted_members=tuple(
                        dict.fromkeys(names.get(i, f"#{i}") for i in conflicted)
                    ),
                    score=score_text(session, c.id),
                    vote_channels=channels_text(c.votes),
                )
            )
        fewer = None
        if item.fewer_candidates_reason:
            try:
                fewer = FewerCandidatesReason(item.fewer_candidates_reason)
            except ValueError:
                fewer = None
        floor = ""
        if item.floor is not None:
            floor = (
                "rez-de-chaussée"
                if item.floor == 0
                else "1er étage"
                if item.floor == 1
                else f"{item.floor}e étage"
            )
        address = ", ".join(
            p for p in (item.address, " ".join(x for x in (item.postcode, item.commune) if x)) if p
        )
        dwellings.append(
            from_row(
                pv.DwellingItem,
                item,
                position=len(dwellings) + 1,
                address=address,
                programme=item.dwelling.programme if item.dwelling is not None else "",
                floor=floor,
                fewer_candidates_reason=fewer,
                candidates=tuple(candidates),
                observations=item.notes.strip(),
                non_voters=_non_voters(item, context, convened, substitutes, holders, name)
                + _mayor_without_seat(item.commune, sitting),
            )
        )

    return Minutes(
        surnames_in_capitals=capitals,
        organisation=pv.Organisation(
            profile.name, tuple(profile.address), profile.legal_mentions, profile.place
        ),
        commission=pv.Commission(
            commission.name, commission.territory, commission.reglement_version
        ),
        session=from_row(
            pv.SessionInfo,
            row,
            date=row.session_date,
            mode=mode,
            vote_opens_at=_local(row.vote_opens_at),
            vote_closes_at=_local(row.vote_closes_at),
            president=president,
            secretary=row.secretary_name.strip() or secretary,
            physical_session_requested=physical,
        ),
        members=tuple(members),
        quorum=pv.QuorumInfo.from_result(result),
        dwellings=tuple(dwellings),
        occupation_reviews=tuple(reviews),
        signed_place=profile.place,
        signed_on=row.session_date,
    )


def _covers(member: MemberRow, commune: str) -> bool:
    """Whether a mayor's (or EPCI president's) seat covers ``commune``."""
    from desktop.domain.caleol import communes_of
    from desktop.domain.text import fold

    return any(fold(c) == fold(commune) for c in communes_of(member.commune))


def _by_right(member: MemberRow, agenda_communes: list[str]) -> str:
    if member.role != MemberRole.MAIRE.value:
        return ""
    mine = [c for c in agenda_communes if _covers(member, c)]
    if not mine:
        return "sans logement de sa commune à l'ordre du jour"
    return "membre de droit pour les logements situés à " + ", ".join(mine)


def _mayor_without_seat(commune: str, sitting) -> tuple[pv.NonVoter, ...]:
    commune = commune.strip()
    if not commune or any(_covers(m, commune) for m in sitting if m.role == MemberRole.MAIRE.value):
        return ()
    return (
        pv.NonVoter(
            f"Maire de {commune}",
            pv.NonVoteReason.ABSENT,
            pv.NO_SEAT,
        ),
    )


def _non_voters(item, context, convened, substitutes, holders, name) -> tuple[pv.NonVoter, ...]:
    """The members with a deliberative voice who did not vote on the dwelling, and why:
    not concerned (a mayor for another commune's dwelling, an EPCI president outside
    its territory), conflict of interest (on the whole dwelling or on some of its
    candidates), absent (neither present, connected, represented nor stood in for),
    or present but no vote recorded (only when the votes are recorded one by one)."""
    from desktop.domain.caleol import vote_scope_problem
    from desktop.services.caleol.common import TAKING_PART

    voted_on: dict[int, set[int]] = {}
    for c in item.candidates:
        for v in c.votes:
            voted_on.setdefault(v.member_id, set()).add(c.id)
    individual = bool(voted_on)
    positions = {c.id: n for n, c in enumerate(item.candidates, start=1)}
    whole = {x.member_id for x in item.conflicts if x.candidate_id is None}
    partial: dict[int, list[int]] = {}
    for x in item.conflicts:
        if x.candidate_id is not None and x.candidate_id in positions:
            partial.setdefault(x.member_id, []).append(positions[x.candidate_id])
    out = []
    for m in convened:
        role = MemberRole(m.role)
        if not role.voting or m.id in substitutes:
            continue  # advisory seats never vote; a substitute votes as his titular
        stand_in = context.stand_ins.get(m.id)
        ids = {m.id} | ({stand_in} if stand_in else set())
        if vote_scope_problem(role, m.commune, item.commune, m.full_name) is not None:
            where = f"logement situé à {item.commune}" if item.commune.strip() else ""
            out.append(pv.NonVoter(name(m), pv.NonVoteReason.NOT_CONCERNED, where))
            continue
        if ids & whole:
            out.append(pv.NonVoter(name(m), pv.NonVoteReason.CONFLICT))
            continue
        taking_part = (
            context.attendance.get(m.id) in TAKING_PART
            or stand_in is not None
            or m.id in holders
            or m.id in context.quorum.accepted_proxies
        )
        voted = set().union(*(voted_on.get(i, set()) for i in ids))
        if not taking_part and not voted:
            out.append(pv.NonVoter(name(m), pv.NonVoteReason.ABSENT))
            continue
        conflicted = sorted({p for i in ids for p in partial.get(i, [])})
        if conflicted:
            which = ", ".join(f"n° {p}" for p in conflicted)
            noun = "candidat" if len(conflicted) == 1 else "candidats"
            out.append(pv.NonVoter(name(m), pv.NonVoteReason.CONFLICT, f"{noun} {which}"))
            continue
        if individual and not voted:
            out.append(pv.NonVoter(name(m), pv.NonVoteReason.DID_NOT_VOTE))
    return tuple(out)


def _load_session(session: OrmSession, session_id: int) -> SessionRow:
    from desktop.services import caleol as caleol_service

    row = session.scalars(
        select(SessionRow)
        .where(SessionRow.id == session_id)
        .options(*caleol_service.session_options())
    ).first()
    if row is None:
        raise _no_session(session_id)
    return row


@guarded("consultation")
def build_minutes(
    db: Database, actor: Actor, session_id: int, secretary: str | None = None
) -> Minutes:
    """The minutes of a session as the CALEOL tables hold them now (nothing written).

    The secretary named is the session's designated secretary; without one,
    ``secretary`` or else the actor (who drafts them)."""
    authz.require(actor, Permission.CALEOL_MINUTES_READ, entity=ENTITY)
    with db.reader() as session:
        row = _load_session(session, session_id)
        require_session_read(session, actor, session_id, ENTITY)
        return _minutes_from_rows(session, row, secretary or actor.label)
