"""The forms a laptop user fills in (1,280 × 720 at 125 %: 1,024 × 576 logical pixels)
show their examples whole and keep the layout the user chose: the publipostage's
form, the CALEOL session's agenda, the inputs that show an example while empty."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QScrollArea, QWidget

from desktop.services import demo
from tests.conftest import admin_actor
from tests.gui.test_fit_screen import (
    FRAME_HEIGHT,
    HEIGHT,
    WIDTH,
    agenda_on_a_laptop,
    laptop_screen,
    minimum,
)

__all__ = ["laptop_screen"]  # (the fixture of test_fit_screen: a laptop's free area)


def _demo_world(db):
    """Demo households and the demo CALEOL session."""
    from desktop.services.caleol.demo import ensure_demo_session

    demo.generate(db, admin_actor(), 30)
    ensure_demo_session(db, admin_actor())


# Every test's base starts as _demo_world leaves it, on the engine under test.
pytestmark = [pytest.mark.gui, pytest.mark.filled_base(fill=_demo_world)]


@pytest.fixture
def world(db):
    """Demo households and the demo CALEOL session, on the engine under test."""
    return db


def cut_placeholders(widget: QWidget) -> list[str]:
    """The inputs in sight in ``widget`` whose example (placeholder) is cut."""
    out = []
    for edit in widget.findChildren(QLineEdit):
        text = edit.placeholderText()
        if not text or not edit.isVisible():
            continue
        # (the frame and the text margins: Qt's line edit draws its text 4 px in)
        if edit.fontMetrics().horizontalAdvance(text) > edit.contentsRect().width() - 8:
            out.append(f"{edit.objectName()} « {text} »: {edit.width()} px")
    return out


def out_of_sight(area: QScrollArea, widgets) -> list[str]:
    """The ``widgets`` not whole in ``area``'s viewport as it opened (no scrolling)."""
    viewport = area.viewport()
    out = []
    for widget in widgets:
        corner = widget.mapTo(viewport, widget.rect().topLeft())
        if not viewport.rect().contains(widget.rect().translated(corner)):
            out.append(widget.objectName() or type(widget).__name__)
    return out


def open_batch(qtbot, db, actor):
    from desktop.services import tenants
    from desktop.ui.batch_dialog import BatchDialog

    dialog = BatchDialog(db, actor, query=tenants.TenantQuery(), template_name="courrier_libre")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    return dialog


def test_the_publipostage_form_fits_a_laptop_without_scrolling(qtbot, world, actor, laptop_screen):
    """At 1,280 × 720 at 125 % the publipostage's whole form is in sight beside the
    recipients, down to the duplex printing and the output folder, and the registered
    letter's number shows its example whole (it read « n° du recom… »)."""
    dialog = open_batch(qtbot, world, actor)
    assert dialog.width() <= WIDTH and dialog.height() + FRAME_HEIGHT <= HEIGHT
    box = dialog.box
    assert not cut_placeholders(dialog)
    area = dialog.form_area
    assert area.horizontalScrollBar().maximum() == 0
    assert not out_of_sight(
        area,
        (box.template, box.subject, box.registered, box.registered_number, box.signatory)
        + (box.fields, dialog.duplex, dialog.out_dir),
    )
    # the letter's text keeps room to be read and typed in, and takes the height of a
    # taller screen (1,366 × 768) rather than leave it blank under the output folder
    text = box.fields.editors["corps"]
    assert text.height() >= 110
    dialog.resize(1100, 720)
    QApplication.processEvents()
    assert text.height() >= 300
    assert area.verticalScrollBar().maximum() == 0


def test_the_publipostage_remembers_the_split_the_user_chose(qtbot, world, actor, laptop_screen):
    """The user widens the recipients beside the form: the next publipostage opens
    with the same split."""
    dialog = open_batch(qtbot, world, actor)
    splitter = dialog.splitter
    first = splitter.sizes()
    splitter.moveSplitter(first[0] - 120, 1)  # what a drag of the handle does
    chosen = splitter.sizes()
    assert chosen[0] < first[0] - 100
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    again = open_batch(qtbot, world, actor)
    assert abs(again.splitter.sizes()[0] - chosen[0]) <= 2
    assert not cut_placeholders(again)
    # Dragged as far as it goes either way, neither the form nor the recipients are
    # crushed: the form keeps its width (no sideways scrolling, examples whole), the
    # recipients' names stay whole.
    table = again.recipient_table
    for end in (0, again.splitter.width()):
        again.splitter.moveSplitter(end, 1)
        QApplication.processEvents()
        assert again.form_area.horizontalScrollBar().maximum() == 0, end
        assert not cut_placeholders(again), end
        qtbot.waitUntil(lambda: table.horizontalHeader().length() <= table.viewport().width())
        assert table.columnWidth(0) >= table.sizeHintForColumn(0), end


