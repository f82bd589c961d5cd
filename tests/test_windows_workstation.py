"""What an agency's Windows workstation does differently from Linux, tested on Linux:
the Windows behaviour is injected (an ``OSError`` carrying ``winerror``, as Windows
raises them) or lies in pure functions."""

from __future__ import annotations

import datetime as dt
import errno
import os
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.domain.errors import UserError
from desktop.domain.oserrors import file_error_message, os_reason


def windows_error(
    cls, code: int, winerror: int | None, name: str, name2: str | None = None
) -> OSError:
    """An ``OSError`` as Windows raises it: with ``winerror`` (``None`` for an error
    of the C runtime's ``open()``), which Linux's never have; ``name2``: a rename's
    destination."""
    exc = cls(code, "Accès refusé.", name, None, name2)
    exc.winerror = winerror
    return exc


# --------------------------------------------------------------------------- system errors


def test_a_file_open_in_another_program_is_said_so_on_windows():
    sharing = windows_error(PermissionError, errno.EACCES, 32, r"C:\Docs\impayes.xlsx")
    assert str(os_reason(sharing)) == (
        "fichier ouvert dans un autre logiciel (fermez-le puis recommencez)"
    )
    # Replacing a file Acrobat holds open: "access denied" (WinError 5); writing one
    # Excel holds open through the C runtime: EACCES without a Windows code.
    for exc in (
        windows_error(PermissionError, errno.EACCES, 5, r"C:\Docs\.tmp-1.pdf"),
        windows_error(PermissionError, errno.EACCES, None, r"C:\Docs\extrait.pdf"),
    ):
        assert "peut-être ouvert dans un autre logiciel : fermez-le" in str(os_reason(exc))
    # On Linux an open file never blocks a write: a refusal is a refusal.
    assert str(os_reason(PermissionError(errno.EACCES, "Permission denied", "/x"))) == (
        "accès refusé"
    )


def test_windows_paths_too_long_or_invalid_are_named():
    deep = "C:\\Users\\claire.martin\\OneDrive - OPH\\Documents\\" + "dossier\\" * 30 + "a.pdf"
    assert len(deep) > 260
    not_found = windows_error(FileNotFoundError, errno.ENOENT, 3, deep)
    assert str(os_reason(not_found)).startswith("chemin trop long pour Windows")
    assert str(os_reason(windows_error(OSError, errno.ENOENT, 206, "x"))).startswith(
        "chemin trop long pour Windows"
    )
    short = windows_error(FileNotFoundError, errno.ENOENT, 3, r"C:\Docs\absent\a.pdf")
    assert str(os_reason(short)) == "dossier ou fichier introuvable"
    colon = windows_error(OSError, errno.EINVAL, None, r"C:\Docs\rapport 12:00.pdf")
    assert str(os_reason(colon)).startswith("nom de fichier invalide")
    assert str(os_reason(windows_error(OSError, errno.ENOENT, 53, r"\\serveur\pv"))) == (
        "serveur ou partage réseau injoignable"
    )


def test_a_failed_replace_names_the_file_chosen_not_the_temporary_one():
    exc = windows_error(PermissionError, errno.EACCES, 5, r"C:\D\.tmp-x1.pdf", r"C:\D\PV.pdf")
    text = str(file_error_message(exc))
    assert "« C:\\D\\PV.pdf »" in text and ".tmp-" not in text


def test_the_screens_say_a_system_error_in_french(qapp):
    from desktop.ui.widgets.messages import error_text

    exc = windows_error(PermissionError, errno.EACCES, 32, r"C:\D\.tmp-x.pdf", r"C:\D\PV.pdf")
    text = error_text(exc)
    assert "Erreur inattendue" not in text
    assert text == (
        "Le fichier « C:\\D\\PV.pdf » n'a pas pu être lu ou écrit : fichier ouvert dans un "
        "autre logiciel (fermez-le puis recommencez)."
    )


