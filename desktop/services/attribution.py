"""Attribution targets per EPCI and year, their effect during a session, and the
reservation holders' yearly report (*gestion en flux*), issue 17.

The figures are those of ``desktop.domain.attribution_targets``, fed from the CALEOL
tables:

- an **allocation** is a candidate with a positive decision (attribution, with rank
  or suspensive condition) whose offer was not refused, lapsed or withdrawn, and who
  is first in line (no rank, rank 1, or the offer came down to him) or whose lease is
  signed; dated by the session (UNCONFIRMED: some territories count signed leases
  only — change ``_counts`` to do so);
- the dwelling gives the EPCI, the QPV flag, the financing and the reservation
  holder (``dwelling`` columns); without a linked dwelling, the fiche's financing and
  contingent and the commission's territory are used, and the dwelling counts as
  outside QPV;
- resources per consumption unit are the fiche's monthly resources × 12 over the
  household's units (``desktop.domain.cotation.consumption_units``);
- priority public: any L441-1 criterion (DALO included) or the *public prioritaire*
  flag.

Reports are ``desktop.reports.figures.ReportData`` written by the existing PDF and
Excel renderers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.domain import attribution_targets as T
from desktop.domain.attribution_targets import (
    Allocation,
    FlowLine,
    QuartileThreshold,
    TargetEffect,
    TargetFigure,
    TargetKind,
    TargetRates,
)
from desktop.domain.caleol import AgendaItemKind, Decision, OfferStatus
from desktop.domain.cotation import EPCI_MAX, consumption_units
from desktop.domain.errors import UserError, ValidationError
from desktop.domain.formatting import format_money_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.roles import Permission
from desktop.domain.tenant import check_text
from desktop.reports.figures import (
    Chart,
    ChartKind,
    Column,
    KeyFigure,
    Kind,
    ReportData,
    Section,
    Series,
    Table,
)
from desktop.services import audit, authz
from desktop.services.authz import guarded
from desktop.services.context import Actor, now
from desktop.services.write import audit_event, snapshot, suffix_in
from desktop.storage.caleol_models import AgendaItem, Candidate, Commission
from desktop.storage.caleol_models import Session as CaleolSession
from desktop.storage.cotation_models import CandidateCotation, TargetSetting
from desktop.storage.db import Database
from desktop.storage.models import Dwelling

ENTITY = "objectifs_attribution"
_POSITIVE = {
    Decision.ATTRIBUTION.value,
    Decision.ATTRIBUTION_RANG.value,
    Decision.ATTRIBUTION_CONDITION_SUSPENSIVE.value,
}
_GONE = {OfferStatus.REFUSED.value, OfferStatus.LAPSED.value, OfferStatus.WITHDRAWN.value}


def _m(text: str, /, **params) -> Message:
    return Message(text, params)


def _require_read(actor: Actor) -> None:
    if not (
        actor.can(Permission.CALEOL_MANAGE)
        or actor.can(Permission.REPORT_READ)
        or actor.can(Permission.CALEOL_MINUTES_READ)
    ):
        raise authz.denied(actor, Permission.REPORT_READ, entity=ENTITY)


# --------------------------------------------------------------------------- settings


@dataclass(frozen=True)
class SettingView:
    epci: str
    year: int
    threshold: QuartileThreshold | None
    rates: TargetRates
    version: int | None


def _setting(session: Session, epci: str, year: int) -> TargetSetting | None:
    key = epci.strip().casefold()
    for row in session.scalars(select(TargetSetting).where(TargetSetting.year == year)):
        if row.epci.strip().casefold() == key:
            return row
    return None


def _view(epci: str, year: int, row: TargetSetting | None) -> SettingView:
    if row is None:
        return SettingView(epci, year, None, TargetRates(), None)
    threshold = (
        None
        if row.first_quartile_amount is None
        else QuartileThreshold(row.epci, row.year, row.first_quartile_amount, row.source)
    )
    return SettingView(
        row.epci,
        row.year,
        threshold,
        TargetRates(
            row.rate_first_quartile_outside_qpv,
            row.rate_other_quartiles_in_qpv,
            row.rate_priority_per_holder,
        ),
        row.version,
    )


@guarded("objectifs.parametres")
def get_setting(db: Database, actor: Actor, epci: str, year: int) -> SettingView:
    _require_read(actor)
    with db.reader() as session:
        return _view(epci, year, _setting(session, epci, year))


@guarded("objectifs.parametres")
def set_setting(
    db: Database,
    actor: Actor,
    epci: str,
    year: int,
    first_quartile_amount: Decimal | None,
    source: str = "",
    rates: TargetRates = TargetRates(),
) -> None:
    """Record the first-quartile threshold of ``epci`` for ``year`` (annual resources
    per consumption unit, from the ministerial arrêté) and the rates to reach."""
    authz.require(actor, Permission.CALEOL_MANAGE, entity=ENTITY)
    errors: dict[str, Message] = {}
    check_text(errors, "epci", epci, EPCI_MAX)
    check_text(errors, "source", source, 200)
    if not epci.strip():
        errors["epci"] = _m(QT_TRANSLATE_NOOP("messages", "L'EPCI est obligatoire."))
    if not 2000 <= year <= 2100:
        errors["year"] = _m(QT_TRANSLATE_NOOP("messages", "Année incorrecte."))
    if first_quartile_amount is not None and not (
        first_quartile_amount.is_finite() and 0 < first_quartile_amount < 1_000_000
    ):
        errors["first_quartile_amount"] = _m(
            QT_TRANSLATE_NOOP(
                "messages", "Le seuil du premier quartile est un montant annuel positif."
            )
        )
    for name in ("first_quartile_outside_qpv", "other_quartiles_in_qpv", "priority_per_holder"):
        value = getattr(rates, name)
        if not (value.is_finite() and 0 <= value <= 100):
            errors[f"rates.{name}"] = _m(
                QT_TRANSLATE_NOOP("messages", "Un objectif est un pourcentage de 0 à 100.")
            )
    if errors:
        raise ValidationError(errors)
    with db.transaction() as session:
        row = _setting(session, epci, year)
        before = None
        if row is None:
            row = TargetSetting(epci=epci.strip(), year=year)
            session.add(row)
        else:
            before = {"seuil": row.first_quartile_amount, "source": row.source}
        row.first_quartile_amount = (
            None
            if first_quartile_amount is None
            else first_quartile_amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        )
        row.source = source.strip()
        row.rate_first_quartile_outside_qpv = rates.first_quartile_outside_qpv
        row.rate_other_quartiles_in_qpv = rates.other_quartiles_in_qpv
        row.rate_priority_per_holder = rates.priority_per_holder
        row.updated_at, row.updated_by = now(), actor.username
        session.flush()
        audit.record(
            session,
            actor,
            "update",
            ENTITY,
            row.id,
            before,
            {
                "epci": row.epci,
                "annee": year,
                "seuil": row.first_quartile_amount,
                "source": row.source,
                "taux": rates,
            },
        )


# --------------------------------------------------------------------------- allocations


@dataclass(frozen=True)
class _Row:
    candidate: Candidate
    item: AgendaItem
    srow: CaleolSession
    dwelling: Dwelling | None
    urban_renewal: bool


def _counts(c: Candidate) -> bool:
    if c.decision not in _POSITIVE or c.offer_status in _GONE:
        return False
    if c.lease_signed_on is not None:
        return True
    return c.rank in (None, 1) or c.offer_status in (
        OfferStatus.OFFERED.value,
        OfferStatus.ACCEPTED.value,
    )


def _epci(r: _Row) -> str:
    if r.dwelling is not None and r.dwelling.epci.strip():
        return r.dwelling.epci.strip()
    return (r.srow.commission.territory or "").strip()


def _holder(item: AgendaItem, dwelling: Dwelling | None) -> str:
    if dwelling is not None and dwelling.reservation_holder.strip():
        return dwelling.reservation_holder.strip()
    return (item.contingent or "").strip()


def _financing(item: AgendaItem, dwelling: Dwelling | None) -> str:
    if dwelling is not None and dwelling.financing.strip():
        return dwelling.financing.strip()
    return (item.funding or "").strip()


def allocation_of(r: _Row) -> Allocation:
    c, item = r.candidate, r.item
    units = consumption_units(c.adults or 1, c.children or 0)
    return Allocation(
        key=f"{r.srow.number} / {item.reference or item.id} / {c.numero_unique}",
        epci=_epci(r),
        decided_on=r.srow.session_date,
        in_qpv=bool(r.dwelling.in_qpv) if r.dwelling is not None else False,
        annual_resources_per_uc=T.annual_resources_per_uc(c.monthly_resources, units),
        priority=bool(c.priority_criteria) or bool(c.public_prioritaire),
        reservation_holder=_holder(item, r.dwelling),
        urban_renewal=r.urban_renewal,
        commune=item.commune,
        dwelling_type=item.dwelling_type,
        financing=_financing(item, r.dwelling),
    )


def _rows(session: Session, actor: Actor, year: int | None = None) -> list[_Row]:
    """The candidatures examined (of ``year``), in the commissions ``actor`` reads (an
    agency manager: his agency's and those of no agency; not those where he only holds
    a member's seat, which his server's policies also let him read: his figures are his
    agency's)."""
    from desktop.services.caleol.common import scoped_to_commissions

    stmt = (
        select(Candidate, AgendaItem, CaleolSession, Dwelling)
        .join(AgendaItem, AgendaItem.id == Candidate.agenda_item_id)
        .join(CaleolSession, CaleolSession.id == AgendaItem.session_id)
        .outerjoin(Dwelling, Dwelling.id == AgendaItem.dwelling_id)
        .options(selectinload(CaleolSession.commission))
        .order_by(CaleolSession.session_date, AgendaItem.position, Candidate.position)
    )
    if year is not None:
        stmt = stmt.where(
            CaleolSession.session_date.between(dt.date(year, 1, 1), dt.date(year, 12, 31))
        )
    stmt = scoped_to_commissions(stmt, actor, CaleolSession.id, seats=False)
    renewal = dict(
        session.execute(select(CandidateCotation.candidate_id, CandidateCotation.urban_renewal))
        .tuples()
        .all()
    )
    return [
        _Row(c, item, srow, dw, bool(renewal.get(c.id)))
        for c, item, srow, dw in session.execute(stmt).all()
    ]


#: Said under a yearly figure an agency manager reads (his commissions only).
PARTIAL_SCOPE = QT_TRANSLATE_NOOP(
    "messages",
    "Chiffres des seules commissions de votre agence et de celles sans agence : les "
    "attributions des autres agences n'y sont pas comptées.",
)


def partial_scope(actor: Actor) -> Message | None:
    """Why the yearly figures ``actor`` reads are not the whole EPCI's or holder's (an
    agency manager counts only the commissions he reads; docs/domain.md#caleol); None
    when they are."""
    from desktop.services.caleol.common import commission_scope

    return None if commission_scope(actor, seats=False) is None else Message(PARTIAL_SCOPE)


@dataclass(frozen=True)
class TargetsView:
    epci: str
    year: int
    setting: SettingView
    figures: tuple[TargetFigure, ...]
    allocations: tuple[Allocation, ...]


def _targets(session: Session, actor: Actor, epci: str, year: int) -> TargetsView:
    setting = _view(epci, year, _setting(session, epci, year))
    allocs = [allocation_of(r) for r in _rows(session, actor, year) if _counts(r.candidate)]
    key = epci.strip().casefold()
    allocs = [a for a in allocs if a.epci.casefold() == key]
    figures = T.compute_targets(allocs, epci, year, setting.threshold, setting.rates)
    return TargetsView(epci, year, setting, tuple(figures), tuple(allocs))


@guarded("objectifs.lire")
def targets(db: Database, actor: Actor, epci: str, year: int) -> TargetsView:
    """Each target of ``epci`` for ``year``, the figure reached and the allocations
    behind it."""
    _require_read(actor)
    with db.reader() as session:
        return _targets(session, actor, epci, year)


@guarded("objectifs.lire")
def epcis(db: Database, actor: Actor) -> list[str]:
    """The EPCIs known from dwellings, commissions and settings (for the pages' lists)."""
    _require_read(actor)
    with db.reader() as session:
        names = set(session.scalars(select(Dwelling.epci).where(Dwelling.epci != "")))
        names |= set(
            session.scalars(select(Commission.territory).where(Commission.territory != ""))
        )
        names |= set(session.scalars(select(TargetSetting.epci)))
    return sorted({n.strip() for n in names if n and n.strip()}, key=str.casefold)


@dataclass(frozen=True)
class ProposalEffect:
    candidate_id: int
    candidate: str
    dwelling: str
    effects: tuple[TargetEffect, ...]
    #: the candidate's decision already counts as an allocation (positive decision,
    #: first in line, offer not refused): the proposal the committee is making
    proposed: bool = False

    @property
    def warnings(self) -> list[str]:
        return [e.message().render() for e in self.effects if e.worse]


@guarded("objectifs.lire")
def session_effects(db: Database, actor: Actor, session_id: int) -> list[ProposalEffect]:
    """For each candidate of the session: how attributing the dwelling to him would
    move the figures of his EPCI and year, against the other allocations of that year
    (a candidate already counted is taken out first)."""
    _require_read(actor)
    with db.reader() as session:
        rows = _rows(session, actor)
        mine = [
            r
            for r in rows
            if r.srow.id == session_id and r.item.kind == AgendaItemKind.ATTRIBUTION.value
        ]
        out = []
        cache: dict[tuple[str, int], tuple[list[tuple[int, Allocation]], SettingView]] = {}
        for r in mine:
            proposed = allocation_of(r)
            key = (proposed.epci.casefold(), proposed.decided_on.year)
            if key not in cache:
                setting = _view(proposed.epci, key[1], _setting(session, proposed.epci, key[1]))
                others = [
                    (x.candidate.id, allocation_of(x))
                    for x in rows
                    if _counts(x.candidate) and x.srow.session_date.year == key[1]
                ]
                cache[key] = (
                    [(cid, a) for cid, a in others if a.epci.casefold() == key[0]],
                    setting,
                )
            others, setting = cache[key]
            base = [a for cid, a in others if cid != r.candidate.id]
            effects = T.effect_of(base, proposed, setting.threshold, setting.rates)
            out.append(
                ProposalEffect(
                    r.candidate.id,
                    r.candidate.full_name,
                    r.item.reference,
                    tuple(effects),
                    _counts(r.candidate),
                )
            )
        return out


# --------------------------------------------------------------------------- gestion en flux


def _flow_lines(session: Session, actor: Actor, year: int) -> list[FlowLine]:
    items: dict[int, list[_Row]] = {}
    for r in _rows(session, actor, year):
        if r.item.kind == AgendaItemKind.ATTRIBUTION.value:
            items.setdefault(r.item.id, []).append(r)
    lines = []
    for rows in items.values():
        r = rows[0]
        holder = _holder(r.item, r.dwelling)
        if not holder:
            continue
        allocated = any(_counts(x.candidate) for x in rows)
        lines.append(
            FlowLine(
                holder,
                r.item.reference,
                r.srow.session_date,
                r.item.dwelling_type,
                _financing(r.item, r.dwelling),
                bool(r.dwelling.in_qpv) if r.dwelling is not None else False,
                r.item.commune,
                allocated,
                r.srow.session_date if allocated else None,
            )
        )
    return lines


@guarded("objectifs.lire")
def holders(db: Database, actor: Actor, year: int) -> list[str]:
    _require_read(actor)
    with db.reader() as session:
        return sorted({x.holder for x in _flow_lines(session, actor, year)}, key=str.casefold)


@guarded("objectifs.lire")
def flow_report(
    db: Database, actor: Actor, holder: str, year: int, deadline: dt.date | None = None
) -> T.FlowReport:
    _require_read(actor)
    with db.reader() as session:
        return T.flow_report(_flow_lines(session, actor, year), holder, year, deadline)


# --------------------------------------------------------------------------- reports


def _percent(value: Decimal | None) -> Decimal | None:
    return value


def _status(f: TargetFigure) -> str:
    if f.met is None:
        return "Aucune attribution"
    return "Atteint" if f.met else f"Non atteint (manque {f.missing})"


def _yes_no(flag: bool) -> str:
    return "Oui" if flag else "Non"


def _dwelling_cells(x: Allocation | FlowLine | T.FlowGroup) -> list[str]:
    """Type, financing and QPV: a dwelling as every table of the yearly reports shows it."""
    return [x.dwelling_type, x.financing or "—", _yes_no(x.in_qpv)]


def _year_report(
    name: str,
    title: str,
    subtitle: str,
    year: int,
    label: str,
    generated_at: dt.datetime | None,
    generated_by: str,
    **content: Any,
) -> ReportData:
    """A report on the calendar ``year`` of ``label`` (an EPCI, a reservation holder):
    ``content`` gives its figures, sections and notes."""
    return ReportData(
        name=name,
        title=title,
        subtitle=subtitle,
        date_from=dt.date(year, 1, 1),
        date_to=dt.date(year, 12, 31),
        agency_code=None,
        agency_label=label,
        generated_at=generated_at or now().replace(microsecond=0),  # naive UTC
        generated_by=generated_by,
        **content,
    )


def targets_report_data(
    view: TargetsView, generated_by: str, generated_at: dt.datetime | None = None
) -> ReportData:
    s = view.setting
    threshold = (
        "non renseigné"
        if s.threshold is None
        else f"{format_money_fr(s.threshold.amount)} par an et par UC"
    )
    rows, chart_required, chart_reached, cats = [], [], [], []
    for f in view.figures:
        rows.append(
            [f.label(), f.required, f.percent, f.numerator, f.denominator, f.unknown, _status(f)]
        )
        cats.append(
            {
                TargetKind.FIRST_QUARTILE_OUTSIDE_QPV: "1er quartile hors QPV",
                TargetKind.OTHER_QUARTILES_IN_QPV: "Quartiles 2-4 en QPV",
            }.get(f.kind, f"Prioritaires {f.holder or 'bailleur'}")[:28]
        )
        chart_required.append(f.required)
        chart_reached.append(f.percent or Decimal(0))
    targets_table = Table(
        "objectifs",
        "Objectifs de la loi Égalité et Citoyenneté",
        [
            Column("Objectif"),
            Column("Exigé", Kind.PERCENT),
            Column("Atteint", Kind.PERCENT),
            Column("Attributions retenues", Kind.INT),
            Column("Attributions du périmètre", Kind.INT),
            Column("Ressources inconnues", Kind.INT),
            Column("Statut"),
        ],
        rows,
        note=f"Seuil du premier quartile : {threshold}"
        + (f" ({s.threshold.source})" if s.threshold and s.threshold.source else "")
        + ". Un candidat aux ressources inconnues n'est compté dans aucun quartile.",
    )
    alloc_rows = []
    for a in view.allocations:
        q = T.first_quartile(a, s.threshold)
        alloc_rows.append(
            [
                a.key,
                a.decided_on.strftime("%d/%m/%Y"),
                *_dwelling_cells(a),
                a.annual_resources_per_uc,
                "—" if q is None else _yes_no(q),
                _yes_no(a.urban_renewal),
                _yes_no(a.priority),
                a.reservation_holder or T.OWN_STOCK,
            ]
        )
    allocations_table = Table(
        "attributions",
        "Attributions retenues",
        [
            Column("Séance / logement / n° unique"),
            Column("Date"),
            Column("Typologie"),
            Column("Financement"),
            Column("QPV"),
            Column("Ressources annuelles par UC", Kind.MONEY),
            Column("1er quartile"),
            Column("Renouv. urbain"),
            Column("Prioritaire"),
            Column("Réservataire"),
        ],
        alloc_rows,
    )
    chart = Chart(
        "objectifs_graphique",
        "Exigé et atteint (%)",
        ChartKind.BAR,
        cats,
        [Series("Exigé", chart_required), Series("Atteint", chart_reached)],
        unit=Kind.PERCENT,
    )
    key = [KeyFigure("Attributions de l'année", len(view.allocations))]
    for f in view.figures[:2]:
        key.append(
            KeyFigure(
                f.label(), f.percent, Kind.PERCENT, f"objectif {T.format_percent(f.required)}"
            )
        )
    return _year_report(
        "objectifs_attribution",
        "Objectifs d'attribution",
        f"{view.epci} — année {view.year}",
        view.year,
        view.epci,
        generated_at,
        generated_by,
        key_figures=key,
        sections=[
            Section("Objectifs", [targets_table], [chart]),
            Section("Attributions", [allocations_table]),
        ],
        notes=[
            (
                "Attributions comptées à la date de la séance ; une attribution avec rang "
                "compte pour le candidat à qui le logement est proposé (choix à confirmer)."
            ),
            (
                "Objectifs : CCH L441-1 (loi n° 2017-86 du 27/01/2017, art. 70) ; seuil du "
                "premier quartile fixé par arrêté pour chaque EPCI et année."
            ),
        ],
    )


def holder_report_data(
    report: T.FlowReport, generated_by: str, generated_at: dt.datetime | None = None
) -> ReportData:
    groups = [
        [
            *_dwelling_cells(g),
            g.commune,
            g.offered,
            g.allocated,
        ]
        for g in report.groups
    ]
    table = Table(
        "flux",
        "Logements mis à disposition et attribués",
        [
            Column("Typologie"),
            Column("Financement"),
            Column("QPV"),
            Column("Commune"),
            Column("Proposés au flux", Kind.INT),
            Column("Attribués", Kind.INT),
        ],
        groups,
        total=["Total", "", "", "", report.offered, report.allocated],
    )
    detail = Table(
        "logements",
        "Détail des logements",
        [
            Column("Logement"),
            Column("Mis à disposition le"),
            Column("Typologie"),
            Column("Financement"),
            Column("QPV"),
            Column("Commune"),
            Column("Attribué"),
        ],
        [
            [
                x.dwelling,
                x.offered_on.strftime("%d/%m/%Y"),
                *_dwelling_cells(x),
                x.commune,
                _yes_no(x.allocated),
            ]
            for x in report.lines
        ],
    )
    by_type: dict[str, list[int]] = {}
    for g in report.groups:
        v = by_type.setdefault(g.dwelling_type or "—", [0, 0])
        v[0] += g.offered
        v[1] += g.allocated
    chart = Chart(
        "flux_typologie",
        "Par typologie",
        ChartKind.BAR,
        list(by_type),
        [
            Series("Proposés", [v[0] for v in by_type.values()]),
            Series("Attribués", [v[1] for v in by_type.values()]),
        ],
    )
    return _year_report(
        "gestion_en_flux",
        "Bilan annuel de la gestion en flux",
        f"Réservataire : {report.holder} — année {report.year}",
        report.year,
        report.holder,
        generated_at,
        generated_by,
        key_figures=[
            KeyFigure("Logements proposés au flux", report.offered),
            KeyFigure("Logements attribués", report.allocated),
            KeyFigure("À transmettre avant le", report.deadline.strftime("%d/%m/%Y"), Kind.TEXT),
        ],
        sections=[Section("Bilan", [table], [chart]), Section("Logements", [detail])],
        notes=[
            (
                "Décret n° 2020-145 du 20/02/2020 ; échéance du 28 février usuellement "
                "citée (à confirmer) : réglage."
            )
        ],
    )


# --------------------------------------------------------------------------- yearly reports


@dataclass(frozen=True)
class YearlyReport:
    """A report whose scope is a year and an EPCI or a reservation holder (the
    dashboard lists them beside the reports of a period)."""

    name: str
    title: str
    description: str
    scope: str  # "epci" or "holder"
    scope_label: str


TARGETS_REPORT = "objectifs_attribution"
FLOW_REPORT = "gestion_en_flux"
YEARLY_REPORTS = (
    YearlyReport(
        TARGETS_REPORT,
        QT_TRANSLATE_NOOP("messages", "Objectifs d'attribution (EPCI, année)"),
        QT_TRANSLATE_NOOP(
            "messages",
            "Pour un EPCI et une année : chaque objectif de la loi Égalité et Citoyenneté "
            "(1er quartile hors QPV, autres quartiles en QPV, publics prioritaires par "
            "réservataire), le chiffre atteint et les attributions qui le font.",
        ),
        "epci",
        QT_TRANSLATE_NOOP("messages", "EPCI"),
    ),
    YearlyReport(
        FLOW_REPORT,
        QT_TRANSLATE_NOOP("messages", "Bilan annuel de la gestion en flux (réservataire, année)"),
        QT_TRANSLATE_NOOP(
            "messages",
            "Pour un réservataire et une année : les logements proposés à son flux et "
            "attribués, par typologie, financement, QPV ou non et commune.",
        ),
        "holder",
        QT_TRANSLATE_NOOP("messages", "Réservataire"),
    ),
)


def yearly_report(name: str) -> YearlyReport | None:
    return next((r for r in YEARLY_REPORTS if r.name == name), None)


def _yearly(name: str) -> YearlyReport:
    info = yearly_report(name)
    if info is None:
        raise ValidationError(
            {
                "name": _m(
                    QT_TRANSLATE_NOOP("messages", "Rapport inconnu : « {name} »."),
                    name=name,
                )
            }
        )
    return info


def yearly_scopes(db: Database, actor: Actor, name: str, year: int) -> list[str]:
    """The EPCIs (targets) or the holders offered a dwelling that year (flow report)."""
    if _yearly(name).scope == "epci":
        return epcis(db, actor)
    return holders(db, actor, year)


def _no_scope(info: YearlyReport) -> UserError:
    if info.scope == "epci":
        text = QT_TRANSLATE_NOOP("messages", "Choisissez un EPCI.")
    else:
        text = QT_TRANSLATE_NOOP("messages", "Choisissez un réservataire.")
    return UserError(_m(text))


@guarded("objectifs.lire")
def build_yearly_report(
    db: Database, actor: Actor, name: str, scope: str | None, year: int
) -> ReportData:
    """The figures of yearly report ``name`` for ``scope`` (EPCI or holder) and ``year``."""
    _require_read(actor)
    info = _yearly(name)
    if not scope or not scope.strip():
        raise _no_scope(info)
    if info.scope == "epci":
        data = targets_report_data(targets(db, actor, scope.strip(), year), actor.label)
    else:
        data = holder_report_data(flow_report(db, actor, scope.strip(), year), actor.label)
    partial = partial_scope(actor)
    if partial is not None:  # first, where a reader of the figures looks
        data.notes.insert(0, partial.render())
    return data


@guarded("objectifs.export")
def export_yearly_report(
    db: Database,
    actor: Actor,
    name: str,
    scope: str | None,
    year: int,
    path: str | Path,
    *,
    progress=None,
    renderer=None,
    data: ReportData | None = None,
) -> Path:
    """Write yearly report ``name`` to ``path`` (PDF or Excel by its extension):
    ``data`` when it answers the same request (what the dashboard shows), else built.
    ``progress(fraction, text)`` is called as the work goes on. Audited."""
    from desktop.reports import render
    from desktop.services.reports import _load_profile

    _require_read(actor)
    info = _yearly(name)
    report = progress or (lambda fraction, text: None)
    path = Path(path)
    ext = suffix_in(
        path,
        (".pdf", ".xlsx"),
        "out_path",
        QT_TRANSLATE_NOOP(
            "messages",
            "Le fichier du rapport doit se terminer par .pdf ou .xlsx (reçu : « {name} »).",
        ),
    )
    report(0.0, QT_TRANSLATE_NOOP("messages", "Calcul des chiffres"))
    if not scope or not scope.strip():
        raise _no_scope(info)
    scope = scope.strip()
    if info.scope == "holder":
        flow = flow_report(db, actor, scope, year)
        if flow.offered == 0:
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "Aucun logement n'a été proposé au flux de {holder} en {year}."
                    ),
                    holder=scope,
                    year=year,
                )
            )
    if data is None or (data.name, data.agency_label, data.date_from.year) != (name, scope, year):
        data = build_yearly_report(db, actor, name, scope, year)

    def scaled(fraction, text):
        report(0.1 + 0.85 * fraction, text)

    if ext == ".pdf":
        written = render.write_pdf(
            data, path, profile=_load_profile(db), renderer=renderer, progress=scaled
        )
    else:
        written = render.write_xlsx(data, path, progress=scaled)
    key = "epci" if info.scope == "epci" else "reservataire"
    name_in_audit = "objectifs" if name == TARGETS_REPORT else name
    details = {"rapport": name_in_audit, key: scope, "annee": year, "fichier": written.name}
    with db.transaction() as session:
        audit_event(session, actor, "export", ENTITY, None, after=details)
    report(1.0, QT_TRANSLATE_NOOP("messages", "Rapport enregistré"))
    return written


