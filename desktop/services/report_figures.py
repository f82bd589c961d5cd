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
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    BigInteger,
    Integer,
    and_,
    case,
    exists,
    extract,
    func,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from desktop.domain.formatting import format_date_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP as N
from desktop.reports.figures import (
    ZERO,
    Chart,
    ChartKind,
    Column,
    KeyFigure,
    Kind,
    ReportData,
    Section,
    Series,
    Table,
    euros,
    format_value,
    month_label,
    months_between,
    one_decimal,
    percent,
)

# --------------------------------------------------------------------------- SQL helpers


@dataclass(frozen=True)
class Scope:
    """The filters of a report: the period (both days included), one agency or all,
    and the day of the snapshot figures ("au 25/11/2026")."""

    date_from: dt.date
    date_to: dt.date
    agency_id: int | None = None
    on: dt.date = field(default_factory=dt.date.today)
    # For the reports that reuse a service of their feature (campaign figures): the
    # database and the acting user, whose rights that service checks again.
    db: Any = field(default=None, compare=False)
    actor: Any = field(default=None, compare=False)

    @property
    def start(self) -> dt.datetime:
        return dt.datetime.combine(self.date_from, dt.time())

    @property
    def end(self) -> dt.datetime:
        """The first instant after the period (timestamps are compared with ``<``)."""
        return dt.datetime.combine(self.date_to + dt.timedelta(days=1), dt.time())

    def in_period(self, column):
        return column.between(self.date_from, self.date_to)

    def in_period_ts(self, column):
        return and_(column >= self.start, column < self.end)

    def agency(self, column):
        """The agency condition on ``column`` (true when all agencies are asked for)."""
        return column == self.agency_id if self.agency_id is not None else True


def cents(column):
    """A ``Money`` column as its stored integer cents (summed and compared in SQL)."""
    return type_coerce(column, BigInteger)


def days_between(session: Session, later, earlier):
    """``later - earlier`` in days, as SQL (dates)."""
    if session.get_bind().dialect.name == "sqlite":
        return func.julianday(later) - func.julianday(earlier)
    return type_coerce(later - earlier, Integer)


def monthly(session: Session, date_column, value, *where) -> dict[tuple[int, int], Any]:
    """``{(year, month): value}`` grouped on ``date_column``; ``value`` may be a tuple
    of columns, then each entry is a tuple."""
    y = extract("year", date_column)
    m = extract("month", date_column)
    values = value if isinstance(value, tuple) else (value,)
    stmt = select(y, m, *values).where(*where).group_by(y, m)
    return {
        (int(r[0]), int(r[1])): (tuple(r[2:]) if isinstance(value, tuple) else r[2])
        for r in session.execute(stmt)
    }


def pairs(session: Session, stmt) -> dict:
    return {k: v for k, v in session.execute(stmt)}


# --------------------------------------------------------------------------- reports

Builder = Callable[[Session, Scope], tuple[list[KeyFigure], list[Section], list[str]]]


@dataclass(frozen=True)
class ReportSpec:
    name: str
    title: str
    description: str
    build: Builder


