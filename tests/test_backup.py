"""Backups of the SQLite base (online backup API), restore checks, and a crash test."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.domain.errors import UserError
from desktop.services import backup, settings, tenants
from desktop.services.context import FixedClock, use_clock
from desktop.storage.db import Database
from desktop.storage.models import AuditEvent
from tests.conftest import PG_URL

sqlite_only = pytest.mark.skipif(bool(PG_URL), reason="built-in backups are for SQLite")


def rent_of(db, actor, hid):
    return tenants.get_tenant_file(db, actor, hid).data.lease.rent


def edit_rent(db, actor, hid, amount):
    view = tenants.get_tenant_file(db, actor, hid)
    data = view.data
    data.lease.rent = amount
    return tenants.update_tenant_file(db, actor, hid, data, view.version)


@sqlite_only
def test_backup_while_the_base_is_open_and_restore(db, actor, agency, make_file):
    from decimal import Decimal

    hid = tenants.create_tenant_file(db, actor, make_file(1))
    with db.reader() as s:  # a reader keeps a snapshot open during the backup
        s.execute(select(AuditEvent)).all()
        info = backup.backup_now(db, actor)
    assert info.path.parent.name == "sauvegardes" and info.kind == ""
    con = sqlite3.connect(info.path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    edit_rent(db, actor, hid, Decimal("999.00"))
    assert backup.check_backup(info.path) == db.schema_revision()
    safety = backup.restore(db, actor, info.path)
    assert rent_of(db, actor, hid) == Decimal("412.50")  # the state of the backup
    assert "avantrestauration" in safety.name
    restored_from_safety = backup.restore(db, actor, safety)
    assert rent_of(db, actor, hid) == Decimal("999.00")
    assert restored_from_safety.exists()
    with db.reader() as s:
        actions = list(s.scalars(select(AuditEvent.action)))
    assert actions.count("restauration") >= 1 and "sauvegarde" in actions
    listed = backup.list_backups(db, actor)
    assert {b.kind for b in listed} == {"", "avantrestauration"}


@sqlite_only
def test_restore_refuses_files_that_are_not_good_backups(db, actor, tmp_path):
    not_sqlite = tmp_path / "parcours-20260101-120000.sqlite"
    not_sqlite.write_text("bonjour", encoding="utf-8")
    with pytest.raises(UserError, match="n'est pas une sauvegarde de Parcours lisible"):
        backup.restore(db, actor, not_sqlite)
    other = tmp_path / "autre.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32))")
    con.execute("INSERT INTO alembic_version VALUES ('9999_future')")
    con.commit()
    con.close()
    with pytest.raises(UserError, match="version de schéma « 9999_future »"):
        backup.restore(db, actor, other)
    empty = tmp_path / "vide.sqlite"
    sqlite3.connect(empty).close()
    with pytest.raises(UserError):
        backup.restore(db, actor, empty)
    good = backup.backup_now(db, actor)
    corrupted = tmp_path / "abimee.sqlite"
    raw = bytearray(good.path.read_bytes())
    raw[4096:8192] = os.urandom(4096)  # a page of garbage
    corrupted.write_bytes(bytes(raw))
    with pytest.raises(UserError):
        backup.restore(db, actor, corrupted)
    with pytest.raises(UserError, match="n'existe pas"):
        backup.restore(db, actor, tmp_path / "absente.sqlite")
    assert db.schema_revision() == backup.expected_revision()  # the base is untouched


@sqlite_only
def test_daily_backup_and_pruning(db, actor):
    # The backup is named and dated by the services' clock, in the workstation's time.
    with use_clock(FixedClock(dt.datetime(2026, 12, 7, 9, 30, 5))):
        first = backup.ensure_daily_backup(db, actor)
    assert first is not None
    assert first.path.name == "parcours-20261207-093005.sqlite"
    assert first.created_at == dt.datetime(2026, 12, 7, 9, 30, 5)
    later = first.created_at + dt.timedelta(hours=5)
    assert backup.ensure_daily_backup(db, actor, at=later) is None  # one a day
    # Only older backups: a new one is made, those past ``backup.keep_days`` removed.
    settings.update(db, actor, {settings.BACKUP_KEEP_DAYS: 7})
    folder = backup.backup_dir(db)
    content = first.path.read_bytes()
    first.path.unlink()
    for age in (3, 10, 40):
        stamp = first.created_at - dt.timedelta(days=age)
        (folder / f"parcours-{stamp:%Y%m%d-%H%M%S}.sqlite").write_bytes(content)
    now = dt.datetime(2026, 12, 7, 9, 31)
    with use_clock(FixedClock(now)):
        assert backup.ensure_daily_backup(db, actor) is not None
    ages = sorted((now - b.created_at).days for b in backup.list_backups(db, actor))
    assert ages == [0, 3]


def test_backups_on_postgresql_point_to_pg_dump(db, actor):
    if db.dialect != "postgresql":
        pytest.skip("PostgreSQL only")
    with pytest.raises(UserError, match="pg_dump"):
        backup.backup_now(db, actor)
    assert backup.ensure_daily_backup(db, actor) is None


@sqlite_only
def test_cli_backup(db, db_url, actor, capsys):
    assert main(["backup", "now", "--db", db_url]) == 0
    assert "Sauvegarde enregistrée" in capsys.readouterr().out
    assert main(["backup", "list", "--db", db_url]) == 0
    name = capsys.readouterr().out.splitlines()[1].split()[2]
    path = backup.backup_dir(db) / name
    assert main(["backup", "restore", str(path), "--yes", "--db", db_url]) == 0
    assert "Base restaurée" in capsys.readouterr().out


# --------------------------------------------------------------------------- crash test

# The writers killed by the crash test. Each is a process of its own that opens the base,
# says "ready", then saves the files' notes in a loop, printing each save once it has
# returned, until SIGKILL ends it. One Python process imports the services once and forks
# a writer per kill (started fresh, the imports were about a second of each of the 50
# kills): a writer opens the base only after the fork, so that it shares nothing with
# the others but the code. The forking process reaps each writer and says "gone".
CHILD = r"""
import os
import shutil
import sys
from desktop.services import tenants
from desktop.services.context import Actor
from desktop.domain.roles import Role
from desktop.storage.db import Database

