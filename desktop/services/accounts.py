"""Accounts: first administrator, sign-in with lock-out, users managed by administrators.

Passwords are hashed with argon2id (``argon2-cffi``); no password is ever stored or
logged in clear, and no account has a built-in password: the first start asks for
the administrator's. The demonstration base alone has demo accounts, whose shared
password is shown on its sign-in dialog.

"Setup mode": while a base has no active administrator, the GUI asks to create one and
the command line acts as the workstation's user with administrator rights.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, cast

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import CursorResult, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, undefer_group
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.exc import StaleDataError

from desktop.domain.errors import (
    AuthenticationError,
    ConflictError,
    NotFoundError,
    UserError,
    ValidationError,
    too_long,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.roles import AGENCY_SCOPED, Permission, Role, parse_role
from desktop.domain.tenant import check_text
from desktop.domain.text import bidi_controls, clean
from desktop.services import audit, authz, settings
from desktop.services.authz import guarded
from desktop.services.context import Actor, now
from desktop.services.write import from_row, snapshot
from desktop.services.write import message as _m
from desktop.storage import server_roles
from desktop.storage.db import Database
from desktop.storage.models import SIGN_IN, Agency, AppUser

ENTITY = "compte"
ACTION_LOGIN = "connexion"
ACTION_LOGIN_FAILED = "connexion_refusee"
ACTION_LOCKED = "verrouillage"
ACTION_UNLOCKED = "deverrouillage"
ACTION_PASSWORD = "mot_de_passe"

PASSWORD_MIN = 12
PASSWORD_MAX = 256
USERNAME_RE = re.compile(r"[a-z0-9][a-z0-9._-]{1,79}")

DEMO_PASSWORD = "demo"
# (username, full name, role, agency code) of the demonstration base's accounts.
DEMO_ACCOUNTS: tuple[tuple[str, str, Role, str | None], ...] = (
    ("admin", "Administrateur (démo)", Role.ADMIN, None),
    ("responsable.bxn", "Responsable Bordeaux Nord (démo)", Role.MANAGER, "BXN"),
    ("agent.bxn", "Agent Bordeaux Nord (démo)", Role.AGENT, "BXN"),
    ("agent.mer", "Agent Mérignac (démo)", Role.AGENT, "MER"),
    ("secretaire.caleol", "Secrétaire CALEOL (démo)", Role.CALEOL_SECRETARY, None),
    ("membre.caleol", "Membre CALEOL (démo)", Role.CALEOL_MEMBER, None),
    # linked to the demo commission's president: she signs its minutes, as herself
    ("presidente.caleol", "Catherine Lefèvre, présidente CALEOL (démo)", Role.CALEOL_MEMBER, None),
    ("auditeur", "Auditeur (démo)", Role.AUDITOR, None),
)

_hasher = PasswordHasher()
_dummy_hash: list[str] = []


def _dummy() -> str:
    """A hash to verify against when the account does not exist (same timing)."""
    if not _dummy_hash:
        _dummy_hash.append(_hasher.hash("parcours: no such account"))
    return _dummy_hash[0]


# --------------------------------------------------------------------------- account seal
# Whoever can write the database (the SQLite file, shared PostgreSQL credentials) could
# give an account another role or agency, or another password hash, behind Parcours's
# back. Each change Parcours makes records the account's *seal* (a SHA-256 of its
# name, role, agency, state, workstation session (``os_login``: the command line signs
# in with it, without a password), password hash and the demand to change the password:
# nothing a password can be guessed from)
# in its audit event, chained and append-only; a sign-in whose account no longer has
# the last recorded seal is refused. Accounts with no seal recorded (the demo accounts,
# accounts older than the seal) are not checked.
SEAL = "sceau"
# An account created before the seals (or a demo account) is sealed at its first
# sign-in with the right password: its state then is the one checked afterwards.
ACTION_SEALED = "scellement"
_SEALED_ACTIONS = ("create", "update", ACTION_PASSWORD, ACTION_SEALED)


def _seal(user: AppUser, *, legacy: bool = False) -> str:
    """The account's seal. A demand to change the password (set by an administrator's
    reset) is in it while set: cleared by hand, it would let its holder keep the
    password the administrator chose. Only while set, so that the seals recorded
    before it was covered (``legacy``) stay those of the accounts without it."""
    from desktop.services.seals import digest

    parts: list = [
        user.username,
        user.role,
        user.agency_id,
        bool(user.active),
        user.os_login or "",
        user.password_hash,
    ]
    if user.must_change_password and not legacy:
        parts.append("mot de passe à changer")
    return digest(parts)


def _recorded_seal(session: Session, user_id: int) -> str | None:
    """The seal the account's last sealed audit event recorded (None: never sealed)."""
    from desktop.services.seals import recorded_seal

    return recorded_seal(session, ENTITY, user_id, _SEALED_ACTIONS, last=True)


