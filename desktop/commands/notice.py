"""``parcours notice``: the tenant's notice (end date and its explanation)."""

from __future__ import annotations

import argparse
import datetime as dt
import json

from desktop.commands._common import (
    DATE_MAX,
    DATE_MIN,
    add_action,
    add_group,
    agency_id,
    as_options,
    signed_in,
)
from desktop.domain.errors import ValidationError
from desktop.domain.formatting import format_date_fr, parse_date_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message, counted
from desktop.domain.notice import ReducedNoticeGround, compute_notice_end, parse_ground


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
    end.add_argument(
        "--received", metavar="JJ/MM/AAAA", help="date de réception du congé (obligatoire)"
    )
    end.add_argument(
        "--ground",
        metavar="MOTIF",
        default="",
        help="motif de préavis réduit : " + ", ".join(g.value for g in ReducedNoticeGround),
    )
    end.add_argument(
        "--proof",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="justificatif du motif reçu (par défaut : non)",
    )
    end.add_argument(
        "--proof-received",
        metavar="JJ/MM/AAAA",
        help="date de réception du justificatif (vaut --proof)",
    )
    end.add_argument(
        "--departure", metavar="JJ/MM/AAAA", help="date de départ demandée par le locataire"
    )
    end.add_argument(
        "--zone-tendue",
        action="store_true",
        help="logement en zone tendue (préavis d'un mois sans justificatif)",
    )
    end.add_argument("--json", action="store_true", help="sortie JSON")

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
    try:
        value = parse_date_fr(text)
    except (ValueError, OverflowError):
        raise ValidationError(
            {
                option: Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Date invalide : « {value} » (attendu JJ/MM/AAAA, par exemple 23/11/2026).",
                    ),
                    {"value": text[:40]},
                )
            }
        ) from None
    if not DATE_MIN <= value <= DATE_MAX:
        raise ValidationError(
            {
                option: Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Date hors des limites acceptées : « {value} » (entre le 01/01/1900 et le "
                        "31/12/2199).",
                    ),
                    {"value": text[:40]},
                )
            }
        )
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
                        r.display_name,
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
