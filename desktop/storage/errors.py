"""Database errors as French messages for the person who acted.

The services let SQLAlchemy's errors through; the GUI and the command line turn them
into these messages (the user's input is kept: nothing was written).
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, OperationalError, StatementError

from desktop.domain.errors import UserError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message


class DatabaseUnavailable(UserError):
    """The database failed the action (server gone, row locked elsewhere, timeout):
    nothing was written, the user's input is kept, retrying is the remedy."""

    def __init__(
        self, message: Message, *, connection_lost: bool = False, row_locked: bool = False
    ):
        super().__init__(message)
        self.connection_lost = connection_lost
        self.row_locked = row_locked


def as_user_error(exc: BaseException) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        database_error_message(exc),
        connection_lost=is_connection_lost(exc),
        row_locked=is_row_locked(exc),
    )


SERVER_LOST = QT_TRANSLATE_NOOP(
    "messages", "Le serveur ne répond pas : votre saisie est conservée, réessayez."
)
ROW_LOCKED = QT_TRANSLATE_NOOP(
    "messages",
    "Ce dossier est en cours d'enregistrement sur un autre poste : votre saisie est "
    "conservée, réessayez dans un instant.",
)
BUSY = QT_TRANSLATE_NOOP(
    "messages", "La base est occupée par un autre poste : votre saisie est conservée, réessayez."
)
TIMEOUT = QT_TRANSLATE_NOOP(
    "messages", "Le serveur a mis trop de temps à répondre : votre saisie est conservée, réessayez."
)
OTHER = QT_TRANSLATE_NOOP(
    "messages",
    "La base de données a refusé l'opération : votre saisie est conservée. Si cela se "
    "reproduit, signalez-le à l'administrateur.",
)

# PostgreSQL SQLSTATE codes (https://www.postgresql.org/docs/current/errcodes-appendix.html)
_LOCK_NOT_AVAILABLE = "55P03"
_QUERY_CANCELED = "57014"  # statement_timeout
_IDLE_IN_TRANSACTION_TIMEOUT = "25P03"
_DEADLOCK = "40P01"
_SERIALIZATION = "40001"


def _sqlstate(exc: BaseException) -> str:
    orig = getattr(exc, "orig", exc)
    return str(getattr(orig, "sqlstate", "") or getattr(orig, "pgcode", "") or "")


def is_connection_lost(exc: BaseException) -> bool:
    """True when the connection to the server broke (the call may be retried)."""
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    state = _sqlstate(exc)
    if state.startswith("08") or state in ("57P01", "57P02", "57P03"):
        return True  # connection exception; admin/crash shutdown, cannot connect now
    text = str(getattr(exc, "orig", exc)).lower()
    return isinstance(exc, OperationalError) and any(
        word in text
        for word in (
            "server closed the connection",
            "connection refused",
            "could not connect",
            "terminating connection",
            "connection timeout",
            "timeout expired",
            "the connection is closed",
            "consuming input failed",
            "ssl syscall",
            "connection reset",
            "connection is lost",
        )
    )


def is_authentication_failure(exc: BaseException) -> bool:
    """True when the server refused the login role or its password (sign-in)."""
    if _sqlstate(exc).startswith("28"):  # invalid authorization / invalid password
        return True
    text = str(getattr(exc, "orig", exc)).lower()
    return any(
        words in text
        for words in (
            "password authentication failed",
            "is not permitted to log in",
            "no password supplied",
            "gssapi authentication failed",
            "no pg_hba.conf entry",
        )
    ) or ("role" in text and "does not exist" in text)


def is_row_locked(exc: BaseException) -> bool:
    if _sqlstate(exc) in (_LOCK_NOT_AVAILABLE, _DEADLOCK):
        return True
    text = str(getattr(exc, "orig", exc)).lower()
    return "lock timeout" in text or "could not obtain lock" in text


def database_error_message(exc: BaseException) -> Message:
    """The French message for a database error raised by a service."""
    if is_row_locked(exc):
        return Message(ROW_LOCKED)
    if is_connection_lost(exc):
        return Message(SERVER_LOST)
    state = _sqlstate(exc)
    if state in (_QUERY_CANCELED, _IDLE_IN_TRANSACTION_TIMEOUT):
        return Message(TIMEOUT)
    if state == _SERIALIZATION:
        return Message(BUSY)
    text = str(getattr(exc, "orig", exc)).lower()
    if "database is locked" in text or "database table is locked" in text:
        return Message(BUSY)
    return Message(OTHER)