def _set_password(user: AppUser, password: str, *, must_change: bool) -> None:
    """The account's new password, hashed and dated; ``must_change``: to be changed at
    the next sign-in."""
    user.password_hash = _hasher.hash(password)
    user.password_changed_at = now()
    user.must_change_password = must_change


def _unlock(user: AppUser) -> None:
    """The account may sign in again: its failed attempts forgotten, its lock lifted."""
    user.failed_attempts = 0
    user.locked_at = None


def _password_event(session: Session, actor: Actor, user: AppUser, by: str) -> None:
    """The audit event of a new password hash (``by``: who set it), with its seal."""
    audit.record(
        session, actor, ACTION_PASSWORD, ENTITY, user.id, None, {"par": by, SEAL: _seal(user)}
    )


def _tampered_refusal(session: Session, user: AppUser, detail: dict) -> AuthenticationError | None:
    """The audited refusal of an account changed outside Parcours, else None. Not on a
    server set up by ``server init``: the server itself refuses such changes, checks
    the password, and keeps the hash from the accounts (docs/server-roles.md)."""
    if server_mode(session):
        return None
    recorded = _recorded_seal(session, user.id)
    if recorded is None:
        audit.record(
            session, actor_for(user), ACTION_SEALED, ENTITY, user.id, None, {SEAL: _seal(user)}
        )
        return None
    if recorded == _seal(user) or (
        # (set by hand, the demand only makes its holder change the password)
        user.must_change_password and recorded == _seal(user, legacy=True)
    ):
        return None
    _audit_refusal(
        session, actor_for(user), user.id, "compte modifié hors de l'application", detail
    )
    return AuthenticationError(
        _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "Ce compte a été modifié hors de Parcours (rôle, agence, état ou mot de passe "
                "différents de ceux enregistrés au journal d'audit) : la connexion est "
                "refusée. Un administrateur doit vérifier le compte et le corriger dans "
                "Administration > Comptes.",
            )
        )
    )


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    full_name: str
    role: Role
    agency_code: str | None
    agency_name: str | None
    active: bool
    locked: bool
    failed_attempts: int
    last_login_at: dt.datetime | None
    os_login: str | None
    must_change_password: bool
    version: int


def actor_for(user: AppUser) -> Actor:
    return from_row(Actor, user, role=Role(user.role), user_id=user.id)


# --------------------------------------------------------------------------- checks


def password_problems(password: str, username: str = "") -> list[Message]:
    """Why ``password`` is too weak (empty list: acceptable)."""
    problems = []
    if len(password) < PASSWORD_MIN:
        problems.append(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages", "Le mot de passe doit compter au moins {min} caractères."
                ),
                min=PASSWORD_MIN,
            )
        )
    elif len(password) > PASSWORD_MAX:
        problems.append(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages", "Le mot de passe doit compter au plus {max} caractères."
                ),
                max=PASSWORD_MAX,
            )
        )
    classes = sum(
        (
            any(c.islower() for c in password),
            any(c.isupper() for c in password),
            any(c.isdigit() for c in password),
            any(not c.isalnum() for c in password),
        )
    )
    if classes < 3:
        problems.append(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Le mot de passe doit mêler au moins trois types de caractères parmi "
                    "minuscules, majuscules, chiffres et symboles.",
                )
            )
        )
    if username and len(username) >= 3 and username.casefold() in password.casefold():
        problems.append(
            _m(QT_TRANSLATE_NOOP("messages", "Le mot de passe ne doit pas contenir l'identifiant."))
        )
    return problems


def _check_password(errors: dict, password: str, username: str, key: str = "password") -> None:
    problems = password_problems(password, username)
    if problems:
        errors[key] = problems[0]


def _normal_username(username: str) -> str:
    return clean(username).strip().lower()


OS_LOGIN_MAX = 80  # characters (the column's)


def _os_login(errors: dict, value: str | None) -> str | None:
    """The workstation login as stored (None when empty); its error under ``os_login``
    when longer than the column or holding invisible or control characters."""
    value = (value or "").strip()
    check_text(errors, "os_login", value, OS_LOGIN_MAX)
    return value or None


def _check_identity(errors: dict, username: str, full_name: str) -> None:
    if not USERNAME_RE.fullmatch(username):
        errors["username"] = _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "Identifiant : 2 à 80 caractères parmi lettres sans accent, chiffres, point, "
                "tiret et tiret bas.",
            )
        )
    if len(full_name) > 160:
        errors["full_name"] = too_long(160)
    elif bidi_controls(full_name):
        errors["full_name"] = _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "Ce champ contient des caractères invisibles qui inversent le sens "
                "de l'écriture ({codes}) : retirez-les.",
            ),
            codes=", ".join(bidi_controls(full_name)),
        )
    elif any(ord(c) < 32 for c in full_name):
        errors["full_name"] = _m(
            QT_TRANSLATE_NOOP("messages", "Ce champ contient des caractères de contrôle.")
        )


