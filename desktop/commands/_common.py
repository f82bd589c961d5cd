"""What the sub-commands share: opening the database, the acting user."""

from __future__ import annotations

import argparse
import getpass
import os

from desktop import config
from desktop.domain.errors import UserError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.services.context import Actor, os_username, system_actor
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


def actor_from_args(args: argparse.Namespace, db: Database | None = None) -> Actor:
    """Who runs the command: ``--user`` (password asked, or ``PARCOURS_PASSWORD``), else
    the account mapped to the workstation's session; on a base without administrator
    yet (setup), the session's user with administrator rights."""
    from desktop.services import accounts

    own = db is None
    if own:
        db = open_db_from_args(args)
    try:
        username = getattr(args, "user", None)
        if username:
            password = os.environ.get(ENV_PASSWORD)
            if password is None:
                password = getpass.getpass(f"Mot de passe de {username} : ")
            return accounts.authenticate(db, username, password, source="ligne de commande")
        if accounts.needs_first_admin(db):
            return system_actor()
        actor = accounts.actor_for_os_login(db, os_username())
        if actor is None:
            raise UserError(Message(QT_TRANSLATE_NOOP(
                "messages",
                "Aucun compte Parcours actif n'est associé à la session « {login} » : "
                "indiquez --user IDENTIFIANT (le mot de passe est demandé) ou faites "
                "associer votre session à votre compte par un administrateur."),
                {"login": os_username()}))
        return actor
    finally:
        if own:
            db.dispose()
