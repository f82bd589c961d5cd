"""CALEOL services: what every section shares (issue 7): rights and audit entities, the
French errors, input cleaning, loading rows, the session context (quorum, members taking
part, tallies) and the mapping of rows to views."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import false, or_, select
from sqlalchemy.orm import Session, selectinload

from desktop.domain import caleol as rules
from desktop.domain.caleol import (
    AgendaItemKind,
    AttendanceMode,
    Decision,
    FewerCandidatesReason,
    MemberRole,
    OccupationGround,
    PriorityCriterion,
    QuorumResult,
    SessionMode,
    SessionStatus,
    TallyResult,
    Vote,
    VoteChannel,
)
from desktop.domain.errors import (
    NotFoundError,
    UserError,
    ValidationError,
)
from desktop.domain.formatting import (
    CENT,
    format_datetime_fr,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.roles import Permission, Role
from desktop.domain.text import bidi_controls, fold, person_name, surname_caps
from desktop.services import authz
from desktop.services.caleol.data import (
    AgendaItemView,
    AttendanceView,
    CandidateView,
    CommissionView,
    ConflictView,
    MemberView,
    ProxyView,
    SessionView,
    VoteView,
    quorum_rules_of,
)
from desktop.services.context import Actor
from desktop.services.write import (
    audit_event,
    check_version,
    from_row,
    message,
    one_row,
    set_fields,
    touch,
    writing,
)
from desktop.storage.caleol_models import (
    AgendaItem,
    Candidate,
    Commission,
    Member,
)
from desktop.storage.caleol_models import Session as CaleolSession
from desktop.storage.caleol_models import Vote as VoteRow
from desktop.storage.db import Database

T = TypeVar("T")

MANAGE = Permission.CALEOL_MANAGE
READ = Permission.CALEOL_MINUTES_READ

# Audit entities.
ENTITY_COMMISSION = "caleol_commission"
ENTITY_MEMBER = "caleol_membre"
ENTITY_SESSION = "caleol_seance"
ENTITY_ITEM = "caleol_point"
ENTITY_CANDIDATE = "caleol_candidat"
ENTITY_VOTE = "caleol_vote"

# Tenant-file timeline event kinds (occupation review).
EVENT_OCCUPATION_REVIEW = "CALEOL_EXAMEN_OCCUPATION"
EVENT_OCCUPATION_FINDING = "CALEOL_AVIS_OCCUPATION"
EVENT_KINDS = (EVENT_OCCUPATION_REVIEW, EVENT_OCCUPATION_FINDING)

TAKING_PART = (AttendanceMode.PRESENT, AttendanceMode.DISTANCE)
_MONEY_MAX = Decimal(10) ** 9


# --------------------------------------------------------------------------- errors


def not_found(what: str, row_id: Any) -> NotFoundError:
    texts = {
        "commission": QT_TRANSLATE_NOOP("messages", "La commission n° {id} n'existe pas ou plus."),
        "member": QT_TRANSLATE_NOOP("messages", "Le membre n° {id} n'existe pas ou plus."),
        "session": QT_TRANSLATE_NOOP("messages", "La séance {id} n'existe pas ou plus."),
        "item": QT_TRANSLATE_NOOP(
            "messages", "Le point n° {id} de l'ordre du jour n'existe pas ou plus."
        ),
        "candidate": QT_TRANSLATE_NOOP("messages", "Le candidat n° {id} n'existe pas ou plus."),
        "vote": QT_TRANSLATE_NOOP("messages", "Le vote n° {id} n'existe pas ou plus."),
        "proxy": QT_TRANSLATE_NOOP("messages", "Le pouvoir n° {id} n'existe pas ou plus."),
        "conflict": QT_TRANSLATE_NOOP(
            "messages", "Le conflit d'intérêts n° {id} n'existe pas ou plus."
        ),
        "household": QT_TRANSLATE_NOOP("messages", "Le dossier n° {id} n'existe pas ou plus."),
        "dwelling": QT_TRANSLATE_NOOP("messages", "Le logement n° {id} n'existe pas ou plus."),
    }
    return NotFoundError(message(texts[what], id=row_id))


def locked_error(row: CaleolSession) -> UserError:
    locked = QT_TRANSLATE_NOOP(
        "messages",
        "La séance {number} est verrouillée par son procès-verbal signé : elle ne "
        "peut plus être modifiée.",
    )
    return UserError(message(locked, number=row.number))


def ensure_unlocked(row: CaleolSession) -> None:
    """Refuse a write on a session locked by its signed minutes (for other modules too)."""
    if row.locked:
        raise locked_error(row)


def session_status(row: CaleolSession) -> SessionStatus:
    """The session's status; statuses set by the minutes count as closed."""
    try:
        return SessionStatus(row.status)
    except ValueError:
        return SessionStatus.CLOSED