@guarded("objectifs.export")
def export_targets(
    db: Database, actor: Actor, epci: str, year: int, path: str | Path, *, renderer=None
) -> Path:
    return export_yearly_report(db, actor, TARGETS_REPORT, epci, year, path, renderer=renderer)


@guarded("objectifs.export")
def export_holder_report(
    db: Database, actor: Actor, holder: str, year: int, path: str | Path, *, renderer=None
) -> Path:
    return export_yearly_report(db, actor, FLOW_REPORT, holder, year, path, renderer=renderer)


# --------------------------------------------------------------------------- dwellings

FINANCINGS = ("", "PLAI", "PLUS", "PLS", "PLI")
#: the dwelling's columns ``set_dwelling_data`` writes (and audits)
_DWELLING_FIELDS = ("financing", "in_qpv", "reservation_holder", "epci")


@guarded("objectifs.logement")
def set_dwelling_data(
    db: Database,
    actor: Actor,
    dwelling_id: int,
    *,
    financing: str,
    in_qpv: bool,
    reservation_holder: str,
    epci: str,
) -> None:
    """The dwelling's data the targets and the flow report need."""
    authz.require(actor, Permission.CALEOL_MANAGE, entity=ENTITY)
    errors: dict[str, Message] = {}
    financing = financing.strip().upper()
    if financing not in FINANCINGS:
        errors["financing"] = _m(
            QT_TRANSLATE_NOOP("messages", "Financement attendu : PLAI, PLUS, PLS ou PLI.")
        )
    if len(reservation_holder.strip()) > 120:
        errors["reservation_holder"] = _m(
            QT_TRANSLATE_NOOP("messages", "Réservataire : 120 caractères au plus.")
        )
    if len(epci.strip()) > 160:
        errors["epci"] = _m(QT_TRANSLATE_NOOP("messages", "EPCI : 160 caractères au plus."))
    if errors:
        raise ValidationError(errors)
    with db.transaction() as session:
        d = session.get(Dwelling, dwelling_id)
        if d is None:
            raise UserError(_m(QT_TRANSLATE_NOOP("messages", "Ce logement n'existe plus.")))
        before = snapshot(d, _DWELLING_FIELDS)
        d.financing, d.in_qpv = financing, bool(in_qpv)
        d.reservation_holder, d.epci = reservation_holder.strip(), epci.strip()
        session.flush()
        audit_event(
            session, actor, "update", "logement", d.id, before, snapshot(d, _DWELLING_FIELDS)
        )
