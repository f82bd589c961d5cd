"""``parcours notice``: the tenant's notice (end date and its explanation)."""

from __future__ import annotations

import argparse
import datetime as dt
import json

from desktop.commands._common import (
    add_action,
    add_group,
    add_record_action,
    agency_id,
    as_options,
    read_date,
    signed_in,
)
from desktop.domain.errors import ValidationError
from desktop.domain.formatting import format_date_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message, counted
from desktop.domain.notice import (
    DeliveryMode,
    ReducedNoticeGround,
    compute_notice_end,
    parse_ground,
)
from desktop.domain.notice_case import NoticeInput
from desktop.domain.notice_cotenants import CotenantBond, NoticeGiver, holder_named


def register(subparsers) -> None:
    sub = add_group(subparsers, "notice", "notice_command", help="congé du locataire (préavis)")

    end = add_action(
        sub,
        "end-date",
        run_end_date,
        help="date de fin du préavis",
        description="Calcule la fin du préavis d'un congé reçu et explique le calcul.",
        db=False,
    )
    _entry_options(end)
    end.add_argument(
        "--proof",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="justificatif du motif reçu (par défaut : non)",
    )
    end.add_argument(
        "--zone-tendue",
        action="store_true",
        help="logement en zone tendue (préavis d'un mois sans justificatif)",
    )
    end.add_argument("--json", action="store_true", help="sortie JSON")

    record = add_record_action(
        sub,
        "record",
        run_record,
        record="household",
        what="numéro du dossier locataire",
        help="enregistrer le congé d'un dossier",
        description="Enregistre le congé reçu sur un dossier et affiche la fin du préavis. "
        "Sans --given-by, le congé est donné par tous les titulaires du bail encore en place "
        "(ceux qui n'ont pas déjà donné congé) : le bail prend fin ; avec --given-by, par "
        "ceux-là seulement : le bail se poursuit avec les autres.",
    )
    _entry_options(record)
    record.add_argument(
        "--mode",
        choices=[m.value for m in DeliveryMode],
        default=DeliveryMode.LRAR.value,
        help="mode de remise (par défaut : LRAR)",
    )
    record.add_argument("--sent", metavar="JJ/MM/AAAA", help="date d'envoi")
    record.add_argument(
        "--presented", metavar="JJ/MM/AAAA", help="première présentation de la lettre recommandée"
    )
    record.add_argument(
        "--proof-document", default="", metavar="TEXTE", help="description du justificatif"
    )
    record.add_argument("--notes", default="", metavar="TEXTE", help="observations")
    record.add_argument(
        "--given-by",
        action="append",
        default=[],
        metavar="NOM",
        help="titulaire qui donne congé (prénom et nom, ou nom seul) ; à répéter pour "
        "plusieurs ; par défaut : tous les titulaires",
    )
    record.add_argument(
        "--bond",
        choices=list(_BONDS),
        help="lien entre les titulaires, obligatoire quand certains restent : "
        "colocation-solidaire, colocation-sans-solidarite, couple (époux ou PACS)",
    )

    listing = add_action(
        sub,
        "list",
        run_list,
        help="liste des congés (et export Excel)",
        description="Liste les congés enregistrés, filtrés comme la page « Congés », "
        "ou les exporte vers un classeur Excel.",
    )
    listing.add_argument("--agency", metavar="CODE", help="code de l'agence")
    listing.add_argument(
        "--status",
        choices=("en-cours", "retires", "termines", "tous"),
        default="en-cours",
        help="congés en cours (par défaut), retirés, terminés, ou tous",
    )
    listing.add_argument("--ending-this-month", action="store_true", help="départ au cours du mois")
    listing.add_argument("--proof-missing", action="store_true", help="justificatif manquant")
    listing.add_argument(
        "--deposit-overdue",
        action="store_true",
        help="dépôt de garantie non restitué après l'échéance",
    )
    listing.add_argument("--out", metavar="FICHIER.xlsx", help="exporter vers ce classeur Excel")


