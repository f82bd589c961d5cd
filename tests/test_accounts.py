"""Accounts: first administrator, sign-in, lock-out, administration, command line."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.domain.errors import AuthenticationError, PermissionDenied, UserError, ValidationError
from desktop.domain.roles import Role
from desktop.services import accounts, agencies, audit, settings
from desktop.services.context import Actor
from desktop.storage.models import AppUser, AuditEvent

PASSWORD = "Bordeaux-2026!"
OTHER_PASSWORD = "Gironde#Vigie42"


@pytest.fixture
def admin(db):
    return accounts.create_first_admin(db, "c.moreau", "Claire Moreau", PASSWORD)


def audit_actions(db, actor: str | None = None) -> list[str]:
    with db.reader() as s:
        stmt = select(AuditEvent.action).order_by(AuditEvent.id)
        if actor:
            stmt = stmt.where(AuditEvent.actor == actor)
        return list(s.scalars(stmt))


def test_new_base_has_no_account_and_no_default_password(db):
    assert accounts.needs_first_admin(db)
    with db.reader() as s:
        assert s.scalars(select(AppUser)).all() == []
    for name, password in (("admin", "admin"), ("admin", ""), ("administrateur", "parcours")):
        with pytest.raises(AuthenticationError):
            accounts.authenticate(db, name, password)


def test_first_admin_with_a_chosen_password_then_sign_in(db, admin):
    assert admin.role == Role.ADMIN and admin.user_id
    assert not accounts.needs_first_admin(db)
    with db.reader() as s:
        stored = s.scalars(select(AppUser)).one().password_hash
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    actor = accounts.authenticate(db, "C.Moreau ", PASSWORD)
    assert (actor.username, actor.role, actor.full_name) == (
        "c.moreau",
        Role.ADMIN,
        "Claire Moreau",
    )
    # A second "first administrator" is refused.
    with pytest.raises(UserError, match="Un administrateur existe déjà"):
        accounts.create_first_admin(db, "intrus", "", OTHER_PASSWORD)
    assert audit_actions(db, "c.moreau") == ["create", "connexion"]


@pytest.mark.parametrize(
    "password, fragment",
    [
        ("court-1A", "au moins 12 caractères"),
        ("toutenminuscules", "trois types de caractères"),
        ("C.Moreau-2026!!", "ne doit pas contenir l'identifiant"),
    ],
)
def test_weak_passwords_are_refused_in_french(db, password, fragment):
    with pytest.raises(ValidationError) as err:
        accounts.create_first_admin(db, "c.moreau", "", password)
    assert fragment in str(err.value)


def test_brute_force_locks_the_account_and_is_recorded(db, admin):
    settings.update(db, admin, {settings.LOCKOUT_THRESHOLD: 3, settings.LOCKOUT_MINUTES: 0})
    for attempt in range(2):
        with pytest.raises(AuthenticationError, match="Identifiant ou mot de passe incorrect"):
            accounts.authenticate(db, "c.moreau", f"essai-{attempt}")
    with pytest.raises(AuthenticationError, match="verrouillé"):
        accounts.authenticate(db, "c.moreau", "essai-3")
    # Locked: even the right password is refused now.
    with pytest.raises(AuthenticationError, match="verrouillé"):
        accounts.authenticate(db, "c.moreau", PASSWORD)
    actions = audit_actions(db, "c.moreau")
    assert actions.count("connexion_refusee") == 4
    assert actions.count("verrouillage") == 1
    # Another administrator unlocks it.
    other = accounts.create_user(
        db, admin, "b.durand", "Bob Durand", Role.ADMIN, OTHER_PASSWORD, must_change_password=False
    )
    bob = accounts.authenticate(db, "b.durand", OTHER_PASSWORD)
    accounts.unlock_user(db, bob, admin.user_id)
    assert accounts.authenticate(db, "c.moreau", PASSWORD).user_id == admin.user_id
    assert other != admin.user_id


def test_lock_expires_after_the_configured_minutes(db, admin, monkeypatch):
    settings.update(db, admin, {settings.LOCKOUT_THRESHOLD: 2, settings.LOCKOUT_MINUTES: 15})
    for _ in range(2):
        with pytest.raises(AuthenticationError):
            accounts.authenticate(db, "c.moreau", "mauvais")
    with pytest.raises(AuthenticationError, match="Réessayez dans 15 minutes"):
        accounts.authenticate(db, "c.moreau", PASSWORD)
    later = accounts.now() + dt.timedelta(minutes=16)
    monkeypatch.setattr(accounts, "now", lambda: later)
    assert accounts.authenticate(db, "c.moreau", PASSWORD).username == "c.moreau"


def test_unknown_user_and_huge_input_are_refused_and_recorded(db, admin):
    with pytest.raises(AuthenticationError, match="Identifiant ou mot de passe incorrect"):
        accounts.authenticate(db, "x" * 10_000_000, "y" * 10_000_000)
    with db.reader() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "connexion_refusee")).one()
        assert event.actor == "identifiant inconnu" and event.after["motif"] == "compte inconnu"


def test_a_password_typed_as_the_name_never_reaches_the_audit_trail(db, admin):
    """The user types his password in the name field: refused, and the trail records
    « identifiant inconnu », not what was typed nor anything derived from it; a known
    account's failures still name it."""
    secret = "Soleil-Couchant-1987!"
    for _ in range(3):
        with pytest.raises(AuthenticationError, match="Identifiant ou mot de passe incorrect"):
            accounts.authenticate(db, secret, "")
    with pytest.raises(AuthenticationError):
        accounts.authenticate(db, "c.moreau", "mauvais")
    shown = audit.search_events(db, admin, audit.AuditQuery(action="connexion_refusee"), limit=100)
    assert [r.actor for r in shown].count("identifiant inconnu") == 3
    assert "c.moreau" in [r.actor for r in shown]
    with db.reader() as s:
        stored = [
            json.dumps([e.actor, e.before, e.after, e.entity_id], default=str)
            for e in s.scalars(select(AuditEvent))
        ]
    assert not any(secret.lower() in text.lower() for text in stored)


