"""Issue 17 through the GUI: the example grid of an EPCI, a written session of 5
dwellings whose candidates are imported from a register export, scores shown and in
the minutes, two members voting in the application within the window and one refused
after it, convocations received by a local SMTP server, the targets page showing the
session's effect."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QProgressDialog,
    QPushButton,
)
from sqlalchemy import select

from desktop import config
from desktop.domain.caleol import AttendanceMode, Decision, MemberRole, SessionMode, Vote
from desktop.domain.roles import Role
from desktop.resources import resource
from desktop.services import accounts, attribution, caleol, member_vote
from desktop.services.caleol import CommissionData, MemberData, SessionData
from desktop.services.caleol import minutes as caleol_minutes
from desktop.services.context import Actor
from desktop.storage.caleol_models import Member
from desktop.storage.models import Agency, Dwelling
from desktop.ui.caleol.session import SessionWindow
from desktop.ui.main_window import MainWindow
from desktop.ui.member_vote import MemberVotePanel
from tests.smtp_server import LocalSmtp

pytestmark = pytest.mark.gui

EPCI = "CA Exemple"
DAY = dt.date(2026, 3, 20)
OPENS, CLOSES = dt.datetime(2026, 3, 18, 8, 0), dt.datetime(2026, 3, 20, 18, 0)
# reference, type, QPV, financing, holder
DWELLINGS = (
    ("G-01", "T2", False, "PLUS", "Préfecture"),
    ("G-02", "T3", False, "PLAI", ""),
    ("G-03", "T3", True, "PLUS", "Action Logement"),
    ("G-04", "T4", False, "PLS", ""),
    ("G-05", "T1", True, "PLAI", "Préfecture"),
)
MEMBERS = (
    ("Lefèvre", "c.lefevre@example.org", True),
    ("Dubois", "jm.dubois@example.org", True),
    ("Benali", "n.benali@example.org", True),
    ("Garnier", "", False),
    ("Marchand", "s.marchand@example.org", False),
    ("Haddad", "", False),
)


def click(qtbot, widget) -> None:
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.fixture
def setup(db, actor, agency, tmp_path):
    with db.transaction() as s:
        agency_id = s.scalar(select(Agency.id).where(Agency.code == agency))
        ids = {}
        for ref, dtype, *_ in DWELLINGS:
            d = Dwelling(
                reference=ref,
                address_line=f"{ref} avenue du Val",
                postcode="26000",
                city="Valence",
                dwelling_type=dtype,
                agency_id=agency_id,
            )
            s.add(d)
            s.flush()
            ids[ref] = d.id
    for ref, _t, qpv, fin, holder in DWELLINGS:
        attribution.set_dwelling_data(
            db, actor, ids[ref], financing=fin, in_qpv=qpv, reservation_holder=holder, epci=EPCI
        )
    attribution.set_setting(db, actor, EPCI, 2026, Decimal(9000), "arrêté (exemple)")
    cid = caleol.create_commission(db, actor, CommissionData(name="CALEOL du Val", territory=EPCI))
    users = {}
    seats = {}
    for last, email, account in MEMBERS:
        seats[last] = caleol.add_member(
            db,
            actor,
            cid,
            MemberData(role=MemberRole.DESIGNE, last_name=last, first_name="Claude", email=email),
        )
        if account:
            uid = accounts.create_user(
                db,
                actor,
                last.lower().replace("è", "e"),
                f"Claude {last}",
                Role.CALEOL_MEMBER,
                "Vote-CALEOL-2026!",
                must_change_password=False,
            )
            with db.transaction() as s:
                s.get(Member, seats[last]).app_user_id = uid
            users[last] = Actor(
                last.lower(), f"Claude {last}", role=Role.CALEOL_MEMBER, user_id=uid
            )
    sid = caleol.create_session(
        db,
        actor,
        cid,
        SessionData(
            number="2026-03E",
            session_date=DAY,
            mode=SessionMode.ECRITE,
            technical_means="Vote dans Parcours",
            vote_opens_at=OPENS,
            vote_closes_at=CLOSES,
        ),
    )
    for ref in ids:
        caleol.add_dwelling_item(db, actor, sid, caleol.dwelling_snapshot(db, actor, ids[ref]))
    for seat in seats.values():
        caleol.set_attendance(db, actor, sid, seat, AttendanceMode.DISTANCE)
    # The register's export: 3 applicants per dwelling.
    export = tmp_path / "export_sne.csv"
    with open(export, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(
            [
                "Numéro unique",
                "Nom",
                "Prénom",
                "Date de dépôt",
                "Nb adultes",
                "Nb enfants",
                "Ressources mensuelles",
                "Priorités",
                "Cotation",
                "Logement",
            ]
        )
        n = 0
        for ref, *_ in DWELLINGS:
            for k in range(3):
                n += 1
                w.writerow(
                    [
                        f"026{n:09d}",
                        f"Demandeur{n}",
                        "Alex",
                        "15/01/2025",
                        "1",
                        str(k),
                        "650" if k == 0 else "1900",
                        "DALO" if k == 2 else "",
                        "50" if n == 1 else "",  # the register's score of one applicant
                        ref,
                    ]
                )
    return sid, seats, users, export


def write_profile(smtp) -> None:
    """The organisation profile of the demo, with the local server's mail settings."""
    profile = resource("demo", "organisation.toml").read_text(encoding="utf-8")
    profile = profile.replace(
        'logo = "logo.png"', f'logo = "{resource("demo", "logo.png").as_posix()}"'
    )
    profile += (
        '\n[messagerie]\nhote = "127.0.0.1"\n'
        f'port = {smtp.port}\nsecurite = "starttls"\n'
        'expediteur = "caleol@bailleur.example"\n'
        f'certificat_ca = "{smtp.cert.as_posix()}"\n'
    )
    config.config_dir().mkdir(parents=True, exist_ok=True)
    (config.config_dir() / "organisation.toml").write_text(profile, encoding="utf-8")


