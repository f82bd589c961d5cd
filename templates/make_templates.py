"""Build the bundled letter templates (``templates/letters/*.docx``) with python-docx.

    .venv/bin/python templates/make_templates.py [--assets]

The DOCX files are committed: agency staff edit them in Word or LibreOffice, so this
script is only the starting point (run it again to reset them). ``--assets`` also
redraws the demonstration logo and signature of ``resources/demo/``.

Layout (A4): letterhead in the page header; the address block in a floating table at
the envelope window (110 mm from the left, 55 mm from the top, 85 x 33 mm; the engine
moves it to the organisation profile's window); references on the left; place and
date, subject, salutation, body, closing, signature block; legal mentions in the
footer. Arial 10 pt (LibreOffice substitutes Liberation Sans, same metrics).
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent
LETTERS = HERE / "letters"
ROOT = HERE.parent
FONT = "Arial"
GREY = RGBColor(0x55, 0x5B, 0x66)
ACCENT = RGBColor(0x1F, 0x4E, 0x79)


# --------------------------------------------------------------------------- helpers


def _base_document(
    *,
    size: float = 10,
    space_after: float = 0,
    line_spacing: float = 1.1,
    margins_mm: tuple[int, int, int, int] = (22, 20, 42, 28),
    header_mm: int = 10,
    footer_mm: int = 8,
) -> Document:
    """An A4 document in Arial, French, with the given body size, spacing and margins
    (left, right, top, bottom); the defaults are the letters'."""
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(size)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "fr-FR")
    rpr.append(lang)
    pf = normal.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    pf.line_spacing = line_spacing
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    left, right, top, bottom = margins_mm
    section.left_margin = Mm(left)
    section.right_margin = Mm(right)
    section.top_margin = Mm(top)
    section.bottom_margin = Mm(bottom)
    section.header_distance = Mm(header_mm)
    section.footer_distance = Mm(footer_mm)
    core = doc.core_properties
    core.author = "Parcours"
    core.language = "fr-FR"
    return doc


def _para(
    container,
    text: str = "",
    *,
    size: float | None = None,
    bold: bool = False,
    color: RGBColor | None = None,
    align=None,
    before: float = 0,
    after: float = 0,
    left_indent_mm: float | None = None,
    italic: bool = False,
):
    p = container.add_paragraph()
    if text:
        run = p.add_run(text)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        if color is not None:
            run.font.color.rgb = color
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    if left_indent_mm is not None:
        pf.left_indent = Mm(left_indent_mm)
    if bold:  # a title or heading is never left alone at the foot of a page
        keep_with_next(p)
    return p


def _runs(p, *pieces):
    """Add (text, bold) runs to a paragraph; a paragraph all in bold (a heading) is
    kept with the next one."""
    for text, bold in pieces:
        run = p.add_run(text)
        run.bold = bold
    if pieces and all(bold for _text, bold in pieces):
        keep_with_next(p)
    return p


TBL_PR_ORDER = (
    "tblStyle",
    "tblpPr",
    "tblOverlap",
    "bidiVisual",
    "tblStyleRowBandSize",
    "tblStyleColBandSize",
    "tblW",
    "jc",
    "tblCellSpacing",
    "tblInd",
    "tblBorders",
    "shd",
    "tblLayout",
    "tblCellMar",
    "tblLook",
    "tblCaption",
    "tblDescription",
)


def _schema_order(tbl_pr) -> None:
    """Children of ``w:tblPr`` in the order of the OOXML schema (Word is strict)."""

    def rank(el):
        name = el.tag.rsplit("}", 1)[-1]
        return TBL_PR_ORDER.index(name) if name in TBL_PR_ORDER else len(TBL_PR_ORDER)

    children = sorted(tbl_pr, key=rank)
    for child in children:
        tbl_pr.remove(child)
        tbl_pr.append(child)


