"""``parcours retention preview/purge`` and ``parcours export-person`` (RGPD)."""

from __future__ import annotations

import argparse

from desktop.commands._common import (
    add_action,
    add_group,
    date_arg,
    id_arg,
    purge_confirmed,
    signed_in,
)
from desktop.domain.formatting import format_date_fr
from desktop.services import applicant_export, person_export, retention


def register(subparsers) -> None:
    actions = add_group(
        subparsers,
        "retention",
        "retention_action",
        required=True,
        help="conservation des données : aperçu et purge (administrateurs)",
        description="Anonymise les dossiers et les candidatures CALEOL dont la durée de "
        "conservation est échue "
        "(durées réglables dans Administration > Conservation des données).",
    )
    preview = add_action(
        actions, "preview", run_preview, help="lister ce que la purge anonymiserait"
    )
    preview.add_argument("--on", type=date_arg, metavar="JJ/MM/AAAA", help="date de référence")
    purge = add_action(
        actions, "purge", run_purge, help="anonymiser les dossiers échus (irréversible)"
    )
    purge.add_argument("--on", type=date_arg, metavar="JJ/MM/AAAA", help="date de référence")
    purge.add_argument("--yes", action="store_true", help="ne pas demander de confirmation")

    person = add_action(
        subparsers,
        "export-person",
        run_export_person,
        help="exporter toutes les données d'un dossier ou d'un demandeur (droit d'accès)",
        description="Écrit dans un classeur Excel tout ce que Parcours conserve sur un "
        "dossier locataire (ménage, occupants, bail, logement, chronologie, journal) ou "
        "sur un demandeur de logement (candidatures CALEOL, cotation, courriers, journal).",
    )
    whom = person.add_mutually_exclusive_group(required=True)
    whom.add_argument("--household", type=id_arg, metavar="N", help="n° du dossier")
    whom.add_argument(
        "--applicant", metavar="NUMERO", help="numéro unique du demandeur (registre national)"
    )
    person.add_argument("--out", required=True, metavar="FICHIER.xlsx")


def _print(items, trail: int = 0) -> None:
    """The files and candidatures due, then the server's old trail lines (none off a
    server)."""
    if not items and not trail:
        print("Aucune donnée à purger.")
    files = [i for i in items if i.candidate_id is None]
    applications = [i for i in items if i.candidate_id is not None]
    for group, counted in (
        (files, retention.to_anonymise_counted),
        (applications, retention.applications_to_anonymise_counted),
    ):
        if group:
            print(f"{counted(len(group))} :")
        for i in group:
            name = f"n° {i.household_id:<8}" if i.candidate_id is None else f"{i.reference:<11}"
            print(f"  {name} {i.label:<40} {i.reason}")
            for path in i.documents:
                print(f"      courrier supprimé : {path}")
    if trail:
        print(f"{retention.trail_due_counted(trail)} (écritures enregistrées au journal d'audit).")


def run_preview(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, actor):
        _print(retention.preview(db, actor, args.on), retention.trail_due(db, actor, args.on))
    return 0


def run_purge(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, actor):
        items = retention.preview(db, actor, args.on)
        trail = retention.trail_due(db, actor, args.on)
        _print(items, trail)
        if not items and not trail:
            return 0
        if not purge_confirmed(args, "Anonymiser définitivement ces données ? (oui/non) "):
            return 1
        result = retention.purge(
            db,
            actor,
            args.on,
            only={i.household_id for i in items if i.household_id is not None},
            only_applications={i.candidate_id for i in items if i.candidate_id is not None},
        )
    on = format_date_fr(args.on) if args.on else "aujourd'hui"
    print(f"{', '.join(str(m) for m in retention.result_counted(result))} ({on}).")
    return 0


def run_export_person(args: argparse.Namespace) -> int:
    if args.applicant is not None:
        with signed_in(args) as (db, actor):
            path = applicant_export.export_applicant(db, actor, args.applicant, args.out)
        number = " ".join(args.applicant.split())
        print(f"Données du demandeur n° unique {number} exportées dans « {path} ».")
        return 0
    with signed_in(args) as (db, actor):
        path = person_export.export_person(db, actor, args.household, args.out)
    print(f"Données du dossier n° {args.household} exportées dans « {path} ».")
    return 0
