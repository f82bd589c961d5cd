"""Erasure that erases (issue 18, item 3): after the retention purge, the household's
names, phone and notes are nowhere in the base file, not even in the audit trail,
whose chain still verifies; its letters are deleted and their paths blanked."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from sqlalchemy import select

from desktop.domain.roles import Role
from desktop.services import audit, documents, retention, tenants
from desktop.services.context import Actor
from desktop.storage.models import AuditEvent, DocumentRecord, HouseholdKey

AUDITOR = Actor("auditeur", role=Role.AUDITOR)
ON = dt.date(2040, 1, 1)  # every retention period of a file closed in 2019 is over
SECRETS = (
    "Quasimodo",
    "Philémon",
    "05 99 88 77 66",
    "philemon.quasimodo@exemple.fr",
    "suivi psychologique",
    "BX-ERASE-0042",
)


def _household(db, actor, make_file) -> int:
    data = make_file(42)
    person = data.occupants[0]
    person.last_name, person.first_name = "Quasimodo", "Philémon"
    person.phone, person.email = "05 99 88 77 66", "philemon.quasimodo@exemple.fr"
    data.lease.contract_number = "BX-ERASE-0042"
    data.notes = "Premier contact"
    hid = tenants.create_tenant_file(db, actor, data)
    view = tenants.get_tenant_file(db, actor, hid)
    view.data.notes = "suivi psychologique hebdomadaire"
    version = tenants.update_tenant_file(db, actor, hid, view.data, view.version)
    return hid, version


def test_purge_destroys_the_key_the_letters_and_every_copy_of_the_names(
    db, actor, agency, make_file
):
    hid, version = _household(db, actor, make_file)
    letter = documents.produce_letter(
        db, actor, hid, documents.LetterOptions("courrier_libre", pdf=False)
    )
    assert letter.docx_path.is_file()
    tenants.close_tenant_file(db, actor, hid, version, dt.date(2019, 10, 1), "Départ")
    with db.reader() as s:  # the snapshots are stored encrypted from the start
        raw = [
            e.after
            for e in s.scalars(
                select(AuditEvent).where(
                    AuditEvent.entity == "dossier", AuditEvent.entity_id == hid
                )
            )
        ]
    assert raw and not any("Quasimodo" in str(v) for v in raw)
    shown = audit.search_events(db, AUDITOR, audit.AuditQuery(entity="dossier", entity_id=hid))
    assert any("suivi psychologique" in audit.describe(r.after) for r in shown)

    [item] = [i for i in retention.preview(db, actor, ON) if i.household_id == hid]
    assert str(letter.docx_path) in item.documents  # the preview lists the letters
    retention.purge(db, actor, ON, only={hid})

    assert not letter.docx_path.exists()
    with db.reader() as s:
        record = s.get(DocumentRecord, letter.id)
        assert (record.docx_path, record.pdf_path) == ("", "")
        assert record.docx_sha256 == letter.docx_sha256  # the register keeps its figures
        assert s.get(HouseholdKey, hid) is None
    shown = audit.search_events(db, AUDITOR, audit.AuditQuery(entity="dossier", entity_id=hid))
    text = " ".join(audit.describe(r.before) + audit.describe(r.after) for r in shown)
    assert "effacées" in text and not any(secret in text for secret in SECRETS)
    assert {"create", "update", "close", "anonymisation"} <= {r.action for r in shown}
    assert audit.verify_chain(db, AUDITOR).ok  # the hash covers the ciphertext

    if db.dialect == "sqlite":
        path = Path(str(db.engine.url.database))
        db.dispose()
        con = sqlite3.connect(path)
        con.execute("VACUUM")
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
        blob = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
        for secret in SECRETS:  # what `strings` would find
            for form in (secret, secret.upper(), secret.lower()):
                assert form.encode("utf-8") not in blob, secret


def test_a_key_deleted_by_hand_is_not_taken_for_a_purge(db, actor, agency, make_file):
    """The SQLite file's holder (or SQL on a base without ``server init``) deletes the
    key of a live file: its history no longer reads as if the retention purge had
    erased it, but says the key went outside Parcours; a key replaced reads the same."""
    hid, _version = _household(db, actor, make_file)

    def history() -> str:
        shown = audit.search_events(db, AUDITOR, audit.AuditQuery(entity="dossier", entity_id=hid))
        return " ".join(audit.describe(r.before) + audit.describe(r.after) for r in shown)

    assert "suivi psychologique" in history()
    with db.transaction() as s:
        s.get(HouseholdKey, hid).key = "x" * 44
    assert "supprimée ou remplacée hors de Parcours" in history()
    with db.transaction() as s:
        s.delete(s.get(HouseholdKey, hid))
    text = history()
    assert "supprimée ou remplacée hors de Parcours" in text
    assert "durée de conservation échue" not in text


def test_without_vacuum_deleted_content_is_overwritten_too(db, actor, agency, make_file):
    """``secure_delete``: the purge's deleted rows do not linger in free pages."""
    if db.dialect != "sqlite":
        return
    hid, version = _household(db, actor, make_file)
    tenants.close_tenant_file(db, actor, hid, version, dt.date(2019, 10, 1), "Départ")
    retention.purge(db, actor, ON, only={hid})
    path = Path(str(db.engine.url.database))
    blob = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    for secret in ("Quasimodo", "05 99 88 77 66", "suivi psychologique"):
        assert secret.encode("utf-8") not in blob, secret


