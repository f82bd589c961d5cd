"""The audit trail: who did what, when, with the state before and after."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import ntpath
import os
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, bindparam, insert, select, update
from sqlalchemy import event as sa_event
from sqlalchemy.orm import Session

from desktop.domain.errors import UserError
from desktop.domain.formatting import format_datetime_fr
from desktop.services.context import Actor, now
from desktop.storage.chain import GENESIS, event_hash
from desktop.storage.models import AuditChainHead, AuditEvent


def to_jsonable(value: Any) -> Any:
    """Plain JSON for audit snapshots: Decimal, dates and times of day as strings."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat(timespec="minutes")
    if isinstance(value, enum.Enum):
        return value.value
    return value


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: int | None,
    before: Any = None,
    after: Any = None,
) -> AuditEvent:
    """Queue an audit event in ``session``'s transaction.

    The event is written when the transaction commits, chained then (``_seal``): the
    chain head is locked only for that moment, after every other write of the
    transaction, so appends are serialised without holding the lock during the work.
    """
    event = AuditEvent(
        at=now(),
        actor=actor.username,
        action=action,
        entity=entity,
        entity_id=entity_id,
        before=to_jsonable(before),
        after=to_jsonable(after),
    )
    session.info.setdefault(_PENDING, []).append(event)
    return event


_PENDING = "parcours_audit_pending"


# The chain head moved by one transaction: its rank up by the events it appends
# (locking the row until the commit), then its hash to the last one's. Built once: a
# statement built per write costs more than its round trip on SQLite.
_HEAD = AuditChainHead.__table__
_ADVANCE = (
    update(_HEAD)
    .where(_HEAD.c.id == 1)
    .values(seq=_HEAD.c.seq + bindparam("events", type_=BigInteger))
    .returning(_HEAD.c.seq, _HEAD.c.last_hash)
)
_LINK = update(_HEAD).where(_HEAD.c.id == 1).values(last_hash=bindparam("last"))
_EVENTS = AuditEvent.__table__
_APPEND = insert(_EVENTS)
_CHAINED = ("at", "actor", "action", "entity", "entity_id", "before", "after")


@sa_event.listens_for(Session, "before_commit")
def _seal(session: Session) -> None:
    """Chain and insert the transaction's queued events (see ``storage/chain.py``):
    the snapshots encrypted (``_encrypt_personal``: one read per kind of record for
    their owners and keys), then three statements whatever the number of events: the
    head moved up (``UPDATE ... RETURNING`` the previous rank and hash: the lock),
    the events inserted, the head's hash set to the last one's (which the server's
    guard checks against the event now at that rank)."""
    pending = session.info.pop(_PENDING, None)
    if not pending:
        return
    session.flush()  # the transaction's own writes first: the head is locked last
    _encrypt_personal(session, pending)
    head = session.execute(_ADVANCE, {"events": len(pending)}).first()
    if head is None:  # a base whose head row was removed: start again after the last
        last = session.execute(
            select(AuditEvent.seq, AuditEvent.hash)
            .where(AuditEvent.seq.is_not(None))
            .order_by(AuditEvent.seq.desc())
            .limit(1)
        ).first()
        start, prev = (last[0], last[1]) if last else (0, GENESIS)
        session.add(AuditChainHead(id=1, seq=start + len(pending), last_hash=prev))
        session.flush()
        end = start + len(pending)
    else:
        end, prev = int(head[0]), head[1]
    seq = end - len(pending)
    rows = []
    for ev in pending:
        seq += 1
        ev.seq, ev.prev_hash = seq, prev
        ev.hash = prev = event_hash(
            seq,
            ev.at,
            ev.actor,
            ev.action,
            ev.entity,
            ev.entity_id,
            ev.before,
            ev.after,
            ev.prev_hash,
        )
        row = {name: getattr(ev, name) for name in _CHAINED}
        rows.append({**row, "seq": ev.seq, "prev_hash": ev.prev_hash, "hash": ev.hash})
    session.execute(_APPEND, rows)
    session.execute(_LINK, {"last": prev})


# The reads of the sealing, built once each (``_read``): a statement built per write
# costs more than its round trip on SQLite. ``:ids``: the ids in ``IN (...)``.
_READS: dict[tuple, Any] = {}
_IDS = "ids"


def _read(key: tuple, build) -> Any:
    stmt = _READS.get(key)
    if stmt is None:
        stmt = _READS[key] = build(bindparam(_IDS, expanding=True))
    return stmt


def _keys_of(session: Session, model: Any, column: str, ids: list[int]) -> dict[int, str]:
    """The shredding keys of these households or candidatures (those that have one)."""
    owner = getattr(model, column)
    stmt = _read(("keys", model), lambda ids: select(owner, model.key).where(owner.in_(ids)))
    return dict(session.execute(stmt, {_IDS: ids}).tuples().all())


