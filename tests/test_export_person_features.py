"""The access-request export (RGPD *droit d'accès*) and the retention purge of a tenant
file cover what the vigilance campaigns and the CALEOL occupation reviews hold about
the household (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from desktop.domain.caleol import OccupationGround, SessionMode
from desktop.domain.campaign import (
    CampaignTerms,
    ContactPerson,
    NextAction,
    PartnerType,
    PurgeMode,
)
from desktop.domain.retention import add_months
from desktop.domain.roles import Role
from desktop.domain.tenant import OccupantData
from desktop.services import (
    accounts,
    caleol,
    campaigns,
    person_export,
    retention,
    saved_queries,
    tenants,
)
from desktop.services.caleol import CommissionData, SessionData
from desktop.services.campaigns import CallEntry, ReferralInput
from desktop.services.tenants import TenantQuery
from desktop.storage.caleol_models import AgendaItem
from desktop.storage.campaign_models import (
    CampaignCall,
    CampaignReferral,
    CampaignTarget,
)
from desktop.storage.models import AuditEvent, Household, TimelineEvent

TODAY = dt.date.today()
D = dt.timedelta
SESSION_DAY = TODAY - D(days=20)
NOTE = "=SOMME(A1) sa fille passe le jeudi, clés chez la gardienne"
OTHER_NOTE = "Voisin de palier présent tous les soirs"
ANSWERS = {
    "SANTE": "FATIGUE",
    "COURSES_REPAS": "DIFFICILE",
    "ENTOURAGE": "RARE",
    "MESURES": "EXPLIQUEES",
    "BESOIN_AIDE": ["COURSES", "ECOUTE"],
}
OTHER_ANSWERS = {
    "SANTE": "BIEN",
    "COURSES_REPAS": "PROCHES",
    "ENTOURAGE": "QUOTIDIEN",
    "MESURES": "CONNUES",
    "BESOIN_AIDE": ["AUCUN"],
}
REASON = "+ Portage des courses à organiser, vit seule au 2e sans ascenseur"
FINDING = "Logement T3 occupé par une personne seule depuis le départ des enfants"
SUITABLE = "T2 dans le même quartier, au rez-de-chaussée"
ADVICE = "Proposer un parcours d'accession sociale"
REVIEW_NOTES = "Demande de mutation déposée en mars"
# What the workbook holds about the person, outside the audit trail.
SECRETS = (
    NOTE,
    REASON,
    FINDING,
    SUITABLE,
    ADVICE,
    REVIEW_NOTES,
    "05 56 12 34 56",
    "Dupont",
    "DUPONT",
    "Élodie",
    "Fatigué(e), moral en baisse",
)
FEATURE_SHEETS = (
    "Campagnes d'appels",
    "Appels de campagne",
    "Orientations",
    "Examens d'occupation",
)


@pytest.fixture
def world(db, actor, agency, make_file):
    """Élodie Dupont (76, isolated) and Lucas Martin (78), both called in the
    « Canicule » campaign; Élodie referred to the CCAS and reviewed by the CALEOL."""
    mine = make_file(1, isolated=True)
    hid = tenants.create_tenant_file(db, actor, mine)
    theirs = make_file(2)
    theirs.occupants = [
        OccupantData(
            last_name="Martin",
            first_name="Lucas",
            civility="M.",
            birth_date=TODAY.replace(year=TODAY.year - 78, day=1),
            phone="06 11 22 33 44",
        )
    ]
    other = tenants.create_tenant_file(db, actor, theirs)
    saved_queries.save_query(db, actor, "Seniors", TenantQuery(senior_only=True))
    alice = accounts.create_user(
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
        [alice],
    )
    campaigns.start_campaign(db, actor, cid)
    targets = {r.household_id: r.id for r in campaigns.target_list(db, actor, cid)}
    call = campaigns.record_call(
        db,
        actor,
        targets[hid],
        CallEntry(
            person=ContactPerson.TENANT,
            answers=ANSWERS,
            note=NOTE,
            next_action=NextAction.CALL_BACK,
            next_action_on=TODAY + D(days=3),
        ),
    )
    referral = campaigns.add_referral(
        db,
        actor,
        targets[hid],
        ReferralInput(
            PartnerType.CCAS,
            partner_name="CCAS de Bordeaux",
            reason=REASON,
            consent=True,
            sent_on=TODAY,
        ),
    )
    other_call = campaigns.record_call(
        db,
        actor,
        targets[other],
        CallEntry(person=ContactPerson.TENANT, answers=OTHER_ANSWERS, note=OTHER_NOTE),
    )
    commission = caleol.create_commission(
        db, actor, CommissionData(name="CALEOL Bordeaux", territory="Bordeaux Métropole")
    )
    sid = caleol.create_session(
        db,
        actor,
        commission,
        SessionData(number="2026-05", session_date=SESSION_DAY, mode=SessionMode.PRESENTIEL),
    )
    review = caleol.add_occupation_review(
        db, actor, sid, hid, OccupationGround.SOUS_OCCUPATION, REVIEW_NOTES
    )
    caleol.record_occupation_finding(db, actor, review.id, FINDING, SUITABLE, ADVICE)
    return {
        "hid": hid,
        "other": other,
        "cid": cid,
        "target": targets[hid],
        "other_target": targets[other],
        "call": call.call_id,
        "referral": referral,
        "other_call": other_call.call_id,
        "review": review.id,
    }


def rows(book, title) -> list[dict]:
    sheet = book[title]
    header = [c.value for c in sheet[1]]
    return [dict(zip(header, row)) for row in sheet.iter_rows(min_row=2)]


def values(book, sheets=None) -> str:
    return "\n".join(
        str(c.value)
        for s in book.worksheets
        if sheets is None or s.title in sheets
        for row in s.iter_rows()
        for c in row
        if c.value is not None
    )


def last_export(db, hid) -> dict:
    """What the audit event of the last export of file ``hid`` says."""
    from desktop.services.audit import Revealer

    with db.reader() as s:  # snapshots are stored encrypted per household
        return Revealer(s)(
            s.scalars(
                select(AuditEvent.after)
                .where(
                    AuditEvent.action == "export",
                    AuditEvent.entity == "dossier",
                    AuditEvent.entity_id == hid,
                )
                .order_by(AuditEvent.id.desc())
            ).first()
        )


def note_reads(db, call_id) -> list[dict]:
    with db.reader() as s:
        return [
            e.after
            for e in s.scalars(
                select(AuditEvent)
                .where(
                    AuditEvent.action == "consultation",
                    AuditEvent.entity == "campagne_appel",
                    AuditEvent.entity_id == call_id,
                )
                .order_by(AuditEvent.id)
            )
        ]


# --------------------------------------------------------------------------- export


def test_export_has_the_campaign_call_referral_and_occupation_review(db, actor, world, tmp_path):
    w = world
    path = person_export.export_person(db, actor, w["hid"], tmp_path / "acces.xlsx")
    book = load_workbook(path)

    [sheet] = rows(book, "Campagnes d'appels")
    assert sheet["Campagne"].value == "Canicule"
    assert sheet["Objet de la campagne"].value == "Vigilance canicule"
    assert sheet["Statut de la campagne"].value == "En cours"
    assert sheet["Lancée le"].value.date() == TODAY
    assert sheet["Lancée le"].number_format == "DD/MM/YYYY"
    assert sheet["Nom du contact"].value == "Mme Élodie DUPONT"
    assert sheet["Téléphone"].value == "05 56 12 34 56"
    assert sheet["Isolé"].value == "oui"
    assert sheet["Tentatives"].value == 1
    assert sheet["Dernier résultat"].value == "Joint, besoin exprimé"
    assert sheet["Besoin d'aide"].value == "oui"
    assert sheet["Appelant"].value == "alice"

    [call] = rows(book, "Appels de campagne")
    assert call["Campagne"].value == "Canicule"
    assert call["Étape"].value == "Premier appel"
    assert call["Personne jointe"].value == "Le locataire"
    assert call["Résultat"].value == "Joint, besoin exprimé"
    answers = call["Réponses au script"].value.split("\n")
    assert (
        answers[0] == "Comment allez-vous ? (ressenti, sans détail médical) : "
        "Fatigué(e), moral en baisse"
    )
    assert "Courses et repas : Difficile, pas de solution" in answers
    assert answers[-1] == "Besoin d'aide : Courses, Isolement, besoin d'écoute"
    assert call["Note d'appel"].value == NOTE
    # The note starting with "=" is text, never a formula.
    assert call["Note d'appel"].data_type == "s" and call["Note d'appel"].quotePrefix
    assert call["Action suivante"].value == "Rappeler à une date"
    assert call["À faire le"].value.date() == TODAY + D(days=3)
    assert call["À faire le"].number_format == "DD/MM/YYYY"
    assert isinstance(call["Date et heure"].value, dt.datetime)
    assert call["Saisi par"].value == "agent.test"

    [referral] = rows(book, "Orientations")
    assert referral["Partenaire"].value == "CCAS"
    assert referral["Nom du partenaire"].value == "CCAS de Bordeaux"
    assert referral["Motif"].value == REASON and referral["Motif"].quotePrefix
    assert referral["Accord de la personne"].value == "oui"
    assert referral["Statut"].value == "Transmise"
    assert referral["Transmise le"].value.date() == TODAY

    [review] = rows(book, "Examens d'occupation")
    assert review["Commission"].value == "CALEOL Bordeaux"
    assert review["Séance"].value == "2026-05"
    assert review["Date de la séance"].value.date() == SESSION_DAY
    assert review["Date de la séance"].number_format == "DD/MM/YYYY"
    assert review["Logement"].value == "LGT-00001"
    assert review["Motif de l'examen"].value == "Sous-occupation du logement (L621-2)"
    assert review["Observations"].value == REVIEW_NOTES
    assert (
        review["Constat de la commission"].value,
        review["Logement adapté"].value,
        review["Avis"].value,
    ) == (FINDING, SUITABLE, ADVICE)
    assert review["Avis saisi par"].value == "agent.test"

    # The timeline has the CALEOL events; the audit trail the campaign and CALEOL events.
    kinds = [r["Événement"].value for r in rows(book, "Chronologie")]
    assert {
        "Examen de l'occupation inscrit en CALEOL",
        "Avis de la CALEOL sur l'occupation",
    } <= set(kinds)
    trail = {
        (r["Objet"].value, r["N° de l'objet"].value, r["Action"].value)
        for r in rows(book, "Journal d'audit")
    }
    assert ("fiche d'appel", w["target"], "appel") in trail
    assert ("orientation vers un partenaire", w["referral"], "création") in trail
    assert ("point de l'ordre du jour", w["review"], "avis sur l'occupation") in trail
    assert not any(obj == "fiche d'appel" and oid == w["other_target"] for obj, oid, _ in trail)

    # Nothing about the other household.
    text = values(book)
    for secret in ("Martin", "Lucas", "06 11 22 33 44", OTHER_NOTE, "Contact chaque jour"):
        assert secret not in text

    # The export is audited with what it contained, the call note as a sensitive part.
    event = last_export(db, w["hid"])
    assert event["motif"] == "droit d'accès" and event["fichier"] == "acces.xlsx"
    assert {k: event["feuilles"][k] for k in FEATURE_SHEETS} == {
        "Campagnes d'appels": 1,
        "Appels de campagne": 1,
        "Orientations": 1,
        "Examens d'occupation": 1,
    }
    assert event["parties"] == ["note d'appel"]
    assert event["notes_appel"] == [w["call"]]
    assert event["campagnes"] == [w["cid"]]
    assert event["orientations"] == [w["referral"]]
    assert event["examens_occupation"] == [w["review"]]
    assert NOTE not in str(event) and FINDING not in str(event)
    # ... and the note's own trail records the read, as reading it on screen does.
    [read] = note_reads(db, w["call"])
    assert (read["motif"], read["dossier"], read["fiche"]) == (
        "droit d'accès",
        w["hid"],
        w["target"],
    )
    assert note_reads(db, w["other_call"]) == []


def test_export_of_a_file_without_campaign_or_review_has_empty_sheets(
    db, actor, world, make_file, tmp_path
):
    hid = tenants.create_tenant_file(db, actor, make_file(3))
    book = load_workbook(person_export.export_person(db, actor, hid, tmp_path / "vide.xlsx"))
    for title in FEATURE_SHEETS:
        assert book[title].max_row == 1  # the headers only
    event = last_export(db, hid)
    assert event["parties"] == [] and event["notes_appel"] == []


@pytest.mark.parametrize("mode", [PurgeMode.ANONYMISE, PurgeMode.DELETE])
def test_a_purged_campaign_exports_no_note(db, actor, world, tmp_path, mode):
    w = world
    campaigns.end_campaign(db, actor, w["cid"])
    campaigns.purge_campaign_notes(db, actor, w["cid"], mode)
    book = load_workbook(person_export.export_person(db, actor, w["hid"], tmp_path / "acces.xlsx"))
    text = values(book)
    for secret in (NOTE, REASON, "Fatigué(e), moral en baisse", "Canicule"):
        assert secret not in text
    for title in ("Campagnes d'appels", "Appels de campagne", "Orientations"):
        assert book[title].max_row == 1
    # The occupation review is not a campaign's: still exported.
    assert [r["Constat de la commission"].value for r in rows(book, "Examens d'occupation")] == [
        FINDING
    ]
    event = last_export(db, w["hid"])
    assert event["parties"] == [] and event["appels_campagne"] == []
    assert note_reads(db, w["call"]) == []


# --------------------------------------------------------------------------- purge


def test_purge_of_the_file_anonymises_its_campaign_and_caleol_data(db, actor, world, tmp_path):
    w = world
    hid = w["hid"]
    campaigns.end_campaign(db, actor, w["cid"])
    figures_before = campaigns.campaign_figures(db, actor, w["cid"])
    view = tenants.get_tenant_file(db, actor, hid)
    tenants.close_tenant_file(db, actor, hid, view.version, TODAY - D(days=1), "Départ")
    with db.transaction() as s:
        s.execute(
            update(Household).where(Household.id == hid).values(closed_on=add_months(TODAY, -37))
        )
    assert [i.household_id for i in retention.preview(db, actor)] == [hid]
    with db.reader() as s:
        kept_before = s.execute(
            select(
                CampaignTarget.state,
                CampaignTarget.last_outcome,
                CampaignTarget.attempts,
                CampaignTarget.need_help,
                CampaignTarget.age_band,
                CampaignTarget.agency_id,
            ).where(CampaignTarget.id == w["target"])
        ).one()

    assert retention.purge(db, actor).anonymised == 1

    label = f"Dossier anonymisé n° {hid}"
    with db.reader() as s:
        t = s.get(CampaignTarget, w["target"])
        assert (t.contact_name, t.phone, t.isolated, t.disability) == ("", "", False, False)
        assert (t.state, t.last_outcome, t.attempts, t.need_help, t.age_band, t.agency_id) == tuple(
            kept_before
        )
        call = s.get(CampaignCall, w["call"])
        assert (call.note, call.answers) == ("", None)
        assert (call.outcome, call.step, call.need_help, call.next_action_on) == (
            "JOINT_BESOIN",
            "APPEL",
            True,
            TODAY + D(days=3),
        )
        r = s.get(CampaignReferral, w["referral"])
        assert (r.reason, r.outcome) == ("", "")
        assert (r.partner_type, r.status, r.consent, r.sent_on) == (
            "CCAS",
            "TRANSMISE",
            True,
            TODAY,
        )
        item = s.get(AgendaItem, w["review"])
        assert (
            item.household_name,
            item.notes,
            item.finding,
            item.suitable_dwelling,
            item.advice,
        ) == (label, "", "", "", "")
        assert item.ground == OccupationGround.SOUS_OCCUPATION.value
        assert item.finding_recorded_at is not None and item.reference == "LGT-00001"
        assert s.scalars(
            select(TimelineEvent.summary).where(
                TimelineEvent.household_id == hid, TimelineEvent.kind.in_(caleol.EVENT_KINDS)
            )
        ).all() == ["", ""]
        # The other household's call is untouched.
        other = s.get(CampaignCall, w["other_call"])
        assert (other.note, other.answers) == (OTHER_NOTE, OTHER_ANSWERS)
        assert s.get(CampaignTarget, w["other_target"]).phone == "06 11 22 33 44"
        event = s.scalars(
            select(AuditEvent.after).where(
                AuditEvent.action == "anonymisation", AuditEvent.entity_id == hid
            )
        ).one()
    assert (event["fiches_campagne"], event["appels_campagne"], event["examens_occupation"]) == (
        1,
        1,
        1,
    )
    # The campaign's figures stay.
    assert campaigns.campaign_figures(db, actor, w["cid"]) == figures_before

    # The access request now finds the records, without the person's data.
    book = load_workbook(person_export.export_person(db, actor, hid, tmp_path / "anon.xlsx"))
    text = values(book, FEATURE_SHEETS + ("Dossier", "Occupants", "Chronologie"))
    for secret in SECRETS:
        assert secret not in text
    [call_row] = rows(book, "Appels de campagne")
    assert (
        call_row["Résultat"].value,
        call_row["Note d'appel"].value,
        call_row["Réponses au script"].value,
    ) == ("Joint, besoin exprimé", None, None)
    [review] = rows(book, "Examens d'occupation")
    assert review["Nom inscrit"].value == label
    assert last_export(db, hid)["parties"] == []


def test_purge_is_one_transaction_with_the_features(db, actor, world, monkeypatch):
    """A failure while anonymising the campaign data leaves the file untouched."""
    w = world
    hid = w["hid"]
    view = tenants.get_tenant_file(db, actor, hid)
    tenants.close_tenant_file(db, actor, hid, view.version, TODAY - D(days=1), "Départ")
    with db.transaction() as s:
        s.execute(
            update(Household).where(Household.id == hid).values(closed_on=add_months(TODAY, -37))
        )

    def boom(*args, **kwargs):
        raise RuntimeError("disque plein")

    monkeypatch.setattr(retention, "_anonymise_features", boom)
    with pytest.raises(RuntimeError):
        retention.purge(db, actor)
    with db.reader() as s:
        assert s.get(Household, hid).anonymised_on is None
        assert s.get(Household, hid).display_name == "DUPONT Élodie"
        assert s.get(CampaignCall, w["call"]).note == NOTE
        assert s.get(AgendaItem, w["review"]).finding == FINDING


def test_a_control_character_stored_before_the_forms_refused_it_does_not_stop_the_export(
    db, actor, make_file, tmp_path, agency
):
    """A vertical tab in the notes (an old import, a copy from another tool): openpyxl
    refuses it in a cell, and the export ended in « erreur inattendue »."""
    from desktop.storage.models import Household

    hid = tenants.create_tenant_file(db, actor, make_file(3))
    with db.transaction() as session:
        session.execute(update(Household).where(Household.id == hid).values(notes="Appel\x0bfait"))
    path = person_export.export_person(db, actor, hid, tmp_path / "acces.xlsx")
    cells = [c.value for sheet in load_workbook(path) for row in sheet.iter_rows() for c in row]
    assert "Appel\ufffdfait" in cells
