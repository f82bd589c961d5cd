"""The arrears report (``impayes``): plans, their states, breaches and follow-ups."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    and_,
    case,
    exists,
    extract,
    func,
    select,
)
from sqlalchemy.orm import Session

from desktop.domain.i18n import QT_TRANSLATE_NOOP as N
from desktop.reports.figures import (
    ZERO,
    ChartKind,
    Column,
    KeyFigure,
    Kind,
    Section,
    Table,
    euros,
    month_label,
    percent,
)
from desktop.services.report_figures.common import Scope, by_key, cents, count, monthly
from desktop.services.report_figures.tables import (
    found,
    share_columns,
    share_total,
    summed_table,
    table_chart,
)


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
    by_type = by_key(
        session,
        select(P.plan_type, func.count(), func.sum(cents(P.debt)))
        .join(Household, P.household_id == Household.id)
        .where(*created[1:])
        .group_by(P.plan_type),
    )
    rows = [[t.label, n, euros(d)] for t, (n, d) in found(PaymentPlanType, by_type)]
    type_table = summed_table(
        "plans_par_type",
        N("messages", "Plans créés sur la période, par type"),
        [
            Column(N("messages", "Type d'accord")),
            Column(N("messages", "Plans"), Kind.INT),
            Column(N("messages", "Dette mise sous plan"), Kind.MONEY),
        ],
        rows,
    )
    created_count, created_debt = type_table.totals()[1:]

    by_status = by_key(
        session,
        select(P.status, func.count(), func.sum(cents(P.debt)), func.sum(cents(P.remaining)))
        .join(Household, P.household_id == Household.id)
        .where(*created[1:])
        .group_by(P.status),
    )
    status_rows = [
        [s.label, n, percent(n, created_count), euros(d), euros(d) - euros(rem), euros(rem)]
        for s, (n, d, rem) in found(PlanStatus, by_status)
    ]
    status_table = Table(
        "plans_par_statut",
        N("messages", "Plans créés sur la période, par statut actuel"),
        [
            *share_columns(N("messages", "Statut"), N("messages", "Plans")),
            Column(N("messages", "Dette"), Kind.MONEY),
            Column(N("messages", "Remboursé"), Kind.MONEY),
            Column(N("messages", "Reste dû"), Kind.MONEY),
        ],
        status_rows,
        [
            *share_total(created_count),
            created_debt,
            sum((r[4] for r in status_rows), ZERO),
            sum((r[5] for r in status_rows), ZERO),
        ],
    )
    status_chart = table_chart(
        "graphique_statuts",
        N("messages", "Plans créés sur la période, par statut"),
        ChartKind.PIE,
        status_table,
        1,
    )

    # Plans in force today (whenever they were created): the amounts under plan.
    force = by_key(
        session,
        select(
            P.status,
            func.count(),
            func.sum(cents(P.debt)),
            func.sum(cents(P.remaining)),
            func.sum(case((P.unpaid_count > 0, 1), else_=0)),
        )
        .join(Household, P.household_id == Household.id)
        .where(P.status.in_([s.value for s in IN_FORCE]), agency)
        .group_by(P.status),
    )
    force_rows = []
    for s in (PlanStatus.SIGNE, PlanStatus.EN_COURS, PlanStatus.DEFAILLANT):
        n, d, rem, u = force.get(s.value, (0, 0, 0, 0))
        force_rows.append([s.label, n, euros(d), euros(d) - euros(rem), euros(rem), int(u or 0)])
    force_table = summed_table(
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
    )
    remaining_under_plan = force_table.totals()[4]

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
    month_rows: list[list[Any]] = []
    for ym in scope.months:
        total, plan = paid.get(ym, (0, 0))
        d = euros(due.get(ym))
        month_rows.append([month_label(*ym), d, euros(total), euros(plan), percent(euros(plan), d)])
    month_table = summed_table(
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
        rates={4: (3, 1)},
        note=N(
            "messages",
            "Échéances : échéancier des plans signés. Versements : sommes "
            "versées par les locataires sous plan ; lorsque le plan prévoit qu'elles "
            "incluent le loyer courant, le loyer et les charges du mois sont couverts "
            "d'abord, le reste est affecté aux échéances. Taux : affecté / dû.",
        ),
    )
    month_chart = table_chart(
        "graphique_mensuel",
        N("messages", "Échéances dues et sommes affectées, par mois"),
        ChartKind.BAR,
        month_table,
        1,
        3,
    )

    # Breaches and outcomes in the period.
    def count_where(*where) -> int:
        return count(
            session,
            select(func.count())
            .select_from(P)
            .join(Household, P.household_id == Household.id)
            .where(agency, *where),
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
    follow = by_key(
        session,
        select(F.kind, func.count(), func.sum(done), func.sum(on_time), func.sum(overdue))
        .join(P, F.plan_id == P.id)
        .join(Household, P.household_id == Household.id)
        .where(scope.in_period(F.due_on), agency)
        .group_by(F.kind),
    )
    follow_rows = [
        [k.label, n, int(d or 0), int(t or 0), int(o or 0)]
        for k, (n, d, t, o) in found(FollowUpKind, follow)
    ]
    follow_table = summed_table(
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
    arrears_table = summed_table(
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
        rates={4: (3, 1)},
        note=N(
            "messages",
            "Dette ≥ 2 mois : impayé au sens de l'aide au logement (dette au "
            "moins égale à deux mois de loyer et charges).",
        ),
    )
    arrears_chart = table_chart(
        "graphique_agences",
        N("messages", "Dette totale des ménages en impayé, par agence"),
        ChartKind.HBAR,
        arrears_table,
        2,
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
            month_table.totals()[4],
            Kind.PERCENT,
            N("messages", "affecté / dû sur la période"),
        ),
        KeyFigure(N("messages", "Défaillances"), breached),
        KeyFigure(
            N("messages", "Ménages en impayé"),
            arrears_table.totals()[1],
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
