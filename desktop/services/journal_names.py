"""The records an audit event's ids stand for, named for the « Journal d'audit »: the
object of the event and the ids its snapshots hold read « Mme DUPONT Claire (n° 8) »,
« séance 2026-12 du 07/12/2026 (n° 1) » instead of « 8 », « 1 ».

Read for a page of events at once: one query per kind of record. A record keeps its
bare id when its row is gone, when the reader's role may not see its kind (a tenant
file of another agency, a CALEOL candidature without a CALEOL right), and a person the
retention purge anonymised is never named (« dossier anonymisé (n° 12) »): the name
the row holds is the purge's placeholder, or one a hand set the mark on without the
purge (``retention._not_purged``), not to be shown either way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import null, select
from sqlalchemy.orm import Session

from desktop.domain.roles import Permission
from desktop.domain.schedule import PaymentPlanType
from desktop.domain.text import surname_caps
from desktop.services.context import Actor
from desktop.storage.caleol_models import AgendaItem, Candidate, Commission, Member
from desktop.storage.caleol_models import Session as CaleolSession
from desktop.storage.campaign_models import (
    Campaign,
    CampaignCall,
    CampaignReferral,
    CampaignTarget,
)
from desktop.storage.cotation_models import CotationGrid
from desktop.storage.models import (
    Agency,
    AppUser,
    DocumentRecord,
    Dwelling,
    Household,
    Notice,
    PaymentPlan,
)

# The kinds of records an id may stand for.
HOUSEHOLD = "dossier"
MEMBER = "membre"
CANDIDATE = "candidature"
SESSION = "seance"
COMMISSION = "commission"
ITEM = "point"
AGENCY = "agence"
ACCOUNT = "compte"
CAMPAIGN = "campagne"
TARGET = "fiche"
CALL = "appel"
REFERRAL = "orientation"
DWELLING = "logement"
PLAN = "accord"
NOTICE = "conge"
GRID = "grille"
DOCUMENT = "document"

#: The record an event is about (``AuditEvent.entity_id``), by entity.
OBJECTS: dict[str, str] = {
    "dossier": HOUSEHOLD,
    "caleol_membre": MEMBER,
    "caleol_candidat": CANDIDATE,
    "cotation_candidat": CANDIDATE,
    "caleol_seance": SESSION,
    "caleol_commission": COMMISSION,
    "caleol_point": ITEM,
    "agence": AGENCY,
    "compte": ACCOUNT,
    "campagne": CAMPAIGN,
    "campagne_fiche": TARGET,
    "campagne_appel": CALL,
    "campagne_orientation": REFERRAL,
    "plan": PLAN,
    "conge": NOTICE,
    "cotation_grille": GRID,
    "document": DOCUMENT,
}

#: The snapshots' fields holding the id of a record, whatever the entity.
_FIELDS: dict[str, str] = {
    "household_id": HOUSEHOLD,
    "member_id": MEMBER,
    "giver_id": MEMBER,
    "holder_id": MEMBER,
    "acting_president_id": MEMBER,
    "substitute_of_id": MEMBER,
    "candidate_id": CANDIDATE,
    "commission_id": COMMISSION,
    "agenda_item_id": ITEM,
    "item_id": ITEM,
    "agency_id": AGENCY,
    "app_user_id": ACCOUNT,
    "dwelling_id": DWELLING,
    "plan_id": PLAN,
    "notice_id": NOTICE,
    "grid_id": GRID,
}
_CAMPAIGN_FIELDS = {"campagne": CAMPAIGN, "fiche": TARGET, "appel": CALL, "dossier": HOUSEHOLD}
_CANDIDATE_FIELDS = {"seance": SESSION, "candidat": CANDIDATE, "caleol_candidat": CANDIDATE}
_SESSION_FIELDS = {"seance": SESSION, "membre": MEMBER, "document": DOCUMENT}

#: The fields whose record depends on the entity (a minutes' « membre » is an id, or
#: a name: only a whole number is read as an id).
_ENTITY_FIELDS: dict[str, dict[str, str]] = {
    "dossier": {"seance": SESSION},
    "document": {"dossier": HOUSEHOLD, "caleol_candidat": CANDIDATE},
    "caleol_candidat": _CANDIDATE_FIELDS,
    "cotation_candidat": _CANDIDATE_FIELDS,
    "cotation_refus": _CANDIDATE_FIELDS,
    "caleol_message": _SESSION_FIELDS,
    "caleol_pv": _SESSION_FIELDS,
    "campagne_fiche": _CAMPAIGN_FIELDS,
    "campagne_appel": _CAMPAIGN_FIELDS,
    "campagne_orientation": _CAMPAIGN_FIELDS,
}


def _kind_of(entity: str, name: str) -> str | None:
    return _ENTITY_FIELDS.get(entity, {}).get(name) or _FIELDS.get(name)


def _is_id(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def named(name: str, number: int) -> str:
    """« Mme DUPONT Claire (n° 8) », the number never on a line of its own."""
    return f"{name} (n°\u00a0{number})"


@dataclass(frozen=True)
class Names:
    """The names of the records a page of events names, by (kind, id)."""

    known: dict[tuple[str, int], str] = field(default_factory=dict)

    def object_name(self, entity: str, entity_id: int | None) -> str:
        """The name of the event's object (« JULIEN Jessica »), or nothing."""
        if entity_id is None:
            return ""
        return self.known.get((OBJECTS.get(entity, ""), entity_id), "")

    def of_object(self, entity: str, entity_id: int | None) -> str:
        """The event's object: « JULIEN Jessica (n° 12) », its bare id, or nothing."""
        if entity_id is None:
            return ""
        name = self.object_name(entity, entity_id)
        return named(name, entity_id) if name else str(entity_id)

    def in_snapshot(self, entity: str) -> Callable[[str, Any], str | None]:
        """For ``person_audit.readable``: a field's value named, or ``None`` (as stored)."""

        def name_of(key: str, value: Any) -> str | None:
            kind = _kind_of(entity, key)
            if kind is None or not _is_id(value):
                return None
            name = self.known.get((kind, value))
            return None if name is None else named(name, value)

        return name_of


