"""CALEOL minutes documents: PDF/A (HTML + CSS through WeasyPrint) and DOCX (docxtpl).

``minutes_context`` turns the contract (``desktop.domain.minutes.Minutes``) into the
French text the templates print: formal committee wording, French dates ("jeudi 12
mars 2026", "14 h 30") and amounts ("1 234,56 €"). Both templates use it:

- ``templates/caleol/proces_verbal.html`` + ``proces_verbal.css``, filled in the
  sandboxed Jinja environment of ``desktop.documents.html`` and rendered by
  WeasyPrint in a worker process (``MinutesRenderer``), as PDF/A-3b (fonts embedded;
  those of ``resources/fonts`` first when the folder holds any);
- ``templates/caleol/proces_verbal.docx`` (made by
  ``templates/make_caleol_minutes_template.py``), filled by the sandboxed docxtpl
  engine of ``desktop.documents.engine``, for a secretary who must edit by hand.

A draft carries a "PROJET — version N" band on every page; an extract for one
applicant says for whom it was made and that other candidates' data is masked.
"""

from __future__ import annotations

import atexit
import datetime as dt
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from desktop.documents.files import atomic_write_bytes
from desktop.documents.html import HtmlRenderer
from desktop.domain.caleol import AttendanceMode, Decision, SessionMode
from desktop.domain.formatting import (
    format_date_fr,
    format_decimal_fr,
    format_long_date_fr,
    format_money_fr,
)
from desktop.domain.i18n import is_singular
from desktop.domain.minutes import (
    NO_DECISION,
    CandidateLine,
    Minutes,
    attendance_text,
    decision_text,
    format_time_fr,
    format_weekday_date_fr,
    is_feminine,
    votes_text,
)
from desktop.resources import resource, template

# PDF/A-3a: archivable and tagged (level A: structure, Unicode); the XMP also
# declares PDF/UA-1 (with the extension schema PDF/A asks for).
PDF_VARIANT = "pdf/a-3a"
PDFUA_XMP = b"""<rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
 pdfuaid:part="1"/>
<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
 xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
 xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
 <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
  <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
  <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
  <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
  <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
   <pdfaProperty:name>part</pdfaProperty:name>
   <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
   <pdfaProperty:category>internal</pdfaProperty:category>
   <pdfaProperty:description>Part of ISO 14289 followed</pdfaProperty:description>
  </rdf:li></rdf:Seq></pdfaSchema:property>
 </rdf:li></rdf:Bag></pdfaExtension:schemas>
</rdf:Description>"""
FOLDER = "caleol"
HTML_TEMPLATE = "proces_verbal.html"
DOCX_TEMPLATE = "proces_verbal.docx"
FONT_SUFFIXES = (".ttf", ".otf", ".woff", ".woff2")
FULL_NAME = "Commission d'attribution des logements et d'examen de l'occupation des logements"


@dataclass(frozen=True)
class Approval:
    """A member's approval printed on the final minutes."""

    name: str
    at: dt.datetime
    via: str = "APP"  # APP (in the application) or EXPORT (answer recorded by the secretary)


# --------------------------------------------------------------------------- context


def _money(value: Decimal | None) -> str:
    return format_money_fr(value) if value is not None else "—"


def _percent(value: Decimal | None) -> str:
    return f"{format_decimal_fr(value, 1)}\u00a0%" if value is not None else "—"


def _stamp(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    return f"{format_long_date_fr(value.date())} à {format_time_fr(value)}"


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if is_singular(n) else many}"


def _fonts() -> list[dict]:
    """``@font-face`` rules for the fonts shipped in ``resources/fonts`` (if any):
    one family, weight and style guessed from the file name."""
    folder = resource("fonts")
    if not folder.is_dir():
        return []
    out = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in FONT_SUFFIXES:
            continue
        stem = path.stem.lower()
        out.append(
            {
                "url": path.resolve().as_uri(),
                "poids": "bold" if "bold" in stem or "gras" in stem else "normal",
                "style": "italic" if "italic" in stem or "oblique" in stem else "normal",
            }
        )
    return out