def test_the_letter_dialog_remembers_the_split_the_user_chose(qtbot, world, actor, laptop_screen):
    """A plan letter's dozen fields scroll above the preview on a laptop: the user
    gives the form more height, and the next letter opens with the same split."""
    from desktop.services import tenants
    from desktop.ui.letter_dialog import LetterDialog

    household_id = tenants.search(world, actor, tenants.TenantQuery())[0].id

    def open_letter():
        dialog = LetterDialog(world, actor, household_id, None, "courrier_libre")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    dialog = open_letter()
    first = dialog.splitter.sizes()
    dialog.splitter.moveSplitter(first[0] + 40, 1)  # what a drag of the handle does
    chosen = dialog.splitter.sizes()
    assert chosen[0] > first[0] + 30
    dialog.close()
    again = open_letter()
    assert abs(again.splitter.sizes()[0] - chosen[0]) <= 2


@pytest.mark.parametrize(
    "kept", ['{"splits": "large"}', '{"splits": {"batch": [0, -3]}}', '{"splits": {"batch": 4}}']
)
def test_a_split_kept_wrong_in_the_settings_is_ignored(qtbot, world, actor, laptop_screen, kept):
    """A settings file whose kept split makes no sense (edited by hand, an older
    version): the publipostage opens with its own split, and the user's next one is
    kept beside the other settings."""
    import json

    from desktop import config

    config.settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings = {**json.loads(kept), "letters_out_dir": "/tmp/courriers"}
    config.settings_path().write_text(json.dumps(settings), encoding="utf-8")
    dialog = open_batch(qtbot, world, actor)
    first = dialog.splitter.sizes()
    assert min(first) > 100
    dialog.splitter.moveSplitter(first[0] - 80, 1)
    dialog.close()
    saved = config.load_settings()
    assert saved["splits"]["batch"] == dialog.splitter.sizes()
    assert saved["letters_out_dir"] == "/tmp/courriers"


def test_a_session_s_agenda_and_decisions_read_whole_on_a_laptop(
    qtbot, world, actor, laptop_screen
):
    """The « Ordre du jour » of a CALEOL session at 1,024 px: each item of the agenda
    list is its number and reference, its address and its count, a line each, not
    wrapped into four or five lines (the address cut short with « … », whole in the
    tooltip); and whichever dwelling is shown, every candidate's decision and effect on
    the attribution targets are whole (« Classeme… », « sans ba… » said nothing), beside
    the register number and the name."""
    from desktop.ui.caleol import agenda

    _window, tab = agenda_on_a_laptop(qtbot, world, actor)
    listing = tab.list
    metrics = listing.fontMetrics()
    assert listing.count() >= 5
    for row in range(listing.count()):
        item = listing.item(row)
        lines = item.text().split("\n")
        rect = listing.visualItemRect(item)
        assert rect.height() < (len(lines) + 1) * metrics.lineSpacing(), item.text()
        # its number and reference, its count: whole on their line
        for line in (lines[0], *lines[2:]):
            assert metrics.horizontalAdvance(line) <= rect.width() - 8, line
        assert all(line in item.toolTip() for line in lines)
    assert listing.horizontalScrollBar().maximum() == 0
    view, header = tab.candidates, tab.candidates.horizontalHeader()
    whole = (agenda.CAND_NUMERO, agenda.CAND_NAME, agenda.CAND_TARGETS, agenda.CAND_DECISION)
    for row in range(listing.count()):
        listing.setCurrentRow(row)
        if not tab.current_item().candidates:
            continue
        qtbot.waitUntil(lambda: header.length() <= view.viewport().width())
        QApplication.processEvents()
        decisions = [view.item(r, agenda.CAND_DECISION).text() for r in range(view.rowCount())]
        cut = [c for c in whole if view.columnWidth(c) < view.sizeHintForColumn(c)]
        assert not cut, (row, decisions)


