"""French names of the tenant-file timeline events (``timeline_event.kind``).

The services write a code per event (``tenants.EVENT_CREATED = "CREATION"``,
``plans.EVENT_PLAN_STATUS = "PLAN_STATUT"``...). This table gives each its French
label, marked for Qt's translation machinery in the ``messages`` context: the tenant
file dialog translates them (``desktop.ui.tenant_file.event_labels``), the
access-request export (``desktop.services.person_export.export_person``) writes the source
text. The codes are repeated here, not imported, so that this module stays free of the
services (and of their imports); ``tests/test_export_person_more.py`` checks that every
code a service writes has its label.

``FIELD_LABELS`` names the fields listed in the summary of a ``MODIFICATION`` event
(``lease.rent, notes``); it mirrors ``desktop.ui.tenant_file.field_labels`` (same
test).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from desktop.domain.i18n import MESSAGES, QT_TRANSLATE_NOOP, Translate

EVENT_EDITED = "MODIFICATION"  # desktop.services.tenants.EVENT_EDITED

EVENT_LABELS: dict[str, str] = {
    # Tenant files (desktop.services.tenants).
    "CREATION": QT_TRANSLATE_NOOP("messages", "Création du dossier"),
    EVENT_EDITED: QT_TRANSLATE_NOOP("messages", "Modification"),
    "CLOTURE": QT_TRANSLATE_NOOP("messages", "Clôture du dossier"),
    "REOUVERTURE": QT_TRANSLATE_NOOP("messages", "Réouverture"),
    "IMPORT": QT_TRANSLATE_NOOP("messages", "Import depuis l'ERP"),
    # Notices (desktop.services.notices).
    "CONGE": QT_TRANSLATE_NOOP("messages", "Congé reçu"),
    "CONGE_MODIFIE": QT_TRANSLATE_NOOP("messages", "Congé modifié"),
    "CONGE_JUSTIFICATIF": QT_TRANSLATE_NOOP("messages", "Justificatif du préavis réduit reçu"),
    "CONGE_DEROGATION": QT_TRANSLATE_NOOP("messages", "Préavis réduit accordé sans justificatif"),
    "CONGE_REFUS_REDUIT": QT_TRANSLATE_NOOP("messages", "Préavis réduit refusé"),
    "CONGE_REPORT": QT_TRANSLATE_NOOP("messages", "Report du départ"),
    "CONGE_CLES_SANS_EDL": QT_TRANSLATE_NOOP("messages", "Clés rendues sans état des lieux"),
    "CONGE_RETRAIT": QT_TRANSLATE_NOOP("messages", "Retrait du congé"),
    "CONGE_SORTIE": QT_TRANSLATE_NOOP("messages", "Sortie : état des lieux et clés"),
    "CONGE_DEPOT": QT_TRANSLATE_NOOP("messages", "Dépôt de garantie restitué"),
    # Payment plans (desktop.services.plans).
    "PLAN_CREATION": QT_TRANSLATE_NOOP("messages", "Accord de paiement créé"),
    "PLAN_MODIFICATION": QT_TRANSLATE_NOOP("messages", "Accord de paiement modifié"),
    "PLAN_STATUT": QT_TRANSLATE_NOOP("messages", "Accord : changement de statut"),
    "PLAN_REGLEMENT": QT_TRANSLATE_NOOP("messages", "Règlement saisi"),
    "PLAN_REGLEMENT_SUPPRIME": QT_TRANSLATE_NOOP("messages", "Règlement supprimé"),
    "PLAN_IMPORT_REGLEMENTS": QT_TRANSLATE_NOOP("messages", "Règlements importés"),
    "PLAN_DEFAILLANCE": QT_TRANSLATE_NOOP("messages", "Accord défaillant"),
    "PLAN_SOLDE": QT_TRANSLATE_NOOP("messages", "Accord soldé"),
    "PLAN_SUIVI": QT_TRANSLATE_NOOP("messages", "Suite donnée à la défaillance"),
    "PLAN_AVENANT": QT_TRANSLATE_NOOP("messages", "Avenant au protocole"),
    "PLAN_ASSIGNATION": QT_TRANSLATE_NOOP("messages", "Assignation envisagée"),
    "PLAN_RETRAIT_CONTRIBUTION": QT_TRANSLATE_NOOP(
        "messages", "Promesse d'un contributeur retirée"
    ),
    "PLAN_RETRAIT_CONTRIBUTION_ANNULE": QT_TRANSLATE_NOOP(
        "messages", "Retrait de la promesse d'un contributeur annulé"
    ),
    # Letters (desktop.services.documents).
    "COURRIER": QT_TRANSLATE_NOOP("messages", "Courrier"),
    # Occupation review (desktop.services.caleol).
    "CALEOL_EXAMEN_OCCUPATION": QT_TRANSLATE_NOOP(
        "messages", "Examen de l'occupation inscrit en CALEOL"
    ),
    "CALEOL_AVIS_OCCUPATION": QT_TRANSLATE_NOOP("messages", "Avis de la CALEOL sur l'occupation"),
    # Retention purge (desktop.services.retention).
    "ANONYMISATION": QT_TRANSLATE_NOOP("messages", "Anonymisation du dossier"),
}

FIELD_LABELS: dict[str, str] = {
    "lease.contract_number": QT_TRANSLATE_NOOP("messages", "N° de contrat"),
    "lease.start_date": QT_TRANSLATE_NOOP("messages", "Début du bail"),
    "lease.rent": QT_TRANSLATE_NOOP("messages", "Loyer"),
    "lease.charges": QT_TRANSLATE_NOOP("messages", "Charges"),
    "lease.zone_tendue": QT_TRANSLATE_NOOP("messages", "Zone tendue"),
    "dwelling.reference": QT_TRANSLATE_NOOP("messages", "Référence du logement"),
    "dwelling.address_line": QT_TRANSLATE_NOOP("messages", "Adresse"),
    "dwelling.address_complement": QT_TRANSLATE_NOOP("messages", "Complément d'adresse"),
    "dwelling.postcode": QT_TRANSLATE_NOOP("messages", "Code postal"),
    "dwelling.city": QT_TRANSLATE_NOOP("messages", "Commune"),
    "dwelling.dwelling_type": QT_TRANSLATE_NOOP("messages", "Type"),
    "dwelling.surface": QT_TRANSLATE_NOOP("messages", "Surface"),
    "dwelling.floor": QT_TRANSLATE_NOOP("messages", "Étage"),
    "dwelling.building": QT_TRANSLATE_NOOP("messages", "Bâtiment"),
    "dwelling.programme": QT_TRANSLATE_NOOP("messages", "Programme"),
    "dwelling.agency_code": QT_TRANSLATE_NOOP("messages", "Agence"),
    "balance": QT_TRANSLATE_NOOP("messages", "Solde"),
    "notes": QT_TRANSLATE_NOOP("messages", "Observations"),
    "isolated": QT_TRANSLATE_NOOP("messages", "Ménage isolé"),
    "occupants": QT_TRANSLATE_NOOP("messages", "Occupants"),
    "civility": QT_TRANSLATE_NOOP("messages", "Civilité"),
    "last_name": QT_TRANSLATE_NOOP("messages", "Nom"),
    "first_name": QT_TRANSLATE_NOOP("messages", "Prénom"),
    "birth_date": QT_TRANSLATE_NOOP("messages", "Date de naissance"),
    "phone": QT_TRANSLATE_NOOP("messages", "Téléphone"),
    "email": QT_TRANSLATE_NOOP("messages", "E-mail"),
    "is_titular": QT_TRANSLATE_NOOP("messages", "Titulaire"),
    "disability": QT_TRANSLATE_NOOP("messages", "Handicap"),
    "mail_address_line": QT_TRANSLATE_NOOP("messages", "Adresse de correspondance"),
    "mail_address_complement": QT_TRANSLATE_NOOP("messages", "Complément (correspondance)"),
    "mail_postcode": QT_TRANSLATE_NOOP("messages", "Code postal (correspondance)"),
    "mail_city": QT_TRANSLATE_NOOP("messages", "Commune (correspondance)"),
}


def _identity(context: str, text: str) -> str:
    return text


def event_label(kind: str, translate: Translate | None = None) -> str:
    """The French name of a timeline event; the code itself when unknown (an event
    written by a later version). ``translate(context, text)``: Qt's, in the GUI."""
    text = EVENT_LABELS.get(kind)
    if text is None:
        return kind
    name = translate or _identity
    return name(MESSAGES, text)


