"""The audit trail on a PostgreSQL server (storage/server_roles.py): an agent with the
database's credentials, in psql, reads the history of his agency's records and his own
events only; not even that another agency's notice or agreement has one. Those who
verify the hash chain (administrators, auditors) still read it all.

PostgreSQL only (``PARCOURS_TEST_DATABASE_URL``), in a database of its own.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import text

from desktop.domain.roles import Role
from desktop.services import accounts, audit, tenants
from desktop.storage.db import Database
from tests.server_fixture import PASSWORD, _agent_sql, _url, server_database

D = dt.date


@pytest.fixture(scope="module")
def server():
    yield from server_database()


@pytest.fixture(scope="module")
def world(server):
    """A notice and a payment agreement on each agency's file, by the administrator; an
    auditor's account."""
    from desktop.domain.notice import DeliveryMode
    from desktop.domain.notice_case import NoticeInput
    from desktop.services import notices, plans
    from desktop.services.context import use_clock
    from tests.conftest import DayClock
    from tests.test_plans_domain import protocol

    admin_db, admin = server["admin_db"], server["admin"]
    notice_ids, plan_ids = [], []
    with use_clock(DayClock(D(2026, 3, 1))):
        for hid in server["files"]:
            notice_ids.append(
                notices.record_notice(
                    admin_db, admin, hid, NoticeInput(DeliveryMode.LRAR, D(2026, 1, 31))
                )
            )
            plan_ids.append(
                plans.create_plan(
                    admin_db,
                    admin,
                    hid,
                    protocol(
                        aid_approved_on=D(2026, 1, 2),
                        months=12,
                        fsl=True,
                        fsl_amount=Decimal("300.00"),
                    ),
                )
            )
    auditor = f"auditeur.{server['names'].prefix}"
    accounts.create_user(
        admin_db,
        admin,
        auditor,
        "Auditeur",
        Role.AUDITOR,
        PASSWORD,
        must_change_password=False,
    )
    server["logins"]["auditor"] = auditor
    return {"notice": tuple(notice_ids), "plan": tuple(plan_ids)}


def _visible(conn) -> set[tuple[str, int | None]]:
    """What the session reads of the trail, written by someone else."""
    return set(
        conn.execute(
            "SELECT entity, entity_id FROM audit_event WHERE actor <> session_user::text"
        ).fetchall()
    )


def _user_id(server, key: str) -> int:
    with server["admin_db"].reader() as session:
        return session.execute(
            text("SELECT id FROM app_user WHERE username = :u"),
            {"u": server["logins"][key]},
        ).scalar_one()


def test_an_agent_reads_only_the_history_of_his_agencys_records(server, world):
    file_a, file_b = server["files"]
    (notice_a, notice_b), (plan_a, plan_b) = world["notice"], world["plan"]
    for key, mine, theirs in (
        ("agent_a", (file_a, notice_a, plan_a), (file_b, notice_b, plan_b)),
        ("agent_b", (file_b, notice_b, plan_b), (file_a, notice_a, plan_a)),
    ):
        own_account = ("compte", _user_id(server, key))
        with _agent_sql(server, key) as conn:
            seen = _visible(conn)
            hid, nid, pid = mine
            assert {("dossier", hid), ("conge", nid), ("plan", pid), own_account} <= seen, key
            # Nothing else written by others: not the other agency's file, notice or
            # agreement, not the other accounts, agencies or settings.
            assert seen <= {("dossier", hid), ("conge", nid), ("plan", pid), own_account}, key
            hid, nid, pid = theirs
            for entity, entity_id in (("dossier", hid), ("conge", nid), ("plan", pid)):
                rows = conn.execute(
                    "SELECT count(*) FROM audit_event WHERE entity = %s AND entity_id = %s",
                    (entity, entity_id),
                ).fetchone()
                assert rows == (0,), (key, entity)


def test_the_agents_application_still_shows_his_files_history(server, world):
    """A change the administrator made to the agent's file reads in its timeline, with
    the values before and after (from the audit snapshot, written by someone else)."""
    file_a = server["files"][0]
    admin_db, admin = server["admin_db"], server["admin"]
    view = tenants.get_tenant_file(admin_db, admin, file_a)
    data = view.data
    data.notes = "Rappel le 12/01"
    tenants.update_tenant_file(admin_db, admin, file_a, data, view.version)
    db = Database(_url(server["name"], anonymous=True))
    server["opened"].append(db)
    actor = accounts.sign_in(db, server["logins"]["agent_a"], PASSWORD)
    timeline = tenants.get_tenant_file(db, actor, file_a).timeline
    changes = [(i.actor, i.changes) for i in timeline if i.kind == "MODIFICATION"]
    assert changes == [(server["logins"]["admin"], (("notes", "—", "Rappel le 12/01"),))]


@pytest.mark.parametrize("who", ["admin", "auditor"])
def test_the_chain_still_verifies_for_those_who_verify_it(server, world, who):
    db = Database(_url(server["name"], anonymous=True))
    server["opened"].append(db)
    actor = accounts.sign_in(db, server["logins"][who], PASSWORD)
    report = audit.verify_chain(db, actor)
    assert report.ok, report.describe()
    with server["dba"].reader() as session:
        total = session.execute(
            text("SELECT count(*) FROM audit_event WHERE seq IS NOT NULL")
        ).scalar_one()
    assert report.checked == total
