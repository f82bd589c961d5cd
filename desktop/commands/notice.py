"""``parcours notice``: the tenant's notice (end date and its explanation)."""

from __future__ import annotations

import argparse
import json

import datetime as dt

from desktop.domain.errors import ValidationError
from desktop.domain.formatting import format_date_fr, parse_date_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.notice import ReducedNoticeGround, compute_notice_end, parse_ground


def register(subparsers) -> None:
    parser = subparsers.add_parser("notice", help="congé du locataire (préavis)")
    parser.set_defaults(func=lambda args: _usage(parser))
    sub = parser.add_subparsers(dest="notice_command", metavar="ACTION")

    end = sub.add_parser(
        "end-date",
        help="date de fin du préavis",
        description="Calcule la fin du préavis d'un congé reçu et explique le calcul.",
    )
    end.add_argument("--received", metavar="AAAA-MM-JJ", help="date de réception du congé (obligatoire)")
    end.add_argument(
        "--ground", metavar="MOTIF", default="",
        help="motif de préavis réduit : " + ", ".join(g.value for g in ReducedNoticeGround),
    )
    end.add_argument(
        "--proof", action=argparse.BooleanOptionalAction, default=False,
        help="justificatif du motif reçu (par défaut : non)",
    )
    end.add_argument("--departure", metavar="AAAA-MM-JJ", help="date de départ demandée par le locataire")
    end.add_argument("--json", action="store_true", help="sortie JSON")
    end.set_defaults(func=run_end_date)


def parse_date_arg(text: str | None, option: str, *, required: bool = False) -> dt.date | None:
    """The date given to ``option`` (AAAA-MM-JJ or JJ/MM/AAAA); French error otherwise.

    Shared with the other sub-commands (``desktop.commands.plan``).
    """
    if text is None or not text.strip():
        if required:
            raise ValidationError({option: Message(
                QT_TRANSLATE_NOOP("messages", "Cette option est obligatoire (date AAAA-MM-JJ)."))})
        return None
    try:
        return parse_date_fr(text)
    except ValueError:
        raise ValidationError({option: Message(
            QT_TRANSLATE_NOOP("messages", "Date invalide : « {value} » (attendu AAAA-MM-JJ)."),
            {"value": text},
        )}) from None


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def run_end_date(args: argparse.Namespace) -> int:
    received = parse_date_arg(args.received, "--received", required=True)
    departure = parse_date_arg(args.departure, "--departure")
    ground = parse_ground(args.ground)
    result = compute_notice_end(received, ground, args.proof, requested_departure=departure)
    if args.json:
        print(json.dumps({
            "received_on": result.received_on.isoformat(),
            "ground": result.ground.value,
            "ground_label": result.ground.label,
            "proof_received": result.proof_received,
            "applied_months": result.applied_months,
            "duration": result.duration_code,
            "end_date": result.end_date.isoformat(),
            "end_date_if_proof": result.end_date_if_proof.isoformat() if result.end_date_if_proof else None,
            "requested_departure": departure.isoformat() if departure else None,
            "rules_effective_from": result.rules.effective_from.isoformat(),
            "explanation": result.explanation(),
        }, ensure_ascii=False, indent=2))
        return 0
    print(f"Fin du préavis : {format_date_fr(result.end_date)} ({result.applied_months} mois)")
    if result.end_date_if_proof:
        print(f"Avec le justificatif : {format_date_fr(result.end_date_if_proof)}")
    print()
    print("Calcul :")
    for line in result.explanation():
        print(f"  - {line}")
    return 0
