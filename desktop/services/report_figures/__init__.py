"""The figures of each report, computed by SQL aggregation (issue 8).

A report is a plain ``ReportData`` (``desktop.reports.figures``): title, period,
agency, key figures and sections of tables and chart series. Every number comes from
``GROUP BY`` / ``COUNT`` / ``SUM`` queries: no report loads the tenant files into
Python objects (the demo base has 100,000 of them). Amounts are summed as integer
cents in SQL and returned as ``Decimal``; percentages and averages are ``Decimal``
with one decimal.

This is the services side (queries on the storage models, reuse of the campaign
service's figures); ``desktop.reports`` only renders: ``render`` makes the PDF and the
workbook, ``charts`` the SVG charts, the dashboard page shows the same data. One section per report: arrears (``impayes``), notices (``conges``), call campaigns
(``campagne``), CALEOL (``caleol``).

The package: ``common`` (the scope and the SQL helpers), ``tables`` (the shapes of
tables and charts the reports share: breakdowns, summed totals), one module a report
(``arrears``, ``notices``, ``campaigns``, ``caleol``); here the registry ``REPORTS``
and ``build``, which the reports service calls.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.domain.i18n import QT_TRANSLATE_NOOP as N
from desktop.reports.figures import ReportData
from desktop.services.context import now
from desktop.services.report_figures.arrears import arrears_report
from desktop.services.report_figures.caleol import caleol_report
from desktop.services.report_figures.campaigns import campaigns_report
from desktop.services.report_figures.common import Builder, Scope
from desktop.services.report_figures.notices import notices_report


@dataclass(frozen=True)
class ReportSpec:
    name: str
    title: str
    description: str
    build: Builder


REPORTS: dict[str, ReportSpec] = {
    "impayes": ReportSpec(
        "impayes",
        N("messages", "Impayés et plans d'apurement"),
        N(
            "messages",
            "Plans créés par type et statut, montants sous plan, réglé et dû par "
            "mois, défaillances et suites, ménages en impayé par agence.",
        ),
        arrears_report,
    ),
    "conges": ReportSpec(
        "conges",
        N("messages", "Congés des locataires"),
        N(
            "messages",
            "Congés reçus par motif, préavis réduit ou normal, délais, décisions "
            "particulières, sorties par mois.",
        ),
        notices_report,
    ),
    "campagne": ReportSpec(
        "campagne",
        N("messages", "Campagnes d'appels de vigilance"),
        N(
            "messages",
            "Personnes appelées, jointes et sécurisées, orientations par "
            "partenaire, résultats par appelant et par agence.",
        ),
        campaigns_report,
    ),
    "caleol": ReportSpec(
        "caleol",
        N("messages", "Activité de la CALEOL"),
        N(
            "messages",
            "Séances, logements examinés, décisions par nature, motifs de refus, "
            "part des ménages prioritaires, délais.",
        ),
        caleol_report,
    ),
}


def build(
    name: str,
    session: Session,
    scope: Scope,
    *,
    agency_code: str | None,
    agency_label: str,
    generated_by: str,
    generated_at: dt.datetime | None = None,
) -> ReportData:
    spec = REPORTS[name]
    key_figures, sections, notes = spec.build(session, scope)
    return ReportData(
        name=name,
        title=spec.title,
        subtitle=spec.description,
        date_from=scope.date_from,
        date_to=scope.date_to,
        agency_code=agency_code,
        agency_label=agency_label,
        generated_at=generated_at or now().replace(microsecond=0),  # naive UTC
        generated_by=generated_by,
        key_figures=key_figures,
        sections=sections,
        notes=notes,
    )


__all__ = ["REPORTS", "ReportSpec", "Scope", "build"]
