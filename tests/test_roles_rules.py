"""Roles and permissions (desktop/domain/roles.py), without a database."""

from __future__ import annotations

import pytest

from desktop.domain.roles import (
    ROLE_PERMISSIONS,
    Permission,
    Role,
    agency_scoped,
    has_permission,
    parse_role,
)

WRITES = {
    Permission.TENANT_WRITE,
    Permission.TENANT_CLOSE,
    Permission.TENANT_IMPORT,
    Permission.CALEOL_MINUTES_WRITE,
    Permission.CALEOL_MANAGE,
    Permission.CAMPAIGN_MANAGE,
    Permission.USER_MANAGE,
    Permission.SETTINGS_MANAGE,
}


@pytest.mark.parametrize(
    ("typed", "role"),
    [
        (Role.AGENT, Role.AGENT),
        ("AGENT", Role.AGENT),
        ("  agent ", Role.AGENT),
        ("responsable agence", Role.MANAGER),
        ("Responsable-Agence", Role.MANAGER),
        ("Responsable d'agence", Role.MANAGER),
        ("secrétaire caleol", Role.CALEOL_SECRETARY),
        ("Administrateur", Role.ADMIN),
        ("admin", Role.ADMIN),
        ("responsable", Role.MANAGER),
        ("Secretaire", Role.CALEOL_SECRETARY),
        ("membre", Role.CALEOL_MEMBER),
        ("auditeur", Role.AUDITOR),
    ],
)
def test_a_role_is_read_from_its_code_label_or_short_name(typed, role):
    assert parse_role(typed) is role


@pytest.mark.parametrize("typed", ["", "chef", "agents", "ADMINISTRATEURS"])
def test_an_unknown_role_is_refused(typed):
    with pytest.raises(ValueError):
        parse_role(typed)


def test_permissions_by_role():
    assert all(has_permission(Role.ADMIN, p) for p in Permission)
    assert has_permission("AGENT", Permission.TENANT_WRITE)
    assert not has_permission(Role.AGENT, Permission.USER_MANAGE)
    # A CALEOL member reads and signs minutes, never a tenant file.
    assert has_permission(Role.CALEOL_MEMBER, Permission.CALEOL_MINUTES_SIGN)
    assert not has_permission(Role.CALEOL_MEMBER, Permission.TENANT_READ)
    # The auditor reads everything and changes nothing.
    assert has_permission(Role.AUDITOR, Permission.AUDIT_READ)
    assert not ROLE_PERMISSIONS[Role.AUDITOR] & WRITES
    # An account with a role this version does not know gets nothing.
    assert not has_permission("CHEF", Permission.TENANT_READ)


def test_agency_scope():
    assert agency_scoped(Role.MANAGER) and agency_scoped("AGENT")
    assert not agency_scoped(Role.ADMIN)
    assert not agency_scoped("AUDITEUR")
    # An unknown role gets the narrowest scope.
    assert agency_scoped("CHEF")
