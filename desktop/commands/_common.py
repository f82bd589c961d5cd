"""What the sub-commands share: opening the database, the acting user."""

from __future__ import annotations

import argparse
import getpass
import os

from desktop import config
from desktop.domain.errors import UserError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.services.context import Actor, os_identity, system_actor
from desktop.storage.db import Database, open_database


ENV_PASSWORD = "PARCOURS_PASSWORD"


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", help="fichier SQLite ou URL PostgreSQL (sinon PARCOURS_DATABASE_URL ou réglages)"
    )
    parser.add_argument(
        "--user", metavar="IDENTIFIANT",
        help="agir avec ce compte Parcours (mot de passe demandé, ou variable "
        f"{ENV_PASSWORD}) ; sinon, le compte associé à la session Windows",
    )


def open_db_from_args(args: argparse.Namespace) -> Database:
    """The database named by ``--db``, the environment or the settings, migrated."""
    url = config.configured_url(getattr(args, "db", None) or getattr(args, "global_db", None))
    if not url:
        raise UserError(Message(QT_TRANSLATE_NOOP(
            "messages",
            "Aucune base configurée : indiquez --db FICHIER ou PARCOURS_DATABASE_URL.",
        )))
    return open_database(url)


def read_password(prompt: str) -> str:
    """A password typed at the terminal; a French error when there is no terminal."""
    import sys

    if not sys.stdin or not sys.stdin.isatty():
        raise UserError(Message(QT_TRANSLATE_NOOP(
            "messages",
            "Aucun terminal pour saisir le mot de passe : lancez la commande dans une "
            "console, ou donnez-le dans la variable {variable} pour un script."),
            {"variable": ENV_PASSWORD}))
    try:
        return getpass.getpass(prompt)
    except (EOFError, OSError):
        raise UserError(Message(QT_TRANSLATE_NOOP(
            "messages", "Le mot de passe n'a pas pu être lu au clavier."))) from None


def _refuse_until_changed(db: Database, actor: Actor) -> Actor:
    from desktop.services import accounts

    if accounts.must_change_password(db, actor):
        raise UserError(Message(QT_TRANSLATE_NOOP(
            "messages",
            "Le mot de passe du compte « {user} » doit être changé avant toute autre "
            "action : changez-le dans l'application ou avec « parcours user password »."),
            {"user": actor.username}))
    return actor


def actor_from_args(args: argparse.Namespace, db: Database | None = None, *,
                    allow_password_change: bool = False) -> Actor:
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
            actor = accounts.authenticate(db, username, password, source="ligne de commande")
        elif accounts.needs_first_admin(db):
            return system_actor()
        else:
            identity = os_identity()
            actor = None
            if identity is not None:
                actor = accounts.actor_for_os_login(db, identity.logins())
            if actor is None:
                raise UserError(Message(QT_TRANSLATE_NOOP(
                    "messages",
                    "Aucun compte Parcours actif n'est associé à la session « {login} » : "
                    "indiquez --user IDENTIFIANT (le mot de passe est demandé) ou faites "
                    "associer votre session à votre compte par un administrateur."),
                    {"login": identity.name if identity else "?"}))
        if allow_password_change:
            return actor
        return _refuse_until_changed(db, actor)
    finally:
        if own:
            db.dispose()
