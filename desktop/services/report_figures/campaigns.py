"""The call campaigns report (``campagne``), from the campaign service's figures."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    func,
    select,
)
from sqlalchemy.orm import Session

from desktop.domain.formatting import format_date_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP as N
from desktop.reports.figures import (
    Chart,
    ChartKind,
    Column,
    KeyFigure,
    Kind,
    Section,
    Series,
    Table,
    format_value,
    percent,
)
from desktop.services.report_figures.common import Scope
from desktop.services.report_figures.tables import share_table, summed_table, table_chart


def campaigns_report(session: Session, scope: Scope):
    from sqlalchemy import or_

    from desktop.domain.campaign import (
        CampaignStatus,
        Counts,
        EscalationStep,
        PartnerType,
        ReferralStatus,
    )
    from desktop.services import campaigns as campaign_service
    from desktop.storage.campaign_models import Campaign

    C = Campaign
    begin = func.coalesce(C.started_on, C.start_on)
    finish = func.coalesce(C.ended_on, C.planned_end_on)
    stmt = (
        select(C.id, C.name, C.status, begin, finish)
        .where(
            C.status != CampaignStatus.DRAFT.value,
            begin <= scope.date_to,
            finish >= scope.date_from,
        )
        .order_by(begin, C.id)
    )
    if scope.agency_id is not None:
        stmt = stmt.where(or_(C.agency_id.is_(None), C.agency_id == scope.agency_id))
    active = session.execute(stmt).all()

    total = Counts()
    callers: dict[str, Counts] = {}
    agencies: dict[str, Counts] = {}
    referrals: dict[PartnerType, dict[ReferralStatus, int]] = {}
    steps: dict[EscalationStep, list[int]] = {}
    campaign_rows = []

    # A campaign's counts (``counts_values``) and their columns.
    def counts_values(c: Counts) -> list[Any]:
        return [c.targets, c.called, c.reached, c.secured, percent(c.secured, c.targets)]

    counts_columns = [
        Column(N("messages", "Personnes ciblées"), Kind.INT),
        Column(N("messages", "Appelées"), Kind.INT),
        Column(N("messages", "Jointes"), Kind.INT),
        Column(N("messages", "Sécurisées"), Kind.INT),
        Column(N("messages", "Part sécurisée"), Kind.PERCENT),
    ]
    attempts_column = Column(N("messages", "Tentatives"), Kind.INT)

    for cid, name, status, start, end in active:
        f = campaign_service.campaign_figures(scope.db, scope.actor, cid, scope.agency_id)
        total = total + f.total
        for g in f.by_caller:
            callers[g.label] = callers.get(g.label, Counts()) + g.counts
        for g in f.by_agency:
            agencies[g.label] = agencies.get(g.label, Counts()) + g.counts
        for partner, by_status in f.referrals.items():
            into = referrals.setdefault(partner, {})
            for st, n in by_status.items():
                into[st] = into.get(st, 0) + n
        for sf in f.steps:
            acc = steps.setdefault(sf.step, [0, 0, 0])
            acc[0] += sf.attempts
            acc[1] += sf.reached
            acc[2] += sf.pending
        campaign_rows.append(
            [
                name,
                CampaignStatus(status).label,
                format_date_fr(start),
                format_date_fr(end),
                *counts_values(f.total),
            ]
        )

    def counts_row(label: str, c: Counts) -> list:
        return [label, *counts_values(c), c.attempts]

    campaign_table = Table(
        "campagnes",
        N("messages", "Campagnes actives sur la période"),
        [
            Column(N("messages", "Campagne")),
            Column(N("messages", "Statut")),
            Column(N("messages", "Début")),
            Column(N("messages", "Fin")),
            *counts_columns,
        ],
        campaign_rows,
        [N("messages", "Total"), "", "", "", *counts_values(total)] if campaign_rows else None,
    )
    results = [
        (N("messages", "Personnes ciblées"), total.targets),
        (N("messages", "Appelées (au moins une tentative)"), total.called),
        (N("messages", "Jointes (la personne, un proche ou un voisin)"), total.reached),
        (N("messages", "Situation sécurisée"), total.secured),
        (N("messages", "Injoignables (chaîne d'escalade épuisée)"), total.unreachable),
        (N("messages", "Besoin d'aide signalé"), total.need_help),
        (N("messages", "Lien renforcé (appel chaque semaine)"), total.reinforced),
    ]
    result_rows = [[label, n, percent(n, total.targets)] for label, n in results]
    result_table = share_table(
        "resultats",
        N("messages", "Résultats des appels"),
        N("messages", "Indicateur"),
        N("messages", "Personnes"),
        result_rows,
        share=N("messages", "Part des personnes ciblées"),
    )
    funnel_chart = Chart(
        "graphique_resultats",
        N("messages", "Appelées, jointes, sécurisées"),
        ChartKind.BAR,
        [
            N("messages", "Ciblées"),
            N("messages", "Appelées"),
            N("messages", "Jointes"),
            N("messages", "Sécurisées"),
            N("messages", "Injoignables"),
        ],
        [
            Series(
                N("messages", "Personnes"),
                [total.targets, total.called, total.reached, total.secured, total.unreachable],
            )
        ],
    )

    statuses = list(ReferralStatus)
    referral_rows: list[list[Any]] = []
    for partner in PartnerType:
        by_status = referrals.get(partner)
        if by_status:
            referral_rows.append(
                [partner.label, sum(by_status.values()), *[by_status.get(st, 0) for st in statuses]]
            )
    referral_table = summed_table(
        "orientations",
        N("messages", "Orientations vers les partenaires"),
        [
            Column(N("messages", "Partenaire")),
            Column(N("messages", "Orientations"), Kind.INT),
            *[Column(st.label, Kind.INT) for st in statuses],
        ],
        referral_rows,
    )
    referral_chart = table_chart(
        "graphique_orientations",
        N("messages", "Orientations par partenaire"),
        ChartKind.HBAR,
        referral_table,
        1,
    )

    caller_table = Table(
        "par_appelant",
        N("messages", "Résultats par appelant"),
        [Column(N("messages", "Appelant")), *counts_columns, attempts_column],
        [
            counts_row(label, c)
            for label, c in sorted(callers.items(), key=lambda x: x[0].casefold())
        ],
    )
    agency_rows = [
        counts_row(label, c) for label, c in sorted(agencies.items(), key=lambda x: x[0].casefold())
    ]
    agency_table = Table(
        "par_agence",
        N("messages", "Résultats par agence"),
        [Column(N("messages", "Agence")), *counts_columns, attempts_column],
        agency_rows,
        counts_row(N("messages", "Total"), total) if agency_rows else None,
    )
    agency_chart = Chart(
        "graphique_agences",
        N("messages", "Personnes jointes et sécurisées, par agence"),
        ChartKind.BAR,
        [r[0].split(" — ")[0] for r in agency_rows],
        [
            Series(N("messages", "Jointes"), [r[3] for r in agency_rows]),
            Series(N("messages", "Sécurisées"), [r[4] for r in agency_rows]),
        ],
    )
    step_rows = [[step.label, *steps[step]] for step in steps if any(steps[step])]
    step_table = Table(
        "escalade",
        N("messages", "Tentatives par étape de la chaîne d'escalade"),
        [
            Column(N("messages", "Étape")),
            Column(N("messages", "Tentatives"), Kind.INT),
            Column(N("messages", "Personne jointe"), Kind.INT),
            Column(N("messages", "En attente"), Kind.INT),
        ],
        step_rows,
    )

    key_figures = [
        KeyFigure(
            N("messages", "Campagnes"),
            len(campaign_rows),
            Kind.INT,
            N("messages", "actives sur la période"),
        ),
        KeyFigure(
            N("messages", "Personnes appelées"),
            total.called,
            Kind.INT,
            N("messages", "sur {n} ciblées").format(n=format_value(total.targets, Kind.INT)),
        ),
        KeyFigure(
            N("messages", "Personnes jointes"),
            percent(total.reached, total.targets),
            Kind.PERCENT,
            N("messages", "des personnes ciblées"),
        ),
        KeyFigure(
            N("messages", "Situations sécurisées"),
            total.secured,
            Kind.INT,
            format_value(percent(total.secured, total.targets), Kind.PERCENT),
        ),
        KeyFigure(N("messages", "Orientations"), referral_table.totals()[1]),
    ]
    sections = [
        Section(
            N("messages", "Campagnes et résultats"), [campaign_table, result_table], [funnel_chart]
        ),
        Section(N("messages", "Orientations"), [referral_table], [referral_chart]),
        Section(
            N("messages", "Par appelant et par agence"),
            [agency_table, caller_table, step_table],
            [agency_chart],
        ),
    ]
    notes = [
        N(
            "messages",
            "Campagnes démarrées avant la fin de la période et non terminées "
            "avant son début ; chiffres de chaque campagne depuis son démarrage (figés à "
            "la purge des données personnelles).",
        ),
        N(
            "messages",
            "Sécurisée : la personne, un proche ou un voisin a été joint et "
            "aucun besoin n'est sans réponse.",
        ),
    ]
    return key_figures, sections, notes
