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
    add_action,
    add_group,
    as_options,
    opened,
    read_password,
    signed_in,
)
from desktop.domain.errors import UserError, ValidationError
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
    actions = add_group(
        subparsers,
        "user",
        "user_action",
        required=True,
        help="gérer les comptes utilisateurs (administrateurs)",
        description="Comptes utilisateurs de Parcours. Le mot de passe est demandé au "
        f"clavier (ou lu dans la variable {ENV_NEW_PASSWORD} pour un script).",
    )

    add = add_action(actions, "add", run_add, help="créer un compte")
    add.add_argument("username", metavar="IDENTIFIANT")
    add.add_argument(
        "--role", metavar="RÔLE", type=_role, required=True, help=f"rôle : {ROLES_HELP}"
    )
    add.add_argument("--name", metavar="NOM", default="", help="nom complet")
    add.add_argument("--agency", metavar="CODE", help="agence (agents, responsables)")
    add.add_argument(
        "--os-login",
        metavar="SESSION",
        help="session Windows autorisée à agir avec ce compte en ligne de commande",
    )

    add_action(actions, "list", run_list, help="lister les comptes")

    passwd = add_action(
        actions, "passwd", run_passwd, help="donner un nouveau mot de passe à un compte"
    )
    passwd.add_argument("username", metavar="IDENTIFIANT")

    add_action(
        actions,
        "password",
        run_password,
        help="changer son propre mot de passe (mot de passe actuel demandé)",
    )

    unlock = add_action(actions, "unlock", run_unlock, help="déverrouiller un compte")
    unlock.add_argument("username", metavar="IDENTIFIANT")


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


# The service's fields, named as this command's arguments in its errors.
ADD_OPTIONS = {
    "username": "IDENTIFIANT",
    "full_name": "--name",
    "os_login": "--os-login",
    "agency": "--agency",
    "role": "--role",
}


def run_add(args: argparse.Namespace) -> int:
    try:
        return _add(args)
    except ValidationError as exc:
        raise as_options(exc, ADD_OPTIONS) from None


def _add(args: argparse.Namespace) -> int:
    with opened(args) as db:
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


def run_list(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, actor):
        users = accounts.list_users(db, actor)
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
    with signed_in(args) as (db, actor):
        user_id = accounts.find_user_id(db, args.username)
        accounts.reset_password(db, actor, user_id, _new_password(args.username))
    print(
        f"Mot de passe de « {args.username} » changé : il devra être changé à la "
        "prochaine connexion. Le compte est déverrouillé."
    )
    return 0


def run_password(args: argparse.Namespace) -> int:
    """The signed-in account changes its own password (needed when it must be changed)."""
    with signed_in(args, allow_password_change=True) as (db, actor):
        current = os.environ.get(ENV_PASSWORD)
        if current is None:
            current = read_password(f"Mot de passe actuel de {actor.username} : ")
        accounts.change_own_password(db, actor, current, _new_password(actor.username))
    print(f"Mot de passe de « {actor.username} » changé.")
    return 0


def run_unlock(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, actor):
        accounts.unlock_user(db, actor, accounts.find_user_id(db, args.username))
    print(f"Compte « {args.username} » déverrouillé.")
    return 0