def arrears_report(session: Session, scope: Scope):
    from desktop.domain.plans import EDITABLE, IN_FORCE, FollowUpKind
    from desktop.domain.schedule import PaymentPlanType, PlanStatus
    from desktop.storage.models import (
        Agency,
        Household,
        Lease,
        PaymentPlan,
        PlanFollowUp,
        PlanInstalment,
        PlanPayment,
    )

    P = PaymentPlan
    agency = scope.agency(Household.agency_id)
    created = (P.household_id == Household.id, scope.in_period_ts(P.created_at), agency)

    # Plans created in the period, by type and by (current) status.
    by_type = {
        t: (n, d)
        for t, n, d in session.execute(
            select(P.plan_type, func.count(), func.sum(cents(P.debt)))
            .join(Household, P.household_id == Household.id)
            .where(*created[1:])
            .group_by(P.plan_type)
        )
    }
    rows = []
    for t in PaymentPlanType:
        n, d = by_type.get(t.value, (0, 0))
        if n:
            rows.append([t.label, n, euros(d)])
    created_count = sum(r[1] for r in rows)
    created_debt = sum((r[2] for r in rows), ZERO)
    type_table = Table(
        "plans_par_type",
        N("messages", "Plans créés sur la période, par type"),
        [
            Column(N("messages", "Type d'accord")),
            Column(N("messages", "Plans"), Kind.INT),
            Column(N("messages", "Dette mise sous plan"), Kind.MONEY),
        ],
        rows,
        [N("messages", "Total"), created_count, created_debt],
    )

    by_status = {
        s: (n, d, rem)
        for s, n, d, rem in session.execute(
            select(P.status, func.count(), func.sum(cents(P.debt)), func.sum(cents(P.remaining)))
            .join(Household, P.household_id == Household.id)
            .where(*created[1:])
            .group_by(P.status)
        )
    }
    status_rows = []
    for s in PlanStatus:
        n, d, rem = by_status.get(s.value, (0, 0, 0))
        if n:
            status_rows.append(
                [s.label, n, percent(n, created_count), euros(d), euros(d) - euros(rem), euros(rem)]
            )
    status_table = Table(
        "plans_par_statut",
        N("messages", "Plans créés sur la période, par statut actuel"),
        [
            Column(N("messages", "Statut")),
            Column(N("messages", "Plans"), Kind.INT),
            Column(N("messages", "Part"), Kind.PERCENT),
            Column(N("messages", "Dette"), Kind.MONEY),
            Column(N("messages", "Remboursé"), Kind.MONEY),
            Column(N("messages", "Reste dû"), Kind.MONEY),
        ],
        status_rows,
        [
            N("messages", "Total"),
            created_count,
            percent(created_count, created_count),
            created_debt,
            sum((r[4] for r in status_rows), ZERO),
            sum((r[5] for r in status_rows), ZERO),
        ],
    )
    status_chart = Chart(
        "graphique_statuts",
        N("messages", "Plans créés sur la période, par statut"),
        ChartKind.PIE,
        [r[0] for r in status_rows],
        [Series(N("messages", "Plans"), [r[1] for r in status_rows])],
    )

    # Plans in force today (whenever they were created): the amounts under plan.
    force = {
        st: (n, d, rem, u)
        for st, n, d, rem, u in session.execute(
            select(
                P.status,
                func.count(),
                func.sum(cents(P.debt)),
                func.sum(cents(P.remaining)),
                func.sum(case((P.unpaid_count > 0, 1), else_=0)),
            )
            .join(Household, P.household_id == Household.id)
            .where(P.status.in_([s.value for s in IN_FORCE]), agency)
            .group_by(P.status)
        )
    }
    force_rows = []
    for s in (PlanStatus.SIGNE, PlanStatus.EN_COURS, PlanStatus.DEFAILLANT):
        n, d, rem, u = force.get(s.value, (0, 0, 0, 0))
        force_rows.append([s.label, n, euros(d), euros(d) - euros(rem), euros(rem), int(u or 0)])
    force_table = Table(
        "montants_sous_plan",
        N("messages", "Montants sous plan (plans en vigueur au jour du rapport)"),
        [
            Column(N("messages", "Statut")),
            Column(N("messages", "Plans"), Kind.INT),
            Column(N("messages", "Dette initiale"), Kind.MONEY),
            Column(N("messages", "Remboursé"), Kind.MONEY),
            Column(N("messages", "Reste dû"), Kind.MONEY),
            Column(N("messages", "Avec échéance impayée"), Kind.INT),
        ],
        force_rows,
        [
            N("messages", "Total"),
            sum(r[1] for r in force_rows),
            *[sum((r[i] for r in force_rows), ZERO) for i in (2, 3, 4)],
            sum(r[5] for r in force_rows),
        ],
    )
    remaining_under_plan = force_table.total[4]

    # Month by month: instalments due and payments received in the period.
    signed = P.status.not_in([s.value for s in EDITABLE] + [PlanStatus.ANNULE.value])
    due = monthly(
        session,
        PlanInstalment.due_on,
        func.sum(cents(PlanInstalment.amount)),
        PlanInstalment.plan_id == P.id,
        P.household_id == Household.id,
        signed,
        scope.in_period(PlanInstalment.due_on),
        agency,
    )
    # Payments summed per plan and month; when the plan says the tenant's payments
    # include the current rent and charges, the month's rent and charges are covered
    # first (desktop.domain.plans), the rest goes to the instalments.
    py, pm = extract("year", PlanPayment.paid_on), extract("month", PlanPayment.paid_on)
    per_month = (
        select(
            PlanPayment.plan_id.label("pid"),
            py.label("y"),
            pm.label("m"),
            func.sum(cents(PlanPayment.amount)).label("paid"),
        )
        .where(scope.in_period(PlanPayment.paid_on))
        .group_by(PlanPayment.plan_id, py, pm)
        .subquery()
    )
    rent = cents(P.current_rent) + cents(P.current_charges)
    toward = case(
        (P.payments_cover_rent, case((per_month.c.paid > rent, per_month.c.paid - rent), else_=0)),
        else_=per_month.c.paid,
    )
    paid = {
        (int(y), int(m)): (total, plan)
        for y, m, total, plan in session.execute(
            select(per_month.c.y, per_month.c.m, func.sum(per_month.c.paid), func.sum(toward))
            .join(P, P.id == per_month.c.pid)
            .join(Household, P.household_id == Household.id)
            .where(agency)
            .group_by(per_month.c.y, per_month.c.m)
        )
    }
    months = months_between(scope.date_from, scope.date_to)
    month_rows = []
    for ym in months:
        total, plan = paid.get(ym, (0, 0))
        d = euros(due.get(ym))
        month_rows.append([month_label(*ym), d, euros(total), euros(plan), percent(euros(plan), d)])
    total_due = sum((r[1] for r in month_rows), ZERO)
    total_received = sum((r[2] for r in month_rows), ZERO)
    total_paid = sum((r[3] for r in month_rows), ZERO)
    month_table = Table(
        "echeances_par_mois",
        N("messages", "Échéances dues et règlements, par mois"),
        [
            Column(N("messages", "Mois")),
            Column(N("messages", "Échéances dues"), Kind.MONEY),
            Column(N("messages", "Versements reçus"), Kind.MONEY),
            Column(N("messages", "Affecté aux échéances"), Kind.MONEY),
            Column(N("messages", "Taux de recouvrement"), Kind.PERCENT),
        ],
        month_rows,
        [
            N("messages", "Total"),
            total_due,
            total_received,
            total_paid,
            percent(total_paid, total_due),
        ],
        note=N(
            "messages",
            "Échéances : échéancier des plans signés. Versements : sommes "
            "versées par les locataires sous plan ; lorsque le plan prévoit qu'elles "
            "incluent le loyer courant, le loyer et les charges du mois sont couverts "
            "d'abord, le reste est affecté aux échéances. Taux : affecté / dû.",
        ),
    )
    month_chart = Chart(
        "graphique_mensuel",
        N("messages", "Échéances dues et sommes affectées, par mois"),
        ChartKind.BAR,
        [r[0] for r in month_rows],
        [
            Series(N("messages", "Échéances dues"), [r[1] for r in month_rows]),
            Series(N("messages", "Affecté aux échéances"), [r[3] for r in month_rows]),
        ],
        Kind.MONEY,
    )

    # Breaches and outcomes in the period.
    def count_where(*where) -> int:
        return (
            session.scalar(
                select(func.count())
                .select_from(P)
                .join(Household, P.household_id == Household.id)
                .where(agency, *where)
            )
            or 0
        )

    breached = count_where(scope.in_period(P.breached_on))
    outcome_rows = [
        [N("messages", "Défaillances constatées (non régularisées)"), breached],
        [
            N("messages", "Plans soldés ou respectés"),
            count_where(
                scope.in_period(P.closed_on),
                P.status.in_([PlanStatus.SOLDE.value, PlanStatus.RESPECTE.value]),
            ),
        ],
        [
            N("messages", "Plans devenus caducs"),
            count_where(scope.in_period(P.closed_on), P.status == PlanStatus.CADUC.value),
        ],
        [
            N("messages", "Plans annulés"),
            count_where(scope.in_period(P.closed_on), P.status == PlanStatus.ANNULE.value),
        ],
        [
            N("messages", "Plans défaillants au jour du rapport"),
            count_where(P.status == PlanStatus.DEFAILLANT.value),
        ],
    ]
    outcome_table = Table(
        "issues_des_plans",
        N("messages", "Défaillances et clôtures sur la période"),
        [Column(N("messages", "Événement")), Column(N("messages", "Plans"), Kind.INT)],
        outcome_rows,
    )

    # Follow-ups due in the period.
    F = PlanFollowUp
    on_time = case((and_(F.done_on.is_not(None), F.done_on <= F.due_on), 1), else_=0)
    done = case((F.done_on.is_not(None), 1), else_=0)
    overdue = case((and_(F.done_on.is_(None), F.due_on < scope.on), 1), else_=0)
    follow = {
        k: (n, d, t, o)
        for k, n, d, t, o in session.execute(
            select(F.kind, func.count(), func.sum(done), func.sum(on_time), func.sum(overdue))
            .join(P, F.plan_id == P.id)
            .join(Household, P.household_id == Household.id)
            .where(scope.in_period(F.due_on), agency)
            .group_by(F.kind)
        )
    }
    follow_rows = []
    for k in FollowUpKind:
        n, d, t, o = follow.get(k.value, (0, 0, 0, 0))
        if n:
            follow_rows.append([k.label, n, int(d or 0), int(t or 0), int(o or 0)])
    follow_table = Table(
        "suivis",
        N("messages", "Suites données aux défaillances (échéance sur la période)"),
        [
            Column(N("messages", "Action")),
            Column(N("messages", "À faire"), Kind.INT),
            Column(N("messages", "Faites"), Kind.INT),
            Column(N("messages", "Faites à temps"), Kind.INT),
            Column(N("messages", "En retard"), Kind.INT),
        ],
        follow_rows,
        [N("messages", "Total"), *[sum(r[i] for r in follow_rows) for i in range(1, 5)]],
    )

    # Households in arrears by agency, today.
    H = Household
    monthly_cents = cents(Lease.rent) + cents(Lease.charges)
    under_plan = exists().where(P.household_id == H.id, P.status.in_([s.value for s in IN_FORCE]))
    arrears_rows = []
    for code, n, debt, aid, planned in session.execute(
        select(
            Agency.code,
            func.count(),
            func.sum(cents(H.balance)),
            func.sum(
                case((and_(monthly_cents > 0, cents(H.balance) >= 2 * monthly_cents), 1), else_=0)
            ),
            func.sum(case((under_plan, 1), else_=0)),
        )
        .join(Agency, Agency.id == H.agency_id)
        .join(Lease, Lease.household_id == H.id)
        .where(H.status == "ACTIF", cents(H.balance) > 0, agency)
        .group_by(Agency.code)
        .order_by(Agency.code)
    ):
        arrears_rows.append(
            [code, n, euros(debt), int(aid or 0), percent(aid or 0, n), int(planned or 0)]
        )
    tot = [sum(r[i] for r in arrears_rows) for i in (1, 3, 5)]
    arrears_table = Table(
        "menages_en_impaye",
        N("messages", "Ménages en impayé par agence (au jour du rapport)"),
        [
            Column(N("messages", "Agence")),
            Column(N("messages", "Ménages en dette"), Kind.INT),
            Column(N("messages", "Dette totale"), Kind.MONEY),
            Column(N("messages", "Dette ≥ 2 mois"), Kind.INT),
            Column(N("messages", "Part ≥ 2 mois"), Kind.PERCENT),
            Column(N("messages", "Sous plan en vigueur"), Kind.INT),
        ],
        arrears_rows,
        [
            N("messages", "Total"),
            tot[0],
            sum((r[2] for r in arrears_rows), ZERO),
            tot[1],
            percent(tot[1], tot[0]),
            tot[2],
        ],
        note=N(
            "messages",
            "Dette ≥ 2 mois : impayé au sens de l'aide au logement (dette au "
            "moins égale à deux mois de loyer et charges).",
        ),
    )
    arrears_chart = Chart(
        "graphique_agences",
        N("messages", "Dette totale des ménages en impayé, par agence"),
        ChartKind.HBAR,
        [r[0] for r in arrears_rows],
        [Series(N("messages", "Dette totale"), [r[2] for r in arrears_rows])],
        Kind.MONEY,
    )

    key_figures = [
        KeyFigure(N("messages", "Plans créés"), created_count),
        KeyFigure(N("messages", "Dette mise sous plan"), created_debt, Kind.MONEY),
        KeyFigure(
            N("messages", "Reste dû sous plan"),
            remaining_under_plan,
            Kind.MONEY,
            N("messages", "plans en vigueur"),
        ),
        KeyFigure(
            N("messages", "Taux de recouvrement"),
            percent(total_paid, total_due),
            Kind.PERCENT,
            N("messages", "affecté / dû sur la période"),
        ),
        KeyFigure(N("messages", "Défaillances"), breached),
        KeyFigure(
            N("messages", "Ménages en impayé"),
            tot[0],
            Kind.INT,
            N("messages", "au jour du rapport"),
        ),
    ]
    sections = [
        Section(
            N("messages", "Plans créés sur la période"), [type_table, status_table], [status_chart]
        ),
        Section(
            N("messages", "Montants sous plan, échéances et règlements"),
            [force_table, month_table],
            [month_chart],
        ),
        Section(N("messages", "Défaillances et suites"), [outcome_table, follow_table]),
        Section(N("messages", "Ménages en impayé"), [arrears_table], [arrears_chart]),
    ]
    notes = [
        N(
            "messages",
            "Statuts, montants remboursés et restes dus : situation au jour du "
            "rapport des plans créés sur la période (remboursé = dette du plan moins reste "
            "dû).",
        ),
        N(
            "messages",
            "Taux de recouvrement : sommes affectées aux échéances rapportées "
            "aux échéances dues sur la période.",
        ),
    ]
    return key_figures, sections, notes


