"""CALEOL services: sessions (create, edit, open, close, lock) and attendance with
proxies and the request for a physical session."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from desktop.domain.caleol import (
    AttendanceMode,
    MemberRole,
    QuorumResult,
    SessionMode,
    SessionStatus,
    proxies_counted,
)
from desktop.domain.errors import (
    UserError,
    ValidationError,
)
from desktop.domain.formatting import (
    implausible_date,
    utc_to_local,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.minutes import format_time_fr
from desktop.services import authz
from desktop.services.authz import guarded
from desktop.services.caleol.common import (
    ENTITY_SESSION,
    MANAGE,
    SESSION_FIELDS,
    TextField,
    clean_long_text,
    clean_texts,
    id_of,
    load_commission,
    load_row,
    load_session,
    managing,
    member_of,
    not_found,
    require_read,
    require_session_read,
    scoped_to_commissions,
    session_context,
    session_member,
    session_status,
    session_view,
    single_id,
    writable_session,
)
from desktop.services.caleol.data import Saved, SessionData, SessionSummary, SessionView
from desktop.services.context import Actor, now
from desktop.services.write import (
    audit_event,
    check_version,
    flush_or_conflict,
    from_row,
    message,
    new_row,
    set_fields,
    touch,
    update_row,
    writing,
)
from desktop.storage.caleol_models import (
    AgendaItem,
    Attendance,
    Candidate,
    Commission,
    Proxy,
)
from desktop.storage.caleol_models import Session as CaleolSession
from desktop.storage.db import Database

# --------------------------------------------------------------------------- sessions


_SESSION_TEXTS = (
    TextField("number", 20, QT_TRANSLATE_NOOP("messages", "Numéro de séance"), required=True),
    TextField("place", 200, QT_TRANSLATE_NOOP("messages", "Lieu")),
    TextField("secretary_name", 160, QT_TRANSLATE_NOOP("messages", "Secrétaire de séance")),
)


def _validate_session(
    session: Session, commission: Commission, data: SessionData, exclude: int | None
) -> dict[str, Any]:
    errors: dict[str, Message] = {}
    try:
        mode = SessionMode(data.mode)
    except ValueError:
        raise ValidationError(
            {"mode": message(QT_TRANSLATE_NOOP("messages", "Mode de séance inconnu."))}
        ) from None
    values: dict[str, Any] = {
        **clean_texts(data, _SESSION_TEXTS, errors),
        "session_date": data.session_date,
        "start_time": data.start_time,
        "mode": mode.value,
        "technical_means": clean_long_text(data.technical_means, 2000, "technical_means", errors),
        "vote_opens_at": data.vote_opens_at if mode is SessionMode.ECRITE else None,
        "vote_closes_at": data.vote_closes_at if mode is SessionMode.ECRITE else None,
        "notes": clean_long_text(data.notes, 4000, "notes", errors),
        "end_time": data.end_time,
    }
    values["acting_president_id"] = data.acting_president_id
    if data.acting_president_id is not None:
        acting = member_of(session, commission.id, data.acting_president_id)
        if acting is None:
            errors["acting_president_id"] = message(
                QT_TRANSLATE_NOOP(
                    "messages", "Le président de séance doit être un membre de la commission."
                )
            )
        elif acting.is_president:
            values["acting_president_id"] = None  # the president himself: no substitute
        elif not MemberRole(acting.role).designated or not acting.active:
            errors["acting_president_id"] = message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{name} ne peut pas suppléer le président : le suppléant est choisi parmi "
                    "les membres en fonction désignés par le conseil d'administration.",
                ),
                name=acting.full_name,
            )
    if (
        data.end_time is not None
        and data.start_time is not None
        and data.end_time <= data.start_time
    ):
        errors["end_time"] = message(
            QT_TRANSLATE_NOOP(
                "messages", "L'heure de fin ({end}) doit suivre l'heure de début ({start})."
            ),
            end=format_time_fr(data.end_time),
            start=format_time_fr(data.start_time),
        )
    if data.session_date is None:
        errors["session_date"] = message(
            QT_TRANSLATE_NOOP("messages", "Indiquez la date de séance.")
        )
    elif (implausible := implausible_date(data.session_date)) is not None:
        errors["session_date"] = implausible  # 01/01/0001 typed for 01/01/2026...
    for key in ("vote_opens_at", "vote_closes_at"):
        at = getattr(data, key)
        if at is not None and (implausible := implausible_date(at.date())) is not None:
            errors[key] = implausible
    if mode.remote:
        if not commission.remote_allowed:
            errors["mode"] = message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Le règlement intérieur de la commission « {name} » ne prévoit pas "
                    "de séance dématérialisée : la séance doit se tenir en présentiel.",
                ),
                name=commission.name,
            )
        if not values["technical_means"]:
            values["technical_means"] = commission.technical_means_default.strip()
        if not values["technical_means"]:
            errors["technical_means"] = message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Décrivez les moyens techniques de la séance dématérialisée "
                    "(outil, identification des participants).",
                )
            )
        if not values["place"]:
            values["place"] = message(
                QT_TRANSLATE_NOOP("messages", "Séance dématérialisée")
            ).render()
    if mode is SessionMode.ECRITE:
        opens, closes = data.vote_opens_at, data.vote_closes_at
        if opens is None or closes is None:
            errors["vote_window"] = message(
                QT_TRANSLATE_NOOP(
                    "messages", "Une séance écrite doit indiquer l'ouverture et la clôture du vote."
                )
            )
        elif closes <= opens:
            errors["vote_window"] = message(
                QT_TRANSLATE_NOOP("messages", "La clôture du vote doit suivre son ouverture.")
            )
    if values["number"] and "number" not in errors:
        stmt = select(CaleolSession.id).where(
            CaleolSession.commission_id == commission.id, CaleolSession.number == values["number"]
        )
        if exclude is not None:
            stmt = stmt.where(CaleolSession.id != exclude)
        if session.scalar(stmt) is not None:
            errors["number"] = message(
                QT_TRANSLATE_NOOP(
                    "messages", "La séance n° {number} existe déjà pour cette commission."
                ),
                number=values["number"],
            )
    if errors:
        raise ValidationError(errors)
    return values


@guarded("caleol.seance")
def create_session(db: Database, actor: Actor, commission_id: int, data: SessionData) -> int:
    with managing(db, actor, ENTITY_SESSION) as session:
        c = load_commission(session, commission_id)
        if not c.active:
            raise UserError(
                message(
                    QT_TRANSLATE_NOOP("messages", "La commission « {name} » n'est plus active."),
                    name=c.name,
                )
            )
        values = _validate_session(session, c, data, None)
        row = new_row(
            CaleolSession,
            actor,
            commission_id=c.id,
            **values,
            status=SessionStatus.PREPARATION.value,
            locked=False,
        )
        session.add(row)
        flush_or_conflict(
            session,
            QT_TRANSLATE_NOOP(
                "messages", "La séance n° {number} vient d'être créée sur un autre poste."
            ),
            number=values["number"],
        )
        audit_event(
            session,
            actor,
            "create",
            ENTITY_SESSION,
            row.id,
            None,
            {"commission_id": c.id, **values},
        )
        return row.id


@guarded("caleol.seance")
def update_session(
    db: Database, actor: Actor, session_id: int, data: SessionData, expected_version: int
) -> int:
    with managing(db, actor, ENTITY_SESSION, session_id) as session:
        row = writable_session(session, session_id)
        check_version(row, expected_version)
        values = _validate_session(session, row.commission, data, row.id)
        update_row(session, actor, row, values, SESSION_FIELDS, ENTITY_SESSION)
        return row.version


_TRANSITIONS = {
    SessionStatus.PREPARATION: (SessionStatus.OPEN,),
    SessionStatus.OPEN: (SessionStatus.CLOSED, SessionStatus.PREPARATION),
    SessionStatus.CLOSED: (SessionStatus.OPEN,),
}


@guarded("caleol.seance")
def set_session_status(
    db: Database,
    actor: Actor,
    session_id: int,
    status: SessionStatus,
    expected_version: int | None = None,
) -> Saved:
    """Open the session (votes and decisions become possible), close it, or reopen it.

    Opening returns the quorum explanations as warnings. Closing a session that has no
    end time sets it to the current local time (to the minute) when the session is held
    today and has begun (after its start time); otherwise (a session recorded after the
    fact) the end time stays empty and a warning asks to type it in.
    """
    authz.require(actor, MANAGE, entity=ENTITY_SESSION, entity_id=session_id)
    status = SessionStatus(status)

    with writing(db) as session:
        row = writable_session(session, session_id)
        check_version(row, expected_version)
        old = session_status(row)
        if old is status:
            return Saved(row.id, row.version)
        if row.status not in {s.value for s in SessionStatus} or status not in _TRANSITIONS[old]:
            raise UserError(
                message(
                    QT_TRANSLATE_NOOP(
                        "messages", "La séance ne peut pas passer de l'état « {old} » à « {new} »."
                    ),
                    old=Message(old.label),
                    new=Message(status.label),
                )
            )
        if status is SessionStatus.PREPARATION and any(
            c.votes or c.decision for i in row.items for c in i.candidates
        ):
            raise UserError(
                message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Des votes ou des décisions sont déjà enregistrés : la séance ne "
                        "peut pas revenir en préparation.",
                    )
                )
            )
        row.status = status.value
        before: dict[str, Any] = {"status": old.value}
        after: dict[str, Any] = {"status": status.value}
        warnings: tuple[Message, ...] = ()
        if status is SessionStatus.CLOSED and row.end_time is None:
            local = utc_to_local(now())
            end = local.time().replace(second=0, microsecond=0)
            if row.session_date == local.date() and (
                row.start_time is None or end > row.start_time
            ):
                before["end_time"], after["end_time"] = None, end
                row.end_time = end
            else:
                warnings = (
                    message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Heure de fin de séance non renseignée : indiquez-la dans "
                            "l'onglet Séance pour le procès-verbal.",
                        )
                    ),
                )
        touch(row, actor)
        session.flush()
        audit_event(session, actor, "status", ENTITY_SESSION, row.id, before, after)
        if status is SessionStatus.OPEN:
            warnings = session_context(row).quorum.explanations
        return Saved(row.id, row.version, warnings)


def open_session(
    db: Database, actor: Actor, session_id: int, expected_version: int | None = None
) -> Saved:
    return set_session_status(db, actor, session_id, SessionStatus.OPEN, expected_version)


def close_session(
    db: Database, actor: Actor, session_id: int, expected_version: int | None = None
) -> Saved:
    """Close the session. Without an end time, it is set to the current local time
    (held today, after the start time; see ``set_session_status``)."""
    return set_session_status(db, actor, session_id, SessionStatus.CLOSED, expected_version)


@guarded("caleol.consultation")
def list_sessions(
    db: Database,
    actor: Actor,
    commission_id: int | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[SessionSummary]:
    """Sessions, most recent first, with their counts of items, candidates, decisions."""
    require_read(actor, ENTITY_SESSION)
    with db.reader() as session:
        items = (
            select(AgendaItem.session_id, func.count(AgendaItem.id).label("n"))
            .group_by(AgendaItem.session_id)
            .subquery()
        )
        cands = (
            select(
                AgendaItem.session_id,
                func.count(Candidate.id).label("n"),
                func.sum(case((Candidate.decision.is_not(None), 1), else_=0)).label("decided"),
            )
            .join(Candidate, Candidate.agenda_item_id == AgendaItem.id)
            .group_by(AgendaItem.session_id)
            .subquery()
        )
        stmt = (
            select(CaleolSession, Commission.name, items.c.n, cands.c.n, cands.c.decided)
            .join(Commission, Commission.id == CaleolSession.commission_id)
            .outerjoin(items, items.c.session_id == CaleolSession.id)
            .outerjoin(cands, cands.c.session_id == CaleolSession.id)
            .order_by(CaleolSession.session_date.desc(), CaleolSession.id.desc())
        )
        if commission_id is not None:
            stmt = stmt.where(CaleolSession.commission_id == commission_id)
        stmt = scoped_to_commissions(stmt, actor)
        if since is not None:
            stmt = stmt.where(CaleolSession.session_date >= since)
        if until is not None:
            stmt = stmt.where(CaleolSession.session_date <= until)
        return [
            from_row(
                SessionSummary,
                row,
                commission_name=name,
                mode=SessionMode(row.mode),
                status=session_status(row),
                items=int(n_items or 0),
                candidates=int(n_cands or 0),
                decided=int(decided or 0),
            )
            for row, name, n_items, n_cands, decided in session.execute(stmt)
        ]


@guarded("caleol.consultation")
def find_session(db: Database, actor: Actor, key: str) -> int:
    """The id of the session ``key`` names: its id (``12``, ``#12``) or its number."""
    require_read(actor, ENTITY_SESSION)
    key = (key or "").strip()
    with db.reader() as session:
        ids = list(session.scalars(select(CaleolSession.id).where(CaleolSession.number == key)))
        row_id = single_id(ids, "session", number=key) or id_of(session, CaleolSession, key)
        if row_id is not None:
            require_session_read(session, actor, row_id, ENTITY_SESSION)
    if row_id is None:
        raise not_found("session", key)
    return row_id


@guarded("caleol.consultation")
def get_session(db: Database, actor: Actor, session_id: int) -> SessionView:
    """Everything about a session: members, attendance, proxies, agenda with candidates,
    votes, tallies and decisions, quorum with its explanations, warnings."""
    require_read(actor, ENTITY_SESSION, session_id)
    with db.reader() as session:
        require_session_read(session, actor, session_id, ENTITY_SESSION)
        return session_view(load_session(session, session_id))


@guarded("caleol.consultation")
def quorum(db: Database, actor: Actor, session_id: int) -> QuorumResult:
    """The live quorum of a session, computed from the commission's règlement."""
    require_read(actor, ENTITY_SESSION, session_id)
    with db.reader() as session:
        require_session_read(session, actor, session_id, ENTITY_SESSION)
        return session_context(load_session(session, session_id)).quorum


def lock_session(session: Session, session_id: int, actor: Actor) -> None:
    """Lock a session once its minutes are signed (called inside the caller's
    transaction by the minutes service): every later write is refused."""
    row = load_row(session, CaleolSession, session_id, "session")
    if row.locked:
        return
    row.locked = True
    row.locked_at = now()
    row.locked_by = actor.username
    touch(row, actor)
    from desktop.services.caleol.seal import sealed

    audit_event(
        session,
        actor,
        "verrouillage",
        ENTITY_SESSION,
        row.id,
        {"locked": False},
        {"locked": True, **sealed(session, row)},
    )


# --------------------------------------------------------------------------- attendance


@guarded("caleol.presence")
def set_attendance(
    db: Database,
    actor: Actor,
    session_id: int,
    member_id: int,
    mode: AttendanceMode,
    connected_at: dt.datetime | None = None,
    note: str = "",
) -> Saved:
    """Record how a member takes part; returns the new quorum explanations as warnings.

    A remote participant (``DISTANCE``) gets his identification time (``connected_at``,
    now by default). Marking a member other than represented withdraws his proxy.
    """
    authz.require(actor, MANAGE, entity=ENTITY_SESSION, entity_id=session_id)
    mode = AttendanceMode(mode)

    with writing(db) as session:
        row = writable_session(session, session_id)
        member = session_member(session, row, member_id)
        if (
            mode is AttendanceMode.DISTANCE
            and not SessionMode(row.mode).remote
            and not row.commission.remote_allowed
        ):
            raise ValidationError(
                {
                    "mode": message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Le règlement intérieur ne prévoit pas de participation à distance.",
                        )
                    )
                }
            )
        a = next((x for x in row.attendances if x.member_id == member.id), None)
        before = {"mode": a.mode, "connected_at": a.connected_at, "note": a.note} if a else None
        stamp = connected_at
        if mode is AttendanceMode.DISTANCE and stamp is None:
            stamp = now()
        if mode is not AttendanceMode.DISTANCE and mode is not AttendanceMode.PRESENT:
            stamp = None
        if a is None:
            a = Attendance(
                session_id=row.id,
                member_id=member.id,
                mode=mode.value,
                connected_at=stamp,
                note=(note or "").strip()[:2000],
            )
            row.attendances.append(a)
        else:
            set_fields(
                a, {"mode": mode.value, "connected_at": stamp, "note": (note or "").strip()[:2000]}
            )
        if mode is not AttendanceMode.REPRESENTE:
            for p in [p for p in row.proxies if p.giver_id == member.id]:
                row.proxies.remove(p)
                session.delete(p)
        touch(row, actor)
        session.flush()
        audit_event(
            session,
            actor,
            "presence",
            ENTITY_SESSION,
            row.id,
            {"member_id": member.id, **(before or {})},
            {"member_id": member.id, "mode": mode.value, "connected_at": stamp, "note": a.note},
        )
        return Saved(a.id, a.version, session_context(row).quorum.explanations)


