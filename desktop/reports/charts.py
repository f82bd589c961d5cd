"""Small hand-written SVG charts: vertical and horizontal bars, rings, lines.

The SVG uses plain attributes only (no ``<style>``, no ``dominant-baseline``) so that
WeasyPrint (PDF) and Qt's SVG renderer (the dashboard page) draw it alike. Numbers
are French: ``1 234``, ``12,5 %``, ``1 234 €``, axis amounts in ``k€`` when large.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

from desktop.domain.formatting import format_decimal_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP as N
from desktop.reports.figures import Chart, ChartKind, Kind, format_value

PALETTE = (
    "#1f4e79",
    "#f0a202",
    "#2e86ab",
    "#c73e1d",
    "#6a994e",
    "#8e7dbe",
    "#3b8ea5",
    "#bc4b51",
    "#5b8e7d",
    "#a39171",
)
FONT = "DejaVu Sans, Arial, Helvetica, sans-serif"
TEXT = "#2b2f36"
MUTED = "#5f6670"
GRID = "#dfe3e8"
CHAR_W = 0.58  # average character width, in font sizes (DejaVu Sans)
EMPTY = N("messages", "Aucune donnée sur la période")


def _attr(value: str) -> str:
    return escape(str(value), {'"': "&quot;"})


def _text(
    x: float,
    y: float,
    content: str,
    *,
    size: float = 11,
    anchor: str = "start",
    fill: str = TEXT,
    weight: str = "normal",
    rotate: float | None = None,
) -> str:
    transform = f' transform="rotate({rotate:.0f} {x:.1f} {y:.1f})"' if rotate else ""
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-family="{FONT}" font-size="{size}" '
        f'fill="{fill}" font-weight="{weight}" text-anchor="{anchor}"{transform}>'
        f"{escape(content)}</text>"
    )


def _width(text: str, size: float = 11) -> float:
    return len(text) * size * CHAR_W


def _fit(text: str, room: float, size: float = 11) -> str:
    """``text`` cut with an ellipsis to fit ``room`` pixels."""
    if _width(text, size) <= room:
        return text
    keep = max(1, int(room / (size * CHAR_W)) - 1)
    return text[:keep].rstrip() + "…"


def _fit_middle(text: str, room: float, size: float = 11) -> str:
    """``text`` with its middle replaced by an ellipsis to fit ``room`` pixels (keeps
    the end, where two long names usually differ)."""
    keep = max(2, int(room / (size * CHAR_W)) - 1)
    head = (keep + 1) // 2
    return text[:head].rstrip() + "…" + text[len(text) - (keep - head) :].lstrip()


def distinct(labels: Sequence[str]) -> list[str]:
    """The labels with no two alike: a repeated one gets `` (2)``, `` (3)``..."""
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        n = seen.get(label, 0) + 1
        seen[label] = n
        out.append(label if n == 1 else f"{label} ({n})")
    while len(set(out)) < len(out):  # "A (2)" was itself a label: number again
        out = distinct(out)
    return out


def fit_all(labels: Sequence[str], room: float, size: float = 11) -> list[str]:
    """Every label fitted to ``room``; labels a cut would make alike are cut in the
    middle instead, then numbered if still alike: a chart never shows two bars with
    the same label."""
    fitted = [_fit(label, room, size) for label in labels]
    if len(set(fitted)) == len(fitted):
        return fitted
    counts: dict[str, int] = {}
    for f in fitted:
        counts[f] = counts.get(f, 0) + 1
    fitted = [
        _fit_middle(label, room, size) if counts[f] > 1 and f != label else f
        for label, f in zip(labels, fitted)
    ]
    return distinct(fitted)


def _number(value: Any) -> float:
    if value is None:
        return 0.0
    return float(value)


def nice_ticks(maximum: float, count: int = 5) -> list[float]:
    """Round axis steps from 0 up to at least ``maximum`` (1, 2, 2.5, 5 × 10^k)."""
    if maximum <= 0:
        return [0.0, 1.0]
    raw = maximum / count
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * power
        if step >= raw:
            break
    if step < 1 and maximum >= 1:
        step = 1.0
    top = math.ceil(maximum / step - 1e-9) * step
    n = int(round(top / step))
    return [i * step for i in range(n + 1)]


def axis_label(value: float, unit: Kind, step: float) -> str:
    """Short French axis text: ``12 500 €`` or ``125 k€``, ``40 %``, ``1 200``."""
    if unit is Kind.MONEY:
        if step >= 1000 and value >= 10_000:
            return f"{format_decimal_fr(Decimal(str(value / 1000)), 0)}\u00a0k€"
        return f"{format_decimal_fr(Decimal(str(value)), 0)}\u00a0€"  # half-up
    places = 0 if step >= 1 or value == int(value) else 1
    text = format_decimal_fr(Decimal(str(value)), places)
    if unit is Kind.PERCENT:
        return f"{text}\u00a0%"
    if unit is Kind.DAYS:
        return f"{text}\u00a0j"
    return text


def short_value(value: Any, unit: Kind) -> str:
    """A value label on a bar (amounts above 10 000 € in k€)."""
    if unit is Kind.MONEY and value is not None and abs(_number(value)) >= 10_000:
        return f"{format_decimal_fr(Decimal(str(_number(value) / 1000)), 1)}\u00a0k€"
    if unit is Kind.MONEY and value is not None:
        return f"{format_decimal_fr(Decimal(str(_number(value))), 0)}\u00a0€"  # half-up
    return format_value(value, unit if unit is not Kind.TEXT else Kind.INT)


def _svg(width: float, height: float, body: list[str], title: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{width:.0f}" '
        f'height="{height:.0f}" viewBox="0 0 {width:.0f} {height:.0f}">'
        f"<title>{escape(title)}</title>"
        f'<rect x="0" y="0" width="{width:.0f}" height="{height:.0f}" fill="#ffffff"/>'
        + "".join(body)
        + "</svg>"
    )


def _empty(chart: Chart, width: float, height: float) -> str:
    body = [
        f'<rect x="0.5" y="0.5" width="{width - 1:.0f}" height="{height - 1:.0f}" '
        f'fill="#f7f8fa" stroke="{GRID}"/>',
        _text(width / 2, height / 2 + 4, EMPTY, size=12, anchor="middle", fill=MUTED),
    ]
    return _svg(width, height, body, chart.title)


def _legend(series_names: Sequence[str], width: float, y: float) -> tuple[list[str], float]:
    """A one-line (or wrapped) legend, right-aligned; returns its parts and height."""
    items = [(name, PALETTE[i % len(PALETTE)]) for i, name in enumerate(series_names)]
    lines: list[list[tuple[str, str]]] = [[]]
    used = 0.0
    for name, colour in items:
        w = 16 + _width(name, 10.5) + 18
        if lines[-1] and used + w > width - 20:
            lines.append([])
            used = 0.0
        lines[-1].append((name, colour))
        used += w
    parts = []
    for row, line in enumerate(lines):
        total = sum(16 + _width(n, 10.5) + 18 for n, _ in line) - 18
        x = width - 10 - total
        yy = y + row * 16
        for name, colour in line:
            parts.append(
                f'<rect x="{x:.1f}" y="{yy - 9:.1f}" width="11" height="11" rx="2" '
                f'fill="{colour}"/>'
            )
            parts.append(_text(x + 16, yy, name, size=10.5, fill=TEXT))
            x += 16 + _width(name, 10.5) + 18
    return parts, 16 * len(lines)


def _y_axis(
    ticks: list[float], unit: Kind, left: float, right: float, top: float, bottom: float
) -> list[str]:
    step = ticks[1] - ticks[0] if len(ticks) > 1 else 1
    out = []
    for t in ticks:
        y = bottom - (bottom - top) * t / ticks[-1]
        out.append(
            f'<line x1="{left:.1f}" y1="{y:.1f}" x2="{right:.1f}" y2="{y:.1f}" '
            f'stroke="{GRID}" stroke-width="1"/>'
        )
        out.append(
            _text(left - 6, y + 4, axis_label(t, unit, step), size=10, anchor="end", fill=MUTED)
        )
    out.append(
        f'<line x1="{left:.1f}" y1="{bottom:.1f}" x2="{right:.1f}" y2="{bottom:.1f}" '
        f'stroke="#9aa1ab" stroke-width="1"/>'
    )
    return out


def _x_labels(
    categories: Sequence[str], left: float, band: float, bottom: float
) -> tuple[list[str], float]:
    """Category labels under the plot: straight, slanted or every k-th when crowded."""
    longest = max((_width(c, 10) for c in categories), default=0)
    out = []
    categories = distinct(categories)
    if longest <= band - 4:
        for i, c in enumerate(categories):
            out.append(
                _text(left + band * (i + 0.5), bottom + 15, c, size=10, anchor="middle", fill=MUTED)
            )
        return out, 22
    every = max(1, math.ceil(14 / band))
    shown = fit_all(categories, 90, 10)
    for i, c in enumerate(shown):
        if i % every:
            continue
        x = left + band * (i + 0.5)
        out.append(_text(x + 3, bottom + 12, c, size=10, anchor="end", fill=MUTED, rotate=-40))
    return out, min(longest, 90) * 0.65 + 16


def _axes(chart: Chart, width: float, height: float, legend: bool):
    """What a bar and a line chart share: the value ticks, the plot area (left, top,
    bottom), the width of one category's band, and the body begun with the value axis,
    the legend of the series (with ``legend``) and the category labels."""
    values = [_number(v) for s in chart.series for v in s.values]
    ticks = nice_ticks(max(values))
    step = ticks[1] - ticks[0]
    label_w = max(_width(axis_label(t, chart.unit, step), 10) for t in ticks)
    left, right, top = label_w + 14, width - 12, 12
    legend_parts, legend_h = ([], 0.0)
    if legend:
        legend_parts, legend_h = _legend([s.name for s in chart.series], width, 14)
        top += legend_h + 4
    band = (right - left) / len(chart.categories)
    _, labels_h = _x_labels(chart.categories, left, band, 0)
    bottom = height - labels_h - 4
    labels, _ = _x_labels(chart.categories, left, band, bottom)
    body = _y_axis(ticks, chart.unit, left, right, top, bottom) + legend_parts + labels
    return ticks, left, top, bottom, band, body


def bar_chart(chart: Chart, width: float = 640, height: float = 300) -> str:
    series = chart.series
    if not chart.categories or chart.empty:
        return _empty(chart, width, height)
    ticks, left, top, bottom, band, body = _axes(chart, width, height, len(series) > 1)
    group = band * (0.72 if len(series) > 1 else 0.6)
    bar = group / len(series)
    show_values = len(chart.categories) * len(series) <= 14
    for si, s in enumerate(series):
        colour = PALETTE[si % len(PALETTE)]
        for ci, v in enumerate(s.values):
            value = _number(v)
            h = (bottom - top) * value / ticks[-1]
            x = left + band * ci + (band - group) / 2 + bar * si
            body.append(
                f'<rect x="{x:.1f}" y="{bottom - h:.1f}" width="{max(bar - 1.5, 1):.1f}" '
                f'height="{h:.1f}" fill="{colour}"><title>{escape(s.name)} – '
                f"{escape(chart.categories[ci])} : {escape(format_value(v, chart.unit))}"
                f"</title></rect>"
            )
            if show_values and value:
                body.append(
                    _text(
                        x + bar / 2,
                        bottom - h - 4,
                        short_value(v, chart.unit),
                        size=9.5,
                        anchor="middle",
                        fill=TEXT,
                    )
                )
    return _svg(width, height, body, chart.title)


def hbar_chart(chart: Chart, width: float = 640, height: float | None = None) -> str:
    values = [_number(v) for v in chart.series[0].values] if chart.series else []
    row = 26
    height = height or max(120.0, 20 + row * len(chart.categories) + 28)
    if not chart.categories or chart.empty:
        return _empty(chart, width, height)
    label_room = min(max(_width(c, 10.5) for c in chart.categories) + 10, width * 0.42)
    ticks = nice_ticks(max(values))
    step = ticks[1] - ticks[0]
    value_room = max(_width(short_value(v, chart.unit), 10) for v in chart.series[0].values) + 8
    left, right, top = label_room + 6, width - value_room - 6, 10
    bottom = top + row * len(chart.categories)
    body = []
    for t in ticks:
        x = left + (right - left) * t / ticks[-1]
        body.append(
            f'<line x1="{x:.1f}" y1="{top:.1f}" x2="{x:.1f}" y2="{bottom:.1f}" '
            f'stroke="{GRID}" stroke-width="1"/>'
        )
        body.append(
            _text(
                x,
                bottom + 15,
                axis_label(t, chart.unit, step),
                size=9.5,
                anchor="middle",
                fill=MUTED,
            )
        )
    colour = PALETTE[0]
    shown = fit_all(chart.categories, label_room - 8, 10.5)
    for i, (c, v) in enumerate(zip(chart.categories, chart.series[0].values)):
        y = top + row * i
        w = (right - left) * _number(v) / ticks[-1]
        body.append(_text(left - 8, y + row / 2 + 4, shown[i], size=10.5, anchor="end"))
        body.append(
            f'<rect x="{left:.1f}" y="{y + 5:.1f}" width="{w:.1f}" height="{row - 10:.1f}" '
            f'rx="2" fill="{colour}"><title>{escape(c)} : '
            f"{escape(format_value(v, chart.unit))}</title></rect>"
        )
        body.append(
            _text(left + w + 5, y + row / 2 + 4, short_value(v, chart.unit), size=10, fill=TEXT)
        )
    body.append(
        f'<line x1="{left:.1f}" y1="{top:.1f}" x2="{left:.1f}" y2="{bottom:.1f}" '
        f'stroke="#9aa1ab" stroke-width="1"/>'
    )
    return _svg(width, height, body, chart.title)


def _arc(cx: float, cy: float, r: float, inner: float, a0: float, a1: float) -> str:
    """A ring sector from angle ``a0`` to ``a1`` (radians, clockwise from the top)."""
    large = 1 if a1 - a0 > math.pi else 0

    def point(radius: float, a: float) -> tuple[float, float]:
        return cx + radius * math.sin(a), cy - radius * math.cos(a)

    x0, y0 = point(r, a0)
    x1, y1 = point(r, a1)
    x2, y2 = point(inner, a1)
    x3, y3 = point(inner, a0)
    return (
        f"M {x0:.2f} {y0:.2f} A {r:.2f} {r:.2f} 0 {large} 1 {x1:.2f} {y1:.2f} "
        f"L {x2:.2f} {y2:.2f} A {inner:.2f} {inner:.2f} 0 {large} 0 {x3:.2f} {y3:.2f} Z"
    )


def pie_chart(chart: Chart, width: float = 640, height: float = 260) -> str:
    values = [_number(v) for v in chart.series[0].values] if chart.series else []
    total = sum(values)
    if not chart.categories or total <= 0:
        return _empty(chart, width, height)
    height = max(height, 40 + 22 * len(chart.categories))
    r = min(height / 2 - 16, 110)
    inner = r * 0.55
    cx, cy = 24 + r, height / 2
    body = []
    angle = 0.0
    for i, (c, v) in enumerate(zip(chart.categories, values)):
        colour = PALETTE[i % len(PALETTE)]
        if v <= 0:
            continue
        sweep = 2 * math.pi * v / total
        if sweep >= 2 * math.pi - 1e-6:  # one category only: a full ring
            body.append(
                f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{(r + inner) / 2:.1f}" '
                f'fill="none" stroke="{colour}" stroke-width="{r - inner:.1f}"/>'
            )
        else:
            body.append(
                f'<path d="{_arc(cx, cy, r, inner, angle, angle + sweep)}" '
                f'fill="{colour}" stroke="#ffffff" stroke-width="1.5"/>'
            )
        angle += sweep
    total_value = sum(v for v in chart.series[0].values if v is not None)
    body.append(
        _text(
            cx,
            cy + 2,
            short_value(total_value, chart.unit),
            size=15,
            anchor="middle",
            weight="bold",
        )
    )
    body.append(
        _text(cx, cy + 18, N("messages", "au total"), size=9.5, anchor="middle", fill=MUTED)
    )
    lx = cx + r + 34
    room = width - lx - 10
    ly = cy - 22 * len(chart.categories) / 2 + 14
    tails = []
    for raw in chart.series[0].values:
        share = format_decimal_fr(Decimal(str(100 * _number(raw) / total)), 1)
        tails.append(f"  {short_value(raw, chart.unit)} ({share}\u00a0%)")
    widest = max(_width(t, 10.5) for t in tails)
    names = fit_all(chart.categories, room - 18 - widest, 10.5)
    for i, (c, tail) in enumerate(zip(names, tails)):
        colour = PALETTE[i % len(PALETTE)]
        y = ly + 22 * i
        body.append(
            f'<rect x="{lx:.1f}" y="{y - 10:.1f}" width="12" height="12" rx="2" fill="{colour}"/>'
        )
        body.append(_text(lx + 18, y, c + tail, size=10.5))
    return _svg(width, height, body, chart.title)


def line_chart(chart: Chart, width: float = 640, height: float = 280) -> str:
    series = chart.series
    if not chart.categories or chart.empty:
        return _empty(chart, width, height)
    ticks, left, top, bottom, band, body = _axes(chart, width, height, True)
    for si, s in enumerate(series):
        colour = PALETTE[si % len(PALETTE)]
        points = [
            (left + band * (i + 0.5), bottom - (bottom - top) * _number(v) / ticks[-1])
            for i, v in enumerate(s.values)
        ]
        body.append(
            '<polyline fill="none" stroke="{}" stroke-width="2.2" points="{}"/>'.format(
                colour, " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
            )
        )
        if len(points) <= 40:
            for (x, y), v, c in zip(points, s.values, chart.categories):
                body.append(
                    f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="#ffffff" '
                    f'stroke="{colour}" stroke-width="2"><title>{escape(s.name)} – '
                    f"{escape(c)} : {escape(format_value(v, chart.unit))}</title></circle>"
                )
    return _svg(width, height, body, chart.title)


def render_svg(chart: Chart, width: float = 640, height: float | None = None) -> str:
    """The chart as an SVG document (text). Categories that read alike (two agencies
    cut to the same name) are told apart: never two bars with the same label."""
    import dataclasses

    if len(set(chart.categories)) < len(chart.categories):
        chart = dataclasses.replace(chart, categories=distinct(chart.categories))
    if chart.kind is ChartKind.HBAR:
        return hbar_chart(chart, width, height)
    if chart.kind is ChartKind.PIE:
        return pie_chart(chart, width, height or 240)
    if chart.kind is ChartKind.LINE:
        return line_chart(chart, width, height or 280)
    return bar_chart(chart, width, height or 300)
