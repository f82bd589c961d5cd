"""The CALEOL page: commissions with their members and the quorum settings of their
*règlement intérieur*, the sessions list ("Nouvelle séance…", open one in its window).

A member of the commission (role MEMBRE_CALEOL, no right to prepare sessions) sees
only the minutes he has to review (``MemberReviewPanel``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.caleol import MemberRole, SessionMode, designated_counted, proxies_counted
from desktop.domain.errors import UserError
from desktop.domain.formatting import format_date_fr
from desktop.domain.minutes import MinutesStatus, is_feminine
from desktop.domain.roles import Permission
from desktop.services import caleol
from desktop.services.caleol import (
    CommissionData,
    CommissionView,
    MemberData,
    MemberView,
)
from desktop.services.caleol import minutes as pvs
from desktop.services.context import Actor
from desktop.services.context import today as clock_today
from desktop.storage.db import Database
from desktop.ui.caleol.session import SessionForm, SessionWindow
from desktop.ui.caleol.widgets import (
    CIVILITIES,
    ERROR_STYLE,
    OK_STYLE,
    ErrorForm,
    FieldRow,
    Inputs,
    MessageLines,
    cell,
    enum_data,
    m,
    message_label,
    name_row,
    ok_cancel,
    read_only_table,
    select_row_with,
    selected_data,
    text_of,
)
from desktop.ui.widgets import (
    add_all,
    fit_to_screen,
    hbox,
    open_dialog,
    open_rows,
    push_button,
    raised,
    remember_split,
    split,
    vbox,
)
from desktop.ui.widgets.choices import refill
from desktop.ui.widgets.form import form_group, label

# --------------------------------------------------------------------------- commission


class CommissionDialog(ErrorForm, QDialog):
    """Create or edit a commission and the quorum settings of its règlement intérieur."""

    def __init__(
        self, db: Database, actor: Actor, commission: CommissionView | None = None, parent=None
    ):
        super().__init__(parent)
        self.setObjectName("commissionDialog")
        self.setWindowTitle(self.tr("Commission d'attribution (CALEOL)"))
        fit_to_screen(self, 640, 560)
        self.db = db
        self.actor = actor
        self.commission = commission
        self.saved_id: int | None = None
        self.rows: dict[str, FieldRow] = {}
        self.name = self._line("name", self.tr("ex. CALEOL Bordeaux Métropole"))
        self.territory = self._line("territory")
        self.reglement_version = self._text(
            "reglement_version",
            self.tr("Règlement intérieur : date d'adoption par le conseil, version"),
            fixed_height=54,
        )
        self.designated_required = QSpinBox(self)
        self.designated_required.setRange(1, 6)
        self.designated_required.setValue(3)
        self._row("designated_required", self.designated_required)
        self.max_proxies_per_holder = QSpinBox(self)
        self.max_proxies_per_holder.setRange(0, 5)
        self.max_proxies_per_holder.setValue(1)
        self._row("max_proxies_per_holder", self.max_proxies_per_holder)
        self.remote_allowed = QCheckBox(
            self.tr("Le règlement intérieur prévoit les séances dématérialisées (loi 3DS)"), self
        )
        self.remote_allowed.setChecked(True)
        self._row("remote_allowed", self.remote_allowed)
        share = QWidget(self)
        self.remote_min_share_num = QSpinBox(share)
        self.remote_min_share_num.setRange(1, 10)
        self.remote_min_share_num.setValue(1)
        self.remote_min_share_den = QSpinBox(share)
        self.remote_min_share_den.setRange(1, 10)
        self.remote_min_share_den.setValue(2)
        hbox(
            share,
            self.remote_min_share_num,
            QLabel("/", share),
            self.remote_min_share_den,
            (QLabel(self.tr("des membres à voix délibérative"), share), 1),
        )
        self._row("remote_min_share", share)
        self.remote_count_represented = QCheckBox(
            self.tr("Un membre représenté compte comme participant à une séance dématérialisée"),
            self,
        )
        self.remote_count_represented.setChecked(True)
        self._row("remote_count_represented", self.remote_count_represented)
        self.technical_means_default = self._text("technical_means_default", fixed_height=54)
        self.offer_days = QSpinBox(self)
        self.offer_days.setRange(1, 60)
        self.offer_days.setValue(10)
        self.offer_days.setSuffix(self.tr(" jours"))
        self._row("offer_days", self.offer_days)
        self.general_error = message_label(self, "commissionError")
        form = QFormLayout()
        form.addRow(self.tr("Nom"), self.rows["name"])
        form.addRow(self.tr("Territoire"), self.rows["territory"])
        form.addRow(self.tr("Règlement intérieur"), self.rows["reglement_version"])
        quorum, qform = form_group(self.tr("Quorum et pouvoirs (règlement intérieur)"), self)
        qform.addRow(
            self.tr("Membres désignés présents ou représentés requis"),
            self.rows["designated_required"],
        )
        qform.addRow(
            self.tr("Pouvoirs détenus au plus par un membre"), self.rows["max_proxies_per_holder"]
        )
        qform.addRow(self.rows["remote_allowed"])
        qform.addRow(self.tr("Participation minimale à distance"), self.rows["remote_min_share"])
        qform.addRow(self.rows["remote_count_represented"])
        qform.addRow(self.tr("Moyens techniques par défaut"), self.rows["technical_means_default"])
        form.addRow(quorum)
        form.addRow(self.tr("Délai de réponse aux offres"), self.rows["offer_days"])
        buttons, self.ok_button = ok_cancel(self, "commissionOk", self.tr("Enregistrer"), self.save)
        layout = QVBoxLayout(self)
        add_all(layout, form, self.general_error, buttons)
        if commission is not None:
            self.name.setText(commission.name)
            self.territory.setText(commission.territory)
            self.reglement_version.setPlainText(commission.reglement_version)
            self.designated_required.setValue(commission.designated_required)
            self.max_proxies_per_holder.setValue(commission.max_proxies_per_holder)
            self.remote_allowed.setChecked(commission.remote_allowed)
            self.remote_min_share_num.setValue(commission.remote_min_share_num)
            self.remote_min_share_den.setValue(commission.remote_min_share_den)
            self.remote_count_represented.setChecked(commission.remote_count_represented)
            self.technical_means_default.setPlainText(commission.technical_means_default)
            self.offer_days.setValue(commission.offer_days)

    def data(self) -> CommissionData:
        c = self.commission
        return CommissionData(
            name=self.name.text(),
            territory=self.territory.text(),
            agency_id=c.agency_id if c else None,
            reglement_version=self.reglement_version.toPlainText(),
            remote_allowed=self.remote_allowed.isChecked(),
            designated_required=self.designated_required.value(),
            max_proxies_per_holder=self.max_proxies_per_holder.value(),
            remote_min_share_num=self.remote_min_share_num.value(),
            remote_min_share_den=self.remote_min_share_den.value(),
            remote_count_represented=self.remote_count_represented.isChecked(),
            technical_means_default=self.technical_means_default.toPlainText(),
            offer_days=self.offer_days.value(),
        )

    def save(self) -> None:
        self.clear_errors()
        try:
            if self.commission is None:
                self.saved_id = caleol.create_commission(self.db, self.actor, self.data())
            else:
                caleol.update_commission(
                    self.db, self.actor, self.commission.id, self.data(), self.commission.version
                )
                self.saved_id = self.commission.id
        except UserError as exc:
            self.show_exception(exc)
            return
        self.accept()


# --------------------------------------------------------------------------- member


class MemberDialog(ErrorForm, QDialog):
    """Add or edit a member: role, names, commune, substitute of, mandate, president,
    linked application account."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        commission: CommissionView,
        member: MemberView | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.setObjectName("memberDialog")
        self.setWindowTitle(
            self.tr("Membre de la commission")
            if member is None
            else self.tr("Membre : {name}").format(name=member.full_name)
        )
        self.resize(600, 520)
        self.db = db
        self.actor = actor
        self.commission = commission
        self.member = member
        self.saved_id: int | None = None
        self.rows: dict[str, FieldRow] = {}
        self.role = QComboBox(self)
        for role in MemberRole:
            voice = self.tr("voix délibérative") if role.voting else self.tr("voix consultative")
            self.role.addItem(f"{m(role.label)} ({voice})", role)
        self._row("role", self.role)
        self.civility = QComboBox(self)
        self.civility.addItems(CIVILITIES)
        self._row("civility", self.civility)
        self.first_name = self._line("first_name", self.tr("Prénom"))
        self.last_name = self._line("last_name", self.tr("Nom"))
        self.organisation = self._line(
            "organisation", self.tr("ex. Adjoint au maire chargé du logement")
        )
        self.commune = self._line(
            "commune", self.tr("Commune (maire) ; communes séparées par des virgules (EPCI)")
        )
        self.email = self._line("email")
        self.substitute_of = QComboBox(self)
        self.substitute_of.addItem(self.tr("— titulaire —"), None)
        for other in commission.members:
            if other.substitute_of_id is None and (member is None or other.id != member.id):
                self.substitute_of.addItem(f"{other.full_name} ({m(other.role.label)})", other.id)
        self._row("substitute_of_id", self.substitute_of)
        self.mandate_start = self._line("mandate_start", self.tr("jj/mm/aaaa"))
        self.mandate_end = self._line("mandate_end", self.tr("jj/mm/aaaa"))
        self.is_president = QCheckBox(self.tr("Président de la commission"), self)
        self.is_president.setObjectName("isPresident")
        self._row("is_president", self.is_president)
        self.account = QComboBox(self)
        self.account.setEditable(False)
        self._row("app_user_id", self.account)
        self._fill_accounts()
        self.general_error = message_label(self, "memberError")
        form = QFormLayout()
        form.addRow(self.tr("Qualité"), self.rows["role"])
        form.addRow(self.tr("Nom"), name_row(self.rows))
        form.addRow(self.tr("Fonction, organisme"), self.rows["organisation"])
        form.addRow(self.tr("Commune(s)"), self.rows["commune"])
        form.addRow(self.tr("Courriel"), self.rows["email"])
        form.addRow(self.tr("Suppléant de"), self.rows["substitute_of_id"])
        mandate = QHBoxLayout()
        add_all(
            mandate,
            QLabel(self.tr("du"), self),
            self.rows["mandate_start"],
            QLabel(self.tr("au"), self),
            self.rows["mandate_end"],
        )
        form.addRow(self.tr("Mandat"), mandate)
        form.addRow(self.rows["is_president"])
        form.addRow(self.tr("Compte de l'application"), self.rows["app_user_id"])
        buttons, self.ok_button = ok_cancel(
            self, "memberOk", self.tr("Enregistrer le membre"), self.save
        )
        layout = QVBoxLayout(self)
        add_all(
            layout,
            form,
            QLabel(
                self.tr(
                    "Un membre lié à un compte relit et approuve le procès-verbal dans "
                    "l'application ; sinon le secrétariat enregistre sa réponse."
                ),
                self,
            ),
            self.general_error,
            buttons,
        )
        if member is not None:
            self._fill(member)

    def _fill_accounts(self) -> None:
        self.account.addItem(self.tr("— aucun —"), None)
        for user_id, text in linkable_accounts(self.db, self.actor):
            self.account.addItem(text, user_id)
        if (
            self.member is not None
            and self.member.app_user_id is not None
            and self.account.findData(self.member.app_user_id) < 0
        ):
            self.account.addItem(
                self.tr("Compte n° {id}").format(id=self.member.app_user_id),
                self.member.app_user_id,
            )

    def _fill(self, mv: MemberView) -> None:
        self.role.setCurrentIndex(self.role.findData(mv.role))
        self.civility.setCurrentText(mv.civility)
        self.first_name.setText(mv.first_name)
        self.last_name.setText(mv.last_name)
        self.organisation.setText(mv.organisation)
        self.commune.setText(mv.commune)
        self.email.setText(mv.email)
        self.substitute_of.setCurrentIndex(max(0, self.substitute_of.findData(mv.substitute_of_id)))
        self.mandate_start.setText(format_date_fr(mv.mandate_start))
        self.mandate_end.setText(format_date_fr(mv.mandate_end))
        self.is_president.setChecked(mv.is_president)
        self.account.setCurrentIndex(max(0, self.account.findData(mv.app_user_id)))

    def data(self) -> MemberData | None:
        self.clear_errors()
        read = Inputs()
        start = read.date("mandate_start", self.mandate_start.text())
        end = read.date("mandate_end", self.mandate_end.text())
        if read.errors:
            self.show_errors(read.errors)
            return None
        return MemberData(
            role=enum_data(self.role, MemberRole),
            last_name=self.last_name.text(),
            first_name=self.first_name.text(),
            civility=self.civility.currentText(),
            organisation=self.organisation.text(),
            commune=self.commune.text(),
            email=self.email.text(),
            substitute_of_id=self.substitute_of.currentData(),
            mandate_start=start,
            mandate_end=end,
            is_president=self.is_president.isChecked(),
            app_user_id=self.account.currentData(),
        )

    def save(self) -> None:
        data = self.data()
        if data is None:
            return
        try:
            if self.member is None:
                self.saved_id = caleol.add_member(self.db, self.actor, self.commission.id, data)
            else:
                caleol.update_member(self.db, self.actor, self.member.id, data, self.member.version)
                self.saved_id = self.member.id
        except UserError as exc:
            self.show_exception(exc)
            return
        self.accept()