def require_read(actor: Actor, entity: str, entity_id: int | None = None) -> None:
    if not (actor.can(READ) or actor.can(MANAGE)):
        raise authz.denied(actor, READ, entity=entity, entity_id=entity_id)


# An agency manager reads the commissions of his agency, those of no agency (they
# serve every agency: docs/domain.md, CALEOL) and those where his account holds an
# active member's seat (a member reads his commission's sessions); a member-only
# account (a mayor's, the State's, tenants' representative) only those where it holds
# an active seat; the other roles read every commission. The server's policies say the
# same (storage/server_roles.ROOT_TABLES, parcours_seats, parcours_member_only).


def seated_commissions(actor: Actor) -> Any:
    """The ids of the commissions where ``actor``'s account holds an active seat."""
    return select(Member.commission_id).where(
        Member.app_user_id == actor.user_id, Member.active.is_(True)
    )


def seat_scoped(actor: Actor) -> bool:
    """Whether ``actor`` reads only some commissions: an agency role, or a member-only
    account (the commissions where it sits)."""
    return actor.agency_scoped or actor.role == Role.CALEOL_MEMBER


def commission_scope(actor: Actor, *, seats: bool = True) -> Any:
    """The condition on ``Commission`` of the commissions ``actor`` reads (None: all);
    without ``seats``, an agency role's of his agency and of no agency only (his yearly
    figures)."""
    if not seat_scoped(actor):
        return None
    reads = []
    if actor.agency_scoped and actor.agency_id is not None:
        reads += [Commission.agency_id.is_(None), Commission.agency_id == actor.agency_id]
    if (seats or not actor.agency_scoped) and actor.user_id is not None:
        reads.append(Commission.id.in_(seated_commissions(actor)))
    return or_(*reads) if reads else false()


def reads_commission(session: Session, actor: Actor, commission_id: int) -> bool:
    """Whether ``actor`` reads the commission ``commission_id`` (``commission_scope``)."""
    scope = commission_scope(actor)
    if scope is None:
        return True
    found = session.scalar(select(Commission.id).where(Commission.id == commission_id, scope))
    return found is not None


def scoped_to_commissions(
    stmt: Any, actor: Actor, session_column: Any = None, *, seats: bool = True
) -> Any:
    """``stmt`` limited to the commissions ``actor`` reads: ``stmt`` selects from
    ``Commission``, or has ``session_column`` (a CALEOL session's id) to join them by
    (``seats``: as ``commission_scope``)."""
    scope = commission_scope(actor, seats=seats)
    if scope is None:
        return stmt
    if session_column is not None:
        stmt = stmt.where(
            session_column.in_(
                select(CaleolSession.id)
                .join(Commission, Commission.id == CaleolSession.commission_id)
                .where(scope)
            )
        )
        return stmt
    return stmt.where(scope)