def test_an_export_over_a_workbook_excel_holds_open_keeps_it_whole(tmp_path, monkeypatch):
    from desktop.services import plans

    target = tmp_path / "impayes.xlsx"
    target.write_bytes(b"previous export")
    real_replace = os.replace

    def held_open(src, dst):  # Windows: Excel has the workbook open
        if Path(dst) == target:
            raise windows_error(PermissionError, errno.EACCES, 5, str(src), str(dst))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", held_open)
    with pytest.raises(UserError) as caught:
        plans.export_arrears([], target)
    assert str(caught.value) == (
        "Impossible d'écrire le fichier « impayes.xlsx » : accès refusé (le fichier est "
        "peut-être ouvert dans un autre logiciel : fermez-le puis recommencez)"
    )
    assert target.read_bytes() == b"previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["impayes.xlsx"]


@pytest.mark.parametrize("name", ["bilan.pdf", "bilan.xlsx"])
def test_a_report_over_a_file_acrobat_or_excel_holds_open_is_said_as_every_export(
    db, actor, tmp_path, monkeypatch, name
):
    """The report (PDF or workbook) gets the exports' message (``files.write_error``),
    the previous file stays whole and no temporary file is left."""
    from desktop.services import reports

    folder = tmp_path / "rapports"
    folder.mkdir()
    target = folder / name
    target.write_bytes(b"previous report")
    real_replace = os.replace

    def held_open(src, dst):  # Windows: Acrobat or Excel has the file open
        if Path(dst) == target:
            raise windows_error(PermissionError, errno.EACCES, 32, str(src), str(dst))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", held_open)
    with pytest.raises(UserError) as caught:
        reports.export_report(
            db, actor, "impayes", dt.date(2026, 1, 1), dt.date(2026, 10, 31), None, target
        )
    assert str(caught.value) == (
        f"Impossible d'écrire le fichier « {name} » : fichier ouvert dans un autre logiciel "
        "(fermez-le puis recommencez)"
    )
    assert target.read_bytes() == b"previous report"
    assert [p.name for p in folder.iterdir()] == [name]


# --------------------------------------------------------------------------- file names

WINDOWS_FORBIDDEN = set('\\/:*?"<>|') | {chr(c) for c in range(32)}


def windows_accepts(name: str) -> bool:
    """Whether Windows takes ``name`` as one file or folder name."""
    from desktop.documents.files import WINDOWS_RESERVED

    return (
        0 < len(name) <= 255
        and not set(name) & WINDOWS_FORBIDDEN
        and name == name.rstrip(". ")
        and name.split(".")[0].upper() not in WINDOWS_RESERVED
    )


def test_file_name_parts_from_free_text_are_windows_names():
    from desktop.documents.files import safe_filename, safe_whole_name

    for text in ['D\'Alès / Née "Ça" : <x>?*|', "Dupont.", "Martin   ", "É" * 300, ""]:
        part = safe_filename(text, 40)
        assert windows_accepts(part) and len(part) <= 40, part
    for device in ("Con", "aux", "NUL", "com1", "Lpt9", " prn. "):
        assert not windows_accepts(safe_filename(device))
        name = safe_whole_name(device)
        assert windows_accepts(name) and windows_accepts(f"{name}.pdf"), name
    assert safe_whole_name("Commission Nord") == "Commission-Nord"


def test_an_agency_code_windows_refuses_in_a_name_still_makes_letter_files(db, actor, make_file):
    from desktop.services import agencies, documents, tenants
    from desktop.services.documents import documents_dir

    agencies.create_agency(db, actor, "NORD/EST:2", "Agence Nord-Est 2", "Lille")
    data = make_file(1)
    data.dwelling.agency_code = "NORD/EST:2"
    data.balance = Decimal("250.00")
    hid = tenants.create_tenant_file(db, actor, data)
    view = documents.produce_letter(
        db, actor, hid, documents.LetterOptions("relance_impaye", pdf=False, fields={})
    )
    assert view.reference.startswith("NORD-E-")
    folder = view.docx_path.parent
    assert folder.parent.parent == documents_dir()  # year / month, no folder "NORD"
    assert windows_accepts(view.docx_path.name), view.docx_path.name


