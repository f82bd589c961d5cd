"""The « Journal d'audit » reads the audited snapshots in French, with the words the
access-request workbook uses (a campaign call, a tenant file change, a notice), keeps
them as stored for an expert (the page's tooltip, the export's « (brut) » columns), and
its integrity check still reads the stored data (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from openpyxl import load_workbook

from desktop.domain.errors import PermissionDenied
from desktop.domain.notice import DeliveryMode
from desktop.domain.notice import ReducedNoticeGround as G
from desktop.domain.notice_case import NoticeInput
from desktop.domain.roles import Role
from desktop.services import audit, notices, tenants
from desktop.services.context import Actor
from desktop.services.person_audit import journal_fields, journal_text
from desktop.storage.shred import ERASED
from tests.test_convocations import written_session  # noqa: F401 - a fixture
from tests.test_export_person_features import world  # noqa: F401 - the fixture
from tests.test_sne import seance  # noqa: F401 - a fixture

AUDITOR = Actor("auditeur", "Auditeur", role=Role.AUDITOR)
TODAY = dt.date.today()
D = dt.timedelta


@pytest.fixture
def journal(db, actor, world):  # noqa: F811 - the fixture above
    """Élodie Dupont called in the « Canicule » campaign (``world``), then her rent
    raised and her notice for a job transfer recorded."""
    hid = world["hid"]
    view = tenants.get_tenant_file(db, actor, hid)
    data = view.data
    data.lease.rent += 10
    tenants.update_tenant_file(db, actor, hid, data, view.version)
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
    return world


def events(db) -> dict[tuple[str, str, int | None], audit.AuditRow]:
    """The journal's events by (action, entity, record), the newest of each."""
    out: dict[tuple[str, str, int | None], audit.AuditRow] = {}
    for r in audit.search_events(db, AUDITOR, audit.AuditQuery()):
        out.setdefault((r.action, r.entity, r.entity_id), r)
    return out


def test_the_journal_reads_a_campaign_call_a_file_change_and_a_notice_in_french(db, journal):
    shown = events(db)
    call = shown[("call", "campagne_fiche", journal["target"])]
    assert call.before == {"etape": "APPEL", "etat": "A_APPELER"}  # stored as it was
    assert journal_text(call.entity, call.before) == "Étape : Premier appel ; État : À appeler"
    after = journal_text(call.entity, call.after).split(" ; ")
    assert "Résultat : Joint, besoin exprimé" in after
    assert f"Prochain appel : {TODAY + D(days=3):%d/%m/%Y}" in after
    assert "Note d'appel : oui" in after  # a note was written, not shown here

    change = shown[("update", "dossier", journal["hid"])]
    before = journal_text(change.entity, change.before).split(" ; ")
    after = journal_text(change.entity, change.after).split(" ; ")
    assert "Bail › Loyer (€) : 412,50" in before and "Bail › Loyer (€) : 422,50" in after
    assert "Occupant 1 › Date de naissance : 14/03/1950" in after
    assert "Personne isolée : oui" in after and "Observations : —" in after

    [notice] = [
        r for (action, entity, _), r in shown.items() if (action, entity) == ("create", "conge")
    ]
    assert journal_text(notice.entity, notice.before) == ""  # nothing before a creation
    after = journal_text(notice.entity, notice.after).split(" ; ")
    assert "Motif de préavis réduit : Mutation professionnelle" in after
    assert "Statut : En cours" in after and "Justificatif reçu le : —" in after
    for row in (call, change, notice):
        text = journal_text(row.entity, row.after)
        assert "{" not in text and "_" not in text and "True" not in text