def other_commission(actor: Actor) -> dict[str, bool]:
    """``authz.denied``'s words for a commission ``actor`` does not read: another
    agency's for an agency role, one where he does not sit for a member-only account."""
    if actor.agency_scoped:
        return {"other_agency": True}
    return {"other_commission": True}


def require_session_read(
    session: Session, actor: Actor, session_id: int, entity: str, entity_id: int | None = None
) -> None:
    """Refuse (audited, in French) an agency role the sessions of another agency's
    commission, a member-only account those of a commission where it does not sit; a
    session that does not exist is left to its loader's message."""
    if not seat_scoped(actor):
        return
    found = session.scalar(
        select(CaleolSession.commission_id).where(CaleolSession.id == session_id)
    )
    if found is not None and not reads_commission(session, actor, found):
        raise authz.denied(
            actor,
            READ,
            entity=entity,
            entity_id=session_id if entity_id is None else entity_id,
            **other_commission(actor),
        )


def require_candidate_read(session: Session, actor: Actor, candidate_id: int, entity: str) -> None:
    """``require_session_read`` for the session of the candidature ``candidate_id``."""
    if not seat_scoped(actor):
        return
    sid = session.scalar(
        select(AgendaItem.session_id)
        .join(Candidate, Candidate.agenda_item_id == AgendaItem.id)
        .where(Candidate.id == candidate_id)
    )
    if sid is not None:
        require_session_read(session, actor, sid, entity, candidate_id)


@contextmanager
def managing(
    db: Database, actor: Actor, entity: str, entity_id: int | None = None
) -> Iterator[Session]:
    """A management action's write: the right to manage the CALEOL checked (on
    ``entity``, ``entity_id`` for the audit of a refusal), then one transaction."""
    authz.require(actor, MANAGE, entity=entity, entity_id=entity_id)
    with writing(db) as session:
        yield session


def clean_text(
    value: str | None,
    limit: int,
    key: str,
    errors: dict,
    *,
    required: bool = False,
    label: str | Message = "",
) -> str:
    text = " ".join((value or "").split())
    if required and not text:
        errors[key] = message(
            QT_TRANSLATE_NOOP("messages", "{field} : saisie obligatoire."), field=label or key
        )
        return text
    return _at_most(text, limit, key, errors, label)


def clean_long_text(
    value: str | None, limit: int, key: str, errors: dict, label: str | Message = ""
) -> str:
    return _at_most((value or "").strip(), limit, key, errors, label)


def _at_most(text: str, limit: int, key: str, errors: dict, label: str | Message) -> str:
    """``text``, its error recorded under ``key`` when longer than ``limit`` or holding
    characters that reverse the writing (U+202E...) or control characters (line breaks
    and tabs aside, kept in the long texts)."""
    hidden = bidi_controls(text) or [
        f"U+{ord(c):04X}" for c in sorted(set(text)) if ord(c) < 32 and c not in "\n\r\t"
    ]
    if hidden:
        errors[key] = message(
            QT_TRANSLATE_NOOP(
                "messages",
                "{field} : caractères invisibles ou de contrôle ({codes}) : retirez-les.",
            ),
            field=label or key,
            codes=", ".join(hidden[:5]),
        )
        return text
    if len(text) > limit:
        errors[key] = message(
            QT_TRANSLATE_NOOP("messages", "{field} : {limit} caractères au plus."),
            field=label or key,
            limit=limit,
        )
    return text


@dataclass(frozen=True)
class TextField:
    """A one-line text of an input record, cleaned by ``clean_text``: the record's
    attribute (also the key of its error), its length limit and French label."""

    name: str
    limit: int
    label: str
    required: bool = False


def clean_texts(data: Any, fields: Iterable[TextField], errors: dict) -> dict[str, str]:
    """The ``fields`` of ``data`` cleaned by ``clean_text``, by name."""
    return {
        f.name: clean_text(
            getattr(data, f.name),
            f.limit,
            f.name,
            errors,
            required=f.required,
            label=message(f.label),
        )
        for f in fields
    }


