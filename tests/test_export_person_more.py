"""The access-request export (RGPD *droit d'accès*) covers the household's notices,
payment plans and letters, and names the timeline events in French; the retention purge
blanks the personal free text of the notices and plans (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from desktop.documents.files import sha256_file
from desktop.domain.notice import DeliveryMode
from desktop.domain.notice import ReducedNoticeGround as G
from desktop.domain.notice_case import ExceptionKind, NoticeInput
from desktop.domain.plans import AidBody, FollowUpKind
from desktop.domain.retention import add_months
from desktop.domain.schedule import PaymentPlanType, PlanStatus
from desktop.domain.tenant import OccupantData
from desktop.domain.timeline import (
    EVENT_LABELS,
    FIELD_LABELS,
    event_detail,
    event_label,
)
from desktop.services import (
    caleol,
    documents,
    notices,
    person_export,
    plans,
    retention,
    tenants,
)
from desktop.storage.models import (
    AuditEvent,
    Household,
    Notice,
    NoticeException,
    PaymentPlan,
    PlanFollowUp,
    PlanInstalment,
    PlanPayment,
)

D = dt.date
E = Decimal
TODAY = dt.date.today()

# What the agency typed about Élodie Dupont.
NOTICE_NOTES = "Mme Dupont part rejoindre sa fille à Lyon"
PROOF = "Attestation de mutation de Mme Dupont, employeur La Poste"
REASON = "Mme Dupont attend la livraison de son logement à Lyon"
DECIDER = "M. Bernard, responsable d'agence"
PLAN_NOTES = "Mme Dupont au chômage partiel depuis octobre"
ALLOWANCE = "7654321"
SIGNATORY = "Mme Leroy, chargée de recouvrement"
STATUS_REASON = "Mme Dupont ne répond plus aux relances"
PAYMENT_REF = "VIR DUPONT ELODIE JANVIER"
OUTCOME = "Courrier retourné, Mme Dupont absente"
SECRETS = (
    NOTICE_NOTES,
    PROOF,
    REASON,
    DECIDER,
    PLAN_NOTES,
    ALLOWANCE,
    SIGNATORY,
    STATUS_REASON,
    PAYMENT_REF,
    OUTCOME,
)
OTHER_NOTES = "M. Martin part en maison de retraite"
NEW_SHEETS = (
    "Congés",
    "Décisions sur le congé",
    "Accords de paiement",
    "Échéancier des accords",
    "Règlements des accords",
    "Suites des accords",
    "Courriers",
)


@pytest.fixture
def clock():
    from desktop.services.context import use_clock
    from tests.conftest import DayClock

    with use_clock(DayClock(D(2026, 1, 3))) as c:
        yield c


def notice_of(db, actor, hid, clock, notes, proof) -> int:
    """A notice for a job transfer (1 month, proof received), departure postponed to
    30/04/2026 by a temporary occupation agreement."""
    clock.day = D(2026, 3, 10)
    nid = notices.record_notice(
        db,
        actor,
        hid,
        NoticeInput(
            delivery_mode=DeliveryMode.LRAR,
            received_on=D(2026, 1, 31),
            sent_on=D(2026, 1, 28),
            presented_on=D(2026, 1, 30),
            ground=G.MUTATION,
            proof_received_on=D(2026, 2, 2),
            proof_document=proof,
            notes=notes,
        ),
    )
    v = notices.get_notice(db, actor, nid)
    notices.postpone_departure(
        db,
        actor,
        nid,
        v.version,
        D(2026, 4, 30),
        REASON,
        DECIDER,
        agreement_signed_on=D(2026, 2, 20),
    )
    return nid


def plan_of(db, actor, hid, clock, notes) -> int:
    """A 6-month plan (1 200,00 €, CAF), January paid, then breached on 20/03/2026; the
    reminder sent; the plan lapsed."""
    clock.day = D(2026, 1, 3)
    terms = plans.terms_from_lease(db, actor, hid, PaymentPlanType.PLAN_APUREMENT, on=D(2026, 1, 2))
    terms.start_on, terms.months = D(2026, 1, 5), 6
    terms.aid_body, terms.aid_reference = AidBody.CAF, ALLOWANCE
    terms.landlord_signatory, terms.notes = SIGNATORY, notes
    pid = plans.create_plan(db, actor, hid, terms)
    version = plans.change_status(
        db, actor, pid, PlanStatus.PROPOSE, plans.get_plan(db, actor, pid).version
    )
    version = plans.change_status(db, actor, pid, PlanStatus.SIGNE, version)
    clock.day = D(2026, 1, 6)
    version = plans.record_payment(
        db, actor, pid, D(2026, 1, 5), E("697.70"), version, reference=PAYMENT_REF
    )
    clock.day = D(2026, 3, 20)
    plans.evaluate_plans(db, actor)
    v = plans.get_plan(db, actor, pid)
    assert v.status == PlanStatus.DEFAILLANT
    reminder = next(f for f in v.follow_ups if f.kind == FollowUpKind.REMINDER)
    version = plans.complete_follow_up(
        db, actor, pid, reminder.id, D(2026, 3, 20), v.version, channel="LRAR", outcome=OUTCOME
    )
    plans.change_status(db, actor, pid, PlanStatus.CADUC, version, reason=STATUS_REASON)
    return pid


@pytest.fixture
def world(db, actor, agency, make_file, clock):
    """Élodie Dupont: her rent changed, a notice with a postponement, a payment plan
    with its schedule, a payment and a follow-up, a letter. Lucas Martin: a notice and
    a plan of his own."""
    f = make_file(1)
    f.balance = E("1200.00")
    hid = tenants.create_tenant_file(db, actor, f)
    view = tenants.get_tenant_file(db, actor, hid)
    data = view.data
    data.lease.rent = E("420.00")
    tenants.update_tenant_file(db, actor, hid, data, view.version)
    theirs = make_file(2)
    theirs.balance = E("900.00")
    theirs.occupants = [
        OccupantData(
            last_name="Martin",
            first_name="Lucas",
            civility="M.",
            birth_date=D(1948, 5, 1),
            phone="06 11 22 33 44",
        )
    ]
    other = tenants.create_tenant_file(db, actor, theirs)

    nid = notice_of(db, actor, hid, clock, NOTICE_NOTES, PROOF)
    other_nid = notice_of(db, actor, other, clock, OTHER_NOTES, "Certificat d'admission")
    pid = plan_of(db, actor, hid, clock, PLAN_NOTES)
    other_pid = plan_of(db, actor, other, clock, OTHER_NOTES)
    letter = documents.produce_letter(
        db,
        actor,
        hid,
        documents.LetterOptions(
            "courrier_libre",
            pdf=False,
            subject="Votre congé du 31/01/2026",
            fields={"corps": "Nous accusons réception de votre congé."},
        ),
    )
    other_letter = documents.produce_letter(
        db, actor, other, documents.LetterOptions("courrier_libre", pdf=False)
    )
    return {
        "hid": hid,
        "other": other,
        "notice": nid,
        "other_notice": other_nid,
        "plan": pid,
        "other_plan": other_pid,
        "letter": letter,
        "other_letter": other_letter,
    }


def rows(book, title) -> list[dict]:
    sheet = book[title]
    header = [c.value for c in sheet[1]]
    return [dict(zip(header, row)) for row in sheet.iter_rows(min_row=2)]


def values(book, sheets=None, skip=()) -> str:
    return "\n".join(
        str(c.value)
        for s in book.worksheets
        if (sheets is None or s.title in sheets) and s.title not in skip
        for row in s.iter_rows()
        for c in row
        if c.value is not None
    )


def is_date(cell, day: dt.date) -> bool:
    """A real date cell shown the French way (23/11/2026)."""
    return (
        isinstance(cell.value, dt.datetime)
        and cell.value.date() == day
        and cell.number_format == "DD/MM/YYYY"
    )


def is_amount(cell, amount: str) -> bool:
    """A number (not text) worth ``amount`` euros."""
    return cell.data_type == "n" and E(str(cell.value)) == E(amount)


def last_export(db, hid) -> dict:
    with db.reader() as s:
        return s.scalars(
            select(AuditEvent.after)
            .where(
                AuditEvent.action == "export",
                AuditEvent.entity == "dossier",
                AuditEvent.entity_id == hid,
            )
            .order_by(AuditEvent.id.desc())
        ).first()


# --------------------------------------------------------------------------- export


def test_export_has_the_notice_and_its_decision(db, actor, world, tmp_path):
    w = world
    book = load_workbook(person_export.export_person(db, actor, w["hid"], tmp_path / "a.xlsx"))

    [n] = rows(book, "Congés")
    assert n["N° du congé"].value == w["notice"]
    assert n["Statut"].value == "En cours"
    assert n["Mode de délivrance"].value == "Lettre recommandée avec accusé de réception"
    assert is_date(n["Envoyé le"], D(2026, 1, 28)) and is_date(n["Reçu le"], D(2026, 1, 31))
    assert n["Motif de préavis réduit"].value == G.MUTATION.label
    assert is_date(n["Justificatif reçu le"], D(2026, 2, 2))
    assert (n["Justificatif"].value, n["Observations"].value) == (PROOF, NOTICE_NOTES)
    assert n["Préavis appliqué (mois)"].value == 1
    assert is_date(n["Fin du préavis"], D(2026, 2, 28))
    assert is_date(n["Date de départ"], D(2026, 4, 30))
    steps = n["Calcul du préavis"].value.split("\n")
    assert steps[0] == "Congé reçu le 31/01/2026"
    assert f"Justificatif reçu le 02/02/2026 : {PROOF}" in steps
    assert steps[-1].startswith(
        f"Départ reporté au 30/04/2026 par convention d'occupation temporaire, décision de "
        f"{DECIDER} le 10/03/2026 (motif : {REASON})"
    )
    assert n["Créé par"].value == "agent.test"

    [x] = rows(book, "Décisions sur le congé")
    assert x["N° du congé"].value == w["notice"]
    assert x["Décision"].value == ExceptionKind.POSTPONEMENT.label
    assert is_date(x["Décidée le"], D(2026, 3, 10))
    assert (x["Décidée par"].value, x["Motif"].value) == (DECIDER, REASON)
    assert is_date(x["Nouvelle date de départ"], D(2026, 4, 30))
    assert is_date(x["Convention signée le"], D(2026, 2, 20))
    assert x["Saisie par"].value == "agent.test"


def test_export_has_the_plan_its_schedule_payment_and_follow_ups(db, actor, world, tmp_path):
    w = world
    book = load_workbook(person_export.export_person(db, actor, w["hid"], tmp_path / "a.xlsx"))

    [p] = rows(book, "Accords de paiement")
    assert p["N° de l'accord"].value == w["plan"]
    assert p["Type d'accord"].value == PaymentPlanType.PLAN_APUREMENT.label
    assert p["Statut"].value == PlanStatus.CADUC.label
    assert is_amount(p["Dette (€)"], "1200.00") and is_date(p["Dette arrêtée au"], D(2026, 1, 2))
    assert is_amount(p["Loyer ou indemnité d'occupation (€)"], "420.00")
    assert is_amount(p["Charges (€)"], "85.20")
    assert p["Nombre d'échéances"].value == 6
    assert (p["Organisme payeur"].value, p["N° d'allocataire"].value) == ("CAF", ALLOWANCE)
    assert p["Signataire pour le bailleur"].value == SIGNATORY
    assert (p["Observations"].value, p["Motif du statut"].value) == (PLAN_NOTES, STATUS_REASON)
    assert is_date(p["Signé le"], D(2026, 1, 3)) and is_date(p["Défaillant le"], D(2026, 3, 20))
    assert is_amount(p["Total réglé (€)"], "697.70")
    assert p["FSL"].value == "non" and p["Aide versée au bailleur"].value == "non"

    schedule = rows(book, "Échéancier des accords")
    assert [r["N° de l'échéance"].value for r in schedule] == [1, 2, 3, 4, 5, 6]
    assert {r["N° de l'accord"].value for r in schedule} == {w["plan"]}
    assert is_date(schedule[0]["Date d'échéance"], D(2026, 1, 5))
    assert is_date(schedule[5]["Date d'échéance"], D(2026, 6, 5))
    assert all(is_amount(r["Montant (€)"], "200.00") for r in schedule)

    [pay] = rows(book, "Règlements des accords")
    assert is_date(pay["Date du règlement"], D(2026, 1, 5))
    assert is_amount(pay["Montant (€)"], "697.70")
    assert (pay["Référence"].value, pay["Origine"].value, pay["Saisi par"].value) == (
        PAYMENT_REF,
        "Saisie",
        "agent.test",
    )

    follow = {r["Action"].value: r for r in rows(book, "Suites des accords")}
    assert FollowUpKind.CCAPEX.label in follow and FollowUpKind.AID_NOTICE.label in follow
    done = follow[FollowUpKind.REMINDER.label]
    assert is_date(done["À faire le"], D(2026, 3, 20)) and is_date(done["Faite le"], D(2026, 3, 20))
    assert (done["Mode"].value, done["Résultat"].value, done["Faite par"].value) == (
        "Lettre recommandée avec AR",
        OUTCOME,
        "agent.test",
    )
    assert follow[FollowUpKind.CCAPEX.label]["Faite le"].value is None


def test_the_audit_trail_reads_in_french_not_as_stored_json(db, actor, world, tmp_path):
    """The tenant reads what each recorded change held, field by field, in French: not
    the stored JSON with its English keys, ISO dates and codes."""
    book = load_workbook(person_export.export_person(db, actor, world["hid"], tmp_path / "a.xlsx"))
    trail = rows(book, "Journal d'audit")
    text = "\n".join(f"{r['Avant'].value or ''}\n{r['Après'].value or ''}" for r in trail)
    for stored in ("{", '"', "address_line", "contract_number", "2026-01-05", "SAISIE", "EN_COURS"):
        assert stored not in text, stored
    assert "postpone" not in {r["Action"].value for r in trail}
    [edit] = [
        r
        for r in trail
        if r["Action"].value == "modification" and r["Objet"].value == ("dossier locataire")
    ]
    assert "Bail › Loyer (€) : 412,50" in edit["Avant"].value.split("\n")
    assert "Bail › Loyer (€) : 420,00" in edit["Après"].value.split("\n")
    assert "Logement › Adresse : 12 rue des Lilas" in edit["Après"].value.split("\n")
    assert "Occupant 1 › Date de naissance : 14/03/1950" in edit["Après"].value.split("\n")
    [plan] = [
        r
        for r in trail
        if r["Action"].value == "création" and r["Objet"].value == ("accord de paiement")
    ]
    lines = plan["Après"].value.split("\n")
    assert lines[:2] == ["Type d'accord : Plan d'apurement", "Statut : Projet"]
    assert "Dette (€) : 1\u202f200,00" in lines and "Échéance 1 : 05/01/2026, 200,00" in lines
    [payment] = [r for r in trail if r["Action"].value == "règlement saisi"]
    assert "Origine : saisie" in payment["Après"].value.split("\n")


def test_export_lists_the_letters_and_names_the_timeline_events_in_french(
    db, actor, world, tmp_path
):
    w = world
    letter = w["letter"]
    book = load_workbook(person_export.export_person(db, actor, w["hid"], tmp_path / "a.xlsx"))

    status = next(r for r in book["Dossier"].iter_rows(values_only=True) if r[0] == "Statut")
    assert status == ("Statut", "Actif")  # not the stored code « ACTIF »
    [row] = rows(book, "Courriers")
    assert row["Référence"].value == letter.reference
    assert row["Modèle"].value == "courrier_libre"
    assert (row["Titre"].value, row["Objet"].value) == (
        "Courrier au locataire",
        "Votre congé du 31/01/2026",
    )
    assert row["Empreinte SHA-256 du DOCX"].value == sha256_file(letter.docx_path)
    assert row["Empreinte SHA-256 du PDF"].value is None and row["PDF"].value == "non"
    assert isinstance(row["Date"].value, dt.datetime)
    assert row["Date"].number_format == "DD/MM/YYYY HH:MM:SS"
    # The register's entry, not the letter: its text is not in the workbook.
    assert "Nous accusons réception de votre congé." not in values(book)

    chrono = rows(book, "Chronologie")
    events = [r["Événement"].value for r in chrono]
    for label in (
        "Création du dossier",
        "Modification",
        "Congé reçu",
        "Report du départ",
        "Accord de paiement créé",
        "Accord : changement de statut",
        "Règlement saisi",
        "Accord défaillant",
        "Suite donnée à la défaillance",
        "Courrier",
    ):
        assert label in events
    assert not set(events) & set(EVENT_LABELS)  # no raw code left
    edit = next(r for r in chrono if r["Événement"].value == "Modification")
    assert edit["Détail"].value == "Loyer"  # not "lease.rent"
    letter_event = next(r for r in chrono if r["Événement"].value == "Courrier")
    assert letter_event["Détail"].value.startswith(letter.reference)

    # The audit trail has the notice's, the plan's and the letter's events.
    trail = {(r["Objet"].value, r["N° de l'objet"].value) for r in rows(book, "Journal d'audit")}
    assert {
        ("congé", w["notice"]),
        ("accord de paiement", w["plan"]),
        ("document", letter.id),
    } <= trail
    assert (
        not {
            ("congé", w["other_notice"]),
            ("accord de paiement", w["other_plan"]),
            ("document", w["other_letter"].id),
        }
        & trail
    )

    # Nothing about the other household.
    text = values(book)
    for secret in (
        "Martin",
        "Lucas",
        OTHER_NOTES,
        "Certificat d'admission",
        w["other_letter"].reference,
    ):
        assert secret not in text
    assert [r["N° de l'accord"].value for r in rows(book, "Règlements des accords")] == [w["plan"]]

    # The export is audited with what it contained.
    event = last_export(db, w["hid"])
    assert (event["conges"], event["accords"], event["courriers"]) == (
        [w["notice"]],
        [w["plan"]],
        [letter.id],
    )
    assert {k: event["feuilles"][k] for k in ("Congés", "Accords de paiement", "Courriers")} == {
        "Congés": 1,
        "Accords de paiement": 1,
        "Courriers": 1,
    }
    assert NOTICE_NOTES not in json.dumps(event, ensure_ascii=False)


def test_a_file_without_notice_plan_or_letter_has_empty_sheets(
    db, actor, agency, make_file, tmp_path
):
    hid = tenants.create_tenant_file(db, actor, make_file(3))
    book = load_workbook(person_export.export_person(db, actor, hid, tmp_path / "vide.xlsx"))
    for title in NEW_SHEETS:
        assert book[title].max_row == 1  # the headers only
    assert [r["Événement"].value for r in rows(book, "Chronologie")] == ["Création du dossier"]
    event = last_export(db, hid)
    assert (event["conges"], event["accords"], event["courriers"]) == ([], [], [])


# --------------------------------------------------------------------------- labels


def test_every_timeline_event_a_service_writes_has_a_french_label():
    from desktop.services import documents as docs

    codes = {
        tenants.EVENT_CREATED,
        tenants.EVENT_EDITED,
        tenants.EVENT_CLOSED,
        tenants.EVENT_REOPENED,
        tenants.EVENT_IMPORTED,
        docs.EVENT_DOCUMENT,
        retention.EVENT_ANONYMISED,
        *notices.EVENT_KINDS,
        *plans.EVENT_KINDS,
        *caleol.EVENT_KINDS,
    }
    assert codes == set(EVENT_LABELS)
    assert event_label(plans.EVENT_PLAN_STATUS) == "Accord : changement de statut"
    assert event_label(caleol.EVENT_OCCUPATION_FINDING) == "Avis de la CALEOL sur l'occupation"
    assert event_label("EVENEMENT_FUTUR") == "EVENEMENT_FUTUR"
    assert event_detail(tenants.EVENT_EDITED, "lease.rent, notes, champ_inconnu") == (
        "Loyer, Observations, champ_inconnu"
    )
    assert event_detail(plans.EVENT_PLAN_PAYMENT, "lease.rent") == "lease.rent"


def test_the_tenant_file_dialog_shows_the_same_labels():
    """The dialog translates the shared table: in French, the same text."""
    from desktop.ui import tenant_file

    assert tenant_file.event_labels() == EVENT_LABELS
    assert tenant_file.field_labels() == FIELD_LABELS


# --------------------------------------------------------------------------- purge


def close_long_ago(db, actor, hid):
    """Closed 61 months before the services' today (the clock the tests set)."""
    from desktop.services.context import today

    view = tenants.get_tenant_file(db, actor, hid)
    tenants.close_tenant_file(
        db, actor, hid, view.version, today() - dt.timedelta(days=1), "Départ"
    )
    with db.transaction() as s:
        s.execute(
            update(Household).where(Household.id == hid).values(closed_on=add_months(today(), -61))
        )


