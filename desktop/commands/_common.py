"""What the sub-commands share: opening the database, the acting user."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import getpass
import os
import sys
from collections.abc import Iterator, Mapping

from desktop import config
from desktop.domain.errors import UserError, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.services.context import Actor, os_identity, system_actor
from desktop.storage.db import Database, open_database

ENV_PASSWORD = "PARCOURS_PASSWORD"


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="BASE",
        help="fichier SQLite ou URL PostgreSQL (sinon PARCOURS_DATABASE_URL ou réglages)",
    )
    parser.add_argument(
        "--user",
        metavar="IDENTIFIANT",
        help="agir avec ce compte Parcours (mot de passe demandé, ou variable "
        f"{ENV_PASSWORD}) ; sinon, le compte associé à la session Windows",
    )


def add_print_sides_option(parser: argparse.ArgumentParser, *aliases: str) -> None:
    """``--recto-verso`` (or ``aliases``) / ``--recto-seul``: how the PDF that joins the
    letters is printed, read by ``print_duplex``; without either, this workstation's
    preference (``config.print_duplex``)."""
    sides = parser.add_mutually_exclusive_group()
    sides.add_argument(
        "--recto-verso",
        *aliases,
        dest="duplex",
        action="store_const",
        const=True,
        default=None,
        help="PDF à imprimer en recto verso : chaque courrier commence au recto (page "
        "blanche au besoin) ; par défaut, le réglage de « Mes préférences »",
    )
    sides.add_argument(
        "--recto-seul",
        dest="duplex",
        action="store_const",
        const=False,
        help="PDF à imprimer en recto seul : aucune page blanche",
    )


def print_duplex(args: argparse.Namespace) -> bool:
    """The PDF to print double-sided (``add_print_sides_option``)."""
    chosen = getattr(args, "duplex", None)
    return config.print_duplex() if chosen is None else chosen


def open_db_from_args(args: argparse.Namespace) -> Database:
    """The database named by ``--db``, the environment or the settings, migrated."""
    url = config.configured_url(getattr(args, "db", None) or getattr(args, "global_db", None))
    if not url:
        raise UserError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Aucune base configurée : indiquez --db FICHIER ou PARCOURS_DATABASE_URL.",
                )
            )
        )
    return open_database(url)


def add_action(subparsers, name: str, func, *, db: bool = True, **options):
    """The parser of one action (``parcours caleol show``…), run by ``func(args)``;
    with ``db``, the ``--db`` and ``--user`` options (``add_db_option``)."""
    parser = subparsers.add_parser(name, **options)
    if db:
        add_db_option(parser)
    parser.set_defaults(func=func)
    return parser


def add_record_action(subparsers, name: str, func, *, record: str, what: str, **options):
    """``add_action`` for an action on one record, named by its number: the first
    argument ``N`` (``args.<record>``, checked by ``id_arg``), described by ``what``."""
    parser = add_action(subparsers, name, func, **options)
    parser.add_argument(record, type=id_arg, metavar="N", help=what)
    return parser


def add_import_action(subparsers, name: str, func, **options):
    """``add_action`` for an import: the file to read (``FICHIER``) and ``--dry-run``."""
    parser = add_action(subparsers, name, func, **options)
    parser.add_argument("file", metavar="FICHIER", help="export CSV ou .xlsx")
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="vérifier seulement : afficher le rapport sans rien importer",
    )
    return parser


def add_group(
    subparsers, name: str, dest: str, *, metavar: str = "ACTION", required: bool = False, **options
) -> argparse._SubParsersAction:
    """A sub-command made of actions (``parcours caleol sessions``…): its own sub-parsers.
    Without an action it prints its help, or with ``required`` argparse says that the
    action is missing; exit code 2 either way."""
    parser = subparsers.add_parser(name, **options)
    parser.set_defaults(func=lambda args: _usage(parser))
    return parser.add_subparsers(dest=dest, metavar=metavar, required=required)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


@contextlib.contextmanager
def opened(args: argparse.Namespace) -> Iterator[Database]:
    """The base of ``open_db_from_args``, closed at the end of the block."""
    db = open_db_from_args(args)
    try:
        yield db
    finally:
        db.dispose()


@contextlib.contextmanager
def signed_in(args: argparse.Namespace, **options) -> Iterator[tuple[Database, Actor]]:
    """The base of ``open_db_from_args`` and the user of ``actor_from_args`` (its keyword
    ``options``), the base closed at the end of the block."""
    with opened(args) as db:
        yield db, actor_from_args(args, db, **options)


def as_options(exc: ValidationError, options: Mapping[str, str]) -> ValidationError:
    """A service's ``ValidationError`` with its fields named as the command-line options
    (``{"notified_on": "--notified"}``); the fields not named keep their names."""
    return ValidationError({options.get(k, k): m for k, m in exc.fields.items()}, exc.message)


def confirmed(question: str) -> bool:
    """The user typed yes (« o », « oui », « y », « yes ») to ``question`` at the
    terminal; the end of the input (Ctrl+D, Ctrl+Z) is a no. Without a terminal (a
    script, a scheduled task) a French error says to add ``--yes``: ``input`` would
    fail there, or read the script's next line as the answer."""
    if not _has_terminal():
        raise UserError(
            Message(QT_TRANSLATE_NOOP("messages", "Aucun terminal pour confirmer : ajoutez --yes."))
        )
    try:
        answer = input(question)
    except EOFError:
        return False
    return answer.strip().lower() in ("o", "oui", "y", "yes")


