"""A contributor's payments (FSL, CCAS) beyond the one typed in: read from the
accounting export, and set against what the plan says the contributor promised."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import update

from desktop.domain.errors import UserError
from desktop.domain.plans import Contribution, Contributor
from desktop.domain.schedule import PlanStatus
from desktop.services import plans
from desktop.storage.models import PaymentPlan
from tests import test_plans_service as service_tests
from tests.test_plans_service import MONTHLY, signed_plan, write_export

# The plans service tests' fixtures: a tenant file owing 1 200 €, the day 03/01/2026.
clock = service_tests.clock
household = service_tests.household

D = dt.date
E = Decimal
NBSP = "\u00a0"

# The FSL's transfer comes first, before the tenants pay January's rent.
FSL_EXPORT = (
    "N° contrat;Date règlement;Montant;Libellé\r\n"
    "BX-2024-00001;05/01/2026;500,00;VIR FSL GIRONDE AIDE MAINTIEN\r\n"
    "BX-2024-00001;06/01/2026;497,70;VIR LOYER JANVIER\r\n"
)


def fsl_plan(db, actor, household, clock, promised):
    """A plan signed on 03/01/2026, the FSL promising ``promised``; the day 10/01/2026."""
    pid = signed_plan(db, actor, household, clock, fsl=True, fsl_amount=promised)
    clock.day = D(2026, 1, 10)
    return pid


def _dry_run(db, actor, path, **mapping):
    table = plans.read_payments(path)
    proposed = plans.propose_payment_mapping(table.headers)
    return plans.dry_run_payments(db, actor, table, {**proposed, **mapping})


def test_an_imported_contribution_pays_the_instalments_not_the_rent(
    db, actor, household, clock, tmp_path
):
    pid = fsl_plan(db, actor, household, clock, E("500.00"))
    path = write_export(tmp_path, FSL_EXPORT)
    # Without a « Versé par » column the lines are the tenants'...
    report = _dry_run(db, actor, path)
    assert report.mapping["payer"] is None and report.contributions == []
    # ...the staff give the label column as the payer: the FSL's line is recognised.
    report = _dry_run(db, actor, path, payer=3)
    assert [(a.line, a.contributor) for a in report.contributions] == [(2, Contributor.FSL)]
    result = plans.apply_payments(db, actor, report)
    assert result.imported == 2
    v = plans.get_plan(db, actor, pid)
    # The FSL's 500 € went to the first instalments, the tenants' payment to the rent.
    assert [i.paid for i in v.ledger.instalments[:3]] == [E("200.00"), E("200.00"), E("100.00")]
    assert v.ledger.rents[0].paid == MONTHLY
    assert [p.contributor for p in v.payments] == [Contributor.FSL, None]
    assert v.payments[0].source_file == "export_compta.csv"
    # The timeline says who paid, as for a contribution typed in.
    summaries = [e.summary for e in service_tests.timeline(db, actor, household)]
    assert any(f"versement du FSL de 500,00{NBSP}€ du 05/01/2026" in x for x in summaries)


def test_a_payer_column_is_proposed_and_its_words_read(db, actor, household, clock, tmp_path):
    pid = fsl_plan(db, actor, household, clock, E("300.00"))
    text = (
        "N° contrat;Date règlement;Montant;Libellé;Versé par\r\n"
        "BX-2024-00001;05/01/2026;300,00;VIR 0042;Fonds de solidarité logement\r\n"
        "BX-2024-00001;06/01/2026;100,00;VIR 0043;CCAS de Bègles\r\n"
        "BX-2024-00001;07/01/2026;100,00;VIR 0044;FSL / CCAS\r\n"
        "BX-2024-00001;08/01/2026;497,70;VIR 0045;M. Dupont\r\n"
    )
    report = _dry_run(db, actor, write_export(tmp_path, text))
    assert report.mapping["payer"] == 4
    assert [(a.line, a.contributor) for a in report.accepted] == [
        (2, Contributor.FSL),
        (5, None),
    ]
    # The same refusal as a contribution typed in, and a payer that cannot be both.
    assert [(r.line, r.reasons) for r in report.rejected] == [
        (
            3,
            [
                "Versé par (colonne « Versé par ») : Ce plan ne prévoit pas de contribution "
                "du CCAS : indiquez-la dans les conditions du plan, ou enregistrez ce "
                "règlement comme versé par les locataires."
            ],
        ),
        (
            4,
            [
                "Versé par (colonne « Versé par ») : « FSL / CCAS » nomme à la fois le FSL et "
                "le CCAS : indiquez un seul payeur."
            ],
        ),
    ]
    plans.apply_payments(db, actor, report)
    v = plans.get_plan(db, actor, pid)
    assert [(p.amount, p.contributor) for p in v.payments] == [
        (E("300.00"), Contributor.FSL),
        (MONTHLY, None),
    ]


def test_a_contribution_the_plan_no_longer_names_stops_the_whole_import(
    db, actor, household, clock, tmp_path
):
    pid = fsl_plan(db, actor, household, clock, E("500.00"))
    report = _dry_run(db, actor, write_export(tmp_path, FSL_EXPORT), payer=3)
    assert report.accepted_count == 2
    # Between the check and the import, the plan stops naming the FSL.
    with db.transaction() as s:
        s.execute(update(PaymentPlan).where(PaymentPlan.id == pid).values(fsl=False))
    with pytest.raises(UserError) as exc:
        plans.apply_payments(db, actor, report)
    assert str(exc.value.message).startswith(
        "Ligne 2 : Ce plan ne prévoit pas de contribution du FSL"
    )
    assert "Rien n'a été importé" in str(exc.value.message)
    assert plans.get_plan(db, actor, pid).payments == []


# --- what a contributor promised ----------------------------------------------------------


def test_instalments_a_promised_contribution_will_pay_do_not_breach_the_plan(
    db, actor, household, clock
):
    # 6 instalments of 200 € from 5 January; the FSL promised 500 € and pays late.
    pid = signed_plan(
        db, actor, household, clock, payments_cover_rent=False, fsl=True, fsl_amount=E("500.00")
    )
    clock.day = D(2026, 2, 16)
    assert plans.evaluate_plans(db, actor).breached == []
    v = plans.get_plan(db, actor, pid)
    assert v.contributions == (Contribution(Contributor.FSL, E("500.00"), E("0.00")),)
    assert [(i.awaited, i.unpaid) for i in v.ledger.instalments[:3]] == [
        (E("200.00"), False),
        (E("200.00"), False),
        (E("100.00"), False),
    ]
    # The FSL pays: the same instalments are paid, the plan runs on.
    plans.record_payment(
        db, actor, pid, D(2026, 2, 16), E("500.00"), v.version, contributor=Contributor.FSL
    )
    v = plans.get_plan(db, actor, pid)
    assert v.status == PlanStatus.EN_COURS
    assert v.contributions == (Contribution(Contributor.FSL, E("500.00"), E("500.00")),)
    # The tenants' own instalments are theirs: March's and April's unpaid breach it.
    clock.day = D(2026, 4, 16)
    assert plans.evaluate_plans(db, actor).breached == [pid]


def test_a_contribution_beyond_its_promise_is_warned_not_refused(db, actor, household, clock):
    pid = signed_plan(db, actor, household, clock, fsl=True, fsl_amount=E("500.00"))
    v = plans.get_plan(db, actor, pid)
    assert v.contribution_warning(Contributor.FSL, E("500.00")) is None
    plans.record_payment(
        db, actor, pid, D(2026, 1, 3), E("400.00"), v.version, contributor=Contributor.FSL
    )
    v = plans.get_plan(db, actor, pid)
    warning = v.contribution_warning(Contributor.FSL, E("300.00"))
    assert str(warning) == (
        f"Le FSL a promis 500,00{NBSP}€ sur ce plan et en a déjà versé 400,00{NBSP}€ : ce "
        f"versement de 300,00{NBSP}€ dépasse de 200,00{NBSP}€ ce qui reste promis."
    )
    plans.record_payment(
        db, actor, pid, D(2026, 1, 3), E("300.00"), v.version, contributor=Contributor.FSL
    )
    v = plans.get_plan(db, actor, pid)
    assert v.contributions[0].excess == E("200.00")


def test_the_import_warns_of_a_contribution_beyond_its_promise(
    db, actor, household, clock, tmp_path
):
    pid = fsl_plan(db, actor, household, clock, E("500.00"))
    text = (
        "N° contrat;Date règlement;Montant;Versé par\r\n"
        "BX-2024-00001;05/01/2026;300,00;FSL\r\n"
        "BX-2024-00001;06/01/2026;300,00;FSL\r\n"
    )
    report = _dry_run(db, actor, write_export(tmp_path, text))
    first, second = report.contributions
    assert first.warning is None
    assert str(second.warning).startswith(
        f"Le FSL a promis 500,00{NBSP}€ sur ce plan et en a déjà versé 300,00{NBSP}€ : ce "
        f"versement de 300,00{NBSP}€ dépasse de 100,00{NBSP}€"
    )
    plans.apply_payments(db, actor, report)  # imported all the same
    assert plans.get_plan(db, actor, pid).contributions[0].received == E("600.00")


def test_the_staff_mark_a_line_the_file_does_not_say_is_the_fsls(
    db, actor, household, clock, tmp_path
):
    """The FSL's transfer reads « VIR DEPARTEMENT 33 »: the staff mark it in the preview."""
    pid = fsl_plan(db, actor, household, clock, E("400.00"))
    text = (
        "N° contrat;Date règlement;Montant;Libellé\r\n"
        "BX-2024-00001;05/01/2026;500,00;VIR DEPARTEMENT 33\r\n"
        "BX-2024-00001;06/01/2026;497,70;VIR LOYER JANVIER\r\n"
    )
    report = _dry_run(db, actor, write_export(tmp_path, text), payer=3)
    assert report.contributions == []
    assert [(a.line, a.named) for a in report.payable_by_contributors] == [
        (2, (Contributor.FSL,)),
        (3, (Contributor.FSL,)),
    ]
    with pytest.raises(UserError) as exc:
        plans.mark_payer(report, 2, Contributor.CCAS)
    assert str(exc.value.message).startswith(
        "Ligne 2 : Ce plan ne prévoit pas de contribution du CCAS"
    )
    plans.mark_payer(report, 2, Contributor.FSL)
    (marked,) = report.contributions
    assert marked.line == 2 and str(marked.warning).startswith("Le FSL a promis 400,00")
    plans.apply_payments(db, actor, report)
    v = plans.get_plan(db, actor, pid)
    assert [p.contributor for p in v.payments] == [Contributor.FSL, None]
    assert v.ledger.rents[0].paid == MONTHLY
