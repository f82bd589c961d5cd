"""Vigilance campaign tables (issue 8): campaigns, callers, targets, calls, referrals.

Registered on ``Base.metadata`` when imported (``models.full_metadata`` imports it too).

The codes stored in the string columns (status, state, escalation step, person reached,
next action, partner type, referral status) are the values of the enums of
``desktop.domain.campaign``. A campaign's personal data (contact name, phone, answers,
notes, referral reasons) are purged or anonymised when the campaign ends
(``desktop.services.campaigns.purge_campaign_notes``); the figures stay (the target's
agency snapshot, the attempts and their outcomes, or the frozen ``final_figures``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.storage.models import Agency, AppUser, Base, Stamped, Versioned, cascade_key


class Campaign(Stamped, Base):
    """A vigilance call campaign: purpose, target, script, dates, status."""

    __tablename__ = "campaign"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    purpose: Mapped[str] = mapped_column(Text, default="")
    # BROUILLON / EN_COURS / TERMINEE / PURGEE (desktop.domain.campaign.CampaignStatus).
    status: Mapped[str] = mapped_column(String(10), default="BROUILLON", index=True)
    # The saved search of the tenant list the target comes from, and a frozen copy of
    # its filters plus the campaign's own criteria, taken when the campaign starts:
    # {"query": {TenantQuery fields}, "min_age": 70, "isolated_only": false,
    #  "disability_only": false}.
    target_query_name: Mapped[str] = mapped_column(String(60), default="")
    target_filters: Mapped[Any] = mapped_column(JSON, nullable=True)
    # The call script: [{"code", "label", "kind", "options": [{"code", "label"}],
    #  "required"}, ...] (desktop.domain.campaign.ScriptQuestion).
    script: Mapped[Any] = mapped_column(JSON)
    start_on: Mapped[dt.date] = mapped_column(Date)
    planned_end_on: Mapped[dt.date] = mapped_column(Date)
    started_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    ended_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # Set by the purge: the personal data were deleted (SUPPRIMER) or anonymised.
    purged_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    purge_mode: Mapped[str] = mapped_column(String(12), default="")
    # The figures frozen at the purge (campaign_figures' result as JSON).
    final_figures: Mapped[Any] = mapped_column(JSON, nullable=True)
    # Limits the target to one agency (and the campaign to its agency's managers).
    agency_id: Mapped[int | None] = mapped_column(
        ForeignKey("agency.id"), nullable=True, index=True
    )
    target_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(80))

    agency: Mapped[Agency | None] = relationship()
    callers: Mapped[list[CampaignCaller]] = relationship(
        back_populates="campaign", cascade="all, delete-orphan", order_by="CampaignCaller.id"
    )


class CampaignCaller(Base):
    """An account taking part in a campaign as caller (a volunteer working from home)."""

    __tablename__ = "campaign_caller"
    __table_args__ = (
        UniqueConstraint("campaign_id", "user_id", name="uq_campaign_caller_campaign_user"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = cascade_key("campaign")
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), index=True)
    # False: removed from the campaign (keeps the calls he recorded attributed).
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime)
    added_by: Mapped[str] = mapped_column(String(80))

    campaign: Mapped[Campaign] = relationship(back_populates="callers")
    user: Mapped[AppUser] = relationship()


class CampaignTarget(Versioned, Base):
    """A person to call: one per household of the target, with its progress."""

    __tablename__ = "campaign_target"
    __table_args__ = (
        UniqueConstraint(
            "campaign_id", "household_id", name="uq_campaign_target_campaign_household"
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    # Indexed by (campaign_id, state) below.
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"))
    # Cut (NULL) by the anonymisation at the campaign's end.
    household_id: Mapped[int | None] = mapped_column(
        ForeignKey("household.id", ondelete="SET NULL"), nullable=True, index=True
    )
    # Indexed by (caller_id, next_call_on) below.
    caller_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    # Snapshot for the figures (kept after the anonymisation).
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id"), index=True)
    # Minimal contact data taken at the start (blanked by the anonymisation).
    contact_name: Mapped[str] = mapped_column(String(170), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    age_band: Mapped[str] = mapped_column(String(10), default="")
    isolated: Mapped[bool] = mapped_column(Boolean, default=False)
    disability: Mapped[bool] = mapped_column(Boolean, default=False)
    # A_APPELER / EN_COURS / SECURISE / INJOIGNABLE / CLOS (TargetState).
    state: Mapped[str] = mapped_column(String(12), default="A_APPELER")
    # The next step of the chain (EscalationStep): APPEL, RAPPEL, VOISIN, FACTEUR,
    # VISITE, SUIVI (weekly call of a reinforced link); "" when nothing is due.
    escalation_step: Mapped[str] = mapped_column(String(12), default="APPEL")
    reinforced_link: Mapped[bool] = mapped_column(Boolean, default=False)
    next_call_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_attempt_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    # Outcome of the last attempt (CallOutcome).
    last_outcome: Mapped[str] = mapped_column(String(14), default="")
    # Someone (tenant, relative, neighbour) was reached at least once.
    reached_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    need_help: Mapped[bool] = mapped_column(Boolean, default=False)
    help_in_place: Mapped[bool] = mapped_column(Boolean, default=False)
    secured_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # Person reached when the situation was secured (ContactPerson).
    secured_via: Mapped[str] = mapped_column(String(10), default="")
    closed_reason: Mapped[str] = mapped_column(String(20), default="")

    campaign: Mapped[Campaign] = relationship()
    caller: Mapped[AppUser | None] = relationship()
    calls: Mapped[list[CampaignCall]] = relationship(
        back_populates="target",
        cascade="all, delete-orphan",
        order_by="(CampaignCall.called_at, CampaignCall.id)",
    )
    referrals: Mapped[list[CampaignReferral]] = relationship(
        back_populates="target", cascade="all, delete-orphan", order_by="CampaignReferral.id"
    )


class CampaignCall(Base):
    """One attempt on a target: a call, or an escalation step (neighbour, postal worker
    visit, site visit), with what it found."""

    __tablename__ = "campaign_call"
    id: Mapped[int] = mapped_column(primary_key=True)
    target_id: Mapped[int] = cascade_key("campaign_target")
    # Denormalised for the SQL-side figures; indexed by (campaign_id, step) below.
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"))
    caller_id: Mapped[int | None] = mapped_column(
        ForeignKey("app_user.id"), nullable=True, index=True
    )
    called_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # EscalationStep of this attempt.
    step: Mapped[str] = mapped_column(String(12))
    reached: Mapped[bool] = mapped_column(Boolean, default=False)
    # ContactPerson reached ("" when nobody).
    person_reached: Mapped[str] = mapped_column(String(10), default="")
    # CallOutcome, derived from the entry.
    outcome: Mapped[str] = mapped_column(String(14))
    # Script answers {question code: option code or [option codes]}; NULL once purged.
    answers: Mapped[Any] = mapped_column(JSON(none_as_null=True), nullable=True)
    need_help: Mapped[bool] = mapped_column(Boolean, default=False)
    help_in_place: Mapped[bool] = mapped_column(Boolean, default=False)
    # Free note: sensitive, every read is audited; blanked by the purge.
    note: Mapped[str] = mapped_column(Text, default="")
    # NextAction, and its date for a call back.
    next_action: Mapped[str] = mapped_column(String(14), default="AUCUNE")
    next_action_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)
    recorded_by: Mapped[str] = mapped_column(String(80))

    target: Mapped[CampaignTarget] = relationship(back_populates="calls")


class CampaignReferral(Stamped, Base):
    """A referral of a target to a partner (town hall, CCAS, association...), followed up."""

    __tablename__ = "campaign_referral"
    id: Mapped[int] = mapped_column(primary_key=True)
    target_id: Mapped[int] = cascade_key("campaign_target")
    campaign_id: Mapped[int] = cascade_key("campaign")
    # PartnerType: MAIRIE, CCAS, ASSOCIATION, SOUTIEN_PSY, FAMILLE, SAMU_15, AUTRE.
    partner_type: Mapped[str] = mapped_column(String(14))
    partner_name: Mapped[str] = mapped_column(String(120), default="")
    # Free text (personal): blanked by the purge.
    reason: Mapped[str] = mapped_column(Text, default="")
    # The person agreed to the transmission of his data to the partner.
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    sent_on: Mapped[dt.date] = mapped_column(Date)
    # ReferralStatus: A_TRANSMETTRE, TRANSMISE, PRISE_EN_CHARGE, CLOSE, SANS_SUITE.
    status: Mapped[str] = mapped_column(String(20), index=True)
    outcome: Mapped[str] = mapped_column(Text, default="")
    # Closed with help in place (counts for the "secured" rule).
    help_in_place: Mapped[bool] = mapped_column(Boolean, default=False)
    closed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(80))

    target: Mapped[CampaignTarget] = relationship(back_populates="referrals")


Index("ix_campaign_target_campaign_state", CampaignTarget.campaign_id, CampaignTarget.state)
Index("ix_campaign_target_caller_next", CampaignTarget.caller_id, CampaignTarget.next_call_on)
Index("ix_campaign_call_campaign_step", CampaignCall.campaign_id, CampaignCall.step)