def _agency_id(session: Session, errors: dict, role: Role, agency_code: str | None) -> int | None:
    code = (agency_code or "").strip().upper()
    if role in AGENCY_SCOPED and not code:
        errors["agency"] = _m(
            QT_TRANSLATE_NOOP(
                "messages", "Un agent ou un responsable d'agence doit être rattaché à une agence."
            )
        )
        return None
    if not code:
        return None
    agency_id = session.scalar(select(Agency.id).where(Agency.code == code))
    if agency_id is None:
        errors["agency"] = _m(QT_TRANSLATE_NOOP("messages", "Agence inconnue : {code}."), code=code)
    return agency_id


def _role(errors: dict, role: Role | str) -> Role:
    try:
        return parse_role(role)
    except ValueError:
        errors["role"] = _m(QT_TRANSLATE_NOOP("messages", "Rôle inconnu : {role}."), role=str(role))
        return Role.AGENT


def _active_admins(session: Session) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(AppUser)
            .where(
                AppUser.role == Role.ADMIN.value,
                AppUser.active.is_(True),
                AppUser.password_hash != "",
            )
        )
        or 0
    )


def needs_first_admin(db: Database) -> bool:
    """True while the base has no active administrator (setup mode)."""
    with db.reader() as session:
        return _active_admins(session) == 0


def _duplicate(username: str) -> ValidationError:
    return ValidationError(
        {
            "username": _m(
                QT_TRANSLATE_NOOP("messages", "L'identifiant « {name} » est déjà pris."),
                name=username,
            )
        }
    )


def _load(session: Session, user_id: int) -> AppUser:
    user = session.get(AppUser, user_id)
    if user is None:
        raise NotFoundError(
            _m(QT_TRANSLATE_NOOP("messages", "Le compte n° {id} n'existe pas ou plus."), id=user_id)
        )
    return user


# --------------------------------------------------------------------------- server roles


def server_mode(session: Session) -> bool:
    """True on a PostgreSQL server set up by ``parcours server init``: each account is
    a login role of the server, which checks its password and enforces its role."""
    from desktop.services.seals import enforced_by_server

    return enforced_by_server(session)


def _created(session: Session, actor: Actor, user: AppUser, password: str, after: dict) -> None:
    """A new account's login role (on a shared server) and its audit line."""
    _server_account(session, user, password)
    audit.record(session, actor, "create", ENTITY, user.id, None, {**after, SEAL: _seal(user)})


def _server_account(
    session: Session, user: AppUser, password: str | None = None, *, own: bool = False
) -> bool:
    """The account's login role follows the account (created, role, active, password).

    ``own``: the signed-in user changes their own password (no administrator right
    needed for that); the server then clears ``must_change_password`` itself (its
    account may not write it) and True is returned. Done in the transaction of the
    account change: both or neither.
    """
    if not server_mode(session):
        return False
    connection = session.connection()
    if not server_roles.LOGIN_RE.fullmatch(user.username):
        raise ValidationError(
            {
                "username": _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Sur le serveur PostgreSQL, l'identifiant ne peut dépasser 63 caractères.",
                    )
                )
            }
        )
    current = connection.exec_driver_sql("SELECT current_user").scalar()
    if own and current == user.username and password is not None:
        server_roles.set_own_password(connection, user.username, password)
        return True
    server_roles.set_account(connection, user.username, user.role, user.active, password)
    return False


def find_user_id(db: Database, username: str) -> int:
    with db.reader() as session:
        user_id = session.scalar(
            select(AppUser.id).where(AppUser.username == _normal_username(username))
        )
    if user_id is None:
        raise NotFoundError(
            _m(
                QT_TRANSLATE_NOOP("messages", "Aucun compte « {name} »."),
                name=username.strip()[:80],
            )
        )
    return user_id


# --------------------------------------------------------------------------- creation


def create_first_admin(
    db: Database, username: str, full_name: str, password: str, os_login: str | None = None
) -> Actor:
    """Create the administrator at the first start, with the password the user chose.

    Refused once the base has an active administrator.
    """
    username, full_name = _normal_username(username), " ".join(clean(full_name).split())
    errors: dict[str, Message] = {}
    _check_identity(errors, username, full_name)
    _check_password(errors, password, username)
    os_login = _os_login(errors, os_login)
    if errors:
        raise ValidationError(errors)
    with db.transaction() as session:
        if _active_admins(session):
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Un administrateur existe déjà : connectez-vous avec son compte.",
                    )
                )
            )
        user = session.scalars(select(AppUser).where(AppUser.username == username)).first()
        if user is None:
            user = AppUser(username=username, created_at=now())
            session.add(user)
        user.full_name = full_name
        user.os_login = os_login
        user.role = Role.ADMIN.value
        user.agency_id = None
        user.active = True
        _set_password(user, password, must_change=False)
        _unlock(user)
        session.flush()
        actor = actor_for(user)
        _created(
            session,
            actor,
            user,
            password,
            {"username": username, "role": Role.ADMIN.value, "premier": True},
        )
        return actor


