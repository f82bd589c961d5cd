"""A whole CALEOL session through the GUI (issue 7): members, attendance, 5 dwellings
with 3 candidates each, votes with a tie, minutes generated, two review rounds, signed,
locked; an attempt to edit afterwards is refused."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel, QPushButton

from desktop.documents import signing
from desktop.domain.caleol import (
    AttendanceMode,
    Decision,
    MemberRole,
    OccupationGround,
    PriorityCriterion,
    SessionMode,
    Vote,
)
from desktop.domain.formatting import format_date_fr
from desktop.domain.minutes import MinutesStatus
from desktop.domain.roles import Role
from desktop.services import accounts, caleol, tenants
from desktop.services.caleol import minutes as pvs
from desktop.services.context import Actor
from desktop.ui.caleol.session import SessionWindow
from desktop.ui.letter_dialog import SIGNING, SigningKeyDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.widgets.tables import select_row_with

pytestmark = pytest.mark.gui

TODAY = dt.date.today()

# key, role, civility, first name, last name, commune, president
MEMBERS = (
    ("lefevre", MemberRole.DESIGNE, "Mme", "Catherine", "Lefevre", "", True),
    ("dubois", MemberRole.DESIGNE, "M.", "Jean-Marc", "Dubois", "", False),
    ("benali", MemberRole.DESIGNE, "Mme", "Nadia", "Benali", "", False),
    ("garnier", MemberRole.DESIGNE, "M.", "Philippe", "Garnier", "", False),
    ("marchand", MemberRole.DESIGNE, "Mme", "Sophie", "Marchand", "", False),
    ("haddad", MemberRole.REPR_LOCATAIRES, "M.", "Karim", "Haddad", "", False),
    ("castaing", MemberRole.MAIRE, "M.", "Laurent", "Castaing", "Bordeaux", False),
    ("roussel", MemberRole.PREFET, "Mme", "Hélène", "Roussel", "", False),
)
#: the vote order of the strings below; Marchand votes through her proxy holder
VOTERS = ("lefevre", "dubois", "benali", "garnier", "marchand", "haddad", "roussel", "castaing")
PRESENT = ("lefevre", "dubois", "benali", "garnier", "haddad", "castaing", "roussel")

# reference, address, postcode, commune, type
DWELLINGS = (
    ("LGT-BX-0412", "14 rue Camille Godard", "33000", "Bordeaux", "T3"),
    ("LGT-BX-0877", "8 cours de la Somme", "33800", "Bordeaux", "T2"),
    ("LGT-BX-1203", "27 rue Lucien Faure", "33300", "Bordeaux", "T4"),
    ("LGT-BX-1540", "5 allée des Pins", "33100", "Bordeaux", "T1"),
    ("LGT-MER-0231", "112 avenue de la Marne", "33700", "Mérignac", "T3"),
)
D = Decision
# Per dwelling, per candidate: votes (P/C/A/- in VOTERS order), decision, rank, reason
PLAN = (
    (
        ("PPPPPPPP", D.ATTRIBUTION_RANG, 1, ""),
        ("PPPPPPAP", D.ATTRIBUTION_RANG, 2, ""),
        ("CCCCPCCC", D.NON_ATTRIBUTION, None, "Taux d'effort trop élevé"),
    ),
    # the tie: 3 pour, 4 contre, and the mayor pour: 4-4, his casting vote decides
    (
        ("PCPCPCCP", D.ATTRIBUTION, None, ""),
        ("CCCCCACC", D.NON_ATTRIBUTION, None, "Candidat prioritaire retenu"),
        ("CCCCCCCC", D.IRRECEVABILITE, None, "Ressources supérieures aux plafonds PLAI"),
    ),
    (
        ("PPPPPPPP", D.ATTRIBUTION_CONDITION_SUSPENSIVE, None, ""),
        ("CCCPCCCC", D.NON_ATTRIBUTION, None, "Logement inadapté à la composition familiale"),
        ("CCACCCCC", D.NON_ATTRIBUTION, None, "Mutation non prioritaire"),
    ),
    (
        ("PPPPPPPP", D.ATTRIBUTION_RANG, 1, ""),
        ("PPPPPPPP", D.ATTRIBUTION_RANG, 2, ""),
        ("PPPPAPPP", D.ATTRIBUTION_RANG, 3, ""),
    ),
    # Mérignac: the mayor of Bordeaux does not vote; Benali in conflict on the 2nd
    (
        ("PPPPPPP-", D.ATTRIBUTION, None, ""),
        ("CC-CCCC-", D.NON_ATTRIBUTION, None, "Ressources insuffisantes pour ce PLS"),
        ("CCCCCCC-", D.NON_ATTRIBUTION, None, "Taux d'effort de 41,6 %"),
    ),
)
CODES = {"P": Vote.POUR, "C": Vote.CONTRE, "A": Vote.ABSTENTION}


def click(qtbot, widget) -> None:
    assert widget.isEnabled(), widget.objectName()
    if (
        isinstance(widget, QAbstractButton)
        and widget.isCheckable()
        and not isinstance(widget, QPushButton)
    ):  # on the box, not past the text
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(6, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose(combo, value) -> None:
    index = combo.findData(value)
    assert index >= 0, (combo.objectName(), value)
    combo.setCurrentIndex(index)


@pytest.fixture
def member_account(db, actor):
    """Jean-Marc Dubois reviews the minutes himself, in the application."""
    uid = accounts.create_user(
        db,
        actor,
        "jm.dubois",
        "Jean-Marc Dubois",
        Role.CALEOL_MEMBER,
        "Caleol-test-2026!",
        must_change_password=False,
    )
    return Actor("jm.dubois", "Jean-Marc Dubois", role=Role.CALEOL_MEMBER, user_id=uid)


@pytest.fixture
def president_account(db, actor):
    """Catherine Lefevre, the president, signs the minutes from her own account."""
    uid = accounts.create_user(
        db,
        actor,
        "c.lefevre",
        "Catherine Lefevre",
        Role.CALEOL_MEMBER,
        "Caleol-test-2026!",
        must_change_password=False,
    )
    return Actor("c.lefevre", "Catherine Lefevre", role=Role.CALEOL_MEMBER, user_id=uid)


@pytest.fixture
def window(qtbot, db, actor, agency):
    w = MainWindow(db, actor)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.nav.setCurrentRow(w.pages.indexOf(w.caleol_page))
    yield w
    for session_window in list(w.caleol_page.open_windows.values()):
        session_window.close()


# --------------------------------------------------------------------------- steps


def create_commission(qtbot, page):
    click(qtbot, page.new_commission_button)
    dialog = page.dialog
    dialog.name.setText("CALEOL Bordeaux Métropole")
    dialog.territory.setText("Bordeaux Métropole")
    dialog.reglement_version.setPlainText("Règlement intérieur du 14/03/2024, version 3")
    assert dialog.designated_required.value() == 3  # the usual quorum, configurable
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    assert "Quorum : 3 membres désignés présents ou représentés ; 1 pouvoir par membre" in (
        page.rules.text()
    )


def add_members(qtbot, page, member_account, president_account=None) -> dict[str, int]:
    for key, role, civility, first, last, commune, president in MEMBERS:
        click(qtbot, page.add_member_button)
        dialog = page.dialog
        choose(dialog.role, role)
        dialog.civility.setCurrentText(civility)
        dialog.first_name.setText(first)
        dialog.last_name.setText(last)
        dialog.commune.setText(commune)
        dialog.mandate_start.setText(format_date_fr(TODAY.replace(day=1)))
        if president:
            click(qtbot, dialog.is_president)
        if key == "dubois":
            choose(dialog.account, member_account.user_id)
        if key == "lefevre" and president_account is not None:
            choose(dialog.account, president_account.user_id)
        if key == "castaing":  # the mayor needs his commune: refused without it
            dialog.commune.clear()
            click(qtbot, dialog.ok_button)
            assert dialog.isVisible()
            assert "commune du maire" in dialog.rows["commune"].error.text()
            dialog.commune.setText(commune)
        click(qtbot, dialog.ok_button)
        assert not dialog.isVisible(), dialog.general_error.text()
    assert page.members.rowCount() == len(MEMBERS)
    assert "Président : Mme Catherine Lefevre" in page.rules.text()
    c = page.current_commission()
    return {
        key: next(m.id for m in c.members if m.last_name == last)
        for key, _r, _c, _f, last, _co, _p in MEMBERS
    }


def create_session(qtbot, page) -> SessionWindow:
    click(qtbot, page.new_session_button)
    dialog = page.dialog
    dialog.form.number.setText("2026-04")
    dialog.form.session_date.setText(format_date_fr(TODAY))
    dialog.form.start_time.setText("14:30")
    dialog.form.place.setText("Salle du conseil, siège")
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    (window,) = page.open_windows.values()
    assert window.view.number == "2026-04"
    assert page.sessions.rowCount() == 1
    return window


def record_attendance(qtbot, w: SessionWindow, ids) -> None:
    tab = w.attendance_tab
    w.tabs.setCurrentWidget(tab)
    assert tab.banner.text().startswith("Quorum non atteint")
    for n, key in enumerate(PRESENT):
        choose(tab.mode_combos[ids[key]], AttendanceMode.PRESENT)
        if n == 1:  # two designated members: not yet
            assert tab.banner.text().startswith("Quorum non atteint")
    assert tab.banner.text().startswith("Quorum atteint : 5 membres désignés présents ou")
    # The time the president arrived, typed "9h05", is recorded and shown back.
    tab.time_edits[ids["lefevre"]].setText("9h05")
    tab.time_edits[ids["lefevre"]].editingFinished.emit()
    assert tab.time_edits[ids["lefevre"]].text() == "09:05"
    # Sophie Marchand gives her proxy to the president.
    choose(tab.proxy_combos[ids["marchand"]], ids["lefevre"])
    assert tab.mode_combos[ids["marchand"]].currentData() == AttendanceMode.REPRESENTE
    assert tab.banner.text().startswith(
        "Quorum atteint : 6 membres désignés présents ou représentés sur 6 (3 requis)."
    )
    assert tab.rules.text().startswith(
        "Règlement intérieur : quorum de 3 membres désignés présents ou représentés ; "
        "1 pouvoir au plus par membre ; séance dématérialisée valable"
    )
    assert "#e6f4ea" in tab.banner.styleSheet()  # green


def build_agenda(qtbot, w: SessionWindow, ids) -> list[tuple[int, list[int]]]:
    tab = w.agenda_tab
    w.tabs.setCurrentWidget(tab)
    agenda = []
    serial = 0
    for reference, address, postcode, commune, dtype in DWELLINGS:
        click(qtbot, tab.add_button)
        dialog = tab.dialog
        dialog.form.reference.setText(reference)
        dialog.form.address.setText(address)
        dialog.form.postcode.setText(postcode)
        dialog.form.commune.setText(commune)
        choose(dialog.form.dwelling_type, dtype)
        dialog.form.surface.setText("64,50")
        dialog.form.rent.setText("452,30")
        dialog.form.charges.setText("96,00")
        dialog.form.funding.setCurrentText("PLUS")
        click(qtbot, dialog.ok_button)
        assert not dialog.isVisible(), dialog.form.general_error.text()
        item = tab.current_item()
        assert item.reference == reference
        candidate_ids = []
        for n in range(3):
            serial += 1
            click(qtbot, tab.add_candidate_button)
            dialog = tab.dialog
            if serial == 1:  # no application without its numéro unique
                dialog.last_name.setText("Roche")
                click(qtbot, dialog.ok_button)
                assert dialog.isVisible()
                assert "numéro unique" in dialog.rows["numero_unique"].error.text()
            dialog.numero_unique.setText(f"0332640{serial:08d}")
            dialog.civility.setCurrentText("Mme" if n % 2 == 0 else "M.")
            dialog.first_name.setText(f"Prénom{serial}")
            dialog.last_name.setText(f"Candidat{serial:02d}")
            dialog.household_composition.setText("Couple, 1 enfant")
            dialog.adults.setValue(2)
            dialog.children.setValue(1)
            dialog.monthly_resources.setText("1 845,00")
            dialog.effort_rate.setText("24,10")
            dialog.remaining_income_per_unit.setText("512,30")
            dialog.postal_address.setPlainText(f"{serial} rue de la République\n33000 BORDEAUX")
            if serial == 2:
                click(qtbot, dialog.criteria[PriorityCriterion.MAL_LOGE])
            click(qtbot, dialog.ok_button)
            assert not dialog.isVisible(), dialog.general_error.text()
            candidate_ids.append(tab.current_candidate().id)
            if n == 1:  # fewer than 3 candidates: the legal warning, until the third
                assert "2 candidats seulement pour ce logement" in tab.item_warnings.text()
        assert not tab.item_warnings.isVisible()
        assert tab.candidates.rowCount() == 3
        agenda.append((item.id, candidate_ids))
    assert tab.list.count() == 5
    tab.list.setCurrentRow(0)
    assert tab.candidates.item(1, 6).text() == "Personne mal logée ou défavorisée"

    # Nadia Benali knows the second household proposed for the Mérignac dwelling.
    tab.list.setCurrentRow(4)
    click(qtbot, tab.add_conflict_button)
    dialog = tab.dialog
    choose(dialog.member, ids["benali"])
    choose(dialog.candidate, agenda[4][1][1])
    dialog.note.setText("Lien de voisinage")
    click(qtbot, dialog.findChild(QPushButton, "conflictOk"))
    assert not dialog.isVisible()
    assert tab.conflicts.count() == 1 and "Benali" in tab.conflicts.item(0).text()
    return agenda


def vote_and_decide(qtbot, w: SessionWindow, ids, agenda) -> None:
    tab = w.votes_tab
    w.tabs.setCurrentWidget(tab)
    tab.select(agenda[0][0], 0)
    # Not open yet: no vote can be recorded.
    assert "n'est pas ouverte" in tab.hint.text()
    assert not tab.vote_combos[ids["lefevre"]].isEnabled()
    w.tabs.setCurrentWidget(w.session_tab)
    click(qtbot, w.session_tab.open_button)
    assert w.view.status.value == "OPEN"
    w.tabs.setCurrentWidget(tab)
    assert not tab.hint.isVisible()
    for d_index, (item_id, candidate_ids) in enumerate(agenda):
        for c_index, candidate_id in enumerate(candidate_ids):
            tab.select(item_id, c_index)
            assert tab.current_candidate().id == candidate_id
            votes, decision, rank, reason = PLAN[d_index][c_index]
            for voter, code in zip(VOTERS, votes, strict=True):
                combo = tab.vote_combos[ids[voter]]
                if code == "-":
                    assert not combo.isEnabled()
                    continue
                assert combo.isEnabled(), (voter, combo.toolTip())
                choose(combo, CODES[code])
            assert w.error.isHidden(), w.error.text()
            if d_index == 1 and c_index == 0:  # the tie and the mayor's casting vote
                assert tab.tally.text().startswith(
                    "Pour : 4 — Contre : 4 — Abstention : 0 → <b>Adoptée</b>"
                )
                assert "la voix prépondérante du maire l'emporte (pour)" in tab.tally.text()
            if d_index == 4:
                mayor = tab.vote_combos[ids["castaing"]]
                assert "ne vote que pour les logements de sa commune" in mayor.toolTip()
                if c_index == 1:
                    assert "conflit d'intérêts" in tab.vote_combos[ids["benali"]].toolTip()
            form = tab.form
            choose(form.decision, decision)
            if rank:
                form.rank.setValue(rank)
            if decision is Decision.ATTRIBUTION_CONDITION_SUSPENSIVE:
                form.condition_document.setText("Avis d'imposition de l'année précédente")
                form.condition_deadline.setText(format_date_fr(TODAY + dt.timedelta(days=15)))
            if d_index == 0 and c_index == 2:  # a refusal needs its reason
                click(qtbot, tab.save_button)
                assert "motif est obligatoire" in form.rows["reason"].error.text()
            form.reason.setPlainText(reason)
            click(qtbot, tab.save_button)
            assert form.general_error.isHidden(), form.general_error.text()
            assert tab.current_candidate().decision is decision
    assert w.view.warnings == ()
    w.tabs.setCurrentWidget(w.session_tab)
    click(qtbot, w.session_tab.close_button)
    assert w.view.status.value == "CLOSED"


def wait_idle(qtbot, panel) -> None:
    qtbot.waitUntil(lambda: not panel.busy, timeout=120_000)
    assert panel.error.isHidden(), panel.error.text()


def answer_for(qtbot, panel, member_id: int, approve: bool = True, comment: str = "") -> None:
    click(qtbot, panel.review_button)
    dialog = panel.dialog
    choose(dialog.member, member_id)
    click(qtbot, dialog.approve if approve else dialog.comment_choice)
    dialog.comment.setPlainText(comment)
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible(), dialog.error.text()


def approve_in_app(qtbot, db, member_account, expected_version: int, comment: str = ""):
    """Jean-Marc Dubois signs in: he sees only the minutes to review, and approves."""
    member_window = MainWindow(db, member_account)
    qtbot.addWidget(member_window)
    member_window.show()
    member_window.nav.setCurrentRow(member_window.pages.indexOf(member_window.caleol_page))
    review = member_window.caleol_page.review_panel
    assert (
        review is not None
        and member_window.caleol_page.findChild(QPushButton, "newSession") is None
    )
    assert review.table.rowCount() == 1
    assert review.table.item(0, 3).text() == str(expected_version)
    assert review.table.item(0, 5).text() == "à donner"
    assert review.intro.text().endswith(
        "1 procès-verbal attend votre réponse. Lisez le PDF puis approuvez-le, ou demandez "
        "une modification."
    )
    click(qtbot, review.approve_button)
    assert review.table.item(0, 5).text() == "Approuve"
    assert review.intro.text().endswith("Aucun procès-verbal n'attend votre réponse.")
    member_window.close()


def sign_with_certificate(
    qtbot, panel, tmp_path, name="Catherine Lefevre", refused: bool = False
) -> None:
    folder = tmp_path / name.replace(" ", "-")
    folder.mkdir(exist_ok=True)
    path, password, _cert = signing.make_test_certificate(folder, name, "Logis de Garonne")

    def fill():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SigningKeyDialog):
            QTimer.singleShot(20, fill)
            return
        dialog.path.setText(str(path))
        dialog.password.setText(password)
        dialog.load()

    QTimer.singleShot(20, fill)
    click(qtbot, panel.sign_button)
    if refused:
        qtbot.waitUntil(lambda: not panel.busy, timeout=120_000)
    else:
        wait_idle(qtbot, panel)


# --------------------------------------------------------------------------- the test


def sign_as_president(qtbot, db, president_account, tmp_path, monkeypatch) -> None:
    """Catherine Lefevre signs in: her minutes to sign; a certificate in another name is
    refused, hers is taken."""
    president_window = MainWindow(db, president_account)
    qtbot.addWidget(president_window)
    president_window.show()
    president_window.nav.setCurrentRow(president_window.pages.indexOf(president_window.caleol_page))
    review = president_window.caleol_page.review_panel
    assert review.table.rowCount() == 1 and review.table.item(0, 4).text() == "Approuvé"
    assert review.sign_button.isEnabled()
    sign_with_certificate(qtbot, review, tmp_path, "Jean-Marc Dubois", refused=True)
    assert "établi au nom de « Jean-Marc Dubois »" in review.error.text()
    monkeypatch.setattr(SIGNING, "key", None)  # she chooses her own certificate
    sign_with_certificate(qtbot, review, tmp_path)
    assert "Procès-verbal signé" in review.status.text()
    president_window.close()


def test_whole_session_through_the_gui(
    qtbot, window, db, actor, member_account, president_account, tmp_path, monkeypatch
):
    monkeypatch.setattr(SIGNING, "key", None)
    review_dir = tmp_path / "relecture"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(review_dir))
    page = window.caleol_page
    create_commission(qtbot, page)
    ids = add_members(qtbot, page, member_account, president_account)
    w = create_session(qtbot, page)
    record_attendance(qtbot, w, ids)
    agenda = build_agenda(qtbot, w, ids)
    summary = w.session_tab.summary.text()
    assert "Ordre du jour : 5 logements, 15 candidats, 0 examen de l'occupation." in summary
    assert "(s)" not in summary
    vote_and_decide(qtbot, w, ids, agenda)
    assert page.sessions.item(0, 8).text() == "15"  # decisions

    # ----------------------------------------------------------- minutes, round 1
    panel = w.minutes_tab
    w.tabs.setCurrentWidget(panel)
    click(qtbot, panel.generate_button)
    wait_idle(qtbot, panel)
    assert panel.table.rowCount() == 1 and panel.table.item(0, 1).text() == "Projet"
    click(qtbot, panel.send_button)
    assert len(list(review_dir.glob("PV-2026-04-v1-*.pdf"))) == 8  # one per voting member
    assert panel.status.text().startswith(
        "Version 1 soumise aux membres : 8 exemplaires déposés dans "
    )
    assert panel.table.item(0, 1).text() == "Soumis aux membres"
    approve_in_app(qtbot, db, member_account, 1)
    panel.reload_versions()
    for key in ("lefevre", "benali", "garnier", "castaing", "roussel"):
        answer_for(qtbot, panel, ids[key])
    answer_for(
        qtbot,
        panel,
        ids["haddad"],
        approve=False,
        comment="Préciser le motif du refus du 3e candidat du premier logement.",
    )
    assert "Modification demandée par : M. Karim Haddad" in panel.approval.text()
    assert not panel.sign_button.isEnabled()

    # The secretary takes the comment into account: reopen, fix the reason, close.
    w.tabs.setCurrentWidget(w.session_tab)
    click(qtbot, w.session_tab.reopen_button)
    votes = w.votes_tab
    w.tabs.setCurrentWidget(votes)
    votes.select(agenda[0][0], 2)
    votes.form.reason.setPlainText("Taux d'effort trop élevé (41 %) et reste à vivre insuffisant")
    click(qtbot, votes.save_button)
    w.tabs.setCurrentWidget(w.session_tab)
    click(qtbot, w.session_tab.close_button)

    # ----------------------------------------------------------- minutes, round 2
    w.tabs.setCurrentWidget(panel)
    click(qtbot, panel.generate_button)  # a new version needs its change note
    qtbot.waitUntil(lambda: not panel.busy, timeout=120_000)
    assert "Indiquez ce qui a changé depuis la version 1" in panel.error.text()
    panel.change_note.setText("Motif du refus précisé (remarque de M. Haddad)")
    click(qtbot, panel.generate_button)
    wait_idle(qtbot, panel)
    assert [panel.table.item(r, 1).text() for r in range(2)] == [
        "Remplacé par une version suivante",
        "Projet",
    ]
    click(qtbot, panel.compare_button)
    diff = panel.diff_view.toPlainText()
    assert "-Logement 1 (LGT-BX-0412), candidat 3 : motif Taux d'effort trop élevé" in diff
    assert (
        "+Logement 1 (LGT-BX-0412), candidat 3 : motif Taux d'effort trop élevé (41 %) "
        "et reste à vivre insuffisant" in diff
    )
    assert panel.diff_summary.text() == "1 ligne modifiée, 0 ajoutée, 0 supprimée."
    click(qtbot, panel.send_button)
    approve_in_app(qtbot, db, member_account, 2)
    panel.reload_versions()
    for key in ("lefevre", "benali", "garnier", "haddad", "castaing"):
        answer_for(qtbot, panel, ids[key])
    assert not panel.sign_button.isEnabled()  # Hélène Roussel has not answered yet
    assert "En attente : Mme Hélène ROUSSEL" in panel.approval.text()
    answer_for(qtbot, panel, ids["roussel"])
    assert "Tous les membres requis ont approuvé" in panel.status.text()
    assert panel.table.item(1, 1).text() == "Approuvé"

    # ----------------------------------------------------------- signature and lock
    # The administrator does not sign in the president's place: she signs, as herself.
    assert not panel.sign_button.isEnabled()
    assert (
        "Signature : Mme Catherine Lefevre (présidence de la commission)" in panel.approval.text()
    )
    sign_as_president(qtbot, db, president_account, tmp_path, monkeypatch)
    w.reload()
    assert panel.table.item(1, 1).text() == "Signé"
    assert w.lock.isVisible() and w.lock.text().startswith("Verrouillée")
    latest = pvs.list_versions(db, actor, w.session_id)[-1]
    assert latest.status is MinutesStatus.SIGNED
    report = signing.verify_pdf(latest.signature.pdf_path)
    assert report.signed and report.intact and report.signer == "Catherine Lefevre"
    assert "verrouillée" in page.sessions.item(0, 4).text()

    # Every editing widget is disabled...
    assert not w.session_tab.save_button.isEnabled()
    assert not w.session_tab.reopen_button.isEnabled()
    assert not w.attendance_tab.mode_combos[ids["lefevre"]].isEnabled()
    assert not w.agenda_tab.add_button.isEnabled()
    assert not w.agenda_tab.add_candidate_button.isEnabled()
    w.tabs.setCurrentWidget(votes)
    votes.select(agenda[1][0], 0)
    assert not votes.vote_combos[ids["lefevre"]].isEnabled()
    assert not votes.save_button.isEnabled()
    assert "verrouillée" in votes.hint.text()
    assert not panel.generate_button.isEnabled() and not panel.review_button.isEnabled()
    # ...and an attempt to edit anyway is refused with the reason.
    w.tabs.setCurrentWidget(w.session_tab)
    w.session_tab.form.place.setText("Autre salle")
    assert not w.session_tab.save()
    assert "verrouillée par son procès-verbal signé" in w.error.text()
    assert caleol.get_session(db, actor, w.session_id).place == "Salle du conseil, siège"


# --------------------------------------------------------------------------- other screens


@pytest.fixture
def sitting(db, actor, agency):
    """An open session: 6 designated members and the mayor of Bordeaux present, one
    dwelling with two candidates, no vote yet."""
    cid = caleol.create_commission(
        db,
        actor,
        caleol.CommissionData(
            name="CALEOL Bordeaux Nord", technical_means_default="Visioconférence"
        ),
    )
    ids = {}
    for key, role, _civ, first, last, commune, _president in MEMBERS:
        ids[key] = caleol.add_member(
            db,
            actor,
            cid,
            caleol.MemberData(
                role=role,
                first_name=first,
                last_name=last,
                commune=commune,
                email=f"{key}@exemple.fr",
            ),
        )
    sid = caleol.create_session(
        db, actor, cid, caleol.SessionData(number="2026-05", session_date=TODAY)
    )
    for key in PRESENT:
        caleol.set_attendance(db, actor, sid, ids[key], AttendanceMode.PRESENT)
    item = caleol.add_dwelling_item(
        db,
        actor,
        sid,
        caleol.DwellingItemData(
            reference="LGT-0412",
            address="14 rue Camille Godard",
            postcode="33000",
            commune="Bordeaux",
            dwelling_type="T3",
        ),
    )
    cands = [
        caleol.add_candidate(
            db,
            actor,
            item.id,
            caleol.CandidateData(numero_unique=f"03326400000000{n}", last_name=f"Candidat{n}"),
        ).id
        for n in (1, 2)
    ]
    caleol.open_session(db, actor, sid)
    return sid, ids, item.id, cands


def write_csv(path, rows):
    path.write_text("\n".join(";".join(r) for r in rows) + "\n", encoding="utf-8-sig")
    return str(path)


def test_vote_import_is_checked_before_anything_is_recorded(
    qtbot, window, db, actor, sitting, tmp_path, monkeypatch
):
    sid, ids, item_id, _cands = sitting
    w = window.caleol_page.open_session(sid)
    tab = w.votes_tab
    w.tabs.setCurrentWidget(tab)
    header = ["Membre", "Logement", "Numéro unique", "Vote", "Horodatage"]
    at = format_date_fr(TODAY) + " 14:05"
    good = [
        ["lefevre@exemple.fr", "LGT-0412", "033264000000001", "Pour", at],
        ["Jean-Marc Dubois", "LGT-0412", "033264000000001", "CONTRE", at],
        ["BENALI Nadia", "LGT-0412", "033264000000001", "pour", at],
    ]
    files = iter(
        [
            write_csv(
                tmp_path / "bad.csv",
                [header, *good, ["Inconnu", "LGT-0412", "033264000000001", "Pour", at]],
            ),
            write_csv(tmp_path / "good.csv", [header, *good]),
        ]
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (next(files), ""))

    click(qtbot, tab.import_button)
    dialog = tab.dialog
    assert not dialog.confirm.isEnabled()
    assert "ligne 5 : membre « Inconnu » inconnu" in dialog.errors.toPlainText()
    said = dialog.findChild(QLabel, "importSummary").text()
    assert said.endswith(" : 1 erreur. Rien ne sera importé tant que le fichier n'est pas corrigé.")
    dialog.reject()
    assert caleol.get_session(db, actor, sid).items[0].candidates[0].votes == ()

    click(qtbot, tab.import_button)
    dialog = tab.dialog
    assert dialog.table.rowCount() == 3 and dialog.confirm.text() == "Importer 3 votes"
    said = dialog.findChild(QLabel, "importSummary").text()
    assert "3 votes prêts à être enregistrés. Vérifiez" in said and "(s)" not in said
    click(qtbot, dialog.confirm)
    assert "3 votes importés de « good.csv »." in w.message.text()
    tab.select(item_id, 0)
    assert tab.vote_combos[ids["dubois"]].currentData() == Vote.CONTRE
    assert "Importé de l'outil de vote" in tab.vote_combos[ids["dubois"]].toolTip()
    assert tab.tally.text().startswith("Pour : 2 — Contre : 1 — Abstention : 0")


def test_occupation_review_from_the_due_list(qtbot, window, db, actor, sitting, make_file):
    sid, _ids, _item_id, _cands = sitting
    data = make_file(7)  # T3 for one person since 2019, in a zone tendue
    data.lease.zone_tendue = True
    tenants.create_tenant_file(db, actor, data)
    w = window.caleol_page.open_session(sid)
    tab = w.agenda_tab
    w.tabs.setCurrentWidget(tab)
    click(qtbot, tab.occupation_button)
    dialog = tab.dialog
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == "DUPONT Élodie"
    assert dialog.table.item(0, 6).text() == "Sous-occupation du logement (L621-2)"
    assert dialog.info.text() == "1 locataire à présenter."  # the count agreed
    assert dialog.table.item(0, 6).toolTip() == "3 pièces habitables pour 1 occupant."
    dialog.table.selectRow(0)
    assert dialog.ground.currentData() == OccupationGround.SOUS_OCCUPATION
    assert dialog.info.text() == "3 pièces habitables pour 1 occupant."
    click(qtbot, dialog.add_button)
    assert dialog.info.text() == "Examen inscrit à l'ordre du jour."
    dialog.accept()
    assert tab.list.count() == 2
    tab.list.setCurrentRow(1)
    assert tab.stack.currentIndex() == 2 and "DUPONT Élodie" in tab.review_info.text()
    click(qtbot, tab.save_finding_button)  # the finding is required
    assert "Indiquez le constat" in tab.finding_row.error.text()
    tab.finding.setPlainText("Une personne seule dans un T3.")
    tab.suitable.setPlainText("Un T2 dans le même quartier.")
    click(qtbot, tab.save_finding_button)
    assert tab.finding_recorded.text().startswith("Avis enregistré le")
    item = caleol.get_session(db, actor, sid).items[1]
    assert (item.finding, item.suitable_dwelling) == (
        "Une personne seule dans un T3.",
        "Un T2 dans le même quartier.",
    )


def test_removing_a_candidate_then_the_dwelling_from_the_agenda(qtbot, window, db, actor, sitting):
    sid, _ids, item_id, cands = sitting
    w = window.caleol_page.open_session(sid)
    tab = w.agenda_tab
    w.tabs.setCurrentWidget(tab)
    tab.list.setCurrentRow(0)
    assert select_row_with(tab.candidates, cands[1])
    click(qtbot, tab.remove_candidate_button)
    said = w.message.text()  # with the service's warning: fewer than 3 candidates left
    assert said.startswith("Candidature retirée de l'ordre du jour. 1 seul candidat pour ce")
    item = caleol.get_session(db, actor, sid).items[0]
    assert [c.id for c in item.candidates] == [cands[0]]
    tab.list.setCurrentRow(0)
    click(qtbot, tab.remove_button)
    assert w.message.text() == "Point retiré de l'ordre du jour."
    assert caleol.get_session(db, actor, sid).items == () and tab.list.count() == 0


def test_dwelling_form_labels_stay_beside_their_inputs_in_a_tall_dialog(qtbot, window, sitting):
    """The dwelling added to an agenda, its dialog taller than its form (a full-HD
    screen): each input stays on its label's line, not in the middle of a grown row."""
    from PySide6.QtWidgets import QLabel

    from desktop.ui.caleol.agenda_dialogs import AddDwellingDialog

    w = window.caleol_page.open_session(sitting[0])
    dialog = AddDwellingDialog(w)
    qtbot.addWidget(dialog)
    dialog.resize(1500, 1100)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.height() >= 1000)
    QApplication.processEvents()
    form = dialog.form
    for text, editor in (
        ("Référence", form.reference),
        ("Type", form.dwelling_type),
        ("Adresse", form.address),
        ("Loyer", form.rent),
        ("Observations", form.notes),
    ):
        label = next(lab for lab in form.findChildren(QLabel) if lab.text() == text)
        top = editor.mapTo(dialog, QPoint(0, 0)).y()
        assert abs(top - label.mapTo(dialog, QPoint(0, 0)).y()) < 8, text


