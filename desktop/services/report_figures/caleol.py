"""The CALEOL report (``caleol``): sessions, dwellings examined, decisions by kind,
refusal grounds, share of priority households, delays.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    and_,
    case,
    exists,
    func,
    select,
)
from sqlalchemy.orm import Session

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
    month_label,
    one_decimal,
    percent,
)
from desktop.services.report_figures.common import Scope, count, days_between, monthly, pairs
from desktop.services.report_figures.tables import (
    found,
    rows_chart,
    share_rows,
    share_table,
    table_chart,
)


def caleol_report(session: Session, scope: Scope):
    from collections import Counter

    from sqlalchemy import or_

    from desktop.domain.caleol import (
        AgendaItemKind,
        Decision,
        OccupationGround,
        PriorityCriterion,
        SessionMode,
    )
    from desktop.storage.caleol_models import AgendaItem, Candidate, Commission
    from desktop.storage.caleol_models import Session as Sitting
    from desktop.storage.models import Dwelling

    item_scope = [
        AgendaItem.session_id == Sitting.id,
        Sitting.commission_id == Commission.id,
        scope.in_period(Sitting.session_date),
    ]
    if scope.agency_id is not None:
        item_scope.append(
            or_(
                AgendaItem.dwelling_id.in_(
                    select(Dwelling.id).where(Dwelling.agency_id == scope.agency_id)
                ),
                and_(AgendaItem.dwelling_id.is_(None), Commission.agency_id == scope.agency_id),
            )
        )
    attribution = AgendaItem.kind == AgendaItemKind.ATTRIBUTION.value
    sessions_stmt = select(Sitting.id).where(
        Sitting.commission_id == Commission.id, scope.in_period(Sitting.session_date)
    )
    if scope.agency_id is not None:
        sessions_stmt = sessions_stmt.where(
            or_(Commission.agency_id == scope.agency_id, exists().where(*item_scope))
        )
    session_ids = sessions_stmt.subquery()

    by_mode = pairs(
        session,
        select(Sitting.mode, func.count())
        .where(Sitting.id.in_(select(session_ids.c.id)))
        .group_by(Sitting.mode),
    )
    n_sessions = sum(by_mode.values())
    dwellings, fewer = session.execute(
        select(
            func.count(),
            func.sum(case((AgendaItem.fewer_candidates_reason.is_not(None), 1), else_=0)),
        ).where(*item_scope, attribution)
    ).one()
    dwellings, fewer = dwellings or 0, int(fewer or 0)
    candidates = count(
        session,
        select(func.count()).where(
            Candidate.agenda_item_id == AgendaItem.id, *item_scope, attribution
        ),
    )
    reviews = pairs(
        session,
        select(AgendaItem.ground, func.count())
        .where(*item_scope, AgendaItem.kind == AgendaItemKind.EXAMEN_OCCUPATION.value)
        .group_by(AgendaItem.ground),
    )
    mode_rows = [[m.label, n] for m, n in found(SessionMode, by_mode)]
    activity_rows = [
        [N("messages", "Séances tenues"), n_sessions],
        *[[N("messages", "dont : {mode}").format(mode=label.lower()), n] for label, n in mode_rows],
        [N("messages", "Logements examinés"), dwellings],
        [N("messages", "Candidatures examinées"), candidates],
        [N("messages", "Logements examinés avec moins de 3 candidats (dérogation)"), fewer],
        [N("messages", "Examens de l'occupation des logements"), sum(reviews.values())],
    ]
    activity_table = Table(
        "activite",
        N("messages", "Activité de la commission"),
        [Column(N("messages", "Indicateur")), Column(N("messages", "Nombre"), Kind.INT)],
        activity_rows,
    )

    # Decisions by kind.
    decided = [
        Candidate.agenda_item_id == AgendaItem.id,
        *item_scope,
        attribution,
        Candidate.decision.is_not(None),
    ]
    decisions = pairs(
        session,
        select(Candidate.decision, func.count()).where(*decided).group_by(Candidate.decision),
    )
    n_decisions = sum(decisions.values())
    decision_rows = share_rows(Decision, decisions, n_decisions, every=True)
    decision_table = share_table(
        "decisions",
        N("messages", "Décisions par nature (art. R441-3 CCH)"),
        N("messages", "Décision"),
        N("messages", "Candidatures"),
        decision_rows,
        whole=n_decisions,
    )
    decision_chart = rows_chart(
        "graphique_decisions",
        N("messages", "Décisions par nature"),
        ChartKind.PIE,
        [r for r in decision_rows if r[1]],
        (N("messages", "Candidatures"), 1),
    )

    # Refusal reasons (non-attribution, inadmissibility): the reasons given at least
    # twice; the others (free text, possibly particular to a person) counted together.
    refused = [
        *decided,
        Candidate.decision.in_([Decision.NON_ATTRIBUTION.value, Decision.IRRECEVABILITE.value]),
    ]
    reason_text = func.trim(Candidate.reason)
    reasons = session.execute(
        select(Candidate.decision, reason_text, func.count())
        .where(*refused)
        .group_by(Candidate.decision, reason_text)
        .order_by(func.count().desc(), reason_text)
    ).all()
    reason_rows: list[list[Any]] = []
    others = {Decision.NON_ATTRIBUTION.value: 0, Decision.IRRECEVABILITE.value: 0}
    for decision, text, n in reasons:
        if n >= 2 and len(reason_rows) < 12:
            reason_rows.append([text, Decision(decision).label, n])
        else:
            others[decision] += n
    for decision, n in others.items():
        if n:
            reason_rows.append([N("messages", "Autres motifs"), Decision(decision).label, n])
    reason_table = Table(
        "motifs_de_refus",
        N("messages", "Motifs de non-attribution et d'irrecevabilité"),
        [
            Column(N("messages", "Motif")),
            Column(N("messages", "Décision")),
            Column(N("messages", "Candidatures"), Kind.INT),
        ],
        reason_rows,
        [N("messages", "Total"), "", sum(r[2] for r in reason_rows)],
        note=N(
            "messages",
            "Motifs cités au moins deux fois ; les autres sont comptés "
            "ensemble (« Autres motifs »).",
        ),
    )
    reason_chart = table_chart(
        "graphique_motifs", N("messages", "Motifs de refus"), ChartKind.HBAR, reason_table, 2
    )

    # Priority households among the attributions (rank 1 for ranked attributions).
    attributed = [
        *decided,
        or_(
            Candidate.decision.in_(
                [Decision.ATTRIBUTION.value, Decision.ATTRIBUTION_CONDITION_SUSPENSIVE.value]
            ),
            and_(
                Candidate.decision == Decision.ATTRIBUTION_RANG.value,
                func.coalesce(Candidate.rank, 1) == 1,
            ),
        ),
    ]
    n_attributed, n_priority = session.execute(
        select(
            func.count(), func.sum(case((Candidate.public_prioritaire.is_(True), 1), else_=0))
        ).where(*attributed)
    ).one()
    n_attributed, n_priority = n_attributed or 0, int(n_priority or 0)
    criteria: Counter[str] = Counter()
    for (codes,) in session.execute(
        select(Candidate.priority_criteria).where(
            *attributed, Candidate.public_prioritaire.is_(True)
        )
    ):
        for code in codes or []:
            criteria[code] += 1
    priority_rows = [
        [N("messages", "Attributions"), n_attributed, None],
        [
            N("messages", "dont ménages prioritaires (art. L441-1 CCH)"),
            n_priority,
            percent(n_priority, n_attributed),
        ],
        *[
            [
                N("messages", "critère : {criterion}").format(criterion=c.label),
                criteria[c.value],
                percent(criteria[c.value], n_attributed),
            ]
            for c in PriorityCriterion
            if criteria.get(c.value)
        ],
    ]
    priority_table = share_table(
        "publics_prioritaires",
        N("messages", "Ménages prioritaires parmi les attributions"),
        N("messages", "Attributions"),
        N("messages", "Nombre"),
        priority_rows,
        share=N("messages", "Part des attributions"),
        note=N(
            "messages",
            "Au moins 25 % des attributions sur les contingents de réservation "
            "doivent bénéficier aux ménages prioritaires (L441-1). Un ménage peut relever "
            "de plusieurs critères.",
        ),
    )

    # Delays.
    sitting_day = Sitting.session_date
    delays = session.execute(
        select(
            func.avg(days_between(session, Candidate.offer_deadline, sitting_day)),
            func.avg(days_between(session, Candidate.notified_on, sitting_day)),
            func.avg(days_between(session, sitting_day, Candidate.application_date)),
        ).where(*attributed)
    ).one()
    delay_rows = [
        [N("messages", "De la séance à la notification de la décision"), one_decimal(delays[1])],
        [
            N("messages", "De la séance à la date limite de réponse à l'offre"),
            one_decimal(delays[0]),
        ],
        [N("messages", "Du dépôt de la demande à la séance (ancienneté)"), one_decimal(delays[2])],
    ]
    delay_table = Table(
        "delais",
        N("messages", "Délais moyens des attributions"),
        [Column(N("messages", "Délai")), Column(N("messages", "Jours"), Kind.DAYS)],
        delay_rows,
        note=N("messages", "Moyennes sur les attributions pour lesquelles la date est connue."),
    )

    monthly_dwellings = monthly(session, sitting_day, func.count(), *item_scope, attribution)
    monthly_attributions = monthly(session, sitting_day, func.count(), *attributed)
    months = scope.months
    month_chart = Chart(
        "graphique_mensuel",
        N("messages", "Logements examinés et attributions, par mois"),
        ChartKind.BAR,
        [month_label(*ym) for ym in months],
        [
            Series(
                N("messages", "Logements examinés"), [monthly_dwellings.get(ym, 0) for ym in months]
            ),
            Series(
                N("messages", "Attributions"), [monthly_attributions.get(ym, 0) for ym in months]
            ),
        ],
    )
    review_rows = [[g.label, n] for g, n in found(OccupationGround, reviews)]
    review_table = Table(
        "examens_occupation",
        N("messages", "Examens de l'occupation, par motif (L442-5-2)"),
        [Column(N("messages", "Motif")), Column(N("messages", "Examens"), Kind.INT)],
        review_rows,
    )

    key_figures = [
        KeyFigure(N("messages", "Séances"), n_sessions),
        KeyFigure(N("messages", "Logements examinés"), dwellings),
        KeyFigure(N("messages", "Attributions"), n_attributed),
        KeyFigure(
            N("messages", "Ménages prioritaires"),
            percent(n_priority, n_attributed),
            Kind.PERCENT,
            N("messages", "des attributions"),
        ),
        KeyFigure(N("messages", "Délai séance → notification"), one_decimal(delays[1]), Kind.DAYS),
    ]
    sections = [
        Section(N("messages", "Activité"), [activity_table, review_table], [month_chart]),
        Section(
            N("messages", "Décisions"),
            [decision_table, reason_table],
            [decision_chart, reason_chart],
        ),
        Section(N("messages", "Ménages prioritaires et délais"), [priority_table, delay_table]),
    ]
    notes = [
        N(
            "messages",
            "Séances tenues sur la période ; une agence : les logements de "
            "cette agence (ou, sans logement lié, les commissions de l'agence).",
        ),
        N(
            "messages",
            "Attributions : attributions simples, sous condition suspensive et "
            "candidats classés premiers.",
        ),
    ]
    return key_figures, sections, notes
