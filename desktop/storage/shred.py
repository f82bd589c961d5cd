"""Crypto-shredding of the audit trail's personal data (erasure that erases).

The snapshots (before/after) of audit events about a household's records are stored
encrypted with a key of that household (Fernet: AES-128-CBC and HMAC-SHA256, from the
``cryptography`` package). The retention purge deletes the key: the snapshots become
unreadable noise for everyone, while the events (who, when, what, on which record)
and the hash chain, computed over the ciphertext, stay verifiable.

Which household an event is about comes from its entity (``is_household``,
``household_source``). The snapshots about a CALEOL candidature are encrypted the same
way with a key of the candidature (``caleol_candidate_key``, ``is_candidate``,
``candidate_source``), deleted by its purge.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import ColumnElement, FromClause, Table

MARK = "chiffre"  # the key of an encrypted snapshot
ERASED = {"efface": "données personnelles effacées (durée de conservation échue)"}
# What a snapshot reads as when its key is gone while its household or candidature was
# never anonymised by the purge (the key deleted or replaced by hand: SQLite file, SQL).
LOST = {
    "efface": "données illisibles : la clé de ce journal a été supprimée ou remplacée "
    "hors de Parcours, sans purge (prévenez l'administrateur)"
}


def _tables() -> dict[str, tuple[Table, ...]]:
    from desktop.storage.caleol_models import AgendaItem
    from desktop.storage.campaign_models import (
        CampaignCall,
        CampaignReferral,
        CampaignTarget,
    )
    from desktop.storage.models import DocumentRecord, Notice, PaymentPlan

    return {
        "conge": (Notice.__table__,),
        "plan": (PaymentPlan.__table__,),
        "document": (DocumentRecord.__table__,),
        "campagne_fiche": (CampaignTarget.__table__,),
        "campagne_appel": (CampaignCall.__table__, CampaignTarget.__table__),
        "campagne_orientation": (CampaignReferral.__table__, CampaignTarget.__table__),
        "caleol_point": (AgendaItem.__table__,),
    }


# Where an audit event's record names its owner: (the record's id column, the owner's
# id column, the table or join that holds both).
Source = tuple[ColumnElement[int], ColumnElement[Any], FromClause]


def household_source(entity: str) -> Source | None:
    """Where the household of an audit event's record is read, for the entities whose
    records belong to a household through a table (``"dossier"``: its id is the
    household's); None for the others."""
    tables = _tables().get(entity)
    if tables is None:
        return None
    if len(tables) == 1:
        t = tables[0]
        return t.c.id, t.c.household_id, t
    t, target = tables
    return t.c.id, target.c.household_id, t.join(target, target.c.id == t.c.target_id)


def is_household(entity: str) -> bool:
    """True when an audit event's id is its household's."""
    return entity == "dossier"


# Audit entities about a CALEOL candidature: the id is the candidate's, or (refusals of
# an offer) a row whose ``candidate_id`` names it.
CANDIDATE_ENTITIES = ("caleol_candidat", "cotation_candidat")
CANDIDATE_REFUSAL = "cotation_refus"
# The key of an encrypted snapshot naming its owner: a household, or a candidature.
OWNER_HOUSEHOLD = "foyer"
OWNER_CANDIDATE = "candidat"


def candidate_source(entity: str) -> Source | None:
    """Where the CALEOL candidature of an audit event's record is read (refusals of an
    offer); None for the others."""
    if entity != CANDIDATE_REFUSAL:
        return None
    from desktop.storage.cotation_models import AdaptedRefusal

    t = AdaptedRefusal.__table__
    return t.c.id, t.c.candidate_id, t


def is_candidate(entity: str) -> bool:
    """True when an audit event's id is its CALEOL candidature's."""
    return entity in CANDIDATE_ENTITIES


def new_key() -> str:
    from cryptography.fernet import Fernet

    return Fernet.generate_key().decode("ascii")


# Keys of snapshots that only describe the action (which permission was refused, which
# parts were read, the counts and ids a purge or an export touched): kept in clear so
# that the trail stays legible after erasure. Everything else is encrypted.
CLEAR_KEYS = frozenset(
    {
        "action",
        "permission",
        "motif",
        "parties",
        "source",
        "echecs",
        "regle",
        "clos_le",
        "echeance",
        "duree_mois",
        "fiches_campagne",
        "appels_campagne",
        "examens_occupation",
        "conges",
        "accords",
        "courriers",
        "orientations",
        "campagnes",
        "notes_appel",
        "feuilles",
        "par",
        "lignes",
        "premier",
        "dossier",
        "fiche",
        "campagne",
        "seance",
        "commission",
        "empreintes",  # a document's SHA-256 (services/document_records.DIGESTS)
        "candidatures",
        "refus",
    }
)


def has_secret(value: Any) -> bool:
    """True when ``value`` holds something ``encrypt`` would encrypt."""
    if value is None:
        return False
    if isinstance(value, dict):
        return any(k not in CLEAR_KEYS for k in value)
    return True


def encrypt(key: str, household_id: int, value: Any, owner: str = OWNER_HOUSEHOLD) -> Any:
    """``value`` with its personal part encrypted (``CLEAR_KEYS`` of a dict stay)."""
    if value is None:
        return None
    if isinstance(value, dict):
        clear = {k: v for k, v in value.items() if k in CLEAR_KEYS}
        secret = {k: v for k, v in value.items() if k not in CLEAR_KEYS}
        if not secret:
            return value
    else:
        clear, secret = {}, value
    from cryptography.fernet import Fernet

    token = Fernet(key.encode("ascii")).encrypt(
        json.dumps(secret, ensure_ascii=False, sort_keys=True).encode("utf-8")
    )
    return {**clear, MARK: "fernet", owner: household_id, "donnees": token.decode("ascii")}


def is_encrypted(value: Any) -> bool:
    return isinstance(value, dict) and MARK in value and "donnees" in value


def decrypt(key: str | None, value: Any, erased: Callable[[], dict] = lambda: ERASED) -> Any:
    """The snapshot in clear; ``erased()`` (``ERASED``) when its household's key is
    destroyed."""
    if not is_encrypted(value):
        return value
    clear = {
        k: v
        for k, v in value.items()
        if k not in (MARK, OWNER_HOUSEHOLD, OWNER_CANDIDATE, "donnees")
    }
    if key is None:
        return {**clear, **erased()}
    from cryptography.fernet import Fernet, InvalidToken

    try:
        secret = json.loads(Fernet(key.encode("ascii")).decrypt(value["donnees"].encode("ascii")))
    except (InvalidToken, ValueError):
        return {**clear, **erased()}
    return {**clear, **secret} if isinstance(secret, dict) else secret
