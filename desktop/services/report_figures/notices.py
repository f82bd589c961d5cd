"""The notices report (``conges``): notices by ground, reduced or normal notice,
delays, particular decisions, exits by month.
"""

from __future__ import annotations

from sqlalchemy import (
    case,
    func,
    select,
)
from sqlalchemy.orm import Session

from desktop.domain.i18n import QT_TRANSLATE_NOOP as N
from desktop.reports.figures import (
    ChartKind,
    Column,
    KeyFigure,
    Kind,
    Section,
    Table,
    month_label,
    one_decimal,
    percent,
)
from desktop.services.report_figures.common import (
    Scope,
    by_key,
    count,
    days_between,
    monthly,
    pairs,
)
from desktop.services.report_figures.tables import (
    found,
    share_columns,
    share_rows,
    share_table,
    share_total,
    summed_table,
    table_chart,
)


def notices_report(session: Session, scope: Scope):
    from desktop.domain.notice import DeliveryMode, ReducedNoticeGround
    from desktop.domain.notice_case import ExceptionKind, NoticeStatus
    from desktop.storage.models import Household, Notice, NoticeException

    n_ = Notice
    agency = scope.agency(Household.agency_id)
    base = (n_.household_id == Household.id, scope.in_period(n_.received_on), agency)
    withdrawn = NoticeStatus.WITHDRAWN.value

    reduced = case((n_.applied_months == 1, 1), else_=0)
    grounds = by_key(
        session, select(n_.ground, func.count(), func.sum(reduced)).where(*base).group_by(n_.ground)
    )
    total = sum(n for n, _ in grounds.values())
    ground_rows = [
        [g.label, n, percent(n, total), int(r or 0)]
        for g, (n, r) in found(ReducedNoticeGround, grounds)
    ]
    ground_table = Table(
        "conges_par_motif",
        N("messages", "Congés reçus sur la période, par motif invoqué"),
        [
            *share_columns(N("messages", "Motif"), N("messages", "Congés")),
            Column(N("messages", "Préavis réduit appliqué"), Kind.INT),
        ],
        ground_rows,
        [*share_total(total), sum(r[3] for r in ground_rows)],
    )
    ground_chart = table_chart(
        "graphique_motifs",
        N("messages", "Congés reçus, par motif"),
        ChartKind.HBAR,
        ground_table,
        1,
    )

    # Reduced (1 month) against standard (3 months), delays.
    delay_end = days_between(session, n_.end_date, n_.received_on)
    delay_departure = days_between(session, n_.departure_on, n_.received_on)
    durations = by_key(
        session,
        select(n_.applied_months, func.count(), func.avg(delay_end), func.avg(delay_departure))
        .where(*base)
        .group_by(n_.applied_months),
    )
    claimed_pending = count(
        session,
        select(func.count())
        .select_from(n_)
        .where(*base, n_.ground != ReducedNoticeGround.AUCUN.value, n_.applied_months != 1),
    )
    n_reduced = durations.get(1, (0, None, None))[0]
    n_standard = total - n_reduced
    all_end = session.execute(
        select(func.avg(delay_end), func.avg(delay_departure)).where(*base)
    ).one()

    def duration_row(label: str, n: int, months: int) -> list:
        _, end, departure = durations.get(months, (0, None, None))
        return [label, n, percent(n, total), one_decimal(end), one_decimal(departure)]

    duration_rows = [
        duration_row(N("messages", "Préavis réduit (1 mois)"), n_reduced, 1),
        duration_row(N("messages", "Préavis normal (3 mois)"), n_standard, 3),
    ]
    duration_table = Table(
        "preavis_reduit_ou_normal",
        N("messages", "Préavis réduit ou normal, délais moyens"),
        [
            *share_columns(N("messages", "Préavis appliqué"), N("messages", "Congés")),
            Column(N("messages", "Réception → fin du préavis"), Kind.DAYS),
            Column(N("messages", "Réception → départ"), Kind.DAYS),
        ],
        duration_rows,
        [
            N("messages", "Ensemble"),
            total,
            percent(total, total),
            one_decimal(all_end[0]),
            one_decimal(all_end[1]),
        ],
        note=N(
            "messages",
            "Délais moyens en jours calendaires ; le départ tient compte des "
            "reports (convention d'occupation temporaire).",
        ),
    )
    duration_chart = table_chart(
        "graphique_preavis",
        N("messages", "Préavis réduit ou normal"),
        ChartKind.PIE,
        duration_table,
        1,
    )

    modes = pairs(
        session, select(n_.delivery_mode, func.count()).where(*base).group_by(n_.delivery_mode)
    )
    mode_table = share_table(
        "conges_par_mode",
        N("messages", "Mode de remise du congé"),
        N("messages", "Mode de remise"),
        N("messages", "Congés"),
        share_rows(DeliveryMode, modes, total),
    )

    # Decisions (exceptions) taken in the period.
    exceptions = pairs(
        session,
        select(NoticeException.kind, func.count())
        .join(n_, NoticeException.notice_id == n_.id)
        .join(Household, n_.household_id == Household.id)
        .where(scope.in_period(NoticeException.decided_on), agency)
        .group_by(NoticeException.kind),
    )
    exception_rows = [[k.label, exceptions.get(k.value, 0)] for k in ExceptionKind]
    exception_rows.append(
        [
            N("messages", "Motif invoqué, justificatif encore attendu (préavis de 3 mois)"),
            claimed_pending,
        ]
    )
    exception_table = Table(
        "decisions",
        N("messages", "Décisions particulières prises sur la période"),
        [Column(N("messages", "Décision")), Column(N("messages", "Nombre"), Kind.INT)],
        exception_rows,
    )

    # Exits (departures) by month in the period, keys and deposits.
    left = (n_.household_id == Household.id, agency, n_.status != withdrawn)
    exits = monthly(session, n_.departure_on, func.count(), *left, scope.in_period(n_.departure_on))
    keys = monthly(
        session, n_.keys_returned_on, func.count(), *left, scope.in_period(n_.keys_returned_on)
    )
    late = case((n_.deposit_returned_on > n_.deposit_due_on, 1), else_=0)
    deposits = monthly(
        session,
        n_.deposit_returned_on,
        (func.count(), func.sum(late)),
        *left,
        scope.in_period(n_.deposit_returned_on),
    )
    exit_rows = []
    for ym in scope.months:
        dep, dep_late = deposits.get(ym, (0, 0))
        exit_rows.append(
            [month_label(*ym), exits.get(ym, 0), keys.get(ym, 0), dep, int(dep_late or 0)]
        )
    exit_table = summed_table(
        "sorties_par_mois",
        N("messages", "Sorties par mois"),
        [
            Column(N("messages", "Mois")),
            Column(N("messages", "Départs"), Kind.INT),
            Column(N("messages", "Clés rendues"), Kind.INT),
            Column(N("messages", "Dépôts restitués"), Kind.INT),
            Column(N("messages", "dont hors délai"), Kind.INT),
        ],
        exit_rows,
        note=N("messages", "Départ : fin du préavis ou date reportée ; congés retirés exclus."),
    )
    exit_chart = table_chart(
        "graphique_sorties", N("messages", "Départs par mois"), ChartKind.LINE, exit_table, 1, 2
    )

    withdrawn_count = count(
        session, select(func.count()).select_from(n_).where(*base, n_.status == withdrawn)
    )
    key_figures = [
        KeyFigure(N("messages", "Congés reçus"), total),
        KeyFigure(
            N("messages", "Préavis réduits"),
            percent(n_reduced, total),
            Kind.PERCENT,
            N("messages", "des congés reçus"),
        ),
        KeyFigure(
            N("messages", "Délai moyen jusqu'à la fin du préavis"),
            one_decimal(all_end[0]),
            Kind.DAYS,
        ),
        KeyFigure(
            N("messages", "Départs"),
            exit_table.totals()[1],
            Kind.INT,
            N("messages", "sur la période"),
        ),
        KeyFigure(N("messages", "Congés retirés"), withdrawn_count),
    ]
    sections = [
        Section(N("messages", "Congés reçus"), [ground_table, mode_table], [ground_chart]),
        Section(
            N("messages", "Préavis réduit ou normal"),
            [duration_table, exception_table],
            [duration_chart],
        ),
        Section(N("messages", "Sorties"), [exit_table], [exit_chart]),
    ]
    notes = [
        N(
            "messages",
            "Congés comptés à leur date de réception ; sorties à la date de "
            "départ (fin du préavis ou date reportée).",
        )
    ]
    return key_figures, sections, notes