def _opening(m: Minutes) -> str:
    s = m.session
    who = f"La {FULL_NAME} (CALEOL)"
    if m.commission.name:
        who += f" « {m.commission.name} »"
    if m.organisation.name:
        who += f" de {m.organisation.name}"
    president = f", sous la présidence de {s.president}" if s.president else ""
    at = f" à {format_time_fr(s.start_time)}" if s.start_time else ""
    day = format_weekday_date_fr(s.date)
    if s.mode is SessionMode.ECRITE:
        window = ""
        if s.vote_opens_at and s.vote_closes_at:
            window = f", du {_stamp(s.vote_opens_at)} au {_stamp(s.vote_closes_at)}"
        return (
            f"{who} a délibéré en séance dématérialisée par voie écrite{window}, "
            f"la séance ayant été ouverte le {day}{president}."
        )
    if s.mode is SessionMode.VISIO:
        return (
            f"{who} s'est réunie le {day}{at}, en séance dématérialisée par "
            f"visioconférence{president}."
        )
    place = f", {s.place}" if s.place else ""
    return f"{who} s'est réunie le {day}{at}{place}{president}."


def _remote_paragraphs(m: Minutes) -> list[str]:
    s = m.session
    if not s.mode.remote:
        return []
    reglement = f" ({m.commission.reglement})" if m.commission.reglement else ""
    out = [
        "Conformément à l'article L441-2 du code de la construction et de l'habitation et "
        f"au règlement intérieur de la commission{reglement}, qui prévoit cette forme de "
        "délibération, la séance s'est tenue de manière dématérialisée, dans les conditions "
        "prévues par l'ordonnance n° 2014-1329 du 6 novembre 2014 relative aux délibérations "
        "à distance des instances administratives à caractère collégial et par le décret "
        "n° 2014-1627 du 26 décembre 2014.",
    ]
    means = f" ({s.technical_means})" if s.technical_means else ""
    if s.mode is SessionMode.ECRITE:
        out.append(
            f"Les échanges ont eu lieu par voie électronique écrite{means}. Chaque membre a "
            "été identifié, a reçu les fiches des logements et des candidatures et a exprimé "
            "son vote pendant la période de vote ; les échanges ont été conservés."
        )
    else:
        out.append(
            f"Les membres ont participé par visioconférence{means}. Chaque participant a été "
            "identifié lors de sa connexion ; l'heure de connexion de chacun figure ci-après."
        )
    out.append(
        "Le dispositif a garanti la confidentialité des débats à l'égard des tiers et le "
        "respect de la vie privée des demandeurs ; chaque membre a pu se prononcer librement "
        "et en connaissance de cause."
    )
    if s.physical_session_requested:
        out.append(s.physical_session_requested)
    else:
        out.append("Aucun membre n'a demandé la tenue d'une séance physique.")
    return out


def _member(mline) -> dict:
    presence = attendance_text(mline)
    feminine = is_feminine(mline.name)
    title = ""
    if mline.presiding:
        title = " (présidente de séance)" if feminine else " (président de séance)"
    elif mline.president:
        title = " (présidente)" if feminine else " (président)"
    quality = " ; ".join(p for p in (mline.by_right, mline.quality) if p)
    return {
        "nom": mline.name + title,
        "qualite": quality[:1].upper() + quality[1:],
        "siege": mline.role_label,
        "voix": "Délibérative" if mline.voting else "Consultative",
        "presence": presence,
        "absent": mline.attendance is AttendanceMode.ABSENT,
    }


def _candidate(c: CandidateLine) -> dict:
    reason = f"Motif : {c.reason}" if c.reason and not c.masked else ""
    conflict = (
        "N'ont pas pris part au vote (conflit d'intérêts) : " + ", ".join(c.conflicted_members)
        if c.conflicted_members
        else ""
    )
    score = f"Cotation : {c.score}" if c.score and not c.masked else ""
    channels = f"Votes exprimés : {c.vote_channels}" if c.vote_channels else ""
    details = [d for d in (reason, conflict, score, channels) if d]
    menage = c.household or ""
    if c.household_size:
        size = _plural(c.household_size, "personne", "personnes")
        menage = f"{menage} ({size})" if menage else size
    return {
        "position": c.position,
        "nom": c.display_name,
        "numero_unique": c.numero_unique,
        "masque": c.masked,
        "menage": menage,
        "ressources": "" if c.masked else _money(c.resources),
        "taux_effort": "" if c.masked else _percent(c.effort_rate),
        "reste_a_vivre": "" if c.masked else _money(c.reste_a_vivre),
        "priorites": "" if c.masked else (" ; ".join(c.priority_criteria) or "Aucun"),
        "decision": decision_text(c),
        "attribue": c.decision
        in (
            Decision.ATTRIBUTION,
            Decision.ATTRIBUTION_RANG,
            Decision.ATTRIBUTION_CONDITION_SUSPENSIVE,
        ),
        "votes": votes_text(c) or "—",
        "details": details,
        "details_texte": " ; ".join(details),
        # the DOCX's table has no row under the candidate's: each detail in its column
        "motif": reason,
        "cotation": score,
        "details_votes": " ; ".join(d for d in (conflict, channels) if d),
    }