def _owner_kinds() -> list[tuple[str, Any, str, Any, Any, Any]]:
    """Who owns the personal data of a snapshot, and their keys: (the encrypted
    snapshot's owner label, the key table, its id column, whether an event's id is
    the owner's, where the owner of another event's record is read, the owners among
    some ids that may still get a key). A household, or a CALEOL candidature (none
    once anonymised; one withdrawn from the agenda keeps its key until the purge)."""
    from desktop.storage import shred
    from desktop.storage.caleol_models import Candidate, CandidateKey
    from desktop.storage.models import Household, HouseholdKey

    def live_households(session: Session, ids: list[int]) -> set[int]:
        stmt = _read(
            ("live", Household),
            lambda ids: select(Household.id).where(
                Household.id.in_(ids), Household.anonymised_on.is_(None)
            ),
        )
        return set(session.scalars(stmt, {_IDS: ids}))

    def live_candidates(session: Session, ids: list[int]) -> set[int]:
        stmt = _read(
            ("gone", Candidate),
            lambda ids: select(Candidate.id).where(
                Candidate.id.in_(ids), Candidate.anonymised_on.is_not(None)
            ),
        )
        return set(ids) - set(session.scalars(stmt, {_IDS: ids}))

    return [
        (
            shred.OWNER_HOUSEHOLD,
            HouseholdKey,
            "household_id",
            shred.is_household,
            shred.household_source,
            live_households,
        ),
        (
            shred.OWNER_CANDIDATE,
            CandidateKey,
            "candidate_id",
            shred.is_candidate,
            shred.candidate_source,
            live_candidates,
        ),
    ]


_CHUNK = 500  # ids in one IN (...)


def _chunks(ids: list[int]) -> list[list[int]]:
    return [ids[start : start + _CHUNK] for start in range(0, len(ids), _CHUNK)]


def _owners_read(model: Any, column: str, entity: str, source_of) -> Any:
    """The owners of ``entity``'s records (``:ids``) and their keys, in one query."""

    def build(ids):
        record_id, owner_id, records = source_of(entity)
        return (
            select(record_id, owner_id, model.key)
            .select_from(records)
            .outerjoin(model, getattr(model, column) == owner_id)
            .where(record_id.in_(ids))
        )

    return _read(("owners", model, entity), build)


def _encrypt_personal(session: Session, pending: list[AuditEvent]) -> None:
    """Snapshots about a household's records, or a CALEOL candidature's, encrypted with
    its key (created on first use); none for an anonymised one, whose key is gone for
    good. The owners of the records and their keys are read together, once per kind
    of record (a call sheet's household and its key: one query)."""
    from desktop.storage import shred

    left = [ev for ev in pending if shred.has_secret(ev.before) or shred.has_secret(ev.after)]
    for label, model, column, is_owner, source_of, live_of in _owner_kinds():
        owners: list[tuple[AuditEvent, int]] = []
        keys: dict[int, str] = {}
        looked: set[int] = set()  # owners whose key was looked for
        by_entity: dict[str, list[tuple[AuditEvent, int]]] = {}
        for ev in left:
            if ev.entity_id is None:
                continue
            if is_owner(ev.entity):
                owners.append((ev, ev.entity_id))
            elif source_of(ev.entity) is not None:
                by_entity.setdefault(ev.entity, []).append((ev, ev.entity_id))
        for entity, events in by_entity.items():
            stmt = _owners_read(model, column, entity, source_of)
            owner_of: dict[int, int] = {}
            for chunk in _chunks(sorted({eid for _, eid in events})):
                for rid, oid, key in session.execute(stmt, {_IDS: chunk}):
                    if oid is not None:
                        owner_of[rid] = oid
                        looked.add(oid)
                        if key is not None:
                            keys[oid] = key
            owners += [(ev, owner_of[eid]) for ev, eid in events if eid in owner_of]
        if owners:
            unknown = sorted({oid for _, oid in owners} - looked)
            for chunk in _chunks(unknown):
                keys.update(_keys_of(session, model, column, chunk))
            _encrypt_owned(session, owners, keys, label, model, column, live_of)
        done = {id(ev) for ev, _ in owners}
        left = [ev for ev in left if id(ev) not in done]


def _encrypt_owned(
    session: Session, owners, keys: dict[int, str], label: str, model, column: str, live_of
) -> None:
    """Encrypt the owners' snapshots with ``keys``; a live owner without one gets it
    first."""
    from desktop.storage import shred

    missing = sorted({oid for _, oid in owners if oid not in keys})
    live: set[int] = set()
    for chunk in _chunks(missing):
        live.update(live_of(session, chunk))
    missing = [oid for oid in missing if oid in live]
    if missing:
        # Two workstations may create the same key at once: the second keeps the first's.
        from sqlalchemy.dialects import postgresql, sqlite

        # The two dialects' INSERTs share ``on_conflict_do_nothing`` but not a type.
        insert_key: Any = (
            postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
        )
        owner = getattr(model, column)
        for chunk in _chunks(missing):
            made = session.execute(
                insert_key(model)
                .values(
                    [{column: oid, "key": shred.new_key(), "created_at": now()} for oid in chunk]
                )
                .on_conflict_do_nothing(index_elements=[column])
                .returning(owner, model.key)
            )
            keys.update(made.tuples().all())
            # The keys another workstation made first (not returned: not inserted).
            kept = [oid for oid in chunk if oid not in keys]
            if kept:
                keys.update(_keys_of(session, model, column, kept))
    for ev, oid in owners:
        key = keys.get(oid)
        if key is not None:
            ev.before = shred.encrypt(key, oid, ev.before, label)
            ev.after = shred.encrypt(key, oid, ev.after, label)


