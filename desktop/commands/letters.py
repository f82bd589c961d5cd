"""``parcours letters``: letters from a template for many tenants (publipostage);
``parcours templates``: the template library; ``parcours verify-pdf``: check a signature."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from desktop.commands._common import (
    add_action,
    add_print_sides_option,
    agency_id,
    as_options,
    field_values,
    int_arg,
    parse_id,
    print_duplex,
    read_password,
    signed_in,
)
from desktop.domain.errors import UserError, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message

PASSWORD_ENV = "PARCOURS_CERT_PASSWORD"
# Beyond this, more LibreOffice processes only compete for the workstation's cores
# (and Windows refuses a pool of more than 61 worker processes).
MAX_PROCESSES = 16


def register(subparsers) -> None:
    letters = add_action(
        subparsers,
        "letters",
        run_letters,
        help="courriers à partir d'un modèle (publipostage)",
        description="Produit un courrier par locataire (DOCX, et PDF avec --pdf) à partir "
        "d'un modèle, l'enregistre au registre des documents, et rassemble les PDF dans "
        "un seul fichier à imprimer, par code postal.",
    )
    letters.add_argument(
        "--template",
        metavar="NOM",
        help="modèle (voir « parcours templates ») ; obligatoire sauf avec --resume",
    )
    who = letters.add_argument_group("locataires (sans option : tous les dossiers actifs)")
    who.add_argument("--ids", metavar="N,N,…", help="numéros de dossiers")
    who.add_argument(
        "--query",
        metavar="NOM",
        help="recherche enregistrée de la liste des dossiers (voir l'application)",
    )
    who.add_argument("--agency", metavar="CODE", help="agence (ex. BXN)")
    who.add_argument("--over-70", action="store_true", help="ménages de 70 ans et plus")
    who.add_argument("--arrears", action="store_true", help="dossiers en impayé")
    who.add_argument("--text", metavar="TEXTE", default="", help="recherche (nom, adresse…)")
    who.add_argument("--closed", action="store_true", help="dossiers clos au lieu des actifs")
    letters.add_argument(
        "--out",
        metavar="DOSSIER",
        help="dossier où copier les courriers et le PDF à imprimer ; obligatoire sauf avec "
        "--resume (le publipostage repris garde le sien)",
    )
    letters.add_argument(
        "--field",
        metavar="NOM=VALEUR",
        action="append",
        default=[],
        help="valeur d'un champ libre du modèle (répétable)",
    )
    letters.add_argument("--subject", metavar="OBJET", help="objet (sinon celui du modèle)")
    letters.add_argument("--pdf", action="store_true", help="produire aussi le PDF")
    letters.add_argument(
        "--sign",
        action="store_true",
        help="signer les PDF (certificat des réglages ou --cert ; mot de "
        f"passe demandé, ou variable {PASSWORD_ENV})",
    )
    letters.add_argument("--cert", metavar="FICHIER.p12", help="certificat PKCS#12")
    add_print_sides_option(letters, "--duplex")
    letters.add_argument(
        "--processes",
        metavar="N",
        type=int_arg(1, MAX_PROCESSES),
        default=2,
        help=f"processus LibreOffice en parallèle (défaut 2, au plus {MAX_PROCESSES})",
    )
    letters.add_argument(
        "--mass",
        action="store_true",
        help="publipostage de masse (automatique à partir de "
        "300 courriers avec --pdf) : courriers convertis par lots, fichier à imprimer en "
        "parties avec un manifeste CSV, reprise possible après une interruption",
    )
    letters.add_argument(
        "--part-pages",
        metavar="N",
        type=int_arg(1, 100_000),
        default=1000,
        help="publipostage de masse : pages d'une partie à imprimer, au plus (défaut 1000)",
    )
    letters.add_argument(
        "--resume",
        metavar="LOT",
        nargs="?",
        const="",
        help="reprendre un publipostage interrompu (arrêt brutal, coupure) : seuls ses "
        "courriers qui n'ont pas été faits le sont, ceux déjà enregistrés ne sont pas refaits ; "
        "sans LOT, tous ceux qui sont interrompus",
    )
    letters.add_argument(
        "--abandon",
        metavar="LOT",
        help="abandonner un publipostage interrompu : ses courriers manquants ne seront pas "
        "faits (ceux déjà enregistrés restent au registre) et il n'est plus signalé",
    )

    templates = add_action(
        subparsers, "templates", run_templates, help="liste des modèles de courriers", db=False
    )
    templates.add_argument(
        "--check", action="store_true", help="vérifier chaque modèle (balises, champs)"
    )

    verify = add_action(
        subparsers, "verify-pdf", run_verify, help="vérifier la signature d'un PDF", db=False
    )
    verify.add_argument("file", metavar="FICHIER.pdf")


def _signing_key(args):
    from desktop.documents import signing

    path = Path(args.cert) if args.cert else signing.configured_certificate()
    if path is None:
        raise UserError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Aucun certificat de signature : indiquez --cert FICHIER.p12 ou "
                    "réglez « signing_certificate ».",
                )
            )
        )
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        password = read_password(f"Mot de passe du certificat {path.name} : ", PASSWORD_ENV)
    return signing.load_signing_key(path, password)


def _free_fields(template_name: str, items: list[str]) -> dict[str, str]:
    """The ``--field NOM=VALEUR`` values (``champs.NOM``, as « parcours templates »
    lists them, is ``NOM``); a name the template does not have is refused rather than
    its value silently left out of the letters."""
    from desktop.documents import library

    values = {k.removeprefix("champs."): v for k, v in field_values(items).items()}
    if not values:
        return values
    template = library.get_template(template_name)
    known = [f.name for f in template.fields]
    unknown = [name for name in values if name not in known]
    if unknown:
        raise ValidationError(
            {
                "--field": Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Champ inconnu du modèle « {template} » : {names}. Ses champs : {known}.",
                    ),
                    {
                        "template": template.name,
                        "names": ", ".join(n[:40] for n in unknown[:5]),
                        "known": ", ".join(known) or "aucun",
                    },
                )
            }
        )
    return values


def _query(db, args):
    from desktop.services import tenants

    return tenants.TenantQuery(
        text=args.text,
        agency_id=agency_id(db, args.agency, "--agency"),
        status="CLOS" if args.closed else "ACTIF",
        senior_only=args.over_70,
        arrears_only=args.arrears,
    )


def _saved_or_options(db, actor, args):
    if args.query:
        from desktop.services import saved_queries

        return saved_queries.get_saved_query(db, actor, args.query)
    return _query(db, args)


def _required(args: argparse.Namespace) -> None:
    missing = {
        option: Message(
            QT_TRANSLATE_NOOP("messages", "Option obligatoire (sauf avec --resume) : {option}."),
            {"option": option},
        )
        for option, value in (("--template", args.template), ("--out", args.out))
        if not value
    }
    if missing:
        raise ValidationError(missing)


def _to_resume(lot: str, option: str = "--resume"):
    """The interrupted batches to resume: ``lot``'s, or all of them ("")."""
    from desktop.services import documents

    pending = documents.interrupted_batches()
    if lot:
        pending = [r for r in pending if r.batch_id == lot.strip()]
        if not pending:
            raise ValidationError(
                {
                    option: Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Aucun publipostage interrompu ne porte le numéro de lot « {lot} ».",
                        ),
                        {"lot": lot},
                    )
                }
            )
    return pending


