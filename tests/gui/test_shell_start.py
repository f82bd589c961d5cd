"""Start-up (issue 19): the window's shell paints before the database layer is
imported; the base opens, the user signs in, and the pages fill the same window."""

from __future__ import annotations

import gc
import importlib
import inspect
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.domain.roles import Role
from desktop.services import demo
from desktop.services.context import Actor
from desktop.storage.db import open_database
from desktop.ui import app as startup

ADMIN = Actor("admin.test", "Admin Test", role=Role.ADMIN)
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _collector_as_before():
    """A start in this process sets the objects it finds apart from the collector's
    walks (``gc.freeze``): given back after each test, so that the test process's own
    leftovers are still collected (and their unclosed resources reported)."""
    yield
    gc.unfreeze()


SHELL = r"""
import sys
from desktop.ui.app import create_application
from desktop.ui.main_window import MainWindow
from desktop.cli import start_options
assert start_options([]) is not None  # no sub-command: the application starts
app = create_application([])
w = MainWindow()
w.show()
app.processEvents()
assert w.isVisible() and not w.attached
print("|".join(sorted(
    m for m in sys.modules
    if m.split(".")[0] == "sqlalchemy"
    or m.startswith(("desktop.storage", "desktop.services", "desktop.commands"))
)))
"""


def test_the_shell_is_shown_without_importing_the_database_layer():
    proc = subprocess.run(
        [sys.executable, "-c", SHELL],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == ""  # neither SQLAlchemy, nor models, nor services


@pytest.mark.parametrize(
    "name",
    [
        "desktop.ui.main_window",  # imports PySide6
        "desktop.ui.widgets",  # imports PySide6 (a package)
        "desktop.storage.models",  # no Qt
        "sqlalchemy.orm.mapper",
        "PySide6",
        "json",
        "sys",  # built in: no source
    ],
)
def test_the_lighter_check_answers_as_pyside_s_own(name):
    """PySide6's ``__feature__`` support asks of every module imported whether its source
    names PySide6 (``inspect.getsource``): ``uses_pyside`` answers the same, reading
    the file's bytes only."""
    module = importlib.import_module(name)
    try:
        expected = "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):  # as PySide's: no source, no PySide
        expected = False
    assert startup.uses_pyside(module) is expected
    assert expected is (name in ("desktop.ui.main_window", "desktop.ui.widgets", "PySide6"))


def _base(tmp_path: Path, households: int) -> str:
    path = tmp_path / "agence.sqlite"
    db = open_database(str(path))
    demo.generate(db, ADMIN, households)
    db.dispose()
    return str(path)


def _main_window():
    found = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"]
    return found[-1] if found else None


def test_the_shell_is_shown_then_filled_after_the_sign_in(qapp, qtbot, monkeypatch, tmp_path):
    url = _base(tmp_path, 3)
    seen: dict[str, object] = {}

    def sign_in(db, parent=None):
        window = _main_window()  # the shell is on screen while the user signs in
        seen["shell"] = window is not None and window.isVisible() and not window.attached
        return ADMIN

    def exec_():
        window = _main_window()
        seen["window"] = window
        qtbot.waitUntil(lambda: not window.tenant_page.pending_load, timeout=10_000)
        seen["rows"] = window.tenant_page.model.rowCount()
        window.close()
        return 0

    monkeypatch.setattr("desktop.ui.login_dialog.sign_in", sign_in)
    monkeypatch.setattr(qapp, "exec", exec_)
    assert startup._run(qapp, 0.0, url, False) == 0
    window = seen["window"]
    assert seen["shell"] is True
    assert window.attached and window.actor == ADMIN
    assert seen["rows"] == 3
    assert window.tenant_page.count_label.text() == "3 dossiers"
    window.deleteLater()


def test_giving_up_the_sign_in_closes_the_shell(qapp, monkeypatch, tmp_path):
    url = _base(tmp_path, 1)
    monkeypatch.setattr("desktop.ui.login_dialog.sign_in", lambda db, parent=None: None)
    assert startup._run(qapp, 0.0, url, False) == 0
    window = _main_window()
    assert window is None or not window.isVisible()
    if window is not None:
        window.deleteLater()


# The start as the benchmark runs it (tests/bench/run.py): shell, base, pages, list.
LIST = r"""
import sys
from PySide6.QtCore import QTimer
from desktop.services.context import system_actor
from desktop.ui.app import create_application, open_migrated, show_shell
app = create_application([])
w = show_shell(app)
w.attach(open_migrated(sys.argv[1]), system_actor())
def shown():
    if w.tenant_page.model.rowCount():
        app.exit(w.tenant_page.model.rowCount())
    else:
        QTimer.singleShot(5, shown)
QTimer.singleShot(0, shown)
QTimer.singleShot(20_000, lambda: app.exit(-1))
rows = app.exec()
import gc
print(rows, gc.isenabled(), gc.get_freeze_count() > 10_000, "|".join(sorted(
    m for m in sys.modules
    if m.endswith("_models") or m.split(".")[0] in ("phonenumbers", "alembic")
    or m == "sqlalchemy.dialects.postgresql"
)))
"""


def test_the_list_is_shown_without_the_feature_tables(tmp_path):
    """Issue 19: the list's first page needs the tenant files' tables only; the CALEOL,
    campaign, cotation, crisis and minutes tables (slower to declare and configure
    than the list to read), phone parsing, Alembic and the PostgreSQL dialect (for a
    SQLite base) are loaded when used. The start's objects are set apart from the
    collector's walks, and the collector runs again."""
    url = _base(tmp_path, 3)
    proc = subprocess.run(
        [sys.executable, "-c", LIST, url],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.returncode == 0, proc.stderr
    rows, collecting, frozen, *loaded = proc.stdout.split()
    assert rows == "3"  # the list holds the base's three files
    assert (collecting, frozen) == ("True", "True")
    assert loaded == []