def test_minutes_folders_and_extract_names_are_windows_names():
    from types import SimpleNamespace

    from desktop.services.caleol import minutes as pvs

    row = SimpleNamespace(commission=SimpleNamespace(name="Aux"), number="12/2026 : déc.")
    folder = pvs.minutes_dir(row)
    assert folder.parent.name == "Aux-0" and windows_accepts(folder.name)
    name = pvs.extract_file_name("12/2026 : déc.", 2, "0691223/45")
    assert name == "Extrait-PV-12-2026-dec-v2-0691223-45.pdf"


# --------------------------------------------------------------------------- SQLite on a share


def test_a_base_on_a_network_share_is_recognised():
    from desktop.storage.db import on_network_share, sqlite_journal_mode

    drives = {"C:\\": 3, "P:\\": 4}  # DRIVE_FIXED, DRIVE_REMOTE (GetDriveTypeW)

    def drive_type(root: str) -> int:
        return drives.get(root.upper(), 1)

    for path in (
        r"\\serveur\parcours\parcours.sqlite",
        "//serveur/parcours/parcours.sqlite",
        r"\\?\UNC\serveur\parcours\parcours.sqlite",
        r"P:\Parcours\parcours.sqlite",
        r"p:\parcours.sqlite",
    ):
        assert on_network_share(path, drive_type), path
        assert sqlite_journal_mode(path, drive_type) == "DELETE"
    for path in (
        r"C:\Users\claire\AppData\Local\Parcours\Parcours\parcours.sqlite",
        r"\\?\C:\Users\claire\parcours.sqlite",
        "/home/claire/.local/share/Parcours/parcours.sqlite",
    ):
        assert not on_network_share(path, drive_type), path
        assert sqlite_journal_mode(path, drive_type) == "WAL"


def test_a_base_on_a_network_share_does_not_use_wal(tmp_path, monkeypatch):
    from desktop.storage import db as storage

    def journal_mode(path) -> str:
        base = storage.Database(storage.sqlite_url(path))
        try:
            with base.engine.connect() as connection:
                return connection.exec_driver_sql("PRAGMA journal_mode").scalar()
        finally:
            base.engine.dispose()

    with monkeypatch.context() as patch:
        patch.setattr(storage, "on_network_share", lambda path, drive_type=None: True)
        assert journal_mode(tmp_path / "partage.sqlite") == "delete"
    assert journal_mode(tmp_path / "local.sqlite") == "wal"


# --------------------------------------------------------------------------- local time


@pytest.fixture
def windows_local_time(monkeypatch):
    """The workstation in Paris, converting local times as Windows does: from
    1970-01-02 to 3000 only (``OSError: [Errno 22] Invalid argument`` out of it)."""
    import time

    from desktop.domain import formatting

    def windows_astimezone(value: dt.datetime) -> dt.datetime:
        if not dt.datetime(1970, 1, 2) <= value.replace(tzinfo=None) < dt.datetime(3001, 1, 1):
            raise OSError(errno.EINVAL, "Invalid argument")
        return value.astimezone()

    monkeypatch.setattr(formatting, "_system_astimezone", windows_astimezone)
    zone = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Paris"
    time.tzset()

    try:
        yield
    finally:
        if zone is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = zone
        time.tzset()


def test_times_windows_cannot_convert_still_convert(windows_local_time):
    from desktop.domain.formatting import format_datetime_fr, local_to_utc, utc_to_local

    # In range: the system's conversion (summer time in Paris).
    assert utc_to_local(dt.datetime(2026, 7, 1, 12)) == dt.datetime(2026, 7, 1, 14)
    assert local_to_utc(dt.datetime(2026, 12, 1, 9)) == dt.datetime(2026, 12, 1, 8)
    # Out of Windows' range: the offset of the nearest year it converts.
    assert utc_to_local(dt.datetime(1960, 7, 1, 12)) == dt.datetime(1960, 7, 1, 13)
    assert local_to_utc(dt.datetime(26, 12, 1, 9)) == dt.datetime(26, 12, 1, 8)
    assert utc_to_local(dt.datetime(3500, 7, 1, 12)) == dt.datetime(3500, 7, 1, 14)
    assert local_to_utc(dt.datetime(1960, 2, 29, 9)) == dt.datetime(1960, 2, 29, 8)
    assert format_datetime_fr(dt.datetime(1969, 12, 31, 23)) == "01/01/1970 00:00"
    assert local_to_utc(dt.datetime.min) == dt.datetime.min  # nothing before it


