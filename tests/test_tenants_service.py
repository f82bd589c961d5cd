"""Tenant file services: validation, transactions, optimistic locking, audit, search."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.roles import Role
from desktop.domain.tenant import OccupantData
from desktop.services import tenants
from desktop.services.context import Actor
from desktop.storage.db import Database
from desktop.storage.models import AuditEvent, Household, Lease, Occupant, SearchToken

ADMIN = Actor("admin.test", "Admin Test", role=Role.ADMIN)  # reads and checks as an administrator


def rows(db, model):
    with db.reader() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_money_round_trips_exactly(db, actor, agency, make_file):
    d = make_file()
    d.balance = Decimal("-98765432.10")
    d.lease.rent = Decimal("0.10")
    d.lease.charges = Decimal("0.20")
    hid = tenants.create_tenant_file(db, actor, d)
    v = tenants.get_tenant_file(db, ADMIN, hid)
    assert v.data.balance == Decimal("-98765432.10")
    assert v.data.lease.rent + v.data.lease.charges == Decimal("0.30")
    assert isinstance(v.data.lease.rent, Decimal)


def test_every_invalid_field_is_reported_in_french_and_nothing_is_written(
    db, actor, agency, make_file
):
    d = make_file()
    d.occupants[0].last_name = ""
    d.occupants[0].birth_date = dt.date.today() + dt.timedelta(days=1)
    d.occupants[0].email = "pas-une-adresse"
    d.lease.rent = Decimal("-1.00")
    d.lease.charges = Decimal("1.005")
    d.dwelling.postcode = "330"
    d.dwelling.dwelling_type = "T9"
    with pytest.raises(ValidationError) as err:
        tenants.create_tenant_file(db, actor, d)
    fields = {k: str(v) for k, v in err.value.fields.items()}
    assert fields == {
        "occupants[0].last_name": "Ce champ est obligatoire.",
        "occupants[0].birth_date": "La date de naissance est dans le futur.",
        "occupants[0].email": "Adresse e-mail invalide.",
        "lease.rent": "Le montant ne peut pas être négatif.",
        "lease.charges": "Le montant a plus de deux décimales.",
        "dwelling.postcode": "Le code postal compte cinq chiffres.",
        "dwelling.dwelling_type": "Type de logement attendu : T1 à T6.",
    }
    assert rows(db, Household) == 0 and rows(db, AuditEvent) == 1  # the agency's creation


def test_duplicate_contract_and_occupied_dwelling_are_refused(db, actor, agency, make_file):
    first = tenants.create_tenant_file(db, actor, make_file(1))
    dup = make_file(2)
    dup.lease.contract_number = "BX-2024-00001"
    dup.dwelling.reference = "LGT-00001"
    with pytest.raises(ValidationError) as err:
        tenants.create_tenant_file(db, actor, dup)
    assert set(err.value.fields) == {"lease.contract_number", "dwelling.reference"}
    assert "DUPONT Élodie" in str(err.value.fields["dwelling.reference"])
    # Once the first household left, its dwelling can be let again.
    tenants.close_tenant_file(db, actor, first, 1, dt.date.today(), "Départ du locataire")
    dup.lease.contract_number = "BX-2024-00002"
    second = tenants.create_tenant_file(db, actor, dup)
    assert tenants.get_tenant_file(db, ADMIN, second).data.dwelling.reference == "LGT-00001"


def test_unknown_agency(db, actor, agency, make_file):
    d = make_file()
    d.dwelling.agency_code = "XXX"
    with pytest.raises(ValidationError) as err:
        tenants.create_tenant_file(db, actor, d)
    assert str(err.value.fields["dwelling.agency_code"]) == "Agence inconnue : XXX."


def test_update_writes_audit_with_before_and_after_and_bumps_version(db, actor, agency, make_file):
    hid = tenants.create_tenant_file(db, actor, make_file())
    v1 = tenants.get_tenant_file(db, ADMIN, hid)
    d = v1.data.copy()
    d.occupants.append(OccupantData("Dupont", "Hugo", "M.", dt.date(2010, 6, 1), is_titular=False))
    d.lease.rent = Decimal("420.00")
    v2 = tenants.update_tenant_file(db, Actor("claire", role=Role.ADMIN), hid, d, v1.version)
    assert v2 == v1.version + 1
    with db.reader() as s:
        from desktop.services.audit import Revealer

        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "update")).one()
        assert "Dupont" not in str(event.after)  # stored encrypted with the household's key
        reveal = Revealer(s)
        event = (event.actor, event.entity_id, reveal(event.before), reveal(event.after))
    actor_name, entity_id, before, after = event
    assert actor_name == "claire" and entity_id == hid
    assert before["lease"]["rent"] == "412.50"
    assert after["lease"]["rent"] == "420.00"
    assert len(after["occupants"]) == 2
    view = tenants.get_tenant_file(db, ADMIN, hid)
    assert [o.first_name for o in view.data.occupants] == ["Élodie", "Hugo"]
    assert view.updated_by == "claire"
    assert tenants.search(db, ADMIN, tenants.TenantQuery("hugo"))[0].id == hid


def test_saving_without_change_is_a_no_op(db, actor, agency, make_file):
    hid = tenants.create_tenant_file(db, actor, make_file())
    v = tenants.get_tenant_file(db, ADMIN, hid)
    assert tenants.update_tenant_file(db, actor, hid, v.data, v.version) == v.version
    assert len(tenants.get_tenant_file(db, ADMIN, hid).timeline) == 1


def test_stale_version_is_refused_naming_who_saved(db_url, db, actor, agency, make_file):
    hid = tenants.create_tenant_file(db, actor, make_file())
    other = Database(db_url)  # a second workstation
    try:
        mine = tenants.get_tenant_file(db, ADMIN, hid)
        theirs = tenants.get_tenant_file(other, ADMIN, hid)
        theirs.data.lease.charges = Decimal("10.00")
        tenants.update_tenant_file(
            other, Actor("bob", role=Role.ADMIN), hid, theirs.data, theirs.version
        )
    finally:
        other.dispose()
    mine.data.lease.rent = Decimal("999.00")
    with pytest.raises(ConflictError) as err:
        tenants.update_tenant_file(db, actor, hid, mine.data, mine.version)
    assert "modifié par bob" in str(err.value)
    now = tenants.get_tenant_file(db, ADMIN, hid)
    assert now.data.lease.rent == Decimal("412.50") and now.data.lease.charges == Decimal("10.00")


def test_failure_mid_transaction_rolls_everything_back(db, actor, agency, make_file, monkeypatch):
    hid = tenants.create_tenant_file(db, actor, make_file())
    v = tenants.get_tenant_file(db, ADMIN, hid)
    d = v.data.copy()
    d.occupants[0].last_name = "Durand"

    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(tenants.audit, "record", boom)
    with pytest.raises(RuntimeError):
        tenants.update_tenant_file(db, actor, hid, d, v.version)
    monkeypatch.undo()  # reading the file records the read of its sensitive parts
    after = tenants.get_tenant_file(db, ADMIN, hid)
    assert after.version == v.version
    assert after.data.occupants[0].last_name == "Dupont"
    assert tenants.search(db, ADMIN, tenants.TenantQuery("durand")) == []
    assert [r.id for r in tenants.search(db, ADMIN, tenants.TenantQuery("dupont"))] == [hid]


def test_close_requires_a_reason_and_blocks_later_edits(db, actor, agency, make_file):
    hid = tenants.create_tenant_file(db, actor, make_file())
    with pytest.raises(ValidationError) as err:
        tenants.close_tenant_file(db, actor, hid, 1, dt.date.today(), "  ")
    assert str(err.value.fields["close_reason"]) == "Indiquez le motif de clôture."
    version = tenants.close_tenant_file(db, actor, hid, 1, dt.date(2026, 10, 31), "Décès")
    v = tenants.get_tenant_file(db, ADMIN, hid)
    assert v.status.value == "CLOS" and v.closed_on == dt.date(2026, 10, 31)
    with pytest.raises(ValidationError):
        tenants.update_tenant_file(db, actor, hid, v.data, version)
    assert tenants.count(db, ADMIN, tenants.TenantQuery()) == 0
    assert tenants.count(db, ADMIN, tenants.TenantQuery(status="CLOS")) == 1


def test_search_by_name_contract_dwelling_and_address_prefixes(db, actor, agency, make_file):
    a = make_file(1)
    b = make_file(2)
    b.occupants = [OccupantData("Œuvray", "Zoé", "Mme", dt.date(1980, 1, 1))]
    b.dwelling.address_line = "45 cours de l'Argonne"
    b.dwelling.postcode, b.dwelling.city = "33130", "Bègles"
    ida = tenants.create_tenant_file(db, actor, a)
    idb = tenants.create_tenant_file(db, actor, b)

    def ids(text):
        return [r.id for r in tenants.search(db, ADMIN, tenants.TenantQuery(text))]

    assert ids("oeuv") == [idb]
    assert ids("ZOÉ") == [idb]
    assert ids("bx-2024-00002") == [idb]
    assert ids("2024 00001") == [ida]
    assert ids("lgt-00001") == [ida]
    assert ids("argonne begles") == [idb]
    assert ids("33130") == [idb]
    assert ids("lilas dupont") == [ida]
    assert ids("dupont zoe") == []
    assert sorted(ids("lilas")) == sorted([ida, idb])  # both in the Résidence Les Lilas programme
    assert sorted(ids("")) == sorted([ida, idb])


def test_filters_and_sorting_by_the_database(db, actor, agency, make_file):
    today = dt.date(2026, 11, 25)
    files = []
    for n, (name, birth, balance) in enumerate(
        [
            ("Aubert", dt.date(1956, 11, 25), "0.00"),  # 70 today
            ("Bernard", dt.date(1956, 11, 26), "12.00"),  # 70 tomorrow
            ("Colin", dt.date(1990, 1, 1), "-50.00"),  # credit, not arrears
        ],
        start=1,
    ):
        d = make_file(n)
        d.occupants = [OccupantData(name, "X", "", birth)]
        d.balance = Decimal(balance)
        files.append(tenants.create_tenant_file(db, actor, d))
    senior = tenants.search(db, ADMIN, tenants.TenantQuery(senior_only=True), on=today)
    assert [r.display_name for r in senior] == ["AUBERT X"]
    arrears = tenants.search(db, ADMIN, tenants.TenantQuery(arrears_only=True), on=today)
    assert [r.display_name for r in arrears] == ["BERNARD X"]
    by_balance = tenants.search(db, ADMIN, tenants.TenantQuery(sort="balance", descending=True))
    assert [r.display_name for r in by_balance] == ["BERNARD X", "AUBERT X", "COLIN X"]
    page = tenants.search(db, ADMIN, tenants.TenantQuery(), offset=1, limit=1)
    assert [r.display_name for r in page] == ["BERNARD X"]
    assert tenants.count(db, ADMIN, tenants.TenantQuery("x", senior_only=True), on=today) == 1


def test_tokens_follow_edits(db, actor, agency, make_file):
    hid = tenants.create_tenant_file(db, actor, make_file())
    v = tenants.get_tenant_file(db, ADMIN, hid)
    v.data.occupants[0].last_name = "Garnier"
    tenants.update_tenant_file(db, actor, hid, v.data, v.version)
    assert tenants.search(db, ADMIN, tenants.TenantQuery("dupont")) == []
    assert [r.id for r in tenants.search(db, ADMIN, tenants.TenantQuery("garn"))] == [hid]
    with db.reader() as s:
        assert s.scalar(select(func.count()).select_from(SearchToken)) > 5
        assert s.scalar(select(func.count()).select_from(Occupant)) == 1
        assert s.scalar(select(func.count()).select_from(Lease)) == 1


def test_both_search_plans_give_the_same_rows(db, actor, agency, make_file, monkeypatch):
    names = ["Martin", "Martinez", "Marchand", "Moreau", "Mercier", "Dumas"]
    for n, name in enumerate(names, start=1):
        d = make_file(n)
        d.occupants = [OccupantData(name, "Jean", "M.", dt.date(1970, 1, 1))]
        tenants.create_tenant_file(db, actor, d)

    def run():
        return {
            q: (
                [r.display_name for r in tenants.search(db, ADMIN, tenants.TenantQuery(q))],
                tenants.count_capped(db, ADMIN, tenants.TenantQuery(q)),
            )
            for q in ("mar", "m jean", "jean mart", "lilas m", "zz")
        }

    selective = run()
    assert not tenants.plan_search(db, ADMIN, tenants.TenantQuery("mar")).broad
    monkeypatch.setattr(tenants, "SELECTIVE_LIMIT", 1)  # force the ordered-scan plan
    monkeypatch.setattr(tenants, "FURTHER", 1)
    # (on PostgreSQL its pages are read with sorting disabled: same rows)
    assert tenants.plan_search(db, ADMIN, tenants.TenantQuery("mar")).broad
    assert run() == selective
    monkeypatch.setattr(tenants, "FURTHER", 10)  # a long term probed further drives
    assert run() == selective
    assert selective["mar"][0] == ["MARCHAND Jean", "MARTIN Jean", "MARTINEZ Jean"]
    assert selective["jean mart"][1] == (2, False)
    monkeypatch.setattr(tenants, "COUNT_CAP", 2)
    assert tenants.count_capped(db, ADMIN, tenants.TenantQuery("m")) == (2, True)
    assert tenants.count(db, ADMIN, tenants.TenantQuery("m")) == 5


def test_query_terms_drop_implied_prefixes():
    assert tenants.query_terms("du Dupont") == ["dupont"]
    assert tenants.query_terms("rue de la paix") == ["paix", "rue", "de", "la"]


def test_names_are_stored_nfc_without_invisible_characters(db, actor, agency, make_file):
    from desktop.domain.errors import ValidationError

    data = make_file(7)
    data.occupants[0].last_name = "Du\u200bpont"
    data.occupants[0].first_name = "E\u0301lodie"
    hid = tenants.create_tenant_file(db, actor, data)
    stored = tenants.get_tenant_file(db, actor, hid).data
    assert stored.occupants[0].last_name == "Dupont"
    assert stored.occupants[0].first_name == "\u00c9lodie"
    assert [r.id for r in tenants.search(db, actor, tenants.TenantQuery(text="dupont"))] == [hid]
    reversed_name = make_file(8)
    reversed_name.occupants[0].last_name = "\u202eTNOPUD"
    with pytest.raises(ValidationError) as err:
        tenants.create_tenant_file(db, actor, reversed_name)
    assert "U+202E" in str(err.value)


def test_an_identifier_typed_with_its_separators_is_one_prefix_of_the_index():
    assert tenants.query_terms("BX-2011-9") == ["bx20119"]
    assert tenants.query_terms("lgt-00001") == ["lgt00001"]
    assert tenants.query_terms("jean-pierre") == ["pierre", "jean"]  # no digit: words
    assert tenants.query_terms("2024 00001") == ["00001", "2024"]  # a space: words


def test_partial_identifiers_find_their_files_on_every_plan(
    db, actor, agency, make_file, monkeypatch
):
    ids = [tenants.create_tenant_file(db, actor, make_file(n)) for n in (1, 2, 12)]

    def found(text):
        return sorted(r.id for r in tenants.search(db, ADMIN, tenants.TenantQuery(text)))

    # From the index; row by row; from the index after probing the longest term further.
    for plan_limit, further in ((tenants.SELECTIVE_LIMIT, tenants.FURTHER), (1, 1), (1, 4)):
        monkeypatch.setattr(tenants, "SELECTIVE_LIMIT", plan_limit)
        monkeypatch.setattr(tenants, "FURTHER", further)
        assert found("BX-2024-0000") == ids[:2]
        assert found("bx-2024-00001") == [ids[0]]
        assert found("BX-2024-0001") == [ids[2]]
        assert found("LGT-0001") == [ids[2]]
        assert found("bx-2025") == []
        assert tenants.count_capped(db, ADMIN, tenants.TenantQuery("BX-2024-0")) == (3, False)


def test_keyset_pages_follow_each_other_without_gap_or_repeat_in_every_order(db, actor):
    from desktop.services import demo

    demo.generate(db, actor, 60)
    for sort, descending, text in itertools.product(
        ("name", "contract", "dwelling", "address", "agency", "balance", "status"),
        (False, True),
        ("", "a", "bx"),
    ):
        query = tenants.TenantQuery(text, status=None, sort=sort, descending=descending)
        whole = [r.id for r in tenants.search(db, ADMIN, query, limit=1000)]
        assert len(whole) == tenants.count(db, ADMIN, query) > 1
        # Both ways of running a plan: matches found in sort order, or sorted once found.
        for sort_after in (False, True):
            plan = dataclasses.replace(tenants.plan_search(db, ADMIN, query), sort_after=sort_after)
            paged, after = [], None
            while True:
                rows = tenants.plan_page(db, plan, after, 7)
                paged += [r[tenants.ROW_ID] for r in rows]
                if len(rows) < 7:
                    break
                after = tenants.next_key(rows[-1])
            assert paged == whole, (sort, descending, text, sort_after)


def test_the_list_walk_finds_the_same_pages_as_the_table(db, actor, monkeypatch):
    """PostgreSQL walks ix_household_list_walk for a text search in name order
    (``ListPlan.walk``): same rows, same order, page after page, as the plain query,
    whether the walk stops short (its matches then sorted), or files' texts are too
    long for the index (a second index)."""
    from desktop.services import demo

    demo.generate(db, actor, 60)
    agency_id = db_first_agency(db)
    cases = [
        tenants.TenantQuery(text, agency_id=agency, descending=descending)
        for text, agency, descending in itertools.product(
            ("a", "bx", "m jean", "lgt 1"), (None, agency_id), (False, True)
        )
    ]

    def pages(plan, size):
        paged, after = [], None
        while True:
            rows = tenants.plan_page(db, plan, after, size)
            paged += [r[tenants.ROW_ID] for r in rows]
            if len(rows) < size:
                return paged
            after = tenants.next_key(rows[-1])

    monkeypatch.setattr(tenants, "WALK_FROM", 0)  # a driving term's matches walked too
    # (one after the other: each setting stays for the next rounds)
    for limit, cap, long_text in ((None, None, None), (None, 3, None), (None, 3, 40), (1, 3, 40)):
        if limit:  # every term too broad for the search index
            monkeypatch.setattr(tenants, "SELECTIVE_LIMIT", limit)
            monkeypatch.setattr(tenants, "FURTHER", 1)
        if cap:
            monkeypatch.setattr(tenants, "WALK_CAP", cap)
        if long_text:  # most files then past the index's bound
            monkeypatch.setattr(tenants, "LIST_WALK_TEXT", long_text)
        for query in cases:
            plan = tenants.plan_search(db, ADMIN, query)
            assert (plan.walk is not None) == (db.dialect == "postgresql"), query
            whole = [r[tenants.ROW_ID] for r in tenants.plan_page(db, plan, limit=1000)]
            plain = dataclasses.replace(plan, walk=None)
            assert whole == [r[tenants.ROW_ID] for r in tenants.plan_page(db, plain, limit=1000)]
            assert len(whole) == tenants.count(db, ADMIN, query), query
            capped = (min(len(whole), 3), len(whole) > 3)
            assert tenants.count_capped(db, ADMIN, query, cap=3) == capped, (
                query,
                limit,
                long_text,
            )
            assert pages(plan, 4) == whole, (query, limit, cap, long_text)
            assert [r[tenants.ROW_ID] for r in tenants.plan_page(db, plan, None, 5, 3)] == whole[
                3:8
            ]
        assert any(len(tenants.search(db, ADMIN, q, limit=1000)) > 4 for q in cases)


def db_first_agency(db) -> int:
    from desktop.storage.models import Agency

    with db.reader() as session:
        return session.scalar(select(func.min(Agency.id)))


def test_a_count_nobody_waits_for_stops(db, actor):
    from desktop.services import demo

    demo.generate(db, actor, 30)
    plan = tenants.plan_search(db, ADMIN, tenants.TenantQuery(status=None))
    assert tenants.plan_count(db, plan, cancelled=lambda: False) == (30, False)
    with pytest.raises(tenants.CountCancelled):
        tenants.plan_count(db, plan, cancelled=lambda: True)
