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
import dataclasses
import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path, PurePath

from desktop.documents.files import replace_file, written_within
from desktop.domain.errors import UserError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message, counted
from desktop.domain.oserrors import os_reason
from desktop.domain.roles import Permission
from desktop.services import audit, authz, settings
from desktop.services.authz import guarded
from desktop.services.context import Actor, local_now, now
from desktop.services.write import message as _m
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
    # Backups a killed process left unfinished, removed before this one was made.
    interrupted: tuple[str, ...] = ()


def _sqlite_path(db: Database) -> Path:
    if db.dialect != "sqlite":
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Les sauvegardes intégrées concernent la base SQLite locale. Sur PostgreSQL, "
                    "sauvegardez la base avec pg_dump (voir le README).",
                )
            )
        )
    return Path(str(db.engine.url.database)).resolve()


def backup_dir(db: Database) -> Path:
    return _sqlite_path(db).parent / FOLDER


def sqlite_file_uri(path: PurePath) -> str:
    """``path`` (absolute) as a SQLite ``file:`` URI (Windows drive letters, spaces,
    ``#``). A Windows UNC path (``\\\\serveur\\partage\\…``, a base on a share) gets an
    empty authority, ``file:////serveur/partage/…``: SQLite refuses any other
    ("invalid uri authority"), which ``as_uri()`` gives (``file://serveur/…``)."""
    uri = path.as_uri()
    if not uri.startswith("file:///"):
        uri = "file:////" + uri.removeprefix("file://")
    return uri


def _readonly(path: Path) -> sqlite3.Connection:
    """Read-only connection through a proper file URI."""
    return sqlite3.connect(sqlite_file_uri(Path(path).resolve()) + "?mode=ro", uri=True, timeout=10)


def _sqlite_connect(path: Path, readonly: bool = False) -> sqlite3.Connection:
    if readonly:
        return _readonly(path)
    return sqlite3.connect(str(path), timeout=10)


def _counter(name: str) -> int:
    """The same-second counter of a backup's name (1 when the name has none)."""
    m = NAME_RE.fullmatch(name)
    return int(m.group(3) or 1) if m else 1


def list_backups_in(folder: Path) -> list[BackupInfo]:
    out: list[BackupInfo] = []
    if not folder.is_dir():
        return out
    for path in folder.iterdir():
        m = NAME_RE.fullmatch(path.name)
        if not m or not path.is_file():
            continue
        created = dt.datetime.strptime(m.group(1) + m.group(2), "%Y%m%d%H%M%S")
        out.append(BackupInfo(path, created, path.stat().st_size, m.group(4) or ""))
    # Newest first; within the same second, by the counter then the file's time.
    return sorted(
        out,
        key=lambda b: (
            b.created_at,
            b.path.stat().st_mtime_ns,
            _counter(b.path.name),
        ),
        reverse=True,
    )


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


PARTIAL_SUFFIX = ".partial"
# A backup being written touches its file every step; one untouched for this long was
# left by a process that was killed (never by a backup another process is writing).
STALE_PARTIAL = dt.timedelta(minutes=10)


def sweep_interrupted(folder: Path) -> tuple[str, ...]:
    """Remove the unfinished copies (``.parcours-….sqlite.partial`` and its journal)
    that a killed backup left in ``folder``; the names of the backups they were."""
    removed = []
    if not folder.is_dir():
        return ()
    for path in sorted(folder.glob(f".parcours-*.sqlite{PARTIAL_SUFFIX}*")):
        with contextlib.suppress(OSError):
            if written_within(path, STALE_PARTIAL.total_seconds()):
                continue
            path.unlink()
            if path.name.endswith(PARTIAL_SUFFIX):
                removed.append(path.name[1 : -len(PARTIAL_SUFFIX)])
    return tuple(removed)


