"""Dialogs of the vigilance call campaigns (issue 8): a campaign's terms and call script,
its callers, and the end-of-campaign purge of the call notes.

Thin over ``desktop.services.campaigns``: each button calls one service; refusals are
shown next to the field concerned (``ValidationError.fields``) or above the buttons.
The call dialog of one person lives in ``desktop.ui.campaigns.call_dialog``.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.campaign import (
    DEFAULT_MIN_AGE,
    MIN_AGE_HIGH,
    MIN_AGE_LOW,
    CampaignStatus,
    CampaignTerms,
    PurgeMode,
    QuestionKind,
    ScriptQuestion,
    counts,
    default_script,
    validate_script,
)
from desktop.domain.errors import ConflictError, UserError, ValidationError
from desktop.domain.formatting import format_date_fr, format_decimal_fr, parse_date_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, counted
from desktop.services import agencies, campaigns, saved_queries
from desktop.services.context import Actor
from desktop.services.context import today as clock_today
from desktop.storage.db import Database
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import add_all, hbox, message_label, open_rows, push_button
from desktop.ui.widgets.choices import agency_choices
from desktop.ui.widgets.form import ErrorForm, FieldRow, form_group
from desktop.ui.widgets.messages import confirmed, m

DEFAULT_DURATION_DAYS = 30


def label(member) -> str:
    """The French label of a domain enum member (``CampaignStatus.RUNNING``...)."""
    return m(member.label)


def percent_text(value) -> str:
    """``Decimal("25.0")`` → ``25,0 %``."""
    return f"{format_decimal_fr(value, 1)}\u00a0%"


def count_pct(count: int, pct) -> str:
    return f"{count} ({percent_text(pct)})"


def parse_date_field(text: str, path: str, errors: dict[str, str]) -> dt.date | None:
    """A ``jj/mm/aaaa`` input, or an error message under ``path``."""
    try:
        return parse_date_fr(text)
    except ValueError:
        errors[path] = QCoreApplication.translate(
            "CampaignDialogs", "Date attendue au format jj/mm/aaaa."
        )
        return None


def code_from_label(text: str, taken: set[str]) -> str:
    """A code for a new question or answer (``CODE_RE``: capitals, digits, ``_``, 20
    characters at most), made from its label and unique among ``taken``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    code = re.sub(r"[^A-Z0-9]+", "_", ascii_text.upper()).strip("_")
    if not code or not code[0].isalpha():
        code = ("Q_" + code).rstrip("_")
    code = code[:20].rstrip("_")
    base, n = code, 2
    while code in taken:
        suffix = f"_{n}"
        code = base[: 20 - len(suffix)].rstrip("_") + suffix
        n += 1
    return code


class ServiceForm(ErrorForm):
    """Mixin: inputs kept by field path in ``self.rows``, a general error label
    (``self.general_error``) and ``call_service`` showing a service's refusal; a
    dialog's save and cancel buttons."""

    general_error: QLabel
    save_button: QPushButton

    def _make_general_error(self, parent: QWidget, name: str) -> QLabel:
        self.general_error = message_label(parent, name)
        return self.general_error

    def _save_cancel(self, text: str, name: str, cancel_name: str = "") -> QHBoxLayout:
        """The dialog's buttons, on the right: cancel (closes the dialog) and
        ``self.save_button`` (the default button, named ``name``, saying ``text``,
        calls ``self.save``)."""
        self.save_button = push_button(text, self, name, default=True)
        cancel = QPushButton(self.tr("Annuler"), self)
        if cancel_name:
            cancel.setObjectName(cancel_name)
        buttons = QHBoxLayout()
        add_all(buttons, 1, cancel, self.save_button)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        return buttons

    def show_errors(self, errors: dict[str, str], general: str = "") -> None:
        """Errors next to their input (or its section's: ``occupants.0.phone`` on
        ``occupants``), the others in the general label."""
        self.clear_errors()
        extra = []
        for path, text in errors.items():
            row = self.rows.get(path) or self.rows.get(path.split(".")[0])
            if row is not None:
                row.set_error(text)
            else:
                extra.append(text)
        text = "\n".join([general, *extra]).strip() if (general or extra) else ""
        self.general_error.setText(text)
        self.general_error.setVisible(bool(text))

    def call_service(self, call):
        """``call()``'s result, or ``None`` after showing its refusal."""
        try:
            return call()
        except ValidationError as exc:
            self.show_errors(
                {k: translate_message(m) for k, m in exc.fields.items()},
                "" if exc.fields else translate_message(exc.message),
            )
        except UserError as exc:
            self.show_errors({}, translate_message(exc.message))
        return None

    def _save_and_close(self, call, key=None) -> bool:
        """Runs ``call`` (``False`` after showing its refusal); then emits the dialog's
        ``saved`` with ``key`` (by default what ``call`` returned) and closes it."""
        result = self.call_service(call)
        if result is None:
            return False
        self.saved.emit(result if key is None else key)
        self.accept()
        return True


