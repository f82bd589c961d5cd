"""Every page and dialog fits a 1,280 × 720 laptop screen at 125 % scaling, that is
1,024 × 576 logical pixels (issue 15): the minimum size a layout asks for must not be
larger, nor the size a dialog opens at, or the right edge or the buttons of the window
are cut off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.domain.roles import Role
from desktop.services import accounts
from desktop.services.context import Actor

pytestmark = pytest.mark.gui

#: 1,280 × 720 at 125 %
WIDTH, HEIGHT = 1024, 576
#: the title bar and frame a window manager adds around a dialog
FRAME_HEIGHT = 32


def minimum(widget: QWidget):
    return widget.minimumSizeHint().expandedTo(widget.minimumSize())


def too_big(name: str, widget: QWidget, chrome: int = FRAME_HEIGHT) -> str | None:
    size = minimum(widget)
    if size.width() > WIDTH or size.height() + chrome > HEIGHT:
        return f"{name}: {size.width()} × {size.height()}"
    # A dialog opens no larger than the screen (``laptop_screen``), its title bar on
    # the screen too: a dialog taller than it has its buttons out of reach.
    if chrome and (widget.width() > WIDTH or widget.height() + chrome > HEIGHT):
        return f"{name}: ouvert à {widget.width()} × {widget.height()}"
    return None


@pytest.fixture
def laptop_screen(monkeypatch):
    """The screen's free area as on the laptop, 1,024 × 576, for the windows that fit
    themselves to it (``fit_to_screen``): the offscreen platform's screen is 800 × 800."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, WIDTH, HEIGHT))


def cut_tables(name: str, widget: QWidget) -> list[str]:
    """The tables shown in ``widget`` whose columns do not all fit their width."""
    from PySide6.QtWidgets import QTableView

    out = []
    for view in widget.findChildren(QTableView):
        if not view.isVisible() or view.model() is None or not view.model().columnCount():
            continue
        if view.horizontalScrollBar().maximum() > 0:
            wanted = view.horizontalHeader().length()
            out.append(f"{name} / {view.objectName()}: {wanted} > {view.viewport().width()}")
    return out


@pytest.fixture
def world(tmp_path, demo_database):
    db = demo_database(tmp_path / "demo.sqlite", households=120)
    yield db
    db.dispose()


