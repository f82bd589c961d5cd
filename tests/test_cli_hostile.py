"""Hostile values on the command line: a French message and exit code 2, never a
traceback, nothing written (issue 18, item 8)."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from desktop.cli import main as cli_main


def main(argv: list[str]) -> int:
    try:
        return cli_main(argv)
    except SystemExit as exc:  # argparse's own refusals (exit code 2 too)
        return exc.code


ROOT = Path(__file__).resolve().parent.parent
HUGE = "99999999999999999999"  # beyond 64 bits
JUST_BEYOND_64 = str(2**63)


def _cases(db_url: str, blocked: Path, tmp: Path) -> list[tuple[list[str], str]]:
    db = ["--db", db_url]
    return [
        (["notice", "end-date", "--received", "9999-12-31"], "hors des limites"),
        (
            ["notice", "end-date", "--received", "2026-01-05", "--departure", "0001-01-01"],
            "hors des limites",
        ),
        (
            [
                "report",
                "impayes",
                "--from",
                "9999-12-31",
                "--to",
                "9999-12-31",
                "--out",
                str(tmp / "r.xlsx"),
                *db,
            ],
            "hors des limites",
        ),
        (["retention", "preview", "--on", "01/01/0001", *db], "hors des limites"),
        (["retention", "purge", "--on", "31/12/9999", "--yes", *db], "hors des limites"),
        (
            [
                "letters",
                "--ids",
                HUGE,
                "--template",
                "courrier_libre",
                "--out",
                str(tmp / "lettres"),
                *db,
            ],
            "Numéro",
        ),
        (
            ["audit", "export", "--household", JUST_BEYOND_64, "--out", str(tmp / "a.xlsx"), *db],
            "Numéro",
        ),
        (["export-person", "--household", HUGE, "--out", str(tmp / "p.xlsx"), *db], "Numéro"),
        (["campaign", "figures", HUGE, *db], "Numéro"),
        (["audit", "export", "--out", str(blocked / "journal.xlsx"), *db], "écri"),
        (
            [
                "report",
                "impayes",
                "--from",
                "2026-01-01",
                "--to",
                "2026-01-31",
                "--out",
                str(blocked / "r.xlsx"),
                *db,
            ],
            "écri",
        ),
    ]


def test_each_command_with_hostile_values_says_why_in_french(
    db, db_url, tmp_path, capsys, monkeypatch
):
    blocked = tmp_path / "un-fichier"  # a file where a folder is expected: unwritable
    blocked.write_text("x")
    for argv, fragment in _cases(db_url, blocked, tmp_path):
        code = main(argv)
        err = capsys.readouterr().err
        assert code == 2, (argv, err)
        assert fragment in err, (argv, err)
        assert "Traceback" not in err and "Error" not in err, (argv, err)
    # Nothing was written in place of the refused outputs.
    assert not (tmp_path / "r.xlsx").exists() and not (tmp_path / "lettres").exists()


def test_user_add_without_a_terminal(db, db_url, capsys, monkeypatch):
    monkeypatch.delenv("PARCOURS_NEW_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["user", "add", "c.moreau", "--role", "administrateur", "--db", db_url]) == 2
    err = capsys.readouterr().err
    assert "Aucun terminal" in err and "Traceback" not in err


def _real_process(argv: list[str], tmp_path: Path, **env) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *argv],
        cwd=ROOT,
        env={
            "PATH": "/usr/bin:/bin",
            "PARCOURS_CONFIG_DIR": str(tmp_path / "c"),
            "PARCOURS_DATA_DIR": str(tmp_path / "d"),
            "PARCOURS_LOG_DIR": str(tmp_path / "log"),
            "PYTHONIOENCODING": "utf-8",
            **env,
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        stdin=subprocess.DEVNULL,
    )


def test_a_real_process_exits_2_without_traceback(tmp_path):
    """The same through a real process (argparse's own errors included)."""
    for argv in (
        ["notice", "end-date", "--received", "9999-12-31"],
        ["retention", "preview", "--on", "01/01/0001", "--db", str(tmp_path / "b.sqlite")],
    ):
        done = _real_process(argv, tmp_path)
        assert done.returncode == 2, done.stderr
        assert "Traceback" not in done.stderr and "hors des limites" in done.stderr


def _unopenable(db_url: str, tmp_path: Path) -> list[tuple[str, str]]:
    """Bases that cannot be opened, and what the message says of each."""
    not_a_base = tmp_path / "clients.csv"
    not_a_base.write_text("Nom;Prénom\nDupont;Jean\n", encoding="utf-8")
    cases = [
        (str(tmp_path / "absent" / "parcours.sqlite"), "Le dossier « "),
        (str(tmp_path), "est un dossier"),
        (str(not_a_base), "n'est pas une base de données Parcours"),
        ("mysql://serveur/parcours", "Adresse de base de données non reconnue"),
        ("base://x", "Adresse de base de données non reconnue"),
        (str(tmp_path / "a\x00b.sqlite"), "Adresse de base de données non reconnue"),
    ]
    if db_url.startswith("postgresql"):
        from sqlalchemy.engine import make_url

        url = make_url(db_url)
        cases += [
            (url.set(password="mauvais").render_as_string(False), "a refusé l'identifiant"),
            (url.set(database="nulle_part").render_as_string(False), "n'existe pas sur le"),
            (url.set(port=1).render_as_string(False), "est injoignable"),
        ]
    return cases


def test_a_base_that_cannot_be_opened_is_named_in_french(db_url, tmp_path, capsys):
    cases = _unopenable(db_url, tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    for url, fragment in cases:
        code = main(["campaign", "list", "--db", url])
        err = capsys.readouterr().err
        assert code == 2, (url, err)
        assert fragment in err, (url, err)
        assert "inattendue" not in err and "mauvais" not in err, (url, err)
    # Nothing was created where the base could not be opened, the other file untouched.
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert (tmp_path / "clients.csv").read_text(encoding="utf-8").startswith("Nom;")


def test_a_database_error_in_a_real_process_prints_no_traceback(tmp_path):
    """A base at the latest revision but without its tables (a damaged copy): the
    query fails in the command; the traceback goes to the log, not to the console."""
    import sqlite3

    from desktop.storage.db import script_heads

    damaged = tmp_path / "copie.sqlite"
    with sqlite3.connect(damaged) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32))")
        connection.execute("INSERT INTO alembic_version VALUES (?)", (script_heads()[0],))
    connection.close()
    done = _real_process(["campaign", "list", "--db", str(damaged)], tmp_path)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and "sqlalchemy" not in done.stderr, done.stderr
    assert done.stderr.startswith("parcours : La base de données a refusé"), done.stderr


