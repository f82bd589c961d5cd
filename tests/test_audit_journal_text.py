"""The « Journal d'audit » reads the audited snapshots in French, with the words the
access-request workbook uses (a campaign call, a tenant file change, a notice), keeps
them as stored for an expert (the page's tooltip, the export's « (brut) » columns), and
its integrity check still reads the stored data (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from openpyxl import load_workbook

from desktop.domain.campaign import CampaignTerms, ContactPerson, NextAction
from desktop.domain.notice import DeliveryMode
from desktop.domain.notice import ReducedNoticeGround as G
from desktop.domain.notice_case import NoticeInput
from desktop.domain.roles import Role
from desktop.services import accounts, audit, campaigns, notices, saved_queries, tenants
from desktop.services.campaigns import CallEntry
from desktop.services.context import Actor
from desktop.services.person_audit import journal_text
from desktop.services.tenants import TenantQuery

AUDITOR = Actor("auditeur", "Auditeur", role=Role.AUDITOR)
TODAY = dt.date.today()
D = dt.timedelta
ANSWERS = {
    "SANTE": "BIEN",
    "COURSES_REPAS": "PROCHES",
    "ENTOURAGE": "QUOTIDIEN",
    "MESURES": "CONNUES",
    "BESOIN_AIDE": ["AUCUN"],
}


@pytest.fixture
def journal(db, actor, agency, make_file):
    """Élodie Dupont's file: her rent raised, called in the « Canicule » campaign, her
    notice for a job transfer recorded."""
    hid = tenants.create_tenant_file(db, actor, make_file(1, isolated=True))
    view = tenants.get_tenant_file(db, actor, hid)
    data = view.data
    data.lease.rent += 10
    tenants.update_tenant_file(db, actor, hid, data, view.version)
    saved_queries.save_query(db, actor, "Seniors", TenantQuery(senior_only=True))
    caller = accounts.create_user(
        db,
        actor,
        "alice",
        "Alice Caron",
        Role.AGENT,
        "Appels-2026!",
        agency_code="BXN",
        must_change_password=False,
    )
    cid = campaigns.create_campaign(
        db,
        actor,
        CampaignTerms(
            name="Canicule",
            query_name="Seniors",
            start_on=TODAY - D(days=2),
            planned_end_on=TODAY + D(days=40),
            purpose="Vigilance canicule",
        ),
        [caller],
    )
    campaigns.start_campaign(db, actor, cid)
    [target] = campaigns.target_list(db, actor, cid)
    campaigns.record_call(
        db,
        actor,
        target.id,
        CallEntry(
            person=ContactPerson.TENANT,
            answers=ANSWERS,
            next_action=NextAction.CALL_BACK,
            next_action_on=TODAY + D(days=3),
        ),
    )
    notices.record_notice(
        db,
        actor,
        hid,
        NoticeInput(
            delivery_mode=DeliveryMode.LRAR,
            received_on=TODAY - D(days=5),
            sent_on=TODAY - D(days=8),
            presented_on=TODAY - D(days=6),
            ground=G.MUTATION,
        ),
    )
    return hid


def events(db) -> dict[tuple[str, str], audit.AuditRow]:
    """The journal's events by (action, entity), the newest of each."""
    out: dict[tuple[str, str], audit.AuditRow] = {}
    for r in audit.search_events(db, AUDITOR, audit.AuditQuery()):
        out.setdefault((r.action, r.entity), r)
    return out


def test_the_journal_reads_a_campaign_call_a_file_change_and_a_notice_in_french(db, journal):
    shown = events(db)
    call = shown[("call", "campagne_fiche")]
    assert call.before == {"etape": "APPEL", "etat": "A_APPELER"}  # stored as it was
    assert journal_text(call.entity, call.before) == "Étape : Premier appel ; État : À appeler"
    after = journal_text(call.entity, call.after).split(" ; ")
    assert "Résultat : Joint, pas de besoin" in after
    assert f"Prochain appel : {TODAY + D(days=3):%d/%m/%Y}" in after
    assert "Note d'appel : non" in after

    change = shown[("update", "dossier")]
    before = journal_text(change.entity, change.before).split(" ; ")
    after = journal_text(change.entity, change.after).split(" ; ")
    assert "Bail › Loyer (€) : 412,50" in before and "Bail › Loyer (€) : 422,50" in after
    assert "Occupant 1 › Date de naissance : 14/03/1950" in after
    assert "Personne isolée : oui" in after and "Observations : —" in after

    notice = shown[("create", "conge")]
    assert journal_text(notice.entity, notice.before) == ""  # nothing before a creation
    after = journal_text(notice.entity, notice.after).split(" ; ")
    assert "Motif de préavis réduit : Mutation professionnelle" in after
    assert "Statut : En cours" in after and "Justificatif reçu le : —" in after
    for row in (call, change, notice):
        text = journal_text(row.entity, row.after)
        assert "{" not in text and "_" not in text and "True" not in text


def test_an_unknown_snapshot_reads_with_spaced_words_oui_non_and_dashes():
    snapshot = {"sans_numero": 0, "senior_only": True, "agency_id": None, "on": "2026-12-07"}
    assert journal_text("entite_inconnue", snapshot) == (
        "Sans numero : 0 ; Senior only : oui ; Agency id : — ; On : 07/12/2026"
    )
    # The journal's own entities: a campaign, an account.
    assert journal_text("campagne", {"status": "EN_COURS", "sans_numero": 2}) == (
        "Statut : En cours ; Fiches sans numéro : 2"
    )
    assert journal_text("compte", {"role": "AUDITEUR", "active": False}) == (
        "Rôle : Auditeur ; Actif : non"
    )
    # A code the entity's vocabulary does not know stays as stored.
    assert journal_text("campagne_fiche", {"etat": "NOUVEL_ETAT"}) == "État : NOUVEL_ETAT"


def test_the_export_has_french_and_stored_snapshots_and_the_chain_still_holds(
    db, journal, tmp_path
):
    path = tmp_path / "journal.xlsx"
    count = audit.export_events(db, AUDITOR, audit.AuditQuery(), path)
    sheet = load_workbook(path).active
    header = [c.value for c in sheet[1]]
    assert header[-4:] == ["Avant", "Après", "Avant (brut)", "Après (brut)"]
    rows = [dict(zip(header, (c.value for c in row))) for row in sheet.iter_rows(min_row=2)]
    assert len(rows) == count
    [call] = [r for r in rows if r["Action"] == audit.ACTION_LABELS["call"]]
    assert call["Avant"] == "Étape : Premier appel ; État : À appeler"
    assert json.loads(call["Avant (brut)"]) == {"etape": "APPEL", "etat": "A_APPELER"}
    assert "Résultat : Joint, pas de besoin" in call["Après"]
    assert json.loads(call["Après (brut)"])["resultat"] == "JOINT_OK"
    [change] = [r for r in rows if r["Action"] == "modification"]
    assert "Bail › Loyer (€) : 422,50" in change["Après"]
    assert json.loads(change["Après (brut)"])["lease"]["rent"] == "422.50"
    assert audit.verify_chain(db, AUDITOR).ok  # the chain reads the stored data