path, ids = sys.argv[1], [int(x) for x in sys.argv[2].split(",")]
actor = Actor("crash.test", role=Role.ADMIN)


def save(db, hid, n):
    view = tenants.get_tenant_file(db, actor, hid)
    data = view.data
    data.notes = f"compteur {n}"
    tenants.update_tenant_file(db, actor, hid, data, view.version)


# One save on a copy of the base first: what the services load on their first save
# (the mappers' set-up, modules imported when needed) is then loaded once. Its engine
# is disposed before any fork: no writer inherits a connection.
warm = Database(shutil.copyfile(path, path + ".warm"))
save(warm, ids[0], 0)
warm.dispose()
os.remove(path + ".warm")
print("loaded", flush=True)
for line in sys.stdin:
    n = int(line)
    pid = os.fork()
    if pid == 0:
        try:
            db = Database(path)
            print(f"ready {os.getpid()}", flush=True)
            while True:
                for hid in ids:
                    n += 1
                    save(db, hid, n)
                    print(f"saved {hid} {n}", flush=True)
        finally:
            os._exit(1)
    os.waitpid(pid, 0)
    print("gone", flush=True)
"""
KILLS = 50


@sqlite_only
def test_sigkill_during_writes_loses_no_saved_edit(db, actor, agency, make_file):
    if not hasattr(signal, "SIGKILL") or not hasattr(os, "fork"):
        pytest.skip("SIGKILL and fork are POSIX")
    ids = [tenants.create_tenant_file(db, actor, make_file(i)) for i in range(1, 4)]
    path = str(db.engine.url.database)
    db.dispose()
    saved: dict[int, int] = {}
    rng = random.Random(6)
    writers = subprocess.Popen(
        [sys.executable, "-c", CHILD, path, ",".join(map(str, ids))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # the writers with it, ended together if a check fails
    )
    try:
        assert writers.stdout.readline().strip() == "loaded", writers.stderr.read()
        for kill in range(KILLS):
            writers.stdin.write(f"{kill * 1_000_000}\n")
            writers.stdin.flush()
            ready = writers.stdout.readline().split()
            assert ready[:1] == ["ready"], writers.stderr.read()
            # Wait for the writer's first save so that every kill lands among writes
            # however loaded the machine is (a fixed delay after "ready" may kill before
            # any write).
            first = writers.stdout.readline()
            assert first.startswith("saved "), writers.stderr.read()
            time.sleep(rng.uniform(0.01, 0.25))
            os.kill(int(ready[1]), signal.SIGKILL)
            lines = [first]
            while (line := writers.stdout.readline().strip()) != "gone":
                assert line, writers.stderr.read()  # the forking process ended
                lines.append(line)
            for line in lines:
                if line.startswith("saved "):
                    _, hid, n = line.split()
                    saved[int(hid)] = int(n)
            # The base opens, is sound, and holds every edit whose save returned.
            con = sqlite3.connect(path, timeout=10)
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok", kill
            notes = dict(con.execute("SELECT id, notes FROM household"))
            con.close()
            for hid, n in saved.items():
                assert int(notes[hid].split()[1]) >= n, (kill, hid, notes[hid], n)
    finally:
        writers.stdin.close()
        try:
            writers.wait(timeout=30)
        except subprocess.TimeoutExpired:  # a failed check left a writer running
            os.killpg(writers.pid, signal.SIGKILL)
            writers.wait()
        writers.stdout.close()
        writers.stderr.close()
    assert len(saved) == len(ids)  # edits did happen between the kills
    reopened = Database(path)
    try:
        for hid in ids:
            view = tenants.get_tenant_file(reopened, actor, hid)
            assert int(view.data.notes.split()[1]) >= saved[hid]
    finally:
        reopened.dispose()


def test_a_failed_backup_says_why_and_leaves_no_partial_file(tmp_path):
    source = tmp_path / "parcours.sqlite"
    source.write_bytes(b"not a SQLite base" * 100)
    folder = tmp_path / "sauvegardes"
    with pytest.raises(UserError) as err:
        backup._write_backup(source, folder)
    assert str(err.value).startswith("La sauvegarde a échoué : ")
    assert "database" in str(err.value)  # SQLite's own reason
    assert list(folder.iterdir()) == []


@sqlite_only
def test_a_backup_killed_half_way_is_cleaned_up_and_said_by_the_next_one(db, db_url, capsys):
    """kill -9 during « parcours backup now » leaves its unfinished copy (hidden,
    never listed as a backup) and its journal: the next backup removes them and says
    so; a copy another process is writing right now is left alone."""
    folder = backup.backup_dir(db)
    folder.mkdir(parents=True)
    killed = folder / ".parcours-20261207-044301.sqlite.partial"
    killed.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    journal = folder / ".parcours-20261207-044301.sqlite.partial-journal"
    journal.write_bytes(b"\x00" * 512)
    an_hour_ago = time.time() - 3600
    for path in (killed, journal):
        os.utime(path, (an_hour_ago, an_hour_ago))
    writing = folder / ".parcours-20261207-050000.sqlite.partial"
    writing.write_bytes(b"SQLite format 3\x00")
    assert main(["backup", "list", "--db", db_url]) == 0
    assert "Aucune sauvegarde." in capsys.readouterr().out
    assert main(["backup", "now", "--db", db_url]) == 0
    out, err = capsys.readouterr()
    assert err == (
        "Sauvegarde interrompue avant la fin (copie incomplète supprimée) : "
        "parcours-20261207-044301.sqlite\n"
    )
    assert not killed.exists() and not journal.exists() and writing.exists()
    assert [b.path.name for b in backup.list_backups_in(folder)] == [out.split("/")[-1].strip()]


@sqlite_only
def test_restoring_a_backup_from_before_a_purge_does_not_bring_the_person_back(
    db, actor, agency, make_file
):
    """The DPO's case: a file anonymised by the retention purge, then the base restored
    from a backup taken before it. The erasure stands: the restored base anonymises the
    file again (names, notes, audit key), and says so in the audit trail."""
    from desktop.services import audit, retention
    from desktop.storage.models import HouseholdKey

    data = make_file(7)
    data.occupants[0].last_name = "Quasimodo"
    data.notes = "suivi psychologique"
    hid = tenants.create_tenant_file(db, actor, data)
    version = tenants.get_tenant_file(db, actor, hid).version
    tenants.close_tenant_file(db, actor, hid, version, dt.date(2019, 10, 1), "Départ")
    before_purge = backup.backup_now(db, actor)
    retention.purge(db, actor, dt.date(2040, 1, 1), only={hid})

    backup.restore(db, actor, before_purge.path)

    restored = tenants.get_tenant_file(db, actor, hid).data
    assert restored.occupants[0].last_name != "Quasimodo"
    assert restored.notes == ""
    with db.reader() as s:
        assert s.get(HouseholdKey, hid) is None
        actions = list(
            s.scalars(
                select(AuditEvent.action)
                .where(AuditEvent.entity_id == hid, AuditEvent.entity == "dossier")
                .order_by(AuditEvent.id)
            )
        )
    assert actions[-1] == "anonymisation"
    shown = audit.search_events(
        db, actor, audit.AuditQuery(entity="dossier", entity_id=hid), limit=100
    )
    assert not any("Quasimodo" in audit.describe(r.after) for r in shown)
