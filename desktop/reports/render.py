"""A report as a PDF (HTML/CSS through WeasyPrint) or an Excel workbook (pandas).

PDF: the sandboxed Jinja template ``templates/reports/rapport_activite.html`` with a
cover page (key figures), a contents page with the table of figures (page numbers
by ``target-counter``), one part per section, "Page X / Y" in the footer; the charts
are SVG images in ``data:`` URLs. WeasyPrint runs in the worker process of
``desktop.documents.html.HtmlRenderer``, never in the calling (GUI) process.

Excel: one sheet per table (French headers, numbers typed as numbers with French-
readable formats) after a "Synthèse" sheet; text cells that a spreadsheet could take
for a formula are written as plain text (quote prefix), as ``desktop.services.
spreadsheet`` does. pandas and openpyxl are imported when a workbook is written.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.documents.files import save_atomically
from desktop.domain.formatting import format_date_fr, format_datetime_fr, utc_to_local
from desktop.domain.i18n import QT_TRANSLATE_NOOP as N
from desktop.domain.minutes import format_time_fr
from desktop.reports.charts import render_svg
from desktop.reports.figures import Kind, ReportData, format_value
from desktop.resources import template

TEMPLATE = ("reports", "rapport_activite.html")
Progress = Callable[[float, str], None]

TABLE_LABEL = N("messages", "Tableau {n}")
FIGURE_LABEL = N("messages", "Figure {n}")
ALL_AGENCIES = N("messages", "Toutes les agences")


def _noop(fraction: float, text: str) -> None:
    pass


def _data_url(data: bytes, mime: str) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def _logo(profile) -> str:
    path = getattr(profile, "logo", None)
    if not path:
        return ""
    try:
        data = Path(path).read_bytes()
    except OSError:
        return ""
    suffix = Path(path).suffix.lower()
    mime = {
        ".png": "image/png",
        ".jpg": "image/jpeg",
        ".jpeg": "image/jpeg",
        ".svg": "image/svg+xml",
    }.get(suffix)
    return _data_url(data, mime) if mime else ""


def _cell(value: Any, kind: Kind) -> dict:
    return {"text": format_value(value, kind), "cls": "" if kind is Kind.TEXT else "n"}


def numbered(data: ReportData) -> tuple[list[tuple[str, Any]], list[tuple[str, Any]]]:
    """``(label, chart)`` and ``(label, table)`` in document order: Figure 1…, Tableau 1…"""
    charts = [(FIGURE_LABEL.format(n=i), c) for i, c in enumerate(data.charts(), start=1)]
    tables = [(TABLE_LABEL.format(n=i), t) for i, t in enumerate(data.tables(), start=1)]
    return charts, tables


def generated_on(data: ReportData) -> str:
    """``07/12/2026 à 9 h 36``: when the report was made, in the workstation's time
    (``generated_at`` is naive UTC, as every stored timestamp)."""
    local = utc_to_local(data.generated_at)
    return f"{format_date_fr(local.date())} à {format_time_fr(local)}"


def html_context(data: ReportData, profile=None, progress: Progress = _noop) -> dict:
    organisation = getattr(profile, "name", "") or "Parcours"
    chart_labels = dict((id(c), label) for label, c in numbered(data)[0])
    table_labels = dict((id(t), label) for label, t in numbered(data)[1])
    total_charts = max(len(chart_labels), 1)
    drawn = 0
    sections, chart_list, table_list = [], [], []
    for si, s in enumerate(data.sections, start=1):
        charts = []
        for c in s.charts:
            ident = f"f-{c.key}"
            svg = render_svg(c, 680)
            charts.append(
                {
                    "id": ident,
                    "label": chart_labels[id(c)],
                    "title": c.title,
                    "alt": chart_alt(c),
                    "src": _data_url(svg.encode("utf-8"), "image/svg+xml"),
                }
            )
            chart_list.append({"id": ident, "label": chart_labels[id(c)], "title": c.title})
            drawn += 1
            progress(0.1 + 0.2 * drawn / total_charts, N("messages", "Dessin des graphiques"))
        tables = []
        for t in s.tables:
            ident = f"t-{t.key}"
            kinds = [c.kind for c in t.columns]
            tables.append(
                {
                    "id": ident,
                    "label": table_labels[id(t)],
                    "title": t.title,
                    "note": t.note,
                    "headers": [
                        {"label": c.label, "cls": "" if c.kind is Kind.TEXT else "n"}
                        for c in t.columns
                    ],
                    "rows": [[_cell(v, k) for v, k in zip(r, kinds)] for r in t.rows],
                    "total": [_cell(v, k) for v, k in zip(t.total, kinds)] if t.total else None,
                }
            )
            table_list.append({"id": ident, "label": table_labels[id(t)], "title": t.title})
        sections.append(
            {"id": f"s{si}", "number": si, "title": s.title, "charts": charts, "tables": tables}
        )
    # The table of figures lists the charts first, then the tables, each in order.
    figures = chart_list + table_list
    return {
        "title": data.title,
        "subtitle": data.subtitle,
        "organisation": organisation,
        "logo": _logo(profile),
        "mentions": getattr(profile, "legal_mentions", "") if profile else "",
        "period": data.period_label,
        "agency": data.agency_label,
        "generated_on": generated_on(data),
        "generated_by": data.generated_by,
        "key_figures": [
            {"label": k.label, "value": format_value(k.value, k.kind), "detail": k.detail}
            for k in data.key_figures
        ],
        "sections": sections,
        "figures": figures,
        "notes": data.notes,
    }


def chart_alt(chart) -> str:
    """The chart's alternative text for the tagged PDF: its title and its figures
    (``Agence A : 3 ; Agence B : 4``), as a screen reader should read them."""
    if chart.empty:
        return f"{chart.title} : {N('messages', 'aucune donnée sur la période')}."
    parts = []
    for i, category in enumerate(chart.categories):
        values = []
        for s in chart.series:
            value = format_value(s.values[i] if i < len(s.values) else None, chart.unit)
            values.append(f"{s.name} {value}" if len(chart.series) > 1 else value)
        parts.append(f"{category} : {', '.join(values)}")
    return f"{chart.title}. " + " ; ".join(parts) + "."


def report_html(data: ReportData, profile=None, progress: Progress = _noop) -> str:
    from desktop.documents.html import render_html

    source = template(*TEMPLATE)
    return render_html(source.read_text(encoding="utf-8"), html_context(data, profile, progress))


def write_pdf(
    data: ReportData, target: str | Path, *, profile=None, renderer=None, progress: Progress = _noop
) -> Path:
    """Write the PDF of ``data`` to ``target`` (atomic: ``save_atomically``) with
    WeasyPrint's worker process (``renderer``, a ``desktop.documents.html.HtmlRenderer``;
    a fresh one otherwise)."""
    from desktop.documents.html import HtmlRenderer

    target = Path(target)
    progress(0.05, N("messages", "Préparation du rapport"))
    html = report_html(data, profile, progress)
    progress(0.35, N("messages", "Mise en page du PDF"))
    own = renderer is None
    renderer = renderer or HtmlRenderer()
    try:
        pdf, _refused = renderer.render_data(html, base=template(*TEMPLATE).parent)
    finally:
        if own:
            renderer.close()
    save_atomically(target, lambda tmp: tmp.write_bytes(pdf))
    progress(1.0, N("messages", "Rapport enregistré"))
    return target


# --------------------------------------------------------------------------- Excel

SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
FORMATS = {
    Kind.INT: "#,##0",
    Kind.MONEY: '#,##0.00\\ "€"',
    Kind.PERCENT: "0.0%",
    Kind.DAYS: "0.0",
    Kind.DECIMAL: "0.0",
}


SUMMARY_FORMATS = {**FORMATS, Kind.DAYS: '0.0\\ "j"'}


def cut_on_word(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters at most, between two words (no word cut in
    the middle; a single too-long word is cut only when nothing else fits)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[: limit + 1]
    cut = head.rsplit(" ", 1)[0] if " " in head else ""
    if len(cut) < limit // 3:  # one long word: cut it rather than keep a stub
        cut = text[:limit]
    return cut.rstrip(" -–—,;:.(")


# Words a cut title must not end on: « T4 Échéances dues et », « T1 Campagnes actives
# sur la » read as broken off.
_DANGLING = frozenset(
    "à au aux avec d' de des du en et l' la le les ou par parmi pour sans selon sous "
    "sur vers".split()
)


def _tab_name(full: str, limit: int) -> str:
    """``full`` cut on a word as a tab reads whole: not on an opened parenthesis
    (« (plans en », « (art ») nor on a dangling preposition or article."""
    name = cut_on_word(full, limit)
    if name == full:
        return name
    words = name.split()
    if "(" in name and ")" not in name[name.rindex("(") :]:
        words = name[: name.rindex("(")].split()
    while len(words) > 2 and words[-1].lower().rstrip(",;:") in _DANGLING:
        words.pop()
    return " ".join(words).rstrip(" -–—,;:.(")


def _sheet_name(label: str, title: str, used: set[str]) -> str:
    """Excel's 31 characters, cut on a word; ``(2)``, ``(3)``... when already used."""
    full = " ".join(SHEET_FORBIDDEN.sub(" ", f"{label.replace('Tableau ', 'T')} {title}").split())
    name = _tab_name(full, 31)
    n = 2
    while name.lower() in used:
        suffix = f" ({n})"
        name = _tab_name(full, 31 - len(suffix)) + suffix
        n += 1
    used.add(name.lower())
    return name


def _excel_value(value: Any, kind: Kind) -> Any:
    if value is None:
        return None
    if kind is Kind.PERCENT:
        return float(Decimal(value) / 100)
    if kind in (Kind.MONEY, Kind.DAYS, Kind.DECIMAL) and isinstance(value, Decimal):
        return float(value)
    return value


def _neutralise(sheet) -> None:
    """Text cells that could run as formulas become plain text (quote prefix)."""
    from desktop.services.spreadsheet import is_dangerous

    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"
                if is_dangerous(cell.value):
                    cell.quotePrefix = True


def write_xlsx(data: ReportData, target: str | Path, *, progress: Progress = _noop) -> Path:
    """Write ``data`` as an Excel workbook at ``target`` (atomic: ``save_atomically``)."""
    import pandas as pd
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    target = Path(target)
    progress(0.05, N("messages", "Préparation du classeur"))
    bold = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="1F4E79")
    total_fill = PatternFill("solid", fgColor="EEF2F7")
    _, tables = numbered(data)

    def write(tmp: Path) -> None:
        with pd.ExcelWriter(tmp, engine="openpyxl") as writer:
            summary = [
                [N("messages", "Rapport"), data.title],
                [N("messages", "Période"), data.period_label],
                [N("messages", "Agence"), data.agency_label],
                [N("messages", "Établi le"), format_datetime_fr(data.generated_at)],
                [N("messages", "Par"), data.generated_by],
                ["", ""],
                # Key figures as numbers (with number formats below), not text.
                *[[k.label, _excel_value(k.value, k.kind)] for k in data.key_figures],
                ["", ""],
                *[["", n] for n in data.notes],
            ]
            summary_name = N("messages", "Synthèse")
            pd.DataFrame(
                summary, columns=[N("messages", "Rubrique"), N("messages", "Valeur")]
            ).to_excel(writer, sheet_name=summary_name, index=False)
            used = {summary_name.lower()}
            layout = []
            for i, (label, t) in enumerate(tables, start=1):
                kinds = [c.kind for c in t.columns]
                rows = [
                    [_excel_value(v, k) for v, k in zip(r, kinds)]
                    for r in [*t.rows, *([t.total] if t.total else [])]
                ]
                frame = pd.DataFrame(rows, columns=[c.label for c in t.columns], dtype=object)
                name = _sheet_name(label, t.title, used)
                frame.to_excel(writer, sheet_name=name, index=False, startrow=2)
                layout.append((name, label, t, len(rows)))
                progress(
                    0.1 + 0.7 * i / max(len(tables), 1), N("messages", "Écriture des tableaux")
                )
            book = writer.book
            sheet = book[summary_name]
            sheet.column_dimensions["A"].width = 38
            sheet.column_dimensions["B"].width = 70
            for cell in sheet["A"]:
                cell.font = bold
            first_figure = 2 + 6  # header row, five lines of context, a blank line
            for i, k in enumerate(data.key_figures):
                cell = sheet.cell(row=first_figure + i, column=2)
                fmt = SUMMARY_FORMATS.get(k.kind)
                if fmt and k.value is not None:
                    cell.number_format = fmt
                    cell.alignment = Alignment(horizontal="left")
            _neutralise(sheet)
            for name, label, t, count in layout:
                sheet = book[name]
                sheet["A1"] = f"{label} — {t.title}"
                sheet["A1"].font = Font(bold=True, size=12, color="1F4E79")
                sheet["A2"] = f"{data.title} — {data.period_label} — {data.agency_label}"
                sheet["A2"].font = Font(italic=True, color="5F6670")
                for cell in sheet[3]:
                    cell.font = Font(bold=True, color="FFFFFF")
                    cell.fill = header_fill
                    cell.alignment = Alignment(wrap_text=True, vertical="bottom")
                for col, column in enumerate(t.columns, start=1):
                    fmt = FORMATS.get(column.kind)
                    width = max(
                        [len(column.label) + 2, 12]
                        + [len(str(r[col - 1])) + 2 for r in t.rows if column.kind is Kind.TEXT]
                    )
                    sheet.column_dimensions[get_column_letter(col)].width = min(width, 60)
                    if fmt:
                        for row in range(4, 4 + count):
                            sheet.cell(row=row, column=col).number_format = fmt
                if t.total:
                    for cell in sheet[3 + count]:
                        cell.font = bold
                        cell.fill = total_fill
                if t.note:
                    sheet.cell(row=5 + count, column=1, value=t.note).font = Font(
                        italic=True, color="5F6670"
                    )
                sheet.freeze_panes = "B4"
                _neutralise(sheet)
        progress(0.95, N("messages", "Enregistrement"))

    save_atomically(target, write)
    progress(1.0, N("messages", "Rapport enregistré"))
    return target