def clean_money(
    value: Decimal | None, key: str, errors: dict, label: str | Message
) -> Decimal | None:
    if value is None:
        return None
    if not isinstance(value, Decimal) or not value.is_finite():
        errors[key] = message(
            QT_TRANSLATE_NOOP("messages", "{field} : montant invalide."), field=label
        )
        return None
    if value < 0 or value >= _MONEY_MAX:
        errors[key] = message(
            QT_TRANSLATE_NOOP("messages", "{field} : montant positif attendu."), field=label
        )
        return None
    if value != value.quantize(CENT):
        errors[key] = message(
            QT_TRANSLATE_NOOP("messages", "{field} : deux décimales au plus."), field=label
        )
        return None
    return value.quantize(CENT)


# --------------------------------------------------------------------------- mapping rows


def _member_view(m: Member) -> MemberView:
    return from_row(MemberView, m, role=MemberRole(m.role))


def commission_view(c: Commission) -> CommissionView:
    return from_row(
        CommissionView,
        c,
        agency_code=c.agency.code if c.agency is not None else "",
        members=tuple(_member_view(m) for m in c.members),
    )


COMMISSION_FIELDS = (
    "name",
    "territory",
    "agency_id",
    "reglement_version",
    "remote_allowed",
    "designated_required",
    "max_proxies_per_holder",
    "remote_min_share_num",
    "remote_min_share_den",
    "remote_count_represented",
    "technical_means_default",
    "offer_days",
    "active",
)
MEMBER_FIELDS = (
    "role",
    "civility",
    "last_name",
    "first_name",
    "organisation",
    "commune",
    "email",
    "voting",
    "substitute_of_id",
    "mandate_start",
    "mandate_end",
    "is_president",
    "app_user_id",
    "active",
)
SESSION_FIELDS = (
    "number",
    "session_date",
    "start_time",
    "place",
    "mode",
    "technical_means",
    "vote_opens_at",
    "vote_closes_at",
    "notes",
    "end_time",
    "secretary_name",
    "acting_president_id",
)
ITEM_FIELDS = (
    "reference",
    "address",
    "postcode",
    "commune",
    "dwelling_type",
    "surface",
    "floor",
    "rent",
    "charges",
    "accessibility",
    "funding",
    "contingent",
    "fewer_candidates_reason",
    "notes",
    "dwelling_id",
)
CANDIDATE_FIELDS = (
    "numero_unique",
    "civility",
    "last_name",
    "first_name",
    "postal_address",
    "household_composition",
    "adults",
    "children",
    "monthly_resources",
    "effort_rate",
    "remaining_income_per_unit",
    "priority_criteria",
    "public_prioritaire",
    "current_housing",
    "application_date",
    "notes",
)
DECISION_FIELDS = ("decision", "rank", "condition_document", "condition_deadline", "reason")


# --------------------------------------------------------------------------- loading


def load_commission(session: Session, commission_id: int) -> Commission:
    c = session.scalars(
        select(Commission)
        .where(Commission.id == commission_id)
        .options(selectinload(Commission.members), selectinload(Commission.agency))
    ).one_or_none()
    if c is None:
        raise not_found("commission", commission_id)
    return c


def session_options():
    """Loader options that fetch everything a session view needs in a few queries."""
    return (
        selectinload(CaleolSession.commission).selectinload(Commission.members),
        selectinload(CaleolSession.commission).selectinload(Commission.agency),
        selectinload(CaleolSession.attendances),
        selectinload(CaleolSession.proxies),
        selectinload(CaleolSession.items)
        .selectinload(AgendaItem.candidates)
        .selectinload(Candidate.votes),
        selectinload(CaleolSession.items).selectinload(AgendaItem.conflicts),
    )


