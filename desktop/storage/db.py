"""Engine, sessions and schema migrations."""

from __future__ import annotations

import contextlib
import functools
import re
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def sqlite_url(path: str | Path) -> str:
    return f"sqlite+pysqlite:///{Path(path).expanduser().resolve()}"


def normalise_url(url: str) -> str:
    """Accept ``postgresql://`` and plain file paths as well as full URLs."""
    if "://" not in url:
        return sqlite_url(url)
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


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

    def __init__(self, url: str):
        self.url = normalise_url(url)
        self.engine = make_engine(self.url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

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
        with self.engine.begin() as connection:
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
                    "SELECT version_num FROM alembic_version").fetchall()
        except Exception:  # noqa: BLE001 - no version table (new base): Alembic decides
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


def open_database(url: str, *, upgrade: bool = True) -> Database:
    db = Database(url)
    if upgrade:
        db.upgrade()
    return db
