"""What the sub-commands share: opening the database, the acting user."""

from __future__ import annotations

import argparse

from desktop import config
from desktop.domain.errors import UserError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.services.context import Actor, system_actor
from desktop.storage.db import Database, open_database


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", help="fichier SQLite ou URL PostgreSQL (sinon PARCOURS_DATABASE_URL ou réglages)"
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


def actor_from_args(args: argparse.Namespace) -> Actor:
    return system_actor()
