"""The CALEOL commissions on a PostgreSQL server (storage/server_roles.py): an agency
manager (or agent) with the database's credentials, in psql, reads the commissions of
his agency and those of no agency, their members, sessions and what hangs off them;
not another agency's, nor the audit events about them. The application, signed in as
him, shows the same (services/caleol/common.commission_scope).

PostgreSQL only (``PARCOURS_TEST_DATABASE_URL``), in a database of its own.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from desktop.domain.caleol import MemberRole
from desktop.domain.errors import UserError
from desktop.domain.roles import Role
from desktop.services import accounts, caleol
from desktop.services.caleol import MemberData
from desktop.storage.db import Database
from tests.server_fixture import PASSWORD, _agent_sql, _url, server_database
from tests.test_caleol_agency import commissions_of_two_agencies, seat_the_manager_of_a
from tests.test_caleol_service import _candidate, _dwelling


@pytest.fixture(scope="module")
def server():
    yield from server_database()


@pytest.fixture(scope="module")
def world(server):
    """Commissions A, B and one of no agency (a session and a member each), and the
    manager of agency A's account."""
    admin_db, admin = server["admin_db"], server["admin"]
    a, b = server["agencies"]
    found = commissions_of_two_agencies(admin_db, admin, {"A": a, "B": b})
    found["candidates"] = {}
    for n, (key, cid) in enumerate(found["commissions"].items(), start=1):
        found.setdefault("members", {})[key] = caleol.add_member(
            admin_db,
            admin,
            cid,
            MemberData(role=MemberRole.DESIGNE, first_name="Membre", last_name=f"Siège{key}"),
        )
        sid = found["sessions"][key]
        item = caleol.add_dwelling_item(admin_db, admin, sid, _dwelling(reference=f"LGT-{key}"))
        found["candidates"][key] = caleol.add_candidate(
            admin_db, admin, item.id, _candidate(n, last_name=f"Candidat{key}")
        ).id
    login = f"resp.a.{server['names'].prefix}"
    accounts.create_user(
        admin_db,
        admin,
        login,
        "Responsable A",
        Role.MANAGER,
        PASSWORD,
        agency_code="AAA",
        must_change_password=False,
    )
    server["logins"]["manager_a"] = login
    return found


def _names(conn, sql: str) -> set:
    return {row[0] for row in conn.execute(sql)}


AT = dt.datetime(2026, 12, 7, 10, 0)


def _register_line(reference: str, title: str, **fields):
    """A line of the document register, written by the database administrator."""
    from desktop.storage.models import DocumentRecord

    return DocumentRecord(
        reference=reference,
        template_name=title.lower(),
        template_version="1",
        title=title,
        docx_path=f"{reference}.docx",
        docx_sha256="0" * 64,
        created_at=AT,
        created_by="dba",
        **fields,
    )


@pytest.mark.parametrize("who", ["manager_a", "agent_a"])
def test_an_agency_role_reads_his_commissions_and_those_of_none_by_sql(server, world, who):
    with _agent_sql(server, who) as conn:
        assert _names(conn, "SELECT name FROM caleol_commission") == {"CALEOL A", "CALEOL tous"}
        assert _names(conn, "SELECT number FROM caleol_session") == {"2026-A", "2026-tous"}
        assert _names(conn, "SELECT last_name FROM caleol_member") == {"SiègeA", "Siègetous"}
        other = world["commissions"]["B"]
        assert conn.execute(
            "SELECT count(*) FROM audit_event WHERE entity = 'caleol_commission' "
            "AND entity_id = %s",
            (other,),
        ).fetchone() == (0,)
        # Writing there changes nothing (the agent has no right to; the manager none
        # either: he only reads the CALEOL).
        assert conn.execute(
            "SELECT count(*) FROM caleol_session WHERE commission_id = %s", (other,)
        ).fetchone() == (0,)
    with _agent_sql(server, "secretary") as conn:
        assert len(_names(conn, "SELECT name FROM caleol_commission")) == 3


