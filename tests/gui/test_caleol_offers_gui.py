"""The "Suivi des offres" tab of the CALEOL page (issue 7): the offers after the demo
session's letters, the registered letter's presentation moving the deadline, a refusal
(reason required) then the offer to rank 2 with its letter made in the background, a
late acceptance received in time, silence past the deadline in red, and a read-only
auditor."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton

from desktop.domain import caleol as rules
from desktop.domain.caleol import OfferStatus
from desktop.domain.formatting import format_date_fr
from desktop.domain.roles import Role
from desktop.services import caleol
from desktop.services.caleol import demo as caleol_demo
from desktop.services.caleol import letters as caleol_letters
from desktop.services.caleol import offers as caleol_offers
from desktop.services.context import Actor
from desktop.ui.caleol import offers as ui
from desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

TODAY = dt.date.today()
DEADLINE = rules.offer_deadline(TODAY, 10)


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


def type_in(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def row_of(panel, name: str) -> int:
    for row in range(panel.table.rowCount()):
        if panel.table.item(row, ui.COL_CANDIDATE).text() == name:
            return row
    raise AssertionError(f"{name} not listed")


def text(panel, name: str, column: int) -> str:
    return panel.table.item(row_of(panel, name), column).text()


def said(panel, name: str, column: int) -> str:
    """A cell's full wording (its tooltip: the cell says it in a few words)."""
    return panel.table.item(row_of(panel, name), column).toolTip()


def select(qtbot, panel, name: str) -> None:
    table = panel.table
    rect = table.visualItemRect(table.item(row_of(panel, name), ui.COL_CANDIDATE))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.current().candidate_name == name


def show_offers_tab(qtbot, page):
    tabs = page.tabs
    bar = tabs.tabBar()
    assert tabs.tabText(1) == "Suivi des offres"
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert tabs.currentWidget() is page.offers_panel
    return page.offers_panel


@pytest.fixture
def demo(db, actor, agency, tmp_path):
    """The demo session (today), its decision letters made and notified today."""
    sid = caleol_demo.create_demo_session(db, actor)
    caleol_letters.generate_decision_letters(db, actor, sid, TODAY, tmp_path / "decisions")
    view = caleol.get_session(db, actor, sid)
    names = [[c.full_name for c in item.candidates] for item in view.items]
    # The registered offer letters were received the day they were sent, except the
    # first dwelling's (its receipt is recorded in the test).
    for row in caleol_offers.offers(db, actor, on=TODAY, session_id=sid):
        if row.awaiting_receipt and row.candidate_name != names[0][0]:
            caleol_offers.record_presentation(db, actor, row.candidate_id, TODAY)
    return sid, names


@pytest.fixture(autouse=True)
def _clock(monkeypatch):
    """The services' clock three weeks ahead: the late answer below has happened."""
    monkeypatch.setattr(caleol_offers, "today", lambda: TODAY + dt.timedelta(days=21))


@pytest.fixture
def window(qtbot, db, actor, demo):
    w = MainWindow(db, actor)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.nav.setCurrentRow(w.pages.indexOf(w.caleol_page))
    yield w