def snapshot(db, hid) -> dict:
    """Everything stored about the notices and plans of ``hid``."""
    with db.reader() as s:
        notice_rows = s.scalars(select(Notice).where(Notice.household_id == hid)).all()
        plan_rows = s.scalars(select(PaymentPlan).where(PaymentPlan.household_id == hid)).all()
        nids = [n.id for n in notice_rows]
        pids = [p.id for p in plan_rows]
        return {
            "notices": [
                {c.name: getattr(n, c.key) for c in Notice.__table__.columns} for n in notice_rows
            ],
            "exceptions": [
                {c.name: getattr(e, c.key) for c in NoticeException.__table__.columns}
                for e in s.scalars(
                    select(NoticeException).where(NoticeException.notice_id.in_(nids))
                )
            ],
            "plans": [
                {c.name: getattr(p, c.key) for c in PaymentPlan.__table__.columns}
                for p in plan_rows
            ],
            "instalments": [
                (i.number, i.due_on, i.amount)
                for i in s.scalars(
                    select(PlanInstalment)
                    .where(PlanInstalment.plan_id.in_(pids))
                    .order_by(PlanInstalment.number)
                )
            ],
            "payments": [
                {c.name: getattr(r, c.key) for c in PlanPayment.__table__.columns}
                for r in s.scalars(select(PlanPayment).where(PlanPayment.plan_id.in_(pids)))
            ],
            "follow_ups": [
                {c.name: getattr(f, c.key) for c in PlanFollowUp.__table__.columns}
                for f in s.scalars(
                    select(PlanFollowUp)
                    .where(PlanFollowUp.plan_id.in_(pids))
                    .order_by(PlanFollowUp.id)
                )
            ],
        }


