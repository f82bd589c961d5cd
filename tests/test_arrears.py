"""The arrears list over all tenants: debt, months of debt, agreement, next action,
filters, Excel export (formula injection neutralised), command line."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from desktop.cli import main
from desktop.domain.plans import Contributor
from desktop.domain.schedule import PaymentPlanType, PlanStatus
from desktop.domain.tenant import OccupantData
from desktop.services import plans, tenants
from desktop.storage.models import Household

D = dt.date
E = Decimal
NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.fixture
def clock():
    from desktop.services.context import use_clock
    from tests.conftest import DayClock

    with use_clock(DayClock(D(2026, 1, 3))) as c:
        yield c


@pytest.fixture
def files(db, actor, agency, make_file, clock):
    ids = {}
    f = make_file(1)
    f.balance = E("1500.00")  # 3 months of 497,70 €: a signed plan, breached later
    ids["dupont"] = tenants.create_tenant_file(db, actor, f)
    f = make_file(2)
    f.occupants = [OccupantData("Formule", "Paul", "M.", D(1980, 1, 1))]
    f.balance = E("300.00")
    ids["formula"] = tenants.create_tenant_file(db, actor, f)
    # Names can no longer start like a formula; data of older imports still might.
    with db.transaction() as s:
        s.execute(
            update(Household)
            .where(Household.id == ids["formula"])
            .values(display_name='=HYPERLINK("HTTP://X") Paul')
        )
    f = make_file(3)
    f.occupants = [OccupantData("Martin", "Lucas", "M.", D(1990, 5, 2))]
    f.balance = E("0.00")
    ids["martin"] = tenants.create_tenant_file(db, actor, f)
    f = make_file(4)
    f.occupants = [OccupantData("Petit", "Anne", "Mme", D(1970, 5, 2))]
    f.balance = E("1100.00")
    ids["petit"] = tenants.create_tenant_file(db, actor, f)

    terms = plans.terms_from_lease(
        db, actor, ids["dupont"], PaymentPlanType.PLAN_APUREMENT, on=D(2026, 1, 2)
    )
    terms.start_on, terms.months, terms.payments_cover_rent = D(2026, 1, 5), 10, False
    pid = plans.create_plan(db, actor, ids["dupont"], terms)
    plans.change_status(db, actor, pid, PlanStatus.SIGNE, 1, on=D(2026, 1, 3))
    ids["plan"] = pid
    clock.day = D(2026, 3, 1)
    plans.evaluate_plans(db, actor)
    return ids


def names(rows):
    return [r.name for r in rows]


def test_arrears_list_figures_and_next_action(db, actor, files, clock):
    rows = plans.arrears_list(db, actor, on=clock.day)
    assert names(rows) == ["DUPONT Élodie", "PETIT Anne", '=HYPERLINK("HTTP://X") Paul']
    dupont, petit, formula = rows
    assert (dupont.balance, dupont.monthly, dupont.months, dupont.aid_arrears) == (
        E("1500.00"),
        E("497.70"),
        E("3.0"),
        True,
    )
    assert dupont.plan_status == PlanStatus.DEFAILLANT
    assert dupont.plan_remaining == E("1500.00")
    assert str(dupont.action.text) == "Lettre de relance"
    assert dupont.action.due_on == D(2026, 3, 1)
    assert petit.plan_status is None
    assert str(petit.action.text) == (
        "Signaler l'impayé à la CAF/MSA (sous 2 mois) et proposer un plan"
    )
    assert (formula.months, formula.aid_arrears) == (E("0.6"), False)
    assert str(formula.action.text) == "Proposer un plan d'apurement"


def test_arrears_filters(db, actor, files, clock):
    on = clock.day
    q = plans.ArrearsQuery
    assert names(plans.arrears_list(db, actor, q(min_months=E("2")), on)) == [
        "DUPONT Élodie",
        "PETIT Anne",
    ]
    assert names(plans.arrears_list(db, actor, q(plan=plans.PLAN_FILTER_NONE), on)) == [
        "PETIT Anne",
        '=HYPERLINK("HTTP://X") Paul',
    ]
    assert names(plans.arrears_list(db, actor, q(plan=PlanStatus.DEFAILLANT.value), on)) == [
        "DUPONT Élodie"
    ]
    assert names(plans.arrears_list(db, actor, q(plan=plans.PLAN_FILTER_IN_FORCE), on)) == [
        "DUPONT Élodie"
    ]
    assert names(plans.arrears_list(db, actor, q(aid_arrears_only=True, text="pet"), on)) == [
        "PETIT Anne"
    ]
    assert names(plans.arrears_list(db, actor, q(agency_id=999), on)) == []


def test_excel_export_neutralises_formulas(db, actor, files, clock, tmp_path):
    rows = plans.arrears_list(db, actor, on=clock.day)
    path = plans.export_arrears(rows, tmp_path / "impayes", on=clock.day)
    assert path.name == "impayes.xlsx"
    ws = load_workbook(path).active
    assert ws["A1"].value == "Locataire" and ws["M1"].value == "Prochaine action"
    assert ws["A2"].value == "DUPONT Élodie"
    assert ws["E2"].value == 1500 and ws["G2"].value == 3
    assert ws["J2"].value == "Défaillant"
    assert ws["N2"].value == dt.datetime(2026, 3, 1)
    formula = ws["A4"]
    assert formula.value == '\'=HYPERLINK("HTTP://X") Paul'
    assert formula.data_type == "s"
    assert all(
        not (isinstance(c.value, str) and c.value.startswith(("=", "+", "-", "@")))
        for row in ws.iter_rows()
        for c in row
    )


def test_neutralise():
    assert plans.neutralise("=1+1") == "'=1+1"
    assert plans.neutralise("-2") == "'-2"
    assert plans.neutralise("@SUM(A1)") == "'@SUM(A1)"
    assert plans.neutralise("+33 5 56") == "'+33 5 56"
    assert plans.neutralise("Dupont") == "Dupont"
    assert plans.neutralise(E("-5")) == E("-5")


def test_cli_import_payments_and_arrears(
    db, db_url, actor, files, clock, tmp_path, capsys, monkeypatch
):
    export = tmp_path / "compta.csv"
    export.write_bytes(
        "Contrat;Date;Montant\r\nBX-2024-00001;10/02/2026;450,00\r\nBX-2024-00004;10/02/2026;10\r\n".encode(
            "cp1252"
        )
    )
    assert main(["plan", "import-payments", str(export), "--db", db_url, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Lignes lues : 2 ; valides : 1 ; rejetées : 1" in out
    assert "n'a pas de plan signé ou en cours" in out
    assert "Vérification seule, rien n'a été importé (1 règlement prêt à importer)." in out
    assert plans.get_plan(db, actor, files["plan"]).payments == []
    assert main(["plan", "import-payments", str(export), "--db", db_url]) == 0
    out = capsys.readouterr().out
    assert f"1 règlement importé depuis « compta.csv » sur 1 plan, 450,00{NBSP}€." in out
    assert plans.get_plan(db, actor, files["plan"]).ledger.paid_total == E("450.00")

    target = tmp_path / "impayes.xlsx"
    assert main(["plan", "arrears", "--db", db_url, "--out", str(target), "--min-months", "2"]) == 0
    assert f"2 dossiers exportés dans « {target} »." in capsys.readouterr().out
    assert load_workbook(target).active.max_row == 3
    for months, said in (("2", "2 dossiers."), ("2.5", "1 dossier."), ("99", "Aucun dossier.")):
        assert main(["plan", "arrears", "--db", db_url, "--min-months", months]) == 0
        assert capsys.readouterr().out.splitlines()[-1] == said


def fsl_plan(db, actor, household_id) -> int:
    """A plan signed on 28/02/2026: 11 instalments of 100 € from 05/03, the rent covered,
    the FSL promising 250 €."""
    terms = plans.terms_from_lease(
        db, actor, household_id, PaymentPlanType.PLAN_APUREMENT, on=D(2026, 2, 27)
    )
    terms.start_on, terms.months = D(2026, 3, 5), 11
    terms.fsl, terms.fsl_amount = True, E("250.00")
    pid = plans.create_plan(db, actor, household_id, terms)
    plans.change_status(db, actor, pid, PlanStatus.SIGNE, 1, on=D(2026, 2, 28))
    return pid


def test_cli_pay_a_contributors_payment(db, db_url, actor, files, clock, capsys):
    """``parcours plan pay N --contributor FSL``: the FSL's payment goes to the
    instalments, not to the current rent; refused on a plan without the FSL."""
    pid = fsl_plan(db, actor, files["petit"])
    args = ["plan", "pay", str(pid), "--date", "01/03/2026", "--amount", "250,00"]
    assert main([*args, "--contributor", "fsl", "--db", db_url]) == 0
    out = capsys.readouterr().out
    assert f"Imputé au plan : 250,00{NBSP}€ ; reste dû : 850,00{NBSP}€." in out
    v = plans.get_plan(db, actor, pid)
    assert v.ledger.rents[0].paid == 0
    assert [p.contributor for p in v.payments] == [Contributor.FSL]
    # Beyond the 250 € promised: recorded, with a warning.
    more = ["plan", "pay", str(pid), "--date", "01/03/2026", "--amount", "100"]
    assert main([*more, "--contributor", "FSL", "--db", db_url]) == 0
    assert (
        f"Attention : Le FSL a promis 250,00{NBSP}€ sur ce plan et en a déjà versé "
        f"250,00{NBSP}€ : ce versement de 100,00{NBSP}€ dépasse de 100,00{NBSP}€ ce qui reste "
        "promis."
    ) in capsys.readouterr().out
    assert len(plans.get_plan(db, actor, pid).payments) == 2

    other = ["plan", "pay", str(files["plan"]), "--date", "01/03/2026", "--amount", "10"]
    assert main([*other, "--contributor", "FSL", "--db", db_url]) == 2
    err = capsys.readouterr().err
    assert "--contributor" in err and "ne prévoit pas de contribution du FSL" in err
    assert plans.get_plan(db, actor, files["plan"]).payments == []


def test_cli_import_payments_reads_a_contributors_line(
    db, db_url, actor, files, clock, tmp_path, capsys
):
    """``parcours plan import-payments --payer-column Libellé``: a line naming the FSL is
    the FSL's payment, listed before it is imported, and goes to the instalments."""
    pid = fsl_plan(db, actor, files["petit"])
    export = tmp_path / "compta.csv"
    export.write_bytes(
        "Contrat;Date;Montant;Libellé\r\nBX-2024-00004;01/03/2026;250,00;VIR FSL 33\r\n".encode(
            "cp1252"
        )
    )
    command = ["plan", "import-payments", str(export), "--db", db_url]
    assert main([*command, "--payer-column", "Libellé", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "  Versé par <- « Libellé »" in out
    assert (
        "Dont 1 versement d'un contributeur (FSL, CCAS), imputé sur les seules échéances :\n"
        f"  ligne 2 : FSL, PETIT Anne, 250,00{NBSP}€" in out
    )
    assert main([*command, "--payer-column", "Payeur"]) == 2
    assert "Colonne « Payeur » absente du fichier (champ « Versé par »)." in capsys.readouterr().err
    assert plans.get_plan(db, actor, pid).payments == []
    assert main([*command, "--payer-column", "libelle"]) == 0
    v = plans.get_plan(db, actor, pid)
    assert [p.contributor for p in v.payments] == [Contributor.FSL]
    assert v.ledger.rents[0].paid == 0 and v.ledger.paid_to_plan == E("250.00")


def test_payments_import_summary_agrees_with_its_counts():
    """What the import screen and ``parcours plan import-payments`` say once done."""
    from desktop.services.plans.breach import EvaluationResult
    from desktop.services.plans.payments_import import PaymentImportResult

    def summary(imported, n_plans, breached=(), settled=(), source=None):
        result = PaymentImportResult(
            imported, n_plans, E("10"), EvaluationResult(list(breached), list(settled))
        )
        return " ".join(str(m) for m in result.summary(source))

    assert summary(1, 1, breached=[4]) == (
        f"1 règlement importé sur 1 plan, 10,00{NBSP}€. Plan devenu défaillant : n° 4."
    )
    assert summary(3, 2, breached=[4, 7], settled=[2], source="c.csv") == (
        f"3 règlements importés depuis « c.csv » sur 2 plans, 10,00{NBSP}€. "
        "Plans devenus défaillants : n° 4, n° 7. Plan soldé : n° 2."
    )
    assert summary(2, 2, settled=[2, 5]).endswith("Plans soldés : n° 2, n° 5.")


def test_an_export_that_fails_leaves_the_previous_file_and_says_why(
    db, actor, files, clock, tmp_path, monkeypatch
):
    from openpyxl import Workbook

    from desktop.domain.errors import UserError

    rows = plans.arrears_list(db, actor, on=clock.day)
    folder = tmp_path / "exports"
    previous = plans.export_arrears(rows, folder / "impayes.xlsx", on=clock.day)
    before = previous.read_bytes()

    def disk_full(self, filename):  # the save stops half-way
        Path(filename).write_bytes(b"PK\x03\x04 half")
        raise OSError(28, "No space left on device", str(filename))

    monkeypatch.setattr(Workbook, "save", disk_full)
    with pytest.raises(UserError) as err:
        plans.export_arrears(rows, previous, on=clock.day)
    assert str(err.value).startswith("Impossible d'écrire le fichier « impayes.xlsx » : ")
    assert "Excel" not in str(err.value)
    assert previous.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["impayes.xlsx"]
