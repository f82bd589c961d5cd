"""The ``parcours`` command: starts the application, or runs a sub-command."""

from __future__ import annotations

import argparse
import importlib
import sys

from desktop import __version__


def _options(parser: argparse.ArgumentParser) -> None:
    """The options of the application itself (no sub-command)."""
    parser.add_argument(
        "--db",
        dest="global_db",
        metavar="BASE",
        help="base à ouvrir : chemin d'un fichier SQLite ou URL PostgreSQL",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="ouvrir la base de démonstration (créée au premier lancement)",
    )
    parser.add_argument(
        "--selftest",
        metavar="DOSSIER",
        help="vérifier cette copie de Parcours (base temporaire, fenêtre hors écran, "
        "documents) et écrire le rapport dans DOSSIER ; code de sortie non nul en cas d'échec",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="parcours",
        description="Parcours : back-office des bailleurs sociaux. "
        "Sans sous-commande, démarre l'application.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Parcours {__version__}",
        help="afficher la version de Parcours et quitter",
    )
    _options(parser)
    from desktop.commands import COMMAND_MODULES

    sub = parser.add_subparsers(dest="command", metavar="COMMANDE")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:  # command not built yet
                continue
            raise
        module.register(sub)
    return parser


def utf8_console() -> None:
    """Write UTF-8 to stdout/stderr whatever the console's code page.

    A Windows console or pipe defaults to the ANSI code page (cp1252), which has no
    U+202F (the narrow no-break space of French amounts): the first ``print`` of an
    amount would raise UnicodeEncodeError once redirected (``> out.txt``, ``| more``).
    The frozen build also starts in Python's UTF-8 mode (installer/parcours.spec)."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and encoding != "utf8":
            try:
                reconfigure(encoding="utf-8", errors="replace")
            except (ValueError, OSError):  # a stream already written to in another way
                pass


def start_options(argv: list[str]) -> argparse.Namespace | None:
    """The application's options when ``argv`` names no sub-command, else None.

    Starting the application then does not import the sub-commands' modules (and the
    database layer they import, about 0.4 s): its window paints first (issue 19).
    Anything else (a sub-command, ``--help``, ``--version``, an error) goes through the
    full parser."""
    parser = argparse.ArgumentParser(prog="parcours", add_help=False, exit_on_error=False)
    _options(parser)
    try:
        args, rest = parser.parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    if rest:
        return None
    args.command = None
    return args


def quiet_warnings() -> None:
    """Libraries' warnings (in English, for their developers: a deprecated algorithm in
    pyHanko's imports...) are not printed to a user's console; ``-W`` or
    ``PYTHONWARNINGS`` still show them."""
    if not sys.warnoptions:
        import warnings

        warnings.simplefilter("ignore")


def main(argv: list[str] | None = None) -> int:
    utf8_console()
    if argv is None:  # a real process (tests call main with their arguments)
        quiet_warnings()
    args = start_options(sys.argv[1:] if argv is None else argv)
    if args is None:
        from desktop.commands.argparse_fr import french

        with french():  # argparse's usage, help and errors in French (exit code 2)
            parser = build_parser()
            args = parser.parse_args(argv)
    if args.selftest:
        from desktop.selftest import run as selftest

        return selftest(args.selftest)
    if args.command is None:
        from desktop.ui.app import run

        return run(db_option=args.global_db, demo=args.demo)
    from desktop.domain.errors import UserError

    try:
        from desktop.commands._common import run_command

        return run_command(args.func, args)
    except UserError as exc:
        print(f"parcours : {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: the traceback goes to the log, not to the user
        return _unexpected(exc)


def _unexpected(exc: Exception) -> int:
    import logging

    from desktop import logs

    path = logs.setup_logging()
    logging.getLogger("parcours").critical(
        "Erreur inattendue dans une commande\n%s",
        logs.crash_report(type(exc), exc, exc.__traceback__),
    )
    where = f" Le détail est dans le journal : {path}" if path else ""
    print(f"parcours : erreur inattendue ({type(exc).__name__} : {exc}).{where}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