def _dwelling(d) -> dict:
    characteristics = [
        ("Typologie", (d.dwelling_type or "—") + (f", {d.floor}" if d.floor else "")),
        (
            "Surface habitable",
            f"{format_decimal_fr(d.surface)} m²" if d.surface is not None else "—",
        ),
        ("Loyer principal", _money(d.rent)),
        ("Charges", _money(d.charges)),
        ("Financement", d.funding or "—"),
        ("Contingent", d.contingent or "—"),
        ("Accessibilité", d.accessibility or "—"),
    ]
    fewer = ""
    if d.fewer_candidates_reason is not None:
        fewer = (
            "Moins de trois candidatures ont été examinées pour ce logement : "
            f"{d.fewer_candidates_reason.label.lower()} (article R441-3 du CCH)."
        )
    return {
        "numero": d.position,
        "reference": d.reference,
        "adresse": d.address,
        "programme": d.programme,
        "caracteristiques": [{"libelle": k, "valeur": v} for k, v in characteristics],
        "caracteristiques_texte": " · ".join(f"{k} : {v}" for k, v in characteristics),
        "moins_de_trois": fewer,
        "observations": d.observations,
        "candidats": [_candidate(c) for c in d.candidates],
        "non_votants": [n.text for n in d.non_voters],
        "non_votants_texte": (
            "Membres à voix délibérative n'ayant pas pris part au vote : "
            + " ; ".join(n.text for n in d.non_voters)
            + "."
            if d.non_voters
            else "Tous les membres à voix délibérative ont pris part au vote."
        ),
        "nombre_candidats": _plural(
            len(d.candidates), "candidature examinée", "candidatures examinées"
        ),
    }


def _president_title(m: Minutes) -> str:
    """The signature block's title: the commission's president, or the member named
    as his substitute to preside the session."""
    feminine = is_feminine(m.session.president)
    if any(x.presiding for x in m.members):
        return (
            "La présidente de séance, suppléante du président"
            if feminine
            else "Le président de séance, suppléant du président"
        )
    return "La présidente de la commission" if feminine else "Le président de la commission"


def _summary(m: Minutes) -> list[dict]:
    counts: dict[str, int] = {}
    order = [*Decision, None]
    for c in m.candidates:
        counts[c.decision_label] = counts.get(c.decision_label, 0) + 1
    out = []
    for decision in order:
        label = decision.label if decision is not None else NO_DECISION
        if counts.get(label):
            out.append({"libelle": label, "nombre": counts[label]})
    return out