def test_admin_creates_an_agent_who_must_change_the_password(db, admin):
    agencies.create_agency(db, admin, "BXN", "Agence Bordeaux Nord")
    with pytest.raises(ValidationError, match="rattaché à une agence"):
        accounts.create_user(db, admin, "a.petit", "Alice Petit", Role.AGENT, PASSWORD)
    uid = accounts.create_user(
        db, admin, "a.petit", "Alice Petit", "agent", PASSWORD, agency_code="bxn"
    )
    with pytest.raises(ValidationError, match="déjà pris"):
        accounts.create_user(db, admin, "A.Petit", "", Role.AUDITOR, PASSWORD)
    alice = accounts.authenticate(db, "a.petit", PASSWORD)
    assert alice.role == Role.AGENT and alice.agency_id is not None
    assert accounts.must_change_password(db, alice)
    with pytest.raises(ValidationError, match="actuel est incorrect"):
        accounts.change_own_password(db, alice, "faux", OTHER_PASSWORD)
    accounts.change_own_password(db, alice, PASSWORD, OTHER_PASSWORD)
    assert not accounts.must_change_password(db, alice)
    assert accounts.authenticate(db, "a.petit", OTHER_PASSWORD).user_id == uid
    with pytest.raises(PermissionDenied):
        accounts.list_users(db, alice)


def test_the_last_administrator_cannot_be_demoted_or_disabled(db, admin):
    view = accounts.list_users(db, admin)[0]
    with pytest.raises(ValidationError, match="au moins un administrateur actif"):
        accounts.update_user(
            db,
            admin,
            view.id,
            full_name="Claire",
            role=Role.AUDITOR,
            agency_code=None,
            active=True,
            os_login=None,
            expected_version=view.version,
        )
    with pytest.raises(ValidationError, match="au moins un administrateur actif"):
        accounts.update_user(
            db,
            admin,
            view.id,
            full_name="Claire",
            role=Role.ADMIN,
            agency_code=None,
            active=False,
            os_login=None,
            expected_version=view.version,
        )
    assert accounts.list_users(db, admin)[0].active


