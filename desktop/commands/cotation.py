"""``parcours cotation``: scoring grids, candidates' scores, the national register
(SNE) import and export, attribution targets and the reservation holders' report,
convocations (issue 17). The same services as the application's screens."""

from __future__ import annotations

from decimal import Decimal

from desktop.commands._common import add_action, add_group, as_options, signed_in
from desktop.domain.errors import UserError, ValidationError
from desktop.domain.formatting import AmountError, parse_amount_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message, counted


def register(subparsers) -> None:
    sub = add_group(
        subparsers,
        "cotation",
        "cotation_command",
        help="cotation des demandes, registre national (SNE), objectifs "
        "d'attribution, convocations",
    )
    for register_one in SUBCOMMANDS:
        register_one(sub)


def _year(text: str) -> int:
    if not text.isdigit() or len(text) != 4:
        raise UserError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "Année attendue sur quatre chiffres (reçu : « {value} »)."
                ),
                {"value": text},
            )
        )
    return int(text)


def _amount(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        return parse_amount_fr(text)  # "1.234" and "1,234.56" refused, never guessed
    except AmountError as exc:
        raise UserError(exc.message) from None


# --------------------------------------------------------------------------- grids


def _register_grids(sub) -> None:
    p = add_action(sub, "grilles", run_grids, help="lister les grilles de cotation")
    p = add_action(
        sub, "grille-exemple", run_example, help="installer la grille d'exemple pour un EPCI"
    )
    p.add_argument("epci", metavar="EPCI")
    p = add_action(
        sub, "grille-export", run_export_grid, help="exporter une grille (.json ou .xlsx)"
    )
    p.add_argument("grille", metavar="N", type=int)
    p.add_argument("fichier", metavar="FICHIER")
    p = add_action(
        sub, "grille-import", run_import_grid, help="importer une grille (.json ou .xlsx)"
    )
    p.add_argument("fichier", metavar="FICHIER")
    p.add_argument("--essai", action="store_true", help="vérifier sans rien enregistrer")
    p.add_argument("--version", metavar="N", type=int, help="numéro de version à donner")


def run_grids(args) -> int:
    from desktop.services import cotation

    with signed_in(args) as (db, actor):
        grids = cotation.list_grids(db, actor)
    if not grids:
        print("Aucune grille de cotation.")
    for g in grids:
        criteria = counted(
            len(g.grid.criteria),
            QT_TRANSLATE_NOOP("messages", "{n} critère"),
            QT_TRANSLATE_NOOP("messages", "{n} critères"),
        )
        used = counted(
            g.used,
            QT_TRANSLATE_NOOP("messages", "{n} cotation"),
            QT_TRANSLATE_NOOP("messages", "{n} cotations"),
            QT_TRANSLATE_NOOP("messages", "aucune cotation"),
        )
        print(f"#{g.id}  {g.title}  ({criteria}, {used})")
    return 0


def run_example(args) -> int:
    from desktop.services import cotation

    with signed_in(args) as (db, actor):
        gid = cotation.install_example_grid(db, actor, args.epci)
    print(f"Grille d'exemple #{gid} installée pour {args.epci} (à remplacer par celle du PPGD).")
    return 0


def run_export_grid(args) -> int:
    from desktop.services import cotation

    with signed_in(args) as (db, actor):
        path = cotation.export_grid(db, actor, args.grille, args.fichier)
    print(f"Grille exportée : {path}")
    return 0


def run_import_grid(args) -> int:
    from desktop.services import cotation

    with signed_in(args) as (db, actor):
        try:
            result = cotation.import_grid(
                db, actor, args.fichier, dry_run=args.essai, version=args.version
            )
        except ValidationError as exc:
            raise as_options(exc, {"file": args.fichier, "version": "--version"}) from None
    if args.essai:
        print(
            f"Grille lisible : {result.epci}, version {result.version}, "
            f"{len(result.criteria)} critères. Rien n'a été enregistré."
        )
    else:
        print(f"Grille importée : #{result}.")
    return 0


# --------------------------------------------------------------------------- scores


def _register_score(sub) -> None:
    p = add_action(sub, "coter", run_score, help="calculer la cotation des candidats d'une séance")
    p.add_argument("seance", metavar="SEANCE", help="numéro ou identifiant de la séance")


def _register_statement(sub) -> None:
    p = add_action(
        sub,
        "fiche",
        run_statement,
        help="fiche de cotation d'un demandeur (critères, pondérations, cotation, position)",
    )
    p.add_argument("seance", metavar="SEANCE")
    p.add_argument("numero_unique", metavar="NUMERO_UNIQUE")


def run_statement(args) -> int:
    from desktop.services import caleol, cotation

    with signed_in(args) as (db, actor):
        sid = caleol.find_session(db, actor, args.seance)
        wanted = "".join(args.numero_unique.split()).upper()
        found = [
            v.candidate_id
            for v in cotation.session_scores(db, actor, sid).values()
            if "".join(v.numero_unique.split()).upper() == wanted
        ]
        if not found:
            raise UserError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Aucune candidature n° {number} dans cette séance."
                    ),
                    {"number": args.numero_unique},
                )
            )
        statement = cotation.applicant_statement(db, actor, found[0])
    print("\n".join(statement.text()))
    return 0


