"""Call campaigns: the views the screens show and the records they fill."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.campaign import (
    GDPR_NOTICE,
    CallOutcome,
    CampaignStatus,
    CampaignTerms,
    CloseReason,
    ContactPerson,
    EscalationStep,
    NextAction,
    PartnerType,
    PurgeMode,
    ReferralStatus,
    ScriptQuestion,
    TargetState,
)
from desktop.domain.formatting import format_date_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.retention import RULES_BY_KIND, RetentionKind
from desktop.services.write import from_row, message

# --------------------------------------------------------------------------- views


@dataclass(frozen=True)
class CallerView:
    user_id: int
    username: str
    full_name: str
    agency_id: int | None
    active: bool
    targets: int  # targets assigned (any state)
    open_targets: int

    @property
    def label(self) -> str:
        return self.full_name or self.username


@dataclass(frozen=True)
class CampaignSummary:
    id: int
    name: str
    status: CampaignStatus
    start_on: dt.date
    planned_end_on: dt.date
    ended_on: dt.date | None
    agency_id: int | None
    agency_name: str
    target_count: int
    version: int


@dataclass(frozen=True)
class CampaignView:
    id: int
    name: str
    purpose: str
    status: CampaignStatus
    query_name: str
    # The frozen filters, from the start on: {"query": {...}, "min_age", ...}.
    target_filters: dict | None
    min_age: int
    isolated_only: bool
    disability_only: bool
    script: list[ScriptQuestion]
    start_on: dt.date
    planned_end_on: dt.date
    started_on: dt.date | None
    ended_on: dt.date | None
    purged_on: dt.date | None
    purge_mode: str
    agency_id: int | None
    agency_name: str
    target_count: int
    callers: list[CallerView]
    created_by: str
    updated_at: dt.datetime
    updated_by: str
    version: int
    gdpr_notice: str = GDPR_NOTICE

    def terms(self) -> CampaignTerms:
        """The editable terms, for an edit dialog."""
        return from_row(CampaignTerms, self, script=list(self.script))


@dataclass(frozen=True)
class TargetRow:
    id: int
    campaign_id: int
    household_id: int | None
    contact_name: str
    phone: str
    age_band: str
    isolated: bool
    disability: bool
    address: str
    agency_id: int
    caller_id: int | None
    caller_name: str
    state: TargetState
    step: EscalationStep
    reinforced_link: bool
    next_call_on: dt.date | None
    attempts: int
    last_outcome: CallOutcome | None
    last_attempt_at: dt.datetime | None
    reached_on: dt.date | None
    need_help: bool
    help_in_place: bool
    secured_on: dt.date | None
    closed_reason: CloseReason | None
    version: int


@dataclass(frozen=True)
class CallView:
    id: int
    called_at: dt.datetime
    step: EscalationStep
    reached: bool
    person: ContactPerson | None
    outcome: CallOutcome
    answers: dict | None
    need_help: bool
    help_in_place: bool
    has_note: bool  # the note itself: get_call_note (audited)
    next_action: NextAction
    next_action_on: dt.date | None
    caller_id: int | None
    recorded_by: str


@dataclass(frozen=True)
class ReferralView:
    id: int
    target_id: int
    campaign_id: int
    contact_name: str
    partner_type: PartnerType
    partner_name: str
    reason: str
    consent: bool
    sent_on: dt.date
    status: ReferralStatus
    outcome: str
    help_in_place: bool
    closed_on: dt.date | None
    created_by: str
    updated_at: dt.datetime
    version: int


@dataclass(frozen=True)
class TargetView:
    target: TargetRow
    campaign_name: str
    campaign_status: CampaignStatus
    planned_end_on: dt.date
    script: list[ScriptQuestion]
    calls: list[CallView]
    referrals: list[ReferralView]
    gdpr_notice: str = GDPR_NOTICE


@dataclass
class CallEntry:
    """What a caller records for one attempt (``person`` None: nobody reached)."""

    person: ContactPerson | None = None
    answers: dict[str, Any] = field(default_factory=dict)
    # None: taken from the answers (a need ticked in « Besoin d'aide »).
    need_help: bool | None = None
    help_in_place: bool = False
    note: str = ""
    next_action: NextAction = NextAction.NONE
    next_action_on: dt.date | None = None
    wrong_number: bool = False
    close_reason: CloseReason | None = None
    # When the call took place (naive UTC, as stored); default: now.
    called_at: dt.datetime | None = None

    @property
    def reached(self) -> bool:
        return self.person is not None


@dataclass(frozen=True)
class CallResult:
    call_id: int
    target_version: int
    outcome: CallOutcome
    state: TargetState
    step: EscalationStep
    next_call_on: dt.date | None
    # Advice on the note (medical details): shown, not blocking.
    warnings: list[Message]


@dataclass
class ReferralInput:
    partner_type: PartnerType
    partner_name: str = ""
    reason: str = ""
    consent: bool = False
    sent_on: dt.date | None = None  # None: still to send


@dataclass(frozen=True)
class TargetPreview:
    matching: int  # households matching the saved search and the criteria
    eligible: int  # of which with someone over the age and a valid number
    without_phone: int  # with someone over the age but no valid number
    by_agency: dict[str, int]


@dataclass(frozen=True)
class StartResult:
    targets: int
    without_phone: int
    assigned: int


@dataclass(frozen=True)
class AssignResult:
    assigned: int  # targets (re)assigned by this call
    per_caller: dict[int, int]  # user id: open targets after it


@dataclass(frozen=True)
class PurgePreview:
    campaign_id: int
    name: str
    status: CampaignStatus
    ended_on: dt.date | None
    due_on: dt.date | None  # end + the retention period of campaign notes
    months: int
    overdue: bool
    targets: int
    contacts: int  # targets still linked to a tenant file or holding name/phone
    calls: int
    notes: int  # calls with a note
    answers: int  # calls with script answers
    referrals: int
    referral_texts: int

    @property
    def reason(self) -> Message:
        rule = RULES_BY_KIND[RetentionKind.CAMPAIGN_NOTES]
        return message(
            QT_TRANSLATE_NOOP(
                "messages",
                "{rule} : campagne terminée le {end}, conservation de {months} mois "
                "(échéance le {due}).",
            ),
            rule=Message(rule.label),
            end=format_date_fr(self.ended_on) if self.ended_on else "—",
            months=self.months,
            due=format_date_fr(self.due_on) if self.due_on else "—",
        )


@dataclass(frozen=True)
class PurgeResult:
    mode: PurgeMode
    targets: int
    calls: int
    notes: int
    referrals: int