def test_every_page_and_dialog_fits_a_laptop_screen(qtbot, world, laptop_screen):
    from desktop.ui.main_window import MainWindow
    from tests.gui.window import show_window

    db = world
    actor = Actor("admin.test", "Admin Test", role=Role.ADMIN)
    window = MainWindow(db, actor)
    qtbot.addWidget(window)
    show_window(qtbot, window)
    # Measured once the event loop has turned: right after show() the window briefly
    # reports a larger minimum (1,074 px) that its layout drops at the first turn.
    QApplication.processEvents()
    problems = [too_big("fenêtre principale", window, 0)]
    # It opens no wider than the screen, or its minimum once shown: the larger minimum
    # it reports before its first show (1,074 px) must not stay its width.
    free = window.screen().availableGeometry().width()
    assert window.width() <= max(free, minimum(window).width())
    for i in range(window.pages.count()):
        page = window.pages.widget(i)
        window.nav.setCurrentRow(i)
        # the page sits beside the navigation pane
        if minimum(page).width() + window.nav.minimumWidth() + 12 > WIDTH:
            problems.append(f"page {window.nav.item(i).text()}: {minimum(page).width()}")
    # At 1,024 × 576 every table of every page shows all its columns: no horizontal
    # scroll bar (long texts elided, their tooltip shows them).
    window.resize(WIDTH, HEIGHT - FRAME_HEIGHT)
    for i in range(window.pages.count()):
        window.nav.setCurrentRow(i)
        QApplication.processEvents()
        QApplication.processEvents()
        problems.extend(cut_tables(window.nav.item(i).text(), window.pages.widget(i)))
    # The scores of the session's candidates: the list, not the empty detail under it,
    # takes the height (it showed 2 rows and a half).
    cotation = window.cotation_page.sessions_tab
    window.nav.setCurrentRow(window.pages.indexOf(window.cotation_page))
    QApplication.processEvents()
    assert cotation.scores.rowCount() >= 4
    rows_in_sight = cotation.scores.viewport().height() // cotation.scores.rowHeight(0)
    if rows_in_sight < 4:
        problems.append(f"cotation : {rows_in_sight} candidat(s) en vue")
    household_id = window.tenant_page.model.row_id(0)
    assert household_id is not None

    from desktop.ui.agency_dialog import AgencyDialog
    from desktop.ui.batch_dialog import BatchDialog
    from desktop.ui.crisis_protocol_dialog import CrisisProtocolDialog
    from desktop.ui.import_dialog import ImportDialog
    from desktop.ui.letter_dialog import LetterDialog, SigningKeyDialog
    from desktop.ui.login_dialog import (
        ChangePasswordDialog,
        FirstAdminDialog,
        LoginDialog,
    )
    from desktop.ui.notice_dialog import NoticeDialog
    from desktop.ui.payments_import_dialog import PaymentImportDialog
    from desktop.ui.plans.dialog import PlanDialog
    from desktop.ui.plans.file_plans import FilePlansDialog
    from desktop.ui.tenant_file import CloseFileDialog, TenantFileDialog

    dialogs = {
        "dossier locataire": lambda: TenantFileDialog(db, actor, household_id),
        "nouveau dossier": lambda: TenantFileDialog(db, actor, None),
        "clôture du dossier": lambda: CloseFileDialog(),
        "congé": lambda: NoticeDialog(db, actor, household_id),
        "plans du dossier": lambda: FilePlansDialog(db, actor, household_id),
        "nouveau plan": lambda: PlanDialog(db, actor, household_id),
        "courrier": lambda: LetterDialog(db, actor, household_id),
        "clé de signature": lambda: SigningKeyDialog(),
        "publipostage": lambda: BatchDialog(db, actor, household_ids=[household_id]),
        "import des locataires": lambda: ImportDialog(db, actor),
        "import des paiements": lambda: PaymentImportDialog(db, actor),
        "protocole de crise": lambda: CrisisProtocolDialog(db, actor),
        "nouvelle agence": lambda: AgencyDialog(db, actor),
        "connexion": lambda: LoginDialog(db),
        "premier administrateur": lambda: FirstAdminDialog(db),
        "mot de passe": lambda: ChangePasswordDialog(db, actor),
    }
    from desktop.ui.admin_pages import PasswordResetDialog, UserDialog

    users = accounts.list_users(db, actor)
    dialogs["nouvel utilisateur"] = lambda: UserDialog(db, actor)
    if users:
        dialogs["utilisateur"] = lambda: UserDialog(db, actor, users[0])
        dialogs["réinitialisation du mot de passe"] = lambda: PasswordResetDialog(
            db, actor, users[0]
        )

    from desktop.services import caleol
    from desktop.ui.caleol.session import SessionWindow

    sessions = caleol.list_sessions(db, actor)
    assert sessions, "the demo base has a CALEOL session"
    dialogs["séance CALEOL"] = lambda: SessionWindow(db, actor, sessions[0].id)
    from desktop.ui.caleol.page import CommissionDialog

    dialogs["commission CALEOL"] = lambda: CommissionDialog(db, actor)
    from desktop.ui.campaigns.dialogs import CampaignDialog

    dialogs["campagne"] = lambda: CampaignDialog(db, actor)
    from desktop.ui.preferences_dialog import PreferencesDialog

    dialogs["mes préférences"] = lambda: PreferencesDialog()
    # Administration > Paramètres is a page (checked with the pages above); its tallest
    # tab is checked here on its own as well, the main window's frame around it.
    assert "settings" in window.admin_pages

    for name, make in dialogs.items():
        dialog = make()
        dialog.show()
        problems.append(too_big(name, dialog))
        dialog.hide()
        dialog.deleteLater()  # (not closed: a new tenant file would ask to be saved)
    problems = [p for p in problems if p]
    print("\n".join(problems))
    assert not problems, "trop grand pour 1 024 × 576 : " + " ; ".join(problems)