@pytest.fixture
def demo(db, actor, agency):
    from desktop.services.caleol import demo as caleol_demo

    return caleol_demo.create_demo_session(db, actor)


def test_decision_letters_and_extract_for_a_candidate(
    qtbot, window, db, actor, demo, tmp_path, monkeypatch
):
    w = window.caleol_page.open_session(demo)
    votes = w.votes_tab
    w.tabs.setCurrentWidget(votes)
    click(qtbot, votes.letters_button)
    letters = votes.dialog
    assert letters.table.rowCount() == 15
    letters.folder.setText(str(tmp_path / "courriers"))
    click(qtbot, letters.produce_button)
    wait_idle(qtbot, letters)
    assert len(letters.result.letters) == 15
    assert len(list((tmp_path / "courriers").glob("*.docx"))) == 15
    assert letters.status.text().startswith("15 courriers produits et enregistrés dans ")
    assert letters.table.item(0, 5).text() == format_date_fr(TODAY)  # notified today
    # a registered offer: its answer delay runs from the receipt, no date yet
    assert letters.table.item(0, 6).text() == "à compter de la réception"
    letters.close()

    # The minutes approved (through the services here), an applicant asks for them.
    version = pvs.generate_draft(db, actor, demo)
    pvs.send_for_review(db, actor, version.id, tmp_path / "relecture")
    for member_id, _name in version.approval.required:
        pvs.review(db, actor, version.id, member_id, "APPROVE")
    w.reload()
    panel = w.minutes_tab
    w.tabs.setCurrentWidget(panel)
    assert panel.table.item(0, 1).text() == "Approuvé"
    target = tmp_path / "extrait.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    click(qtbot, panel.extract_button)
    dialog = panel.dialog
    numero = dialog.candidate.itemData(4)
    dialog.candidate.setCurrentIndex(4)
    click(qtbot, dialog.findChild(QPushButton, "extractOk"))
    wait_idle(qtbot, panel)
    assert panel.last_extract == target
    assert panel.status.text() == f"Extrait enregistré : {target}"
    text = (
        subprocess.run(
            ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout
        if shutil.which("pdftotext")
        else None
    )
    if text is not None:  # the applicant's own line; the others of his dwelling masked
        text = " ".join(text.split())
        assert "DIALLO" in text and "FOURNIER" not in text and "données masquées" in text
    assert dialog.candidate.currentData() == numero


def test_the_page_follows_the_role(qtbot, db, actor, sitting, member_account):
    sid, ids, _item_id, _cands = sitting
    agent = MainWindow(db, Actor("agent", role=Role.AGENT))
    qtbot.addWidget(agent)
    assert agent.caleol_page is None  # no CALEOL right: no page

    # The secretary links a member's seat to his account (she cannot list accounts).
    secretary = MainWindow(db, Actor("secretaire", role=Role.CALEOL_SECRETARY))
    qtbot.addWidget(secretary)
    page = secretary.caleol_page
    page.members.selectRow(1)
    dialog = page.edit_member()
    assert dialog.last_name.text() == "Dubois"
    choose(dialog.account, member_account.user_id)
    assert dialog.account.currentText() == "Jean-Marc Dubois (jm.dubois)"
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible() and page.members.item(1, 7).text() == "oui"

    # The auditor reads the session, changes nothing.
    auditor = MainWindow(db, Actor("auditeur", role=Role.AUDITOR))
    qtbot.addWidget(auditor)
    page = auditor.caleol_page
    assert not page.new_session_button.isEnabled() and not page.add_member_button.isEnabled()
    w = page.open_current()
    try:
        assert w.view.id == sid and not w.editable
        assert not w.session_tab.save_button.isEnabled()
        assert not w.attendance_tab.mode_combos[ids["lefevre"]].isEnabled()
        assert not w.votes_tab.save_button.isEnabled()
        assert not w.minutes_tab.generate_button.isEnabled()
    finally:
        w.close()


def test_written_session_physical_request_and_dwelling_search(
    qtbot, db, actor, sitting, window, make_file
):
    tenants.create_tenant_file(db, actor, make_file(12))  # dwelling LGT-00012 in the stock
    page = window.caleol_page
    click(qtbot, page.new_session_button)
    dialog = page.dialog
    form = dialog.form
    choose(form.mode, SessionMode.ECRITE)
    assert form.rows["vote_opens_at"].isVisible() and form.rows["technical_means"].isVisible()
    form.number.setText("2026-E1")
    click(qtbot, dialog.ok_button)  # a written session needs its vote window
    assert "ouverture et la clôture du vote" in form.rows["vote_opens_at"].error.text()
    form.vote_opens_at.setText(f"{format_date_fr(TODAY)} 09:00")
    form.vote_closes_at.setText(f"{format_date_fr(TODAY)} 18:00")
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible(), form.general_error.text()
    w = page.open_windows[dialog.saved_id]
    assert w.view.mode is SessionMode.ECRITE
    assert w.session_tab.form.vote_closes_at.text() == f"{format_date_fr(TODAY)} 18:00"

    # A member demands a physical session: recorded and shown.
    tab = w.session_tab
    choose(tab.physical_member, w.view.members[3].id)
    tab.physical_note.setText("Courriel du 3 mars")
    click(qtbot, tab.physical_button)
    assert "Une séance physique a été demandée par Philippe Garnier" in w.warnings.text()
    assert tab.physical.text().startswith("Demandée par Philippe Garnier")

    # A dwelling of the stock, found by its reference: its fiche is prefilled.
    agenda = w.agenda_tab
    w.tabs.setCurrentWidget(agenda)
    for n in (1, 2):
        click(qtbot, agenda.add_button)
        add = agenda.dialog
        add.search.setText("LGT-00012" if n == 1 else "nulle part")
        click(qtbot, add.search_button)
        if n == 1:
            assert add.form.address.text() == "12 rue des Lilas"
            assert add.form.rent.text() == "412,50" and add.form.commune.text() == "Bordeaux"
        else:
            assert add.results.item(0).text().startswith("Aucun logement trouvé")
            add.form.address.setText("3 place Pey-Berland")
            add.form.commune.setText("Bordeaux")
            add.form.postcode.setText("330")
            click(qtbot, add.ok_button)
            assert "5 chiffres" in add.form.rows["postcode"].error.text()
            add.form.postcode.setText("33000")
        click(qtbot, add.ok_button)
        assert not add.isVisible()
    assert [agenda.list.item(i).text() for i in range(2)] == [
        "1. LGT-00012 (T3)\n12 rue des Lilas, Bordeaux\naucun candidat",
        "2. 3 place Pey-Berland, Bordeaux (?)\naucun candidat",
    ]
    click(qtbot, agenda.up_button)
    assert agenda.list.item(0).text().startswith("1. 3 place Pey-Berland")
    assert agenda.current_item().address == "3 place Pey-Berland"


def test_f5_refreshes_the_caleol_page(qtbot, db, actor, window):
    """A session created meanwhile (by a colleague on the shared base) appears on F5."""
    from PySide6.QtGui import QAction, QKeySequence

    from desktop.services.caleol import CommissionData, SessionData

    page = window.caleol_page
    before = page.sessions.rowCount()
    cid = caleol.create_commission(
        db, actor, CommissionData(name="CALEOL Bordeaux", territory="Bordeaux Métropole")
    )
    caleol.create_session(
        db,
        actor,
        cid,
        SessionData(
            number="2026-12", session_date=dt.date(2026, 12, 10), start_time=dt.time(14, 0)
        ),
    )
    refresh = window.findChild(QAction, "refresh")
    assert refresh.shortcut() == QKeySequence(QKeySequence.StandardKey.Refresh)
    refresh.trigger()
    texts = [page.sessions.item(r, 0).text() for r in range(page.sessions.rowCount())]
    assert page.sessions.rowCount() == before + 1
    assert any("2026-12" in t for t in texts)


def test_session_end_time_and_secretary_in_the_session_tab(
    qtbot, window, db, actor, sitting, monkeypatch
):
    from desktop.ui.caleol.widgets import local_to_utc

    sid, _ids, _item_id, _cands = sitting
    # the clock at the click: 15 h 20 today, local time
    monkeypatch.setattr(
        caleol.sessions,
        "now",
        lambda: local_to_utc(dt.datetime.combine(TODAY, dt.time(15, 20, 37))),
    )
    w = window.caleol_page.open_session(sid)
    tab = w.session_tab
    form = tab.form
    w.tabs.setCurrentWidget(tab)
    assert form.end_time.text() == "" and form.secretary_name.text() == ""

    # closed without an end time: the time of the closing
    click(qtbot, tab.close_button)
    assert w.view.status.value == "CLOSED"
    assert w.view.end_time == dt.time(15, 20)
    assert form.end_time.text() == "15:20"
    assert w.message.text() == "Séance close à 15:20."

    # an end time before the start: refused next to the field, nothing saved
    form.start_time.clear()
    qtbot.keyClicks(form.start_time, "14:00")
    form.end_time.clear()
    qtbot.keyClicks(form.end_time, "13:45")
    click(qtbot, tab.save_button)
    assert form.rows["end_time"].error.text() == (
        "L'heure de fin (13 h 45) doit suivre l'heure de début (14 h)."
    )
    assert caleol.get_session(db, actor, sid).end_time == dt.time(15, 20)

    form.end_time.clear()
    qtbot.keyClicks(form.end_time, "16h20")
    form.secretary_name.setText("Mme Hélène Vasseur")
    click(qtbot, tab.save_button)
    assert form.rows["end_time"].error.isHidden()
    assert w.message.text() == "Séance enregistrée."
    view = caleol.get_session(db, actor, sid)
    assert view.start_time == dt.time(14, 0) and view.end_time == dt.time(16, 20)
    assert view.secretary_name == "Mme Hélène Vasseur"
    assert form.end_time.text() == "16:20" and form.secretary_name.text() == "Mme Hélène Vasseur"
    # the minutes name her and the time the session ended
    minutes = pvs.build_minutes(db, actor, sid)
    assert minutes.session.secretary == "Mme Hélène Vasseur"
    assert minutes.session.end_time == dt.time(16, 20)


def test_naming_the_presidents_substitute_for_a_session(qtbot, db, actor, agency):
    """The secretary names a designated member to preside the demo session in the
    president's place: the minutes panel then says he signs, and the administrator
    cannot."""
    from desktop.services.caleol import demo as caleol_demo

    sid = caleol_demo.create_demo_session(db, actor)
    w = SessionWindow(db, actor, sid)
    qtbot.addWidget(w)
    w.show()
    form = w.session_tab.form
    combo = form.acting_president
    assert combo.itemText(0) == "Le président de la commission (Mme Catherine Lefèvre)"
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert "M. Jean-Marc Dubois, suppléant du président" in labels
    assert not any("Roussel" in text for text in labels)  # the prefect's representative
    choose(combo, next(m.id for m in w.view.members if m.last_name == "Dubois"))
    click(qtbot, w.session_tab.save_button)
    assert form.general_error.isHidden(), form.general_error.text()
    view = caleol.get_session(db, actor, sid)
    assert view.acting_president_name == "M. Jean-Marc Dubois"
    panel = w.minutes_tab
    w.tabs.setCurrentWidget(panel)
    panel.reload_versions()
    assert not panel.sign_button.isEnabled()
    assert "M. Jean-Marc Dubois" in panel.sign_button.toolTip()
    assert "en suppléance du président" in panel.sign_button.toolTip()
    assert "Aucun compte n'est lié à son siège" in panel.sign_button.toolTip()
    w.close()


def test_caleol_letters_and_minutes_are_made_in_the_background_and_end_on_the_preview(
    qtbot, window, db, actor, demo, tmp_path, monkeypatch
):
    """Issue 15: the decision letters and the minutes are produced off the GUI thread
    (no frozen window), PDF by default, and end on the in-app preview with "Ouvrir",
    "Imprimer…" and "Ouvrir le dossier"."""
    import threading

    from desktop.services.caleol import letters as caleol_letters

    threads: list[str] = []

    def spy(fn):
        def wrapper(*args, **kwargs):
            threads.append(threading.current_thread().name)
            assert threading.current_thread() is not threading.main_thread()
            return fn(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(
        caleol_letters,
        "generate_decision_letters",
        spy(caleol_letters.generate_decision_letters),
    )
    monkeypatch.setattr(pvs, "generate_draft", spy(pvs.generate_draft))
    w = window.caleol_page.open_session(demo)
    votes = w.votes_tab
    w.tabs.setCurrentWidget(votes)
    click(qtbot, votes.letters_button)
    letters = votes.dialog
    from desktop.services import documents

    assert letters.pdf.isChecked() == documents.pdf_available()  # PDF by default
    letters.folder.setText(str(tmp_path / "courriers"))
    if shutil.which("soffice") or shutil.which("libreoffice"):
        letters.selected_only.setChecked(True)
        letters.table.selectRow(0)
        click(qtbot, letters.produce_button)
        wait_idle(qtbot, letters)
        assert len(threads) == 1
        preview = letters.pdf_previews[-1]
        assert preview.isVisible()
        assert preview.viewer.path == letters.result.merged_pdf
        assert len(preview.viewer.pages) >= 1
        for button in ("pdfOpen", "pdfPrint", "pdfFolder"):
            assert preview.findChild(QPushButton, button).isEnabled()
        preview.close()
    letters.close()

    panel = w.minutes_tab
    w.tabs.setCurrentWidget(panel)
    click(qtbot, panel.generate_button)
    wait_idle(qtbot, panel)
    assert threads[-1] != threading.main_thread().name
    version = pvs.list_versions(db, actor, demo)[-1]
    preview = panel.pdf_previews[-1]
    assert preview.viewer.path == version.pdf_path
    assert preview.windowTitle() == f"Procès-verbal — version {version.number}"
    assert preview.viewer.pages and preview.viewer.print_button.isEnabled()
    preview.close()
    # "Ouvrir le PDF" of a version opens the same preview, not an outside program.
    panel.table.selectRow(0)
    click(qtbot, panel.open_button)
    assert panel.pdf_previews[-1].viewer.path == version.pdf_path
