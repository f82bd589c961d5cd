"""``parcours crise``: the local crisis protocols signed with the tenant associations
(write one, record who signed for each association and when, produce the registered
document), over the same services as the GUI (docs/domain.md#crisis-protocol)."""

from __future__ import annotations

import argparse
import functools

from desktop.commands._common import (
    add_action,
    add_group,
    add_record_action,
    field_values,
    signed_in,
)
from desktop.domain.errors import UserError
from desktop.domain.formatting import format_date_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message

# An action on one protocol, named by its number.
_protocol_action = functools.partial(
    add_record_action, record="protocol", what="numéro du protocole"
)


def register(subparsers) -> None:
    sub = add_group(
        subparsers,
        "crise",
        "crisis_command",
        help="protocoles locaux de crise signés avec les associations de locataires",
        description="Protocoles locaux de crise (par exemple la déclinaison de la charte du "
        "4 mai 2020) : texte, associations signataires, signatures, document enregistré.",
    )

    add_action(sub, "list", run_list, help="liste des protocoles")

    _protocol_action(sub, "show", run_show, help="un protocole : champs, signatures, documents")

    field_help = (
        "champ du protocole (répétable) : titre, cadre, associations (ex. « CLCV, CNL, "
        "CSF »), date_conseil, debut, fin (jj/mm/aaaa), echus_jusqu_au, duree_max, suivi, "
        "mesures (\\n pour un saut de ligne)"
    )
    create = add_action(sub, "create", run_create, help="enregistrer un nouveau protocole")
    create.add_argument(
        "--field", metavar="NOM=VALEUR", action="append", default=[], help=field_help
    )

    edit = _protocol_action(
        sub, "edit", run_edit, help="modifier un protocole (avant toute signature)"
    )
    edit.add_argument("--field", metavar="NOM=VALEUR", action="append", default=[], help=field_help)

    sign = _protocol_action(
        sub, "sign", run_sign, help="enregistrer la signature d'une association"
    )
    sign.add_argument("--association", metavar="NOM", required=True, help="ex. CLCV")
    sign.add_argument(
        "--signatory", metavar="NOM", required=True, help="nom de la personne qui a signé"
    )
    sign.add_argument("--role", metavar="QUALITÉ", default="", help="qualité du signataire")
    sign.add_argument("--date", metavar="JJ/MM/AAAA", required=True, help="date de signature")

    document = _protocol_action(
        sub,
        "document",
        run_document,
        help="produire le document (PDF) et l'enregistrer au registre des documents",
    )
    document.add_argument("--no-pdf", action="store_true", help="document Word (DOCX) seulement")


def _fields(values: list[str]) -> dict[str, str]:
    """The ``--field NOM=VALEUR`` values, ``\\n`` standing for a line break."""
    return {name: value.replace("\\n", "\n") for name, value in field_values(values).items()}


def _print(view) -> None:
    from desktop.services.crisis_protocols import signatures_counted

    print(f"Protocole n° {view.id} : {view.title} (version {view.version})")
    for name, value in view.fields.items():
        if value and name not in ("titre", "mesures"):
            print(f"  {name} : {value}")
    print("Signatures :")
    for a in view.associations:
        if a.signed:
            role = f", {a.signatory_role}" if a.signatory_role else ""
            print(f"  - {a.name} : {a.signatory}{role}, le {format_date_fr(a.signed_on)}")
        else:
            print(f"  - {a.name} : pas encore signé")
    for d in view.documents:
        print(f"Document {d.reference} ({signatures_counted(d.signatures)}) : {d.main_path}")


def run_list(args: argparse.Namespace) -> int:
    from desktop.services import crisis_protocols as cp

    with signed_in(args) as (db, actor):
        rows = cp.list_protocols(db, actor)
    if not rows:
        print("Aucun protocole de crise.")
    for r in rows:
        print(f"{r.id}\t{r.title}\t{r.period}\tsignatures : {r.signed}/{r.associations}")
    return 0


def run_show(args: argparse.Namespace) -> int:
    from desktop.services import crisis_protocols as cp

    with signed_in(args) as (db, actor):
        _print(cp.get_protocol(db, actor, args.protocol))
    return 0


def run_create(args: argparse.Namespace) -> int:
    from desktop.services import crisis_protocols as cp

    fields = _fields(args.field)
    with signed_in(args) as (db, actor):
        view = cp.create_protocol(db, actor, fields)
    print(f"Protocole n° {view.id} enregistré.")
    _print(view)
    return 0


def run_edit(args: argparse.Namespace) -> int:
    from desktop.services import crisis_protocols as cp

    changes = _fields(args.field)
    with signed_in(args) as (db, actor):
        view = cp.get_protocol(db, actor, args.protocol)
        view = cp.update_protocol(
            db, actor, args.protocol, {**view.fields, **changes}, view.version
        )
    print(f"Protocole n° {view.id} modifié.")
    _print(view)
    return 0


def run_sign(args: argparse.Namespace) -> int:
    from desktop.services import crisis_protocols as cp

    with signed_in(args) as (db, actor):
        view = cp.get_protocol(db, actor, args.protocol)
        wanted = args.association.strip().casefold()
        association = next((a for a in view.associations if a.name.casefold() == wanted), None)
        if association is None:
            raise UserError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "« {name} » n'est pas signataire de ce protocole (associations : {names}).",
                    ),
                    {
                        "name": args.association,
                        "names": ", ".join(a.name for a in view.associations),
                    },
                )
            )
        view = cp.record_signature(
            db,
            actor,
            args.protocol,
            association.id,
            args.signatory,
            args.date,
            view.version,
            signatory_role=args.role,
        )
    print(f"Signature de l'association {association.name} enregistrée.")
    _print(view)
    return 0


def run_document(args: argparse.Namespace) -> int:
    import sys

    from desktop.services import crisis_protocols as cp

    with signed_in(args) as (db, actor):
        made = cp.produce_document(db, actor, args.protocol, pdf=not args.no_pdf)
    print(f"Document {made.reference} enregistré : {made.main_path}")
    if made.notice is not None:
        print(f"parcours : {made.notice.render()}", file=sys.stderr)
    return 0