def purge_confirmed(args: argparse.Namespace, question: str) -> bool:
    """A purge goes ahead: ``--yes`` was given, or the user typed yes to ``question``;
    otherwise « Purge abandonnée. » is said."""
    if args.yes or confirmed(question):
        return True
    print("Purge abandonnée.")
    return False


def field_values(items: list[str], option: str = "--field") -> dict[str, str]:
    """``NOM=VALEUR`` items (a repeatable option) as a dict; a French error on ``option``
    for an item without ``=`` or name."""
    values = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise ValidationError(
                {
                    option: Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "Champ attendu sous la forme NOM=VALEUR : « {value} »."
                        ),
                        {"value": item},
                    )
                }
            )
        values[name.strip()] = value
    return values


def agency_id(db: Database, code: str | None, option: str | None = None) -> int | None:
    """The id of the agency of that code (case and spaces around ignored), None without
    a code; an unknown code is a French error, on ``option`` when given."""
    from desktop.services import agencies

    if not code:
        return None
    code = code.strip().upper()
    found = [a.id for a in agencies.list_agencies(db) if a.code == code]
    if found:
        return found[0]
    unknown = Message(QT_TRANSLATE_NOOP("messages", "Agence inconnue : {code}."), {"code": code})
    raise ValidationError({option: unknown}) if option else UserError(unknown)


def _has_terminal() -> bool:
    return bool(sys.stdin) and sys.stdin.isatty()


def read_password(prompt: str, variable: str = ENV_PASSWORD) -> str:
    """A password typed at the terminal; a French error when there is no terminal
    (which names ``variable``, where a script gives the password)."""
    if not _has_terminal():
        raise UserError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Aucun terminal pour saisir le mot de passe : lancez la commande dans une "
                    "console, ou donnez-le dans la variable {variable} pour un script.",
                ),
                {"variable": variable},
            )
        )
    try:
        return getpass.getpass(prompt)
    except (EOFError, OSError):
        raise UserError(
            Message(QT_TRANSLATE_NOOP("messages", "Le mot de passe n'a pas pu être lu au clavier."))
        ) from None


def _refuse_until_changed(db: Database, actor: Actor) -> Actor:
    from desktop.services import accounts

    if accounts.must_change_password(db, actor):
        raise UserError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Le mot de passe du compte « {user} » doit être changé avant toute autre "
                    "action : changez-le dans l'application ou avec « parcours user password ».",
                ),
                {"user": actor.username},
            )
        )
    return actor