def minutes_context(
    minutes: Minutes, draft_version: int | str | None = None, approvals: Sequence[Approval] = ()
) -> dict:
    """The templates' data: plain dicts, lists and French strings.

    ``draft_version``: a version number ("PROJET — version 2"), a text ("PROJET —
    aperçu non enregistré") or None for the final minutes."""
    m = minutes
    s = m.session
    q = m.quorum
    title = f"Procès-verbal de la séance n° {s.number}"
    if q.reached:
        quorum_phrase = "Le quorum étant atteint, la commission peut valablement délibérer."
    else:
        quorum_phrase = (
            "Le quorum n'étant pas atteint, la commission ne peut valablement "
            "délibérer ; aucune décision d'attribution ne peut être prise."
        )
    quorum_counts = (
        f"{_plural(q.designated_counted, 'membre désigné présent ou représenté', 'membres désignés présents ou représentés')} "
        f"sur {q.designated_total} ({q.designated_required} requis)"
    )
    if s.mode.remote:
        took_part = "a pris part" if q.voting_taking_part <= 1 else "ont pris part"
        quorum_counts += (
            f" ; {_plural(q.voting_taking_part, 'membre à voix délibérative', 'membres à voix délibérative')} sur "
            f"{q.voting_total} {took_part} à la séance dématérialisée "
            f"(au moins {q.remote_required} requis)"
        )
    if s.mode is SessionMode.ECRITE and s.vote_closes_at:
        closing = f"Le vote a été clos le {_stamp(s.vote_closes_at)}."
    elif s.end_time:
        closing = (
            f"L'ordre du jour étant épuisé, la séance est levée à {format_time_fr(s.end_time)}."
        )
    else:
        closing = "L'ordre du jour étant épuisé, la séance est levée."
    extract = None
    if m.extract_for:
        omitted = []
        if m.omitted_dwellings:
            omitted.append(
                _plural(m.omitted_dwellings, "autre logement examiné", "autres logements examinés")
            )
        if m.omitted_reviews:
            omitted.append(
                _plural(m.omitted_reviews, "examen d'occupation", "examens d'occupation")
            )
        extract = {
            "numero": m.extract_for,
            "mention": (
                f"Extrait établi à la demande du demandeur de logement social enregistré sous "
                f"le numéro unique {m.extract_for}. Les données personnelles des autres "
                "candidats ont été occultées (article L311-7 du code des relations entre le "
                "public et l'administration)."
            ),
            "omis": (
                "Ne figurent pas dans cet extrait : " + " et ".join(omitted) + ", "
                "sans rapport avec la demande."
            )
            if omitted
            else "",
        }
    signed_on = m.signed_on or s.date
    members = [_member(x) for x in m.members]
    # A mayor's seat with nobody recorded is listed (absent) but was convened to nobody:
    # counted apart, so that the count agrees with the quorum's.
    voting = [x for x in m.members if x.voting and not x.seatless]
    seatless = [x.name for x in m.members if x.voting and x.seatless]
    present = sum(1 for x in voting if x.attendance is AttendanceMode.PRESENT)
    remote = sum(1 for x in voting if x.attendance is AttendanceMode.DISTANCE)
    represented = sum(1 for x in voting if x.attendance is AttendanceMode.REPRESENTE)
    absent = len(voting) - present - remote - represented
    participation = (
        f"Membres à voix délibérative : {_plural(len(voting), 'convoqué', 'convoqués')}, "
        f"{_plural(present, 'présent', 'présents')}"
        + (f", {remote} à distance" if remote or s.mode.remote else "")
        + f", {_plural(represented, 'représenté', 'représentés')}, "
        f"{_plural(absent, 'absent', 'absents')}."
    )
    if seatless:
        participation += (
            (
                " Siège sans représentant désigné : "
                if len(seatless) == 1
                else " Sièges sans représentant désigné : "
            )
            + ", ".join(seatless)
            + "."
        )
    n_candidates = len(m.candidates)
    dwellings_intro = (
        f"La commission a examiné {_plural(len(m.dwellings), 'logement', 'logements')} et "
        f"{_plural(n_candidates, 'candidature', 'candidatures')}. Pour chaque logement, les "
        "candidatures présentées, dont chacune est identifiée par son numéro unique "
        "d'enregistrement, ont donné lieu aux décisions suivantes (article R441-3 du code "
        "de la construction et de l'habitation)."
    )
    if m.extract_for:
        dwellings_intro = (
            "Pour le logement auquel la candidature du demandeur a été "
            "présentée, la commission a pris les décisions suivantes (article "
            "R441-3 du code de la construction et de l'habitation)."
        )
    return {
        "titre": title,
        "titre_long": "Procès-verbal de la " + FULL_NAME.lower()[0] + FULL_NAME[1:],
        "projet": (
            ""
            if not draft_version
            else f"PROJET — {draft_version}"
            if isinstance(draft_version, str)
            else f"PROJET — version {draft_version}"
        ),
        "extrait": extract,
        "polices": _fonts(),
        "organisme": {
            "nom": m.organisation.name,
            "adresse": list(m.organisation.address),
            "adresse_ligne": ", ".join(m.organisation.address),
            "mentions": m.organisation.legal_mentions,
        },
        "commission": {
            "nom": m.commission.name,
            "territoire": m.commission.territory,
            "reglement": m.commission.reglement,
        },
        "seance": {
            "numero": s.number,
            "date": format_weekday_date_fr(s.date),
            "date_courte": format_date_fr(s.date),
            "heure": format_time_fr(s.start_time),
            "lieu": s.place if not s.mode.remote else "Séance dématérialisée",
            "mode": s.mode.label,
            "distance": s.mode.remote,
            "moyen": s.technical_means,
            "president": s.president,
            "secretaire": s.secretary,
        },
        "ouverture": _opening(m),
        "distance": _remote_paragraphs(m),
        "membres": members,
        "membres_votants": [x for x in members if x["voix"] == "Délibérative"],
        "membres_consultatifs": [x for x in members if x["voix"] != "Délibérative"],
        "participation": participation,
        "quorum": {
            "atteint": q.reached,
            "phrase": quorum_phrase,
            "chiffres": quorum_counts,
            "details": list(q.explanations),
        },
        "secretariat": (
            f"Le secrétariat de séance est assuré par {s.secretary}." if s.secretary else ""
        ),
        "logements_intro": dwellings_intro,
        "logements": [_dwelling(d) for d in m.dwellings],
        "recapitulatif": _summary(m),
        "notification": (
            "Les décisions de non-attribution et d'irrecevabilité sont notifiées par écrit "
            "aux demandeurs, avec leur motif (article L441-2-2 du CCH). Les attributions sont "
            "suivies d'une proposition de logement assortie d'un délai de réponse d'au moins "
            "dix jours (article R441-10 du CCH)."
        ),
        "examens": [
            {
                "numero": r.position,
                "locataire": r.tenant if not m.extract_for else "",
                "logement": r.dwelling + (f" ({r.dwelling_type})" if r.dwelling_type else ""),
                "occupants": ""
                if r.occupants is None
                else _plural(r.occupants, "occupant", "occupants"),
                "motifs": "; ".join(r.grounds) or "—",
                "constat": r.findings or "—",
                "avis": r.opinion or "—",
            }
            for r in m.occupation_reviews
        ],
        "examens_vide": (not m.occupation_reviews and not m.extract_for),
        "observations": list(m.remarks),
        "cloture": closing,
        "fait_a": f"Fait à {m.signed_place or m.organisation.place}, le "
        f"{format_long_date_fr(signed_on)}.",
        "approbations": [
            {
                "nom": a.name,
                "date": _stamp(a.at),
                "voie": "dans l'application" if a.via == "APP" else "par retour écrit",
            }
            for a in approvals
        ],
        "signataires": [
            {
                "titre": _president_title(m),
                "nom": s.president,
            },
            {
                "titre": (
                    "La secrétaire de séance"
                    if is_feminine(s.secretary)
                    else "Le secrétaire de séance"
                ),
                "nom": s.secretary,
            },
        ],
        "confidentiel": "Document confidentiel — données personnelles (RGPD)",
    }