class Revealer:
    """Decrypts snapshots for reading, one key lookup per household. A snapshot whose
    key is gone reads « données personnelles effacées » (``shred.ERASED``) when the
    purge anonymised its household or candidature (the mark with the purge's event) or
    its row is gone; otherwise the key was deleted or replaced by hand (``shred.LOST``)."""

    def __init__(self, session: Session):
        self._session = session
        self._keys: dict[Any, str | None] = {}
        self._erased: dict[Any, dict] = {}

    def _gone(self, owner: tuple[str, Any]) -> dict:
        from desktop.storage import shred
        from desktop.storage.anonymised import purged
        from desktop.storage.caleol_models import Candidate
        from desktop.storage.models import Household

        if owner not in self._erased:
            model: type[Candidate] | type[Household] = Candidate if owner[0] == "c" else Household
            # None: the row itself is gone (deleted with its key), as good as purged.
            flag = self._session.scalar(select(purged(model)).where(model.id == owner[1]))
            self._erased[owner] = shred.ERASED if flag is None or flag else shred.LOST
        return self._erased[owner]

    def __call__(self, value: Any) -> Any:
        from desktop.storage import shred
        from desktop.storage.models import HouseholdKey

        if not shred.is_encrypted(value):
            return value
        if shred.OWNER_CANDIDATE in value:
            from desktop.storage.caleol_models import CandidateKey

            cid = value.get(shred.OWNER_CANDIDATE)
            if ("c", cid) not in self._keys:
                self._keys[("c", cid)] = self._session.scalar(
                    select(CandidateKey.key).where(CandidateKey.candidate_id == cid)
                )
            return shred.decrypt(self._keys[("c", cid)], value, lambda: self._gone(("c", cid)))
        hid = value.get("foyer")
        if hid not in self._keys:
            self._keys[hid] = self._session.scalar(
                select(HouseholdKey.key).where(HouseholdKey.household_id == hid)
            )
        return shred.decrypt(self._keys[hid], value, lambda: self._gone(("h", hid)))


@sa_event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop(_PENDING, None)


def events_for(session: Session, entity: str, entity_id: int) -> list[AuditEvent]:
    return list(
        session.scalars(
            select(AuditEvent)
            .where(AuditEvent.entity == entity, AuditEvent.entity_id == entity_id)
            .order_by(AuditEvent.id)
        )
    )


# --------------------------------------------------------------------------- reading
# The audit table is append-only: no service updates or deletes its rows, and the
# database refuses it (triggers, migration 0003).

from dataclasses import dataclass  # noqa: E402

from sqlalchemy import func  # noqa: E402

from desktop.domain.i18n import QT_TRANSLATE_NOOP, Forms, Message, counted  # noqa: E402
from desktop.domain.roles import Permission  # noqa: E402

REVIEW_ACTION = "examen"  # « Marquer comme examinées » (see ``mark_trail_examined``)
ENTITY_SERVER_TRAIL = "traces_serveur"
EXPORT_LIMIT = 200_000
_EXPORT_BATCH = 2000  # events read, and their records named, at once

