"""``parcours import tenants FICHIER``: import a tenant list exported from the ERP."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop.commands._common import (
    add_group,
    add_import_action,
    import_stops,
    print_line_report,
    signed_in,
)
from desktop.domain.errors import UserError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.services import importer, tabular
from desktop.services.context import today

EXIT_OK = 0


def register(subparsers) -> None:
    kinds = add_group(
        subparsers,
        "import",
        "import_kind",
        metavar="TYPE",
        required=True,
        help="importer des données (liste de locataires de l'ERP)",
        description="Importer des données exportées d'un autre logiciel.",
    )
    tenants = add_import_action(
        kinds,
        "tenants",
        run_tenants,
        help="importer une liste de locataires (CSV ou Excel .xlsx)",
        description="Importer les dossiers locataires d'un export CSV (séparateur « ; », "
        "UTF-8 ou Windows-1252) ou Excel (.xlsx). Toutes les lignes valides sont "
        "importées en une seule fois ; en cas d'erreur, rien n'est importé.",
    )
    tenants.add_argument(
        "--mapping",
        metavar="FICHIER.json",
        help="correspondance des colonnes : objet JSON champ -> en-tête du fichier "
        "(null : non importé) ; complète la correspondance proposée",
    )
    tenants.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="CHAMP=VALEUR",
        dest="fixed",
        help="valeur fixe d'un champ que le fichier n'a pas, pour toutes les lignes "
        "(ex. --set agence=BXN --set type=T3) ; vérifiée comme une cellule",
    )


def _load_mapping_file(path: str) -> dict:
    try:
        with open(path, encoding="utf-8-sig") as f:
            names = json.load(f)
    except OSError as exc:
        raise UserError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "Impossible de lire le fichier de correspondance « {name} »."
                ),
                {"name": path},
            )
        ) from exc
    except ValueError as exc:
        raise UserError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "Le fichier de correspondance « {name} » n'est pas un JSON valide."
                ),
                {"name": path},
            )
        ) from exc
    if not isinstance(names, dict):
        raise UserError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Le fichier de correspondance doit contenir un objet {example}.",
                ),
                {"example": '{"champ": "en-tête"}'},
            )
        )
    return names


def _fixed_values(pairs: list[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise UserError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "--set : attendu CHAMP=VALEUR (ex. agence=BXN), reçu « {pair} ».",
                    ),
                    {"pair": pair[:60]},
                )
            )
        values[name.strip()] = value.strip()
    return values


def _print_mapping(table: tabular.Table, mapping: dict[str, int | None]) -> None:
    print("Correspondance des colonnes (* : obligatoire) :")
    width = max(len(f.label) for f in importer.TARGET_FIELDS) + 2
    for target in importer.TARGET_FIELDS:
        index = mapping.get(target.key)
        label = f"{target.label}{' *' if target.required else ''}"
        if index is None:
            source = "(non importé)"
        elif table.headers[index].endswith(importer.FIXED_SUFFIX):
            value = table.rows[0].cells[index] if table.rows else ""
            source = f"valeur fixe « {value} »"
        else:
            source = f"« {table.headers[index]} »"
        print(f"  {label:<{width}} <- {source}")
    print()


def run_tenants(args: argparse.Namespace) -> int:
    table = tabular.read_table(args.file)
    mapping = importer.propose_mapping(table.headers)
    if args.mapping:
        mapping = importer.mapping_from_names(
            table.headers, _load_mapping_file(args.mapping), mapping
        )
    table, mapping = importer.with_fixed_values(table, mapping, _fixed_values(args.fixed))
    _print_mapping(table, mapping)
    importer.check_mapping(table, mapping)  # UserError (exit 2) before opening the base
    with signed_in(args) as (db, actor):
        report = importer.dry_run(db, actor, table, mapping, today())
        print_line_report(report)
        stop = import_stops(report, args.dry_run, importer.ready_counted(report.accepted_count))
        if stop is not None:
            return stop
        count = importer.apply(db, actor, report)
        print(f"{importer.imported_counted(count)} depuis « {Path(args.file).name} ».")
        return EXIT_OK