def _float_table(doc, *, x_mm: float, y_mm: float, width_mm: float, caption: str = ""):
    """A one-cell table anchored to the page at (x, y): the address window."""
    table = doc.add_table(rows=1, cols=1)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    tbl_pr = table._tbl.tblPr
    pos = OxmlElement("w:tblpPr")
    pos.set(qn("w:leftFromText"), "0")
    pos.set(qn("w:rightFromText"), "0")
    pos.set(qn("w:vertAnchor"), "page")
    pos.set(qn("w:horzAnchor"), "page")
    pos.set(qn("w:tblpX"), str(round(x_mm * 1440 / 25.4)))
    pos.set(qn("w:tblpY"), str(round(y_mm * 1440 / 25.4)))
    tbl_pr.insert(0, pos)
    overlap = OxmlElement("w:tblOverlap")
    overlap.set(qn("w:val"), "never")
    tbl_pr.append(overlap)
    width = OxmlElement("w:tblW")
    width.set(qn("w:w"), str(round(width_mm * 1440 / 25.4)))
    width.set(qn("w:type"), "dxa")
    existing = tbl_pr.find(qn("w:tblW"))
    if existing is not None:
        tbl_pr.remove(existing)
    tbl_pr.append(width)
    # Fixed layout: long data wraps inside the column instead of widening the table
    # over the envelope window.
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)
    margins = OxmlElement("w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        m = OxmlElement(f"w:{side}")
        m.set(qn("w:w"), "0")
        m.set(qn("w:type"), "dxa")
        margins.append(m)
    tbl_pr.append(margins)
    if caption:
        cap = OxmlElement("w:tblCaption")
        cap.set(qn("w:val"), caption)
        tbl_pr.append(cap)
    # No borders (python-docx's default "Table Grid" style is not applied).
    style = tbl_pr.find(qn("w:tblStyle"))
    if style is not None:
        tbl_pr.remove(style)
    _schema_order(tbl_pr)
    table.columns[0].width = Mm(width_mm)
    cell = table.rows[0].cells[0]
    cell.width = Mm(width_mm)
    cell.paragraphs[0].text = ""
    return table, cell


def _field(p, instruction: str, shown: str, *, size: float | None = None) -> None:
    """A Word field (``PAGE``, ``NUMPAGES``) computed by the word processor."""

    def run():
        r = p.add_run()
        if size:
            r.font.size = Pt(size)
            r.font.color.rgb = GREY
        return r

    for kind in ("begin", None, "separate", "shown", "end"):
        r = run()
        if kind == "shown":
            r.text = shown
        elif kind is None:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {instruction} "
            r._r.append(instr)
        else:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            r._r.append(char)


def _page_number(p, size: float = 7.5) -> None:
    """``Page 2/3``."""
    r = p.add_run("Page ")
    r.font.size = Pt(size)
    r.font.color.rgb = GREY
    _field(p, "PAGE", "1", size=size)
    r = p.add_run("/")
    r.font.size = Pt(size)
    r.font.color.rgb = GREY
    _field(p, "NUMPAGES", "1", size=size)


def _letterhead(doc) -> None:
    """The letterhead on the first page; from the second page on, a header line with
    the reference and the addressee. The page number is at the foot of every page, on
    the right: in the header it followed the addressees, and three holders' names
    wrapped the line and left it in the middle of the page."""
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    following = section.header
    following.is_linked_to_previous = False
    p = following.paragraphs[0]
    r = p.add_run(
        "{{ bailleur.nom }} · Réf. {{ lettre.reference }}"
        "{% if locataire is defined %} · {{ locataire.noms_complets }}{% endif %}"
    )
    r.font.size = Pt(8)
    r.font.color.rgb = GREY
    footer = section.footer
    footer.is_linked_to_previous = False
    fp = footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = fp.add_run("{{ bailleur.mentions_legales }}")
    run.font.size = Pt(7)
    run.font.color.rgb = GREY
    _page_number(_para(footer, align=WD_ALIGN_PARAGRAPH.RIGHT, before=1))

    header = section.first_page_header
    header.is_linked_to_previous = False
    first = header.paragraphs[0]
    first.add_run("{{ bailleur.logo }}")
    _para(header, "{{ bailleur.nom }}", size=11, bold=True, color=ACCENT, before=2)
    _para(header, "{{ agence.nom }}", size=8.5, color=GREY)
    _para(header, "{{ agence.adresse }}", size=8.5, color=GREY)
    _para(header, "Tél. {{ agence.telephone }} · {{ agence.courriel }}", size=8.5, color=GREY)

    footer = section.first_page_footer
    footer.is_linked_to_previous = False
    fp = footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = fp.add_run("{{ bailleur.mentions_legales }}")
    run.font.size = Pt(7)
    run.font.color.rgb = GREY
    _para(
        footer,
        "{{ bailleur.mentions_donnees }}",
        size=6.5,
        color=GREY,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        before=2,
    )
    # "Page 1/2" at the foot of the first page too.
    _page_number(_para(footer, align=WD_ALIGN_PARAGRAPH.RIGHT, before=1))


def _address_and_references(doc, *, with_registered: bool = True) -> None:
    # Address block at the envelope window.
    _table, cell = _float_table(doc, x_mm=110, y_mm=55, width_mm=85, caption="adresse")
    p = cell.paragraphs[0]
    p.add_run("{{ destinataire.adresse }}")
    # References, left column, beside the window.
    refs, rcell = _float_table(doc, x_mm=22, y_mm=52, width_mm=80)
    p = rcell.paragraphs[0]
    r = p.add_run("Vos références")
    r.bold = True
    r.font.size = Pt(8.5)
    r.font.color.rgb = ACCENT
    for label, value in (
        ("Contrat n° ", "{{ locataire.bail.contrat }}"),
        ("Logement ", "{{ locataire.logement.reference }}"),
    ):
        q = _para(rcell, size=8.5)
        _runs(q, (label, False), (value, False))
        for run in q.runs:
            run.font.size = Pt(8.5)
    r = _para(rcell, "Nos références", size=8.5, bold=True, color=ACCENT, before=3)
    for label, value in (
        ("Réf. ", "{{ lettre.reference }}"),
        ("Affaire suivie par ", "{{ lettre.affaire_suivie_par or agence.nom }}"),
        ("Tél. ", "{{ agence.telephone }}"),
    ):
        q = _para(rcell)
        _runs(q, (label, False), (value, False))
        for run in q.runs:
            run.font.size = Pt(8.5)
    # The first body paragraph starts below the window (anchor of both tables).
    _para(doc, "{{ lettre.lieu_date }}", align=WD_ALIGN_PARAGRAPH.RIGHT, before=150 - 0)
    if with_registered:
        _para(doc, "{%p if lettre.recommandee %}")
        p = _para(doc, before=10)
        r = p.add_run(
            "Lettre recommandée avec avis de réception"
            "{% if lettre.numero_recommande %} n° {{ lettre.numero_recommande }}"
            "{% endif %}"
        )
        r.bold = True
        _para(doc, "{%p endif %}")


def _subject(doc, extra_pj: bool = False) -> None:
    p = _para(doc, before=14)
    _runs(p, ("Objet : ", True), ("{{ lettre.objet }}", True))
    # The holders the address block had no room to name (three long names and a
    # crowded address): the letter still names every one of them.
    _para(doc, "{%p if destinataire.titulaires %}")
    p = _para(doc, before=2)
    _runs(p, ("Destinataires : ", True), ("{{ destinataire.titulaires }}", False))
    _para(doc, "{%p endif %}")
    if extra_pj:
        _para(doc, "{%p if champs.pieces_jointes %}")
        p = _para(doc, before=2)
        _runs(p, ("P.J. : ", True), ("{{ champs.pieces_jointes }}", False))
        _para(doc, "{%p endif %}")


def _body(doc, text: str, *, before: float = 0):
    p = _para(doc, before=before, after=6)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.add_run(text)
    return p


def _salutation(doc) -> None:
    _para(doc, "{{ destinataire.formule_appel }}", before=14, after=8)


def _closing_and_signature(doc) -> None:
    """The closing formula and the signature block (title, image, name), never split
    across two pages, nor alone on the last page: the end of the last paragraph goes
    with them."""
    _keep_last_paragraph_with_next(doc)
    p = _body(
        doc,
        "Nous vous prions d'agréer, {{ destinataire.civilite_longue }}, "
        "l'expression de nos salutations distinguées.",
        before=4,
    )
    keep_with_next(p)
    _signature_block(doc, before=14)


def _keep_last_paragraph_with_next(doc) -> None:
    """Keep with the next paragraph the body's last text paragraph (at least its last
    two lines: widow control). When it is one of a condition's branches (``{%p if %}``
    ... ``{%p endif %}``), every branch, and the paragraph before the condition."""
    depth = 0
    for element in reversed(list(doc.element.body)):
        if element.tag == qn("w:sectPr"):
            continue
        if element.tag != qn("w:p"):
            return  # a table: its rows keep their own rule
        text = "".join(t.text or "" for t in element.iter(qn("w:t"))).strip()
        if text.startswith("{%p"):
            word = text[3:].split()[0] if text[3:].split() else ""
            depth += word.startswith("end")
            depth -= word == "if" or word == "for"
            continue
        if not text:
            continue
        if "|paragraphes" in text:
            return  # free text made into several paragraphs: each would keep the rule
        pf = Paragraph(element, doc._body).paragraph_format
        pf.keep_with_next = True
        pf.widow_control = True
        if depth <= 0:
            return


def _made_at(doc, text: str):
    """The parties' « Fait en … exemplaires, à …, le … », kept with the signatures
    below and with the end of the text above (``_keep_last_paragraph_with_next``): a
    page of signatures alone shows nothing of what was signed."""
    _keep_last_paragraph_with_next(doc)
    p = _para(doc, text, before=12, after=8)
    keep_with_next(p)
    return p


def _signature_block(doc, *, before: float) -> None:
    keep_with_next(_para(doc, "{{ signataire.fonction }}", before=before, left_indent_mm=100))
    keep_with_next(_para(doc, "{{ signataire.signature }}", left_indent_mm=100, before=2))
    p = _para(doc, "{{ signataire.nom }}", bold=True, left_indent_mm=100, before=2)
    p.paragraph_format.keep_with_next = False


def keep_row_together(row) -> None:
    """A table row never split across two pages (Word ``cantSplit``)."""
    tr_pr = row._tr.get_or_add_trPr()
    cant = OxmlElement("w:cantSplit")
    tr_pr.append(cant)


def keep_with_next(p, *, lines: bool = True) -> None:
    p.paragraph_format.keep_with_next = True
    if lines:
        p.paragraph_format.keep_together = True


HOLDER_TITLE = (
    "{{ ('La locataire' if t.civilite == 'Mme' else 'Le locataire') "
    "if locataires|length == 1 else ('Cotitulaire du bail') }}"
)


def holder_signatures(
    doc,
    *,
    title: str = HOLDER_TITLE,
    note: str = "Mention manuscrite « Lu et approuvé », date et signature",
) -> None:
    """One signature block per lease holder (``locataires``): a table row each, never
    split across pages: title, name, the handwritten mention, and room to sign."""
    table = doc.add_table(rows=3, cols=2)
    for row in table.rows:
        for cell in row.cells:
            cell.width = Mm(82)
    table.rows[0].cells[0].paragraphs[0].add_run("{%tr for t in locataires %}")
    row = table.rows[1]
    keep_row_together(row)
    cell, space = row.cells
    p = cell.paragraphs[0]
    keep_with_next(p)
    run = p.add_run(title)
    run.bold = True
    run.font.color.rgb = ACCENT
    q = cell.add_paragraph()
    keep_with_next(q)
    q.add_run("{{ t.nom_complet }}").font.size = Pt(9)
    n = cell.add_paragraph()
    rn = n.add_run(note)
    rn.font.size = Pt(8)
    rn.font.color.rgb = GREY
    for _ in range(3):
        cell.add_paragraph()
    space.paragraphs[0].add_run("")
    table.rows[2].cells[0].paragraphs[0].add_run("{%tr endfor %}")


def _save(doc, name: str) -> Path:
    LETTERS.mkdir(parents=True, exist_ok=True)
    path = LETTERS / f"{name}.docx"
    doc.save(path)
    return path


# --------------------------------------------------------------------------- templates


def courrier_libre() -> Path:
    doc = _base_document()
    doc.core_properties.title = "Courrier au locataire"
    _letterhead(doc)
    _address_and_references(doc)
    _subject(doc, extra_pj=True)
    _salutation(doc)
    # The last paragraph on its own, kept with the closing formula by
    # ``_closing_and_signature`` (the others may break across pages).
    _para(doc, "{%p if champs.corps|paragraphes_sauf_dernier %}")
    _body(doc, "{{ champs.corps|paragraphes_sauf_dernier }}")
    _para(doc, "{%p endif %}")
    _body(doc, "{{ champs.corps|dernier_paragraphe }}")
    _closing_and_signature(doc)
    return _save(doc, "courrier_libre")


def relance_impaye() -> Path:
    doc = _base_document()
    doc.core_properties.title = "Relance pour impayé de loyer"
    _letterhead(doc)
    _address_and_references(doc)
    _subject(doc)
    _salutation(doc)
    _body(
        doc,
        "Sauf erreur ou omission de notre part, votre compte locataire présente à ce "
        "jour un solde débiteur de {{ champs.montant_du|euros }} "
        "({{ champs.montant_du|en_lettres }}){% if champs.periode %}, correspondant aux "
        "loyers et charges de {{ champs.periode }}{% endif %}.",
    )
    _body(
        doc,
        "Nous vous demandons de bien vouloir régulariser cette situation au plus tard "
        "le {{ champs.date_limite|date_fr }}, par virement, par prélèvement ou à l'accueil "
        "de votre agence.",
    )
    _body(
        doc,
        "Si vous rencontrez des difficultés pour payer votre loyer, prenez contact "
        "rapidement avec votre agence au {{ agence.telephone }} : un plan d'apurement "
        "adapté à votre situation peut être étudié, et des aides existent (Fonds de "
        "solidarité pour le logement, aide au logement de la CAF ou de la MSA).",
    )
    _body(
        doc,
        "À défaut de règlement ou de prise de contact dans ce délai, nous serions "
        "contraints d'engager la procédure de recouvrement prévue par votre contrat de "
        "location.",
    )
    _closing_and_signature(doc)
    return _save(doc, "relance_impaye")


def attestation_logement() -> Path:
    doc = _base_document()
    doc.core_properties.title = "Attestation de logement"
    _letterhead(doc)
    _address_and_references(doc, with_registered=False)
    _para(
        doc,
        "ATTESTATION DE LOGEMENT",
        size=13,
        bold=True,
        color=ACCENT,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        before=22,
        after=16,
    )
    _body(
        doc,
        "{{ signataire.nom }}, {{ signataire.fonction }} de "
        "{{ bailleur.nom }}, atteste que {{ locataire.noms_complets }} "
        "{{ 'sont locataires' if locataire.nombre > 1 else 'est locataire' }}, "
        "depuis le {{ locataire.bail.date_debut|date_fr }}, du logement de type "
        "{{ locataire.logement.type }} (référence {{ locataire.logement.reference }}) situé "
        "{{ locataire.logement.adresse }}, au titre du contrat de location "
        "n° {{ locataire.bail.contrat }}.",
    )
    _body(
        doc,
        "Le loyer mensuel de ce logement s'élève à "
        "{{ locataire.bail.loyer_charges|euros }} charges comprises "
        "({{ locataire.bail.loyer_charges|en_lettres }}), dont "
        "{{ locataire.bail.charges|euros }} de provisions sur charges.",
    )
    _para(doc, "{%p if locataire.solde <= 0 %}")
    _body(
        doc,
        "À la date de la présente attestation, {{ locataire.designation }} "
        "{{ 'sont' if locataire.nombre > 1 else 'est' }} à jour du paiement des loyers et "
        "charges.",
    )
    _para(doc, "{%p endif %}")
    _para(doc, "{%p if champs.motif %}")
    _body(
        doc,
        "Attestation établie à la demande {{ 'des intéressé' ~ locataire.accord "
        'if locataire.nombre > 1 else "de l\'intéressé" ~ locataire.accord }} pour : '
        "{{ champs.motif }}.",
    )
    _para(doc, "{%p endif %}")
    _body(doc, "Attestation délivrée pour servir et valoir ce que de droit.", before=4)
    keep_with_next(
        _para(
            doc,
            "Fait à {{ lettre.lieu }}, le {{ lettre.date|date_fr }}",
            before=10,
            left_indent_mm=100,
        )
    )
    _signature_block(doc, before=8)
    return _save(doc, "attestation_logement")


# --------------------------------------------------------------------------- demo assets


def demo_assets() -> None:
    """Logo and scanned-looking signature of the demonstration profile."""
    import math

    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    out = ROOT / "resources" / "demo"
    out.mkdir(parents=True, exist_ok=True)
    font_dir = Path("/usr/share/fonts/truetype/dejavu")
    scale = 4
    w, h = 900 * scale // 2, 200 * scale // 2
    logo = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(logo)
    blue, green = (31, 78, 121, 255), (76, 145, 65, 255)
    s = scale // 2
    d.polygon([(20 * s, 110 * s), (100 * s, 30 * s), (180 * s, 110 * s)], fill=blue)
    d.rectangle([45 * s, 105 * s, 155 * s, 185 * s], fill=blue)
    d.rectangle([85 * s, 135 * s, 115 * s, 185 * s], fill=(255, 255, 255, 255))
    d.ellipse([125 * s, 40 * s, 175 * s, 90 * s], fill=green)
    for i in range(3):  # the river
        y = 192 * s - i * 10 * s
        d.arc([0, y - 20 * s, 200 * s, y + 20 * s], 200, 340, fill=green, width=3 * s)
    bold = ImageFont.truetype(str(font_dir / "DejaVuSans-Bold.ttf"), 58 * s)
    light = ImageFont.truetype(str(font_dir / "DejaVuSans.ttf"), 28 * s)
    d.text((210 * s, 40 * s), "Logis de Garonne", font=bold, fill=blue)
    d.text((214 * s, 125 * s), "Habitat social en Gironde", font=light, fill=(85, 91, 102, 255))
    logo = logo.crop(logo.getbbox()).resize(
        (760, round(760 * logo.height / logo.width)), Image.LANCZOS
    )
    logo.save(out / "logo.png")

    sw, sh = 1200, 420
    sig = Image.new("RGBA", (sw, sh), (255, 255, 255, 0))
    d = ImageDraw.Draw(sig)
    ink = (20, 35, 90, 255)
    pts = []
    for i in range(400):
        t = i / 399
        x = 60 + 1000 * t
        y = 230 + 90 * math.sin(t * 11) * (1 - t) + 40 * math.sin(t * 37) * t
        pts.append((x, y))
    d.line(pts, fill=ink, width=9, joint="curve")
    loop = [(300 + 120 * math.cos(a / 40), 200 + 150 * math.sin(a / 40)) for a in range(0, 252)]
    d.line(loop, fill=ink, width=8, joint="curve")
    d.line([(700, 330), (1150, 300)], fill=ink, width=6)
    sig = sig.filter(ImageFilter.GaussianBlur(1.2)).resize((600, 210), Image.LANCZOS)
    sig.save(out / "signature.png")


def main(argv: list[str]) -> int:
    if "--assets" in argv:
        demo_assets()
    for build in (courrier_libre, relance_impaye, attestation_logement):
        print(build().relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