# French names of the actions and entities, for the GUI and the exports.
ACTION_LABELS = {
    "create": QT_TRANSLATE_NOOP("messages", "création"),
    "update": QT_TRANSLATE_NOOP("messages", "modification"),
    "close": QT_TRANSLATE_NOOP("messages", "clôture"),
    "import": QT_TRANSLATE_NOOP("messages", "import"),
    "demo": QT_TRANSLATE_NOOP("messages", "base de démonstration"),
    "consultation": QT_TRANSLATE_NOOP("messages", "consultation de données sensibles"),
    "refus": QT_TRANSLATE_NOOP("messages", "action refusée"),
    "connexion": QT_TRANSLATE_NOOP("messages", "connexion"),
    "connexion_refusee": QT_TRANSLATE_NOOP("messages", "connexion refusée"),
    "verrouillage": QT_TRANSLATE_NOOP("messages", "verrouillage du compte"),
    "deverrouillage": QT_TRANSLATE_NOOP("messages", "déverrouillage du compte"),
    "mot_de_passe": QT_TRANSLATE_NOOP("messages", "changement de mot de passe"),
    "ecran_verrouille": QT_TRANSLATE_NOOP("messages", "verrouillage de l'écran (inactivité)"),
    "scellement": QT_TRANSLATE_NOOP(
        "messages", "scellement du compte (son état est contrôlé aux connexions suivantes)"
    ),
    "export": QT_TRANSLATE_NOOP("messages", "export"),
    "purge": QT_TRANSLATE_NOOP("messages", "purge (conservation des données)"),
    "anonymisation": QT_TRANSLATE_NOOP("messages", "anonymisation"),
    "sauvegarde": QT_TRANSLATE_NOOP("messages", "sauvegarde"),
    "restauration": QT_TRANSLATE_NOOP("messages", "restauration"),
    "delete": QT_TRANSLATE_NOOP("messages", "suppression"),
    "status": QT_TRANSLATE_NOOP("messages", "changement de statut"),
    # notices
    "proof": QT_TRANSLATE_NOOP("messages", "justificatif du préavis réduit"),
    "postpone": QT_TRANSLATE_NOOP("messages", "report du départ"),
    "withdraw": QT_TRANSLATE_NOOP("messages", "retrait du congé"),
    "courrier": QT_TRANSLATE_NOOP("messages", "courrier"),
    "publipostage": QT_TRANSLATE_NOOP("messages", "publipostage"),
    "reimpression": QT_TRANSLATE_NOOP("messages", "réimpression"),
    "save_query": QT_TRANSLATE_NOOP("messages", "enregistrement d'une recherche"),
    "delete_query": QT_TRANSLATE_NOOP("messages", "suppression d'une recherche"),
    # payment plans (issue 5)
    "payment": QT_TRANSLATE_NOOP("messages", "règlement saisi"),
    "payment_delete": QT_TRANSLATE_NOOP("messages", "règlement supprimé"),
    "import_payments": QT_TRANSLATE_NOOP("messages", "import de règlements"),
    "follow_up": QT_TRANSLATE_NOOP("messages", "suite donnée"),
    "avenant": QT_TRANSLATE_NOOP("messages", "avenant"),
    "summons": QT_TRANSLATE_NOOP("messages", "assignation"),
    "contribution_withdrawal": QT_TRANSLATE_NOOP(
        "messages", "retrait de la promesse d'un contributeur"
    ),
    "contribution_withdrawal_cancelled": QT_TRANSLATE_NOOP(
        "messages", "annulation du retrait de la promesse d'un contributeur"
    ),
    "protocole_crise": QT_TRANSLATE_NOOP("messages", "protocole de crise"),
    "protocole_crise_signature": QT_TRANSLATE_NOOP(
        "messages", "signature du protocole de crise par une association"
    ),
    # CALEOL (issue 7)
    "presence": QT_TRANSLATE_NOOP("messages", "présence"),
    "pouvoir": QT_TRANSLATE_NOOP("messages", "pouvoir"),
    "pouvoir_retire": QT_TRANSLATE_NOOP("messages", "pouvoir retiré"),
    "seance_physique_demandee": QT_TRANSLATE_NOOP("messages", "séance physique demandée"),
    "vote": QT_TRANSLATE_NOOP("messages", "vote"),
    "decision": QT_TRANSLATE_NOOP("messages", "décision"),
    "decision_annulee": QT_TRANSLATE_NOOP("messages", "décision annulée"),
    "avis_occupation": QT_TRANSLATE_NOOP("messages", "avis sur l'occupation"),
    "notification": QT_TRANSLATE_NOOP("messages", "notification"),
    "lettres_decision": QT_TRANSLATE_NOOP("messages", "courriers de décision"),
    "pv_projet": QT_TRANSLATE_NOOP("messages", "projet de procès-verbal"),
    "pv_envoi": QT_TRANSLATE_NOOP("messages", "envoi du procès-verbal en relecture"),
    "pv_avis": QT_TRANSLATE_NOOP("messages", "avis sur le procès-verbal"),
    "pv_signature": QT_TRANSLATE_NOOP("messages", "signature du procès-verbal"),
    "pv_extrait": QT_TRANSLATE_NOOP("messages", "extrait du procès-verbal"),
    "pv_export": QT_TRANSLATE_NOOP("messages", "export du procès-verbal"),
    # CALEOL offers (issue 7)
    "offre_presentation": QT_TRANSLATE_NOOP("messages", "présentation du courrier de proposition"),
    "offre_acceptee": QT_TRANSLATE_NOOP("messages", "proposition acceptée"),
    "offre_refusee": QT_TRANSLATE_NOOP("messages", "proposition refusée"),
    "offre_caduque": QT_TRANSLATE_NOOP("messages", "proposition sans réponse dans le délai"),
    "offre_close": QT_TRANSLATE_NOOP("messages", "proposition close (logement attribué)"),
    "offre_rang_suivant": QT_TRANSLATE_NOOP("messages", "proposition au rang suivant"),
    "bail_signe": QT_TRANSLATE_NOOP("messages", "bail signé"),
    # campaigns (issue 8)
    "start": QT_TRANSLATE_NOOP("messages", "lancement"),
    "assign": QT_TRANSLATE_NOOP("messages", "affectation"),
    "call": QT_TRANSLATE_NOOP("messages", "appel"),
    "escalation": QT_TRANSLATE_NOOP("messages", "relance (escalade)"),
    # writes made outside the application, on a server
    REVIEW_ACTION: QT_TRANSLATE_NOOP("messages", "écritures hors de l'application examinées"),
}
ENTITY_LABELS = {
    "dossier": QT_TRANSLATE_NOOP("messages", "dossier locataire"),
    "agence": QT_TRANSLATE_NOOP("messages", "agence"),
    "compte": QT_TRANSLATE_NOOP("messages", "compte"),
    "import": QT_TRANSLATE_NOOP("messages", "import"),
    "base": QT_TRANSLATE_NOOP("messages", "base"),
    "reglage": QT_TRANSLATE_NOOP("messages", "réglage"),
    "journal": QT_TRANSLATE_NOOP("messages", "journal d'audit"),
    "conservation": QT_TRANSLATE_NOOP("messages", "conservation des données"),
    "sauvegarde": QT_TRANSLATE_NOOP("messages", "sauvegarde"),
    "recherche": QT_TRANSLATE_NOOP("messages", "recherche enregistrée"),
    "document": QT_TRANSLATE_NOOP("messages", "document"),
    "conge": QT_TRANSLATE_NOOP("messages", "congé"),
    "plan": QT_TRANSLATE_NOOP("messages", "accord de paiement"),
    "protocole_crise": QT_TRANSLATE_NOOP("messages", "protocole de crise"),
    "rapport": QT_TRANSLATE_NOOP("messages", "rapport"),
    "caleol_commission": QT_TRANSLATE_NOOP("messages", "commission CALEOL"),
    "caleol_membre": QT_TRANSLATE_NOOP("messages", "membre CALEOL"),
    "caleol_seance": QT_TRANSLATE_NOOP("messages", "séance CALEOL"),
    "caleol_point": QT_TRANSLATE_NOOP("messages", "point de l'ordre du jour"),
    "caleol_candidat": QT_TRANSLATE_NOOP("messages", "candidat"),
    "caleol_vote": QT_TRANSLATE_NOOP("messages", "vote"),
    "caleol_conflit": QT_TRANSLATE_NOOP("messages", "conflit d'intérêts"),
    "caleol_pv": QT_TRANSLATE_NOOP("messages", "procès-verbal CALEOL"),
    "caleol_message": QT_TRANSLATE_NOOP("messages", "courriel aux membres CALEOL"),
    "cotation_grille": QT_TRANSLATE_NOOP("messages", "grille de cotation"),
    "cotation_candidat": QT_TRANSLATE_NOOP("messages", "cotation d'un candidat"),
    "cotation_refus": QT_TRANSLATE_NOOP("messages", "refus d'une proposition de logement"),
    "objectifs_attribution": QT_TRANSLATE_NOOP("messages", "objectifs d'attribution"),
    "sne_export": QT_TRANSLATE_NOOP("messages", "export vers le SNE"),
    "sne_import": QT_TRANSLATE_NOOP("messages", "import du SNE"),
    "campagne": QT_TRANSLATE_NOOP("messages", "campagne d'appels"),
    "campagne_fiche": QT_TRANSLATE_NOOP("messages", "fiche d'appel"),
    "campagne_appel": QT_TRANSLATE_NOOP("messages", "appel"),
    "campagne_orientation": QT_TRANSLATE_NOOP("messages", "orientation vers un partenaire"),
    ENTITY_SERVER_TRAIL: QT_TRANSLATE_NOOP("messages", "traces des écritures sur le serveur"),
}


