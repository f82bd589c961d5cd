"""Build the DOCX template of the CALEOL minutes (``templates/caleol/proces_verbal.docx``).

    .venv/bin/python templates/make_caleol_minutes_template.py

The DOCX is committed: a secretary may adjust it in Word or LibreOffice (this script
is only the starting point; run it again to reset it). It is filled by the sandboxed
docxtpl engine (``desktop.documents.engine``) with the data of
``desktop.documents.minutes.minutes_context``, the same as the HTML/PDF version.

Layout (A4, Arial 9.5 pt): header with the organisation and "Procès-verbal de la
séance n° …" (plus the "PROJET — version N" mention on drafts), footer with the
confidentiality mention and "Page X / Y"; title, session facts, opening paragraph,
remote-session paragraphs, I. members and attendance (one table row per member),
II. quorum, III. one block per dwelling (characteristics line, candidates table),
decision summary, IV. occupation reviews, V. remarks, closing, "Fait à …",
signatures of the president and the secretary.

Tags: ``{%p … %}`` alone in its paragraph for blocks spanning paragraphs (loops over
dwellings, conditions), ``{%tr … %}`` alone in its table row for row loops.
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

HERE = Path(__file__).resolve().parent
OUT = HERE / "caleol" / "proces_verbal.docx"
sys.path.insert(0, str(HERE))

from make_templates import _base_document as _letters_base_document  # noqa: E402

ROOT = HERE.parent
FONT = "Arial"
GREY = RGBColor(0x55, 0x5B, 0x66)
ACCENT = RGBColor(0x1F, 0x4E, 0x79)
RED = RGBColor(0xB3, 0x26, 0x1E)
HEAD_FILL = "1F4E79"
LIGHT_FILL = "EEF2F7"


# --------------------------------------------------------------------------- helpers


def _base_document() -> Document:
    """The letters' base document (``make_templates``) with the minutes' denser body."""
    doc = _letters_base_document(
        size=9.5,
        space_after=4,
        line_spacing=1.15,
        margins_mm=(20, 18, 24, 22),
        header_mm=9,
        footer_mm=9,
    )
    doc.core_properties.title = "Procès-verbal de la CALEOL"
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
    after: float = 4,
    italic: bool = False,
    keep_next: bool = False,
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
    if keep_next:
        pf.keep_with_next = True
    if align is not None:
        p.alignment = align
    return p


def _tag(container, text: str):
    """A paragraph holding only a ``{%p … %}`` tag (removed when rendered)."""
    p = container.add_paragraph()
    p.add_run(text)
    return p


def _field(paragraph, instruction: str, size: float = 7.5) -> None:
    """A Word field (PAGE, NUMPAGES) in ``paragraph``."""
    run = paragraph.add_run()
    run.font.size = Pt(size)
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    placeholder = OxmlElement("w:t")
    placeholder.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for node in (begin, instr, separate, placeholder, end):
        run._r.append(node)


def _shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    tc_pr.append(shading)


def _borders(table, color: str = "C9D3DE", size: int = 4) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement(f"w:{side}")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), str(size))
        b.set(qn("w:space"), "0")
        b.set(qn("w:color"), color)
        borders.append(b)
    tbl_pr.append(borders)


def _repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _cant_split(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))


def _cell_text(
    cell,
    text: str,
    *,
    bold: bool = False,
    size: float = 8.5,
    color: RGBColor | None = None,
    italic: bool = False,
) -> None:
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    run.font.size = Pt(size)
    if color is not None:
        run.font.color.rgb = color


def _table(doc, widths_mm: list[float], header: list[str] | None = None):
    table = doc.add_table(rows=0, cols=len(widths_mm))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width in zip(table.columns, widths_mm):
        column.width = Mm(width)
    _borders(table)
    if header:
        row = table.add_row()
        _repeat_header(row)
        for cell, text, width in zip(row.cells, header, widths_mm):
            cell.width = Mm(width)
            _shade(cell, HEAD_FILL)
            _cell_text(cell, text, bold=True, color=RGBColor(0xFF, 0xFF, 0xFF))
    return table


def _loop_rows(
    table,
    widths_mm: list[float],
    opening: str,
    cells: list[str],
    *,
    bold_first: bool = False,
    size: float = 8.5,
):
    """Three rows: ``{%tr for … %}``, the repeated row, ``{%tr endfor %}``."""
    start = table.add_row()
    _cell_text(start.cells[0], opening, size=size)
    row = table.add_row()
    _cant_split(row)
    for i, (cell, text, width) in enumerate(zip(row.cells, cells, widths_mm)):
        cell.width = Mm(width)
        _cell_text(cell, text, bold=bold_first and i == 0, size=size)
    end = table.add_row()
    _cell_text(end.cells[0], "{%tr endfor %}", size=size)
    for r in (start, end):
        for cell, width in zip(r.cells, widths_mm):
            cell.width = Mm(width)
    return row


def _heading(doc, text: str) -> None:
    p = _para(doc, text, size=11, bold=True, color=ACCENT, before=10, after=4, keep_next=True)
    p_pr = p._p.get_or_add_pPr()
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), "4")
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), "C9D3DE")
    border.append(bottom)
    p_pr.append(border)


# --------------------------------------------------------------------------- parts


def _header_footer(doc) -> None:
    section = doc.sections[0]
    header = section.header
    header.is_linked_to_previous = False
    p = header.paragraphs[0]
    run = p.add_run("{{ organisme.nom }}")
    run.bold = True
    run.font.size = Pt(8)
    run.font.color.rgb = ACCENT
    run = p.add_run("\t\t{{ titre }}{% if extrait %} — extrait{% endif %}")
    run.font.size = Pt(8)
    run.font.color.rgb = GREY
    _para(
        header,
        "{% if projet %}{{ projet }} — document de travail soumis à l'approbation "
        "des membres, sans valeur de procès-verbal{% endif %}",
        size=8,
        bold=True,
        color=RED,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        after=0,
    )

    footer = section.footer
    footer.is_linked_to_previous = False
    fp = footer.paragraphs[0]
    run = fp.add_run("{{ confidentiel }}\t\tPage ")
    run.font.size = Pt(7.5)
    run.font.color.rgb = GREY
    _field(fp, "PAGE")
    run = fp.add_run(" / ")
    run.font.size = Pt(7.5)
    _field(fp, "NUMPAGES")


def _title(doc) -> None:
    _para(doc, "{{ organisme.nom }}", size=13, bold=True, color=ACCENT, after=0)
    _para(doc, "{{ organisme.adresse_ligne }}", size=8.5, color=GREY, after=0)
    _para(
        doc,
        "{{ commission.nom }}{% if commission.territoire %} — "
        "{{ commission.territoire }}{% endif %}",
        size=8.5,
        color=GREY,
        after=12,
    )
    _para(
        doc,
        "{% if extrait %}EXTRAIT DU PROCÈS-VERBAL{% else %}PROCÈS-VERBAL{% endif %}",
        size=17,
        bold=True,
        color=ACCENT,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        after=0,
    )
    _para(
        doc,
        "de la séance n° {{ seance.numero }} du {{ seance.date }}",
        size=11.5,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        after=2,
    )
    _para(
        doc, "{{ titre_long }}", italic=True, color=GREY, align=WD_ALIGN_PARAGRAPH.CENTER, after=10
    )

    widths = [32, 140]
    table = _table(doc, widths)
    for label, value in (
        (
            "Séance",
            "n° {{ seance.numero }} — {{ seance.date }}{% if seance.heure %}, "
            "{{ seance.heure }}{% endif %}",
        ),
        ("Lieu", "{{ seance.lieu }}"),
        ("Forme", "{{ seance.mode }}{% if seance.moyen %} — {{ seance.moyen }}{% endif %}"),
        ("Présidence", "{{ seance.president }}"),
        ("Secrétariat", "{{ seance.secretaire }}"),
    ):
        row = table.add_row()
        row.cells[0].width, row.cells[1].width = Mm(widths[0]), Mm(widths[1])
        _shade(row.cells[0], LIGHT_FILL)
        _cell_text(row.cells[0], label, bold=True, color=ACCENT)
        _cell_text(row.cells[1], value)
    _para(doc, "", after=6)

    _tag(doc, "{%p if extrait %}")
    _para(doc, "{{ extrait.mention }}", bold=True, color=ACCENT)
    _para(doc, "{{ extrait.omis }}", color=ACCENT)
    _tag(doc, "{%p endif %}")


def _opening(doc) -> None:
    _para(doc, "{{ ouverture }}", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    _tag(doc, "{%p for paragraphe in distance %}")
    _para(doc, "{{ paragraphe }}", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    _tag(doc, "{%p endfor %}")


def _members(doc) -> None:
    _heading(doc, "I. MEMBRES CONVOQUÉS ET PARTICIPATION")
    widths = [40, 60, 24, 48]  # « Consultative » whole in its column
    table = _table(doc, widths, ["Membre", "Siège et qualité", "Voix", "Participation"])
    _loop_rows(
        table,
        widths,
        "{%tr for m in membres %}",
        [
            "{{ m.nom }}",
            "{{ m.siege }}{% if m.qualite %} — {{ m.qualite }}{% endif %}",
            "{{ m.voix }}",
            "{{ m.presence }}",
        ],
        bold_first=True,
    )
    _para(doc, "{{ participation }}", size=8.5, color=GREY, before=4)
    _para(doc, "{{ secretariat }}")


def _quorum(doc) -> None:
    _heading(doc, "II. QUORUM")
    _para(doc, "{{ quorum.chiffres }}.")
    _tag(doc, "{%p for d in quorum.details %}")
    _para(doc, "• {{ d }}", size=8.5, color=GREY, after=2)
    _tag(doc, "{%p endfor %}")
    _para(doc, "{{ quorum.phrase }}", bold=True, before=4)


def _dwellings(doc) -> None:
    _heading(doc, "III. ATTRIBUTION DES LOGEMENTS")
    _para(doc, "{{ logements_intro }}", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    _tag(doc, "{%p for l in logements %}")
    p = _para(doc, "", before=8, after=1, keep_next=True)
    run = p.add_run("Logement n° {{ l.numero }}")
    run.bold = True
    run.font.color.rgb = ACCENT
    run = p.add_run(" — {{ l.reference }}")
    run.bold = True
    _para(
        doc,
        "{{ l.adresse }}{% if l.programme %} — {{ l.programme }}{% endif %}",
        color=GREY,
        after=1,
        keep_next=True,
    )
    _para(doc, "{{ l.caracteristiques_texte }}", size=8.5, after=2, keep_next=True)
    _tag(doc, "{%p if l.moins_de_trois or l.observations %}")
    _para(
        doc,
        "{{ l.moins_de_trois }}{% if l.observations %} {{ l.observations }}{% endif %}",
        size=8.5,
        italic=True,
        after=2,
        keep_next=True,
    )
    _tag(doc, "{%p endif %}")
    # Each detail in its own column: the reason with the decision, the cotation with the
    # candidate, conflicts and voting channels with the votes.
    widths = [8, 42, 32, 30, 34, 26]
    table = _table(
        doc, widths, ["N°", "Candidat", "Ressources", "Critères de priorité", "Décision", "Votes"]
    )
    _loop_rows(
        table,
        widths,
        "{%tr for c in l.candidats %}",
        [
            "{{ c.position }}",
            "{{ c.nom }}{% if not c.masque %} — n° unique {{ c.numero_unique }} — "
            "{{ c.menage }}{% endif %}{% if c.cotation %} — {{ c.cotation }}{% endif %}",
            "{% if not c.masque %}{{ c.ressources }} / mois ; taux d'effort {{ c.taux_effort }} ; "
            "reste à vivre {{ c.reste_a_vivre }} / mois / UC{% endif %}",
            "{{ c.priorites }}",
            "{{ c.decision }}{% if c.motif %} — {{ c.motif }}{% endif %}",
            "{{ c.votes }}{% if c.details_votes %} — {{ c.details_votes }}{% endif %}",
        ],
        size=8,
    )
    # who did not vote on the dwelling, and why (absent, not concerned, conflict)
    _para(doc, "{{ l.non_votants_texte }}", size=8.5, color=GREY, before=2, after=2)
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p if not extrait %}")
    _para(
        doc,
        "Récapitulatif des décisions",
        bold=True,
        color=ACCENT,
        before=8,
        after=2,
        keep_next=True,
    )
    widths = [120, 30]
    table = _table(doc, widths, ["Décision", "Candidatures"])
    _loop_rows(
        table, widths, "{%tr for r in recapitulatif %}", ["{{ r.libelle }}", "{{ r.nombre }}"]
    )
    _tag(doc, "{%p endif %}")
    _para(doc, "{{ notification }}", size=8.5, color=GREY, before=4)


def _reviews(doc) -> None:
    _tag(doc, "{%p if not extrait %}")
    _heading(doc, "IV. EXAMEN DE L'OCCUPATION DES LOGEMENTS")
    _tag(doc, "{%p if examens_vide %}")
    _para(
        doc,
        "Aucune situation n'a été soumise à la commission au titre de l'examen de "
        "l'occupation des logements (article L442-5-2 du code de la construction et de "
        "l'habitation).",
    )
    _tag(doc, "{%p else %}")
    _para(
        doc,
        "En application de l'article L442-5-2 du code de la construction et de "
        "l'habitation, la commission a examiné les conditions d'occupation des logements "
        "suivants ; elle constate la situation et, le cas échéant, définit les "
        "caractéristiques d'un logement adapté aux besoins des locataires.",
        align=WD_ALIGN_PARAGRAPH.JUSTIFY,
    )
    widths = [8, 40, 42, 42, 40]
    table = _table(
        doc,
        widths,
        ["N°", "Locataire et logement", "Motif d'examen", "Constat", "Avis de la commission"],
    )
    _loop_rows(
        table,
        widths,
        "{%tr for e in examens %}",
        [
            "{{ e.numero }}",
            "{{ e.locataire }} — {{ e.logement }}{% if e.occupants %}, "
            "{{ e.occupants }}{% endif %}",
            "{{ e.motifs }}",
            "{{ e.constat }}",
            "{{ e.avis }}",
        ],
        size=8,
    )
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p if observations %}")
    _heading(doc, "V. OBSERVATIONS ET INCIDENTS DE SÉANCE")
    _tag(doc, "{%p for o in observations %}")
    _para(doc, "{{ o }}", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p endif %}")


def _closing(doc) -> None:
    _para(doc, "{{ cloture }}", before=10)
    _tag(doc, "{%p if approbations %}")
    _para(
        doc,
        "Le présent procès-verbal a été approuvé par les membres suivants : "
        "{% for a in approbations %}{{ a.nom }} (le {{ a.date }}, {{ a.voie }})"
        "{% if not loop.last %} ; {% endif %}{% endfor %}.",
        size=8.5,
        color=GREY,
    )
    _tag(doc, "{%p endif %}")
    _para(doc, "{{ fait_a }}", before=8, after=8, keep_next=True)
    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for column in table.columns:
        column.width = Mm(86)
    for cell, i in zip(table.rows[0].cells, (0, 1)):
        cell.width = Mm(86)
        _cell_text(cell, "{{ signataires[%d].titre }}" % i, bold=True, size=9.5)  # noqa: UP031 - Jinja braces
        p = cell.add_paragraph()
        p.add_run("{{ signataires[%d].nom }}" % i)  # noqa: UP031 - Jinja braces
        for _ in range(4):
            cell.add_paragraph()


def build() -> Path:
    doc = _base_document()
    _header_footer(doc)
    _title(doc)
    _opening(doc)
    _members(doc)
    _quorum(doc)
    _dwellings(doc)
    _reviews(doc)
    _closing(doc)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(OUT))
    return OUT


def main(argv: list[str]) -> int:
    print(build().relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
