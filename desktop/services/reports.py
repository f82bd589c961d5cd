"""Reports and dashboards (issue 8): figures for a period and an agency, exported as
PDF or Excel.

``build_report`` computes a report's figures (``desktop.services.report_figures``) for the
actor: it needs ``Permission.REPORT_READ``; agency-scoped roles (agency managers) get
their own agency's figures only, and asking for another agency is refused and
recorded. ``export_report`` writes the same report to a ``.pdf`` (WeasyPrint in its
worker process) or ``.xlsx`` file chosen by the extension, reporting its progress,
and records the export in the audit trail (the files hold aggregated figures only).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from desktop.documents.files import sweep_stale_temporaries
from desktop.domain.errors import UserError, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.roles import Permission
from desktop.reports.figures import ReportData
from desktop.services import audit, authz, report_figures
from desktop.services.authz import guarded
from desktop.services.context import Actor, today
from desktop.services.write import invalid
from desktop.services.write import message as _m
from desktop.storage.db import Database
from desktop.storage.models import Agency

ENTITY = "rapport"
READ = Permission.REPORT_READ
MAX_MONTHS = 120  # the monthly tables and charts stay readable
FORMATS = (".pdf", ".xlsx")
ALL_AGENCIES = QT_TRANSLATE_NOOP("messages", "Toutes les agences")

Progress = Callable[[float, str], None]


@dataclass(frozen=True)
class ReportInfo:
    name: str
    title: str
    description: str


def report_names() -> list[str]:
    """The reports, in the order they are offered: ``impayes``, ``conges``…"""
    return list(report_figures.REPORTS)


def report_infos() -> list[ReportInfo]:
    return [ReportInfo(s.name, s.title, s.description) for s in report_figures.REPORTS.values()]


def check_request(name: str, date_from: dt.date | None, date_to: dt.date | None) -> None:
    """``ValidationError`` (French, by field) for an unknown report or a wrong period."""
    errors: dict[str, Message] = {}
    if name not in report_figures.REPORTS:
        errors["name"] = _m(
            QT_TRANSLATE_NOOP(
                "messages", "Rapport inconnu : « {name} ». Rapports disponibles : {names}."
            ),
            name=name,
            names=", ".join(report_figures.REPORTS),
        )
    if date_from is None:
        errors["date_from"] = _m(QT_TRANSLATE_NOOP("messages", "Indiquez le début de la période."))
    if date_to is None:
        errors["date_to"] = _m(QT_TRANSLATE_NOOP("messages", "Indiquez la fin de la période."))
    if date_from and date_to:
        if date_to < date_from:
            errors["date_to"] = _m(
                QT_TRANSLATE_NOOP("messages", "La fin de la période précède son début.")
            )
        elif (date_to.year - date_from.year) * 12 + date_to.month - date_from.month >= MAX_MONTHS:
            errors["date_to"] = _m(
                QT_TRANSLATE_NOOP("messages", "La période ne peut pas dépasser {n} mois."),
                n=MAX_MONTHS,
            )
    if errors:
        raise ValidationError(errors)


def _agency(
    db: Database, actor: Actor, agency: str | int | None
) -> tuple[int | None, str | None, str]:
    """The agency asked for (code or id) as ``(id, code, label)``, within the actor's
    scope: an agency role gets its own agency when none is given."""
    if agency is None or (isinstance(agency, str) and not agency.strip()):
        if not actor.agency_scoped:
            return None, None, ALL_AGENCIES
        agency = actor.agency_id if actor.agency_id is not None else -1
    with db.reader() as session:
        if isinstance(agency, int):
            row = session.get(Agency, agency)
        else:
            row = session.scalars(
                select(Agency).where(func.upper(Agency.code) == agency.strip().upper())
            ).one_or_none()
        found = (row.id, row.code, row.name) if row is not None else None
    if found is None:
        if actor.agency_scoped and agency == -1:
            raise authz.denied(actor, READ, entity=ENTITY, other_agency=True)
        raise invalid(
            "agency",
            QT_TRANSLATE_NOOP("messages", "Agence inconnue : « {code} »."),
            code=str(agency),
        )
    agency_id, code, name = found
    authz.require_agency(actor, READ, agency_id, entity=ENTITY)
    return agency_id, code, f"{code} — {name}"


@guarded("rapport.consultation")
def build_report(
    db: Database,
    actor: Actor,
    name: str,
    date_from: dt.date,
    date_to: dt.date,
    agency: str | int | None = None,
    *,
    on: dt.date | None = None,
) -> ReportData:
    """The figures of report ``name`` for the period (both days included) and the agency
    (its code or id; ``None``: every agency the actor may see)."""
    authz.require(actor, READ, entity=ENTITY)
    check_request(name, date_from, date_to)
    agency_id, code, label = _agency(db, actor, agency)
    scope = report_figures.Scope(date_from, date_to, agency_id, on or today(), db=db, actor=actor)
    with db.reader() as session:
        return report_figures.build(
            name, session, scope, agency_code=code, agency_label=label, generated_by=actor.label
        )


def _load_profile(db: Database):
    from desktop.services import organisation

    try:
        return organisation.load_profile(db)
    except UserError:  # a report without the organisation's name and logo still reads well
        return None


@guarded("rapport.export")
def export_report(
    db: Database,
    actor: Actor,
    name: str,
    date_from: dt.date,
    date_to: dt.date,
    agency: str | int | None = None,
    out_path: str | Path = "",
    *,
    progress: Progress | None = None,
    renderer=None,
    data: ReportData | None = None,
) -> Path:
    """Write report ``name`` to ``out_path``: PDF or Excel by its extension (``.pdf``,
    ``.xlsx``). ``progress(fraction, text)`` is called as the work goes on; ``renderer``
    is a ``desktop.documents.html.HtmlRenderer`` to reuse (PDF); ``data`` the report
    already built for the same request (the dashboard shows it), else it is built."""
    authz.require(actor, READ, entity=ENTITY)
    report = lambda fraction, text: progress(fraction, text) if progress else None
    path = Path(out_path) if out_path else None
    if path is None or path.suffix.lower() not in FORMATS:
        raise invalid(
            "out_path",
            QT_TRANSLATE_NOOP(
                "messages",
                "Le fichier du rapport doit se terminer par .pdf ou .xlsx (reçu : « {name} »).",
            ),
            name=path.name if path else "",
        )
    report(0.0, QT_TRANSLATE_NOOP("messages", "Calcul des chiffres"))
    check_request(name, date_from, date_to)
    _agency_id, code, _label = _agency(db, actor, agency)
    if data is None or (data.name, data.date_from, data.date_to, data.agency_code) != (
        name,
        date_from,
        date_to,
        code,
    ):
        data = build_report(db, actor, name, date_from, date_to, agency)

    def scaled(start: float, span: float) -> Progress:
        return lambda fraction, text: report(start + span * fraction, text)

    from desktop.reports import render

    sweep_stale_temporaries(path.parent)  # a killed export's unfinished file
    if path.suffix.lower() == ".pdf":
        written = render.write_pdf(
            data, path, profile=_load_profile(db), renderer=renderer, progress=scaled(0.1, 0.85)
        )
    else:
        written = render.write_xlsx(data, path, progress=scaled(0.1, 0.85))
    with db.transaction() as session:
        audit.record(
            session,
            actor,
            "export",
            ENTITY,
            None,
            None,
            {
                "rapport": name,
                "du": date_from.isoformat(),
                "au": date_to.isoformat(),
                "agence": data.agency_code or "",
                "format": path.suffix.lower().lstrip("."),
                "fichier": written.name,
            },
        )
    report(1.0, QT_TRANSLATE_NOOP("messages", "Rapport enregistré"))
    return written