def in_sight(widget: QWidget) -> bool:
    """Whether ``widget`` is shown whole: not clipped by a scroll area or a pane, nor
    past its window's edge."""
    window = widget.window()
    corner = widget.mapTo(window, widget.rect().topLeft())
    return (
        widget.isVisible()
        and widget.visibleRegion().boundingRect() == widget.rect()
        and window.rect().contains(widget.rect().translated(corner))
    )


def test_a_session_s_tabs_keep_their_buttons_in_sight_on_a_laptop(
    qtbot, world, actor, laptop_screen
):
    """The CALEOL session window at 1,024 × 576 no longer scrolls as a whole (its
    tallest tab made every tab scroll): on each tab the actions of a committee day are
    in sight without scrolling: the agenda's buttons beside its list, the candidates'
    under their three rows, « Enregistrer la séance », « Enregistrer la décision »."""
    from PySide6.QtWidgets import QScrollArea

    window, tab = agenda_on_a_laptop(qtbot, world, actor)
    outer = window.findChild(QScrollArea, "sessionTabsScroll")
    tab.list.setCurrentRow(0)
    votes, session = window.votes_tab, window.session_tab
    wanted = {
        session: [session.save_button],
        tab: [
            tab.add_button,
            tab.occupation_button,
            tab.up_button,
            tab.down_button,
            tab.remove_button,
            tab.save_item_button,
            tab.add_candidate_button,
            tab.edit_candidate_button,
            tab.remove_candidate_button,
        ],
        votes: [votes.save_button, votes.clear_button, votes.candidates],
    }
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert outer.verticalScrollBar().maximum() == 0, window.tabs.tabText(index)
        page = window.tabs.currentWidget()
        hidden = [w.objectName() for w in wanted.get(page, []) if not in_sight(w)]
        assert not hidden, window.tabs.tabText(index)
    window.tabs.setCurrentWidget(tab)
    QApplication.processEvents()
    view = tab.candidates
    rows = [view.visualRect(view.model().index(r, 0)) for r in range(view.rowCount())]
    assert len(rows) == 3 and all(view.viewport().rect().contains(r) for r in rows)


def test_the_votes_show_several_members_beside_the_decision_on_a_laptop(
    qtbot, world, actor, laptop_screen
):
    """« Votes et décisions » at 1,024 × 576: the votes and the decision side by side,
    each the tab's height (one above the other, the votes showed a member and a half):
    four members at least in sight with their name whole and their vote, the rest a
    scroll away (never sideways), the decision's example whole, its buttons in sight."""
    from PySide6.QtWidgets import QLabel

    window, _agenda = agenda_on_a_laptop(qtbot, world, actor)
    votes = window.votes_tab
    window.tabs.setCurrentWidget(votes)
    votes.select(votes.dwelling.itemData(0), 0)
    QApplication.processEvents()
    members = votes._voters()
    assert len(members) >= 5
    area = votes.grid_host.parentWidget().parentWidget()
    assert isinstance(area, QScrollArea)
    assert area.horizontalScrollBar().maximum() == 0
    shown = []
    for member in members:
        name = next(w for w in votes.grid_host.findChildren(QLabel) if w.text() == member.full_name)
        combo = votes.vote_combos[member.id]
        if not out_of_sight(area, [name, combo]):
            assert name.width() >= name.fontMetrics().horizontalAdvance(member.full_name)
            shown.append(member.full_name)
    assert len(shown) >= 4, shown
    assert not cut_placeholders(votes.form)
    assert in_sight(votes.save_button) and in_sight(votes.clear_button)
    assert in_sight(votes.tally)