def _campaign_dialogs(db, manager) -> dict:
    """The dialogs of a running campaign with a call, a referral, and an ended one."""
    import datetime as dt

    from desktop.domain.campaign import CampaignTerms, ContactPerson, NextAction, PartnerType
    from desktop.services import campaigns
    from desktop.services.campaigns import CallEntry, ReferralInput
    from desktop.ui.campaigns.call_dialog import (
        CallDialog,
        ReferralDialog,
        ReferralFollowUpDialog,
    )
    from desktop.ui.campaigns.dialogs import (
        CallersDialog,
        CampaignDialog,
        PurgeDialog,
        QuestionDialog,
    )

    today = dt.date.today()
    callers = [c.user_id for c in campaigns.caller_candidates(db, manager)][:2]

    def started(name: str) -> int:
        cid = campaigns.create_campaign(
            db,
            manager,
            CampaignTerms(
                name=name,
                query_name="Plus de 70 ans",
                agency_id=manager.agency_id,
                start_on=today,
                planned_end_on=today + dt.timedelta(days=30),
                purpose="Vérifier que les locataires âgés vont bien pendant la canicule et les "
                "orienter s'ils ont besoin d'aide.",
            ),
            callers,
        )
        campaigns.start_campaign(db, manager, cid)
        return cid

    cid = started("Canicule juillet")
    target = campaigns.target_list(db, manager, cid)[0]
    campaigns.record_call(
        db,
        manager,
        target.id,
        CallEntry(
            person=ContactPerson.TENANT,
            answers={
                "SANTE": "BIEN",
                "COURSES_REPAS": "PROCHES",
                "ENTOURAGE": "QUOTIDIEN",
                "MESURES": "CONNUES",
                "BESOIN_AIDE": ["REPAS"],
            },
            next_action=NextAction.REFER,
            note="Ne peut plus porter ses courses.",
        ),
    )
    campaigns.add_referral(
        db,
        manager,
        target.id,
        ReferralInput(
            PartnerType.CCAS, "CCAS de Bordeaux", reason="Portage de repas", consent=True
        ),
    )
    referral = campaigns.list_referrals(db, manager, cid)[0]
    ended = started("Grand froid février")
    campaigns.end_campaign(db, manager, ended)
    return {
        "campagne (en cours)": lambda: CampaignDialog(db, manager, cid),
        "appelants": lambda: CallersDialog(db, manager, cid),
        "purge des notes": lambda: PurgeDialog(db, manager, ended),
        "question du script": lambda: QuestionDialog(None, set()),
        "appel": lambda: CallDialog(db, manager, target.id),
        "orientation": lambda: ReferralDialog(db, manager, target.id, target.contact_name),
        "suivi de l'orientation": lambda: ReferralFollowUpDialog(db, manager, referral),
    }


def _caleol_dialogs(db, actor, tmp_path) -> dict:
    """The dialogs of the demo CALEOL session (closed, 5 dwellings, 15 decisions)."""
    import datetime as dt

    from desktop.domain.caleol import Vote
    from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
    from desktop.services import caleol
    from desktop.services.caleol import minutes as pvs
    from desktop.services.caleol import offers as caleol_offers
    from desktop.services.caleol.vote_import import ImportedVote, VoteImportReport
    from desktop.ui.caleol.agenda_dialogs import (
        AddDwellingDialog,
        CandidateDialog,
        ConflictDialog,
        OccupationDueDialog,
    )
    from desktop.ui.caleol.letters_dialog import DecisionLettersDialog
    from desktop.ui.caleol.minutes_panel import ExtractDialog, ReviewDialog
    from desktop.ui.caleol.offers import (
        AnswerDialog,
        LeaseDialog,
        OfferLetterDialog,
        PresentationDialog,
    )
    from desktop.ui.caleol.page import MemberDialog, NewSessionDialog
    from desktop.ui.caleol.session import SessionWindow
    from desktop.ui.caleol.votes import VoteImportDialog

    sid = caleol.list_sessions(db, actor)[0].id
    session = caleol.get_session(db, actor, sid)
    commission = session.commission
    item = next(i for i in session.items if i.candidates)
    candidate = item.candidates[0]
    version = pvs.generate_draft(db, actor, sid)
    row = caleol_offers.offers(db, actor, session_id=sid)[0]
    stamp = dt.datetime(2026, 11, 23, 14, 5)
    report = VoteImportReport(
        source=str(tmp_path / "votes-seance-2026-11-export-outil-de-vote.csv"),
        lines=3,
        accepted=[
            ImportedVote(
                line,
                commission.members[0].id,
                "Mme Catherine Lefevre",
                candidate.id,
                "M. Jean-Baptiste DE LA FONTAINE-MARTINEZ",
                "LGT-MER-0231 — 112 avenue de la Marne, 33700 Mérignac",
                "0332612345678",
                Vote.POUR,
                stamp,
            )
            for line in (2, 3)
        ],
        errors=[
            (
                4,
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "membre « {name} » inconnu de la commission de la séance"
                    ),
                    {"name": "Jean-Christophe Dupont-Aignan de la Roche"},
                ),
            )
        ],
        dry_run=True,
    )
    holder: dict = {}

    def window():  # the session window the agenda dialogs belong to, kept alive
        if "w" not in holder:
            holder["w"] = SessionWindow(db, actor, sid)
        return holder["w"]

    return {
        "ajout d'un logement": lambda: AddDwellingDialog(window()),
        "candidat": lambda: CandidateDialog(window(), item.id, candidate),
        "nouveau candidat": lambda: CandidateDialog(window(), item.id),
        "conflit d'intérêts": lambda: ConflictDialog(window(), item),
        "examens d'occupation à inscrire": lambda: OccupationDueDialog(window()),
        "courriers de décision": lambda: DecisionLettersDialog(window()),
        "relecture du procès-verbal": lambda: ReviewDialog(db, actor, version),
        "extrait du procès-verbal": lambda: ExtractDialog(version),
        "import des votes": lambda: VoteImportDialog(report),
        "membre de la commission": lambda: MemberDialog(
            db, actor, commission, commission.members[0]
        ),
        "nouvelle séance": lambda: NewSessionDialog(db, actor, commission, "2026-12"),
        "présentation de l'offre": lambda: PresentationDialog(db, actor, row),
        "réponse du candidat": lambda: AnswerDialog(db, actor, row),
        "signature du bail": lambda: LeaseDialog(db, actor, row),
        "courrier de proposition": lambda: OfferLetterDialog(db, actor, row, 10),
    }