def run_score(args) -> int:
    from desktop.services import caleol, cotation

    with signed_in(args) as (db, actor):
        sid = caleol.find_session(db, actor, args.seance)
        views = cotation.score_session(db, actor, sid)
    for v in views:
        print(f"{v.numero_unique}  {v.name:<30} {v.total_text:>8} pts  {v.grid_label}")
        for line in cotation.score_lines_text(v):
            print(f"    {line}")
        if v.warning:
            print(f"    ! {v.warning}")
    return 0


# --------------------------------------------------------------------------- SNE


def _register_sne(sub) -> None:
    p = add_action(
        sub,
        "sne-import",
        run_sne_import,
        help="importer les demandeurs d'un export du registre national dans une séance",
    )
    p.add_argument("seance", metavar="SEANCE")
    p.add_argument("fichier", metavar="FICHIER")
    p.add_argument("--essai", action="store_true", help="vérifier sans rien enregistrer")
    p.add_argument(
        "--colonne",
        action="append",
        default=[],
        metavar="CHAMP=ENTÊTE",
        help="associer un champ à une colonne (ex. numero_unique=NUD)",
    )
    p = add_action(
        sub, "sne-export", run_sne_export, help="exporter les attributions à déclarer au registre"
    )
    p.add_argument("fichier", metavar="FICHIER", help=".csv ou .xlsx")
    p.add_argument("--tout", action="store_true", help="y compris celles déjà exportées")


def run_sne_import(args) -> int:
    from desktop.services import caleol, sne

    table = sne.read_table(args.fichier)
    names = {}
    for item in args.colonne:
        key, _, header = item.partition("=")
        names[key.strip()] = header.strip()
    mapping = sne.mapping_from_names(table.headers, names, sne.propose_mapping(table.headers))
    with signed_in(args) as (db, actor):
        sid = caleol.find_session(db, actor, args.seance)
        report = sne.dry_run(db, actor, sid, table, mapping)
        for r in report.rejected:
            print(f"Ligne {r.line} refusée : " + " ; ".join(r.reasons))
        print(report.summary())
        if args.essai:
            print("Essai : rien n'a été enregistré.")
            return 0 if not report.rejected else 1
        sne.apply(db, actor, sid, table, mapping)
    print("Import terminé.")
    return 0


def run_sne_export(args) -> int:
    from desktop.services import sne

    with signed_in(args) as (db, actor):
        count = sne.export_allocations(db, actor, args.fichier, include_exported=args.tout)
    print(f"{sne.exported_counted(count)} dans {args.fichier}.")
    return 0


# --------------------------------------------------------------------------- targets


def _register_targets(sub) -> None:
    p = add_action(
        sub, "objectifs", run_targets, help="objectifs d'attribution d'un EPCI pour une année"
    )
    p.add_argument("epci", metavar="EPCI")
    p.add_argument("annee", metavar="ANNEE")
    p.add_argument(
        "--seuil",
        metavar="MONTANT",
        help="seuil du premier quartile (€ par an et par UC) à enregistrer",
    )
    p.add_argument("--source", metavar="TEXTE", default="", help="référence de l'arrêté du seuil")
    p.add_argument("--out", metavar="FICHIER", help="écrire le rapport (.pdf ou .xlsx)")
    p = add_action(
        sub, "flux", run_flow, help="bilan annuel de la gestion en flux d'un réservataire"
    )
    p.add_argument("reservataire", metavar="RESERVATAIRE")
    p.add_argument("annee", metavar="ANNEE")
    p.add_argument("--out", metavar="FICHIER", required=True, help=".pdf ou .xlsx")


