"""The one write path of the services (docs/architecture.md, "The write path").

Every user action that changes data goes the same way: one transaction, load the row
(locked on PostgreSQL), check the version the user read, snapshot it for the audit
trail, apply the change, stamp who changed it, record the audit event. Two
workstations that change the same row: the second gets a ``ConflictError`` with the
one French message "modifié par un autre", whether its version check failed or the
database refused a stale update (``StaleDataError``).

- ``with writing(db, conflict=...) as session:``: one transaction; a stale update
  becomes the conflict error (``conflict()``, or the generic one).
- ``transaction(db, body, reload=...)``: the same for a ``body(session)`` callable; the
  error names who changed the row when ``reload`` can read it again.
- ``check_version(row, expected)``, ``conflict_error(...)``: the version check and its
  message (a feature may pass its own wording: "Ce plan a été modifié par…").
- ``snapshot``, ``set_fields``, ``touch``, ``audit_event``: the rest of the write, and
  ``update_row`` which chains them for a plain edit of one row.
- ``from_row``: a domain dataclass read from the row's attributes of the same names.
- ``message``: the ``Message`` shorthand of the services.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.domain.errors import ConflictError, UserError, ValidationError
from desktop.domain.formatting import format_date_fr, utc_to_local
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.oserrors import os_reason
from desktop.services import audit
from desktop.services.context import Actor, now
from desktop.storage.db import Database

T = TypeVar("T")

#: The conflict message when nobody can be named (the row could not be read again).
CHANGED = QT_TRANSLATE_NOOP(
    "messages",
    "Ces données ont été modifiées depuis que vous les avez ouvertes. Vos "
    "changements n'ont pas été enregistrés : rechargez pour voir la version actuelle.",
)
#: The conflict message naming who changed the row and when ({user}, {date}, {time}).
CHANGED_BY = QT_TRANSLATE_NOOP(
    "messages",
    "Ces données ont été modifiées par {user} le {date} à {time} depuis que vous les avez "
    "ouvertes. Vos changements n'ont pas été enregistrés : rechargez pour voir la version "
    "actuelle.",
)


def message(template: str, /, **params) -> Message:
    """A user-visible message: ``template`` marked with ``QT_TRANSLATE_NOOP``."""
    return Message(template, params)


def refusal(template: str, /, **params) -> ValidationError:
    """The refusal of a whole action, tied to no field:
    ``raise refusal(QT_TRANSLATE_NOOP("messages", ...), name=...)``."""
    return ValidationError({}, message(template, **params))


def invalid(field: str, template: str, /, **params) -> ValidationError:
    """The refusal of one field's value (``field``: its path, where the form shows it):
    ``raise invalid("name", QT_TRANSLATE_NOOP("messages", ...), name=...)``."""
    return ValidationError({field: message(template, **params)})


def suffix_in(path: Path, suffixes: tuple[str, ...], key: str, template: str) -> str:
    """``path``'s suffix in lower case when it is one of ``suffixes``; else a
    ``ValidationError`` on ``key`` from ``template`` (given the file's ``name``)."""
    suffix = path.suffix.lower()
    if suffix not in suffixes:
        raise ValidationError({key: message(template, name=path.name)})
    return suffix


def file_error(template: str, exc: OSError, /, **params) -> UserError:
    """A file the user chose could not be written or made: ``template`` given
    ``params`` and ``error``, the system's reason in French."""
    return UserError(message(template, **params, error=os_reason(exc)))


def conflict_error(
    updated_by: str = "", updated_at: dt.datetime | None = None, template: str = CHANGED_BY
) -> ConflictError:
    """The "modifié par un autre" error: who changed the row and when (local time).

    ``template`` takes ``{user}``, ``{date}``, ``{time}``; without ``updated_at`` the
    generic ``CHANGED`` message is used."""
    if updated_at is None:
        return ConflictError(message(CHANGED))
    local = utc_to_local(updated_at)
    return ConflictError(
        message(
            template,
            user=updated_by,
            date=format_date_fr(local.date()),
            time=local.strftime("%H:%M"),
        )
    )


def conflict_of(row: Any, template: str = CHANGED_BY) -> ConflictError:
    """The conflict error of a row read again (its ``updated_by`` and ``updated_at``)."""
    return conflict_error(
        getattr(row, "updated_by", "") or "", getattr(row, "updated_at", None), template
    )


def check_version(row: Any, expected_version: int | None, template: str = CHANGED_BY) -> None:
    """Refuse the write when the row changed since the user read ``expected_version``
    (``None``: no check, for actions that do not edit a form)."""
    if expected_version is not None and row.version != expected_version:
        raise conflict_of(row, template)


@contextmanager
def writing(db: Database, conflict: Callable[[], Exception] | None = None) -> Iterator[Session]:
    """One write transaction; a concurrent update (``StaleDataError``, raised at a
    flush or at the commit) becomes ``conflict()`` or the generic conflict error."""
    try:
        with db.transaction() as session:
            yield session
    except StaleDataError as exc:
        raise (conflict() if conflict is not None else conflict_error()) from exc


def reloaded(
    db: Database, load: Callable[[Session], Any], error: Callable[[Any], Exception]
) -> Callable[[], Exception]:
    """A ``conflict`` for ``writing``: read the row again in a fresh session and build the
    error from it (``error(row)``, which names who changed it)."""

    def conflict() -> Exception:
        with db.reader() as session:
            return error(load(session))

    return conflict


def transaction(
    db: Database,
    body: Callable[[Session], T],
    *,
    reload: Callable[[Session], Any] | None = None,
    template: str = CHANGED_BY,
) -> T:
    """Run ``body(session)`` in one transaction and return its result.

    A concurrent update (``StaleDataError``) becomes the conflict error: when ``reload``
    is given, it reads the row again in a fresh session so that the message names who
    changed it; otherwise the generic message."""
    try:
        with db.transaction() as session:
            return body(session)
    except StaleDataError as exc:
        if reload is None:
            raise conflict_error() from exc
        with db.reader() as session:
            raise conflict_of(reload(session), template) from exc


def snapshot(row: Any, names: Iterable[str]) -> dict:
    """The named attributes of a row, for the audit trail's before/after."""
    return {k: getattr(row, k) for k in names}


def from_row(cls: type[T], row: Any, **overrides: Any) -> T:
    """``cls`` (a dataclass) filled from ``row``'s attributes of the same names.

    ``overrides`` give the fields that need a conversion or come from elsewhere; a
    field the row has no attribute for keeps its default (``cls`` refuses a missing
    field without one)."""
    values = {
        f.name: getattr(row, f.name)
        for f in dataclasses.fields(cls)  # type: ignore[arg-type]
        if f.init and f.name not in overrides and hasattr(row, f.name)
    }
    return cls(**values, **overrides)


def set_fields(row: Any, values: Mapping[str, Any]) -> None:
    """Set the attributes that change (an unchanged row keeps its version)."""
    for key, value in values.items():
        if getattr(row, key, None) != value:
            setattr(row, key, value)


def touch(row: Any, actor: Actor) -> None:
    """Stamp the row with the time and the user of this change."""
    row.updated_at = now()
    row.updated_by = actor.username


def created_by(actor: Actor, at: dt.datetime | None = None) -> dict[str, Any]:
    """The creation and change stamps of a new row (``Model(..., **created_by(actor))``),
    at ``at`` (default: now)."""
    stamp = at or now()
    return {
        "created_at": stamp,
        "created_by": actor.username,
        "updated_at": stamp,
        "updated_by": actor.username,
    }


def new_row(model: Callable[..., T], actor: Actor, **values: Any) -> T:
    """A new row of ``model`` with ``values``, stamped as created (and updated) now by
    ``actor``."""
    return model(**values, **created_by(actor))


def flush_or_conflict(session: Session, template: str, /, **params: Any) -> None:
    """Flush; a unique row another workstation has just written (``IntegrityError``)
    becomes a ``ConflictError`` from ``template`` (given ``params``)."""
    try:
        session.flush()
    except IntegrityError as exc:
        raise ConflictError(message(template, **params)) from exc


def update_row(
    session: Session,
    actor: Actor,
    row: Any,
    values: Mapping[str, Any],
    fields: Iterable[str],
    entity: str,
    action: str = "update",
) -> None:
    """Steps 4 to 7 of a write on one row: snapshot ``fields``, set ``values``, stamp the
    row, flush (the version moves on) and audit the before and after."""
    fields = tuple(fields)
    before = snapshot(row, fields)
    set_fields(row, values)
    touch(row, actor)
    session.flush()
    audit_event(session, actor, action, entity, row.id, before, snapshot(row, fields))


#: Record the audit event of a write, in the write's own transaction: the services'
#: name for ``audit.record``.
audit_event = audit.record


def set_children(children: list[Any], values: list[dict[str, Any]], new: Callable[[], Any]) -> None:
    """Make a one-to-many relationship's ``children`` hold ``values``, in order: the
    existing rows are updated (they keep their ids), the missing ones made with ``new``,
    the extra ones removed."""
    rows = list(children)
    for i, fields in enumerate(values):
        if i < len(rows):
            row = rows[i]
        else:
            row = new()
            children.append(row)
        set_fields(row, fields)
    for row in rows[len(values) :]:
        children.remove(row)


def one_row(
    session: Session,
    stmt: Select[tuple[T]],
    missing: Exception,
    *,
    for_update: bool = False,
    of: Any = None,
) -> T:
    """The row ``stmt`` selects, else ``missing`` raised. ``for_update``: locked until the
    end of the transaction on PostgreSQL (the rows of ``of`` only, when given); SQLite
    writes one transaction at a time anyway."""
    if for_update and session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update(of=of)
    row = session.scalars(stmt).one_or_none()
    if row is None:
        raise missing
    return row
