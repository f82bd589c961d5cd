"""Tenant notices: the list (filters, warnings) and its Excel export."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import and_, exists, select

from desktop.domain.i18n import QT_TRANSLATE_NOOP, Forms
from desktop.domain.notice import DeliveryMode, ReducedNoticeGround
from desktop.domain.notice_case import (
    DEPOSIT_NEAR_DAYS,
    DepositWarning,
    ExceptionKind,
    NoticeStatus,
)
from desktop.domain.notice_cotenants import NoticeGiver
from desktop.domain.roles import Permission
from desktop.services import authz
from desktop.services.authz import guarded
from desktop.services.context import Actor, today
from desktop.services.notices.common import ENTITY
from desktop.services.spreadsheet import Workbook
from desktop.services.write import from_row
from desktop.storage.db import Database
from desktop.storage.models import (
    Agency,
    Household,
    Notice,
    NoticeException,
)

# --------------------------------------------------------------------------- list, export


@dataclass(frozen=True)
class NoticeQuery:
    agency_id: int | None = None
    #: ``EN_COURS``, ``RETIRE``, ``TERMINE``, or ``None`` for every notice.
    status: str | None = NoticeStatus.IN_PROGRESS.value
    #: Departure (end of the notice, or postponed departure) in the current month.
    ending_this_month: bool = False
    proof_missing: bool = False
    deposit_overdue: bool = False


@dataclass(frozen=True)
class NoticeRow:
    id: int
    household_id: int
    display_name: str
    contract_number: str
    agency_code: str
    status: NoticeStatus
    delivery_mode: DeliveryMode
    received_on: dt.date
    ground: ReducedNoticeGround
    applied_months: int
    end_date: dt.date
    end_date_if_proof: dt.date | None
    departure_on: dt.date
    keys_returned_on: dt.date | None
    deposit_due_on: dt.date | None
    deposit_returned_on: dt.date | None
    deposit_warning: DepositWarning
    #: the landlord refused the reduced notice (its ground or proof not accepted)
    reduced_refused: bool = False
    #: the holders who gave it when named (some of them, or the last ones in place:
    #: docs/domain.md#notice-cotenants), full names; empty: all of them
    given_by: tuple[str, ...] = ()

    @property
    def proof_missing(self) -> bool:
        return self.end_date_if_proof is not None

    @property
    def postponed(self) -> bool:
        return self.departure_on != self.end_date


def month_bounds(on: dt.date) -> tuple[dt.date, dt.date]:
    last = calendar.monthrange(on.year, on.month)[1]
    return on.replace(day=1), on.replace(day=last)


def _row_warning(
    due: dt.date | None, returned: dt.date | None, status: str, on: dt.date
) -> DepositWarning:
    if due is None or returned is not None or status != NoticeStatus.IN_PROGRESS.value:
        return DepositWarning.NONE
    if due < on:
        return DepositWarning.PAST
    return DepositWarning.NEAR if (due - on).days <= DEPOSIT_NEAR_DAYS else DepositWarning.NONE


@guarded("recherche")
def list_notices(
    db: Database, actor: Actor, query: NoticeQuery, on: dt.date | None = None
) -> list[NoticeRow]:
    """The notices matching ``query``, by departure date (own agency for agency roles)."""
    authz.require(actor, Permission.TENANT_READ, entity=ENTITY)
    if actor.agency_scoped:
        if query.agency_id is not None and query.agency_id != actor.agency_id:
            authz.require_agency(actor, Permission.TENANT_READ, query.agency_id, entity=ENTITY)
        query = replace(query, agency_id=actor.agency_id if actor.agency_id is not None else -1)
    on = on or today()
    conditions = []
    if query.agency_id is not None:
        conditions.append(Household.agency_id == query.agency_id)
    if query.status:
        conditions.append(Notice.status == query.status)
    if query.ending_this_month:
        first, last = month_bounds(on)
        conditions.append(Notice.departure_on.between(first, last))
    if query.proof_missing:
        conditions.append(Notice.end_date_if_proof.is_not(None))
    if query.deposit_overdue:
        conditions += [
            Notice.deposit_due_on < on,
            Notice.deposit_returned_on.is_(None),
            Notice.status == NoticeStatus.IN_PROGRESS.value,
        ]
    stmt = (
        select(
            Notice.id,
            Notice.household_id,
            Household.display_name,
            Household.contract_number,
            Agency.code,
            Notice.status,
            Notice.delivery_mode,
            Notice.received_on,
            Notice.ground,
            Notice.applied_months,
            Notice.end_date,
            Notice.end_date_if_proof,
            Notice.departure_on,
            Notice.keys_returned_on,
            Notice.deposit_due_on,
            Notice.deposit_returned_on,
            Notice.given_by,
            exists()
            .where(
                NoticeException.notice_id == Notice.id,
                NoticeException.kind == ExceptionKind.REDUCED_REFUSED.value,
            )
            .label("reduced_refused"),
        )
        .join(Household, Household.id == Notice.household_id)
        .join(Agency, Agency.id == Household.agency_id)
        .order_by(Notice.departure_on, Notice.id)
    )
    if conditions:
        stmt = stmt.where(and_(*conditions))
    with db.reader() as session:
        return [
            from_row(
                NoticeRow,
                r,
                agency_code=r.code,
                status=NoticeStatus(r.status),
                delivery_mode=DeliveryMode(r.delivery_mode),
                ground=ReducedNoticeGround(r.ground),
                deposit_warning=_row_warning(r.deposit_due_on, r.deposit_returned_on, r.status, on),
                reduced_refused=bool(r.reduced_refused),
                given_by=tuple(NoticeGiver.from_dict(g).full_name for g in r.given_by or ()),
            )
            for r in session.execute(stmt)
        ]


EXPORT_HEADERS = (
    QT_TRANSLATE_NOOP("messages", "Locataire"),
    QT_TRANSLATE_NOOP("messages", "N° de contrat"),
    QT_TRANSLATE_NOOP("messages", "Agence"),
    QT_TRANSLATE_NOOP("messages", "Statut"),
    QT_TRANSLATE_NOOP("messages", "Reçu le"),
    QT_TRANSLATE_NOOP("messages", "Mode de remise"),
    QT_TRANSLATE_NOOP("messages", "Motif"),
    QT_TRANSLATE_NOOP("messages", "Justificatif"),
    QT_TRANSLATE_NOOP("messages", "Préavis (mois)"),
    QT_TRANSLATE_NOOP("messages", "Fin du préavis"),
    QT_TRANSLATE_NOOP("messages", "Fin si justificatif fourni"),
    QT_TRANSLATE_NOOP("messages", "Départ"),
    QT_TRANSLATE_NOOP("messages", "Clés rendues le"),
    QT_TRANSLATE_NOOP("messages", "Dépôt à restituer avant le"),
    QT_TRANSLATE_NOOP("messages", "Dépôt restitué le"),
    QT_TRANSLATE_NOOP("messages", "Alerte dépôt"),
)
PROOF_MISSING = QT_TRANSLATE_NOOP("messages", "manquant")
PROOF_NONE = QT_TRANSLATE_NOOP("messages", "non requis")
PROOF_OK = QT_TRANSLATE_NOOP("messages", "reçu ou accordé")
PROOF_REFUSED = QT_TRANSLATE_NOOP("messages", "non retenu")
WARNING_LABELS = {
    DepositWarning.NONE: "",
    DepositWarning.NEAR: QT_TRANSLATE_NOOP("messages", "échéance proche"),
    DepositWarning.PAST: QT_TRANSLATE_NOOP("messages", "en retard"),
}


def proof_label(row: NoticeRow) -> str:
    if row.reduced_refused:  # neither missing nor accepted: the 3 months apply
        return PROOF_REFUSED
    if row.proof_missing:
        return PROOF_MISSING
    if row.ground in (ReducedNoticeGround.AUCUN, ReducedNoticeGround.ZONE_TENDUE):
        return PROOF_NONE
    return PROOF_OK


# « aucun congé exporté », « 1 congé exporté », « 2 congés exportés ».
exported_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} congé exporté"),
    QT_TRANSLATE_NOOP("messages", "{n} congés exportés"),
    QT_TRANSLATE_NOOP("messages", "aucun congé exporté"),
)


def export_notices(
    db: Database,
    actor: Actor,
    query: NoticeQuery,
    path: str | Path,
    on: dt.date | None = None,
    translate=None,
) -> int:
    """Write the notices matching ``query`` to an Excel workbook; return the row count."""
    tr = (lambda text: translate("messages", text)) if translate else (lambda text: text)
    rows = list_notices(db, actor, query, on)
    book = Workbook()
    sheet = book.sheet(tr(QT_TRANSLATE_NOOP("messages", "Congés")), [tr(h) for h in EXPORT_HEADERS])
    for r in rows:
        sheet.add(
            [
                r.display_name,
                r.contract_number,
                r.agency_code,
                tr(r.status.label),
                r.received_on,
                tr(r.delivery_mode.label),
                tr(r.ground.label),
                tr(proof_label(r)),
                r.applied_months,
                r.end_date,
                r.end_date_if_proof,
                r.departure_on,
                r.keys_returned_on,
                r.deposit_due_on,
                r.deposit_returned_on,
                tr(WARNING_LABELS[r.deposit_warning]),
            ]
        )
    book.save(path)
    return sheet.rows
