"""``parcours caleol``: CALEOL sessions, the remote vote import, the occupation-review
queue.

Each sub-command has its own ``_register_…(sub)`` function listed in ``SUBCOMMANDS``;
to add one (``parcours caleol minutes SESSION --out FILE.pdf``), write its register
function in this module and append it to ``SUBCOMMANDS``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from desktop.commands._common import (
    add_action,
    add_group,
    add_import_action,
    add_print_sides_option,
    as_options,
    print_duplex,
    signed_in,
)
from desktop.commands.notice import parse_date_arg
from desktop.domain.formatting import (
    format_date_fr,
    format_datetime_fr,
    format_decimal_fr,
    format_money_fr,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message, counted


def register(subparsers) -> None:
    sub = add_group(
        subparsers,
        "caleol",
        "caleol_command",
        help="commission d'attribution (CALEOL) : séances, votes, examen de l'occupation",
    )
    for register_one in SUBCOMMANDS:
        register_one(sub)


def _session_action(sub, name: str, func, **options):
    """An action on one session, named by the first argument (``SEANCE``)."""
    p = add_action(sub, name, func, **options)
    p.add_argument("session", metavar="SEANCE", help="numéro de la séance (ex. 2026-11) ou #id")
    return p


def _candidate_action(sub, name: str, func, **options):
    """An action on one candidate, named by the first argument (``CANDIDAT``)."""
    p = add_action(sub, name, func, **options)
    p.add_argument(
        "candidate", metavar="CANDIDAT", help="numéro unique de la demande, ou #id du candidat"
    )
    return p


# --------------------------------------------------------------------------- sessions


def _register_sessions(sub) -> None:
    p = add_action(
        sub,
        "sessions",
        run_sessions,
        help="lister les séances",
        description="Liste les séances de CALEOL, les plus récentes d'abord.",
    )
    p.add_argument("--since", metavar="JJ/MM/AAAA", help="séances à partir de cette date")


def run_sessions(args: argparse.Namespace) -> int:
    from desktop.services import caleol

    since = parse_date_arg(args.since, "--since")
    with signed_in(args) as (db, actor):
        rows = caleol.list_sessions(db, actor, since=since)
    if not rows:
        print("Aucune séance.")
        return 0
    print(
        f"{'Id':>4}  {'N°':<10} {'Date':<10}  {'Mode':<42} {'État':<16} Logements  "
        "Candidats  Décisions  Commission"
    )
    for r in rows:
        state = r.status.label + (" (verrouillée)" if r.locked else "")
        print(
            f"{r.id:>4}  {r.number:<10} {format_date_fr(r.session_date):<10}  "
            f"{r.mode.label:<42} {state:<16} {r.items:>9}  {r.candidates:>9}  "
            f"{r.decided:>9}  {r.commission_name}"
        )
    return 0


# --------------------------------------------------------------------------- show


def _register_show(sub) -> None:
    _session_action(
        sub,
        "show",
        run_show,
        help="afficher une séance",
        description="Affiche une séance : présences, pouvoirs, quorum, ordre "
        "du jour, candidats, votes et décisions.",
    )


def _percent(value) -> str:
    return "" if value is None else f"{format_decimal_fr(value)} %"


def print_session(v) -> None:
    """A session view as text (French)."""
    from desktop.domain.minutes import tally_text

    c = v.commission
    state = v.status.label + (" — verrouillée par le procès-verbal signé" if v.locked else "")
    time = f" à {v.start_time.strftime('%H:%M')}" if v.start_time else ""
    print(f"{c.name} — séance n° {v.number} du {format_date_fr(v.session_date)}{time}")
    print(f"{v.mode.label} ; lieu : {v.place or '—'} ; état : {state}")
    if v.technical_means:
        print(f"Moyens techniques : {v.technical_means}")
    if v.vote_opens_at or v.vote_closes_at:
        print(
            f"Vote ouvert du {format_datetime_fr(v.vote_opens_at)} au "
            f"{format_datetime_fr(v.vote_closes_at)}"
        )
    print()
    print("Membres :")
    for a in v.attendances:
        mode = a.mode.label
        if a.connected_at and a.mode.value == "DISTANCE":
            mode += f" (connecté le {format_datetime_fr(a.connected_at)})"
        holder = next((p.holder_name for p in v.proxies if p.giver_id == a.member_id), None)
        if holder:
            mode += f", pouvoir à {holder}"
        voice = "" if a.voting else " [voix consultative]"
        print(f"  - {a.member_name} ({a.role.label}){voice} : {mode}")
    print()
    print("Quorum : " + ("atteint" if v.quorum.reached else "NON atteint"))
    for e in v.quorum.explanations:
        print(f"  {e}")
    for item in v.items:
        print()
        if item.kind.value == "EXAMEN_OCCUPATION":
            print(
                f"{item.position}. Examen de l'occupation — {item.household_name} "
                f"({item.address}, {item.commune})"
            )
            print(f"   Motif : {item.ground.label if item.ground else '—'}")
            if item.finding:
                print(f"   Constat : {item.finding}")
                print(f"   Logement adapté : {item.suitable_dwelling or '—'}")
                if item.advice:
                    print(f"   Avis : {item.advice}")
            continue
        details = ", ".join(
            x
            for x in (
                item.dwelling_type,
                f"{format_decimal_fr(item.surface)} m²" if item.surface is not None else "",
                item.funding,
                item.contingent,
            )
            if x
        )
        print(
            f"{item.position}. {item.reference} — {item.address}, {item.postcode} "
            f"{item.commune} ({details})"
        )
        if item.rent is not None:
            print(f"   Loyer {format_money_fr(item.rent)}, charges {format_money_fr(item.charges)}")
        if item.fewer_candidates_reason:
            print(f"   Moins de 3 candidats : {item.fewer_candidates_reason.label}")
        for w in item.warnings:
            print(f"   ! {w}")
        for cand in item.candidates:
            print(
                f"   {cand.position}) {cand.full_name} — n° unique {cand.numero_unique} — "
                f"{cand.household_composition or '—'}"
            )
            money = ", ".join(
                x
                for x in (
                    f"ressources {format_money_fr(cand.monthly_resources)}"
                    if cand.monthly_resources is not None
                    else "",
                    f"taux d'effort {_percent(cand.effort_rate)}" if cand.effort_rate else "",
                    f"reste à vivre/UC {format_money_fr(cand.remaining_income_per_unit)}"
                    if cand.remaining_income_per_unit is not None
                    else "",
                )
                if x
            )
            if money:
                print(f"      {money}")
            if cand.priority_criteria:
                print("      Priorité : " + "; ".join(p.label for p in cand.priority_criteria))
            if cand.tally is not None:
                t = cand.tally
                print(
                    f"      Vote : {tally_text(t.pour, t.contre, t.abstention)} — {t.outcome.label}"
                )
                for e in t.explanations:
                    print(f"        {e}")
            if cand.decision is not None:
                text = cand.decision.label
                if cand.rank:
                    text += f" (rang {cand.rank})"
                if cand.condition_document:
                    text += (
                        f" — pièce : {cand.condition_document}, avant le "
                        f"{format_date_fr(cand.condition_deadline)}"
                    )
                if cand.reason:
                    text += f" — motif : {cand.reason}"
                print(f"      Décision : {text}")
            for w in cand.warnings:
                print(f"      ! {w}")
    if v.warnings:
        print()
        print("Points d'attention :")
        for w in v.warnings:
            print(f"  - {w}")


def run_show(args: argparse.Namespace) -> int:
    from desktop.services import caleol

    with signed_in(args) as (db, actor):
        view = caleol.get_session(db, actor, caleol.find_session(db, actor, args.session))
    print_session(view)
    return 0


# --------------------------------------------------------------------------- import-votes


def _register_import_votes(sub) -> None:
    p = add_import_action(
        sub,
        "import-votes",
        run_import_votes,
        help="importer les votes de l'outil de vote à distance",
        description="Importe l'export de l'outil de vote à distance (CSV « ; » ou « , », "
        "UTF-8 avec ou sans BOM, ou Excel .xlsx) : membre (nom ou courriel), référence du "
        "logement, numéro unique, vote (POUR, CONTRE, ABSTENTION), horodatage. Chaque ligne "
        "est contrôlée (quorum, voix délibérative, commune du maire, conflit d'intérêts, "
        "fenêtre de vote) ; à la moindre erreur, rien n'est importé.",
    )
    p.add_argument(
        "--session",
        required=True,
        metavar="SEANCE",
        help="numéro de la séance (ex. 2026-11) ou #id",
    )


def _print_vote_report(report) -> None:
    print(
        f"Fichier : {report.source} ; lignes lues : {report.lines} ; votes valides : "
        f"{len(report.accepted)} ; erreurs : {len(report.errors)}"
    )
    if report.errors:
        print("Erreurs :")
        for line in report.error_lines():
            print(f"  {line}")


def run_import_votes(args: argparse.Namespace) -> int:
    from desktop.services import caleol
    from desktop.services.caleol.vote_import import imported_counted

    with signed_in(args) as (db, actor):
        session_id = caleol.find_session(db, actor, args.session)
        try:
            report = caleol.import_votes(db, actor, session_id, args.file, dry_run=args.dry_run)
        except caleol.VoteImportError as exc:
            _print_vote_report(exc.report)
            print(f"parcours : {exc.message}", file=sys.stderr)
            return 2
    _print_vote_report(report)
    if report.errors:
        print(
            "Vérification seule : le fichier comporte des erreurs, rien ne serait importé.",
            file=sys.stderr,
        )
        return 2
    if report.dry_run:
        print(
            counted(
                len(report.accepted),
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Vérification seule, rien n'a été importé ({n} vote prêt à importer).",
                ),
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Vérification seule, rien n'a été importé ({n} votes prêts à importer).",
                ),
            )
        )
    else:
        print(
            Message(
                QT_TRANSLATE_NOOP("messages", "{votes} depuis « {name} »."),
                {
                    "votes": imported_counted(report.imported),
                    "name": Path(args.file).name,
                },
            )
        )
    return 0


# --------------------------------------------------------------------------- occupation-due


def _register_occupation_due(sub) -> None:
    p = add_action(
        sub,
        "occupation-due",
        run_occupation_due,
        help="locataires à présenter pour l'examen de l'occupation",
        description="Locataires en zone tendue dont l'anniversaire triennal du bail est "
        "échu ou proche, sans examen depuis, et relevant d'un motif de l'article L442-5-2 "
        "calculable depuis le dossier (sous-occupation, sur-occupation…).",
    )
    p.add_argument("--on", metavar="JJ/MM/AAAA", help="date de référence (défaut : aujourd'hui)")
    p.add_argument("--agency", metavar="CODE", help="code de l'agence")
    p.add_argument(
        "--ahead",
        metavar="JOURS",
        type=int,
        default=90,
        help="anniversaires à venir dans ce nombre de jours (défaut : 90)",
    )


def run_occupation_due(args: argparse.Namespace) -> int:
    from desktop.domain.caleol import occupants_counted
    from desktop.services import caleol

    on = parse_date_arg(args.on, "--on")
    with signed_in(args) as (db, actor):
        rows = caleol.occupation_review_due(
            db, actor, on=on, agency=args.agency, ahead_days=args.ahead
        )
    print(
        counted(
            len(rows),
            QT_TRANSLATE_NOOP(
                "messages", "{n} locataire à présenter à la CALEOL pour l'examen de l'occupation."
            ),
            QT_TRANSLATE_NOOP(
                "messages",
                "{n} locataires à présenter à la CALEOL pour l'examen de l'occupation.",
            ),
            QT_TRANSLATE_NOOP(
                "messages", "Aucun locataire à présenter à la CALEOL pour l'examen de l'occupation."
            ),
        )
    )
    for r in rows:
        grounds = "; ".join(g.label for g in r.grounds)
        occupants = occupants_counted(r.occupants)
        print(f"  - {r.display_name} ({r.contract_number}, {r.agency_code}) — {r.address}")
        print(
            f"    bail du {format_date_fr(r.lease_start)}, échéance triennale le "
            f"{format_date_fr(r.anniversary)} ; {r.dwelling_type}, {occupants} : {grounds}"
        )
        for e in r.explanations:
            print(f"      {e}")
    return 0


# --------------------------------------------------------------------------- minutes


def _register_minutes(sub) -> None:
    p = _session_action(
        sub,
        "minutes",
        run_minutes,
        help="procès-verbal d'une séance (PDF/A ou DOCX)",
        description="Écrit le procès-verbal de la séance : le PDF signé s'il existe, sinon "
        "la dernière version (marquée « PROJET — version N »), sinon un aperçu tiré des "
        "données de la séance. Avec --extract, l'extrait communicable à un demandeur "
        "(données des autres candidats masquées ; procès-verbal approuvé ou signé).",
    )
    p.add_argument(
        "--out",
        metavar="FICHIER.pdf|FICHIER.docx",
        required=True,
        help="fichier à écrire (.pdf ou .docx)",
    )
    p.add_argument(
        "--extract", metavar="NUMERO_UNIQUE", help="extrait pour le demandeur de ce numéro unique"
    )


def run_minutes(args: argparse.Namespace) -> int:
    from desktop.services import caleol
    from desktop.services.caleol import minutes as caleol_minutes

    with signed_in(args) as (db, actor):
        session_id = caleol.find_session(db, actor, args.session)
        path = caleol_minutes.export_minutes(db, actor, session_id, args.out, extract=args.extract)
    what = "Extrait du procès-verbal" if args.extract else "Procès-verbal"
    print(f"{what} écrit : {path}")
    return 0


# --------------------------------------------------------------------------- letters


def _register_letters(sub) -> None:
    p = _session_action(
        sub,
        "letters",
        run_letters,
        help="produire les lettres de notification des décisions",
        description="Produit la lettre de chaque candidat de la séance selon sa décision "
        "(proposition de logement, attribution en rang, refus ou irrecevabilité, "
        "attribution sous condition suspensive), les enregistre au registre des courriers, "
        "les copie dans le dossier indiqué et note la date de notification et, pour une "
        "proposition, la date limite de réponse (R441-10). Rien n'est produit si une "
        "décision manque.",
    )
    p.add_argument(
        "--notified",
        required=True,
        metavar="JJ/MM/AAAA",
        help="date de notification (point de départ du délai de réponse)",
    )
    p.add_argument("--out", required=True, metavar="DOSSIER", help="dossier où copier les lettres")
    p.add_argument(
        "--pdf",
        action="store_true",
        help="convertir aussi en PDF (LibreOffice) et assembler un PDF à imprimer",
    )
    add_print_sides_option(p)
    p.add_argument(
        "--days",
        type=int,
        metavar="JOURS",
        help="délai de réponse à une proposition, 10 jours au moins (défaut : "
        "celui de la commission)",
    )
    p.add_argument(
        "--alsace-moselle",
        action="store_true",
        help="compter les jours fériés d'Alsace-Moselle pour la date limite de réponse",
    )
    p.add_argument(
        "--candidate",
        action="append",
        metavar="CANDIDAT",
        dest="candidates",
        help="seulement ce candidat (numéro unique de la demande, ou #id du "
        "candidat) ; option répétable",
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="afficher seulement la lettre prévue pour chaque candidat",
    )


def _session_candidates(planned, keys: list[str] | None, number: str) -> list[int] | None:
    """The ids of the session's candidates named by ``--candidate`` (numéro unique or
    #id), in the order given; None: every candidate."""
    from desktop.domain.errors import UserError, ValidationError

    if not keys:
        return None
    ids: list[int] = []
    for key in keys:
        text = "".join(key.split())
        found = [p.candidate_id for p in planned if p.numero_unique == text]
        if not found and text.startswith("#"):
            found = [p.candidate_id for p in planned if str(p.candidate_id) == text[1:]]
        if len(found) > 1:
            raise UserError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Le numéro unique {numero} désigne plusieurs candidatures de la "
                        "séance : indiquez l'identifiant du candidat ({ids}).",
                    ),
                    {"numero": text, "ids": ", ".join(f"#{i}" for i in found)},
                )
            )
        if not found:
            raise ValidationError(
                {
                    "--candidate": Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "« {key} » n'est pas un candidat de la séance {number} (numéro "
                            "unique de la demande, ou #id du candidat).",
                        ),
                        {"key": key, "number": number},
                    )
                }
            )
        ids += [i for i in found if i not in ids]
    return ids


