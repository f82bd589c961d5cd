"""Start-up: which database the application opens, and the demo offer."""

from __future__ import annotations

import pytest
from desktop import config
from desktop.services import tenants
from desktop.ui import app as startup
from tests.gui.modal import answer_message_box as answer
from desktop.services.context import Actor  # noqa: E402
from desktop.domain.roles import Role

ADMIN = Actor("admin.test", "Admin Test", role=Role.ADMIN)  # reads and checks as an administrator

pytestmark = pytest.mark.gui


def test_no_database_offers_the_demo_and_opens_it(qapp, monkeypatch):
    monkeypatch.setattr(startup, "DEMO_HOUSEHOLDS", 300)
    seen: list[str] = []
    answer("Ouvrir la démonstration", seen)
    db = startup.choose_database(None, demo=False)
    try:
        assert "Aucune base de données n'est configurée" in seen[0]
        assert tenants.count(db, ADMIN, tenants.TenantQuery(status=None)) == 300
        assert db.label == str(config.demo_sqlite_path())
    finally:
        db.dispose()
    # The second start reuses the demo base (no regeneration).
    db = startup.choose_database(None, demo=True)
    assert tenants.count(db, ADMIN, tenants.TenantQuery(status=None)) == 300
    db.dispose()


def test_create_an_empty_base_is_remembered(qapp):
    seen: list[str] = []
    answer("Créer une base vide", seen)
    db = startup.choose_database(None, demo=False)
    db.dispose()
    assert config.default_sqlite_path().exists()
    assert config.configured_url() .endswith("parcours.sqlite")
    # Next start: no question asked.
    db = startup.choose_database(None, demo=False)
    assert db.schema_revision() is not None
    db.dispose()


def test_quit_opens_nothing(qapp):
    seen: list[str] = []
    answer("Quitter", seen)
    assert startup.choose_database(None, demo=False) is None


def test_environment_url_wins(qapp, monkeypatch, tmp_path):
    path = tmp_path / "agence.sqlite"
    monkeypatch.setenv("PARCOURS_DATABASE_URL", str(path))
    db = startup.choose_database(None, demo=False)
    assert db.label == str(path.resolve())
    db.dispose()
