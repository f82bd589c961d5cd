"""The audit trail's snapshots as a tenant reads them in the access-request workbook
(``person_export``): one line a field, « Logement › Adresse : 12 rue des Lilas »,
with French field names, dates ``14/03/1950``, amounts ``412,50``, ``oui``/``non`` and
codes by their French labels, instead of the stored JSON with its English keys.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any

from desktop.domain.caleol import AgendaItemKind, FewerCandidatesReason, OccupationGround
from desktop.domain.campaign import (
    CallOutcome,
    CampaignStatus,
    EscalationStep,
    PartnerType,
    ReferralStatus,
    TargetState,
)
from desktop.domain.formatting import format_datetime_fr, format_decimal_fr
from desktop.domain.plans import CHANNELS, Contributor
from desktop.domain.roles import ROLE_LABELS
from desktop.services.journal_terms import ANONYMISATION, CALEOL, REFUSAL, others
from desktop.services.plans.core import SOURCE_IMPORT, SOURCE_MANUAL

if TYPE_CHECKING:  # the names are read from the storage, for the journal only
    from desktop.services.journal_names import Names

#: A field of a snapshot: its French name, and the enumeration its codes belong to
#: (``None``: a plain value).
Field = tuple[str, Any]


def vocabulary(*sheets: Any, **extra: Field) -> dict[str, Field]:
    """The fields of a snapshot named as the access-request sheets showing the same
    attributes name them (``person_export._Columns``: their headers, and the
    enumerations of their coded columns), a later sheet's name winning, then the
    snapshot's own fields ``extra``."""
    out: dict[str, Field] = {}
    for sheet in sheets:
        out.update(
            {name: (header, sheet.labels.get(name)) for name, header in sheet.headers.items()}
        )
    out.update(extra)
    return out


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

# The journal's frequent snapshots no access-request workbook shows.
_CAMPAIGN_TERMS: dict[str, Field] = {
    "name": ("Nom", None),
    "purpose": ("Objet", None),
    "status": ("Statut", CampaignStatus),
    "target_query_name": ("Recherche ciblée", None),
    "target_filters": ("Critères", None),
    "start_on": ("Début", None),
    "planned_end_on": ("Fin prévue", None),
    "agency_id": ("N° de l'agence", None),
    "script": ("Questions", None),
    "fiches": ("Fiches", None),
    "sans_numero": ("Fiches sans numéro", None),
    "attribuees": ("Fiches attribuées", None),
    "filtres": ("Critères", None),
}

# A saved search's (``saved_queries``: « recherche ») and a campaign's target: the
# tenant list's filters, as its screen names them.
_SEARCH: dict[str, Field] = {
    "name": ("Nom", None),
    "query": ("Recherche", None),
    "text": ("Texte recherché", None),
    "agency_id": ("N° de l'agence", None),
    "status": ("Statut des dossiers", None),
    "senior_only": ("Plus de 70 ans seulement", None),
    "arrears_only": ("En impayé seulement", None),
    "sort": ("Tri", None),
    "descending": ("Ordre décroissant", None),
    "criteria": ("Critères", None),
    "min_age": ("Âge minimal", None),
    "isolated_only": ("Personnes isolées seulement", None),
    "disability_only": ("Personnes handicapées seulement", None),
}

_ACCOUNT: dict[str, Field] = {
    "username": ("Identifiant", None),
    "full_name": ("Nom complet", None),
    "role": ("Rôle", {role.value: label for role, label in ROLE_LABELS.items()}),
    "agency_id": ("N° de l'agence", None),
    "active": ("Actif", None),
    "os_login": ("Session Windows", None),
    "sceau": ("Sceau", None),
}

#: What a snapshot whose personal data the purge erased reads as (``shred.ERASED``).
_ERASURE: dict[str, Field] = {"efface": ("Effacement", None)}

#: Every entity's: an erased snapshot, a refused access.
_COMMON: dict[str, Field] = {**_ERASURE, **REFUSAL}

_AGENCY: dict[str, Field] = {
    "code": ("Code", None),
    "name": ("Nom", None),
    "city": ("Commune", None),
}

#: The fields of the snapshots no access-request sheet shows by attribute (by entity,
#: as ``AuditEvent.entity`` holds it); ``person_export`` adds the others.
FIELDS: dict[str, dict[str, Field]] = {
    "document": _DOCUMENT,
    "campagne_fiche": _CAMPAIGN,
    "campagne_appel": _CAMPAIGN,
    "campagne_orientation": _CAMPAIGN,
    "caleol_point": _AGENDA_ITEM,
}

#: A payment's origin (``PlanPayment.source``), mid-sentence; the payments sheet shows
#: it with a capital.
PAYMENT_ORIGINS = {
    SOURCE_MANUAL: "saisie",
    SOURCE_IMPORT: "import du relevé comptable",
    **{c.value: f"versement du {c.label}" for c in Contributor},
}
_NOT_NUMBERS = ("version", "reference", "contract_number", "aid_reference")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?")
_DECIMAL = re.compile(r"-?\d+\.\d+")
_SEPARATOR = " › "