def run_letters(args: argparse.Namespace) -> int:
    from desktop.domain.errors import ValidationError
    from desktop.services import caleol
    from desktop.services.caleol import letters as caleol_letters

    notified = parse_date_arg(args.notified, "--notified", required=True)
    with signed_in(args) as (db, actor):
        session_id = caleol.find_session(db, actor, args.session)
        planned = caleol_letters.letters_for_session(db, actor, session_id)
        candidate_ids = _session_candidates(planned, args.candidates, args.session)
        if candidate_ids is not None:
            planned = sorted(
                (p for p in planned if p.candidate_id in candidate_ids),
                key=lambda p: candidate_ids.index(p.candidate_id),
            )
        if args.dry_run:
            for p in planned:
                letter = p.label or "aucune lettre"
                print(
                    f"  - {p.candidate_name} ({p.numero_unique}, {p.dwelling_reference}) : {letter}"
                )
                for problem in p.problems:
                    print(f"      ! {problem}")
            return 2 if any(p.problems for p in planned) else 0
        try:
            result = _generate_letters(db, actor, session_id, notified, args, candidate_ids)
        except ValidationError as exc:  # name the fields as the command-line options
            raise as_options(exc, LETTER_OPTIONS) from None
    _print_letters(result)
    return 0


def _generate_letters(db, actor, session_id: int, notified, args, candidate_ids):
    """The decision letters of ``candidate_ids`` (None: every candidate), with the
    options of the command line (--out, --pdf, --days, --alsace-moselle)."""
    from desktop.services.caleol import letters as caleol_letters

    return caleol_letters.generate_decision_letters(
        db,
        actor,
        session_id,
        notified,
        args.out,
        pdf=args.pdf,
        offer_days=args.days,
        alsace_moselle=args.alsace_moselle,
        candidate_ids=candidate_ids,
        duplex=print_duplex(args),
    )