def test_a_manager_reads_the_candidatures_and_their_keys_of_his_commissions_only(server, world):
    mine = {world["candidates"]["A"], world["candidates"]["tous"]}
    with server["dba"].reader() as session:
        keyed = set(
            session.execute(text("SELECT candidate_id FROM caleol_candidate_key")).scalars()
        )
    assert set(world["candidates"].values()) <= keyed  # (the snapshots were encrypted)
    with _agent_sql(server, "manager_a") as conn:
        assert _names(conn, "SELECT last_name FROM caleol_candidate") == {
            "CandidatA",
            "Candidattous",
        }
        assert _names(conn, "SELECT candidate_id FROM caleol_candidate_key") == mine
        assert (
            _names(
                conn,
                "SELECT entity_id FROM audit_event WHERE entity = 'caleol_candidat' "
                "AND action = 'create'",
            )
            == mine
        )


def test_the_managers_application_shows_only_his_commissions(server, world):
    db = Database(_url(server["name"], anonymous=True))
    server["opened"].append(db)
    manager = accounts.sign_in(db, server["logins"]["manager_a"], PASSWORD)
    names = [c.name for c in caleol.list_commissions(db, manager, include_inactive=True)]
    assert names == ["CALEOL A", "CALEOL tous"]
    assert {s.number for s in caleol.list_sessions(db, manager)} == {"2026-A", "2026-tous"}
    with pytest.raises(UserError) as error:
        caleol.get_session(db, manager, world["sessions"]["B"])
    # (hidden by the server: to him, it does not exist)
    assert str(error.value.message) == f"La séance {world['sessions']['B']} n'existe pas ou plus."
    assert caleol.get_session(db, manager, world["sessions"]["tous"]).number == "2026-tous"


def _decision_letters(server, world, prefix: str) -> None:
    """A decision letter's line in the register for each candidate of ``world``
    (reference ``prefix-<commission>``), written by the database administrator."""
    with server["dba"].transaction() as session:
        for key, candidate_id in world["candidates"].items():
            session.add(
                _register_line(
                    f"{prefix}-{key}",
                    "Décision",
                    subject=f"Décision — Candidat{key}",
                    candidate_id=candidate_id,
                )
            )


def test_a_decision_letter_is_read_with_its_candidature_only(server, world):
    """A letter to an applicant (no household: his name in its subject) is read by the
    manager of the commission's agency, not by another agency's, nor by any agent."""
    _decision_letters(server, world, "DEC")
    with _agent_sql(server, "manager_a") as conn:
        assert _names(conn, "SELECT subject FROM document WHERE candidate_id IS NOT NULL") == {
            "Décision — CandidatA",
            "Décision — Candidattous",
        }
    with _agent_sql(server, "agent_a") as conn:
        assert conn.execute(
            "SELECT count(*) FROM document WHERE candidate_id IS NOT NULL"
        ).fetchone() == (0,)
    with _agent_sql(server, "secretary") as conn:
        assert len(_names(conn, "SELECT subject FROM document WHERE candidate_id IS NOT NULL")) == 3


def test_a_convocation_is_read_with_its_session_only(server, world):
    """A member's convocation in the register (no household, no candidature: the
    member's name in its subject) is read by the roles with a CALEOL right through
    the commissions they read: not another agency's by its manager, none by an agent."""
    from desktop.storage.cotation_models import MemberMessage

    with server["dba"].transaction() as session:
        for key, sid in world["sessions"].items():
            doc = _register_line(
                f"CONV-{key}", "Convocation", subject=f"Convocation de Membre Siège{key}"
            )
            session.add(doc)
            session.flush()
            session.add(
                MemberMessage(
                    session_id=sid,
                    member_id=world["members"][key],
                    kind="CONVOCATION",
                    document_id=doc.id,
                    status="SENT",
                    sent_at=AT,
                    sent_by="dba",
                )
            )
        session.add(_register_line("PROTO-1", "Protocole"))
    sql = "SELECT subject FROM document WHERE reference LIKE 'CONV-%'"
    with _agent_sql(server, "manager_a") as conn:
        assert _names(conn, sql) == {
            "Convocation de Membre SiègeA",
            "Convocation de Membre Siègetous",
        }
    with _agent_sql(server, "agent_a") as conn:
        assert _names(conn, sql) == set()
        # A line of no household and no CALEOL session (a crisis protocol's) he reads.
        assert _names(conn, "SELECT reference FROM document WHERE reference = 'PROTO-1'") == {
            "PROTO-1"
        }
    with _agent_sql(server, "secretary") as conn:
        assert len(_names(conn, sql)) == 3


