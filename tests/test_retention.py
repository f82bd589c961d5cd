"""Retention (RGPD): purge preview and purge on the demo base; the access-request export."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from desktop.cli import main
from desktop.domain.retention import RetentionKind, add_months
from desktop.services import demo, person_export, retention, settings, tenants
from desktop.storage.models import AuditEvent, Household, Lease, Occupant, SearchToken

TODAY = dt.date.today()
ALL = tenants.TenantQuery(status=None)


def test_add_months_keeps_the_end_of_month():
    assert add_months(dt.date(2023, 1, 31), 1) == dt.date(2023, 2, 28)
    assert add_months(dt.date(2020, 2, 29), 36) == dt.date(2023, 2, 28)
    assert add_months(dt.date(2021, 11, 15), 14) == dt.date(2023, 1, 15)


@pytest.fixture
def demo_db(db, actor):
    demo.generate(db, actor, 300, seed=11)
    return db


def closed_files(db) -> list[tuple[int, Decimal]]:
    with db.reader() as s:
        return list(
            s.execute(
                select(Household.id, Household.balance)
                .where(Household.status == "CLOS")
                .order_by(Household.id)
            )
        )


def test_purge_preview_and_purge_on_the_demo_base(demo_db, actor):
    db = demo_db
    closed = closed_files(db)
    assert len(closed) >= 4
    # Move some departures past the retention periods: 36 months, 60 with arrears.
    old_plain = [hid for hid, balance in closed if balance <= 0][:2]
    old_arrears = [hid for hid, balance in closed if balance > 0][:1]
    recent_arrears = [hid for hid, balance in closed if balance > 0][1:2]
    with db.transaction() as s:
        s.execute(
            update(Household)
            .where(Household.status == "CLOS")
            .values(closed_on=TODAY - dt.timedelta(days=100))
        )
        s.execute(
            update(Household)
            .where(Household.id.in_(old_plain))
            .values(closed_on=add_months(TODAY, -37))
        )
        s.execute(
            update(Household)
            .where(Household.id.in_(old_arrears))
            .values(closed_on=add_months(TODAY, -61))
        )
        s.execute(
            update(Household)
            .where(Household.id.in_(recent_arrears))
            .values(closed_on=add_months(TODAY, -40))
        )  # past 36 months, not past 60

    items = retention.preview(db, actor)
    assert sorted(i.household_id for i in items) == sorted(old_plain + old_arrears)
    kinds = {i.household_id: i.kind for i in items}
    assert {kinds[h] for h in old_plain} == {RetentionKind.TENANT_FILE}
    assert {kinds[h] for h in old_arrears} == {RetentionKind.ARREARS_FILE}
    assert "conservation de 36 mois échue" in str(
        items[0].reason
    ) or "conservation de 60 mois échue" in str(items[0].reason)

    target = old_plain[0]
    before = tenants.get_tenant_file(db, actor, target)
    name = before.data.occupants[0].last_name
    assert tenants.search(db, actor, tenants.TenantQuery(name, status=None))

    result = retention.purge(db, actor, only={i.household_id for i in items})
    assert (result.anonymised, result.skipped) == (len(items), 0)
    assert retention.preview(db, actor) == []

    after = tenants.get_tenant_file(db, actor, target)
    assert after.anonymised_on == TODAY
    assert [o.last_name for o in after.data.occupants] == ["ANONYME"]
    occupant = after.data.occupants[0]
    assert (occupant.first_name, occupant.birth_date, occupant.phone, occupant.email) == (
        "",
        None,
        "",
        "",
    )
    assert after.data.notes == "" and not after.data.isolated
    assert after.data.lease.contract_number == f"ANON-{target}"
    assert after.data.lease.rent == before.data.lease.rent  # amounts stay (statistics)
    assert all(e.summary == "" for e in after.timeline)
    with db.reader() as s:
        assert s.scalars(select(SearchToken).where(SearchToken.household_id == target)).all() == []
        events = [
            (e.action, e.entity_id, e.after)
            for e in s.scalars(
                select(AuditEvent).where(AuditEvent.action.in_(["purge", "anonymisation"]))
            )
        ]
    purge_event = next(e for e in events if e[0] == "purge")
    assert purge_event[2]["anonymises"] == len(items)
    assert sorted(e[1] for e in events if e[0] == "anonymisation") == sorted(
        i.household_id for i in items
    )
    # The active files are untouched.
    assert tenants.count(db, actor, tenants.TenantQuery()) == 300 - len(closed)


def test_purge_in_the_future_and_longer_periods(demo_db, actor):
    db = demo_db
    closed = closed_files(db)
    far = TODAY + dt.timedelta(days=366 * 30)
    assert len(retention.preview(db, actor, on=far)) == len(closed)
    settings.update(
        db, actor, {"retention.DOSSIER_LOCATAIRE": 600, "retention.DOSSIER_IMPAYE": 600}
    )
    assert retention.preview(db, actor, on=far) == []


def test_purge_only_anonymises_what_was_previewed(demo_db, actor):
    db = demo_db
    closed = [hid for hid, _ in closed_files(db)]
    with db.transaction() as s:
        s.execute(
            update(Household)
            .where(Household.id.in_(closed))
            .values(closed_on=TODAY - dt.timedelta(days=366 * 6))
        )
    items = retention.preview(db, actor)
    result = retention.purge(db, actor, only={items[0].household_id, 10**9})
    assert (result.anonymised, result.skipped) == (1, 1)
    assert len(retention.preview(db, actor)) == len(items) - 1


def test_cli_retention(demo_db, db_url, actor, capsys, monkeypatch):
    assert main(["retention", "preview", "--db", db_url]) == 0
    far = (TODAY + dt.timedelta(days=366 * 30)).strftime("%d/%m/%Y")
    assert main(["retention", "preview", "--on", far, "--db", db_url]) == 0
    out = capsys.readouterr().out
    assert " dossiers à anonymiser :" in out and "(s)" not in out
    # Run from a script (no terminal) without --yes: said in French, nothing purged.
    before = len(retention.preview(demo_db, actor, on=TODAY + dt.timedelta(days=366 * 30)))
    monkeypatch.setattr("builtins.input", lambda _prompt: pytest.fail("no terminal to ask"))
    assert main(["retention", "purge", "--on", far, "--db", db_url]) == 2
    assert "Aucun terminal pour confirmer : ajoutez --yes." in capsys.readouterr().err
    after = len(retention.preview(demo_db, actor, on=TODAY + dt.timedelta(days=366 * 30)))
    assert after == before > 0
    # At a terminal: « non », or the end of the input (Ctrl+D), keeps everything.
    monkeypatch.setattr("desktop.commands._common._has_terminal", lambda: True)
    monkeypatch.setattr("builtins.input", lambda _prompt: "non")
    assert main(["retention", "purge", "--on", far, "--db", db_url]) == 1
    assert "Purge abandonnée." in capsys.readouterr().out

    def end_of_input(_prompt):
        raise EOFError

    monkeypatch.setattr("builtins.input", end_of_input)
    assert main(["retention", "purge", "--on", far, "--db", db_url]) == 1
    assert "Purge abandonnée." in capsys.readouterr().out
    assert main(["retention", "purge", "--on", far, "--yes", "--db", db_url]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        f"{before} dossiers anonymisés ({far})." if before > 1 else f"1 dossier anonymisé ({far})."
    )


# --------------------------------------------------------------------------- access request


def all_values(path) -> set[str]:
    book = load_workbook(path)
    return {
        str(c.value)
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for c in row
        if c.value is not None
    }


def test_access_request_export_has_every_row_of_the_person_and_none_of_another(
    db, actor, agency, make_file, tmp_path
):
    mine = make_file(1)
    mine.notes = '=HYPERLINK("http://exemple.invalid","x") appel du 12/03'
    hid = tenants.create_tenant_file(db, actor, mine)
    theirs = make_file(2)
    theirs.occupants[0].last_name = "Martin"
    theirs.occupants[0].first_name = "Lucas"
    theirs.occupants[0].email = "lucas.martin@example.fr"
    other = tenants.create_tenant_file(db, actor, theirs)
    view = tenants.get_tenant_file(db, actor, hid)
    data = view.data
    data.lease.rent = Decimal("420.00")
    tenants.update_tenant_file(db, actor, hid, data, view.version)
    tenants.get_tenant_file(db, actor, other)

    with db.reader() as s:
        audit_ids = {
            str(e.id)
            for e in s.scalars(
                select(AuditEvent).where(
                    AuditEvent.entity == "dossier", AuditEvent.entity_id == hid
                )
            )
        }
        other_ids = {
            str(e.id)
            for e in s.scalars(
                select(AuditEvent).where(
                    AuditEvent.entity == "dossier", AuditEvent.entity_id == other
                )
            )
        }
    path = person_export.export_person(db, actor, hid, tmp_path / "acces.xlsx")
    values = all_values(path)
    with db.reader() as s:
        occupants = s.scalars(select(Occupant).where(Occupant.household_id == hid)).all()
        for o in occupants:
            assert {o.last_name, o.first_name, o.email, o.phone} <= values
        lease = s.scalars(select(Lease).where(Lease.household_id == hid)).one()
        assert lease.contract_number in values
    assert mine.notes in values
    assert audit_ids and audit_ids <= values
    book = load_workbook(path)
    audit_sheet = book["Journal d'audit"]
    exported_ids = {str(r[0].value) for r in audit_sheet.iter_rows(min_row=2)}
    assert exported_ids == audit_ids and not exported_ids & other_ids
    # Nothing about the other household.
    joined = " ".join(values)
    for secret in ("Martin", "Lucas", "lucas.martin@example.fr", "BX-2024-00002", "LGT-00002"):
        assert secret not in joined
    # The note starting with "=" is text, not a formula.
    notes_cell = next(
        row[1] for row in book["Dossier"].iter_rows(min_row=2) if row[0].value == "Observations"
    )
    assert notes_cell.data_type == "s" and notes_cell.quotePrefix
    with db.reader() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert (last.action, last.entity_id, last.after["motif"]) == (
            "export",
            hid,
            "droit d'accès",
        )


def test_cli_export_person(db, db_url, actor, agency, make_file, tmp_path, capsys):
    hid = tenants.create_tenant_file(db, actor, make_file(1))
    out = tmp_path / "personne.xlsx"
    assert main(["export-person", "--household", str(hid), "--out", str(out), "--db", db_url]) == 0
    assert "Dupont" in all_values(out)
    assert main(["export-person", "--household", "999", "--out", str(out), "--db", db_url]) == 2
    assert "n'existe pas" in capsys.readouterr().err


def test_a_file_marked_anonymised_by_hand_is_still_purged(db, actor, agency):
    """A closed file marked anonymised in the base by hand (the SQLite file, SQL with
    shared credentials), without the purge's event about it, is not passed over: the
    purge anonymises it when due, and audits it. Its key deleted by hand too, its
    history does not read as erased by the purge either."""
    from desktop.services import audit
    from desktop.storage.models import HouseholdKey
    from tests.conftest import sample_file

    hid = tenants.create_tenant_file(db, actor, sample_file(9101))
    view = tenants.get_tenant_file(db, actor, hid)
    tenants.close_tenant_file(db, actor, hid, view.version, dt.date(2019, 10, 1), "Départ")

    def history() -> str:
        query = audit.AuditQuery(entity="dossier", entity_id=hid)
        shown = audit.search_events(db, actor, query)
        return " ".join(audit.describe(r.before) + audit.describe(r.after) for r in shown)

    with db.transaction() as s:
        s.execute(update(Household).where(Household.id == hid).values(anonymised_on=TODAY))
        s.delete(s.get(HouseholdKey, hid))
    assert "supprimée ou remplacée hors de Parcours" in history()
    assert "durée de conservation échue" not in history()
    assert [i.household_id for i in retention.preview(db, actor)] == [hid]
    assert retention.purge(db, actor, only={hid}).anonymised == 1
    after = tenants.get_tenant_file(db, actor, hid)
    assert [o.last_name for o in after.data.occupants] == ["ANONYME"]
    with db.reader() as s:
        assert s.scalar(
            select(AuditEvent.id).where(
                AuditEvent.action == "anonymisation", AuditEvent.entity_id == hid
            )
        )
    assert retention.preview(db, actor) == []
    assert "durée de conservation échue" in history()  # now erased by the purge
