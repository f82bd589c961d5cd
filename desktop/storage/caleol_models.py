"""CALEOL tables (issue 7): commission, members, sessions, attendance, proxies,
agenda items (*fiches logement* and occupation reviews), candidates with their
decision, votes and conflicts of interest.

Registered on ``Base.metadata`` when imported (``models.full_metadata`` imports it too).
Enumerated columns hold the values of the enums of ``desktop.domain.caleol``
(``MemberRole``, ``SessionMode``, ``SessionStatus``, ``AttendanceMode``,
``AgendaItemKind``, ``OccupationGround``, ``FewerCandidatesReason``, ``Decision``,
``Vote``, ``VoteChannel``, ``Outcome``; ``PriorityCriterion`` codes in a JSON list).

Class names are stable (other modules import them); ``CaleolSession`` etc. are
aliases for code that also imports SQLAlchemy's ``Session``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.domain.text import person_name
from desktop.storage.models import (
    Agency,
    AppUser,
    Base,
    Dwelling,
    Household,
    Stamped,
    Versioned,
    cascade_key,
)
from desktop.storage.types import FixedDecimal, Money

_M = "desktop.storage.caleol_models."


class Commission(Stamped, Base):
    """A CALEOL and the quorum rules of its *règlement intérieur*."""

    __tablename__ = "caleol_commission"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(160), unique=True)
    territory: Mapped[str] = mapped_column(String(160), default="")
    agency_id: Mapped[int | None] = mapped_column(
        ForeignKey("agency.id"), nullable=True, index=True
    )
    reglement_version: Mapped[str] = mapped_column(Text, default="")
    remote_allowed: Mapped[bool] = mapped_column(Boolean, default=True)
    # Quorum (desktop.domain.caleol.QuorumRules).
    designated_required: Mapped[int] = mapped_column(Integer, default=3)
    max_proxies_per_holder: Mapped[int] = mapped_column(Integer, default=1)
    remote_min_share_num: Mapped[int] = mapped_column(Integer, default=1)
    remote_min_share_den: Mapped[int] = mapped_column(Integer, default=2)
    remote_count_represented: Mapped[bool] = mapped_column(Boolean, default=True)
    technical_means_default: Mapped[str] = mapped_column(Text, default="")
    # Days given to answer an offer (R441-10: at least 10).
    offer_days: Mapped[int] = mapped_column(Integer, default=10)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(80))

    agency: Mapped[Agency | None] = relationship()
    members: Mapped[list[Member]] = relationship(
        back_populates="commission", order_by=_M + "Member.id"
    )


class Member(Stamped, Base):
    """A seat on a commission (designated member, mayor, prefect, advisory...)."""

    __tablename__ = "caleol_member"
    id: Mapped[int] = mapped_column(primary_key=True)
    commission_id: Mapped[int] = cascade_key("caleol_commission")
    role: Mapped[str] = mapped_column(String(30))
    civility: Mapped[str] = mapped_column(String(4), default="")
    last_name: Mapped[str] = mapped_column(String(80))
    first_name: Mapped[str] = mapped_column(String(80), default="")
    organisation: Mapped[str] = mapped_column(String(160), default="")
    # For the mayor (his commune's dwellings) and the EPCI president (its territory).
    commune: Mapped[str] = mapped_column(String(80), default="")
    email: Mapped[str] = mapped_column(String(160), default="")
    # Derived from the role (MemberRole.voting), stored for queries and the minutes.
    voting: Mapped[bool] = mapped_column(Boolean, default=True)
    # A suppléant: the member he stands in for.
    substitute_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("caleol_member.id", ondelete="SET NULL"), nullable=True, index=True
    )
    mandate_start: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    mandate_end: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    is_president: Mapped[bool] = mapped_column(Boolean, default=False)
    # Members with an account review the minutes in the application.
    app_user_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id", ondelete="SET NULL"), nullable=True, index=True
    )
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(80))

    commission: Mapped[Commission] = relationship(back_populates="members")
    substitute_of: Mapped[Member | None] = relationship(remote_side=[id])
    app_user: Mapped[AppUser | None] = relationship()

    @property
    def full_name(self) -> str:
        return person_name(self.civility, self.first_name, self.last_name)


class Session(Stamped, Base):
    """A *séance* of a commission (in person, videoconference or written)."""

    __tablename__ = "caleol_session"
    __table_args__ = (UniqueConstraint("commission_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    commission_id: Mapped[int] = mapped_column(ForeignKey("caleol_commission.id"))
    number: Mapped[str] = mapped_column(String(20))
    session_date: Mapped[dt.date] = mapped_column(Date, index=True)
    start_time: Mapped[dt.time | None] = mapped_column(Time, nullable=True)
    # When the session was closed ("la séance est levée à 16 h 20" in the minutes).
    end_time: Mapped[dt.time | None] = mapped_column(Time, nullable=True)
    # Designated secretary (minutes); empty: whoever generated the draft.
    secretary_name: Mapped[str] = mapped_column(String(160), default="")
    place: Mapped[str] = mapped_column(String(200), default="")
    mode: Mapped[str] = mapped_column(String(12))
    technical_means: Mapped[str] = mapped_column(Text, default="")
    # Written remote sessions: votes are accepted only in this window.
    vote_opens_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    vote_closes_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    # SessionStatus: PREPARATION, OPEN, CLOSED; minutes statuses set elsewhere.
    status: Mapped[str] = mapped_column(String(20), default="PREPARATION", index=True)
    # A member may demand a physical session (remote sessions).
    physical_requested_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("caleol_member.id", ondelete="SET NULL"), nullable=True
    )
    physical_requested_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    physical_request_note: Mapped[str] = mapped_column(Text, default="")
    # The member named as the president's substitute for this session (migration
    # 0015): he presides and signs the minutes; None: the commission's president.
    acting_president_id: Mapped[int | None] = mapped_column(
        ForeignKey("caleol_member.id", ondelete="SET NULL"), nullable=True
    )
    # Set when the signed minutes lock the session: every write is then refused.
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    locked_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    locked_by: Mapped[str] = mapped_column(String(80), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(80))

    commission: Mapped[Commission] = relationship()
    physical_requested_by: Mapped[Member | None] = relationship(
        foreign_keys=[physical_requested_by_id]
    )
    acting_president: Mapped[Member | None] = relationship(foreign_keys=[acting_president_id])
    attendances: Mapped[list[Attendance]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by=_M + "Attendance.id"
    )
    proxies: Mapped[list[Proxy]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by=_M + "Proxy.id"
    )
    items: Mapped[list[AgendaItem]] = relationship(
        back_populates="session",
        cascade="all, delete-orphan",
        order_by=f"({_M}AgendaItem.position, {_M}AgendaItem.id)",
    )


class Attendance(Versioned, Base):
    """How a member takes part in a session."""

    __tablename__ = "caleol_attendance"
    __table_args__ = (UniqueConstraint("session_id", "member_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("caleol_session.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("caleol_member.id"), index=True)
    mode: Mapped[str] = mapped_column(String(12))
    # Remote participants: when the member was identified and connected.
    connected_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")

    session: Mapped[Session] = relationship(back_populates="attendances")
    member: Mapped[Member] = relationship()


class Proxy(Base):
    """A *pouvoir*: ``giver`` is represented by ``holder`` for one session."""

    __tablename__ = "caleol_proxy"
    __table_args__ = (UniqueConstraint("session_id", "giver_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("caleol_session.id", ondelete="CASCADE"))
    giver_id: Mapped[int] = mapped_column(ForeignKey("caleol_member.id"), index=True)
    holder_id: Mapped[int] = mapped_column(ForeignKey("caleol_member.id"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(80))

    session: Mapped[Session] = relationship(back_populates="proxies")
    giver: Mapped[Member] = relationship(foreign_keys=[giver_id])
    holder: Mapped[Member] = relationship(foreign_keys=[holder_id])


class AgendaItem(Versioned, Base):
    """A line of the agenda: a dwelling to attribute (its *fiche logement*, a
    snapshot taken when added) or an occupation review of a tenant (L442-5-2)."""

    __tablename__ = "caleol_agenda_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = cascade_key("caleol_session")
    position: Mapped[int] = mapped_column(Integer, default=0)
    # AgendaItemKind: ATTRIBUTION or EXAMEN_OCCUPATION.
    kind: Mapped[str] = mapped_column(String(20), default="ATTRIBUTION")
    dwelling_id: Mapped[int | None] = mapped_column(
        ForeignKey("dwelling.id", ondelete="SET NULL"), nullable=True, index=True
    )
    # Snapshot of the fiche logement.
    reference: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(String(260), default="")
    postcode: Mapped[str] = mapped_column(String(5), default="")
    commune: Mapped[str] = mapped_column(String(80), default="")
    dwelling_type: Mapped[str] = mapped_column(String(2), default="")
    surface: Mapped[Decimal | None] = mapped_column(FixedDecimal(2), nullable=True)
    floor: Mapped[int | None] = mapped_column(Integer, nullable=True)
    rent: Mapped[Decimal | None] = mapped_column(Money(), nullable=True)
    charges: Mapped[Decimal | None] = mapped_column(Money(), nullable=True)
    accessibility: Mapped[str] = mapped_column(Text, default="")
    funding: Mapped[str] = mapped_column(String(20), default="")
    contingent: Mapped[str] = mapped_column(String(120), default="")
    fewer_candidates_reason: Mapped[str | None] = mapped_column(String(20), nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Occupation review (EXAMEN_OCCUPATION).
    household_id: Mapped[int | None] = mapped_column(
        ForeignKey("household.id", ondelete="SET NULL"), nullable=True, index=True
    )
    household_name: Mapped[str] = mapped_column(String(170), default="")
    ground: Mapped[str | None] = mapped_column(String(40), nullable=True)
    finding: Mapped[str] = mapped_column(Text, default="")
    suitable_dwelling: Mapped[str] = mapped_column(Text, default="")
    advice: Mapped[str] = mapped_column(Text, default="")
    finding_recorded_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    finding_recorded_by: Mapped[str] = mapped_column(String(80), default="")

    session: Mapped[Session] = relationship(back_populates="items")
    dwelling: Mapped[Dwelling | None] = relationship()
    household: Mapped[Household | None] = relationship()
    candidates: Mapped[list[Candidate]] = relationship(
        back_populates="item",
        cascade="all, delete-orphan",
        order_by=f"({_M}Candidate.position, {_M}Candidate.id)",
    )
    conflicts: Mapped[list[ConflictOfInterest]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by=_M + "ConflictOfInterest.id"
    )


class Candidate(Stamped, Base):
    """An application examined for a dwelling, and the commission's decision on it."""

    __tablename__ = "caleol_candidate"
    __table_args__ = (UniqueConstraint("agenda_item_id", "numero_unique"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(
        ForeignKey("caleol_agenda_item.id", ondelete="CASCADE")
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    numero_unique: Mapped[str] = mapped_column(String(30))
    civility: Mapped[str] = mapped_column(String(4), default="")
    last_name: Mapped[str] = mapped_column(String(80))
    first_name: Mapped[str] = mapped_column(String(80), default="")
    postal_address: Mapped[str] = mapped_column(Text, default="")
    household_composition: Mapped[str] = mapped_column(Text, default="")
    adults: Mapped[int] = mapped_column(Integer, default=1)
    children: Mapped[int] = mapped_column(Integer, default=0)
    monthly_resources: Mapped[Decimal | None] = mapped_column(Money(), nullable=True)
    # Percent, two decimals (27.45 = 27,45 %).
    effort_rate: Mapped[Decimal | None] = mapped_column(FixedDecimal(2), nullable=True)
    # Reste à vivre par unité de consommation, per month.
    remaining_income_per_unit: Mapped[Decimal | None] = mapped_column(Money(), nullable=True)
    # PriorityCriterion codes.
    priority_criteria: Mapped[Any] = mapped_column(JSON, default=list)
    public_prioritaire: Mapped[bool] = mapped_column(Boolean, default=False)
    current_housing: Mapped[str] = mapped_column(Text, default="")
    application_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Decision (R441-3).
    decision: Mapped[str | None] = mapped_column(String(40), nullable=True)
    rank: Mapped[int | None] = mapped_column(Integer, nullable=True)
    condition_document: Mapped[str] = mapped_column(String(200), default="")
    condition_deadline: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    decided_by: Mapped[str] = mapped_column(String(80), default="")
    # The tally when the decision was recorded (Outcome value, counts).
    tally_outcome: Mapped[str | None] = mapped_column(String(10), nullable=True)
    tally_pour: Mapped[int | None] = mapped_column(Integer, nullable=True)
    tally_contre: Mapped[int | None] = mapped_column(Integer, nullable=True)
    tally_abstention: Mapped[int | None] = mapped_column(Integer, nullable=True)
    casting_vote_used: Mapped[bool] = mapped_column(Boolean, default=False)
    # Offer and notification (letters).
    notified_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    offer_deadline: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(80))
    # Follow-up of the offer (migration 0010): desktop.domain.caleol.OfferStatus, None
    # while the dwelling has not been offered to this candidate.
    offer_status: Mapped[str | None] = mapped_column(String(12), nullable=True, index=True)
    offer_answer_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    offer_refusal_reason: Mapped[str] = mapped_column(Text, default="")
    # The registered offer letter presented (collected or not): the deadline runs from it.
    presented_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    lease_signed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # The answer delay stated in the offer letter, and its holiday calendar.
    offer_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    offer_alsace_moselle: Mapped[bool] = mapped_column(Boolean, default=False)
    # The offer letter went by registered mail (migration 0015): its deadline runs from
    # the receipt (``presented_on``) and stays unknown (None) until that is recorded.
    offer_registered: Mapped[bool] = mapped_column(Boolean, default=False)
    # The retention purge anonymised the candidature that day (migration 0020).
    anonymised_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)

    item: Mapped[AgendaItem] = relationship(back_populates="candidates")
    votes: Mapped[list[Vote]] = relationship(
        back_populates="candidate", cascade="all, delete-orphan", order_by=_M + "Vote.id"
    )

    @property
    def full_name(self) -> str:
        return person_name(self.civility, self.first_name, self.last_name)


class Vote(Versioned, Base):
    """A member's vote on the proposal to attribute the dwelling to a candidate."""

    __tablename__ = "caleol_vote"
    __table_args__ = (UniqueConstraint("candidate_id", "member_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("caleol_candidate.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("caleol_member.id"), index=True)
    vote: Mapped[str] = mapped_column(String(12))
    voted_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # VoteChannel: SEANCE, VOTE_DISTANCE, IMPORT.
    channel: Mapped[str] = mapped_column(String(20), default="SEANCE")
    recorded_by: Mapped[str] = mapped_column(String(80))

    candidate: Mapped[Candidate] = relationship(back_populates="votes")
    member: Mapped[Member] = relationship()


class ConflictOfInterest(Base):
    """A member who must not vote on an agenda item (or on one candidate of it)."""

    __tablename__ = "caleol_conflict"
    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = cascade_key("caleol_agenda_item")
    # None: the whole item.
    candidate_id: Mapped[int | None] = mapped_column(
        ForeignKey("caleol_candidate.id", ondelete="CASCADE"), nullable=True, index=True
    )
    member_id: Mapped[int] = mapped_column(ForeignKey("caleol_member.id"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(80))

    item: Mapped[AgendaItem] = relationship(back_populates="conflicts")
    member: Mapped[Member] = relationship()


class CandidateKey(Base):
    """The key that encrypts the personal data of a candidature's audit snapshots
    (storage/shred.py), as ``household_key`` does for a tenant file; the retention
    purge deletes it (migration 0020). No foreign key: the snapshots of a candidature
    withdrawn from the agenda stay readable until the purge deletes its key."""

    __tablename__ = "caleol_candidate_key"
    candidate_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    key: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


# Aliases for modules that also use SQLAlchemy's Session or the domain's names.
CaleolCommission = Commission
CaleolMember = Member
CaleolSession = Session
CaleolAttendance = Attendance
CaleolProxy = Proxy
CaleolAgendaItem = AgendaItem
CaleolCandidate = Candidate
CaleolVote = Vote
CaleolConflict = ConflictOfInterest