@pytest.mark.gui
def test_the_managers_window_on_the_server_shows_his_commissions(server, world, qtbot):
    """The whole window with the manager's own server rights: every page built and
    shown without error, the CALEOL page lists his commissions, a session opens."""
    from desktop.ui.main_window import MainWindow
    from tests.gui.window import show_window

    db = Database(_url(server["name"], anonymous=True))
    server["opened"].append(db)
    manager = accounts.sign_in(db, server["logins"]["manager_a"], PASSWORD)
    window = MainWindow(db, manager)
    qtbot.addWidget(window)
    show_window(qtbot, window)
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        qtbot.wait(10)
    page = window.caleol_page
    page.refresh()
    texts = [page.commission.itemText(i) for i in range(page.commission.count())]
    assert texts == ["CALEOL A", "CALEOL tous"]
    assert not page.error.isVisible(), page.error.text()
    session_window = page.open_current()
    try:
        assert session_window.view.number == "2026-A"
    finally:
        session_window.close()


def test_a_manager_seated_in_another_agencys_commission_reads_its_sessions(server, world):
    """A member reads the sessions of the commission he sits in: an agency manager of A
    whose account holds a seat in B's commission reads B's sessions, members,
    candidatures and their history, by SQL and in the application; not a third
    agency's commission; nor B's once his seat is deactivated."""
    admin_db, admin = server["admin_db"], server["admin"]
    login = f"resp.siege.{server['names'].prefix}"
    _manager, seat = seat_the_manager_of_a(admin_db, admin, world, login, PASSWORD)
    server["logins"]["seated"] = login
    third, third_session = world["commissions"].pop("C"), world["sessions"].pop("C")
    # An occupation review of an agency B's tenant on B's agenda: a member reads it.
    from desktop.domain.caleol import OccupationGround

    review = caleol.add_occupation_review(
        admin_db,
        admin,
        world["sessions"]["B"],
        server["files"][1],
        OccupationGround.SOUS_OCCUPATION,
    ).id
    try:
        with _agent_sql(server, "seated") as conn:
            assert _names(conn, "SELECT name FROM caleol_commission") == {
                "CALEOL A",
                "CALEOL B",
                "CALEOL tous",
            }
            assert _names(conn, "SELECT number FROM caleol_session") == {
                "2026-A",
                "2026-B",
                "2026-tous",
            }
            assert "CandidatB" in _names(conn, "SELECT last_name FROM caleol_candidate")
            assert world["candidates"]["B"] in _names(
                conn, "SELECT candidate_id FROM caleol_candidate_key"
            )
            assert conn.execute(
                "SELECT count(*) FROM audit_event WHERE entity = 'caleol_seance' "
                "AND entity_id = %s",
                (world["sessions"]["B"],),
            ).fetchone() != (0,)
            assert conn.execute(
                "SELECT count(*) FROM audit_event WHERE entity = 'caleol_seance' "
                "AND entity_id = %s",
                (third_session,),
            ).fetchone() == (0,)
        # The application, signed in as him (his own login role), shows the same.
        db = Database(_url(server["name"], anonymous=True))
        server["opened"].append(db)
        manager = accounts.sign_in(db, login, PASSWORD)
        assert {s.number for s in caleol.list_sessions(db, manager)} == {
            "2026-A",
            "2026-B",
            "2026-tous",
        }
        sid = world["sessions"]["B"]
        view = caleol.get_session(db, manager, sid)
        assert [c.last_name for i in view.items for c in i.candidates] == ["CandidatB"]
        assert review in [i.id for i in view.items]
        with _agent_sql(server, "manager_a") as conn:  # (not seated: not even B's agenda)
            assert conn.execute(
                "SELECT count(*) FROM caleol_agenda_item WHERE id = %s", (review,)
            ).fetchone() == (0,)
        from desktop.services.caleol import minutes as pvs

        names = [c.name for c in pvs.build_minutes(db, manager, sid).candidates]
        assert names and names == [
            c.name for c in pvs.build_minutes(admin_db, admin, sid).candidates
        ]
        with pytest.raises(UserError) as error:
            caleol.get_session(db, manager, third_session)
        assert str(error.value.message) == f"La séance {third_session} n'existe pas ou plus."
        # His seat deactivated: B's sessions are no longer his to read.
        caleol.deactivate_member(admin_db, admin, seat)
        with _agent_sql(server, "seated") as conn:
            assert _names(conn, "SELECT number FROM caleol_session") == {"2026-A", "2026-tous"}
    finally:
        with server["dba"].transaction() as session:
            session.execute(text("DELETE FROM caleol_agenda_item WHERE id = :i"), {"i": review})
            session.execute(text("DELETE FROM caleol_session WHERE id = :s"), {"s": third_session})
            session.execute(text("DELETE FROM caleol_commission WHERE id = :c"), {"c": third})


