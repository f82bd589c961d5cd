"""Organisation-wide settings kept in the database: one typed registry of options.

Per-workstation preferences stay in the local settings file (``desktop.config``);
what must be the same for every user of a base (lock-out, retention periods, backup
retention) is here, editable by an administrator, every change audited.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.retention import MAX_MONTHS, RULES
from desktop.domain.roles import Permission
from desktop.services import audit, authz
from desktop.services.authz import guarded
from desktop.services.context import Actor, now
from desktop.storage.db import Database
from desktop.storage.models import AppSetting

ENTITY = "reglage"


@dataclass(frozen=True)
class Option:
    key: str
    label: str
    default: int
    minimum: int
    maximum: int
    permission: Permission = Permission.SETTINGS_MANAGE


LOCKOUT_THRESHOLD = "lockout.threshold"
LOCKOUT_MINUTES = "lockout.minutes"
BACKUP_KEEP_DAYS = "backup.keep_days"
IDLE_MINUTES = "session.idle_minutes"
DEMO_BASE = "base.demo"  # set on the demonstration base only (not an option)

OPTIONS: dict[str, Option] = {
    o.key: o
    for o in (
        Option(
            LOCKOUT_THRESHOLD,
            QT_TRANSLATE_NOOP("messages", "Échecs de connexion avant verrouillage du compte"),
            5,
            1,
            50,
        ),
        Option(
            LOCKOUT_MINUTES,
            QT_TRANSLATE_NOOP(
                "messages",
                "Durée du verrouillage en minutes (0 : jusqu'au déverrouillage par un "
                "administrateur)",
            ),
            15,
            0,
            7 * 24 * 60,
        ),
        Option(
            IDLE_MINUTES,
            QT_TRANSLATE_NOOP(
                "messages",
                "Verrouillage de la fenêtre après une inactivité de (minutes ; 0 : jamais)",
            ),
            15,
            0,
            8 * 60,
        ),
        Option(
            BACKUP_KEEP_DAYS,
            QT_TRANSLATE_NOOP(
                "messages", "Durée de conservation des sauvegardes automatiques (jours)"
            ),
            30,
            1,
            3650,
            Permission.BACKUP_MANAGE,
        ),
        *(
            Option(
                rule.setting_key,
                rule.label,
                rule.default_months,
                0,
                MAX_MONTHS,
                Permission.RETENTION_MANAGE,
            )
            for rule in RULES
        ),
    )
}


def read(session: Session, key: str):
    """The value of ``key`` (its default when never set)."""
    row = session.get(AppSetting, key)
    if row is not None and row.value is not None:
        return row.value
    option = OPTIONS.get(key)
    return option.default if option else None


def current(db: Database) -> dict[str, int]:
    """Every option's value (no permission needed: the sign-in reads the lock-out)."""
    with db.reader() as session:
        stored = {row.key: row.value for row in session.scalars(select(AppSetting))}
    return {
        key: stored.get(key, o.default) if stored.get(key) is not None else o.default
        for key, o in OPTIONS.items()
    }


def write(session: Session, actor: Actor, key: str, value) -> None:
    """Set ``key`` without any check (internal use: the demo-base flag)."""
    row = session.get(AppSetting, key)
    if row is None:
        session.add(AppSetting(key=key, value=value, updated_at=now(), updated_by=actor.username))
    else:
        row.value = value
        row.updated_at = now()
        row.updated_by = actor.username


def is_demo_base(db: Database) -> bool:
    with db.reader() as session:
        return bool(read(session, DEMO_BASE))


@guarded("update")
def update(db: Database, actor: Actor, changes: dict[str, int]) -> None:
    """Change several options at once, all or nothing; each option needs its own
    permission (retention periods: ``RETENTION_MANAGE``...)."""
    check_values(changes, actor)
    with db.transaction() as session:
        before = {key: read(session, key) for key in changes}
        changed = {k: v for k, v in changes.items() if before[k] != v}
        for key, value in changed.items():
            write(session, actor, key, value)
        if changed:
            audit.record(
                session, actor, "update", ENTITY, None, {k: before[k] for k in changed}, changed
            )


def check_values(changes: dict[str, int], actor: Actor) -> None:
    """Refuse (``ValidationError``, ``PermissionDenied``) what ``update`` would refuse."""
    errors: dict[str, Message] = {}
    for key in changes:
        option = OPTIONS.get(key)
        if option is None:
            errors[key] = Message(QT_TRANSLATE_NOOP("messages", "Réglage inconnu."))
            continue
        authz.require(actor, option.permission, entity=ENTITY)
    for key, value in changes.items():
        option = OPTIONS.get(key)
        if option is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int):
            errors[key] = Message(QT_TRANSLATE_NOOP("messages", "Nombre entier attendu."))
        elif not option.minimum <= value <= option.maximum:
            errors[key] = Message(
                QT_TRANSLATE_NOOP("messages", "Valeur attendue entre {min} et {max}."),
                {"min": option.minimum, "max": option.maximum},
            )
    if errors:
        raise ValidationError(errors)