def _modal(callback):
    def run():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, run)
            return
        callback(box)

    QTimer.singleShot(20, run)


def test_issue_17_through_the_gui(qtbot, db, actor, setup, tmp_path, monkeypatch):
    sid, seats, users, export = setup
    window = MainWindow(db, actor)
    qtbot.addWidget(window)
    window.show()
    page = window.cotation_page
    window.nav.setCurrentRow(window.pages.indexOf(page))

    # 1. The example grid of the EPCI.
    grids = page.grids_tab
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (EPCI, True))
    click(qtbot, grids.example_button)
    assert grids.grids.rowCount() == 1
    assert grids.grids.item(0, 0).text() == EPCI and grids.grids.item(0, 5).text() == "EXEMPLE"
    assert grids.criteria.rowCount() == 11  # with the refusal of an adapted dwelling

    # 2. Candidates imported from the register's export, then scored.
    tab = page.sessions_tab
    tab.reload_sessions()
    tab.select_session(sid)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(export), ""))
    seen = []

    def drive(dialog):
        seen.append(dialog.objectName())
        click(qtbot, dialog.check_button)
        seen.append(dialog.report.toPlainText())
        click(qtbot, dialog.import_button)

    _modal(drive)
    click(qtbot, tab.sne_button)
    assert seen[0] == "sneImportDialog"
    assert "15 lignes valables : 15 candidats à créer, aucun à mettre à jour ; aucune " in seen[1]
    click(qtbot, tab.score_button)
    assert tab.scores.rowCount() == 15
    assert tab.status.text() == "15 candidats cotés."
    first = [tab.scores.item(0, c).text() for c in range(4)]
    # 650 € for one adult: 7 800 €/UC a year… and 14 months, ≤ 800 €/UC → 30, T2 fits → 10
    assert first == ["G-01", "026000000001", "Alex Demandeur1", "54"]
    assert tab.scores.item(0, 5).text() == "50" and tab.scores.item(0, 6).text()
    third = [tab.scores.item(2, c).text() for c in (2, 3)]
    # DALO 200 + 14 months + 3 persons fit a T2 → 10; 1 900 € / 1,6 UC > 800 → 0
    assert third == ["Alex Demandeur3", "224"]
    tab.scores.selectRow(2)
    assert "Reconnu prioritaire DALO : 200 points" in tab.detail.toPlainText()
    click(qtbot, tab.statement_button)
    assert "Cotation de la demande : 224 points" in tab.detail.toPlainText()
    # Comparable: the same grid and typology (the three T2 applications): first of three.
    assert (
        "Position parmi les 3 demandes comparables (même territoire, même typologie) : 1"
        in tab.detail.toPlainText()
    )

    # 2b. A refusal of an adapted dwelling without a legitimate reason, reported for
    # Demandeur1, costs him 20 points (example grid); withdrawn, they come back.
    tab.scores.selectRow(0)
    click(qtbot, tab.refusal_button)
    dialog = tab.refusal_dialog
    assert not dialog.own_offer.isEnabled()  # nothing was offered to him here
    dialog.refused_on.setDate(QDate(2026, 1, 10))
    dialog.dwelling.setText("Autre bailleur, T2 Romans")
    click(qtbot, dialog.save_button)
    assert "motif" in dialog.message.text()  # no reason typed: refused, nothing saved
    assert dialog.list.count() == 0
    dialog.reason.setPlainText("Logement adapté refusé pour le quartier (registre).")
    click(qtbot, dialog.save_button)
    assert dialog.message.text() == "Refus enregistré : il compte dans la cotation."
    assert dialog.list.count() == 1 and "10/01/2026" in dialog.list.item(0).text()
    assert tab.scores.item(0, 3).text() == "34"
    dialog.list.setCurrentRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Erreur de saisie", True))
    click(qtbot, dialog.remove_button)
    assert dialog.list.count() == 0 and tab.scores.item(0, 3).text() == "54"
    dialog.accept()

    # 3. The session's effect on the targets: a first-quartile proposal in QPV lowers
    # the "other quartiles" figure (no allocation yet this year: 0 % → not met).
    effects = [tab.effects.item(i).text() for i in range(tab.effects.count())]
    assert any(
        t.startswith("⚠ Alex Demandeur7 (G-03)")
        and "Attributions en QPV aux trois autres quartiles" in t
        and "non atteint" in t
        for t in effects
    )

    # 4. Convocations through the organisation profile's mail settings, sent in the
    # background with a progress dialog; the result per member at the end.
    with LocalSmtp(tmp_path) as smtp:
        write_profile(smtp)
        click(qtbot, tab.convene_button)
        assert tab.findChild(QProgressDialog, "sendingProgress") is not None
        assert tab.wait_sending()
    assert (
        "4 convocations envoyées par courriel, 2 à remettre, aucun échec d'envoi."
        in tab.status.text()
    )
    assert sorted(m["To"] for m in smtp.handler.messages) == [
        "c.lefevre@example.org",
        "jm.dubois@example.org",
        "n.benali@example.org",
        "s.marchand@example.org",
    ]
    result = tab.result_dialog
    assert result is not None and result.isVisible()
    outcome = {
        result.table.item(r, 0).text(): result.table.item(r, 2).text()
        for r in range(result.table.rowCount())
    }
    assert outcome["Claude Garnier"] == "Sans adresse : à remettre"
    assert outcome["Claude Lefèvre"] == "Envoyé"
    click(qtbot, result.findChild(QPushButton, "closeSendingResult"))

    # 5. Members vote in the application: two within the window, one after it.
    caleol.open_session(db, actor, sid)
    candidate = caleol.get_session(db, actor, sid).items[0].candidates[0].id
    panels = {}
    for last, when in (
        ("Lefèvre", dt.datetime(2026, 3, 19, 9, 0)),
        ("Dubois", dt.datetime(2026, 3, 20, 17, 30)),
        ("Benali", dt.datetime(2026, 3, 20, 18, 5)),
    ):
        monkeypatch.setattr(member_vote, "now", lambda when=when: when)
        panel = MemberVotePanel(db, users[last])
        qtbot.addWidget(panel)
        panels[last] = panel
        panel.select_candidate(candidate)
        if last == "Benali":
            assert not panel.vote_buttons[Vote.POUR].isEnabled()
            assert "hors de la fenêtre de vote" in panel.table.item(0, 8).text()
            continue
        click(qtbot, panel.vote_buttons[Vote.POUR])
        assert panel.status.text().startswith("Vote enregistré : Pour")
        assert panel.table.item(0, 7).text() == "Pour"
    # Refused after the window even if the button were reached.
    monkeypatch.setattr(member_vote, "now", lambda: dt.datetime(2026, 3, 20, 18, 5))
    panels["Benali"].cast(Vote.POUR)
    assert "hors de la fenêtre de vote" in panels["Benali"].status.text()

    # 6. Scores and how the votes were cast in the minutes.
    minutes = caleol_minutes.build_minutes(db, actor, sid)
    line = minutes.dwellings[0].candidates[0]
    assert line.score.startswith("54 points (grille CA Exemple v1)")
    assert line.vote_channels == "2 — voté par le membre dans l'application"

    # 7. The session window's agenda tab: the score column, its detail, the register's
    # score flagged, and the targets warning once the committee proposes an allocation.
    by_name = {
        c.full_name: c.id
        for item in caleol.get_session(db, actor, sid).items
        for c in item.candidates
    }
    caleol.decide(db, actor, by_name["Alex Demandeur7"], Decision.ATTRIBUTION)
    session_window = SessionWindow(db, actor, sid)
    qtbot.addWidget(session_window)
    session_window.show()
    agenda = session_window.agenda_tab
    session_window.tabs.setCurrentWidget(agenda)
    agenda.list.setCurrentRow(0)
    table = agenda.candidates
    header = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    score_col, targets_col = header.index("Cotation"), header.index("Objectifs")
    assert [table.item(r, score_col).text() for r in range(3)] == ["⚠ 54", "24", "224"]
    tip = table.item(0, score_col).toolTip()
    assert "Cotation du registre : 50" in tip and "Ancienneté" in tip
    table.selectRow(2)
    detail = agenda.cotation_detail.text()
    assert "Alex Demandeur3" in detail and "Reconnu prioritaire DALO 200" in detail
    assert "Si le logement lui est attribué" in detail
    assert not agenda.item_warnings.isVisible() or "Attribution proposée" not in (
        agenda.item_warnings.text()
    )
    agenda.list.setCurrentRow(2)  # G-03, in QPV: Demandeur7 is of the first quartile
    assert table.item(0, targets_col).text() == "⚠ baisse"
    assert "Attributions en QPV aux trois autres quartiles" in table.item(0, targets_col).toolTip()
    warning = agenda.item_warnings.text()
    assert agenda.item_warnings.isVisible()
    assert "Attribution proposée à Alex Demandeur7" in warning
    assert "Attributions en QPV aux trois autres quartiles" in warning
    assert "Attribution proposée" in agenda.list.item(2).toolTip()
    # Seen from every tab: the window's own warning banner says it too.
    session_window.tabs.setCurrentWidget(session_window.votes_tab)
    assert session_window.warnings.isVisible()
    assert "Attribution proposée à Alex Demandeur7" in session_window.warnings.text()
    session_window.close()

    # 8. The targets page.
    targets = page.targets_tab
    targets.reload_epcis()
    targets.epci.setCurrentText(EPCI)
    targets.year.setValue(2026)
    click(qtbot, targets.show_button)
    assert targets.figures.rowCount() >= 2
    assert targets.threshold.text().startswith("9")
    assert targets.summary.text().startswith("1 attribution en 2026 ; seuil : ")
    # The intercommunal orientations set another QPV figure: 60 %.
    targets.rates["other_quartiles_in_qpv"].setValue(60)
    click(qtbot, targets.save_button)
    assert targets.figures.item(1, 1).text() == "60\u00a0%"
    assert attribution.get_setting(db, actor, EPCI, 2026).rates.other_quartiles_in_qpv == Decimal(
        60
    )
    window.close()