def _value(name: str, value: Any, kind: Any) -> str:
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(kind, Mapping):  # codes and their labels
        return str(kind.get(value, value))
    if kind is not None:
        try:
            return str(kind(value).label)
        except (ValueError, KeyError):
            return str(value)
    if name == "source":
        return PAYMENT_ORIGINS.get(value, str(value))
    if name == "channel":
        return CHANNELS.get(value, str(value))
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return f"{dt.date.fromisoformat(value):%d/%m/%Y}"
        except ValueError:
            return value
    if isinstance(value, str) and _ISO_MOMENT.fullmatch(value):  # stored naive UTC
        try:
            return format_datetime_fr(dt.datetime.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(value, str) and _DECIMAL.fullmatch(value) and name not in _NOT_NUMBERS:
        return format_decimal_fr(Decimal(value), len(value.split(".")[1]))
    return str(value)


#: A field's value as the record it names (« Mme DUPONT Claire (n° 8) »), or ``None``.
Namer = Callable[[str, Any], str | None]


def _no_names(name: str, value: Any) -> str | None:
    return None


_NUMBER_OF = re.compile(r"^N° (?:du |de la |de l'|des )")
_NUMBER_AFTER = re.compile(r" (?:\(n° [^)]*\)|n°)$")


def _unnumbered(label: str) -> str:
    """A field holding an id, named by what it stands for: « N° du membre » reads
    « Membre », « Pouvoir donné par (n° du membre) » « Pouvoir donné par »."""
    bare = _NUMBER_AFTER.sub("", _NUMBER_OF.sub("", label))
    return bare[:1].upper() + bare[1:]


def _lines(
    fields: Mapping[str, Field],
    value: Any,
    prefix: str,
    out: list[str],
    empty: str | None,
    named: Namer = _no_names,
) -> None:
    order = {name: rank for rank, name in enumerate(fields)}  # the fields' own order
    for name, item in sorted(value.items(), key=lambda kv: order.get(kv[0], len(order))):
        spaced = name if name.isupper() else name.replace("_", " ").capitalize()  # a code
        label, kind = fields.get(name, (spaced, None))
        if item is None or item == "" or item == [] or item == {}:
            if empty is not None:
                out.append(f"{prefix}{label} : {empty}")
        elif isinstance(item, dict):
            _lines(fields, item, prefix + label + _SEPARATOR, out, empty, named)
        elif isinstance(item, list) and all(isinstance(x, dict) for x in item):
            for number, element in enumerate(item, 1):
                _lines(fields, element, f"{prefix}{label} {number}{_SEPARATOR}", out, empty, named)
        elif isinstance(item, list) and all(isinstance(x, list) for x in item):
            for number, element in enumerate(item, 1):  # a schedule: number, date, amount
                shown = element[1:] if element[:1] == [number] else element
                values = ", ".join(_value("", x, None) for x in shown)
                out.append(f"{prefix}{label} {number} : {values}")
        elif isinstance(item, list):
            out.append(f"{prefix}{label} : {', '.join(_value(name, x, kind) for x in item)}")
        elif (record := named(name, item)) is not None:  # the id's record, named
            out.append(f"{prefix}{_unnumbered(label)} : {record}")
        else:
            out.append(f"{prefix}{label} : {_value(name, item, kind)}")


def readable(
    fields: Mapping[str, Field],
    snapshot: Any,
    separator: str = "\n",
    empty: str | None = None,
    named: Namer = _no_names,
) -> str:
    """An audit snapshot (``before``/``after``, already decrypted) as lines of text a
    tenant reads, its fields named by ``fields``, joined by ``separator``; empty fields
    are left out, or shown as ``empty`` when given. A field ``fields`` does not name
    keeps its stored name, its words spaced; an id ``named`` names reads as its record."""
    if snapshot is None:
        return ""
    if not isinstance(snapshot, dict):
        return str(snapshot)
    out: list[str] = []
    _lines(fields, snapshot, "", out, empty, named)
    return separator.join(out)


@cache
def journal_fields() -> dict[str, dict[str, Field]]:
    """The fields of every snapshot an access-request workbook names (by entity): the
    tenant file's records and the applicant's; the « Journal d'audit » reads all the
    snapshots with them (an entity or field they do not name: its stored name)."""
    from desktop.services import applicant_export, person_export

    search = {**_SEARCH, "status": ("Statut des dossiers", person_export.FILE_STATUS)}
    named = {
        **person_export.audit_fields(),
        **applicant_export.audit_fields(),
        "campagne": {**search, **_CAMPAIGN_TERMS},
        "recherche": search,
        "base": {"households": ("Ménages générés", None)},
        "compte": _ACCOUNT,
        "agence": _AGENCY,
        **CALEOL,
        **others(),
    }
    for entity in ("dossier", "caleol_candidat"):  # the purge's anonymisation
        named[entity] = {**ANONYMISATION, **named[entity]}
    return {entity: {**_COMMON, **fields} for entity, fields in named.items()}


def journal_text(
    entity: str, snapshot: Any, separator: str = " ; ", names: Names | None = None
) -> str:
    """An audit snapshot as the « Journal d'audit » shows it, on one line:
    « Étape : Appel ; État : À appeler », an empty field « — »; with ``separator``
    ``"\\n"``, one line a field (the whole text, where a cell cuts it short). The ids
    of the records ``names`` names read « Mme DUPONT Claire (n° 8) »."""
    named = _no_names if names is None else names.in_snapshot(entity)
    return readable(journal_fields().get(entity, _COMMON), snapshot, separator, "—", named)