BLANKED = {
    "notices": {"notes", "proof_document", "explanation", "version"},
    "exceptions": {"reason", "decided_by"},
    "plans": {"notes", "aid_reference", "landlord_signatory", "status_reason", "version"},
    "payments": {"reference"},
    "follow_ups": {"outcome"},
}


def test_purge_blanks_the_free_text_of_the_notices_and_plans(db, actor, world, tmp_path, clock):
    w = world
    hid = w["hid"]
    # The purge the next day: the world's last events stand at noon of 20/03/2026 plus
    # the seconds since the clock was last set there, so a purge the same day could
    # come "before" the first file's last events on a slow machine.
    clock.day = D(2026, 3, 21)
    close_long_ago(db, actor, hid)
    before = snapshot(db, hid)
    other_before = snapshot(db, w["other"])
    text_before = json.dumps(before, default=str, ensure_ascii=False)
    assert all(secret in text_before for secret in SECRETS)
    assert [i.household_id for i in retention.preview(db, actor)] == [hid]

    assert retention.purge(db, actor).anonymised == 1

    after = snapshot(db, hid)
    text_after = json.dumps(after, default=str, ensure_ascii=False)
    for secret in SECRETS:
        assert secret not in text_after
    # Dates, durations, grounds, statuses, channels and amounts stay; only the free text
    # (and the row versions) changed.
    for table, blanked in BLANKED.items():
        assert len(after[table]) == len(before[table])
        for old, new in zip(before[table], after[table]):
            assert {k: v for k, v in old.items() if k not in blanked} == {
                k: v for k, v in new.items() if k not in blanked
            }
    assert after["instalments"] == before["instalments"]
    [n] = after["notices"]
    assert (n["notes"], n["proof_document"]) == ("", "")
    assert (n["ground"], n["applied_months"], n["end_date"], n["departure_on"]) == (
        "MUTATION",
        1,
        D(2026, 2, 28),
        D(2026, 4, 30),
    )
    # The explanation keeps its steps and dates, without the typed text.
    assert len(n["explanation"]) == len(before["notices"][0]["explanation"])
    assert "30/04/2026" in json.dumps(n["explanation"], ensure_ascii=False)
    [x] = after["exceptions"]
    assert (x["reason"], x["decided_by"], x["new_departure_on"]) == ("", "", D(2026, 4, 30))
    [p] = after["plans"]
    assert (p["notes"], p["aid_reference"], p["landlord_signatory"], p["status_reason"]) == (
        "",
        "",
        "",
        "",
    )
    assert (p["debt"], p["paid_total"], p["status"], p["aid_body"]) == (
        E("1200.00"),
        E("697.70"),
        "CADUC",
        "CAF",
    )
    [pay] = after["payments"]
    assert (pay["reference"], pay["amount"], pay["paid_on"]) == ("", E("697.70"), D(2026, 1, 5))
    done = next(f for f in after["follow_ups"] if f["kind"] == FollowUpKind.REMINDER.value)
    assert (done["outcome"], done["channel"], done["done_on"]) == ("", "LRAR", D(2026, 3, 20))
    # The other household's notice and plan are untouched.
    assert snapshot(db, w["other"]) == other_before
    with db.reader() as s:
        event = s.scalars(
            select(AuditEvent.after).where(
                AuditEvent.action == "anonymisation", AuditEvent.entity_id == hid
            )
        ).one()
    assert (event["conges"], event["accords"]) == (1, 1)

    # The access request afterwards: the records, dates and amounts, no typed text
    # (the audit trail, append-only, keeps what it recorded).
    book = load_workbook(person_export.export_person(db, actor, hid, tmp_path / "anon.xlsx"))
    text = values(book, skip=("Journal d'audit",))
    for secret in SECRETS + ("Dupont", "Élodie"):
        assert secret not in text
    [n_row] = rows(book, "Congés")
    assert is_date(n_row["Date de départ"], D(2026, 4, 30))
    assert "Départ reporté au 30/04/2026" in n_row["Calcul du préavis"].value
    [p_row] = rows(book, "Accords de paiement")
    assert is_amount(p_row["Dette (€)"], "1200.00")
    assert rows(book, "Chronologie")[-1]["Événement"].value == "Anonymisation du dossier"


def test_purge_of_notices_and_plans_is_in_the_file_s_transaction(db, actor, world, monkeypatch):
    """A failure after the notices and plans were blanked leaves everything as it was."""
    w = world
    hid = w["hid"]
    close_long_ago(db, actor, hid)
    before = snapshot(db, hid)
    real = retention._anonymise_notices_and_plans

    def then_fail(session, household_id):
        real(session, household_id)
        raise RuntimeError("disque plein")

    monkeypatch.setattr(retention, "_anonymise_notices_and_plans", then_fail)
    with pytest.raises(RuntimeError):
        retention.purge(db, actor)
    assert snapshot(db, hid) == before
    with db.reader() as s:
        assert s.get(Household, hid).anonymised_on is None