def actor_from_args(
    args: argparse.Namespace, db: Database | None = None, *, allow_password_change: bool = False
) -> Actor:
    """Who runs the command: ``--user`` (password asked, or ``PARCOURS_PASSWORD``), else
    the account mapped to the session the operating system reports (Windows token, Unix
    real uid: never the USER/LOGNAME/USERNAME variables); on a base without
    administrator yet (setup), the session's user with administrator rights. An account
    whose password must be changed can do nothing else until it is."""
    from desktop.services import accounts

    own = db is None
    if own:
        db = open_db_from_args(args)
    try:
        username = getattr(args, "user", None)
        if username:
            password = os.environ.get(ENV_PASSWORD)
            if password is None:
                password = read_password(f"Mot de passe de {username} : ")
            actor = accounts.sign_in(db, username, password, source="ligne de commande")
        elif not db.needs_login and accounts.needs_first_admin(db):
            return system_actor()
        else:
            identity = os_identity()
            actor = None
            # On a server with login roles nothing is read before the sign-in.
            if identity is not None and not db.needs_login:
                actor = accounts.actor_for_os_login(db, identity.logins())
            if actor is None and _has_terminal():
                # No account for this session: sign in with an account and its password.
                print(
                    "Aucun compte Parcours n'est associé à cette session : identifiez-vous.",
                    file=sys.stderr,
                )
                try:
                    typed = input("Identifiant Parcours : ").strip()
                except (EOFError, OSError):
                    typed = ""
                actor = accounts.sign_in(
                    db,
                    typed,
                    read_password(f"Mot de passe de {typed} : "),
                    source="ligne de commande",
                )
            if actor is None:
                raise UserError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Aucun compte Parcours actif n'est associé à la session « {login} » : "
                            "indiquez --user IDENTIFIANT (le mot de passe est demandé) ou faites "
                            "associer votre session à votre compte par un administrateur.",
                        ),
                        {"login": identity.name if identity else "?"},
                    )
                )
        db.identify(actor.username)
        if allow_password_change:
            return actor
        return _refuse_until_changed(db, actor)
    finally:
        if own:
            db.dispose()


def print_line_report(report, *extra: str) -> None:
    """An import's dry run (a ``tabular.LineReport``): the file, its lines read, valid and
    rejected, the ``extra`` lines not empty, then each rejected line with its reasons."""
    print(f"Fichier : {report.source}")
    print(
        f"Lignes lues : {report.total} ; valides : {report.accepted_count} ; "
        f"rejetées : {report.rejected_count}"
    )
    for line in extra:
        if line:
            print(line)
    if report.rejected:
        print()
        print("Lignes rejetées :")
        for rejected in report.rejected:
            head = f"ligne {rejected.line}"
            for i, reason in enumerate(rejected.reasons):
                print(f"  {head if i == 0 else ' ' * len(head)} : {reason}")
    print()


def import_stops(report, dry_run: bool, ready: Message) -> int | None:
    """The exit code of an import that ends at its dry run ``report``: 2 without a valid
    line, 0 with ``--dry-run`` (``ready``: what would be imported, « 3 dossiers prêts à
    importer »);
    ``None`` when the import goes on."""
    if not report.accepted:
        print("Aucune ligne valide : rien n'a été importé.", file=sys.stderr)
        return 2
    if dry_run:
        print(f"Vérification seule, rien n'a été importé ({ready}).")
        return 0
    return None


# --------------------------------------------------------------------------- hostile input
# Every date, number and path given on the command line is checked here or ends in a
# French message with exit code 2 (``run_command``), never in a traceback.

DATE_MIN = dt.date(1900, 1, 1)
DATE_MAX = dt.date(2199, 12, 31)
# Record numbers are 32-bit on PostgreSQL (``integer``): anything above cannot exist.
ID_MAX = 2**31 - 1


def _msg(text: str, **params) -> Message:
    return Message(text, params)


def check_date(value: dt.date, option: str = "") -> dt.date:
    """``value`` if within the dates Parcours handles (1900 to 2199), else a French error."""
    if not DATE_MIN <= value <= DATE_MAX:
        raise UserError(
            _msg(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{option}Date hors des limites acceptées : {date} (entre le 01/01/1900 "
                    "et le 31/12/2199).",
                ),
                option=f"{option} : " if option else "",
                date=value.strftime("%d/%m/") + f"{value.year:04d}",
            )
        )
    return value


