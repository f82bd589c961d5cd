"""What a tenant or a judge reads in the produced PDF: every holder of the lease is a
party with a signature block of his or her own, and French typography holds on every
bundled template (no line starting with a colon, a closing guillemet or "h 55").

The PDF text is read with pdftotext, as a reader would see the lines."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document

from desktop.documents import context, convert, engine, filters, library, profile
from desktop.domain.tenant import DwellingData, LeaseData, OccupantData, TenantFileData
from tests.test_documents_pdf import libreoffice  # noqa: F401  (session fixture)

DAY = dt.date(2026, 11, 23)
NBSP, NNBSP, WJ = "\u00a0", "\u202f", "\u2060"
LONG_MAIL = "jean-baptiste.de-la-fontaine-martin@agence-bordeaux-nord.logis-de-garonne.fr"
TRICKY = (
    f"Rendez-vous : « accueil de l'agence » le mardi à 13 h 55 ; écrivez-nous à "
    f"{LONG_MAIL} ! Pourquoi pas ? Voir : « pièces »"
)
CONTRACTUAL = ("protocole_accord", "plan_proposition", "conge_report_depart")


def co_tenants() -> TenantFileData:
    return TenantFileData(
        occupants=[
            OccupantData("Marin", "Yves", "M.", dt.date(1961, 4, 2), is_titular=True),
            OccupantData("Legros", "Josette", "Mme", dt.date(1963, 9, 30), is_titular=True),
            OccupantData("Marin", "Léa", "Mme", dt.date(2008, 1, 5), is_titular=False),
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
        balance=Decimal("1234.56"),
    )


def field_values(template: library.LetterTemplate, text: str) -> dict:
    values: dict[str, object] = {}
    for f in template.fields:
        if f.kind == "date":
            values[f.name] = DAY
        elif f.kind == "montant":
            values[f.name] = Decimal("1234.56")
        elif f.kind == "entier":
            values[f.name] = 3
        elif f.name == "echeancier":
            values[f.name] = "1|05/01/2027|411,52 €\n2|05/02/2027|411,52 €\n3|05/03/2027|411,52 €"
        else:
            values[f.name] = text
    return values


def render_all(out: Path, data: TenantFileData, text: str) -> dict[str, Path]:
    prof = profile.load_profile()
    docs = {}
    for t in library.list_templates():
        letter = context.LetterInfo(
            "MER-2026-7KQ3M9", DAY, f"Objet : {text}", True, handled_by="Mme Nadia OUALI"
        )
        ctx = context.build_context(
            data, profile=prof, letter=letter, agency_name="Agence de Mérignac"
        )
        ctx["champs"] = field_values(t, text)
        path = out / f"{t.name}.docx"
        path.write_bytes(engine.render_bytes(t, ctx, envelope=prof.envelope))
        docs[t.name] = path
    return docs


def pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def fold(text: str) -> str:
    return re.sub(f"[ {NBSP}{NNBSP}]+", " ", text.replace(WJ, ""))


@pytest.fixture(scope="module")
def pdfs(libreoffice, tmp_path_factory):  # noqa: F811
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = tmp_path_factory.mktemp("typeset")
    docs = render_all(out, co_tenants(), TRICKY)
    made: dict[Path, Path] = {}

    def done(doc, pdf, error) -> None:
        assert pdf is not None, (doc, error)
        made[doc] = pdf

    convert.convert_many(list(docs.values()), out, done)
    return {name: pdftotext(made[path]) for name, path in docs.items()}


# --------------------------------------------------------------------------- parties


def test_context_names_every_lease_holder_and_agrees_with_them():
    prof = profile.load_profile()
    ctx = context.build_context(co_tenants(), profile=prof, letter=context.LetterInfo("X", DAY))
    assert [t["nom_complet"] for t in ctx["locataires"]] == ["M. Yves MARIN", "Mme Josette LEGROS"]
    assert ctx["locataire"]["noms_complets"] == "M. Yves MARIN et Mme Josette LEGROS"
    assert ctx["locataire"]["designation"] == "les locataires"
    assert ctx["locataire"]["accord"] == "s"
    # "Fait à" and the date line: the sending agency's town, not the head office's.
    assert ctx["lettre"]["lieu"] == "Mérignac"
    assert ctx["lettre"]["lieu_date"] == "Mérignac, le 23 novembre 2026"
    one = co_tenants()
    one.occupants[0].is_titular = False
    ctx = context.build_context(one, profile=prof, letter=context.LetterInfo("X", DAY))
    assert ctx["locataire"]["noms_complets"] == "Mme Josette LEGROS"
    assert (ctx["locataire"]["designation"], ctx["locataire"]["accord"]) == ("la locataire", "e")
    assert ctx["locataire"]["designation_occupant"] == "l'occupante"


@pytest.mark.parametrize("name", CONTRACTUAL)
def test_every_holder_is_a_party_with_a_signature_block(pdfs, name):
    text = fold(pdfs[name])
    assert "M. Yves MARIN" in text and "Mme Josette LEGROS" in text, name
    assert text.count("Lu et approuvé") == 2, name
    assert "Léa" not in text  # an occupant who does not hold the lease is no party
    assert "Claire Moreau" in text  # and the landlord's signatory


def flat(text: str) -> str:
    return " ".join(fold(text).split())


def test_attestation_and_agreement_name_both_holders_in_the_text(pdfs):
    text = flat(pdfs["attestation_logement"])
    assert "M. Yves MARIN et Mme Josette LEGROS sont locataires" in text
    assert "(e)" not in text
    text = flat(pdfs["protocole_accord"])
    assert "M. Yves MARIN et Mme Josette LEGROS, occupant le logement" in text
    # The lease was terminated by judgment (protocole L353-15-2): "occupants" throughout.
    assert "ci-après « les occupants »" in text
    assert "Les occupants reconnaissent devoir solidairement la somme" in text
    assert "Si les occupants respectent leurs engagements" in text
    assert not re.search(r"\blocataires?\b", text.split("Article 1")[1].split("Fait en autant")[0])
    assert "Fait en autant d'exemplaires originaux que de parties, à Mérignac" in text
    assert "3 échéances" in text and "échéance(s)" not in text


def test_footer_states_the_controller_the_rights_and_the_cnil(pdfs):
    text = flat(pdfs["relance_impaye"])
    for expected in (
        "responsable du traitement",
        "délégué à la protection des données",
        "dpo@logis-garonne.fr",
        "d'accès, de rectification, d'effacement, de limitation et d'opposition",
        "réclamation auprès de la CNIL",
    ):
        assert expected in text, expected


# --------------------------------------------------------------------------- typography


def test_typography_filter_spaces_french_punctuation():
    t = filters.typography
    assert t("Objet : relance") == f"Objet{NBSP}: relance"
    assert t("Objet: relance") == f"Objet{NBSP}: relance"
    assert t("« bonjour »") == f"«{NBSP}bonjour{NBSP}»"
    assert t("Vraiment ? Oui ! Bien ; fin") == f"Vraiment{NNBSP}? Oui{NNBSP}! Bien{NNBSP}; fin"
    assert t("à 13 h 55 ou 9 h") == f"à 13{NBSP}h{NBSP}55 ou 9{NBSP}h"
    assert t("le 1er mars 2026") == f"le 1er{NBSP}mars{NBSP}2026"
    assert t("1 234,56 €") == f"1{NNBSP}234,56{NBSP}€"
    assert t("a-b@c-d.fr") == f"a-{WJ}b@c-{WJ}d.fr"
    assert t("au 05 56 00 12 60 ou") == f"au 05{NBSP}56{NBSP}00{NBSP}12{NBSP}60 ou"
    # URLs and times keep their characters; the filter is idempotent.
    assert t("https://www.cnil.fr/a?b=1 à 12:30") == "https://www.cnil.fr/a?b=1 à 12:30"
    assert t(t(TRICKY)) == t(TRICKY)


def test_contractions_and_elisions_through_one_filter():
    assert filters.of("le FSL") == "du FSL"
    assert filters.of("les locataires") == "des locataires"
    assert filters.of("l'occupant") == "de l'occupant"
    assert filters.of("la CAF") == "de la CAF"
    assert filters.of("octobre") == "d'octobre"
    assert filters.of("mars") == "de mars"
    assert filters.of("le FSL et le CCAS") == "du FSL et du CCAS"
    assert filters.to("le FSL") == "au FSL" and filters.to("les occupants") == "aux occupants"
    assert filters.to("l'agence") == "à l'agence"
    assert filters.plural(1, "échéance") == f"1{NBSP}échéance"
    assert (
        filters.plural(3, "échéance mensuelle", "échéances mensuelles")
        == f"3{NBSP}échéances mensuelles"
    )


def test_typography_spans_the_runs_of_a_paragraph(tmp_path):
    doc = Document()
    p = doc.add_paragraph()
    p.add_run("Objet").bold = True
    p.add_run(" : rendez-vous à 13 h ")
    p.add_run("55 « ici »")
    doc.add_paragraph("{{ champs.texte }}")
    path = tmp_path / "runs.docx"
    doc.save(path)
    t = library.LetterTemplate(name="runs", docx=path, title="Runs")
    ctx = context.build_context(
        co_tenants(), profile=profile.load_profile(), letter=context.LetterInfo("X", DAY)
    )
    ctx["champs"] = {"texte": "Tél : 05 56 00 12 60 ?"}
    out = engine.render_bytes(t, ctx)
    texts = engine.docx_paragraphs(out)
    assert f"Objet{NBSP}: rendez-vous à 13{NBSP}h{NBSP}55 «{NBSP}ici{NBSP}»" in texts
    assert f"Tél{NBSP}: 05{NBSP}56{NBSP}00{NBSP}12{NBSP}60{NNBSP}?" in texts
    runs = [r.text for r in Document(io.BytesIO(out)).paragraphs[0].runs]
    assert runs[0] == "Objet"  # the bold run kept its text


def test_no_line_starts_with_a_colon_a_guillemet_or_minutes(pdfs):
    assert len(pdfs) >= 17
    for name, text in pdfs.items():
        assert "13" in text, name
        for line in fold(text).splitlines():
            line = line.strip()
            assert not line.startswith((":", "»", ";", "?", "!", "h 55")), (name, line)


# --------------------------------------------------------------------------- print


def test_pages_are_numbered_and_repeat_the_reference(pdfs):
    multi = 0
    for name, text in pdfs.items():
        pages = [fold(p) for p in text.split("\f") if p.strip()]
        n = len(pages)
        for i, page in enumerate(pages, start=1):
            assert f"Page {i}/{n}" in page, (name, i)
            if i > 1:
                multi += 1
                assert "Réf. MER-2026-7KQ3M9" in page, (name, i)
    assert multi  # the tricky data makes several letters run over a page


def three_long_named_holders() -> TenantFileData:
    data = co_tenants()
    data.occupants = [
        OccupantData("Rabemananjara-Ravelojaona", "Marie-Françoise", "Mme", dt.date(1961, 12, 31)),
        OccupantData("Nguyen", "Jean-Baptiste", "M.", dt.date(1959, 2, 28)),
        OccupantData("Lefèvre", "Anaïs", "Mme", dt.date(1990, 5, 1)),
    ]
    return data


def docx_of(t: library.LetterTemplate, data: TenantFileData, values: dict, path: Path) -> Path:
    """``t`` filled for ``data`` with the free fields ``values``, written at ``path``."""
    prof = profile.load_profile()
    ctx = context.build_context(
        data,
        profile=prof,
        letter=context.LetterInfo("MER-2026-7KQ3M9", DAY, "Objet", False),
        agency_name="Agence de Mérignac",
    )
    ctx["champs"] = values
    path.write_bytes(engine.render_bytes(t, ctx, envelope=prof.envelope))
    return path


def test_the_page_number_stays_at_the_foot_when_three_holders_fill_the_header(
    libreoffice,  # noqa: F811
    tmp_path,
):
    """A protocol over three pages for three holders with long names: the running
    header of pages 2 and 3 names all three on two lines, and « Page 2/3 » stays at
    the foot of the page on the right, as on page 1, not in the middle of the header."""
    import pypdfium2 as pdfium

    t = library.get_template("protocole_accord")
    values = field_values(t, "texte")
    values["echeancier"] = "\n".join(
        f"{n}|05/{(n - 1) % 12 + 1:02d}/{2027 + (n - 1) // 12}|144,03 €" for n in range(1, 31)
    )
    docx = docx_of(t, three_long_named_holders(), values, tmp_path / "protocole.docx")
    made: dict = {}
    convert.convert_many([docx], tmp_path, lambda doc, pdf, error: made.update(pdf=pdf))
    pdf = pdfium.PdfDocument(made["pdf"])
    n = len(pdf)
    assert n >= 3
    for i in range(n):
        page = pdf[i]
        width, height = page.get_size()
        text = page.get_textpage()
        whole = fold(text.get_text_range())
        if i:  # every holder named in the running header, first and last names
            assert "RABEMANANJARA-RAVELOJAONA" in whole and "Anaïs LEFÈVRE" in whole
        found = text.search(f"Page {i + 1}/{n}")
        hit = found.get_next()
        assert hit is not None, (i + 1, whole[-200:])
        left, bottom, _right, _top = text.get_charbox(hit[0])
        assert bottom < height * 0.1, f"page {i + 1}: its number is not at the foot"
        assert left > width * 0.75, f"page {i + 1}: its number is not on the right"


def test_the_signature_never_stands_alone_on_the_last_page(libreoffice, tmp_path):  # noqa: F811
    """A refusal whose reason grows line by line: whatever the length, the page the
    closing formula and the signature go to also carries the end of the letter's text
    (a page holding only « Nous vous prions d'agréer… » and the signature proves
    nothing of what was signed)."""
    t = library.get_template("caleol_refus")
    docs = []
    for lines in range(0, 16):
        values = field_values(t, "texte")
        values["decision"] = "Non-attribution"
        values["motif"] = " ".join(
            ["Les ressources du ménage dépassent les plafonds applicables au logement."]
            * (1 + lines * 2)
        )
        docs.append(docx_of(t, co_tenants(), values, tmp_path / f"refus{lines:02d}.docx"))
    _closing_never_alone(docs, tmp_path)


def test_the_free_letters_closing_never_stands_alone_on_its_last_page(
    libreoffice,  # noqa: F811
    tmp_path,
):
    """The free letter's text is the user's paragraphs: its last one goes with the
    closing formula and the signature (the others may still break across pages), so
    that the closing is never alone at the top of page 2, whatever the length."""
    t = library.get_template("courrier_libre")
    sentence = (
        "Nous revenons vers vous au sujet de l'entretien de la chaudière de votre "
        "logement, dont la visite annuelle n'a pas pu avoir lieu à la date prévue."
    )
    docs = []
    for count in range(6, 20):
        values = field_values(t, "texte")
        values["corps"] = "\n\n".join([sentence] * count + ["Merci de nous rappeler."])
        docs.append(docx_of(t, co_tenants(), values, tmp_path / f"libre{count:02d}.docx"))
    _closing_never_alone(docs, tmp_path)


def test_the_parties_signatures_never_stand_alone_on_the_last_page(
    libreoffice,  # noqa: F811
    tmp_path,
):
    """The agreement's signature blocks and the proposal's acceptance, whatever the
    schedule's length, and the notice's occupation agreement: the page they go to also
    carries the end of the text they sign (the last article; the last paragraph, the
    closing and the landlord's signature). A page of signatures alone shows a judge
    nothing of what was agreed."""
    docs, markers = [], {}
    for name, marker in (
        ("protocole_accord", "Fait en autant d'exemplaires"),
        ("plan_proposition", "Acceptation de la proposition"),
    ):
        t = library.get_template(name)
        for count in range(1, 25, 2):
            values = field_values(t, "texte")
            values["echeancier"] = "\n".join(
                f"{i}|05/{i % 12 + 1:02d}/{2027 + i // 12}|411,52 €" for i in range(1, count + 1)
            )
            path = docx_of(t, co_tenants(), values, tmp_path / f"{name}{count:02d}.docx")
            docs.append(path)
            markers[path] = marker
    # The notice's occupation agreement (« convention d'occupation temporaire »),
    # its reason growing line by line.
    t = library.get_template("conge_report_depart")
    for count in range(0, 14):
        values = field_values(t, "texte")
        values["motif_report"] = " ".join(["travaux dans le futur logement"] * (1 + 3 * count))
        path = docx_of(t, co_tenants(), values, tmp_path / f"report{count:02d}.docx")
        docs.append(path)
        markers[path] = "Fait en trois exemplaires"
    # The local crisis protocol signed with the tenants' associations, its follow-up
    # growing line by line.
    t = library.get_template("protocole_crise_local")
    for count in range(0, 16):
        values = field_values(t, "texte")
        values["associations"] = "CNL\nCLCV"
        values["mesures"] = ""
        values["suivi"] = " ".join(["Le comité de suivi se réunit chaque mois."] * (1 + 3 * count))
        path = docx_of(t, co_tenants(), values, tmp_path / f"crise{count:02d}.docx")
        docs.append(path)
        markers[path] = "Fait à"
    _closing_never_alone(docs, tmp_path, markers)


def _closing_never_alone(
    docs: list[Path], tmp_path: Path, markers: dict[Path, str] | None = None
) -> None:
    """Each of ``docs`` that runs over a page has text of its own above the closing
    formula (or its ``markers``) on its last page; some do run over."""
    import pypdfium2 as pdfium

    made: dict = {}
    convert.convert_many(docs, tmp_path, lambda doc, pdf, error: made.update({doc: pdf}))
    over = 0
    for docx in docs:
        pdf = pdfium.PdfDocument(made[docx])
        if len(pdf) < 2:
            continue
        over += 1
        last = fold(pdf[len(pdf) - 1].get_textpage().get_text_range())
        body = last.split((markers or {}).get(docx, "Nous vous prions d'agréer"))[0]
        # the running header (reference and names) is not the letter's text
        body = body.split("Josette LEGROS", 1)[-1]
        assert len(body.split()) >= 3, (docx.name, last[:300])
    assert over  # some lengths run over a page