def load_session(session: Session, session_id: int, *, for_update: bool = False) -> CaleolSession:
    stmt = select(CaleolSession).where(CaleolSession.id == session_id).options(*session_options())
    missing = not_found("session", session_id)
    return one_row(session, stmt, missing, for_update=for_update, of=CaleolSession)


def load_row(session: Session, model: type[T], row_id: Any, what: str) -> T:
    """The row ``row_id`` of ``model``, or the French "n'existe pas ou plus" error
    (``what``: one of the kinds of ``not_found``)."""
    row = session.get(model, row_id)
    if row is None:
        raise not_found(what, row_id)
    return row


def id_of(session: Session, model: type, key: str) -> int | None:
    """The id ``key`` gives (``12``, ``#12``) when ``model`` has a row of that id."""
    digits = key.lstrip("#")
    # isdecimal: ASCII-like digits only; 9 digits at most fit an INTEGER column.
    if digits.isdecimal() and len(digits) <= 9 and session.get(model, int(digits)) is not None:
        return int(digits)
    return None


def single_id(ids: Sequence[int], what: str, /, **params: Any) -> int | None:
    """The one id of ``ids`` a key names (None: none); several: the refusal that lists
    them (``#3, #7``) for the user to type one instead."""
    texts = {
        "session": QT_TRANSLATE_NOOP(
            "messages",
            "Plusieurs commissions ont une séance n° {number} : indiquez son identifiant ({ids}).",
        ),
        "item": QT_TRANSLATE_NOOP(
            "messages",
            "La référence {reference} désigne plusieurs logements de la séance "
            "{number} : indiquez l'identifiant du point ({ids}).",
        ),
        "candidate": QT_TRANSLATE_NOOP(
            "messages",
            "Le numéro unique {numero} désigne plusieurs candidatures : "
            "indiquez l'identifiant du candidat ({ids}).",
        ),
    }
    if len(ids) > 1:
        raise UserError(message(texts[what], ids=", ".join(f"#{i}" for i in ids), **params))
    return ids[0] if ids else None


def load_item(session: Session, item_id: int) -> AgendaItem:
    return load_row(session, AgendaItem, item_id, "item")


def load_candidate(session: Session, candidate_id: int) -> Candidate:
    return load_row(session, Candidate, candidate_id, "candidate")


def member_of(session: Session, commission_id: int, member_id: int) -> Member | None:
    """Member ``member_id`` when he sits on commission ``commission_id``, else ``None``."""
    m = session.get(Member, member_id)
    return m if m is not None and m.commission_id == commission_id else None


def session_member(session: Session, row: CaleolSession, member_id: int) -> Member:
    """A member of the session's commission (``NotFoundError`` for any other id)."""
    m = member_of(session, row.commission_id, member_id)
    if m is None:
        raise not_found("member", member_id)
    return m


def writable_session(session: Session, session_id: int) -> CaleolSession:
    row = load_session(session, session_id, for_update=True)
    ensure_unlocked(row)
    return row


def writable_item(
    session: Session, item_id: int, expected_version: int | None = None
) -> tuple[AgendaItem, CaleolSession]:
    """An agenda item at the version the user read, and its session (locked, and
    refused when its signed minutes lock it)."""
    item = load_item(session, item_id)
    row = writable_session(session, item.session_id)
    check_version(item, expected_version)
    return item, row


def writable_candidate(
    session: Session, candidate_id: int, expected_version: int | None = None
) -> tuple[Candidate, AgendaItem, CaleolSession]:
    """A candidate at the version the user read, his agenda item and its session
    (locked, and refused when its signed minutes lock it)."""
    c = load_candidate(session, candidate_id)
    item = c.item
    row = writable_session(session, item.session_id)
    check_version(c, expected_version)
    return c, item, row


# --------------------------------------------------------------------------- quorum