def test_offers_follow_up_through_the_tab(qtbot, window, db, actor, demo, tmp_path):
    _sid, names = demo
    panel = show_offers_tab(qtbot, window.caleol_page)
    # One offer per dwelling: rank 1, direct attributions, the suspensive condition.
    offered = {names[0][0], names[1][0], names[2][0], names[3][0], names[4][0]}
    assert {
        panel.table.item(r, ui.COL_CANDIDATE).text() for r in range(panel.table.rowCount())
    } == offered
    first, second = names[0][0], names[0][1]
    # Registered letter, receipt not recorded yet: no deadline, the rule instead; the
    # delay held together (« réception + » over « 10 j » on a laptop before).
    assert text(panel, first, ui.COL_DEADLINE) == "réception +\u00a010\u00a0j"
    assert text(panel, first, ui.COL_DAYS) == ""
    assert said(panel, first, ui.COL_STATUS) == (
        f"Courrier recommandé envoyé le {format_date_fr(TODAY)} : délai à compter de la "
        "réception (date de présentation à enregistrer)"
    )
    received = names[1][0]
    assert text(panel, received, ui.COL_DEADLINE) == format_date_fr(DEADLINE)
    assert text(panel, received, ui.COL_DAYS) == str((DEADLINE - TODAY).days)
    assert said(panel, received, ui.COL_STATUS) == "Proposition en cours"
    assert text(panel, first, ui.COL_DECISION) == "Rang 1"
    assert said(panel, first, ui.COL_DECISION) == "Attribution en rang 1"
    assert panel.summary.text() == (
        f"Au {format_date_fr(TODAY)} : 4 propositions en attente de réponse, 1 courrier "
        "recommandé dont la réception est à enregistrer, 0 sans réponse dans le délai, "
        "aucun courrier de proposition à produire, aucun logement à proposer au rang "
        "suivant, 0 acceptée."
    )
    assert not panel.answer_button.isEnabled()  # nothing selected

    # The registered letter was received (first presented) two days later.
    select(qtbot, panel, first)
    click(qtbot, panel.presentation_button)
    dialog = panel.dialog
    assert (
        "la date limite de réponse n'est pas connue"
        in dialog.findChild(QLabel, "presentationInfo").text()
    )
    presented = TODAY + dt.timedelta(days=2)
    moved = rules.offer_deadline(presented, 10)
    type_in(qtbot, dialog.presented_on, format_date_fr(presented))
    assert dialog.preview.text() == f"Date limite de réponse : {format_date_fr(moved)}."
    type_in(qtbot, dialog.presented_on, format_date_fr(TODAY - dt.timedelta(days=1)))
    click(qtbot, dialog.ok_button)  # before the letter was sent: refused
    assert "avant son envoi" in dialog.rows["presented_on"].error.text()
    type_in(qtbot, dialog.presented_on, format_date_fr(presented))
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    assert text(panel, first, ui.COL_PRESENTED) == format_date_fr(presented)
    assert text(panel, first, ui.COL_DEADLINE) == format_date_fr(moved)
    assert panel.message.text().startswith("Présentation du courrier enregistrée.")

    # He refuses: the reason is required; then rank 2 is next.
    click(qtbot, panel.answer_button)
    dialog = panel.dialog
    click(qtbot, dialog.refused_choice)
    assert dialog.reason.isEnabled()
    click(qtbot, dialog.ok_button)
    assert "motif du refus" in dialog.rows["reason"].error.text()
    dialog.reason.setPlainText("Logement trop éloigné de l'école des enfants")
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible(), dialog.general_error.text()
    assert (
        said(panel, first, ui.COL_STATUS)
        == f"Refusée le {format_date_fr(TODAY)} — Logement trop éloigné de l'école des enfants"
    )
    assert text(panel, first, ui.COL_NEXT) == f"Rang 2 : {second} (à proposer)"
    assert (
        "Refus enregistré.\nLe logement peut être proposé au rang suivant : "
        f"{second} (rang 2)." == panel.message.text()
    )

    # Offer to rank 2: his offer letter is made in the background.
    select(qtbot, panel, first)
    click(qtbot, panel.next_button)
    letter = panel.dialog
    assert isinstance(letter, ui.OfferLetterDialog) and letter.isVisible()
    assert said(panel, second, ui.COL_STATUS) == "Proposition à notifier (courrier à produire)"
    letter.folder.setText(str(tmp_path / "rang-suivant"))
    click(qtbot, letter.produce_button)
    qtbot.waitUntil(lambda: not letter.busy, timeout=120_000)
    assert letter.error.isHidden(), letter.error.text()
    (made,) = letter.result.letters
    assert made.template_name == caleol_letters.OFFER and made.docx_path.exists()
    assert made.offer_deadline is None and made.registered_offer
    assert "à envoyer en recommandé : le délai de réponse court de sa réception" in (
        letter.status.text()
    )
    letter.close()
    assert text(panel, second, ui.COL_NOTIFIED) == format_date_fr(TODAY)
    assert text(panel, second, ui.COL_DEADLINE) == "réception +\u00a010\u00a0j"
    select(qtbot, panel, second)
    click(qtbot, panel.presentation_button)
    type_in(qtbot, panel.dialog.presented_on, format_date_fr(TODAY))
    click(qtbot, panel.dialog.ok_button)
    assert said(panel, second, ui.COL_STATUS) == "Proposition en cours"
    assert text(panel, second, ui.COL_DEADLINE) == format_date_fr(DEADLINE)
    assert text(panel, first, ui.COL_NEXT) == ""

    # Rank 1 of the fourth dwelling accepts late, the answer posted in time.
    ranked = names[3][0]
    select(qtbot, panel, ranked)
    click(qtbot, panel.answer_button)
    dialog = panel.dialog
    click(qtbot, dialog.accepted_choice)
    assert not dialog.reason.isEnabled()
    late = DEADLINE + dt.timedelta(days=3)
    type_in(qtbot, dialog.answer_on, format_date_fr(late))
    click(qtbot, dialog.ok_button)
    assert "après la date limite" in dialog.rows["on"].error.text()
    click(qtbot, dialog.in_time)
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible(), dialog.general_error.text()
    assert said(panel, ranked, ui.COL_STATUS) == f"Acceptée le {format_date_fr(late)}"
    for other in names[3][1:]:  # ranks 2 and 3: closed
        assert said(panel, other, ui.COL_STATUS) == "Close (logement attribué à un autre candidat)"
    assert "la proposition est close pour" in panel.message.text()

    # Forty days later: the offers left unanswered are past their deadline, in red.
    type_in(qtbot, panel.on, format_date_fr(TODAY + dt.timedelta(days=40)))
    click(qtbot, panel.refresh_button)
    silent = names[1][0]  # direct attribution, nobody ranked after him
    row = row_of(panel, silent)
    days = panel.table.item(row, ui.COL_DAYS)
    assert days.text().startswith("dépassé de ")
    assert days.foreground().color() == ui.OVERDUE
    assert panel.table.item(row, ui.COL_STATUS).toolTip() == "Sans réponse dans le délai (refus)"
    assert panel.table.item(row, ui.COL_NEXT).text() == "Plus aucun candidat classé"
    assert "sans réponse dans le délai" in panel.summary.text()
    select(qtbot, panel, silent)
    assert not panel.next_button.isEnabled()

    rows = {r.candidate_name: r for r in caleol_offers.offers(db, actor, on=TODAY)}
    assert rows[first].status is OfferStatus.REFUSED
    assert rows[ranked].status is OfferStatus.ACCEPTED
    assert rows[second].status is OfferStatus.OFFERED