def read_date(text: str) -> tuple[dt.date | None, Message | None]:
    """A date given on the command line (JJ/MM/AAAA or AAAA-MM-JJ): the date, or why it
    is refused, in the words the forms use (« Le 31/02/2026 n'existe pas : février 2026
    compte 28 jours. »)."""
    from desktop.domain.formatting import missing_day, parse_date_fr

    shown = text[:40]
    try:
        value = parse_date_fr(text)
    except (ValueError, OverflowError):
        return None, missing_day(text) or _msg(
            QT_TRANSLATE_NOOP(
                "messages",
                "Date invalide : « {value} » (attendu JJ/MM/AAAA, par exemple 23/11/2026).",
            ),
            value=shown,
        )
    if not DATE_MIN <= value <= DATE_MAX:
        return None, _msg(
            QT_TRANSLATE_NOOP(
                "messages",
                "Date hors des limites acceptées : « {value} » (entre le 01/01/1900 et le "
                "31/12/2199).",
            ),
            value=shown,
        )
    return value, None


def date_arg(value: str) -> dt.date:
    """argparse type: a date AAAA-MM-JJ or JJ/MM/AAAA within the accepted range."""
    parsed, problem = read_date(value)
    if problem is not None:
        raise argparse.ArgumentTypeError(problem.render())
    assert parsed is not None
    return parsed


def parse_id(text: str, option: str = "") -> int:
    """A record number (1 to 2 147 483 647); a French ``UserError`` otherwise."""
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "")
    digits = cleaned.isascii() and cleaned.isdigit() and len(cleaned) <= 12
    if digits and 1 <= int(cleaned) <= ID_MAX:
        return int(cleaned)
    template = (
        QT_TRANSLATE_NOOP(
            "messages", "{option}Numéro hors des limites : « {value} » (de 1 à {max})."
        )
        if digits
        else QT_TRANSLATE_NOOP(
            "messages", "{option}Numéro invalide : « {value} » (nombre entier attendu)."
        )
    )
    raise UserError(
        _msg(template, option=f"{option} : " if option else "", value=text[:40], max=ID_MAX)
    )


def int_arg(low: int, high: int):
    """argparse type: a whole number from ``low`` to ``high``, else a French error."""

    def parse(value: str) -> int:
        text = value.strip().replace(" ", "").replace("\u00a0", "")
        if text.isascii() and text.lstrip("-").isdigit() and len(text) <= 12:
            if low <= int(text) <= high:
                return int(text)
        raise argparse.ArgumentTypeError(
            f"nombre entier de {low} à {high} attendu : « {value[:40]} »"
        )

    return parse


def id_arg(value: str) -> int:
    """argparse type: a record number."""
    try:
        return parse_id(value)
    except UserError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _out_of_range() -> UserError:
    return UserError(
        _msg(
            QT_TRANSLATE_NOOP(
                "messages",
                "Une valeur donnée est hors des limites acceptées (date trop lointaine ou numéro "
                "trop grand) : rien n'a été fait.",
            )
        )
    )


def run_command(func, args: argparse.Namespace) -> int:
    """Run a sub-command; hostile values and system errors become French ``UserError``s
    (exit code 2 through ``cli.main``), never tracebacks."""
    import logging

    from sqlalchemy.exc import DBAPIError, StatementError

    try:
        return int(func(args) or 0)
    except UserError:
        raise
    except OverflowError:
        raise _out_of_range() from None
    except OSError as exc:
        from desktop.domain.oserrors import file_error_message

        raise UserError(file_error_message(exc)) from None
    except StatementError as exc:
        orig = getattr(exc, "orig", None)
        if isinstance(orig, OverflowError) or (
            isinstance(exc, DBAPIError) and "out of range" in str(orig)
        ):
            raise _out_of_range() from None
        # Into the log file: without a handler, logging would print the traceback.
        from desktop import logs

        logs.setup_logging()
        logging.getLogger(__name__).exception("database error in a command")
        from desktop.storage.errors import database_error_message

        raise UserError(database_error_message(exc)) from None
    # Any other exception is a bug: cli.main logs it and says where (cli._unexpected).