def test_grid_edited_exported_and_imported_in_the_page(qtbot, db, actor, tmp_path, monkeypatch):
    from desktop.services import cotation
    from desktop.ui.cotation import GridsTab

    tab = GridsTab(db, actor)
    qtbot.addWidget(tab)
    tab.install_example("CC du Plateau")
    assert tab.criteria.rowCount() == 11
    # Typed points are checked; the grid is left unchanged on error.
    warnings = []
    monkeypatch.setattr(
        "desktop.ui.cotation.grids.QMessageBox.warning", lambda *a, **k: warnings.append(a[2])
    )
    tab.criteria.item(5, 3).setText("beaucoup")
    click(qtbot, tab.save_button)
    assert "« beaucoup » n'est pas un nombre de points" in warnings[-1]
    tab.criteria.item(5, 3).setText("1,5")
    tab.criteria.item(5, 4).setText("48")
    click(qtbot, tab.add_button)
    row = tab.criteria.rowCount() - 1
    for col, text in ((0, "SORTIE_HEBERGEMENT"), (1, "Sortie d'hébergement"), (3, "25")):
        tab.criteria.item(row, col).setText(text)
    tab.criteria.cellWidget(row, 2).setCurrentIndex(
        tab.criteria.cellWidget(row, 2).findData("MANUAL")
    )
    click(qtbot, tab.save_button)
    assert tab.note.text() == "Grille enregistrée."
    grid = cotation.list_grids(db, actor)[0].grid
    anc = grid.criterion("ANCIENNETE")
    assert (anc.points, anc.cap) == (Decimal("1.5"), Decimal(48))
    assert grid.criterion("SORTIE_HEBERGEMENT").source.value == "MANUAL"
    # Export then import as the next version elsewhere: refused while overlapping.
    target = tmp_path / "grille.xlsx"
    tab.export_file(str(target))
    assert target.is_file() and "Grille exportée" in tab.note.text()
    refusal = cotation.read_grid_file(target).criterion("REFUS_ADAPTE")
    assert (refusal.source.value, refusal.points, refusal.parameter) == (
        "ADAPTED_REFUSAL",
        Decimal(-20),
        "12",
    )
    tab.import_file(str(target))
    assert "existe déjà" in warnings[-1]
    assert tab.grids.rowCount() == 1
    # A new version from a given date is listed and selected.
    tab.new_version(dt.date(2030, 1, 1))
    assert tab.grids.rowCount() == 2 and tab.current().grid.version == 2