def test_verify_pdf_on_what_is_not_a_pdf_says_so(tmp_path, capsys):
    binary = tmp_path / "export.csv"
    binary.write_bytes(bytes(range(256)) * 4)
    empty = tmp_path / "vide.pdf"
    empty.write_bytes(b"")
    for path, said in (
        (tmp_path / "absent.pdf", "Le fichier « absent.pdf » n'a pas pu être lu : "),
        (tmp_path, f"Le fichier « {tmp_path.name} » n'a pas pu être lu : "),
        (binary, "« export.csv » n'est pas un fichier PDF lisible."),
        (empty, "« vide.pdf » n'est pas un fichier PDF lisible."),
    ):
        assert main(["verify-pdf", str(path)]) == 2, path
        out, err = capsys.readouterr()
        assert err.startswith(f"parcours : {said}"), err
        assert "aucune signature" not in out + err
    # In a real process: the message alone, no library warning in English.
    done = _real_process(["verify-pdf", str(binary)], tmp_path)
    assert done.returncode == 2
    assert done.stderr == "parcours : « export.csv » n'est pas un fichier PDF lisible.\n"


def test_signing_letters_with_a_wrong_password_or_no_terminal(
    db, db_url, tmp_path, capsys, monkeypatch
):
    from desktop.documents import signing

    cert, password, _ = signing.make_test_certificate(tmp_path, "Bailleur Test")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    out = tmp_path / "lettres"
    argv = ["letters", "--template", "courrier_libre", "--ids", "1", "--out", str(out)]
    argv += ["--sign", "--cert", str(cert), "--db", db_url]
    monkeypatch.setenv("PARCOURS_CERT_PASSWORD", password + "x")
    assert main(argv) == 2
    assert "mot de passe incorrect" in capsys.readouterr().err
    monkeypatch.delenv("PARCOURS_CERT_PASSWORD")
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "Aucun terminal pour saisir le mot de passe" in err, err
    assert "PARCOURS_CERT_PASSWORD" in err and "inattendue" not in err
    assert not out.exists()


