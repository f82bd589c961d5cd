"""Payment-deferral agreements on tenant files: create and edit, status workflow,
payments typed in or imported from the accounting export, breach detection and its
follow-ups, protocole avenants and summons, the arrears list and its Excel export.

Every write takes the acting user, validates, runs in one transaction, records an
audit event and a line in the tenant's timeline. A plan read at one version and saved
after a colleague changed it is refused (``ConflictError``), like tenant files.

The sections, one module each: ``core`` (views, mapping, loading, the status change and
the evaluation of one plan), ``editing`` (prepare, create, edit, change status),
``payments`` (payments typed in), ``breach`` (follow-ups, summons, avenant and the daily
evaluation), ``payments_import`` (payments from the accounting export),
``arrears`` (the arrears list and its Excel export), ``withdrawal`` (a contributor's
promise withdrawn from a signed plan). Their public names are
re-exported here: ``from desktop.services import plans; plans.create_plan(...)``.
Time: the services read ``today()``/``now()`` from ``desktop.services.context``; a test
sets the date with ``context.use_clock``.
"""

from __future__ import annotations

from desktop.services.plans.arrears import (
    EXPORT_HEADERS,
    FORMULA_PREFIXES,
    PLAN_FILTER_ALL,
    PLAN_FILTER_IN_FORCE,
    PLAN_FILTER_NONE,
    ArrearsQuery,
    ArrearsRow,
    arrears_list,
    export_arrears,
    exported_counted,
    neutralise,
)
from desktop.services.plans.breach import (
    EvaluationResult,
    complete_follow_up,
    evaluate_plans,
    plan_summons,
    sign_avenant,
)
from desktop.services.plans.core import (
    CONTRIBUTION_SOURCES,
    ENTITY,
    EVENT_KINDS,
    EVENT_PLAN_AVENANT,
    EVENT_PLAN_BREACH,
    EVENT_PLAN_CREATED,
    EVENT_PLAN_EDITED,
    EVENT_PLAN_FOLLOW_UP,
    EVENT_PLAN_IMPORT,
    EVENT_PLAN_PAYMENT,
    EVENT_PLAN_PAYMENT_DELETED,
    EVENT_PLAN_SETTLED,
    EVENT_PLAN_STATUS,
    EVENT_PLAN_SUMMONS,
    EVENT_PLAN_WITHDRAWAL,
    EVENT_PLAN_WITHDRAWAL_CANCELLED,
    NOT_APPLICABLE,
    OUTCOME_MAX,
    PAYMENT_REFERENCE_MAX,
    READ,
    SOURCE_IMPORT,
    SOURCE_MANUAL,
    WRITE,
    ZERO,
    FollowUpView,
    PaymentView,
    PlanSummary,
    PlanView,
    get_plan,
    plans_for_household,
)
from desktop.services.plans.editing import change_status, create_plan, terms_from_lease, update_plan
from desktop.services.plans.payments import delete_payment, record_payment
from desktop.services.plans.payments_import import (
    PAYMENT_FIELDS,
    PAYMENT_FIELDS_BY_KEY,
    AcceptedPayment,
    PaymentImportReport,
    PaymentImportResult,
    apply_payments,
    check_payment_mapping,
    contributions_counted,
    dry_run_payments,
    mark_payer,
    propose_payment_mapping,
    read_payments,
)
from desktop.services.plans.withdrawal import (
    cancel_withdrawal,
    default_owed_from,
    withdraw_contribution,
)

__all__ = [
    "CONTRIBUTION_SOURCES",
    "ENTITY",
    "EVENT_KINDS",
    "EVENT_PLAN_AVENANT",
    "EVENT_PLAN_BREACH",
    "EVENT_PLAN_CREATED",
    "EVENT_PLAN_EDITED",
    "EVENT_PLAN_FOLLOW_UP",
    "EVENT_PLAN_IMPORT",
    "EVENT_PLAN_PAYMENT",
    "EVENT_PLAN_PAYMENT_DELETED",
    "EVENT_PLAN_SETTLED",
    "EVENT_PLAN_STATUS",
    "EVENT_PLAN_SUMMONS",
    "EVENT_PLAN_WITHDRAWAL",
    "EVENT_PLAN_WITHDRAWAL_CANCELLED",
    "EXPORT_HEADERS",
    "FORMULA_PREFIXES",
    "NOT_APPLICABLE",
    "OUTCOME_MAX",
    "PAYMENT_FIELDS",
    "PAYMENT_FIELDS_BY_KEY",
    "PAYMENT_REFERENCE_MAX",
    "PLAN_FILTER_ALL",
    "PLAN_FILTER_IN_FORCE",
    "PLAN_FILTER_NONE",
    "READ",
    "SOURCE_IMPORT",
    "SOURCE_MANUAL",
    "WRITE",
    "ZERO",
    "AcceptedPayment",
    "ArrearsQuery",
    "ArrearsRow",
    "EvaluationResult",
    "FollowUpView",
    "PaymentImportReport",
    "PaymentImportResult",
    "PaymentView",
    "PlanSummary",
    "PlanView",
    "apply_payments",
    "arrears_list",
    "cancel_withdrawal",
    "change_status",
    "check_payment_mapping",
    "complete_follow_up",
    "contributions_counted",
    "create_plan",
    "default_owed_from",
    "delete_payment",
    "dry_run_payments",
    "evaluate_plans",
    "export_arrears",
    "exported_counted",
    "get_plan",
    "mark_payer",
    "neutralise",
    "plan_summons",
    "plans_for_household",
    "propose_payment_mapping",
    "read_payments",
    "record_payment",
    "sign_avenant",
    "terms_from_lease",
    "update_plan",
    "withdraw_contribution",
]