def _abandon(args: argparse.Namespace) -> int:
    """``--abandon LOT``: the interrupted batch is no longer offered nor said."""
    from desktop.services import documents

    with signed_in(args) as (db, actor):
        [request] = _to_resume(args.abandon.strip() or "?", "--abandon")  # or refused
        documents.interrupted_letters(db, actor)  # its archived, unregistered files removed
        documents.discard_interrupted(request.batch_id or "")
    print(
        f"Publipostage {request.batch_id} abandonné : ses courriers manquants ne seront pas faits."
    )
    return 0


def _progress_printer():
    from desktop.services import documents

    last = {"shown": -1}

    def progress(p: documents.BatchProgress) -> None:
        percent = int(p.fraction * 100)
        if percent != last["shown"] and sys.stderr.isatty():
            left = f", reste {int(p.remaining)} s" if p.remaining is not None else ""
            print(
                f"\r{percent:3d} % ({p.letters_done}/{p.letters_total} courriers{left})   ",
                end="",
                file=sys.stderr,
                flush=True,
            )
            last["shown"] = percent

    return progress


def _print_result(result) -> None:
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(
        f"Courriers produits : {result.produced} (lot {result.batch_id}, "
        f"{result.seconds:.1f} s)".replace(".", ",")
    )
    if result.resumed:
        print(f"Déjà enregistrés avant l'interruption (non refaits) : {result.resumed}")
    if result.parts:
        print(f"Parties à imprimer ({len(result.parts)}, ordre des codes postaux) :")
        for part in result.parts:
            print(f"  {part}")
        if result.manifest:
            print(f"Manifeste (parties, pages, contrats, codes postaux) : {result.manifest}")
    elif result.merged_pdf:
        print(f"PDF à imprimer : {result.merged_pdf}")
    for notice in result.notices:
        print(f"parcours : {notice}", file=sys.stderr)
    if result.failures:
        print(f"Échecs : {len(result.failures)}")
        for f in result.failures:
            print(f"  - dossier {f.household_id} {f.name} : {f.message}")


