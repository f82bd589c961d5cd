"""Notices on tenant files: recording, proof, exceptions, exit, deposit, list, export."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from desktop.domain.errors import ConflictError, UserError, ValidationError
from desktop.domain.notice import DeliveryMode
from desktop.domain.notice import ReducedNoticeGround as G
from desktop.domain.notice_case import (
    DepositWarning,
    KeyReturnMode,
    NoticeInput,
    NoticeStatus,
)
from desktop.domain.roles import Role
from desktop.services import agencies, notices, tenants
from desktop.services.context import Actor, use_clock
from desktop.storage.models import AuditEvent, Household, TimelineEvent
from tests.conftest import DayClock

D = dt.date
TODAY = D(2026, 3, 10)


@pytest.fixture
def clock():
    """The services' today: 10 March 2026."""
    with use_clock(DayClock(TODAY)) as c:
        yield c


@pytest.fixture
def hid(db, actor, agency, make_file, clock):
    return tenants.create_tenant_file(db, actor, make_file(1))


def entry(**kw) -> NoticeInput:
    values = {
        "delivery_mode": DeliveryMode.LRAR,
        "received_on": D(2026, 1, 31),
        "sent_on": D(2026, 1, 28),
        "presented_on": D(2026, 1, 30),
    }
    values.update(kw)
    return NoticeInput(**values)


def timeline(db, household_id):
    with db.reader() as s:
        return [
            (e.kind, e.summary)
            for e in s.scalars(
                select(TimelineEvent)
                .where(TimelineEvent.household_id == household_id)
                .order_by(TimelineEvent.id)
            )
        ]


def audits(db, notice_id):
    from desktop.services.audit import Revealer

    with db.reader() as s:  # snapshots are stored encrypted per household
        reveal = Revealer(s)
        return [
            (e.action, e.actor, reveal(e.before), reveal(e.after))
            for e in s.scalars(
                select(AuditEvent)
                .where(AuditEvent.entity == notices.ENTITY, AuditEvent.entity_id == notice_id)
                .order_by(AuditEvent.id)
            )
        ]


def test_ground_without_proof_keeps_three_months_then_the_proof_shortens_it(db, actor, hid):
    nid = notices.record_notice(db, actor, hid, entry(ground=G.SANTE))
    v = notices.get_notice(db, actor, nid)
    assert (v.applied_months, v.end_date, v.end_date_if_proof) == (
        3,
        D(2026, 4, 30),
        D(2026, 2, 28),
    )
    assert v.proof_missing and v.status is NoticeStatus.IN_PROGRESS
    assert [str(m) for m in v.explanation] == [
        "Congé reçu le 31/01/2026",
        (
            "Motif invoqué : État de santé justifiant un changement de domicile ; "
            "justificatif manquant : préavis de 3 mois appliqué"
        ),
        "Fin du préavis : 30/04/2026",
        (
            "Si le justificatif est fourni et accepté (Certificat médical) : préavis de 1 mois, "
            "fin le 28/02/2026"
        ),
    ]
    assert "Justificatif manquant (Certificat médical)" in str(v.warnings[0])
    assert timeline(db, hid)[-1] == (
        notices.EVENT_RECORDED,
        (
            "Congé reçu le 31/01/2026 (État de santé justifiant un changement de domicile) : "
            "Fin du préavis le 30/04/2026 (3 mois) ; justificatif manquant : le 28/02/2026 s'il "
            "est fourni"
        ),
    )

    version = notices.receive_proof(
        db, actor, nid, v.version, D(2026, 2, 3), "Certificat du Dr Roux"
    )
    v = notices.get_notice(db, actor, nid)
    assert v.version == version == 2
    assert (v.applied_months, v.end_date, v.end_date_if_proof) == (1, D(2026, 2, 28), None)
    assert "Justificatif reçu le 03/02/2026 : Certificat du Dr Roux" in [
        str(m) for m in v.explanation
    ]
    assert v.warnings == ()
    kind, summary = timeline(db, hid)[-1]
    assert kind == notices.EVENT_PROOF
    assert summary.endswith("fin du préavis le 28/02/2026 au lieu du 30/04/2026")
    action, who, before, after = audits(db, nid)[-1]
    assert (action, who) == ("proof", "agent.test")
    assert before["end_date"] == "2026-04-30" and after["end_date"] == "2026-02-28"


