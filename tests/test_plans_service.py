"""Payment-deferral agreements through the services: workflow, payments typed in and
imported, breach and follow-ups, protocole rules, conflicts, rights, audit, timeline."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from desktop.domain.plans import AidBody, Contributor, FollowUpKind, LineState, adjust_last
from desktop.domain.roles import Role
from desktop.domain.schedule import Instalment, PaymentPlanType, PlanStatus
from desktop.services import plans, tenants
from desktop.services.context import Actor
from desktop.storage.db import Database
from desktop.storage.models import AuditEvent

D = dt.date
E = Decimal
NBSP = "\u00a0"
NNBSP = "\u202f"
MONTHLY = E("497.70")  # the sample lease: 412,50 € rent + 85,20 € charges


@pytest.fixture
def clock():
    from desktop.services.context import use_clock
    from tests.conftest import DayClock

    with use_clock(DayClock(D(2026, 1, 3))) as c:
        yield c


@pytest.fixture
def household(db, actor, agency, make_file, clock):
    f = make_file(1)
    f.balance = E("1200.00")
    return tenants.create_tenant_file(db, actor, f)


def new_terms(db, actor, household, **overrides):
    t = plans.terms_from_lease(
        db, actor, household, PaymentPlanType.PLAN_APUREMENT, on=D(2026, 1, 2)
    )
    t.start_on = D(2026, 1, 5)
    t.months = 6
    for key, value in overrides.items():
        setattr(t, key, value)
    return t


def signed_plan(db, actor, household, clock, **overrides) -> int:
    pid = plans.create_plan(db, actor, household, new_terms(db, actor, household, **overrides))
    v = plans.get_plan(db, actor, pid)
    version = plans.change_status(db, actor, pid, PlanStatus.PROPOSE, v.version, on=clock.day)
    plans.change_status(db, actor, pid, PlanStatus.SIGNE, version, on=clock.day)
    return pid


def timeline(db, actor, household):
    return tenants.get_tenant_file(db, actor, household).timeline


def audit_actions(db, pid):
    with db.reader() as s:
        return [
            e.action
            for e in s.scalars(
                select(AuditEvent)
                .where(AuditEvent.entity == plans.ENTITY, AuditEvent.entity_id == pid)
                .order_by(AuditEvent.id)
            )
        ]


# --- from proposal to settled ---------------------------------------------------------


def test_plan_from_proposal_to_settled(db, actor, household, clock):
    terms = new_terms(db, actor, household)
    assert (terms.debt, terms.current_rent, terms.current_charges) == (
        E("1200.00"),
        E("412.50"),
        E("85.20"),
    )
    pid = plans.create_plan(db, actor, household, terms)
    v = plans.get_plan(db, actor, pid)
    assert v.status == PlanStatus.PROJET and v.editable
    assert [(i.due_date, i.amount) for i in v.instalments][:2] == [
        (D(2026, 1, 5), E("200.00")),
        (D(2026, 2, 5), E("200.00")),
    ]
    assert v.allowed_statuses == [PlanStatus.PROPOSE, PlanStatus.SIGNE, PlanStatus.ANNULE]

    version = plans.change_status(db, actor, pid, PlanStatus.PROPOSE, v.version, on=clock.day)
    version = plans.change_status(db, actor, pid, PlanStatus.SIGNE, version, on=clock.day)
    v = plans.get_plan(db, actor, pid)
    assert (v.status, v.proposed_on, v.signed_on) == (PlanStatus.SIGNE, clock.day, clock.day)
    assert not v.editable

    # Each month the tenant pays the current rent and the instalment.
    for month in range(1, 7):
        clock.day = D(2026, month, 6)
        version = plans.record_payment(
            db,
            actor,
            pid,
            D(2026, month, 5),
            MONTHLY + E("200.00"),
            version,
            reference=f"VIR {month}",
        )
        v = plans.get_plan(db, actor, pid)
        if month == 1:
            assert v.status == PlanStatus.EN_COURS  # started by the first payment
        assert v.ledger.instalments[month - 1].state == LineState.PAID
    assert v.status == PlanStatus.SOLDE
    assert v.closed_on == D(2026, 6, 5)
    assert v.ledger.remaining == 0 and v.ledger.paid_total == 6 * (MONTHLY + E("200.00"))

    kinds = [e.kind for e in timeline(db, actor, household)]
    assert kinds.count(plans.EVENT_PLAN_PAYMENT) == 6
    assert plans.EVENT_PLAN_SETTLED in kinds and plans.EVENT_PLAN_CREATED in kinds
    # The timeline (carried by the access-request export) agrees its counts.
    created = next(e for e in timeline(db, actor, household) if e.kind == plans.EVENT_PLAN_CREATED)
    assert created.summary.endswith(" en 6 échéances") and "(s)" not in created.summary
    settled = next(e for e in timeline(db, actor, household) if e.kind == plans.EVENT_PLAN_SETTLED)
    assert settled.summary == f"Plan d'apurement n° {pid} : En cours → Soldé (automatique)"
    actions = audit_actions(db, pid)
    assert actions[:3] == ["create", "status", "status"]
    assert actions.count("payment") == 6 and actions[-1] == "status"

    plans.change_status(db, actor, pid, PlanStatus.RESPECTE, v.version, on=clock.day)
    assert plans.get_plan(db, actor, pid).status == PlanStatus.RESPECTE


def test_a_plan_with_unpaid_instalments_is_not_declared_respected(db, actor, household, clock):
    """The refusal counts the unpaid instalments: « Une échéance échue reste impayée,
    celle du … », « 2 échéances échues restent impayées, la plus ancienne du … »."""
    pid = signed_plan(db, actor, household, clock)
    clock.day = D(2026, 1, 6)
    version = plans.get_plan(db, actor, pid).version
    plans.record_payment(db, actor, pid, D(2026, 1, 5), MONTHLY + E("200.00"), version)
    for day, said in (
        (D(2026, 2, 6), "Une échéance échue reste impayée, celle du 05/02/2026"),
        (D(2026, 3, 6), "2 échéances échues restent impayées, la plus ancienne du 05/02/2026"),
    ):
        clock.day = day
        v = plans.get_plan(db, actor, pid)
        with pytest.raises(ValidationError) as exc:
            plans.change_status(db, actor, pid, PlanStatus.RESPECTE, v.version, on=day)
        assert str(exc.value.message) == f"{said} : le plan ne peut pas être déclaré respecté."


def test_only_one_open_agreement_per_file(db, actor, household, clock):
    plans.create_plan(db, actor, household, new_terms(db, actor, household))
    with pytest.raises(ValidationError) as exc:
        plans.create_plan(db, actor, household, new_terms(db, actor, household))
    assert "déjà un accord en cours" in str(exc.value.message)


def test_cancelling_needs_a_reason_and_is_final(db, actor, household, clock):
    pid = plans.create_plan(db, actor, household, new_terms(db, actor, household))
    with pytest.raises(ValidationError) as exc:
        plans.change_status(db, actor, pid, PlanStatus.ANNULE, 1)
    assert str(exc.value.fields["reason"]) == "Indiquez le motif."
    version = plans.change_status(
        db, actor, pid, PlanStatus.ANNULE, 1, reason="Départ du locataire"
    )
    with pytest.raises(ValidationError):
        plans.change_status(db, actor, pid, PlanStatus.PROJET, version)
    # A new agreement may now be made.
    plans.create_plan(db, actor, household, new_terms(db, actor, household))


# --- schedule editing -----------------------------------------------------------------


def test_edited_schedule_must_total_the_debt(db, actor, household, clock):
    pid = plans.create_plan(db, actor, household, new_terms(db, actor, household))
    v = plans.get_plan(db, actor, pid)
    edited = list(v.instalments)
    edited[1] = Instalment(2, edited[1].due_date, E("150.00"))
    with pytest.raises(ValidationError) as exc:
        plans.update_plan(db, actor, pid, v.terms, v.version, instalments=edited)
    assert str(exc.value.fields["schedule"]) == (
        f"Le total des échéances (1{NNBSP}150,00{NBSP}€) est inférieur de 50,00{NBSP}€ "
        f"à la dette (1{NNBSP}200,00{NBSP}€)."
    )
    balanced, problem = adjust_last(v.terms.debt, edited, 1)
    assert problem is None
    version = plans.update_plan(db, actor, pid, v.terms, v.version, instalments=balanced)
    v = plans.get_plan(db, actor, pid)
    assert [i.amount for i in v.instalments][-2:] == [E("200.00"), E("250.00")]
    assert v.version == version
    assert timeline(db, actor, household)[0].kind == plans.EVENT_PLAN_EDITED

    version = plans.change_status(db, actor, pid, PlanStatus.SIGNE, version, on=clock.day)
    with pytest.raises(ValidationError) as exc:
        plans.update_plan(db, actor, pid, v.terms, version, instalments=balanced)
    assert "Un plan signé ne peut plus être modifié" in str(exc.value.message)


def test_stale_save_is_refused_with_the_other_users_name(db, db_url, actor, household, clock):
    pid = plans.create_plan(db, actor, household, new_terms(db, actor, household))
    mine = plans.get_plan(db, actor, pid)
    other_db = Database(db_url)
    try:
        theirs = plans.get_plan(other_db, actor, pid)
        changed = theirs.terms
        changed.months = 4
        plans.update_plan(
            other_db, Actor("bob.durand", role=Role.ADMIN), pid, changed, theirs.version
        )
    finally:
        other_db.dispose()
    mine.terms.months = 8
    with pytest.raises(ConflictError) as exc:
        plans.update_plan(db, actor, pid, mine.terms, mine.version)
    assert "bob.durand" in str(exc.value.message)
    assert len(plans.get_plan(db, actor, pid).instalments) == 4


# --- payments import and breach -----------------------------------------------------------

EXPORT = (
    "N° contrat;Date règlement;Montant;Libellé\r\n"
    "BX-2024-00001;05/01/2026;697,70;VIR LOYER JANVIER\r\n"
    "BX-2024-00001;05/02/2026;497,70;VIR LOYER FÉVRIER\r\n"
    "BX-2024-00001;05/03/2026;497,70;VIR LOYER MARS\r\n"
    "BX-2099-99999;05/03/2026;100,00;INCONNU\r\n"
    "BX-2024-00001;06/03/2026;12,5x;ERREUR\r\n"
)


def write_export(tmp_path, text=EXPORT, name="export_compta.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode("cp1252"))
    return path


def test_breach_detected_from_imported_payments(db, actor, household, clock, tmp_path):
    pid = signed_plan(db, actor, household, clock, aid_body=AidBody.CAF, aid_reference="7654321")
    clock.day = D(2026, 3, 20)
    table = plans.read_payments(write_export(tmp_path))
    mapping = plans.propose_payment_mapping(table.headers)
    assert mapping == {
        "contract_number": 0,
        "paid_on": 1,
        "amount": 2,
        "reference": 3,
        "payer": None,
    }
    report = plans.dry_run_payments(db, actor, table, mapping)
    assert report.accepted_count == 3 and report.total_amount == E("1693.10")
    assert [(r.line, r.reasons) for r in report.rejected] == [
        (5, ["N° de contrat (colonne « N° contrat ») : Contrat « BX-2099-99999 » inconnu."]),
        (6, ["Montant (colonne « Montant ») : Nombre illisible « 12,5x »."]),
    ]
    assert plans.get_plan(db, actor, pid).payments == []  # the dry run wrote nothing

    result = plans.apply_payments(db, actor, report)
    assert (result.imported, result.plans, result.evaluation.breached) == (3, 1, [pid])
    v = plans.get_plan(db, actor, pid)
    assert v.status == PlanStatus.DEFAILLANT and v.breached_on == D(2026, 3, 20)
    # January's payment covered rent and instalment; February and March only the rent.
    assert [i.state for i in v.ledger.instalments[:3]] == [
        LineState.PAID,
        LineState.LATE,
        LineState.LATE,
    ]
    assert [(f.kind, f.due_on) for f in v.follow_ups] == [
        (FollowUpKind.REMINDER, D(2026, 3, 20)),
        (FollowUpKind.BREACH_NOTICE, D(2026, 4, 4)),
        (FollowUpKind.FSL, D(2026, 4, 20)),
        (FollowUpKind.CCAPEX, D(2026, 4, 20)),
        (FollowUpKind.AID_NOTICE, D(2026, 5, 20)),
    ]
    events = timeline(db, actor, household)
    breach = next(e for e in events if e.kind == plans.EVENT_PLAN_BREACH)
    assert breach.summary.endswith(
        "En cours → Défaillant (automatique) — 2 échéances impayées, la plus ancienne du "
        "05/02/2026 ; le plan est considéré comme non respecté dès que 2 échéances restent "
        "impayées plus de 10 jours après leur date."
    )
    assert any(
        e.kind == plans.EVENT_PLAN_IMPORT and "3 règlements importés de « " in e.summary
        for e in events
    )
    assert "import_payments" in [a for a in audit_actions_all(db)]

    # Importing the same file again records nothing twice.
    again = plans.dry_run_payments(db, actor, plans.read_payments(write_export(tmp_path)), mapping)
    assert again.accepted_count == 0
    assert "déjà enregistré" in again.rejected[0].reasons[0]


def audit_actions_all(db):
    with db.reader() as s:
        return [e.action for e in s.scalars(select(AuditEvent).order_by(AuditEvent.id))]


def test_excel_export_of_payments_is_read_too(db, actor, household, clock, tmp_path):
    from openpyxl import Workbook

    pid = signed_plan(db, actor, household, clock, payments_cover_rent=False)
    clock.day = D(2026, 2, 1)
    wb = Workbook()
    ws = wb.active
    ws.append(["Contrat", "Date opération", "Crédit"])
    ws.append(["BX-2024-00001", dt.datetime(2026, 1, 5), 200])
    path = tmp_path / "reglements.xlsx"
    wb.save(path)
    table = plans.read_payments(path)
    report = plans.dry_run_payments(db, actor, table, plans.propose_payment_mapping(table.headers))
    assert [(a.paid_on, a.amount) for a in report.accepted] == [(D(2026, 1, 5), E("200.00"))]
    plans.apply_payments(db, actor, report)
    v = plans.get_plan(db, actor, pid)
    assert v.status == PlanStatus.EN_COURS and v.ledger.remaining == E("1000.00")


def test_payment_checks(db, actor, household, clock):
    pid = plans.create_plan(db, actor, household, new_terms(db, actor, household))
    with pytest.raises(ValidationError) as exc:
        plans.record_payment(db, actor, pid, D(2026, 1, 3), E("10.00"), 1)
    assert "plan signé, en cours ou défaillant" in str(exc.value.message)
    version = plans.change_status(db, actor, pid, PlanStatus.SIGNE, 1, on=clock.day)
    with pytest.raises(ValidationError) as exc:
        plans.record_payment(db, actor, pid, D(2026, 1, 2), E("-10.00"), version)
    got = {k: str(v) for k, v in exc.value.fields.items()}
    assert got["amount"] == "Le montant doit être positif."
    assert got["paid_on"].startswith("Règlement du 02/01/2026, antérieur ou égal à l'arrêté")
    with pytest.raises(TypeError):
        plans.record_payment(db, actor, pid, D(2026, 1, 3), 10.0, version)


def test_a_contribution_pays_the_instalments_not_the_rent(db, actor, household, clock):
    pid = signed_plan(db, actor, household, clock, fsl=True, fsl_amount=E("500.00"))
    version = plans.get_plan(db, actor, pid).version
    # The FSL pays 500 € before January's rent (497,70 €) is paid by the tenants.
    plans.record_payment(
        db, actor, pid, D(2026, 1, 3), E("500.00"), version, contributor=Contributor.FSL
    )
    v = plans.get_plan(db, actor, pid)
    assert [i.paid for i in v.ledger.instalments[:3]] == [E("200.00"), E("200.00"), E("100.00")]
    assert v.ledger.rents[0].paid == E("0.00")
    assert (v.ledger.paid_to_plan, v.ledger.remaining) == (E("500.00"), E("700.00"))
    assert [p.contributor for p in v.payments] == [Contributor.FSL]
    summaries = [e.summary for e in timeline(db, actor, household)]
    assert any("versement du FSL de 500,00" in x for x in summaries)
    with db.reader() as s:
        after = s.scalars(
            select(AuditEvent.after).where(
                AuditEvent.action == "payment", AuditEvent.entity_id == pid
            )
        ).one()
    assert "FSL" in str(after)
    # The tenants' payment then pays January's rent first, as before.
    clock.day = D(2026, 1, 4)
    plans.record_payment(db, actor, pid, D(2026, 1, 4), MONTHLY, v.version)
    v = plans.get_plan(db, actor, pid)
    assert v.ledger.rents[0].paid == MONTHLY and v.ledger.paid_to_plan == E("500.00")
    assert [p.contributor for p in v.payments] == [Contributor.FSL, None]


def test_a_contribution_needs_its_contributor_on_the_plan(db, actor, household, clock):
    pid = signed_plan(db, actor, household, clock, fsl=True, fsl_amount=E("500.00"))
    v = plans.get_plan(db, actor, pid)
    with pytest.raises(ValidationError) as exc:
        plans.record_payment(
            db, actor, pid, D(2026, 1, 3), E("100.00"), v.version, contributor=Contributor.CCAS
        )
    assert str(exc.value.fields["contributor"]).startswith(
        "Ce plan ne prévoit pas de contribution du CCAS"
    )
    after = plans.get_plan(db, actor, pid)
    assert (after.version, after.payments) == (v.version, [])
    assert "payment" not in audit_actions(db, pid)


def test_time_alone_breaches_a_plan_and_regularisation(db, actor, household, clock):
    pid = signed_plan(db, actor, household, clock, payments_cover_rent=False)
    clock.day = D(2026, 2, 15)
    assert plans.evaluate_plans(db, actor).breached == []
    clock.day = D(2026, 2, 16)
    result = plans.evaluate_plans(db, actor)
    assert result.breached == [pid]
    v = plans.get_plan(db, actor, pid)
    assert v.status == PlanStatus.DEFAILLANT
    # The tenant catches up; the agency puts the plan back on track, closing the follow-ups.
    version = plans.record_payment(db, actor, pid, D(2026, 2, 16), E("400.00"), v.version)
    with pytest.raises(ValidationError):
        plans.change_status(db, actor, pid, PlanStatus.EN_COURS, version)
    plans.change_status(db, actor, pid, PlanStatus.EN_COURS, version, reason="Retard rattrapé")
    v = plans.get_plan(db, actor, pid)
    assert v.status == PlanStatus.EN_COURS and v.open_follow_ups == []
    assert all(f.outcome == "Sans objet : plan régularisé" for f in v.follow_ups)


def test_follow_ups_ccapex_before_summons(db, actor, household, clock):
    pid = signed_plan(db, actor, household, clock, payments_cover_rent=False)
    clock.day = D(2026, 3, 1)
    plans.evaluate_plans(db, actor)
    v = plans.get_plan(db, actor, pid)
    ccapex = next(f for f in v.follow_ups if f.kind == FollowUpKind.CCAPEX)
    with pytest.raises(ValidationError) as exc:
        plans.plan_summons(db, actor, pid, D(2026, 4, 30), v.version)
    assert "sans saisine à ce jour" in str(exc.value.fields["summons_on"])
    version = plans.complete_follow_up(
        db,
        actor,
        pid,
        ccapex.id,
        D(2026, 3, 1),
        v.version,
        channel="PLATEFORME",
        outcome="Dossier déposé",
    )
    with pytest.raises(ValidationError) as exc:
        plans.plan_summons(db, actor, pid, D(2026, 4, 30), version)
    assert "le 01/05/2026 au plus tôt" in str(exc.value.fields["summons_on"])
    plans.plan_summons(db, actor, pid, D(2026, 5, 1), version)
    v = plans.get_plan(db, actor, pid)
    assert v.summons_on == D(2026, 5, 1)
    done = next(f for f in v.follow_ups if f.kind == FollowUpKind.CCAPEX)
    assert (done.done_on, done.channel, done.outcome) == (
        D(2026, 3, 1),
        "PLATEFORME",
        "Dossier déposé",
    )
    kinds = [e.kind for e in timeline(db, actor, household)]
    assert plans.EVENT_PLAN_FOLLOW_UP in kinds and plans.EVENT_PLAN_SUMMONS in kinds


# --- protocole -------------------------------------------------------------------------------


def protocol_terms(db, actor, household, **overrides):
    values = dict(
        plan_type=PaymentPlanType.PROTOCOLE_L353_15_2,
        judgment_on=D(2025, 10, 1),
        end_on=D(2027, 1, 4),
        aid_body=AidBody.CAF,
        aid_reference="1234567",
        months=12,
        payments_cover_rent=False,
    )
    values.update(overrides)
    return new_terms(db, actor, household, **values)


def test_protocol_signature_needs_caf_approval_then_avenant_and_new_lease(
    db, actor, household, clock
):
    pid = plans.create_plan(db, actor, household, protocol_terms(db, actor, household))
    with pytest.raises(ValidationError) as exc:
        plans.change_status(db, actor, pid, PlanStatus.SIGNE, 1, on=clock.day)
    assert "approuvé par la CAF ou la MSA" in str(exc.value.fields["aid_approved_on"])
    v = plans.get_plan(db, actor, pid)
    v.terms.aid_approved_on = D(2026, 1, 2)
    version = plans.update_plan(db, actor, pid, v.terms, v.version)
    version = plans.change_status(db, actor, pid, PlanStatus.SIGNE, version, on=clock.day)

    clock.day = D(2026, 3, 1)
    version = plans.record_payment(db, actor, pid, D(2026, 1, 5), E("100.00"), version)
    with pytest.raises(ValidationError) as exc:
        plans.sign_avenant(db, actor, pid, D(2026, 3, 1), D(2030, 1, 5), version, months=24)
    assert "fin le 04/01/2030 au plus tard" in str(exc.value.fields["avenant_end_on"])
    version = plans.sign_avenant(
        db, actor, pid, D(2026, 3, 1), D(2028, 12, 31), version, start_on=D(2026, 3, 5), months=24
    )
    v = plans.get_plan(db, actor, pid)
    assert v.avenant_end_on == D(2028, 12, 31)
    # The 100 € paid stay as instalment 1; the 1 100 € left are spread over 24 months.
    assert v.instalments[0].amount == E("100.00")
    assert len(v.instalments) == 25 and sum(i.amount for i in v.instalments) == E("1200.00")
    assert v.instalments[1].due_date == D(2026, 3, 5)
    avenant = next(
        e for e in timeline(db, actor, v.household_id) if e.kind == plans.EVENT_PLAN_AVENANT
    )
    assert avenant.summary.endswith(" en 24 échéances")

    clock.day = D(2028, 3, 10)
    version = plans.record_payment(db, actor, pid, D(2028, 3, 5), E("1100.00"), v.version)
    v = plans.get_plan(db, actor, pid)
    assert v.status == PlanStatus.SOLDE
    plans.change_status(db, actor, pid, PlanStatus.RESPECTE, v.version, on=clock.day)
    v = plans.get_plan(db, actor, pid)
    assert v.new_lease_due_on == D(2028, 6, 10)
    assert [(f.kind, f.due_on) for f in v.open_follow_ups] == [
        (FollowUpKind.NEW_LEASE, D(2028, 6, 10))
    ]


def test_a_signed_protocol_changed_by_hand_is_told_until_an_avenant_reseals_it(
    db, actor, household, clock
):
    """Someone holding the database lowers the debt of a signed protocol and moves an
    instalment: the agreement's view says its signed terms were changed outside
    Parcours; the application's own writes after the signature (payments, avenant)
    raise nothing."""
    from sqlalchemy import update

    from desktop.storage.models import PaymentPlan, PlanInstalment

    terms = protocol_terms(db, actor, household, aid_approved_on=D(2026, 1, 2))
    pid = plans.create_plan(db, actor, household, terms)
    version = plans.change_status(db, actor, pid, PlanStatus.SIGNE, 1, on=clock.day)
    assert plans.get_plan(db, actor, pid).integrity is None
    clock.day = D(2026, 3, 1)
    version = plans.record_payment(db, actor, pid, D(2026, 1, 5), E("100.00"), version)
    version = plans.sign_avenant(
        db, actor, pid, D(2026, 3, 1), D(2028, 12, 31), version, start_on=D(2026, 3, 5), months=24
    )
    assert plans.get_plan(db, actor, pid).integrity is None

    with db.transaction() as s:
        s.execute(update(PaymentPlan).where(PaymentPlan.id == pid).values(debt=E("600.00")))
    told = plans.get_plan(db, actor, pid).integrity
    assert told is not None and "modifiées hors de Parcours" in str(told)
    with db.transaction() as s:  # put back: the seal matches again
        s.execute(update(PaymentPlan).where(PaymentPlan.id == pid).values(debt=E("1200.00")))
    assert plans.get_plan(db, actor, pid).integrity is None
    with db.transaction() as s:
        s.execute(
            update(PlanInstalment)
            .where(PlanInstalment.plan_id == pid, PlanInstalment.number == 2)
            .values(amount=E("1.00"))
        )
    assert plans.get_plan(db, actor, pid).integrity is not None


# --- rights ------------------------------------------------------------------------------------


def test_roles(db, actor, household, clock, agency):
    auditor = Actor("audit.test", role=Role.AUDITOR)
    assert plans.arrears_list(db, auditor, on=clock.day)[0].household_id == household
    with pytest.raises(PermissionDenied):
        plans.create_plan(db, auditor, household, new_terms(db, actor, household))
    member = Actor("membre.caleol", role=Role.CALEOL_MEMBER)
    with pytest.raises(PermissionDenied):
        plans.arrears_list(db, member, on=clock.day)
    other_agent = Actor("agent.autre", role=Role.AGENT, agency_id=999)
    pid = plans.create_plan(db, actor, household, new_terms(db, actor, household))
    with pytest.raises(PermissionDenied):
        plans.get_plan(db, other_agent, pid)
    assert plans.arrears_list(db, other_agent, on=clock.day) == []
    assert "refus" in audit_actions_all(db)