def _say_resumable() -> None:
    """After an interruption: how to make the letters the batches it left did not make."""
    from desktop.services import documents

    for request in documents.interrupted_batches():
        print(
            f"Publipostage interrompu (lot {request.batch_id}) : pour faire seulement ses "
            f"courriers manquants, « parcours letters --resume {request.batch_id} » ; les "
            "courriers déjà enregistrés ne seront pas refaits ; pour l'abandonner, "
            f"« parcours letters --abandon {request.batch_id} ».",
            file=sys.stderr,
        )


def run_letters(args: argparse.Namespace) -> int:
    from desktop.services import documents

    if args.abandon is not None:
        return _abandon(args)
    if args.resume is None:
        _required(args)
    with signed_in(args) as (db, actor):
        key = _signing_key(args) if args.sign else None
        if args.resume is not None:
            requests = _to_resume(args.resume)
            if not requests:
                print("Aucun publipostage interrompu à reprendre.")
                return 0
            for request in requests:
                if key is not None:
                    request.options.signing_key = key
                request.processes = max(1, args.processes)
        else:
            ids = None
            if args.ids:
                ids = [parse_id(x, "--ids") for x in args.ids.replace(" ", "").split(",") if x]
            options = documents.LetterOptions(
                template_name=args.template,
                fields=_free_fields(args.template, args.field),
                subject=args.subject,
                pdf=args.pdf or args.sign or args.mass,
                signing_key=key,
            )
            requests = [
                documents.BatchRequest(
                    options,
                    household_ids=ids,
                    query=None if ids else _saved_or_options(db, actor, args),
                    out_dir=Path(args.out),
                    duplex=print_duplex(args),
                    processes=max(1, args.processes),
                    mass=True if args.mass else None,
                    part_pages=max(1, args.part_pages),
                )
            ]
        failed = False
        for request in requests:
            try:
                result = documents.run_batch(db, actor, request, _progress_printer())
            except ValidationError as exc:
                raise as_options(exc, {"subject": "--subject", "pdf": "--pdf"}) from None
            except KeyboardInterrupt:
                print("\nInterrompu.", file=sys.stderr)
                _say_resumable()
                return 130
            _print_result(result)
            failed = failed or bool(result.failures)
        _say_resumable()  # a batch killed before: its letters not made (said above)
        return 1 if failed else 0


def run_templates(args: argparse.Namespace) -> int:
    from desktop.documents import context, engine, library, profile
    from desktop.services import context as clock

    templates = library.list_templates()
    failed = 0
    prof = profile.load_profile() if args.check else None
    for t in templates:
        flag = " (recommandé AR)" if t.registered_mail else ""
        print(f"{t.name:<24} v{t.version:<6} {t.area:<14} {t.title}{flag}")
        for f in t.fields:
            mark = "*" if f.required else " "
            print(f"    {mark} champs.{f.name:<18} {f.kind:<10} {f.label}")
        if args.check:
            letter = context.LetterInfo(
                "BXN-2026-APERCU", clock.today(), t.subject, t.registered_mail
            )
            ctx = context.build_context(
                context.sample_tenant(), profile=prof, letter=letter, agency_name="Agence"
            )
            ctx["champs"] = {f.name: "" for f in t.fields}
            problems = engine.check_template(t, ctx)
            for p in problems:
                print(f"    ! {p}")
            failed += bool(problems)
            if not problems:
                print("    modèle correct")
    return 1 if failed else 0


def run_verify(args: argparse.Namespace) -> int:
    from desktop.documents import signing

    report = signing.verify_pdf(args.file)
    if report.unreadable is not None:
        raise UserError(report.unreadable)
    print(report.summary())
    return 0 if report.ok else 1