def test_two_workstations_creating_the_same_key_at_once_agree(db, actor, agency, make_file):
    """The first audited change of a household on two connections at the same moment:
    one key, both events readable."""
    import threading

    from desktop.storage.db import Database

    hid = tenants.create_tenant_file(db, actor, make_file(43))
    with db.engine.begin() as c:  # as if the household predated the keys
        c.execute(HouseholdKey.__table__.delete().where(HouseholdKey.household_id == hid))
    other = Database(db.url)
    barrier = threading.Barrier(2)
    errors = []

    def touch(database, note):
        try:
            barrier.wait()
            with database.transaction() as s:
                audit.record(s, actor, "update", "dossier", hid, None, {"note": note})
        except Exception as exc:
            errors.append(exc)

    threads = [
        threading.Thread(target=touch, args=(d, n))
        for d, n in ((db, "première note"), (other, "seconde note"))
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    other.dispose()
    assert errors == []
    with db.reader() as s:
        assert s.get(HouseholdKey, hid) is not None
    shown = " ".join(
        audit.describe(r.after)
        for r in audit.search_events(db, AUDITOR, audit.AuditQuery(entity="dossier", entity_id=hid))
    )
    assert "première note" in shown and "seconde note" in shown
    assert audit.verify_chain(db, AUDITOR).ok


def test_a_register_line_written_by_hand_does_not_make_the_purge_delete_another_letter(
    db, actor, agency, make_file
):
    """Someone who writes the register (an agent, by SQL on a server) adds to a file due
    for the purge a line naming another tenant's letter: the purge deletes the files of
    the lines it empties, but not a file another line of the register still names."""
    from sqlalchemy import insert

    hid, version = _household(db, actor, make_file)
    other = tenants.create_tenant_file(db, actor, make_file(43))
    kept = documents.produce_letter(
        db, actor, other, documents.LetterOptions("courrier_libre", pdf=False)
    )
    tenants.close_tenant_file(db, actor, hid, version, dt.date(2019, 10, 1), "Départ")
    with db.transaction() as s:
        row = s.get(DocumentRecord, kept.id)
        values = {
            c.name: getattr(row, c.name) for c in DocumentRecord.__table__.c if c.name != "id"
        }
        # The same file, named differently (another spelling of the same path).
        alias = str(Path(row.docx_path).parent / "." / Path(row.docx_path).name)
        s.execute(
            insert(DocumentRecord).values(
                {**values, "household_id": hid, "reference": "FAUX-1", "docx_path": alias}
            )
        )
    retention.purge(db, actor, ON, only={hid})
    assert kept.docx_path.is_file()
    with db.reader() as s:
        assert s.get(DocumentRecord, kept.id).docx_path == str(kept.docx_path)


def _notice(db, actor, household_id: int) -> int:
    from desktop.domain.notice import DeliveryMode
    from desktop.domain.notice_case import NoticeInput
    from desktop.services import notices

    return notices.record_notice(
        db,
        actor,
        household_id,
        NoticeInput(
            delivery_mode=DeliveryMode.LRAR,
            received_on=dt.date(2026, 1, 31),
            sent_on=dt.date(2026, 1, 28),
            presented_on=dt.date(2026, 1, 30),
        ),
    )


def test_one_transaction_encrypts_each_snapshot_with_its_own_households_key(
    db, actor, agency, make_file
):
    """Events about two households' records in one transaction (a file, the other's
    notice): each snapshot encrypted with its own household's key, made once; an event
    about a record that is gone has no household and stays clear; the chain holds."""
    from desktop.storage import shred

    first = tenants.create_tenant_file(db, actor, make_file(44))
    second = tenants.create_tenant_file(db, actor, make_file(45))
    notice = _notice(db, actor, second)
    with db.engine.begin() as c:  # as if the households predated the keys
        c.execute(HouseholdKey.__table__.delete())
    with db.transaction() as s:
        audit.record(s, actor, "update", "dossier", first, None, {"note": "Quasimodo"})
        audit.record(s, actor, "update", "conge", notice, None, {"note": "Philémon"})
        audit.record(s, actor, "update", "conge", notice + 99, None, {"note": "personne"})
        audit.record(s, actor, "update", "dossier", second, None, {"note": "Esmeralda"})
    with db.reader() as s:
        keys = {k.household_id: k.key for k in s.scalars(select(HouseholdKey))}
        events = s.execute(
            select(AuditEvent.entity, AuditEvent.entity_id, AuditEvent.after)
            .order_by(AuditEvent.seq.desc())
            .limit(4)
        ).all()
    assert sorted(keys) == sorted([first, second])
    shown = {}
    for e in events:
        owner = e.after.get(shred.OWNER_HOUSEHOLD)
        shown[e.entity, e.entity_id] = shred.decrypt(keys.get(owner), e.after)
        assert owner is None or shred.is_encrypted(e.after)
    assert shown == {
        ("dossier", first): {"note": "Quasimodo"},
        ("conge", notice): {"note": "Philémon"},
        ("conge", notice + 99): {"note": "personne"},
        ("dossier", second): {"note": "Esmeralda"},
    }
    assert [e.after.get(shred.OWNER_HOUSEHOLD) for e in reversed(events)] == [
        first,
        second,
        None,
        second,
    ]
    assert audit.verify_chain(db, AUDITOR).ok


def test_an_audited_change_of_a_households_record_is_sealed_in_four_statements(
    db, actor, agency, make_file
):
    """Every write pays its audit event: once the household has its key, the event
    about one of its records (a notice) costs one read (the record's household and
    its key together) and three statements of the chain (the head moved up and
    locked, the event inserted, the head's hash)."""
    from sqlalchemy import event

    hid = tenants.create_tenant_file(db, actor, make_file(46))
    notice = _notice(db, actor, hid)
    sent: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        sent.append(statement.split(None, 1)[0].upper())

    with db.transaction() as s:
        s.connection()  # the transaction begun before counting
        event.listen(db.engine, "before_cursor_execute", seen)
        try:
            audit.record(s, actor, "update", "conge", notice, None, {"note": "Philémon"})
            s.commit()
        finally:
            event.remove(db.engine, "before_cursor_execute", seen)
    assert sent == ["SELECT", "UPDATE", "INSERT", "UPDATE"]
