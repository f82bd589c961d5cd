"""``parcours campaign``: vigilance call campaigns (list, create, start, assign the
callers, figures, end, preview and purge of the call notes)."""

from __future__ import annotations

import argparse
import functools
import json

from desktop.commands._common import (
    add_action,
    add_group,
    add_record_action,
    agency_id,
    as_options,
    purge_confirmed,
    signed_in,
)
from desktop.commands.notice import parse_date_into
from desktop.domain.campaign import (
    DEFAULT_MIN_AGE,
    CampaignStatus,
    CampaignTerms,
    Figures,
    PurgeMode,
    counts,
    figures_to_json,
)
from desktop.domain.errors import ValidationError
from desktop.domain.formatting import format_date_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message, counted

# An action on one campaign, named by its number.
_campaign_action = functools.partial(add_record_action, record="campaign", what="n° de la campagne")


def register(subparsers) -> None:
    sub = add_group(
        subparsers,
        "campaign",
        "campaign_command",
        help="campagnes d'appels de vigilance (crise, canicule)",
        description="Campagnes d'appels des locataires âgés ou isolés : création sur une "
        "recherche enregistrée, lancement, attribution aux appelants, chiffres, clôture et "
        "purge des notes d'appel.",
    )

    lst = add_action(sub, "list", run_list, help="lister les campagnes")
    lst.add_argument("--status", metavar="STATUT", help="BROUILLON, EN_COURS, TERMINEE ou PURGEE")

    create = add_action(
        sub,
        "create",
        run_create,
        help="créer une campagne (brouillon)",
        description="Crée une campagne sur une recherche enregistrée de la liste des "
        "locataires ; les personnes à appeler sont déterminées au lancement (--launch ou "
        "« parcours campaign start »).",
    )
    create.add_argument("--name", required=True, metavar="NOM", help="nom de la campagne")
    create.add_argument(
        "--query",
        required=True,
        metavar="RECHERCHE",
        help="nom de la recherche enregistrée (ex. « Plus de 70 ans »)",
    )
    create.add_argument("--start", metavar="JJ/MM/AAAA", help="date de début (obligatoire)")
    create.add_argument("--end", metavar="JJ/MM/AAAA", help="fin prévue (obligatoire)")
    create.add_argument("--purpose", default="", metavar="TEXTE", help="objet de la campagne")
    create.add_argument("--agency", metavar="CODE", help="limiter à une agence")
    create.add_argument(
        "--min-age",
        type=int,
        default=DEFAULT_MIN_AGE,
        metavar="ANS",
        help=f"âge minimal (défaut {DEFAULT_MIN_AGE})",
    )
    create.add_argument("--isolated", action="store_true", help="ménages isolés seulement")
    create.add_argument(
        "--disabled", action="store_true", help="ménages avec une personne handicapée seulement"
    )
    create.add_argument(
        "--caller",
        action="append",
        default=[],
        metavar="IDENTIFIANT",
        help="compte appelant (option répétable)",
    )
    create.add_argument("--launch", action="store_true", help="lancer la campagne aussitôt")

    _campaign_action(
        sub,
        "start",
        run_start,
        help="lancer une campagne (détermine les personnes à appeler et les attribue)",
    )

    assign = _campaign_action(
        sub,
        "assign",
        run_assign,
        help="définir les appelants et leur répartir les fiches",
        description="Fixe la liste des appelants ; les fiches sans appelant (ou d'un "
        "appelant retiré) sont réparties équitablement, par agence quand c'est possible.",
    )
    assign.add_argument(
        "--caller",
        action="append",
        default=[],
        required=True,
        metavar="IDENTIFIANT",
        help="compte appelant (option répétable)",
    )
    assign.add_argument(
        "--rebalance",
        action="store_true",
        help="répartir aussi à nouveau les fiches pas encore appelées",
    )

    figures = _campaign_action(sub, "figures", run_figures, help="chiffres de la campagne")
    figures.add_argument("--agency", metavar="CODE", help="chiffres d'une agence")
    figures.add_argument("--json", action="store_true", help="sortie JSON")

    _campaign_action(sub, "end", run_end, help="terminer une campagne (plus d'appels)")

    _campaign_action(
        sub,
        "purge-preview",
        run_purge_preview,
        help="ce que la purge des notes d'une campagne terminée effacerait",
    )

    purge = _campaign_action(
        sub,
        "purge",
        run_purge,
        help="anonymiser (ou supprimer) les données d'une campagne terminée",
        description="Efface les notes, réponses, coordonnées et motifs d'orientation d'une "
        "campagne terminée ; les chiffres restent consultables. Irréversible.",
    )
    purge.add_argument(
        "--delete",
        action="store_true",
        help="supprimer les fiches, appels et orientations au lieu de les anonymiser",
    )
    purge.add_argument("--yes", action="store_true", help="ne pas demander de confirmation")


