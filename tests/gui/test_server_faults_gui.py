"""Faults of the shared PostgreSQL server seen from the GUI (issue 18, item 10): the
connection cut during a save, a row locked on another workstation, a lost connection
during a read. French messages, the input kept, no frozen window beyond the lock
timeout."""

from __future__ import annotations

import threading
import time
import uuid
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from desktop.domain.roles import Role
from desktop.services import authz, tenants
from desktop.services.context import Actor
from desktop.storage.db import Database, ServerTimeouts
from desktop.ui.main_window import MainWindow
from tests.conftest import PG_URL

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(not PG_URL, reason="faults of a PostgreSQL server"),
]

ADMIN = Actor("admin.test", "Admin Test", role=Role.ADMIN)


@pytest.fixture
def hid(db, actor, agency, make_file):
    return tenants.create_tenant_file(db, actor, make_file(1))


@pytest.fixture
def workstation(db_url, db):
    """The application's own connection pool, named like a signed-in workstation."""
    station = Database(db_url, ServerTimeouts(lock=1))
    station.identify(f"poste-{uuid.uuid4().hex[:8]}")
    yield station
    station.dispose()


def _open_file(qtbot, station, hid):
    window = MainWindow(station, ADMIN)
    qtbot.addWidget(window)
    window.show()
    return window, window.open_file(hid)


def _lock_row(db, hid):
    """Another workstation in the middle of saving the same file."""
    connection = db.engine.connect()
    transaction = connection.begin()
    connection.execute(text("SELECT id FROM household WHERE id = :id FOR UPDATE"), {"id": hid})
    return connection, transaction


def test_a_row_locked_elsewhere_ends_in_a_message_within_the_lock_timeout(
    qtbot, db, workstation, hid
):
    _window, dialog = _open_file(qtbot, workstation, hid)
    connection, transaction = _lock_row(db, hid)
    try:
        dialog.rent.setText("999,00")
        started = time.monotonic()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        waited = time.monotonic() - started
    finally:
        transaction.rollback()
        connection.close()
    assert waited < 4, waited  # lock timeout 1 s, not a frozen window
    assert "en cours d'enregistrement sur un autre poste" in dialog.general_error.text()
    assert dialog.rent.text() == "999,00"  # the input is kept
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # and saved after
    assert tenants.get_tenant_file(db, ADMIN, hid).data.lease.rent == Decimal("999.00")
    dialog.save_button.setEnabled(False)


def test_connections_cut_during_a_save(qtbot, db, db_url, hid):
    station = Database(db_url, ServerTimeouts(lock=10))
    name = f"poste-{uuid.uuid4().hex[:8]}"
    station.identify(name)
    try:
        _window, dialog = _open_file(qtbot, station, hid)
        connection, transaction = _lock_row(db, hid)  # the save waits: cut it meanwhile

        def cut():
            time.sleep(1.0)
            with db.engine.connect() as c:
                c.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE application_name LIKE :name"
                    ),
                    {"name": f"Parcours {name}@%"},
                )
                c.commit()

        killer = threading.Thread(target=cut)
        killer.start()
        try:
            dialog.rent.setText("777,00")
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        finally:
            killer.join()
            transaction.rollback()
            connection.close()
        assert (
            "Le serveur ne répond pas : votre saisie est conservée, réessayez"
            in dialog.general_error.text()
        )
        assert dialog.rent.text() == "777,00"
        assert tenants.get_tenant_file(db, ADMIN, hid).data.lease.rent == Decimal("412.50")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # retry works
        assert tenants.get_tenant_file(db, ADMIN, hid).data.lease.rent == Decimal("777.00")
        dialog.save_button.setEnabled(False)
    finally:
        station.dispose()


def test_a_read_is_retried_once_after_a_lost_connection(db, hid):
    calls = []

    @authz.guarded("consultation")
    def read_rent(database, actor):
        with database.reader() as s:
            calls.append(1)
            if len(calls) == 1:  # the server ends this session mid-call
                s.execute(text("SELECT pg_terminate_backend(pg_backend_pid())"))
            return s.execute(
                text("SELECT rent FROM lease WHERE household_id = :h"), {"h": hid}
            ).scalar_one()

    assert read_rent(db, ADMIN) == 41250  # cents, as stored
    assert len(calls) == 2


def test_application_name_names_the_user_and_workstation(db, workstation):
    import socket

    with workstation.engine.connect() as c:
        name = c.execute(text("SELECT current_setting('application_name')")).scalar_one()
        settings = c.execute(
            text(
                "SELECT current_setting('lock_timeout'), current_setting('statement_timeout'), "
                "current_setting('idle_in_transaction_session_timeout')"
            )
        ).one()
    assert name.startswith("Parcours poste-") and socket.gethostname().split(".")[0] in name
    assert settings == ("1s", "30s", "1min")
