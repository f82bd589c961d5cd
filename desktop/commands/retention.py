"""``parcours retention preview/purge`` and ``parcours export-person`` (RGPD)."""

from __future__ import annotations

import argparse

from desktop.commands._common import (
    actor_from_args,
    add_db_option,
    date_arg,
    id_arg,
    open_db_from_args,
)
from desktop.domain.formatting import format_date_fr
from desktop.services import person_export, retention


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "retention",
        help="conservation des données : aperçu et purge (administrateurs)",
        description="Anonymise les dossiers dont la durée de conservation est échue "
        "(durées réglables dans Administration > Conservation des données).",
    )
    actions = parser.add_subparsers(dest="retention_action", metavar="ACTION", required=True)
    preview = actions.add_parser("preview", help="lister ce que la purge anonymiserait")
    preview.add_argument("--on", type=date_arg, metavar="JJ/MM/AAAA", help="date de référence")
    add_db_option(preview)
    preview.set_defaults(func=run_preview)
    purge = actions.add_parser("purge", help="anonymiser les dossiers échus (irréversible)")
    purge.add_argument("--on", type=date_arg, metavar="JJ/MM/AAAA", help="date de référence")
    purge.add_argument("--yes", action="store_true", help="ne pas demander de confirmation")
    add_db_option(purge)
    purge.set_defaults(func=run_purge)

    person = subparsers.add_parser(
        "export-person",
        help="exporter toutes les données d'un dossier (droit d'accès)",
        description="Écrit dans un classeur Excel tout ce que Parcours conserve sur un "
        "dossier locataire : ménage, occupants, bail, logement, chronologie, journal.",
    )
    person.add_argument(
        "--household", type=id_arg, required=True, metavar="N", help="n° du dossier"
    )
    person.add_argument("--out", required=True, metavar="FICHIER.xlsx")
    add_db_option(person)
    person.set_defaults(func=run_export_person)


def _print(items) -> None:
    if not items:
        print("Aucune donnée à purger.")
        return
    print(f"{len(items)} dossier(s) à anonymiser :")
    for i in items:
        print(f"  n° {i.household_id:<8} {i.label:<40} {i.reason}")
        for path in i.documents:
            print(f"      courrier supprimé : {path}")


def run_preview(args: argparse.Namespace) -> int:
    db = open_db_from_args(args)
    try:
        _print(retention.preview(db, actor_from_args(args, db), args.on))
    finally:
        db.dispose()
    return 0


def run_purge(args: argparse.Namespace) -> int:
    db = open_db_from_args(args)
    try:
        actor = actor_from_args(args, db)
        items = retention.preview(db, actor, args.on)
        _print(items)
        if not items:
            return 0
        if not args.yes:
            answer = input("Anonymiser définitivement ces dossiers ? (oui/non) ")
            if answer.strip().lower() not in ("o", "oui", "y", "yes"):
                print("Purge abandonnée.")
                return 1
        result = retention.purge(db, actor, args.on, only={i.household_id for i in items})
    finally:
        db.dispose()
    on = format_date_fr(args.on) if args.on else "aujourd'hui"
    print(f"{result.anonymised} dossier(s) anonymisé(s) ({on}).")
    return 0


def run_export_person(args: argparse.Namespace) -> int:
    db = open_db_from_args(args)
    try:
        path = person_export.export_person(db, actor_from_args(args, db), args.household, args.out)
    finally:
        db.dispose()
    print(f"Données du dossier n° {args.household} exportées dans « {path} ».")
    return 0