def test_absurd_numbers_of_processes_or_pages_are_refused(db_url, tmp_path, capsys):
    base = ["letters", "--template", "courrier_libre", "--ids", "1", "--out", str(tmp_path / "l")]
    for option, value in (
        ("--processes", "0"),
        ("--processes", "99999999999999999999"),
        ("--processes", "١٢"),
        ("--part-pages", "-1"),
    ):
        assert main([*base, option, value, "--db", db_url]) == 2
        err = capsys.readouterr().err
        assert f"argument {option} : nombre entier de 1 à" in err, err
    assert not (tmp_path / "l").exists()


def test_notice_end_date_names_the_options_and_cuts_what_it_quotes(capsys):
    assert main(["notice", "end-date", "--received", "2026-01-05", "--ground", "x" * 100_000]) == 2
    err = capsys.readouterr().err
    assert "--ground : Motif inconnu : « " + "x" * 40 + "… »" in err and len(err) < 600, err[:300]
    argv = ["notice", "end-date", "--received", "05/01/2026", "--departure", "01/01/2025"]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "--departure : La date de départ demandée (01/01/2025) est antérieure" in err, err
    assert "requested_departure" not in err


def test_a_mapping_file_that_is_not_an_object_says_what_is_expected(db_url, tmp_path, capsys):
    export = tmp_path / "export.csv"
    export.write_text("Nom;N° contrat\nDupont;C-1\n", encoding="utf-8")
    mapping = tmp_path / "correspondance.json"
    mapping.write_text("[1, 2]", encoding="utf-8")
    argv = ["import", "tenants", str(export), "--mapping", str(mapping), "--dry-run"]
    assert main([*argv, "--db", db_url]) == 2
    err = capsys.readouterr().err
    assert 'doit contenir un objet {"champ": "en-tête"}.' in err, err


def test_a_grid_file_that_is_not_a_workbook_is_named_by_its_path(db, db_url, tmp_path, capsys):
    empty = tmp_path / "grille.xlsx"
    empty.write_bytes(b"")
    assert main(["cotation", "grille-import", str(empty), "--db", db_url]) == 2
    err = capsys.readouterr().err
    assert f"{empty} : Le fichier « grille.xlsx » n'est pas un classeur Excel valide." in err, err
    assert " file :" not in err


def test_a_date_that_does_not_exist_is_refused_in_the_form_french_users_write(capsys):
    # 31/02 is written the French way: the command line says why it does not exist, in
    # the words the forms use, whichever way the option is read (a service's checks or
    # argparse's type); a date that is not one at all shows the form to use (JJ/MM/AAAA).
    assert main(["notice", "end-date", "--received", "31/02/2026"]) == 2
    err = capsys.readouterr().err
    assert "--received : Le 31/02/2026 n'existe pas : février 2026 compte 28 jours." in err, err
    assert main(["audit", "export", "--since", "29/02/2027", "--out", "x.csv"]) == 2
    err = capsys.readouterr().err
    assert "Le 29/02/2027 n'existe pas : février 2027 compte 28 jours." in err, err
    assert main(["notice", "end-date", "--received", "le 3 mars"]) == 2
    err = capsys.readouterr().err
    assert "--received : Date invalide : « le 3 mars » (attendu JJ/MM/AAAA" in err, err
    assert main(["notice", "end-date"]) == 2
    assert "--received : Cette option est obligatoire (date JJ/MM/AAAA)." in capsys.readouterr().err