def test_a_member_only_account_reads_the_commissions_where_it_sits_only(server, world):
    """A mayor's, the State's or the tenants' representative (a member-only account),
    in psql with his own login role, reads the commissions where his account holds an
    active seat and what hangs off them (sessions, members, agenda, candidatures and
    their keys, letters to the applicants), not the organism's others; the application
    signed in as him shows the same; his seat deactivated, nothing. (The register's
    lines cannot be deleted: this test's stay, read by no other test.)"""
    admin_db, admin = server["admin_db"], server["admin"]
    with server["dba"].reader() as session:
        member_id = session.scalar(
            text("SELECT id FROM app_user WHERE username = :u"), {"u": server["logins"]["member"]}
        )
    _decision_letters(server, world, "MDEC")
    member_sql = "SELECT subject FROM document WHERE reference LIKE 'MDEC-%'"
    with _agent_sql(server, "member") as conn:  # seated nowhere: nothing
        assert _names(conn, "SELECT name FROM caleol_commission") == set()
        assert _names(conn, "SELECT number FROM caleol_session") == set()
        assert _names(conn, member_sql) == set()
        # (nor the keys of the tenants' audit snapshots: he reads no tenant file)
        assert conn.execute("SELECT count(*) FROM household_key").fetchone() == (0,)
    seat = caleol.add_member(
        admin_db,
        admin,
        world["commissions"]["B"],
        MemberData(
            role=MemberRole.CONSULT_CCAS, first_name="Maire", last_name="DeB", app_user_id=member_id
        ),
    )
    with _agent_sql(server, "member") as conn:
        assert _names(conn, "SELECT name FROM caleol_commission") == {"CALEOL B"}
        assert _names(conn, "SELECT number FROM caleol_session") == {"2026-B"}
        assert _names(conn, "SELECT last_name FROM caleol_member") >= {"SiègeB", "DeB"}
        assert not {"Siègetous"} & _names(conn, "SELECT last_name FROM caleol_member")
        assert _names(conn, "SELECT reference FROM caleol_agenda_item") == {"LGT-B"}
        assert _names(conn, "SELECT last_name FROM caleol_candidate") == {"CandidatB"}
        assert _names(conn, "SELECT candidate_id FROM caleol_candidate_key") == {
            world["candidates"]["B"]
        }
        assert _names(conn, member_sql) == {"Décision — CandidatB"}
    db = Database(_url(server["name"], anonymous=True))
    server["opened"].append(db)
    member = accounts.sign_in(db, server["logins"]["member"], PASSWORD)
    names = [c.name for c in caleol.list_commissions(db, member, include_inactive=True)]
    assert names == ["CALEOL B"]
    sid = world["sessions"]["B"]
    assert {s.number for s in caleol.list_sessions(db, member)} == {"2026-B"}
    view = caleol.get_session(db, member, sid)
    assert [c.last_name for i in view.items for c in i.candidates] == ["CandidatB"]
    from desktop.services.caleol import minutes as pvs

    assert [c.name for c in pvs.build_minutes(db, member, sid).candidates] == [
        c.name for c in pvs.build_minutes(admin_db, admin, sid).candidates
    ]
    other = world["sessions"]["A"]
    with pytest.raises(UserError) as error:
        caleol.get_session(db, member, other)
    assert str(error.value.message) == f"La séance {other} n'existe pas ou plus."
    caleol.deactivate_member(admin_db, admin, seat)
    with _agent_sql(server, "member") as conn:
        assert _names(conn, "SELECT number FROM caleol_session") == set()
