"""CALEOL, the allocation committee (issue 7), as one services package.

One function per user action, ``(db, actor, ...)``: rights checked with
``desktop.services.authz`` (writes: ``CALEOL_MANAGE``; reads: ``CALEOL_MINUTES_READ``
or ``CALEOL_MANAGE``), one transaction through ``desktop.services.write``, an audit
event per write, French messages. The rules themselves are the pure functions of
``desktop.domain.caleol``; the rows are ``desktop.storage.caleol_models`` (and
``minutes_models`` for the minutes).

- A session locked by its signed minutes (``locked``) refuses every write, except the
  notification date of a decision (``set_notification``), which happens after it.
- Votes and decisions need an open session (``SessionStatus.OPEN``) and the quorum
  of the commission's *règlement intérieur*.
- Editable rows carry a ``version``: pass the version read as ``expected_version``;
  a row changed meanwhile by someone else raises ``ConflictError``.
- Timestamps are naive UTC, like everywhere in the application (``context.now``).

The sections, one module each: ``commissions`` (and members), ``sessions`` (and
attendance, proxies), ``agenda`` (dwellings, candidates, conflicts of interest),
``votes`` (and decisions), ``vote_import``, ``occupation`` (the occupation review);
``common`` and ``data`` hold what they share. The user actions of these modules are
re-exported here: ``from desktop.services import caleol; caleol.create_session(...)``.
The features built on them are modules of their own, used by name:
``caleol.minutes`` (the minutes and their review), ``caleol.letters`` (decision
letters), ``caleol.offers`` (the offers that follow), ``caleol.demo``.
"""

from __future__ import annotations

from desktop.domain.caleol import SessionStatus  # the statuses the actions take
from desktop.services.caleol.agenda import (
    add_candidate,
    add_conflict,
    add_dwelling_item,
    dwelling_snapshot,
    find_dwellings,
    remove_candidate,
    remove_conflict,
    remove_item,
    reorder_items,
    set_fewer_candidates_reason,
    update_candidate,
    update_item,
)
from desktop.services.caleol.commissions import (
    LinkableAccount,
    add_member,
    create_commission,
    deactivate_member,
    get_commission,
    linkable_accounts,
    list_commissions,
    set_member_active,
    set_president,
    update_commission,
    update_member,
)
from desktop.services.caleol.common import (
    ENTITY_CANDIDATE,
    ENTITY_COMMISSION,
    ENTITY_ITEM,
    ENTITY_MEMBER,
    ENTITY_SESSION,
    ENTITY_VOTE,
    EVENT_KINDS,
    EVENT_OCCUPATION_FINDING,
    EVENT_OCCUPATION_REVIEW,
    MANAGE,
    READ,
    SessionContext,
    ensure_unlocked,
    quorum_rules_of,
    session_context,
    session_options,
    session_status,
    tally_of,
)
from desktop.services.caleol.data import (
    AgendaItemView,
    AttendanceView,
    CandidateData,
    CandidateView,
    CommissionData,
    CommissionView,
    ConflictView,
    DwellingItemData,
    MemberData,
    MemberView,
    ProxyView,
    Saved,
    SessionData,
    SessionSummary,
    SessionView,
    VoteEntry,
    VoteView,
)
from desktop.services.caleol.occupation import (
    OccupationDue,
    add_occupation_review,
    occupation_review_due,
    record_occupation_finding,
)
from desktop.services.caleol.sessions import (
    close_session,
    create_session,
    find_session,
    get_session,
    list_sessions,
    lock_session,
    open_session,
    quorum,
    remove_proxy,
    request_physical_session,
    set_attendance,
    set_proxy,
    set_session_status,
    update_session,
)
from desktop.services.caleol.vote_import import (
    ImportedVote,
    VoteImportError,
    VoteImportReport,
    import_votes,
    parse_timestamp,
)
from desktop.services.caleol.votes import (
    clear_decision,
    decide,
    offer_state_of,
    record_vote,
    record_votes,
    remove_vote,
    set_notification,
)

__all__ = [
    "ENTITY_CANDIDATE",
    "ENTITY_COMMISSION",
    "ENTITY_ITEM",
    "ENTITY_MEMBER",
    "ENTITY_SESSION",
    "ENTITY_VOTE",
    "EVENT_KINDS",
    "EVENT_OCCUPATION_FINDING",
    "EVENT_OCCUPATION_REVIEW",
    "MANAGE",
    "READ",
    "AgendaItemView",
    "AttendanceView",
    "CandidateData",
    "CandidateView",
    "CommissionData",
    "CommissionView",
    "ConflictView",
    "DwellingItemData",
    "ImportedVote",
    "LinkableAccount",
    "MemberData",
    "MemberView",
    "OccupationDue",
    "ProxyView",
    "Saved",
    "SessionContext",
    "SessionData",
    "SessionStatus",
    "SessionSummary",
    "SessionView",
    "VoteEntry",
    "VoteImportError",
    "VoteImportReport",
    "VoteView",
    "add_candidate",
    "add_conflict",
    "add_dwelling_item",
    "add_member",
    "add_occupation_review",
    "clear_decision",
    "close_session",
    "create_commission",
    "create_session",
    "deactivate_member",
    "decide",
    "dwelling_snapshot",
    "ensure_unlocked",
    "find_dwellings",
    "find_session",
    "get_commission",
    "get_session",
    "import_votes",
    "linkable_accounts",
    "list_commissions",
    "list_sessions",
    "lock_session",
    "occupation_review_due",
    "offer_state_of",
    "open_session",
    "parse_timestamp",
    "quorum",
    "quorum_rules_of",
    "record_occupation_finding",
    "record_vote",
    "record_votes",
    "remove_candidate",
    "remove_conflict",
    "remove_item",
    "remove_proxy",
    "remove_vote",
    "reorder_items",
    "request_physical_session",
    "session_context",
    "session_options",
    "session_status",
    "set_attendance",
    "set_fewer_candidates_reason",
    "set_member_active",
    "set_notification",
    "set_president",
    "set_proxy",
    "set_session_status",
    "tally_of",
    "update_candidate",
    "update_commission",
    "update_item",
    "update_member",
    "update_session",
]
