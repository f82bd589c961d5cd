"""The recipients of a mail merge, before anything is produced (issue 15): who gets the
letter and who is left out, and why.

A tenant is left out when the letter could not reach him or should not be sent:
- no postal address on the dwelling (street line, postcode or city missing);
- deceased: a call campaign closed his file with the reason "Décès";
- already sent: a letter from the same template was registered for the tenant file
  during the current calendar month (a second run of the same batch would duplicate
  it).

The batch itself (``documents.run_batch``) then runs on the recipients kept, in the
order shown here (postcode, name)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from desktop.domain.campaign import CloseReason
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.roles import Permission
from desktop.services import authz, documents
from desktop.services.context import Actor, today
from desktop.storage.campaign_models import CampaignTarget
from desktop.storage.db import Database
from desktop.storage.models import DocumentRecord, Dwelling, Household

NO_ADDRESS = QT_TRANSLATE_NOOP("messages", "Pas d'adresse postale complète")
DECEASED = QT_TRANSLATE_NOOP("messages", "Locataire décédé (fiche de campagne close : décès)")
ALREADY_SENT = QT_TRANSLATE_NOOP("messages", "Déjà envoyé ce mois-ci ({reference} du {date})")


@dataclass(frozen=True)
class Recipient:
    household_id: int
    name: str
    address: str  # one line: street, postcode and city
    #: why the tenant is left out, None when the letter goes to him
    excluded: Message | None = None

    @property
    def included(self) -> bool:
        return self.excluded is None


def batch_recipients(
    db: Database, actor: Actor, request: documents.BatchRequest, on: dt.date | None = None
) -> list[Recipient]:
    """The targets of ``request`` in postcode and name order, each kept or left out
    (with the reason). Nothing is written."""
    authz.require(actor, Permission.TENANT_READ)
    on = on or request.options.on or today()
    ids = documents.resolve_targets(db, actor, request)
    if not ids:
        return []
    month_start = dt.datetime(on.year, on.month, 1)
    out: list[tuple[tuple, Recipient]] = []
    with db.reader() as session:
        rows: list[Any] = []
        for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
            rows += session.execute(
                select(
                    Household.id,
                    Household.display_name,
                    Household.sort_name,
                    Dwelling.address_line,
                    Dwelling.address_complement,
                    Dwelling.postcode,
                    Dwelling.city,
                )
                .join(Dwelling, Dwelling.id == Household.dwelling_id)
                .where(Household.id.in_(chunk))
            ).all()
            sent: dict[int, tuple[str, dt.datetime]] = {}
            for hid, reference, created in session.execute(
                select(
                    DocumentRecord.household_id, DocumentRecord.reference, DocumentRecord.created_at
                )
                .where(
                    DocumentRecord.household_id.in_(chunk),
                    DocumentRecord.template_name == request.options.template_name,
                    DocumentRecord.created_at >= month_start,
                )
                .order_by(DocumentRecord.created_at)
            ):
                sent.setdefault(hid, (reference, created))
            deceased = set(
                session.scalars(
                    select(CampaignTarget.household_id).where(
                        CampaignTarget.household_id.in_(chunk),
                        CampaignTarget.closed_reason == CloseReason.DECEASED.value,
                    )
                )
            )
            chunk_set = set(chunk)
            for hid, name, sort_name, line, complement, postcode, city in rows:
                if hid not in chunk_set:
                    continue
                street = ", ".join(p for p in (line.strip(), complement.strip()) if p)
                address = f"{street}, {postcode} {city}".strip(", ")
                excluded = None
                if not (line.strip() and postcode.strip() and city.strip()):
                    excluded = Message(NO_ADDRESS)
                elif hid in deceased:
                    excluded = Message(DECEASED)
                elif hid in sent:
                    reference, created = sent[hid]
                    excluded = Message(
                        ALREADY_SENT, {"reference": reference, "date": created.strftime("%d/%m/%Y")}
                    )
                out.append(((postcode, sort_name, hid), Recipient(hid, name, address, excluded)))
    known = {r.household_id for _key, r in out}
    recipients = [r for _key, r in sorted(out, key=lambda kr: kr[0])]
    # A tenant file that no longer exists: listed, left out, so the count stays honest.
    recipients += [
        Recipient(i, "", "", Message(QT_TRANSLATE_NOOP("messages", "Dossier introuvable")))
        for i in ids
        if i not in known
    ]
    return recipients