def test_disabled_account_cannot_sign_in(db, admin):
    uid = accounts.create_user(db, admin, "auditeur", "", Role.AUDITOR, PASSWORD)
    view = next(u for u in accounts.list_users(db, admin) if u.id == uid)
    accounts.update_user(
        db,
        admin,
        uid,
        full_name="",
        role=Role.AUDITOR,
        agency_code=None,
        active=False,
        os_login=None,
        expected_version=view.version,
    )
    with pytest.raises(AuthenticationError, match="désactivé"):
        accounts.authenticate(db, "auditeur", PASSWORD)


def test_os_login_maps_the_command_line_to_an_account(db, admin):
    accounts.create_user(db, admin, "auditeur", "", Role.AUDITOR, PASSWORD, os_login="jdoe")
    actor = accounts.actor_for_os_login(db, ("JDoe", "S-1-5-21-1"))
    assert actor is not None and actor.role == Role.AUDITOR
    assert accounts.actor_for_os_login(db, "quelquun") is None
    assert audit_actions(db, "auditeur")[-1] == "connexion"


def _by_hand(db, username: str, **values) -> None:
    """What someone holding the database (the SQLite file, shared credentials) does
    behind Parcours's back."""
    from sqlalchemy import update

    with db.transaction() as s:
        s.execute(update(AppUser).where(AppUser.username == username).values(**values))


def test_a_role_raised_by_hand_is_refused_at_sign_in_until_an_administrator_corrects_it(db, admin):
    agencies.create_agency(db, admin, "BXN", "Agence Bordeaux Nord")
    uid = accounts.create_user(
        db, admin, "a.petit", "Alice Petit", Role.AGENT, PASSWORD, agency_code="BXN"
    )
    _by_hand(db, "a.petit", role=Role.ADMIN.value, agency_id=None)
    with pytest.raises(AuthenticationError) as err:
        accounts.authenticate(db, "a.petit", PASSWORD)
    assert "Ce compte a été modifié hors de Parcours" in str(err.value)
    with db.reader() as s:
        refusal = s.scalars(
            select(AuditEvent)
            .where(AuditEvent.entity_id == uid, AuditEvent.action == "connexion_refusee")
            .order_by(AuditEvent.id.desc())
        ).first()
        assert refusal.after["motif"] == "compte modifié hors de l'application"
    assert accounts.actor_for_os_login(db, "a.petit") is None
    # The wrong password still reads as a wrong password (nothing told about the account).
    with pytest.raises(AuthenticationError, match="Identifiant ou mot de passe incorrect"):
        accounts.authenticate(db, "a.petit", OTHER_PASSWORD)
    # The administrator sees the raised role and puts the agent back: signed in again.
    view = next(u for u in accounts.list_users(db, admin) if u.id == uid)
    assert view.role == Role.ADMIN
    accounts.update_user(
        db,
        admin,
        uid,
        full_name="Alice Petit",
        role=Role.AGENT,
        agency_code="BXN",
        active=True,
        os_login=None,
        expected_version=view.version,
    )
    assert accounts.authenticate(db, "a.petit", PASSWORD).role == Role.AGENT


def test_the_command_line_refuses_an_account_raised_by_hand(db, db_url, admin, monkeypatch, capsys):
    accounts.create_user(
        db, admin, "auditeur", "", Role.AUDITOR, PASSWORD, must_change_password=False
    )
    monkeypatch.setenv("PARCOURS_PASSWORD", PASSWORD)
    assert main(["user", "list", "--db", db_url, "--user", "auditeur"]) == 2  # no right
    capsys.readouterr()
    _by_hand(db, "auditeur", role=Role.ADMIN.value)
    assert main(["user", "list", "--db", db_url, "--user", "auditeur"]) == 2
    err = capsys.readouterr().err
    assert "Ce compte a été modifié hors de Parcours" in err and "Traceback" not in err