def _write_backup(source: Path, folder: Path, kind: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    stamp = local_now()
    suffix = f"-{kind}" if kind else ""
    target = folder / f"parcours-{stamp:%Y%m%d-%H%M%S}{suffix}.sqlite"
    n = 1
    while target.exists():  # two backups in the same second
        n += 1
        target = folder / f"parcours-{stamp:%Y%m%d-%H%M%S}-{n}{suffix}.sqlite"
    tmp = folder / f".{target.name}{PARTIAL_SUFFIX}"
    try:
        _copy(source, tmp)
        problem = _integrity(tmp)
        if problem:
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "La sauvegarde n'a pas passé la vérification d'intégrité : {error}",
                    ),
                    error=problem,
                )
            )
        replace_file(tmp, target)
    except (sqlite3.Error, OSError) as exc:
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP("messages", "La sauvegarde a échoué : {error}"),
                error=_reason(exc),
            )
        ) from exc
    finally:
        for leftover in [tmp] + [tmp.with_name(tmp.name + x) for x in ("-journal", "-wal", "-shm")]:
            with contextlib.suppress(OSError):
                leftover.unlink()
    return target


def _reason(exc: OSError | sqlite3.Error) -> Message | str:
    """Why a copy of the base failed: the system's reason in French, or SQLite's."""
    return os_reason(exc) if isinstance(exc, OSError) else str(exc)


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
    interrupted = sweep_interrupted(backup_dir(db))
    path = _write_backup(_sqlite_path(db), backup_dir(db))
    _record(db, actor, "sauvegarde", {"fichier": path.name})
    made = next(b for b in list_backups_in(path.parent) if b.path == path)
    return dataclasses.replace(made, interrupted=interrupted)


@guarded("consultation")
def list_backups(db: Database, actor: Actor) -> list[BackupInfo]:
    authz.require(actor, Permission.BACKUP_MANAGE, entity=ENTITY)
    return list_backups_in(backup_dir(db))


def prune(db: Database, keep_days: int, at: dt.datetime | None = None) -> list[Path]:
    """Delete the backups older than ``keep_days`` days, always keeping the newest."""
    at = at or local_now()
    backups = list_backups_in(backup_dir(db))
    removed = []
    for info in backups[1:]:
        if info.created_at < at - dt.timedelta(days=keep_days):
            with contextlib.suppress(OSError):
                info.path.unlink()
                removed.append(info.path)
    return removed


def ensure_daily_backup(
    db: Database, actor: Actor, at: dt.datetime | None = None
) -> BackupInfo | None:
    """At start-up: a backup if the last one is more than a day old, then the old ones
    pruned. Automatic (no permission needed); nothing on PostgreSQL."""
    if db.dialect != "sqlite":
        return None
    at = at or local_now()
    folder = backup_dir(db)
    backups = [b for b in list_backups_in(folder) if b.kind == ""]
    made = None
    sweep_interrupted(folder)
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

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None  # the project always has migrations
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from desktop.storage.db import alembic_config

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def check_backup(path: str | Path) -> str:
    """The schema revision of a backup that can be restored, else ``UserError``."""
    path = Path(path)
    name = path.name
    bad = _m(
        QT_TRANSLATE_NOOP("messages", "« {name} » n'est pas une sauvegarde de Parcours lisible."),
        name=name,
    )
    if not path.is_file():
        raise UserError(
            _m(QT_TRANSLATE_NOOP("messages", "Le fichier « {name} » n'existe pas."), name=name)
        )
    with open(path, "rb") as f:
        if f.read(16) != b"SQLite format 3\x00":
            raise UserError(bad)
    try:
        problem = _integrity(path)
        if problem:
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "La sauvegarde « {name} » est endommagée : {error}"
                    ),
                    name=name,
                    error=problem,
                )
            )
        con = _sqlite_connect(path, readonly=True)
        try:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise UserError(bad) from exc
    revision = row[0] if row else None
    if revision not in known_revisions():
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "La sauvegarde « {name} » a la version de schéma « {found} », que cette version "
                    "de Parcours ne connaît pas (attendue : {expected}).",
                ),
                name=name,
                found=revision or "aucune",
                expected=expected_revision(),
            )
        )
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
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages", "Choisissez un fichier de sauvegarde, pas la base elle-même."
                )
            )
        )
    revision = check_backup(path)
    from desktop.services import retention

    # An erasure stands: the files and CALEOL candidatures anonymised in this base are
    # anonymised again in the restored one (a backup taken before the purge names them).
    erased = retention.anonymised_households(db)
    erased_candidatures = retention.anonymised_candidatures(db)
    safety = _write_backup(live, backup_dir(db), "avantrestauration")
    db.dispose()  # no pooled connection keeps the old pages
    try:
        _copy(path, live)
    except sqlite3.Error as exc:
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "La restauration a échoué : {error}. La base d'avant est dans « {name} ».",
                ),
                error=str(exc),
                name=safety.name,
            )
        ) from exc
    db.upgrade()
    _record(
        db,
        actor,
        "restauration",
        {
            "fichier": path.name,
            "revision": revision,
            "sauvegarde_avant": safety.name,
            "le": now().isoformat(),
        },
    )
    retention.reapply_erasure(db, actor, erased, erased_candidatures)
    return safety