# --------------------------------------------------------------------------- HTML / PDF


def html_template_path() -> Path:
    return template(FOLDER, HTML_TEMPLATE)


def docx_template_path() -> Path:
    return template(FOLDER, DOCX_TEMPLATE)


def render_minutes_html(
    minutes: Minutes, draft_version: int | str | None = None, approvals: Sequence[Approval] = ()
) -> str:
    from desktop.documents import html

    source = html_template_path().read_text(encoding="utf-8")
    return html.render_html(source, minutes_context(minutes, draft_version, approvals))


PX_TO_MM = 25.4 / 96
A4_HEIGHT_MM = 297.0
SIGNATURE_ID = "signature-1"  # the president's signature space in the HTML template


def _signature_box(document) -> tuple[float, float, float, float] | None:
    """Where the president signs, in mm from the bottom-left corner of the last page
    (the box ``desktop.documents.signing.sign_pdf`` draws the visible signature in)."""
    page = document.pages[-1]
    for box in page._page_box.descendants():
        element = getattr(box, "element", None)
        if element is None or element.get("id") != SIGNATURE_ID:
            continue
        x = box.border_box_x() * PX_TO_MM
        top = box.border_box_y() * PX_TO_MM
        width = box.border_width() * PX_TO_MM
        height = box.border_height() * PX_TO_MM
        page_height = page.height * PX_TO_MM if page.height else A4_HEIGHT_MM
        width = min(max(width, 60.0), 72.0)
        return (
            round(x, 1),
            round(page_height - top - height, 1),
            round(x + width, 1),
            round(page_height - top, 1),
        )
    return None


def _declare_pdfua(metadata) -> None:
    """Add the PDF/UA-1 identification inside WeasyPrint's one ``rdf:RDF`` element
    (XMP allows a single one; WeasyPrint's ``xmp_metadata`` would add text after it)."""
    generate = metadata.generate_rdf_metadata

    def with_pdfua(variant, version, conformance):
        rdf = generate(variant, version, conformance)
        return rdf.replace(b"</rdf:RDF>", PDFUA_XMP + b"</rdf:RDF>", 1)

    metadata.generate_rdf_metadata = with_pdfua


def _pdf_job(
    page: str, target: str, title: str, identifier: bytes
) -> tuple[str, list[str], tuple | None]:
    """In the worker process: the PDF/A of ``page``; only bundled files are read."""
    from desktop.documents import html

    HTML = html.weasyprint_html()

    roots = html.allowed_roots()
    refused: list[str] = []
    fetcher = html._fetcher_class()(roots, refused)
    base_url = template(FOLDER).resolve().as_uri() + "/"
    document = HTML(string=page, base_url=base_url, url_fetcher=fetcher).render()
    document.metadata.title = title
    _declare_pdfua(document.metadata)
    box = _signature_box(document)
    data = document.write_pdf(pdf_variant=PDF_VARIANT, pdf_identifier=identifier)
    return str(atomic_write_bytes(target, data)), refused, box