def test_never_one_month_without_ground_and_proof_unless_decided(db, actor, hid):
    nid = notices.record_notice(db, actor, hid, entry())
    v = notices.get_notice(db, actor, nid)
    assert (v.applied_months, v.end_date) == (3, D(2026, 4, 30))
    with pytest.raises(ValidationError) as err:
        notices.grant_reduced_notice(db, actor, nid, v.version, "accord", "Mme Chef")
    assert "Aucun motif de préavis réduit" in str(err.value.message)

    v2 = notices.update_notice(db, actor, nid, entry(ground=G.MUTATION), v.version)
    with pytest.raises(ValidationError) as err:
        notices.grant_reduced_notice(db, actor, nid, v2, "  ", "")
    assert {k: str(m) for k, m in err.value.fields.items()} == {
        "reason": "Indiquez le motif de la décision.",
        "decided_by": "Indiquez qui a décidé.",
    }
    v3 = notices.grant_reduced_notice(
        db, actor, nid, v2, "Mutation connue de l'agence", "Mme Chef, responsable d'agence"
    )
    v = notices.get_notice(db, actor, nid)
    assert (v.version, v.applied_months, v.end_date, v.end_date_if_proof) == (
        v3,
        1,
        D(2026, 2, 28),
        None,
    )
    assert str(v.explanation[-1]) == (
        "Préavis réduit de 1 mois accordé sans justificatif par Mme Chef, responsable d'agence "
        "le 10/03/2026 (motif : Mutation connue de l'agence) : fin du préavis le 28/02/2026"
    )
    assert [e.kind.value for e in v.exceptions] == ["DEROGATION"]
    action, _, _, after = audits(db, nid)[-1]
    assert action == "override"
    assert after["exception"]["reason"] == "Mutation connue de l'agence"
    assert after["exception"]["decided_by"] == "Mme Chef, responsable d'agence"


def test_zone_tendue_needs_the_lease_flag_and_no_proof(db, actor, agency, make_file, clock):
    plain = tenants.create_tenant_file(db, actor, make_file(1))
    with pytest.raises(ValidationError) as err:
        notices.record_notice(db, actor, plain, entry(ground=G.ZONE_TENDUE))
    assert "zone tendue" in str(err.value.fields["ground"])
    d = make_file(2)
    d.lease.zone_tendue = True
    tense = tenants.create_tenant_file(db, actor, d)
    nid = notices.record_notice(
        db, actor, tense, entry(ground=G.ZONE_TENDUE, proof_received_on=D(2026, 2, 1))
    )
    v = notices.get_notice(db, actor, nid)
    assert (v.applied_months, v.end_date, v.data.proof_received_on) == (1, D(2026, 2, 28), None)
    # In a zone tendue the reduced notice is due whatever the ground: nothing to refuse.
    d = make_file(3)
    d.lease.zone_tendue = True
    health = notices.record_notice(
        db, actor, tenants.create_tenant_file(db, actor, d), entry(ground=G.SANTE)
    )
    version = notices.get_notice(db, actor, health).version
    for noticed in (nid, health):
        with pytest.raises(UserError, match="ne peut pas être refusé"):
            notices.refuse_reduced_notice(
                db, actor, noticed, notices.get_notice(db, actor, noticed).version, "non", "Chef"
            )
    assert notices.get_notice(db, actor, health).version == version
    assert notices.get_notice(db, actor, health).applied_months == 1


def test_every_invalid_field_is_named_in_french(db, actor, hid):
    bad = entry(
        received_on=D(2026, 3, 11),
        sent_on=D(2026, 3, 12),
        presented_on=D(2026, 1, 1),
        requested_departure=D(2026, 3, 1),
        ground=G.SANTE,
        proof_received_on=D(2027, 1, 1),
    )
    with pytest.raises(ValidationError) as err:
        notices.record_notice(db, actor, hid, bad)
    assert {k: str(m) for k, m in err.value.fields.items()} == {
        "received_on": "La date ne peut pas être dans le futur.",
        "sent_on": "La date ne peut pas être dans le futur.",
        "presented_on": "La présentation ne peut pas précéder l'envoi.",
        "requested_departure": "Le départ demandé ne peut pas précéder la réception du congé.",
        "proof_received_on": "La date ne peut pas être dans le futur.",
    }
    with pytest.raises(ValidationError) as err:
        notices.record_notice(db, actor, hid, entry(received_on=None))
    assert str(err.value.fields["received_on"]) == "La date de réception du congé est obligatoire."
    with pytest.raises(ValidationError) as err:
        notices.record_notice(
            db, actor, hid, entry(received_on=D(2019, 1, 1), sent_on=None, presented_on=None)
        )
    assert str(err.value.fields["received_on"]) == (
        "Le congé ne peut pas précéder le début du bail (01/09/2019)."
    )
    assert notices.notice_context(db, actor, hid).notice_id is None