@pytest.mark.parametrize("screen", [(1536, 864), (WIDTH, HEIGHT)])
def test_the_decision_letters_take_the_room_a_screen_gives(
    qtbot, world, actor, monkeypatch, screen
):
    """The session's decision letters (and the tenants due for an occupation review)
    open to their table's content: on a large screen (1,920 × 1,080 at 125 %) wider
    than the 1,100 px they kept, every decision and letter whole (« Attribution par
    classement (ordre de priorité) (rang 1) » was elided); on a laptop never larger
    than its screen."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    from desktop.services import caleol
    from desktop.ui.caleol.agenda_dialogs import OccupationDueDialog
    from desktop.ui.caleol.letters_dialog import DecisionLettersDialog
    from desktop.ui.caleol.session import SessionWindow

    width, height = screen
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _s: QRect(0, 0, width, height))
    session = SessionWindow(world, actor, caleol.list_sessions(world, actor)[0].id)
    qtbot.addWidget(session)
    letters = DecisionLettersDialog(session)
    for dialog in (letters, OccupationDueDialog(session)):
        qtbot.addWidget(dialog)
        opened = dialog.width()
        dialog.show()
        qtbot.waitExposed(dialog)
        if dialog is letters and width > opened:
            qtbot.waitUntil(lambda d=dialog, o=opened: d.width() > o)
        qtbot.wait(50)  # (its refit to the screen done)
        assert dialog.width() <= width and dialog.height() + FRAME_HEIGHT <= height
    if width > WIDTH:
        table = letters.table
        qtbot.waitUntil(lambda: table.horizontalHeader().length() <= table.viewport().width())
        columns = range(table.columnCount())
        assert all(table.columnWidth(c) >= table.sizeHintForColumn(c) for c in columns)


def test_the_dwelling_sheet_takes_the_height_a_larger_screen_gives(
    qtbot, world, actor, monkeypatch
):
    """At 1,366 × 768 the agenda's dwelling sheet is whole above the candidates (the
    candidates keep what they need, not a fixed share: the sheet's last line was cut),
    and a split the user chose is kept over that."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    from desktop.services import caleol
    from desktop.ui.caleol.session import SessionWindow

    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 1366, 738))

    def open_agenda():
        window = SessionWindow(world, actor, caleol.list_sessions(world, actor)[0].id)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.tabs.setCurrentWidget(window.agenda_tab)
        window.agenda_tab.list.setCurrentRow(0)
        QApplication.processEvents()
        return window, window.agenda_tab

    window, tab = open_agenda()
    assert in_sight(tab.form)
    assert all(in_sight(b) for b in (tab.add_candidate_button, tab.save_item_button))
    sizes = tab.page_split.sizes()
    tab.page_split.moveSplitter(sizes[0] - 60, 1)  # the user gives the candidates more
    chosen = tab.page_split.sizes()
    window.close()
    _window, tab = open_agenda()
    assert abs(tab.page_split.sizes()[0] - chosen[0]) <= 2


def test_a_long_agenda_still_says_each_item_s_count_whole_on_a_laptop(
    qtbot, world, actor, laptop_screen
):
    """Twelve dwellings on the agenda, some not decided yet, at 1,024 px: the list
    scrolls, and each item's count line (« 3 candidats, aucune décision » needed the
    list's whole 175 px) is whole beside the scroll bar."""
    import dataclasses

    _window, tab = agenda_on_a_laptop(qtbot, world, actor)
    view = tab._view
    undecided = [dataclasses.replace(c, decision=None, rank=None) for c in view.items[0].candidates]
    items = [
        dataclasses.replace(
            item,
            id=item.id + 1000 * copy,
            position=item.position + len(view.items) * copy,
            candidates=undecided if copy else item.candidates,
        )
        for copy in range(3)
        for item in view.items
    ][:12]
    tab.load(dataclasses.replace(view, items=items))
    listing = tab.list
    listing.setMaximumHeight(listing.sizeHintForRow(0) * 6)  # as the tab's height leaves it
    QApplication.processEvents()
    assert listing.verticalScrollBar().isVisible()
    metrics = listing.fontMetrics()
    counts = [listing.item(row).text().split("\n")[-1] for row in range(listing.count())]
    cut = [c for c in counts if metrics.horizontalAdvance(c) > listing.viewport().width() - 8]
    assert not cut
    assert "3 candidats, à décider" in counts and "3 candidats, 3 décisions" in counts


