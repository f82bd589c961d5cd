"""Engine, sessions and schema migrations."""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
log = logging.getLogger(__name__)


def sqlite_url(path: str | Path) -> str:
    return f"sqlite+pysqlite:///{Path(path).expanduser().resolve()}"


def normalise_url(url: str) -> str:
    """Accept ``postgresql://`` and plain file paths as well as full URLs."""
    if "://" not in url:
        return sqlite_url(url)
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


DRIVE_REMOTE = 4  # GetDriveTypeW: a drive letter mapped to a network share


def _windows_drive_type(root: str) -> int:
    import ctypes

    try:
        return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return 0  # DRIVE_UNKNOWN: taken as the workstation's own disk


def on_network_share(path: str | Path, drive_type: Callable[[str], int] | None = None) -> bool:
    """Whether ``path`` lies on a network share: a UNC path (``\\\\serveur\\partage\\…``)
    or, on Windows, a drive letter mapped to one (``P:``). ``drive_type(root)``:
    Windows' ``GetDriveTypeW`` (tests inject it)."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        if text[2:4] in ("?\\", ".\\"):  # \\?\C:\… is local, \\?\UNC\… is not
            return text[4:8].upper() == "UNC\\"
        return True
    if drive_type is None and os.name == "nt":
        drive_type = _windows_drive_type
    if drive_type is not None and len(text) >= 2 and text[1] == ":" and text[0].isalpha():
        return drive_type(text[:2] + "\\") == DRIVE_REMOTE
    return False


def sqlite_journal_mode(path: str | Path, drive_type: Callable[[str], int] | None = None) -> str:
    """WAL on the workstation's own disk. On a network share, the rollback journal
    (DELETE): WAL shares its index through memory that two workstations never share,
    so two of them writing the same base through a share would corrupt it; the
    rollback journal relies on the share's file locks only."""
    return "DELETE" if on_network_share(path, drive_type) else "WAL"


def _sqlite_pragmas(journal_mode: str, dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA journal_mode={journal_mode}")
    cursor.execute(
        "PRAGMA synchronous=NORMAL" if journal_mode == "WAL" else "PRAGMA synchronous=FULL"
    )
    cursor.execute("PRAGMA busy_timeout=5000")
    # Deleted content is overwritten, not left in free pages (erasure, retention purge).
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


@dataclass
class ServerTimeouts:
    """Limits of a PostgreSQL session (seconds): no window waits forever on a silent
    server or a row locked on another workstation."""

    connect: int = 5
    statement: int = 30  # one statement (searches and exports stay well under)
    lock: int = 5  # a row locked elsewhere: "en cours d'enregistrement sur un autre poste"
    idle_in_transaction: int = 60  # a transaction left open by a frozen workstation
    keepalive_idle: int = 30  # TCP keepalives: a dead server or link is noticed
    keepalive_interval: int = 10
    keepalive_count: int = 3


TIMEOUTS = ServerTimeouts()


def application_name(user: str | None = None) -> str:
    """``Parcours claire@POSTE-12``: who and which workstation, for a DBA's
    ``pg_stat_activity`` (63 bytes at most)."""
    import socket

    from desktop.osuser import os_username

    who = user or os_username()
    host = socket.gethostname().split(".")[0]
    return f"Parcours {who}@{host}".encode("ascii", "replace").decode("ascii")[:63]


def _postgres_engine(url: str, timeouts: ServerTimeouts, app_name: list[str]) -> Engine:
    engine = create_engine(
        url,
        pool_pre_ping=True,
        hide_parameters=True,  # no tenant's data in an error's text (log, crash report)
        connect_args={
            "connect_timeout": timeouts.connect,
            "keepalives": 1,
            "keepalives_idle": timeouts.keepalive_idle,
            "keepalives_interval": timeouts.keepalive_interval,
            "keepalives_count": timeouts.keepalive_count,
            "application_name": app_name[0],
        },
    )

    def on_connect(dbapi_connection, record) -> None:
        cursor = dbapi_connection.cursor()
        try:
            for name, seconds in (
                ("statement_timeout", timeouts.statement),
                ("lock_timeout", timeouts.lock),
                ("idle_in_transaction_session_timeout", timeouts.idle_in_transaction),
            ):
                cursor.execute(f"SET {name} = {int(seconds * 1000)}")
            cursor.execute("SELECT set_config('application_name', %s, false)", (app_name[0],))
        finally:
            cursor.close()
        dbapi_connection.commit()
        record.info["application_name"] = app_name[0]

    def on_checkout(dbapi_connection, record, _proxy) -> None:
        if record.info.get("application_name") != app_name[0]:
            cursor = dbapi_connection.cursor()
            try:
                cursor.execute("SELECT set_config('application_name', %s, false)", (app_name[0],))
            finally:
                cursor.close()
            dbapi_connection.commit()
            record.info["application_name"] = app_name[0]

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "checkout", on_checkout)
    return engine


def make_engine(
    url: str, timeouts: ServerTimeouts | None = None, app_name: list[str] | None = None
) -> Engine:
    url = normalise_url(url)
    if url.startswith("sqlite"):
        # No tenant's data in an error's text (the log, the crash report).
        engine = create_engine(url, connect_args={"check_same_thread": False}, hide_parameters=True)
        journal_mode = sqlite_journal_mode(engine.url.database or "")
        if journal_mode != "WAL":
            log.warning(
                "SQLite base on a network share (%s): rollback journal instead of WAL",
                engine.url.database,
            )
        event.listen(engine, "connect", functools.partial(_sqlite_pragmas, journal_mode))
        return engine
    return _postgres_engine(url, timeouts or TIMEOUTS, app_name or [application_name()])