def test_one_notice_in_progress_per_file_and_withdrawal(db, actor, hid):
    nid = notices.record_notice(db, actor, hid, entry())
    with pytest.raises(ValidationError) as err:
        notices.record_notice(db, actor, hid, entry())
    assert "déjà en cours" in str(err.value.message)
    v = notices.get_notice(db, actor, nid)
    notices.withdraw_notice(db, actor, nid, v.version, "Le locataire reste", "M. Directeur")
    v = notices.get_notice(db, actor, nid)
    assert v.status is NoticeStatus.WITHDRAWN and v.warnings == ()
    with pytest.raises(ValidationError) as err:
        notices.receive_proof(db, actor, nid, v.version, D(2026, 2, 1))
    assert str(err.value.message) == "Ce congé a été retiré : il ne peut plus être modifié."
    assert timeline(db, hid)[-1] == (
        notices.EVENT_WITHDRAWN,
        "Congé retiré, décision de M. Directeur : Le locataire reste",
    )
    second = notices.record_notice(
        db, actor, hid, entry(received_on=D(2026, 3, 2), sent_on=None, presented_on=None)
    )
    assert notices.notice_context(db, actor, hid).notice_id == second
    assert notices.notices_of_household(db, actor, hid) == [second, nid]


def test_concurrent_change_is_refused_naming_who(db, actor, hid):
    nid = notices.record_notice(db, actor, hid, entry(ground=G.SANTE))
    mine = notices.get_notice(db, actor, nid)
    notices.receive_proof(
        db, Actor("bob.durand", role=Role.ADMIN), nid, mine.version, D(2026, 2, 2)
    )
    with pytest.raises(ConflictError) as err:
        notices.postpone_departure(
            db, actor, nid, mine.version, D(2026, 6, 30), "Confinement", "Mme Chef"
        )
    assert "bob.durand" in str(err.value)
    assert notices.get_notice(db, actor, nid).exceptions == ()


def test_postponement_moves_the_departure_not_the_end(db, actor, hid):
    nid = notices.record_notice(db, actor, hid, entry())
    v = notices.get_notice(db, actor, nid)
    with pytest.raises(ValidationError) as err:
        notices.postpone_departure(db, actor, nid, v.version, D(2026, 4, 30), "x", "y")
    assert str(err.value.fields["new_departure_on"]) == (
        "La nouvelle date de départ doit être postérieure à la fin du préavis (30/04/2026)."
    )
    notices.postpone_departure(
        db,
        actor,
        nid,
        v.version,
        D(2026, 6, 15),
        "Confinement : déménagement impossible",
        "Mme Chef",
        agreement_signed_on=D(2026, 3, 9),
    )
    v = notices.get_notice(db, actor, nid)
    assert (v.end_date, v.departure_on) == (D(2026, 4, 30), D(2026, 6, 15))
    assert "Départ reporté au 15/06/2026 par convention d'occupation temporaire" in str(
        v.explanation[-1]
    )
    e = v.exceptions[0]
    assert (e.new_departure_on, e.agreement_signed_on, e.decided_by) == (
        D(2026, 6, 15),
        D(2026, 3, 9),
        "Mme Chef",
    )
    assert audits(db, nid)[-1][0] == "postpone"
    june = notices.NoticeQuery(ending_this_month=True)
    assert [r.id for r in notices.list_notices(db, actor, june, on=D(2026, 6, 1))] == [nid]
    assert notices.list_notices(db, actor, june, on=D(2026, 4, 1)) == []