@dataclass(frozen=True)
class RenderedPdf:
    path: Path
    #: the president's signature space (mm, bottom-left origin) on the last page
    signature_box: tuple[float, float, float, float] | None
    refused: tuple[str, ...] = ()


class MinutesRenderer(HtmlRenderer):
    """The HTML renderer's worker process, writing PDF/A."""

    def render_pdfa(
        self, page: str, target: str | Path, title: str, timeout: float = 300
    ) -> RenderedPdf:
        import hashlib

        identifier = hashlib.md5(page.encode("utf-8")).hexdigest().encode("ascii")
        future = self._executor().submit(_pdf_job, page, str(target), title, identifier)
        path, refused, box = self.result(future, timeout)
        return RenderedPdf(Path(path), tuple(box) if box else None, tuple(refused))


_shared: MinutesRenderer | None = None
_shared_lock = threading.Lock()


def shared_renderer() -> MinutesRenderer:
    """One worker process for the whole application, started on first use."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = MinutesRenderer()
            atexit.register(_shared.close)
        return _shared


def render_minutes_pdf(
    minutes: Minutes,
    out_path: str | Path,
    draft_version: int | str | None = None,
    *,
    approvals: Sequence[Approval] = (),
    renderer: MinutesRenderer | None = None,
) -> Path:
    """Write the PDF/A of the minutes (atomic); a draft carries "PROJET — version N"."""
    return render_minutes_pdf_ex(
        minutes, out_path, draft_version, approvals=approvals, renderer=renderer
    ).path


def render_minutes_pdf_ex(
    minutes: Minutes,
    out_path: str | Path,
    draft_version: int | str | None = None,
    *,
    approvals: Sequence[Approval] = (),
    renderer: MinutesRenderer | None = None,
) -> RenderedPdf:
    """``render_minutes_pdf``, also returning where the president's signature goes."""
    context = minutes_context(minutes, draft_version, approvals)
    from desktop.documents import html

    source = html_template_path().read_text(encoding="utf-8")
    page = html.render_html(source, context)
    title = context["titre"]
    if minutes.extract_for:
        title = f"Extrait — {title}"
    return (renderer or shared_renderer()).render_pdfa(page, out_path, title)


# --------------------------------------------------------------------------- DOCX


def render_minutes_docx(
    minutes: Minutes,
    out_path: str | Path,
    draft_version: int | str | None = None,
    *,
    approvals: Sequence[Approval] = (),
) -> Path:
    """Write the DOCX of the minutes (atomic), for hand editing in Word."""
    from desktop.documents import engine
    from desktop.documents.library import LetterTemplate

    path = docx_template_path()
    tpl = LetterTemplate(name="proces_verbal", docx=path, title="Procès-verbal CALEOL")
    data = engine.render_bytes(tpl, minutes_context(minutes, draft_version, approvals))
    return atomic_write_bytes(out_path, data)


# --------------------------------------------------------------------------- sample