def test_an_account_older_than_the_seals_is_sealed_at_its_first_sign_in(db):
    """The demo accounts (and those of a base older than the seals) carry no seal: the
    first sign-in with the right password records it, and a role raised after that is
    refused."""
    from desktop.services import settings as app_settings

    agencies.create_agency(db, Actor("installation", role=Role.ADMIN), "BXN", "Bordeaux Nord")
    accounts.create_demo_accounts(db)
    assert accounts.authenticate(db, "agent.bxn", accounts.DEMO_PASSWORD).role == Role.AGENT
    assert audit_actions(db, "agent.bxn")[-2:] == ["scellement", "connexion"]
    assert accounts.authenticate(db, "agent.bxn", accounts.DEMO_PASSWORD).role == Role.AGENT
    assert audit_actions(db, "agent.bxn")[-2:] == ["connexion", "connexion"]
    _by_hand(db, "agent.bxn", role=Role.ADMIN.value)
    with pytest.raises(AuthenticationError, match="modifié hors de Parcours"):
        accounts.authenticate(db, "agent.bxn", accounts.DEMO_PASSWORD)
    assert app_settings.is_demo_base(db)


def test_a_workstation_session_mapped_by_hand_signs_nobody_in(db, admin):
    """Someone maps the administrator's account to their own Windows session in the
    base, so that the command line would act as the administrator without a password."""
    _by_hand(db, "c.moreau", os_login="intrus")
    assert accounts.actor_for_os_login(db, "intrus") is None
    with db.reader() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert last.after["motif"] == "compte modifié hors de l'application"


def test_a_password_hash_replaced_by_hand_does_not_open_the_account(db, admin):
    """Someone writes into the administrator's row the hash of a password of theirs."""
    from argon2 import PasswordHasher

    _by_hand(db, "c.moreau", password_hash=PasswordHasher().hash(OTHER_PASSWORD))
    with pytest.raises(AuthenticationError, match="modifié hors de Parcours"):
        accounts.authenticate(db, "c.moreau", OTHER_PASSWORD)
    # A password changed through Parcours is sealed anew.
    agent = accounts.create_user(db, admin, "auditeur", "", Role.AUDITOR, PASSWORD)
    accounts.reset_password(db, admin, agent, OTHER_PASSWORD, must_change=False)
    assert accounts.authenticate(db, "auditeur", OTHER_PASSWORD).user_id == agent
    auditor = accounts.authenticate(db, "auditeur", OTHER_PASSWORD)
    accounts.change_own_password(db, auditor, OTHER_PASSWORD, PASSWORD)
    assert accounts.authenticate(db, "auditeur", PASSWORD).user_id == agent


def test_the_demand_to_change_a_password_cleared_by_hand_does_not_open_the_account(db, admin):
    """The administrator resets a password and asks for its change: someone holding the
    base clears that demand so as to keep the administrator's password."""
    uid = accounts.create_user(db, admin, "auditeur", "", Role.AUDITOR, PASSWORD)
    accounts.reset_password(db, admin, uid, OTHER_PASSWORD, must_change=True)
    _by_hand(db, "auditeur", must_change_password=False)
    with pytest.raises(AuthenticationError, match="modifié hors de Parcours"):
        accounts.authenticate(db, "auditeur", OTHER_PASSWORD)
    # Set by hand, the demand only asks for a new password.
    _by_hand(db, "auditeur", must_change_password=True)
    auditor = accounts.authenticate(db, "auditeur", OTHER_PASSWORD)
    assert accounts.must_change_password(db, auditor)
    accounts.change_own_password(db, auditor, OTHER_PASSWORD, PASSWORD)
    assert not accounts.must_change_password(db, accounts.authenticate(db, "auditeur", PASSWORD))
    accounts.reset_password(db, admin, uid, OTHER_PASSWORD, must_change=False)
    _by_hand(db, "auditeur", must_change_password=True)
    assert accounts.must_change_password(db, accounts.authenticate(db, "auditeur", OTHER_PASSWORD))


