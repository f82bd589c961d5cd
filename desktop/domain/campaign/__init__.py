"""Vigilance call campaigns (issue 8; docs/domain.md#campaigns).

In a crisis (heat wave, epidemic) the landlord calls every tenant over 70 with a valid
phone number, escalates the unreachable ones (second call, neighbour, postal worker
visit, site visit), refers the fragile ones to partners (town hall, CCAS,
associations, psychological support) and reports the situations *secured* every week.
When the crisis ends, the call notes and answers are deleted or anonymised.

Pure rules on plain values; no database, no Qt:

- the enums and their French labels (campaign status, target state, escalation step,
  call outcome, person reached, next action, closing reason, partner type, referral
  status) and the call script (standard questions, validation of a script and of the
  answers to it);
- the valid French phone number, the age band;
- the progress of a target after an attempt (``apply_attempt``): unreachable → next
  step of the chain; someone reached and help in place → *secured*; reinforced link →
  called again every week until the planned end;
- the balanced assignment of targets to callers, by agency when possible;
- the figures (called, reached, secured, referrals, escalations, per caller and per
  agency) built from plain aggregated rows.

The *secured* rule (``is_secured``): the tenant, a relative or a neighbour was reached
and the help the person needs is in place, which is the case when he needs none.
Refusal, death, moving out or a stay in an institution close a target without
securing it. The delays between escalation steps are practice, not law: configurable
defaults (``ESCALATION_DELAY_DAYS``).

The package: ``common`` (limits, enums, labels, escalation chain, phone and age),
``script``, ``calls`` (terms, attempts, referrals, assignment), ``figures``; every
public name is re-exported here.
"""

from __future__ import annotations

from desktop.domain.campaign.calls import (
    Attempt,
    CampaignTerms,
    Progress,
    apply_attempt,
    apply_help_in_place,
    balance_assignment,
    check_attempt,
    check_referral_transition,
    normalise_terms,
    outcome_of,
    set_reinforced,
    validate_terms,
)
from desktop.domain.campaign.common import (
    CHAIN,
    CODE_RE,
    CONSENT_NOT_NEEDED,
    DEFAULT_MIN_AGE,
    ESCALATION_DELAY_DAYS,
    FINAL_REFERRAL,
    GDPR_NOTICE,
    MAX_DURATION_DAYS,
    MIN_AGE_HIGH,
    MIN_AGE_LOW,
    NAME_MAX,
    NOTE_MAX,
    OPEN_STATES,
    OPTION_LABEL_MAX,
    OPTIONS_MAX,
    OUTCOME_MAX,
    PARTNER_NAME_MAX,
    PHONE_STEPS,
    PURPOSE_MAX,
    QUESTION_LABEL_MAX,
    REASON_MAX,
    REFERRAL_TRANSITIONS,
    SCRIPT_MAX_QUESTIONS,
    UNSECURED_CALL_BACK_DAYS,
    VISIT_STEPS,
    WEEK_DAYS,
    CallOutcome,
    CampaignStatus,
    CloseReason,
    ContactPerson,
    EscalationStep,
    NextAction,
    PartnerType,
    PurgeMode,
    QuestionKind,
    ReferralStatus,
    TargetState,
    age_band,
    age_on,
    is_secured,
    next_step,
    next_weekly_call,
    normalise_phone,
    weekly_due_dates,
)
from desktop.domain.campaign.figures import (
    Counts,
    Figures,
    Group,
    GroupRow,
    StepFigures,
    build_figures,
    figures_from_json,
    figures_to_json,
    monday,
    percent,
)
from desktop.domain.campaign.script import (
    DEFAULT_SCRIPT,
    HELP_NONE,
    MEDICAL_WORDS,
    Q_HEALTH,
    Q_HELP,
    Q_MEALS,
    Q_MEASURES,
    Q_SUPPORT,
    ScriptQuestion,
    default_script,
    need_from_answers,
    note_warnings,
    script_from_json,
    script_to_json,
    validate_answers,
    validate_script,
)

__all__ = [
    "CHAIN",
    "CODE_RE",
    "CONSENT_NOT_NEEDED",
    "DEFAULT_MIN_AGE",
    "DEFAULT_SCRIPT",
    "ESCALATION_DELAY_DAYS",
    "FINAL_REFERRAL",
    "GDPR_NOTICE",
    "HELP_NONE",
    "MAX_DURATION_DAYS",
    "MEDICAL_WORDS",
    "MIN_AGE_HIGH",
    "MIN_AGE_LOW",
    "NAME_MAX",
    "NOTE_MAX",
    "OPEN_STATES",
    "OPTIONS_MAX",
    "OPTION_LABEL_MAX",
    "OUTCOME_MAX",
    "PARTNER_NAME_MAX",
    "PHONE_STEPS",
    "PURPOSE_MAX",
    "QUESTION_LABEL_MAX",
    "Q_HEALTH",
    "Q_HELP",
    "Q_MEALS",
    "Q_MEASURES",
    "Q_SUPPORT",
    "REASON_MAX",
    "REFERRAL_TRANSITIONS",
    "SCRIPT_MAX_QUESTIONS",
    "UNSECURED_CALL_BACK_DAYS",
    "VISIT_STEPS",
    "WEEK_DAYS",
    "Attempt",
    "CallOutcome",
    "CampaignStatus",
    "CampaignTerms",
    "CloseReason",
    "ContactPerson",
    "Counts",
    "EscalationStep",
    "Figures",
    "Group",
    "GroupRow",
    "NextAction",
    "PartnerType",
    "Progress",
    "PurgeMode",
    "QuestionKind",
    "ReferralStatus",
    "ScriptQuestion",
    "StepFigures",
    "TargetState",
    "age_band",
    "age_on",
    "apply_attempt",
    "apply_help_in_place",
    "balance_assignment",
    "build_figures",
    "check_attempt",
    "check_referral_transition",
    "default_script",
    "figures_from_json",
    "figures_to_json",
    "is_secured",
    "monday",
    "need_from_answers",
    "next_step",
    "next_weekly_call",
    "normalise_phone",
    "normalise_terms",
    "note_warnings",
    "outcome_of",
    "percent",
    "script_from_json",
    "script_to_json",
    "set_reinforced",
    "validate_answers",
    "validate_script",
    "validate_terms",
    "weekly_due_dates",
]
