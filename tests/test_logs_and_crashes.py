"""Traces of unexpected errors: the rotating log file, the excepthooks, WeasyPrint's
missing native libraries told in French."""

from __future__ import annotations

import concurrent.futures
import logging
import threading

import pytest

from desktop import config, logs
from desktop.documents import html
from desktop.domain.errors import UserError
from desktop.ui.i18n import translate_message


@pytest.fixture(autouse=True)
def _close_log_file():
    yield
    logs.close_logging()


@pytest.fixture
def hooks():
    reports: list[tuple[str, object]] = []
    uninstall = logs.install_excepthooks(lambda text, path: reports.append((text, path)))
    yield reports
    uninstall()


def test_log_file_is_in_the_log_folder_and_rotates(tmp_path):
    path = logs.setup_logging()
    assert path == config.log_dir() / "parcours.log" == tmp_path / "logs" / "parcours.log"
    assert logs.setup_logging() == path  # installed once
    handlers = [h for h in logging.getLogger().handlers if isinstance(h, logs._ParcoursHandler)]
    assert len(handlers) == 1
    assert handlers[0].maxBytes == logs.MAX_BYTES and handlers[0].backupCount == logs.BACKUPS
    logging.getLogger("parcours").warning("Essai d'écriture : 1\u202f234,56 €")
    handlers[0].flush()
    assert "Essai d'écriture : 1\u202f234,56 €" in path.read_text(encoding="utf-8")


def test_a_log_windows_will_not_rename_keeps_every_record(tmp_path, monkeypatch):
    """Windows: the window's log is open in another process (a command writing its
    error, an antivirus) when it is due for rotation; the records go on in it."""
    path = logs.setup_logging()
    handler = next(h for h in logging.getLogger().handlers if isinstance(h, logs._ParcoursHandler))
    monkeypatch.setattr(handler, "maxBytes", 200)

    def held_open(source, dest):
        exc = PermissionError(13, "Le processus ne peut pas accéder au fichier", source)
        exc.winerror = 32
        raise exc

    handler.rotator = held_open
    monkeypatch.setattr(logging, "raiseExceptions", False)  # a lost record is not printed
    for n in range(8):
        logging.getLogger("parcours").warning("Ligne %d : %s", n, "x" * 60)
    handler.flush()
    text = path.read_text(encoding="utf-8")
    assert all(f"Ligne {n} : " in text for n in range(8))
    assert not (path.parent / "parcours.log.1").exists()
    handler.rotator = None  # the share is free again: the next record rotates
    logging.getLogger("parcours").warning("Après")
    handler.flush()
    assert (path.parent / "parcours.log.1").exists() and "Après" in path.read_text("utf-8")


def test_uncaught_exception_in_a_thread_is_logged_and_reported(hooks):
    def fail():
        raise ZeroDivisionError("division du solde")

    t = threading.Thread(target=fail, name="calcul-solde")
    t.start()
    t.join()
    [(text, path)] = hooks
    assert path == logs.log_file()
    assert "calcul-solde" in text and "ZeroDivisionError: division du solde" in text
    logged = logs.log_file().read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged and "division du solde" in logged


def test_weasyprint_library_load_error_gets_its_own_message():
    error = OSError(
        "cannot load library 'libgobject-2.0-0': error 0x7e.  Additionally, "
        "ctypes.util.find_library() did not manage to locate a library called "
        "'libgobject-2.0-0'"
    )
    future: concurrent.futures.Future = concurrent.futures.Future()
    future.set_exception(error)
    with pytest.raises(UserError) as caught:
        html.HtmlRenderer.result(future, 1)
    text = translate_message(caught.value.message)
    assert "bibliothèques de mise en page absentes : réinstallez Parcours" in text
    assert "peut-être ouvert" not in text


def test_the_same_error_raised_in_process(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_gobject(name, *args, **kwargs):
        if name == "weasyprint":
            raise OSError("cannot load library 'libgobject-2.0-0': error 0x7e")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_gobject)
    with pytest.raises(UserError) as caught:
        html.weasyprint_html()
    assert "réinstallez Parcours" in str(caught.value)


def test_other_os_errors_are_not_mistaken_for_missing_libraries():
    future: concurrent.futures.Future = concurrent.futures.Future()
    future.set_exception(PermissionError(13, "Permission denied"))
    with pytest.raises(PermissionError):
        html.HtmlRenderer.result(future, 1)


def test_selftest_summary_names_the_log_folder(tmp_path):
    from desktop import selftest

    text, ok = selftest.summary([], strict=False, report=tmp_path / "selftest.json")
    assert f"Journal des erreurs de ce poste : {config.log_dir()}" in text


def test_a_bug_in_a_command_is_logged_not_shown_as_a_traceback(monkeypatch, capsys):
    from desktop import cli
    from desktop.commands import plan

    def broken(args):
        raise AttributeError("'NoneType' object has no attribute 'montant'")

    monkeypatch.setattr(plan, "run_schedule", broken)
    code = cli.main(["plan", "schedule", "--debt", "10", "--start", "2026-01-05"])
    err = capsys.readouterr().err
    assert code == 1
    assert "erreur inattendue" in err and str(logs.log_file()) in err
    assert "Traceback" not in err
    logged = logs.log_file().read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged and "montant" in logged


def test_a_database_error_keeps_the_tenant_s_data_out_of_its_text(db):
    """An unexpected database error goes to the log and the crash report with its
    text: the values the statement carried (a tenant's name, phone, notes) are not in
    it, the statement is."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    secret = "Quasimodo 06 12 34 56 78 suivi psychologique"
    with pytest.raises(DBAPIError) as err:
        with db.transaction() as session:
            session.execute(
                text("UPDATE household SET notes = :notes WHERE id = :id AND no_such_column = 1"),
                {"notes": secret, "id": 1},
            )
    shown = str(err.value)
    assert "UPDATE household SET notes" in shown
    assert "Quasimodo" not in shown and "06 12 34 56 78" not in shown