# --------------------------------------------------------------------------- command line


def test_cli_user_commands(db, db_url, monkeypatch, capsys):
    monkeypatch.setenv("PARCOURS_NEW_PASSWORD", PASSWORD)
    # Setup mode: the first administrator from the command line.
    assert (
        main(
            [
                "user",
                "add",
                "c.moreau",
                "--role",
                "administrateur",
                "--name",
                "Claire Moreau",
                "--db",
                db_url,
            ]
        )
        == 0
    )
    assert not accounts.needs_first_admin(db)
    # From now on the command line needs an account.
    assert main(["user", "list", "--db", db_url]) == 2
    assert "Aucun compte Parcours actif n'est associé" in capsys.readouterr().err
    monkeypatch.setenv("PARCOURS_PASSWORD", PASSWORD)
    admin = ["--db", db_url, "--user", "c.moreau"]
    assert main(["user", "add", "b.durand", "--role", "auditeur", *admin]) == 0
    assert main(["user", "list", *admin]) == 0
    out = capsys.readouterr().out
    assert "b.durand" in out and "Auditeur" in out
    # Wrong password on the command line counts as a failure too.
    monkeypatch.setenv("PARCOURS_PASSWORD", "mauvais")
    assert main(["user", "list", *admin]) == 2
    assert "Identifiant ou mot de passe incorrect" in capsys.readouterr().err
    monkeypatch.setenv("PARCOURS_PASSWORD", PASSWORD)
    monkeypatch.setenv("PARCOURS_NEW_PASSWORD", OTHER_PASSWORD)
    assert main(["user", "passwd", "b.durand", *admin]) == 0
    assert accounts.authenticate(db, "b.durand", OTHER_PASSWORD).role == Role.AUDITOR
    assert main(["user", "unlock", "b.durand", *admin]) == 0
    assert main(["user", "unlock", "personne", *admin]) == 2
    # The password given by the administrator must be changed first, CLI included.
    monkeypatch.setenv("PARCOURS_PASSWORD", OTHER_PASSWORD)
    capsys.readouterr()
    assert main(["user", "list", "--db", db_url, "--user", "b.durand"]) == 2
    assert "doit être changé avant toute autre action" in capsys.readouterr().err
    monkeypatch.setenv("PARCOURS_NEW_PASSWORD", "Landes&Pins2027")
    assert main(["user", "password", "--db", db_url, "--user", "b.durand"]) == 0
    assert not accounts.must_change_password(
        db, accounts.authenticate(db, "b.durand", "Landes&Pins2027")
    )
    # A non-administrator is refused.
    monkeypatch.setenv("PARCOURS_PASSWORD", "Landes&Pins2027")
    assert main(["user", "list", "--db", db_url, "--user", "b.durand"]) == 2
    assert "Accès refusé" in capsys.readouterr().err


def _identity(name: str):
    from desktop.services.context import OsIdentity

    return OsIdentity(name=name, ident="S-1-5-21-1004-1001", domain="BAILLEUR")


def test_cli_os_login_account_is_signed_in_and_audited(db, db_url, monkeypatch, capsys):
    admin = accounts.create_first_admin(db, "c.moreau", "", PASSWORD, os_login="BAILLEUR\\claire")
    monkeypatch.setattr("desktop.commands._common.os_identity", lambda: _identity("claire"))
    assert main(["user", "list", "--db", db_url]) == 0
    assert "c.moreau" in capsys.readouterr().out
    with db.reader() as s:
        actor, after = s.execute(
            select(AuditEvent.actor, AuditEvent.after)
            .where(AuditEvent.action == "connexion")
            .order_by(AuditEvent.id.desc())
        ).first()
    assert actor == "c.moreau" and after["source"] == "session du système"
    assert admin.user_id


