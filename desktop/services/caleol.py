"""CALEOL: commissions and their members, sessions, agenda (dwellings and occupation
reviews), candidates, attendance and proxies, quorum, votes, decisions, the import of
the remote voting tool's export, and the occupation-review queue (issue 7).

One function per user action, ``(db, actor, ...)``: rights checked with
``desktop.services.authz`` (writes: ``CALEOL_MANAGE``; reads: ``CALEOL_MINUTES_READ``
or ``CALEOL_MANAGE``), one transaction, an audit event per write, French messages.
The rules themselves are the pure functions of ``desktop.domain.caleol``.

- A session locked by its signed minutes (``locked``) refuses every write, except the
  notification date of a decision (``set_notification``), which happens after it.
- Votes and decisions need an open session (``SessionStatus.OPEN``) and the quorum
  of the commission's *règlement intérieur*.
- Editable rows carry a ``version``: pass the version read as ``expected_version``;
  a row changed meanwhile by someone else raises ``ConflictError``.
- Timestamps are naive UTC, like everywhere in the application (``context.now``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from desktop.domain import caleol as rules
from desktop.domain.calendar_fr import add_months
from desktop.domain.caleol import (
    AgendaItemKind,
    AttendanceMode,
    Decision,
    FewerCandidatesReason,
    MemberRole,
    OccupationGround,
    PriorityCriterion,
    QuorumResult,
    QuorumRules,
    SessionMode,
    SessionStatus,
    TallyResult,
    Vote,
    VoteChannel,
)
from desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    UserError,
    ValidationError,
)
from desktop.domain.formatting import (
    CENT,
    format_date_fr,
    format_datetime_fr,
    utc_to_local,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.minutes import format_time_fr
from desktop.domain.roles import Permission
from desktop.domain.tenant import DWELLING_TYPES, FileStatus
from desktop.domain.text import fold
from desktop.services import audit, authz
from desktop.services.authz import guarded
from desktop.services.context import Actor, now, today
from desktop.storage.caleol_models import (
    AgendaItem,
    Attendance,
    Candidate,
    Commission,
    ConflictOfInterest,
    Member,
    Proxy,
)
from desktop.storage.caleol_models import Session as CaleolSession
from desktop.storage.caleol_models import Vote as VoteRow
from desktop.storage.db import Database
from desktop.storage.models import (
    Agency,
    AppUser,
    Dwelling,
    Household,
    Lease,
    Occupant,
    TimelineEvent,
)

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

_TAKING_PART = (AttendanceMode.PRESENT, AttendanceMode.DISTANCE)
_MONEY_MAX = Decimal(10) ** 9


def _m(template: str, /, **params) -> Message:
    return Message(template, params)


def _render(message: Message | str) -> str:
    if not isinstance(message, Message):
        return str(message)
    params = {k: _render(v) if isinstance(v, Message) else v for k, v in message.params.items()}
    return message.template.format(**params) if params else message.template


# --------------------------------------------------------------------------- inputs


@dataclass(frozen=True)
class CommissionData:
    name: str
    territory: str = ""
    agency_id: int | None = None
    reglement_version: str = ""
    remote_allowed: bool = True
    designated_required: int = 3
    max_proxies_per_holder: int = 1
    remote_min_share_num: int = 1
    remote_min_share_den: int = 2
    remote_count_represented: bool = True
    technical_means_default: str = ""
    offer_days: int = rules.MIN_OFFER_DAYS


@dataclass(frozen=True)
class MemberData:
    role: MemberRole
    last_name: str
    first_name: str = ""
    civility: str = ""
    organisation: str = ""
    #: the mayor's commune; the EPCI's communes separated by commas (none: all)
    commune: str = ""
    email: str = ""
    substitute_of_id: int | None = None
    mandate_start: dt.date | None = None
    mandate_end: dt.date | None = None
    is_president: bool = False
    app_user_id: int | None = None


@dataclass(frozen=True)
class SessionData:
    number: str
    session_date: dt.date
    mode: SessionMode = SessionMode.PRESENTIEL
    start_time: dt.time | None = None
    place: str = ""
    technical_means: str = ""
    #: written remote sessions (naive UTC)
    vote_opens_at: dt.datetime | None = None
    vote_closes_at: dt.datetime | None = None
    notes: str = ""
    #: local time the session was closed (after ``start_time``); the minutes say
    #: "la séance est levée à 16 h 20"
    end_time: dt.time | None = None
    #: designated secretary named in the minutes; empty: whoever drafts them
    secretary_name: str = ""


@dataclass(frozen=True)
class DwellingItemData:
    """A *fiche logement*, typed in or taken from the dwelling tables."""

    reference: str = ""
    address: str = ""
    postcode: str = ""
    commune: str = ""
    dwelling_type: str = ""
    surface: Decimal | None = None
    floor: int | None = None
    rent: Decimal | None = None
    charges: Decimal | None = None
    accessibility: str = ""
    funding: str = ""
    contingent: str = ""
    fewer_candidates_reason: FewerCandidatesReason | None = None
    notes: str = ""
    dwelling_id: int | None = None


@dataclass(frozen=True)
class CandidateData:
    numero_unique: str
    last_name: str
    first_name: str = ""
    civility: str = ""
    postal_address: str = ""
    household_composition: str = ""
    adults: int = 1
    children: int = 0
    monthly_resources: Decimal | None = None
    #: percent (27.45 = 27,45 %)
    effort_rate: Decimal | None = None
    remaining_income_per_unit: Decimal | None = None
    priority_criteria: tuple[PriorityCriterion, ...] = ()
    public_prioritaire: bool = False
    current_housing: str = ""
    application_date: dt.date | None = None
    notes: str = ""


@dataclass(frozen=True)
class VoteEntry:
    candidate_id: int
    member_id: int
    vote: Vote
    voted_at: dt.datetime | None = None  # naive UTC; None: now


# --------------------------------------------------------------------------- views


@dataclass(frozen=True)
class Saved:
    """What a write returns: the row, its new version, warnings to show."""

    id: int
    version: int
    warnings: tuple[Message, ...] = ()


@dataclass(frozen=True)
class MemberView:
    id: int
    commission_id: int
    version: int
    role: MemberRole
    civility: str
    last_name: str
    first_name: str
    organisation: str
    commune: str
    email: str
    voting: bool
    substitute_of_id: int | None
    mandate_start: dt.date | None
    mandate_end: dt.date | None
    is_president: bool
    app_user_id: int | None
    active: bool

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.civility, self.first_name, self.last_name) if p)

    @property
    def role_label(self) -> str:
        return self.role.label


@dataclass(frozen=True)
class CommissionView:
    id: int
    version: int
    name: str
    territory: str
    agency_id: int | None
    agency_code: str
    reglement_version: str
    remote_allowed: bool
    designated_required: int
    max_proxies_per_holder: int
    remote_min_share_num: int
    remote_min_share_den: int
    remote_count_represented: bool
    technical_means_default: str
    offer_days: int
    active: bool
    members: tuple[MemberView, ...]

    @property
    def quorum_rules(self) -> QuorumRules:
        return QuorumRules(
            effective_from=dt.date.min, designated_required=self.designated_required,
            max_proxies_per_holder=self.max_proxies_per_holder,
            remote_allowed=self.remote_allowed,
            remote_min_share=Fraction(self.remote_min_share_num, self.remote_min_share_den),
            remote_count_represented=self.remote_count_represented,
            source=self.reglement_version)

    @property
    def president(self) -> MemberView | None:
        return next((m for m in self.members if m.is_president and m.active), None)


@dataclass(frozen=True)
class SessionSummary:
    id: int
    version: int
    commission_id: int
    commission_name: str
    number: str
    session_date: dt.date
    start_time: dt.time | None
    mode: SessionMode
    status: SessionStatus
    locked: bool
    items: int
    candidates: int
    decided: int


@dataclass(frozen=True)
class AttendanceView:
    member_id: int
    member_name: str
    role: MemberRole
    voting: bool
    mode: AttendanceMode
    connected_at: dt.datetime | None
    note: str
    recorded: bool  # False: no attendance typed in (absent by default)
    #: a substitute taking part in place of this titular member
    stand_in_id: int | None = None
    version: int | None = None


@dataclass(frozen=True)
class ProxyView:
    id: int
    giver_id: int
    giver_name: str
    holder_id: int
    holder_name: str
    accepted: bool
    note: str


@dataclass(frozen=True)
class VoteView:
    id: int
    member_id: int
    member_name: str
    role: MemberRole
    vote: Vote
    voted_at: dt.datetime
    channel: VoteChannel
    recorded_by: str


@dataclass(frozen=True)
class ConflictView:
    id: int
    member_id: int
    member_name: str
    candidate_id: int | None
    note: str


@dataclass(frozen=True)
class CandidateView:
    id: int
    version: int
    agenda_item_id: int
    position: int
    numero_unique: str
    civility: str
    last_name: str
    first_name: str
    postal_address: str
    household_composition: str
    adults: int
    children: int
    monthly_resources: Decimal | None
    effort_rate: Decimal | None
    remaining_income_per_unit: Decimal | None
    priority_criteria: tuple[PriorityCriterion, ...]
    public_prioritaire: bool
    current_housing: str
    application_date: dt.date | None
    notes: str
    decision: Decision | None
    rank: int | None
    condition_document: str
    condition_deadline: dt.date | None
    reason: str
    decided_at: dt.datetime | None
    decided_by: str
    #: the tally of the recorded votes (None: no vote)
    tally: TallyResult | None
    casting_vote_used: bool
    notified_on: dt.date | None
    offer_deadline: dt.date | None
    votes: tuple[VoteView, ...]
    warnings: tuple[Message, ...]

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.civility, self.first_name, self.last_name) if p)


@dataclass(frozen=True)
class AgendaItemView:
    id: int
    version: int
    position: int
    kind: AgendaItemKind
    dwelling_id: int | None
    reference: str
    address: str
    postcode: str
    commune: str
    dwelling_type: str
    surface: Decimal | None
    floor: int | None
    rent: Decimal | None
    charges: Decimal | None
    accessibility: str
    funding: str
    contingent: str
    fewer_candidates_reason: FewerCandidatesReason | None
    notes: str
    household_id: int | None
    household_name: str
    ground: OccupationGround | None
    finding: str
    suitable_dwelling: str
    advice: str
    finding_recorded_at: dt.datetime | None
    finding_recorded_by: str
    candidates: tuple[CandidateView, ...]
    conflicts: tuple[ConflictView, ...]
    warnings: tuple[Message, ...]


@dataclass(frozen=True)
class SessionView:
    id: int
    version: int
    commission: CommissionView
    number: str
    session_date: dt.date
    start_time: dt.time | None
    place: str
    mode: SessionMode
    technical_means: str
    end_time: dt.time | None
    secretary_name: str
    vote_opens_at: dt.datetime | None
    vote_closes_at: dt.datetime | None
    status: SessionStatus
    raw_status: str
    locked: bool
    locked_at: dt.datetime | None
    locked_by: str
    physical_requested_by_id: int | None
    physical_requested_by_name: str
    physical_requested_at: dt.datetime | None
    physical_request_note: str
    notes: str
    #: the commission's members for this session (mandate covering its date, plus
    #: any member who attended or voted)
    members: tuple[MemberView, ...]
    attendances: tuple[AttendanceView, ...]
    proxies: tuple[ProxyView, ...]
    items: tuple[AgendaItemView, ...]
    quorum: QuorumResult
    warnings: tuple[Message, ...]
    created_at: dt.datetime
    created_by: str
    updated_at: dt.datetime
    updated_by: str

    def member(self, member_id: int) -> MemberView | None:
        return next((m for m in self.members if m.id == member_id), None)


# --------------------------------------------------------------------------- errors


def _not_found(what: str, row_id: Any) -> NotFoundError:
    texts = {
        "commission": QT_TRANSLATE_NOOP("messages", "La commission n° {id} n'existe pas ou plus."),
        "member": QT_TRANSLATE_NOOP("messages", "Le membre n° {id} n'existe pas ou plus."),
        "session": QT_TRANSLATE_NOOP("messages", "La séance {id} n'existe pas ou plus."),
        "item": QT_TRANSLATE_NOOP(
            "messages", "Le point n° {id} de l'ordre du jour n'existe pas ou plus."),
        "candidate": QT_TRANSLATE_NOOP("messages", "Le candidat n° {id} n'existe pas ou plus."),
        "vote": QT_TRANSLATE_NOOP("messages", "Le vote n° {id} n'existe pas ou plus."),
        "proxy": QT_TRANSLATE_NOOP("messages", "Le pouvoir n° {id} n'existe pas ou plus."),
        "conflict": QT_TRANSLATE_NOOP(
            "messages", "Le conflit d'intérêts n° {id} n'existe pas ou plus."),
        "household": QT_TRANSLATE_NOOP("messages", "Le dossier n° {id} n'existe pas ou plus."),
        "dwelling": QT_TRANSLATE_NOOP("messages", "Le logement n° {id} n'existe pas ou plus."),
    }
    return NotFoundError(_m(texts[what], id=row_id))


def _conflict_error(updated_by: str, updated_at: dt.datetime | None) -> ConflictError:
    if updated_at is None:
        return ConflictError(_m(QT_TRANSLATE_NOOP(
            "messages", "Ces données ont été modifiées depuis que vous les avez ouvertes. Vos "
            "changements n'ont pas été enregistrés : rechargez pour voir la version actuelle.")))
    local = utc_to_local(updated_at)
    return ConflictError(_m(QT_TRANSLATE_NOOP(
        "messages",
        "Ces données ont été modifiées par {user} le {date} à {time} depuis que vous les avez "
        "ouvertes. Vos changements n'ont pas été enregistrés : rechargez pour voir la version "
        "actuelle."), user=updated_by, date=format_date_fr(local.date()),
        time=local.strftime("%H:%M")))


def _check_version(row, expected_version: int | None) -> None:
    if expected_version is not None and row.version != expected_version:
        raise _conflict_error(getattr(row, "updated_by", ""), getattr(row, "updated_at", None))


def _locked_error(row: CaleolSession) -> UserError:
    return UserError(_m(QT_TRANSLATE_NOOP(
        "messages", "La séance {number} est verrouillée par son procès-verbal signé : elle ne "
        "peut plus être modifiée."), number=row.number))


def ensure_unlocked(row: CaleolSession) -> None:
    """Refuse a write on a session locked by its signed minutes (for other modules too)."""
    if row.locked:
        raise _locked_error(row)


def session_status(row: CaleolSession) -> SessionStatus:
    """The session's status; statuses set by the minutes count as closed."""
    try:
        return SessionStatus(row.status)
    except ValueError:
        return SessionStatus.CLOSED


def _require_read(actor: Actor, entity: str, entity_id: int | None = None) -> None:
    if not (actor.can(READ) or actor.can(MANAGE)):
        raise authz.denied(actor, READ, entity=entity, entity_id=entity_id)


def _write(db: Database, body: Callable[[Session], Any]) -> Any:
    """Run ``body`` in one transaction; a concurrent update becomes a ``ConflictError``."""
    try:
        with db.transaction() as session:
            return body(session)
    except StaleDataError as exc:
        raise _conflict_error("", None) from exc