def _plan_letter(db, actor):
    """The "Courrier…" dialog on a plan's proposal: the plan's dozen fields."""
    from decimal import Decimal

    from desktop.domain.schedule import PaymentPlanType
    from desktop.services import plan_letters, plans, tenants
    from desktop.ui.letter_dialog import LetterDialog

    household_id = tenants.search(db, actor, tenants.TenantQuery(), limit=1)[0].id
    terms = plans.terms_from_lease(db, actor, household_id, PaymentPlanType.PLAN_APUREMENT)
    terms.debt, terms.months = Decimal("1200.00"), 12
    plans.create_plan(db, actor, household_id, terms)

    def make():
        dialog = LetterDialog(db, actor, household_id)
        box = dialog.box
        box.template.setCurrentIndex(box.template.findData(plan_letters.PROPOSAL))
        assert box.plan.count() == 1 and "echeancier" in box.fields.editors
        return dialog

    return make


def test_dialogs_that_need_data_fit_a_laptop_screen(qtbot, world, tmp_path, laptop_screen):
    """The dialogs that open on a record (a call, a referral, a candidate, an offer, a
    vote import, the minutes' review…), each opened on the demo base's data."""
    from desktop.services import accounts
    from desktop.ui.crash import CrashDialog
    from desktop.ui.pdf_viewer import PdfPreviewDialog

    db = world
    actor = Actor("admin.test", "Admin Test", role=Role.ADMIN)
    manager = accounts.authenticate(db, "responsable.bxn", accounts.DEMO_PASSWORD)
    dialogs = _campaign_dialogs(db, manager)
    dialogs.update(_caleol_dialogs(db, actor, tmp_path))
    log = tmp_path / "parcours.log"
    log.write_text("")
    dialogs["rapport d'erreur"] = lambda: CrashDialog(
        "Traceback (most recent call last):\n" + "  File …\n" * 80 + "ValueError: x", log
    )
    dialogs["aperçu PDF"] = lambda: PdfPreviewDialog(tmp_path / "absent.pdf")
    from desktop.ui.preferences_dialog import PreferencesDialog

    dialogs["préférences"] = lambda: PreferencesDialog()
    dialogs["courrier d'un plan"] = _plan_letter(db, actor)
    problems = []
    # The campaigns page with a running campaign selected: its tables in sight too.
    from desktop.ui.main_window import MainWindow

    window = MainWindow(db, manager)
    qtbot.addWidget(window)
    window.show()
    window.resize(WIDTH, HEIGHT - FRAME_HEIGHT)
    page = window.campaign_page
    window.nav.setCurrentRow(window.pages.indexOf(page))
    tab = page.campaigns_tab
    tab.refresh()
    tab.select(tab.summaries[0].id)
    for _turn in range(3):
        QApplication.processEvents()
    problems.extend(cut_tables("campagnes", page))
    # the campaign's name and dates whole (its agency gives way), its details whole
    table = tab.table
    for column in (0, 3, 4):
        if table.columnWidth(column) < table.sizeHintForColumn(column):
            problems.append(f"campagnes / colonne {column}: {table.columnWidth(column)}")
    details = tab.details
    if details.height() < details.heightForWidth(details.width()):
        problems.append(f"campagnes / détails coupés : {details.height()}")
    # A caller's list: every column in sight, the filters' choices whole.
    page.tabs.setCurrentWidget(page.calls_tab)
    page.calls_tab.refresh()
    for _turn in range(3):
        QApplication.processEvents()
    problems.extend(cut_tables("mes appels", page.calls_tab))
    for combo in (page.calls_tab.campaign, page.calls_tab.scope):
        problems.extend(f"mes appels / {text}" for text in cut_choices(combo))
    window.hide()
    for name, make in dialogs.items():
        dialog = make()
        dialog.show()
        QApplication.processEvents()
        problems.append(too_big(name, dialog))
        dialog.hide()
        dialog.deleteLater()
    problems = [p for p in problems if p]
    print("\n".join(problems))
    assert not problems, "trop grand pour 1 024 × 576 : " + " ; ".join(problems)