def test_a_vote_timestamp_with_a_mistyped_year_is_read_on_windows(windows_local_time):
    from desktop.services.caleol import parse_timestamp

    assert parse_timestamp("01/12/0026 14:05") == dt.datetime(26, 12, 1, 13, 5)
    assert parse_timestamp("2026-12-01T14:05:00+01:00") == dt.datetime(2026, 12, 1, 13, 5)


def test_a_date_and_time_typed_with_a_mistyped_year_is_read_on_windows(windows_local_time, qapp):
    from desktop.ui.widgets.form import Inputs

    read = Inputs()
    assert read.local_datetime("vote_opens_at", "01/12/0026 09:00") == dt.datetime(26, 12, 1, 8)
    assert not read.errors


# --------------------------------------------------------------------------- replacing a file


def flaky_replace(monkeypatch, refusals: int, winerror: int | None = 32):
    """``os.replace`` refused ``refusals`` times (an antivirus scanning the new file),
    as Windows refuses it (``winerror``) or as Linux does (``None``); the pauses
    taken between tries are returned instead of slept."""
    from desktop.documents import files

    real_replace = os.replace
    left = [refusals]
    pauses: list[float] = []

    def replace(src, dst):
        if left[0]:
            left[0] -= 1
            if winerror is None:
                raise PermissionError(errno.EACCES, "Permission denied", str(src), None, str(dst))
            raise windows_error(PermissionError, errno.EACCES, winerror, str(src), str(dst))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(files, "_pause", pauses.append)
    return pauses


def test_a_file_an_antivirus_holds_for_a_moment_is_written_all_the_same(tmp_path, monkeypatch):
    from desktop.documents.files import atomic_write_bytes

    pauses = flaky_replace(monkeypatch, 2)
    target = tmp_path / "PV-2026-12-v1.pdf"
    atomic_write_bytes(target, b"%PDF-1.7 new")
    assert target.read_bytes() == b"%PDF-1.7 new" and pauses == [0.05, 0.1]
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_a_file_held_open_is_refused_after_a_few_tries_and_kept(tmp_path, monkeypatch):
    from desktop.documents.files import REPLACE_PAUSES, atomic_write_bytes

    target = tmp_path / "extrait.pdf"
    target.write_bytes(b"%PDF-1.7 old")
    pauses = flaky_replace(monkeypatch, 99, winerror=5)
    with pytest.raises(PermissionError):
        atomic_write_bytes(target, b"%PDF-1.7 new")
    assert pauses == list(REPLACE_PAUSES)
    assert target.read_bytes() == b"%PDF-1.7 old"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_a_refusal_on_linux_is_not_tried_again(tmp_path, monkeypatch):
    from desktop.documents.files import atomic_write_bytes

    pauses = flaky_replace(monkeypatch, 1, winerror=None)
    with pytest.raises(PermissionError):
        atomic_write_bytes(tmp_path / "a.pdf", b"x")
    assert pauses == []


def test_the_settings_and_a_workbook_wait_out_an_antivirus_too(tmp_path, monkeypatch):
    from desktop import config
    from desktop.services.spreadsheet import Workbook

    pauses = flaky_replace(monkeypatch, 1)
    config.save_settings({"letters_out_dir": "D:\\Courriers"})
    assert config.load_settings() == {"letters_out_dir": "D:\\Courriers"}
    assert pauses == [0.05]
    pauses = flaky_replace(monkeypatch, 1)
    book = Workbook()
    book.sheet("Feuille", ["Nom"]).add(["Dupont"])
    assert book.save(tmp_path / "export.xlsx").is_file()
    assert pauses == [0.05]


def test_a_network_error_is_not_taken_for_a_file(qapp):
    from desktop.ui.widgets.messages import error_text

    refused = ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused")
    assert error_text(refused).startswith("Erreur inattendue")


