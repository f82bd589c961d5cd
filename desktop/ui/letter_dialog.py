"""A letter to one tenant: template, free fields, preview, DOCX/PDF, signature.

Also the pieces the batch dialog and the library page share: the free-field form,
the signing certificate kept in memory for the session, PDF signature checking, and
opening a file in the system's application.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop import config
from desktop.documents import convert, library
from desktop.documents.context import join_fr
from desktop.documents.files import remove_tree, written_within
from desktop.domain.errors import UserError, ValidationError
from desktop.domain.formatting import format_date_fr, format_money_fr
from desktop.services import documents
from desktop.services.context import Actor
from desktop.storage.db import Database
from desktop.ui.doc_worker import Task
from desktop.ui.i18n import translate, translate_message
from desktop.ui.letter_hooks import per_holder_box
from desktop.ui.widgets import (
    ERROR_STYLE,
    WARNING_STYLE,
    add_all,
    fit_to_screen,
    flow,
    line_edit,
    message_label,
    push_button,
    remember_split,
    save_cancel,
    scrolled,
    split,
    vbox,
)
from desktop.ui.widgets.form import label
from desktop.ui.widgets.messages import error_text


def open_path(path: Path) -> bool:
    """Open a file with the system's application (word processor, PDF viewer)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


# --------------------------------------------------------------------------- signing key


class SigningSession:
    """The agency certificate, loaded once per session; the password is not kept."""

    def __init__(self):
        self.key = None

    def ensure(self, parent: QWidget) -> object | None:
        if self.key is None:
            dialog = SigningKeyDialog(parent, shared_certificate(parent))
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.key = dialog.key
        return self.key


SIGNING = SigningSession()


def shared_certificate(widget: QWidget | None):
    """The organisation's signing certificate (*Administration > Paramètres*) of the
    base the main window has open, or ``None``."""
    db = getattr(widget.window(), "db", None) if widget is not None else None
    if db is None:
        return None
    from desktop.services import organisation

    return organisation.signing_certificate(db)


class SigningKeyDialog(QDialog):
    def __init__(self, parent=None, shared=None):
        super().__init__(parent)
        self.key = None
        self.setWindowTitle(self.tr("Certificat de signature"))
        from desktop.documents import signing

        # this workstation's own choice first, else the organisation's
        current = signing.configured_certificate() or shared
        self.path = QLineEdit(str(current) if current else "", self)
        self.path.setObjectName("certificatePath")
        browse = QPushButton(self.tr("Parcourir…"), self)
        browse.clicked.connect(self._browse)
        self.password = line_edit(self, "certificatePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(
            self.tr("Retenir l'emplacement du certificat sur ce poste (jamais le mot de passe)"),
            self,
        )
        self.remember.setChecked(True)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(
            QLabel(
                self.tr(
                    "Le mot de passe n'est pas enregistré : il vous sera "
                    "redemandé au prochain démarrage."
                ),
                self,
            )
        )
        form.addRow(self.tr("Fichier PKCS#12 (.p12, .pfx)"), row)
        form.addRow(self.tr("Mot de passe"), self.password)
        form.addRow(self.remember)
        form.addRow(self.error)
        buttons = save_cancel(self, self.load, ok=True)
        form.addRow(buttons)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Certificat"), self.path.text(), self.tr("Certificats (*.p12 *.pfx)")
        )
        if name:
            self.path.setText(name)

    def load(self) -> None:
        from desktop.documents import signing

        try:
            self.key = signing.load_signing_key(self.path.text().strip(), self.password.text())
        except UserError as exc:
            self.error.setText(translate_message(exc.message))
            return
        finally:
            self.password.clear()
        if self.remember.isChecked():
            settings = config.load_settings()
            settings["signing_certificate"] = self.path.text().strip()
            config.save_settings(settings)
        self.accept()


