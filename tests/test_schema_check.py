"""The schema check at start-up: a base at the latest migration opens without Alembic,
a base behind it is brought up to date."""

from __future__ import annotations

from alembic import command
from alembic.script import ScriptDirectory

from desktop.storage.db import alembic_config, open_database, script_heads


def test_heads_read_from_the_scripts_are_alembics():
    assert script_heads() == list(ScriptDirectory.from_config(alembic_config()).get_heads())


def test_a_base_behind_the_scripts_is_upgraded_and_one_at_head_is_recognised(tmp_path):
    path = tmp_path / "base.sqlite"
    db = open_database(str(path))
    assert db.at_head()
    cfg = alembic_config(db.engine)
    with db.engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, "-1")
    assert not db.at_head()
    db.dispose()
    db = open_database(str(path))  # the start-up check brings it back to the head
    assert db.at_head() and db.schema_revision() == script_heads()[0]
    db.dispose()