# --------------------------------------------------------------------------- damaged base
# A base that cannot be opened or fails the integrity check is not backed up (that
# fails, or copies the damage): it is set aside under a new name and the latest intact
# backup takes its place. Nobody can sign in to a damaged base, so this needs no
# account: whoever can replace the file on this workstation can do the same by hand.


@dataclass(frozen=True)
class RescueResult:
    backup: BackupInfo  # the backup now in place
    damaged: Path  # where the damaged base was set aside
    lost: LostSince


@dataclass(frozen=True)
class LostSince:
    """What the damaged base held after the backup, as far as it can still be read."""

    since: dt.datetime  # the backup's time (local)
    events: int | None  # audit events after the backup's last one (None: unreadable)
    last_at: dt.datetime | None  # the last of them (UTC, as stored)

    def describe(self) -> Message:
        when = f"{self.since:%d/%m/%Y à %H:%M}"
        if self.events is None:
            return _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Les modifications faites après le {when} (heure de la sauvegarde) sont "
                    "perdues ; la base endommagée ne permet pas de les compter.",
                ),
                when=when,
            )
        if self.events == 0:
            return _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Rien n'a été perdu : la base endommagée ne contenait aucune "
                    "opération postérieure à la sauvegarde du {when}.",
                ),
                when=when,
            )
        from desktop.domain.formatting import format_datetime_fr

        return counted(
            self.events,
            QT_TRANSLATE_NOOP(
                "messages",
                "{n} opération enregistrée après la sauvegarde du {when} est perdue (le "
                "{last}) : à ressaisir. Le journal de la base endommagée, mise de côté, permet "
                "de la retrouver.",
            ),
            QT_TRANSLATE_NOOP(
                "messages",
                "{n} opérations enregistrées après la sauvegarde du {when} sont perdues (la "
                "dernière le {last}) : à ressaisir. Le journal de la base endommagée, mise de "
                "côté, permet de les retrouver.",
            ),
            when=when,
            last=format_datetime_fr(self.last_at) if self.last_at else "?",
        )


def sqlite_file_of(url: str) -> Path | None:
    """The file of a SQLite URL (or plain path), ``None`` for a server URL."""
    from sqlalchemy.engine import make_url

    from desktop.storage.db import normalise_url

    parsed = make_url(normalise_url(url))
    if not parsed.drivername.startswith("sqlite") or not parsed.database:
        return None
    return Path(parsed.database).resolve()


def base_problem(path: Path) -> str:
    """'' when the SQLite base at ``path`` opens and passes ``integrity_check`` (or does
    not exist yet), else what is wrong."""
    path = Path(path)
    if not path.exists():
        return ""
    try:
        with open(path, "rb") as f:
            head = f.read(100)
    except OSError as exc:
        return str(os_reason(exc))
    if not head:
        return ""  # an empty file: a new base
    if head[:16] != b"SQLite format 3\x00":
        return "le fichier n'est pas une base SQLite"
    try:
        con = _readonly(path)
        try:
            rows = con.execute("PRAGMA integrity_check").fetchall()
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except sqlite3.Error as exc:
        return str(exc)
    result = "; ".join(str(r[0]) for r in rows[:3])
    return "" if result == "ok" else result


def latest_intact_backup(folder: Path) -> BackupInfo | None:
    """The newest backup in ``folder`` that passes every restore check."""
    for info in list_backups_in(folder):
        try:
            check_backup(info.path)
        except UserError:
            continue
        return info
    return None


