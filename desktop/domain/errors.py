"""Errors a user can understand and act on (as opposed to bugs)."""

from __future__ import annotations

from desktop.domain.formatting import group_thousands
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message, counted


class UserError(Exception):
    """An error shown to the user with a French message."""

    def __init__(self, message: Message):
        super().__init__(str(message))
        self.message = message


class ValidationError(UserError):
    """Invalid input. ``fields`` maps a field path (``lease.rent``) to its message."""

    def __init__(self, fields: dict[str, Message], message: Message | None = None):
        summary = message or counted(
            len(fields),
            QT_TRANSLATE_NOOP("messages", "La saisie comporte {n} erreur."),
            QT_TRANSLATE_NOOP("messages", "La saisie comporte {n} erreurs."),
        )
        super().__init__(summary)
        self.fields = dict(fields)

    def __str__(self) -> str:
        details = "; ".join(f"{k} : {v}" for k, v in self.fields.items())
        return f"{self.message} {details}".strip()


def too_long(limit: int) -> Message:
    """The message of a text longer than ``limit`` characters (« 1 000 caractères au
    plus. », thousands grouped the French way)."""
    return Message(
        QT_TRANSLATE_NOOP("messages", "{max} caractères au plus."),
        {"max": group_thousands(str(limit))},
    )


def check_length(errors: dict[str, Message], key: str, text: str, limit: int) -> None:
    """Record ``too_long(limit)`` under ``key`` when ``text`` is longer than ``limit``."""
    if len(text) > limit:
        errors[key] = too_long(limit)


class ConflictError(UserError):
    """The row changed since it was read (optimistic locking)."""


class NotFoundError(UserError):
    """The row asked for does not exist (any more)."""


class PermissionDenied(UserError):
    """The acting user's role does not allow the action (recorded in the audit trail)."""

    def __init__(
        self,
        message: Message,
        *,
        permission: str = "",
        action: str = "",
        entity: str = "",
        entity_id: int | None = None,
    ):
        super().__init__(message)
        self.permission = permission
        self.action = action
        self.entity = entity
        self.entity_id = entity_id
        self.recorded = False


class AuthenticationError(UserError):
    """Sign-in refused: unknown user, wrong password, locked or disabled account."""
