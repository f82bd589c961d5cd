"""``parcours user add/list/passwd/unlock``: accounts, from the command line.

Run by an administrator: ``--user`` (password asked), or the account mapped to the
Windows session; on a base without administrator yet, ``user add --role
administrateur`` creates the first one.
"""

from __future__ import annotations

import argparse
import os

from desktop.commands._common import (
    ENV_PASSWORD,
    actor_from_args,
    add_db_option,
    open_db_from_args,
    read_password,
)
from desktop.domain.errors import UserError
from desktop.domain.formatting import format_datetime_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.roles import ROLE_LABELS, Role, parse_role
from desktop.services import accounts

ENV_NEW_PASSWORD = "PARCOURS_NEW_PASSWORD"
ROLES_HELP = ", ".join(r.value.lower() for r in Role)


def _role(value: str) -> Role:
    try:
        return parse_role(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"rôle inconnu : {value!r} (rôles : {ROLES_HELP})"
        ) from None


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "user",
        help="gérer les comptes utilisateurs (administrateurs)",
        description="Comptes utilisateurs de Parcours. Le mot de passe est demandé au "
        f"clavier (ou lu dans la variable {ENV_NEW_PASSWORD} pour un script).",
    )
    actions = parser.add_subparsers(dest="user_action", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="créer un compte")
    add.add_argument("username", metavar="IDENTIFIANT")
    add.add_argument("--role", type=_role, required=True, help=f"rôle : {ROLES_HELP}")
    add.add_argument("--name", default="", help="nom complet")
    add.add_argument("--agency", metavar="CODE", help="agence (agents, responsables)")
    add.add_argument(
        "--os-login",
        metavar="SESSION",
        help="session Windows autorisée à agir avec ce compte en ligne de commande",
    )
    add_db_option(add)
    add.set_defaults(func=run_add)

    listing = actions.add_parser("list", help="lister les comptes")
    add_db_option(listing)
    listing.set_defaults(func=run_list)

    passwd = actions.add_parser("passwd", help="donner un nouveau mot de passe à un compte")
    passwd.add_argument("username", metavar="IDENTIFIANT")
    add_db_option(passwd)
    passwd.set_defaults(func=run_passwd)

    own = actions.add_parser(
        "password", help="changer son propre mot de passe (mot de passe actuel demandé)"
    )
    add_db_option(own)
    own.set_defaults(func=run_password)

    unlock = actions.add_parser("unlock", help="déverrouiller un compte")
    unlock.add_argument("username", metavar="IDENTIFIANT")
    add_db_option(unlock)
    unlock.set_defaults(func=run_unlock)


def _new_password(username: str) -> str:
    env = os.environ.get(ENV_NEW_PASSWORD)
    if env is not None:
        return env
    first = read_password(f"Nouveau mot de passe pour {username} : ")
    second = read_password("Confirmation : ")
    if first != second:
        raise UserError(
            Message(QT_TRANSLATE_NOOP("messages", "Les deux mots de passe ne sont pas identiques."))
        )
    return first


def run_add(args: argparse.Namespace) -> int:
    db = open_db_from_args(args)
    try:
        setup = accounts.needs_first_admin(db)
        password = _new_password(args.username)
        if setup and args.role == Role.ADMIN and not args.user:
            accounts.create_first_admin(
                db, args.username, args.name, password, os_login=args.os_login
            )
            print(f"Compte administrateur « {args.username} » créé.")
            return 0
        actor = actor_from_args(args, db)
        accounts.create_user(
            db,
            actor,
            args.username,
            args.name,
            args.role,
            password,
            agency_code=args.agency,
            os_login=args.os_login,
            must_change_password=True,
        )
        print(
            f"Compte « {args.username} » créé ({ROLE_LABELS[args.role]}) : le mot de "
            "passe devra être changé à la première connexion."
        )
        return 0
    finally:
        db.dispose()


def run_list(args: argparse.Namespace) -> int:
    db = open_db_from_args(args)
    try:
        users = accounts.list_users(db, actor_from_args(args, db))
    finally:
        db.dispose()
    if not users:
        print("Aucun compte.")
        return 0
    print(
        f"{'Identifiant':<20} {'Rôle':<22} {'Agence':<7} {'État':<11} "
        f"{'Dernière connexion':<20} Nom"
    )
    for u in users:
        state = "verrouillé" if u.locked else ("actif" if u.active else "désactivé")
        print(
            f"{u.username:<20} {ROLE_LABELS[u.role]:<22} {u.agency_code or '':<7} "
            f"{state:<11} {format_datetime_fr(u.last_login_at):<20} {u.full_name}"
        )
    return 0


def run_passwd(args: argparse.Namespace) -> int:
    db = open_db_from_args(args)
    try:
        actor = actor_from_args(args, db)
        user_id = accounts.find_user_id(db, args.username)
        accounts.reset_password(db, actor, user_id, _new_password(args.username))
    finally:
        db.dispose()
    print(
        f"Mot de passe de « {args.username} » changé : il devra être changé à la "
        "prochaine connexion. Le compte est déverrouillé."
    )
    return 0


def run_password(args: argparse.Namespace) -> int:
    """The signed-in account changes its own password (needed when it must be changed)."""
    db = open_db_from_args(args)
    try:
        actor = actor_from_args(args, db, allow_password_change=True)
        current = os.environ.get(ENV_PASSWORD)
        if current is None:
            current = read_password(f"Mot de passe actuel de {actor.username} : ")
        accounts.change_own_password(db, actor, current, _new_password(actor.username))
    finally:
        db.dispose()
    print(f"Mot de passe de « {actor.username} » changé.")
    return 0


def run_unlock(args: argparse.Namespace) -> int:
    db = open_db_from_args(args)
    try:
        actor = actor_from_args(args, db)
        accounts.unlock_user(db, actor, accounts.find_user_id(db, args.username))
    finally:
        db.dispose()
    print(f"Compte « {args.username} » déverrouillé.")
    return 0