def _last_event(path: Path) -> tuple[int | None, str | None]:
    con = _readonly(path)
    try:
        # An aggregate without GROUP BY always returns one row (NULLs on an empty table).
        return con.execute("SELECT max(id), max(at) FROM audit_event").fetchone()
    finally:
        con.close()


# Audit actions that change no data: not counted as lost.
_NOT_CHANGES = ("consultation", "sauvegarde", "connexion", "connexion_refusee", "export", "refus")


def _lost_since(damaged: Path, backup_info: BackupInfo) -> LostSince:
    events = last_at = None
    try:
        last_backed_up = _last_event(backup_info.path)[0] or 0
        con = _readonly(damaged)
        try:
            events, last = con.execute(
                "SELECT count(*), max(at) FROM audit_event WHERE id > ? AND action NOT IN "
                f"({', '.join('?' * len(_NOT_CHANGES))})",
                (last_backed_up, *_NOT_CHANGES),
            ).fetchone()
        finally:
            con.close()
        if last:
            last_at = dt.datetime.fromisoformat(str(last))
    except (sqlite3.Error, ValueError, OSError, TypeError):
        events, last_at = None, None
    return LostSince(backup_info.created_at, events, last_at)


def rescue(path: str | Path, backup_path: str | Path | None = None) -> RescueResult:
    """Replace the damaged SQLite base at ``path`` by ``backup_path`` (default: the latest
    intact backup beside it), setting the damaged files aside untouched.

    Refused when the base is not damaged (``restore`` is then the way, with its safety
    backup) or when no intact backup exists.
    """
    live = Path(path).resolve()
    problem = base_problem(live)
    if not problem:
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "La base « {name} » n'est pas endommagée : utilisez la restauration "
                    "ordinaire, qui sauvegarde d'abord la base actuelle.",
                ),
                name=live.name,
            )
        )
    folder = live.parent / FOLDER
    if backup_path is not None:
        check_backup(backup_path)
        chosen = Path(backup_path).resolve()
        info: BackupInfo | None = next(
            (b for b in list_backups_in(chosen.parent) if b.path == chosen),
            BackupInfo(
                chosen, dt.datetime.fromtimestamp(chosen.stat().st_mtime), chosen.stat().st_size, ""
            ),
        )
    else:
        info = latest_intact_backup(folder)
        if info is None:
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "La base « {name} » est endommagée ({error}) et aucune sauvegarde intacte "
                        "n'a été trouvée dans « {folder} ».",
                    ),
                    name=live.name,
                    error=problem,
                    folder=str(folder),
                )
            )
    assert info is not None  # the branches above either found one or raised
    lost = _lost_since(live, info)
    stamp = local_now()
    aside = live.with_name(f"{live.name}.endommagee-{stamp:%Y%m%d-%H%M%S}")
    n = 1
    while aside.exists():
        n += 1
        aside = live.with_name(f"{live.name}.endommagee-{stamp:%Y%m%d-%H%M%S}-{n}")
    try:
        os.replace(live, aside)
        for extra in ("-wal", "-shm", "-journal"):  # they belong to the damaged base
            side = live.with_name(live.name + extra)
            if side.exists():
                os.replace(side, aside.with_name(aside.name + extra))
        tmp = live.with_name(f".{live.name}.restauration")
        _copy(info.path, tmp)
        replace_file(tmp, live)
    except (OSError, sqlite3.Error) as exc:
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "La restauration a échoué : {error}. La base endommagée est dans « {name} ».",
                ),
                error=_reason(exc),
                name=aside.name,
            )
        ) from exc
    from desktop.services.context import system_actor
    from desktop.storage.db import open_database, sqlite_url

    db = open_database(sqlite_url(live))
    try:
        _record(
            db,
            system_actor(),
            "restauration",
            {
                "fichier": info.path.name,
                "base_endommagee": aside.name,
                "probleme": problem,
                "operations_perdues": lost.events,
                "le": now().isoformat(),
            },
        )
    finally:
        db.dispose()
    return RescueResult(info, aside, lost)
