"""The organisation profile, shared by every workstation of a base (*Administration >
Paramètres*): identity and letterhead, legal mentions, the DPO of the personal-data
notice, each agency's letterhead (its town in « Fait à »), the e-mail relay of the
convocations, the signing certificate, the retention of backups.

It is kept in the base (``app_setting`` row ``organisation.profile``, the table layout
of ``organisation.toml``). Until an administrator saves it, the profile file is read
(``desktop.documents.profile.load_profile``: the ``organisation_profile`` setting, the
user's ``organisation.toml``, else the demonstration profile) and the screen starts
from it; signatories and the envelope window, which the screen does not edit, are
carried over from it (their image paths made absolute).
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from desktop.documents import profile as org_profile
from desktop.domain import organisation as rules
from desktop.domain.roles import Permission
from desktop.services import audit, authz, settings
from desktop.services.authz import guarded
from desktop.services.context import Actor
from desktop.services.write import check_version, conflict_of, touch, writing
from desktop.storage.db import Database
from desktop.storage.models import Agency, AppSetting

PROFILE_KEY = "organisation.profile"
ENTITY = "reglage"


@dataclass(frozen=True)
class ProfileView:
    data: rules.OrganisationData
    backup_keep_days: int
    #: the row's version (``None``: not in the base yet, read from ``source``)
    version: int | None
    source: str  # where the values come from: "base" or the profile file's path
    updated_by: str = ""
    updated_at: dt.datetime | None = None


def _file_table() -> tuple[dict, str]:
    """The profile file's table, image paths made absolute; ({}, path) when unreadable."""
    path = org_profile.profile_path()
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}, str(path)
    base = path.parent

    def absolute(value):
        return str((base / str(value)).resolve()) if value else value

    b = table.get("bailleur")
    if isinstance(b, dict) and b.get("logo"):
        b["logo"] = absolute(b["logo"])
    for s in table.get("signataires") or []:
        if isinstance(s, dict) and s.get("signature"):
            s["signature"] = absolute(s["signature"])
    m = table.get("messagerie")
    if isinstance(m, dict) and m.get("certificat_ca"):
        m["certificat_ca"] = absolute(m["certificat_ca"])
    return table, str(path)


def stored_table(db: Database) -> dict | None:
    """The profile kept in the base, or ``None`` before it is first saved."""
    with db.reader() as session:
        row = session.get(AppSetting, PROFILE_KEY)
        return dict(row.value) if row is not None and row.value else None


def load_profile(db: Database) -> org_profile.OrganisationProfile:
    """The profile the documents use: the base's, else the profile file's (its
    ``UserError`` when that is missing or unreadable)."""
    with db.reader() as session:
        return load_profile_in(session)


def load_profile_in(session) -> org_profile.OrganisationProfile:
    """``load_profile`` within an open session."""
    row = session.get(AppSetting, PROFILE_KEY)
    if row is not None and row.value:
        # image paths are stored absolute: the folder given here is never used
        profile = org_profile.parse_profile(dict(row.value), Path.cwd(), None)
        if profile.name:  # always, once saved through update_profile
            return profile
    return org_profile.load_profile()


def mail_table(db: Database) -> dict | None:
    """The ``messagerie`` table of the base's profile (``None``: not in the base)."""
    table = stored_table(db)
    return None if table is None else (table.get("messagerie") or {})


def signing_certificate(db: Database) -> Path | None:
    """The organisation's signing certificate (a .p12/.pfx file), if one is set."""
    table = stored_table(db)
    value = (table or {}).get("certificat_signature")
    return Path(value) if value else None


def _agencies(db: Database) -> list[tuple[str, str]]:
    with db.reader() as session:
        return [(a.code, a.name) for a in session.scalars(select(Agency).order_by(Agency.name))]


def get_profile(db: Database, actor: Actor) -> ProfileView:
    authz.require(actor, Permission.SETTINGS_MANAGE, entity=ENTITY)
    agencies = _agencies(db)
    keep_days = int(settings.current(db)[settings.BACKUP_KEEP_DAYS])
    with db.reader() as session:
        row = session.get(AppSetting, PROFILE_KEY)
        if row is not None and row.value:
            return ProfileView(
                rules.from_table(dict(row.value), agencies),
                keep_days,
                row.version,
                "base",
                row.updated_by,
                row.updated_at,
            )
    table, source = _file_table()
    return ProfileView(rules.from_table(table, agencies), keep_days, None, source)


def _certificate_exists(path: str) -> bool:
    return Path(path).expanduser().is_file()


@guarded("update")
def update_profile(
    db: Database,
    actor: Actor,
    data: rules.OrganisationData,
    expected_version: int | None,
    backup_keep_days: int | None = None,
) -> ProfileView:
    """Validate and save the profile (and the retention of backups) in one
    transaction, audited; ``expected_version``: the version the screen read (``None``
    when it read the profile file, the row must then not exist yet)."""
    authz.require(actor, Permission.SETTINGS_MANAGE, entity=ENTITY)
    rules.validate_organisation(data, _certificate_exists)
    if backup_keep_days is not None:
        # checked before anything is written: the same rules as the retention page
        settings.check_values({settings.BACKUP_KEEP_DAYS: backup_keep_days}, actor)
    known = {code for code, _name in _agencies(db)}
    data.agencies = [a for a in data.agencies if a.code in known]

    def load(session):
        return session.get(AppSetting, PROFILE_KEY)

    def conflict():
        with db.reader() as session:
            return conflict_of(load(session))

    with writing(db, conflict) as session:
        row = load(session)
        if row is None and expected_version is not None:
            raise conflict()
        if row is not None:
            if expected_version is None:
                raise conflict_of(row)
            check_version(row, expected_version)
        keep = dict(row.value) if row is not None and row.value else _file_table()[0]
        before = dict(row.value) if row is not None and row.value else None
        after = rules.to_table(data, keep)
        if after != before:
            if row is None:
                row = AppSetting(key=PROFILE_KEY)
                session.add(row)
            row.value = after
            touch(row, actor)
            audit.record(
                session, actor, "update", ENTITY, None, _changes(before or {}, after), after
            )
        if backup_keep_days is not None:
            old = settings.read(session, settings.BACKUP_KEEP_DAYS)
            if old != backup_keep_days:
                settings.write(session, actor, settings.BACKUP_KEEP_DAYS, backup_keep_days)
                audit.record(
                    session,
                    actor,
                    "update",
                    ENTITY,
                    None,
                    {settings.BACKUP_KEEP_DAYS: old},
                    {settings.BACKUP_KEEP_DAYS: backup_keep_days},
                )
    return get_profile(db, actor)


def _changes(before: dict, after: dict) -> dict:
    """The audit's "before": only the sections that changed."""
    return {k: before.get(k) for k in after if before.get(k) != after.get(k)}