# (the offscreen platform cannot raise the tooltip window, and says so)
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_narrow_table_keeps_every_column_and_shows_an_elided_text_in_its_tooltip(qtbot):
    """``share_width``: the widest column gives way first (never below its title), the
    cut text is elided and its tooltip shows it whole."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    from desktop.ui.widgets.tables import cell, read_only_table

    table = read_only_table(None, "narrow", ["Nom", "Adresse", "Solde"])
    qtbot.addWidget(table)
    address = "Appartement 103, 20 avenue du Maréchal de Lattre de Tassigny, 33310 Lormont"
    table.setRowCount(1)
    for column, text in enumerate(("DUPONT Élodie", address, "1 200,00 €")):
        table.setItem(0, column, cell(text))
    table.resize(360, 120)
    table.show()
    qtbot.waitExposed(table)
    qtbot.waitUntil(lambda: table.horizontalHeader().length() <= table.viewport().width())
    assert table.horizontalScrollBar().maximum() == 0
    header = table.horizontalHeader()
    assert header.sectionSize(0) >= table.sizeHintForColumn(0)  # the short ones whole
    assert header.sectionSize(2) >= table.sizeHintForColumn(2)
    assert header.sectionSize(1) < table.sizeHintForColumn(1)  # the long one elided
    rect = table.visualRect(table.model().index(0, 1))
    event = QHelpEvent(
        QEvent.Type.ToolTip, rect.center(), table.viewport().mapToGlobal(rect.center())
    )
    QApplication.sendEvent(table.viewport(), event)
    qtbot.waitUntil(lambda: QToolTip.text() == address)
    QToolTip.hideText()


def test_arrears_list_keeps_names_dates_and_amounts_whole_on_a_laptop(qtbot, world, monkeypatch):
    """The arrears list of the demo base. On a 1,366 × 768 laptop the window opens as
    wide as the screen and every column shows its texts whole; at 1,280 × 720 at 125 %
    (1,024 px) the long texts (next action, agreement's type) give way, never the
    tenant's name, a date or an amount."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    from desktop.ui.arrears_page import ArrearsModel
    from desktop.ui.main_window import MainWindow
    from tests.gui.window import show_window

    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 1366, 728))
    window = MainWindow(world, Actor("admin.test", "Admin Test", role=Role.ADMIN))
    qtbot.addWidget(window)
    show_window(qtbot, window)
    assert window.width() == 1366
    page = window.arrears_page
    window.nav.setCurrentRow(window.pages.indexOf(page))
    view, header = page.view, page.view.horizontalHeader()
    assert page.model.rowCount() > 5

    def cut(columns) -> list[str]:
        return cut_columns(view, columns)

    def in_sight() -> bool:  # every column, no horizontal scroll bar
        return header.length() <= view.viewport().width()

    qtbot.waitUntil(lambda: in_sight() and not cut(range(header.count())))
    window.resize(WIDTH, HEIGHT - FRAME_HEIGHT)
    keys = ("name", "contract", "balance", "next_due", "action_on")
    qtbot.waitUntil(in_sight)  # (after the columns were shared again)
    assert not cut([ArrearsModel.KEYS.index(k) for k in keys])
    assert not cut_titles(header)  # "Mois de dette" on two lines, not three


def cut_columns(view, columns) -> list[str]:
    """The ``columns`` of ``view`` narrower than their texts (elided), once the
    columns have been shared again."""
    QApplication.processEvents()
    header = view.horizontalHeader()
    return [
        f"{view.model().headerData(c, Qt.Orientation.Horizontal)}: "
        f"{header.sectionSize(c)} < {view.sizeHintForColumn(c)}"
        for c in columns
        if header.sectionSize(c) < view.sizeHintForColumn(c)
    ]


def cut_titles(header) -> list[str]:
    """The titles of ``header`` that its height and their column's width cut."""
    from PySide6.QtCore import QRect

    metrics, out = header.fontMetrics(), []
    for c in range(header.count()):
        text = str(header.model().headerData(c, Qt.Orientation.Horizontal) or "")
        box = QRect(0, 0, header.sectionSize(c) - 8, 1000)
        needed = metrics.boundingRect(box, Qt.TextFlag.TextWordWrap.value, text).height()
        if needed > header.height() - 4:
            out.append(f"{text}: {needed} > {header.height()}")
    return out