# The letters' fields named as the command-line options.
LETTER_OPTIONS = {"notified_on": "--notified", "offer_days": "--days"}


def _print_letters(result) -> None:
    from desktop.services.caleol import letters as caleol_letters

    print(
        counted(
            len(result.letters),
            QT_TRANSLATE_NOOP(
                "messages",
                "{n} lettre produite pour la séance {session}, notifiée le {date}, dans "
                "« {folder} » :",
            ),
            QT_TRANSLATE_NOOP(
                "messages",
                "{n} lettres produites pour la séance {session}, notifiées le {date}, dans "
                "« {folder} » :",
            ),
            session=result.session_number,
            date=format_date_fr(result.notified_on),
            folder=result.out_dir,
        )
    )
    for letter in result.letters:
        deadline = (
            f" ; réponse au plus tard le {format_date_fr(letter.offer_deadline)}"
            if letter.offer_deadline
            else " ; recommandée : le délai de réponse court de sa réception (date de "
            "présentation à enregistrer : parcours caleol present)"
            if letter.registered_offer
            else ""
        )
        print(
            f"  - {letter.reference} {letter.candidate_name} : "
            f"{caleol_letters.LETTER_LABELS[letter.template_name]}{deadline}"
        )
    if result.merged_pdf is not None:
        print(f"PDF à imprimer : {result.merged_pdf}")