def test_keys_without_inventory_then_exit_and_deposit(db, actor, hid, clock):
    nid = notices.record_notice(db, actor, hid, entry())
    v = notices.get_notice(db, actor, nid)
    notices.keys_without_inventory(
        db,
        actor,
        nid,
        v.version,
        D(2026, 3, 2),
        "Départ précipité, clés dans la boîte",
        "Mme Chef",
        inventory_scheduled_on=D(2026, 3, 20),
    )
    v = notices.get_notice(db, actor, nid)
    assert v.keys_return_mode is KeyReturnMode.LETTER_BOX
    assert v.deposit.due_on == D(2026, 5, 2) and v.deposit.provisional
    assert "état des lieux prévu le 20/03/2026" in str(v.warnings[0])
    assert timeline(db, hid)[-1][1] == (
        "Clés rendues le 02/03/2026 sans état des lieux (Dépôt en boîte aux lettres) ; dépôt "
        "de garantie à restituer avant le 02/05/2026 ; état des lieux prévu le 20/03/2026"
    )
    # The exit inventory matches the entry one: 1 month from the keys.
    notices.record_exit(
        db,
        actor,
        nid,
        v.version,
        exit_inventory_on=D(2026, 3, 9),
        inventory_matches=True,
        keys_returned_on=v.keys_returned_on,
        keys_return_mode=v.keys_return_mode,
    )
    v = notices.get_notice(db, actor, nid)
    assert v.deposit.due_on == D(2026, 4, 2) and not v.deposit.provisional
    assert v.deposit.warning is DepositWarning.NONE
    near = notices.get_notice(db, actor, nid, on=D(2026, 3, 25))
    assert near.deposit.warning is DepositWarning.NEAR
    assert "au plus tard le 02/04/2026 (dans 8 jours)" in str(near.warnings[-1])
    late = notices.get_notice(db, actor, nid, on=D(2026, 5, 3))
    assert late.deposit.warning is DepositWarning.PAST
    assert late.deposit.penalty == Decimal("82.50")  # 2 started months x 41,25 €
    overdue = notices.NoticeQuery(deposit_overdue=True)
    assert [r.id for r in notices.list_notices(db, actor, overdue, on=D(2026, 5, 3))] == [nid]
    assert notices.list_notices(db, actor, overdue, on=D(2026, 4, 2)) == []

    clock.day = D(2026, 4, 20)
    with pytest.raises(ValidationError) as err:
        notices.record_deposit_return(db, actor, nid, v.version, D(2026, 3, 1))
    assert "ne peut pas précéder le retour des clés (02/03/2026)" in str(
        err.value.fields["deposit_returned_on"]
    )
    notices.record_deposit_return(db, actor, nid, v.version, D(2026, 4, 20))
    v = notices.get_notice(db, actor, nid)
    assert v.status is NoticeStatus.FINISHED and v.deposit.penalty == Decimal("41.25")
    assert timeline(db, hid)[-1][1] == (
        "Dépôt de garantie restitué le 20/04/2026 ; restitution tardive (échéance le "
        "02/04/2026) : pénalité de 41,25\u00a0€"
    )
    assert notices.list_notices(db, actor, notices.NoticeQuery(), on=D(2026, 4, 20)) == []


def test_exit_validation(db, actor, hid):
    nid = notices.record_notice(db, actor, hid, entry())
    v = notices.get_notice(db, actor, nid)
    with pytest.raises(ValidationError) as err:
        notices.record_exit(
            db,
            actor,
            nid,
            v.version,
            exit_inventory_on=None,
            inventory_matches=None,
            keys_returned_on=D(2026, 1, 2),
            keys_return_mode=None,
        )
    assert {k: str(m) for k, m in err.value.fields.items()} == {
        "keys_returned_on": "Cette date ne peut pas précéder la réception du congé (31/01/2026).",
        "keys_return_mode": "Indiquez comment les clés ont été rendues.",
    }
    notices.record_exit(
        db,
        actor,
        nid,
        v.version,
        exit_inventory_on=D(2026, 3, 1),
        inventory_matches=False,
        keys_returned_on=D(2026, 3, 1),
        keys_return_mode=KeyReturnMode.HAND,
    )
    v = notices.get_notice(db, actor, nid)
    assert v.deposit.due_on == D(2026, 5, 1)
    assert timeline(db, hid)[-1][1] == (
        "État des lieux de sortie le 01/03/2026 (différent de l'entrée) ; clés rendues le "
        "01/03/2026 (Remise en main propre) ; dépôt de garantie à restituer avant le 01/05/2026"
    )