def _user_ids(db, usernames: list[str]) -> list[int]:
    from desktop.services import accounts

    return [accounts.find_user_id(db, name) for name in usernames]


def run_list(args: argparse.Namespace) -> int:
    from desktop.services import campaigns

    status = None
    if args.status:
        try:
            status = CampaignStatus.parse(args.status)
        except ValueError:
            raise ValidationError(
                {
                    "--status": Message(
                        QT_TRANSLATE_NOOP("messages", "Statut inconnu : « {value} »."),
                        {"value": args.status},
                    )
                }
            ) from None
    with signed_in(args) as (db, actor):
        rows = campaigns.list_campaigns(db, actor, status)
    for c in rows:
        agency = c.agency_name or "toutes agences"
        print(
            f"n° {c.id:<5} {c.name:<30.30} {c.status.label:<24} "
            f"{format_date_fr(c.start_on)} → {format_date_fr(c.planned_end_on)}  "
            f"{counts.targets_counted(c.target_count)!s:>12}  {agency}"
        )
    print(
        counted(
            len(rows),
            QT_TRANSLATE_NOOP("messages", "{n} campagne."),
            QT_TRANSLATE_NOOP("messages", "{n} campagnes."),
            QT_TRANSLATE_NOOP("messages", "Aucune campagne."),
        )
    )
    return 0


def run_create(args: argparse.Namespace) -> int:
    from desktop.services import campaigns

    errors: dict[str, Message] = {}
    start = parse_date_into(errors, args.start, "--start", required=True)
    end = parse_date_into(errors, args.end, "--end", required=True)
    if errors:
        raise ValidationError(errors)
    with signed_in(args) as (db, actor):
        terms = CampaignTerms(
            name=args.name,
            query_name=args.query,
            start_on=start,
            planned_end_on=end,
            purpose=args.purpose,
            agency_id=agency_id(db, args.agency),
            min_age=args.min_age,
            isolated_only=args.isolated,
            disability_only=args.disabled,
        )
        try:
            cid = campaigns.create_campaign(db, actor, terms, _user_ids(db, args.caller))
        except ValidationError as exc:  # name the fields as the command-line options
            names = {
                "name": "--name",
                "query_name": "--query",
                "start_on": "--start",
                "planned_end_on": "--end",
                "min_age": "--min-age",
                "callers": "--caller",
                "agency_id": "--agency",
                "purpose": "--purpose",
            }
            raise as_options(exc, names) from None
        print(f"Campagne n° {cid} « {' '.join(args.name.split())} » créée (brouillon).")
        if args.launch:
            _print_start(campaigns.start_campaign(db, actor, cid))
    return 0


def _print_start(result) -> None:
    without = counted(
        result.without_phone,
        QT_TRANSLATE_NOOP("messages", "{n} ménage écarté faute de numéro de téléphone valide"),
        QT_TRANSLATE_NOOP("messages", "{n} ménages écartés faute de numéro de téléphone valide"),
        QT_TRANSLATE_NOOP("messages", "aucun ménage écarté faute de numéro de téléphone valide"),
    )
    print(
        f"Campagne lancée : {counts.to_call_counted(result.targets)}, "
        f"{counts.assigned_counted(result.assigned)} ; {without}."
    )


def run_start(args: argparse.Namespace) -> int:
    from desktop.services import campaigns

    with signed_in(args) as (db, actor):
        _print_start(campaigns.start_campaign(db, actor, args.campaign))
    return 0


def run_assign(args: argparse.Namespace) -> int:
    from desktop.services import campaigns

    with signed_in(args) as (db, actor):
        result = campaigns.assign_callers(
            db, actor, args.campaign, _user_ids(db, args.caller), rebalance=args.rebalance
        )
        view = campaigns.get_campaign(db, actor, args.campaign)
    print(f"{counts.assigned_counted(result.assigned)}.")
    for caller in view.callers:
        if caller.active:
            print(
                f"  {caller.label:<30.30} {counts.to_handle_counted(caller.open_targets)!s:>22}, "
                f"{caller.targets} au total"
            )
    return 0