@dataclass(frozen=True)
class AuditQuery:
    since: dt.date | None = None
    until: dt.date | None = None  # included
    actor: str = ""  # prefix of the user name
    action: str | None = None
    entity: str | None = None
    entity_id: int | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    before: Any
    after: Any


def _where(query: AuditQuery) -> list:
    conditions = []
    if query.since is not None:
        conditions.append(AuditEvent.at >= dt.datetime.combine(query.since, dt.time()))
    if query.until is not None:
        conditions.append(
            AuditEvent.at < dt.datetime.combine(query.until + dt.timedelta(days=1), dt.time())
        )
    if query.actor.strip():
        name = query.actor.strip()[:80]
        conditions.append(
            AuditEvent.actor.like(
                name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%",
                escape="\\",
            )
        )
    if query.action:
        conditions.append(AuditEvent.action == query.action)
    if query.entity:
        conditions.append(AuditEvent.entity == query.entity)
    if query.entity_id is not None:
        conditions.append(AuditEvent.entity_id == query.entity_id)
    return conditions


def _check_reader(actor: Actor) -> None:
    from desktop.services import authz

    authz.require(actor, Permission.AUDIT_READ, entity="journal")


def _guarded(action: str):
    from desktop.services.authz import guarded

    return guarded(action)


@_guarded("consultation")
def search_events(
    db, actor: Actor, query: AuditQuery, offset: int = 0, limit: int = 500
) -> list[AuditRow]:
    """Audit events matching ``query``, newest first (administrators and auditors)."""
    _check_reader(actor)
    stmt = (
        select(AuditEvent)
        .where(*_where(query))
        .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
        .offset(offset)
        .limit(limit)
    )
    with db.reader() as session:
        reveal = Revealer(session)
        return [
            AuditRow(
                e.id,
                e.at,
                e.actor,
                e.action,
                e.entity,
                e.entity_id,
                reveal(e.before),
                reveal(e.after),
            )
            for e in session.scalars(stmt)
        ]


def names_of(db, actor: Actor, rows: list[AuditRow]):
    """The names of the records these events name (their objects, the ids in their
    snapshots), for the page showing them: ``journal_names.Names``."""
    from desktop.services.journal_names import names_in

    _check_reader(actor)
    with db.reader() as session:
        return names_in(session, actor, [(r.entity, r.entity_id, r.before, r.after) for r in rows])


@_guarded("consultation")
def count_events(db, actor: Actor, query: AuditQuery) -> int:
    _check_reader(actor)
    with db.reader() as session:
        return int(
            session.scalar(select(func.count()).select_from(AuditEvent).where(*_where(query))) or 0
        )


def describe(value: Any) -> str:
    """A before/after snapshot as compact text."""
    import json

    if value is None:
        return ""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


# « aucun événement exporté », « 1 événement exporté », « 3 événements exportés ».
exported_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} événement exporté"),
    QT_TRANSLATE_NOOP("messages", "{n} événements exportés"),
    QT_TRANSLATE_NOOP("messages", "aucun événement exporté"),
)


