"""Tenant notices (congés): record, proof, exceptions, exit, deposit, list and export.

One function per user action: each takes the acting user, validates, writes in one
transaction with optimistic locking on the notice's ``version``, records an audit
event and adds a line to the tenant's timeline. The end date is computed by
``desktop.domain.notice_case.effective_notice`` and stored with its explanation.

The package: ``common`` (event kinds, views, loading, recomputation), ``workflow`` (the
user actions on one notice), ``listing`` (the list and its export). The names callers
use are re-exported here: ``from desktop.services import notices;
notices.record_notice(...)``. The services read the date from
``desktop.services.context``; a test sets it with ``use_clock``.
"""

from __future__ import annotations

from desktop.services.notices.common import (
    ENTITY,
    EVENT_DEPOSIT,
    EVENT_EDITED,
    EVENT_EXIT,
    EVENT_KEYS_WITHOUT_INVENTORY,
    EVENT_KINDS,
    EVENT_POSTPONED,
    EVENT_PROOF,
    EVENT_RECORDED,
    EVENT_REDUCED,
    EVENT_REDUCED_REFUSED,
    EVENT_WITHDRAWN,
    ExceptionView,
    NoticeContext,
    NoticeView,
    get_notice,
    notice_context,
    notices_of_household,
)
from desktop.services.notices.listing import (
    EXPORT_HEADERS,
    PROOF_MISSING,
    PROOF_NONE,
    PROOF_OK,
    WARNING_LABELS,
    NoticeQuery,
    NoticeRow,
    export_notices,
    exported_counted,
    list_notices,
    month_bounds,
    proof_label,
)
from desktop.services.notices.workflow import (
    CHANGED_BY,
    grant_reduced_notice,
    keys_without_inventory,
    postpone_departure,
    receive_proof,
    record_deposit_return,
    record_exit,
    record_notice,
    refuse_reduced_notice,
    update_notice,
    withdraw_notice,
)

__all__ = [
    "CHANGED_BY",
    "ENTITY",
    "EVENT_DEPOSIT",
    "EVENT_EDITED",
    "EVENT_EXIT",
    "EVENT_KEYS_WITHOUT_INVENTORY",
    "EVENT_KINDS",
    "EVENT_POSTPONED",
    "EVENT_PROOF",
    "EVENT_RECORDED",
    "EVENT_REDUCED",
    "EVENT_REDUCED_REFUSED",
    "EVENT_WITHDRAWN",
    "EXPORT_HEADERS",
    "PROOF_MISSING",
    "PROOF_NONE",
    "PROOF_OK",
    "WARNING_LABELS",
    "ExceptionView",
    "NoticeContext",
    "NoticeQuery",
    "NoticeRow",
    "NoticeView",
    "export_notices",
    "exported_counted",
    "get_notice",
    "grant_reduced_notice",
    "keys_without_inventory",
    "list_notices",
    "month_bounds",
    "notice_context",
    "notices_of_household",
    "postpone_departure",
    "proof_label",
    "receive_proof",
    "record_deposit_return",
    "record_exit",
    "record_notice",
    "refuse_reduced_notice",
    "update_notice",
    "withdraw_notice",
]