def sample_minutes(
    dwellings: int = 3, candidates_per_dwelling: int = 3, mode: SessionMode = SessionMode.VISIO
) -> Minutes:
    """Fictitious minutes shaped like a real session: previews, tests, benchmarks."""
    from desktop.domain.caleol import FewerCandidatesReason, MemberRole
    from desktop.domain.minutes import (
        Commission,
        DwellingItem,
        MemberLine,
        OccupationReviewItem,
        Organisation,
        QuorumInfo,
        SessionInfo,
    )

    day = dt.date(2026, 3, 12)
    at = dt.datetime.combine(day, dt.time(14, 30))
    remote = mode.remote
    A = AttendanceMode

    def taking_part(name: str, role: MemberRole, quality: str, minute: int, **extra) -> MemberLine:
        """A member in the room, or connected at 14 h ``minute`` to a remote session."""
        if remote:
            return MemberLine(name, role, A.DISTANCE, quality, at.replace(minute=minute), **extra)
        return MemberLine(name, role, A.PRESENT, quality, **extra)

    members = (
        taking_part("Mme Claire Moreau", MemberRole.DESIGNE, "Administratrice", 26, president=True),
        taking_part("M. Paul Lefèvre", MemberRole.DESIGNE, "Administrateur", 28),
        MemberLine(
            "Mme Sophie Garnier",
            MemberRole.DESIGNE,
            A.REPRESENTE,
            "Administratrice",
            represented_by="M. Paul Lefèvre",
        ),
        taking_part("M. Hugo Blanchard", MemberRole.DESIGNE, "Administrateur", 29),
        MemberLine(
            "Mme Nadia Cherif", MemberRole.DESIGNE, A.ABSENT, "Administratrice", excused=True
        ),
        taking_part("M. Jean Roux", MemberRole.REPR_LOCATAIRES, "CNL Gironde", 31),
        taking_part(
            "Mme Isabelle Perrin",
            MemberRole.MAIRE,
            "Adjointe au maire de Bordeaux, déléguée au logement",
            27,
            commune="Bordeaux",
        ),
        MemberLine(
            "M. Thomas Vidal",
            MemberRole.PREFET,
            A.ABSENT,
            "Direction départementale de l'emploi, du travail et des solidarités",
            excused=True,
        ),
        taking_part(
            "Mme Laure Fabre",
            MemberRole.CONSULT_ASSO_L365_3,
            "Association Habitat et Humanisme",
            33,
        ),
    )
    first = (
        "Élodie",
        "Karim",
        "Sarah",
        "Lucas",
        "Fatou",
        "Julien",
        "Inès",
        "Mathieu",
        "Chloé",
        "Yanis",
        "Manon",
        "Olivier",
    )
    last = (
        "DUPONT",
        "BENALI",
        "MARTIN",
        "NGUYEN",
        "DIALLO",
        "ROBERT",
        "HADDAD",
        "FAURE",
        "LEROY",
        "MOREL",
        "GIRARD",
        "ANDRÉ",
    )
    households = (
        "Personne seule",
        "Couple sans enfant",
        "Couple avec 2 enfants",
        "Parent isolé avec 1 enfant",
        "Parent isolé avec 3 enfants",
    )
    sizes = (1, 2, 4, 2, 4)
    priorities = (
        ("Personne mal logée ou défavorisée",),
        (),
        ("Reconnu prioritaire DALO",),
        ("Personne en situation de handicap", "Logement inadapté"),
        (),
    )
    streets = (
        "rue des Lilas",
        "cours Saint-Louis",
        "rue Achard",
        "quai de Bacalan",
        "rue Lucien Faure",
        "avenue Émile Counord",
    )
    types = ("T2", "T3", "T4", "T3", "T1")
    fundings = ("PLUS", "PLAI", "PLUS", "PLS", "PLAI")
    contingents = (
        "Préfecture",
        "Action Logement",
        "Commune de Bordeaux",
        "Bailleur",
        "Département",
    )
    items = []
    n = 0
    for i in range(dwellings):
        cands = []
        count = candidates_per_dwelling if i % 7 != 3 else max(1, candidates_per_dwelling - 2)
        for j in range(count):
            k = n % len(first)
            h = (n + j) % len(households)
            if j == 0:
                decision, rank, reason = Decision.ATTRIBUTION_RANG, 1, ""
            elif j == 1 and i % 3 == 1:
                decision, rank, reason = Decision.ATTRIBUTION_CONDITION_SUSPENSIVE, None, ""
            elif j == 1:
                decision, rank, reason = Decision.ATTRIBUTION_RANG, 2, ""
            elif j == 2 and i % 4 == 2:
                decision, rank, reason = (
                    Decision.NON_ATTRIBUTION,
                    None,
                    "Taux d'effort incompatible avec les ressources du ménage (42 %).",
                )
            elif j == 2:
                decision, rank, reason = Decision.ATTRIBUTION_RANG, 3, ""
            else:
                decision, rank, reason = (
                    Decision.IRRECEVABILITE,
                    None,
                    "Ressources supérieures aux plafonds réglementaires.",
                )
            resources = Decimal(1100 + 137 * ((n * 7) % 13)).quantize(Decimal("0.01"))
            cands.append(
                CandidateLine(
                    position=j + 1,
                    numero_unique=f"0333325{(n * 7919) % 10**7:07d}",
                    name=f"{'Mme' if k % 2 == 0 else 'M.'} {first[k]} {last[(k + i) % len(last)]}",
                    household=households[h],
                    household_size=sizes[h],
                    resources=resources,
                    effort_rate=Decimal(str(18 + (n * 3) % 17)) + Decimal("0.4"),
                    reste_a_vivre=Decimal(380 + (n * 23) % 300),
                    priority_criteria=priorities[h],
                    decision=decision,
                    rank=rank,
                    condition_document=(
                        "Avis d'imposition 2025"
                        if decision is Decision.ATTRIBUTION_CONDITION_SUSPENSIVE
                        else ""
                    ),
                    condition_deadline=(
                        day + dt.timedelta(days=15)
                        if decision is Decision.ATTRIBUTION_CONDITION_SUSPENSIVE
                        else None
                    ),
                    reason=reason,
                    votes_for=5 if j != 2 or i % 5 else 3,
                    votes_against=0 if j != 2 or i % 5 else 3,
                    votes_abstention=1 if j else 0,
                    casting_vote_used=(j == 2 and i % 5 == 0),
                    conflicted_members=(("M. Hugo Blanchard",) if (i == 1 and j == 0) else ()),
                )
            )
            n += 1
        items.append(
            DwellingItem(
                position=i + 1,
                reference=f"LGT-{4100 + i:06d}",
                address=f"{(i * 7) % 90 + 2} {streets[i % len(streets)]}, Bât. {'ABC'[i % 3]}, "
                f"33000 Bordeaux",
                commune="Bordeaux",
                programme=f"Résidence {('Les Lilas', 'Bacalan', 'Le Lac')[i % 3]}",
                dwelling_type=types[i % len(types)],
                surface=Decimal(str(38 + (i * 9) % 50)) + Decimal("0.50"),
                floor=("rez-de-chaussée", "1er étage", "2e étage", "3e étage", "4e étage")[i % 5],
                rent=Decimal(310 + (i * 41) % 260) + Decimal("0.35"),
                charges=Decimal(62 + (i * 13) % 60) + Decimal("0.10"),
                funding=fundings[i % len(fundings)],
                contingent=contingents[i % len(contingents)],
                accessibility=(
                    "Accessible aux personnes à mobilité réduite, ascenseur"
                    if i % 4 == 0
                    else "Ascenseur"
                    if i % 2
                    else "Sans ascenseur"
                ),
                fewer_candidates_reason=(FewerCandidatesReason.INSUFFISANCE if count < 3 else None),
                candidates=tuple(cands),
            )
        )
    reviews = (
        OccupationReviewItem(
            1,
            "M. et Mme Lopez",
            "18 rue Achard, 33300 Bordeaux",
            "T5",
            2,
            ("Sous-occupation du logement (L621-2)",),
            "Logement de 5 pièces occupé par 2 personnes depuis le départ des enfants.",
            "Un logement de type T3 est adapté ; proposition de mutation dans le quartier "
            "Bacalan à présenter au ménage.",
        ),
        OccupationReviewItem(
            2,
            "Mme Bernard",
            "4 rue des Lilas, 33000 Bordeaux",
            "T3",
            1,
            ("Perte d'autonomie nécessitant un logement adapté",),
            "Locataire de 82 ans, logement au 3e étage sans ascenseur.",
            "Un logement adapté en rez-de-chaussée ou avec ascenseur est à rechercher ; "
            "accompagnement par le CCAS.",
        ),
    )
    quorum = QuorumInfo(
        reached=True,
        designated_total=6,
        designated_present=4,
        designated_represented=1,
        designated_required=3,
        voting_total=8,
        voting_taking_part=6,
        remote_required=4 if remote else 0,
        explanations=("Membres désignés présents ou représentés : 5 sur 6 (3 requis).",),
    )
    session = SessionInfo(
        number="2026-04",
        date=day,
        mode=mode,
        start_time=dt.time(14, 30),
        end_time=dt.time(16, 45),
        place="" if remote else "Salle du conseil, 40 quai de Bacalan, Bordeaux",
        technical_means="plateforme de visioconférence sécurisée, accès individuel par "
        "code à usage unique"
        if remote
        else "",
        president="Mme Claire Moreau",
        secretary="M. Karim Benali",
    )
    return Minutes(
        organisation=Organisation(
            "Logis de Garonne",
            ("40 quai de Bacalan", "CS 41234", "33300 Bordeaux"),
            "Logis de Garonne, société anonyme d'HLM au capital de 4 500 000 € – "
            "512 345 678 RCS Bordeaux",
            "Bordeaux",
        ),
        commission=Commission(
            "CALEOL Bordeaux Métropole", "Bordeaux Métropole", "version 3 du 15 janvier 2026"
        ),
        session=session,
        members=members,
        quorum=quorum,
        dwellings=tuple(items),
        occupation_reviews=reviews,
        remarks=(
            "La connexion de M. Jean Roux a été interrompue de 15 h 10 à 15 h 14 ; "
            "il n'a pas pris part au vote sur le logement n° 2 pendant cette "
            "interruption.",
        )
        if remote
        else (),
        signed_place="Bordeaux",
        signed_on=day,
    )