def test_environment_variables_do_not_choose_the_account(db, db_url, monkeypatch, capsys):
    """LOGNAME=cmoreau USER=cmoreau no longer signs in as cmoreau: the OS says who runs."""
    import getpass

    from desktop.services.context import os_identity, os_username

    accounts.create_first_admin(db, "c.moreau", "", PASSWORD, os_login="cmoreau")
    for variable in ("LOGNAME", "USER", "USERNAME", "LNAME"):
        monkeypatch.setenv(variable, "cmoreau")
    assert getpass.getuser() == "cmoreau"  # what the old code trusted
    identity = os_identity()
    assert identity is None or identity.name != "cmoreau"
    assert os_username() != "cmoreau"
    monkeypatch.setenv("PARCOURS_NEW_PASSWORD", OTHER_PASSWORD)
    assert main(["user", "passwd", "c.moreau", "--db", db_url]) == 2
    err = capsys.readouterr().err
    assert "Aucun compte Parcours actif" in err and "Traceback" not in err
    assert accounts.authenticate(db, "c.moreau", PASSWORD).username == "c.moreau"


@pytest.mark.skipif(not hasattr(__import__("os"), "getuid"), reason="Unix real uid")
def test_os_identity_is_the_real_uid():
    import os
    import pwd

    from desktop.services.context import os_identity

    identity = os_identity()
    assert identity.ident == str(os.getuid())
    assert identity.name == pwd.getpwuid(os.getuid()).pw_name


