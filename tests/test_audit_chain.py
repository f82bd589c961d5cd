"""The audit trail's hash chain: any change, deletion or insertion made behind the
application's back is found, with the first broken link (issue 18, item 7)."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select, text

from desktop.cli import main
from desktop.domain.roles import Role
from desktop.services import agencies, audit, tenants
from desktop.services.context import Actor
from desktop.storage.db import Database, alembic_config
from desktop.storage.models import AuditEvent

AUDITOR = Actor("auditeur", role=Role.AUDITOR)


def _tamper(db, statement: str, **params) -> None:
    """What someone with the database file or the owner's credentials can do."""
    with db.engine.begin() as c:
        if db.dialect == "postgresql":
            c.execute(text("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update"))
        else:
            c.execute(text("DROP TRIGGER IF EXISTS audit_event_no_update"))
            c.execute(text("DROP TRIGGER IF EXISTS audit_event_no_delete"))
        c.execute(text(statement), params)


@pytest.fixture
def trail(db, actor, agency, make_file):
    for n in range(1, 6):
        tenants.create_tenant_file(db, actor, make_file(n))
    with db.reader() as s:
        return list(s.scalars(select(AuditEvent.id).order_by(AuditEvent.seq)))


def test_an_untouched_trail_verifies(db, trail):
    report = audit.verify_chain(db, AUDITOR)
    assert report.ok and report.checked == len(trail) >= 6
    assert str(report.describe()).startswith(
        f"Journal d'audit intègre : {len(trail)} événements vérifiés, chaîne de hachage continue"
    )
    with db.reader() as s:
        seqs = list(s.scalars(select(AuditEvent.seq).order_by(AuditEvent.id)))
    assert seqs == list(range(1, len(trail) + 1))


def test_a_changed_event_is_the_first_broken_link(db, trail):
    target = trail[3]
    _tamper(db, "UPDATE audit_event SET actor = 'quelquun' WHERE id = :id", id=target)
    report = audit.verify_chain(db, AUDITOR)
    assert not report.ok and report.broken_id == target
    assert f"événement n° {target}" in str(report.describe())
    assert "modifié" in str(report.describe())


def test_a_deleted_event_breaks_the_next_link(db, trail):
    _tamper(db, "DELETE FROM audit_event WHERE id = :id", id=trail[2])
    report = audit.verify_chain(db, AUDITOR)
    assert report.broken_id == trail[3] and "supprimés" in str(report.describe())


def test_deleting_the_last_events_is_seen_from_the_head(db, trail):
    _tamper(db, "DELETE FROM audit_event WHERE id >= :id", id=trail[-2])
    report = audit.verify_chain(db, AUDITOR)
    assert not report.ok and "derniers événements" in str(report.describe())


def test_an_event_inserted_by_hand_is_outside_the_chain(db, trail):
    with db.engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO audit_event (at, actor, action, entity) "
                "VALUES (CURRENT_TIMESTAMP, 'faussaire', 'create', 'dossier')"
            )
        )
    report = audit.verify_chain(db, AUDITOR)
    assert not report.ok and "hors de l'application" in str(report.describe())


def test_a_rolled_back_action_leaves_no_event_and_the_chain_whole(db, actor, trail):
    from desktop.domain.errors import ValidationError

    with pytest.raises(ValidationError):
        agencies.create_agency(db, actor, "", "")
    assert audit.verify_chain(db, AUDITOR).ok


def test_parallel_appends_keep_one_chain(db, actor, agency, make_file):
    errors = []

    def work(i):
        try:
            for k in range(4):
                tenants.create_tenant_file(db, actor, make_file(100 + i * 10 + k))
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    report = audit.verify_chain(db, AUDITOR)
    assert report.ok and report.checked >= 24


def test_the_migration_chains_existing_events(db_url):
    from alembic import command

    db = Database(db_url)
    try:
        cfg = alembic_config(db.engine)
        with db.engine.begin() as connection:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "0011")
        with db.engine.begin() as c:
            for n in range(3):
                c.execute(
                    text(
                        "INSERT INTO audit_event (at, actor, action, entity, entity_id, after) "
                        "VALUES (:at, 'ancien', 'create', 'dossier', :n, :after)"
                    ),
                    {
                        "at": f"2025-01-0{n + 1} 10:00:00",
                        "n": n,
                        "after": '{"nom": "Dupont", "montant": "12.50"}',
                    },
                )
        db.upgrade()
        report = audit.verify_chain(db, AUDITOR)
        assert report.ok and report.checked == 3
        agencies.create_agency(db, Actor("a", role=Role.ADMIN), "BXN", "Bordeaux Nord")
        assert audit.verify_chain(db, AUDITOR).checked == 4
    finally:
        db.dispose()


def test_cli_audit_verify(db, db_url, trail, capsys):
    assert main(["audit", "verify", "--db", db_url]) == 0
    assert "Empreinte de tête" in capsys.readouterr().out
    _tamper(db, "UPDATE audit_event SET after = NULL WHERE id = :id", id=trail[1])
    assert main(["audit", "verify", "--db", db_url]) == 1
    err = capsys.readouterr().err
    assert f"événement n° {trail[1]}" in err and "Traceback" not in err