def linkable_accounts(db: Database, actor: Actor) -> list[tuple[int, str]]:
    """Accounts a member's seat may be linked to: ``(id, "Name (login)")``."""
    try:
        return [
            (a.id, f"{a.full_name} ({a.username})") for a in caleol.linkable_accounts(db, actor)
        ]
    except UserError:  # no right to prepare the commission: nothing to link
        return []


# --------------------------------------------------------------------------- new session


class NewSessionDialog(QDialog):
    def __init__(
        self, db: Database, actor: Actor, commission: CommissionView, number: str, parent=None
    ):
        super().__init__(parent)
        self.setObjectName("newSessionDialog")
        self.setWindowTitle(self.tr("Nouvelle séance — {name}").format(name=commission.name))
        self.resize(560, 480)
        self.db = db
        self.actor = actor
        self.commission = commission
        self.saved_id: int | None = None
        self.form = SessionForm(self)
        self.form.set_defaults(commission.technical_means_default, number)
        if not commission.remote_allowed:
            self.form.mode.setCurrentIndex(self.form.mode.findData(SessionMode.PRESENTIEL))
            self.form.mode.setEnabled(False)
            self.form.mode.setToolTip(
                self.tr("Le règlement intérieur ne prévoit pas de séance dématérialisée.")
            )
        buttons, self.ok_button = ok_cancel(
            self, "newSessionOk", self.tr("Créer la séance"), self.save
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def save(self) -> None:
        data = self.form.data()
        if data is None:
            return
        try:
            self.saved_id = caleol.create_session(self.db, self.actor, self.commission.id, data)
        except UserError as exc:
            self.form.show_exception(exc)
            return
        self.accept()


# --------------------------------------------------------------------------- page


(
    MEM_ROLE,
    MEM_NAME,
    MEM_ORG,
    MEM_COMMUNE,
    MEM_SUBSTITUTE,
    MEM_MANDATE,
    MEM_VOICE,
    MEM_ACCOUNT,
    MEM_STATE,
) = range(9)
(
    SES_NUMBER,
    SES_DATE,
    SES_TIME,
    SES_MODE,
    SES_STATUS,
    SES_MINUTES,
    SES_ITEMS,
    SES_CANDIDATES,
    SES_DECIDED,
) = range(9)


class CaleolPage(MessageLines, QWidget):
    """Commissions, members, sessions; or, for a member, the minutes to review."""

    changed = Signal()

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.setObjectName("caleolPage")
        self.db = db
        self.actor = actor
        self.can_manage = actor.can(Permission.CALEOL_MANAGE)
        self.member_mode = not self.can_manage and actor.can(Permission.CALEOL_MINUTES_APPROVE)
        self.commissions: list[CommissionView] = []
        self.open_windows: dict[int, SessionWindow] = {}
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        heading = label(
            self,
            self.tr(
                "<h2>CALEOL — commission d'attribution des logements et d'examen de l'occupation"
                "</h2>"
            ),
        )
        layout.addWidget(heading)
        if self.member_mode:
            from desktop.ui.caleol.minutes_panel import MemberReviewPanel

            self.review_panel = MemberReviewPanel(db, actor, self)
            layout.addWidget(self.review_panel, 1)
            return
        self.review_panel = None

        self.commission = QComboBox(self)
        self.commission.setObjectName("commissionCombo")
        self.commission.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.new_commission_button = push_button(
            self.tr("Nouvelle commission…"), self, "newCommission"
        )
        self.edit_commission_button = push_button(
            self.tr("Modifier la commission…"), self, "editCommission"
        )
        self.rules = label(self, name="commissionRules")
        self.message = message_label(self, "caleolMessage", OK_STYLE)
        self.error = message_label(self, "caleolError", ERROR_STYLE)

        self.members = read_only_table(
            self,
            "membersTable",
            [
                self.tr("Qualité"),
                self.tr("Nom"),
                self.tr("Fonction, organisme"),
                self.tr("Commune(s)"),
                self.tr("Suppléant de"),
                self.tr("Mandat"),
                self.tr("Voix"),
                self.tr("Compte"),
                self.tr("État"),
            ],
            stretch=MEM_ORG,
            widths={MEM_COMMUNE: 170, MEM_SUBSTITUTE: 150},
            # on a laptop the member's name whole: the long role, then the mandate
            # give way (their tooltip says them)
            give_way=((MEM_ORG, MEM_COMMUNE), MEM_ROLE, MEM_MANDATE),
        )
        open_rows(self.members, self.edit_member)
        self.add_member_button = push_button(self.tr("Ajouter un membre…"), self, "addMember")
        self.edit_member_button = push_button(self.tr("Modifier…"), self, "editMember")
        self.toggle_member_button = push_button(self.tr("Fin de mandat"), self, "toggleMember")
        self.sessions = read_only_table(
            self,
            "sessionsTable",
            [
                self.tr("N°"),
                self.tr("Date"),
                self.tr("Heure"),
                self.tr("Mode"),
                self.tr("État"),
                self.tr("Procès-verbal"),
                self.tr("Points"),
                self.tr("Candidats"),
                self.tr("Décisions"),
            ],
            stretch=SES_MINUTES,
            give_way=(SES_MODE,),
        )
        open_rows(self.sessions, self.open_current)
        self.new_session_button = push_button(self.tr("Nouvelle séance…"), self, "newSession")
        self.open_session_button = push_button(self.tr("Ouvrir la séance"), self, "openSession")

        top = QHBoxLayout()
        add_all(
            top,
            QLabel(self.tr("Commission :"), self),
            (self.commission, 1),
            self.new_commission_button,
            self.edit_commission_button,
        )
        members_box = QGroupBox(self.tr("Membres"), self)
        members_layout = QVBoxLayout(members_box)
        members_layout.addWidget(self.members, 1)
        row = QHBoxLayout()
        add_all(row, self.add_member_button, self.edit_member_button, self.toggle_member_button, 1)
        members_layout.addLayout(row)
        sessions_box = QGroupBox(self.tr("Séances"), self)
        sessions_layout = QVBoxLayout(sessions_box)
        sessions_layout.addWidget(self.sessions, 1)
        row = QHBoxLayout()
        add_all(row, self.new_session_button, self.open_session_button, 1)
        sessions_layout.addLayout(row)
        splitter = split(self, members_box, sessions_box, vertical=True)
        remember_split(splitter, "caleol_page")
        # Tabs: the commission and its sessions; the follow-up of the offers (issue 7).
        from desktop.ui.caleol.offers import OffersPanel

        commission_tab = vbox(QWidget(self), top, self.rules, (splitter, 1))
        self.offers_panel = OffersPanel(db, actor, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("caleolTabs")
        self.tabs.addTab(commission_tab, self.tr("Commissions et séances"))
        self.tabs.addTab(self.offers_panel, self.tr("Suivi des offres"))
        self.tabs.currentChanged.connect(
            lambda i: (
                self.offers_panel.refresh() if self.tabs.widget(i) is self.offers_panel else None
            )
        )
        add_all(layout, (self.tabs, 1), self.message, self.error)

        self.commission.currentIndexChanged.connect(self._commission_changed)
        self.new_commission_button.clicked.connect(self.new_commission)
        self.edit_commission_button.clicked.connect(self.edit_commission)
        self.add_member_button.clicked.connect(self.add_member)
        self.edit_member_button.clicked.connect(self.edit_member)
        self.toggle_member_button.clicked.connect(self.toggle_member)
        self.new_session_button.clicked.connect(self.new_session)
        self.open_session_button.clicked.connect(self.open_current)
        self.members.itemSelectionChanged.connect(self._buttons)
        self._loaded = False
        self.refresh()

    # ----------------------------------------------------------------- loading
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.review_panel is None and self._loaded:
            self.refresh()

    def current_commission(self) -> CommissionView | None:
        cid = self.commission.currentData() if self.review_panel is None else None
        return next((c for c in self.commissions if c.id == cid), None)

    def refresh(self, *_args) -> None:
        if self.review_panel is not None:
            self.review_panel.refresh()
            return
        self._loaded = True
        try:
            self.commissions = caleol.list_commissions(self.db, self.actor, include_inactive=True)
        except UserError as exc:
            self._error(exc)
            self.commissions = []
        refill(
            self.commission,
            [
                (c.name if c.active else self.tr("{name} (inactive)").format(name=c.name), c.id)
                for c in self.commissions
            ],
        )
        self._commission_changed()
        if self.tabs.currentWidget() is self.offers_panel:
            self.offers_panel.refresh()

    def _commission_changed(self, *_args) -> None:
        c = self.current_commission()
        self._fill_rules(c)
        self._fill_members(c)
        self._fill_sessions(c)
        self._buttons()

    def _fill_rules(self, c: CommissionView | None) -> None:
        if c is None:
            self.rules.setText(
                self.tr("Aucune commission : créez-la pour y ajouter ses membres et ses séances.")
                if self.can_manage
                else self.tr("Aucune commission.")
            )
            return
        remote = (
            self.tr(
                "séances dématérialisées autorisées (au moins {num}/{den} des membres "
                "à voix délibérative)"
            ).format(num=c.remote_min_share_num, den=c.remote_min_share_den)
            if c.remote_allowed
            else self.tr("pas de séance dématérialisée")
        )
        president = c.president.full_name if c.president else self.tr("non désigné")
        text = self.tr(
            "<b>{territory}</b> — Président : {president}<br>Quorum : {required} ; "
            "{proxies} par membre ; {remote} ; délai de réponse aux offres : {days} jours."
        ).format(
            territory=c.territory or c.name,
            president=president,
            required=text_of(designated_counted(c.designated_required)),
            proxies=text_of(proxies_counted(c.max_proxies_per_holder)),
            remote=remote,
            days=c.offer_days,
        )
        if c.reglement_version:
            text += "<br>" + self.tr("Règlement intérieur : {text}").format(
                text=c.reglement_version
            )
        self.rules.setText(text)

    def _fill_members(self, c: CommissionView | None) -> None:
        keep = selected_data(self.members)
        members = c.members if c else ()
        names = {mv.id: mv.full_name for mv in members}
        self.members.setRowCount(len(members))
        for row, mv in enumerate(members):
            name = mv.full_name
            if mv.is_president:
                name += (
                    self.tr(" (présidente)")
                    if is_feminine(mv.full_name)
                    else self.tr(" (président)")
                )
            mandate = ""
            if mv.mandate_start and mv.mandate_end:
                mandate = self.tr("du {start} au {end}").format(
                    start=format_date_fr(mv.mandate_start), end=format_date_fr(mv.mandate_end)
                )
            elif mv.mandate_start:
                mandate = self.tr("depuis le {start}").format(
                    start=format_date_fr(mv.mandate_start)
                )
            elif mv.mandate_end:
                mandate = self.tr("jusqu'au {end}").format(end=format_date_fr(mv.mandate_end))
            self.members.setItem(row, MEM_ROLE, cell(m(mv.role.label), mv.id))
            self.members.setItem(row, MEM_NAME, cell(name))
            self.members.setItem(row, MEM_ORG, cell(mv.organisation, tooltip=mv.organisation))
            self.members.setItem(row, MEM_COMMUNE, cell(mv.commune, tooltip=mv.commune))
            substitute = names.get(mv.substitute_of_id, "")
            self.members.setItem(row, MEM_SUBSTITUTE, cell(substitute, tooltip=substitute))
            self.members.setItem(row, MEM_MANDATE, cell(mandate))
            self.members.setItem(
                row,
                MEM_VOICE,
                cell(self.tr("délibérative") if mv.voting else self.tr("consultative")),
            )
            self.members.setItem(row, MEM_ACCOUNT, cell(self.tr("oui") if mv.app_user_id else ""))
            self.members.setItem(
                row,
                MEM_STATE,
                cell(self.tr("en fonction") if mv.active else self.tr("fin de mandat")),
            )
        if keep is not None:
            select_row_with(self.members, keep)

    def _fill_sessions(self, c: CommissionView | None) -> None:
        keep = selected_data(self.sessions)
        rows = []
        if c is not None:
            try:
                rows = caleol.list_sessions(self.db, self.actor, c.id)
            except UserError as exc:
                self._error(exc)
        self.sessions.setRowCount(len(rows))
        for row, s in enumerate(rows):
            self.sessions.setItem(row, SES_NUMBER, cell(s.number, s.id))
            self.sessions.setItem(row, SES_DATE, cell(format_date_fr(s.session_date)))
            self.sessions.setItem(
                row, SES_TIME, cell(s.start_time.strftime("%H:%M") if s.start_time else "")
            )
            self.sessions.setItem(row, SES_MODE, cell(m(s.mode.label)))
            status = m(s.status.label)
            if s.locked:
                status += self.tr(" — verrouillée")
            self.sessions.setItem(row, SES_STATUS, cell(status))
            self.sessions.setItem(row, SES_MINUTES, cell(self._minutes_status(s.id)))
            self.sessions.setItem(row, SES_ITEMS, cell(str(s.items), right=True))
            self.sessions.setItem(row, SES_CANDIDATES, cell(str(s.candidates), right=True))
            self.sessions.setItem(row, SES_DECIDED, cell(str(s.decided), right=True))
        if (keep is None or not select_row_with(self.sessions, keep)) and rows:
            self.sessions.selectRow(0)

    def _minutes_status(self, session_id: int) -> str:
        if not self.actor.can(Permission.CALEOL_MINUTES_READ):
            return ""
        try:
            versions = pvs.list_versions(self.db, self.actor, session_id)
        except UserError:
            return ""
        if not versions:
            return self.tr("pas encore rédigé")
        v = versions[-1]
        text = self.tr("version {number} : {status}").format(
            number=v.number, status=m(v.status.label)
        )
        if v.status in (MinutesStatus.IN_REVIEW, MinutesStatus.DRAFT):
            state = v.approval
            if v.status is MinutesStatus.IN_REVIEW:
                text += self.tr(" ({done}/{total} approbations)").format(
                    done=len(state.approved), total=len(state.required)
                )
        return text

    def _buttons(self) -> None:
        c = self.current_commission()
        manage = self.can_manage
        self.new_commission_button.setEnabled(manage)
        self.edit_commission_button.setEnabled(manage and c is not None)
        self.add_member_button.setEnabled(manage and c is not None)
        member = self.current_member()
        self.edit_member_button.setEnabled(c is not None and member is not None)
        self.toggle_member_button.setEnabled(manage and member is not None)
        if member is not None:
            self.toggle_member_button.setText(
                self.tr("Fin de mandat") if member.active else self.tr("Remettre en fonction")
            )
        self.new_session_button.setEnabled(manage and c is not None and c.active)
        self.open_session_button.setEnabled(self.sessions.rowCount() > 0)

    def current_member(self) -> MemberView | None:
        c = self.current_commission()
        mid = selected_data(self.members)
        return next((mv for mv in c.members if mv.id == mid), None) if c else None

    # ----------------------------------------------------------------- actions
    def new_commission(self) -> CommissionDialog:
        dialog = CommissionDialog(self.db, self.actor, None, self)
        return open_dialog(self, dialog, self._commission_saved)

    def edit_commission(self) -> CommissionDialog | None:
        c = self.current_commission()
        if c is None:
            return None
        dialog = CommissionDialog(self.db, self.actor, c, self)
        return open_dialog(self, dialog, self._commission_saved)

    def _commission_saved(self, dialog: CommissionDialog) -> None:
        self.refresh()
        self.commission.setCurrentIndex(self.commission.findData(dialog.saved_id))
        self._ok(self.tr("Commission enregistrée."))

    def add_member(self) -> MemberDialog | None:
        c = self.current_commission()
        if c is None:
            return None
        dialog = MemberDialog(self.db, self.actor, c, None, self)
        return open_dialog(self, dialog, self._member_saved)

    def edit_member(self) -> MemberDialog | None:
        c, member = self.current_commission(), self.current_member()
        if c is None or member is None:
            return None
        dialog = MemberDialog(self.db, self.actor, c, member, self)
        dialog.ok_button.setEnabled(self.can_manage)
        return open_dialog(self, dialog, self._member_saved)

    def _member_saved(self, dialog: MemberDialog) -> None:
        self.refresh()
        select_row_with(self.members, dialog.saved_id)
        self._ok(self.tr("Membre enregistré."))

    def toggle_member(self) -> None:
        member = self.current_member()
        if member is None:
            return
        try:
            caleol.set_member_active(
                self.db, self.actor, member.id, not member.active, member.version
            )
        except UserError as exc:
            self._error(exc)
            return
        self.refresh()
        self._ok(
            self.tr("Fin de mandat enregistrée.")
            if member.active
            else self.tr("Membre remis en fonction.")
        )

    def _next_number(self, c: CommissionView) -> str:
        today = clock_today()
        base = f"{today.year}-{today.month:02d}"
        try:
            taken = {s.number for s in caleol.list_sessions(self.db, self.actor, c.id)}
        except UserError:
            taken = set()
        number, n = base, 2
        while number in taken:
            number, n = f"{base}-{n}", n + 1
        return number

    def new_session(self) -> NewSessionDialog | None:
        c = self.current_commission()
        if c is None:
            return None
        dialog = NewSessionDialog(self.db, self.actor, c, self._next_number(c), self)
        return open_dialog(self, dialog, self._session_created)

    def _session_created(self, dialog: NewSessionDialog) -> None:
        self.refresh()
        self.open_session(dialog.saved_id)
        self._ok(self.tr("Séance créée."))

    def open_current(self) -> SessionWindow | None:
        sid = selected_data(self.sessions)
        return self.open_session(sid) if sid is not None else None

    def open_session(self, session_id: int) -> SessionWindow:
        if (existing := raised(self.open_windows, session_id)) is not None:
            return existing
        window = SessionWindow(self.db, self.actor, session_id, self)
        window.setWindowFlag(Qt.WindowType.Window, True)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.changed.connect(lambda *_: self._fill_sessions(self.current_commission()))
        window.destroyed.connect(lambda *_: self.open_windows.pop(session_id, None))
        self.open_windows[session_id] = window
        window.show()
        return window
