"""Role checks done by the services, and the audit of refused actions.

A service checks with ``require`` (or ``require_agency``) and is decorated with
``@guarded``: a ``PermissionDenied`` raised anywhere inside rolls the action's own
transaction back, then ``guarded`` records the refusal in an audit event of its own
transaction before letting the error reach the user. Nested services (the import
creating files in its transaction) record once, in the outermost one.
"""

from __future__ import annotations

import contextvars
import functools
import logging

from desktop.domain.errors import PermissionDenied
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.roles import PERMISSION_LABELS, Permission
from desktop.services.context import Actor
from desktop.storage.db import Database

log = logging.getLogger(__name__)

REFUSED = "refus"
_depth: contextvars.ContextVar[int] = contextvars.ContextVar("authz_depth", default=0)


def denied(
    actor: Actor,
    permission: Permission,
    *,
    entity: str = "",
    entity_id: int | None = None,
    other_agency: bool = False,
    other_commission: bool = False,
) -> PermissionDenied:
    """The refusal of ``permission``: by role; ``other_agency``, on a record of another
    agency; ``other_commission``, a member's on a CALEOL commission where he does not sit."""
    what = Message(PERMISSION_LABELS[permission])
    if other_commission:
        message = Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "Accès refusé : votre compte ne peut pas {action} d'une commission où il ne "
                "siège pas. Ce refus a été enregistré dans le journal d'audit.",
            ),
            {"action": what},
        )
    elif other_agency:
        message = Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "Accès refusé : votre compte ne peut pas {action} d'une autre agence que la "
                "vôtre. Ce refus a été enregistré dans le journal d'audit.",
            ),
            {"action": what},
        )
    else:
        message = Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "Accès refusé : votre rôle ne permet pas de {action}. Ce refus a été "
                "enregistré dans le journal d'audit.",
            ),
            {"action": what},
        )
    return PermissionDenied(
        message, permission=permission.value, entity=entity, entity_id=entity_id
    )


def require(
    actor: Actor, permission: Permission, *, entity: str = "", entity_id: int | None = None
) -> None:
    """Raise ``PermissionDenied`` unless the actor's role grants ``permission``."""
    if not actor.can(permission):
        raise denied(actor, permission, entity=entity, entity_id=entity_id)


def require_agency(
    actor: Actor,
    permission: Permission,
    agency_id: int | None,
    *,
    entity: str = "",
    entity_id: int | None = None,
) -> None:
    """``require``, and for agency roles, ``agency_id`` must be the actor's agency."""
    require(actor, permission, entity=entity, entity_id=entity_id)
    if not actor.covers_agency(agency_id):
        raise denied(actor, permission, entity=entity, entity_id=entity_id, other_agency=True)


def record_refusal(db: Database, actor: Actor, exc: PermissionDenied, action: str) -> None:
    """The refusal in the audit trail, in a transaction of its own."""
    from desktop.services import audit

    try:
        with db.transaction() as session:
            audit.record(
                session,
                actor,
                REFUSED,
                exc.entity or action,
                exc.entity_id,
                None,
                {"action": action, "permission": exc.permission},
            )
    except Exception:  # never hide the refusal itself behind a logging failure
        log.exception("could not record a refused action")
    exc.recorded = True


# Services that only read: retried once when the connection to the server was lost.
READ_ONLY_ACTIONS = frozenset(
    {"consultation", "list", "recherche", "read_saved_queries", "keys_without_inventory"}
)


def guarded(action: str):
    """Decorate a service ``f(db, actor, ...)``: record its refusals (see module doc).

    At the outermost call, a database failure (server gone, row locked on another
    workstation, timeout) becomes a French ``DatabaseUnavailable`` shown where the user
    acted, the input kept (the transaction was rolled back); a read-only service is
    first retried once on a fresh connection.
    """

    def decorate(func):
        @functools.wraps(func)
        def wrapper(db, actor, *args, **kwargs):
            from sqlalchemy.exc import DBAPIError

            from desktop.storage import errors as db_errors

            token = _depth.set(_depth.get() + 1)
            outermost = _depth.get() == 1
            try:
                try:
                    return func(db, actor, *args, **kwargs)
                except DBAPIError as exc:
                    if not outermost:
                        raise
                    if action in READ_ONLY_ACTIONS and db_errors.is_connection_lost(exc):
                        log.warning("connection lost during %s: retried once", action)
                        try:
                            return func(db, actor, *args, **kwargs)
                        except DBAPIError as again:
                            raise db_errors.as_user_error(again) from again
                    raise db_errors.as_user_error(exc) from exc
            except PermissionDenied as exc:
                if outermost and not exc.recorded:
                    exc.action = exc.action or action
                    record_refusal(db, actor, exc, exc.action)
                raise
            finally:
                _depth.reset(token)

        return wrapper

    return decorate
