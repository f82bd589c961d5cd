"""The schema: migrations match the models, SQLite settings, money storage."""

from __future__ import annotations

from decimal import Decimal

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from desktop.storage.db import Database, alembic_config
from desktop.storage.models import full_metadata
from desktop.storage.types import Money

HEAD = ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_migrations_produce_exactly_the_models(db):
    def on_this_engine(obj, name, type_, reflected, compare_to):
        # A model object made on one engine only (``ddl_if``) is not expected on another.
        rule = getattr(obj, "_ddl_if", None)
        return reflected or rule is None or rule.dialect in (None, db.dialect)

    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_object": on_this_engine}
        )
        assert compare_metadata(context, full_metadata()) == []
    assert db.schema_revision() == HEAD


def test_upgrade_is_idempotent(db_url):
    first = Database(db_url)
    first.upgrade()
    first.upgrade()
    assert first.schema_revision() == HEAD
    first.dispose()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(db):
    if db.dialect != "sqlite":
        return
    with db.engine.connect() as c:
        assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_money_type_binds_cents_and_refuses_floats():
    money = Money()
    assert money.process_bind_param(Decimal("1234.56"), None) == 123456
    assert money.process_bind_param(Decimal("-0.01"), None) == -1
    assert money.process_result_value(123456, None) == Decimal("1234.56")
    assert str(money.process_result_value(0, None)) == "0.00"
    try:
        money.process_bind_param(12.5, None)
    except TypeError:
        pass
    else:
        raise AssertionError("a float must not be stored as money")
