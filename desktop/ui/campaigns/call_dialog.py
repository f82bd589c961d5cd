"""The call sheet of one person of a vigilance campaign (issue 8): who to call and the
escalation step due, the information to read at the start of the call, the call itself
(reached or not, the script's answers, need of help, free note, next action), the
escalation outcome for the unreachable (neighbour, postal worker visit, site visit),
the earlier attempts (their notes only on an explicit, audited request) and the
referrals to partners with their follow-up.

Thin over ``desktop.services.campaigns``.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.campaign import (
    CONSENT_NOT_NEEDED,
    OPEN_STATES,
    REFERRAL_TRANSITIONS,
    VISIT_STEPS,
    CampaignStatus,
    CloseReason,
    ContactPerson,
    EscalationStep,
    NextAction,
    PartnerType,
    QuestionKind,
    ReferralStatus,
    ScriptQuestion,
    TargetState,
    need_from_answers,
    note_warnings,
)
from desktop.domain.errors import ConflictError, UserError
from desktop.domain.formatting import format_date_fr, format_datetime_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, counted
from desktop.services import agencies, campaigns
from desktop.services.campaigns import CallEntry, ReferralInput
from desktop.services.context import Actor
from desktop.services.context import today as clock_today
from desktop.storage.db import Database
from desktop.ui.campaigns.dialogs import (
    ServiceForm,
    label,
    parse_date_field,
)
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import (
    OK_STYLE,
    WARNING_STYLE,
    add_all,
    hbox,
    message_label,
    open_rows,
    push_button,
)
from desktop.ui.widgets.form import FieldRow
from desktop.ui.widgets.messages import m
from desktop.ui.widgets.tables import current_of, plain_table

CALL = ""  # the attempt kind of a phone call in the kind combo
VISIT_ORDER = (EscalationStep.NEIGHBOUR, EscalationStep.POSTAL_VISIT, EscalationStep.SITE_VISIT)


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    return item


def referral_table(parent: QWidget, name: str, with_person: bool = False) -> QTableWidget:
    """A table of referrals, filled by ``show_referrals``: the call sheet's (one person)
    and the campaign's (``with_person``: the person's name first)."""
    headers = [
        m(QT_TRANSLATE_NOOP("messages", "Partenaire")),
        m(QT_TRANSLATE_NOOP("messages", "Nom")),
        m(QT_TRANSLATE_NOOP("messages", "Motif")),
        m(QT_TRANSLATE_NOOP("messages", "Accord")),
        m(QT_TRANSLATE_NOOP("messages", "Statut")),
        m(QT_TRANSLATE_NOOP("messages", "Transmise le")),
        m(QT_TRANSLATE_NOOP("messages", "Suite")),
    ]
    if with_person:
        headers.insert(0, m(QT_TRANSLATE_NOOP("messages", "Personne")))
        return plain_table(parent, name, headers, (180, 130, 150, 220, 60, 120, 95))
    return plain_table(parent, name, headers, (140, 150, 220, 60, 120, 95))


def show_referrals(
    table: QTableWidget, rows: list[campaigns.ReferralView], with_person: bool = False
) -> None:
    """A line a referral in a ``referral_table`` (``with_person`` as it was made)."""
    yes, no = m(QT_TRANSLATE_NOOP("messages", "oui")), m(QT_TRANSLATE_NOOP("messages", "non"))
    table.setRowCount(len(rows))
    for i, r in enumerate(rows):
        values = [
            label(r.partner_type),
            r.partner_name,
            r.reason,
            yes if r.consent else no,
            label(r.status),
            format_date_fr(r.sent_on) if r.status != ReferralStatus.TO_SEND else "",
            r.outcome,
        ]
        if with_person:
            values.insert(0, r.contact_name or m(QT_TRANSLATE_NOOP("messages", "(anonymisé)")))
        for col, text in enumerate(values):
            table.setItem(i, col, _item(text))


def answers_text(
    script: list[ScriptQuestion], answers: dict | None, with_questions: bool = False
) -> str:
    """The answers of one call in words: ``Bien ; Repas, Courses`` (with the questions:
    one line each, ``Courses et repas : Se débrouille seul(e)``)."""
    if not answers:
        return ""
    parts = []
    for q in script:
        value = answers.get(q.code)
        if value is None:
            continue
        options = dict(q.options)
        values = value if isinstance(value, list) else [value]
        text = ", ".join(m(options.get(v, v)) for v in values)
        parts.append(f"{m(q.label)} : {text}" if with_questions else text)
    return ("\n" if with_questions else " ; ").join(parts)


class ReferralDialog(ServiceForm, QDialog):
    """A new referral of the person to a partner (town hall, CCAS, association...)."""

    saved = Signal(int)  # referral id

    def __init__(self, db: Database, actor: Actor, target_id: int, contact_name: str, parent=None):
        super().__init__(parent)
        self.setObjectName("referralDialog")
        self._db = db
        self._actor = actor
        self.target_id = target_id
        self.rows: dict[str, FieldRow] = {}
        self.setWindowTitle(self.tr("Orientation vers un partenaire"))
        self.resize(560, 430)
        self.partner_type = QComboBox(self)
        for p in PartnerType:
            self.partner_type.addItem(label(p), p.value)
        self._row("partner_type", self.partner_type)
        self.partner_name = self._line("partner_name", self.tr("Ex. : CCAS de Bordeaux"))
        self.reason = self._text(
            "reason",
            self.tr(
                "Ce dont la personne a besoin (portage de repas, visite, écoute…), sans détail "
                "médical."
            ),
        )
        self.consent = QCheckBox(
            self.tr(
                "La personne accepte que ses coordonnées et sa demande soient transmises à ce "
                "partenaire"
            ),
            self,
        )
        self._row("consent", self.consent)
        self.sent_now = QCheckBox(self.tr("Transmise aujourd'hui"), self)
        self._row("sent_on", self.sent_now)
        self._make_general_error(self, "referralError")
        buttons = self._save_cancel(self.tr("Enregistrer l'orientation"), "referralSave")
        form = QFormLayout()
        form.addRow(self.tr("Personne"), QLabel(f"<b>{html.escape(contact_name)}</b>", self))
        form.addRow(self.tr("Partenaire"), self.rows["partner_type"])
        form.addRow(self.tr("Nom du partenaire"), self.rows["partner_name"])
        form.addRow(self.tr("Motif"), self.rows["reason"])
        form.addRow("", self.rows["consent"])
        form.addRow("", self.rows["sent_on"])
        layout = QVBoxLayout(self)
        add_all(layout, form, self.general_error, buttons)
        self.partner_type.currentIndexChanged.connect(self._type_changed)
        self._type_changed()

    def _type_changed(self, *_args) -> None:
        emergency = PartnerType(self.partner_type.currentData()) in CONSENT_NOT_NEEDED
        self.consent.setToolTip(
            self.tr("Urgence vitale : l'accord n'est pas requis.") if emergency else ""
        )

    def save(self) -> bool:
        data = ReferralInput(
            partner_type=PartnerType(self.partner_type.currentData()),
            partner_name=self.partner_name.text(),
            reason=self.reason.toPlainText(),
            consent=self.consent.isChecked(),
            sent_on=clock_today() if self.sent_now.isChecked() else None,
        )
        return self._save_and_close(
            lambda: campaigns.add_referral(self._db, self._actor, self.target_id, data)
        )


class ReferralFollowUpDialog(ServiceForm, QDialog):
    """The follow-up of a referral: transmitted, taken in charge, closed (with the
    help in place or not), dropped."""

    saved = Signal(int)  # referral id

    def __init__(self, db: Database, actor: Actor, referral: campaigns.ReferralView, parent=None):
        super().__init__(parent)
        self.setObjectName("referralFollowUpDialog")
        self._db = db
        self._actor = actor
        self.referral = referral
        self.rows: dict[str, FieldRow] = {}
        self.setWindowTitle(self.tr("Suivi de l'orientation"))
        self.resize(540, 400)
        self.status = QComboBox(self)
        for s in ReferralStatus:
            if s in REFERRAL_TRANSITIONS[referral.status]:
                self.status.addItem(label(s), s.value)
        self._row("status", self.status)
        self.on = self._line("on", self.tr("jj/mm/aaaa"))
        self.on.setText(format_date_fr(clock_today()))
        self.on.setMaximumWidth(120)
        self.outcome = QPlainTextEdit(referral.outcome, self)
        self.outcome.setPlaceholderText(self.tr("Suite donnée par le partenaire"))
        self._row("outcome", self.outcome)
        self.help_in_place = QCheckBox(
            self.tr(
                "L'aide est en place (la situation devient sécurisée si quelqu'un a été joint)"
            ),
            self,
        )
        self._row("help_in_place", self.help_in_place)
        self._make_general_error(self, "followUpError")
        buttons = self._save_cancel(self.tr("Enregistrer le suivi"), "followUpSave")
        self.save_button.setEnabled(self.status.count() > 0)
        partner = label(referral.partner_type) + (
            f" — {referral.partner_name}" if referral.partner_name else ""
        )
        form = QFormLayout()
        form.addRow(
            self.tr("Personne"), QLabel(f"<b>{html.escape(referral.contact_name)}</b>", self)
        )
        form.addRow(self.tr("Partenaire"), QLabel(partner, self))
        form.addRow(self.tr("Statut actuel"), QLabel(label(referral.status), self))
        form.addRow(self.tr("Passer à"), self.rows["status"])
        form.addRow(self.tr("Le"), self.rows["on"])
        form.addRow(self.tr("Suite"), self.rows["outcome"])
        form.addRow("", self.rows["help_in_place"])
        layout = QVBoxLayout(self)
        add_all(layout, form, self.general_error, buttons)
        self.status.currentIndexChanged.connect(self._status_changed)
        self._status_changed()

    def _status_changed(self, *_args) -> None:
        closing = self.status.currentData() == ReferralStatus.CLOSED.value
        self.help_in_place.setEnabled(closing)
        if not closing:
            self.help_in_place.setChecked(False)

    def save(self) -> bool:
        errors: dict[str, str] = {}
        on = parse_date_field(self.on.text(), "on", errors)
        if errors:
            self.show_errors(errors)
            return False
        status = ReferralStatus(self.status.currentData())
        return self._save_and_close(
            lambda: campaigns.update_referral(
                self._db,
                self._actor,
                self.referral.id,
                status,
                self.referral.version,
                on=on,
                outcome=self.outcome.toPlainText(),
                help_in_place=self.help_in_place.isChecked(),
            ),
            self.referral.id,
        )


class CallDialog(ServiceForm, QDialog):
    """One person's call sheet: record a call or an escalation step, see the earlier
    attempts, refer to partners."""

    changed = Signal(int)  # target id, after any saved change

    def __init__(self, db: Database, actor: Actor, target_id: int, parent=None):
        super().__init__(parent)
        self.setObjectName("callDialog")
        self._db = db
        self._actor = actor
        self.target_id = target_id
        self.view: campaigns.TargetView | None = None
        self.rows: dict[str, FieldRow] = {}
        self.notes: dict[int, str] = {}
        self.answer_widgets: dict[str, QComboBox | list[QCheckBox]] = {}
        self.referral_dialog: QDialog | None = None
        self._agencies = {a.id: a.code for a in agencies.list_agencies(db)}
        from desktop.ui.widgets import fit_to_screen  # a laptop: never taller than it

        fit_to_screen(self, 980, 820)

        self.title = QLabel(self)
        self.title.setObjectName("callTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.phone = QLabel(self)
        self.phone.setObjectName("callPhone")
        self.phone.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.phone.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.phone.setFont(font)
        self.details = QLabel(self)
        self.details.setObjectName("callDetails")
        self.details.setWordWrap(True)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("callState")
        self.state_label.setWordWrap(True)
        self.state_label.setTextFormat(Qt.TextFormat.RichText)
        self.reinforced = QCheckBox(
            self.tr("Lien renforcé : appeler chaque semaine jusqu'à la fin de la campagne"), self
        )
        self.reinforced.setObjectName("reinforcedLink")
        self.notice = QLabel(self)
        self.notice.setObjectName("gdprNotice")
        self.notice.setWordWrap(True)
        notice_box = QGroupBox(self.tr("À dire en début d'appel"), self)
        QVBoxLayout(notice_box).addWidget(self.notice)
        self.closed_info = message_label(self, "callClosedInfo", WARNING_STYLE)
        self.message = message_label(self, "callMessage", OK_STYLE)
        self.warning = message_label(self, "callWarning", WARNING_STYLE)
        self._make_general_error(self, "callError")

        self.tabs = QTabWidget(self)
        self.form_tab = self._form_tab()
        self.history_tab = self._history_tab()
        self.referrals_tab = self._referrals_tab()
        self.tabs.addTab(self.form_tab, self.tr("Nouvel appel"))
        self.tabs.addTab(self.history_tab, self.tr("Historique"))
        self.tabs.addTab(self.referrals_tab, self.tr("Orientations"))

        close = push_button(self.tr("Fermer"), self, "callClose")
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addStretch(0)
        bottom.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        header = QHBoxLayout()
        left = QVBoxLayout()
        add_all(left, self.title, self.phone, self.details, self.state_label, self.reinforced)
        header.addLayout(left, 1)
        header.addWidget(notice_box, 1)
        layout = QVBoxLayout(self)
        add_all(
            layout,
            header,
            self.closed_info,
            (self.tabs, 1),
            self.general_error,
            self.warning,
            bottom,
        )
        close.clicked.connect(self.close)
        self.reinforced.clicked.connect(self.toggle_reinforced)
        self.reload()

    # ----------------------------------------------------------------- building
    def _form_tab(self) -> QWidget:
        page = QWidget(self)
        self.kind = QComboBox(page)
        self.kind.setObjectName("attemptKind")
        self.kind.addItem(self.tr("Appel téléphonique"), CALL)
        for step in VISIT_ORDER:
            self.kind.addItem(
                self.tr("Escalade : {step}").format(step=label(step).lower()), step.value
            )
        self.reached_yes = QRadioButton(self.tr("Quelqu'un a été joint"), page)
        self.reached_yes.setObjectName("reachedYes")
        self.reached_no = QRadioButton(self.tr("Personne n'a été joint"), page)
        self.reached_no.setObjectName("reachedNo")
        self.reached_group = QButtonGroup(page)
        self.reached_group.addButton(self.reached_yes)
        self.reached_group.addButton(self.reached_no)
        reached_row = hbox(QWidget(page), self.reached_yes, self.reached_no, 1)
        self.rows["reached"] = FieldRow(reached_row)
        self.person = QComboBox(page)
        for p in ContactPerson:
            self.person.addItem(label(p), p.value)
        self._row("person", self.person)
        self.wrong_number = QCheckBox(self.tr("Numéro erroné ou non attribué"), page)
        self._row("wrong_number", self.wrong_number)

        self.script_box = QGroupBox(self.tr("Script d'appel"), page)
        self.script_form = QFormLayout(self.script_box)

        self.need_help = QCheckBox(self.tr("Besoin d'aide exprimé"), page)
        self._row("need_help", self.need_help)
        self.help_in_place = QCheckBox(
            self.tr("L'aide nécessaire est en place (famille, voisin, service déjà présent)"), page
        )
        self._row("help_in_place", self.help_in_place)
        self.note = self._text(
            "note",
            self.tr(
                "Note libre, donnée sensible (chaque lecture est tracée) : seulement ce qui aide "
                "à suivre la personne, aucun détail médical."
            ),
            max_height=80,
        )
        self.note_hint = message_label(page, "noteHint", WARNING_STYLE)
        self.next_action = QComboBox(page)
        self._row("next_action", self.next_action)
        self.next_action_on = self._line("next_action_on", self.tr("jj/mm/aaaa"))
        self.next_action_on.setMaximumWidth(120)
        self.close_reason = QComboBox(page)
        for r in CloseReason:
            self.close_reason.addItem(label(r), r.value)
        self._row("close_reason", self.close_reason)
        self.record_button = push_button(
            self.tr("Enregistrer l'appel"), page, "recordCall", default=True
        )

        who = QFormLayout()
        who.addRow(self.tr("Tentative"), self.kind)
        who.addRow(self.tr("Résultat"), self.rows["reached"])
        who.addRow(self.tr("Personne jointe"), self.rows["person"])
        who.addRow("", self.rows["wrong_number"])
        after = QFormLayout()
        after.addRow("", self.rows["need_help"])
        after.addRow("", self.rows["help_in_place"])
        after.addRow(self.tr("Note"), self.rows["note"])
        after.addRow("", self.note_hint)
        action_row = QHBoxLayout()
        add_all(
            action_row,
            (self.rows["next_action"], 2),
            QLabel(self.tr("le"), page),
            self.rows["next_action_on"],
            QLabel(self.tr("motif"), page),
            (self.rows["close_reason"], 2),
        )
        after.addRow(self.tr("Action suivante"), action_row)

        inner = QWidget(page)
        inner_layout = QVBoxLayout(inner)
        add_all(inner_layout, who, self.script_box, after, 1)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        layout = QVBoxLayout(page)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        for changed in (
            self.kind.currentIndexChanged,
            self.reached_yes.toggled,
            self.reached_no.toggled,
            self.next_action.currentIndexChanged,
        ):
            changed.connect(self._update_form)
        self.note.textChanged.connect(self._note_changed)
        self.record_button.clicked.connect(self.record)
        return page

    def _history_tab(self) -> QWidget:
        page = QWidget(self)
        self.history = plain_table(
            page,
            "callHistory",
            [
                self.tr("Date"),
                self.tr("Tentative"),
                self.tr("Résultat"),
                self.tr("Personne jointe"),
                self.tr("Action suivante"),
                self.tr("Par"),
                self.tr("Note"),
                self.tr("Réponses"),
            ],
            (122, 110, 140, 95, 150, 80, 150),
        )
        self.show_notes_button = push_button(
            self.tr("Afficher les notes"),
            page,
            "showNotes",
            tooltip=self.tr(
                "Les notes sont des données sensibles : leur lecture est enregistrée dans le "
                "journal d'audit."
            ),
        )
        hint = QLabel(
            self.tr("Notes masquées : leur lecture est tracée dans le journal d'audit."), page
        )
        hint.setObjectName("notesHint")
        self.notes_hint = hint
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        row.addWidget(self.show_notes_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.history, 1)
        layout.addLayout(row)
        self.show_notes_button.clicked.connect(self.show_notes)
        return page

    def _referrals_tab(self) -> QWidget:
        page = QWidget(self)
        self.referrals = referral_table(page, "callReferrals")
        self.new_referral_button = push_button(
            self.tr("Nouvelle orientation…"), page, "newReferral"
        )
        self.follow_referral_button = push_button(
            self.tr("Suivi de l'orientation…"), page, "followReferral"
        )
        row = QHBoxLayout()
        add_all(row, 1, self.follow_referral_button, self.new_referral_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.referrals, 1)
        layout.addLayout(row)
        self.new_referral_button.clicked.connect(self.new_referral)
        self.follow_referral_button.clicked.connect(self.follow_referral)
        open_rows(self.referrals, self.follow_referral)
        return page

    def _build_script(self, script: list[ScriptQuestion]) -> None:
        """One answer widget per question: a list for one answer, boxes for several."""
        while self.script_form.rowCount():
            self.script_form.removeRow(0)
        for key in [k for k in self.rows if k.startswith("answers.")]:
            del self.rows[key]
        self.answer_widgets = {}
        for q in script:
            if q.kind == QuestionKind.MULTIPLE:
                box = QWidget(self.script_box)
                grid = QGridLayout(box)
                grid.setContentsMargins(0, 0, 0, 0)
                checks = []
                for i, (code, text) in enumerate(q.options):
                    check = QCheckBox(m(text), box)
                    check.setObjectName(f"answer_{q.code}_{code}")
                    check.setProperty("option", code)
                    check.toggled.connect(
                        lambda on, q=q, code=code: self._multiple_toggled(q, code, on)
                    )
                    grid.addWidget(check, i // 3, i % 3)
                    checks.append(check)
                self.answer_widgets[q.code] = checks
                row = FieldRow(box)
                box.setObjectName(f"answers.{q.code}")
            else:
                combo = QComboBox(self.script_box)
                combo.addItem(self.tr("— sans réponse —"), "")
                for code, text in q.options:
                    combo.addItem(m(text), code)
                combo.currentIndexChanged.connect(self._answers_changed)
                self.answer_widgets[q.code] = combo
                row = FieldRow(combo)
                combo.setObjectName(f"answers.{q.code}")
            self.rows[f"answers.{q.code}"] = row
            text = m(q.label) + (" *" if q.required else "")
            question_label = QLabel(text, self.script_box)
            question_label.setWordWrap(True)
            question_label.setMinimumWidth(220)
            self.script_form.addRow(question_label, row)
        if any(q.required for q in script):
            hint = QLabel(
                self.tr(
                    "* réponse attendue quand le locataire lui-même est joint ; "
                    "un proche ou un voisin répond à ce qu'il sait."
                ),
                self.script_box,
            )
            hint.setStyleSheet("color: #555;")
            hint.setWordWrap(True)
            self.script_form.addRow(hint)

    # ----------------------------------------------------------------- state
    def reload(self) -> None:
        try:
            self.view = v = campaigns.get_target(self._db, self._actor, self.target_id)
        except UserError as exc:
            self.show_errors({}, translate_message(exc.message))
            self.record_button.setEnabled(False)
            return
        t = v.target
        first_load = not self.answer_widgets and v.script
        self.setWindowTitle(self.tr("Appel — {name}").format(name=t.contact_name))
        self.title.setText(
            self.tr("<h3>{name}</h3>Campagne « {campaign} »").format(
                name=html.escape(t.contact_name) or self.tr("(anonymisé)"),
                campaign=html.escape(v.campaign_name),
            )
        )
        self.phone.setText(t.phone)
        facts = []
        if t.age_band:
            facts.append(self.tr("{band} ans").format(band=t.age_band))
        if t.isolated:
            facts.append(self.tr("personne isolée"))
        if t.disability:
            facts.append(self.tr("handicap"))
        facts.append(self.tr("agence {code}").format(code=self._agencies.get(t.agency_id, "")))
        if t.address:
            facts.append(t.address)
        self.details.setText(" · ".join(facts))
        parts = [self.tr("État : <b>{state}</b>").format(state=label(t.state))]
        if t.state in OPEN_STATES or t.step != EscalationStep.NONE:
            parts.append(self.tr("à faire : <b>{step}</b>").format(step=label(t.step)))
        if t.next_call_on:
            parts.append(
                self.tr("prochain appel le {date}").format(date=format_date_fr(t.next_call_on))
            )
        parts.append(
            translate_message(
                counted(
                    t.attempts,
                    QT_TRANSLATE_NOOP("messages", "{n} tentative"),
                    QT_TRANSLATE_NOOP("messages", "{n} tentatives"),
                    QT_TRANSLATE_NOOP("messages", "aucune tentative"),
                )
            )
        )
        if t.closed_reason is not None:
            parts.append(label(t.closed_reason))
        self.state_label.setText(" · ".join(parts))
        self.notice.setText(m(v.gdpr_notice))
        running = v.campaign_status == CampaignStatus.RUNNING
        open_sheet = t.state in OPEN_STATES or t.state == TargetState.SECURED
        self.reinforced.setChecked(t.reinforced_link)
        self.reinforced.setEnabled(running and open_sheet)
        if first_load:
            self._build_script(v.script)
            self._reset_form()
        self.form_tab.setEnabled(running and open_sheet)
        self.new_referral_button.setEnabled(running)
        self.follow_referral_button.setEnabled(running and bool(v.referrals))
        if not running:
            self.closed_info.setText(
                self.tr(
                    "La campagne n'est plus en cours ({status}) : aucun appel ne peut être "
                    "enregistré."
                ).format(status=label(v.campaign_status))
            )
        elif not open_sheet:
            self.closed_info.setText(
                self.tr("Cette fiche est close ({state}) : elle n'attend plus d'appel.").format(
                    state=label(t.state)
                )
            )
        self.closed_info.setVisible(not (running and open_sheet))
        self._fill_history()
        self._fill_referrals()
        self.tabs.setTabText(1, self.tr("Historique ({n})").format(n=len(v.calls)))
        self.tabs.setTabText(2, self.tr("Orientations ({n})").format(n=len(v.referrals)))

    def _fill_history(self) -> None:
        v = self.view
        self.history.setRowCount(len(v.calls))
        for i, c in enumerate(reversed(v.calls)):
            if c.has_note:
                note = self.notes[c.id] if c.id in self.notes else self.tr("(masquée)")
            else:
                note = ""
            action = label(c.next_action)
            if c.next_action_on:
                action = f"{action} ({format_date_fr(c.next_action_on)})"
            values = (
                format_datetime_fr(c.called_at),
                label(c.step),
                label(c.outcome),
                label(c.person) if c.person else "",
                action,
                c.recorded_by,
                note,
                answers_text(v.script, c.answers),
            )
            for col, text in enumerate(values):
                self.history.setItem(i, col, _item(text))
            self.history.item(i, 7).setToolTip(answers_text(v.script, c.answers, True))
        hidden = any(c.has_note and c.id not in self.notes for c in v.calls)
        self.show_notes_button.setEnabled(hidden)
        self.notes_hint.setVisible(hidden)

    def _fill_referrals(self) -> None:
        refs = self.view.referrals
        show_referrals(self.referrals, refs)
        if refs:
            self.referrals.selectRow(len(refs) - 1)

    def _reset_form(self) -> None:
        t = self.view.target
        self.kind.blockSignals(True)
        index = (
            self.kind.findData(t.step.value)
            if t.step in VISIT_STEPS and t.state in OPEN_STATES
            else 0
        )
        self.kind.setCurrentIndex(max(0, index))
        self.kind.blockSignals(False)
        self.reached_group.setExclusive(False)
        self.reached_yes.setChecked(False)
        self.reached_no.setChecked(False)
        self.reached_group.setExclusive(True)
        self.person.setCurrentIndex(0)
        self.wrong_number.setChecked(False)
        for widget in self.answer_widgets.values():
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(0)
            else:
                for check in widget:
                    check.blockSignals(True)
                    check.setChecked(False)
                    check.blockSignals(False)
        self.need_help.setChecked(False)
        self.help_in_place.setChecked(False)
        self.note.clear()
        self.next_action_on.clear()
        self.clear_errors()
        self._update_form()

    def _update_form(self, *_args) -> None:
        reached = self.reached_yes.isChecked()
        phone = self.kind.currentData() == CALL
        self.record_button.setText(
            self.tr("Enregistrer l'appel") if phone else self.tr("Enregistrer le résultat")
        )
        self.person.setEnabled(reached)
        self.script_box.setEnabled(reached)
        self.need_help.setEnabled(reached)
        self.help_in_place.setEnabled(reached)
        self.wrong_number.setEnabled(phone and not reached)
        if reached or not phone:
            self.wrong_number.setChecked(False)
        current = self.next_action.currentData()
        allowed = (
            list(NextAction)
            if reached or not self.reached_no.isChecked()
            else [NextAction.NONE, NextAction.CALL_BACK]
        )
        if [self.next_action.itemData(i) for i in range(self.next_action.count())] != [
            a.value for a in allowed
        ]:
            self.next_action.blockSignals(True)
            self.next_action.clear()
            for a in allowed:
                self.next_action.addItem(label(a), a.value)
            self.next_action.setCurrentIndex(max(0, self.next_action.findData(current)))
            self.next_action.blockSignals(False)
        action = self.next_action.currentData()
        self.next_action_on.setEnabled(action == NextAction.CALL_BACK.value)
        self.close_reason.setEnabled(action == NextAction.CLOSE.value)

    def answers(self) -> dict:
        result: dict = {}
        for code, widget in self.answer_widgets.items():
            if isinstance(widget, QComboBox):
                if widget.currentData():
                    result[code] = widget.currentData()
            else:
                values = [c.property("option") for c in widget if c.isChecked()]
                if values:
                    result[code] = values
        return result

    def set_answer(self, code: str, value) -> None:
        """Select an answer (an option code, or a list of codes for several answers)."""
        widget = self.answer_widgets[code]
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.findData(value))
        else:
            values = value if isinstance(value, list) else [value]
            for check in widget:
                check.setChecked(check.property("option") in values)

    def _multiple_toggled(self, q: ScriptQuestion, code: str, on: bool) -> None:
        checks = self.answer_widgets.get(q.code, [])
        if on and q.none_option:  # « aucun » excludes the others, and the reverse
            for check in checks:
                other = check.property("option")
                exclusive = (code == q.none_option) != (other == q.none_option)
                if other != code and exclusive and check.isChecked():
                    check.blockSignals(True)
                    check.setChecked(False)
                    check.blockSignals(False)
        self._answers_changed()

    def _answers_changed(self, *_args) -> None:
        if self.view is None:
            return
        need = need_from_answers(self.view.script, self.answers())
        if need is not None:
            self.need_help.setChecked(need)

    def _note_changed(self) -> None:
        warnings = note_warnings(self.note.toPlainText())
        self.note_hint.setText("\n".join(translate_message(w) for w in warnings))
        self.note_hint.setVisible(bool(warnings))

    # ----------------------------------------------------------------- actions
    def _flash(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def entry(self) -> tuple[CallEntry | None, dict[str, str]]:
        errors: dict[str, str] = {}
        if not (self.reached_yes.isChecked() or self.reached_no.isChecked()):
            errors["reached"] = self.tr("Indiquez si quelqu'un a été joint.")
        reached = self.reached_yes.isChecked()
        action = NextAction(self.next_action.currentData())
        next_on = None
        if action == NextAction.CALL_BACK and self.next_action_on.text().strip():
            next_on = parse_date_field(self.next_action_on.text(), "next_action_on", errors)
        if errors:
            return None, errors
        entry = CallEntry(
            person=ContactPerson(self.person.currentData()) if reached else None,
            answers=self.answers() if reached else {},
            need_help=self.need_help.isChecked() if reached else False,
            help_in_place=self.help_in_place.isChecked() if reached else False,
            note=self.note.toPlainText(),
            next_action=action,
            next_action_on=next_on,
            wrong_number=self.wrong_number.isChecked() and not reached,
            close_reason=CloseReason(self.close_reason.currentData())
            if action == NextAction.CLOSE
            else None,
        )
        return entry, {}

    def record(self) -> bool:
        self._flash("")
        self.warning.hide()
        entry, errors = self.entry()
        if errors:
            self.show_errors(errors, self.tr("Corrigez les champs signalés en rouge."))
            return False
        version = self.view.target.version
        kind = self.kind.currentData()
        if kind == CALL:
            call = lambda: campaigns.record_call(
                self._db, self._actor, self.target_id, entry, expected_version=version
            )
        else:
            call = lambda: campaigns.record_escalation_outcome(
                self._db,
                self._actor,
                self.target_id,
                EscalationStep(kind),
                entry,
                expected_version=version,
            )
        conflict = []

        def attempt():
            try:
                return call()
            except ConflictError:
                conflict.append(True)
                raise

        result = self.call_service(attempt)
        if result is None:
            if conflict:
                self.reload()  # the entry stays: the user saves again on the fresh sheet
            return False
        text = self.tr("Enregistré : {outcome}. État de la fiche : {state}.").format(
            outcome=label(result.outcome), state=label(result.state)
        )
        if result.next_call_on:
            text += " " + self.tr("Prochaine étape : {step}, le {date}.").format(
                step=label(result.step).lower(), date=format_date_fr(result.next_call_on)
            )
        if result.warnings:
            self.warning.setText("\n".join(translate_message(w) for w in result.warnings))
            self.warning.show()
        self.reload()
        self._reset_form()
        self._flash(text)
        self.changed.emit(self.target_id)
        if entry.next_action == NextAction.REFER:
            self.tabs.setCurrentWidget(self.referrals_tab)
            self._flash(text + " " + self.tr("Créez l'orientation ci-dessous."))
        return True

    def show_notes(self) -> None:
        """Read the notes of the earlier attempts (each read is audited)."""
        try:
            for c in self.view.calls:
                if c.has_note and c.id not in self.notes:
                    self.notes[c.id] = campaigns.get_call_note(self._db, self._actor, c.id)
        except UserError as exc:
            self.show_errors({}, translate_message(exc.message))
            return
        self._fill_history()

    def toggle_reinforced(self, on: bool) -> None:
        try:
            campaigns.set_reinforced_link(
                self._db, self._actor, self.target_id, on, expected_version=self.view.target.version
            )
        except UserError as exc:
            self.show_errors({}, translate_message(exc.message))
            self.reinforced.setChecked(not on)
            return
        self.reload()
        self._flash(
            self.tr("Lien renforcé : la personne sera appelée chaque semaine.")
            if on
            else self.tr("Lien renforcé arrêté.")
        )
        self.changed.emit(self.target_id)

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda *_: (self.reload(), self.changed.emit(self.target_id)))
        self.referral_dialog = dialog
        dialog.open()
        return dialog

    def new_referral(self) -> QDialog:
        return self._open(
            ReferralDialog(
                self._db, self._actor, self.target_id, self.view.target.contact_name, self
            )
        )

    def current_referral(self) -> campaigns.ReferralView | None:
        return current_of(self.referrals, self.view.referrals if self.view else [])

    def follow_referral(self) -> QDialog | None:
        r = self.current_referral()
        if r is None or not self.follow_referral_button.isEnabled():
            return None
        return self._open(ReferralFollowUpDialog(self._db, self._actor, r, self))