def alembic_config(engine: Engine | None = None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        cfg.set_main_option(
            "sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%")
        )
    return cfg


_REVISION = re.compile(r"""^(down_revision|revision)\s*(?::[^=]*)?=\s*(.*)$""", re.MULTILINE)


@functools.lru_cache(maxsize=1)
def script_heads() -> list[str]:
    """The head revisions of the migration scripts, read from their text (without
    importing them); empty when they cannot be read that way (Alembic then decides)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    try:
        scripts = sorted((MIGRATIONS_DIR / "versions").glob("*.py"))
        for script in scripts:
            found = dict(_REVISION.findall(script.read_text("utf-8")))
            if "revision" not in found:
                continue
            revision = re.findall(r"""['"]([^'"]+)['"]""", found["revision"])
            if len(revision) != 1:
                return []
            revisions.add(revision[0])
            parents.update(re.findall(r"""['"]([^'"]+)['"]""", found.get("down_revision", "")))
    except OSError:
        return []
    return sorted(revisions - parents)


class Database:
    """One database (SQLite file or PostgreSQL server) and its session factory."""

    def __init__(self, url: str, timeouts: ServerTimeouts | None = None):
        self.url = normalise_url(url)
        self._base_url = self.url
        self.signed_in_as: str | None = None  # the login role after ``login``
        self._timeouts = timeouts
        self._app_name = [application_name()]  # shared with the engine's listeners
        self.engine = make_engine(self.url, timeouts, self._app_name)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def needs_login(self) -> bool:
        """A PostgreSQL URL without user nor password: each user connects with their
        own login role (``login``, docs/server-roles.md). A URL with a user but no
        password keeps working with shared credentials (from ``.pgpass``)."""
        from sqlalchemy.engine import make_url

        url = make_url(self._base_url)
        return self.dialect == "postgresql" and not url.username and url.password is None

    def login(self, username: str, password: str) -> None:
        """Connect from now on as ``username`` (a login role of the server) with
        ``password``; the server checks it on the first connection."""
        from sqlalchemy.engine import make_url

        url = make_url(self._base_url).set(username=username, password=password)
        self._reconnect(url.render_as_string(hide_password=False))
        self.signed_in_as = username

    def logout(self) -> None:
        """Back to the URL as configured (no credentials kept)."""
        self._reconnect(self._base_url)
        self.signed_in_as = None

    def _reconnect(self, url: str) -> None:
        self.engine.dispose()
        self.url = url
        self.engine = make_engine(self.url, self._timeouts, self._app_name)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def identify(self, user: str) -> None:
        """Name the signed-in user in the server's ``application_name`` (PostgreSQL)."""
        self._app_name[0] = application_name(user)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def sqlite_on_share(self) -> bool:
        """A SQLite base on a network share (see ``sqlite_journal_mode``): one
        workstation at a time, which the window says."""
        return self.dialect == "sqlite" and on_network_share(self.engine.url.database or "")

    @property
    def label(self) -> str:
        """Where the data lives, for the status bar (no password)."""
        if self.dialect == "sqlite":
            return str(self.engine.url.database)
        return self.engine.url.render_as_string(hide_password=True)

    def upgrade(self) -> None:
        """Bring the schema to the latest migration.

        A base already at the latest migration is recognised without loading Alembic
        and its scripts (a quarter to half a second of every start-up)."""
        if self.at_head():
            return
        from alembic import command

        cfg = alembic_config(self.engine)
        with _opening(self.url), self.engine.begin() as connection:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "head")

    def at_head(self) -> bool:
        """True when the base's revision is the one head of the migration scripts."""
        heads = script_heads()
        if len(heads) != 1:
            return False
        try:
            with self.engine.connect() as connection:
                rows = connection.exec_driver_sql(
                    "SELECT version_num FROM alembic_version"
                ).fetchall()
        except Exception:
            return False
        return [r[0] for r in rows] == heads

    def schema_revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    def is_empty(self) -> bool:
        return not inspect(self.engine).has_table("household")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back on any error."""
        with self._sessions() as session:
            with session.begin():
                yield session

    @contextlib.contextmanager
    def reader(self) -> Iterator[Session]:
        with self._sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    def dispose(self) -> None:
        self.engine.dispose()


@contextlib.contextmanager
def _opening(url: str) -> Iterator[None]:
    """Errors saying that the base at ``url`` cannot be opened at all (wrong address,
    missing folder, not a database, server unreachable) become a French
    ``CannotOpenDatabase``; any other error goes through unchanged."""
    from sqlalchemy.exc import ArgumentError

    from desktop.storage.errors import cannot_open, invalid_address

    try:
        yield
    except (ArgumentError, ImportError, ValueError) as exc:  # unknown scheme, NUL in path
        raise invalid_address(url) from exc
    except Exception as exc:
        error = cannot_open(normalise_url(url), exc)
        if error is None:
            raise
        raise error from exc


def open_database(url: str, *, upgrade: bool = True) -> Database:
    """The database, migrated. On a server whose users sign in with their own login
    role (no password in the URL), nothing is read before the sign-in, and the schema
    is migrated by the server's administrator (``parcours server init``), never by a
    workstation. A base that cannot be opened raises ``CannotOpenDatabase``."""
    with _opening(url):
        db = Database(url)
    if upgrade and not db.needs_login:
        db.upgrade()
    return db
