"""Vigilance call campaigns (issue 8): create a campaign on a saved search of the
tenant list, start it (the target is resolved then: the households matching, with
someone over the minimal age and a valid phone number), hand the targets out to the
callers, record calls and escalation steps, refer people to partners and follow the
referrals up, read the dashboard figures, end the campaign and purge its notes.

Rights: ``CAMPAIGN_MANAGE`` creates, starts, assigns, ends and purges (an agency
manager: the campaigns of his agency, and the targets of his agency in the others);
``CAMPAIGN_CALL`` lets a caller see and record his own targets only. Figures are also
open to ``REPORT_READ``. Every write runs in one transaction and is audited; every
read of a call note (sensitive free text) is audited. Rules live in
``desktop.domain.campaign``.

Data protection (docs/domain.md, call campaigns): a target keeps only what calling needs (name,
phone, age band, isolation and disability flags, the household for the address); no
timeline event is written in the tenant file; at the end, ``purge_campaign_notes``
anonymises or deletes the personal data and keeps the figures.

The sections, one module each: ``editing`` (campaigns and the accounts that may call),
``targets`` (the target, its callers, start and end, the lists), ``calls`` (calls,
escalation, referrals), ``figures`` (the dashboard), ``purge``; ``common`` and ``data``
hold what they share. Their user actions are re-exported here:
``from desktop.services import campaigns; campaigns.start_campaign(...)``.
"""

from __future__ import annotations

from desktop.services.campaigns.calls import (
    add_referral,
    close_referral,
    list_referrals,
    record_call,
    record_escalation_outcome,
    set_reinforced_link,
    update_referral,
)
from desktop.services.campaigns.common import (
    CALL,
    ENTITY,
    ENTITY_CALL,
    ENTITY_REFERRAL,
    ENTITY_TARGET,
    INSERT_CHUNK,
    LIST_LIMIT,
    MANAGE,
    REPORT,
    SENSITIVE_NOTE,
)
from desktop.services.campaigns.data import (
    AssignResult,
    CallEntry,
    CallerView,
    CallResult,
    CallView,
    CampaignSummary,
    CampaignView,
    PurgePreview,
    PurgeResult,
    ReferralInput,
    ReferralView,
    StartResult,
    TargetPreview,
    TargetRow,
    TargetView,
)
from desktop.services.campaigns.editing import (
    CallerCandidate,
    caller_candidates,
    create_campaign,
    delete_campaign,
    get_campaign,
    list_campaigns,
    update_campaign,
)
from desktop.services.campaigns.figures import (
    campaign_figures,
)
from desktop.services.campaigns.purge import (
    purge_campaign_notes,
    purge_preview,
)
from desktop.services.campaigns.targets import (
    assign_callers,
    caller_list,
    end_campaign,
    get_call_note,
    get_target,
    reassign_target,
    start_campaign,
    target_list,
    target_preview,
)

__all__ = [
    "CALL",
    "ENTITY",
    "ENTITY_CALL",
    "ENTITY_REFERRAL",
    "ENTITY_TARGET",
    "INSERT_CHUNK",
    "LIST_LIMIT",
    "MANAGE",
    "REPORT",
    "SENSITIVE_NOTE",
    "AssignResult",
    "CallEntry",
    "CallResult",
    "CallView",
    "CallerCandidate",
    "CallerView",
    "CampaignSummary",
    "CampaignView",
    "PurgePreview",
    "PurgeResult",
    "ReferralInput",
    "ReferralView",
    "StartResult",
    "TargetPreview",
    "TargetRow",
    "TargetView",
    "add_referral",
    "assign_callers",
    "caller_candidates",
    "caller_list",
    "campaign_figures",
    "close_referral",
    "create_campaign",
    "delete_campaign",
    "end_campaign",
    "get_call_note",
    "get_campaign",
    "get_target",
    "list_campaigns",
    "list_referrals",
    "purge_campaign_notes",
    "purge_preview",
    "reassign_target",
    "record_call",
    "record_escalation_outcome",
    "set_reinforced_link",
    "start_campaign",
    "target_list",
    "target_preview",
    "update_campaign",
    "update_referral",
]