def _pct(value) -> str:
    return f"{value}".replace(".", ",") + " %"


def print_figures(f: Figures) -> None:
    t = f.total
    print(f"Personnes à appeler : {t.targets}")
    print(f"Appelées : {t.called} ({_pct(t.called_pct)})")
    print(f"Jointes (elles-mêmes, un proche ou un voisin) : {t.reached} ({_pct(t.reached_pct)})")
    print(f"Situations sécurisées : {t.secured} ({_pct(t.secured_pct)})")
    print(
        f"Injoignables après escalade : {t.unreachable} ; fiches closes : {t.closed} ; "
        f"besoin d'aide signalé : {t.need_help} ; liens renforcés : {t.reinforced}"
    )
    print(f"Tentatives : {t.attempts}")
    print()
    print("Escalade par étape (tentatives, jointes, en attente) :")
    for s in f.steps:
        print(f"  {s.step.label:<22} {s.attempts:>7} {s.reached:>7} {s.pending:>7}")
    print()
    print(f"Orientations : {f.referral_count}")
    for partner, by_status in f.referrals.items():
        detail = ", ".join(f"{s.label.lower()} {n}" for s, n in by_status.items())
        print(f"  {partner.label:<22} {sum(by_status.values()):>5}  ({detail})")
    for title, groups in (("Par appelant", f.by_caller), ("Par agence", f.by_agency)):
        print()
        print(f"{title} (fiches, appelées, jointes, sécurisées, % sécurisées) :")
        for g in groups:
            c = g.counts
            print(
                f"  {g.label:<34.34} {c.targets:>6} {c.called:>6} {c.reached:>6} "
                f"{c.secured:>6} {_pct(c.secured_pct):>9}"
            )
    if f.secured_by_week:
        print()
        print("Situations sécurisées par semaine (semaine du, sécurisées, cumul) :")
        for week, n, total in f.secured_by_week:
            print(f"  {format_date_fr(week)} {n:>7} {total:>7}")


def run_figures(args: argparse.Namespace) -> int:
    from desktop.services import campaigns

    with signed_in(args) as (db, actor):
        figures = campaigns.campaign_figures(
            db, actor, args.campaign, agency_id=agency_id(db, args.agency)
        )
    if args.json:
        print(json.dumps(figures_to_json(figures), ensure_ascii=False, indent=2))
    else:
        print_figures(figures)
    return 0


def run_end(args: argparse.Namespace) -> int:
    from desktop.services import campaigns

    with signed_in(args) as (db, actor):
        campaigns.end_campaign(db, actor, args.campaign)
    print(
        f"Campagne n° {args.campaign} terminée : ses notes d'appel sont à purger "
        f"(parcours campaign purge-preview {args.campaign})."
    )
    return 0


def _print_preview(p) -> None:
    print(f"Campagne n° {p.campaign_id} « {p.name} » ({p.status.label})")
    if p.ended_on:
        print(str(p.reason))
    print(
        f"  fiches d'appel : {p.targets} (dont {p.contacts} avec nom, téléphone ou lien au dossier)"
    )
    print(f"  appels : {p.calls} (dont {p.notes} avec une note, {p.answers} avec des réponses)")
    print(f"  orientations : {p.referrals} (dont {p.referral_texts} avec un motif ou une suite)")


def run_purge_preview(args: argparse.Namespace) -> int:
    from desktop.services import campaigns

    with signed_in(args) as (db, actor):
        _print_preview(campaigns.purge_preview(db, actor, args.campaign))
    return 0


def run_purge(args: argparse.Namespace) -> int:
    from desktop.services import campaigns

    mode = PurgeMode.DELETE if args.delete else PurgeMode.ANONYMISE
    with signed_in(args) as (db, actor):
        preview = campaigns.purge_preview(db, actor, args.campaign)
        _print_preview(preview)
        verb = "Supprimer" if args.delete else "Anonymiser"
        if not purge_confirmed(args, f"{verb} définitivement ces données ? (oui/non) "):
            return 1
        result = campaigns.purge_campaign_notes(db, actor, args.campaign, mode)
    done = "supprimées" if mode == PurgeMode.DELETE else "anonymisées"
    print(
        f"Données de la campagne n° {args.campaign} {done} : "
        f"{counts.targets_counted(result.targets)}, {counts.calls_counted(result.calls)} dont "
        f"{counts.notes_counted(result.notes)}, {counts.referrals_counted(result.referrals)}. "
        "Les chiffres restent consultables."
    )
    return 0
