"""Reports (issue 8): figures against values computed independently on small seeded
data, PDF text (pdftotext), Excel contents, rights and agency scope, the command line."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import time
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop.domain.errors import PermissionDenied, UserError, ValidationError
from desktop.domain.notice import DeliveryMode
from desktop.domain.notice import ReducedNoticeGround as G
from desktop.domain.notice_case import KeyReturnMode, NoticeInput
from desktop.domain.roles import Role
from desktop.domain.schedule import PaymentPlanType, PlanStatus
from desktop.reports import charts, figures
from desktop.services import agencies, notices, plans, reports, tenants
from desktop.services.context import Actor
from desktop.storage.models import AuditEvent, PlanFollowUp
from tests.report_data import clock

D = dt.date
E = Decimal
FROM, TO = D(2026, 1, 1), D(2026, 6, 30)
NNBSP, NBSP = "\u202f", "\u00a0"


@pytest.fixture(scope="module")
def renderer():
    from desktop.documents.html import HtmlRenderer

    r = HtmlRenderer()
    yield r
    r.close()


class World:
    def __init__(self, db, actor):
        self.db, self.actor = db, actor
        agencies.create_agency(db, actor, "BXN", "Agence Bordeaux Nord", "Bordeaux")
        agencies.create_agency(db, actor, "LIB", "Agence Libourne", "Libourne")
        ids = {a.code: a.id for a in agencies.list_agencies(db)}
        self.bxn, self.lib = ids["BXN"], ids["LIB"]


def _file(n: int, agency: str, balance: str):
    from tests.conftest import sample_file

    f = sample_file(n)
    f.dwelling.agency_code = agency
    f.balance = E(balance)
    return f


def seed(db, actor) -> World:
    """Three files in debt with plans (two BXN, one LIB), three notices (one BXN, two LIB).

    Monthly rent + charges of every lease: 412,50 + 85,20 = 497,70 €."""
    w = World(db, actor)
    with clock() as c:
        c.set(D(2026, 1, 5))
        w.h1 = tenants.create_tenant_file(db, actor, _file(1, "BXN", "1200.00"))
        w.h2 = tenants.create_tenant_file(db, actor, _file(2, "BXN", "900.00"))
        w.h3 = tenants.create_tenant_file(db, actor, _file(3, "LIB", "3000.00"))
        w.h4 = tenants.create_tenant_file(db, actor, _file(4, "LIB", "0.00"))
        w.h5 = tenants.create_tenant_file(db, actor, _file(5, "BXN", "0.00"))
        w.h6 = tenants.create_tenant_file(db, actor, _file(6, "LIB", "0.00"))

        def plan(hid, ptype, created, sign=True):
            c.set(created)
            t = plans.terms_from_lease(db, actor, hid, ptype, on=created)
            t.start_on, t.months = D(2026, 3, 5), 6
            pid = plans.create_plan(db, actor, hid, t)
            if sign:
                c.set(created + dt.timedelta(days=5))
                v = plans.change_status(
                    db, actor, pid, PlanStatus.SIGNE, plans.get_plan(db, actor, pid).version
                )
                return pid, v
            return pid, None

        w.p1, v1 = plan(w.h1, PaymentPlanType.PLAN_APUREMENT, D(2026, 2, 10))
        w.p2, _ = plan(w.h2, PaymentPlanType.REPORT_PAIEMENT, D(2026, 2, 11), sign=False)
        w.p3, _ = plan(w.h3, PaymentPlanType.PLAN_APUREMENT, D(2026, 2, 12))
        for day in (D(2026, 3, 6), D(2026, 4, 6)):  # instalment 200 € + rent 497,70 €
            c.set(day)
            v1 = plans.record_payment(db, actor, w.p1, day, E("697.70"), v1)
        c.set(D(2026, 5, 20))
        plans.evaluate_plans(db, actor, D(2026, 5, 20))  # p3: nothing paid -> breached

        def notice(hid, received, ground, proof):
            c.set(received)
            return notices.record_notice(
                db,
                actor,
                hid,
                NoticeInput(
                    delivery_mode=DeliveryMode.LRAR,
                    received_on=received,
                    ground=ground,
                    sent_on=received - dt.timedelta(days=2),
                    proof_received_on=received if proof else None,
                    proof_document="Attestation" if proof else "",
                ),
            )

        w.n5 = notice(w.h5, D(2026, 2, 10), G.MUTATION, True)  # 1 month: ends 10/03
        w.n4 = notice(w.h4, D(2026, 3, 15), G.AUCUN, False)  # 3 months: ends 15/06
        w.n6 = notice(w.h6, D(2026, 4, 1), G.SANTE, False)  # proof awaited: ends 01/07
        c.set(D(2026, 3, 10))
        notices.record_exit(
            db,
            actor,
            w.n5,
            notices.get_notice(db, actor, w.n5).version,
            exit_inventory_on=D(2026, 3, 10),
            inventory_matches=True,
            keys_returned_on=D(2026, 3, 10),
            keys_return_mode=KeyReturnMode.HAND,
        )
        c.set(D(2026, 7, 1))
    return w


def _seeded(db):
    """``seed``'s ids (its World's attributes but the base and the actor)."""
    from tests.conftest import admin_actor

    w = seed(db, admin_actor())
    return {k: v for k, v in vars(w).items() if k not in ("db", "actor")}


# The tests of the world start from a base seeded once (``filled``: seed's ids).
pytestmark = pytest.mark.filled_base(fill=_seeded)


@pytest.fixture
def world(db, actor, filled):
    w = World.__new__(World)  # (World() would create its agencies again)
    vars(w).update(filled, db=db, actor=actor)
    return w


def build(world, name, agency=None, **kw):
    return reports.build_report(
        world.db, world.actor, name, FROM, TO, agency, on=D(2026, 7, 1), **kw
    )


# --------------------------------------------------------------------------- arrears


def test_arrears_report_figures(world):
    r = build(world, "impayes")
    assert r.title == "Impayés et plans d'apurement" and r.agency_label == "Toutes les agences"
    types = r.table("plans_par_type")
    assert types.value("Plan d'apurement", "Plans") == 2
    assert types.value("Plan d'apurement", "Dette mise sous plan") == E("4200.00")
    assert types.value("Report de paiement", "Plans") == 1
    assert types.total == ["Total", 3, E("5100.00")]

    status = r.table("plans_par_statut")
    assert status.value("Projet", "Plans") == 1
    assert status.value("En cours", "Plans") == 1
    assert status.value("Défaillant", "Plans") == 1
    # p1 repaid 2 instalments of 200 € (the rest of each payment covered the rent).
    assert status.value("En cours", "Remboursé") == E("400.00")
    assert status.value("En cours", "Reste dû") == E("800.00")

    force = r.table("montants_sous_plan")
    assert force.total[1:5] == [2, E("4200.00"), E("400.00"), E("3800.00")]

    months = r.table("echeances_par_mois")
    assert [row[0] for row in months.rows] == [
        "janv. 2026",
        "févr. 2026",
        "mars 2026",
        "avr. 2026",
        "mai 2026",
        "juin 2026",
    ]
    # Instalments of the two signed plans: 200 € + 500 € from March; p2 is a draft.
    assert months.column("Échéances dues") == [E("0.00"), E("0.00")] + [E("700.00")] * 4
    assert months.column("Versements reçus")[2:5] == [E("697.70"), E("697.70"), E("0.00")]
    assert months.column("Affecté aux échéances")[2:4] == [E("200.00"), E("200.00")]
    assert months.total[1:] == [E("2800.00"), E("1395.40"), E("400.00"), E("14.3")]
    assert r.key_figure("Taux de recouvrement").value == E("14.3")

    outcomes = r.table("issues_des_plans")
    assert outcomes.value("Défaillances constatées (non régularisées)", "Plans") == 1
    assert outcomes.value("Plans défaillants au jour du rapport", "Plans") == 1

    with world.db.reader() as s:  # the follow-ups, counted another way
        expected = s.scalar(
            select(func.count())
            .select_from(PlanFollowUp)
            .where(PlanFollowUp.due_on.between(FROM, TO))
        )
    assert r.table("suivis").total[1] == expected > 0

    households = r.table("menages_en_impaye")
    # Debt >= 2 x 497,70 = 995,40 €: h1 (1 200 €) and h3 (3 000 €), not h2 (900 €).
    assert households.row("BXN") == ["BXN", 2, E("2100.00"), 1, E("50.0"), 1]
    assert households.row("LIB") == ["LIB", 1, E("3000.00"), 1, E("100.0"), 1]
    assert households.total == ["Total", 3, E("5100.00"), 2, E("66.7"), 2]
    assert r.chart("graphique_statuts").series[0].values == [1, 1, 1]


def test_arrears_report_for_one_agency(world):
    r = build(world, "impayes", "BXN")
    assert r.agency_code == "BXN" and r.agency_label == "BXN — Agence Bordeaux Nord"
    assert r.table("plans_par_type").total == ["Total", 2, E("2100.00")]
    assert [row[0] for row in r.table("menages_en_impaye").rows] == ["BXN"]
    assert r.table("echeances_par_mois").total[1] == E("800.00")  # p1 only: 4 x 200 €
    # The period filters too: nothing was created in January.
    r = reports.build_report(world.db, world.actor, "impayes", FROM, D(2026, 1, 31), "lib")
    assert r.table("plans_par_type").total[1] == 0


# --------------------------------------------------------------------------- notices


def test_notices_report_figures(world):
    r = build(world, "conges")
    grounds = r.table("conges_par_motif")
    assert grounds.value("Mutation professionnelle", "Congés") == 1
    assert grounds.value("Mutation professionnelle", "Préavis réduit appliqué") == 1
    assert grounds.value("Aucun motif", "Congés") == 1
    assert grounds.value("État de santé justifiant un changement de domicile", "Congés") == 1
    assert grounds.total == ["Total", 3, E("100.0"), 1]

    durations = r.table("preavis_reduit_ou_normal")
    # Receipt to end: 10/02 -> 10/03 = 28 days; 15/03 -> 15/06 = 92; 01/04 -> 01/07 = 91.
    assert durations.row("Préavis réduit (1 mois)")[1:4] == [1, E("33.3"), E("28.0")]
    assert durations.row("Préavis normal (3 mois)")[1:4] == [2, E("66.7"), E("91.5")]
    assert durations.total[1:4] == [3, E("100.0"), E("70.3")]
    assert (
        r.table("decisions").value(
            "Motif invoqué, justificatif encore attendu (préavis de 3 mois)", "Nombre"
        )
        == 1
    )

    exits = r.table("sorties_par_mois")
    assert exits.column("Départs") == [0, 0, 1, 0, 0, 1]
    assert exits.column("Clés rendues") == [0, 0, 1, 0, 0, 0]
    assert r.key_figure("Départs").value == 2
    assert r.key_figure("Préavis réduits").value == E("33.3")

    lib = build(world, "conges", "LIB")
    assert lib.table("conges_par_motif").total[1] == 2
    assert lib.table("sorties_par_mois").total[1] == 1


# --------------------------------------------------------------------------- campaigns, CALEOL


def _campaign(db, world):
    """A running campaign written directly: 5 targets (3 BXN, 2 LIB), referrals."""
    from desktop.storage.campaign_models import (
        Campaign,
        CampaignReferral,
        CampaignTarget,
    )

    stamp = dt.datetime(2026, 3, 1, 9)
    with db.transaction() as s:
        c = Campaign(
            name="Canicule 2026",
            purpose="Vigilance",
            status="EN_COURS",
            script=[],
            start_on=D(2026, 3, 1),
            planned_end_on=D(2026, 4, 30),
            started_on=D(2026, 3, 1),
            target_count=5,
            created_at=stamp,
            created_by="t",
            updated_at=stamp,
            updated_by="t",
        )
        s.add(c)
        s.flush()
        specs = [  # agency, attempts, reached, state
            (world.bxn, 1, True, "SECURISE"),
            (world.bxn, 2, True, "EN_COURS"),
            (world.bxn, 0, False, "A_APPELER"),
            (world.lib, 3, False, "INJOIGNABLE"),
            (world.lib, 1, True, "SECURISE"),
        ]
        targets = []
        for agency_id, attempts, reached, state in specs:
            t = CampaignTarget(
                campaign_id=c.id,
                agency_id=agency_id,
                state=state,
                attempts=attempts,
                reached_on=D(2026, 3, 2) if reached else None,
                secured_on=D(2026, 3, 2) if state == "SECURISE" else None,
            )
            s.add(t)
            targets.append(t)
        s.flush()
        for t, partner, status in (
            (targets[1], "CCAS", "TRANSMISE"),
            (targets[4], "CCAS", "A_TRANSMETTRE"),
            (targets[4], "FAMILLE", "CLOSE"),
        ):
            s.add(
                CampaignReferral(
                    target_id=t.id,
                    campaign_id=c.id,
                    partner_type=partner,
                    sent_on=D(2026, 3, 3),
                    status=status,
                    created_at=stamp,
                    created_by="t",
                    updated_at=stamp,
                    updated_by="t",
                )
            )
        # Outside the period: not in the report.
        s.add(
            Campaign(
                name="Grand froid 2025",
                status="TERMINEE",
                script=[],
                start_on=D(2025, 1, 5),
                planned_end_on=D(2025, 2, 28),
                started_on=D(2025, 1, 5),
                ended_on=D(2025, 2, 28),
                created_at=stamp,
                created_by="t",
                updated_at=stamp,
                updated_by="t",
            )
        )


def test_campaign_report_reuses_the_campaign_figures(world):
    _campaign(world.db, world)
    r = build(world, "campagne")
    campaigns = r.table("campagnes")
    assert [row[0] for row in campaigns.rows] == ["Canicule 2026"]
    results = r.table("resultats")
    assert results.value("Personnes ciblées", "Personnes") == 5
    assert results.value("Appelées (au moins une tentative)", "Personnes") == 4
    assert results.value("Jointes (la personne, un proche ou un voisin)", "Personnes") == 3
    assert results.value("Situation sécurisée", "Personnes") == 2
    assert results.value("Situation sécurisée", "Part des personnes ciblées") == E("40.0")
    referrals = r.table("orientations")
    assert referrals.value("CCAS", "Orientations") == 2
    assert referrals.total[1] == 3
    agencies_table = r.table("par_agence")
    assert agencies_table.total[1:5] == [5, 4, 3, 2]
    bxn = build(world, "campagne", "BXN")
    assert bxn.table("resultats").value("Personnes ciblées", "Personnes") == 3
    assert bxn.table("resultats").value("Situation sécurisée", "Personnes") == 1
    assert bxn.table("orientations").total[1] == 1


def _caleol(db, world):
    """Two sessions in the period: 3 dwellings (2 BXN, 1 LIB), 7 candidates decided."""
    from desktop.storage.caleol_models import AgendaItem, Candidate, Commission
    from desktop.storage.caleol_models import Session as Sitting
    from desktop.storage.models import Household

    stamp = dt.datetime(2026, 3, 1, 9)
    with db.transaction() as s:
        dwelling = {h: s.get(Household, h).dwelling_id for h in (world.h1, world.h2, world.h3)}
        com = Commission(
            name="CALEOL Gironde",
            created_at=stamp,
            created_by="t",
            updated_at=stamp,
            updated_by="t",
        )
        s.add(com)
        s.flush()
        s1 = Sitting(
            commission_id=com.id,
            number="2026-03",
            session_date=D(2026, 3, 12),
            mode="PRESENTIEL",
            status="CLOSED",
            created_at=stamp,
            created_by="t",
            updated_at=stamp,
            updated_by="t",
        )
        s2 = Sitting(
            commission_id=com.id,
            number="2026-05",
            session_date=D(2026, 5, 7),
            mode="VISIO",
            status="CLOSED",
            created_at=stamp,
            created_by="t",
            updated_at=stamp,
            updated_by="t",
        )
        s.add_all([s1, s2])
        s.flush()
        items = [
            AgendaItem(session_id=s1.id, dwelling_id=dwelling[world.h1], reference="A"),
            AgendaItem(
                session_id=s1.id,
                dwelling_id=dwelling[world.h3],
                reference="B",
                fewer_candidates_reason="INSUFFISANCE",
            ),
            AgendaItem(session_id=s2.id, dwelling_id=dwelling[world.h2], reference="C"),
        ]
        s.add_all(items)
        s.flush()
        n = [0]

        def cand(
            item,
            decision,
            *,
            priority=False,
            criteria=(),
            reason="",
            rank=None,
            notified=None,
            deadline=None,
            applied=None,
        ):
            n[0] += 1
            s.add(
                Candidate(
                    agenda_item_id=item.id,
                    numero_unique=f"033{n[0]:07d}",
                    last_name=f"Cand{n[0]}",
                    decision=decision,
                    rank=rank,
                    public_prioritaire=priority,
                    priority_criteria=list(criteria),
                    reason=reason,
                    notified_on=notified,
                    offer_deadline=deadline,
                    application_date=applied,
                    created_at=stamp,
                    created_by="t",
                    updated_at=stamp,
                    updated_by="t",
                )
            )

        a, b, c = items
        cand(
            a,
            "ATTRIBUTION",
            priority=True,
            criteria=["DALO"],
            notified=D(2026, 3, 16),
            deadline=D(2026, 3, 27),
            applied=D(2025, 3, 12),
        )
        cand(a, "NON_ATTRIBUTION", reason="Ressources insuffisantes")
        cand(a, "NON_ATTRIBUTION", reason='=HYPERLINK("http://x")')
        cand(
            b,
            "ATTRIBUTION_RANG",
            rank=1,
            notified=D(2026, 3, 20),
            deadline=D(2026, 4, 2),
            applied=D(2025, 9, 12),
        )
        cand(b, "ATTRIBUTION_RANG", rank=2, priority=True, criteria=["HANDICAP"])
        cand(
            c,
            "ATTRIBUTION_CONDITION_SUSPENSIVE",
            priority=True,
            criteria=["SANS_LOGEMENT", "HANDICAP"],
            notified=D(2026, 5, 11),
            deadline=D(2026, 5, 22),
            applied=D(2026, 1, 7),
        )
        cand(c, "NON_ATTRIBUTION", reason="Ressources insuffisantes")
        cand(c, "IRRECEVABILITE", reason="Dossier incomplet")


def test_caleol_report_figures(world):
    _caleol(world.db, world)
    r = build(world, "caleol")
    activity = r.table("activite")
    assert activity.value("Séances tenues", "Nombre") == 2
    assert activity.value("Logements examinés", "Nombre") == 3
    assert activity.value("Candidatures examinées", "Nombre") == 8
    assert (
        activity.value("Logements examinés avec moins de 3 candidats (dérogation)", "Nombre") == 1
    )
    decisions = r.table("decisions")
    assert decisions.value("Non-attribution", "Candidatures") == 3
    assert decisions.value("Attribution par classement (ordre de priorité)", "Candidatures") == 2
    assert decisions.total[1] == 8
    reasons = r.table("motifs_de_refus")
    assert reasons.row("Ressources insuffisantes")[2] == 2
    # Reasons given once are counted together (free text, possibly personal).
    assert reasons.value("Autres motifs", "Candidatures") == 1  # the NON_ATTRIBUTION one
    assert reasons.total[2] == 4
    priority = r.table("publics_prioritaires")
    # Attributions: a (simple), b rank 1, c (suspensive); priority: a and c.
    assert priority.value("Attributions", "Nombre") == 3
    assert priority.value("dont ménages prioritaires (art. L441-1 CCH)", "Nombre") == 2
    assert priority.value(
        "dont ménages prioritaires (art. L441-1 CCH)", "Part des attributions"
    ) == E("66.7")
    assert r.key_figure("Ménages prioritaires").value == E("66.7")
    delays = r.table("delais")
    # Session -> notification: 4, 8, 4 days; session -> deadline: 15, 21, 15.
    assert delays.value("De la séance à la notification de la décision", "Jours") == E("5.3")
    assert delays.value("De la séance à la date limite de réponse à l'offre", "Jours") == E("17.0")
    bxn = build(world, "caleol", "BXN")
    assert bxn.table("activite").value("Logements examinés", "Nombre") == 2
    assert bxn.table("decisions").total[1] == 6


# --------------------------------------------------------------------------- PDF, Excel


def norm(text: str) -> str:
    """Spaces as plain spaces (pdftotext may turn the no-break ones into either)."""
    return " ".join(text.replace(NNBSP, " ").replace(NBSP, " ").split())


def pdf_text(path) -> str:
    return norm(
        subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
    )


@pytest.mark.parametrize("name", ["impayes", "conges", "campagne", "caleol"])
def test_pdf_has_cover_contents_page_numbers_and_the_figures(world, name, tmp_path, renderer):
    _campaign(world.db, world)
    _caleol(world.db, world)
    seen = []
    path = reports.export_report(
        world.db,
        world.actor,
        name,
        FROM,
        TO,
        None,
        tmp_path / f"{name}.pdf",
        renderer=renderer,
        progress=lambda f, t: seen.append((f, t)),
    )
    text = pdf_text(path)
    data = build(world, name)
    assert data.title in text and "du 01/01/2026 au 30/06/2026" in text
    assert "Chiffres clés" in text and "Table des figures" in text
    pages = int(
        subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True)
        .stdout.split("Pages:")[1]
        .split()[0]
    )
    assert pages >= 3 and f"Page 2 / {pages}" in text and f"Page {pages} / {pages}" in text
    assert "Page 1 /" not in text  # the cover has no number
    assert "Figure 1" in text and "Tableau 1" in text
    for k in data.key_figures:
        assert norm(figures.format_value(k.value, k.kind)) in text, k.label
    for table in data.tables():
        assert norm(table.title) in text
    assert [f for f, _ in seen] == sorted(f for f, _ in seen) and seen[-1][0] == 1.0
    with world.db.reader() as s:
        entity, after = s.execute(
            select(AuditEvent.entity, AuditEvent.after)
            .where(AuditEvent.action == "export")
            .order_by(AuditEvent.id.desc())
        ).first()
    assert entity == "rapport" and after["rapport"] == name and after["format"] == "pdf"


def test_pdf_shows_french_amounts(world, tmp_path, renderer):
    path = reports.export_report(
        world.db, world.actor, "impayes", FROM, TO, None, tmp_path / "i.pdf", renderer=renderer
    )
    text = pdf_text(path)
    assert "5 100,00 €" in text and "14,3 %" in text and "1 395,40 €" in text


def test_excel_has_one_sheet_per_table_with_numbers(world, tmp_path):
    from openpyxl import load_workbook

    from desktop.reports import render

    _caleol(world.db, world)
    path = reports.export_report(
        world.db, world.actor, "impayes", FROM, TO, "BXN", tmp_path / "i.xlsx"
    )
    book = load_workbook(path)
    data = build(world, "impayes", "BXN")
    assert book.sheetnames[0] == "Synthèse" and len(book.sheetnames) == 1 + len(data.tables())
    summary = {r[0]: r[1] for r in book["Synthèse"].iter_rows(min_row=2, values_only=True)}
    assert summary["Agence"] == "BXN — Agence Bordeaux Nord"
    assert summary["Plans créés"] == 2  # numbers with number formats, not text
    assert summary["Dette mise sous plan"] == 2100.0
    cells = {r[0].value: r[1] for r in book["Synthèse"].iter_rows(min_row=2)}
    assert cells["Dette mise sous plan"].number_format.startswith("#,##0.00")
    assert cells["Plans créés"].number_format == "#,##0"
    # Sheet names are cut between two words (Excel allows 31 characters).
    for name in book.sheetnames[1:]:
        assert len(name) <= 31
        title = book[name]["A1"].value.split(" — ", 1)[1]
        words = name.split(" ", 1)[1].removesuffix("…").split()
        title_words = [w.strip(",;:") for w in title.split()]
        if words[-1].startswith("("):  # "(2)": a second sheet of the same name
            words = words[:-1]
        assert title_words[: len(words)] == words, (name, title)
        # a tab reads whole: never « T4 Échéances dues et », « … par », « (plans en »
        assert words[-1] not in ("et", "par", "sur", "la", "de", "des", "aux", "en"), name
        assert name.count("(") == name.count(")"), name
    assert "T4 Échéances dues" in book.sheetnames
    assert render.cut_on_word(
        "Échéances dues et réglées, par mois", 31
    ) == "Échéances dues et réglées, par".removesuffix(",")
    sheet = book[book.sheetnames[1]]
    assert sheet["A1"].value == "Tableau 1 — Plans créés sur la période, par type"
    assert [c.value for c in sheet[3]] == ["Type d'accord", "Plans", "Dette mise sous plan"]
    rows = list(sheet.iter_rows(min_row=4, values_only=True))
    assert rows[-1] == ("Total", 2, 2100.0)
    assert sheet.cell(row=4 + len(rows) - 1, column=3).number_format.startswith("#,##0.00")
    months = book[book.sheetnames[4]]
    assert months["A1"].value.startswith("Tableau 4 — Échéances dues")
    total = [r for r in months.iter_rows(min_row=4, values_only=True) if r[0] == "Total"][0]
    assert total[1:4] == (800.0, 1395.4, 400.0) and total[4] == pytest.approx(0.5)
    assert months.cell(row=4, column=5).number_format == "0.0%"

    # Free text that a spreadsheet would run as a formula stays text.
    path = reports.export_report(
        world.db, world.actor, "caleol", FROM, TO, None, tmp_path / "c.xlsx"
    )
    book = load_workbook(path)
    cells = [
        c
        for ws in book
        for row in ws.iter_rows()
        for c in row
        if isinstance(c.value, str) and c.value.startswith("=")
    ]
    assert cells == []  # given once: counted in "Autres motifs", never written

    data = build(world, "caleol")
    data.table("motifs_de_refus").rows.insert(0, ["=1+1", "Non-attribution", 1])
    out = render.write_xlsx(data, tmp_path / "f.xlsx")
    book = load_workbook(out)
    cell = next(c for ws in book for row in ws.iter_rows() for c in row if c.value == "=1+1")
    assert cell.data_type == "s" and cell.quotePrefix


def test_export_refuses_other_extensions_and_keeps_nothing_half_written(world, tmp_path):
    with pytest.raises(ValidationError) as err:
        reports.export_report(
            world.db, world.actor, "impayes", FROM, TO, None, tmp_path / "rapport.docx"
        )
    assert "out_path" in err.value.fields and ".pdf ou .xlsx" in str(err.value)
    out = tmp_path / "exports"
    blocker = out / "dossier.xlsx"
    blocker.mkdir(parents=True)  # a folder where the file should go: writing fails
    with pytest.raises(UserError) as err:
        reports.export_report(world.db, world.actor, "impayes", FROM, TO, None, blocker)
    assert "Impossible d'écrire le fichier « dossier.xlsx »" in str(err.value)
    assert [p.name for p in out.iterdir()] == ["dossier.xlsx"]  # no temporary file left


def test_export_removes_what_a_killed_export_left_in_the_folder(world, tmp_path):
    # A report written when the workstation was switched off leaves its temporary file;
    # the next export into the folder removes it, not one another workstation is writing.
    out = tmp_path / "exports"
    out.mkdir()
    left, busy = out / ".tmp-k1ll3d.xlsx", out / ".tmp-busy.xlsx"
    for path in (left, busy):
        path.write_bytes(b"PK half")
    old = time.time() - 2 * 3600
    os.utime(left, (old, old))
    reports.export_report(world.db, world.actor, "impayes", FROM, TO, None, out / "i.xlsx")
    assert sorted(p.name for p in out.iterdir()) == [".tmp-busy.xlsx", "i.xlsx"]


# --------------------------------------------------------------------------- checks, rights


def test_bad_requests_get_french_messages(world):
    with pytest.raises(ValidationError) as err:
        reports.build_report(world.db, world.actor, "inconnu", TO, FROM)
    assert "Rapport inconnu" in str(err.value.fields["name"])
    assert "précède son début" in str(err.value.fields["date_to"])
    with pytest.raises(ValidationError) as err:
        reports.build_report(world.db, world.actor, "conges", FROM, TO, "ZZZ")
    assert "Agence inconnue" in str(err.value.fields["agency"])
    with pytest.raises(ValidationError):
        reports.build_report(world.db, world.actor, "conges", D(2010, 1, 1), D(2026, 1, 1))


def test_rights_and_agency_scope(world):
    manager = Actor("resp.bxn", "Responsable BXN", role=Role.MANAGER, agency_id=world.bxn)
    r = reports.build_report(world.db, manager, "impayes", FROM, TO)
    assert r.agency_code == "BXN" and r.table("plans_par_type").total[1] == 2
    with pytest.raises(PermissionDenied):
        reports.build_report(world.db, manager, "impayes", FROM, TO, "LIB")
    agent = Actor("agent.bxn", "Agent", role=Role.AGENT, agency_id=world.bxn)
    with pytest.raises(PermissionDenied):
        reports.build_report(world.db, agent, "conges", FROM, TO)
    auditor = Actor("audit", "Auditeur", role=Role.AUDITOR)
    assert reports.build_report(world.db, auditor, "conges", FROM, TO).agency_code is None
    with world.db.reader() as s:
        refused = set(s.scalars(select(AuditEvent.actor).where(AuditEvent.action == "refus")))
    assert refused == {"resp.bxn", "agent.bxn"}


# --------------------------------------------------------------------------- charts


def test_charts_are_svg_with_french_numbers():
    chart = figures.Chart(
        "c",
        "Dette",
        figures.ChartKind.BAR,
        ["janv. 2026", "févr. 2026"],
        [figures.Series("Dû", [E("12500.00"), E("1234.56")])],
        figures.Kind.MONEY,
    )
    svg = charts.render_svg(chart)
    assert svg.startswith("<svg") and "janv. 2026" in svg
    assert f"1{NNBSP}234,56{NBSP}€" in svg  # the exact amount, in the bar's tooltip
    assert f">1{NNBSP}235{NBSP}€<" in svg and f">12,5{NBSP}k€<" in svg  # value labels
    pie = figures.Chart(
        "p", "Statuts", figures.ChartKind.PIE, ["Signé", "Soldé"], [figures.Series("Plans", [3, 1])]
    )
    assert "75,0" in charts.render_svg(pie) and "<path" in charts.render_svg(pie)
    empty = figures.Chart("e", "Rien", figures.ChartKind.LINE, ["a"], [figures.Series("x", [0])])
    assert "Aucune donnée sur la période" in charts.render_svg(empty)
    assert charts.nice_ticks(937) == [0, 200, 400, 600, 800, 1000]


# --------------------------------------------------------------------------- command line


def test_command_line_writes_the_report(world, tmp_path, capsys):
    from desktop.cli import main

    out = tmp_path / "conges.xlsx"
    code = main(
        [
            "report",
            "conges",
            "--from",
            "2026-01-01",
            "--to",
            "30/06/2026",
            "--agency",
            "LIB",
            "--out",
            str(out),
            "--db",
            world.db.url,
        ]
    )
    assert code == 0 and out.is_file()
    captured = capsys.readouterr()
    assert "écrit dans" in captured.out and "100 % Rapport enregistré" in captured.err
    from openpyxl import load_workbook

    summary = {r[0]: r[1] for r in load_workbook(out)["Synthèse"].iter_rows(values_only=True)}
    assert summary["Congés reçus"] == 2
    code = main(
        [
            "report",
            "conges",
            "--from",
            "2026-13-01",
            "--to",
            "2026-01-01",
            "--out",
            str(tmp_path / "x.doc"),
            "--db",
            world.db.url,
        ]
    )
    err = capsys.readouterr().err
    assert code == 2 and "--from : Date invalide" in err and "--out" in err


def test_a_chart_never_shows_two_bars_with_the_same_label():
    from desktop.reports.figures import Chart, ChartKind, Series

    def labels(svg: str) -> list[str]:
        return re.findall(r'<text [^>]*font-size="10(?:\.5)?" [^>]*>([^<]+)</text>', svg)

    same = ["Agence Bordeaux", "Agence Bordeaux", "Mérignac"]
    chart = Chart("x", "Par agence", ChartKind.BAR, same, [Series("Jointes", [3, 4, 5])])
    shown = [t for t in labels(charts.render_svg(chart)) if "Agence" in t or "Mérignac" in t]
    assert len(shown) == 3 and len(set(shown)) == 3, shown
    long = [f"Résidence des Jardins de la Garonne, bâtiment {c}" for c in "ABCDEFGHIJKLMNOP"]
    for kind in (ChartKind.BAR, ChartKind.HBAR, ChartKind.PIE):
        chart = Chart("x", "Par résidence", kind, long, [Series("Ménages", list(range(1, 17)))])
        shown = [t for t in labels(charts.render_svg(chart)) if "Rés" in t]
        assert len(set(shown)) == len(shown) and shown, (kind, shown)
    cut = charts.fit_all(["Résidence Alpha bâtiment A", "Résidence Alpha bâtiment B"], 80, 10)
    assert cut == ["Réside…ment A", "Réside…ment B"]  # cut in the middle: the ends differ


def test_pdf_report_is_tagged_with_alternative_text_on_charts(world, tmp_path, renderer):
    """PDF/UA-1: tagged, French, titled, tables and figures, an alternative text on
    every chart that gives its figures (see tests/pdf_checks.py)."""
    from tests import pdf_checks

    path = reports.export_report(
        world.db, world.actor, "impayes", FROM, TO, None, tmp_path / "i.pdf", renderer=renderer
    )
    s = pdf_checks.check(path)
    assert s.marked and s.lang == "fr-FR" and s.has_parent_tree and s.display_title
    assert s.pdfua_part == "1" and s.unembedded_fonts == []
    assert s.tags["H1"] >= 1 and s.tags["H2"] >= 1 and s.tags["Table"] >= 1 and s.tags["TH"]
    assert s.tags["Figure"] >= 1 and len(s.figure_alts) == s.tags["Figure"]
    charts_ = build(world, "impayes").charts()
    for chart in charts_:
        assert any(alt.startswith(chart.title) for alt in s.figure_alts), chart.title
    assert all(alt.strip() for alt in s.figure_alts)  # the logo says the organisation
    chart_alts = [a for a in s.figure_alts if any(a.startswith(c.title) for c in charts_)]
    assert all(" : " in alt for alt in chart_alts)  # "BXN : 2 100,00 €"


def test_report_says_when_it_was_made_in_local_time_the_french_way(monkeypatch):
    """« Établi le 01/07/2026 à 14 h 05 »: the stored instant is UTC, the reader is in
    France (the attribution reports printed the UTC hour, 12:05)."""
    import time

    from desktop.reports.render import generated_on

    if not hasattr(time, "tzset"):  # Windows: the zone cannot be switched in-process
        pytest.skip("time.tzset is POSIX-only")
    data = figures.ReportData(
        name="impayes",
        title="Impayés",
        subtitle="",
        date_from=dt.date(2026, 1, 1),
        date_to=dt.date(2026, 6, 30),
        agency_code=None,
        agency_label="Toutes les agences",
        generated_at=dt.datetime(2026, 7, 1, 12, 5),
        generated_by="Claire Moreau",
        key_figures=[],
        sections=[],
        notes=[],
    )
    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    try:
        assert generated_on(data) == "01/07/2026 à 14 h 05"
    finally:
        monkeypatch.undo()
        time.tzset()


@pytest.mark.filled_base(fill=None)  # an empty base, its own data
def test_report_data_seeds_notices_with_their_postponements(db, actor):
    """``tests/report_data.py`` (the reports' screenshots data) seeds notices through the
    services, a postponed departure included: it runs with the services' clock."""
    from desktop.domain.notice_case import ExceptionKind
    from tests import report_data

    World(db, actor)
    for n in range(1, 31):
        tenants.create_tenant_file(db, actor, _file(n, "BXN", "0.00"))
    seeded = report_data.seed_activity(
        db, actor, D(2025, 1, 1), D(2025, 12, 31), plans=0, notices=30, seed=1
    )
    assert len(seeded.notices) == 30
    views = [notices.get_notice(db, actor, nid, D(2025, 12, 31)) for nid in seeded.notices]
    postponed = [v for v in views if v.exceptions_of(ExceptionKind.POSTPONEMENT)]
    assert postponed
    assert all(
        v.exceptions_of(ExceptionKind.POSTPONEMENT)[0].agreement_signed_on for v in postponed
    )
