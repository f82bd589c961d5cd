"""A damaged SQLite base (truncated file, one damaged page): the latest intact backup
is offered and put in place, the damaged file set aside untouched, what was lost said
(issue 18, item 4)."""

from __future__ import annotations

import hashlib
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.errors import UserError
from desktop.services import backup, tenants
from desktop.storage.db import Database, open_database
from tests.conftest import PG_URL

pytestmark = pytest.mark.skipif(bool(PG_URL), reason="built-in backups are for SQLite")


def _edit_rent(db, actor, hid, amount):
    view = tenants.get_tenant_file(db, actor, hid)
    view.data.lease.rent = Decimal(amount)
    tenants.update_tenant_file(db, actor, hid, view.data, view.version)


@pytest.fixture
def damaged_setup(db, actor, agency, make_file):
    """A base with a backup, then two edits after it; the base file checkpointed."""
    hids = [tenants.create_tenant_file(db, actor, make_file(n)) for n in range(1, 40)]
    info = backup.backup_now(db, actor)
    _edit_rent(db, actor, hids[0], "500.00")
    _edit_rent(db, actor, hids[1], "501.00")
    path = Path(str(db.engine.url.database))
    db.dispose()
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return path, info, hids


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _damage_a_page(path: Path) -> None:
    """Garbage over one b-tree page in the middle of the file (the header intact)."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    pages = len(data) // page
    target = pages // 2
    data[target * page : target * page + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [_truncate, _damage_a_page])
def test_rescue_puts_the_latest_intact_backup_in_place(damaged_setup, actor, damage):
    path, info, hids = damaged_setup
    damage(path)
    assert backup.base_problem(path)
    damaged_sha = _sha(path)
    result = backup.rescue(path)
    assert result.backup.path == info.path
    assert result.damaged.exists() and _sha(result.damaged) == damaged_sha  # untouched
    assert "endommagee" in result.damaged.name
    # No new backup was attempted of the damaged base.
    assert {p.name for p in (path.parent / "sauvegardes").iterdir()} == {info.path.name}
    text = str(result.lost.describe())
    if result.lost.events is not None:
        assert "perdues" in text or "Rien n'a été perdu" in text
    assert info.created_at.strftime("%d/%m/%Y") in text
    db = open_database(str(path))
    try:
        assert backup.base_problem(path) == ""
        assert tenants.get_tenant_file(db, actor, hids[0]).data.lease.rent == Decimal("412.50")
    finally:
        db.dispose()


def test_lost_operations_are_counted_when_the_journal_is_readable(damaged_setup):
    path, _info, _hids = damaged_setup
    # Damage the household table's root page: the audit trail still reads.
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    con = sqlite3.connect(path)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name='household'").fetchone()[0]
    con.close()
    data[(root - 1) * page + 8 : (root - 1) * page + 64] = b"\x00" * 56
    path.write_bytes(bytes(data))
    assert backup.base_problem(path)
    result = backup.rescue(path)
    assert result.lost.events == 2  # the two edits after the backup
    assert str(result.lost.describe()).startswith(
        "2 opérations enregistrées après la sauvegarde du "
    )
    one = backup.LostSince(result.lost.since, 1, result.lost.last_at)
    assert " est perdue (le " in str(one.describe()) and "permet de la retrouver" in str(
        one.describe()
    )


def test_a_sound_base_is_not_rescued_and_no_backup_means_a_french_error(damaged_setup, tmp_path):
    path, info, _hids = damaged_setup
    with pytest.raises(UserError, match="n'est pas endommagée"):
        backup.rescue(path)
    info.path.unlink()
    _truncate(path)
    with pytest.raises(UserError, match="aucune sauvegarde intacte"):
        backup.rescue(path)


def test_cli_backup_list_and_restore_on_a_damaged_base(damaged_setup, capsys, actor):
    path, info, hids = damaged_setup
    _truncate(path)
    assert main(["backup", "list", "--db", str(path)]) == 0
    out = capsys.readouterr()
    assert "est endommagée" in out.out and "dernière intacte" in out.out
    assert info.path.name in out.out and "Traceback" not in out.err
    assert main(["backup", "restore", "--yes", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"Base remplacée par la sauvegarde « {info.path.name} »" in out
    assert "endommagee" in out and "perdues" in out
    db = Database(str(path))
    try:
        assert tenants.get_tenant_file(db, actor, hids[1]).data.lease.rent == Decimal("412.50")
    finally:
        db.dispose()
