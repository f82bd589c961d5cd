"""``parcours plan``: payment-deferral agreements (instalment schedules)."""

from __future__ import annotations

import argparse
import json
from decimal import Decimal

from desktop.commands.notice import parse_date_arg
from desktop.domain.errors import ValidationError
from desktop.domain.formatting import format_date_fr, format_money_fr, parse_decimal_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.schedule import build_schedule, schedule_total


def register(subparsers) -> None:
    parser = subparsers.add_parser("plan", help="plans d'apurement et échéanciers")
    parser.set_defaults(func=lambda args: _usage(parser))
    sub = parser.add_subparsers(dest="plan_command", metavar="ACTION")

    sched = sub.add_parser(
        "schedule",
        help="calculer un échéancier",
        description="Répartit une dette en échéances mensuelles (la dernière absorbe l'arrondi).",
    )
    sched.add_argument("--debt", metavar="MONTANT", help="montant de la dette, ex. 1234.56 (obligatoire)")
    sched.add_argument("--months", metavar="N", help="nombre d'échéances")
    sched.add_argument("--monthly", metavar="MONTANT", help="montant de chaque mensualité")
    sched.add_argument("--start", metavar="AAAA-MM-JJ", help="date de la première échéance (obligatoire)")
    sched.add_argument("--day", metavar="J", help="jour d'échéance dans le mois (1 à 31)")
    sched.add_argument("--json", action="store_true", help="sortie JSON (montants en chaînes)")
    sched.set_defaults(func=run_schedule)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def _amount_arg(text: str | None, option: str, errors: dict) -> Decimal | None:
    if text is None:
        return None
    try:
        return parse_decimal_fr(text)
    except ValueError:
        errors[option] = Message(
            QT_TRANSLATE_NOOP("messages", "Montant invalide : « {value} »."), {"value": text}
        )
        return None


def _int_arg(text: str | None, option: str, errors: dict) -> int | None:
    if text is None:
        return None
    try:
        return int(text.strip())
    except ValueError:
        errors[option] = Message(
            QT_TRANSLATE_NOOP("messages", "Nombre entier attendu : « {value} »."), {"value": text}
        )
        return None


def run_schedule(args: argparse.Namespace) -> int:
    errors: dict[str, Message] = {}
    if args.debt is None:
        errors["--debt"] = Message(QT_TRANSLATE_NOOP("messages", "Cette option est obligatoire."))
    if (args.months is None) == (args.monthly is None):
        errors["--months"] = Message(QT_TRANSLATE_NOOP(
            "messages", "Indiquez soit --months (nombre d'échéances), soit --monthly (mensualité)."
        ))
    debt = _amount_arg(args.debt, "--debt", errors)
    monthly = _amount_arg(args.monthly, "--monthly", errors)
    months = _int_arg(args.months, "--months", errors)
    day = _int_arg(args.day, "--day", errors)
    try:
        start = parse_date_arg(args.start, "--start", required=True)
    except ValidationError as exc:
        errors.update(exc.fields)
    if errors:
        raise ValidationError(errors)
    try:
        instalments = build_schedule(debt, start, months=months, monthly=monthly, day=day)
    except ValidationError as exc:  # name the fields as the command-line options
        raise ValidationError({f"--{key}": msg for key, msg in exc.fields.items()}) from None
    total = schedule_total(instalments)

    if args.json:
        print(json.dumps({
            "debt": str(debt),
            "start": start.isoformat(),
            "count": len(instalments),
            "instalments": [
                {"number": i.number, "due_date": i.due_date.isoformat(), "amount": str(i.amount)}
                for i in instalments
            ],
            "total": str(total),
        }, ensure_ascii=False, indent=2))
        return 0

    rows = [(str(i.number), format_date_fr(i.due_date), format_money_fr(i.amount)) for i in instalments]
    headers = ("N°", "Échéance", "Montant")
    widths = [max(len(h), *(len(r[c]) for r in rows)) for c, h in enumerate(headers)]
    print(f"Échéancier : {format_money_fr(debt)} en {len(instalments)} échéance(s)")
    print(f"{headers[0]:>{widths[0]}}  {headers[1]:<{widths[1]}}  {headers[2]:>{widths[2]}}")
    for number, due, amount in rows:
        print(f"{number:>{widths[0]}}  {due:<{widths[1]}}  {amount:>{widths[2]}}")
    print(f"Total : {format_money_fr(total)}")
    return 0