# --------------------------------------------------------------------------- offers


def _register_offers(sub) -> None:
    p = add_action(
        sub,
        "offers",
        run_offers,
        help="suivi des propositions de logement après les décisions",
        description="Liste les propositions faites après les séances closes : date limite "
        "de réponse (R441-10, comptée depuis le lendemain de la notification ou de la "
        "présentation du pli recommandé, reportée au jour ouvrable suivant), jours "
        "restants, réponse ; une proposition sans réponse après la date limite vaut refus "
        "et le rang suivant à qui proposer le logement est indiqué.",
    )
    p.add_argument(
        "--session", metavar="SEANCE", help="seulement cette séance (numéro, ex. 2026-11, ou #id)"
    )
    p.add_argument(
        "--on", metavar="JJ/MM/AAAA", help="situation à cette date (défaut : aujourd'hui)"
    )
    p.add_argument(
        "--lapse",
        action="store_true",
        help="enregistrer d'abord comme refusées les propositions restées sans "
        "réponse après leur date limite",
    )

    p = _candidate_action(
        sub,
        "answer",
        run_answer,
        help="enregistrer la réponse d'un candidat à une proposition",
        description="Enregistre l'acceptation ou le refus (motif obligatoire) d'une "
        "proposition de logement. Une acceptation clôt la proposition pour les autres "
        "candidats du logement. Une acceptation datée après la date limite est refusée, "
        "sauf si la réponse a été envoyée ou remise dans le délai (--in-time).",
    )
    answer = p.add_mutually_exclusive_group(required=True)
    answer.add_argument("--accepted", action="store_true", help="le candidat accepte")
    answer.add_argument("--refused", action="store_true", help="le candidat refuse")
    p.add_argument("--on", required=True, metavar="JJ/MM/AAAA", help="date de la réponse")
    p.add_argument("--reason", metavar="MOTIF", default="", help="motif du refus")
    p.add_argument(
        "--in-time",
        action="store_true",
        help="la réponse a été envoyée ou remise dans le délai (cachet de la poste, récépissé)",
    )


