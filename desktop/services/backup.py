"""Backups of the embedded SQLite base: SQLite's online backup API, daily, kept N days.

``sqlite3.Connection.backup`` copies a consistent snapshot page by page while the
application keeps working (WAL mode: readers and the writer are not blocked). A
backup is written under a temporary name, checked (``PRAGMA integrity_check``) and
only then renamed ``parcours-AAAAMMJJ-HHMMSS.sqlite`` in the ``sauvegardes`` folder
beside the base. A restore first checks that the file is a SQLite base that passes the
integrity check and carries a schema revision this version of Parcours knows, saves the
current base, then copies the backup over it with the same API.

On PostgreSQL the server's tools do this job (``pg_dump``, see the README).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.errors import UserError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.oserrors import os_reason
from desktop.domain.roles import Permission
from desktop.services import audit, authz, settings
from desktop.services.authz import guarded
from desktop.services.context import Actor, now
from desktop.storage.db import Database

ENTITY = "sauvegarde"
FOLDER = "sauvegardes"
NAME_RE = re.compile(r"parcours-(\d{8})-(\d{6})(?:-(\d+))?(?:-([a-z]+))?\.sqlite")
PAGES_PER_STEP = 4096


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: dt.datetime  # local time, from the name
    size: int
    kind: str  # "" (automatic or on demand), "avant-restauration"


def _m(text: str, **params) -> Message:
    return Message(text, params)


def _sqlite_path(db: Database) -> Path:
    if db.dialect != "sqlite":
        raise UserError(_m(QT_TRANSLATE_NOOP(
            "messages",
            "Les sauvegardes intégrées concernent la base SQLite locale. Sur PostgreSQL, "
            "sauvegardez la base avec pg_dump (voir le README).")))
    return Path(str(db.engine.url.database)).resolve()


def backup_dir(db: Database) -> Path:
    return _sqlite_path(db).parent / FOLDER


def _sqlite_connect(path: Path, readonly: bool = False) -> sqlite3.Connection:
    if readonly:
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
    return sqlite3.connect(str(path), timeout=10)


def list_backups_in(folder: Path) -> list[BackupInfo]:
    out = []
    if not folder.is_dir():
        return out
    for path in folder.iterdir():
        m = NAME_RE.fullmatch(path.name)
        if not m or not path.is_file():
            continue
        created = dt.datetime.strptime(m.group(1) + m.group(2), "%Y%m%d%H%M%S")
        out.append(BackupInfo(path, created, path.stat().st_size, m.group(4) or ""))
    # Newest first; within the same second, by the counter then the file's time.
    return sorted(out, key=lambda b: (b.created_at, b.path.stat().st_mtime_ns,
                                      int(NAME_RE.fullmatch(b.path.name).group(3) or 1)),
                  reverse=True)


def _copy(source: Path, target: Path) -> None:
    """``source`` to ``target`` with the online backup API (consistent snapshot)."""
    src = _sqlite_connect(source)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst, pages=PAGES_PER_STEP)
        finally:
            dst.close()
    finally:
        src.close()


def _write_backup(source: Path, folder: Path, kind: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now()
    suffix = f"-{kind}" if kind else ""
    target = folder / f"parcours-{stamp:%Y%m%d-%H%M%S}{suffix}.sqlite"
    n = 1
    while target.exists():  # two backups in the same second
        n += 1
        target = folder / f"parcours-{stamp:%Y%m%d-%H%M%S}-{n}{suffix}.sqlite"
    tmp = folder / f".{target.name}.partial"
    try:
        _copy(source, tmp)
        problem = _integrity(tmp)
        if problem:
            raise UserError(_m(QT_TRANSLATE_NOOP(
                "messages", "La sauvegarde n'a pas passé la vérification d'intégrité : {error}"),
                error=problem))
        os.replace(tmp, target)
    except sqlite3.Error as exc:
        raise UserError(_m(QT_TRANSLATE_NOOP(
            "messages", "La sauvegarde a échoué : {error}"), error=str(exc))) from exc
    except OSError as exc:
        raise UserError(_m(QT_TRANSLATE_NOOP(
            "messages", "La sauvegarde a échoué : {error}"),
            error=os_reason(exc))) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return target


def _integrity(path: Path) -> str:
    """'' when ``path`` passes ``PRAGMA integrity_check``, else the first problem."""
    con = _sqlite_connect(path, readonly=True)
    try:
        rows = con.execute("PRAGMA integrity_check").fetchall()
    finally:
        con.close()
    result = "; ".join(str(r[0]) for r in rows[:3])
    return "" if result == "ok" else result


def _record(db: Database, actor: Actor, action: str, after: dict) -> None:
    with db.transaction() as session:
        audit.record(session, actor, action, ENTITY, None, None, after)


@guarded("sauvegarde")
def backup_now(db: Database, actor: Actor) -> BackupInfo:
    """Back the base up now (administrators)."""
    authz.require(actor, Permission.BACKUP_MANAGE, entity=ENTITY)
    path = _write_backup(_sqlite_path(db), backup_dir(db))
    _record(db, actor, "sauvegarde", {"fichier": path.name})
    return next(b for b in list_backups_in(path.parent) if b.path == path)


@guarded("consultation")
def list_backups(db: Database, actor: Actor) -> list[BackupInfo]:
    authz.require(actor, Permission.BACKUP_MANAGE, entity=ENTITY)
    return list_backups_in(backup_dir(db))


def prune(db: Database, keep_days: int, at: dt.datetime | None = None) -> list[Path]:
    """Delete the backups older than ``keep_days`` days, always keeping the newest."""
    at = at or dt.datetime.now()
    backups = list_backups_in(backup_dir(db))
    removed = []
    for info in backups[1:]:
        if info.created_at < at - dt.timedelta(days=keep_days):
            with contextlib.suppress(OSError):
                info.path.unlink()
                removed.append(info.path)
    return removed


def ensure_daily_backup(db: Database, actor: Actor, at: dt.datetime | None = None
                        ) -> BackupInfo | None:
    """At start-up: a backup if the last one is more than a day old, then the old ones
    pruned. Automatic (no permission needed); nothing on PostgreSQL."""
    if db.dialect != "sqlite":
        return None
    at = at or dt.datetime.now()
    folder = backup_dir(db)
    backups = [b for b in list_backups_in(folder) if b.kind == ""]
    made = None
    if not backups or backups[0].created_at <= at - dt.timedelta(days=1):
        path = _write_backup(_sqlite_path(db), folder)
        _record(db, actor, "sauvegarde", {"fichier": path.name, "automatique": True})
        made = next(b for b in list_backups_in(folder) if b.path == path)
    with db.reader() as session:
        keep = int(settings.read(session, settings.BACKUP_KEEP_DAYS))
    prune(db, keep, at)
    return made


def expected_revision() -> str:
    from alembic.script import ScriptDirectory

    from desktop.storage.db import alembic_config

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from desktop.storage.db import alembic_config

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def check_backup(path: str | Path) -> str:
    """The schema revision of a backup that can be restored, else ``UserError``."""
    path = Path(path)
    name = path.name
    bad = _m(QT_TRANSLATE_NOOP(
        "messages", "« {name} » n'est pas une sauvegarde de Parcours lisible."), name=name)
    if not path.is_file():
        raise UserError(_m(QT_TRANSLATE_NOOP(
            "messages", "Le fichier « {name} » n'existe pas."), name=name))
    with open(path, "rb") as f:
        if f.read(16) != b"SQLite format 3\x00":
            raise UserError(bad)
    try:
        problem = _integrity(path)
        if problem:
            raise UserError(_m(QT_TRANSLATE_NOOP(
                "messages", "La sauvegarde « {name} » est endommagée : {error}"),
                name=name, error=problem))
        con = _sqlite_connect(path, readonly=True)
        try:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise UserError(bad) from exc
    revision = row[0] if row else None
    if revision not in known_revisions():
        raise UserError(_m(QT_TRANSLATE_NOOP(
            "messages",
            "La sauvegarde « {name} » a la version de schéma « {found} », que cette version "
            "de Parcours ne connaît pas (attendue : {expected})."),
            name=name, found=revision or "aucune", expected=expected_revision()))
    return revision


@guarded("restauration")
def restore(db: Database, actor: Actor, path: str | Path) -> Path:
    """Replace the base with the backup ``path`` after checking it; return the backup of
    the base as it was just before (``...-avantrestauration.sqlite``).

    The base is then brought to the current schema (a backup of an older version).
    """
    authz.require(actor, Permission.BACKUP_MANAGE, entity=ENTITY)
    path = Path(path).resolve()
    live = _sqlite_path(db)
    if path == live:
        raise UserError(_m(QT_TRANSLATE_NOOP(
            "messages", "Choisissez un fichier de sauvegarde, pas la base elle-même.")))
    revision = check_backup(path)
    safety = _write_backup(live, backup_dir(db), "avantrestauration")
    db.dispose()  # no pooled connection keeps the old pages
    try:
        _copy(path, live)
    except sqlite3.Error as exc:
        raise UserError(_m(QT_TRANSLATE_NOOP(
            "messages", "La restauration a échoué : {error}. La base d'avant est dans « {name} »."),
            error=str(exc), name=safety.name)) from exc
    db.upgrade()
    _record(db, actor, "restauration", {
        "fichier": path.name, "revision": revision, "sauvegarde_avant": safety.name,
        "le": now().isoformat()})
    return safety