def test_lease_signed_after_an_acceptance(qtbot, window, db, actor, demo):
    _sid, names = demo
    panel = show_offers_tab(qtbot, window.caleol_page)
    accepted, pending = names[3][0], names[0][0]
    select(qtbot, panel, pending)
    assert not panel.lease_button.isEnabled()  # no acceptance, no lease
    accepted_on = TODAY + dt.timedelta(days=2)
    candidate_id = panel.current().candidate_id
    row = next(r for r in panel.rows if r.candidate_name == accepted)
    caleol_offers.record_answer(db, actor, row.candidate_id, OfferStatus.ACCEPTED, accepted_on)
    click(qtbot, panel.refresh_button)
    select(qtbot, panel, accepted)
    assert panel.lease_button.text() == "Bail signé…"

    click(qtbot, panel.lease_button)
    dialog = panel.dialog
    assert isinstance(dialog, ui.LeaseDialog) and dialog.isVisible()
    type_in(qtbot, dialog.signed_on, format_date_fr(TODAY + dt.timedelta(days=1)))
    click(qtbot, dialog.ok_button)  # before the acceptance: refused
    assert dialog.isVisible()
    assert (
        dialog.rows["signed_on"].error.text()
        == f"Le bail ne peut pas être signé avant l'acceptation (le {format_date_fr(accepted_on)})."
    )
    type_in(qtbot, dialog.signed_on, format_date_fr(TODAY + dt.timedelta(days=30)))
    click(qtbot, dialog.ok_button)  # after the services' today
    assert "date à venir" in dialog.rows["signed_on"].error.text()
    type_in(qtbot, dialog.signed_on, "31/02/2027")
    click(qtbot, dialog.ok_button)
    assert dialog.rows["signed_on"].error.text()
    signed = TODAY + dt.timedelta(days=5)
    type_in(qtbot, dialog.signed_on, format_date_fr(signed))
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible(), dialog.general_error.text()
    assert (
        said(panel, accepted, ui.COL_STATUS) == f"Acceptée, bail signé le {format_date_fr(signed)}"
    )
    assert panel.message.text() == "Signature du bail enregistrée."
    assert panel.current().candidate_name == accepted
    listed = {r.candidate_id: r for r in caleol_offers.offers(db, actor)}
    assert listed[row.candidate_id].lease_signed_on == signed
    assert listed[candidate_id].lease_signed_on is None

    # Cancelling the dialog changes nothing.
    click(qtbot, panel.lease_button)
    dialog = panel.dialog
    assert dialog.signed_on.text() == format_date_fr(signed)
    type_in(qtbot, dialog.signed_on, format_date_fr(TODAY + dt.timedelta(days=6)))
    dialog.reject()
    listed = {r.candidate_id: r for r in caleol_offers.offers(db, actor)}
    assert listed[row.candidate_id].lease_signed_on == signed


