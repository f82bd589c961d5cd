"""The audit trail: append-only in the database, filtered reads, Excel export."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest
from openpyxl import load_workbook
from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import DBAPIError

from desktop.cli import main
from desktop.domain.errors import UserError
from desktop.domain.roles import Role
from desktop.services import audit, tenants
from desktop.services.context import Actor
from desktop.storage.models import AuditEvent

AUDITOR = Actor("auditeur", "Auditeur", role=Role.AUDITOR)


@pytest.fixture
def trail(db, actor, agency, make_file):
    data = make_file(1)
    data.notes = '=HYPERLINK("http://exemple.invalid","cliquez")'
    hid = tenants.create_tenant_file(db, actor, data)
    view = tenants.get_tenant_file(db, actor, hid)
    data = view.data
    data.lease.rent += 10
    tenants.update_tenant_file(db, actor, hid, data, view.version)
    return hid


def test_the_application_cannot_change_or_delete_audit_rows(db, trail):
    for statement in (update(AuditEvent).values(actor="quelquun"), delete(AuditEvent)):
        with pytest.raises(DBAPIError, match="append-only"):
            with db.transaction() as s:
                s.execute(statement)
    if db.dialect == "postgresql":
        with pytest.raises(DBAPIError, match="append-only"):
            with db.transaction() as s:
                s.execute(text("TRUNCATE audit_event"))
    with db.reader() as s:
        assert {e.actor for e in s.scalars(select(AuditEvent))} == {"agent.test"}


def test_changes_record_before_and_after(db, trail):
    rows = audit.search_events(db, AUDITOR, audit.AuditQuery(entity="dossier", entity_id=trail))
    update_row = next(r for r in rows if r.action == "update")
    assert update_row.before["lease"]["rent"] == "412.50"
    assert update_row.after["lease"]["rent"] == "422.50"
    assert [r.action for r in rows] == ["update", "consultation", "create"]  # newest first


def test_snapshots_keep_times_of_day_as_text(db, actor):
    """A session's time of day reads ``09:30`` in the trail, however it was stored."""
    with db.transaction() as s:
        audit.record(
            s, actor, "update", "seance", 7, {"starts": dt.time(9, 30, 15)}, [dt.time(14, 0)]
        )
    (row,) = audit.search_events(db, AUDITOR, audit.AuditQuery(entity="seance", entity_id=7))
    assert (row.before, row.after) == ({"starts": "09:30"}, ["14:00"])


def test_filters(db, trail, actor):
    everything = audit.search_events(db, AUDITOR, audit.AuditQuery())
    assert audit.count_events(db, AUDITOR, audit.AuditQuery()) == len(everything)
    assert audit.search_events(db, AUDITOR, audit.AuditQuery(actor="agent")) == [
        r for r in everything if r.actor == "agent.test"
    ]
    assert audit.search_events(db, AUDITOR, audit.AuditQuery(actor="%")) == []
    created = audit.search_events(db, AUDITOR, audit.AuditQuery(action="create"))
    assert {r.entity for r in created} == {"agence", "dossier"}
    tomorrow = dt.date.today() + dt.timedelta(days=2)
    assert audit.search_events(db, AUDITOR, audit.AuditQuery(since=tomorrow)) == []
    assert len(audit.search_events(db, AUDITOR, audit.AuditQuery(until=tomorrow))) == len(
        everything
    )


def test_excel_export_neutralises_formulas_and_is_audited(db, trail, tmp_path):
    path = tmp_path / "journal.xlsx"
    count = audit.export_events(db, AUDITOR, audit.AuditQuery(), path)
    assert count == 4  # agency and file created, the file's sensitive parts read, update
    sheet = load_workbook(path).active
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert len(values) == count
    assert {row[3] for row in values} >= {"création", "modification"}
    # The note starting with "=" sits inside a JSON snapshot; a cell of its own is
    # written as text with a quote prefix, never as a formula.
    xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml
    with db.reader() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert (last.action, last.actor, last.after["lignes"]) == ("export", "auditeur", 4)


def test_the_export_is_audited_under_its_name_on_windows(db, trail, tmp_path, monkeypatch):
    # The screen gives the chosen path as text, with Windows' separators.
    monkeypatch.chdir(tmp_path)
    path = "C:\\Users\\claire.martin\\Documents\\journal-audit.xlsx"
    audit.export_events(db, AUDITOR, audit.AuditQuery(), path)
    with db.reader() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert last.after["fichier"] == "journal-audit.xlsx"


def test_export_cell_starting_with_formula_characters(tmp_path):
    from desktop.services.spreadsheet import Workbook

    book = Workbook()
    sheet = book.sheet("Essai", ["valeur"])
    dangerous = ['=HYPERLINK("http://x","y")', "+33 5 56 00 00 00", "-2+3", "@SUM(A1)", "\t=1+1"]
    for value in dangerous:
        sheet.add([value])
    sheet.add([-12.5])
    book.save(tmp_path / "essai.xlsx")
    xml = zipfile.ZipFile(tmp_path / "essai.xlsx").read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml
    cells = list(load_workbook(tmp_path / "essai.xlsx").active.iter_rows(min_row=2))
    for row, value in zip(cells, dangerous):
        assert row[0].value == value and row[0].data_type == "s" and row[0].quotePrefix
    assert cells[-1][0].value == -12.5 and cells[-1][0].data_type == "n"
    with pytest.raises(UserError, match=r"\.xlsx"):
        book.save(tmp_path / "essai.csv")


def test_cli_audit_export(db, db_url, trail, tmp_path, capsys):
    out = tmp_path / "journal.xlsx"
    # No account yet in this base (setup mode): the session's user acts as administrator.
    assert (
        main(["audit", "export", "--out", str(out), "--household", str(trail), "--db", db_url]) == 0
    )
    assert capsys.readouterr().out == f"3 événements exportés dans « {out} ».\n"
    assert load_workbook(out).active.max_row == 4