def verify_pdf_dialog(parent: QWidget, path: str | None = None) -> str | None:
    """Ask for a PDF, check its signature, show the verdict; returns the verdict."""
    from desktop.documents import signing

    if not path:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            translate("LetterDialog", "Vérifier un PDF signé"),
            "",
            translate("LetterDialog", "PDF (*.pdf)"),
        )
    if not path:
        return None
    report = signing.verify_pdf(path)
    text = translate_message(report.summary())
    icon = QMessageBox.Icon.Information if report.ok else QMessageBox.Icon.Warning
    box = QMessageBox(icon, translate("LetterDialog", "Signature du PDF"), text, parent=parent)
    box.setObjectName("verifyBox")
    box.open()
    return text


# --------------------------------------------------------------------------- free fields


LABEL_CHARS = 28  # the free fields' label column, in average characters


class _LongText(QPlainTextEdit):
    """A free field's long text: six lines or so, more when the form has the room (Qt's
    hint, 192 px, pushed the publipostage's last rows out of sight on a laptop)."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setMinimumHeight(110)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())


class FreeFieldsForm(QWidget):
    """One input per free field of a template, with its error under it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

    def set_template(
        self, template: library.LetterTemplate | None, defaults: dict[str, str], batch: bool = False
    ) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors.clear()
        self.errors.clear()
        if template is None:
            return
        for f in template.fields:
            if f.kind == "texte_long":
                editor = _LongText(self)
                editor.setPlainText(defaults.get(f.name, ""))
            else:
                placeholder = {
                    "date": self.tr("jj/mm/aaaa"),
                    "montant": self.tr("ex. 1 234,56"),
                    "entier": self.tr("nombre"),
                }.get(f.kind, "")
                if batch and f.default.startswith("="):
                    placeholder = self.tr("vide : la valeur de chaque dossier")
                editor = line_edit(self, f"field_{f.name}", placeholder)
                editor.setText(defaults.get(f.name, ""))
            editor.setObjectName(f"field_{f.name}")
            if f.help:
                editor.setToolTip(f.help)
            error = QLabel(self)
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(editor)
            box.addWidget(error)
            holder = QWidget(self)
            holder.setLayout(box)
            box.setContentsMargins(0, 0, 0, 0)
            label = QLabel(f.label + (" *" if f.required else ""), self)
            # A template's long label ("Rang (logement proposé après le refus des
            # candidats placés avant lui)") wraps instead of pushing every input to the
            # right of the form.
            cap = label.fontMetrics().averageCharWidth() * LABEL_CHARS
            if label.sizeHint().width() > cap:
                label.setWordWrap(True)
                label.setFixedWidth(cap)
                label.setMinimumHeight(label.heightForWidth(cap))
            self.form.addRow(label, holder)
            self.editors[f.name] = editor
            self.errors[f.name] = error

    def values(self) -> dict[str, str]:
        out = {}
        for name, editor in self.editors.items():
            out[name] = (
                editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()
            )
        return out

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, line in self.errors.items():
            if name in errors:
                line.setText(errors[name])
                line.show()
            else:
                line.hide()


