"""``parcours plan``: payment-deferral agreements (instalment schedules)."""

from __future__ import annotations

import argparse
import json
from decimal import Decimal
from pathlib import Path

from desktop.commands._common import (
    add_action,
    add_group,
    add_import_action,
    add_print_sides_option,
    add_record_action,
    agency_id,
    as_options,
    import_stops,
    print_duplex,
    print_line_report,
    signed_in,
)
from desktop.commands.notice import parse_date_into
from desktop.domain.errors import ValidationError
from desktop.domain.formatting import (
    AmountError,
    format_date_fr,
    format_money_fr,
    parse_amount_fr,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message, counted
from desktop.domain.plans import Contributor
from desktop.domain.schedule import build_schedule, instalments_counted, schedule_total


def register(subparsers) -> None:
    sub = add_group(subparsers, "plan", "plan_command", help="plans d'apurement et échéanciers")

    sched = add_action(
        sub,
        "schedule",
        run_schedule,
        help="calculer un échéancier",
        description="Répartit une dette en échéances mensuelles (la dernière absorbe l'arrondi).",
        db=False,
    )
    sched.add_argument(
        "--debt", metavar="MONTANT", help="montant de la dette, ex. « 1 234,56 » (obligatoire)"
    )
    sched.add_argument("--months", metavar="N", help="nombre d'échéances")
    sched.add_argument("--monthly", metavar="MONTANT", help="montant de chaque mensualité")
    sched.add_argument(
        "--start", metavar="JJ/MM/AAAA", help="date de la première échéance (obligatoire)"
    )
    sched.add_argument("--day", metavar="J", help="jour d'échéance dans le mois (1 à 31)")
    sched.add_argument("--json", action="store_true", help="sortie JSON (montants en chaînes)")

    imports = add_import_action(
        sub,
        "import-payments",
        run_import_payments,
        help="importer les règlements de l'export comptable",
        description="Importe les règlements (n° de contrat, date, montant, référence) d'un "
        "export comptable CSV (séparateur « ; », UTF-8 ou Windows-1252) ou Excel (.xlsx), les "
        "rattache au plan en cours de chaque contrat, puis met à jour les plans (défaillance, "
        "solde). Toutes les lignes valides sont importées en une fois ; sinon, rien. Une ligne "
        "dont la colonne « Versé par » nomme le FSL ou le CCAS est le versement de ce "
        "contributeur, imputé sur les seules échéances.",
    )
    imports.add_argument(
        "--payer-column",
        metavar="COLONNE",
        help="colonne qui nomme le payeur (FSL, CCAS), par ex. « Libellé » ; par défaut celle "
        "dont l'en-tête le dit (« Versé par », « Payeur », « Origine »…)",
    )

    pay = add_record_action(
        sub,
        "pay",
        run_pay,
        record="plan",
        what="numéro du plan",
        help="enregistrer un règlement sur un plan",
        description="Enregistre un règlement des locataires, ou le versement d'un contributeur "
        "nommé sur le plan (FSL, CCAS) avec --contributor : celui-ci est imputé sur les seules "
        "échéances, la plus ancienne restant due d'abord, jamais sur le loyer courant.",
    )
    pay.add_argument("--date", metavar="JJ/MM/AAAA", help="date du règlement (obligatoire)")
    pay.add_argument("--amount", metavar="MONTANT", help="montant, ex. « 697,70 » (obligatoire)")
    pay.add_argument("--reference", metavar="TEXTE", default="", help="référence (facultatif)")
    pay.add_argument(
        "--contributor",
        type=str.upper,
        choices=[c.value for c in Contributor],
        help="versement d'un contributeur nommé sur le plan (FSL ou CCAS)",
    )

    withdraw = add_record_action(
        sub,
        "withdraw-promise",
        run_withdraw_promise,
        record="plan",
        what="numéro du plan",
        help="enregistrer le retrait ou le refus de la promesse d'un contributeur",
        description="Enregistre que le contributeur (FSL, CCAS) nommé sur un plan signé a "
        "retiré ou refusé sa promesse : les échéances qu'il devait payer redeviennent dues "
        "par les locataires à partir de --owed-from (par défaut un mois après aujourd'hui, "
        "jamais avant aujourd'hui), jamais rétroactivement. Prévenez-les avant cette date.",
    )
    _contributor_option(withdraw, "le contributeur dont la promesse est retirée")
    withdraw.add_argument(
        "--date", metavar="JJ/MM/AAAA", help="date du retrait ou du refus (obligatoire)"
    )
    withdraw.add_argument("--reason", metavar="TEXTE", help="motif (obligatoire)")
    withdraw.add_argument(
        "--owed-from",
        metavar="JJ/MM/AAAA",
        help="date à partir de laquelle les locataires doivent ces échéances",
    )
    undo = add_record_action(
        sub,
        "undo-withdraw-promise",
        run_undo_withdraw_promise,
        record="plan",
        what="numéro du plan",
        help="annuler le retrait de la promesse d'un contributeur (saisi par erreur)",
        description="Annule le retrait de la promesse d'un contributeur (FSL, CCAS) : sa "
        "promesse vaut de nouveau, comme signée. Possible seulement tant que les "
        "locataires ne doivent pas encore ces échéances (jusqu'à la date --owed-from du "
        "retrait) : rien n'en dépend encore.",
    )
    _contributor_option(undo, "le contributeur dont le retrait est annulé")

    letter = add_record_action(
        sub,
        "letter",
        run_letter,
        record="plan",
        what="numéro du plan",
        help="produire un courrier du plan (relance, notification de défaillance…)",
        description="Produit un courrier du plan avec ses chiffres et l'enregistre au "
        "registre des documents ; une relance ou une notification de défaillance marque "
        "l'action de suivi correspondante comme faite. Avec --per-holder, chaque "
        "titulaire du bail reçoit son propre courrier, à son nom seul, qui nomme les "
        "autres titulaires tenus solidairement avec lui (relance et notification de "
        "défaillance ; par défaut pour un envoi recommandé à plusieurs titulaires).",
    )
    letter.add_argument(
        "--template",
        metavar="MODÈLE",
        help="modèle (obligatoire) : plan_proposition, protocole_accord, relance_echeance, "
        "notification_defaillance ou plan_retrait_contribution",
    )
    letter.add_argument("--pdf", action="store_true", help="produire aussi le PDF")
    letter.add_argument(
        "--per-holder",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="un courrier par titulaire du bail (--no-per-holder : un seul courrier à "
        "tous) ; sans l'option, un par titulaire pour une notification de défaillance "
        "(recommandée) à plusieurs titulaires",
    )
    add_print_sides_option(letter)

    arrears = add_action(
        sub,
        "arrears",
        run_arrears,
        help="liste des impayés (Excel)",
        description="Liste des locataires en impayé ou sous plan : dette, mois de dette, "
        "statut du plan, prochaine action ; les plans en cours sont d'abord actualisés.",
    )
    arrears.add_argument(
        "--out", metavar="FICHIER.xlsx", help="écrire la liste dans ce classeur Excel"
    )
    arrears.add_argument("--agency", metavar="CODE", help="code de l'agence")
    arrears.add_argument("--min-months", metavar="N", help="au moins N mois de dette (ex. 2)")


def _amount_arg(text: str | None, option: str, errors: dict) -> Decimal | None:
    if text is None:
        return None
    try:
        return parse_amount_fr(text)
    except AmountError as exc:
        errors[option] = exc.message
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
        errors["--months"] = Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "Indiquez soit --months (nombre d'échéances), soit --monthly (mensualité).",
            )
        )
    debt = _amount_arg(args.debt, "--debt", errors)
    monthly = _amount_arg(args.monthly, "--monthly", errors)
    months = _int_arg(args.months, "--months", errors)
    day = _int_arg(args.day, "--day", errors)
    start = parse_date_into(errors, args.start, "--start", required=True)
    if errors:
        raise ValidationError(errors)
    try:
        instalments = build_schedule(debt, start, months=months, monthly=monthly, day=day)
    except ValidationError as exc:  # name the fields as the command-line options
        raise ValidationError({f"--{key}": msg for key, msg in exc.fields.items()}) from None
    total = schedule_total(instalments)

    if args.json:
        print(
            json.dumps(
                {
                    "debt": str(debt),
                    "start": start.isoformat(),
                    "count": len(instalments),
                    "instalments": [
                        {
                            "number": i.number,
                            "due_date": i.due_date.isoformat(),
                            "amount": str(i.amount),
                        }
                        for i in instalments
                    ],
                    "total": str(total),
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0

    rows = [
        (str(i.number), format_date_fr(i.due_date), format_money_fr(i.amount)) for i in instalments
    ]
    headers = ("N°", "Échéance", "Montant")
    widths = [max(len(h), *(len(r[c]) for r in rows)) for c, h in enumerate(headers)]
    print(f"Échéancier : {format_money_fr(debt)} en {instalments_counted(len(instalments))}")
    print(f"{headers[0]:>{widths[0]}}  {headers[1]:<{widths[1]}}  {headers[2]:>{widths[2]}}")
    for number, due, amount in rows:
        print(f"{number:>{widths[0]}}  {due:<{widths[1]}}  {amount:>{widths[2]}}")
    print(f"Total : {format_money_fr(total)}")
    return 0


def run_import_payments(args: argparse.Namespace) -> int:
    from desktop.services import plans
    from desktop.services.plans.payments_import import PAYMENT_COLUMNS, ready_counted

    table = plans.read_payments(args.file)
    mapping = plans.propose_payment_mapping(table.headers)
    if args.payer_column:
        mapping = PAYMENT_COLUMNS.from_names(
            table.headers, {"payer": args.payer_column}, base=mapping
        )
    print("Correspondance des colonnes :")
    for f in plans.PAYMENT_FIELDS:
        index = mapping.get(f.key)
        source = "(non importé)" if index is None else f"« {table.headers[index]} »"
        print(f"  {f.label}{' *' if f.required else ''} <- {source}")
    print()
    plans.check_payment_mapping(table, mapping)
    with signed_in(args) as (db, actor):
        report = plans.dry_run_payments(db, actor, table, mapping)
        print_line_report(
            report,
            f"Montant des règlements valides : {format_money_fr(report.total_amount)}"
            if report.accepted
            else "",
            *_contribution_lines(report),
        )
        stop = import_stops(report, args.dry_run, ready_counted(report.accepted_count))
        if stop is not None:
            return stop
        result = plans.apply_payments(db, actor, report)
        print(" ".join(str(m) for m in result.summary(Path(args.file).name)))
        return 0


def _contribution_lines(report) -> list[str]:
    """The valid lines a contributor paid, named before they are imported."""
    if not report.contributions:
        return []
    from desktop.services import plans

    head = str(plans.contributions_counted(len(report.contributions)))
    lines = [f"{head[:1].upper()}{head[1:]} :"]
    for a in report.contributions:
        lines.append(
            f"  ligne {a.line} : {a.contributor.label}, {a.tenant_name}, "
            f"{format_money_fr(a.amount)}"
        )
        if a.warning is not None:
            lines.append(f"    attention : {a.warning}")
    return lines


def run_pay(args: argparse.Namespace) -> int:
    from desktop.services import plans

    errors: dict[str, Message] = {}
    paid_on = parse_date_into(errors, args.date, "--date", required=True)
    amount = _amount_arg(args.amount, "--amount", errors)
    if args.amount is None:
        errors["--amount"] = Message(QT_TRANSLATE_NOOP("messages", "Cette option est obligatoire."))
    if errors or paid_on is None or amount is None:
        raise ValidationError(errors)
    contributor = Contributor(args.contributor) if args.contributor else None
    with signed_in(args) as (db, actor):
        view = plans.get_plan(db, actor, args.plan)
        version = view.version
        warning = view.contribution_warning(contributor, amount) if contributor else None
        try:
            plans.record_payment(
                db,
                actor,
                args.plan,
                paid_on,
                amount,
                version,
                reference=args.reference,
                contributor=contributor,
            )
        except ValidationError as exc:
            options = {
                "paid_on": "--date",
                "amount": "--amount",
                "reference": "--reference",
                "contributor": "--contributor",
            }
            raise as_options(exc, options) from None
        ledger = plans.get_plan(db, actor, args.plan).ledger
    print(
        f"Règlement de {format_money_fr(amount)} enregistré. Imputé au plan : "
        f"{format_money_fr(ledger.paid_to_plan)} ; reste dû : {format_money_fr(ledger.remaining)}."
    )
    if warning is not None:
        print(f"Attention : {warning}")
    return 0


def run_letter(args: argparse.Namespace) -> int:
    from desktop.services import plan_letters

    if args.template is None:
        raise ValidationError(
            {"--template": Message(QT_TRANSLATE_NOOP("messages", "Cette option est obligatoire."))}
        )
    with signed_in(args) as (db, actor):
        per_holder = args.per_holder
        if per_holder is None:
            per_holder = plan_letters.per_holder_default(db, actor, args.plan, args.template)
        result = plan_letters.produce_plan_letter(
            db,
            actor,
            args.plan,
            args.template,
            pdf=args.pdf,
            per_holder=per_holder,
            duplex=print_duplex(args),
        )
    letters = result.documents if per_holder else [result]
    printed = result.print_pdf if per_holder else None
    for doc in letters:
        print(f"Courrier {doc.reference} enregistré : {doc.main_path}")
    if printed is not None:
        print(f"À imprimer (chaque courrier sur ses propres feuilles) : {printed}")
    return 0


def _contributor_option(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--contributor",
        type=str.upper,
        choices=[c.value for c in Contributor],
        help=f"{what} (FSL ou CCAS, obligatoire)",
    )


def _check_contributor(args: argparse.Namespace, errors: dict[str, Message]) -> None:
    if args.contributor is None:
        errors["--contributor"] = Message(
            QT_TRANSLATE_NOOP("messages", "Cette option est obligatoire.")
        )


def run_withdraw_promise(args: argparse.Namespace) -> int:
    from desktop.services import plans

    errors: dict[str, Message] = {}
    withdrawn_on = parse_date_into(errors, args.date, "--date", required=True)
    owed_from = parse_date_into(errors, args.owed_from, "--owed-from")
    _check_contributor(args, errors)
    if errors or withdrawn_on is None:
        raise ValidationError(errors)
    contributor = Contributor(args.contributor)
    with signed_in(args) as (db, actor):
        version = plans.get_plan(db, actor, args.plan).version
        try:
            plans.withdraw_contribution(
                db,
                actor,
                args.plan,
                contributor,
                withdrawn_on,
                args.reason or "",
                version,
                owed_from=owed_from,
            )
        except ValidationError as exc:
            options = {
                "contributor": "--contributor",
                "on": "--date",
                "owed_from": "--owed-from",
                "reason": "--reason",
            }
            raise as_options(exc, options) from None
        given = plans.get_plan(db, actor, args.plan).contributions
        c = next(c for c in given if c.contributor == contributor)
    print(
        f"Retrait de la promesse du {contributor.label} enregistré : "
        f"{format_money_fr(c.released)} dus par les locataires à partir du "
        f"{format_date_fr(c.withdrawal.owed_from)}. Prévenez-les avant cette date."
    )
    return 0


def run_arrears(args: argparse.Namespace) -> int:
    from desktop.services import plans

    errors: dict[str, Message] = {}
    min_months = _amount_arg(args.min_months, "--min-months", errors)
    if errors:
        raise ValidationError(errors)
    with signed_in(args) as (db, actor):
        if actor.can(plans.WRITE):
            plans.evaluate_plans(db, actor)
        rows = plans.arrears_list(
            db,
            actor,
            plans.ArrearsQuery(agency_id=agency_id(db, args.agency), min_months=min_months),
        )
        if args.out:
            path = plans.export_arrears(rows, args.out)
            print(f"{plans.exported_counted(len(rows))} dans « {path} ».")
            return 0
        for r in rows:
            months = "" if r.months is None else f"{r.months} mois"
            status = r.plan_status.label if r.plan_status else "sans plan"
            due = f" (le {format_date_fr(r.action.due_on)})" if r.action.due_on else ""
            print(
                f"{r.name:<32.32} {r.contract_number:<16} {format_money_fr(r.balance):>14} "
                f"{months:>9}  {status:<11} {r.action.text}{due}"
            )
        print(
            counted(
                len(rows),
                QT_TRANSLATE_NOOP("messages", "{n} dossier."),
                QT_TRANSLATE_NOOP("messages", "{n} dossiers."),
                QT_TRANSLATE_NOOP("messages", "Aucun dossier."),
            )
        )
        return 0


def run_undo_withdraw_promise(args: argparse.Namespace) -> int:
    from desktop.services import plans

    errors: dict[str, Message] = {}
    _check_contributor(args, errors)
    if errors:
        raise ValidationError(errors)
    contributor = Contributor(args.contributor)
    with signed_in(args) as (db, actor):
        version = plans.get_plan(db, actor, args.plan).version
        plans.cancel_withdrawal(db, actor, args.plan, contributor, version)
    print(
        f"Retrait de la promesse du {contributor.label} annulé : sa promesse vaut de "
        "nouveau, comme signée."
    )
    return 0