def test_tenant_list_keeps_names_and_filters_whole_on_a_laptop(qtbot, world):
    """At 1,280 × 720 at 125 % the address gives way to the name, the contract and the
    balance; the agency filter shows its choice whole; the titles, single words, stay
    on one line."""
    from desktop.ui.main_window import MainWindow
    from tests.gui.window import show_window

    window = MainWindow(world, Actor("admin.test", "Admin Test", role=Role.ADMIN))
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT - FRAME_HEIGHT)
    show_window(qtbot, window)
    page = window.tenant_page
    view, header = page.view, page.view.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() <= view.viewport().width())
    QApplication.processEvents()
    for column in (0, 1, 5):  # name, contract, balance
        assert header.sectionSize(column) >= view.sizeHintForColumn(column)
    assert header.sectionSize(3) < view.sizeHintForColumn(3)  # the address gave way
    assert header.height() < 2 * header.fontMetrics().height()
    assert not cut_titles(header)
    assert page.agency.count() > 2 and not cut_choices(page.agency)


def cut_choices(combo) -> list[str]:
    """The choices of ``combo`` that its text field is too narrow to show whole."""
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    texts = [combo.itemText(i) for i in range(combo.count())]
    return [t for t in texts if combo.fontMetrics().horizontalAdvance(t) > field.width()]


def test_the_stretched_column_of_a_narrow_table_gives_way_first(qtbot):
    """``read_only_table``: its stretched column, the long text that takes the room
    left on a wide screen, is the first to give way on a narrow one: the name, the
    date and the amount beside it stay whole (capped all alike, the name was cut)."""
    from desktop.ui.widgets.tables import cell, read_only_table

    table = read_only_table(None, "members", ["Nom", "Organisme", "Mandat", "Indemnité"], 1)
    qtbot.addWidget(table)
    texts = (
        "Mme Catherine Lefèvre (présidente)",
        "Habitat et Humanisme Gironde (association d'insertion par le logement)",
        "depuis le 01/01/2025",
        "1 234,56 €",
    )
    table.setRowCount(1)
    for column, text in enumerate(texts):
        table.setItem(0, column, cell(text))
    header = table.horizontalHeader()
    whole = sum(table.sizeHintForColumn(c) for c in (0, 2, 3))
    table.resize(whole + 120, 120)
    table.show()
    qtbot.waitExposed(table)
    # (shared once the rows are in: the date whole, whichever way the rest is shared)
    qtbot.waitUntil(lambda: header.sectionSize(2) >= table.sizeHintForColumn(2))
    assert header.length() <= table.viewport().width()
    for column in (0, 2, 3):
        assert header.sectionSize(column) >= table.sizeHintForColumn(column), texts[column]
    assert header.sectionSize(1) < table.sizeHintForColumn(1)


def test_small_dialogs_show_their_placeholders_whole(qtbot, world):
    """A small dialog opens wide enough for the examples its inputs show while empty
    ("Ex. : Agence Bordeaux Nord" was cut in the new agency's 210-px dialog)."""
    from PySide6.QtWidgets import QLineEdit

    from desktop.ui.agency_dialog import AgencyDialog
    from desktop.ui.tenant_file import CloseFileDialog

    actor = Actor("admin.test", "Admin Test", role=Role.ADMIN)
    cut = []
    for dialog in (AgencyDialog(world, actor), CloseFileDialog()):
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        for edit in dialog.findChildren(QLineEdit):
            text = edit.placeholderText()
            if text and edit.fontMetrics().horizontalAdvance(text) > edit.width() - 8:
                cut.append(f"{text}: {edit.width()}")
        dialog.hide()
    assert not cut


def test_the_free_texts_give_way_in_their_order(qtbot):
    """``share_width(give_way=(type, action))``: the agreement's type gives way down to
    its title before the next action loses a word (1,366 px: the next action whole);
    a tuple of columns shares the shortfall alike, as the widest capped first."""
    from desktop.ui.widgets.tables import cell, plain_table, share_width

    texts = (
        "DUPONT Élodie",
        "Plan d'apurement",
        "Signaler l'impayé à la CAF/MSA et proposer un plan",
    )

    def shared(give_way) -> list[int]:
        table = plain_table(None, "arrears", ["Locataire", "Accord", "Prochaine action"])
        qtbot.addWidget(table)
        table.setRowCount(1)
        for column, text in enumerate(texts):
            table.setItem(0, column, cell(text))
        share_width(table, 0, give_way=give_way)
        natural = [table.sizeHintForColumn(c) for c in range(3)]
        table.resize(sum(natural) - 30 + 2 * table.frameWidth(), 120)
        table.show()
        qtbot.waitExposed(table)
        header = table.horizontalHeader()
        qtbot.waitUntil(lambda: header.sectionSize(0) == table.sizeHintForColumn(0))
        return [header.sectionSize(c) - table.sizeHintForColumn(c) for c in range(3)]

    assert shared((1, 2)) == [0, -30, 0]  # the type gave the 30 px, the action is whole
    shortfall = shared(((1, 2),))  # sharing alike: the widest (the action) gives way
    assert shortfall[2] == -30 and shortfall[:2] == [0, 0]