class LetterOptionsBox(QGroupBox):
    """Template, subject, free fields and output options: shared by both dialogs."""

    templateChanged = Signal()

    def __init__(
        self,
        db: Database,
        actor: Actor,
        household_id: int | None,
        parent=None,
        template_name: str | None = None,
    ):
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._household_id = household_id
        self.template = QComboBox(self)
        self.template.setObjectName("templateCombo")
        self.templates = library.list_templates()
        for t in self.templates:
            self.template.addItem(f"{t.title} ({t.area})", t.name)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setStyleSheet("color: #555;")
        self.subject = line_edit(self, "subject")
        self.registered = QCheckBox(self.tr("Lettre recommandée avec avis de réception"), self)
        self.registered.setObjectName("registeredMail")
        self.registered_number = line_edit(
            self, "registeredNumber", self.tr("n° du recommandé (facultatif)")
        )
        self.signatory = QComboBox(self)
        self.signatory.setObjectName("signatory")
        # as wide as their row, not as their longest choice: the form fits beside the
        # recipients of a publipostage on a laptop
        for combo in (self.template, self.signatory):
            combo.setMinimumContentsLength(24)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        try:
            from desktop.services import organisation

            for s in organisation.load_profile(db).signatories:
                self.signatory.addItem(f"{s.name} — {s.title}", s.key)
        except UserError:
            pass
        # A plan letter written from the tenant file: which plan it is about (its
        # figures fill the fields, as on the plan screen: ``plan_letters.letter_fields``).
        self.plan = QComboBox(self)
        self.plan.setObjectName("letterPlan")
        self.plan_label = QLabel(self.tr("Plan d'apurement"), self)
        # The reminder or the breach notice to each holder apart (as on the plan screen):
        # ticked when the letter goes registered.
        self.per_holder = per_holder_box(self)
        self.registered.toggled.connect(self._default_per_holder)
        # Why it is ticked: a holder who no longer lives in the dwelling.
        self.per_holder_why = label(self, name="letterPerHolderWhy")
        self.per_holder_why.setStyleSheet(WARNING_STYLE)
        self.fields = FreeFieldsForm(self)
        self.pdf = QCheckBox(self.tr("PDF prêt à imprimer"), self)
        self.pdf.setObjectName("makePdf")
        self.pdf.setChecked(True)
        self.sign = QCheckBox(self.tr("Signer électroniquement le PDF"), self)
        self.sign.setObjectName("signPdf")
        self.sign.toggled.connect(lambda on: on and self.pdf.setChecked(True))
        self.pdf.toggled.connect(lambda on: on or self.sign.setChecked(False))
        # No LibreOffice nor Word on this workstation: letters are made as DOCX only.
        self.no_converter = label(self, name="noConverterHint")
        self.no_converter.hide()
        if not documents.pdf_available():
            hint = translate_message(convert.no_converter_hint())
            self.sign.setChecked(False)
            self.pdf.setChecked(False)
            for box in (self.pdf, self.sign):
                box.setEnabled(False)
                box.setToolTip(hint)
            self.no_converter.setText(hint)
            self.no_converter.show()
        self.general_error = message_label(self, "letterError")
        # the number beside the box, or under it in a narrow form (the publipostage on
        # a laptop), never so narrow that its example is cut
        registered = flow(QWidget(self), self.registered, self.registered_number)
        form = QFormLayout(self)
        form.addRow(self.tr("Modèle"), self.template)
        form.addRow("", self.description)
        form.addRow(self.tr("Objet"), self.subject)
        form.addRow("", registered)
        form.addRow(self.tr("Signataire"), self.signatory)
        form.addRow(self.plan_label, self.plan)
        form.addRow("", self.per_holder)
        form.addRow("", self.per_holder_why)
        form.addRow(self.fields)
        outputs = QHBoxLayout()
        add_all(outputs, self.pdf, self.sign, 1)
        form.addRow(outputs)
        form.addRow(self.no_converter)
        form.addRow(self.general_error)
        self._fill_plans()
        self.holders = self._holders()
        self.elsewhere = self._elsewhere()
        self.template.currentIndexChanged.connect(self._template_changed)
        self.plan.currentIndexChanged.connect(self._template_changed)
        if template_name:
            self.template.setCurrentIndex(max(self.template.findData(template_name), 0))
        self._template_changed()

    def current_template(self) -> library.LetterTemplate | None:
        name = self.template.currentData()
        return next((t for t in self.templates if t.name == name), None)

    def _fill_plans(self) -> None:
        """The tenant's payment plans, the one in force first (none in a batch)."""
        from desktop.services import plan_letters

        self.plan.clear()
        if self._household_id is None:
            return
        try:
            found = plan_letters.plans_for_letters(self._db, self._actor, self._household_id)
        except UserError:  # no right to read plans: the letter is written by hand
            found = []
        for p in found:
            self.plan.addItem(
                self.tr("{type} — {status} — {debt}, depuis le {start}").format(
                    type=QCoreApplication.translate("messages", p.plan_type.label),
                    status=QCoreApplication.translate("messages", p.status.label),
                    debt=format_money_fr(p.debt),
                    start=format_date_fr(p.start_on),
                ),
                p.id,
            )

    def _holders(self) -> int:
        from desktop.services import plan_letters

        if self._household_id is None or not self.plan.count():
            return 0
        try:
            return plan_letters.holders_count(self._db, self._actor, self._household_id)
        except UserError:
            return 0

    def _elsewhere(self) -> list[str]:
        """The holders who no longer live in the dwelling (a correspondence address)."""
        from desktop.services import plan_letters

        if self._household_id is None or not self.holders:
            return []
        try:
            return plan_letters.holders_elsewhere(self._db, self._actor, self._household_id)
        except UserError:
            return []

    def _default_per_holder(self) -> None:
        """Ticked for a registered letter, or when a holder lives elsewhere: each one's
        own letter goes where he lives, a letter to them all to the dwelling."""
        self.per_holder.setChecked(self.registered.isChecked() or bool(self.elsewhere))
        self.per_holder_why.setVisible(self.per_holder_offered() and bool(self.elsewhere))
        if len(self.elsewhere) == 1:
            why = self.tr(
                "{name} n'habite plus le logement : son propre courrier part à son adresse "
                "de correspondance ; un courrier commun partirait au logement."
            )
        else:
            why = self.tr(
                "{name} n'habitent plus le logement : leurs propres courriers partent à "
                "leur adresse de correspondance ; un courrier commun partirait au logement."
            )
        self.per_holder_why.setText(why.format(name=join_fr(self.elsewhere)))

    def per_holder_offered(self) -> bool:
        """A plan's reminder or breach notice to a lease of several holders."""
        from desktop.services import plan_letters

        name = self.template.currentData()
        return (
            self.plan_id() is not None
            and name in plan_letters.PER_HOLDER_LETTERS
            and self.holders > 1
        )

    def per_holder_wanted(self) -> bool:
        return self.per_holder_offered() and self.per_holder.isChecked()

    def plan_id(self) -> int | None:
        """The plan the letter is about: a plan letter of a tenant with a plan only."""
        from desktop.services import plan_letters

        if self.template.currentData() in plan_letters.PLAN_LETTERS and self.plan.count():
            return self.plan.currentData()
        return None

    def _defaults(self, template_name: str) -> dict[str, str]:
        """The fields' first values: the plan's figures for a plan letter (the same as
        the plan screen's letter), else the template's defaults for this tenant."""
        from desktop.services import plan_letters

        plan_id = self.plan_id()
        if plan_id is not None:
            try:
                return plan_letters.letter_fields(self._db, self._actor, plan_id, template_name)
            except UserError as exc:  # e.g. a reminder with nothing late: say why
                self.general_error.setText(translate_message(exc.message))
                self.general_error.show()
        try:
            return documents.free_field_defaults(
                self._db, self._actor, template_name, self._household_id
            )
        except UserError:
            return {}

    def _template_changed(self, *_args) -> None:
        t = self.current_template()
        defaults = {}
        self.general_error.hide()
        self.plan.setVisible(self.plan_id() is not None)
        self.plan_label.setVisible(self.plan_id() is not None)
        if t is not None:
            defaults = self._defaults(t.name)
            self.description.setText(t.description)
            self.subject.setText(t.subject)
            self.registered.setChecked(t.registered_mail)
        self.per_holder.setVisible(self.per_holder_offered())
        self._default_per_holder()
        self.fields.set_template(t, defaults, batch=self._household_id is None)
        self.templateChanged.emit()

    def options(self, signing_key=None) -> documents.LetterOptions:
        return documents.LetterOptions(
            template_name=self.template.currentData() or "",
            fields=self.fields.values(),
            subject=self.subject.text(),
            registered_mail=self.registered.isChecked(),
            registered_number=self.registered_number.text(),
            signatory=self.signatory.currentData(),
            pdf=self.pdf.isChecked(),
            signing_key=signing_key,
        )

    def options_to_produce(self, parent: QWidget) -> documents.LetterOptions | None:
        """The options of the letters about to be made, the errors shown cleared; with the
        signing key when they are to be signed, ``None`` if the user gave none."""
        self.clear_errors()
        key = None
        if self.sign.isChecked():
            key = SIGNING.ensure(parent)
            if key is None:
                return None
        return self.options(key)

    def show_error(self, exc: BaseException) -> None:
        """A refusal next to the free fields it names, the rest in the general line; any
        other error there too, as unexpected."""
        if isinstance(exc, ValidationError) and exc.fields:
            field_errors = {k: translate_message(m) for k, m in exc.fields.items()}
            self.fields.show_errors(field_errors)
            other = [v for k, v in field_errors.items() if k not in self.fields.editors]
            text = "\n".join(other) or translate_message(exc.message)
        else:
            self.fields.show_errors({})
            text = error_text(exc)
        self.general_error.setText(text)
        self.general_error.show()

    def clear_errors(self) -> None:
        self.fields.show_errors({})
        self.general_error.hide()


