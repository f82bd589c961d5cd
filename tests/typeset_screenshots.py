"""PNG pages of the co-tenant protocol, of a two-page letter and of signed minutes
(issue 13).

    .venv/bin/python -m tests.typeset_screenshots

Renders, without a database, the protocole d'accord for a household of two lease
holders after a judgment (protocole L353-15-2) and a free letter long enough for two
pages, converts them with LibreOffice and saves every page (``pdftoppm``) under
``resources/screenshots/`` as ``doc-protocole-cotitulaires-pN.png`` and
``doc-courrier-deux-pages-pN.png``; the last page of the demonstration minutes signed
with a throw-away certificate, ``doc-pv-signe-derniere-page.png``; the crisis protocol
signed by two of its four tenant associations, each block with its recorded signatory
and date, ``doc-protocole-crise-signe-pN.png``.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import tempfile
from decimal import Decimal
from pathlib import Path

from desktop.documents import context, convert, engine, library, profile
from desktop.domain.tenant import DwellingData, LeaseData, OccupantData, TenantFileData

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "screenshots"
DAY = dt.date(2026, 11, 23)


def household() -> TenantFileData:
    return TenantFileData(
        occupants=[
            OccupantData("Marin", "Yves", "M.", dt.date(1961, 4, 2), is_titular=True),
            OccupantData("Legros", "Josette", "Mme", dt.date(1963, 9, 30), is_titular=True),
        ],
        lease=LeaseData("BX-2019-00456", dt.date(2019, 9, 1), Decimal("412.50"), Decimal("85.20")),
        dwelling=DwellingData(
            reference="LGT-000456",
            address_line="8 allée des Tilleuls",
            postcode="33700",
            city="Mérignac",
            dwelling_type="T4",
            surface=Decimal("81.90"),
            floor=1,
            agency_code="MER",
        ),
        balance=Decimal("2468.40"),
    )


SCHEDULE = "\n".join(f"{n}|05/{n + 0:02d}/2027|205,70 €" for n in range(1, 13))
LONG_BODY = "\n\n".join(
    [
        "Nous faisons suite à notre rendez-vous du 18 novembre à 13 h 55 à l'agence de "
        "Mérignac : vous nous avez fait part de vos difficultés depuis la fin de vos "
        "indemnités journalières.",
        "Comme convenu, voici le point de votre compte : « loyers d'août à novembre restés "
        "impayés », soit 2 468,40 € au 23 novembre 2026. Ce montant tient compte de votre "
        "versement du 5 octobre.",
    ]
    + [
        "Nous vous rappelons les démarches possibles : la saisine du Fonds de solidarité pour "
        "le logement (FSL), le recalcul de votre aide au logement par la CAF au vu de vos "
        "ressources actuelles, et l'accompagnement par le centre communal d'action sociale. "
        "Votre conseillère, Mme Nadia OUALI, reste à votre disposition au 05 56 00 12 60 ou à "
        "l'adresse nadia.ouali-fernandez@agence-merignac.logis-de-garonne.fr ; n'hésitez pas "
        "à la contacter : un rendez-vous peut être pris le mardi ou le jeudi."
    ]
    * 5
)


def render(name: str, fields: dict, out: Path) -> Path:
    t = library.get_template(name)
    prof = profile.load_profile()
    ctx = context.build_context(
        household(),
        profile=prof,
        letter=context.LetterInfo(
            "MER-2026-7KQ3M9",
            DAY,
            fields.pop("_objet", t.subject),
            False,
            handled_by="Mme Nadia OUALI",
        ),
        agency_name="Agence de Mérignac",
    )
    ctx["champs"] = library.parse_free_fields(t, {k: str(v) for k, v in fields.items()})
    path = out / f"{name}.docx"
    path.write_bytes(engine.render_bytes(t, ctx, envelope=prof.envelope))
    return convert.convert_one(path, out)


def pages(pdf: Path, stem: str) -> list[Path]:
    subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(OUT / stem)], check=True)
    made = sorted(OUT.glob(f"{stem}-*.png"))
    out = []
    for p in made:  # pdftoppm names pages stem-1.png (or stem-01.png)
        target = OUT / f"{stem}-p{int(p.stem.rsplit('-', 1)[1])}.png"
        p.replace(target)
        out.append(target)
    return out


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("doc-*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        protocol = render(
            "protocole_accord",
            {
                "titre_accord": "Protocole de cohésion sociale",
                "type_accord": "Protocole L353-15-2 du CCH",
                "dette": "2 468,40",
                "dette_au": "23/11/2026",
                "nb_echeances": "12",
                "echeancier": SCHEDULE,
                "loyer_courant": "497,70",
                "organisme_payeur": "CAF de la Gironde",
                "numero_allocataire": "7654321",
                "contributeurs": "le FSL",
                "regle_defaillance": "dès que deux échéances restent impayées",
                "jugement_date": "12/06/2026",
                "article_cch": "L353-15-2",
                "fin_protocole": "31/12/2027",  # after the last instalment, as the service demands
                "delai_nouveau_bail": "3",
            },
            out,
        )
        letter = render(
            "courrier_libre",
            {
                "_objet": "Votre situation : point sur votre compte",
                "corps": LONG_BODY,
                "pieces_jointes": "relevé de compte",
            },
            out,
        )
        for pdf, stem in (
            (protocol, "doc-protocole-cotitulaires"),
            (letter, "doc-courrier-deux-pages"),
            (crisis_protocol(out), "doc-protocole-crise-signe"),
        ):
            for png in pages(pdf, stem):
                print(png.relative_to(ROOT))
        print(signed_minutes(out).relative_to(ROOT))


def crisis_protocol(out: Path) -> Path:
    """The crisis protocol as ``crisis_protocols.produce_document`` makes it, from a
    protocol whose CLCV and CSF signatures are recorded (no database needed)."""
    from desktop.services import crisis_protocols as cp

    at = dt.datetime(2020, 5, 20, 9)
    view = cp.ProtocolView(
        1,
        "Protocole local d'accompagnement des locataires en fragilité économique",
        {
            "associations": "CLCV, CNL, CSF, AFOC",
            "date_conseil": "12/05/2020",
            "debut": "15/05/2020",
            "fin": "31/12/2020",
        },
        (
            cp.AssociationView(
                1,
                "CLCV",
                "Mme Annie Petit",
                "présidente départementale",
                dt.date(2020, 5, 18),
                at,
                "agent",
            ),
            cp.AssociationView(2, "CNL", "", "", None, None, ""),
            cp.AssociationView(3, "CSF", "M. Karim Haddad", "", dt.date(2020, 5, 19), at, "agent"),
            cp.AssociationView(4, "AFOC", "", "", None, None, ""),
        ),
        (),
        3,
        at,
        "agent",
        at,
        "agent",
    )
    template, ctx = cp._context(
        profile.load_profile(), view, "CRISE-2020-7KQ3M9", dt.date(2020, 5, 20)
    )
    path = out / "protocole_crise.docx"
    path.write_bytes(engine.render_bytes(template, ctx))
    return convert.convert_one(path, out)


def signed_minutes(out: Path) -> Path:
    from desktop.documents import minutes, signing
    from desktop.domain.caleol import SessionMode

    sample = minutes.sample_minutes(4, 3, SessionMode.VISIO)
    approvals = [minutes.Approval("M. Paul Lefèvre", dt.datetime(2026, 3, 16, 9, 5))]
    with minutes.MinutesRenderer() as renderer:
        result = minutes.render_minutes_pdf_ex(
            sample, out / "pv.pdf", approvals=approvals, renderer=renderer
        )
    p12, password, _ = signing.make_test_certificate(
        out, "Claire Moreau", "Logis de Garonne – Œuvre d’Habitat", password="demo"
    )
    signed = signing.sign_pdf(
        result.path,
        out / "pv-signe.pdf",
        signing.load_signing_key(p12, password),
        box_mm=result.signature_box,
    )
    from pypdf import PdfReader

    last = len(PdfReader(str(signed)).pages)
    target = OUT / "doc-pv-signe-derniere-page.png"
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "80",
            "-png",
            "-singlefile",
            "-f",
            str(last),
            "-l",
            str(last),
            str(signed),
            str(target.with_suffix("")),
        ],
        check=True,
    )
    return target


if __name__ == "__main__":
    main()