def _plain(value: Any) -> Any:
    """Audit snapshots: times of day as text (the audit trail knows dates, not times)."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dt.time):
        return value.isoformat(timespec="minutes")
    return value


def _audit(session: Session, actor: Actor, action: str, entity: str, entity_id: int | None,
           before: Any = None, after: Any = None) -> None:
    audit.record(session, actor, action, entity, entity_id, _plain(before), _plain(after))


def _touch(row, actor: Actor) -> None:
    row.updated_at = now()
    row.updated_by = actor.username


def _text(value: str | None, limit: int, key: str, errors: dict, *, required: bool = False,
          label: str = "") -> str:
    text = " ".join((value or "").split())
    if required and not text:
        errors[key] = _m(QT_TRANSLATE_NOOP("messages", "{field} : saisie obligatoire."),
                         field=label or key)
    elif len(text) > limit:
        errors[key] = _m(QT_TRANSLATE_NOOP(
            "messages", "{field} : {limit} caractères au plus."), field=label or key, limit=limit)
    return text


def _long_text(value: str | None, limit: int, key: str, errors: dict, label: str = "") -> str:
    text = (value or "").strip()
    if len(text) > limit:
        errors[key] = _m(QT_TRANSLATE_NOOP(
            "messages", "{field} : {limit} caractères au plus."), field=label or key, limit=limit)
    return text


def _money(value: Decimal | None, key: str, errors: dict, label: str) -> Decimal | None:
    if value is None:
        return None
    if not isinstance(value, Decimal) or not value.is_finite():
        errors[key] = _m(QT_TRANSLATE_NOOP("messages", "{field} : montant invalide."),
                         field=label)
        return None
    if value < 0 or value >= _MONEY_MAX:
        errors[key] = _m(QT_TRANSLATE_NOOP(
            "messages", "{field} : montant positif attendu."), field=label)
        return None
    if value != value.quantize(CENT):
        errors[key] = _m(QT_TRANSLATE_NOOP(
            "messages", "{field} : deux décimales au plus."), field=label)
        return None
    return value.quantize(CENT)


# --------------------------------------------------------------------------- mapping rows


def _member_view(m: Member) -> MemberView:
    return MemberView(
        id=m.id, commission_id=m.commission_id, version=m.version, role=MemberRole(m.role),
        civility=m.civility, last_name=m.last_name, first_name=m.first_name,
        organisation=m.organisation, commune=m.commune, email=m.email, voting=m.voting,
        substitute_of_id=m.substitute_of_id, mandate_start=m.mandate_start,
        mandate_end=m.mandate_end, is_president=m.is_president, app_user_id=m.app_user_id,
        active=m.active)


def _commission_view(c: Commission) -> CommissionView:
    return CommissionView(
        id=c.id, version=c.version, name=c.name, territory=c.territory, agency_id=c.agency_id,
        agency_code=c.agency.code if c.agency is not None else "",
        reglement_version=c.reglement_version, remote_allowed=c.remote_allowed,
        designated_required=c.designated_required,
        max_proxies_per_holder=c.max_proxies_per_holder,
        remote_min_share_num=c.remote_min_share_num,
        remote_min_share_den=c.remote_min_share_den,
        remote_count_represented=c.remote_count_represented,
        technical_means_default=c.technical_means_default, offer_days=c.offer_days,
        active=c.active, members=tuple(_member_view(m) for m in c.members))


_COMMISSION_FIELDS = (
    "name", "territory", "agency_id", "reglement_version", "remote_allowed",
    "designated_required", "max_proxies_per_holder", "remote_min_share_num",
    "remote_min_share_den", "remote_count_represented", "technical_means_default",
    "offer_days", "active")
_MEMBER_FIELDS = (
    "role", "civility", "last_name", "first_name", "organisation", "commune", "email",
    "voting", "substitute_of_id", "mandate_start", "mandate_end", "is_president",
    "app_user_id", "active")
_SESSION_FIELDS = ("number", "session_date", "start_time", "place", "mode", "technical_means",
                   "vote_opens_at", "vote_closes_at", "notes", "end_time", "secretary_name")
_ITEM_FIELDS = ("reference", "address", "postcode", "commune", "dwelling_type", "surface",
                "floor", "rent", "charges", "accessibility", "funding", "contingent",
                "fewer_candidates_reason", "notes", "dwelling_id")
_CANDIDATE_FIELDS = ("numero_unique", "civility", "last_name", "first_name", "postal_address",
                     "household_composition", "adults", "children", "monthly_resources",
                     "effort_rate", "remaining_income_per_unit", "priority_criteria",
                     "public_prioritaire", "current_housing", "application_date", "notes")
_DECISION_FIELDS = ("decision", "rank", "condition_document", "condition_deadline", "reason")


def _snapshot(row, names: Iterable[str]) -> dict:
    return {k: getattr(row, k) for k in names}


def _set(row, values: Mapping[str, Any]) -> None:
    for key, value in values.items():
        if getattr(row, key, None) != value:
            setattr(row, key, value)


# --------------------------------------------------------------------------- loading


def _commission(session: Session, commission_id: int) -> Commission:
    c = session.scalars(select(Commission).where(Commission.id == commission_id).options(
        selectinload(Commission.members), selectinload(Commission.agency))).one_or_none()
    if c is None:
        raise _not_found("commission", commission_id)
    return c


def _session_options():
    return (
        selectinload(CaleolSession.commission).selectinload(Commission.members),
        selectinload(CaleolSession.commission).selectinload(Commission.agency),
        selectinload(CaleolSession.attendances),
        selectinload(CaleolSession.proxies),
        selectinload(CaleolSession.items).selectinload(AgendaItem.candidates)
        .selectinload(Candidate.votes),
        selectinload(CaleolSession.items).selectinload(AgendaItem.conflicts),
    )


def session_options():
    """Loader options that fetch everything a session view needs in a few queries."""
    return _session_options()


def _load_session(session: Session, session_id: int, *, for_update: bool = False
                  ) -> CaleolSession:
    stmt = select(CaleolSession).where(CaleolSession.id == session_id).options(
        *_session_options())
    if for_update and session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update(of=CaleolSession)
    row = session.scalars(stmt).one_or_none()
    if row is None:
        raise _not_found("session", session_id)
    return row


def _item(session: Session, item_id: int) -> AgendaItem:
    item = session.get(AgendaItem, item_id)
    if item is None:
        raise _not_found("item", item_id)
    return item


def _candidate(session: Session, candidate_id: int) -> Candidate:
    c = session.get(Candidate, candidate_id)
    if c is None:
        raise _not_found("candidate", candidate_id)
    return c


def _writable_session(session: Session, session_id: int) -> CaleolSession:
    row = _load_session(session, session_id, for_update=True)
    ensure_unlocked(row)
    return row


# --------------------------------------------------------------------------- quorum


def quorum_rules_of(c: Commission) -> QuorumRules:
    """The quorum rules of a commission's règlement intérieur (its stored settings)."""
    return QuorumRules(
        effective_from=dt.date.min, designated_required=c.designated_required,
        max_proxies_per_holder=c.max_proxies_per_holder, remote_allowed=c.remote_allowed,
        remote_min_share=Fraction(c.remote_min_share_num, c.remote_min_share_den),
        remote_count_represented=c.remote_count_represented, source=c.reglement_version)


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
        sitting = m.active and (m.mandate_start is None or m.mandate_start <= day) and (
            m.mandate_end is None or m.mandate_end >= day)
        if sitting or m.id in used:
            out.append(m)
    return out


@dataclass
class _Context:
    """What the vote and quorum rules need about one session."""

    row: CaleolSession
    members: dict[int, Member]
    attendance: dict[int, AttendanceMode]
    #: titular id -> the substitute taking part in his place
    stand_ins: dict[int, int]
    quorum: QuorumResult


def _context(row: CaleolSession) -> _Context:
    members = {m.id: m for m in _session_members(row)}
    attendance = {a.member_id: AttendanceMode(a.mode) for a in row.attendances}
    effective = dict(attendance)
    stand_ins: dict[int, int] = {}
    for m in members.values():
        titular = m.substitute_of_id
        if titular in members and attendance.get(m.id) in _TAKING_PART \
                and attendance.get(titular, AttendanceMode.ABSENT) not in _TAKING_PART:
            effective[titular] = attendance[m.id]
            stand_ins[titular] = m.id
    substitutes = {m.id for m in members.values() if m.substitute_of_id in members}
    by_substitute = {s: t for t, s in stand_ins.items()}
    domain_members = [
        rules.Member(m.id, MemberRole(m.role), m.full_name, m.commune or None)
        for m in members.values() if m.id not in substitutes]
    proxies = [rules.Proxy(p.giver_id, by_substitute.get(p.holder_id, p.holder_id))
               for p in row.proxies]
    result = rules.check_quorum(domain_members, effective, proxies,
                                quorum_rules_of(row.commission), SessionMode(row.mode))
    return _Context(row, members, attendance, stand_ins, result)


# Public names for the other CALEOL services (minutes, letters), which read a session
# exactly as the votes were checked: ``session_context(row)`` gives ``members``
# (sitting), ``attendance``, ``stand_ins`` (titular id -> substitute id), ``quorum``.
SessionContext = _Context
session_context = _context


def tally_of(item: AgendaItem, candidate: Candidate, members: Mapping[int, Member]
             ) -> TallyResult | None:
    """The tally of a candidate's recorded votes (``members``: the commission's, by id)."""
    return _tally(item, candidate.votes, members)