def _offer_line(r) -> str:
    text = f"  {r.dwelling_reference} — {r.candidate_name} ({r.numero_unique}) : {r.status_text}"
    if r.presented_on:
        text += f" ; courrier présenté le {format_date_fr(r.presented_on)}"
    if r.pending:
        days = counted(
            r.days_left,
            QT_TRANSLATE_NOOP("messages", "{n} jour"),
            QT_TRANSLATE_NOOP("messages", "{n} jours"),
        )
        text += f" ; réponse au plus tard le {format_date_fr(r.deadline)} ({days})"
    elif r.overdue:
        text += f" ; délai expiré le {format_date_fr(r.deadline)}"
    if r.refusal_reason:
        text += f" — motif : {r.refusal_reason}"
    if r.next_candidate_id is not None:
        text += f" ; rang suivant à proposer : {r.next_candidate_name} (rang {r.next_rank})"
    elif r.exhausted:
        text += " ; plus aucun candidat classé"
    return text


def run_offers(args: argparse.Namespace) -> int:
    from desktop.services import caleol
    from desktop.services.caleol import offers as caleol_offers
    from desktop.services.context import today

    on = parse_date_arg(args.on, "--on") or today()
    with signed_in(args) as (db, actor):
        session_id = caleol.find_session(db, actor, args.session) if args.session else None
        if args.lapse:
            lapsed = caleol_offers.lapse_overdue(db, actor, on)
            print(
                counted(
                    len(lapsed),
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{n} proposition sans réponse dans le délai enregistrée comme refusée.",
                    ),
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{n} propositions sans réponse dans le délai enregistrées comme refusées.",
                    ),
                    QT_TRANSLATE_NOOP("messages", "Aucune proposition sans réponse dans le délai."),
                )
            )
        rows = caleol_offers.offers(db, actor, on=on, session_id=session_id)
    print(
        counted(
            len(rows),
            QT_TRANSLATE_NOOP("messages", "{n} proposition au {date}."),
            QT_TRANSLATE_NOOP("messages", "{n} propositions au {date}."),
            QT_TRANSLATE_NOOP("messages", "Aucune proposition au {date}."),
            date=format_date_fr(on),
        )
    )
    session = None
    for r in rows:
        if r.session_id != session:
            session = r.session_id
            print(f"Séance {r.session_number} du {format_date_fr(r.session_date)}")
        print(_offer_line(r))
    return 0