@_guarded("export")
def export_events(db, actor: Actor, query: AuditQuery, path) -> int:
    """Write the matching events to an Excel file; the export itself is audited. The
    snapshots are shown in French (« Avant », « Après »), the records their ids stand
    for named (« Désignation de l'objet » too), and as stored (« Avant (brut) »,
    « Après (brut) »: the JSON the hash chain seals)."""
    from itertools import islice

    from desktop.domain.formatting import utc_to_local
    from desktop.services.journal_names import names_in
    from desktop.services.person_audit import journal_text
    from desktop.services.spreadsheet import Workbook

    _check_reader(actor)
    book = Workbook()
    sheet = book.sheet(
        "Journal d'audit",
        [
            "N°",
            "Date et heure",
            "Utilisateur",
            "Action",
            "Objet",
            "N° de l'objet",
            "Désignation de l'objet",
            "Avant",
            "Après",
            "Avant (brut)",
            "Après (brut)",
        ],
    )
    stmt = (
        select(AuditEvent)
        .where(*_where(query))
        .order_by(AuditEvent.at, AuditEvent.id)
        .limit(EXPORT_LIMIT)
    )
    with db.reader() as session:
        reveal = Revealer(session)
        events = iter(session.scalars(stmt).yield_per(_EXPORT_BATCH))
        while batch := [
            (e, reveal(e.before), reveal(e.after)) for e in islice(events, _EXPORT_BATCH)
        ]:
            names = names_in(session, actor, [(e.entity, e.entity_id, b, a) for e, b, a in batch])
            for e, before, after in batch:
                sheet.add(
                    [
                        e.id,
                        utc_to_local(e.at).replace(tzinfo=None),
                        e.actor,
                        ACTION_LABELS.get(e.action, e.action),
                        ENTITY_LABELS.get(e.entity, e.entity),
                        e.entity_id,
                        names.object_name(e.entity, e.entity_id),
                        journal_text(e.entity, before, names=names),
                        journal_text(e.entity, after, names=names),
                        describe(before),  # as stored, for an expert
                        describe(after),
                    ]
                )
    book.save(path)
    with db.transaction() as session:
        record(
            session,
            actor,
            "export",
            "journal",
            None,
            None,
            {
                # The name only: a path the screen or the command line gives as text
                # is "C:\\Users\\<user>\\..." on Windows, not split on "/".
                "fichier": ntpath.basename(os.fspath(path)),
                "lignes": sheet.rows,
                "filtre": to_jsonable(query),
            },
        )
    return sheet.rows


# --------------------------------------------------------------------------- hash chain


@dataclass(frozen=True)
class ChainReport:
    """The result of checking the audit trail's hash chain."""

    checked: int  # events checked
    head_hash: str  # the last event's hash (to note elsewhere)
    broken_id: int | None = None  # the first event whose link is broken
    broken_seq: int | None = None
    broken_at: dt.datetime | None = None
    reason: str = ""  # French, from QT_TRANSLATE_NOOP

    @property
    def ok(self) -> bool:
        return not self.reason

    def describe(self) -> Message:
        from desktop.domain.formatting import format_datetime_fr

        if self.ok:
            return Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Journal d'audit intègre : {checked}, chaîne de hachage continue (dernière "
                    "empreinte {head}).",
                ),
                {
                    "checked": counted(
                        self.checked,
                        QT_TRANSLATE_NOOP("messages", "{n} événement vérifié"),
                        QT_TRANSLATE_NOOP("messages", "{n} événements vérifiés"),
                        QT_TRANSLATE_NOOP("messages", "aucun événement vérifié"),
                    ),
                    "head": self.head_hash[:16],
                },
            )
        if self.broken_id is None:
            return Message(
                QT_TRANSLATE_NOOP(
                    "messages", "Journal d'audit altéré après l'événement de rang {seq} : {reason}."
                ),
                {"seq": self.broken_seq or 0, "reason": Message(self.reason)},
            )
        return Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "Journal d'audit altéré : premier maillon rompu à l'événement "
                "n° {id} (rang {seq}, du {at}) : {reason}.",
            ),
            {
                "id": self.broken_id,
                "seq": self.broken_seq if self.broken_seq else "—",
                "at": format_datetime_fr(self.broken_at) if self.broken_at else "?",
                "reason": Message(self.reason),
            },
        )


_CHANGED = QT_TRANSLATE_NOOP("messages", "son contenu a été modifié")
_MISSING = QT_TRANSLATE_NOOP(
    "messages", "un ou plusieurs événements qui le précédaient ont été supprimés"
)
_OUTSIDE = QT_TRANSLATE_NOOP("messages", "il a été ajouté hors de l'application (pas de maillon)")
_RELINKED = QT_TRANSLATE_NOOP("messages", "il ne porte pas l'empreinte de l'événement précédent")
_TAIL = QT_TRANSLATE_NOOP(
    "messages", "les derniers événements ont été supprimés (la tête de chaîne ne correspond plus)"
)