# --------------------------------------------------------------------------- letter dialog


class LetterDialog(QDialog):
    """``produced(document_id)`` after a letter is registered."""

    produced = Signal(int)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        household_id: int,
        parent=None,
        template_name: str | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("letterDialog")
        self.setWindowTitle(self.tr("Courrier au locataire"))
        fit_to_screen(self, 900, 720)
        self._db = db
        self._actor = actor
        self.household_id = household_id
        self.task: Task | None = None
        self.document: documents.DocumentView | None = None
        self.box = LetterOptionsBox(db, actor, household_id, self, template_name)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("letterPreview")
        self.status = label(self, name="letterStatus")
        self.preview_button = push_button(self.tr("Aperçu"), self, "previewButton")
        self.produce_button = push_button(
            self.tr("Produire le courrier"), self, "produceButton", default=True
        )
        self.open_button = push_button(
            self.tr("Ouvrir / imprimer"), self, "openDocument", enabled=False
        )
        close = QPushButton(self.tr("Fermer"), self)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        add_all(buttons, self.preview_button, 1, self.open_button, self.produce_button, close)
        # The options (a plan letter has a dozen fields) scroll above the preview, the
        # two split: the dialog fits a laptop screen (1,280 × 720 at 125 %).
        preview_pane = QWidget(self)
        vbox(
            preview_pane, QLabel(self.tr("<b>Aperçu du texte</b>"), preview_pane), (self.preview, 1)
        )
        self.splitter = split(self, (scrolled(self.box), 3), (preview_pane, 2), vertical=True)
        self.splitter.setObjectName("letterSplitter")
        self.splitter.setChildrenCollapsible(False)
        remember_split(self.splitter, "letter")  # (a plan letter's dozen fields: the form)
        layout = QVBoxLayout(self)
        add_all(layout, (self.splitter, 1), self.status, buttons)
        self.preview_button.clicked.connect(self.show_preview)
        self.produce_button.clicked.connect(self.produce)
        self.open_button.clicked.connect(self.open_document)
        self.box.templateChanged.connect(self.preview.clear)

    def show_preview(self) -> bool:
        self.box.clear_errors()
        try:
            apart = self.box.per_holder_wanted()
            preview = documents.preview_letter(
                self._db, self._actor, self.household_id, self.box.options(), per_holder=apart
            )
        except UserError as exc:
            self.box.show_error(exc)
            return False
        lines = list(preview.paragraphs)
        if apart and preview.holder:  # each holder gets his own: say whose this one is
            said = (
                self.tr(
                    "Aperçu du courrier à {name}, à son adresse de correspondance : chaque "
                    "titulaire reçoit le sien, à son nom."
                )
                if preview.holder_elsewhere
                else self.tr(
                    "Aperçu du courrier à {name} : chaque titulaire reçoit le sien, à son nom."
                )
            )
            lines[:0] = [said.format(name=preview.holder), ""]
        self.preview.setPlainText("\n".join(lines))
        return True

    def produce(self) -> None:
        options = self.box.options_to_produce(self)
        if options is None:
            return
        self.produce_button.setEnabled(False)
        self.status.setText(self.tr("Production du courrier en cours…"))
        db, actor, hid = self._db, self._actor, self.household_id
        plan_id, apart = self.box.plan_id(), self.box.per_holder_wanted()
        duplex = config.print_duplex()  # the PDF to print the holders' letters
        if plan_id is not None:  # as from the plan screen: its follow-up is closed too
            from desktop.services import plan_letters

            def work(progress, cancelled):
                return plan_letters.produce_plan_letter(
                    db,
                    actor,
                    plan_id,
                    options.template_name,
                    fields=options.fields,
                    options=options,
                    per_holder=apart,
                    duplex=duplex,
                )
        else:

            def work(progress, cancelled):
                return documents.produce_letter(db, actor, hid, options)

        self.task = Task(work, self)
        self.task.succeeded.connect(self._done)
        self.task.failed.connect(self._failed)
        self.task.start()

    def _done(self, result) -> None:
        """One letter (a ``DocumentView``) or one per holder (``HolderLetters``)."""
        views = getattr(result, "documents", [result])
        view = self.document = views[-1]
        self.produce_button.setEnabled(True)
        self.open_button.setEnabled(True)
        signed = self.tr(" (PDF signé)") if view.signed else ""
        if len(views) == 1:
            text = self.tr("Courrier {reference} enregistré{signed} : {path}").format(
                reference=view.reference, signed=signed, path=view.main_path
            )
        else:
            text = self.tr(
                "{count} courriers enregistrés{signed}, un par titulaire : {references}"
            ).format(
                count=len(views), signed=signed, references=", ".join(v.reference for v in views)
            )
        if view.notice is not None:
            text += " " + translate_message(view.notice)
        self.status.setText(text)
        for v in views:
            self.produced.emit(v.id)
        pdf = getattr(result, "print_pdf", None) or view.pdf_path
        if pdf is not None:  # end on the preview: read it before it leaves
            from desktop.ui.pdf_viewer import show_pdf

            show_pdf(pdf, self)

    def _failed(self, exc: BaseException) -> None:
        self.produce_button.setEnabled(True)
        self.status.clear()
        self.box.show_error(exc)

    def open_document(self) -> None:
        if self.document is not None:
            open_path(self.document.main_path)

    def closeEvent(self, event) -> None:
        if self.task is not None and self.task.thread.isRunning():
            self.task.wait()
        super().closeEvent(event)