def run_answer(args: argparse.Namespace) -> int:
    from desktop.domain.caleol import OfferStatus
    from desktop.services.caleol import offers as caleol_offers

    on = parse_date_arg(args.on, "--on", required=True)
    answer = OfferStatus.ACCEPTED if args.accepted else OfferStatus.REFUSED
    saved, _, name = _record_step(
        args,
        {"on": "--on", "reason": "--reason", "answer": "--accepted/--refused"},
        caleol_offers.record_answer,
        answer,
        on,
        args.reason,
        received_in_time=args.in_time,
        listed_on=on,
    )
    if answer is OfferStatus.ACCEPTED:
        print(f"Acceptation de {name} enregistrée ({format_date_fr(on)}).")
    else:
        print(f"Refus de {name} enregistré ({format_date_fr(on)}).")
    for warning in saved.warnings:
        print(f"  {warning}")
    return 0


# --------------------------------------------------------------------------- offer steps


def _register_offer_steps(sub) -> None:
    p = _candidate_action(
        sub,
        "present",
        run_present,
        help="enregistrer la réception (présentation) du courrier de proposition",
        description="Enregistre le jour où le pli recommandé de la proposition a été reçu, "
        "c'est-à-dire présenté pour la première fois au candidat, qu'il l'ait retiré ou non : "
        "le délai de réponse court du lendemain de cette réception (CE, 30 novembre 2021, "
        "n° 436148) et la date limite en découle (jour ouvrable suivant). Tant que cette date "
        "n'est pas enregistrée, une proposition recommandée n'a pas de date limite.",
    )
    p.add_argument(
        "--on", required=True, metavar="JJ/MM/AAAA", help="date de présentation du pli recommandé"
    )

    p = _session_action(
        sub,
        "next-rank",
        run_next_rank,
        help="proposer un logement au rang suivant",
        description="Propose le logement au candidat classé au rang suivant, une fois que "
        "celui à qui il était proposé l'a refusé ou a laissé passer la date limite (le "
        "silence vaut refus, R441-10 ; il est alors enregistré). Avec --letter, produit "
        "aussi son courrier de proposition, qui fixe sa date limite de réponse ; le "
        "courrier est vérifié avant que le logement soit proposé.",
    )
    p.add_argument(
        "dwelling",
        metavar="LOGEMENT",
        help="référence du logement à l'ordre du jour de la séance, ou #id du point",
    )
    p.add_argument(
        "--on",
        metavar="JJ/MM/AAAA",
        help="date à laquelle le délai du candidat précédent est constaté expiré "
        "(défaut : aujourd'hui)",
    )
    p.add_argument(
        "--letter",
        action="store_true",
        help="produire aussi le courrier de proposition du candidat suivant",
    )
    p.add_argument(
        "--notified",
        metavar="JJ/MM/AAAA",
        help="avec --letter : date de notification (point de départ du délai)",
    )
    p.add_argument("--out", metavar="DOSSIER", help="avec --letter : dossier où copier le courrier")
    p.add_argument(
        "--pdf",
        action="store_true",
        help="avec --letter : convertir aussi le courrier en PDF (LibreOffice)",
    )
    p.add_argument(
        "--days",
        type=int,
        metavar="JOURS",
        help="avec --letter : délai de réponse, 10 jours au moins (défaut : celui "
        "de la commission)",
    )
    p.add_argument(
        "--alsace-moselle",
        action="store_true",
        help="avec --letter : compter les jours fériés d'Alsace-Moselle",
    )

    p = _candidate_action(
        sub,
        "lease-signed",
        run_lease_signed,
        help="enregistrer la signature du bail d'une proposition acceptée",
        description="Enregistre la date de signature du bail par le candidat qui a accepté "
        "le logement proposé.",
    )
    p.add_argument("--on", required=True, metavar="JJ/MM/AAAA", help="date de signature du bail")


def _offer_row(db, actor, candidate_id: int, on: dt.date | None = None):
    """The candidate's offer row as it stands on ``on`` (default today; None when not
    listed) and the name to print."""
    from desktop.services.caleol import offers as caleol_offers

    rows = caleol_offers.offers(db, actor, on=on)
    row = next((r for r in rows if r.candidate_id == candidate_id), None)
    return row, row.candidate_name if row is not None else f"#{candidate_id}"