def notices_report(session: Session, scope: Scope):
    from desktop.domain.notice import DeliveryMode, ReducedNoticeGround
    from desktop.domain.notice_case import ExceptionKind, NoticeStatus
    from desktop.storage.models import Household, Notice, NoticeException

    n_ = Notice
    agency = scope.agency(Household.agency_id)
    base = (n_.household_id == Household.id, scope.in_period(n_.received_on), agency)
    withdrawn = NoticeStatus.WITHDRAWN.value

    reduced = case((n_.applied_months == 1, 1), else_=0)
    grounds = {
        g: (n, r)
        for g, n, r in session.execute(
            select(n_.ground, func.count(), func.sum(reduced)).where(*base).group_by(n_.ground)
        )
    }
    total = sum(n for n, _ in grounds.values())
    ground_rows = []
    for g in ReducedNoticeGround:
        n, r = grounds.get(g.value, (0, 0))
        if n:
            ground_rows.append([g.label, n, percent(n, total), int(r or 0)])
    ground_table = Table(
        "conges_par_motif",
        N("messages", "Congés reçus sur la période, par motif invoqué"),
        [
            Column(N("messages", "Motif")),
            Column(N("messages", "Congés"), Kind.INT),
            Column(N("messages", "Part"), Kind.PERCENT),
            Column(N("messages", "Préavis réduit appliqué"), Kind.INT),
        ],
        ground_rows,
        [N("messages", "Total"), total, percent(total, total), sum(r[3] for r in ground_rows)],
    )
    ground_chart = Chart(
        "graphique_motifs",
        N("messages", "Congés reçus, par motif"),
        ChartKind.HBAR,
        [r[0] for r in ground_rows],
        [Series(N("messages", "Congés"), [r[1] for r in ground_rows])],
    )

    # Reduced (1 month) against standard (3 months), delays.
    delay_end = days_between(session, n_.end_date, n_.received_on)
    delay_departure = days_between(session, n_.departure_on, n_.received_on)
    durations = {
        months: (n, e, d)
        for months, n, e, d in session.execute(
            select(n_.applied_months, func.count(), func.avg(delay_end), func.avg(delay_departure))
            .where(*base)
            .group_by(n_.applied_months)
        )
    }
    claimed_pending = (
        session.scalar(
            select(func.count())
            .select_from(n_)
            .where(*base, n_.ground != ReducedNoticeGround.AUCUN.value, n_.applied_months != 1)
        )
        or 0
    )
    n_reduced = durations.get(1, (0, None, None))[0]
    n_standard = total - n_reduced
    all_end = session.execute(
        select(func.avg(delay_end), func.avg(delay_departure)).where(*base)
    ).one()
    duration_rows = [
        [
            N("messages", "Préavis réduit (1 mois)"),
            n_reduced,
            percent(n_reduced, total),
            one_decimal(durations.get(1, (0, None, None))[1]),
            one_decimal(durations.get(1, (0, None, None))[2]),
        ],
        [
            N("messages", "Préavis normal (3 mois)"),
            n_standard,
            percent(n_standard, total),
            one_decimal(durations.get(3, (0, None, None))[1]),
            one_decimal(durations.get(3, (0, None, None))[2]),
        ],
    ]
    duration_table = Table(
        "preavis_reduit_ou_normal",
        N("messages", "Préavis réduit ou normal, délais moyens"),
        [
            Column(N("messages", "Préavis appliqué")),
            Column(N("messages", "Congés"), Kind.INT),
            Column(N("messages", "Part"), Kind.PERCENT),
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
    duration_chart = Chart(
        "graphique_preavis",
        N("messages", "Préavis réduit ou normal"),
        ChartKind.PIE,
        [r[0] for r in duration_rows],
        [Series(N("messages", "Congés"), [r[1] for r in duration_rows])],
    )

    modes = pairs(
        session, select(n_.delivery_mode, func.count()).where(*base).group_by(n_.delivery_mode)
    )
    mode_rows = [
        [m.label, modes[m.value], percent(modes[m.value], total)]
        for m in DeliveryMode
        if modes.get(m.value)
    ]
    mode_table = Table(
        "conges_par_mode",
        N("messages", "Mode de remise du congé"),
        [
            Column(N("messages", "Mode de remise")),
            Column(N("messages", "Congés"), Kind.INT),
            Column(N("messages", "Part"), Kind.PERCENT),
        ],
        mode_rows,
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
    for ym in months_between(scope.date_from, scope.date_to):
        dep, dep_late = deposits.get(ym, (0, 0))
        exit_rows.append(
            [month_label(*ym), exits.get(ym, 0), keys.get(ym, 0), dep, int(dep_late or 0)]
        )
    exit_table = Table(
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
        [N("messages", "Total"), *[sum(r[i] for r in exit_rows) for i in range(1, 5)]],
        note=N("messages", "Départ : fin du préavis ou date reportée ; congés retirés exclus."),
    )
    exit_chart = Chart(
        "graphique_sorties",
        N("messages", "Départs par mois"),
        ChartKind.LINE,
        [r[0] for r in exit_rows],
        [
            Series(N("messages", "Départs"), [r[1] for r in exit_rows]),
            Series(N("messages", "Clés rendues"), [r[2] for r in exit_rows]),
        ],
    )

    withdrawn_count = (
        session.scalar(select(func.count()).select_from(n_).where(*base, n_.status == withdrawn))
        or 0
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
            N("messages", "Départs"), exit_table.total[1], Kind.INT, N("messages", "sur la période")
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
        c = f.total
        campaign_rows.append(
            [
                name,
                CampaignStatus(status).label,
                format_date_fr(start),
                format_date_fr(end),
                c.targets,
                c.called,
                c.reached,
                c.secured,
                percent(c.secured, c.targets),
            ]
        )

    def counts_columns(first: str) -> list[Column]:
        return [
            Column(first),
            Column(N("messages", "Personnes ciblées"), Kind.INT),
            Column(N("messages", "Appelées"), Kind.INT),
            Column(N("messages", "Jointes"), Kind.INT),
            Column(N("messages", "Sécurisées"), Kind.INT),
            Column(N("messages", "Part sécurisée"), Kind.PERCENT),
            Column(N("messages", "Tentatives"), Kind.INT),
        ]

    def counts_row(label: str, c: Counts) -> list:
        return [
            label,
            c.targets,
            c.called,
            c.reached,
            c.secured,
            percent(c.secured, c.targets),
            c.attempts,
        ]

    campaign_table = Table(
        "campagnes",
        N("messages", "Campagnes actives sur la période"),
        [
            Column(N("messages", "Campagne")),
            Column(N("messages", "Statut")),
            Column(N("messages", "Début")),
            Column(N("messages", "Fin")),
            Column(N("messages", "Personnes ciblées"), Kind.INT),
            Column(N("messages", "Appelées"), Kind.INT),
            Column(N("messages", "Jointes"), Kind.INT),
            Column(N("messages", "Sécurisées"), Kind.INT),
            Column(N("messages", "Part sécurisée"), Kind.PERCENT),
        ],
        campaign_rows,
        [
            N("messages", "Total"),
            "",
            "",
            "",
            total.targets,
            total.called,
            total.reached,
            total.secured,
            percent(total.secured, total.targets),
        ]
        if campaign_rows
        else None,
    )
    result_rows = [
        [N("messages", "Personnes ciblées"), total.targets, percent(total.targets, total.targets)],
        [
            N("messages", "Appelées (au moins une tentative)"),
            total.called,
            percent(total.called, total.targets),
        ],
        [
            N("messages", "Jointes (la personne, un proche ou un voisin)"),
            total.reached,
            percent(total.reached, total.targets),
        ],
        [
            N("messages", "Situation sécurisée"),
            total.secured,
            percent(total.secured, total.targets),
        ],
        [
            N("messages", "Injoignables (chaîne d'escalade épuisée)"),
            total.unreachable,
            percent(total.unreachable, total.targets),
        ],
        [
            N("messages", "Besoin d'aide signalé"),
            total.need_help,
            percent(total.need_help, total.targets),
        ],
        [
            N("messages", "Lien renforcé (appel chaque semaine)"),
            total.reinforced,
            percent(total.reinforced, total.targets),
        ],
    ]
    result_table = Table(
        "resultats",
        N("messages", "Résultats des appels"),
        [
            Column(N("messages", "Indicateur")),
            Column(N("messages", "Personnes"), Kind.INT),
            Column(N("messages", "Part des personnes ciblées"), Kind.PERCENT),
        ],
        result_rows,
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
    referral_rows = []
    for partner in PartnerType:
        by_status = referrals.get(partner)
        if by_status:
            referral_rows.append(
                [partner.label, sum(by_status.values()), *[by_status.get(st, 0) for st in statuses]]
            )
    referral_table = Table(
        "orientations",
        N("messages", "Orientations vers les partenaires"),
        [
            Column(N("messages", "Partenaire")),
            Column(N("messages", "Orientations"), Kind.INT),
            *[Column(st.label, Kind.INT) for st in statuses],
        ],
        referral_rows,
        [
            N("messages", "Total"),
            *[sum(r[i] for r in referral_rows) for i in range(1, 2 + len(statuses))],
        ],
    )
    referral_chart = Chart(
        "graphique_orientations",
        N("messages", "Orientations par partenaire"),
        ChartKind.HBAR,
        [r[0] for r in referral_rows],
        [Series(N("messages", "Orientations"), [r[1] for r in referral_rows])],
    )

    caller_table = Table(
        "par_appelant",
        N("messages", "Résultats par appelant"),
        counts_columns(N("messages", "Appelant")),
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
        counts_columns(N("messages", "Agence")),
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
        KeyFigure(N("messages", "Orientations"), referral_table.total[1]),
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
    candidates = (
        session.scalar(
            select(func.count()).where(
                Candidate.agenda_item_id == AgendaItem.id, *item_scope, attribution
            )
        )
        or 0
    )
    reviews = pairs(
        session,
        select(AgendaItem.ground, func.count())
        .where(*item_scope, AgendaItem.kind == AgendaItemKind.EXAMEN_OCCUPATION.value)
        .group_by(AgendaItem.ground),
    )
    mode_rows = [[m.label, by_mode.get(m.value, 0)] for m in SessionMode if by_mode.get(m.value)]
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
    decision_rows = [
        [d.label, decisions.get(d.value, 0), percent(decisions.get(d.value, 0), n_decisions)]
        for d in Decision
    ]
    decision_table = Table(
        "decisions",
        N("messages", "Décisions par nature (art. R441-3 CCH)"),
        [
            Column(N("messages", "Décision")),
            Column(N("messages", "Candidatures"), Kind.INT),
            Column(N("messages", "Part"), Kind.PERCENT),
        ],
        decision_rows,
        [N("messages", "Total"), n_decisions, percent(n_decisions, n_decisions)],
    )
    decision_chart = Chart(
        "graphique_decisions",
        N("messages", "Décisions par nature"),
        ChartKind.PIE,
        [r[0] for r in decision_rows if r[1]],
        [Series(N("messages", "Candidatures"), [r[1] for r in decision_rows if r[1]])],
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
    reason_rows, others = [], {Decision.NON_ATTRIBUTION.value: 0, Decision.IRRECEVABILITE.value: 0}
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
    reason_chart = Chart(
        "graphique_motifs",
        N("messages", "Motifs de refus"),
        ChartKind.HBAR,
        [r[0] for r in reason_rows],
        [Series(N("messages", "Candidatures"), [r[2] for r in reason_rows])],
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
    criteria = Counter()
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
    priority_table = Table(
        "publics_prioritaires",
        N("messages", "Ménages prioritaires parmi les attributions"),
        [
            Column(N("messages", "Attributions")),
            Column(N("messages", "Nombre"), Kind.INT),
            Column(N("messages", "Part des attributions"), Kind.PERCENT),
        ],
        priority_rows,
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
    months = months_between(scope.date_from, scope.date_to)
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
    review_rows = [
        [g.label, reviews.get(g.value, 0)] for g in OccupationGround if reviews.get(g.value)
    ]
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
        generated_at=generated_at or dt.datetime.now().replace(microsecond=0),
        generated_by=generated_by,
        key_figures=key_figures,
        sections=sections,
        notes=notes,
    )


__all__ = ["REPORTS", "ReportSpec", "Scope", "build"]
