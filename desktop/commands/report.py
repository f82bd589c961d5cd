"""``parcours report``: reports for a period and an agency, as PDF or Excel."""

from __future__ import annotations

import argparse
import sys

from desktop.commands._common import add_action, as_options, signed_in
from desktop.commands.notice import parse_date_into
from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message


def register(subparsers) -> None:
    from desktop.services import reports

    names = reports.report_names()
    listing = "; ".join(f"{i.name} : {i.title}" for i in reports.report_infos())
    parser = add_action(
        subparsers,
        "report",
        run,
        help="rapports PDF ou Excel (impayés, congés, campagnes, CALEOL)",
        description="Écrit un rapport pour une période (bornes comprises) et une agence : "
        "PDF (page de garde, table des figures, graphiques) ou classeur Excel (un onglet "
        f"par tableau) selon l'extension du fichier. Rapports : {listing}.",
    )
    parser.add_argument("name", metavar="NOM", nargs="?", help=f"rapport : {', '.join(names)}")
    parser.add_argument(
        "--from",
        dest="date_from",
        metavar="DATE",
        help="début de la période (AAAA-MM-JJ ou JJ/MM/AAAA)",
    )
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="fin de la période")
    parser.add_argument("--agency", metavar="CODE", help="code de l'agence (toutes sinon)")
    parser.add_argument("--out", metavar="FICHIER.pdf|.xlsx", help="fichier à écrire")
    parser.add_argument("--list", action="store_true", help="lister les rapports disponibles")
    parser.add_argument("--quiet", action="store_true", help="ne pas afficher la progression")


def run(args: argparse.Namespace) -> int:
    from desktop.services import reports

    if args.list:
        for info in reports.report_infos():
            print(f"{info.name:<10} {info.title} — {info.description}")
        return 0
    errors: dict[str, Message] = {}
    if not args.name:
        errors["NOM"] = Message(
            QT_TRANSLATE_NOOP("messages", "Indiquez le rapport : {names}."),
            {"names": ", ".join(reports.report_names())},
        )
    date_from = parse_date_into(errors, args.date_from, "--from", required=True)
    date_to = parse_date_into(errors, args.date_to, "--to", required=True)
    if not args.out or not args.out.lower().endswith(reports.FORMATS):
        errors["--out"] = Message(
            QT_TRANSLATE_NOOP(
                "messages", "Indiquez le fichier à écrire, d'extension .pdf ou .xlsx."
            )
        )
    if errors:
        raise ValidationError(errors)
    try:
        reports.check_request(args.name, date_from, date_to)
    except ValidationError as exc:
        raise as_options(exc, {"name": "NOM", "date_from": "--from", "date_to": "--to"}) from None

    last = [-1]

    def progress(fraction: float, text: str) -> None:
        percent = int(fraction * 100)
        if not args.quiet and percent // 10 != last[0] // 10:
            last[0] = percent
            print(f"  {percent:3d} % {text}", file=sys.stderr)

    with signed_in(args) as (db, actor):
        try:
            path = reports.export_report(
                db, actor, args.name, date_from, date_to, args.agency, args.out, progress=progress
            )
        except ValidationError as exc:
            raise as_options(exc, {"agency": "--agency", "out_path": "--out"}) from None
        print(
            f"Rapport « {args.name} » du {date_from:%d/%m/%Y} au {date_to:%d/%m/%Y} écrit "
            f"dans « {path} »."
        )
        return 0