def run_targets(args) -> int:
    from desktop.domain.attribution_targets import allocations_counted, format_percent
    from desktop.services import attribution

    year = _year(args.annee)
    with signed_in(args) as (db, actor):
        if args.seuil is not None:
            current = attribution.get_setting(db, actor, args.epci, year)
            attribution.set_setting(
                db, actor, args.epci, year, _amount(args.seuil), args.source, current.rates
            )
        view = attribution.targets(db, actor, args.epci, year)
        if args.out:
            path = attribution.export_targets(db, actor, args.epci, year, args.out)
            print(f"Rapport écrit : {path}")
    print(f"{view.epci} — {year} : {allocations_counted(len(view.allocations))}")
    for f in view.figures:
        state = "—" if f.met is None else ("atteint" if f.met else "NON ATTEINT")
        print(
            f"  {f.label()} : {format_percent(f.percent)} ({f.numerator}/{f.denominator}), "
            f"objectif {format_percent(f.required)} : {state}"
        )
    return 0


def run_flow(args) -> int:
    from desktop.services import attribution

    year = _year(args.annee)
    with signed_in(args) as (db, actor):
        path = attribution.export_holder_report(db, actor, args.reservataire, year, args.out)
    print(f"Bilan écrit : {path}")
    return 0


# --------------------------------------------------------------------------- convocations


def _register_convene(sub) -> None:
    p = add_action(
        sub, "convoquer", run_convene, help="produire et envoyer les convocations d'une séance"
    )
    p.add_argument("seance", metavar="SEANCE")
    p.add_argument(
        "--sans-envoi",
        action="store_true",
        help="produire et enregistrer les convocations sans les envoyer",
    )


def run_convene(args) -> int:
    from desktop.services import caleol, convocations

    with signed_in(args) as (db, actor):
        sid = caleol.find_session(db, actor, args.seance)
        results = convocations.convene(db, actor, sid, send=not args.sans_envoi)
    labels = {"SENT": "envoyée", "FAILED": "ÉCHEC DE L'ENVOI", "NO_EMAIL": "à remettre"}
    for r in results:
        label = labels.get(r.status, convocations.status_label(r.status))
        print(
            f"{r.member_name:<32} {label:<18} {r.reference}  {r.pdf_path}"
            + (f"  ({r.error})" if r.error else "")
        )
    return 0 if all(r.status != "FAILED" for r in results) else 1


def _register_refusal(sub) -> None:
    p = add_action(
        sub,
        "refus",
        run_refusal,
        help="enregistrer le refus d'un logement proposé à un demandeur (cotation)",
    )
    p.add_argument("numero_unique", metavar="NUMERO_UNIQUE")
    p.add_argument("--date", metavar="JJ/MM/AAAA", required=True, help="date du refus (JJ/MM/AAAA)")
    p.add_argument(
        "--logement", metavar="TEXTE", default="", help="logement proposé (bailleur, adresse, type)"
    )
    p.add_argument(
        "--motif", metavar="TEXTE", required=True, help="pourquoi le refus est ou non légitime"
    )
    p.add_argument("--legitime", action="store_true", help="le refus repose sur un motif légitime")
    p.add_argument(
        "--non-adapte",
        action="store_true",
        help="le logement proposé n'était pas adapté aux besoins du ménage",
    )
    p = add_action(sub, "refus-liste", run_refusals, help="refus enregistrés pour un demandeur")
    p.add_argument("numero_unique", metavar="NUMERO_UNIQUE")


def run_refusal(args) -> int:
    from desktop.commands.notice import parse_date_arg
    from desktop.services import cotation

    refused_on = parse_date_arg(args.date, "--date", required=True)
    with signed_in(args) as (db, actor):
        view = cotation.record_refusal(
            db,
            actor,
            numero_unique=args.numero_unique,
            refused_on=refused_on,
            dwelling=args.logement,
            adapted=not args.non_adapte,
            legitimate=args.legitime,
            reason=args.motif,
        )
    effect = "compte dans la cotation" if view.counts else "ne compte pas dans la cotation"
    print(f"Refus du {view.refused_on:%d/%m/%Y} enregistré pour {view.numero_unique} : {effect}.")
    return 0


def run_refusals(args) -> int:
    from desktop.services import cotation

    with signed_in(args) as (db, actor):
        rows = cotation.refusals_of(db, actor, args.numero_unique)
    if not rows:
        print("Aucun refus enregistré.")
    for r in rows:
        adapted = "adapté" if r.adapted else "non adapté"
        legitimate = "motif légitime" if r.legitimate else "sans motif légitime"
        effect = "compte" if r.counts else "ne compte pas"
        print(
            f"{r.refused_on:%d/%m/%Y}  {r.dwelling or '?'}  {adapted}, {legitimate} "
            f"({effect}) — {r.reason}"
        )
    return 0


SUBCOMMANDS = [
    _register_grids,
    _register_score,
    _register_statement,
    _register_sne,
    _register_targets,
    _register_convene,
    _register_refusal,
]