@guarded("caleol.presence")
def set_proxy(
    db: Database, actor: Actor, session_id: int, giver_id: int, holder_id: int, note: str = ""
) -> Saved:
    """Record a *pouvoir*: ``giver`` is represented by ``holder`` (marked represented).

    Refused: advisory members, oneself, a holder above the règlement's limit of proxies.
    """
    with managing(db, actor, ENTITY_SESSION, session_id) as session:
        row = writable_session(session, session_id)
        giver = session_member(session, row, giver_id)
        holder = session_member(session, row, holder_id)
        errors: dict[str, Message] = {}
        if giver.id == holder.id:
            errors["holder_id"] = message(
                QT_TRANSLATE_NOOP("messages", "Un membre ne peut pas se donner pouvoir à lui-même.")
            )
        elif not giver.voting or not holder.voting:
            errors["holder_id"] = message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Seuls les membres à voix délibérative peuvent donner ou recevoir un pouvoir.",
                )
            )
        else:
            held = sum(
                1 for p in row.proxies if p.holder_id == holder.id and p.giver_id != giver.id
            )
            limit = row.commission.max_proxies_per_holder
            if held >= limit:
                errors["holder_id"] = message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{name} détient déjà {count} : le règlement intérieur en autorise {max}.",
                    ),
                    name=holder.full_name,
                    count=proxies_counted(held),
                    max=limit,
                )
        if errors:
            raise ValidationError(errors)
        for p in [p for p in row.proxies if p.giver_id == giver.id]:
            row.proxies.remove(p)
            session.delete(p)
        session.flush()
        p = Proxy(
            session_id=row.id,
            giver_id=giver.id,
            holder_id=holder.id,
            note=(note or "").strip()[:2000],
            created_at=now(),
            created_by=actor.username,
        )
        row.proxies.append(p)
        a = next((x for x in row.attendances if x.member_id == giver.id), None)
        if a is None:
            row.attendances.append(
                Attendance(
                    session_id=row.id,
                    member_id=giver.id,
                    mode=AttendanceMode.REPRESENTE.value,
                    note="",
                )
            )
        elif a.mode != AttendanceMode.REPRESENTE.value:
            a.mode = AttendanceMode.REPRESENTE.value
            a.connected_at = None
        touch(row, actor)
        session.flush()
        audit_event(
            session,
            actor,
            "pouvoir",
            ENTITY_SESSION,
            row.id,
            None,
            {"giver_id": giver.id, "holder_id": holder.id, "note": p.note},
        )
        return Saved(p.id, row.version, session_context(row).quorum.explanations)