def test_password_without_terminal_is_a_french_error(db, db_url, monkeypatch, capsys):
    import io

    monkeypatch.delenv("PARCOURS_NEW_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["user", "add", "c.moreau", "--role", "administrateur", "--db", db_url]) == 2
    err = capsys.readouterr().err
    assert "Aucun terminal pour saisir le mot de passe" in err and "Traceback" not in err
    assert accounts.needs_first_admin(db)


def test_demo_accounts_only_on_the_demo_base(db, tmp_path):
    from desktop.services import demo

    assert not settings.is_demo_base(db)
    demo_db = demo.ensure_demo_database(tmp_path / "demo.sqlite", households=30)
    try:
        assert settings.is_demo_base(demo_db)
        for username, _name, role, _agency in accounts.DEMO_ACCOUNTS:
            actor = accounts.authenticate(demo_db, username, accounts.DEMO_PASSWORD)
            assert actor.role == role
        agent = accounts.authenticate(demo_db, "agent.bxn", accounts.DEMO_PASSWORD)
        assert agent.agency_id is not None
    finally:
        demo_db.dispose()
    # Opening it again creates nothing twice.
    again = demo.ensure_demo_database(tmp_path / "demo.sqlite", households=30)
    try:
        with again.reader() as s:
            assert len(s.scalars(select(AppUser)).all()) == len(accounts.DEMO_ACCOUNTS)
    finally:
        again.dispose()
    with pytest.raises(TypeError):  # no actor gets a role, let alone administrator, by default
        Actor("x")


# --------------------------------------------------------------------------- concurrency


def _in_parallel(count: int, attempt) -> list:
    """Run ``attempt(i)`` in ``count`` threads released together; results or errors."""
    import threading

    barrier = threading.Barrier(count)
    results: list = [None] * count

    def run(i):
        barrier.wait()
        try:
            results[i] = attempt(i)
        except Exception as exc:
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    return results


def test_simultaneous_correct_sign_ins_all_succeed(db, admin):
    settings.update(db, admin, {settings.LOCKOUT_THRESHOLD: 3})
    results = _in_parallel(8, lambda i: accounts.authenticate(db, "c.moreau", PASSWORD))
    assert all(isinstance(r, Actor) and r.user_id == admin.user_id for r in results), results
    assert audit_actions(db, "c.moreau").count("connexion") == 8


def test_parallel_wrong_passwords_check_the_hash_threshold_times_only(db, admin, monkeypatch):
    settings.update(db, admin, {settings.LOCKOUT_THRESHOLD: 5, settings.LOCKOUT_MINUTES: 0})
    with db.reader() as s:
        real_hash = s.get(AppUser, admin.user_id).password_hash
    checked = []
    real_verify = accounts._verify

    def counting_verify(password_hash, password):
        if password_hash == real_hash:
            checked.append(password)
        return real_verify(password_hash, password)

    monkeypatch.setattr(accounts, "_verify", counting_verify)
    results = _in_parallel(40, lambda i: accounts.authenticate(db, "c.moreau", f"essai-{i}"))
    assert all(isinstance(r, AuthenticationError) for r in results), results
    assert len(checked) == 5
    actions = audit_actions(db, "c.moreau")
    assert actions.count("connexion_refusee") == 40  # every attempt audited
    assert actions.count("verrouillage") == 1
    with pytest.raises(AuthenticationError, match="verrouillé"):
        accounts.authenticate(db, "c.moreau", PASSWORD)


def test_account_names_refuse_bidi_controls_and_drop_zero_width(db, admin):
    with pytest.raises(ValidationError, match="U\\+202E"):
        accounts.create_user(db, admin, "b.durand", "\u202ednaruD boB", Role.AGENT, OTHER_PASSWORD)
    with pytest.raises(ValidationError, match="Identifiant"):
        accounts.create_user(db, admin, "b.du\u202erand", "Bob", Role.AUDITOR, OTHER_PASSWORD)
    uid = accounts.create_user(
        db, admin, "b.du\u200brand", "Bob\u200b Durand", Role.AUDITOR, OTHER_PASSWORD
    )
    [view] = [u for u in accounts.list_users(db, admin) if u.id == uid]
    assert (view.username, view.full_name) == ("b.durand", "Bob Durand")


def test_without_a_mapped_session_the_password_is_asked(db, db_url, monkeypatch, capsys):
    accounts.create_first_admin(db, "c.moreau", "", PASSWORD)
    monkeypatch.setattr("desktop.commands._common.os_identity", lambda: None)
    monkeypatch.setattr("desktop.commands._common._has_terminal", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "c.moreau")
    monkeypatch.setattr("getpass.getpass", lambda prompt: PASSWORD)
    assert main(["user", "list", "--db", db_url]) == 0
    assert "c.moreau" in capsys.readouterr().out
    monkeypatch.setattr("getpass.getpass", lambda prompt: "mauvais")
    assert main(["user", "list", "--db", db_url]) == 2
    assert "Identifiant ou mot de passe incorrect" in capsys.readouterr().err
    assert audit_actions(db, "c.moreau")[-2:] == ["connexion", "connexion_refusee"]


def test_a_workstation_login_too_long_or_reversed_is_refused(db, admin, capsys, monkeypatch):
    """100 000 characters went to a varchar(80) (PostgreSQL: an unclear refusal) and a
    right-to-left override was saved; the command line named the fields in English."""
    for login, said in (("x" * 100_000, "80 caractères au plus."), ("DOM\\\u202ex", "U+202E")):
        with pytest.raises(ValidationError) as err:
            accounts.create_user(
                db,
                admin,
                "p.petit",
                "Paul Petit",
                Role.AGENT,
                OTHER_PASSWORD,
                agency_code=None,
                os_login=login,
            )
        assert said in str(err.value.fields["os_login"])
    assert [u.username for u in accounts.list_users(db, admin)] == ["c.moreau"]
    monkeypatch.setenv("PARCOURS_NEW_PASSWORD", OTHER_PASSWORD)
    monkeypatch.setenv("PARCOURS_PASSWORD", PASSWORD)
    argv = ["user", "add", "p petit", "--role", "administrateur", "--name", "\u202ePaul"]
    assert main([*argv, "--user", "c.moreau", "--db", db.url]) == 2
    err = capsys.readouterr().err
    assert "IDENTIFIANT : Identifiant : 2 à 80 caractères" in err
    assert "--name : Ce champ contient des caractères invisibles" in err
    assert "username" not in err and "full_name" not in err
