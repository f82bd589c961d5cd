"""``parcours backup now/list/restore``: backups of the embedded SQLite base.

On PostgreSQL use ``pg_dump`` (see the README).
"""

from __future__ import annotations

import argparse

from desktop.commands._common import actor_from_args, add_db_option, open_db_from_args
from desktop.services import backup


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "backup", help="sauvegarder ou restaurer la base SQLite (administrateurs)",
        description="Sauvegardes de la base SQLite locale (API de sauvegarde en ligne de "
        "SQLite), dans le dossier « sauvegardes » à côté de la base.")
    actions = parser.add_subparsers(dest="backup_action", metavar="ACTION", required=True)
    now = actions.add_parser("now", help="sauvegarder maintenant")
    add_db_option(now)
    now.set_defaults(func=run_now)
    listing = actions.add_parser("list", help="lister les sauvegardes")
    add_db_option(listing)
    listing.set_defaults(func=run_list)
    restore = actions.add_parser(
        "restore", help="remplacer la base par une sauvegarde (après vérification)")
    restore.add_argument("file", metavar="SAUVEGARDE")
    restore.add_argument("--yes", action="store_true",
                         help="ne pas demander de confirmation")
    add_db_option(restore)
    restore.set_defaults(func=run_restore)


def run_now(args: argparse.Namespace) -> int:
    db = open_db_from_args(args)
    try:
        info = backup.backup_now(db, actor_from_args(args, db))
    finally:
        db.dispose()
    print(f"Sauvegarde enregistrée : {info.path}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    db = open_db_from_args(args)
    try:
        backups = backup.list_backups(db, actor_from_args(args, db))
        folder = backup.backup_dir(db)
    finally:
        db.dispose()
    print(f"Dossier : {folder}")
    if not backups:
        print("Aucune sauvegarde.")
    for b in backups:
        size = f"{b.size / 1_048_576:.1f}".replace(".", ",")
        kind = " (avant restauration)" if b.kind else ""
        print(f"  {b.created_at:%d/%m/%Y %H:%M:%S}  {b.path.name}  {size} Mo{kind}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    db = open_db_from_args(args)
    try:
        actor = actor_from_args(args, db)
        backup.check_backup(args.file)
        if not args.yes:
            answer = input(f"Remplacer toute la base {db.label} par « {args.file} » ? "
                           "(oui/non) ")
            if answer.strip().lower() not in ("o", "oui", "y", "yes"):
                print("Restauration abandonnée.")
                return 1
        safety = backup.restore(db, actor, args.file)
    finally:
        db.dispose()
    print(f"Base restaurée. La base d'avant est conservée dans {safety}")
    return 0