def _ids_in(entity: str, snapshot: Any, out: dict[str, set[int]]) -> None:
    if isinstance(snapshot, dict):
        for key, value in snapshot.items():
            kind = _kind_of(entity, key)
            if kind is not None and _is_id(value):
                out.setdefault(kind, set()).add(value)
            elif isinstance(value, dict | list):
                _ids_in(entity, value, out)
    elif isinstance(snapshot, list):
        for element in snapshot:
            _ids_in(entity, element, out)


# --------------------------------------------------------------------------- the kinds

Loader = Callable[[Session, Actor, list[int]], dict[int, str | None]]


def _caleol_reader(actor: Actor) -> bool:
    """The roles that see the CALEOL's members, sessions and candidatures."""
    return actor.can(Permission.CALEOL_MINUTES_READ) or actor.can(Permission.CALEOL_MANAGE)


def _person(civility: str, last_name: str, first_name: str) -> str:
    """« Mme DUPONT Claire », as the lists name the tenants."""
    return " ".join(p for p in (civility, surname_caps(last_name), first_name) if p)


def _household_name(actor: Actor, name: str, agency_id: int | None, anonymised: Any) -> str | None:
    if anonymised is not None:
        return "dossier anonymisé"
    return name if actor.covers_agency(agency_id) else None


def _households(session: Session, actor: Actor, ids: list[int]) -> dict[int, str | None]:
    if not actor.can(Permission.TENANT_READ):
        return {}
    h = Household
    rows = session.execute(
        select(h.id, h.display_name, h.agency_id, h.anonymised_on).where(h.id.in_(ids))
    )
    return {i: _household_name(actor, name, a, anon) for i, name, a, anon in rows}


def _of_households(
    model: Any, kind: Any = None, label: Callable[[Any], str] = str, *, by_target: bool = False
) -> Loader:
    """A kind named by its household (a campaign's call sheet, a notice; a plan, after
    its ``kind``'s ``label``; a call or a referral, ``by_target``: its call sheet's):
    never one of another agency, nor one the purge anonymised."""

    def load(session: Session, actor: Actor, ids: list[int]) -> dict[int, str | None]:
        if not actor.can(Permission.TENANT_READ):
            return {}
        h, t = Household, CampaignTarget
        stmt = select(
            model.id, h.display_name, h.agency_id, h.anonymised_on, null() if kind is None else kind
        )
        if by_target:
            stmt = stmt.join(t, t.id == model.target_id).join(h, h.id == t.household_id)
        else:
            stmt = stmt.join(h, h.id == model.household_id)
        rows = session.execute(stmt.where(model.id.in_(ids)))
        out: dict[int, str | None] = {}
        for i, name, agency_id, anonymised, what in rows:
            whose = _household_name(actor, name, agency_id, anonymised)
            out[i] = whose if what is None or whose is None else f"{label(what)}, {whose}"
        return out

    return load