def _record_step(args, options: dict[str, str], record, *values, listed_on=None, **keywords):
    """Record a step of the offer to ``args.candidate``: ``record(db, actor, candidate_id,
    *values, **keywords)``, the service's field errors named as the ``options``. Returns
    what it saved, then the candidate's offer row as listed on ``listed_on`` (default
    today; None when not listed) and the name to print."""
    from desktop.domain.errors import ValidationError
    from desktop.services.caleol import offers as caleol_offers

    with signed_in(args) as (db, actor):
        candidate_id = caleol_offers.find_candidate(db, actor, args.candidate)
        try:
            saved = record(db, actor, candidate_id, *values, **keywords)
        except ValidationError as exc:  # name the fields as the command-line options
            raise as_options(exc, options) from None
        row, name = _offer_row(db, actor, candidate_id, listed_on)
    return saved, row, name


def run_present(args: argparse.Namespace) -> int:
    from desktop.services.caleol import offers as caleol_offers

    on = parse_date_arg(args.on, "--on", required=True)
    saved, row, name = _record_step(
        args, {"presented_on": "--on"}, caleol_offers.record_presentation, on
    )
    print(f"Présentation du courrier de proposition à {name} enregistrée ({format_date_fr(on)}).")
    if row is not None and row.deadline is not None:
        print(f"Réponse attendue au plus tard le {format_date_fr(row.deadline)}.")
    for warning in saved.warnings:
        print(f"  {warning}")
    return 0


def run_next_rank(args: argparse.Namespace) -> int:
    from desktop.domain.errors import UserError, ValidationError
    from desktop.services import caleol
    from desktop.services.caleol import letters as caleol_letters
    from desktop.services.caleol import offers as caleol_offers

    on = parse_date_arg(args.on, "--on")
    letter_only = {
        "--notified": args.notified,
        "--out": args.out,
        "--pdf": args.pdf,
        "--days": args.days,
        "--alsace-moselle": args.alsace_moselle,
    }
    if not args.letter:
        given = [option for option, value in letter_only.items() if value not in (None, False)]
        if given:
            raise ValidationError(
                {
                    given[0]: Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Cette option ne sert qu'avec --letter (produire le courrier de "
                            "proposition).",
                        )
                    )
                }
            )
        notified = None
    else:
        notified = parse_date_arg(args.notified, "--notified", required=True)
        if not (args.out or "").strip():
            raise ValidationError(
                {
                    "--out": Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Cette option est obligatoire avec --letter (dossier où copier le "
                            "courrier).",
                        )
                    )
                }
            )
    with signed_in(args) as (db, actor):
        session_id = caleol.find_session(db, actor, args.session)
        item_id = caleol_offers.find_dwelling(db, actor, session_id, args.dwelling)
        if args.letter:
            # The offer letter is checked first: a refused letter leaves the offer as it is.
            following = next(
                (
                    r.next_candidate_id
                    for r in caleol_offers.offers(db, actor, on=on, session_id=session_id)
                    if r.item_id == item_id and r.next_candidate_id is not None
                ),
                None,
            )
            if following is not None:
                try:
                    caleol_letters.check_letters(
                        db, actor, session_id, notified, args.days, [following]
                    )
                except ValidationError as exc:
                    raise as_options(exc, LETTER_OPTIONS) from None
        try:
            candidate_id = caleol_offers.offer_to_next(db, actor, item_id, on)
        except ValidationError as exc:
            raise as_options(exc, {"on": "--on"}) from None
        row, name = _offer_row(db, actor, candidate_id)
        rank = f" (rang {row.rank})" if row is not None and row.rank else ""
        reference = row.dwelling_reference if row is not None else args.dwelling
        print(f"Logement {reference} proposé à {name}{rank}.")
        if not args.letter:
            print(
                "Produisez son courrier de proposition : parcours caleol letters "
                f"{args.session} --candidate #{candidate_id} --notified JJ/MM/AAAA "
                "--out DOSSIER"
            )
            return 0
        try:
            result = _generate_letters(db, actor, session_id, notified, args, [candidate_id])
        except UserError as exc:
            if isinstance(exc, ValidationError):
                exc = as_options(exc, LETTER_OPTIONS)
            print(
                f"parcours : le courrier de proposition n'a pas été produit : {exc}",
                file=sys.stderr,
            )
            print(
                f"Le logement reste proposé à {name} ; produisez son courrier avec : "
                f"parcours caleol letters {args.session} --candidate #{candidate_id} "
                "--notified JJ/MM/AAAA --out DOSSIER",
                file=sys.stderr,
            )
            return 2
    _print_letters(result)
    return 0


def run_lease_signed(args: argparse.Namespace) -> int:
    from desktop.services.caleol import offers as caleol_offers

    on = parse_date_arg(args.on, "--on", required=True)
    _, row, name = _record_step(args, {"signed_on": "--on"}, caleol_offers.record_lease_signed, on)
    reference = f" {row.dwelling_reference}" if row is not None else ""
    print(f"Bail du logement{reference} signé par {name} le {format_date_fr(on)} : enregistré.")
    return 0


# Sub-commands of ``parcours caleol``, in help order. Append a register function here.
# --------------------------------------------------------------------------- signature


