"""PostgreSQL enforces the roles (storage/server_roles.py): an agent connected with
their own credentials, running SQL by hand, cannot read another agency's files,
change their role or rewrite the audit trail.

Runs on PostgreSQL only (``PARCOURS_TEST_DATABASE_URL``), in a database of its own
with role names of its own (the test server is shared): the test role needs
CREATEROLE and CREATEDB, which tests/run.py grants when it sets the cluster up.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from decimal import Decimal

import pytest
from sqlalchemy import text

from desktop.domain.errors import AuthenticationError, UserError
from desktop.domain.roles import Role
from desktop.services import accounts, audit, tenants
from desktop.services.context import Actor
from desktop.storage import server_roles
from desktop.storage.chain import event_hash
from desktop.storage.db import Database
from tests.server_fixture import (
    PASSWORD,
    _agent_sql,
    _file,
    _raw,
    _refused,
    _url,
    seat_the_member,
    server_database,
)


@pytest.fixture(scope="module")
def server():
    yield from server_database()


# --------------------------------------------------------------------------- the agent, by hand


def test_agent_reads_only_their_agency(server):
    file_a, file_b = server["files"]
    with _agent_sql(server) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM household ORDER BY id")]
        assert ids == [file_a]
        assert conn.execute("SELECT * FROM household WHERE id = %s", (file_b,)).fetchall() == []
        # What hangs off the other agency's file is hidden too.
        for table in ("occupant", "lease", "search_token", "timeline_event"):
            rows = conn.execute(
                f"SELECT count(*) FROM {table} WHERE household_id = %s", (file_b,)
            ).fetchone()
            assert rows == (0,), table
        names = [r[0] for r in conn.execute("SELECT last_name FROM occupant")]
        assert names == ["LocataireAAA"]
        # Writing there changes nothing; moving a file to the other agency is refused.
        done = conn.execute("UPDATE household SET notes = 'x' WHERE id = %s", (file_b,))
        assert done.rowcount == 0
        message = _refused(
            conn,
            "UPDATE household SET agency_id = %s WHERE id = %s",
            server["agencies"][1],
            file_a,
        )
        assert "row-level security" in message
    with _agent_sql(server, "agent_b") as conn:
        assert [r[0] for r in conn.execute("SELECT id FROM household")] == [file_b]


def test_agent_cannot_change_their_role_or_anyone_elses(server):
    me = server["logins"]["agent_a"]
    names = server["names"]
    with _agent_sql(server) as conn:
        assert "permission denied" in _refused(
            conn, "UPDATE app_user SET role = 'ADMINISTRATEUR' WHERE username = %s", me
        )
        assert "permission denied" in _refused(
            conn, "UPDATE app_user SET agency_id = NULL WHERE username = %s", me
        )
        assert "permission denied" in _refused(conn, "SELECT password_hash FROM app_user")
        assert "permission denied" in _refused(
            conn,
            "INSERT INTO app_user (username, created_at, role) VALUES ('x', now(), 'ADMINISTRATEUR')",
        )
        _refused(conn, f'GRANT "{names.group(Role.ADMIN)}" TO "{me}"')
        _refused(conn, f'GRANT "{names.owner}" TO "{me}"')
        _refused(conn, f'ALTER ROLE "{me}" CREATEROLE')
        _refused(conn, f'ALTER ROLE "{me}" BYPASSRLS')
        _refused(conn, f'CREATE ROLE "intrus_{me}" LOGIN')
        assert "permission denied" in _refused(
            conn, "SELECT parcours_account(%s, 'ADMINISTRATEUR', true, NULL)", me
        )
        assert "permission denied" in _refused(conn, "UPDATE app_setting SET value = NULL")
        # Only their own sign-in bookkeeping may change, on their own row.
        other = server["logins"]["admin"]
        done = conn.execute("UPDATE app_user SET failed_attempts = 0 WHERE username = %s", (other,))
        assert done.rowcount == 0
        role = conn.execute("SELECT role FROM app_user WHERE username = %s", (me,)).fetchone()
        assert role == ("AGENT",)
        groups = conn.execute(
            "SELECT b.rolname FROM pg_auth_members m JOIN pg_roles b ON b.oid = m.roleid "
            "JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = %s",
            (me,),
        ).fetchall()
        assert groups == [(names.group(Role.AGENT),)]


def test_caleol_member_has_no_access_to_tenant_files(server):
    with _agent_sql(server, "member") as conn:
        for table in ("household", "occupant", "lease", "dwelling", "notice"):
            assert "permission denied" in _refused(conn, f"SELECT count(*) FROM {table}")
        assert conn.execute("SELECT count(*) FROM caleol_session").fetchone() == (0,)
        assert "permission denied" in _refused(conn, "SELECT after FROM audit_event")


def test_caleol_secretary_reads_files_and_writes_only_the_caleol_side(server):
    """The secretary reads every agency's files (no agency scope) and may add what the
    CALEOL work leaves on them (timeline findings, registered letters), nothing else."""
    login = server["logins"]["secretary"]
    file_a, _file_b = server["files"]
    with _agent_sql(server, "secretary") as conn:
        assert len(conn.execute("SELECT id FROM household").fetchall()) == 2
        assert "permission denied" in _refused(conn, "UPDATE household SET notes = 'x'")
        assert "permission denied" in _refused(conn, "DELETE FROM occupant")
        conn.execute(
            "INSERT INTO timeline_event (household_id, occurred_at, kind, summary, actor) "
            "VALUES (%s, now(), 'caleol', 'Examen de l''occupation', %s)",
            (file_a, login),
        )
        assert "permission denied" in _refused(conn, "DELETE FROM timeline_event")
        assert "permission denied" in _refused(conn, "DELETE FROM document")
        conn.execute("SELECT count(*) FROM caleol_session").fetchone()


def test_audit_trail_is_insert_only_for_the_agent(server):
    with _agent_sql(server) as conn:
        before = conn.execute("SELECT count(*), max(seq) FROM audit_event").fetchone()
        assert "permission denied" in _refused(conn, "UPDATE audit_event SET actor = 'x'")
        assert "permission denied" in _refused(conn, "DELETE FROM audit_event")
        assert "permission denied" in _refused(conn, "TRUNCATE audit_event")
        assert "must be owner" in _refused(conn, "ALTER TABLE audit_event DISABLE TRIGGER ALL")
        assert "must be owner" in _refused(
            conn, "DROP TRIGGER audit_event_no_update ON audit_event"
        )
        assert "must be owner" in _refused(conn, "ALTER TABLE audit_event OWNER TO CURRENT_USER")
        # The history of the other agency's file is hidden.
        file_b = server["files"][1]
        hidden = conn.execute(
            "SELECT count(*) FROM audit_event WHERE entity = 'dossier' AND entity_id = %s",
            (file_b,),
        ).fetchone()
        assert hidden == (0,)
        # Appending is what the application does on the agent's behalf, in the agent's
        # name only: an event chained by hand in another account's name (its rank and
        # hash computed from the chain head, which every account reads) is refused.
        admin = server["logins"]["admin"]
        seq, last = conn.execute("SELECT seq, last_hash FROM audit_chain").fetchone()
        at = dt.datetime(2026, 12, 7, 9, 0)
        after_ = {"role": "ADMINISTRATEUR"}
        digest = event_hash(seq + 1, at, admin, "update", "compte", 1, None, after_, last)
        assert "row-level security" in _refused(
            conn,
            "INSERT INTO audit_event (at, actor, action, entity, entity_id, after, seq, "
            "prev_hash, hash) VALUES (%s, %s, 'update', 'compte', 1, %s, %s, %s, %s)",
            at,
            admin,
            json.dumps(after_),
            seq + 1,
            last,
            digest,
        )
        # The chain's head cannot be set by hand either (the chain would then look
        # broken at the next account's event).
        for sql in (
            "UPDATE audit_chain SET last_hash = repeat('0', 64)",
            "UPDATE audit_chain SET seq = seq - 1",
        ):
            assert "Tête de la chaîne du journal d'audit" in _refused(conn, sql), sql
        assert "permission denied" in _refused(conn, "DELETE FROM audit_chain")
        # One in the agent's own name, appended by hand without its link, is caught
        # by the hash chain (first broken link).
        me = server["logins"]["agent_a"]
        forged = conn.execute(
            "INSERT INTO audit_event (at, actor, action, entity) "
            "VALUES (now(), %s, 'test', 't') RETURNING id",
            (me,),
        ).fetchone()[0]
        after = conn.execute("SELECT count(*) FROM audit_event").fetchone()
        assert after[0] == before[0] + 1
    server["forged_event"] = forged
    # Administrators are no owners either: the trail is append-only for them too.
    with _raw(_url(server["name"], server["logins"]["admin"], PASSWORD)) as conn:
        assert "permission denied" in _refused(conn, "DELETE FROM audit_event")
        assert "permission denied" in _refused(conn, "UPDATE audit_event SET actor = 'x'")
        assert "must be owner" in _refused(conn, "ALTER TABLE audit_event DISABLE TRIGGER ALL")
    report = audit.verify_chain(server["admin_db"], server["admin"])
    assert not report.ok and report.broken_id == forged


# --------------------------------------------------------------------------- the application


def test_application_signed_in_as_the_agent_works_within_the_agency(server):
    file_a, file_b = server["files"]
    db = Database(_url(server["name"], anonymous=True))
    server["opened"].append(db)
    assert db.needs_login
    with pytest.raises(AuthenticationError):
        accounts.sign_in(db, server["logins"]["agent_a"], "pas le bon mot de passe")
    actor = accounts.sign_in(db, server["logins"]["agent_a"], PASSWORD)
    assert actor.role is Role.AGENT and actor.agency_id == server["agencies"][0]
    with db.reader() as session:
        assert (
            session.execute(text("SELECT current_user")).scalar() == (server["logins"]["agent_a"])
        )
    rows = tenants.search(db, actor, tenants.TenantQuery())
    assert [r.id for r in rows] == [file_a]
    view = tenants.get_tenant_file(db, actor, file_a)
    data = view.data
    data.notes = "Rappel le 12/01"
    tenants.update_tenant_file(db, actor, file_a, data, view.version)
    assert tenants.get_tenant_file(db, actor, file_a).data.notes == "Rappel le 12/01"
    # The window locked after a while without input: the server checks the password.
    with pytest.raises(AuthenticationError):
        accounts.confirm_password(db, actor, "pas le bon mot de passe")
    accounts.confirm_password(db, actor, PASSWORD)
    # Even an actor forged with another agency reads nothing of it: the server filters.
    forged = Actor(actor.username, role=Role.AGENT, agency_id=server["agencies"][1])
    assert tenants.search(db, forged, tenants.TenantQuery()) == []
    with pytest.raises(UserError):
        tenants.get_tenant_file(db, forged, file_b)
    # The agent's saves were chained with the agent's own (limited) rights: the chain
    # verifies, but for an event another test appended by hand, if it ran first.
    report = audit.verify_chain(server["admin_db"], server["admin"])
    assert report.ok or report.broken_id == server.get("forged_event"), report.describe()
    with server["admin_db"].reader() as session:
        history = session.execute(
            text(
                "SELECT actor FROM audit_event WHERE entity = 'dossier' AND entity_id = :id "
                "AND action = 'update'"
            ),
            {"id": file_a},
        ).scalars()
        assert list(history) == [server["logins"]["agent_a"]]


def test_provisioning_follows_the_account(server):
    admin_db, admin = server["admin_db"], server["admin"]
    login = server["logins"]["agent_b"]
    user_id = accounts.find_user_id(admin_db, login)
    view = next(u for u in accounts.list_users(admin_db, admin) if u.id == user_id)
    # Disabled in Parcours: the server refuses the connection.
    version = accounts.update_user(
        admin_db,
        admin,
        user_id,
        full_name=view.full_name,
        role=Role.AGENT,
        agency_code="BBB",
        active=False,
        os_login=None,
        expected_version=view.version,
    )
    import psycopg

    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        _agent_sql(server, "agent_b")
    # Enabled again as an auditor: member of the auditors' group only, reads every agency.
    accounts.update_user(
        admin_db,
        admin,
        user_id,
        full_name=view.full_name,
        role=Role.AUDITOR,
        agency_code=None,
        active=True,
        os_login=None,
        expected_version=version,
    )
    with _agent_sql(server, "agent_b") as conn:
        assert len(conn.execute("SELECT id FROM household").fetchall()) == 2
        assert "permission denied" in _refused(conn, "UPDATE household SET notes = 'x'")
    # A new password from the administrator replaces the old one on the server.
    accounts.reset_password(admin_db, admin, user_id, "Nouveau-mot-de-passe-42")
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        _agent_sql(server, "agent_b")
    url = _url(server["name"], login, "Nouveau-mot-de-passe-42")
    with _raw(url) as conn:
        assert conn.execute("SELECT current_user").fetchone() == (login,)
    # The user's own change (required after the reset) goes to the server too.
    db = Database(_url(server["name"], anonymous=True))
    server["opened"].append(db)
    actor = accounts.sign_in(db, login, "Nouveau-mot-de-passe-42")
    with pytest.raises(UserError):
        accounts.change_own_password(db, actor, "faux-mot-de-passe-00", "Encore-un-autre-77!")
    accounts.change_own_password(db, actor, "Nouveau-mot-de-passe-42", "Encore-un-autre-77!")
    with _raw(_url(server["name"], login, "Encore-un-autre-77!")) as conn:
        assert conn.execute("SELECT current_user").fetchone() == (login,)
    # Reset to the fixture's password for the other tests.
    accounts.reset_password(admin_db, admin, user_id, PASSWORD, must_change=False)


def test_an_account_cannot_clear_its_own_must_change_password_by_hand(server):
    """After a reset by the administrator the account must choose its password: with SQL
    by hand it cannot clear that demand and keep the password the administrator chose;
    the application's change of password clears it (with the login role's password)."""
    admin_db, admin = server["admin_db"], server["admin"]
    login = server["logins"]["agent_a"]
    user_id = accounts.find_user_id(admin_db, login)
    accounts.reset_password(admin_db, admin, user_id, "Provisoire-Admin-2026!")
    flag = "SELECT must_change_password FROM parcours_own_account() WHERE %s::text IS NOT NULL"
    try:
        with _raw(_url(server["name"], login, "Provisoire-Admin-2026!")) as conn:
            assert "permission denied" in _refused(
                conn,
                "UPDATE app_user SET must_change_password = false WHERE username = %s",
                login,
            )
            # The server's function wants a new password for the login role with it.
            assert "not a SCRAM verifier" in _refused(
                conn, "SELECT parcours_own_password('mot-de-passe-en-clair')"
            )
            assert conn.execute(flag, (login,)).fetchone() == (True,)
        db = Database(_url(server["name"], anonymous=True))
        server["opened"].append(db)
        actor = accounts.sign_in(db, login, "Provisoire-Admin-2026!")
        assert accounts.must_change_password(db, actor)
        accounts.change_own_password(db, actor, "Provisoire-Admin-2026!", "Choisi-Par-Moi-2026!")
        assert not accounts.must_change_password(db, actor)
        with _raw(_url(server["name"], login, "Choisi-Par-Moi-2026!")) as conn:
            assert conn.execute(flag, (login,)).fetchone() == (False,)
    finally:
        accounts.reset_password(admin_db, admin, user_id, PASSWORD, must_change=False)


def test_a_role_not_an_account_is_never_taken_over(server):
    """An administrator cannot point an account at the DBA's or the owner's role."""
    with _raw(_url(server["name"], server["logins"]["admin"], PASSWORD)) as conn:
        dba = conn.execute("SELECT rolname FROM pg_roles WHERE rolname = %s", ("parcours",))
        assert dba.fetchone()
        message = _refused(
            conn, "SELECT parcours_account(%s, 'ADMINISTRATEUR', true, NULL)", "postgres"
        )
        assert "is not a Parcours account" in message


def test_init_is_idempotent(server):
    report = server_roles.init_server(server["dba"].engine, server["names"])
    assert report.created_logins == []
    assert "household" in report.scoped_tables and "occupant" in report.scoped_tables
    file_a, _file_b = server["files"]
    with _agent_sql(server) as conn:
        assert [r[0] for r in conn.execute("SELECT id FROM household")] == [file_a]
        assert "permission denied" in _refused(conn, "DELETE FROM audit_event")


def test_a_locked_caleol_session_is_refused_every_change_by_the_server(server):
    """The CALEOL secretary (who writes the CALEOL tables) runs SQL by hand on a session
    locked by its signed minutes: no vote, decision, attendance or unlocking gets
    through; the offers' follow-up still does (the application writes it after the
    signature)."""
    from desktop.services.caleol import demo as caleol_demo

    dba = server["dba"]
    sid = caleol_demo.create_demo_session(
        dba, Actor("installation", role=Role.ADMIN), dt.date(2026, 11, 24)
    )
    seat_the_member(server, sid)  # (the member who opens it below)
    with dba.transaction() as s:
        vote_id, candidate_id = s.execute(
            text(
                "SELECT v.id, c.id FROM caleol_vote v "
                "JOIN caleol_candidate c ON c.id = v.candidate_id "
                "JOIN caleol_agenda_item i ON i.id = c.agenda_item_id "
                "WHERE i.session_id = :s ORDER BY v.id LIMIT 1"
            ),
            {"s": sid},
        ).one()
        s.execute(
            text("UPDATE caleol_session SET locked = true, locked_at = now() WHERE id = :s"),
            {"s": sid},
        )
    with _agent_sql(server, "secretary") as conn:
        for sql, *params in (
            ("UPDATE caleol_vote SET vote = 'CONTRE' WHERE id = %s", vote_id),
            ("DELETE FROM caleol_vote WHERE id = %s", vote_id),
            (
                "UPDATE caleol_candidate SET decision = 'REFUS', rank = NULL WHERE id = %s",
                candidate_id,
            ),
            ("UPDATE caleol_session SET locked = false WHERE id = %s", sid),
            ("UPDATE caleol_session SET place = 'ailleurs' WHERE id = %s", sid),
            ("DELETE FROM caleol_attendance WHERE session_id = %s", sid),
            ("UPDATE caleol_agenda_item SET rent = 1 WHERE session_id = %s", sid),
        ):
            message = _refused(conn, sql, *params)
            assert "verrouillée par son procès-verbal signé" in message, (sql, message)
        vote = conn.execute("SELECT vote FROM caleol_vote WHERE id = %s", (vote_id,))
        assert vote.fetchone() == ("POUR",)
        # The offers' follow-up is written after the signature.
        done = conn.execute(
            "UPDATE caleol_candidate SET presented_on = DATE '2026-12-01', "
            "version = version + 1 WHERE id = %s",
            (candidate_id,),
        )
        assert done.rowcount == 1
    # A member, who may not read the audit trail's snapshots, opens the locked session in
    # the application (the server's triggers stand for its seal there).
    from desktop.services import caleol

    db = Database(_url(server["name"], anonymous=True))
    server["opened"].append(db)
    member = accounts.sign_in(db, server["logins"]["member"], PASSWORD)
    assert caleol.get_session(db, member, sid).locked


def _locked_session(server) -> int:
    """The demo CALEOL session (created once in the module), locked by hand."""
    from desktop.services.caleol import demo as caleol_demo

    dba = server["dba"]
    with dba.reader() as s:
        sid = s.execute(text("SELECT min(id) FROM caleol_session")).scalar()
    if sid is None:
        sid = caleol_demo.create_demo_session(
            dba, Actor("installation", role=Role.ADMIN), dt.date(2026, 11, 24)
        )
    with dba.transaction() as s:
        s.execute(
            text(
                "UPDATE caleol_session SET locked = true, locked_at = now() "
                "WHERE id = :s AND NOT locked"
            ),
            {"s": sid},
        )
    return sid


def test_only_the_retention_purge_anonymises_a_locked_sessions_candidatures(server):
    """In a session locked by its signed minutes, the administrator's retention purge
    empties the candidatures it is due to; the secretary cannot do it by hand, and the
    administrator by hand can only empty or pseudonymise, never rewrite."""
    from desktop.services import retention

    sid = _locked_session(server)
    with server["dba"].reader() as s:
        candidate_id = s.execute(
            text(
                "SELECT min(c.id) FROM caleol_candidate c "
                "JOIN caleol_agenda_item i ON i.id = c.agenda_item_id "
                "WHERE i.session_id = :s AND c.anonymised_on IS NULL"
            ),
            {"s": sid},
        ).scalar()
    with _agent_sql(server, "secretary") as conn:
        message = _refused(
            conn,
            "UPDATE caleol_candidate SET last_name = 'ANONYME', version = version + 1 "
            "WHERE id = %s",
            candidate_id,
        )
        assert "verrouillée par son procès-verbal signé" in message
    with _agent_sql(server, "admin") as conn:
        for sql in (
            "UPDATE caleol_candidate SET last_name = 'Autre' WHERE id = %s",
            # Emptying without anonymising (what was examined, erased without a trace).
            "UPDATE caleol_candidate SET postal_address = '', reason = '' WHERE id = %s",
        ):
            message = _refused(conn, sql, candidate_id)
            assert "verrouillée par son procès-verbal signé" in message, sql
    # A year after the session every candidature without a dwelling is due.
    result = retention.purge(server["admin_db"], server["admin"], on=dt.date(2028, 1, 1))
    assert result.applications > 0
    with server["dba"].reader() as s:
        row = s.execute(
            text("SELECT last_name, numero_unique FROM caleol_candidate WHERE id = :c"),
            {"c": candidate_id},
        ).one()
    assert tuple(row) == ("ANONYME", f"ANON-{candidate_id}")


def test_a_signed_payment_agreement_keeps_its_terms_against_sql_by_hand(server):
    """The application signs a protocol, then an avenant reschedules it; an agent (who
    writes the agreements' tables) cannot change the debt, put the agreement back to
    draft or move an instalment by hand."""
    from desktop.domain.plans import Contributor
    from desktop.domain.schedule import PlanStatus
    from desktop.services import plans
    from desktop.services.context import use_clock
    from tests.conftest import DayClock
    from tests.test_plans_domain import protocol

    D = dt.date
    admin_db, admin = server["admin_db"], server["admin"]
    file_a = server["files"][0]
    with use_clock(DayClock(D(2026, 3, 1))):
        pid = plans.create_plan(
            admin_db,
            admin,
            file_a,
            protocol(
                aid_approved_on=D(2026, 1, 2), months=12, fsl=True, fsl_amount=Decimal("300.00")
            ),
        )
        version = plans.get_plan(admin_db, admin, pid).version
        version = plans.change_status(
            admin_db, admin, pid, PlanStatus.SIGNE, version, on=D(2026, 1, 10)
        )
        with _agent_sql(server) as conn:
            for sql in (
                "UPDATE payment_plan SET debt = 100 WHERE id = %s",
                "UPDATE payment_plan SET status = 'PROJET' WHERE id = %s",
                "UPDATE payment_plan SET end_on = DATE '2030-01-01' WHERE id = %s",
            ):
                assert "conditions ne peuvent plus être modifiées" in _refused(conn, sql, pid), sql
            assert "qu'avec un avenant" in _refused(
                conn,
                "UPDATE payment_plan_instalment SET amount = amount - 5000 WHERE plan_id = %s",
                pid,
            )
        # The application's own avenant goes through, and the agreement moves on.
        version = plans.sign_avenant(
            admin_db,
            admin,
            pid,
            D(2026, 3, 1),
            D(2028, 12, 31),
            version,
            start_on=D(2026, 3, 5),
            months=24,
        )
        version = plans.record_payment(
            admin_db, admin, pid, D(2026, 3, 1), Decimal("50.00"), version
        )
        # So does the FSL's promise withdrawn (written after the signature), a
        # withdrawal cancelled (its columns emptied), and withdrawn again.
        version = plans.withdraw_contribution(
            admin_db, admin, pid, Contributor.FSL, D(2026, 3, 1), "Saisi par erreur", version
        )
        version = plans.cancel_withdrawal(admin_db, admin, pid, Contributor.FSL, version)
        assert plans.get_plan(admin_db, admin, pid).contributions[0].withdrawal is None
        plans.withdraw_contribution(
            admin_db, admin, pid, Contributor.FSL, D(2026, 3, 1), "Refus du FSL", version
        )
    view = plans.get_plan(admin_db, admin, pid)
    assert view.contributions[0].withdrawal is not None and view.integrity is None
    assert view.avenant_end_on == D(2028, 12, 31) and view.terms.debt == Decimal("1200.00")
    with _agent_sql(server) as conn:
        first = view.instalments[0]
        assert "ne fait plus la dette" in _refused(
            conn,
            "UPDATE payment_plan_instalment SET amount = amount + 1 "
            "WHERE plan_id = %s AND number = %s",
            pid,
            first.number,
        )
        assert "conditions ne peuvent plus être modifiées" in _refused(
            conn, "UPDATE payment_plan SET avenant_end_on = DATE '2027-02-01' WHERE id = %s", pid
        )
    assert sum(i.amount for i in plans.get_plan(admin_db, admin, pid).instalments) == Decimal(
        "1200.00"
    )


def test_the_document_register_cannot_be_rewritten_by_hand(server):
    """An agent writes the register (letters): a line's digest is never changed nor
    the line deleted; the purge's blanking of its paths still goes through."""
    file_a = server["files"][0]
    with server["dba"].transaction() as s:
        document_id = s.execute(
            text(
                "INSERT INTO document (household_id, reference, template_name, "
                "template_version, title, subject, docx_path, docx_sha256, pdf_path, "
                "pdf_sha256, signed, signer, registered_mail, batch_id, created_at, "
                "created_by) VALUES (:h, 'AAA-2026-000001', 'relance_impaye', '1.0', "
                "'Relance', 'Relance', 'C:/courriers/a.docx', :d, '', '', false, '', "
                "false, '', now(), 'installation') RETURNING id"
            ),
            {"h": file_a, "d": "a" * 64},
        ).scalar_one()
    with _agent_sql(server) as conn:
        for sql in (
            "UPDATE document SET docx_sha256 = repeat('b', 64) WHERE id = %s",
            "UPDATE document SET docx_path = 'C:/courriers/faux.docx' WHERE id = %s",
            "UPDATE document SET reference = 'AAA-2026-999999' WHERE id = %s",
            "DELETE FROM document WHERE id = %s",
        ):
            assert "Registre des documents" in _refused(conn, sql, document_id), sql
        done = conn.execute(
            "UPDATE document SET docx_path = '', subject = '' WHERE id = %s", (document_id,)
        )
        assert done.rowcount == 1


def test_an_agency_reads_only_its_own_files_audit_keys(server):
    """The events about another agency's notices, plans or letters are not hidden from
    an agent, only their content, encrypted with that file's key: the agent reads and
    creates only the keys of its agency's files (with another agency's key it would
    read that agency's snapshots)."""
    from cryptography.fernet import Fernet

    file_a, file_b = server["files"]
    with server["dba"].reader() as s:  # both files have a key (their creation's event)
        assert s.execute(text("SELECT count(*) FROM household_key")).scalar_one() >= 2
    with _agent_sql(server) as conn:
        keys = [r[0] for r in conn.execute("SELECT household_id FROM household_key")]
        assert keys == [file_a]
        assert "row-level security" in _refused(
            conn,
            "INSERT INTO household_key VALUES (%s, %s, now())",
            file_b + 1000,
            Fernet.generate_key().decode(),
        )
        # Nor can it put a key of its choosing on the other agency's next file.
        assert conn.execute("SELECT count(*) FROM household_key").fetchone() == (1,)


def _open_copy(server, sid: int) -> tuple[int, int, int]:
    """An open session copied from session ``sid``, with a copy of its first agenda
    item and of that item's first candidate (SQL as the database administrator)."""
    import json

    def clone(s, table: str, row_id: int, **over) -> int:
        return s.execute(
            text(
                f"INSERT INTO {table} SELECT (jsonb_populate_record(NULL::{table}, "
                f"to_jsonb(t) - 'id' || jsonb_build_object('id', nextval('{table}_id_seq')) "
                f"|| CAST(:o AS jsonb))).* FROM {table} t WHERE id = :r RETURNING id"
            ),
            {"r": row_id, "o": json.dumps(over)},
        ).scalar_one()

    with server["dba"].transaction() as s:
        item_id, candidate_id = s.execute(
            text(
                "SELECT i.id, min(c.id) FROM caleol_agenda_item i "
                "JOIN caleol_candidate c ON c.agenda_item_id = i.id "
                "WHERE i.session_id = :s GROUP BY i.id ORDER BY i.id LIMIT 1"
            ),
            {"s": sid},
        ).one()
        open_sid = clone(s, "caleol_session", sid, locked=False, number=f"O-{uuid.uuid4().hex[:8]}")
        open_item = clone(s, "caleol_agenda_item", item_id, session_id=open_sid)
        open_candidate = clone(
            s,
            "caleol_candidate",
            candidate_id,
            agenda_item_id=open_item,
            numero_unique=f"033111222333{sid}",
            last_name="Ajouté",
            anonymised_on=None,
        )
    return item_id, open_item, open_candidate


def test_nothing_is_moved_into_a_locked_session_by_hand(server):
    """The CALEOL secretary cannot add to a locked session's content by moving a row of
    an open session into it (an agenda item, a candidate): the server looks at where
    the row goes, not only where it was."""
    sid = _locked_session(server)
    locked_item, open_item, open_candidate = _open_copy(server, sid)
    with _agent_sql(server, "secretary") as conn:
        for sql, *params in (
            ("UPDATE caleol_agenda_item SET session_id = %s WHERE id = %s", sid, open_item),
            (
                "UPDATE caleol_candidate SET agenda_item_id = %s WHERE id = %s",
                locked_item,
                open_candidate,
            ),
        ):
            message = _refused(conn, sql, *params)
            assert "verrouillée par son procès-verbal signé" in message, (sql, message)
        # The open session's own rows stay editable.
        done = conn.execute(
            "UPDATE caleol_candidate SET notes = 'vu' WHERE id = %s", (open_candidate,)
        )
        assert done.rowcount == 1


def test_a_session_is_locked_only_by_its_signed_minutes(server):
    """Locked by hand, an open session would look signed (and refuse every change):
    the server wants its signed minutes first."""
    sid = _locked_session(server)
    seat_the_member(server, sid)  # (the president, below: the copy is in its commission)
    _locked_item, open_item, _candidate = _open_copy(server, sid)
    with server["dba"].reader() as s:
        open_sid = s.execute(
            text("SELECT session_id FROM caleol_agenda_item WHERE id = :i"), {"i": open_item}
        ).scalar_one()
    with _agent_sql(server, "secretary") as conn:
        message = _refused(
            conn,
            "UPDATE caleol_session SET locked = true, locked_at = now(), "
            "locked_by = 'president' WHERE id = %s",
            open_sid,
        )
        assert "ne se verrouille que par la signature de son procès-verbal" in message
        assert conn.execute(
            "SELECT locked FROM caleol_session WHERE id = %s", (open_sid,)
        ).fetchone() == (False,)
    # The president's signature locks it, in one transaction, whatever the order of
    # its statements (checked at the commit).
    with server["dba"].transaction() as s:
        version_id = s.execute(
            text(
                "INSERT INTO caleol_minutes_version (session_id, number, status, content, "
                "html_sha256, pdf_path, pdf_sha256, change_note, created_at, created_by, "
                "sent_by, version) VALUES (:s, 1, 'APPROVED', '{}', '', '', '', '', now(), "
                "'secretaire', '', 1) RETURNING id"
            ),
            {"s": open_sid},
        ).scalar_one()
    with _agent_sql(server, "member") as conn, conn.transaction():
        conn.execute(
            "UPDATE caleol_session SET locked = true, locked_at = now() WHERE id = %s",
            (open_sid,),
        )
        conn.execute(
            "UPDATE caleol_minutes_version SET status = 'SIGNED' WHERE id = %s", (version_id,)
        )
        conn.execute(
            "INSERT INTO caleol_minutes_signature (version_id, signer, certificate_subject, "
            "signed_at, signed_by, pdf_path, pdf_sha256) VALUES (%s, 'Présidente', 'CN=P', "
            "now(), 'president', 'pv.pdf', %s)",
            (version_id, "e" * 64),
        )
    with server["dba"].reader() as s:
        assert s.execute(
            text("SELECT locked FROM caleol_session WHERE id = :s"), {"s": open_sid}
        ).scalar_one()


def _keyed_candidate(server) -> int:
    """A live candidature (of an open copy of the locked session) with its audit key."""
    _locked_item, _open_item, candidate_id = _open_copy(server, _locked_session(server))
    with server["dba"].transaction() as s:
        s.execute(
            text("INSERT INTO caleol_candidate_key VALUES (:c, :k, now())"),
            {"c": candidate_id, "k": "k" * 44},
        )
    return candidate_id


def _purge_candidature(server, candidate_id: int) -> None:
    """The administrator's retention purge of that candidature alone (due in 2028)."""
    from desktop.services import retention

    retention.purge(
        server["admin_db"],
        server["admin"],
        on=dt.date(2028, 1, 1),
        only=set(),
        only_applications={candidate_id},
    )


def test_the_cotation_examined_in_a_locked_session_is_not_rewritten_by_hand(server):
    """The application refuses to change a candidate's cotation once the session is
    locked; the CALEOL roles, who write the cotation's table, are refused it by SQL too
    (the score or the facts the commission examined). The purge still empties its facts,
    once the candidature is anonymised."""

    sid = _locked_session(server)
    seat_the_member(server, sid)  # (a member of its commission, below)
    _locked_item, open_item, candidate_id = _open_copy(server, sid)
    with server["dba"].transaction() as s:
        open_sid = s.execute(
            text("SELECT session_id FROM caleol_agenda_item WHERE id = :i"), {"i": open_item}
        ).scalar_one()
        cotation_id = s.execute(
            text(
                "INSERT INTO cotation_candidate (candidate_id, housing_situation, "
                "urban_renewal, manual, total, register_differs, updated_at, updated_by, "
                "version) VALUES (:c, 'HEBERGE', false, :m, 12, false, now(), 'secretaire', "
                "1) RETURNING id"
            ),
            {"c": candidate_id, "m": json.dumps({"DALO": {"granted": True, "reason": "x"}})},
        ).scalar_one()
        s.execute(  # (the database administrator, as for the other tests' sessions)
            text("UPDATE caleol_session SET locked = true, locked_at = now() WHERE id = :s"),
            {"s": open_sid},
        )
    for who in ("secretary", "member", "admin"):
        with _agent_sql(server, who) as conn:
            for sql in (
                "UPDATE cotation_candidate SET total = 99 WHERE id = %s",
                "UPDATE cotation_candidate SET manual = '{}' WHERE id = %s",
                "DELETE FROM cotation_candidate WHERE id = %s",
            ):
                message = _refused(conn, sql, cotation_id)
                assert "verrouillée par son procès-verbal signé" in message, (who, sql)
    _purge_candidature(server, candidate_id)
    with server["dba"].reader() as s:
        row = s.execute(
            text("SELECT housing_situation, manual, total FROM cotation_candidate WHERE id = :i"),
            {"i": cotation_id},
        ).one()
    assert (row.housing_situation, row.manual, row.total) == ("", {}, Decimal("12.00"))


def test_only_the_purge_marks_a_file_or_a_candidature_anonymised(server):
    """A file or a candidature marked anonymised is passed over by the purge for good:
    only an administrator (the purge) sets the mark, not the agent or the secretary
    who write those tables, in a locked session or not."""
    file_a = server["files"][0]
    sid = _locked_session(server)
    locked_item, _open_item, open_candidate = _open_copy(server, sid)
    with server["dba"].reader() as s:
        locked_candidate = s.execute(
            text("SELECT min(id) FROM caleol_candidate WHERE agenda_item_id = :i"),
            {"i": locked_item},
        ).scalar_one()
    with _agent_sql(server, "secretary") as conn:
        for candidate_id in (locked_candidate, open_candidate):
            message = _refused(
                conn,
                "UPDATE caleol_candidate SET anonymised_on = DATE '2026-12-01' WHERE id = %s",
                candidate_id,
            )
            assert "Seule la purge" in message
    with _agent_sql(server) as conn:
        message = _refused(
            conn, "UPDATE household SET anonymised_on = DATE '2026-12-01' WHERE id = %s", file_a
        )
        assert "Seule la purge" in message
        assert conn.execute(
            "SELECT anonymised_on FROM household WHERE id = %s", (file_a,)
        ).fetchone() == (None,)


def test_an_administrator_anonymises_only_with_the_purges_audit_event(server):
    """What the purge does (the mark, then the emptying and the key deletion it
    allows) an administrator cannot do by SQL without the purge's « anonymisation »
    event in the same transaction (checked at the commit): nothing is changed; an
    event of another transaction does not count. The purge itself goes through."""
    file_a = server["files"][0]
    candidate_id = _keyed_candidate(server)
    admin = server["logins"]["admin"]
    with _agent_sql(server, "admin") as conn:
        for statements in (
            [f"UPDATE household SET anonymised_on = DATE '2026-12-01' WHERE id = {file_a}"],
            [
                "UPDATE caleol_candidate SET anonymised_on = DATE '2026-12-01', "
                f"numero_unique = 'ANON-{candidate_id}', last_name = 'ANONYME', "
                f"postal_address = '', notes = '' WHERE id = {candidate_id}",
                f"DELETE FROM caleol_candidate_key WHERE candidate_id = {candidate_id}",
            ],
        ):
            conn.execute("BEGIN")
            for sql in statements:
                conn.execute(sql)
            message = _refused(conn, "COMMIT")
            assert "sans l'événement de la purge" in message, statements
        # An « anonymisation » event of another transaction (the file's own, say) does
        # not cover a mark set later.
        conn.execute(
            "INSERT INTO audit_event (at, actor, action, entity, entity_id) "
            "VALUES (now(), %s, 'anonymisation', 'dossier', %s)",
            (admin, file_a),
        )
        conn.execute("BEGIN")
        conn.execute(f"UPDATE household SET anonymised_on = DATE '2026-12-01' WHERE id = {file_a}")
        assert "sans l'événement de la purge" in _refused(conn, "COMMIT")
    with server["dba"].reader() as s:
        assert (
            s.execute(
                text("SELECT anonymised_on FROM household WHERE id = :h"), {"h": file_a}
            ).scalar()
            is None
        )
        row = s.execute(
            text(
                "SELECT c.anonymised_on, c.last_name, k.candidate_id FROM caleol_candidate c "
                "LEFT JOIN caleol_candidate_key k ON k.candidate_id = c.id WHERE c.id = :c"
            ),
            {"c": candidate_id},
        ).one()
    assert tuple(row) == (None, "Ajouté", candidate_id)
    # The purge marks, empties and deletes the key with its event: it goes through.
    _purge_candidature(server, candidate_id)
    with server["dba"].reader() as s:
        row = s.execute(
            text(
                "SELECT c.last_name, k.candidate_id, "
                "(SELECT count(*) FROM audit_event e WHERE e.entity = 'caleol_candidat' "
                "AND e.entity_id = c.id AND e.action = 'anonymisation') "
                "FROM caleol_candidate c "
                "LEFT JOIN caleol_candidate_key k ON k.candidate_id = c.id WHERE c.id = :c"
            ),
            {"c": candidate_id},
        ).one()
    assert tuple(row) == ("ANONYME", None, 1)


def test_housing_applicants_are_read_only_by_the_roles_the_application_lets_read_them(
    server,
):
    """An agent has no CALEOL right in the application: on the server he reads no
    candidature, no refused offer recorded for the cotation (with or without one), no
    register export line, no minutes, no candidature key nor audit event about one.
    The CALEOL secretary reads them, and so does an agency manager (the application
    lets him read every commission's sessions: docs/server-roles.md)."""
    candidate_id = _keyed_candidate(server)
    with server["dba"].transaction() as s:
        s.execute(
            text(
                "INSERT INTO cotation_refusal (numero_unique, refused_on, dwelling, "
                "candidate_id, adapted, legitimate, reason, recorded_at, recorded_by) "
                "VALUES (:n, DATE '2026-11-02', 'Autre bailleur', NULL, true, false, "
                "'Étage trop haut', now(), 'secretaire'), (:n, DATE '2026-11-20', '', :c, "
                "true, false, 'Trop loin', now(), 'secretaire')"
            ),
            {"n": "033999888777", "c": candidate_id},
        )
        s.execute(
            text(
                "INSERT INTO audit_event (at, actor, action, entity, entity_id, after) "
                "VALUES (now(), 'secretaire', 'update', 'caleol_candidat', :c, "
                '\'{"last_name": "Ajouté"}\')'
            ),
            {"c": candidate_id},
        )
        s.execute(
            text(
                "INSERT INTO caleol_minutes_version (session_id, number, content, "
                "signature_box, created_at, status, created_by, change_note, version, "
                "html_sha256, pdf_path, pdf_sha256, sent_by) "
                "SELECT i.session_id, 99, '{}', '{}', now(), 'DRAFT', 'secretaire', '', 1, '', '', '', '' "
                "FROM caleol_agenda_item i JOIN caleol_candidate c ON c.agenda_item_id = i.id "
                "WHERE c.id = :i"
            ),
            {"i": candidate_id},
        )
    logins = server["logins"]
    logins["manager_b"] = "resp.b." + logins["admin"].split(".", 1)[1]
    accounts.create_user(
        server["admin_db"],
        server["admin"],
        logins["manager_b"],
        "Responsable BBB",
        Role.MANAGER,
        PASSWORD,
        agency_code="BBB",
        must_change_password=False,
    )
    counts = (
        "SELECT (SELECT count(*) FROM caleol_candidate WHERE id = %(c)s), "
        "(SELECT count(*) FROM caleol_candidate_key WHERE candidate_id = %(c)s), "
        "(SELECT count(*) FROM cotation_refusal WHERE numero_unique = '033999888777'), "
        "(SELECT count(*) FROM caleol_minutes_version WHERE number = 99), "
        "(SELECT count(*) FROM audit_event WHERE entity = 'caleol_candidat' "
        "AND entity_id = %(c)s AND actor = 'secretaire')"
    )
    seen = {}
    for who in ("agent_a", "secretary", "manager_b"):
        with _agent_sql(server, who) as conn:
            seen[who] = conn.execute(counts, {"c": candidate_id}).fetchone()
    assert seen == {
        "agent_a": (0, 0, 0, 0, 0),
        "secretary": (1, 1, 2, 1, 1),
        "manager_b": (1, 1, 2, 1, 1),
    }


def test_an_audit_key_goes_only_with_the_persons_data(server):
    """Deleting a key makes its snapshots noise (« données personnelles effacées »): an
    administrator cannot do it by hand to a live file or candidature, nor change a
    key; the purge, which anonymises first, still deletes it."""
    from desktop.services import retention

    file_a = server["files"][0]
    candidate_id = _keyed_candidate(server)
    with _agent_sql(server, "admin") as conn:
        for sql, *params in (
            ("DELETE FROM household_key WHERE household_id = %s", file_a),
            ("UPDATE household_key SET key = key WHERE household_id = %s", file_a),
            ("DELETE FROM caleol_candidate_key WHERE candidate_id = %s", candidate_id),
        ):
            message = _refused(conn, sql, *params)
            assert "Clé du journal d'audit" in message, (sql, message)
    # A file closed in 2019 is purged on the server: its key goes with its data.
    system = Actor("installation", role=Role.ADMIN)
    dba = server["dba"]
    hid = tenants.create_tenant_file(dba, system, _file(3, "AAA"))
    view = tenants.get_tenant_file(dba, system, hid)
    tenants.close_tenant_file(dba, system, hid, view.version, dt.date(2019, 10, 1), "Départ")
    retention.purge(server["admin_db"], server["admin"], dt.date(2026, 12, 7), only={hid})
    with dba.reader() as s:
        keys = s.execute(
            text("SELECT household_id FROM household_key WHERE household_id IN (:a, :h)"),
            {"a": file_a, "h": hid},
        ).scalars()
        assert list(keys) == [file_a]


def test_the_president_registers_the_signed_minutes_without_seeing_letters(server):
    """The president of the commission is a CALEOL member: signing the minutes writes
    their register line (``document``, about no household) and the signature row; the
    policies of these tables once needed SELECT on ``household``, which members do not
    have ("permission denied for table household"). Letters about a household stay
    hidden from them."""
    member = server["logins"]["member"]
    file_a = server["files"][0]
    with server["dba"].transaction() as s:
        s.execute(
            text(
                "INSERT INTO document (household_id, reference, template_name, "
                "template_version, title, subject, docx_path, docx_sha256, pdf_path, "
                "pdf_sha256, signed, signer, registered_mail, batch_id, created_at, "
                "created_by) VALUES (:h, 'AAA-2026-000777', 'relance_impaye', '1.0', "
                "'Relance', 'Relance de M. Locataire', 'C:/courriers/l.docx', :d, '', '', "
                "false, '', false, '', now(), 'installation')"
            ),
            {"h": file_a, "d": "c" * 64},
        )
    with _agent_sql(server, "member") as conn:
        document_id = conn.execute(
            "INSERT INTO document (household_id, reference, template_name, "
            "template_version, title, subject, docx_path, docx_sha256, pdf_path, "
            "pdf_sha256, signed, signer, registered_mail, batch_id, created_at, "
            "created_by) VALUES (NULL, %s, 'proces_verbal_caleol', '1', 'Procès-verbal', "
            "'Version 1 signée', '', '', 'C:/pv/pv-signe.pdf', %s, true, 'Membre CALEOL', "
            "false, '', now(), %s) RETURNING id",
            (f"PV-{member}", "d" * 64, member),
        ).fetchone()[0]
        seen = conn.execute("SELECT id, household_id FROM document").fetchall()
        assert (document_id, None) in seen
        assert all(household is None for _id, household in seen)
        conn.execute("SELECT count(*) FROM caleol_agenda_item").fetchone()
        conn.execute("SELECT count(*) FROM caleol_minutes_signature").fetchone()
    with _agent_sql(server) as conn:  # the agent still sees the letters of the agency
        rows = conn.execute("SELECT reference FROM document").fetchall()
        assert ("AAA-2026-000777",) in rows


# --------------------------------------------------------------------------- command line


def test_server_init_command_is_idempotent_and_reports(server, capsys):
    from desktop import cli

    prefix = server["names"].prefix
    code = cli.main(["server", "init", "--db", _url(server["name"]), "--prefix", prefix])
    out = capsys.readouterr().out
    assert code == 0
    assert f"Rôle propriétaire : {prefix}_owner" in out
    assert "household" in out and "Serveur prêt" in out


def test_server_init_command_creates_the_first_administrator(server, capsys, monkeypatch):
    """A new base on the same cluster (the groups are shared): ``--admin`` creates the
    first administrator, whose login role then signs in."""
    from sqlalchemy import create_engine

    from desktop import cli

    name = f"{server['name']}_b"
    login = f"premier.{server['names'].prefix.removeprefix('prt_')}"
    maintenance = create_engine(_url("postgres"), isolation_level="AUTOCOMMIT")
    with maintenance.connect() as c:
        c.exec_driver_sql(f'CREATE DATABASE "{name}"')
    db = Database(_url(name, anonymous=True))
    try:
        monkeypatch.setenv("PARCOURS_PASSWORD", PASSWORD)
        prefix = server["names"].prefix
        args = ["server", "init", "--db", _url(name), "--prefix", prefix, "--admin", login]
        assert cli.main([*args, "--name", "Premier Admin"]) == 0
        assert f"Premier administrateur créé : {login}" in capsys.readouterr().out
        assert cli.main(args) == 0  # again: nothing to create
        assert "Un administrateur existe déjà" in capsys.readouterr().out
        actor = accounts.sign_in(db, login, PASSWORD)
        assert actor.role is Role.ADMIN and actor.full_name == "Premier Admin"
    finally:
        db.dispose()
        with maintenance.connect() as c:
            try:
                c.exec_driver_sql(f'GRANT "{login}" TO CURRENT_USER')
            except Exception:
                pass
            c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            c.exec_driver_sql(f'DROP ROLE IF EXISTS "{login}"')
        maintenance.dispose()


def test_command_line_signs_in_as_the_account(server, capsys, monkeypatch):
    """``--user`` on a URL without password: the command runs as that login role."""
    from desktop import cli

    anonymous = _url(server["name"], anonymous=True)
    monkeypatch.setenv("PARCOURS_PASSWORD", PASSWORD)
    assert cli.main(["user", "list", "--db", anonymous, "--user", server["logins"]["admin"]]) == 0
    assert server["logins"]["agent_a"] in capsys.readouterr().out
    code = cli.main(["user", "list", "--db", anonymous, "--user", server["logins"]["agent_a"]])
    assert code != 0
    assert "Accès refusé" in capsys.readouterr().err
    monkeypatch.setenv("PARCOURS_PASSWORD", "mauvais mot de passe")
    code = cli.main(["user", "list", "--db", anonymous, "--user", server["logins"]["admin"]])
    assert code == 2
    assert "Identifiant ou mot de passe incorrect" in capsys.readouterr().err


def test_server_init_refuses_sqlite(tmp_path, capsys):
    from desktop import cli

    code = cli.main(["server", "init", "--db", str(tmp_path / "base.sqlite")])
    assert code == 2
    assert "une base SQLite reste la base d'un seul poste" in capsys.readouterr().err


# --------------------------------------------------------------------------- login dialog


@pytest.mark.gui
def test_login_dialog_connects_as_the_account(server, qtbot):
    """The sign-in dialog on a server URL without password: a wrong password is
    refused in French; the right one connects as the agent's own login role."""
    from PySide6.QtWidgets import QDialog

    from desktop.ui.login_dialog import LoginDialog

    db = Database(_url(server["name"], anonymous=True))
    server["opened"].append(db)
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.demo.isVisible()
    qtbot.keyClicks(dialog.username, server["logins"]["agent_a"])
    qtbot.keyClicks(dialog.password, "pas le bon")
    dialog.ok_button.click()
    assert dialog.error.text() == "Identifiant ou mot de passe incorrect."
    assert db.signed_in_as is None and dialog.password.text() == ""
    qtbot.keyClicks(dialog.password, PASSWORD)
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor.role is Role.AGENT
    assert db.signed_in_as == server["logins"]["agent_a"]
    with db.reader() as session:
        assert session.execute(text("SELECT current_user")).scalar() == db.signed_in_as


@pytest.mark.gui
def test_main_window_of_the_agent_lists_only_their_agency(server, qtbot):
    """The whole window opens with the agent's own (limited) server rights: every page
    built, the list shows the agent's agency's file, a file opens."""
    from PySide6.QtCore import Qt

    from desktop.ui.main_window import MainWindow

    db = Database(_url(server["name"], anonymous=True))
    server["opened"].append(db)
    actor = accounts.sign_in(db, server["logins"]["agent_a"], PASSWORD)
    from tests.gui.window import show_window

    window = MainWindow(db, actor)
    qtbot.addWidget(window)
    show_window(qtbot, window)  # the list is read right after the first paint
    model = window.tenant_page.model
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == ["LOCATAIREAAA Élodie"]
    view = window.tenant_page.view
    rect = view.visualRect(model.index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert list(window.open_dialogs) == [server["files"][0]]
    dialog = window.open_dialogs[server["files"][0]]
    assert dialog.title.text() == "<h2>LOCATAIREAAA Élodie</h2>"
    for dialog in list(window.open_dialogs.values()):
        dialog.save_button.setEnabled(False)
        dialog.close()