# --------------------------------------------------------------------------- script


class QuestionDialog(QDialog):
    """One question of the call script: its label, one or several answers, the answers
    offered (one a line)."""

    def __init__(self, question: ScriptQuestion | None, taken: set[str], parent=None):
        super().__init__(parent)
        self.setObjectName("questionDialog")
        self.setWindowTitle(self.tr("Question du script d'appel"))
        self.resize(520, 420)
        self.original = question
        self.taken = set(taken)
        self.result_question: ScriptQuestion | None = None
        self.label_edit = QLineEdit(question.label if question else "", self)
        self.label_edit.setObjectName("questionLabel")
        self.label_edit.setPlaceholderText(self.tr("Ex. : Avez-vous de quoi vous rafraîchir ?"))
        self.kind = QComboBox(self)
        self.kind.setObjectName("questionKind")
        for k in QuestionKind:
            self.kind.addItem(label(k), k.value)
        if question is not None:
            self.kind.setCurrentIndex(self.kind.findData(question.kind.value))
        self.options = QPlainTextEdit(self)
        self.options.setObjectName("questionOptions")
        self.options.setPlaceholderText(self.tr("Une réponse par ligne (2 au moins)"))
        if question is not None:
            self.options.setPlainText("\n".join(lbl for _c, lbl in question.options))
        self.required = QCheckBox(self.tr("Réponse attendue quand le locataire est joint"), self)
        self.required.setObjectName("questionRequired")
        self.required.setChecked(question.required if question else True)
        self.none_first = QCheckBox(
            self.tr("La première réponse signifie « aucun » et exclut les autres"), self
        )
        self.none_first.setObjectName("questionNoneFirst")
        self.none_first.setChecked(
            bool(
                question
                and question.none_option
                and question.options
                and question.options[0][0] == question.none_option
            )
        )
        self.error = message_label(self, "questionError")
        hint = QLabel(
            self.tr(
                "Pas de question médicale : le script recueille le ressenti et les besoins, "
                "jamais de diagnostic ni de traitement."
            ),
            self,
        )
        hint.setWordWrap(True)
        ok = QPushButton(self.tr("Valider"), self)
        self.ok_button = ok
        ok.setObjectName("questionOk")
        ok.setDefault(True)
        cancel = QPushButton(self.tr("Annuler"), self)
        form = QFormLayout()
        form.addRow(self.tr("Question"), self.label_edit)
        form.addRow(self.tr("Réponses"), self.kind)
        form.addRow(self.tr("Réponses proposées"), self.options)
        form.addRow("", self.required)
        form.addRow("", self.none_first)
        buttons = QHBoxLayout()
        add_all(buttons, 1, cancel, ok)
        layout = QVBoxLayout(self)
        add_all(layout, form, hint, self.error, buttons)
        ok.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self, *_args) -> None:
        self.none_first.setEnabled(self.kind.currentData() == QuestionKind.MULTIPLE.value)

    def build(self) -> ScriptQuestion:
        text = " ".join(self.label_edit.text().split())
        lines = [" ".join(x.split()) for x in self.options.toPlainText().splitlines()]
        lines = [x for x in lines if x]
        old = {lbl: code for code, lbl in (self.original.options if self.original else ())}
        used: set[str] = set()
        options = []
        for line in lines:
            code = old.get(line)
            if code is None or code in used:
                code = code_from_label(line, used | set(old.values()))
            used.add(code)
            options.append((code, line))
        kind = QuestionKind(self.kind.currentData())
        none = (
            options[0][0]
            if (kind == QuestionKind.MULTIPLE and self.none_first.isChecked() and options)
            else ""
        )
        code = self.original.code if self.original else code_from_label(text, self.taken)
        return ScriptQuestion(
            code=code,
            label=text,
            options=tuple(options),
            kind=kind,
            required=self.required.isChecked(),
            none_option=none,
        )

    def accept(self) -> None:
        question = self.build()
        try:
            validate_script([question])
        except ValidationError as exc:
            self.error.setText("\n".join(translate_message(m) for m in exc.fields.values()))
            self.error.show()
            return
        self.result_question = question
        super().accept()


