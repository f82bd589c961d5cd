from desktop.domain.roles import Role
from desktop.services import tenants
from desktop.services.context import Actor

ADMIN = Actor("admin.test", "Admin Test", role=Role.ADMIN)  # reads and checks as an administrator


def test_create_and_find_by_accent_free_prefix(db, actor, agency, make_file):
    hid = tenants.create_tenant_file(db, actor, make_file())
    rows = tenants.search(db, ADMIN, tenants.TenantQuery("élo"))
    assert [r.id for r in rows] == [hid]