def test_an_export_named_with_a_colon_is_refused_on_windows(tmp_path, monkeypatch):
    from desktop.documents import files
    from desktop.services import plans
    from desktop.services.spreadsheet import Workbook

    monkeypatch.setattr(files, "WINDOWS", True)
    book = Workbook()
    book.sheet("Feuille", ["Nom"]).add(["Dupont"])
    for name in ("bilan 12:00.xlsx", "nul.xlsx", 'le "bilan".xlsx'):
        with pytest.raises(UserError) as caught:
            book.save(tmp_path / name)
        assert str(caught.value) == (
            f"Impossible d'écrire le fichier « {name} » : nom de fichier invalide "
            '(caractères interdits : \\ / : * ? " < > |)'
        )
    with pytest.raises(UserError, match="nom de fichier invalide"):
        plans.export_arrears([], tmp_path / "impayés 07:12.xlsx")
    assert list(tmp_path.iterdir()) == []  # nothing written, no stream of another file
    assert book.save(tmp_path / "bilan 12h00.xlsx").is_file()
    monkeypatch.setattr(files, "WINDOWS", False)  # Linux takes the name
    assert book.save(tmp_path / "bilan 12:00.xlsx").is_file()


def test_a_backup_of_a_base_on_a_share_is_read_through_a_uri_sqlite_takes():
    import sqlite3
    from pathlib import PurePosixPath, PureWindowsPath

    from desktop.services.backup import sqlite_file_uri

    unc = sqlite_file_uri(PureWindowsPath(r"\\serveur\parcours\sauvegardes\parcours.sqlite"))
    assert unc == "file:////serveur/parcours/sauvegardes/parcours.sqlite"
    with pytest.raises(sqlite3.OperationalError) as caught:  # no such server here
        sqlite3.connect(unc + "?mode=ro", uri=True).execute("SELECT 1")
    assert "authority" not in str(caught.value)  # the URI is taken, the file looked for
    assert sqlite_file_uri(PureWindowsPath(r"C:\Users\a b\#1\p.sqlite")) == (
        "file:///C:/Users/a%20b/%231/p.sqlite"
    )
    assert sqlite_file_uri(PurePosixPath("/home/a b/p.sqlite")) == "file:///home/a%20b/p.sqlite"


def test_a_signing_time_windows_cannot_convert_is_shown(windows_local_time):
    from desktop.documents.signing import SignatureReport

    report = SignatureReport(
        signed=True,
        signer="Mme Claire Vasseur",
        signed_at=dt.datetime(1960, 7, 1, 12, tzinfo=dt.UTC),
        intact=True,
        whole_document=True,
    )
    assert "le 01/07/1960 à 13:00" in str(report.summary())
    recent = SignatureReport(True, "X", dt.datetime(2026, 12, 7, 9, tzinfo=dt.UTC), True, True)
    assert "le 07/12/2026 à 10:00" in str(recent.summary())


@pytest.mark.parametrize(
    ("cls", "code", "winerror", "said"),
    [
        (PermissionError, errno.EACCES, 33, "fichier ouvert dans un autre logiciel"),
        (PermissionError, errno.EACCES, 1224, "fichier ouvert dans un autre logiciel"),
        (OSError, errno.EINVAL, 123, "nom de fichier invalide"),
        (FileNotFoundError, errno.ENOENT, 67, "serveur ou partage réseau injoignable"),
        (OSError, errno.EIO, 64, "serveur ou partage réseau injoignable"),
        # The C runtime's refusal: no Windows code, EPERM rather than EACCES.
        (PermissionError, errno.EPERM, None, "accès refusé (le fichier est peut-être"),
    ],
)
def test_each_windows_code_is_told_for_what_it_is(cls, code, winerror, said):
    exc = cls(code, "Message de Windows")  # no file name: only the code tells
    exc.winerror = winerror
    assert str(os_reason(exc)).startswith(said)


def test_a_path_of_260_characters_is_too_long_for_windows_259_is_not():
    for length, said in ((260, "chemin trop long pour Windows"), (259, "dossier ou fichier")):
        path = "C:\\" + "d" * (length - 3)
        for names in ((path, None), ("C:\\court.pdf", path)):
            exc = windows_error(FileNotFoundError, errno.ENOENT, 3, *names)
            assert str(os_reason(exc)).startswith(said), (length, names)