def _entry_options(parser: argparse.ArgumentParser) -> None:
    """The options of a notice's entry that computing its end and recording it share."""
    parser.add_argument(
        "--received", metavar="JJ/MM/AAAA", help="date de réception du congé (obligatoire)"
    )
    parser.add_argument(
        "--ground",
        metavar="MOTIF",
        default="",
        help="motif de préavis réduit : " + ", ".join(g.value for g in ReducedNoticeGround),
    )
    parser.add_argument(
        "--proof-received",
        metavar="JJ/MM/AAAA",
        help="date de réception du justificatif du motif (il est alors reçu)",
    )
    parser.add_argument(
        "--departure", metavar="JJ/MM/AAAA", help="date de départ demandée par le locataire"
    )


def parse_date_arg(text: str | None, option: str, *, required: bool = False) -> dt.date | None:
    """The date given to ``option`` (AAAA-MM-JJ or JJ/MM/AAAA); French error otherwise.

    Shared with the other sub-commands (``desktop.commands.plan``).
    """
    if text is None or not text.strip():
        if required:
            raise ValidationError(
                {
                    option: Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "Cette option est obligatoire (date JJ/MM/AAAA)."
                        )
                    )
                }
            )
        return None
    value, problem = read_date(text)
    if problem is not None:
        raise ValidationError({option: problem})
    return value


def parse_date_into(
    errors: dict[str, Message], text: str | None, option: str, *, required: bool = False
) -> dt.date | None:
    """``parse_date_arg``, its error added to ``errors`` (None then), so that a command
    reports every faulty option at once."""
    try:
        return parse_date_arg(text, option, required=required)
    except ValidationError as exc:
        errors.update(exc.fields)
        return None