def event_detail(kind: str, summary: str, translate: Translate | None = None) -> str:
    """The detail of a timeline event as shown to people: the changed fields of a
    ``MODIFICATION`` by their names, any other summary as written."""
    if kind != EVENT_EDITED or not summary:
        return summary
    name = translate or _identity
    return ", ".join(
        name(MESSAGES, FIELD_LABELS[p]) if p in FIELD_LABELS else p for p in summary.split(", ")
    )


_MONEY_PATHS = {"lease.rent", "lease.charges", "balance"}


def _value_at(snapshot: dict | None, path: str) -> Any:
    value: Any = snapshot or {}
    for part in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def _shown(path: str, value: Any) -> str:
    """A stored snapshot value as people read it (dates and amounts French)."""
    import datetime as dt
    from decimal import Decimal, InvalidOperation

    from desktop.domain.formatting import format_date_fr, format_money_fr

    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "oui" if value else "non"
    if path == "occupants" and isinstance(value, list):
        names = [_occupant_shown(o) for o in value if isinstance(o, dict)]
        return ", ".join(names) or "—"
    if path in _MONEY_PATHS:
        try:
            return format_money_fr(Decimal(str(value)))
        except (InvalidOperation, ValueError):
            return str(value)
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return format_date_fr(dt.date.fromisoformat(value))
        except ValueError:
            return value
    return str(value)


