"""Saved searches: kept in the base, re-applied by the list, targeted by batches."""

from __future__ import annotations

import pytest

from desktop.domain.errors import NotFoundError, ValidationError
from desktop.domain.roles import Role
from desktop.services import saved_queries, tenants
from desktop.services.context import Actor
from desktop.services.tenants import TenantQuery


def test_save_list_replace_and_delete(db, actor, agency):
    q = TenantQuery(text="dupont", senior_only=True)
    saved_queries.save_query(db, actor, "  Plus de 70 ans   Dupont ", q)
    saved_queries.save_query(db, actor, "Impayés", TenantQuery(arrears_only=True))
    names = [s.name for s in saved_queries.list_saved_queries(db, actor)]
    assert names == ["Impayés", "Plus de 70 ans Dupont"]
    assert saved_queries.get_saved_query(db, actor, "Plus de 70 ans Dupont") == q
    saved_queries.save_query(db, actor, "Impayés", TenantQuery(arrears_only=True, text="rue"))
    assert saved_queries.get_saved_query(db, actor, "Impayés").text == "rue"
    saved_queries.delete_query(db, actor, "Impayés")
    with pytest.raises(NotFoundError) as err:
        saved_queries.get_saved_query(db, actor, "Impayés")
    assert "Aucune recherche enregistrée ne s'appelle « Impayés »" in str(err.value)


def test_bad_names_and_roles(db, actor, agency):
    with pytest.raises(ValidationError):
        saved_queries.save_query(db, actor, "   ", TenantQuery())
    with pytest.raises(ValidationError):
        saved_queries.save_query(db, actor, "x" * 61, TenantQuery())
    member = Actor("membre", "Membre CALEOL", role=Role.CALEOL_MEMBER)
    from desktop.domain.errors import UserError

    with pytest.raises(UserError):
        saved_queries.save_query(db, member, "Ma recherche", TenantQuery())


def test_cli_letters_with_a_saved_query(db, db_url, actor, agency, make_file, tmp_path, capsys):
    from desktop.cli import main

    hid = tenants.create_tenant_file(db, actor, make_file(1))
    tenants.create_tenant_file(db, actor, make_file(2))
    saved_queries.save_query(db, actor, "Dossier 1", TenantQuery(text="bx-2024-00001"))
    code = main(
        [
            "letters",
            "--db",
            db_url,
            "--template",
            "courrier_libre",
            "--query",
            "Dossier 1",
            "--out",
            str(tmp_path / "out"),
            "--field",
            "corps=Bonjour",
        ]
    )
    out = capsys.readouterr()
    assert code == 0, out
    from sqlalchemy import select

    from desktop.services import documents  # noqa: F401
    from desktop.storage.models import DocumentRecord

    with db.reader() as s:
        assert [r.household_id for r in s.scalars(select(DocumentRecord))] == [hid]
    assert (
        main(
            [
                "letters",
                "--db",
                db_url,
                "--template",
                "courrier_libre",
                "--query",
                "Inconnue",
                "--out",
                str(tmp_path / "x"),
            ]
        )
        == 2
    )