def test_list_filters_and_excel_export(db, actor, agency, make_file, clock, tmp_path):
    from openpyxl import load_workbook

    agencies.create_agency(db, actor, "MER", "Agence de Mérignac")
    mer = next(a.id for a in agencies.list_agencies(db) if a.code == "MER")
    first = tenants.create_tenant_file(db, actor, make_file(1))
    with db.transaction() as session:  # data from before names were checked, or imported
        session.execute(
            update(Household)
            .where(Household.id == first)
            .values(display_name='=HYPERLINK("http://x") Élodie')
        )
    b = make_file(2)
    b.occupants[0].last_name = "Martin"
    b.dwelling.agency_code = "MER"
    second = tenants.create_tenant_file(db, actor, b)
    n1 = notices.record_notice(db, actor, first, entry(ground=G.PREMIER_EMPLOI))
    n2 = notices.record_notice(
        db, actor, second, entry(received_on=D(2026, 2, 10), sent_on=None, presented_on=None)
    )

    def ids(**kw):
        return [
            r.id
            for r in notices.list_notices(db, actor, notices.NoticeQuery(**kw), on=D(2026, 4, 15))
        ]

    assert ids() == [n1, n2]  # by departure: 30/04 then 10/05
    assert ids(agency_id=mer) == [n2]
    assert ids(proof_missing=True) == [n1]
    assert ids(ending_this_month=True) == [n1]
    assert ids(status=None, deposit_overdue=True) == []

    out = tmp_path / "conges.xlsx"
    assert notices.export_notices(db, actor, notices.NoticeQuery(), out, on=D(2026, 4, 15)) == 2
    ws = load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:4] == ("Locataire", "N° de contrat", "Agence", "Statut")
    assert rows[1][0] == '=HYPERLINK("http://x") Élodie'  # text shown as typed, never a formula
    assert ws.cell(2, 1).data_type == "s" and ws.cell(2, 1).quotePrefix
    assert rows[1][6] == "Obtention d'un premier emploi" and rows[1][7] == "manquant"
    assert rows[1][9].date() == D(2026, 4, 30)
    assert ws.cell(2, 10).number_format == "DD/MM/YYYY"
    assert rows[2][2] == "MER" and rows[2][7] == "non requis"
    # The reduced notice refused: its proof reads neither missing nor « reçu ou accordé »
    v = notices.get_notice(db, actor, n1)
    notices.refuse_reduced_notice(db, actor, n1, v.version, "Contrat non produit", "Mme Chef")
    notices.export_notices(db, actor, notices.NoticeQuery(), out, on=D(2026, 4, 15))
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    refused = next(r for r in rows if r[6] == "Obtention d'un premier emploi")
    assert (refused[7], refused[8]) == ("non retenu", 3)


def test_agency_roles_see_their_agency_only(db, actor, agency, make_file, clock):
    from desktop.domain.errors import PermissionDenied

    hid = tenants.create_tenant_file(db, actor, make_file(1))
    nid = notices.record_notice(db, actor, hid, entry())
    bxn = next(a.id for a in agencies.list_agencies(db) if a.code == "BXN")
    other = Actor("agent.mer", role=Role.AGENT, agency_id=bxn + 1000)
    assert notices.list_notices(db, other, notices.NoticeQuery()) == []
    with pytest.raises(PermissionDenied):
        notices.get_notice(db, other, nid)
    with pytest.raises(PermissionDenied):
        notices.notices_of_household(db, other, hid)
    with db.reader() as s:
        refused = s.execute(
            select(AuditEvent.entity_id, AuditEvent.after).where(
                AuditEvent.action == "refus", AuditEvent.actor == "agent.mer"
            )
        ).all()
    assert [r.after["action"] for r in refused] == ["consultation", "consultation"]
    auditor = Actor("auditeur", role=Role.AUDITOR)
    assert [r.id for r in notices.list_notices(db, auditor, notices.NoticeQuery())] == [nid]
    with pytest.raises(PermissionDenied):
        notices.withdraw_notice(db, auditor, nid, 1, "x", "y")


def test_cli_lists_and_exports(db, db_url, actor, hid, make_file, tmp_path, capsys):
    from openpyxl import load_workbook

    from desktop.cli import main

    notices.record_notice(db, actor, hid, entry(ground=G.SANTE))
    assert main(["notice", "list", "--db", db_url, "--proof-missing"]) == 0
    out = capsys.readouterr().out
    assert "DUPONT Élodie | BX-2024-00001 | BXN | En cours | reçu le 31/01/2026" in out
    assert "justificatif manquant" in out and out.splitlines()[-1] == "1 congé"
    assert main(["notice", "list", "--db", db_url, "--deposit-overdue"]) == 0
    assert capsys.readouterr().out.splitlines() == ["Aucun congé"]
    target = tmp_path / "conges.xlsx"
    assert main(["notice", "list", "--db", db_url, "--out", str(target)]) == 0
    assert capsys.readouterr().out == f"1 congé exporté vers {target}\n"
    other = tenants.create_tenant_file(db, actor, make_file(2))
    notices.record_notice(db, actor, other, entry(ground=G.SANTE))
    assert main(["notice", "list", "--db", db_url]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "2 congés"
    assert load_workbook(target).active.cell(2, 2).value == "BX-2024-00001"
    assert main(["notice", "list", "--db", db_url, "--agency", "zzz"]) == 2
    assert "Agence inconnue : ZZZ." in capsys.readouterr().err