def _tally(item: AgendaItem, votes: Sequence[VoteRow], members: Mapping[int, Member]
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


def _store_tally(candidate: Candidate, result: TallyResult | None) -> None:
    _set(candidate, {
        "tally_outcome": result.outcome.value if result else None,
        "tally_pour": result.pour if result else None,
        "tally_contre": result.contre if result else None,
        "tally_abstention": result.abstention if result else None,
        "casting_vote_used": bool(result and result.casting_vote_used),
    })


# --------------------------------------------------------------------------- views


def _candidate_view(item: AgendaItem, c: Candidate, members: Mapping[int, Member]
                    ) -> CandidateView:
    result = _tally(item, c.votes, members)
    warnings: list[Message] = []
    if c.decision:
        contradiction = rules.decision_contradicts_tally(
            Decision(c.decision), result.outcome if result else None)
        if contradiction:
            warnings.append(contradiction)
    votes = []
    for v in c.votes:
        m = members.get(v.member_id)
        votes.append(VoteView(
            v.id, v.member_id, m.full_name if m else f"#{v.member_id}",
            MemberRole(m.role) if m else MemberRole.DESIGNE, Vote(v.vote), v.voted_at,
            VoteChannel(v.channel), v.recorded_by))
    return CandidateView(
        id=c.id, version=c.version, agenda_item_id=c.agenda_item_id, position=c.position,
        numero_unique=c.numero_unique, civility=c.civility, last_name=c.last_name,
        first_name=c.first_name, postal_address=c.postal_address,
        household_composition=c.household_composition, adults=c.adults, children=c.children,
        monthly_resources=c.monthly_resources, effort_rate=c.effort_rate,
        remaining_income_per_unit=c.remaining_income_per_unit,
        priority_criteria=tuple(PriorityCriterion(p) for p in (c.priority_criteria or [])),
        public_prioritaire=c.public_prioritaire, current_housing=c.current_housing,
        application_date=c.application_date, notes=c.notes,
        decision=Decision(c.decision) if c.decision else None, rank=c.rank,
        condition_document=c.condition_document, condition_deadline=c.condition_deadline,
        reason=c.reason, decided_at=c.decided_at, decided_by=c.decided_by, tally=result,
        casting_vote_used=bool(result and result.casting_vote_used),
        notified_on=c.notified_on, offer_deadline=c.offer_deadline, votes=tuple(votes),
        warnings=tuple(warnings))


def _item_warnings(item: AgendaItem) -> list[Message]:
    if item.kind != AgendaItemKind.ATTRIBUTION.value:
        return []
    reason = FewerCandidatesReason(item.fewer_candidates_reason) \
        if item.fewer_candidates_reason else None
    try:
        return rules.check_dwelling_candidates(
            [rules.Candidate(c.numero_unique, c.rank, c.full_name) for c in item.candidates],
            reason)
    except ValidationError as exc:  # stored data no longer valid: show why
        return list(exc.fields.values())


def _item_view(item: AgendaItem, members: Mapping[int, Member]) -> AgendaItemView:
    def name(member_id: int) -> str:
        m = members.get(member_id)
        return m.full_name if m else f"#{member_id}"

    return AgendaItemView(
        id=item.id, version=item.version, position=item.position,
        kind=AgendaItemKind(item.kind), dwelling_id=item.dwelling_id, reference=item.reference,
        address=item.address, postcode=item.postcode, commune=item.commune,
        dwelling_type=item.dwelling_type, surface=item.surface, floor=item.floor,
        rent=item.rent, charges=item.charges, accessibility=item.accessibility,
        funding=item.funding, contingent=item.contingent,
        fewer_candidates_reason=FewerCandidatesReason(item.fewer_candidates_reason)
        if item.fewer_candidates_reason else None,
        notes=item.notes, household_id=item.household_id, household_name=item.household_name,
        ground=OccupationGround(item.ground) if item.ground else None, finding=item.finding,
        suitable_dwelling=item.suitable_dwelling, advice=item.advice,
        finding_recorded_at=item.finding_recorded_at,
        finding_recorded_by=item.finding_recorded_by,
        candidates=tuple(_candidate_view(item, c, members) for c in item.candidates),
        conflicts=tuple(ConflictView(x.id, x.member_id, name(x.member_id), x.candidate_id,
                                     x.note) for x in item.conflicts),
        warnings=tuple(_item_warnings(item)))


def _session_view(row: CaleolSession) -> SessionView:
    ctx = _context(row)
    members = ctx.members
    all_members = {m.id: m for m in row.commission.members}
    recorded = {a.member_id: a for a in row.attendances}
    attendances = []
    for m in members.values():
        a = recorded.get(m.id)
        attendances.append(AttendanceView(
            member_id=m.id, member_name=m.full_name, role=MemberRole(m.role), voting=m.voting,
            mode=AttendanceMode(a.mode) if a else AttendanceMode.ABSENT,
            connected_at=a.connected_at if a else None, note=a.note if a else "",
            recorded=a is not None, stand_in_id=ctx.stand_ins.get(m.id),
            version=a.version if a else None))
    proxies = []
    for p in row.proxies:
        giver, holder = all_members.get(p.giver_id), all_members.get(p.holder_id)
        proxies.append(ProxyView(
            p.id, p.giver_id, giver.full_name if giver else f"#{p.giver_id}", p.holder_id,
            holder.full_name if holder else f"#{p.holder_id}",
            ctx.quorum.accepted_proxies.get(p.giver_id) is not None, p.note))
    items = tuple(_item_view(i, all_members) for i in row.items)
    warnings: list[Message] = []
    if not ctx.quorum.reached:
        warnings.append(_m(QT_TRANSLATE_NOOP(
            "messages", "Le quorum n'est pas atteint : votes et décisions sont bloqués.")))
    if row.physical_requested_at is not None:
        requester = all_members.get(row.physical_requested_by_id or 0)
        warnings.append(_m(QT_TRANSLATE_NOOP(
            "messages", "Une séance physique a été demandée par {name} le {date}."),
            name=requester.full_name if requester else "?",
            date=format_datetime_fr(row.physical_requested_at)))
    if SessionMode(row.mode) is SessionMode.ECRITE and (
            row.vote_opens_at is None or row.vote_closes_at is None):
        warnings.append(_m(QT_TRANSLATE_NOOP(
            "messages", "La fenêtre de vote de la séance écrite n'est pas définie.")))
    for item in items:
        label = item.reference or item.address or item.household_name
        for w in item.warnings:
            warnings.append(_m(QT_TRANSLATE_NOOP("messages", "{item} : {warning}"),
                               item=label, warning=w))
        for c in item.candidates:
            for w in c.warnings:
                warnings.append(_m(QT_TRANSLATE_NOOP("messages", "{item}, {candidate} : "
                                                     "{warning}"),
                                   item=label, candidate=c.full_name, warning=w))
    requester = all_members.get(row.physical_requested_by_id or 0)
    return SessionView(
        id=row.id, version=row.version, commission=_commission_view(row.commission),
        number=row.number, session_date=row.session_date, start_time=row.start_time,
        place=row.place, mode=SessionMode(row.mode), technical_means=row.technical_means,
        end_time=row.end_time, secretary_name=row.secretary_name,
        vote_opens_at=row.vote_opens_at, vote_closes_at=row.vote_closes_at,
        status=session_status(row), raw_status=row.status, locked=row.locked,
        locked_at=row.locked_at, locked_by=row.locked_by,
        physical_requested_by_id=row.physical_requested_by_id,
        physical_requested_by_name=requester.full_name if requester else "",
        physical_requested_at=row.physical_requested_at,
        physical_request_note=row.physical_request_note, notes=row.notes,
        members=tuple(_member_view(m) for m in members.values()),
        attendances=tuple(attendances), proxies=tuple(proxies), items=items,
        quorum=ctx.quorum, warnings=tuple(warnings), created_at=row.created_at,
        created_by=row.created_by, updated_at=row.updated_at, updated_by=row.updated_by)


# --------------------------------------------------------------------------- commissions


def _validate_commission(session: Session, data: CommissionData, exclude: int | None
                         ) -> dict[str, Any]:
    errors: dict[str, Message] = {}
    values = {
        "name": _text(data.name, 160, "name", errors, required=True,
                      label=_m(QT_TRANSLATE_NOOP("messages", "Nom de la commission"))),
        "territory": _text(data.territory, 160, "territory", errors,
                           label=_m(QT_TRANSLATE_NOOP("messages", "Territoire"))),
        "reglement_version": _long_text(data.reglement_version, 2000, "reglement_version",
                                        errors),
        "technical_means_default": _long_text(data.technical_means_default, 2000,
                                              "technical_means_default", errors),
        "agency_id": data.agency_id,
        "remote_allowed": bool(data.remote_allowed),
        "remote_count_represented": bool(data.remote_count_represented),
        "designated_required": data.designated_required,
        "max_proxies_per_holder": data.max_proxies_per_holder,
        "remote_min_share_num": data.remote_min_share_num,
        "remote_min_share_den": data.remote_min_share_den,
        "offer_days": data.offer_days,
    }
    if not 1 <= data.designated_required <= 6:
        errors["designated_required"] = _m(QT_TRANSLATE_NOOP(
            "messages", "Le quorum porte sur les 6 membres désignés : de 1 à 6."))
    if not 0 <= data.max_proxies_per_holder <= 5:
        errors["max_proxies_per_holder"] = _m(QT_TRANSLATE_NOOP(
            "messages", "Nombre de pouvoirs par membre : de 0 à 5."))
    if data.remote_min_share_den <= 0 or not 0 < data.remote_min_share_num \
            <= data.remote_min_share_den:
        errors["remote_min_share"] = _m(QT_TRANSLATE_NOOP(
            "messages", "La part minimale de participants à une séance dématérialisée doit "
            "être une fraction entre 0 et 1."))
    elif Fraction(data.remote_min_share_num, data.remote_min_share_den) < Fraction(1, 2):
        errors["remote_min_share"] = _m(QT_TRANSLATE_NOOP(
            "messages", "Une séance dématérialisée n'est valable que si la moitié au moins des "
            "membres y participe (ordonnance n° 2014-1329)."))
    if data.offer_days < rules.MIN_OFFER_DAYS or data.offer_days > 60:
        errors["offer_days"] = _m(QT_TRANSLATE_NOOP(
            "messages", "Délai de réponse à une offre : de {min} à 60 jours."),
            min=rules.MIN_OFFER_DAYS)
    if data.agency_id is not None and session.get(Agency, data.agency_id) is None:
        errors["agency_id"] = _m(QT_TRANSLATE_NOOP("messages", "Agence inconnue."))
    if values["name"] and "name" not in errors:
        stmt = select(Commission.id).where(func.lower(Commission.name) == values["name"].lower())
        if exclude is not None:
            stmt = stmt.where(Commission.id != exclude)
        if session.scalar(stmt) is not None:
            errors["name"] = _m(QT_TRANSLATE_NOOP(
                "messages", "Une commission porte déjà le nom « {name} »."), name=values["name"])
    if errors:
        raise ValidationError(errors)
    return values


@guarded("caleol.commission")
def create_commission(db: Database, actor: Actor, data: CommissionData) -> int:
    authz.require(actor, MANAGE, entity=ENTITY_COMMISSION)

    def body(session: Session) -> int:
        values = _validate_commission(session, data, None)
        stamp = now()
        c = Commission(**values, active=True, created_at=stamp, created_by=actor.username,
                       updated_at=stamp, updated_by=actor.username)
        session.add(c)
        session.flush()
        _audit(session, actor, "create", ENTITY_COMMISSION, c.id, None, values)
        return c.id

    return _write(db, body)


@guarded("caleol.commission")
def update_commission(db: Database, actor: Actor, commission_id: int, data: CommissionData,
                      expected_version: int) -> int:
    authz.require(actor, MANAGE, entity=ENTITY_COMMISSION, entity_id=commission_id)

    def body(session: Session) -> int:
        c = _commission(session, commission_id)
        _check_version(c, expected_version)
        values = _validate_commission(session, data, c.id)
        before = _snapshot(c, _COMMISSION_FIELDS)
        _set(c, values)
        _touch(c, actor)
        session.flush()
        _audit(session, actor, "update", ENTITY_COMMISSION, c.id, before,
                     _snapshot(c, _COMMISSION_FIELDS))
        return c.version

    return _write(db, body)


@guarded("caleol.consultation")
def list_commissions(db: Database, actor: Actor, *, include_inactive: bool = False
                     ) -> list[CommissionView]:
    _require_read(actor, ENTITY_COMMISSION)
    with db.reader() as session:
        stmt = select(Commission).options(selectinload(Commission.members),
                                          selectinload(Commission.agency)).order_by(
            Commission.name)
        if not include_inactive:
            stmt = stmt.where(Commission.active.is_(True))
        return [_commission_view(c) for c in session.scalars(stmt)]


@guarded("caleol.consultation")
def get_commission(db: Database, actor: Actor, commission_id: int) -> CommissionView:
    _require_read(actor, ENTITY_COMMISSION, commission_id)
    with db.reader() as session:
        return _commission_view(_commission(session, commission_id))


# --------------------------------------------------------------------------- members


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _validate_member(session: Session, commission: Commission, data: MemberData,
                     member_id: int | None) -> dict[str, Any]:
    errors: dict[str, Message] = {}
    try:
        role = MemberRole(data.role)
    except ValueError:
        errors["role"] = _m(QT_TRANSLATE_NOOP("messages", "Qualité du membre inconnue."))
        raise ValidationError(errors) from None
    values = {
        "role": role.value,
        "voting": role.voting,
        "last_name": _text(data.last_name, 80, "last_name", errors, required=True,
                           label=_m(QT_TRANSLATE_NOOP("messages", "Nom"))),
        "first_name": _text(data.first_name, 80, "first_name", errors,
                            label=_m(QT_TRANSLATE_NOOP("messages", "Prénom"))),
        "civility": _text(data.civility, 4, "civility", errors,
                          label=_m(QT_TRANSLATE_NOOP("messages", "Civilité"))),
        "organisation": _text(data.organisation, 160, "organisation", errors,
                              label=_m(QT_TRANSLATE_NOOP("messages", "Organisme"))),
        "commune": _text(data.commune, 80, "commune", errors,
                         label=_m(QT_TRANSLATE_NOOP("messages", "Commune"))),
        "email": _text(data.email, 160, "email", errors,
                       label=_m(QT_TRANSLATE_NOOP("messages", "Courriel"))).lower(),
        "substitute_of_id": data.substitute_of_id,
        "mandate_start": data.mandate_start,
        "mandate_end": data.mandate_end,
        "is_president": bool(data.is_president),
        "app_user_id": data.app_user_id,
    }
    if values["email"] and not _EMAIL.match(values["email"]):
        errors["email"] = _m(QT_TRANSLATE_NOOP("messages", "Adresse électronique invalide."))
    if role is MemberRole.MAIRE and not values["commune"]:
        errors["commune"] = _m(QT_TRANSLATE_NOOP(
            "messages", "Indiquez la commune du maire : il ne vote que pour les logements de "
            "sa commune, où il a voix prépondérante."))
    if data.mandate_start and data.mandate_end and data.mandate_end < data.mandate_start:
        errors["mandate_end"] = _m(QT_TRANSLATE_NOOP(
            "messages", "La fin du mandat précède son début."))
    if role is MemberRole.CONSULT_ASSO_L365_3 and data.mandate_start and data.mandate_end \
            and data.mandate_end > add_months(data.mandate_start, 60):
        errors["mandate_end"] = _m(QT_TRANSLATE_NOOP(
            "messages", "Le mandat du représentant d'une association agréée est de 5 ans au "
            "plus (R441-9-1), renouvelable."))
    if data.is_president and not role.designated:
        errors["is_president"] = _m(QT_TRANSLATE_NOOP(
            "messages", "Le président est élu parmi les 6 membres désignés par le conseil."))
    if data.substitute_of_id is not None:
        titular = session.get(Member, data.substitute_of_id)
        if titular is None or titular.commission_id != commission.id:
            errors["substitute_of_id"] = _m(QT_TRANSLATE_NOOP(
                "messages", "Le membre suppléé doit appartenir à la même commission."))
        elif titular.id == member_id:
            errors["substitute_of_id"] = _m(QT_TRANSLATE_NOOP(
                "messages", "Un membre ne peut pas être son propre suppléant."))
        elif titular.substitute_of_id is not None:
            errors["substitute_of_id"] = _m(QT_TRANSLATE_NOOP(
                "messages", "{name} est lui-même suppléant : choisissez le membre titulaire."),
                name=titular.full_name)
        elif titular.role != role.value:
            errors["substitute_of_id"] = _m(QT_TRANSLATE_NOOP(
                "messages", "Un suppléant siège au même titre que le titulaire ({role})."),
                role=Message(MemberRole(titular.role).label))
        if data.is_president:
            errors["is_president"] = _m(QT_TRANSLATE_NOOP(
                "messages", "Un suppléant ne peut pas être désigné président."))
    if data.app_user_id is not None and session.get(AppUser, data.app_user_id) is None:
        errors["app_user_id"] = _m(QT_TRANSLATE_NOOP("messages", "Compte utilisateur inconnu."))
    if errors:
        raise ValidationError(errors)
    return values


def _move_presidency(session: Session, actor: Actor, commission: Commission, new: Member
                     ) -> None:
    for m in commission.members:
        if m.is_president and m is not new:
            m.is_president = False
            _touch(m, actor)
            _audit(session, actor, "update", ENTITY_MEMBER, m.id, {"is_president": True},
                         {"is_president": False})


@guarded("caleol.membre")
def add_member(db: Database, actor: Actor, commission_id: int, data: MemberData) -> int:
    authz.require(actor, MANAGE, entity=ENTITY_MEMBER)

    def body(session: Session) -> int:
        c = _commission(session, commission_id)
        values = _validate_member(session, c, data, None)
        stamp = now()
        m = Member(commission_id=c.id, **values, active=True, created_at=stamp,
                   created_by=actor.username, updated_at=stamp, updated_by=actor.username)
        session.add(m)
        c.members.append(m)
        session.flush()
        if m.is_president:
            _move_presidency(session, actor, c, m)
        _audit(session, actor, "create", ENTITY_MEMBER, m.id, None,
                     {"commission_id": c.id, **values})
        return m.id

    return _write(db, body)


@guarded("caleol.membre")
def update_member(db: Database, actor: Actor, member_id: int, data: MemberData,
                  expected_version: int) -> int:
    authz.require(actor, MANAGE, entity=ENTITY_MEMBER, entity_id=member_id)

    def body(session: Session) -> int:
        m = session.get(Member, member_id)
        if m is None:
            raise _not_found("member", member_id)
        _check_version(m, expected_version)
        c = _commission(session, m.commission_id)
        values = _validate_member(session, c, data, m.id)
        if values["role"] != m.role and session.scalar(
                select(func.count()).select_from(VoteRow).where(VoteRow.member_id == m.id)):
            raise ValidationError({"role": _m(QT_TRANSLATE_NOOP(
                "messages", "Ce membre a déjà voté : sa qualité ne peut plus changer. "
                "Désactivez-le et ajoutez un nouveau membre."))})
        before = _snapshot(m, _MEMBER_FIELDS)
        _set(m, values)
        _touch(m, actor)
        session.flush()
        if m.is_president:
            _move_presidency(session, actor, c, m)
        _audit(session, actor, "update", ENTITY_MEMBER, m.id, before, _snapshot(m, _MEMBER_FIELDS))
        return m.version

    return _write(db, body)


@guarded("caleol.membre")
def set_member_active(db: Database, actor: Actor, member_id: int, active: bool,
                      expected_version: int | None = None) -> int:
    """Deactivate (end of mandate) or reactivate a member; history is kept."""
    authz.require(actor, MANAGE, entity=ENTITY_MEMBER, entity_id=member_id)

    def body(session: Session) -> int:
        m = session.get(Member, member_id)
        if m is None:
            raise _not_found("member", member_id)
        _check_version(m, expected_version)
        before = {"active": m.active, "is_president": m.is_president}
        m.active = bool(active)
        if not active:
            m.is_president = False
        _touch(m, actor)
        session.flush()
        _audit(session, actor, "update", ENTITY_MEMBER, m.id, before,
                     {"active": m.active, "is_president": m.is_president})
        return m.version

    return _write(db, body)


def deactivate_member(db: Database, actor: Actor, member_id: int,
                      expected_version: int | None = None) -> int:
    return set_member_active(db, actor, member_id, False, expected_version)


@guarded("caleol.membre")
def set_president(db: Database, actor: Actor, member_id: int) -> None:
    """Make this designated member the commission's president (only one at a time)."""
    authz.require(actor, MANAGE, entity=ENTITY_MEMBER, entity_id=member_id)

    def body(session: Session) -> None:
        m = session.get(Member, member_id)
        if m is None:
            raise _not_found("member", member_id)
        if not MemberRole(m.role).designated or m.substitute_of_id is not None or not m.active:
            raise ValidationError({"is_president": _m(QT_TRANSLATE_NOOP(
                "messages", "Le président est élu parmi les 6 membres désignés par le conseil, "
                "titulaires et en fonction."))})
        c = _commission(session, m.commission_id)
        if not m.is_president:
            m.is_president = True
            _touch(m, actor)
            _audit(session, actor, "update", ENTITY_MEMBER, m.id, {"is_president": False},
                         {"is_president": True})
        _move_presidency(session, actor, c, m)

    _write(db, body)


# --------------------------------------------------------------------------- sessions


def _validate_session(session: Session, commission: Commission, data: SessionData,
                      exclude: int | None) -> dict[str, Any]:
    errors: dict[str, Message] = {}
    try:
        mode = SessionMode(data.mode)
    except ValueError:
        raise ValidationError({"mode": _m(QT_TRANSLATE_NOOP(
            "messages", "Mode de séance inconnu."))}) from None
    values = {
        "number": _text(data.number, 20, "number", errors, required=True,
                        label=_m(QT_TRANSLATE_NOOP("messages", "Numéro de séance"))),
        "session_date": data.session_date,
        "start_time": data.start_time,
        "place": _text(data.place, 200, "place", errors,
                       label=_m(QT_TRANSLATE_NOOP("messages", "Lieu"))),
        "mode": mode.value,
        "technical_means": _long_text(data.technical_means, 2000, "technical_means", errors),
        "vote_opens_at": data.vote_opens_at if mode is SessionMode.ECRITE else None,
        "vote_closes_at": data.vote_closes_at if mode is SessionMode.ECRITE else None,
        "notes": _long_text(data.notes, 4000, "notes", errors),
        "end_time": data.end_time,
        "secretary_name": _text(data.secretary_name, 160, "secretary_name", errors,
                                label=_m(QT_TRANSLATE_NOOP("messages", "Secrétaire de séance"))),
    }
    if data.end_time is not None and data.start_time is not None \
            and data.end_time <= data.start_time:
        errors["end_time"] = _m(QT_TRANSLATE_NOOP(
            "messages", "L'heure de fin ({end}) doit suivre l'heure de début ({start})."),
            end=format_time_fr(data.end_time), start=format_time_fr(data.start_time))
    if data.session_date is None:
        errors["session_date"] = _m(QT_TRANSLATE_NOOP("messages", "Indiquez la date de séance."))
    if mode.remote:
        if not commission.remote_allowed:
            errors["mode"] = _m(QT_TRANSLATE_NOOP(
                "messages", "Le règlement intérieur de la commission « {name} » ne prévoit pas "
                "de séance dématérialisée : la séance doit se tenir en présentiel."),
                name=commission.name)
        if not values["technical_means"]:
            values["technical_means"] = commission.technical_means_default.strip()
        if not values["technical_means"]:
            errors["technical_means"] = _m(QT_TRANSLATE_NOOP(
                "messages", "Décrivez les moyens techniques de la séance dématérialisée "
                "(outil, identification des participants)."))
        if not values["place"]:
            values["place"] = _render(_m(QT_TRANSLATE_NOOP("messages", "Séance dématérialisée")))
    if mode is SessionMode.ECRITE:
        opens, closes = data.vote_opens_at, data.vote_closes_at
        if opens is None or closes is None:
            errors["vote_window"] = _m(QT_TRANSLATE_NOOP(
                "messages", "Une séance écrite doit indiquer l'ouverture et la clôture du vote."))
        elif closes <= opens:
            errors["vote_window"] = _m(QT_TRANSLATE_NOOP(
                "messages", "La clôture du vote doit suivre son ouverture."))
    if values["number"] and "number" not in errors:
        stmt = select(CaleolSession.id).where(CaleolSession.commission_id == commission.id,
                                              CaleolSession.number == values["number"])
        if exclude is not None:
            stmt = stmt.where(CaleolSession.id != exclude)
        if session.scalar(stmt) is not None:
            errors["number"] = _m(QT_TRANSLATE_NOOP(
                "messages", "La séance n° {number} existe déjà pour cette commission."),
                number=values["number"])
    if errors:
        raise ValidationError(errors)
    return values


@guarded("caleol.seance")
def create_session(db: Database, actor: Actor, commission_id: int, data: SessionData) -> int:
    authz.require(actor, MANAGE, entity=ENTITY_SESSION)

    def body(session: Session) -> int:
        c = _commission(session, commission_id)
        if not c.active:
            raise UserError(_m(QT_TRANSLATE_NOOP(
                "messages", "La commission « {name} » n'est plus active."), name=c.name))
        values = _validate_session(session, c, data, None)
        stamp = now()
        row = CaleolSession(commission_id=c.id, **values,
                            status=SessionStatus.PREPARATION.value, locked=False,
                            created_at=stamp, created_by=actor.username, updated_at=stamp,
                            updated_by=actor.username)
        session.add(row)
        try:
            session.flush()
        except IntegrityError as exc:
            raise ConflictError(_m(QT_TRANSLATE_NOOP(
                "messages", "La séance n° {number} vient d'être créée sur un autre poste."),
                number=values["number"])) from exc
        _audit(session, actor, "create", ENTITY_SESSION, row.id, None,
                     {"commission_id": c.id, **values})
        return row.id

    return _write(db, body)


@guarded("caleol.seance")
def update_session(db: Database, actor: Actor, session_id: int, data: SessionData,
                   expected_version: int) -> int:
    authz.require(actor, MANAGE, entity=ENTITY_SESSION, entity_id=session_id)

    def body(session: Session) -> int:
        row = _writable_session(session, session_id)
        _check_version(row, expected_version)
        values = _validate_session(session, row.commission, data, row.id)
        before = _snapshot(row, _SESSION_FIELDS)
        _set(row, values)
        _touch(row, actor)
        session.flush()
        _audit(session, actor, "update", ENTITY_SESSION, row.id, before,
                     _snapshot(row, _SESSION_FIELDS))
        return row.version

    return _write(db, body)


_TRANSITIONS = {
    SessionStatus.PREPARATION: (SessionStatus.OPEN,),
    SessionStatus.OPEN: (SessionStatus.CLOSED, SessionStatus.PREPARATION),
    SessionStatus.CLOSED: (SessionStatus.OPEN,),
}


@guarded("caleol.seance")
def set_session_status(db: Database, actor: Actor, session_id: int, status: SessionStatus,
                       expected_version: int | None = None) -> Saved:
    """Open the session (votes and decisions become possible), close it, or reopen it.

    Opening returns the quorum explanations as warnings. Closing a session that has no
    end time sets it to the current local time (to the minute) when the session is held
    today and has begun (after its start time); otherwise (a session recorded after the
    fact) the end time stays empty and a warning asks to type it in.
    """
    authz.require(actor, MANAGE, entity=ENTITY_SESSION, entity_id=session_id)
    status = SessionStatus(status)

    def body(session: Session) -> Saved:
        row = _writable_session(session, session_id)
        _check_version(row, expected_version)
        old = session_status(row)
        if old is status:
            return Saved(row.id, row.version)
        if row.status not in {s.value for s in SessionStatus} or \
                status not in _TRANSITIONS[old]:
            raise UserError(_m(QT_TRANSLATE_NOOP(
                "messages", "La séance ne peut pas passer de l'état « {old} » à « {new} »."),
                old=Message(old.label), new=Message(status.label)))
        if status is SessionStatus.PREPARATION and any(
                c.votes or c.decision for i in row.items for c in i.candidates):
            raise UserError(_m(QT_TRANSLATE_NOOP(
                "messages", "Des votes ou des décisions sont déjà enregistrés : la séance ne "
                "peut pas revenir en préparation.")))
        row.status = status.value
        before: dict[str, Any] = {"status": old.value}
        after: dict[str, Any] = {"status": status.value}
        warnings: tuple[Message, ...] = ()
        if status is SessionStatus.CLOSED and row.end_time is None:
            local = utc_to_local(now())
            end = local.time().replace(second=0, microsecond=0)
            if row.session_date == local.date() and (
                    row.start_time is None or end > row.start_time):
                before["end_time"], after["end_time"] = None, end
                row.end_time = end
            else:
                warnings = (_m(QT_TRANSLATE_NOOP(
                    "messages", "Heure de fin de séance non renseignée : indiquez-la dans "
                    "l'onglet Séance pour le procès-verbal.")),)
        _touch(row, actor)
        session.flush()
        _audit(session, actor, "status", ENTITY_SESSION, row.id, before, after)
        if status is SessionStatus.OPEN:
            warnings = _context(row).quorum.explanations
        return Saved(row.id, row.version, warnings)

    return _write(db, body)


def open_session(db: Database, actor: Actor, session_id: int,
                 expected_version: int | None = None) -> Saved:
    return set_session_status(db, actor, session_id, SessionStatus.OPEN, expected_version)


def close_session(db: Database, actor: Actor, session_id: int,
                  expected_version: int | None = None) -> Saved:
    """Close the session. Without an end time, it is set to the current local time
    (held today, after the start time; see ``set_session_status``)."""
    return set_session_status(db, actor, session_id, SessionStatus.CLOSED, expected_version)


@guarded("caleol.consultation")
def list_sessions(db: Database, actor: Actor, commission_id: int | None = None,
                  since: dt.date | None = None, until: dt.date | None = None
                  ) -> list[SessionSummary]:
    """Sessions, most recent first, with their counts of items, candidates, decisions."""
    _require_read(actor, ENTITY_SESSION)
    with db.reader() as session:
        items = select(AgendaItem.session_id, func.count(AgendaItem.id).label("n")).group_by(
            AgendaItem.session_id).subquery()
        cands = select(
            AgendaItem.session_id,
            func.count(Candidate.id).label("n"),
            func.sum(case((Candidate.decision.is_not(None), 1), else_=0)).label("decided"),
        ).join(Candidate, Candidate.agenda_item_id == AgendaItem.id).group_by(
            AgendaItem.session_id).subquery()
        stmt = (select(CaleolSession, Commission.name, items.c.n, cands.c.n, cands.c.decided)
                .join(Commission, Commission.id == CaleolSession.commission_id)
                .outerjoin(items, items.c.session_id == CaleolSession.id)
                .outerjoin(cands, cands.c.session_id == CaleolSession.id)
                .order_by(CaleolSession.session_date.desc(), CaleolSession.id.desc()))
        if commission_id is not None:
            stmt = stmt.where(CaleolSession.commission_id == commission_id)
        if since is not None:
            stmt = stmt.where(CaleolSession.session_date >= since)
        if until is not None:
            stmt = stmt.where(CaleolSession.session_date <= until)
        return [SessionSummary(
            id=row.id, version=row.version, commission_id=row.commission_id,
            commission_name=name, number=row.number, session_date=row.session_date,
            start_time=row.start_time, mode=SessionMode(row.mode), status=session_status(row),
            locked=row.locked, items=int(n_items or 0), candidates=int(n_cands or 0),
            decided=int(decided or 0))
            for row, name, n_items, n_cands, decided in session.execute(stmt)]


@guarded("caleol.consultation")
def find_session(db: Database, actor: Actor, key: str) -> int:
    """The id of the session ``key`` names: its id (``12``, ``#12``) or its number."""
    _require_read(actor, ENTITY_SESSION)
    key = (key or "").strip()
    with db.reader() as session:
        ids = list(session.scalars(select(CaleolSession.id).where(CaleolSession.number == key)))
        if len(ids) == 1:
            return ids[0]
        if len(ids) > 1:
            raise UserError(_m(QT_TRANSLATE_NOOP(
                "messages", "Plusieurs commissions ont une séance n° {number} : indiquez son "
                "identifiant ({ids})."), number=key, ids=", ".join(f"#{i}" for i in ids)))
        digits = key.lstrip("#")
        # isdecimal: ASCII-like digits only; 9 digits at most fit an INTEGER column.
        if digits.isdecimal() and len(digits) <= 9 \
                and session.get(CaleolSession, int(digits)) is not None:
            return int(digits)
    raise _not_found("session", key)


@guarded("caleol.consultation")
def get_session(db: Database, actor: Actor, session_id: int) -> SessionView:
    """Everything about a session: members, attendance, proxies, agenda with candidates,
    votes, tallies and decisions, quorum with its explanations, warnings."""
    _require_read(actor, ENTITY_SESSION, session_id)
    with db.reader() as session:
        return _session_view(_load_session(session, session_id))


@guarded("caleol.consultation")
def quorum(db: Database, actor: Actor, session_id: int) -> QuorumResult:
    """The live quorum of a session, computed from the commission's règlement."""
    _require_read(actor, ENTITY_SESSION, session_id)
    with db.reader() as session:
        return _context(_load_session(session, session_id)).quorum


def lock_session(session: Session, session_id: int, actor: Actor) -> None:
    """Lock a session once its minutes are signed (called inside the caller's
    transaction by the minutes service): every later write is refused."""
    row = session.get(CaleolSession, session_id)
    if row is None:
        raise _not_found("session", session_id)
    if row.locked:
        return
    row.locked = True
    row.locked_at = now()
    row.locked_by = actor.username
    _touch(row, actor)
    _audit(session, actor, "verrouillage", ENTITY_SESSION, row.id, {"locked": False},
                 {"locked": True})


# --------------------------------------------------------------------------- agenda


def _validate_item(session: Session, data: DwellingItemData) -> dict[str, Any]:
    errors: dict[str, Message] = {}
    values = {
        "reference": _text(data.reference, 40, "reference", errors,
                           label=_m(QT_TRANSLATE_NOOP("messages", "Référence"))),
        "address": _text(data.address, 260, "address", errors, required=True,
                         label=_m(QT_TRANSLATE_NOOP("messages", "Adresse"))),
        "postcode": _text(data.postcode, 5, "postcode", errors,
                          label=_m(QT_TRANSLATE_NOOP("messages", "Code postal"))),
        "commune": _text(data.commune, 80, "commune", errors, required=True,
                         label=_m(QT_TRANSLATE_NOOP("messages", "Commune"))),
        "dwelling_type": (data.dwelling_type or "").strip().upper(),
        "surface": data.surface,
        "floor": data.floor,
        "rent": _money(data.rent, "rent", errors,
                       _m(QT_TRANSLATE_NOOP("messages", "Loyer"))),
        "charges": _money(data.charges, "charges", errors,
                          _m(QT_TRANSLATE_NOOP("messages", "Charges"))),
        "accessibility": _long_text(data.accessibility, 2000, "accessibility", errors),
        "funding": _text(data.funding, 20, "funding", errors,
                         label=_m(QT_TRANSLATE_NOOP("messages", "Financement"))),
        "contingent": _text(data.contingent, 120, "contingent", errors,
                            label=_m(QT_TRANSLATE_NOOP("messages", "Contingent"))),
        "fewer_candidates_reason": FewerCandidatesReason(data.fewer_candidates_reason).value
        if data.fewer_candidates_reason else None,
        "notes": _long_text(data.notes, 4000, "notes", errors),
        "dwelling_id": data.dwelling_id,
    }
    if values["postcode"] and not re.fullmatch(r"\d{5}", values["postcode"]):
        errors["postcode"] = _m(QT_TRANSLATE_NOOP("messages", "Code postal : 5 chiffres."))
    if values["dwelling_type"] and values["dwelling_type"] not in DWELLING_TYPES:
        errors["dwelling_type"] = _m(QT_TRANSLATE_NOOP(
            "messages", "Type de logement : T1 à T6."))
    if data.surface is not None and (not isinstance(data.surface, Decimal)
                                     or not 0 < data.surface < 1000):
        errors["surface"] = _m(QT_TRANSLATE_NOOP("messages", "Surface invalide."))
    elif data.surface is not None:
        values["surface"] = data.surface.quantize(CENT)
    if data.floor is not None and not -5 <= data.floor <= 60:
        errors["floor"] = _m(QT_TRANSLATE_NOOP("messages", "Étage invalide."))
    if data.dwelling_id is not None and session.get(Dwelling, data.dwelling_id) is None:
        errors["dwelling_id"] = _m(QT_TRANSLATE_NOOP("messages", "Logement inconnu."))
    if errors:
        raise ValidationError(errors)
    return values


def _snapshot_of_dwelling(session: Session, dwelling_id: int) -> DwellingItemData:
    d = session.get(Dwelling, dwelling_id)
    if d is None:
        raise _not_found("dwelling", dwelling_id)
    lease = session.execute(
        select(Lease.rent, Lease.charges).join(Household, Household.id == Lease.household_id)
        .where(Household.dwelling_id == d.id)
        .order_by(Lease.start_date.desc(), Lease.id.desc()).limit(1)).first()
    address = ", ".join(p for p in (d.address_line, d.address_complement) if p)
    return DwellingItemData(
        reference=d.reference, address=address, postcode=d.postcode, commune=d.city,
        dwelling_type=d.dwelling_type, surface=d.surface, floor=d.floor,
        rent=lease.rent if lease else None, charges=lease.charges if lease else None,
        funding=d.financing, contingent=d.reservation_holder,  # issue 17 dwelling data
        dwelling_id=d.id)


@guarded("caleol.consultation")
def dwelling_snapshot(db: Database, actor: Actor, dwelling_id: int) -> DwellingItemData:
    """A fiche logement prefilled from the dwelling tables (last lease's rent/charges)."""
    authz.require(actor, MANAGE, entity=ENTITY_ITEM)
    with db.reader() as session:
        return _snapshot_of_dwelling(session, dwelling_id)


@guarded("caleol.consultation")
def find_dwellings(db: Database, actor: Actor, text: str, limit: int = 20
                   ) -> list[DwellingItemData]:
    """Dwellings whose reference or address contains ``text`` (to put one on the agenda)."""
    authz.require(actor, MANAGE, entity=ENTITY_ITEM)
    text = (text or "").strip()
    if not text:
        return []
    pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    with db.reader() as session:
        ids = session.scalars(select(Dwelling.id).where(
            Dwelling.reference.ilike(pattern, escape="\\")
            | Dwelling.address_line.ilike(pattern, escape="\\")).order_by(
            Dwelling.reference).limit(limit)).all()
        return [_snapshot_of_dwelling(session, i) for i in ids]


def _next_position(row: CaleolSession) -> int:
    return max((i.position for i in row.items), default=0) + 1


def _item_snapshot(item: AgendaItem) -> dict:
    return {"kind": item.kind, "position": item.position, **_snapshot(item, _ITEM_FIELDS),
            "household_id": item.household_id, "ground": item.ground}


@guarded("caleol.ordre_du_jour")
def add_dwelling_item(db: Database, actor: Actor, session_id: int,
                      data: DwellingItemData | None = None, *, dwelling_id: int | None = None
                      ) -> Saved:
    """Put a dwelling on the agenda: ``data`` typed in (or edited from
    ``dwelling_snapshot``), or ``dwelling_id`` alone to snapshot the dwelling tables."""
    authz.require(actor, MANAGE, entity=ENTITY_ITEM)

    def body(session: Session) -> Saved:
        row = _writable_session(session, session_id)
        if data is None and dwelling_id is None:
            raise ValidationError({"dwelling_id": _m(QT_TRANSLATE_NOOP(
                "messages", "Choisissez un logement ou saisissez sa fiche."))})
        source = data if data is not None else _snapshot_of_dwelling(session, dwelling_id)
        values = _validate_item(session, source)
        item = AgendaItem(session_id=row.id, position=_next_position(row),
                          kind=AgendaItemKind.ATTRIBUTION.value, **values)
        session.add(item)
        row.items.append(item)
        _touch(row, actor)
        session.flush()
        _audit(session, actor, "create", ENTITY_ITEM, item.id, None, _item_snapshot(item))
        return Saved(item.id, item.version, tuple(_item_warnings(item)))

    return _write(db, body)


@guarded("caleol.ordre_du_jour")
def update_item(db: Database, actor: Actor, item_id: int, data: DwellingItemData,
                expected_version: int) -> Saved:
    authz.require(actor, MANAGE, entity=ENTITY_ITEM, entity_id=item_id)

    def body(session: Session) -> Saved:
        item = _item(session, item_id)
        row = _writable_session(session, item.session_id)
        _check_version(item, expected_version)
        values = _validate_item(session, data)
        before = _item_snapshot(item)
        _set(item, values)
        _touch(row, actor)
        session.flush()
        _refresh_item_tallies(item, _context(row).members)
        _audit(session, actor, "update", ENTITY_ITEM, item.id, before,
                     _item_snapshot(item))
        return Saved(item.id, item.version, tuple(_item_warnings(item)))

    return _write(db, body)


def _refresh_item_tallies(item: AgendaItem, members: Mapping[int, Member]) -> None:
    # The commune decides whether the mayor's vote counts: recompute stored tallies.
    all_members = dict(members)
    for c in item.candidates:
        if c.votes:
            _store_tally(c, _tally(item, c.votes, all_members))


@guarded("caleol.ordre_du_jour")
def set_fewer_candidates_reason(db: Database, actor: Actor, item_id: int,
                                reason: FewerCandidatesReason | None,
                                expected_version: int | None = None) -> Saved:
    authz.require(actor, MANAGE, entity=ENTITY_ITEM, entity_id=item_id)

    def body(session: Session) -> Saved:
        item = _item(session, item_id)
        row = _writable_session(session, item.session_id)
        _check_version(item, expected_version)
        before = item.fewer_candidates_reason
        item.fewer_candidates_reason = FewerCandidatesReason(reason).value if reason else None
        _touch(row, actor)
        session.flush()
        _audit(session, actor, "update", ENTITY_ITEM, item.id,
                     {"fewer_candidates_reason": before},
                     {"fewer_candidates_reason": item.fewer_candidates_reason})
        return Saved(item.id, item.version, tuple(_item_warnings(item)))

    return _write(db, body)


@guarded("caleol.ordre_du_jour")
def remove_item(db: Database, actor: Actor, item_id: int,
                expected_version: int | None = None) -> None:
    authz.require(actor, MANAGE, entity=ENTITY_ITEM, entity_id=item_id)

    def body(session: Session) -> None:
        item = _item(session, item_id)
        row = _writable_session(session, item.session_id)
        _check_version(item, expected_version)
        if any(c.votes or c.decision for c in item.candidates):
            raise UserError(_m(QT_TRANSLATE_NOOP(
                "messages", "Des votes ou des décisions sont enregistrés pour ce logement : "
                "retirez-les avant de le retirer de l'ordre du jour.")))
        before = _item_snapshot(item)
        row.items.remove(item)
        session.delete(item)
        for position, other in enumerate(row.items, start=1):
            if other.position != position:
                other.position = position
        _touch(row, actor)
        _audit(session, actor, "delete", ENTITY_ITEM, item_id, before, None)

    _write(db, body)


@guarded("caleol.ordre_du_jour")
def reorder_items(db: Database, actor: Actor, session_id: int, item_ids: Sequence[int]) -> None:
    """Set the agenda order: ``item_ids`` lists every item of the session once."""
    authz.require(actor, MANAGE, entity=ENTITY_SESSION, entity_id=session_id)

    def body(session: Session) -> None:
        row = _writable_session(session, session_id)
        current = {i.id: i for i in row.items}
        if sorted(item_ids) != sorted(current):
            raise ValidationError({"items": _m(QT_TRANSLATE_NOOP(
                "messages", "L'ordre du jour a changé entre-temps : rechargez la séance."))})
        before = [i.id for i in row.items]
        for position, item_id in enumerate(item_ids, start=1):
            if current[item_id].position != position:
                current[item_id].position = position
        _touch(row, actor)
        _audit(session, actor, "update", ENTITY_SESSION, row.id, {"order": before},
                     {"order": list(item_ids)})

    _write(db, body)


# --------------------------------------------------------------------------- candidates


_NUMERO_SPACES = re.compile(r"\s+")


def _normalise_numero(text: str | None) -> str:
    return _NUMERO_SPACES.sub(" ", (text or "").strip()).upper()


def _validate_candidate(data: CandidateData) -> dict[str, Any]:
    errors: dict[str, Message] = {}
    numero = _normalise_numero(data.numero_unique)
    if len(numero) > 30:
        errors["numero_unique"] = _m(QT_TRANSLATE_NOOP(
            "messages", "Numéro unique : 30 caractères au plus."))
    criteria: list[str] = []
    for c in data.priority_criteria or ():
        try:
            value = PriorityCriterion(c).value
        except ValueError:
            errors["priority_criteria"] = _m(QT_TRANSLATE_NOOP(
                "messages", "Critère de priorité inconnu : « {code} »."), code=c)
            continue
        if value not in criteria:
            criteria.append(value)
    values = {
        "numero_unique": numero,
        "civility": _text(data.civility, 4, "civility", errors,
                          label=_m(QT_TRANSLATE_NOOP("messages", "Civilité"))),
        "last_name": _text(data.last_name, 80, "last_name", errors, required=True,
                           label=_m(QT_TRANSLATE_NOOP("messages", "Nom"))),
        "first_name": _text(data.first_name, 80, "first_name", errors,
                            label=_m(QT_TRANSLATE_NOOP("messages", "Prénom"))),
        "postal_address": _long_text(data.postal_address, 500, "postal_address", errors),
        "household_composition": _long_text(data.household_composition, 1000,
                                            "household_composition", errors),
        "adults": data.adults,
        "children": data.children,
        "monthly_resources": _money(data.monthly_resources, "monthly_resources", errors,
                                    _m(QT_TRANSLATE_NOOP("messages", "Ressources mensuelles"))),
        "effort_rate": data.effort_rate,
        "remaining_income_per_unit": _money(
            data.remaining_income_per_unit, "remaining_income_per_unit", errors,
            _m(QT_TRANSLATE_NOOP("messages", "Reste à vivre par unité de consommation"))),
        "priority_criteria": criteria,
        "public_prioritaire": bool(data.public_prioritaire or criteria),
        "current_housing": _long_text(data.current_housing, 1000, "current_housing", errors),
        "application_date": data.application_date,
        "notes": _long_text(data.notes, 4000, "notes", errors),
    }
    if not 1 <= (data.adults or 0) <= 20:
        errors["adults"] = _m(QT_TRANSLATE_NOOP("messages", "Nombre d'adultes : de 1 à 20."))
    if not 0 <= (data.children or 0) <= 20:
        errors["children"] = _m(QT_TRANSLATE_NOOP("messages", "Nombre d'enfants : de 0 à 20."))
    if data.effort_rate is not None:
        if not isinstance(data.effort_rate, Decimal) or not 0 <= data.effort_rate <= 100:
            errors["effort_rate"] = _m(QT_TRANSLATE_NOOP(
                "messages", "Taux d'effort : pourcentage de 0 à 100."))
        else:
            values["effort_rate"] = data.effort_rate.quantize(CENT)
    if data.application_date is not None and data.application_date > today():
        errors["application_date"] = _m(QT_TRANSLATE_NOOP(
            "messages", "La date de la demande ne peut pas être dans le futur."))
    if errors:
        raise ValidationError(errors)
    return values


def _check_candidates(item: AgendaItem, changed: Candidate | None, numero: str
                      ) -> list[Message]:
    """check_dwelling_candidates over the item with the new or changed candidate last;
    its errors are reported on the candidate's own fields."""
    others = [c for c in item.candidates if c is not changed]
    listed = [rules.Candidate(c.numero_unique, c.rank, c.full_name) for c in others]
    listed.append(rules.Candidate(numero, changed.rank if changed else None))
    reason = FewerCandidatesReason(item.fewer_candidates_reason) \
        if item.fewer_candidates_reason else None
    try:
        return rules.check_dwelling_candidates(listed, reason)
    except ValidationError as exc:
        prefix = f"candidates[{len(listed) - 1}]."
        raise ValidationError({(k[len(prefix):] if k.startswith(prefix) else k): v
                               for k, v in exc.fields.items()}) from None


def _attribution_item(item: AgendaItem) -> None:
    if item.kind != AgendaItemKind.ATTRIBUTION.value:
        raise UserError(_m(QT_TRANSLATE_NOOP(
            "messages", "Ce point est un examen de l'occupation : il n'a pas de candidats.")))


@guarded("caleol.candidat")
def add_candidate(db: Database, actor: Actor, item_id: int, data: CandidateData) -> Saved:
    """Add an application to a dwelling; refused without numéro unique or twice the same.
    Warnings: fewer than 3 candidates without legal reason."""
    authz.require(actor, MANAGE, entity=ENTITY_CANDIDATE)

    def body(session: Session) -> Saved:
        item = _item(session, item_id)
        row = _writable_session(session, item.session_id)
        _attribution_item(item)
        values = _validate_candidate(data)
        warnings = _check_candidates(item, None, values["numero_unique"])
        stamp = now()
        c = Candidate(agenda_item_id=item.id,
                      position=max((x.position for x in item.candidates), default=0) + 1,
                      **values, created_at=stamp, created_by=actor.username,
                      updated_at=stamp, updated_by=actor.username)
        item.candidates.append(c)
        _touch(row, actor)
        try:
            session.flush()
        except IntegrityError as exc:
            raise ConflictError(_m(QT_TRANSLATE_NOOP(
                "messages", "Le numéro unique {number} vient d'être ajouté à ce logement sur "
                "un autre poste."), number=values["numero_unique"])) from exc
        _audit(session, actor, "create", ENTITY_CANDIDATE, c.id, None,
                     {"agenda_item_id": item.id, **values})
        return Saved(c.id, c.version, tuple(warnings))

    return _write(db, body)


@guarded("caleol.candidat")
def update_candidate(db: Database, actor: Actor, candidate_id: int, data: CandidateData,
                     expected_version: int) -> Saved:
    authz.require(actor, MANAGE, entity=ENTITY_CANDIDATE, entity_id=candidate_id)

    def body(session: Session) -> Saved:
        c = _candidate(session, candidate_id)
        item = c.item
        row = _writable_session(session, item.session_id)
        _check_version(c, expected_version)
        values = _validate_candidate(data)
        warnings = _check_candidates(item, c, values["numero_unique"])
        before = _snapshot(c, _CANDIDATE_FIELDS)
        _set(c, values)
        _touch(c, actor)
        _touch(row, actor)
        session.flush()
        _audit(session, actor, "update", ENTITY_CANDIDATE, c.id, before,
                     _snapshot(c, _CANDIDATE_FIELDS))
        return Saved(c.id, c.version, tuple(warnings))

    return _write(db, body)


@guarded("caleol.candidat")
def remove_candidate(db: Database, actor: Actor, candidate_id: int,
                     expected_version: int | None = None) -> Saved:
    """Withdraw an application from the agenda (not once voted on or decided)."""
    authz.require(actor, MANAGE, entity=ENTITY_CANDIDATE, entity_id=candidate_id)

    def body(session: Session) -> Saved:
        c = _candidate(session, candidate_id)
        item = c.item
        row = _writable_session(session, item.session_id)
        _check_version(c, expected_version)
        if c.votes or c.decision:
            raise UserError(_m(QT_TRANSLATE_NOOP(
                "messages", "Des votes ou une décision sont enregistrés pour {name} : retirez-"
                "les avant de retirer sa candidature."), name=c.full_name))
        before = _snapshot(c, _CANDIDATE_FIELDS)
        item.candidates.remove(c)
        session.delete(c)
        for position, other in enumerate(item.candidates, start=1):
            if other.position != position:
                other.position = position
        _touch(row, actor)
        session.flush()
        _audit(session, actor, "delete", ENTITY_CANDIDATE, candidate_id, before, None)
        return Saved(item.id, item.version, tuple(_item_warnings(item)))

    return _write(db, body)


# --------------------------------------------------------------------------- conflicts


@guarded("caleol.conflit")
def add_conflict(db: Database, actor: Actor, item_id: int, member_id: int, note: str = "",
                 candidate_id: int | None = None) -> int:
    """Record that a member must not vote on an item (or on one of its candidates)."""
    authz.require(actor, MANAGE, entity=ENTITY_ITEM, entity_id=item_id)

    def body(session: Session) -> int:
        item = _item(session, item_id)
        row = _writable_session(session, item.session_id)
        member = session.get(Member, member_id)
        if member is None or member.commission_id != row.commission_id:
            raise _not_found("member", member_id)
        concerned = [c for c in item.candidates
                     if candidate_id is None or c.id == candidate_id]
        if candidate_id is not None and not concerned:
            raise _not_found("candidate", candidate_id)
        if any(v.member_id == member_id for c in concerned for v in c.votes):
            raise UserError(_m(QT_TRANSLATE_NOOP(
                "messages", "{name} a déjà voté sur ce point : supprimez son vote avant de "
                "noter le conflit d'intérêts."), name=member.full_name))
        x = ConflictOfInterest(agenda_item_id=item.id, candidate_id=candidate_id,
                               member_id=member_id, note=(note or "").strip()[:2000],
                               created_at=now(), created_by=actor.username)
        item.conflicts.append(x)
        _touch(row, actor)
        session.flush()
        _audit(session, actor, "create", "caleol_conflit", x.id, None,
                     {"agenda_item_id": item.id, "candidate_id": candidate_id,
                      "member_id": member_id, "note": x.note})
        return x.id

    return _write(db, body)


@guarded("caleol.conflit")
def remove_conflict(db: Database, actor: Actor, conflict_id: int) -> None:
    authz.require(actor, MANAGE, entity="caleol_conflit", entity_id=conflict_id)

    def body(session: Session) -> None:
        x = session.get(ConflictOfInterest, conflict_id)
        if x is None:
            raise _not_found("conflict", conflict_id)
        row = _writable_session(session, x.item.session_id)
        before = {"agenda_item_id": x.agenda_item_id, "candidate_id": x.candidate_id,
                  "member_id": x.member_id, "note": x.note}
        x.item.conflicts.remove(x)
        session.delete(x)
        _touch(row, actor)
        _audit(session, actor, "delete", "caleol_conflit", conflict_id, before, None)

    _write(db, body)


# --------------------------------------------------------------------------- attendance


def _session_member(session: Session, row: CaleolSession, member_id: int) -> Member:
    m = session.get(Member, member_id)
    if m is None or m.commission_id != row.commission_id:
        raise _not_found("member", member_id)
    return m


@guarded("caleol.presence")
def set_attendance(db: Database, actor: Actor, session_id: int, member_id: int,
                   mode: AttendanceMode, connected_at: dt.datetime | None = None,
                   note: str = "") -> Saved:
    """Record how a member takes part; returns the new quorum explanations as warnings.

    A remote participant (``DISTANCE``) gets his identification time (``connected_at``,
    now by default). Marking a member other than represented withdraws his proxy.
    """
    authz.require(actor, MANAGE, entity=ENTITY_SESSION, entity_id=session_id)
    mode = AttendanceMode(mode)

    def body(session: Session) -> Saved:
        row = _writable_session(session, session_id)
        member = _session_member(session, row, member_id)
        if mode is AttendanceMode.DISTANCE and not SessionMode(row.mode).remote \
                and not row.commission.remote_allowed:
            raise ValidationError({"mode": _m(QT_TRANSLATE_NOOP(
                "messages", "Le règlement intérieur ne prévoit pas de participation à "
                "distance."))})
        a = next((x for x in row.attendances if x.member_id == member.id), None)
        before = {"mode": a.mode, "connected_at": a.connected_at, "note": a.note} if a else None
        stamp = connected_at
        if mode is AttendanceMode.DISTANCE and stamp is None:
            stamp = now()
        if mode is not AttendanceMode.DISTANCE and mode is not AttendanceMode.PRESENT:
            stamp = None
        if a is None:
            a = Attendance(session_id=row.id, member_id=member.id, mode=mode.value,
                           connected_at=stamp, note=(note or "").strip()[:2000])
            row.attendances.append(a)
        else:
            _set(a, {"mode": mode.value, "connected_at": stamp,
                     "note": (note or "").strip()[:2000]})
        if mode is not AttendanceMode.REPRESENTE:
            for p in [p for p in row.proxies if p.giver_id == member.id]:
                row.proxies.remove(p)
                session.delete(p)
        _touch(row, actor)
        session.flush()
        _audit(session, actor, "presence", ENTITY_SESSION, row.id,
                     {"member_id": member.id, **(before or {})},
                     {"member_id": member.id, "mode": mode.value, "connected_at": stamp,
                      "note": a.note})
        return Saved(a.id, a.version, _context(row).quorum.explanations)

    return _write(db, body)


@guarded("caleol.presence")
def set_proxy(db: Database, actor: Actor, session_id: int, giver_id: int, holder_id: int,
              note: str = "") -> Saved:
    """Record a *pouvoir*: ``giver`` is represented by ``holder`` (marked represented).

    Refused: advisory members, oneself, a holder above the règlement's limit of proxies.
    """
    authz.require(actor, MANAGE, entity=ENTITY_SESSION, entity_id=session_id)

    def body(session: Session) -> Saved:
        row = _writable_session(session, session_id)
        giver = _session_member(session, row, giver_id)
        holder = _session_member(session, row, holder_id)
        errors: dict[str, Message] = {}
        if giver.id == holder.id:
            errors["holder_id"] = _m(QT_TRANSLATE_NOOP(
                "messages", "Un membre ne peut pas se donner pouvoir à lui-même."))
        elif not giver.voting or not holder.voting:
            errors["holder_id"] = _m(QT_TRANSLATE_NOOP(
                "messages", "Seuls les membres à voix délibérative peuvent donner ou recevoir "
                "un pouvoir."))
        else:
            held = sum(1 for p in row.proxies if p.holder_id == holder.id
                       and p.giver_id != giver.id)
            limit = row.commission.max_proxies_per_holder
            if held >= limit:
                errors["holder_id"] = _m(QT_TRANSLATE_NOOP(
                    "messages", "{name} détient déjà {count} pouvoir(s) : le règlement "
                    "intérieur en autorise {max}."), name=holder.full_name, count=held,
                    max=limit)
        if errors:
            raise ValidationError(errors)
        for p in [p for p in row.proxies if p.giver_id == giver.id]:
            row.proxies.remove(p)
            session.delete(p)
        session.flush()
        p = Proxy(session_id=row.id, giver_id=giver.id, holder_id=holder.id,
                  note=(note or "").strip()[:2000], created_at=now(),
                  created_by=actor.username)
        row.proxies.append(p)
        a = next((x for x in row.attendances if x.member_id == giver.id), None)
        if a is None:
            row.attendances.append(Attendance(session_id=row.id, member_id=giver.id,
                                              mode=AttendanceMode.REPRESENTE.value, note=""))
        elif a.mode != AttendanceMode.REPRESENTE.value:
            a.mode = AttendanceMode.REPRESENTE.value
            a.connected_at = None
        _touch(row, actor)
        session.flush()
        _audit(session, actor, "pouvoir", ENTITY_SESSION, row.id, None,
                     {"giver_id": giver.id, "holder_id": holder.id, "note": p.note})
        return Saved(p.id, row.version, _context(row).quorum.explanations)

    return _write(db, body)


@guarded("caleol.presence")
def remove_proxy(db: Database, actor: Actor, proxy_id: int) -> None:
    authz.require(actor, MANAGE, entity=ENTITY_SESSION)

    def body(session: Session) -> None:
        p = session.get(Proxy, proxy_id)
        if p is None:
            raise _not_found("proxy", proxy_id)
        row = _writable_session(session, p.session_id)
        before = {"giver_id": p.giver_id, "holder_id": p.holder_id}
        row.proxies.remove(p)
        session.delete(p)
        _touch(row, actor)
        _audit(session, actor, "pouvoir_retire", ENTITY_SESSION, row.id, before, None)

    _write(db, body)


@guarded("caleol.seance")
def request_physical_session(db: Database, actor: Actor, session_id: int, member_id: int,
                             note: str = "", at: dt.datetime | None = None) -> Saved:
    """Record a member's demand for a physical session (remote sessions): kept on the
    session (first demand), in the audit trail (each demand) and shown as a warning."""
    authz.require(actor, MANAGE, entity=ENTITY_SESSION, entity_id=session_id)

    def body(session: Session) -> Saved:
        row = _writable_session(session, session_id)
        member = _session_member(session, row, member_id)
        if not SessionMode(row.mode).remote:
            raise UserError(_m(QT_TRANSLATE_NOOP(
                "messages", "La séance se tient déjà en présentiel.")))
        stamp = at or now()
        text = (note or "").strip()[:2000]
        if row.physical_requested_at is None:
            row.physical_requested_by_id = member.id
            row.physical_requested_at = stamp
            row.physical_request_note = text
            _touch(row, actor)
        session.flush()
        _audit(session, actor, "seance_physique_demandee", ENTITY_SESSION, row.id, None,
                     {"member_id": member.id, "member": member.full_name, "at": stamp,
                      "note": text})
        return Saved(row.id, row.version, (_m(QT_TRANSLATE_NOOP(
            "messages", "Demande de séance physique de {name} enregistrée."),
            name=member.full_name),))

    return _write(db, body)


# --------------------------------------------------------------------------- votes


def _window_text(row: CaleolSession) -> dict:
    return {"opens": format_datetime_fr(row.vote_opens_at),
            "closes": format_datetime_fr(row.vote_closes_at)}


def _session_vote_problem(ctx: _Context) -> Message | None:
    """Why no vote at all may be recorded in this session now, or ``None``."""
    row = ctx.row
    if row.locked:
        return _locked_error(row).message
    status = session_status(row)
    if status is not SessionStatus.OPEN:
        return _m(QT_TRANSLATE_NOOP(
            "messages", "La séance n'est pas ouverte (état : {status}) : ouvrez-la pour "
            "enregistrer votes et décisions."), status=Message(status.label))
    if not ctx.quorum.reached:
        return _m(QT_TRANSLATE_NOOP(
            "messages", "Le quorum n'est pas atteint : la commission ne peut pas délibérer. "
            "{details}"), details=" ".join(_render(x) for x in ctx.quorum.explanations))
    if SessionMode(row.mode) is SessionMode.ECRITE and (
            row.vote_opens_at is None or row.vote_closes_at is None):
        return _m(QT_TRANSLATE_NOOP(
            "messages", "La fenêtre de vote de la séance écrite n'est pas définie."))
    return None


def _vote_problem(ctx: _Context, item: AgendaItem, candidate: Candidate, member: Member | None,
                  voted_at: dt.datetime, voters: set[int]) -> Message | None:
    """Why this member's vote on this candidate is refused, or ``None``.

    ``voters``: members with a vote on the candidate besides this one.
    """
    row = ctx.row
    if item.kind != AgendaItemKind.ATTRIBUTION.value:
        return _m(QT_TRANSLATE_NOOP("messages", "On ne vote que sur les attributions."))
    if member is None or member.id not in ctx.members:
        return _m(QT_TRANSLATE_NOOP(
            "messages", "Ce membre ne siège pas à la commission pour cette séance."))
    name = member.full_name
    problem = rules.vote_scope_problem(MemberRole(member.role), member.commune, item.commune,
                                       name)
    if problem is not None:
        return problem
    for x in item.conflicts:
        if x.member_id == member.id and (x.candidate_id is None or x.candidate_id == candidate.id):
            return _m(QT_TRANSLATE_NOOP(
                "messages", "{name} a déclaré un conflit d'intérêts sur ce point : il ne prend "
                "pas part au vote."), name=name)
    mode = ctx.attendance.get(member.id, AttendanceMode.ABSENT)
    titular = member.substitute_of_id if member.substitute_of_id in ctx.members else None
    if titular is not None:
        if ctx.stand_ins.get(titular) != member.id:
            return _m(QT_TRANSLATE_NOOP(
                "messages", "{name} est suppléant : il ne vote qu'en l'absence du titulaire et "
                "s'il participe à la séance."), name=name)
        if titular in voters:
            return _m(QT_TRANSLATE_NOOP(
                "messages", "Le titulaire suppléé par {name} a déjà voté sur ce candidat."),
                name=name)
    elif mode not in _TAKING_PART and member.id not in ctx.quorum.accepted_proxies:
        return _m(QT_TRANSLATE_NOOP(
            "messages", "{name} ne participe pas à la séance (ni présent, ni à distance, ni "
            "représenté par un pouvoir valable)."), name=name)
    elif ctx.stand_ins.get(member.id) in voters:
        return _m(QT_TRANSLATE_NOOP(
            "messages", "Le suppléant de {name} a déjà voté sur ce candidat."), name=name)
    if SessionMode(row.mode) is SessionMode.ECRITE and not (
            row.vote_opens_at <= voted_at <= row.vote_closes_at):
        return _m(QT_TRANSLATE_NOOP(
            "messages", "Vote du {at} hors de la fenêtre de vote de la séance écrite (du "
            "{opens} au {closes})."), at=format_datetime_fr(voted_at), **_window_text(row))
    return None


def _apply_vote(session: Session, actor: Actor, candidate: Candidate, member_id: int,
                vote: Vote, voted_at: dt.datetime, channel: VoteChannel) -> VoteRow:
    existing = next((v for v in candidate.votes if v.member_id == member_id), None)
    if existing is None:
        v = VoteRow(candidate_id=candidate.id, member_id=member_id, vote=vote.value,
                    voted_at=voted_at, channel=channel.value, recorded_by=actor.username)
        candidate.votes.append(v)
        before = None
    else:
        v = existing
        before = {"vote": v.vote, "voted_at": v.voted_at, "channel": v.channel}
        _set(v, {"vote": vote.value, "voted_at": voted_at, "channel": channel.value,
                 "recorded_by": actor.username})
    session.flush()
    _audit(session, actor, "vote", ENTITY_VOTE, v.id, before,
                 {"candidate_id": candidate.id, "member_id": member_id, "vote": vote.value,
                  "voted_at": voted_at, "channel": channel.value})
    return v


def _candidate_in_session(row: CaleolSession, candidate_id: int
                          ) -> tuple[AgendaItem, Candidate]:
    for item in row.items:
        for c in item.candidates:
            if c.id == candidate_id:
                return item, c
    raise _not_found("candidate", candidate_id)


def _session_of_candidate(session: Session, candidate_id: int) -> int:
    sid = session.scalar(select(AgendaItem.session_id).join(
        Candidate, Candidate.agenda_item_id == AgendaItem.id).where(Candidate.id == candidate_id))
    if sid is None:
        raise _not_found("candidate", candidate_id)
    return sid


def _record(session: Session, actor: Actor, row: CaleolSession, entries: Sequence[VoteEntry],
            channel: VoteChannel) -> list[VoteRow]:
    ctx = _context(row)
    problem = _session_vote_problem(ctx)
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
        problem = _vote_problem(ctx, item, candidate, member, e.voted_at or stamp,
                                voters - {e.member_id})
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
        rows.append(_apply_vote(session, actor, candidate, e.member_id, Vote(e.vote),
                                e.voted_at or stamp, channel))
        touched[candidate.id] = (item, candidate)
    all_members = {m.id: m for m in row.commission.members}
    for item, candidate in touched.values():
        _store_tally(candidate, _tally(item, candidate.votes, all_members))
    _touch(row, actor)
    try:
        session.flush()
    except IntegrityError as exc:
        raise ConflictError(_m(QT_TRANSLATE_NOOP(
            "messages", "Un vote vient d'être enregistré sur un autre poste pour ce membre : "
            "rechargez la séance."))) from exc
    return rows


@guarded("caleol.vote")
def record_vote(db: Database, actor: Actor, candidate_id: int, member_id: int, vote: Vote,
                voted_at: dt.datetime | None = None,
                channel: VoteChannel = VoteChannel.SEANCE) -> Saved:
    """Record (or change) a member's vote on the proposal to attribute to a candidate.

    Refused: without quorum, session not open or locked, advisory member, mayor or EPCI
    president outside his commune/territory, member in conflict of interest, member not
    taking part, substitute while the titular takes part, outside the vote window of a
    written session. Returns the tally explanations as warnings.
    """
    authz.require(actor, MANAGE, entity=ENTITY_VOTE)

    def body(session: Session) -> Saved:
        row = _load_session(session, _session_of_candidate(session, candidate_id),
                            for_update=True)
        (v,) = _record(session, actor, row, [VoteEntry(candidate_id, member_id, Vote(vote),
                                                        voted_at)], VoteChannel(channel))
        item, candidate = _candidate_in_session(row, candidate_id)
        result = _tally(item, candidate.votes, {m.id: m for m in row.commission.members})
        return Saved(v.id, v.version, result.explanations if result else ())

    return _write(db, body)


@guarded("caleol.vote")
def record_votes(db: Database, actor: Actor, session_id: int, entries: Sequence[VoteEntry],
                 channel: VoteChannel = VoteChannel.SEANCE) -> int:
    """Record several votes at once, all or nothing; returns how many."""
    authz.require(actor, MANAGE, entity=ENTITY_VOTE)
    if not entries:
        return 0

    def body(session: Session) -> int:
        row = _load_session(session, session_id, for_update=True)
        return len(_record(session, actor, row, list(entries), VoteChannel(channel)))

    return _write(db, body)


@guarded("caleol.vote")
def remove_vote(db: Database, actor: Actor, vote_id: int) -> None:
    authz.require(actor, MANAGE, entity=ENTITY_VOTE, entity_id=vote_id)

    def body(session: Session) -> None:
        v = session.get(VoteRow, vote_id)
        if v is None:
            raise _not_found("vote", vote_id)
        row = _load_session(session, _session_of_candidate(session, v.candidate_id),
                            for_update=True)
        ensure_unlocked(row)
        if session_status(row) is not SessionStatus.OPEN:
            raise UserError(_session_vote_problem(_context(row)))
        item, candidate = _candidate_in_session(row, v.candidate_id)
        before = {"candidate_id": v.candidate_id, "member_id": v.member_id, "vote": v.vote,
                  "voted_at": v.voted_at, "channel": v.channel}
        candidate.votes.remove(v)
        session.delete(v)
        _store_tally(candidate, _tally(item, candidate.votes,
                                       {m.id: m for m in row.commission.members}))
        _touch(row, actor)
        _audit(session, actor, "delete", ENTITY_VOTE, vote_id, before, None)

    _write(db, body)


# --------------------------------------------------------------------------- decisions


@guarded("caleol.decision")
def decide(db: Database, actor: Actor, candidate_id: int, decision: Decision,
           rank: int | None = None, condition_document: str | None = None,
           condition_deadline: dt.date | None = None, reason: str | None = None,
           expected_version: int | None = None) -> Saved:
    """Record the commission's decision on a candidate (R441-3).

    Checked: quorum and open session; ``validate_decision`` (rank, suspensive condition
    document and deadline after the session, reason of a refusal); ranks unique across
    the dwelling; one direct attribution per dwelling. The tally of the votes (with the
    mayor's casting vote) is stored with the decision; a decision contradicting it is
    kept and returned with a warning.
    """
    authz.require(actor, MANAGE, entity=ENTITY_CANDIDATE, entity_id=candidate_id)
    decision = Decision(decision)

    def body(session: Session) -> Saved:
        row = _load_session(session, _session_of_candidate(session, candidate_id),
                            for_update=True)
        ctx = _context(row)
        problem = _session_vote_problem(ctx)
        if problem is not None:
            raise UserError(problem)
        item, c = _candidate_in_session(row, candidate_id)
        _check_version(c, expected_version)
        rules.validate_decision(decision, rank, condition_document, condition_deadline, reason,
                                session_date=row.session_date)
        others = [x for x in item.candidates if x is not c]
        try:
            rules.check_ranks([x.rank for x in others] + [rank])
        except ValidationError as exc:
            raise ValidationError({"rank": _m(QT_TRANSLATE_NOOP(
                "messages", "Le rang {rank} est déjà attribué à un autre candidat de ce "
                "logement."), rank=rank)} if rank is not None else exc.fields) from None
        try:
            rules.check_item_decisions(
                [Decision(x.decision) if x.decision else None for x in others] + [decision])
        except ValidationError as exc:
            raise ValidationError({"decision": next(iter(exc.fields.values()))}) from None
        before = _snapshot(c, _DECISION_FIELDS)
        result = _tally(item, c.votes, {m.id: m for m in row.commission.members})
        _set(c, {
            "decision": decision.value,
            "rank": rank,
            "condition_document": (condition_document or "").strip()[:200]
            if decision is Decision.ATTRIBUTION_CONDITION_SUSPENSIVE else "",
            "condition_deadline": condition_deadline
            if decision is Decision.ATTRIBUTION_CONDITION_SUSPENSIVE else None,
            "reason": (reason or "").strip()[:4000],
            "decided_at": now(),
            "decided_by": actor.username,
        })
        _store_tally(c, result)
        _touch(c, actor)
        _touch(row, actor)
        session.flush()
        _audit(session, actor, "decision", ENTITY_CANDIDATE, c.id, before,
                     {**_snapshot(c, _DECISION_FIELDS), "tally": c.tally_outcome,
                      "pour": c.tally_pour, "contre": c.tally_contre,
                      "abstention": c.tally_abstention, "casting_vote": c.casting_vote_used})
        warnings: list[Message] = list(result.explanations) if result else []
        if result is None:
            warnings.append(_m(QT_TRANSLATE_NOOP(
                "messages", "Aucun vote n'est enregistré pour ce candidat.")))
        contradiction = rules.decision_contradicts_tally(
            decision, result.outcome if result else None)
        if contradiction is not None:
            warnings.append(contradiction)
        return Saved(c.id, c.version, tuple(warnings))

    return _write(db, body)


@guarded("caleol.decision")
def clear_decision(db: Database, actor: Actor, candidate_id: int,
                   expected_version: int | None = None) -> Saved:
    authz.require(actor, MANAGE, entity=ENTITY_CANDIDATE, entity_id=candidate_id)

    def body(session: Session) -> Saved:
        row = _load_session(session, _session_of_candidate(session, candidate_id),
                            for_update=True)
        ensure_unlocked(row)
        if session_status(row) is not SessionStatus.OPEN:
            raise UserError(_session_vote_problem(_context(row)))
        _item_unused, c = _candidate_in_session(row, candidate_id)
        _check_version(c, expected_version)
        before = _snapshot(c, _DECISION_FIELDS)
        _set(c, {"decision": None, "rank": None, "condition_document": "",
                 "condition_deadline": None, "reason": "", "decided_at": None,
                 "decided_by": "", "notified_on": None, "offer_deadline": None,
                 "offer_status": None, "offer_answer_on": None, "offer_refusal_reason": "",
                 "presented_on": None, "offer_days": None})
        _touch(c, actor)
        _touch(row, actor)
        session.flush()
        _audit(session, actor, "decision_annulee", ENTITY_CANDIDATE, c.id, before, None)
        return Saved(c.id, c.version)

    return _write(db, body)


@guarded("caleol.decision")
def set_notification(db: Database, actor: Actor, candidate_id: int, notified_on: dt.date,
                     days: int | None = None, alsace_moselle: bool = False) -> Saved:
    """Record when the decision was notified and, for the candidate the dwelling is
    offered to (direct attribution, else the first ranked candidate still in line), the
    offer's answer deadline (R441-10: at least 10 days from the day after, next working
    day); the other ranked candidates get none until the offer reaches them.

    Allowed on a locked session: notification follows the signed minutes.
    """
    authz.require(actor, MANAGE, entity=ENTITY_CANDIDATE, entity_id=candidate_id)

    def body(session: Session) -> Saved:
        c = _candidate(session, candidate_id)
        if not c.decision:
            raise UserError(_m(QT_TRANSLATE_NOOP(
                "messages", "Aucune décision n'est enregistrée pour ce candidat.")))
        row = session.get(CaleolSession, c.item.session_id)
        if notified_on < row.session_date:
            raise ValidationError({"notified_on": _m(QT_TRANSLATE_NOOP(
                "messages", "La notification ne peut pas précéder la séance."))})
        deadline = None
        before = {"notified_on": c.notified_on, "offer_deadline": c.offer_deadline}
        changes: dict[str, Any] = {"notified_on": notified_on}
        if _offered_now(c):
            # Only the candidate the dwelling is offered to gets an answer deadline; the
            # candidates ranked after him wait for his answer (R441-10).
            offer_days = days or row.commission.offer_days
            deadline = rules.offer_deadline(notified_on, offer_days, alsace_moselle)
            changes.update({"offer_status": rules.OfferStatus.OFFERED.value,
                            "presented_on": None, "offer_days": offer_days,
                            "offer_alsace_moselle": alsace_moselle})
        changes["offer_deadline"] = deadline
        _set(c, changes)
        _touch(c, actor)
        session.flush()
        _audit(session, actor, "notification", ENTITY_CANDIDATE, c.id, before,
                     {"notified_on": notified_on, "offer_deadline": deadline})
        return Saved(c.id, c.version)

    return _write(db, body)


def offer_state_of(item: AgendaItem, on: dt.date | None = None,
                   ignore: Candidate | None = None) -> rules.OfferState:
    """The offer line of a dwelling's candidates (``desktop.domain.caleol.offer_state``)
    on ``on`` (``None``: no deadline checked). ``ignore``: a candidate whose own offer
    status and deadline are left out (his notification is being recorded)."""
    return rules.offer_state([
        rules.OfferCandidate(
            x.id, Decision(x.decision) if x.decision else None, x.rank,
            None if x is ignore or not x.offer_status else rules.OfferStatus(x.offer_status),
            None if x is ignore else x.offer_deadline)
        for x in item.candidates], on)


def _offered_now(c: Candidate) -> bool:
    """Whether the dwelling is offered to ``c`` now: the first in line (direct
    attribution, else rank 1), or the next one when those before him refused or let
    the deadline pass (his own earlier notification ignored)."""
    if not c.decision:
        return False
    state = offer_state_of(c.item, None, ignore=c)
    return state.accepted_id is None and c.id in (state.holder_id, state.next_id)


# --------------------------------------------------------------------------- vote import


@dataclass(frozen=True)
class ImportedVote:
    line: int
    member_id: int
    member_name: str
    candidate_id: int
    candidate_name: str
    reference: str
    numero_unique: str
    vote: Vote
    voted_at: dt.datetime


@dataclass
class VoteImportReport:
    source: str
    lines: int
    accepted: list[ImportedVote] = field(default_factory=list)
    #: (line number, message); line 0: the whole file
    errors: list[tuple[int, Message]] = field(default_factory=list)
    dry_run: bool = False
    imported: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors

    def error_lines(self) -> list[str]:
        return [(f"ligne {line} : " if line else "") + _render(message)
                for line, message in self.errors]


class VoteImportError(UserError):
    """The file has errors: nothing was imported; ``report`` lists them."""

    def __init__(self, report: VoteImportReport):
        super().__init__(_m(QT_TRANSLATE_NOOP(
            "messages", "Import des votes refusé : {count} erreur(s) dans « {name} », aucun vote "
            "n'a été importé."), count=len(report.errors), name=report.source))
        self.report = report

    def __str__(self) -> str:
        return "\n".join([str(self.message), *self.report.error_lines()])


_IMPORT_COLUMNS = {
    "member": ("membre", "votant", "nom", "nom du membre", "nom membre", "participant",
               "email", "e mail", "mail", "courriel", "adresse mail", "adresse email",
               "identifiant"),
    "reference": ("logement", "reference", "reference logement", "ref logement", "ref",
                  "n logement", "numero logement", "lot"),
    "numero": ("numero unique", "n unique", "nu", "numero", "num unique", "n demande",
               "numero de demande", "numero demande", "demande", "nud"),
    "vote": ("vote", "choix", "reponse", "avis", "sens du vote"),
    "timestamp": ("horodatage", "date", "date vote", "date du vote", "timestamp", "heure",
                  "date heure", "date et heure", "horodate", "vote le"),
}
_REQUIRED_COLUMNS = ("member", "numero", "vote")
_COLUMN_LABELS = {
    "member": QT_TRANSLATE_NOOP("messages", "membre (nom ou courriel)"),
    "reference": QT_TRANSLATE_NOOP("messages", "référence du logement"),
    "numero": QT_TRANSLATE_NOOP("messages", "numéro unique"),
    "vote": QT_TRANSLATE_NOOP("messages", "vote"),
    "timestamp": QT_TRANSLATE_NOOP("messages", "horodatage"),
}


def _read_vote_file(path: Path) -> tuple[list[str], list[tuple[int, tuple]]]:
    """Headers and rows of the voting tool's export; XLSX keeps date-times."""
    from desktop.services import importer as imp

    if path.suffix.lower() in (".xlsx", ".xlsm"):
        import zipfile

        from openpyxl import load_workbook

        try:
            book = load_workbook(path, read_only=True, data_only=True)
        except (OSError, zipfile.BadZipFile, KeyError, ValueError, TypeError) as exc:
            raise UserError(_m(QT_TRANSLATE_NOOP(
                "messages", "Le fichier « {name} » n'est pas un classeur Excel valide."),
                name=path.name)) from exc
        try:
            headers: list[str] | None = None
            rows: list[tuple[int, tuple]] = []
            for number, values in enumerate(book.worksheets[0].iter_rows(values_only=True),
                                            start=1):
                if not any(v is not None and str(v).strip() for v in values):
                    continue
                if headers is None:
                    headers = [str(v or "").strip() for v in values]
                    continue
                rows.append((number, tuple(values)))
        finally:
            book.close()
        if headers is None or not rows:
            raise UserError(_m(QT_TRANSLATE_NOOP(
                "messages", "Le fichier « {name} » ne contient aucune ligne après les "
                "en-têtes."), name=path.name))
        return headers, rows
    table = imp.read_table(path)
    return table.headers, [(r.line, r.cells) for r in table.rows]


def _columns(headers: list[str]) -> dict[str, int | None]:
    from desktop.services.importer import header_key

    keys = [header_key(h) for h in headers]
    mapping: dict[str, int | None] = {}
    used: set[int] = set()
    for name, synonyms in _IMPORT_COLUMNS.items():
        mapping[name] = None
        for index, key in enumerate(keys):
            if index not in used and key in synonyms:
                mapping[name] = index
                used.add(index)
                break
    return mapping


_DATETIME_FORMATS = ("%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y %Hh%M", "%d/%m/%Y",
                     "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d")


def parse_timestamp(value: Any) -> dt.datetime | None:
    """A vote timestamp from the tool's export, as naive UTC.

    Times without offset are the workstation's local time; ISO 8601 with an offset or
    ``Z`` is converted. Raises ``ValueError`` when unreadable.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        local = value
    elif isinstance(value, dt.date):
        local = dt.datetime.combine(value, dt.time())
    else:
        text = str(value).strip()
        local = None
        try:
            parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
            if parsed.tzinfo is not None:
                return parsed.astimezone(dt.timezone.utc).replace(tzinfo=None)
            local = parsed
        except ValueError:
            for fmt in _DATETIME_FORMATS:
                try:
                    local = dt.datetime.strptime(text, fmt)
                    break
                except ValueError:
                    continue
        if local is None:
            raise ValueError(text)
    if local.tzinfo is not None:
        return local.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return local.astimezone().astimezone(dt.timezone.utc).replace(tzinfo=None)


def _member_matcher(members: Iterable[Member]) -> Callable[[str], tuple[list[Member], str]]:
    by_key: dict[str, list[Member]] = {}

    def add(key: str, m: Member) -> None:
        key = " ".join(fold(key).split())
        if key and m not in by_key.setdefault(key, []):
            by_key[key].append(m)

    for m in members:
        if m.email:
            add(m.email, m)
        add(f"{m.first_name} {m.last_name}", m)
        add(f"{m.last_name} {m.first_name}", m)
        add(m.full_name, m)
        add(f"{m.civility} {m.last_name} {m.first_name}", m)
    last_names: dict[str, list[Member]] = {}
    for m in members:
        last_names.setdefault(" ".join(fold(m.last_name).split()), []).append(m)

    def match(text: str) -> tuple[list[Member], str]:
        key = " ".join(fold(text or "").split())
        found = by_key.get(key) or last_names.get(key) or []
        return found, key

    return match


@guarded("caleol.import_votes")
def import_votes(db: Database, actor: Actor, session_id: int, path: str | Path,
                 dry_run: bool = False) -> VoteImportReport:
    """Import the remote voting tool's export (CSV ``;`` or ``,``, UTF-8 with or without
    BOM, or XLSX): member (name or e-mail), dwelling reference, numéro unique, vote
    (POUR / CONTRE / ABSTENTION, case and accents ignored), timestamp.

    All or nothing: each line is checked with the rules of ``record_vote``; with any
    error, nothing is imported and ``VoteImportError`` carries the report (a dry run
    returns it instead). The same member's vote on the same candidate twice keeps the
    latest timestamp.
    """
    authz.require(actor, MANAGE, entity=ENTITY_VOTE)
    path = Path(path)
    headers, rows = _read_vote_file(path)
    report = VoteImportReport(source=path.name, lines=len(rows), dry_run=dry_run)
    mapping = _columns(headers)
    missing = [Message(_COLUMN_LABELS[k]) for k in _REQUIRED_COLUMNS if mapping[k] is None]
    if missing:
        report.errors.append((0, _m(QT_TRANSLATE_NOOP(
            "messages", "Colonnes introuvables : {columns} (en-têtes lus : {headers})."),
            columns=", ".join(_render(x) for x in missing), headers=", ".join(headers))))
        if dry_run:
            return report
        raise VoteImportError(report)

    def body(session: Session) -> VoteImportReport:
        from desktop.services.importer import cell_text

        row = _load_session(session, session_id, for_update=not dry_run)
        ctx = _context(row)
        problem = _session_vote_problem(ctx)
        written = SessionMode(row.mode) is SessionMode.ECRITE
        if problem is not None:
            report.errors.append((0, problem))
        match = _member_matcher(ctx.members.values())
        by_numero: dict[str, list[tuple[AgendaItem, Candidate]]] = {}
        for item in row.items:
            for c in item.candidates:
                by_numero.setdefault(c.numero_unique.upper(), []).append((item, c))
        stamp = now()
        chosen: dict[tuple[int, int], ImportedVote] = {}
        for line, cells in rows:
            def cell(key: str, cells: tuple = cells) -> Any:
                index = mapping[key]
                return cells[index] if index is not None and index < len(cells) else None

            problems: list[Message] = []
            member_text = cell_text(cell("member")).strip()
            found, _key = match(member_text)
            member = found[0] if len(found) == 1 else None
            if not member_text:
                problems.append(_m(QT_TRANSLATE_NOOP("messages", "membre non indiqué.")))
            elif not found:
                problems.append(_m(QT_TRANSLATE_NOOP(
                    "messages", "membre « {name} » inconnu dans cette commission."),
                    name=member_text))
            elif len(found) > 1:
                problems.append(_m(QT_TRANSLATE_NOOP(
                    "messages", "« {name} » désigne plusieurs membres : utilisez le courriel."),
                    name=member_text))
            numero = _normalise_numero(cell_text(cell("numero")))
            reference = cell_text(cell("reference")).strip()
            target = None
            if not numero:
                problems.append(_m(QT_TRANSLATE_NOOP("messages", "numéro unique manquant.")))
            else:
                candidates = by_numero.get(numero, [])
                if reference:
                    candidates = [(i, c) for i, c in candidates
                                  if fold(i.reference) == fold(reference)]
                if not candidates:
                    problems.append(_m(QT_TRANSLATE_NOOP(
                        "messages", "aucun candidat n° {numero}{ref} à l'ordre du jour de la "
                        "séance."), numero=numero,
                        ref=f" pour le logement {reference}" if reference else ""))
                elif len(candidates) > 1:
                    problems.append(_m(QT_TRANSLATE_NOOP(
                        "messages", "le numéro unique {numero} est candidat sur plusieurs "
                        "logements : indiquez la référence du logement."), numero=numero))
                else:
                    target = candidates[0]
            vote_text = cell_text(cell("vote")).strip()
            vote = rules.parse_vote(vote_text)
            if vote is None:
                problems.append(_m(QT_TRANSLATE_NOOP(
                    "messages", "vote « {value} » illisible (POUR, CONTRE ou ABSTENTION)."),
                    value=vote_text))
            voted_at = None
            try:
                voted_at = parse_timestamp(cell("timestamp"))
            except ValueError:
                problems.append(_m(QT_TRANSLATE_NOOP(
                    "messages", "horodatage « {value} » illisible (JJ/MM/AAAA HH:MM)."),
                    value=cell_text(cell("timestamp"))))
            else:
                if voted_at is None and written:
                    problems.append(_m(QT_TRANSLATE_NOOP(
                        "messages", "horodatage manquant : il est obligatoire pour une séance "
                        "écrite.")))
            if not problems and target is not None and member is not None:
                item, candidate = target
                voters = {v.member_id for v in candidate.votes} | {
                    k[1] for k in chosen if k[0] == candidate.id}
                problem = _vote_problem(ctx, item, candidate, member, voted_at or stamp,
                                        voters - {member.id})
                if problem is not None:
                    problems.append(problem)
            if problems:
                report.errors.extend((line, p) for p in problems)
                continue
            item, candidate = target
            entry = ImportedVote(line, member.id, member.full_name, candidate.id,
                                 candidate.full_name, item.reference, candidate.numero_unique,
                                 vote, voted_at or stamp)
            key = (candidate.id, member.id)
            previous = chosen.get(key)
            if previous is not None:
                if previous.voted_at == entry.voted_at:
                    report.errors.append((line, _m(QT_TRANSLATE_NOOP(
                        "messages", "vote en double de {name} sur le candidat {numero} (déjà "
                        "ligne {first})."), name=member.full_name, numero=numero,
                        first=previous.line)))
                    continue
                if previous.voted_at > entry.voted_at:
                    continue
            chosen[key] = entry
        report.accepted = sorted(chosen.values(), key=lambda v: v.line)
        if report.errors or dry_run:
            return report
        _record(session, actor, row, [VoteEntry(v.candidate_id, v.member_id, v.vote,
                                                v.voted_at) for v in report.accepted],
                VoteChannel.IMPORT)
        report.imported = len(report.accepted)
        _audit(session, actor, "import", ENTITY_SESSION, row.id, None,
                     {"fichier": path.name, "votes": report.imported})
        return report

    if dry_run:
        with db.reader() as session:
            return body(session)
    result = _write(db, body)
    if result.errors:
        raise VoteImportError(result)
    return result


# --------------------------------------------------------------------------- occupation review


@dataclass(frozen=True)
class OccupationDue:
    household_id: int
    display_name: str
    contract_number: str
    address: str
    city: str
    agency_code: str
    lease_start: dt.date
    anniversary: dt.date
    dwelling_type: str
    surface: Decimal | None
    occupants: int
    grounds: tuple[OccupationGround, ...]
    explanations: tuple[Message, ...]
    last_review_on: dt.date | None


@guarded("caleol.examen_occupation")
def occupation_review_due(db: Database, actor: Actor, on: dt.date | None = None,
                          agency: str | None = None, ahead_days: int = 90
                          ) -> list[OccupationDue]:
    """Tenants to send to the CALEOL for an occupation review (L442-5-2).

    Active tenant files whose lease is in a zone tendue, whose 3-yearly lease
    anniversary falls on or before ``on + ahead_days`` with no review since (a review
    inscribed up to ``ahead_days`` before the anniversary counts), and who match a
    ground computable from the file: sous-occupation (rooms from the type T<n> exceed
    occupants by more than one), sur-occupation (surface under the decent minimum),
    and, for users allowed to read sensitive data, an occupant flagged with a handicap.
    """
    authz.require(actor, MANAGE, entity=ENTITY_ITEM)
    authz.require(actor, Permission.TENANT_READ, entity=ENTITY_ITEM)
    on = on or today()
    horizon = on + dt.timedelta(days=ahead_days)
    sensitive = actor.can(Permission.TENANT_SENSITIVE_READ)
    with db.reader() as session:
        agency_id = None
        if agency:
            agency_id = session.scalar(select(Agency.id).where(Agency.code == agency.upper()))
            if agency_id is None:
                raise ValidationError({"agency": _m(QT_TRANSLATE_NOOP(
                    "messages", "Agence inconnue : « {code} »."), code=agency)})
        if actor.agency_scoped:
            if agency_id is not None and agency_id != actor.agency_id:
                raise authz.denied(actor, Permission.TENANT_READ, entity=ENTITY_ITEM,
                                   other_agency=True)
            agency_id = actor.agency_id
        occupants = select(
            Occupant.household_id,
            func.count(Occupant.id).label("n"),
            func.sum(case((Occupant.disability.is_(True), 1), else_=0)).label("disabled"),
        ).group_by(Occupant.household_id).subquery()
        reviews = dict(session.execute(
            select(AgendaItem.household_id, func.max(CaleolSession.session_date))
            .join(CaleolSession, CaleolSession.id == AgendaItem.session_id)
            .where(AgendaItem.kind == AgendaItemKind.EXAMEN_OCCUPATION.value,
                   AgendaItem.household_id.is_not(None))
            .group_by(AgendaItem.household_id)).all())
        stmt = (select(Household.id, Household.display_name, Household.contract_number,
                       Household.address, Household.city, Agency.code, Lease.start_date,
                       Dwelling.dwelling_type, Dwelling.surface, occupants.c.n,
                       occupants.c.disabled)
                .join(Lease, Lease.household_id == Household.id)
                .join(Dwelling, Dwelling.id == Household.dwelling_id)
                .join(Agency, Agency.id == Household.agency_id)
                .outerjoin(occupants, occupants.c.household_id == Household.id)
                .where(Household.status == FileStatus.ACTIVE.value,
                       Household.anonymised_on.is_(None),
                       Lease.zone_tendue.is_(True),
                       Lease.start_date <= horizon - dt.timedelta(days=365 * rules.REVIEW_YEARS
                                                                  - 1)))
        if agency_id is not None:
            stmt = stmt.where(Household.agency_id == agency_id)
        out: list[OccupationDue] = []
        for (hid, name, contract, address, city, code, start, dtype, surface, n,
             disabled) in session.execute(stmt).yield_per(2000):
            anniversary = rules.review_anniversary(start, horizon)
            if anniversary is None:
                continue
            last = reviews.get(hid)
            if last is not None and last >= anniversary - dt.timedelta(days=ahead_days):
                continue
            found = rules.occupation_grounds(dtype, surface, int(n or 0))
            if sensitive and disabled:
                found.append((OccupationGround.HANDICAP_PERTE_AUTONOMIE, _m(QT_TRANSLATE_NOOP(
                    "messages", "Un occupant est signalé en situation de handicap : vérifier "
                    "l'adaptation du logement."))))
            if not found:
                continue
            out.append(OccupationDue(
                household_id=hid, display_name=name, contract_number=contract,
                address=address, city=city, agency_code=code, lease_start=start,
                anniversary=anniversary, dwelling_type=dtype, surface=surface,
                occupants=int(n or 0), grounds=tuple(g for g, _ in found),
                explanations=tuple(x for _, x in found), last_review_on=last))
        out.sort(key=lambda d: (d.anniversary, d.display_name))
        return out


def _timeline(session: Session, household_id: int, kind: str, summary: str, actor: Actor
              ) -> None:
    session.add(TimelineEvent(household_id=household_id, occurred_at=now(), kind=kind,
                              summary=summary[:2000], actor=actor.username))


@guarded("caleol.examen_occupation")
def add_occupation_review(db: Database, actor: Actor, session_id: int, household_id: int,
                          ground: OccupationGround, notes: str = "") -> Saved:
    """Put a tenant's occupation review on the agenda (snapshot of his dwelling), and
    note it on the tenant file's timeline."""
    authz.require(actor, MANAGE, entity=ENTITY_ITEM)
    authz.require(actor, Permission.TENANT_READ, entity=ENTITY_ITEM)
    ground = OccupationGround(ground)

    def body(session: Session) -> Saved:
        row = _writable_session(session, session_id)
        h = session.get(Household, household_id)
        if h is None:
            raise _not_found("household", household_id)
        authz.require_agency(actor, Permission.TENANT_READ, h.agency_id, entity=ENTITY_ITEM)
        if any(i.household_id == h.id and i.kind == AgendaItemKind.EXAMEN_OCCUPATION.value
               for i in row.items):
            raise UserError(_m(QT_TRANSLATE_NOOP(
                "messages", "L'examen de l'occupation de {name} est déjà à l'ordre du jour de "
                "cette séance."), name=h.display_name))
        snap = _snapshot_of_dwelling(session, h.dwelling_id)
        item = AgendaItem(
            session_id=row.id, position=_next_position(row),
            kind=AgendaItemKind.EXAMEN_OCCUPATION.value, dwelling_id=snap.dwelling_id,
            reference=snap.reference, address=snap.address[:260], postcode=snap.postcode,
            commune=snap.commune, dwelling_type=snap.dwelling_type, surface=snap.surface,
            floor=snap.floor, rent=snap.rent, charges=snap.charges, household_id=h.id,
            household_name=h.display_name, ground=ground.value,
            notes=(notes or "").strip()[:4000])
        row.items.append(item)
        _touch(row, actor)
        session.flush()
        _timeline(session, h.id, EVENT_OCCUPATION_REVIEW, _render(_m(QT_TRANSLATE_NOOP(
            "messages", "Examen de l'occupation inscrit à la séance CALEOL n° {number} du "
            "{date} : {ground}"), number=row.number, date=format_date_fr(row.session_date),
            ground=Message(ground.label))), actor)
        _audit(session, actor, "create", ENTITY_ITEM, item.id, None, _item_snapshot(item))
        return Saved(item.id, item.version)

    return _write(db, body)