def open_register_entry(parent: QWidget, db: Database, actor: Actor, reference: str) -> None:
    """Reopen (or reprint) a registered document from the timeline."""
    try:
        view = documents.find_by_reference(db, actor, reference)
        view = documents.open_for_reprint(db, actor, view.id)
    except UserError as exc:
        QMessageBox.warning(
            parent, translate("LetterDialog", "Document"), translate_message(exc.message)
        )
        return
    open_path(view.main_path)


PREVIEWS = "apercus"  # under the user's data folder
PREVIEW_KEPT = 24 * 3600  # seconds a preview is kept (Word may still have it open)


def write_preview_docx(data: bytes) -> Path:
    """The preview letter as a DOCX to open in Word or convert. A preview is a tenant's
    letter: it goes to the user's data folder, not the system's temporary folder that
    nothing empties on Windows, and the previews older than a day are removed first."""
    base = config.data_dir() / PREVIEWS
    sweep_previews(base)
    base.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="apercu-", dir=base))
    path = folder / "apercu.docx"
    path.write_bytes(data)
    return path


def sweep_previews(base: Path, kept: float = PREVIEW_KEPT) -> int:
    """Remove the preview folders in ``base`` last written more than ``kept`` seconds
    ago; the number removed (one still open in Word stays until a later sweep)."""
    return sum(
        remove_tree(folder) for folder in base.glob("apercu-*") if not written_within(folder, kept)
    )