def verify_chain_in(session: Session) -> ChainReport:
    """Check every event's link, in chain order; stop at the first broken one."""
    columns = (
        AuditEvent.id,
        AuditEvent.seq,
        AuditEvent.at,
        AuditEvent.actor,
        AuditEvent.action,
        AuditEvent.entity,
        AuditEvent.entity_id,
        AuditEvent.before,
        AuditEvent.after,
        AuditEvent.prev_hash,
        AuditEvent.hash,
    )
    outside = session.execute(
        select(AuditEvent.id, AuditEvent.at)
        .where(AuditEvent.seq.is_(None))
        .order_by(AuditEvent.id)
        .limit(1)
    ).first()
    prev, expected, checked = GENESIS, 1, 0
    stmt = select(*columns).where(AuditEvent.seq.is_not(None)).order_by(AuditEvent.seq)
    # Closed on the early return too: a server-side cursor on PostgreSQL.
    with session.execute(stmt.execution_options(yield_per=2000)) as rows:
        for row in rows:
            reason = ""
            if row.seq != expected:
                reason = _MISSING
            elif row.prev_hash != prev:
                reason = _RELINKED
            elif (
                event_hash(
                    row.seq,
                    row.at,
                    row.actor,
                    row.action,
                    row.entity,
                    row.entity_id,
                    row.before,
                    row.after,
                    row.prev_hash,
                )
                != row.hash
            ):
                reason = _CHANGED
            if reason:
                return ChainReport(checked, prev, row.id, row.seq, row.at, reason)
            prev, expected, checked = row.hash, expected + 1, checked + 1
    if outside is not None:
        return ChainReport(checked, prev, outside.id, None, outside.at, _OUTSIDE)
    head = session.execute(
        select(AuditChainHead.seq, AuditChainHead.last_hash).where(AuditChainHead.id == 1)
    ).first()
    if head is not None and (int(head.seq) != checked or head.last_hash != prev):
        return ChainReport(checked, prev, None, checked, None, _TAIL)
    return ChainReport(checked, prev)


@_guarded("consultation")
def verify_chain(db, actor: Actor) -> ChainReport:
    """Check the audit trail's hash chain (administrators and auditors)."""
    _check_reader(actor)
    with db.reader() as session:
        return verify_chain_in(session)


def chain_intact(db) -> ChainReport:
    """The check run at start-up for every user (no audit of its own)."""
    with db.reader() as session:
        return verify_chain_in(session)


# --------------------------------------------------------------------------- server trail


def unaudited_changes(db, actor: Actor) -> list | None:
    """On a server set up by ``server init``: the tables written, transaction by
    transaction, without any audit event (``server_trail.UnauditedChange``: writes made
    outside the application); None on a base without the server's trail."""
    changes = trail_report(db, actor).changes
    return None if changes is None else list(changes)


# The server trail's operations, in the journal's words.
_TRAIL_ACTIONS = {"INSERT": "create", "UPDATE": "update", "DELETE": "delete"}
unaudited_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} écriture faite hors de l'application"),
    QT_TRANSLATE_NOOP("messages", "{n} écritures faites hors de l'application"),
)


def _server_time(at: dt.datetime) -> str:
    """A server timestamp (aware) in the journal's words: « 07/12/2026 23:05 »."""
    from desktop.domain.formatting import format_datetime_fr

    return format_datetime_fr(at.astimezone(dt.UTC).replace(tzinfo=None) if at.tzinfo else at)


# An administrator's review of the writes made outside the application: an audit event
# that names the trail's last line examined; the start-up warns of newer ones only.
unaudited_new_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} nouvelle écriture"),
    QT_TRANSLATE_NOOP("messages", "{n} nouvelles écritures"),
)


@dataclass(frozen=True)
class TrailReview:
    """The last « Marquer comme examinées »: when, by whom, up to which trail line, for
    the transactions committed when the page read the trail (``snapshot``)."""

    at: dt.datetime  # naive UTC, as the journal
    actor: str
    last_id: int
    snapshot: str

    def covers(self, change) -> bool:
        from desktop.storage.server_trail import visible

        return change.last_id <= self.last_id and visible(change.tx, self.snapshot)


@dataclass(frozen=True)
class TrailReport:
    """What the server's trail of writes says of the writes made outside the
    application (docs/server-roles.md): ``changes`` (``server_trail.UnauditedChange``,
    oldest first) None when the base keeps no such trail: a SQLite base (``sqlite``),
    or a PostgreSQL base without ``server init``. ``review``: the last one, if any;
    ``snapshot``: the transactions whose writes the report shows whole (what a review
    of this report covers)."""

    changes: tuple | None
    sqlite: bool = False
    total: int = 0  # how many in all (``changes``: the newest thousand)
    review: TrailReview | None = None
    fresh_total: int = 0  # how many the review does not cover
    snapshot: str = ""

    def examined(self, change) -> bool:
        return self.review is not None and self.review.covers(change)

    def examined_words(self, change) -> Message | None:
        """« examinée le 07/12/2026 23:30 par admin », None when not examined."""
        if self.review is None or not self.review.covers(change):
            return None
        return Message(
            QT_TRANSLATE_NOOP("messages", "examinée le {at} par {user}"),
            {"at": format_datetime_fr(self.review.at), "user": self.review.actor},
        )

    @property
    def fresh(self) -> tuple:
        """The writes no review covers (the start-up warns of these), oldest first."""
        return tuple(c for c in self.changes or () if not self.examined(c))

    @property
    def ok(self) -> bool:
        return not self.fresh

    def describe(self) -> Message:
        if self.sqlite:
            return Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Écritures faites hors de l'application : sans objet sur une base SQLite, qui "
                    "n'en garde aucune trace ; seul un serveur PostgreSQL les relève.",
                )
            )
        if self.changes is None:
            return Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Écritures faites hors de l'application : non relevées, ce serveur n'en garde "
                    "pas la trace (relancer « parcours server init »).",
                )
            )
        if not self.changes:
            return Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Aucune écriture faite hors de l'application sur le serveur : chacune a son "
                    "événement au journal d'audit.",
                )
            )
        last = self.changes[-1]
        found = Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "{count} sur le serveur, sans événement au journal d'audit (avec psql ou un "
                "autre outil) ; la dernière le {at}, par le compte « {actor} ».",
            ),
            {
                "count": unaudited_counted(max(self.total, len(self.changes))),
                "at": _server_time(last.at),
                "actor": last.actor,
            },
        )
        if self.review is None:
            return found
        words = {"at": format_datetime_fr(self.review.at), "user": self.review.actor}
        if self.ok:
            reviewed = Message(
                QT_TRANSLATE_NOOP("messages", "Toutes examinées le {at} par « {user} »."), words
            )
        else:
            reviewed = Message(
                QT_TRANSLATE_NOOP(
                    "messages", "Dernier examen le {at} par « {user} » ; depuis, {fresh}."
                ),
                {**words, "fresh": unaudited_new_counted(self.fresh_total)},
            )
        return Message("{found} {reviewed}", {"found": found, "reviewed": reviewed})