@guarded("create")
def create_user(
    db: Database,
    actor: Actor,
    username: str,
    full_name: str,
    role: Role | str,
    password: str,
    agency_code: str | None = None,
    os_login: str | None = None,
    must_change_password: bool = True,
) -> int:
    """An administrator creates an account; the user changes the password at first
    sign-in unless ``must_change_password`` is false."""
    authz.require(actor, Permission.USER_MANAGE, entity=ENTITY)
    username, full_name = _normal_username(username), " ".join(clean(full_name).split())
    errors: dict[str, Message] = {}
    os_login = _os_login(errors, os_login)
    _check_identity(errors, username, full_name)
    role = _role(errors, role)
    _check_password(errors, password, username)
    with db.transaction() as session:
        agency_id = _agency_id(session, errors, role, agency_code)
        if errors:
            raise ValidationError(errors)
        if session.scalar(select(AppUser.id).where(AppUser.username == username)):
            raise _duplicate(username)
        user = AppUser(
            username=username,
            full_name=full_name,
            created_at=now(),
            role=role.value,
            agency_id=agency_id,
            active=True,
            os_login=os_login,
            failed_attempts=0,
        )
        _set_password(user, password, must_change=must_change_password)
        session.add(user)
        try:
            session.flush()
        except IntegrityError as exc:
            raise ValidationError(
                {"os_login": _m(QT_TRANSLATE_NOOP("messages", "Cet identifiant est déjà pris."))}
            ) from exc
        _created(
            session,
            actor,
            user,
            password,
            {
                "username": username,
                "full_name": full_name,
                "role": role.value,
                "agency_id": agency_id,
                "os_login": os_login,
            },
        )
        return user.id


def create_demo_accounts(db: Database) -> None:
    """The demonstration base's accounts (shared password ``DEMO_PASSWORD``), once."""
    from desktop.services.context import system_actor

    actor = system_actor()
    try:
        _create_demo_accounts(db, actor)
    except IntegrityError:  # another process created them at the same moment
        pass


def _create_demo_accounts(db: Database, actor: Actor) -> None:
    with db.transaction() as session:
        if session.scalar(select(func.count()).select_from(AppUser)):
            return
        codes = dict(session.execute(select(Agency.code, Agency.id)).tuples().all())
        demo_hash = _hasher.hash(DEMO_PASSWORD)  # one hash for all: a public password
        for username, full_name, role, code in DEMO_ACCOUNTS:
            if code is not None and code not in codes:
                continue
            session.add(
                AppUser(
                    username=username,
                    full_name=full_name,
                    created_at=now(),
                    role=role.value,
                    agency_id=codes.get(code) if code else None,
                    active=True,
                    password_hash=demo_hash,
                    password_changed_at=now(),
                    must_change_password=False,
                    failed_attempts=0,
                )
            )
        settings.write(session, actor, settings.DEMO_BASE, True)
        audit.record(
            session,
            actor,
            "create",
            ENTITY,
            None,
            None,
            {"comptes_demo": [a[0] for a in DEMO_ACCOUNTS]},
        )


# --------------------------------------------------------------------------- sign-in


def _is_locked(user: AppUser, minutes: int, at: dt.datetime) -> bool:
    if user.locked_at is None:
        return False
    return minutes == 0 or at < user.locked_at + dt.timedelta(minutes=minutes)


#: a sign-in refused (unknown account or wrong password: the message does not say which)
REFUSED = QT_TRANSLATE_NOOP("messages", "Identifiant ou mot de passe incorrect.")


def _refused() -> AuthenticationError:
    return AuthenticationError(_m(REFUSED))


def _locked_error(minutes: int) -> AuthenticationError:
    if minutes:
        return AuthenticationError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Ce compte est verrouillé après trop d'échecs de connexion. Réessayez dans "
                    "{minutes} minutes ou demandez à un administrateur de le déverrouiller.",
                ),
                minutes=minutes,
            )
        )
    return AuthenticationError(
        _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "Ce compte est verrouillé après trop d'échecs de connexion : demandez à un "
                "administrateur de le déverrouiller.",
            )
        )
    )


def _audit_refusal(
    session: Session, actor: Actor, user_id: int | None, motif: str, detail: dict
) -> None:
    """The audit line of a refused sign-in (``motif`` is the reason the trail shows)."""
    audit.record(
        session, actor, ACTION_LOGIN_FAILED, ENTITY, user_id, None, {"motif": motif, **detail}
    )