def _session_members(row: CaleolSession) -> list[Member]:
    """Members sitting at the session: active with a mandate covering its date, plus
    whoever attended, holds or gave a proxy or voted (kept even if deactivated since)."""
    used = {a.member_id for a in row.attendances}
    used |= {p.giver_id for p in row.proxies} | {p.holder_id for p in row.proxies}
    for item in row.items:
        for c in item.candidates:
            used |= {v.member_id for v in c.votes}
    day = row.session_date
    out = []
    for m in row.commission.members:
        sitting = (
            m.active
            and (m.mandate_start is None or m.mandate_start <= day)
            and (m.mandate_end is None or m.mandate_end >= day)
        )
        if sitting or m.id in used:
            out.append(m)
    return out


@dataclass
class SessionContext:
    """What the vote and quorum rules need about one session."""

    row: CaleolSession
    members: dict[int, Member]
    attendance: dict[int, AttendanceMode]
    #: titular id -> the substitute taking part in his place
    stand_ins: dict[int, int]
    quorum: QuorumResult


def member_name(member: Member, capitals: bool = False) -> str:
    """« Mme Claire Moreau », or with ``capitals`` « Mme Claire MOREAU » (the minutes
    made since their members' surnames are written as the candidates')."""
    if not capitals:
        return member.full_name
    return person_name(member.civility, member.first_name, surname_caps(member.last_name))


def session_context(row: CaleolSession, *, capitals: bool = False) -> SessionContext:
    """``capitals``: the members named with their surnames in capitals (the quorum's
    explanations of new minutes, ``member_name``)."""
    members = {m.id: m for m in _session_members(row)}
    attendance = {a.member_id: AttendanceMode(a.mode) for a in row.attendances}
    effective = dict(attendance)
    stand_ins: dict[int, int] = {}
    for m in members.values():
        titular = m.substitute_of_id
        if (
            titular in members
            and attendance.get(m.id) in TAKING_PART
            and attendance.get(titular, AttendanceMode.ABSENT) not in TAKING_PART
        ):
            effective[titular] = attendance[m.id]
            stand_ins[titular] = m.id
    substitutes = {m.id for m in members.values() if m.substitute_of_id in members}
    by_substitute = {s: t for t, s in stand_ins.items()}
    domain_members = [
        rules.Member(m.id, MemberRole(m.role), member_name(m, capitals), m.commune or None)
        for m in members.values()
        if m.id not in substitutes
    ]
    proxies = [
        rules.Proxy(p.giver_id, by_substitute.get(p.holder_id, p.holder_id)) for p in row.proxies
    ]
    result = rules.check_quorum(
        domain_members, effective, proxies, quorum_rules_of(row.commission), SessionMode(row.mode)
    )
    return SessionContext(row, members, attendance, stand_ins, result)


# Public names for the other CALEOL services (minutes, letters), which read a session
# exactly as the votes were checked: ``session_context(row)`` gives ``members``
# (sitting), ``attendance``, ``stand_ins`` (titular id -> substitute id), ``quorum``.


def tally_of(
    item: AgendaItem, candidate: Candidate, members: Mapping[int, Member]
) -> TallyResult | None:
    """The tally of a candidate's recorded votes (``members``: the commission's, by id)."""
    return tally_votes(item, candidate.votes, members)


def tally_votes(
    item: AgendaItem, votes: Sequence[VoteRow], members: Mapping[int, Member]
) -> TallyResult | None:
    if not votes:
        return None
    others: list[Vote] = []
    mayor_vote: Vote | None = None
    mayor_commune: str | None = None
    for v in votes:
        m = members.get(v.member_id)
        value = Vote(v.vote)
        if m is not None and m.role == MemberRole.MAIRE.value and mayor_vote is None:
            communes = rules.communes_of(m.commune)
            match = next((c for c in communes if fold(c) == fold(item.commune or "")), None)
            mayor_vote, mayor_commune = value, match or (communes[0] if communes else None)
        else:
            others.append(value)
    return rules.tally(others, mayor_vote, item.commune or None, mayor_commune)


