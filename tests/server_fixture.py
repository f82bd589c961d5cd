"""A PostgreSQL database set up by ``server_roles.init_server`` for the tests of the
server's roles and row-level security (tests/test_server_roles.py, tests/test_rls_*.py).

Each test module that uses ``server`` gets a database of its own with role names of its
own (the test server is shared): the test role needs CREATEROLE and CREATEDB, which
tests/run.py grants when it sets the cluster up.
"""

from __future__ import annotations

import os
import uuid

import pytest

from desktop.domain.roles import Role
from desktop.services import accounts, agencies, tenants
from desktop.services.context import Actor
from desktop.storage import server_roles
from desktop.storage.db import Database, normalise_url
from tests.conftest import PG_URL, sample_file

PASSWORD = "Parcours-serveur-2026!"


def _url(
    database: str, user: str | None = None, password: str | None = None, *, anonymous=False
) -> str:
    """The test server's URL for ``database``: as the test role, as ``user``, or with
    no credentials (``anonymous``: the application's configuration on a server with
    login roles)."""
    from sqlalchemy.engine import make_url

    url = make_url(normalise_url(PG_URL)).set(database=database)
    if anonymous:
        url = url._replace(username=None, password=None)
    elif user is not None:
        url = url.set(username=user, password=password)
    return url.render_as_string(hide_password=False)


def _raw(url: str):
    import psycopg

    return psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True)


def server_database():
    """A module's ``server`` fixture (``yield from server_database()``): a database set
    up by ``init_server``, two agencies, a file in each, an administrator, two agents
    (one per agency), a CALEOL member and a secretary, each a login role."""
    from sqlalchemy import create_engine

    if not PG_URL:
        pytest.skip("PostgreSQL only (login roles, row-level security)")
    maintenance = create_engine(_url("postgres"), isolation_level="AUTOCOMMIT")
    with maintenance.connect() as c:
        may = c.exec_driver_sql(
            "SELECT rolsuper OR (rolcreaterole AND rolcreatedb) FROM pg_roles "
            "WHERE rolname = current_user"
        ).scalar()
    if not may:
        maintenance.dispose()
        message = (
            "the test role needs CREATEROLE and CREATEDB (tests/run.py grants them): "
            "ALTER ROLE parcours CREATEROLE CREATEDB"
        )
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(message)
        pytest.skip(message)
    unique = uuid.uuid4().hex[:8]
    name = f"parcours_roles_{unique}"
    names = server_roles.Names(f"prt_{unique}")
    logins = {
        "admin": f"admin.{unique}",
        "agent_a": f"agent.a.{unique}",
        "agent_b": f"agent.b.{unique}",
        "member": f"membre.{unique}",
        "secretary": f"secretaire.{unique}",
    }
    with maintenance.connect() as c:
        c.exec_driver_sql(f'CREATE DATABASE "{name}"')
    dba = Database(_url(name))
    opened: list[Database] = [dba]
    try:
        server_roles.init_server(dba.engine, names)
        system = Actor("installation", role=Role.ADMIN)
        a = agencies.create_agency(dba, system, "AAA", "Agence A")
        b = agencies.create_agency(dba, system, "BBB", "Agence B")
        file_a = tenants.create_tenant_file(dba, system, _file(1, "AAA"))
        file_b = tenants.create_tenant_file(dba, system, _file(2, "BBB"))
        # The first administrator, created by the database administrator (setup).
        accounts.create_first_admin(dba, logins["admin"], "Admin Serveur", PASSWORD)
        admin_db = Database(_url(name, anonymous=True))
        opened.append(admin_db)
        admin = accounts.sign_in(admin_db, logins["admin"], PASSWORD)
        # The administrator provisions the agents through the application.
        for key, code in (("agent_a", "AAA"), ("agent_b", "BBB")):
            accounts.create_user(
                admin_db,
                admin,
                logins[key],
                f"Agent {code}",
                Role.AGENT,
                PASSWORD,
                agency_code=code,
                must_change_password=False,
            )
        accounts.create_user(
            admin_db,
            admin,
            logins["member"],
            "Membre CALEOL",
            Role.CALEOL_MEMBER,
            PASSWORD,
            must_change_password=False,
        )
        accounts.create_user(
            admin_db,
            admin,
            logins["secretary"],
            "Secrétaire CALEOL",
            Role.CALEOL_SECRETARY,
            PASSWORD,
            must_change_password=False,
        )
        yield {
            "name": name,
            "names": names,
            "logins": logins,
            "agencies": (a, b),
            "files": (file_a, file_b),
            "admin_db": admin_db,
            "admin": admin,
            "dba": dba,
            "opened": opened,
        }
    finally:
        for database in opened:
            database.dispose()
        with maintenance.connect() as c:
            for login in logins.values():  # to end their sessions (FORCE)
                try:
                    c.exec_driver_sql(f'GRANT "{login}" TO CURRENT_USER')
                except Exception:
                    pass  # never created
            c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            server_roles.drop_roles(c, names, logins.values())
        maintenance.dispose()


def _file(n: int, agency_code: str):
    data = sample_file(9000 + n)
    data.dwelling.agency_code = agency_code
    data.occupants[0].last_name = f"Locataire{agency_code}"
    return data


def _agent_sql(server, key: str = "agent_a"):
    return _raw(_url(server["name"], server["logins"][key], PASSWORD))


def _refused(conn, sql: str, *params) -> str:
    """Run ``sql``; it must fail. Returns the server's message."""
    import psycopg

    with pytest.raises(psycopg.Error) as error:
        conn.execute(sql, params or None)
    return str(error.value)


def seat_the_member(server, session_id: int) -> None:
    """The fixture's CALEOL member account holds an active seat in the commission of
    session ``session_id``: a member-only account reads only the commissions where it
    sits (services/caleol/common.commission_scope, server_roles.COMMISSION_READ)."""
    from sqlalchemy import text

    from desktop.domain.caleol import MemberRole
    from desktop.services import caleol
    from desktop.services.caleol import MemberData

    with server["dba"].reader() as s:
        commission_id = s.execute(
            text("SELECT commission_id FROM caleol_session WHERE id = :s"), {"s": session_id}
        ).scalar_one()
        user_id = s.execute(
            text("SELECT id FROM app_user WHERE username = :u"), {"u": server["logins"]["member"]}
        ).scalar_one()
        seated = s.execute(
            text(
                "SELECT count(*) FROM caleol_member WHERE commission_id = :c "
                "AND app_user_id = :u AND active"
            ),
            {"c": commission_id, "u": user_id},
        ).scalar_one()
    if not seated:
        caleol.add_member(
            server["admin_db"],
            server["admin"],
            commission_id,
            MemberData(
                role=MemberRole.CONSULT_CCAS,
                first_name="Membre",
                last_name="CALEOL",
                app_user_id=user_id,
            ),
        )
