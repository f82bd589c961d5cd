"""argparse's own messages (usage, errors, help) are French; an argparse error exits 2."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from desktop import cli


def run(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(argv)
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


def test_missing_argument_is_said_in_french(capsys):
    code, _out, err = run(["user", "add"], capsys)
    assert code == 2
    assert err.startswith("utilisation : parcours user add")
    assert "parcours user add : erreur : arguments requis : IDENTIFIANT, --role" in err
    assert "usage:" not in err and "error:" not in err and "required" not in err


def test_unknown_option_and_bad_choice(capsys):
    code, _out, err = run(["--bogus"], capsys)
    assert code == 2
    assert "parcours : erreur : arguments non reconnus : --bogus" in err

    code, _out, err = run(["nope"], capsys)
    assert code == 2
    assert "choix invalide : 'nope' (choisir parmi" in err
    assert "invalid choice" not in err


def test_help_headings_are_french(capsys):
    code, out, _err = run(["-h"], capsys)
    assert code == 0
    assert out.startswith("utilisation : parcours")
    assert "afficher cette aide et quitter" in out
    assert "afficher la version de Parcours et quitter" in out
    assert "show this help message" not in out and "usage:" not in out


def test_argparse_is_left_english_for_other_parsers(capsys):
    """The French wording is scoped to Parcours' command line, not the whole process."""
    run(["--bogus"], capsys)
    other = argparse.ArgumentParser(prog="autre")
    with pytest.raises(SystemExit):
        other.parse_args(["--x"])
    assert "autre: error: unrecognized arguments: --x" in capsys.readouterr().err


def test_a_real_process_says_it_in_french():
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "backup", "restore", "--nope"],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert done.returncode == 2
    assert "parcours : erreur : arguments non reconnus : --nope" in done.stderr
    assert "Traceback" not in done.stderr


def test_every_value_in_the_help_is_named_in_french_capitals():
    """``parcours … --help`` showed « seance numero_unique », « --out OUT », « --name NAME »,
    « --db DB »: argparse's defaults from the code's names, in English or lower case."""
    import argparse

    from desktop.cli import build_parser
    from desktop.commands.argparse_fr import french

    with french():
        root = build_parser()

    def unnamed(parser, path):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    yield from unnamed(sub, f"{path} {name}")
            elif isinstance(action, (argparse._HelpAction, argparse._VersionAction)):
                continue
            elif not action.option_strings:
                shown = (action.metavar or action.dest).split(".")[0]
                if shown != shown.upper():
                    yield f"{path} {shown}"
            elif action.nargs != 0 and action.metavar is None and not action.choices:
                yield f"{path} {action.option_strings[-1]}"

    assert list(unnamed(root, "parcours")) == []