class ScriptEditor(QWidget):
    """The call script as an editable list of questions (prefilled with the standard
    questions: health, meals, support, protective measures, need of help)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("scriptEditor")
        self.questions: list[ScriptQuestion] = default_script()
        self.question_dialog: QuestionDialog | None = None
        self.list = QListWidget(self)
        self.list.setObjectName("scriptList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumHeight(130)
        self.add_button = push_button(self.tr("Ajouter…"), self, "scriptAdd")
        self.edit_button = push_button(self.tr("Modifier…"), self, "scriptEdit")
        self.remove_button = push_button(self.tr("Retirer"), self, "scriptRemove")
        self.up_button = push_button(self.tr("Monter"), self, "scriptUp")
        self.down_button = push_button(self.tr("Descendre"), self, "scriptDown")
        self.reset_button = push_button(
            self.tr("Script standard"),
            self,
            "scriptReset",
            tooltip=self.tr("Rétablit les cinq questions standard."),
        )
        self.buttons = (
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.reset_button,
        )
        buttons = QVBoxLayout()
        add_all(buttons, *self.buttons, 1)
        hbox(self, (self.list, 1), buttons)
        self.add_button.clicked.connect(lambda: self.edit_question(None))
        self.edit_button.clicked.connect(lambda: self.edit_question(self.list.currentRow()))
        open_rows(self.list, lambda: self.edit_question(self.list.currentRow()))
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.reset_button.clicked.connect(lambda: self.set_script(default_script()))
        self._render()

    def set_script(self, questions: list[ScriptQuestion]) -> None:
        self.questions = list(questions)
        self._render()

    def script(self) -> list[ScriptQuestion]:
        return list(self.questions)

    def _render(self, current: int = 0) -> None:
        self.list.clear()
        for i, q in enumerate(self.questions, start=1):
            answers = " / ".join(m(lbl) for _c, lbl in q.options)
            item = QListWidgetItem(
                self.tr("{n}. {question} ({kind}, {count} choix)").format(
                    n=i, question=m(q.label), kind=label(q.kind).lower(), count=len(q.options)
                ),
                self.list,
            )
            item.setToolTip(answers)
        if self.questions:
            self.list.setCurrentRow(max(0, min(current, len(self.questions) - 1)))

    def edit_question(self, index: int | None) -> QuestionDialog | None:
        if index is not None and not 0 <= index < len(self.questions):
            return None
        question = self.questions[index] if index is not None else None
        if question is not None:  # show the labels in the user's language
            question = ScriptQuestion(
                question.code,
                m(question.label),
                tuple((c, m(lbl)) for c, lbl in question.options),
                question.kind,
                question.required,
                question.none_option,
            )
        taken = {q.code for q in self.questions}
        dialog = QuestionDialog(question, taken, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.question_dialog = dialog

        def done(result: int) -> None:
            q = dialog.result_question
            if result != QDialog.DialogCode.Accepted or q is None:
                return
            if index is None:
                self.questions.append(q)
                self._render(len(self.questions) - 1)
            else:
                self.questions[index] = q
                self._render(index)

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def remove_current(self) -> None:
        i = self.list.currentRow()
        if 0 <= i < len(self.questions):
            del self.questions[i]
            self._render(i)

    def move_current(self, delta: int) -> None:
        i = self.list.currentRow()
        j = i + delta
        if 0 <= i < len(self.questions) and 0 <= j < len(self.questions):
            self.questions[i], self.questions[j] = self.questions[j], self.questions[i]
            self._render(j)

    def set_editable(self, enabled: bool) -> None:
        """Lock the script (a running campaign) but keep the list readable."""
        for b in self.buttons:
            b.setEnabled(enabled)


# --------------------------------------------------------------------------- campaign


def fill_callers(
    widget: QListWidget, candidates, checked: set[int], loads: dict[int, str] | None = None
) -> None:
    """Checkable accounts that may call, ``checked`` ticked."""
    widget.clear()
    for c in candidates:
        text = c.label if not c.agency_code else f"{c.label} ({c.agency_code})"
        extra = (loads or {}).get(c.user_id)
        if extra:
            text = f"{text} — {extra}"
        item = QListWidgetItem(text, widget)
        item.setData(Qt.ItemDataRole.UserRole, c.user_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(
            Qt.CheckState.Checked if c.user_id in checked else Qt.CheckState.Unchecked
        )


def checked_ids(widget: QListWidget) -> list[int]:
    return [
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


def set_checked(widget: QListWidget, user_ids, checked: bool = True) -> None:
    wanted = set(user_ids)
    for i in range(widget.count()):
        item = widget.item(i)
        if item.data(Qt.ItemDataRole.UserRole) in wanted:
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class CampaignDialog(ServiceForm, QDialog):
    """A campaign's terms: ``campaign_id`` None creates a draft campaign with its callers;
    otherwise edits it (a running campaign: name, purpose and planned end only)."""

    saved = Signal(int)  # campaign id

    def __init__(self, db: Database, actor: Actor, campaign_id: int | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("campaignDialog")
        self._db = db
        self._actor = actor
        self.campaign_id = campaign_id
        self.view: campaigns.CampaignView | None = None
        self.rows: dict[str, FieldRow] = {}
        from desktop.ui.widgets import fit_to_screen  # a laptop: never taller than it

        fit_to_screen(self, 860, 760)
        self.setWindowTitle(
            self.tr("Nouvelle campagne d'appels")
            if campaign_id is None
            else self.tr("Campagne d'appels")
        )

        self.name = self._line("name", self.tr("Ex. : Canicule juillet 2026"))
        self.purpose = self._text(
            "purpose",
            self.tr(
                "Ex. : Vérifier que les locataires âgés ou isolés vont bien pendant l'épisode de "
                "canicule et les orienter s'ils ont besoin d'aide."
            ),
            max_height=70,
        )
        self.query = QComboBox(self)
        self._row("query_name", self.query)
        self.agency = QComboBox(self)
        self._row("agency_id", self.agency)
        self.min_age = QSpinBox(self)
        self.min_age.setRange(MIN_AGE_LOW, MIN_AGE_HIGH)
        self.min_age.setValue(DEFAULT_MIN_AGE)
        self.min_age.setSuffix(self.tr(" ans"))
        self._row("min_age", self.min_age)
        self.isolated_only = QCheckBox(self.tr("Personnes isolées seulement"), self)
        self.isolated_only.setObjectName("isolated_only")
        self.disability_only = QCheckBox(self.tr("Personnes handicapées seulement"), self)
        self.disability_only.setObjectName("disability_only")
        today = clock_today()
        self.start_on = self._line("start_on", self.tr("jj/mm/aaaa"))
        self.start_on.setText(format_date_fr(today))
        self.planned_end_on = self._line("planned_end_on", self.tr("jj/mm/aaaa"))
        self.planned_end_on.setText(
            format_date_fr(today + dt.timedelta(days=DEFAULT_DURATION_DAYS))
        )
        for edit in (self.start_on, self.planned_end_on):
            edit.setMaximumWidth(120)
        self.script_editor = ScriptEditor(self)
        self.rows["script"] = FieldRow(self.script_editor)
        self.callers = QListWidget(self)
        self.callers.setMinimumHeight(90)
        self._row("callers", self.callers)

        self._fill_queries()
        self._fill_agencies()
        self._fill_callers()

        target_box, target_form = form_group(self.tr("Cible"), self)
        target_form.addRow(self.tr("Recherche enregistrée *"), self.rows["query_name"])
        target_form.addRow(self.tr("Agence"), self.rows["agency_id"])
        criteria = QHBoxLayout()
        add_all(
            criteria,
            QLabel(self.tr("À partir de"), target_box),
            self.rows["min_age"],
            self.isolated_only,
            self.disability_only,
            1,
        )
        target_form.addRow(self.tr("Critères"), criteria)
        target_help = QLabel(
            self.tr(
                "Les recherches enregistrées se créent depuis la liste des dossiers locataires. "
                "Au lancement, la campagne retient un ménage par personne ayant l'âge minimal "
                "et un numéro de téléphone valide, et fige la recherche."
            ),
            target_box,
        )
        target_help.setWordWrap(True)
        target_help.setStyleSheet("color: #555;")
        target_form.addRow(target_help)

        form = QFormLayout()
        form.addRow(self.tr("Nom *"), self.rows["name"])
        form.addRow(self.tr("Objet"), self.rows["purpose"])
        dates = QHBoxLayout()
        add_all(
            dates,
            self.rows["start_on"],
            QLabel(self.tr("fin prévue le"), self),
            self.rows["planned_end_on"],
            1,
        )
        form.addRow(self.tr("Début le"), dates)

        script_box = QGroupBox(self.tr("Script d'appel"), self)
        QVBoxLayout(script_box).addWidget(self.rows["script"])
        self.callers_box = QGroupBox(self.tr("Appelants"), self)
        callers_layout = QVBoxLayout(self.callers_box)
        callers_layout.addWidget(self.rows["callers"])
        callers_help = QLabel(
            self.tr(
                "Les fiches sont réparties entre les appelants au lancement, de préférence "
                "dans leur agence."
            ),
            self.callers_box,
        )
        callers_help.setStyleSheet("color: #555;")
        callers_help.setWordWrap(True)
        callers_layout.addWidget(callers_help)

        self._make_general_error(self, "campaignDialogError")
        buttons = self._save_cancel(self.tr("Enregistrer"), "campaignSave", "campaignCancel")
        lower = QHBoxLayout()
        lower.addWidget(script_box, 3)
        lower.addWidget(self.callers_box, 2)
        self.callers.setMinimumWidth(220)
        layout = QVBoxLayout(self)
        add_all(layout, form, target_box, (lower, 1), self.general_error, buttons)
        if campaign_id is not None:
            self.load()

    # ----------------------------------------------------------------- filling
    def _fill_queries(self) -> None:
        self.query.clear()
        self.query.addItem(self.tr("— choisir une recherche enregistrée —"), "")
        try:
            saved = saved_queries.list_saved_queries(self._db, self._actor)
        except UserError:
            saved = []
        for s in saved:
            self.query.addItem(s.name, s.name)
            self.query.setItemData(
                self.query.count() - 1, self._describe(s.query), Qt.ItemDataRole.ToolTipRole
            )

    def _describe(self, query) -> str:
        parts = []
        if query.text:
            parts.append(self.tr("texte « {text} »").format(text=query.text))
        if query.senior_only:
            parts.append(self.tr("plus de 70 ans"))
        if query.arrears_only:
            parts.append(self.tr("avec impayé"))
        if query.agency_id is not None:
            names = {a.id: a.code for a in agencies.list_agencies(self._db)}
            parts.append(self.tr("agence {code}").format(code=names.get(query.agency_id, "?")))
        return ", ".join(parts) or self.tr("tous les dossiers")

    def _fill_agencies(self) -> None:
        self.agency.clear()
        if not self._actor.agency_scoped:
            self.agency.addItem(self.tr("Toutes les agences"), None)
        for text, agency_id in agency_choices(self._db, self._actor):
            self.agency.addItem(text, agency_id)

    def _fill_callers(self, checked: set[int] | None = None) -> None:
        try:
            candidates = campaigns.caller_candidates(self._db, self._actor)
        except UserError as exc:
            candidates = []
            self.callers.setToolTip(translate_message(exc.message))
        fill_callers(self.callers, candidates, checked or set())

    def load(self) -> None:
        try:
            self.view = v = campaigns.get_campaign(self._db, self._actor, self.campaign_id)
        except UserError as exc:
            self.show_errors({}, translate_message(exc.message))
            self.save_button.setEnabled(False)
            return
        self.setWindowTitle(self.tr("Campagne « {name} »").format(name=v.name))
        self.name.setText(v.name)
        self.purpose.setPlainText(v.purpose)
        i = self.query.findData(v.query_name)
        if i < 0:  # the saved search was deleted since: keep its name
            self.query.addItem(v.query_name, v.query_name)
            i = self.query.count() - 1
        self.query.setCurrentIndex(i)
        self.agency.setCurrentIndex(max(0, self.agency.findData(v.agency_id)))
        self.min_age.setValue(v.min_age)
        self.isolated_only.setChecked(v.isolated_only)
        self.disability_only.setChecked(v.disability_only)
        self.start_on.setText(format_date_fr(v.start_on))
        self.planned_end_on.setText(format_date_fr(v.planned_end_on))
        self.script_editor.set_script(v.script)
        # Callers change with « Appelants… » once the campaign exists.
        self.callers_box.hide()
        running = v.status != CampaignStatus.DRAFT
        for w in (
            self.query,
            self.agency,
            self.min_age,
            self.isolated_only,
            self.disability_only,
            self.start_on,
        ):
            w.setEnabled(not running)
        self.script_editor.set_editable(not running)
        if v.status in (CampaignStatus.ENDED, CampaignStatus.PURGED):
            self.save_button.setEnabled(False)

    # ----------------------------------------------------------------- saving
    def terms(self) -> tuple[CampaignTerms | None, dict[str, str]]:
        errors: dict[str, str] = {}
        start = parse_date_field(self.start_on.text(), "start_on", errors)
        end = parse_date_field(self.planned_end_on.text(), "planned_end_on", errors)
        if errors:
            return None, errors
        return CampaignTerms(
            name=self.name.text(),
            query_name=self.query.currentData() or "",
            start_on=start,
            planned_end_on=end,
            purpose=self.purpose.toPlainText(),
            agency_id=self.agency.currentData(),
            min_age=self.min_age.value(),
            isolated_only=self.isolated_only.isChecked(),
            disability_only=self.disability_only.isChecked(),
            script=self.script_editor.script(),
        ), {}

    def save(self) -> bool:
        terms, errors = self.terms()
        if errors:
            self.show_errors(errors, self.tr("Corrigez les champs signalés en rouge."))
            return False
        if self.campaign_id is not None:
            return self._save_and_close(
                lambda: campaigns.update_campaign(
                    self._db, self._actor, self.campaign_id, terms, self.view.version
                ),
                self.campaign_id,
            )
        callers = checked_ids(self.callers)
        result = self.call_service(
            lambda: campaigns.create_campaign(self._db, self._actor, terms, callers)
        )
        if result is None:
            return False
        self.campaign_id = result
        self.saved.emit(result)
        self.accept()
        return True


class _CampaignDialog(QDialog):
    """A dialog on one saved campaign, read as it opens (``self.view``)."""

    def __init__(self, db: Database, actor: Actor, campaign_id: int, name: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self._db = db
        self._actor = actor
        self.campaign_id = campaign_id
        self.view = campaigns.get_campaign(db, actor, campaign_id)


class CallersDialog(ServiceForm, _CampaignDialog):
    """The callers of a campaign; the targets of the callers removed (and with
    « répartir à nouveau » the targets not called yet) are handed out again."""

    saved = Signal(object)  # campaigns.AssignResult

    def __init__(self, db: Database, actor: Actor, campaign_id: int, parent=None):
        super().__init__(db, actor, campaign_id, "callersDialog", parent)
        self.rows: dict[str, FieldRow] = {}
        self.setWindowTitle(self.tr("Appelants de la campagne"))
        self.resize(520, 460)
        self.callers = QListWidget(self)
        self._row("callers", self.callers)
        loads = {
            c.user_id: self.tr("{count}, dont {open} en cours").format(
                count=translate_message(counts.targets_counted(c.targets)), open=c.open_targets
            )
            for c in self.view.callers
            if c.targets
        }
        try:
            candidates = list(campaigns.caller_candidates(db, actor))
        except UserError:
            candidates = []
        known = {c.user_id for c in candidates}
        # Callers no longer eligible (account disabled...) stay listed to be removed.
        for c in self.view.callers:
            if c.user_id not in known and c.active:
                candidates.append(
                    campaigns.CallerCandidate(
                        c.user_id, c.username, c.full_name, c.agency_id, "", None
                    )
                )
        fill_callers(
            self.callers, candidates, {c.user_id for c in self.view.callers if c.active}, loads
        )
        self.rebalance = QCheckBox(
            self.tr("Répartir à nouveau les fiches pas encore appelées entre tous les appelants"),
            self,
        )
        self.rebalance.setObjectName("callersRebalance")
        self.rebalance.setEnabled(self.view.status == CampaignStatus.RUNNING)
        self._make_general_error(self, "callersError")
        buttons = self._save_cancel(self.tr("Enregistrer"), "callersSave")
        layout = QVBoxLayout(self)
        add_all(
            layout,
            QLabel(
                self.tr("<b>{name}</b> — cochez les comptes qui appellent.").format(
                    name=html.escape(self.view.name)
                ),
                self,
            ),
            (self.rows["callers"], 1),
            self.rebalance,
            self.general_error,
            buttons,
        )

    def save(self) -> bool:
        ids = checked_ids(self.callers)
        return self._save_and_close(
            lambda: campaigns.assign_callers(
                self._db,
                self._actor,
                self.campaign_id,
                ids,
                rebalance=self.rebalance.isChecked(),
                expected_version=self.view.version,
            )
        )


class PurgeDialog(_CampaignDialog):
    """What the purge of an ended campaign erases (the preview), the mode, then the
    purge after a last confirmation."""

    purged = Signal(object)  # campaigns.PurgeResult

    def __init__(self, db: Database, actor: Actor, campaign_id: int, parent=None):
        super().__init__(db, actor, campaign_id, "purgeDialog", parent)
        self.setWindowTitle(self.tr("Purge des notes de la campagne"))
        self.resize(620, 470)
        self.preview = p = campaigns.purge_preview(db, actor, campaign_id)
        self.summary = QLabel(self)
        self.summary.setObjectName("purgeSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        due = (
            self.tr("l'échéance de conservation est atteinte : la purge est due.")
            if p.overdue
            else self.tr("la purge peut être faite dès maintenant, la crise étant terminée.")
        )
        self.summary.setText(
            self.tr("<b>{name}</b> — {status}<br>{reason}<br>En l'état, {due}").format(
                name=html.escape(p.name),
                status=label(p.status),
                reason=translate_message(p.reason),
                due=due,
            )
        )
        self.details = QLabel(self)
        self.details.setObjectName("purgeDetails")
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setText(
            self.tr(
                "<ul><li>{targets}, dont {contacts} avec nom, téléphone ou lien vers le dossier "
                "locataire</li><li>{calls} : {notes}, {answers}</li><li>{referrals}, dont "
                "{texts} avec un motif ou une suite rédigés</li></ul>"
            ).format(
                targets=translate_message(counts.call_sheets_counted(p.targets)),
                contacts=p.contacts,
                calls=translate_message(counts.calls_counted(p.calls)),
                notes=translate_message(
                    counted(
                        p.notes,
                        QT_TRANSLATE_NOOP("messages", "{n} note libre"),
                        QT_TRANSLATE_NOOP("messages", "{n} notes libres"),
                        QT_TRANSLATE_NOOP("messages", "aucune note libre"),
                    )
                ),
                answers=translate_message(
                    counted(
                        p.answers,
                        QT_TRANSLATE_NOOP("messages", "{n} série de réponses au script"),
                        QT_TRANSLATE_NOOP("messages", "{n} séries de réponses au script"),
                        QT_TRANSLATE_NOOP("messages", "aucune réponse au script"),
                    )
                ),
                referrals=translate_message(counts.referrals_counted(p.referrals)),
                texts=p.referral_texts,
            )
        )
        self.modes = QButtonGroup(self)
        mode_box = QGroupBox(self.tr("Mode"), self)
        mode_layout = QVBoxLayout(mode_box)
        self.mode_buttons: dict[PurgeMode, QRadioButton] = {}
        for mode in PurgeMode:
            button = QRadioButton(label(mode), mode_box)
            button.setObjectName(f"purgeMode_{mode.value}")
            self.modes.addButton(button)
            mode_layout.addWidget(button)
            self.mode_buttons[mode] = button
        self.mode_buttons[PurgeMode.ANONYMISE].setChecked(True)
        kept = QLabel(
            self.tr(
                "Les chiffres de la campagne (appelés, joints, sécurisés, orientations, par "
                "appelant et par agence) sont figés avant la purge et restent consultables."
            ),
            self,
        )
        kept.setWordWrap(True)
        self.error = message_label(self, "purgeError")
        self.purge_button = push_button(self.tr("Purger…"), self, "purgeButton")
        self.purge_button.setEnabled(p.status == CampaignStatus.ENDED)
        close = QPushButton(self.tr("Fermer"), self)
        buttons = QHBoxLayout()
        add_all(buttons, 1, close, self.purge_button)
        layout = QVBoxLayout(self)
        add_all(
            layout,
            self.summary,
            QLabel(self.tr("<b>Seront effacés :</b>"), self),
            self.details,
            mode_box,
            kept,
            self.error,
            1,
            buttons,
        )
        self.purge_button.clicked.connect(self.purge)
        close.clicked.connect(self.reject)

    def mode(self) -> PurgeMode:
        return next(m for m, b in self.mode_buttons.items() if b.isChecked())

    def purge(self) -> bool:
        mode = self.mode()
        if not confirmed(
            self,
            self.tr("Purger les notes"),
            self.tr(
                "Purger les données personnelles de la campagne « {name} » ({mode}) ? "
                "{notes}, {calls} et {referrals} sont concernés. Cette opération est définitive."
            ).format(
                name=self.preview.name,
                mode=label(mode),
                notes=translate_message(counts.notes_counted(self.preview.notes)),
                calls=translate_message(counts.calls_counted(self.preview.calls)),
                referrals=translate_message(counts.referrals_counted(self.preview.referrals)),
            ),
            self.tr("Purger définitivement"),
            self.tr("Annuler"),
            icon=QMessageBox.Icon.Warning,
            role=QMessageBox.ButtonRole.DestructiveRole,
        ):
            return False
        try:
            result = campaigns.purge_campaign_notes(
                self._db, self._actor, self.campaign_id, mode, expected_version=self.view.version
            )
        except (ConflictError, UserError) as exc:
            self.error.setText(translate_message(exc.message))
            self.error.show()
            return False
        self.purged.emit(result)
        self.accept()
        return True
