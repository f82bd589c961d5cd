"""Demo base: generated in bulk, read back through the real tenant services."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.domain.roles import Role
from desktop.domain.tenant import (
    VULNERABILITY_DISABILITY,
    VULNERABILITY_ISOLATED,
    VULNERABILITY_SENIOR,
    FileStatus,
    is_senior,
    normalise,
    validate_tenant_file,
)
from desktop.domain.text import search_terms
from desktop.services import agencies, demo, tenants
from desktop.services.context import (
    Actor,
    today,
)
from desktop.storage.db import Database
from desktop.storage.models import AuditEvent, Occupant, SearchToken, TimelineEvent

ADMIN = Actor("admin.test", "Admin Test", role=Role.ADMIN)  # reads and checks as an administrator

N = 500
SEED = 7
ALL = tenants.TenantQuery(status=None)


@pytest.fixture
def demo_db(db, actor):
    stats = demo.generate(db, actor, N, seed=SEED)
    return db, stats


@pytest.fixture
def expected():
    """The households ``generate`` wrote, regenerated from the same seed."""
    generator = demo.DemoGenerator.for_count(N, SEED, today())
    return {h.data.lease.contract_number: h for h in generator.households(N)}


def all_rows(db: Database) -> list[tenants.TenantRow]:
    rows: list[tenants.TenantRow] = []
    while True:
        page = tenants.search(db, ADMIN, ALL, offset=len(rows), limit=200)
        rows += page
        if len(page) < 200:
            return rows


def test_generated_households_are_valid_and_deterministic():
    on = today()
    first = list(demo.DemoGenerator.for_count(3000, 11, on).households(3000))
    again = list(demo.DemoGenerator.for_count(3000, 11, on).households(3000))
    assert [h.data for h in first] == [h.data for h in again]
    for h in first:
        validate_tenant_file(h.data, on)
        assert normalise(h.data) == h.data
        assert 1 <= len(h.data.occupants) <= 6
        assert h.data.occupants[0].is_titular
        assert Decimal("250") <= h.data.lease.rent <= Decimal("750")
        assert Decimal("40") <= h.data.lease.charges <= Decimal("180")
        for amount in (h.data.lease.rent, h.data.lease.charges, h.data.balance):
            assert amount == amount.quantize(Decimal("0.01"))
        if h.status == FileStatus.CLOSED.value:
            assert h.data.lease.start_date < h.closed_on <= on
            assert h.close_reason == "Départ du locataire"
    n = len(first)
    seniors = sum(any(is_senior(o.birth_date, on) for o in h.data.occupants) for h in first)
    assert 0.22 <= seniors / n <= 0.28
    arrears = sum(h.data.balance > 0 for h in first)
    assert 0.15 <= arrears / n <= 0.23
    closed = sum(h.status == FileStatus.CLOSED.value for h in first)
    assert 0.03 <= closed / n <= 0.07
    disability = sum(any(o.disability for o in h.data.occupants) for h in first)
    assert 0.03 <= disability / n <= 0.07
    single_seniors = [
        h
        for h in first
        if len(h.data.occupants) == 1 and is_senior(h.data.occupants[0].birth_date, on)
    ]
    assert sum(h.data.isolated for h in single_seniors) > len(single_seniors) / 2
    assert len({h.data.dwelling.reference for h in first}) == n


def test_counts_and_shares_through_the_services(demo_db):
    db, stats = demo_db
    assert stats.households == N
    assert stats.seconds > 0
    assert tenants.count(db, ADMIN, ALL) == N
    active = tenants.count(db, ADMIN, tenants.TenantQuery())
    closed = tenants.count(db, ADMIN, tenants.TenantQuery(status=FileStatus.CLOSED.value))
    assert active + closed == N
    assert 0 < closed < N * 0.12
    seniors = tenants.count(db, ADMIN, tenants.TenantQuery(status=None, senior_only=True))
    assert 0.17 <= seniors / N <= 0.33
    arrears = tenants.count(db, ADMIN, tenants.TenantQuery(status=None, arrears_only=True))
    assert 0.10 <= arrears / N <= 0.28
    with db.reader() as s:
        assert len(s.scalars(select(Occupant.id)).all()) == stats.occupants
        kinds = s.scalars(select(TimelineEvent.kind)).all()
        audit_rows = s.execute(
            select(AuditEvent.entity, AuditEvent.entity_id, AuditEvent.after).where(
                AuditEvent.action == "demo"
            )
        ).all()
    assert kinds.count(tenants.EVENT_CREATED) == N
    assert kinds.count(tenants.EVENT_CLOSED) == closed
    assert [tuple(a) for a in audit_rows] == [("base", None, {"households": N})]
    codes = {a.code for a in agencies.list_agencies(db)}
    assert codes == {"BXN", "BXS", "MER", "PES", "LIB", "ARC"}


def test_list_columns_and_tokens_are_what_the_services_write(demo_db, expected):
    db, _stats = demo_db
    rows = all_rows(db)
    assert len(rows) == N
    for row in rows:
        h = expected[row.contract_number]
        columns = tenants.list_columns(h.data)
        assert row.display_name == columns["display_name"]
        assert row.dwelling_reference == columns["dwelling_reference"]
        assert row.address == columns["address"]
        assert row.city == columns["city"]
        assert row.balance == columns["balance"]
        assert row.eldest_birth_date == columns["eldest_birth_date"]
        assert row.isolated == columns["isolated"]
        assert row.status == h.status
    by_id = {row.id: expected[row.contract_number] for row in rows}
    with db.reader() as s:
        tokens: dict[int, set[str]] = {}
        for token, household_id in s.execute(select(SearchToken.token, SearchToken.household_id)):
            tokens.setdefault(household_id, set()).add(token)
    assert tokens.keys() == by_id.keys()
    for household_id, h in by_id.items():
        assert tokens[household_id] == tenants.search_tokens_for(h.data)


def test_found_by_name_and_contract_prefixes(demo_db, expected):
    db, _stats = demo_db
    for h in list(expected.values())[:: N // 10]:
        last_name = search_terms(h.data.titular.last_name)[0]
        contract = h.data.lease.contract_number
        found = {r.contract_number for r in all_matches(db, last_name[:3])}
        assert contract in found
        assert contract in {r.contract_number for r in all_matches(db, contract[:-1])}
        both = all_matches(db, f"{last_name[:4]} {contract[:-2]}")
        assert contract in {r.contract_number for r in both}


def all_matches(db: Database, text: str) -> list[tenants.TenantRow]:
    query = tenants.TenantQuery(text=text, status=None)
    return tenants.search(db, ADMIN, query, limit=N + 1)


def test_tenant_file_reads_back_as_generated(demo_db, expected):
    db, _stats = demo_db
    on = today()
    rows = all_rows(db)
    checked = set()
    for row in rows:
        h = expected[row.contract_number]
        flags = h.data.vulnerability_flags(on)
        kind = (h.status, tuple(flags))
        if kind in checked and row.id % 7:
            continue
        checked.add(kind)
        view = tenants.get_tenant_file(db, ADMIN, row.id)
        assert view.data == h.data
        assert view.status == FileStatus(h.status)
        assert view.opened_on == h.opened_on == h.data.lease.start_date
        assert view.closed_on == h.closed_on
        assert view.close_reason == h.close_reason
        assert view.version == 1
        assert view.data.vulnerability_flags(on) == flags
        kinds = [item.kind for item in view.timeline]
        if h.status == FileStatus.CLOSED.value:
            assert sorted(kinds) == sorted([tenants.EVENT_CREATED, tenants.EVENT_CLOSED])
        else:
            assert kinds == [tenants.EVENT_CREATED]
    seen_flags = {flag for _status, flags in checked for flag in flags}
    assert seen_flags == {VULNERABILITY_ISOLATED, VULNERABILITY_DISABILITY, VULNERABILITY_SENIOR}


def test_services_keep_working_on_the_demo_base(demo_db, actor, make_file):
    db, _stats = demo_db
    row = tenants.search(db, ADMIN, tenants.TenantQuery(), limit=1)[0]
    view = tenants.get_tenant_file(db, ADMIN, row.id)
    edited = dataclasses.replace(view.data.copy(), notes="Appel du 12/03 : tout va bien.")
    assert tenants.update_tenant_file(db, actor, row.id, edited, view.version) == 2
    assert tenants.get_tenant_file(db, ADMIN, row.id).data.notes == "Appel du 12/03 : tout va bien."
    # New ids follow the generated ones (PostgreSQL: the sequences were used).
    new_id = tenants.create_tenant_file(db, actor, make_file(999_999))
    assert new_id > max(r.id for r in all_rows(db) if r.id != new_id)
    assert tenants.count(db, ADMIN, ALL) == N + 1


def test_refuses_a_database_with_households(demo_db, actor):
    db, _stats = demo_db
    with pytest.raises(demo.DatabaseNotEmpty) as refused:
        demo.generate(db, actor, 10)
    assert str(refused.value.message).startswith("La base contient déjà 500 dossiers : ")
    assert str(demo.DatabaseNotEmpty(1).message).startswith("La base contient déjà un dossier : ")
    assert tenants.count(db, ADMIN, ALL) == N


def test_progress_is_reported_per_chunk(db, actor, monkeypatch):
    monkeypatch.setattr(demo.database, "CHUNK", 120)
    calls = []
    demo.generate(db, actor, 300, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(120, 300), (240, 300), (300, 300)]
    assert tenants.count(db, ADMIN, ALL) == 300


def test_an_exception_from_progress_cancels_everything(db, actor, monkeypatch):
    monkeypatch.setattr(demo.database, "CHUNK", 100)

    def cancel(done, total):
        if done >= 200:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        demo.generate(db, actor, 300, progress=cancel)
    assert tenants.count(db, ADMIN, ALL) == 0
    assert agencies.list_agencies(db) == []


def test_ensure_demo_database_fills_once(tmp_path):
    path = tmp_path / "sous-dossier" / "demo.sqlite"
    db = demo.ensure_demo_database(path, households=150)
    try:
        assert tenants.count(db, ADMIN, ALL) == 150
    finally:
        db.dispose()
    db = demo.ensure_demo_database(path, households=400)
    try:
        assert tenants.count(db, ADMIN, ALL) == 150
    finally:
        db.dispose()


def test_cli_generates_then_refuses(tmp_path, capsys):
    path = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(path), "--households", "200"]) == 0
    out = capsys.readouterr().out
    assert "200 / 200 ménages" in out
    assert "200 ménages générés en " in out
    assert "ménages/s" in out
    db = Database(str(path))
    try:
        assert tenants.count(db, ADMIN, ALL) == 200
    finally:
        db.dispose()
    assert main(["demo", "--db", str(path), "--households", "200"]) == 2
    captured = capsys.readouterr()
    assert "déjà 200 dossiers" in captured.err
    with pytest.raises(SystemExit) as exc:
        main(["demo", "--db", str(path), "--households", "0"])
    assert exc.value.code == 2
