"""``parcours backup now/list/restore``: backups of the embedded SQLite base.

On PostgreSQL use ``pg_dump`` (see the README).
"""

from __future__ import annotations

import argparse
import sys

from desktop import config
from desktop.commands._common import add_action, add_group, confirmed, signed_in
from desktop.domain.errors import UserError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.services import backup


def _damaged_base(args: argparse.Namespace):
    """(path, problem) of the configured SQLite base when it is damaged, else None."""
    url = config.configured_url(getattr(args, "db", None) or getattr(args, "global_db", None))
    path = backup.sqlite_file_of(url) if url else None
    if path is None:
        return None
    problem = backup.base_problem(path)
    return (path, problem) if problem else None


def register(subparsers) -> None:
    actions = add_group(
        subparsers,
        "backup",
        "backup_action",
        required=True,
        help="sauvegarder ou restaurer la base SQLite (administrateurs)",
        description="Sauvegardes de la base SQLite locale (API de sauvegarde en ligne de "
        "SQLite), dans le dossier « sauvegardes » à côté de la base.",
    )
    add_action(actions, "now", run_now, help="sauvegarder maintenant")
    add_action(actions, "list", run_list, help="lister les sauvegardes")
    restore = add_action(
        actions,
        "restore",
        run_restore,
        help="remplacer la base par une sauvegarde (après vérification)",
    )
    restore.add_argument(
        "file",
        metavar="SAUVEGARDE",
        nargs="?",
        help="fichier de sauvegarde (sinon : la dernière sauvegarde intacte)",
    )
    restore.add_argument("--yes", action="store_true", help="ne pas demander de confirmation")


def run_now(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, actor):
        info = backup.backup_now(db, actor)
    for name in info.interrupted:
        print(
            f"Sauvegarde interrompue avant la fin (copie incomplète supprimée) : {name}",
            file=sys.stderr,
        )
    print(f"Sauvegarde enregistrée : {info.path}")
    return 0


def _list_damaged(path, problem) -> int:
    folder = path.parent / backup.FOLDER
    print(f"La base « {path} » est endommagée : {problem}")
    print(
        "Elle ne peut pas être sauvegardée ; remettez une sauvegarde intacte avec "
        "« parcours backup restore » (la plus récente par défaut)."
    )
    print(f"Dossier : {folder}")
    backups = backup.list_backups_in(folder)
    if not backups:
        print("Aucune sauvegarde.")
    latest = backup.latest_intact_backup(folder)
    for b in backups:
        size = f"{b.size / 1_048_576:.1f}".replace(".", ",")
        state = "  <- dernière intacte" if latest and b.path == latest.path else ""
        try:
            backup.check_backup(b.path)
        except UserError:
            state = "  (endommagée)"
        print(f"  {b.created_at:%d/%m/%Y %H:%M:%S}  {b.path.name}  {size} Mo{state}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    damaged = _damaged_base(args)
    if damaged:
        return _list_damaged(*damaged)
    with signed_in(args) as (db, actor):
        backups = backup.list_backups(db, actor)
        folder = backup.backup_dir(db)
    print(f"Dossier : {folder}")
    if not backups:
        print("Aucune sauvegarde.")
    for b in backups:
        size = f"{b.size / 1_048_576:.1f}".replace(".", ",")
        kind = " (avant restauration)" if b.kind else ""
        print(f"  {b.created_at:%d/%m/%Y %H:%M:%S}  {b.path.name}  {size} Mo{kind}")
    return 0


def _rescue(args: argparse.Namespace, path, problem) -> int:
    folder = path.parent / backup.FOLDER
    chosen = args.file or (backup.latest_intact_backup(folder) or None)
    if chosen is None:
        backup.rescue(path)  # says in French that no intact backup exists
    name = chosen if isinstance(chosen, str) else chosen.path.name
    print(f"La base « {path} » est endommagée : {problem}")
    if not args.yes and not confirmed(
        f"La mettre de côté et la remplacer par la sauvegarde « {name} » ? (oui/non) "
    ):
        print("Restauration abandonnée.")
        return 1
    result = backup.rescue(path, args.file)
    print(f"Base remplacée par la sauvegarde « {result.backup.path.name} ».")
    print(f"La base endommagée est conservée dans « {result.damaged} ».")
    print(result.lost.describe())
    return 0


def run_restore(args: argparse.Namespace) -> int:
    damaged = _damaged_base(args)
    if damaged:
        return _rescue(args, *damaged)
    with signed_in(args) as (db, actor):
        if not args.file:
            latest = backup.latest_intact_backup(backup.backup_dir(db))
            if latest is None:
                raise UserError(
                    Message(QT_TRANSLATE_NOOP("messages", "Aucune sauvegarde intacte à restaurer."))
                )
            args.file = str(latest.path)
        backup.check_backup(args.file)
        if not args.yes and not confirmed(
            f"Remplacer toute la base {db.label} par « {args.file} » ? (oui/non) "
        ):
            print("Restauration abandonnée.")
            return 1
        safety = backup.restore(db, actor, args.file)
    print(f"Base restaurée. La base d'avant est conservée dans {safety}")
    return 0