# Who an audited sign-in refusal names when the name typed is no account's: a password
# typed in the name field by mistake must not land in the audit trail in clear, nor
# anything it could be recovered from (docs/domain.md#retention, failed sign-ins).
UNKNOWN_ACCOUNT = "identifiant inconnu"


def _unknown_account(
    session: Session, typed: str, detail: dict, *, authenticated: bool = False
) -> AuthenticationError:
    """An account name nobody has: audited without the name typed (``authenticated``:
    a login role the server has just accepted, named as itself), the usual refusal."""
    actor = Actor(typed if authenticated else UNKNOWN_ACCOUNT, role=Role.AGENT)
    _audit_refusal(session, actor, None, "compte inconnu", detail)
    return _refused()


def _state_refusal(
    session: Session, user: AppUser, minutes: int, detail: dict
) -> AuthenticationError | None:
    """The audited refusal of a disabled or locked account, ``None`` when its state lets
    it sign in (every sign-in path asks this: password, server login role, OS session)."""
    if not user.active:
        motif, error = (
            "compte désactivé",
            AuthenticationError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "Ce compte est désactivé : adressez-vous à un administrateur."
                    )
                )
            ),
        )
    elif _is_locked(user, minutes, now()):
        motif, error = "compte verrouillé", _locked_error(minutes)
    else:
        return None
    _audit_refusal(session, actor_for(user), user.id, motif, detail)
    return error


def _signed_in(session: Session, user: AppUser, detail: dict | None, **values) -> Actor:
    """Stamp the account's sign-in (``last_login_at`` and ``values``) and audit it."""
    session.execute(
        update(AppUser)
        .where(AppUser.id == user.id)
        .values(last_login_at=now(), **values)
        .execution_options(synchronize_session=False)
    )
    actor = actor_for(user)
    audit.record(session, actor, ACTION_LOGIN, ENTITY, user.id, None, detail)
    return actor


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


# A claimed attempt not settled within this time (a killed process between claim and
# verdict) no longer holds back the others: they are refused instead of waiting.
CLAIM_WAIT_SECONDS = 10.0


@dataclass(frozen=True)
class _Claim:
    user_id: int
    attempt: int  # the value of failed_attempts once this attempt is counted
    password_hash: str
    threshold: int
    minutes: int
    actor: Actor


def _claim_attempt(
    db: Database, username: str, typed: str, detail: dict
) -> _Claim | AuthenticationError | None:
    """Count one sign-in attempt against the account before its hash is checked.

    One ``UPDATE ... RETURNING`` (SQLite >= 3.35, PostgreSQL) increments the failure
    counter only while it is below the threshold: parallel attempts cannot check more
    than ``threshold`` passwords before the lock. A successful attempt sets the counter
    back to 0. Returns the claim, an already audited refusal, or ``None`` when attempts
    in flight hold every slot (the caller waits and retries).
    """
    with db.reader() as session:
        threshold = max(1, int(settings.read(session, settings.LOCKOUT_THRESHOLD)))
        minutes = int(settings.read(session, settings.LOCKOUT_MINUTES))
        user_id = session.scalar(select(AppUser.id).where(AppUser.username == username))
    with db.transaction() as session:
        if user_id is not None:
            # The write comes first in the transaction: SQLite takes its write lock here.
            row = session.execute(
                update(AppUser)
                .where(
                    AppUser.id == user_id,
                    AppUser.active.is_(True),
                    AppUser.password_hash != "",
                    AppUser.locked_at.is_(None),
                    AppUser.failed_attempts < threshold,
                )
                .values(failed_attempts=AppUser.failed_attempts + 1)
                .returning(AppUser.failed_attempts, AppUser.password_hash)
                .execution_options(synchronize_session=False)
            ).first()
            if row is not None:
                return _Claim(
                    user_id,
                    int(row[0]),
                    row[1],
                    threshold,
                    minutes,
                    actor_for(session.get_one(AppUser, user_id)),
                )
        user = session.get(AppUser, user_id) if user_id is not None else None
        if user is None:
            return _unknown_account(session, typed, detail)
        if not user.password_hash:  # an account's name, no secret
            return _unknown_account(session, user.username, detail, authenticated=True)
        refusal = _state_refusal(session, user, minutes, detail)
        if refusal is not None:
            return refusal
        if user.locked_at is not None:
            # The lock has expired: counting starts again (once, whoever comes first).
            session.execute(
                update(AppUser)
                .where(AppUser.id == user.id, AppUser.locked_at == user.locked_at)
                .values(locked_at=None, failed_attempts=0)
                .execution_options(synchronize_session=False)
            )
        return None  # every slot is held by attempts in flight


