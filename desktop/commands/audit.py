"""``parcours audit export --out FICHIER.xlsx``: the audit trail to Excel."""

from __future__ import annotations

import argparse

from desktop.commands._common import add_action, add_group, date_arg, id_arg, signed_in
from desktop.services import audit


def register(subparsers) -> None:
    actions = add_group(
        subparsers,
        "audit",
        "audit_action",
        required=True,
        help="journal d'audit (administrateurs, auditeurs)",
        description="Exporter le journal d'audit : qui a fait quoi, quand, avant/après.",
    )
    export = add_action(
        actions, "export", run_export, help="exporter le journal vers Excel (.xlsx)"
    )
    export.add_argument("--out", required=True, metavar="FICHIER.xlsx")
    export.add_argument("--since", type=date_arg, metavar="JJ/MM/AAAA", help="à partir du")
    export.add_argument("--until", type=date_arg, metavar="JJ/MM/AAAA", help="jusqu'au (inclus)")
    export.add_argument(
        "--actor", default="", metavar="UTILISATEUR", help="événements de cet utilisateur"
    )
    export.add_argument("--household", type=id_arg, metavar="N", help="événements de ce dossier")
    add_action(
        actions,
        "verify",
        run_verify,
        help="vérifier la chaîne de hachage du journal (événements modifiés, "
        "supprimés ou ajoutés hors de l'application)",
    )


def run_verify(args: argparse.Namespace) -> int:
    """Exit code 0 when the chain is intact and every write made outside the
    application on a server has been examined (audit page), 1 otherwise."""
    import sys

    with signed_in(args) as (db, actor):
        report = audit.verify_chain(db, actor)
        trail = audit.trail_report(db, actor)
    unaudited = trail.changes
    if unaudited:
        print(
            f"parcours : {audit.unaudited_counted(trail.total)} "
            "(sans événement d'audit dans leur transaction) :",
            *(
                # those an administrator marked as examined say so
                f"{audit.unaudited_line(c)} — {seen}"
                if (seen := trail.examined_words(c))
                else audit.unaudited_line(c)
                for c in unaudited
            ),
            sep="\n  ",
            file=sys.stderr,
        )
    if report.ok:
        print(report.describe())
        print(f"Empreinte de tête (à noter pour preuve) : {report.head_hash}")
        return 0 if trail.ok else 1  # 1 while a write outside it is not examined
    print(f"parcours : {report.describe()}", file=sys.stderr)
    return 1


def run_export(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, actor):
        query = audit.AuditQuery(
            since=args.since,
            until=args.until,
            actor=args.actor,
            entity="dossier" if args.household is not None else None,
            entity_id=args.household,
        )
        count = audit.export_events(db, actor, query, args.out)
    print(f"{audit.exported_counted(count)} dans « {args.out} ».")
    return 0