def _plan_type(code: str) -> str:
    try:
        return str(PaymentPlanType(code).label)
    except ValueError:
        return code


def _members(session: Session, actor: Actor, ids: list[int]) -> dict[int, str | None]:
    if not _caleol_reader(actor):
        return {}
    m = Member
    rows = session.execute(select(m.id, m.civility, m.last_name, m.first_name).where(m.id.in_(ids)))
    return {i: _person(c, last, first) for i, c, last, first in rows}


def _candidates(session: Session, actor: Actor, ids: list[int]) -> dict[int, str | None]:
    if not _caleol_reader(actor):
        return {}
    c = Candidate
    rows = session.execute(
        select(c.id, c.civility, c.last_name, c.first_name, c.anonymised_on).where(c.id.in_(ids))
    )
    return {
        i: "candidature anonymisée" if anonymised is not None else _person(civ, last, first)
        for i, civ, last, first, anonymised in rows
    }


def _sessions(session: Session, actor: Actor, ids: list[int]) -> dict[int, str | None]:
    if not _caleol_reader(actor):
        return {}
    s = CaleolSession
    rows = session.execute(select(s.id, s.number, s.session_date).where(s.id.in_(ids)))
    return {i: f"séance {number} du {day:%d/%m/%Y}" for i, number, day in rows}


def _items(session: Session, actor: Actor, ids: list[int]) -> dict[int, str | None]:
    if not _caleol_reader(actor):
        return {}
    a = AgendaItem
    rows = session.execute(select(a.id, a.reference, a.address).where(a.id.in_(ids)))
    return {i: reference or address or None for i, reference, address in rows}


def _own_columns(model: Any, *columns: str, form: str = "{}") -> Loader:
    """A kind named by its own columns, in ``form`` (nothing personal: any reader of
    the journal)."""

    def load(session: Session, actor: Actor, ids: list[int]) -> dict[int, str | None]:
        rows = session.execute(
            select(model.id, *(getattr(model, c) for c in columns)).where(model.id.in_(ids))
        )
        return {i: form.format(*values) if values[0] else None for i, *values in rows}

    return load


_LOADERS: dict[str, Loader] = {
    HOUSEHOLD: _households,
    TARGET: _of_households(CampaignTarget),
    CALL: _of_households(CampaignCall, by_target=True),
    REFERRAL: _of_households(CampaignReferral, by_target=True),
    PLAN: _of_households(PaymentPlan, PaymentPlan.plan_type, _plan_type),
    NOTICE: _of_households(Notice),
    MEMBER: _members,
    CANDIDATE: _candidates,
    SESSION: _sessions,
    ITEM: _items,
    COMMISSION: _own_columns(Commission, "name"),
    AGENCY: _own_columns(Agency, "name"),
    ACCOUNT: _own_columns(AppUser, "username"),
    DWELLING: _own_columns(Dwelling, "reference"),
    DOCUMENT: _own_columns(DocumentRecord, "reference"),
    CAMPAIGN: _own_columns(Campaign, "name"),
    GRID: _own_columns(CotationGrid, "name", "version", form="{}, version {}"),
}
_CHUNK = 500  # ids in one IN list


def names_in(
    session: Session, actor: Actor, events: Iterable[tuple[str, int | None, Any, Any]]
) -> Names:
    """The names of the records these events (entity, entity_id, revealed before,
    revealed after) name, one query per kind (and per 500 ids)."""
    wanted: dict[str, set[int]] = {}
    for entity, entity_id, before, after in events:
        kind = OBJECTS.get(entity)
        if kind is not None and entity_id is not None:
            wanted.setdefault(kind, set()).add(entity_id)
        _ids_in(entity, before, wanted)
        _ids_in(entity, after, wanted)
    known: dict[tuple[str, int], str] = {}
    for kind, ids in wanted.items():
        ordered = sorted(ids)
        for start in range(0, len(ordered), _CHUNK):
            found = _LOADERS[kind](session, actor, ordered[start : start + _CHUNK])
            known.update({(kind, i): name for i, name in found.items() if name})
    return Names(known)