def authenticate(db: Database, username: str, password: str, *, source: str = "") -> Actor:
    """The actor of the account if ``password`` is right; every attempt is audited.

    After ``lockout.threshold`` consecutive failures the account is locked for
    ``lockout.minutes`` minutes (0: until an administrator unlocks it), and this holds
    under parallel attempts (see ``_claim_attempt``); correct simultaneous sign-ins of
    one account all succeed. ``source`` says where the attempt comes from, for the
    audit trail.
    """
    import time

    typed = username.strip()[:80]
    username = _normal_username(typed)
    if len(password) > PASSWORD_MAX * 4:
        password = password[: PASSWORD_MAX * 4]  # never hash megabytes
    detail = {"source": source} if source else {}
    deadline = time.monotonic() + CLAIM_WAIT_SECONDS
    while True:
        claim = _claim_attempt(db, username, typed, detail)
        if isinstance(claim, _Claim):
            break
        if isinstance(claim, AuthenticationError):
            _verify(_dummy(), password)  # same time as a real check
            raise claim
        if time.monotonic() > deadline:
            with db.transaction() as session:
                _audit_refusal(
                    session,
                    Actor(typed or "?", role=Role.AGENT),
                    None,
                    "tentatives simultanées",
                    detail,
                )
            raise _refused()
        time.sleep(0.02)

    good = _verify(claim.password_hash, password)
    stamp = now()
    tampered: AuthenticationError | None = None
    locked = False
    with db.transaction() as session:
        if good:
            # The right password for an account changed outside Parcours: refused (the
            # attempt stays counted), the refusal audited.
            tampered = _tampered_refusal(session, session.get_one(AppUser, claim.user_id), detail)
        if good and tampered is None:
            values = {"failed_attempts": 0, "last_login_at": stamp}
            rehashed = _hasher.check_needs_rehash(claim.password_hash)
            if rehashed:
                values["password_hash"] = _hasher.hash(password)
            session.execute(
                update(AppUser)
                .where(AppUser.id == claim.user_id)
                .values(**values)
                .execution_options(synchronize_session=False)
            )
            user = session.get_one(AppUser, claim.user_id)
            session.refresh(user)
            actor = actor_for(user)
            if rehashed:  # the new hash's seal (stronger parameters, same password)
                _password_event(session, actor, user, "rehachage")
            audit.record(session, actor, ACTION_LOGIN, ENTITY, user.id, None, detail or None)
            return actor
        if tampered is None:
            # Writes first (SQLite: the write lock before any read of this transaction).
            if claim.attempt >= claim.threshold:
                result = session.execute(
                    update(AppUser)
                    .where(AppUser.id == claim.user_id, AppUser.locked_at.is_(None))
                    .values(locked_at=stamp)
                    .execution_options(synchronize_session=False)
                )
                locked = bool(cast("CursorResult[Any]", result).rowcount)
            audit.record(
                session,
                claim.actor,
                ACTION_LOGIN_FAILED,
                ENTITY,
                claim.user_id,
                None,
                {"motif": "mot de passe incorrect", "echecs": claim.attempt, **detail},
            )
            if locked:
                audit.record(
                    session,
                    claim.actor,
                    ACTION_LOCKED,
                    ENTITY,
                    claim.user_id,
                    None,
                    {"echecs": claim.attempt},
                )
    if tampered is not None:
        raise tampered
    if locked:
        raise _locked_error(claim.minutes)
    raise _refused()


def sign_in(db: Database, username: str, password: str, *, source: str = "") -> Actor:
    """Sign in with an account name and its password: ``authenticate``, or, on a
    server whose accounts are login roles (``Database.needs_login``), the connection
    as that role, whose password the server checks."""
    if not db.needs_login:
        return authenticate(db, username, password, source=source)
    from desktop.storage import errors as db_errors

    typed = username.strip()[:80]
    login = _normal_username(typed)
    if not server_roles.LOGIN_RE.fullmatch(login) or not password:
        raise _refused()
    db.login(login, password[: PASSWORD_MAX * 4])
    try:
        with db.reader() as session:
            session.execute(select(func.current_user()))
    except Exception as exc:
        db.logout()  # no credentials kept after a refusal
        if db_errors.is_authentication_failure(exc):
            raise _refused() from None
        raise db_errors.as_user_error(exc) from exc
    if not db.at_head():
        db.logout()
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "La base du serveur n'est pas à la version de cette copie de Parcours : "
                    "l'administrateur du serveur doit la mettre à jour (parcours server init).",
                )
            )
        )
    return _server_sign_in(db, login, {"source": source} if source else {})