def run_end_date(args: argparse.Namespace) -> int:
    received = parse_date_arg(args.received, "--received", required=True)
    departure = parse_date_arg(args.departure, "--departure")
    proof_on = parse_date_arg(args.proof_received, "--proof-received")
    try:
        result = compute_notice_end(
            received,
            parse_ground(args.ground),
            args.proof or proof_on is not None,
            requested_departure=departure,
            zone_tendue=args.zone_tendue,
        )
    except ValidationError as exc:
        raise as_options(
            exc, {"ground": "--ground", "requested_departure": "--departure"}
        ) from None
    if args.json:
        print(
            json.dumps(
                {
                    "received_on": result.received_on.isoformat(),
                    "ground": result.ground.value,
                    "ground_label": result.ground.label,
                    "proof_received": result.proof_received,
                    "proof_received_on": proof_on.isoformat() if proof_on else None,
                    "applied_months": result.applied_months,
                    "duration": result.duration_code,
                    "end_date": result.end_date.isoformat(),
                    "end_date_if_proof": result.end_date_if_proof.isoformat()
                    if result.end_date_if_proof
                    else None,
                    "requested_departure": departure.isoformat() if departure else None,
                    "rules_effective_from": result.rules.effective_from.isoformat(),
                    "explanation": result.explanation(),
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    print(f"Fin du préavis : {format_date_fr(result.end_date)} ({result.applied_months} mois)")
    if proof_on:
        print(f"Justificatif reçu le {format_date_fr(proof_on)}")
    if result.end_date_if_proof:
        print(f"Avec le justificatif : {format_date_fr(result.end_date_if_proof)}")
    print()
    print("Calcul :")
    for line in result.explanation():
        print(f"  - {line}")
    return 0


_BONDS = {
    "colocation-solidaire": CotenantBond.SOLIDARITY_CLAUSE,
    "colocation-sans-solidarite": CotenantBond.NO_SOLIDARITY,
    "couple": CotenantBond.COUPLE,
}


def _givers(names: list[str], holders: tuple[NoticeGiver, ...]) -> tuple[NoticeGiver, ...]:
    """The holders ``--given-by`` names; a French error naming the holders otherwise."""
    out = []
    for name in names:
        found = holder_named(name, holders)
        if found is None:
            raise ValidationError(
                {
                    "--given-by": Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "« {value} » ne désigne pas un titulaire du bail (titulaires : "
                            "{holders}).",
                        ),
                        {
                            "value": name[:40],
                            "holders": ", ".join(h.full_name for h in holders),
                        },
                    )
                }
            )
        out.append(found)
    return tuple(out)


def run_record(args: argparse.Namespace) -> int:
    from desktop.services import notices

    errors: dict[str, Message] = {}
    received = parse_date_into(errors, args.received, "--received", required=True)
    sent = parse_date_into(errors, args.sent, "--sent")
    presented = parse_date_into(errors, args.presented, "--presented")
    proof_on = parse_date_into(errors, args.proof_received, "--proof-received")
    departure = parse_date_into(errors, args.departure, "--departure")
    try:
        ground = parse_ground(args.ground)
    except ValidationError as exc:
        errors["--ground"] = exc.fields["ground"]
        ground = ReducedNoticeGround.AUCUN
    if errors:
        raise ValidationError(errors)
    with signed_in(args) as (db, actor):
        context = notices.notice_context(db, actor, args.household)
        # Those who left are named too: the service says they gave notice already.
        holders = context.holders + tuple(g for o in context.earlier for g in o.givers)
        data = NoticeInput(
            delivery_mode=DeliveryMode(args.mode),
            received_on=received,
            ground=ground,
            sent_on=sent,
            presented_on=presented,
            requested_departure=departure,
            proof_received_on=proof_on,
            proof_document=args.proof_document,
            notes=args.notes,
            given_by=_givers(args.given_by, holders),
            cotenant_bond=_BONDS.get(args.bond or "", CotenantBond.UNSPECIFIED),
        )
        try:
            nid = notices.record_notice(db, actor, args.household, data)
        except ValidationError as exc:
            raise as_options(exc, _RECORD_OPTIONS) from None
        v = notices.get_notice(db, actor, nid)
    print(f"Congé n° {nid} enregistré.")
    print(f"Fin du préavis : {format_date_fr(v.end_date)} ({v.applied_months} mois)")
    if v.data.given_by:
        names = ", ".join(g.full_name for g in v.data.given_by)
        print(f"Congé donné par : {names}")
    if v.partial:
        print(f"Le bail se poursuit avec : {', '.join(v.remaining)}")
    elif v.earlier:
        left = ", ".join(g.full_name for o in v.earlier for g in o.givers)
        print(f"Le bail prend fin : plus aucun titulaire ne reste (congé déjà donné par {left}).")
    return 0


_RECORD_OPTIONS = {
    "delivery_mode": "--mode",
    "received_on": "--received",
    "sent_on": "--sent",
    "presented_on": "--presented",
    "requested_departure": "--departure",
    "ground": "--ground",
    "proof_received_on": "--proof-received",
    "proof_document": "--proof-document",
    "notes": "--notes",
    "given_by": "--given-by",
    "cotenant_bond": "--bond",
}


_STATUS_CODES = {"en-cours": "EN_COURS", "retires": "RETIRE", "termines": "TERMINE", "tous": None}


def run_list(args: argparse.Namespace) -> int:
    from desktop.services import notices

    with signed_in(args) as (db, actor):
        query = notices.NoticeQuery(
            agency_id=agency_id(db, args.agency, "--agency"),
            status=_STATUS_CODES[args.status],
            ending_this_month=args.ending_this_month,
            proof_missing=args.proof_missing,
            deposit_overdue=args.deposit_overdue,
        )
        if args.out:
            count = notices.export_notices(db, actor, query, args.out)
            print(f"{notices.exported_counted(count)} vers {args.out}")
            return 0
        rows = notices.list_notices(db, actor, query)
        for r in rows:
            flags = []
            if r.proof_missing:
                flags.append("justificatif manquant")
            if r.deposit_warning.value:
                flags.append("dépôt " + notices.WARNING_LABELS[r.deposit_warning])
            print(
                " | ".join(
                    [
                        f"{r.display_name} (congé de {', '.join(r.given_by)})"
                        if r.given_by
                        else r.display_name,
                        r.contract_number,
                        r.agency_code,
                        r.status.label,
                        f"reçu le {format_date_fr(r.received_on)}",
                        f"fin le {format_date_fr(r.end_date)} ({r.applied_months} mois)",
                        f"départ le {format_date_fr(r.departure_on)}",
                        ", ".join(flags),
                    ]
                ).rstrip(" |")
            )
        print(
            counted(
                len(rows),
                QT_TRANSLATE_NOOP("messages", "{n} congé"),
                QT_TRANSLATE_NOOP("messages", "{n} congés"),
                QT_TRANSLATE_NOOP("messages", "Aucun congé"),
            )
        )
        return 0