@guarded("caleol.presence")
def remove_proxy(db: Database, actor: Actor, proxy_id: int) -> None:
    with managing(db, actor, ENTITY_SESSION) as session:
        p = load_row(session, Proxy, proxy_id, "proxy")
        row = writable_session(session, p.session_id)
        before = {"giver_id": p.giver_id, "holder_id": p.holder_id}
        row.proxies.remove(p)
        session.delete(p)
        touch(row, actor)
        audit_event(session, actor, "pouvoir_retire", ENTITY_SESSION, row.id, before, None)


@guarded("caleol.seance")
def request_physical_session(
    db: Database,
    actor: Actor,
    session_id: int,
    member_id: int,
    note: str = "",
    at: dt.datetime | None = None,
) -> Saved:
    """Record a member's demand for a physical session (remote sessions): kept on the
    session (first demand), in the audit trail (each demand) and shown as a warning."""
    with managing(db, actor, ENTITY_SESSION, session_id) as session:
        row = writable_session(session, session_id)
        member = session_member(session, row, member_id)
        if not SessionMode(row.mode).remote:
            raise UserError(
                message(QT_TRANSLATE_NOOP("messages", "La séance se tient déjà en présentiel."))
            )
        stamp = at or now()
        text = (note or "").strip()[:2000]
        if row.physical_requested_at is None:
            row.physical_requested_by_id = member.id
            row.physical_requested_at = stamp
            row.physical_request_note = text
            touch(row, actor)
        session.flush()
        audit_event(
            session,
            actor,
            "seance_physique_demandee",
            ENTITY_SESSION,
            row.id,
            None,
            {"member_id": member.id, "member": member.full_name, "at": stamp, "note": text},
        )
        return Saved(
            row.id,
            row.version,
            (
                message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Demande de séance physique de {name} enregistrée."
                    ),
                    name=member.full_name,
                ),
            ),
        )