def store_tally(candidate: Candidate, result: TallyResult | None) -> None:
    set_fields(
        candidate,
        {
            "tally_outcome": result.outcome.value if result else None,
            "tally_pour": result.pour if result else None,
            "tally_contre": result.contre if result else None,
            "tally_abstention": result.abstention if result else None,
            "casting_vote_used": bool(result and result.casting_vote_used),
        },
    )


# --------------------------------------------------------------------------- views


def _candidate_view(item: AgendaItem, c: Candidate, members: Mapping[int, Member]) -> CandidateView:
    result = tally_votes(item, c.votes, members)
    warnings: list[Message] = []
    if c.decision:
        contradiction = rules.decision_contradicts_tally(
            Decision(c.decision), result.outcome if result else None
        )
        if contradiction:
            warnings.append(contradiction)
    votes = []
    for v in c.votes:
        m = members.get(v.member_id)
        votes.append(
            VoteView(
                v.id,
                v.member_id,
                m.full_name if m else f"#{v.member_id}",
                MemberRole(m.role) if m else MemberRole.DESIGNE,
                Vote(v.vote),
                v.voted_at,
                VoteChannel(v.channel),
                v.recorded_by,
            )
        )
    return from_row(
        CandidateView,
        c,
        priority_criteria=tuple(PriorityCriterion(p) for p in (c.priority_criteria or [])),
        decision=Decision(c.decision) if c.decision else None,
        tally=result,
        casting_vote_used=bool(result and result.casting_vote_used),
        votes=tuple(votes),
        warnings=tuple(warnings),
    )


def record_notification(
    session: Session, actor: Actor, c: Candidate, changes: Mapping[str, Any], **audited: Any
) -> None:
    """Record that ``c``'s decision was notified: ``changes`` set ``notified_on`` and
    ``offer_deadline`` (and, for an offer, its status and delay); audited with
    ``audited`` (the letter's reference)."""
    before = {"notified_on": c.notified_on, "offer_deadline": c.offer_deadline}
    set_fields(c, changes)
    touch(c, actor)
    session.flush()
    after = {"notified_on": c.notified_on, "offer_deadline": c.offer_deadline, **audited}
    audit_event(session, actor, "notification", ENTITY_CANDIDATE, c.id, before, after)


def candidate_line(c: Candidate, item: AgendaItem) -> dict[str, Any]:
    """The fields of ``CandidateRef`` (a line of the letter plan or the offer
    follow-up) for ``c`` and his dwelling ``item``."""
    return {
        "candidate_id": c.id,
        "candidate_version": c.version,
        "candidate_name": c.full_name,
        "numero_unique": c.numero_unique,
        "item_id": item.id,
        "dwelling_reference": item.reference,
    }


def item_warnings(item: AgendaItem) -> list[Message]:
    if item.kind != AgendaItemKind.ATTRIBUTION.value:
        return []
    reason = (
        FewerCandidatesReason(item.fewer_candidates_reason)
        if item.fewer_candidates_reason
        else None
    )
    try:
        return rules.check_dwelling_candidates(
            [rules.Candidate(c.numero_unique, c.rank, c.full_name) for c in item.candidates], reason
        )
    except ValidationError as exc:  # stored data no longer valid: show why
        return list(exc.fields.values())


def _item_view(item: AgendaItem, members: Mapping[int, Member]) -> AgendaItemView:
    def name(member_id: int) -> str:
        m = members.get(member_id)
        return m.full_name if m else f"#{member_id}"

    return from_row(
        AgendaItemView,
        item,
        kind=AgendaItemKind(item.kind),
        fewer_candidates_reason=FewerCandidatesReason(item.fewer_candidates_reason)
        if item.fewer_candidates_reason
        else None,
        ground=OccupationGround(item.ground) if item.ground else None,
        candidates=tuple(_candidate_view(item, c, members) for c in item.candidates),
        conflicts=tuple(
            ConflictView(x.id, x.member_id, name(x.member_id), x.candidate_id, x.note)
            for x in item.conflicts
        ),
        warnings=tuple(item_warnings(item)),
    )