def _written_session(db, actor, tmp_path):
    """A written CALEOL session, open for voting, with one member who has an account and
    the national register's export (SNE) of its 3 applicants: (session, member, export)."""
    import csv
    import datetime as dt

    from desktop.domain.caleol import AttendanceMode, MemberRole, SessionMode
    from desktop.services import caleol, cotation, sne
    from desktop.services.caleol import CommissionData, DwellingItemData, MemberData, SessionData
    from desktop.storage.caleol_models import Member

    epci = "CA Exemple"
    cid = caleol.create_commission(db, actor, CommissionData(name="CALEOL du Val", territory=epci))
    seat = caleol.add_member(
        db,
        actor,
        cid,
        MemberData(
            role=MemberRole.DESIGNE,
            last_name="Lefèvre-Dupont de Saint-Exupéry",
            first_name="Marie-Claude",
            email="mc.lefevre@example.org",
        ),
    )
    uid = accounts.create_user(
        db,
        actor,
        "mc.lefevre",
        "Marie-Claude Lefèvre",
        Role.CALEOL_MEMBER,
        "Vote-CALEOL-2026!",
        must_change_password=False,
    )
    with db.transaction() as s:
        s.get(Member, seat).app_user_id = uid
    member = Actor("mc.lefevre", "Marie-Claude Lefèvre", role=Role.CALEOL_MEMBER, user_id=uid)
    day = dt.date(2026, 3, 20)
    sid = caleol.create_session(
        db,
        actor,
        cid,
        SessionData(
            number="2026-03E",
            session_date=day,
            mode=SessionMode.ECRITE,
            technical_means="Vote dans Parcours",
            vote_opens_at=dt.datetime(2026, 3, 18, 8, 0),
            vote_closes_at=dt.datetime(2026, 3, 20, 18, 0),
        ),
    )
    caleol.add_dwelling_item(
        db,
        actor,
        sid,
        DwellingItemData(
            reference="LGT-MER-0231",
            address="112 avenue du Maréchal de Lattre de Tassigny, Résidence Les Tilleuls",
            postcode="33700",
            commune="Mérignac",
            dwelling_type="T3",
            funding="PLUS",
            contingent="Préfecture",
        ),
    )
    caleol.set_attendance(db, actor, sid, seat, AttendanceMode.DISTANCE)
    cotation.install_example_grid(db, actor, epci)
    headers = [
        "N° unique",
        "Nom",
        "Prénom",
        "Date de dépôt",
        "Nb adultes",
        "Nb enfants",
        "Ressources mensuelles",
        "Priorités",
        "Situation logement",
        "Cotation",
        "Logement",
    ]
    export = tmp_path / "export_sne.csv"
    with open(export, "w", encoding="cp1252", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(headers)
        for n in range(1, 4):
            writer.writerow(
                [
                    f"0331119000{n:02d}",
                    f"DE LA FONTAINE-MARTINEZ{n}",
                    "Jean-Baptiste",
                    "15/01/2025",
                    "2",
                    str(n),
                    "1 450,00",
                    "DALO, handicap, violences conjugales" if n == 1 else "",
                    "Hébergé chez un tiers",
                    "250" if n == 1 else "",
                    "LGT-MER-0231",
                ]
            )
    table = sne.read_table(str(export))
    sne.apply(db, actor, sid, table, sne.propose_mapping(table.headers))
    caleol.open_session(db, actor, sid)
    return sid, member, export


def test_sne_import_and_my_votes_fit_a_laptop_screen(
    qtbot, db, actor, tmp_path, monkeypatch, laptop_screen
):
    """The register's import dialog (its column mapping) and the member's "Mes votes" page
    with a ballot of candidates, at 1,024 × 576."""
    import datetime as dt

    from desktop.services import member_vote
    from desktop.ui.cotation.dialogs import SneImportDialog
    from desktop.ui.main_window import MainWindow

    sid, member, export = _written_session(db, actor, tmp_path)
    problems = []
    dialog = SneImportDialog(db, actor, sid, str(export))
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    problems.append(too_big("import SNE", dialog))
    dialog.hide()

    monkeypatch.setattr(member_vote, "now", lambda: dt.datetime(2026, 3, 19, 9, 0))
    window = MainWindow(db, member)
    qtbot.addWidget(window)
    window.show()
    window.resize(WIDTH, HEIGHT - FRAME_HEIGHT)
    panel = window.member_vote_page
    window.nav.setCurrentRow(window.pages.indexOf(panel))
    assert panel.table.rowCount() == 3  # the ballot is there
    for _turn in range(3):
        QApplication.processEvents()
    if minimum(panel).width() + window.nav.minimumWidth() + 12 > WIDTH:
        problems.append(f"page Mes votes: {minimum(panel).width()}")
    problems.append(too_big("fenêtre (Mes votes)", window, 0))
    problems.extend(cut_tables("Mes votes", panel))
    problems = [p for p in problems if p]
    assert not problems, "trop grand pour 1 024 × 576 : " + " ; ".join(problems)


def agenda_on_a_laptop(qtbot, db, actor):
    """The first CALEOL session's window (fitted to the laptop's screen) on its
    « Ordre du jour » tab, and that tab."""
    from desktop.services import caleol
    from desktop.ui.caleol.session import SessionWindow

    window = SessionWindow(db, actor, caleol.list_sessions(db, actor)[0].id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.width() <= WIDTH
    window.tabs.setCurrentWidget(window.agenda_tab)
    return window, window.agenda_tab


def test_a_session_s_candidates_keep_their_number_and_name_whole_on_a_laptop(
    qtbot, world, laptop_screen
):
    """The « Ordre du jour » tab of a CALEOL session at 1,280 × 720 at 125 %: of the ten
    columns of the candidates, the household, the priority, the targets and the decision
    give way (their tooltip says them whole), never the register number, the name, the
    resources, the rates; the agenda list on the left cuts its lines short instead."""
    from desktop.ui.caleol import agenda

    actor = Actor("admin.test", "Admin Test", role=Role.ADMIN)
    window, tab = agenda_on_a_laptop(qtbot, world, actor)
    tab.list.setCurrentRow(0)
    view, header = tab.candidates, tab.candidates.horizontalHeader()
    assert view.rowCount() == 3

    def cut(columns) -> list[str]:
        return cut_columns(view, columns)

    whole = (
        agenda.CAND_NUMERO,
        agenda.CAND_NAME,
        agenda.CAND_RESOURCES,
        agenda.CAND_EFFORT,
        agenda.CAND_REST,
    )
    qtbot.waitUntil(lambda: header.length() <= view.viewport().width())
    assert not cut(whole)
    assert cut([agenda.CAND_HOUSEHOLD, agenda.CAND_PRIORITY])  # (the demo's long texts)
    decision = view.item(0, agenda.CAND_DECISION)
    assert decision.text() in decision.toolTip()  # "…, rang 1" whole in its tooltip
    # A wider window: the list takes its 300 px back, the columns keep their width.
    window.resize(1366, HEIGHT - FRAME_HEIGHT)
    qtbot.waitUntil(lambda: tab.splitter.sizes()[0] == 300)
    assert not cut(whole)


def test_the_publipostage_form_shows_the_template_s_fields_on_a_laptop(qtbot, world, laptop_screen):
    """At 1,280 × 720 at 125 % the publipostage's form stands beside the recipients, the
    window's height: the template, its subject, its signatory and the letter's text
    whole in sight (it had about 200 px above the list, the text below them), and the
    recipients' names whole beside it."""
    from desktop.services import tenants
    from desktop.ui.batch_dialog import BatchDialog

    actor = Actor("admin.test", "Admin Test", role=Role.ADMIN)
    dialog = BatchDialog(world, actor, query=tenants.TenantQuery(), template_name="courrier_libre")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= WIDTH and dialog.height() + FRAME_HEIGHT <= HEIGHT
    from PySide6.QtWidgets import QScrollArea

    box, area = dialog.box, dialog.box.parentWidget()
    while not isinstance(area, QScrollArea):  # the form's scroll area
        area = area.parentWidget()
    viewport = area.viewport()
    assert box.template.currentData() == "courrier_libre"
    inputs = [w for w in box.fields.findChildren(QWidget) if w.isVisibleTo(box.fields)]
    assert inputs, "the template has fields"
    QApplication.processEvents()

    def hidden(widget: QWidget) -> bool:  # not whole in the form's viewport
        corner = widget.mapTo(viewport, widget.rect().topLeft())
        return not viewport.rect().contains(widget.rect().translated(corner))

    out = [
        w.objectName() or type(w).__name__
        for w in (box.template, box.subject, box.signatory, box.fields, *inputs)
        if hidden(w)
    ]
    assert not out
    assert area.horizontalScrollBar().maximum() == 0
    table = dialog.recipient_table
    qtbot.waitUntil(lambda: table.horizontalHeader().length() <= table.viewport().width())
    assert table.columnWidth(0) >= table.sizeHintForColumn(0)  # the names
