"""Payment plans: the arrears list and its Excel export."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, or_, select

from desktop.documents.files import save_atomically
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Forms, Message
from desktop.domain.plan_withdrawal import notice_action
from desktop.domain.plans import (
    CLOSED,
    EDITABLE,
    IN_FORCE,
    Contributor,
    FollowUpKind,
    NextAction,
    is_aid_arrears,
    months_of_debt,
    next_action,
)
from desktop.domain.schedule import (
    PaymentPlanType,
    PlanStatus,
)
from desktop.domain.tenant import FileStatus
from desktop.services import authz
from desktop.services import (
    importer as _imp,  # reading helpers shared with the tenant import
)
from desktop.services.authz import guarded
from desktop.services.context import Actor, today
from desktop.services.plans.core import ENTITY, READ, ZERO
from desktop.services.write import from_row
from desktop.storage.db import Database
from desktop.storage.models import (
    Agency,
    Household,
    Lease,
    PaymentPlan,
)

# --------------------------------------------------------------------------- arrears list

PLAN_FILTER_ALL = "TOUS"
PLAN_FILTER_NONE = "SANS_PLAN"
PLAN_FILTER_IN_FORCE = "EN_VIGUEUR"


@dataclass(frozen=True)
class ArrearsQuery:
    text: str = ""
    agency_id: int | None = None
    min_months: Decimal | None = None
    plan: str = PLAN_FILTER_ALL  # or PLAN_FILTER_NONE, PLAN_FILTER_IN_FORCE, a PlanStatus value
    action_due_only: bool = False  # next action due on or before the day
    aid_arrears_only: bool = False  # debt >= 2 months of rent and charges


@dataclass(frozen=True)
class ArrearsRow:
    household_id: int
    name: str
    contract_number: str
    agency_code: str
    city: str
    balance: Decimal
    monthly: Decimal
    months: Decimal | None
    aid_arrears: bool
    plan_id: int | None
    plan_type: PaymentPlanType | None
    plan_status: PlanStatus | None
    plan_remaining: Decimal | None
    next_due_on: dt.date | None
    action: NextAction

    @property
    def action_due(self) -> bool:
        return self.action.due_on is not None

    def action_due_by(self, on: dt.date) -> bool:
        return self.action.due_on is not None and self.action.due_on <= on


@functools.lru_cache(maxsize=8)
def _contributors(stored: str) -> tuple[Contributor, ...]:
    """``PaymentPlan.awaited_from`` read back ("FSL,CCAS")."""
    return tuple(Contributor(c) for c in stored.split(",") if c)


@guarded("impayes.liste")
def arrears_list(
    db: Database, actor: Actor, query: ArrearsQuery = ArrearsQuery(), on: dt.date | None = None
) -> list[ArrearsRow]:
    """Active tenant files in debt or with an agreement under way, largest debt first
    (agency roles: their own agency's files only)."""
    on = on or today()
    authz.require(actor, READ, entity=ENTITY)
    current = (
        select(PaymentPlan.household_id.label("hid"), func.max(PaymentPlan.id).label("pid"))
        .where(PaymentPlan.status != PlanStatus.ANNULE.value)
        .group_by(PaymentPlan.household_id)
        .subquery()
    )
    open_statuses = [s.value for s in IN_FORCE | EDITABLE]
    stmt = (
        select(
            Household.id.label("household_id"),
            Household.display_name.label("name"),
            Household.contract_number,
            Agency.code.label("agency_code"),
            Household.city,
            Household.balance,
            Lease.rent,
            Lease.charges,
            PaymentPlan.id.label("plan_id"),
            PaymentPlan.plan_type,
            PaymentPlan.status,
            PaymentPlan.remaining.label("plan_remaining"),
            PaymentPlan.next_due_on,
            PaymentPlan.tenants_due_on,
            PaymentPlan.awaited_from,
            PaymentPlan.fsl_owed_from,
            PaymentPlan.ccas_owed_from,
            PaymentPlan.grace_days,
            PaymentPlan.next_follow_up,
            PaymentPlan.next_follow_up_on,
        )
        .join(Lease, Lease.household_id == Household.id)
        .join(Agency, Agency.id == Household.agency_id)
        .outerjoin(current, current.c.hid == Household.id)
        .outerjoin(PaymentPlan, PaymentPlan.id == current.c.pid)
        .where(Household.status == FileStatus.ACTIVE.value)
        .where(or_(Household.balance > ZERO, PaymentPlan.status.in_(open_statuses)))
    )
    if actor.agency_scoped:
        if query.agency_id is not None and query.agency_id != actor.agency_id:
            authz.require_agency(actor, READ, query.agency_id, entity=ENTITY)
        stmt = stmt.where(
            Household.agency_id == (actor.agency_id if actor.agency_id is not None else -1)
        )
    if query.agency_id is not None:
        stmt = stmt.where(Household.agency_id == query.agency_id)
    if query.text.strip():
        from desktop.services.tenants import query_terms

        for term in query_terms(query.text):
            stmt = stmt.where(Household.search_text.like(f"% {term}%"))
    if query.plan == PLAN_FILTER_NONE:
        stmt = stmt.where(
            or_(PaymentPlan.id.is_(None), PaymentPlan.status.in_([s.value for s in CLOSED]))
        )
    elif query.plan == PLAN_FILTER_IN_FORCE:
        stmt = stmt.where(PaymentPlan.status.in_([s.value for s in IN_FORCE]))
    elif query.plan != PLAN_FILTER_ALL:
        stmt = stmt.where(PaymentPlan.status == PlanStatus(query.plan).value)
    stmt = stmt.order_by(Household.balance.desc(), Household.sort_name, Household.id)

    rows: list[ArrearsRow] = []
    with db.reader() as session:
        for r in session.execute(stmt):
            months = months_of_debt(r.balance, r.rent, r.charges)
            if query.min_months is not None and (months is None or months < query.min_months):
                continue
            aid = is_aid_arrears(r.balance, r.rent, r.charges)
            if query.aid_arrears_only and not aid:
                continue
            status = PlanStatus(r.status) if r.status else None
            follow_up = FollowUpKind(r.next_follow_up) if r.next_follow_up else None
            awaited_from = _contributors(r.awaited_from or "")
            grace_days = r.grace_days if r.grace_days is not None else 0
            # A withdrawn promise's notice, running or over: say so (docs/domain.md#plans).
            action = notice_action(
                status,
                follow_up,
                awaited_from,
                r.tenants_due_on,
                {Contributor.FSL: r.fsl_owed_from, Contributor.CCAS: r.ccas_owed_from},
                on,
                grace_days,
            ) or next_action(
                r.balance,
                r.rent,
                r.charges,
                status,
                on,
                next_due_on=r.next_due_on,
                follow_up=follow_up,
                follow_up_on=r.next_follow_up_on,
                grace_days=grace_days,
                tenants_due_on=r.tenants_due_on,
                awaited_from=awaited_from,
            )
            if query.action_due_only and not (action.due_on is not None and action.due_on <= on):
                continue
            rows.append(
                from_row(
                    ArrearsRow,
                    r,
                    monthly=r.rent + r.charges,
                    months=months,
                    aid_arrears=aid,
                    plan_type=PaymentPlanType(r.plan_type) if r.plan_type else None,
                    plan_status=status,
                    action=action,
                )
            )
    return rows


# --------------------------------------------------------------------------- Excel export

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

EXPORT_HEADERS = (
    QT_TRANSLATE_NOOP("messages", "Locataire"),
    QT_TRANSLATE_NOOP("messages", "N° de contrat"),
    QT_TRANSLATE_NOOP("messages", "Agence"),
    QT_TRANSLATE_NOOP("messages", "Ville"),
    QT_TRANSLATE_NOOP("messages", "Dette (€)"),
    QT_TRANSLATE_NOOP("messages", "Loyer + charges (€)"),
    QT_TRANSLATE_NOOP("messages", "Mois de dette"),
    QT_TRANSLATE_NOOP("messages", "Impayé au sens de l'aide au logement (≥ 2 mois)"),
    QT_TRANSLATE_NOOP("messages", "Accord"),
    QT_TRANSLATE_NOOP("messages", "Statut de l'accord"),
    QT_TRANSLATE_NOOP("messages", "Reste dû sur l'accord (€)"),
    QT_TRANSLATE_NOOP("messages", "Prochaine échéance"),
    QT_TRANSLATE_NOOP("messages", "Prochaine action"),
    QT_TRANSLATE_NOOP("messages", "À faire le"),
)


def neutralise(value):
    """A text cell that a spreadsheet could read as a formula, made inert (leading '),
    and holding only what an .xlsx can (``spreadsheet.cell_text``)."""
    from desktop.services.spreadsheet import cell_text

    if isinstance(value, str):
        value = cell_text(value)
        if value.startswith(FORMULA_PREFIXES):
            return "'" + value
    return value


def export_arrears(
    rows: list[ArrearsRow], path: str | Path, *, on: dt.date | None = None, translate=None
) -> Path:
    """Write the arrears list to an .xlsx workbook; ``translate`` is Qt's in the GUI."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    render = _imp.render

    def tr(text: str) -> str:
        return render(Message(text), translate)

    on = on or today()
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    wb = Workbook()
    ws = wb.active
    ws.title = tr(QT_TRANSLATE_NOOP("messages", "Impayés"))[:31]
    ws.append([neutralise(tr(h)) for h in EXPORT_HEADERS])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    yes, no = tr(QT_TRANSLATE_NOOP("messages", "oui")), tr(QT_TRANSLATE_NOOP("messages", "non"))
    none = tr(QT_TRANSLATE_NOOP("messages", "aucun"))
    for r in rows:
        ws.append(
            [
                neutralise(r.name),
                neutralise(r.contract_number),
                neutralise(r.agency_code),
                neutralise(r.city),
                r.balance,
                r.monthly,
                r.months,
                yes if r.aid_arrears else no,
                neutralise(tr(r.plan_type.label)) if r.plan_type else none,
                neutralise(tr(r.plan_status.label)) if r.plan_status else "",
                r.plan_remaining if r.plan_id else None,
                r.next_due_on,
                neutralise(render(r.action.text, translate)),
                r.action.due_on,
            ]
        )
    money_columns, date_columns = (5, 6, 11), (12, 14)
    for row in ws.iter_rows(min_row=2):
        for index in money_columns:
            row[index - 1].number_format = "#,##0.00"
        row[6].number_format = "0.0"
        for index in date_columns:
            row[index - 1].number_format = "DD/MM/YYYY"
    # Strings that look like formulas stay strings (openpyxl reads "=" as a formula).
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.data_type == "f":
                cell.data_type = "s"
    widths = (28, 16, 9, 18, 12, 12, 9, 12, 28, 14, 14, 13, 50, 12)
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = ws.dimensions
    save_atomically(path, wb.save)  # the previous file stays whole on a failure
    return path


# « 1 dossier exporté », « 12 dossiers exportés » (the arrears list's export).
exported_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} dossier exporté"),
    QT_TRANSLATE_NOOP("messages", "{n} dossiers exportés"),
)