def session_view(row: CaleolSession) -> SessionView:
    ctx = session_context(row)
    members = ctx.members
    all_members = {m.id: m for m in row.commission.members}
    recorded = {a.member_id: a for a in row.attendances}
    attendances = []
    for m in members.values():
        a = recorded.get(m.id)
        attendances.append(
            AttendanceView(
                member_id=m.id,
                member_name=m.full_name,
                role=MemberRole(m.role),
                voting=m.voting,
                mode=AttendanceMode(a.mode) if a else AttendanceMode.ABSENT,
                connected_at=a.connected_at if a else None,
                note=a.note if a else "",
                recorded=a is not None,
                stand_in_id=ctx.stand_ins.get(m.id),
                version=a.version if a else None,
            )
        )
    proxies = []
    for p in row.proxies:
        giver, holder = all_members.get(p.giver_id), all_members.get(p.holder_id)
        proxies.append(
            ProxyView(
                p.id,
                p.giver_id,
                giver.full_name if giver else f"#{p.giver_id}",
                p.holder_id,
                holder.full_name if holder else f"#{p.holder_id}",
                ctx.quorum.accepted_proxies.get(p.giver_id) is not None,
                p.note,
            )
        )
    items = tuple(_item_view(i, all_members) for i in row.items)
    warnings: list[Message] = []
    from sqlalchemy.orm import object_session

    from desktop.services.caleol.seal import seal_problem

    db_session = object_session(row)
    tampered = seal_problem(db_session, ENTITY_SESSION, row) if db_session else None
    if tampered is not None:
        warnings.append(tampered)
    if not ctx.quorum.reached:
        warnings.append(
            message(
                QT_TRANSLATE_NOOP(
                    "messages", "Le quorum n'est pas atteint : votes et décisions sont bloqués."
                )
            )
        )
    if row.physical_requested_at is not None:
        requester = all_members.get(row.physical_requested_by_id or 0)
        warnings.append(
            message(
                QT_TRANSLATE_NOOP(
                    "messages", "Une séance physique a été demandée par {name} le {date}."
                ),
                name=requester.full_name if requester else "?",
                date=format_datetime_fr(row.physical_requested_at),
            )
        )
    if SessionMode(row.mode) is SessionMode.ECRITE and (
        row.vote_opens_at is None or row.vote_closes_at is None
    ):
        warnings.append(
            message(
                QT_TRANSLATE_NOOP(
                    "messages", "La fenêtre de vote de la séance écrite n'est pas définie."
                )
            )
        )
    for item in items:
        label = item.reference or item.address or item.household_name
        for w in item.warnings:
            warnings.append(
                message(QT_TRANSLATE_NOOP("messages", "{item} : {warning}"), item=label, warning=w)
            )
        for c in item.candidates:
            for w in c.warnings:
                warnings.append(
                    message(
                        QT_TRANSLATE_NOOP("messages", "{item}, {candidate} : {warning}"),
                        item=label,
                        candidate=c.full_name,
                        warning=w,
                    )
                )
    requester = all_members.get(row.physical_requested_by_id or 0)
    return from_row(
        SessionView,
        row,
        commission=commission_view(row.commission),
        mode=SessionMode(row.mode),
        acting_president_name=(
            all_members[row.acting_president_id].full_name
            if row.acting_president_id in all_members
            else ""
        ),
        status=session_status(row),
        raw_status=row.status,
        physical_requested_by_name=requester.full_name if requester else "",
        members=tuple(_member_view(m) for m in members.values()),
        attendances=tuple(attendances),
        proxies=tuple(proxies),
        items=items,
        quorum=ctx.quorum,
        warnings=tuple(warnings),
    )