def _server_sign_in(db: Database, login: str, detail: dict) -> Actor:
    """The server accepted the login role's password: the account's state decides."""
    with db.transaction() as session:
        user = session.scalars(select(AppUser).where(AppUser.username == login)).first()
        if user is not None:
            server_roles.load_own_account(session, user)
        if user is None:
            # The server accepted this login role's password: a role's name, no secret
            # (and the trail takes an event in its own name only).
            error = _unknown_account(session, login, detail, authenticated=True)
        else:
            minutes = int(settings.read(session, settings.LOCKOUT_MINUTES))
            refusal = _state_refusal(session, user, minutes, detail) or _tampered_refusal(
                session, user, detail
            )
            if refusal is None:
                return _signed_in(session, user, detail or None, failed_attempts=0)
            error = refusal
    db.logout()
    raise error


def actor_for_os_login(
    db: Database, logins: str | tuple[str, ...] | list[str], *, source: str = "session du système"
) -> Actor | None:
    """The active, unlocked account mapped to the workstation session, signed in.

    ``logins`` are the spellings of the session the OS reported (name, DOMAIN\\name,
    SID or uid: ``context.OsIdentity.logins``), never an environment variable. The
    sign-in is audited like a password one.
    """
    candidates = [logins] if isinstance(logins, str) else list(logins)
    candidates = [c for c in dict.fromkeys(candidates) if c]
    if not candidates:
        return None
    with db.transaction() as session:
        user = session.scalars(
            select(AppUser)
            .where(func.lower(AppUser.os_login).in_([c.lower() for c in candidates]))
            .order_by(AppUser.id)
        ).first()
        if user is None:
            return None
        detail = {"source": source, "session": candidates[0]}
        minutes = int(settings.read(session, settings.LOCKOUT_MINUTES))
        if not user.password_hash:  # no password of its own: as good as disabled
            _audit_refusal(session, actor_for(user), user.id, "compte désactivé", detail)
            return None
        if _state_refusal(session, user, minutes, detail) is not None:
            return None
        if _tampered_refusal(session, user, detail) is not None:
            return None
        return _signed_in(session, user, detail)


ACTION_SCREEN_LOCKED = "ecran_verrouille"


def record_screen_locked(db: Database, actor: Actor, minutes: int) -> None:
    """The window was locked after ``minutes`` without input, or by the user when
    ``minutes`` is 0 (audited)."""
    after = {"source": "inactivité", "minutes": minutes} if minutes else {"source": "à la demande"}
    with db.transaction() as session:
        audit.record(session, actor, ACTION_SCREEN_LOCKED, ENTITY, actor.user_id, None, after)


def confirm_password(db: Database, actor: Actor, password: str) -> None:
    """The signed-in user gives their password again (a window locked after a while
    without input): the checks of a sign-in, counted and audited the same way
    (``AuthenticationError`` in French when refused)."""
    source = "déverrouillage de l'écran"
    if db.signed_in_as:  # the server checks the password of the login role
        good = server_roles.password_ok(db.url, actor.username, password[: PASSWORD_MAX * 4])
        with db.transaction() as session:
            if not good:
                _audit_refusal(
                    session, actor, actor.user_id, "mot de passe incorrect", {"source": source}
                )
            else:
                audit.record(
                    session, actor, ACTION_LOGIN, ENTITY, actor.user_id, None, {"source": source}
                )
        if not good:
            raise _refused()
        return
    again = authenticate(db, actor.username, password, source=source)
    if again.user_id != actor.user_id:  # pragma: no cover - the name is the account's
        raise _refused()


def must_change_password(db: Database, actor: Actor) -> bool:
    if actor.user_id is None:
        return False
    with db.reader() as session:
        user = session.get(AppUser, actor.user_id)
        if user is not None:
            server_roles.load_own_account(session, user)
        return bool(user and user.must_change_password)


def change_own_password(db: Database, actor: Actor, current: str, new: str) -> None:
    """The signed-in user changes their password (the current one is asked again)."""
    if actor.user_id is None:
        raise UserError(
            _m(QT_TRANSLATE_NOOP("messages", "Aucun compte n'est associé à cette session."))
        )
    errors: dict[str, Message] = {}
    _check_password(errors, new, actor.username, "new_password")
    with db.transaction() as session:
        user = _load(session, actor.user_id)
        server_roles.load_own_account(session, user)
        if db.signed_in_as:  # the server checks the current password
            good = server_roles.password_ok(db.url, user.username, current[: PASSWORD_MAX * 4])
        else:
            good = _verify(user.password_hash, current[: PASSWORD_MAX * 4])
        if not good:
            errors["current_password"] = _m(
                QT_TRANSLATE_NOOP("messages", "Le mot de passe actuel est incorrect.")
            )
        elif current == new:
            errors["new_password"] = _m(
                QT_TRANSLATE_NOOP("messages", "Le nouveau mot de passe doit différer de l'actuel.")
            )
        if errors:
            raise ValidationError(errors)
        user.password_hash = _hasher.hash(new)
        user.password_changed_at = now()
        if _server_account(session, user, new, own=True):
            # Cleared by the server with the login role's password: not written again.
            set_committed_value(user, "must_change_password", False)
        else:
            user.must_change_password = False
        _password_event(session, actor, user, "titulaire")


