from desktop.services import tenants


def test_create_and_find_by_accent_free_prefix(db, actor, agency, make_file):
    hid = tenants.create_tenant_file(db, actor, make_file())
    rows = tenants.search(db, tenants.TenantQuery("élo"))
    assert [r.id for r in rows] == [hid]
