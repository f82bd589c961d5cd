"""Vigilance call campaigns through real widgets (issue 8), on a small demo base: the
agency manager creates a campaign and starts it, a caller records his calls (one
situation secured, one unreachable person escalated, one person referred to the CCAS),
the manager follows the referral up and reads the live dashboard, ends the campaign,
then purges its notes after the preview."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea
from sqlalchemy import select

from desktop.services import accounts, campaigns, demo, saved_queries
from desktop.services.tenants import TenantQuery
from desktop.storage.campaign_models import CampaignCall, CampaignTarget
from desktop.storage.models import AuditEvent
from desktop.ui.campaigns.dialogs import (
    CampaignDialog,
    PurgeDialog,
    checked_ids,
    set_checked,
)
from desktop.ui.main_window import MainWindow
from tests.gui.modal import answer_message_box

pytestmark = pytest.mark.gui

TODAY = dt.date.today()
QUERY = "Plus de 70 ans"


@pytest.fixture
def base(db, actor):
    """120 demo households in six agencies, the demo accounts, a saved search."""
    demo.generate(db, actor, 120)
    accounts.create_demo_accounts(db)
    saved_queries.save_query(db, actor, QUERY, TenantQuery(senior_only=True))
    manager = accounts.authenticate(db, "responsable.bxn", accounts.DEMO_PASSWORD)
    caller = accounts.authenticate(db, "agent.bxn", accounts.DEMO_PASSWORD)
    return manager, caller


def window_for(qtbot, db, actor) -> MainWindow:
    w = MainWindow(db, actor)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def nav_titles(w: MainWindow) -> list[str]:
    return [w.nav.item(i).text() for i in range(w.nav.count())]


def go_to_campaigns(w: MainWindow):
    w.nav.setCurrentRow(w.pages.indexOf(w.campaign_page))
    return w.campaign_page


def click(qtbot, widget):
    """Click a button; a check box or radio button on its indicator (its label may be
    shorter than the widget)."""
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(6, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose(combo, value):
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def cell(table, row, col) -> str:
    return table.item(row, col).text()


def row_of(table, text, col=0) -> int:
    return next(i for i in range(table.rowCount()) if cell(table, i, col) == text)


def column(table, title) -> int:
    return next(
        c for c in range(table.columnCount()) if table.horizontalHeaderItem(c).text() == title
    )


def open_call(qtbot, page, row):
    calls = page.calls_tab
    calls.table.selectRow(row)
    target_id = calls.shown[row].id
    click(qtbot, calls.call_button)
    dialog = page.call_dialogs[target_id]
    qtbot.waitExposed(dialog)
    return dialog, target_id


def answer_ok(qtbot, d, extra_code):
    """The tenant is well, no need of help."""
    choose(d.answer_widgets["SANTE"], "BIEN")
    choose(d.answer_widgets["COURSES_REPAS"], "PROCHES")
    choose(d.answer_widgets["ENTOURAGE"], "QUOTIDIEN")
    choose(d.answer_widgets["MESURES"], "CONNUES")
    choose(d.answer_widgets[extra_code], "OUI")


def errors_of(d) -> str:
    """The refusals shown in a dialog (for the assertion messages)."""
    return " | ".join(
        [d.general_error.text()]
        + [f"{path}: {row.error.text()}" for path, row in d.rows.items() if row.error.text()]
    )


def tick(qtbot, d, question, option):
    box = next(c for c in d.answer_widgets[question] if c.property("option") == option)
    before = box.isChecked()
    QApplication.processEvents()  # lay the boxes out before clicking them
    click(qtbot, box)
    assert box.isChecked() != before


def test_campaign_from_creation_to_purge(qtbot, db, actor, base):
    manager, caller = base
    users = {c.username: c.user_id for c in campaigns.caller_candidates(db, actor)}

    # ------------------------------------------------------------ the manager creates it
    mw = window_for(qtbot, db, manager)
    assert "Campagnes d'appels" in nav_titles(mw)
    page = go_to_campaigns(mw)
    tab = page.campaigns_tab
    assert page.tabs.count() == 2  # a manager also calls: « Mes appels »
    assert tab.table.rowCount() == 0
    click(qtbot, tab.new_button)
    dialog = tab.dialog
    assert isinstance(dialog, CampaignDialog)
    # The standard script, the agency manager's own agency only, his agency's callers.
    assert dialog.script_editor.list.count() == 5
    assert [dialog.agency.itemData(i) for i in range(dialog.agency.count())] == [manager.agency_id]
    listed = [dialog.callers.item(i).text() for i in range(dialog.callers.count())]
    assert any("Agent Bordeaux Nord" in t for t in listed)
    assert not any("Mérignac" in t for t in listed)
    dialog.name.setText("Canicule été")
    dialog.purpose.setPlainText("Vérifier que les locataires âgés vont bien pendant la canicule.")
    choose(dialog.query, QUERY)
    set_checked(dialog.callers, [users["agent.bxn"], users["responsable.bxn"]])
    assert sorted(checked_ids(dialog.callers)) == sorted(
        [users["agent.bxn"], users["responsable.bxn"]]
    )
    # A sixth question, through the question dialog.
    click(qtbot, dialog.script_editor.add_button)
    question = dialog.script_editor.question_dialog
    question.label_edit.setText("Avez-vous de quoi vous rafraîchir ?")
    question.options.setPlainText("Oui\nNon, besoin d'un ventilateur")
    click(qtbot, question.ok_button)
    assert dialog.script_editor.list.count() == 6
    extra = dialog.script_editor.script()[-1]
    assert extra.code == "AVEZ_VOUS_DE_QUOI_VO"
    assert extra.option_codes() == ["OUI", "NON_BESOIN_D_UN_VENT"]
    # Bad input: nothing is saved, the message is under the field.
    dialog.planned_end_on.setText("31/02/2026")
    click(qtbot, dialog.save_button)
    assert dialog.rows["planned_end_on"].error.text() == "Date attendue au format jj/mm/aaaa."
    dialog.planned_end_on.setText((TODAY - dt.timedelta(days=1)).strftime("%d/%m/%Y"))
    click(qtbot, dialog.save_button)
    assert "La fin prévue doit suivre le début" in dialog.rows["planned_end_on"].error.text()
    assert campaigns.list_campaigns(db, manager) == []
    dialog.planned_end_on.setText((TODAY + dt.timedelta(days=30)).strftime("%d/%m/%Y"))
    click(qtbot, dialog.save_button)
    assert tab.table.rowCount() == 1
    assert (cell(tab.table, 0, 0), cell(tab.table, 0, 1)) == ("Canicule été", "Brouillon")
    assert "Cible : recherche « Plus de 70 ans », 70 ans et plus" in tab.details.text()

    # ------------------------------------------------------------ start after the preview
    cid = tab.view.id
    preview = campaigns.target_preview(db, manager, cid)
    assert preview.eligible >= 6 and set(preview.by_agency) == {"BXN"}
    seen: list[str] = []
    answer_message_box("Lancer la campagne", seen)
    click(qtbot, tab.start_button)
    assert f"{preview.eligible} personnes à appeler (BXN : {preview.eligible}) sur " in seen[0]
    assert "fiches sont réparties entre 2 appelants." in seen[0]
    assert cell(tab.table, 0, 1) == "En cours"
    assert f"{preview.eligible} personnes à appeler" in tab.details.text()
    assert cell(tab.table, 0, 5) == str(preview.eligible)
    assert tab.dashboard.cards["targets"].value.text() == str(preview.eligible)
    assert tab.targets.table.rowCount() == preview.eligible

    # ------------------------------------------------------------ the caller's calls
    cw = window_for(qtbot, db, caller)
    assert "Mes appels" in nav_titles(cw) and "Campagnes d'appels" not in nav_titles(cw)
    cpage = go_to_campaigns(cw)
    assert cpage.campaigns_tab is None
    calls = cpage.calls_tab
    mine = calls.table.rowCount()
    assert mine >= 3
    assert all(
        cell(calls.table, i, column(calls.table, "À faire")) == "Premier appel" for i in range(mine)
    )
    assert all(
        cell(calls.table, i, column(calls.table, "Prochain appel")) == TODAY.strftime("%d/%m/%Y")
        for i in range(mine)
    )
    assert calls.count.text() == (
        f"{mine} fiches à traiter aujourd'hui · {mine} en cours · {mine} affichées"
    )

    # 1. Reached, all is well: secured; reinforced link.
    d, first = open_call(qtbot, cpage, 0)
    assert d.phone.text() == calls.shown[0].phone
    assert d.state_label.text().endswith(" · aucune tentative")
    assert "délégué à la protection des données" in d.notice.text()
    click(qtbot, d.reached_yes)
    choose(d.person, "LOCATAIRE")
    choose(d.answer_widgets["SANTE"], "BIEN")
    click(qtbot, d.record_button)  # the other answers are missing
    assert d.rows["answers.COURSES_REPAS"].error.text().startswith("Réponse attendue")
    assert campaigns.get_target(db, caller, first).calls == []
    answer_ok(qtbot, d, extra.code)
    tick(qtbot, d, "BESOIN_AIDE", "AUCUN")
    assert not d.need_help.isChecked()
    d.note.setPlainText("Sa fille passe chaque soir.")
    click(qtbot, d.record_button)
    assert "Joint, pas de besoin" in d.message.text(), errors_of(d)
    assert "Situation sécurisée" in d.message.text()
    click(qtbot, d.reinforced)
    week = (TODAY + dt.timedelta(days=7)).strftime("%d/%m/%Y")
    assert f"prochain appel le {week}" in d.state_label.text()
    assert " · 1 tentative" in d.state_label.text()
    d.close()

    # 2. Nobody answers: second call, then the neighbour, then the postal worker.
    row = next(i for i, r in enumerate(calls.shown) if r.id != first)
    d, second = open_call(qtbot, cpage, row)
    for expected in ("Second appel", "Contact d'un voisin"):
        click(qtbot, d.reached_no)
        click(qtbot, d.record_button)
        assert f"Prochaine étape : {expected.lower()}" in d.message.text()
    # The neighbour step is the next attempt the dialog offers.
    assert d.kind.currentData() == "VOISIN"
    assert not d.wrong_number.isEnabled()
    click(qtbot, d.reached_no)
    click(qtbot, d.record_button)
    assert "Prochaine étape : passage du facteur" in d.message.text()
    assert " · 3 tentatives" in d.state_label.text()
    assert d.kind.currentData() == "FACTEUR"
    d.close()
    escalated = next(i for i, r in enumerate(calls.shown) if r.id == second)
    assert cell(calls.table, escalated, column(calls.table, "À faire")) == "Passage du facteur"

    # 3. Reached with a need: referral to the CCAS (with the person's agreement).
    row = next(i for i, r in enumerate(calls.shown) if r.id not in (first, second))
    d, _third = open_call(qtbot, cpage, row)
    click(qtbot, d.reached_yes)
    answer_ok(qtbot, d, extra.code)
    tick(qtbot, d, "BESOIN_AIDE", "REPAS")
    assert d.need_help.isChecked()  # read from the answers
    choose(d.next_action, "ORIENTER")
    d.note.setPlainText("Ne peut plus porter ses courses.")
    click(qtbot, d.record_button)
    assert "Orienté vers un partenaire" in d.message.text()
    assert d.tabs.currentWidget() is d.referrals_tab
    click(qtbot, d.new_referral_button)
    ref = d.referral_dialog
    choose(ref.partner_type, "CCAS")
    ref.partner_name.setText("CCAS de Bordeaux")
    ref.reason.setPlainText("Portage de repas")
    click(qtbot, ref.save_button)
    assert "Recueillez l'accord" in ref.rows["consent"].error.text()
    click(qtbot, ref.consent)
    click(qtbot, ref.save_button)
    assert d.referrals.rowCount() == 1
    assert [cell(d.referrals, 0, c) for c in (0, 1, 4)] == [
        "CCAS",
        "CCAS de Bordeaux",
        "À transmettre",
    ]
    d.close()

    # The first call's note is shown only on request, and the read is audited.
    d, _ = open_call(qtbot, cpage, next(i for i, r in enumerate(calls.shown) if r.id == first))
    d.tabs.setCurrentWidget(d.history_tab)
    note_col = column(d.history, "Note")
    assert cell(d.history, 0, note_col) == "(masquée)"
    click(qtbot, d.show_notes_button)
    assert cell(d.history, 0, note_col) == "Sa fille passe chaque soir."
    with db.reader() as session:
        reads = session.scalars(
            select(AuditEvent.actor).where(
                AuditEvent.entity == "campagne_appel", AuditEvent.action == "consultation"
            )
        ).all()
    assert reads == ["agent.bxn"]
    d.close()

    # ------------------------------------------------------------ the manager follows up
    page.refresh()
    referrals = tab.referrals
    assert referrals.table.rowCount() == 1
    assert referrals.count.text() == "1 orientation"
    for status, outcome in (("TRANSMISE", ""), ("CLOSE", "Portage de repas en place")):
        referrals.table.selectRow(0)
        click(qtbot, referrals.follow_button)
        follow = referrals.follow_dialog
        choose(follow.status, status)
        follow.outcome.setPlainText(outcome)
        if status == "CLOSE":
            click(qtbot, follow.help_in_place)
        click(qtbot, follow.save_button)
    assert cell(referrals.table, 0, 5) == "Close"

    # ------------------------------------------------------------ the live dashboard
    dash = tab.dashboard
    n = preview.eligible

    cards = {k: c.value.text() for k, c in dash.cards.items()}
    assert cards["called"].startswith("3 (") and cards["reached"].startswith("2 (")
    assert cards["secured"].startswith("2 (")  # the first call, and the CCAS's help
    assert cards["referrals"] == "1" and cards["reinforced"] == "1"
    expected_pct = campaigns.campaign_figures(db, manager, cid).total.secured_pct
    assert cards["secured"] == f"2 ({str(expected_pct).replace('.', ',')}\u00a0%)"
    agent_row = row_of(dash.by_caller, "Agent Bordeaux Nord (démo)")
    assert [cell(dash.by_caller, agent_row, c) for c in (2, 3, 4)] == ["3", "2", "2"]
    manager_row = row_of(dash.by_caller, "Responsable Bordeaux Nord (démo)")
    assert cell(dash.by_caller, manager_row, 2) == "0"
    bxn = row_of(
        dash.by_agency,
        next(
            cell(dash.by_agency, i, 0)
            for i in range(dash.by_agency.rowCount())
            if cell(dash.by_agency, i, 0).startswith("BXN")
        ),
    )
    assert [cell(dash.by_agency, bxn, c) for c in (1, 2, 4)] == [str(n), "3", "2"]
    ccas = row_of(dash.referrals, "CCAS")
    assert cell(dash.referrals, ccas, column(dash.referrals, "Close")) == "1"
    steps = {
        cell(dash.steps, i, 0): [cell(dash.steps, i, c) for c in (1, 2, 3)]
        for i in range(dash.steps.rowCount())
    }
    assert steps["Premier appel"][:2] == ["3", "2"]
    assert steps["Second appel"] == ["1", "0", "0"]
    assert steps["Contact d'un voisin"] == ["1", "0", "0"]
    assert steps["Passage du facteur"][2] == "1"
    assert "2" in cell(tab.table, 0, 6)
    # At 1,280 × 720 (125 %: 1,024 × 576), the referrals by partner show every column.
    tab.detail_tabs.setCurrentWidget(dash)
    mw.resize(1024, 576)
    QApplication.processEvents()
    assert dash.referrals.horizontalHeader().length() <= dash.referrals.viewport().width()
    assert dash.findChild(QScrollArea, "dashboardScroll").horizontalScrollBar().maximum() == 0

    # ------------------------------------------------------------ end, preview, purge
    seen = []
    answer_message_box("Terminer la campagne", seen)
    click(qtbot, tab.end_button)
    assert "Plus aucun appel" in seen[0]
    assert cell(tab.table, 0, 1) == "Terminée"
    cpage.refresh()
    assert calls.table.rowCount() == 0  # nothing left to call
    assert calls.count.text() == "aucune fiche à traiter aujourd'hui · 0 en cours · 0 affichée"
    click(qtbot, tab.purge_button)
    purge = tab.dialog
    assert isinstance(purge, PurgeDialog)
    details = purge.details.text()
    assert "5 appels : 2 notes libres, 2 séries de réponses au script" in details
    assert f"{n} fiches d'appel, dont" in details and "<li>1 orientation, dont" in details
    # The retention rule of crisis call notes: purge at the campaign's end.
    assert "Notes d'appels des campagnes de crise" in purge.summary.text()
    assert "la purge est due" in purge.summary.text()
    seen = []
    answer_message_box("Purger définitivement", seen)
    click(qtbot, purge.purge_button)
    assert "2 notes, 5 appels et 1 orientation sont concernés." in seen[0]
    assert cell(tab.table, 0, 1) == "Terminée, notes purgées"
    with db.reader() as session:
        assert {
            (c.note, c.answers)
            for c in session.scalars(select(CampaignCall).where(CampaignCall.campaign_id == cid))
        } == {("", None)}
        assert {
            (t.contact_name, t.phone, t.household_id)
            for t in session.scalars(
                select(CampaignTarget).where(CampaignTarget.campaign_id == cid)
            )
        } == {("", "", None)}
    # The figures stay, frozen.
    assert dash.cards["secured"].value.text() == cards["secured"]
    assert "figés" in dash.heading.text()
    assert not tab.purge_button.isEnabled()


def test_callers_lists_filters_and_running_campaign_edits(qtbot, db, actor, base):
    from desktop.domain.campaign import CampaignTerms

    manager, caller = base
    users = {c.username: c.user_id for c in campaigns.caller_candidates(db, actor)}
    cid = campaigns.create_campaign(
        db,
        manager,
        CampaignTerms(
            name="Canicule",
            query_name=QUERY,
            agency_id=manager.agency_id,
            start_on=TODAY,
            planned_end_on=TODAY + dt.timedelta(days=20),
        ),
        [users["agent.bxn"], users["responsable.bxn"]],
    )
    total = campaigns.start_campaign(db, manager, cid).targets

    # The caller's list: search by name or phone, what is due today.
    cw = window_for(qtbot, db, caller)
    cpage = go_to_campaigns(cw)
    calls = cpage.calls_tab
    mine = calls.table.rowCount()
    assert 0 < mine < total
    first = calls.shown[0]
    calls.search.setText(first.contact_name.split()[-1].lower())
    assert first.id in [r.id for r in calls.shown] and len(calls.shown) < mine
    calls.search.setText(first.phone.replace(" ", "")[-6:])
    assert [r.id for r in calls.shown] == [first.id]
    calls.search.clear()
    # A wrong number skips the second call: the neighbour, today; nobody answering
    # the first call: a second call tomorrow, no longer due today.
    d, _ = open_call(qtbot, cpage, 0)
    click(qtbot, d.reached_no)
    click(qtbot, d.wrong_number)
    click(qtbot, d.record_button)
    assert "Numéro erroné" in d.message.text(), errors_of(d)
    assert "contact d'un voisin, le " + TODAY.strftime("%d/%m/%Y") in d.message.text()
    d.close()
    row = next(i for i, r in enumerate(calls.shown) if r.attempts == 0)
    d, later = open_call(qtbot, cpage, row)
    click(qtbot, d.reached_no)
    # Nobody reached: only a call back date can follow.
    assert [d.next_action.itemData(i) for i in range(d.next_action.count())] == [
        "AUCUNE",
        "RAPPELER",
    ]
    click(qtbot, d.record_button)
    d.close()
    choose(calls.scope, calls.SCOPE_DUE)
    assert later not in [r.id for r in calls.shown] and len(calls.shown) == mine - 1
    choose(calls.scope, calls.SCOPE_OPEN)
    assert len(calls.shown) == mine

    # The manager removes himself from the callers: his sheets go to the agent.
    mw = window_for(qtbot, db, manager)
    tab = go_to_campaigns(mw).campaigns_tab
    click(qtbot, tab.callers_button)
    dialog = tab.dialog
    set_checked(dialog.callers, [users["responsable.bxn"]], False)
    click(qtbot, dialog.save_button)
    assert tab.message.text() == f"Appelants enregistrés : {total - mine} fiches attribuées."
    assert "Appelants : Agent Bordeaux Nord (démo)" in tab.details.text()
    cpage.refresh()
    assert calls.table.rowCount() == total

    # A running campaign: its target and script are locked, its end may move.
    click(qtbot, tab.edit_button)
    dialog = tab.dialog
    assert not dialog.query.isEnabled() and not dialog.script_editor.add_button.isEnabled()
    assert not dialog.callers_box.isVisible()
    dialog.planned_end_on.setText((TODAY + dt.timedelta(days=40)).strftime("%d/%m/%Y"))
    click(qtbot, dialog.save_button)
    assert (TODAY + dt.timedelta(days=40)).strftime("%d/%m/%Y") in cell(tab.table, 0, 4)

    # The call sheets: those in progress, reassigned one by one.
    targets = tab.targets
    tab.detail_tabs.setCurrentWidget(targets)
    choose(targets.state, "EN_COURS")
    assert targets.table.rowCount() == 2
    assert {cell(targets.table, i, column(targets.table, "À faire")) for i in range(2)} == {
        "Contact d'un voisin",
        "Second appel",
    }
    choose(targets.assign_to, None)
    click(qtbot, targets.assign_button)
    assert "retirée de la liste de son appelant" in targets.message.text()
    choose(targets.caller, "__all__")
    assert targets.table.rowCount() == 1