@guarded("caleol.examen_occupation")
def record_occupation_finding(db: Database, actor: Actor, item_id: int, finding: str,
                              suitable_dwelling: str, advice: str = "",
                              expected_version: int | None = None) -> Saved:
    """The commission's finding on an occupation review: the situation it records, the
    dwelling suited to the household, its advice (e.g. home ownership). Added to the
    tenant file's timeline."""
    authz.require(actor, MANAGE, entity=ENTITY_ITEM, entity_id=item_id)

    def body(session: Session) -> Saved:
        item = _item(session, item_id)
        row = _writable_session(session, item.session_id)
        _check_version(item, expected_version)
        if item.kind != AgendaItemKind.EXAMEN_OCCUPATION.value:
            raise UserError(_m(QT_TRANSLATE_NOOP(
                "messages", "Ce point n'est pas un examen de l'occupation.")))
        errors: dict[str, Message] = {}
        values = {
            "finding": _long_text(finding, 4000, "finding", errors),
            "suitable_dwelling": _long_text(suitable_dwelling, 2000, "suitable_dwelling",
                                            errors),
            "advice": _long_text(advice, 2000, "advice", errors),
        }
        if not values["finding"]:
            errors["finding"] = _m(QT_TRANSLATE_NOOP(
                "messages", "Indiquez le constat de la commission."))
        if errors:
            raise ValidationError(errors)
        before = {k: getattr(item, k) for k in values}
        _set(item, {**values, "finding_recorded_at": now(),
                    "finding_recorded_by": actor.username})
        _touch(row, actor)
        session.flush()
        if item.household_id is not None:
            summary = _render(_m(QT_TRANSLATE_NOOP(
                "messages", "Avis de la CALEOL (séance n° {number} du {date}) : {finding}"),
                number=row.number, date=format_date_fr(row.session_date),
                finding=values["finding"]))
            if values["suitable_dwelling"]:
                summary += " — " + _render(_m(QT_TRANSLATE_NOOP(
                    "messages", "Logement adapté : {text}"), text=values["suitable_dwelling"]))
            if values["advice"]:
                summary += " — " + _render(_m(QT_TRANSLATE_NOOP(
                    "messages", "Avis : {text}"), text=values["advice"]))
            _timeline(session, item.household_id, EVENT_OCCUPATION_FINDING, summary, actor)
        _audit(session, actor, "avis_occupation", ENTITY_ITEM, item.id, before, values)
        return Saved(item.id, item.version)

    return _write(db, body)



# --------------------------------------------------------------------------- accounts (GUI)
# Added for the CALEOL screens (issue 7): the member dialog links a seat to an account,
# and the secretary may not list the accounts (``USER_MANAGE``).


@dataclass(frozen=True)
class LinkableAccount:
    id: int
    username: str
    full_name: str
    role: str


@guarded("caleol.membre")
def linkable_accounts(db: Database, actor: Actor) -> list[LinkableAccount]:
    """Active accounts a member's seat may be linked to (so that he reviews the minutes
    in the application): CALEOL members first, then the others, by name."""
    authz.require(actor, MANAGE, entity=ENTITY_MEMBER)
    from desktop.domain.roles import Role

    with db.reader() as session:
        rows = session.execute(select(AppUser.id, AppUser.username, AppUser.full_name,
                                      AppUser.role).where(AppUser.active.is_(True))).all()
    accounts = [LinkableAccount(i, u, n or u, r) for i, u, n, r in rows]
    accounts.sort(key=lambda a: (a.role != Role.CALEOL_MEMBER.value, fold(a.full_name),
                                 a.username))
    return accounts
