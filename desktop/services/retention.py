"""Data retention (RGPD): purge preview, purge, and the access-request export.

The purge anonymises the tenant files whose retention period (``domain.retention``,
periods editable in the settings) has run out since their closing: names, contact
details, birth dates, health and vulnerability flags, notes and the free text of the
timeline are replaced or removed, the contract number replaced; the dwelling, the
amounts and the dates stay (statistics). It runs in one transaction and is audited:
one event per file (rule and due date, no personal data) and one for the run. The
audit trail itself is kept (append-only).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from desktop.domain.errors import UserError
from desktop.domain.formatting import format_date_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.retention import RULES_BY_KIND, RetentionKind, purge_due
from desktop.domain.roles import Permission
from desktop.domain.tenant import FileStatus
from desktop.domain.text import fold
from desktop.services import audit, authz, settings
from desktop.services.authz import guarded
from desktop.services.context import Actor, now, today
from desktop.storage.db import Database
from desktop.storage.models import (
    Agency,
    AuditEvent,
    Dwelling,
    Household,
    Lease,
    Occupant,
    SearchToken,
    TimelineEvent,
)

ENTITY = "conservation"
EVENT_ANONYMISED = "ANONYMISATION"
ANONYMOUS_NAME = "ANONYME"


@dataclass(frozen=True)
class PurgeItem:
    kind: RetentionKind
    household_id: int
    label: str
    closed_on: dt.date
    due_on: dt.date
    months: int

    @property
    def reason(self) -> Message:
        rule = RULES_BY_KIND[self.kind]
        return Message(QT_TRANSLATE_NOOP(
            "messages",
            "{rule} : clos le {closed}, conservation de {months} mois échue le {due}."),
            {"rule": Message(rule.label), "closed": format_date_fr(self.closed_on),
             "months": self.months, "due": format_date_fr(self.due_on)})


def _months(session: Session) -> dict[RetentionKind, int]:
    return {kind: int(settings.read(session, rule.setting_key))
            for kind, rule in RULES_BY_KIND.items()}


def _kind(balance: Decimal) -> RetentionKind:
    return RetentionKind.ARREARS_FILE if balance > 0 else RetentionKind.TENANT_FILE


def _eligible(session: Session, on: dt.date) -> list[PurgeItem]:
    months = _months(session)
    shortest = min(months[RetentionKind.TENANT_FILE], months[RetentionKind.ARREARS_FILE])
    # Files closed at least the shortest period ago; the exact rule per file below.
    latest = on - dt.timedelta(days=28 * shortest)
    rows = session.execute(
        select(Household.id, Household.display_name, Household.closed_on, Household.balance)
        .where(Household.status == FileStatus.CLOSED.value,
               Household.anonymised_on.is_(None),
               Household.closed_on.is_not(None),
               Household.closed_on <= latest)
        .order_by(Household.closed_on, Household.id)
    ).all()
    items = []
    for household_id, name, closed_on, balance in rows:
        kind = _kind(balance)
        due = purge_due(closed_on, months[kind])
        if due <= on:
            items.append(PurgeItem(kind, household_id, name, closed_on, due, months[kind]))
    return items


@guarded("conservation")
def preview(db: Database, actor: Actor, on: dt.date | None = None) -> list[PurgeItem]:
    """What a purge run on ``on`` (today) would anonymise, and why."""
    authz.require(actor, Permission.RETENTION_MANAGE, entity=ENTITY)
    with db.reader() as session:
        return _eligible(session, on or today())


@dataclass(frozen=True)
class PurgeResult:
    anonymised: int
    skipped: int  # previewed but no longer due (reopened, edited meanwhile)


def _anonymise(session: Session, actor: Actor, item: PurgeItem, on: dt.date,
               stamp: dt.datetime) -> None:
    hid = item.household_id
    label = f"Dossier anonymisé n° {hid}"
    occupants = session.scalars(
        select(Occupant.id).where(Occupant.household_id == hid).order_by(Occupant.position)
    ).all()
    if occupants:
        session.execute(delete(Occupant).where(Occupant.id.in_(occupants[1:])))
        session.execute(update(Occupant).where(Occupant.id == occupants[0]).values(
            civility="", last_name=ANONYMOUS_NAME, first_name="", birth_date=None, phone="",
            email="", disability=False, is_titular=True, version=Occupant.version + 1))
    contract = f"ANON-{hid}"
    session.execute(update(Lease).where(Lease.household_id == hid).values(
        contract_number=contract, version=Lease.version + 1))
    session.execute(delete(SearchToken).where(SearchToken.household_id == hid))
    session.execute(update(TimelineEvent).where(TimelineEvent.household_id == hid).values(
        summary=""))
    session.execute(update(Household).where(Household.id == hid).values(
        display_name=label, sort_name=fold(label), contract_number=contract,
        isolated=False, notes="", close_reason="", eldest_birth_date=None,
        search_text=" ", anonymised_on=on, updated_at=stamp, updated_by=actor.username,
        version=Household.version + 1))
    session.add(TimelineEvent(household_id=hid, occurred_at=stamp, kind=EVENT_ANONYMISED,
                              summary="", actor=actor.username))
    audit.record(session, actor, "anonymisation", "dossier", hid, None, {
        "regle": item.kind.value, "clos_le": item.closed_on, "echeance": item.due_on,
        "duree_mois": item.months})


@guarded("purge")
def purge(db: Database, actor: Actor, on: dt.date | None = None,
          only: set[int] | None = None) -> PurgeResult:
    """Anonymise every file due on ``on`` (today), in one transaction.

    ``only``: the ids the administrator saw in the preview; files not among them are
    left for the next run.
    """
    authz.require(actor, Permission.RETENTION_MANAGE, entity=ENTITY)
    on = on or today()
    with db.transaction() as session:
        items = _eligible(session, on)
        chosen = [i for i in items if only is None or i.household_id in only]
        skipped = 0 if only is None else len(set(only) - {i.household_id for i in chosen})
        stamp = now()
        for item in chosen:
            _anonymise(session, actor, item, on, stamp)
        audit.record(session, actor, "purge", ENTITY, None, None, {
            "date": on, "anonymises": len(chosen), "ignores": skipped,
            "par_regle": {k.value: sum(1 for i in chosen if i.kind == k)
                          for k in (RetentionKind.TENANT_FILE, RetentionKind.ARREARS_FILE)},
        })
    return PurgeResult(len(chosen), skipped)


# --------------------------------------------------------------------------- access request


def _rows(session: Session, model, *where, order=None):
    stmt = select(model).where(*where)
    if order is not None:
        stmt = stmt.order_by(*order)
    return session.scalars(stmt).all()


@guarded("export")
def export_person(db: Database, actor: Actor, household_id: int, path: str | Path) -> Path:
    """Everything Parcours holds about one tenant file, in one Excel workbook
    (*droit d'accès*): the file, its occupants, lease, dwelling, timeline and the
    audit events about it. The export is audited."""
    from desktop.services.spreadsheet import Workbook
    from desktop.services.tenants import ENTITY as FILE

    authz.require(actor, Permission.PERSON_EXPORT, entity=FILE, entity_id=household_id)
    book = Workbook()
    with db.reader() as session:
        h = session.get(Household, household_id)
        if h is None:
            raise UserError(Message(QT_TRANSLATE_NOOP(
                "messages", "Le dossier n° {id} n'existe pas ou plus."), {"id": household_id}))
        authz.require_agency(actor, Permission.PERSON_EXPORT, h.agency_id, entity=FILE,
                             entity_id=household_id)
        agency = session.get(Agency, h.agency_id)
        sheet = book.sheet("Dossier", ["Rubrique", "Valeur"])
        for label, value in (
            ("N° de dossier", h.id), ("Statut", h.status), ("Nom", h.display_name),
            ("Agence", f"{agency.name} ({agency.code})" if agency else ""),
            ("Adresse", h.address), ("Ménage isolé", "oui" if h.isolated else "non"),
            ("Solde (€)", h.balance), ("Observations", h.notes),
            ("Ouvert le", h.opened_on), ("Clos le", h.closed_on),
            ("Motif de clôture", h.close_reason), ("Anonymisé le", h.anonymised_on),
            ("Créé le", h.created_at), ("Créé par", h.created_by),
            ("Modifié le", h.updated_at), ("Modifié par", h.updated_by),
        ):
            sheet.add([label, value])
        sheet = book.sheet("Occupants", [
            "Position", "Civilité", "Nom", "Prénom", "Date de naissance", "Téléphone",
            "E-mail", "Titulaire", "Handicap"])
        for o in _rows(session, Occupant, Occupant.household_id == household_id,
                       order=[Occupant.position]):
            sheet.add([o.position + 1, o.civility, o.last_name, o.first_name, o.birth_date,
                       o.phone, o.email, "oui" if o.is_titular else "non",
                       "oui" if o.disability else "non"])
        sheet = book.sheet("Bail", ["N° de contrat", "Début", "Loyer (€)", "Charges (€)",
                                    "Zone tendue"])
        for lease in _rows(session, Lease, Lease.household_id == household_id):
            sheet.add([lease.contract_number, lease.start_date, lease.rent, lease.charges,
                       "oui" if lease.zone_tendue else "non"])
        sheet = book.sheet("Logement", ["Référence", "Adresse", "Complément", "Code postal",
                                        "Commune", "Type", "Surface (m²)", "Étage",
                                        "Bâtiment", "Programme"])
        dw = session.get(Dwelling, h.dwelling_id)
        if dw is not None:
            sheet.add([dw.reference, dw.address_line, dw.address_complement, dw.postcode,
                       dw.city, dw.dwelling_type, dw.surface, dw.floor, dw.building,
                       dw.programme])
        sheet = book.sheet("Chronologie", ["Date", "Événement", "Par", "Détail"])
        for e in _rows(session, TimelineEvent, TimelineEvent.household_id == household_id,
                       order=[TimelineEvent.occurred_at, TimelineEvent.id]):
            sheet.add([e.occurred_at, e.kind, e.actor, e.summary])
        sheet = book.sheet("Journal d'audit", ["N°", "Date", "Utilisateur", "Action",
                                               "Avant", "Après"])
        for e in _rows(session, AuditEvent, AuditEvent.entity == FILE,
                       AuditEvent.entity_id == household_id,
                       order=[AuditEvent.at, AuditEvent.id]):
            sheet.add([e.id, e.at, e.actor, audit.ACTION_LABELS.get(e.action, e.action),
                       audit.describe(e.before), audit.describe(e.after)])
    saved = book.save(path)
    with db.transaction() as session:
        audit.record(session, actor, "export", FILE, household_id, None,
                     {"fichier": saved.name, "motif": "droit d'accès"})
    return saved