def _register_signature(sub) -> None:
    p = _session_action(
        sub,
        "acting-president",
        run_acting_president,
        help="désigner le suppléant qui préside la séance (et signe son procès-verbal)",
        description="Désigne le membre qui préside la séance en l'absence du président de la "
        "commission : c'est lui qui signe le procès-verbal. Avec --none, le président de la "
        "commission préside et signe.",
    )
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument(
        "--member", metavar="MEMBRE", help="nom du membre (prénom et nom) ou #id de son siège"
    )
    who.add_argument("--none", action="store_true", help="pas de suppléant : le président")

    p = _session_action(
        sub,
        "sign-minutes",
        run_sign_minutes,
        help="signer le procès-verbal approuvé (président ou son suppléant pour la séance)",
        description="Signe la dernière version approuvée du procès-verbal de la séance, avec "
        "le certificat PKCS#12 de la personne qui préside la séance : le président de la "
        "commission, ou le membre désigné pour le suppléer. Seul son propre compte peut "
        "signer (un administrateur ne signe pas à sa place) et le certificat doit être établi "
        "à son nom. La séance est ensuite verrouillée.",
    )
    p.add_argument(
        "--cert",
        metavar="FICHIER.p12",
        help="certificat PKCS#12 du signataire (sinon celui des réglages ; mot de passe "
        "demandé, ou variable PARCOURS_CERT_PASSWORD)",
    )


def _find_member(view, key: str) -> int:
    from desktop.domain.errors import NotFoundError, UserError
    from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
    from desktop.domain.text import fold

    text = " ".join((key or "").split())
    if text.startswith("#") and text[1:].isdigit():
        found = [m for m in view.members if m.id == int(text[1:])]
    else:
        wanted = fold(text)
        found = [
            m
            for m in view.members
            if wanted
            in (fold(f"{m.first_name} {m.last_name}"), fold(f"{m.last_name} {m.first_name}"))
        ]
    if len(found) == 1:
        return found[0].id
    if found:
        raise UserError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "« {name} » désigne plusieurs membres : indiquez l'identifiant du siège ({ids}).",
                ),
                {"name": text, "ids": ", ".join(f"#{m.id}" for m in found)},
            )
        )
    raise NotFoundError(
        Message(
            QT_TRANSLATE_NOOP(
                "messages", "Aucun membre « {name} » ne siège à la commission de cette séance."
            ),
            {"name": text},
        )
    )


def run_acting_president(args: argparse.Namespace) -> int:
    from dataclasses import fields

    from desktop.domain.errors import ValidationError
    from desktop.services import caleol
    from desktop.services.caleol import SessionData

    with signed_in(args) as (db, actor):
        session_id = caleol.find_session(db, actor, args.session)
        view = caleol.get_session(db, actor, session_id)
        member_id = None if args.none else _find_member(view, args.member)
        data = SessionData(
            **{
                f.name: getattr(view, f.name)
                for f in fields(SessionData)
                if f.name != "acting_president_id"
            },
            acting_president_id=member_id,
        )
        try:
            caleol.update_session(db, actor, session_id, data, view.version)
        except ValidationError as exc:
            raise as_options(exc, {"acting_president_id": "--member"}) from None
        view = caleol.get_session(db, actor, session_id)
    if view.acting_president_id is None:
        print(f"Séance {view.number} : présidée par le président de la commission.")
    else:
        print(
            f"Séance {view.number} : présidée par {view.acting_president_name}, suppléant du "
            "président ; il signe le procès-verbal."
        )
    return 0


def run_sign_minutes(args: argparse.Namespace) -> int:
    from desktop.commands.letters import _signing_key
    from desktop.domain.errors import UserError
    from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
    from desktop.domain.minutes import MinutesStatus
    from desktop.services import caleol
    from desktop.services.caleol import minutes as caleol_minutes

    with signed_in(args) as (db, actor):
        session_id = caleol.find_session(db, actor, args.session)
        versions = caleol_minutes.list_versions(db, actor, session_id)
        if not versions:
            raise UserError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Aucun procès-verbal n'a encore été produit pour cette séance."
                    )
                )
            )
        if versions[-1].status is not MinutesStatus.SIGNED:
            # who signs is checked before the certificate's password is asked
            caleol_minutes.require_signatory(db, actor, session_id)
        key = _signing_key(args)
        signed = caleol_minutes.sign(db, actor, versions[-1].id, key)
    print(
        f"Procès-verbal de la séance {args.session} (version {signed.number}) signé par "
        f"{signed.signature.signer} : {signed.signature.pdf_path}"
    )
    print("La séance est verrouillée.")
    return 0


SUBCOMMANDS = [
    _register_sessions,
    _register_show,
    _register_import_votes,
    _register_occupation_due,
    _register_minutes,
    _register_signature,
    _register_letters,
    _register_offers,
    _register_offer_steps,
]