def test_sending_in_the_background_with_failures_and_cancel(
    qtbot, db, actor, setup, tmp_path, monkeypatch
):
    """Convocations go out off the GUI thread: the window answers meanwhile; a box the
    server refuses is a failure with its French reason; cancelling stops the e-mails
    not sent yet (each recorded and audited); then the minutes-review notice."""
    from desktop.services import convocations
    from desktop.storage.models import AuditEvent

    sid = setup[0]
    window = MainWindow(db, actor)
    qtbot.addWidget(window)
    window.show()
    page = window.cotation_page
    window.nav.setCurrentRow(window.pages.indexOf(page))
    tab = page.sessions_tab
    tab.reload_sessions()
    tab.select_session(sid)
    with LocalSmtp(tmp_path) as smtp:
        write_profile(smtp)
        smtp.handler.refuse = {"jm.dubois@example.org"}
        smtp.handler.hold_for = "n.benali@example.org"
        click(qtbot, tab.convene_button)
        # While Benali's message waits on the server, the GUI thread turns.
        qtbot.waitUntil(smtp.handler.held.is_set, timeout=60_000)
        assert tab.sending and not tab.convene_button.isEnabled()
        dialog = tab.findChild(QProgressDialog, "sendingProgress")
        assert dialog is not None and dialog.value() >= 500  # the documents are made
        assert "Envoi à" in dialog.labelText()
        click(qtbot, dialog.findChild(QPushButton))  # "Annuler"
        assert "Annulation demandée" in tab.status.text()
        smtp.handler.release.set()
        assert tab.wait_sending()
    received = sorted(m["To"] for m in smtp.handler.messages)
    assert "jm.dubois@example.org" not in received and "n.benali@example.org" in received
    result = tab.result_dialog
    rows = {
        result.table.item(r, 0).text(): (
            result.table.item(r, 2).text(),
            result.table.item(r, 3).text(),
        )
        for r in range(result.table.rowCount())
    }
    assert rows["Claude Dubois"][0] == "Échec de l'envoi"
    assert rows["Claude Dubois"][1].startswith("Adresse refusée par le serveur de messagerie (550")
    assert rows["Claude Benali"][0] == "Envoyé"  # the message under way was finished
    assert rows["Claude Garnier"][0] == "Sans adresse : à remettre"
    assert rows["Claude Lefèvre"][0] == "Envoyé"  # convened before Benali
    assert rows["Claude Marchand"] == ("Non envoyé (envoi annulé)", "")  # after: not sent
    cancelled = [name for name, (status, _) in rows.items() if status.startswith("Non envoyé")]
    assert cancelled == ["Claude Marchand"]
    assert "Envoi annulé" in result.summary.text()
    # Every sending recorded and audited, the cancelled ones too.
    messages = convocations.messages_of(db, actor, sid)
    assert sorted(m.status for m in messages).count("CANCELLED") == len(cancelled)
    with db.reader() as s:
        actions = list(
            s.scalars(
                select(AuditEvent.action).where(AuditEvent.entity == convocations.ENTITY_MESSAGE)
            )
        )
    assert actions.count("envoi_cancelled") == len(cancelled)
    assert actions.count("envoi_failed") == 1
    click(qtbot, result.findChild(QPushButton, "closeSendingResult"))

    # The minutes-review notice by the same channel, in the background too.
    with LocalSmtp(tmp_path) as smtp:
        write_profile(smtp)
        click(qtbot, tab.review_button)
        assert tab.wait_sending()
    assert sorted(m["To"] for m in smtp.handler.messages) == [
        "c.lefevre@example.org",
        "jm.dubois@example.org",
        "n.benali@example.org",
    ]
    assert tab.status.text().startswith(
        "3 membres prévenus que le procès-verbal attend sa relecture, aucun échec d'envoi."
    )
    assert tab.result_dialog.table.rowCount() == 3
