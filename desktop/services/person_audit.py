"""The audit trail's snapshots as a tenant reads them in the access-request workbook
(``person_export``): one line a field, « Logement › Adresse : 12 rue des Lilas »,
with French field names, dates ``14/03/1950``, amounts ``412,50``, ``oui``/``non`` and
codes by their French labels, instead of the stored JSON with its English keys.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from desktop.domain.caleol import AgendaItemKind, FewerCandidatesReason, OccupationGround
from desktop.domain.campaign import (
    CallOutcome,
    EscalationStep,
    PartnerType,
    ReferralStatus,
    TargetState,
)
from desktop.domain.formatting import format_decimal_fr
from desktop.domain.notice import DeliveryMode, ReducedNoticeGround
from desktop.domain.notice_case import ExceptionKind, KeyReturnMode, NoticeStatus
from desktop.domain.plans import CHANNELS, Contributor, FollowUpKind
from desktop.domain.schedule import PaymentPlanType, PlanStatus

#: A field of a snapshot: its French name, and the enumeration its codes belong to
#: (``None``: a plain value).
Field = tuple[str, Any]

_TENANT_FILE: dict[str, Field] = {
    "balance": ("Solde (€)", None),
    "isolated": ("Personne isolée", None),
    "notes": ("Observations", None),
    "parties": ("Données sensibles consultées", None),
    "dwelling": ("Logement", None),
    "reference": ("Référence", None),
    "agency_code": ("Agence", None),
    "address_line": ("Adresse", None),
    "address_complement": ("Complément", None),
    "postcode": ("Code postal", None),
    "city": ("Commune", None),
    "dwelling_type": ("Type", None),
    "surface": ("Surface (m²)", None),
    "floor": ("Étage", None),
    "building": ("Bâtiment", None),
    "programme": ("Programme", None),
    "lease": ("Bail", None),
    "contract_number": ("N° de contrat", None),
    "start_date": ("Début", None),
    "rent": ("Loyer (€)", None),
    "charges": ("Charges (€)", None),
    "zone_tendue": ("Zone tendue", None),
    "occupants": ("Occupant", None),
    "position": ("Position", None),
    "civility": ("Civilité", None),
    "last_name": ("Nom", None),
    "first_name": ("Prénom", None),
    "birth_date": ("Date de naissance", None),
    "phone": ("Téléphone", None),
    "email": ("E-mail", None),
    "is_titular": ("Titulaire", None),
    "disability": ("Handicap", None),
}

_NOTICE: dict[str, Field] = {
    "id": ("N° du congé", None),
    "status": ("Statut", NoticeStatus),
    "delivery_mode": ("Mode de délivrance", DeliveryMode),
    "sent_on": ("Envoyé le", None),
    "presented_on": ("Présenté le", None),
    "received_on": ("Reçu le", None),
    "requested_departure": ("Départ souhaité le", None),
    "ground": ("Motif de préavis réduit", ReducedNoticeGround),
    "proof_received_on": ("Justificatif reçu le", None),
    "proof_document": ("Justificatif", None),
    "notes": ("Observations", None),
    "applied_months": ("Préavis appliqué (mois)", None),
    "end_date": ("Fin du préavis", None),
    "end_date_if_proof": ("Fin du préavis si justificatif", None),
    "departure_on": ("Date de départ", None),
    "exit_inventory_on": ("État des lieux de sortie le", None),
    "inventory_matches": ("État des lieux conforme à l'entrée", None),
    "inventory_scheduled_on": ("État des lieux prévu le", None),
    "keys_returned_on": ("Clés rendues le", None),
    "keys_return_mode": ("Remise des clés", KeyReturnMode),
    "deposit_due_on": ("Dépôt de garantie à restituer avant le", None),
    "deposit_returned_on": ("Dépôt de garantie restitué le", None),
    "exception": ("Décision", ExceptionKind),
    "kind": ("Décision", ExceptionKind),
    "decided_on": ("Décidée le", None),
    "decided_by": ("Décidée par", None),
    "reason": ("Motif", None),
    "new_departure_on": ("Nouvelle date de départ", None),
    "agreement_signed_on": ("Convention signée le", None),
    "recorded_at": ("Saisie le", None),
    "recorded_by": ("Saisie par", None),
}

_PLAN: dict[str, Field] = {
    "id": ("N° de l'accord", None),
    "plan_type": ("Type d'accord", PaymentPlanType),
    "status": ("Statut", PlanStatus),
    "debt": ("Dette (€)", None),
    "debt_on": ("Dette arrêtée au", None),
    "current_rent": ("Loyer ou indemnité d'occupation (€)", None),
    "current_charges": ("Charges (€)", None),
    "start_on": ("Première échéance à partir du", None),
    "months": ("Nombre d'échéances", None),
    "monthly": ("Mensualité (€)", None),
    "day": ("Jour d'échéance", None),
    "aid_body": ("Organisme payeur", None),
    "aid_reference": ("N° d'allocataire", None),
    "aid_to_landlord": ("Aide versée au bailleur", None),
    "aid_approved_on": ("Plan approuvé par l'organisme le", None),
    "fsl": ("FSL", None),
    "fsl_amount": ("Contribution du FSL (€)", None),
    "ccas": ("CCAS", None),
    "ccas_amount": ("Contribution du CCAS (€)", None),
    "landlord_signatory": ("Signataire pour le bailleur", None),
    "judgment_on": ("Jugement de résiliation du", None),
    "end_on": ("Fin du protocole", None),
    "new_lease_months": ("Nouveau bail dans un délai de (mois)", None),
    "avenant_signed_on": ("Avenant signé le", None),
    "avenant_end_on": ("Fin après l'avenant", None),
    "new_lease_due_on": ("Nouveau bail à signer avant le", None),
    "breach_missed": ("Défaillant à partir de (échéances impayées)", None),
    "breach_rent_unpaid": ("Défaillant dès qu'un loyer courant est impayé", None),
    "payments_cover_rent": ("Règlements imputés d'abord au loyer du mois", None),
    "grace_days": ("Délai de tolérance (jours)", None),
    "notes": ("Observations", None),
    "instalments": ("Échéance", None),
    "number": ("N° de l'échéance", None),
    "due_date": ("Date d'échéance", None),
    "due_on": ("À faire le", None),
    "amount": ("Montant (€)", None),
    "paid_on": ("Date du règlement", None),
    "reference": ("Référence", None),
    "source": ("Origine", None),
    "kind": ("Action", FollowUpKind),
    "done_on": ("Faite le", None),
    "channel": ("Mode", None),
    "outcome": ("Résultat", None),
    "automatic": ("Automatique", None),
    "detail": ("Détail", None),
    "reason": ("Motif", None),
    "on": ("Le", None),
}

_DOCUMENT: dict[str, Field] = {
    "reference": ("Référence", None),
    "dossier": ("N° du dossier", None),
    "lot": ("Lot", None),
    "modele": ("Modèle", None),
    "version": ("Version du modèle", None),
    "pdf": ("PDF", None),
    "signe": ("Signé électroniquement", None),
}

_CAMPAIGN: dict[str, Field] = {
    "appel": ("N° de l'appel", None),
    "etape": ("Étape", EscalationStep),
    "etape_appel": ("Étape de l'appel", EscalationStep),
    "etat": ("État", TargetState),
    "note": ("Note d'appel", None),
    "prochain_appel": ("Prochain appel", None),
    "resultat": ("Résultat", CallOutcome),
    "accord": ("Accord de la personne", None),
    "campagne": ("N° de la campagne", None),
    "fiche": ("N° de la fiche d'appel", None),
    "nom": ("Nom", None),
    "partenaire": ("Partenaire", PartnerType),
    "statut": ("Statut", ReferralStatus),
}

_AGENDA_ITEM: dict[str, Field] = {
    "kind": ("Nature", AgendaItemKind),
    "ground": ("Motif de l'examen", OccupationGround),
    "fewer_candidates_reason": ("Moins de trois candidats", FewerCandidatesReason),
    "household_id": ("N° du dossier", None),
    "dwelling_id": ("N° du logement", None),
    "position": ("Position", None),
    "reference": ("Référence", None),
    "address": ("Adresse", None),
    "postcode": ("Code postal", None),
    "commune": ("Commune", None),
    "dwelling_type": ("Type", None),
    "surface": ("Surface (m²)", None),
    "floor": ("Étage", None),
    "rent": ("Loyer (€)", None),
    "charges": ("Charges (€)", None),
    "funding": ("Financement", None),
    "contingent": ("Contingent", None),
    "accessibility": ("Accessibilité", None),
    "notes": ("Observations", None),
    "finding": ("Constat", None),
    "suitable_dwelling": ("Logement adapté", None),
    "advice": ("Avis", None),
}

#: The fields of each entity's snapshots (the entity as ``AuditEvent.entity`` holds it).
FIELDS: dict[str, dict[str, Field]] = {
    "dossier": _TENANT_FILE,
    "conge": _NOTICE,
    "plan": _PLAN,
    "document": _DOCUMENT,
    "campagne_fiche": _CAMPAIGN,
    "campagne_appel": _CAMPAIGN,
    "campagne_orientation": _CAMPAIGN,
    "caleol_point": _AGENDA_ITEM,
}

#: A payment's origin (``PlanPayment.source``).
_ORIGINS = {
    "SAISIE": "saisie",
    "IMPORT": "import du relevé comptable",
    **{c.value: f"versement du {c.label}" for c in Contributor},
}
_NOT_NUMBERS = ("version", "reference", "contract_number", "aid_reference")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DECIMAL = re.compile(r"-?\d+\.\d+")
_SEPARATOR = " › "


def _value(name: str, value: Any, kind: Any) -> str:
    if isinstance(value, bool):
        return "oui" if value else "non"
    if kind is not None:
        try:
            return str(kind(value).label)
        except (ValueError, KeyError):
            return str(value)
    if name == "source":
        return _ORIGINS.get(value, str(value))
    if name == "channel":
        return CHANNELS.get(value, str(value))
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return f"{dt.date.fromisoformat(value):%d/%m/%Y}"
        except ValueError:
            return value
    if isinstance(value, str) and _DECIMAL.fullmatch(value) and name not in _NOT_NUMBERS:
        return format_decimal_fr(Decimal(value), len(value.split(".")[1]))
    return str(value)


def _lines(fields: Mapping[str, Field], value: Any, prefix: str, out: list[str]) -> None:
    order = {name: rank for rank, name in enumerate(fields)}  # the fields' own order
    for name, item in sorted(value.items(), key=lambda kv: order.get(kv[0], len(order))):
        if item is None or item == "" or item == [] or item == {}:
            continue
        label, kind = fields.get(name, (name.replace("_", " ").capitalize(), None))
        if isinstance(item, dict):
            _lines(fields, item, prefix + label + _SEPARATOR, out)
        elif isinstance(item, list) and all(isinstance(x, dict) for x in item):
            for number, element in enumerate(item, 1):
                _lines(fields, element, f"{prefix}{label} {number}{_SEPARATOR}", out)
        elif isinstance(item, list) and all(isinstance(x, list) for x in item):
            for number, element in enumerate(item, 1):  # a schedule: number, date, amount
                shown = element[1:] if element[:1] == [number] else element
                values = ", ".join(_value("", x, None) for x in shown)
                out.append(f"{prefix}{label} {number} : {values}")
        elif isinstance(item, list):
            out.append(f"{prefix}{label} : {', '.join(_value(name, x, kind) for x in item)}")
        else:
            out.append(f"{prefix}{label} : {_value(name, item, kind)}")


def readable(entity: str, snapshot: Any) -> str:
    """An audit snapshot (``before``/``after``, already decrypted) as lines of text a
    tenant reads; empty fields are left out. A field this module does not name keeps
    its stored name, its words spaced."""
    if snapshot is None:
        return ""
    if not isinstance(snapshot, dict):
        return str(snapshot)
    out: list[str] = []
    _lines(FIELDS.get(entity, {}), snapshot, "", out)
    return "\n".join(out)
