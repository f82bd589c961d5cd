"""CALEOL services: the input records the screens fill and the read-only views they show."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

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
    QuorumRules,
    SessionMode,
    SessionStatus,
    TallyResult,
    Vote,
    VoteChannel,
)
from desktop.domain.i18n import Message
from desktop.domain.text import person_name

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
    #: the member named as the president's substitute for this session: he presides
    #: and signs the minutes; None: the commission's president
    acting_president_id: int | None = None


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


def quorum_rules_of(commission: Any) -> QuorumRules:
    """The quorum rules of a commission's règlement intérieur, from its stored settings
    (the commission's row or its view)."""
    return QuorumRules(
        effective_from=dt.date.min,
        designated_required=commission.designated_required,
        max_proxies_per_holder=commission.max_proxies_per_holder,
        remote_allowed=commission.remote_allowed,
        remote_min_share=Fraction(commission.remote_min_share_num, commission.remote_min_share_den),
        remote_count_represented=commission.remote_count_represented,
        source=commission.reglement_version,
    )


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
        return person_name(self.civility, self.first_name, self.last_name)

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
        return quorum_rules_of(self)

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
        return person_name(self.civility, self.first_name, self.last_name)


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
    acting_president_id: int | None
    acting_president_name: str
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


@dataclass(frozen=True)
class CandidateRef:
    """What names a candidate and his dwelling on a line of the letter plan and of the
    offer follow-up (``letters.PlannedLetter``, ``offers.OfferRow``)."""

    candidate_id: int
    candidate_version: int
    candidate_name: str
    numero_unique: str
    item_id: int
    dwelling_reference: str