def test_a_saved_search_and_a_campaign_s_target_read_in_the_tenant_list_s_words(db, journal):
    shown = events(db)
    [saved] = [r for (action, _, _), r in shown.items() if action == "save_query"]
    text = journal_text(saved.entity, saved.after).split(" ; ")
    assert text[0] == "Nom : Seniors"
    assert "Recherche › Statut des dossiers : Actif" in text
    assert "Recherche › Plus de 70 ans seulement : oui" in text
    campaign = journal_text("campagne", shown[("create", "campagne", journal["cid"])].after)
    assert "Critères › Critères › Âge minimal : 70" in campaign.split(" ; ")
    for snapshot in (saved.after, shown[("create", "campagne", journal["cid"])].after):
        _named_everywhere(saved.entity, snapshot, journal_fields()["campagne"])


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
    # A snapshot the purge erased, whatever its entity.
    for entity in ("dossier", "campagne_appel", "entite_inconnue"):
        assert journal_text(entity, ERASED) == (
            "Effacement : données personnelles effacées (durée de conservation échue)"
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
    assert header[-6:] == [
        "N° de l'objet",
        "Désignation de l'objet",  # what the number stands for
        "Avant",
        "Après",
        "Avant (brut)",
        "Après (brut)",
    ]
    rows = [dict(zip(header, (c.value for c in row))) for row in sheet.iter_rows(min_row=2)]
    assert len(rows) == count
    [call] = [
        r
        for r in rows
        if r["Action"] == audit.ACTION_LABELS["call"] and r["N° de l'objet"] == journal["target"]
    ]
    assert call["Désignation de l'objet"] == "DUPONT Élodie"  # the call sheet's tenant
    assert call["Avant"] == "Étape : Premier appel ; État : À appeler"
    assert json.loads(call["Avant (brut)"]) == {"etape": "APPEL", "etat": "A_APPELER"}
    assert "Résultat : Joint, besoin exprimé" in call["Après"]
    assert json.loads(call["Après (brut)"])["resultat"] == "JOINT_BESOIN"
    [change] = [r for r in rows if r["Action"] == "modification"]
    assert "Bail › Loyer (€) : 422,50" in change["Après"]
    assert json.loads(change["Après (brut)"])["lease"]["rent"] == "422.50"
    # The ids a snapshot holds, named; as stored in the « (brut) » columns.
    [referral] = [r for r in rows if r["Objet"] == "orientation vers un partenaire"]
    assert f"Fiche d'appel : DUPONT Élodie (n°\u00a0{journal['target']})" in referral["Après"]
    assert referral["Désignation de l'objet"] == "DUPONT Élodie"  # by its call sheet
    assert any(part.startswith("Appel : DUPONT Élodie (n°") for part in call["Après"].split(" ; "))
    assert json.loads(referral["Après (brut)"])["fiche"] == journal["target"]
    assert audit.verify_chain(db, AUDITOR).ok  # the chain reads the stored data


@pytest.fixture
def committee(db, actor, agency):
    """The demo CALEOL (commission, members, a remote session closed with its votes),
    then a consultative member's mandate ended."""
    from desktop.services import caleol
    from desktop.services.caleol import demo as caleol_demo

    sid = caleol_demo.create_demo_session(db, actor)
    view = caleol.get_session(db, actor, sid)
    [petit] = [m for m in view.commission.members if m.last_name == "Petit"]
    caleol.deactivate_member(db, actor, petit.id)
    return {"session": sid, "member": petit.id}


def test_a_committee_trail_reads_in_french_every_field_named(db, committee):
    from desktop.services.person_audit import journal_fields

    shown = events(db)
    sid, member = committee["session"], committee["member"]
    created = journal_text("caleol_seance", shown[("create", "caleol_seance", sid)].after)
    assert "Mode : Séance dématérialisée par visioconférence" in created.split(" ; ")
    assert "Secrétaire de séance : Mme Claire Vasseur" in created
    closed = shown[("status", "caleol_seance", sid)]
    assert journal_text(closed.entity, closed.before).startswith("État : Séance ouverte")
    assert journal_text(closed.entity, closed.after).startswith("État : Séance close")
    presence = journal_text("caleol_seance", shown[("presence", "caleol_seance", sid)].after)
    assert any(part.startswith("Mode : ") for part in presence.split(" ; "))
    assert "ABSENT" not in presence and "DISTANCE" not in presence

    joined = shown[("create", "caleol_membre", member)]
    after = journal_text(joined.entity, joined.after).split(" ; ")
    assert "Qualité : CCAS ou service social départemental" in after
    assert "Voix délibérative : non" in after and "Fonction, organisme : CCAS de Bordeaux" in after
    left = shown[("update", "caleol_membre", member)]
    assert "En fonction : non" in journal_text(left.entity, left.after)

    [vote] = [r for (action, entity, _), r in shown.items() if entity == "caleol_vote"][:1]
    after = journal_text(vote.entity, vote.after).split(" ; ")
    assert {"Vote : Pour", "Vote : Contre", "Vote : Abstention"} & set(after)
    assert "Voie : En séance" in after
    assert any(part.startswith("Voté le : ") and "/" in part for part in after)

    # No stored (English) key is left: every field of every CALEOL snapshot is named.
    vocabularies = journal_fields()
    for r in audit.search_events(db, AUDITOR, audit.AuditQuery()):
        if r.entity.startswith("caleol_"):
            for snapshot in (r.before, r.after):
                assert set(snapshot or {}) <= set(vocabularies[r.entity]), (r.entity, snapshot)


def _named_everywhere(entity, snapshot, vocabulary) -> None:
    """Every key of ``snapshot`` (nested ones too) is named by ``vocabulary``, but an
    agency's code (the profile's letterheads), shown as it is."""
    if isinstance(snapshot, list):
        for element in snapshot:
            _named_everywhere(entity, element, vocabulary)
    elif isinstance(snapshot, dict):
        for key, value in snapshot.items():
            assert key in vocabulary or key.isupper(), (entity, key)
            _named_everywhere(entity, value, vocabulary)


def test_settings_protocols_grids_targets_purges_backups_and_reports_read_in_french(
    db, actor, agency, tmp_path
):
    from decimal import Decimal

    from desktop.services import attribution, backup, crisis_protocols, reports, retention
    from desktop.services import settings as options
    from desktop.services.cotation import ensure_demo_grid
    from desktop.services.person_audit import journal_fields
    from tests.conftest import PG_URL

    options.update(db, actor, {options.BACKUP_KEEP_DAYS: 45})
    protocol = crisis_protocols.create_protocol(
        db,
        actor,
        {
            "associations": "CNL, CLCV",
            "date_conseil": "12/05/2020",
            "debut": "15/05/2020",
            "fin": "31/12/2020",
        },
    )
    cnl = next(a for a in protocol.associations if a.name == "CNL")
    crisis_protocols.record_signature(
        db, actor, protocol.id, cnl.id, "M. Paul Roux", "02/06/2020", protocol.version
    )
    ensure_demo_grid(db, actor)
    attribution.set_setting(db, actor, "Bordeaux Métropole", 2026, Decimal("9876.54"), "arrêté")
    retention.purge(db, actor)
    reports.export_report(
        db, actor, "conges", TODAY.replace(month=1, day=1), TODAY, None, tmp_path / "r.xlsx"
    )
    if not PG_URL:  # PostgreSQL is backed up by pg_dump
        backup.backup_now(db, actor)

    shown = events(db)
    text = {entity: journal_text(entity, r.after) for (_, entity, _), r in shown.items()}
    assert text["reglage"] == "Durée de conservation des sauvegardes automatiques (jours) : 45"
    assert "Applicable du : 15/05/2020" in text["protocole_crise"]  # the form's own words
    signed = journal_text(
        "protocole_crise",
        shown[("protocole_crise_signature", "protocole_crise", protocol.id)].after,
    )
    assert "Association : CNL" in signed and "Signé le : 02/06/2020" in signed
    assert "Critère 1 › Source : " in text["cotation_grille"]
    assert "Exemple : oui" in text["cotation_grille"]
    targets = text["objectifs_attribution"].split(" ; ")
    assert "Seuil du premier quartile (€) : 9\u202f876,54" in targets
    assert "Objectifs › Objectif hors QPV, premier quartile (%) : 25" in targets
    assert "Dossiers anonymisés : 0" in text["conservation"]
    assert "Par règle › Dossier locataire après le départ : 0" in text["conservation"]
    assert "Rapport : Congés des locataires" in text["rapport"]  # by its title
    assert "Format : xlsx" in text["rapport"]
    if not PG_URL:
        assert text["sauvegarde"].startswith("Fichier : parcours-")

    vocabularies = journal_fields()
    for r in audit.search_events(db, AUDITOR, audit.AuditQuery()):
        if r.entity in vocabularies and r.entity not in ("dossier", "document"):
            for snapshot in (r.before, r.after):
                _named_everywhere(r.entity, snapshot, vocabularies[r.entity])


def test_a_refused_access_names_the_permission_it_needs_in_french(db):
    """The DPO reads which right was missing, in the words of the refusal's message."""
    agent = Actor("agent.bxn", "Agent", role=Role.AGENT)
    with pytest.raises(PermissionDenied):
        audit.search_events(db, agent, audit.AuditQuery())
    [refusal] = [
        r for r in audit.search_events(db, AUDITOR, audit.AuditQuery()) if r.action == "refus"
    ]
    assert refusal.after == {"action": "consultation", "permission": "journal.lire"}  # stored
    assert journal_text(refusal.entity, refusal.after) == (
        "Action tentée : consultation ; Droit requis : consulter le journal d'audit"
    )


def test_every_audited_entity_has_its_french_words():
    """Each entity a service declares (``ENTITY... = "..."``) has a vocabulary: none
    reads in the journal with its stored English keys."""
    import re
    from pathlib import Path

    from desktop.services.person_audit import journal_fields

    root = Path(__file__).parents[1] / "desktop" / "services"
    declared = {
        name
        for path in root.rglob("*.py")
        for name in re.findall(r'^ENTITY\w* = "(\w+)"', path.read_text("utf-8"), re.M)
    }
    assert len(declared) > 20
    assert declared - set(journal_fields()) == set()
    assert declared - set(audit.ENTITY_LABELS) == set()  # the « Objet » column's words


def test_a_convocation_that_could_not_be_sent_reads_in_french(
    db,
    actor,
    written_session,  # noqa: F811 - the fixture imported above
    tmp_path,
):
    from desktop.services import convocations
    from desktop.services.person_audit import journal_fields
    from tests.smtp_server import LocalSmtp

    sid, _ = written_session
    with LocalSmtp(tmp_path) as smtp:
        settings = smtp.settings
    convocations.convene(db, actor, sid, settings=settings)  # the server is stopped
    sent = [
        r
        for r in audit.search_events(db, AUDITOR, audit.AuditQuery())
        if r.entity == "caleol_message"
    ]
    texts = {journal_text(r.entity, r.after) for r in sent}
    failed = next(t for t in texts if "Statut : Échec de l'envoi" in t).split(" ; ")
    assert "Type : Convocation" in failed and f"N° de la séance : {sid}" in failed
    assert any(t.startswith("Erreur : Serveur de messagerie injoignable") for t in failed)
    assert any("Statut : Sans adresse : à remettre" in t for t in texts)
    named = journal_fields()["caleol_message"]
    assert all(set(r.after) <= set(named) for r in sent)  # no stored key left


def test_a_tenant_file_the_purge_anonymised_reads_in_french(db, actor):
    from sqlalchemy import update

    from desktop.services import demo, retention
    from desktop.services.person_audit import journal_fields
    from desktop.storage.models import Household

    demo.generate(db, actor, 40, seed=11)
    with db.transaction() as s:  # every departure past the longest retention period
        s.execute(
            update(Household)
            .where(Household.status == "CLOS")
            .values(closed_on=TODAY - D(days=6 * 366))
        )
    assert retention.purge(db, actor).anonymised
    rows = audit.search_events(db, AUDITOR, audit.AuditQuery())
    erased = next(r for r in rows if (r.action, r.entity) == ("anonymisation", "dossier"))
    text = journal_text(erased.entity, erased.after).split(" ; ")
    assert text[0] in (
        "Règle : Dossier locataire après le départ",
        "Règle : Dossier clos avec un impayé",
    )
    assert any(part.startswith("Échéance de conservation : ") for part in text)
    assert set(erased.after) <= set(journal_fields()["dossier"])
    purge = next(r for r in rows if r.entity == "conservation")
    assert "Par règle › Dossier locataire après le départ : " in journal_text(
        purge.entity, purge.after
    )


def test_the_minutes_draft_and_a_members_comment_read_in_french(
    db, actor, agency, make_file, tmp_path
):
    from desktop.documents import minutes as documents
    from desktop.domain.minutes import ReviewVerdict
    from desktop.services.caleol import minutes as pvs
    from desktop.services.person_audit import journal_fields
    from tests.test_minutes_service import World

    w = World(db, actor, tenants.create_tenant_file(db, actor, make_file(7)))
    with documents.MinutesRenderer() as renderer:
        v1 = pvs.generate_draft(db, w.secretary, w.session_id, renderer=renderer)
    pvs.send_for_review(db, w.secretary, v1.id, tmp_path / "envoi")
    pvs.review(
        db, w.users["p.lefevre"], v1.id, w.m["lefevre"], ReviewVerdict.COMMENT, "Coquille page 2."
    )
    shown = events(db)
    draft = journal_text("caleol_pv", shown[("pv_projet", "caleol_pv", v1.id)].after)
    assert draft.startswith(f"Séance : {w.session_id} ; Version : 1 ; Remplace la version : —")
    assert "Empreinte du PDF (SHA-256) : " in draft
    answer = journal_text("caleol_pv", shown[("pv_avis", "caleol_pv", v1.id)].after).split(" ; ")
    assert "Avis : Demande une modification" in answer
    assert "Voie : Dans l'application" in answer and "État : Soumis aux membres" in answer
    assert "Commentaire : Coquille page 2." in answer
    named = journal_fields()["caleol_pv"]
    for r in audit.search_events(db, AUDITOR, audit.AuditQuery()):
        if r.entity == "caleol_pv":
            assert set(r.after or {}) <= set(named), r.after


def test_an_sne_import_reads_in_french(db, actor, seance, tmp_path):  # noqa: F811
    from desktop.services import sne
    from tests.test_sne import row, write_csv

    path = write_csv(tmp_path / "export_sne.csv", [row(1), row(2)])
    table = sne.read_table(path)
    sne.apply(db, actor, seance, table, sne.propose_mapping(table.headers))
    [imported] = [r for r in events(db).values() if r.entity == "sne_import"]
    assert journal_text(imported.entity, imported.after) == (
        "Fichier : export_sne.csv ; Candidatures créées : 2 ; Candidatures mises à jour : 0"
    )


def test_the_organisation_profile_reads_in_french(db, actor, agency):
    import dataclasses

    from desktop.services import organisation
    from desktop.services.person_audit import journal_fields

    view = organisation.get_profile(db, actor)
    mail = {"host": "smtp.exemple-hlm.fr", "sender": "caleol@exemple-hlm.fr"}
    view.data.mail = dataclasses.replace(view.data.mail, **mail)
    organisation.update_profile(db, actor, view.data, None)
    [saved] = [r for r in events(db).values() if r.entity == "reglage"]
    after = journal_text(saved.entity, saved.after).split(" ; ")
    assert "Messagerie › Serveur : smtp.exemple-hlm.fr" in after
    assert "Messagerie › Expéditeur : caleol@exemple-hlm.fr" in after
    assert any(part.startswith("Bailleur › Forme juridique : ") for part in after)
    _named_everywhere(saved.entity, saved.after, journal_fields()["reglage"])
    _named_everywhere(saved.entity, saved.before, journal_fields()["reglage"])