def test_the_auditor_reads_the_offers_and_changes_nothing(qtbot, db, actor, demo):
    _sid, names = demo
    accepted = next(r for r in caleol_offers.offers(db, actor) if r.candidate_name == names[3][0])
    caleol_offers.record_answer(db, actor, accepted.candidate_id, OfferStatus.ACCEPTED, TODAY)
    auditor = MainWindow(db, Actor("auditeur", role=Role.AUDITOR))
    qtbot.addWidget(auditor)
    auditor.show()
    qtbot.waitExposed(auditor)
    auditor.nav.setCurrentRow(auditor.pages.indexOf(auditor.caleol_page))
    panel = show_offers_tab(qtbot, auditor.caleol_page)
    assert panel.table.rowCount() == 7  # five offers, two closed by the acceptance
    select(qtbot, panel, names[0][0])
    for button in (
        panel.presentation_button,
        panel.answer_button,
        panel.next_button,
        panel.letter_button,
        panel.lease_button,
    ):
        assert not button.isEnabled(), button.objectName()
    assert panel.answer() is None  # a double click opens nothing either
    select(qtbot, panel, names[3][0])  # accepted: no lease for him to record either
    assert not panel.lease_button.isEnabled()
    assert panel.lease() is None


def cut_cells(table) -> list[str]:
    """The cells of ``table`` whose text does not show whole: a word wider than its
    column, or more lines than its row's height holds."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QStyle

    # the text's margins in a cell (Qt's item delegate), and the grid line
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    cut = []
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is None or not item.text():
                continue
            metrics = QFontMetrics(item.font())
            room = table.columnWidth(column) - 2 * margin - 1
            wrapped = metrics.boundingRect(
                QRect(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap.value, item.text()
            )
            if wrapped.width() > room or wrapped.height() > table.rowHeight(row):
                cut.append(f"{row}/{column} « {item.text()} » in {table.columnWidth(column)} px")
    return cut


def test_every_offer_reads_whole_on_a_laptop(qtbot, db, actor, demo, monkeypatch):
    """« Suivi des offres » at 1,024 × 576: whatever the offer's state (to notify, sent,
    awaiting an answer, refused with its reason, accepted, lease signed, no answer in
    time), its state reads whole in a word or two (« Refusée » was « Refu… », a sent
    registered letter « Cou… »), its full wording in the tooltip; and no other cell
    loses its end: the widest wrap onto a second line."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    from tests.gui.test_fit_screen import FRAME_HEIGHT, HEIGHT, WIDTH

    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, WIDTH, HEIGHT))
    sid, names = demo
    rows = {r.candidate_name: r for r in caleol_offers.offers(db, actor, session_id=sid)}
    refused, accepted, signed = names[1][0], names[2][0], names[3][0]
    caleol_offers.record_answer(
        db,
        actor,
        rows[refused].candidate_id,
        OfferStatus.REFUSED,
        TODAY,
        "Logement trop éloigné du lieu de travail",
    )
    for name in (accepted, signed):
        caleol_offers.record_answer(db, actor, rows[name].candidate_id, OfferStatus.ACCEPTED, TODAY)
    caleol_offers.record_lease_signed(db, actor, rows[signed].candidate_id, TODAY)
    window = MainWindow(db, actor)
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT - FRAME_HEIGHT)
    window.show()
    qtbot.waitExposed(window)
    window.nav.setCurrentRow(window.pages.indexOf(window.caleol_page))
    panel = show_offers_tab(qtbot, window.caleol_page)
    type_in(qtbot, panel.on, format_date_fr(TODAY + dt.timedelta(days=21)))
    qtbot.keyClick(panel.on, Qt.Key.Key_Return)  # the pending offer past its deadline
    table = panel.table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: 0 < header.length() <= table.viewport().width())
    states = {text(panel, name, ui.COL_STATUS) for name in rows}
    assert {"Envoyée", "Refusée", "Acceptée", "Bail signé", "Sans réponse"} <= states
    assert said(panel, refused, ui.COL_STATUS) == (
        f"Refusée le {format_date_fr(TODAY)} — Logement trop éloigné du lieu de travail"
    )
    assert text(panel, refused, ui.COL_NEXT)  # who is next, or nobody left
    qtbot.waitUntil(lambda: not cut_cells(table))  # (once the rows took their height)
    # The registered letter awaiting its receipt: whatever the column's width (the
    # screen's, the font's), « réception » over « + 10 j », never « réception + » over
    # « 10 j » (as on a 1,024-pixel screen before).
    awaiting = table.item(row_of(panel, names[0][0]), ui.COL_DEADLINE)
    for width in range(40, 160, 2):
        lines = wrapped_lines(awaiting, width)
        assert " ".join(lines).replace("\u00a0", " ") == "réception + 10 j"
        assert not any(line.endswith("+") for line in lines), (width, lines)


def wrapped_lines(item, width: int) -> list[str]:
    """The lines ``item``'s text takes in ``width`` pixels (word wrap, in its font)."""
    from PySide6.QtGui import QTextLayout, QTextOption

    text = item.text()
    layout = QTextLayout(text, item.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].strip())
    layout.endLayout()
    return lines