def _occupant_shown(o: dict) -> str:
    """``DURAND Marc``, and his correspondence address when he has one (a change of it
    alone reads as one): ``DURAND Marc (adresse de correspondance : 4 allée des
    Érables, 33600 Pessac)``."""
    name = " ".join(
        p for p in (str(o.get("last_name", "")).upper(), str(o.get("first_name", ""))) if p
    )
    street, complement, postcode, city = (
        str(o.get(k) or "").strip()
        for k in ("mail_address_line", "mail_address_complement", "mail_postcode", "mail_city")
    )
    parts = [p for p in (street, complement, f"{postcode} {city}".strip()) if p]
    return f"{name} (adresse de correspondance : {', '.join(parts)})" if parts else name


def field_changes(
    before: dict | None, after: dict | None, paths: list[str]
) -> list[tuple[str, str, str]]:
    """(field path, value before, value after) of each changed field of a tenant file,
    from the audit snapshots of a ``MODIFICATION``; ``paths`` are the fields the
    timeline event names."""
    out = []
    for path in paths:
        old, new = _value_at(before, path), _value_at(after, path)
        if old != new:
            out.append((path, _shown(path, old), _shown(path, new)))
    return out


def changes_text(
    changes: Iterable[tuple[str, str, str]], translate: Callable[[str, str], str] | None = None
) -> str:
    """``Loyer : 412,50 € → 430,00 € ; Occupants : DUPONT Élodie → …``."""
    name = translate or _identity
    return " ; ".join(
        f"{name(MESSAGES, FIELD_LABELS[p]) if p in FIELD_LABELS else p} : {old} → {new}"
        for p, old, new in changes
    )
