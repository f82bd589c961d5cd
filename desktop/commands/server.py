"""``parcours server init``: set a PostgreSQL server up so that it enforces the roles.

Run by the database administrator (a superuser, or a role with CREATEROLE owning the
database) with ``--db postgresql://dba:…@serveur/parcours``; again after each upgrade
of Parcours (it migrates the schema as the owner role). Idempotent. See
docs/server-roles.md.
"""

from __future__ import annotations

import argparse
import os

from desktop.commands._common import ENV_PASSWORD, add_action, add_group, read_password
from desktop.domain.errors import UserError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message


def register(subparsers) -> None:
    actions = add_group(
        subparsers,
        "server",
        "server_action",
        required=True,
        help="serveur PostgreSQL partagé : rôles, droits, cloisonnement par agence",
        description="Préparer un serveur PostgreSQL pour que le serveur lui-même applique "
        "les rôles de Parcours : rôle propriétaire, un groupe par rôle, un rôle de connexion "
        "par compte, sécurité au niveau des lignes par agence, journal d'audit en ajout seul.",
    )
    init = add_action(
        actions,
        "init",
        run_init,
        help="créer ou mettre à jour rôles, droits et règles (sans risque à relancer)",
        db=False,
    )
    init.add_argument(
        "--db",
        required=True,
        metavar="URL",
        help="URL PostgreSQL avec le compte de l'administrateur de la base "
        "(superutilisateur, ou CREATEROLE et propriétaire de la base)",
    )
    init.add_argument(
        "--prefix",
        default="parcours",
        metavar="PRÉFIXE",
        help="préfixe des rôles du serveur (par défaut « parcours » : parcours_owner, "
        "parcours_agent…)",
    )
    init.add_argument(
        "--admin",
        metavar="IDENTIFIANT",
        help="créer le premier administrateur de Parcours s'il n'y en a pas (mot de passe "
        f"demandé, ou variable {ENV_PASSWORD})",
    )
    init.add_argument(
        "--name", metavar="NOM", default="", help="nom complet du premier administrateur"
    )


def _error(text: str, **params) -> UserError:
    return UserError(Message(text, params))


def run_init(args: argparse.Namespace) -> int:
    from desktop.services import accounts
    from desktop.storage import server_roles
    from desktop.storage.db import Database

    try:
        names = server_roles.Names(args.prefix)
    except ValueError:
        raise _error(
            QT_TRANSLATE_NOOP(
                "messages",
                "Préfixe invalide : {prefix} (lettres minuscules, chiffres et _, 31 au plus, "
                "une lettre d'abord).",
            ),
            prefix=args.prefix,
        ) from None
    db = Database(args.db)
    try:
        if db.dialect != "postgresql":
            raise _error(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "« server init » s'applique à un serveur PostgreSQL ; une base SQLite "
                    "reste la base d'un seul poste (voir le README).",
                )
            )
        report = server_roles.init_server(db.engine, names)
        print(f"Rôle propriétaire : {names.owner}")
        print("Groupes : " + ", ".join(names.groups.values()))
        print("Tables cloisonnées par agence : " + ", ".join(report.scoped_tables))
        if report.created_logins:
            print(
                "Rôles de connexion créés sans mot de passe (à définir par un administrateur : "
                "parcours user passwd IDENTIFIANT) : " + ", ".join(report.created_logins)
            )
        if args.admin:
            if not accounts.needs_first_admin(db):
                print("Un administrateur existe déjà : --admin ignoré.")
            else:
                password = os.environ.get(ENV_PASSWORD)
                if password is None:
                    password = read_password(f"Mot de passe de {args.admin} : ")
                accounts.create_first_admin(db, args.admin, args.name or args.admin, password)
                print(f"Premier administrateur créé : {args.admin}")
        print("Serveur prêt : chaque compte se connecte avec son propre rôle PostgreSQL.")
        return 0
    finally:
        db.dispose()