def is_database_error(exc: BaseException) -> bool:
    return isinstance(exc, (DBAPIError, StatementError))


# ----------------------------------------------------------------- opening a database

INVALID_ADDRESS = QT_TRANSLATE_NOOP(
    "messages",
    "Adresse de base de données non reconnue : « {url} ». Indiquez le chemin d'un fichier "
    "SQLite ou une adresse postgresql://serveur/base.",
)
NO_FOLDER = QT_TRANSLATE_NOOP(
    "messages",
    "Le dossier « {folder} » n'existe pas : la base « {path} » ne peut pas y être ouverte.",
)
IS_FOLDER = QT_TRANSLATE_NOOP(
    "messages",
    "« {path} » est un dossier : indiquez le fichier de la base (par exemple parcours.sqlite).",
)
NOT_A_DATABASE = QT_TRANSLATE_NOOP(
    "messages",
    "« {path} » n'est pas une base de données Parcours (fichier d'un autre type, ou "
    "endommagé) : rien n'y a été écrit.",
)
SQLITE_REFUSED = QT_TRANSLATE_NOOP(
    "messages",
    "La base « {path} » n'a pas pu être ouverte : droits insuffisants, ou disque en lecture seule.",
)
SERVER_UNREACHABLE = QT_TRANSLATE_NOOP(
    "messages",
    "Le serveur de base de données « {host} » est injoignable : vérifiez son adresse, le "
    "réseau, et qu'il est démarré.",
)
SERVER_AUTH = QT_TRANSLATE_NOOP(
    "messages",
    "Le serveur « {host} » a refusé l'identifiant ou le mot de passe de l'adresse de la base.",
)
SERVER_NO_DATABASE = QT_TRANSLATE_NOOP(
    "messages", "La base « {name} » n'existe pas sur le serveur « {host} »."
)


class CannotOpenDatabase(UserError):
    """The database named by the user cannot be opened: wrong address, missing folder,
    not a database, server unreachable or refusing the credentials. Nothing was written."""


def _shown(text: str) -> str:
    """A path or address as shown in a message: control characters made visible, cut."""
    cleaned = "".join(c if c.isprintable() else "�" for c in text)
    return cleaned if len(cleaned) <= 200 else cleaned[:200] + "…"


def invalid_address(url: str) -> CannotOpenDatabase:
    from sqlalchemy.engine import make_url

    try:
        url = make_url(url).render_as_string(hide_password=True)
    except Exception:  # not even a URL: shown as typed (a path has no password)
        pass
    return CannotOpenDatabase(Message(INVALID_ADDRESS, {"url": _shown(url)}))


def cannot_open(url: str, exc: BaseException) -> CannotOpenDatabase | None:
    """The French error for ``exc``, raised while opening the database at ``url`` (a
    normalised SQLAlchemy URL), when it says the base cannot be opened at all; None for
    any other error (a failing migration stays what it is)."""
    from pathlib import Path

    from sqlalchemy.engine import make_url

    if not isinstance(exc, DBAPIError):
        return None
    parsed = make_url(url)
    text = str(exc.orig).lower()
    if parsed.get_backend_name() == "sqlite":
        path = Path(parsed.database or "")
        shown = _shown(str(path))
        if "file is not a database" in text:
            return CannotOpenDatabase(Message(NOT_A_DATABASE, {"path": shown}))
        if "unable to open database file" not in text:
            return None
        if path.is_dir():
            return CannotOpenDatabase(Message(IS_FOLDER, {"path": shown}))
        if not path.parent.is_dir():
            return CannotOpenDatabase(
                Message(NO_FOLDER, {"folder": _shown(str(path.parent)), "path": shown})
            )
        return CannotOpenDatabase(Message(SQLITE_REFUSED, {"path": shown}))
    if not isinstance(exc, OperationalError) or exc.statement is not None:
        return None  # the connection worked: a statement failed
    host = _shown(parsed.host or "localhost")
    if is_authentication_failure(exc):
        return CannotOpenDatabase(Message(SERVER_AUTH, {"host": host}))
    if "database" in text and "does not exist" in text:
        return CannotOpenDatabase(
            Message(SERVER_NO_DATABASE, {"name": _shown(parsed.database or ""), "host": host})
        )
    return CannotOpenDatabase(Message(SERVER_UNREACHABLE, {"host": host}))