# --------------------------------------------------------------------------- management


@guarded("list")
def list_users(db: Database, actor: Actor) -> list[UserView]:
    authz.require(actor, Permission.USER_MANAGE, entity=ENTITY)
    with db.reader() as session:
        minutes = int(settings.read(session, settings.LOCKOUT_MINUTES))
        at = now()
        users = session.scalars(
            select(AppUser).options(undefer_group(SIGN_IN)).order_by(AppUser.username)
        ).all()
        agencies = {a.id: a for a in session.scalars(select(Agency))}
        out = []
        for u in users:
            agency = agencies.get(u.agency_id) if u.agency_id else None
            out.append(
                from_row(
                    UserView,
                    u,
                    role=Role(u.role),
                    agency_code=agency.code if agency else None,
                    agency_name=agency.name if agency else None,
                    locked=_is_locked(u, minutes, at),
                )
            )
        return out


#: An account's fields in its audit snapshots.
SNAPSHOT_FIELDS = ("full_name", "role", "agency_id", "active", "os_login")


def _snapshot(user: AppUser) -> dict:
    return snapshot(user, SNAPSHOT_FIELDS)


def _stale(user_id: int) -> ConflictError:
    return ConflictError(
        _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "Le compte n° {id} a été modifié entre-temps : rechargez la liste des comptes.",
            ),
            id=user_id,
        )
    )


@guarded("update")
def update_user(
    db: Database,
    actor: Actor,
    user_id: int,
    *,
    full_name: str,
    role: Role | str,
    agency_code: str | None,
    active: bool,
    os_login: str | None,
    expected_version: int,
) -> int:
    """Change an account's name, role, agency, state and workstation login."""
    authz.require(actor, Permission.USER_MANAGE, entity=ENTITY, entity_id=user_id)
    full_name = " ".join(clean(full_name).split())
    errors: dict[str, Message] = {}
    os_login = _os_login(errors, os_login)
    check_text(errors, "full_name", full_name, 160)
    role = _role(errors, role)
    try:
        with db.transaction() as session:
            user = _load(session, user_id)
            if user.version != expected_version:
                raise _stale(user_id)
            agency_id = _agency_id(session, errors, role, agency_code)
            if errors:
                raise ValidationError(errors)
            before = _snapshot(user)
            user.full_name = full_name
            user.role = role.value
            user.agency_id = agency_id
            user.active = bool(active)
            user.os_login = os_login
            session.flush()
            if _active_admins(session) == 0:
                raise ValidationError(
                    {
                        "role": _m(
                            QT_TRANSLATE_NOOP(
                                "messages",
                                "Il doit rester au moins un administrateur actif : ce changement est "
                                "refusé.",
                            )
                        )
                    }
                )
            after = _snapshot(user)
            if (before["role"], before["active"]) != (after["role"], after["active"]):
                _server_account(session, user)
            if before != after:
                audit.record(
                    session, actor, "update", ENTITY, user.id, before, {**after, SEAL: _seal(user)}
                )
            return user.version
    except StaleDataError as exc:
        raise _stale(user_id) from exc
    except IntegrityError as exc:
        raise ValidationError(
            {"os_login": _m(QT_TRANSLATE_NOOP("messages", "Cet identifiant est déjà pris."))}
        ) from exc


@guarded("update")
def reset_password(
    db: Database, actor: Actor, user_id: int, new_password: str, must_change: bool = True
) -> None:
    """An administrator sets a new password (to be changed at the next sign-in)."""
    authz.require(actor, Permission.USER_MANAGE, entity=ENTITY, entity_id=user_id)
    with db.transaction() as session:
        user = _load(session, user_id)
        errors: dict[str, Message] = {}
        _check_password(errors, new_password, user.username)
        if errors:
            raise ValidationError(errors)
        _set_password(user, new_password, must_change=must_change)
        _unlock(user)
        _server_account(session, user, new_password)
        _password_event(session, actor, user, "administrateur")


@guarded("update")
def unlock_user(db: Database, actor: Actor, user_id: int) -> None:
    authz.require(actor, Permission.USER_MANAGE, entity=ENTITY, entity_id=user_id)
    with db.transaction() as session:
        user = _load(session, user_id)
        before = {"failed_attempts": user.failed_attempts, "locked": user.locked_at is not None}
        _unlock(user)
        audit.record(
            session,
            actor,
            ACTION_UNLOCKED,
            ENTITY,
            user.id,
            before,
            {"failed_attempts": 0, "locked": False},
        )