def unaudited_words(change) -> dict[str, Any]:
    """A write outside the application in words: when, who, which table, which
    operation (a ``Message``), which rows (the first twenty)."""
    ids = ", ".join(str(i) for i in change.row_ids[:20])
    return {
        "at": _server_time(change.at),
        "actor": change.actor,
        "table": change.table,
        "operation": Message(ACTION_LABELS[_TRAIL_ACTIONS[change.operation]]),
        "ids": ids + (" …" if len(change.row_ids) > 20 else "") if ids else "—",
    }


def unaudited_line(change) -> Message:
    """« 07/12/2026 23:05 — agent.a : occupant, modification (n° 12, 13) »."""
    return Message(
        QT_TRANSLATE_NOOP("messages", "{at} — {actor} : {table}, {operation} (n° {ids})"),
        unaudited_words(change),
    )


def _last_review(session: Session) -> TrailReview | None:
    event = session.scalars(
        select(AuditEvent)
        .where(AuditEvent.action == REVIEW_ACTION, AuditEvent.entity == ENTITY_SERVER_TRAIL)
        .order_by(AuditEvent.id.desc())
        .limit(1)
    ).first()
    if event is None:
        return None
    after = event.after or {}
    return TrailReview(
        event.at, event.actor, int(after["derniere_trace"]), str(after["instantane"])
    )


def trail_report(db, actor: Actor) -> TrailReport:
    """The writes made outside the application on a server (administrators and
    auditors), or why there is no such check on this base."""
    _check_reader(actor)
    with db.reader() as session:
        return _trail_report_in(session)


def _trail_report_in(session: Session) -> TrailReport:
    from desktop.storage import server_trail

    connection = session.connection()
    if connection.dialect.name != "postgresql":
        return TrailReport(None, sqlite=True)
    if not server_trail.has_trail(connection):
        return TrailReport(None)
    snapshot = server_trail.snapshot(connection)  # first: see its doc
    review = _last_review(session)
    changes = tuple(server_trail.unaudited_changes(connection))
    many = len(changes) >= server_trail.SHOWN
    total = server_trail.count_unaudited(connection) if many else len(changes)
    report = TrailReport(changes, total=total, review=review, snapshot=snapshot)
    fresh = len(report.fresh)
    if review is not None and many:
        fresh = server_trail.count_unaudited(connection, review.last_id, review.snapshot)
    return dataclasses.replace(report, fresh_total=fresh)


@_guarded("examen")
def mark_trail_examined(db, actor: Actor, shown: TrailReport) -> int:
    """« Marquer comme examinées » (administrators): the writes made outside the
    application that the page ``shown`` listed are recorded as examined, by an audit
    event naming the trail's last line shown and how many writes it covers; the
    start-up warns of newer ones only. Returns how many."""
    from desktop.services import authz

    authz.require(actor, Permission.AUDIT_REVIEW, entity=ENTITY_SERVER_TRAIL)
    fresh = shown.fresh
    if not fresh:
        raise UserError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "Aucune écriture faite hors de l'application n'attend d'examen."
                )
            )
        )
    last_id = max(c.last_id for c in shown.changes or ())
    with db.transaction() as session:
        now_known = _trail_report_in(session)
        # The base moved on since the page read it (another administrator's review, or
        # a trail purged): the page is read again first.
        if now_known.review != shown.review or now_known.changes is None:
            raise UserError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Un autre examen a été enregistré depuis l'affichage de la page : "
                        "vérifiez à nouveau avant de marquer les écritures comme examinées.",
                    )
                )
            )
        review = TrailReview(now(), actor.username, last_id, shown.snapshot)
        count = sum(1 for c in now_known.fresh if review.covers(c))
        record(
            session,
            actor,
            REVIEW_ACTION,
            ENTITY_SERVER_TRAIL,
            last_id,
            None,
            {"derniere_trace": last_id, "ecritures": count, "instantane": shown.snapshot},
        )
    return count