def page_on_a_laptop(qtbot, db, actor, title: str):
    """The main window filling the laptop's screen, on its page ``title``."""
    from desktop.ui.main_window import MainWindow

    window = MainWindow(db, actor)
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT - FRAME_HEIGHT)
    window.show()
    qtbot.waitExposed(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    window.nav.setCurrentRow(titles.index(title))
    return window


def test_the_commission_s_members_show_their_names_on_a_laptop(qtbot, world, actor, laptop_screen):
    """The CALEOL page at 1,024 × 576: the members' names are whole (« Mme Catherin… »
    and « M. Jean-Marc … » were cut as much as the mandate), the long role and then
    the mandate giving way (the table's tooltip says them)."""
    from desktop.ui.caleol.page import MEM_MANDATE, MEM_NAME, MEM_ROLE

    window = page_on_a_laptop(qtbot, world, actor, "CALEOL")
    table = window.caleol_page.members
    qtbot.waitUntil(lambda: table.horizontalHeader().length() <= table.viewport().width())
    assert table.rowCount() >= 5
    metrics = table.fontMetrics()
    width = table.columnWidth(MEM_NAME)
    names = [table.item(row, MEM_NAME).text() for row in range(table.rowCount())]
    # (« (présidente) » after a name may give way)
    cut = [n for n in names if metrics.horizontalAdvance(n.split(" (")[0]) + 8 > width]
    assert not cut
    # the role gave way first: it is not wider than the mandate
    assert table.columnWidth(MEM_ROLE) <= table.columnWidth(MEM_MANDATE)


def test_the_offers_say_their_decision_and_state_whole_on_a_laptop(
    qtbot, world, actor, laptop_screen
):
    """« Suivi des offres » at 1,024 px: each offer's decision and state read whole in
    a few words (« Attribution e… », « Proposition … » on every line), their full
    wording in the cell's tooltip."""
    from desktop.ui.caleol.offers import COL_DECISION, COL_STATUS

    window = page_on_a_laptop(qtbot, world, actor, "CALEOL")
    page = window.caleol_page
    page.tabs.setCurrentWidget(page.offers_panel)
    table = page.offers_panel.table
    qtbot.waitUntil(lambda: table.rowCount() >= 5)
    qtbot.waitUntil(lambda: table.horizontalHeader().length() <= table.viewport().width())
    for column in (COL_DECISION, COL_STATUS):
        assert table.columnWidth(column) >= table.sizeHintForColumn(column), column
    state = table.item(0, COL_STATUS)
    assert state.text() == "À notifier"
    assert state.toolTip() == "Proposition à notifier (courrier à produire)"
    decisions = {table.item(r, COL_DECISION).toolTip() for r in range(table.rowCount())}
    assert "Attribution sous condition suspensive" in decisions


def test_the_effects_on_the_targets_read_without_scrolling_sideways(
    qtbot, world, actor, laptop_screen
):
    """« Cotation et objectifs » at 1,024 px: each proposal's effect on the attribution
    targets wraps on the list's width (it was one long line, read by scrolling
    sideways)."""
    window = page_on_a_laptop(qtbot, world, actor, "Cotation et objectifs")
    effects = window.cotation_page.sessions_tab.effects
    qtbot.waitUntil(lambda: effects.count() > 0)
    QApplication.processEvents()
    assert effects.horizontalScrollBar().maximum() == 0
    metrics, width = effects.fontMetrics(), effects.viewport().width()
    long = [effects.item(r) for r in range(effects.count())]
    long = [i for i in long if metrics.horizontalAdvance(i.text()) > width]
    assert long  # (the demo's effects are longer than the list is wide)
    for item in long:
        rect = effects.visualItemRect(item)
        assert rect.width() <= width
        assert rect.height() >= 2 * metrics.lineSpacing(), item.text()


def test_the_inputs_show_their_example_whole_on_a_laptop(qtbot, world, actor, laptop_screen):
    """The inputs built outside the shared ``line_edit`` (a form's ``_line``, the
    notice's dates and proof, the settings, a template's free fields) ask, as it does,
    for the room to show their example; and at 1,024 × 576 the dwelling's contingent
    (« Préfecture, Action Logement, commune… » was cut after « Action Lo ») and the
    notice's proof (« Aucun (adresse du logement) ») show it whole, as every example
    of the main window's pages and of these dialogs."""
    from desktop.services import caleol, tenants
    from desktop.ui.caleol.agenda_dialogs import AddDwellingDialog
    from desktop.ui.caleol.session import SessionWindow
    from desktop.ui.letter_dialog import LetterDialog
    from desktop.ui.main_window import MainWindow
    from desktop.ui.notice_dialog import NoticeDialog
    from desktop.ui.tenant_file import TenantFileDialog

    household_id = tenants.search(world, actor, tenants.TenantQuery())[0].id
    main = MainWindow(world, actor)
    session = SessionWindow(world, actor, caleol.list_sessions(world, actor)[0].id)
    qtbot.addWidget(session)
    windows = {
        "fenêtre principale": lambda: main,
        "séance": lambda: session,
        "ajout d'un logement": lambda: AddDwellingDialog(session),
        "congé": lambda: NoticeDialog(world, actor, household_id),
        "dossier": lambda: TenantFileDialog(world, actor, household_id),
        "courrier": lambda: LetterDialog(world, actor, household_id, None, "courrier_libre"),
    }
    narrow, cut = [], set()
    for name, make in windows.items():
        window = make()
        qtbot.addWidget(window)
        window.resize(min(window.width(), WIDTH), min(window.height(), HEIGHT - FRAME_HEIGHT))
        window.show()
        qtbot.waitExposed(window)
        for _sight in in_turn(window):
            cut.update(f"{name}: {text}" for text in cut_placeholders(window))
        for edit in window.findChildren(QLineEdit):
            text = edit.placeholderText()
            wanted = min(edit.fontMetrics().horizontalAdvance(text) + 8, 420)
            if text and edit.sizeHint().width() < wanted:
                narrow.append(f"{name}: {edit.objectName()} « {text} »")
        window.hide()
    assert not narrow
    assert not cut


def in_turn(window: QWidget):
    """Shows in turn each page of ``window`` (the main window's pages) and each tab of
    each, yielding once each is in sight."""
    from PySide6.QtWidgets import QTabWidget

    rows = range(window.nav.count()) if hasattr(window, "nav") else [None]
    for row in rows:
        if row is not None:
            window.nav.setCurrentRow(row)
        QApplication.processEvents()
        yield
        for tabs in window.findChildren(QTabWidget):
            if tabs.isVisible():
                for index in range(tabs.count()):
                    tabs.setCurrentIndex(index)
                    QApplication.processEvents()
                    yield


def test_a_candidate_not_yet_scored_reads_so(qtbot, world, actor, laptop_screen):
    """The demo's session was never scored: the detail under the candidates says
    « Cotation : pas encore calculée. », not « Cotation : — () », and the score's cell
    says why it is empty."""
    _window, tab = agenda_on_a_laptop(qtbot, world, actor)
    tab.list.setCurrentRow(0)
    tab.candidates.selectRow(0)
    QApplication.processEvents()
    detail = tab.cotation_detail.text()
    assert "Cotation : pas encore calculée." in detail and "()" not in detail, detail
    header = [
        tab.candidates.horizontalHeaderItem(c).text() for c in range(tab.candidates.columnCount())
    ]
    score = tab.candidates.item(0, header.index("Cotation"))
    assert score.text() == "" and score.toolTip() == "Pas encore coté"


def test_the_notice_stays_within_a_laptop_once_its_count_is_previewed(
    qtbot, world, actor, laptop_screen
):
    """A receipt date and a reduced-notice ground typed, the count's preview appears with
    its « Aperçu : rien n'est enregistré… » note: the dialog grew to 1,149 px on a
    1,024 px screen, « Fermer » out of sight."""
    from desktop.domain.notice import ReducedNoticeGround
    from desktop.services import tenants
    from desktop.ui.notice_dialog import NoticeDialog

    household_id = tenants.search(world, actor, tenants.TenantQuery())[0].id
    dialog = NoticeDialog(world, actor, household_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.received_on, "07/12/2026")
    dialog.ground.setCurrentIndex(dialog.ground.findData(ReducedNoticeGround.SANTE))
    QApplication.processEvents()
    note, wanted, width = dialog.preview_note.text(), minimum(dialog).width(), dialog.width()
    dialog.received_on.clear()  # nothing typed left: closing it asks nothing
    dialog.ground.setCurrentIndex(0)
    assert note.startswith("Aperçu")
    assert wanted <= WIDTH and width <= WIDTH, (wanted, width)
