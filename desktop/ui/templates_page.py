"""The template library page (*Modèles de courriers*): list, description, free
fields, preview for a tenant, editing in the word processor, check, field reference;
and the main window's *Courriers* menu."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QWidget,
)

from desktop.documents import context, library
from desktop.domain.errors import UserError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.services import documents
from desktop.services.context import Actor
from desktop.services.context import today as clock_today
from desktop.storage.db import Database
from desktop.ui.i18n import translate, translate_message
from desktop.ui.letter_dialog import (
    open_path,
    write_preview_docx,
)
from desktop.ui.widgets import FlowLayout, add_all, open_rows, page_layout, push_button, split, vbox
from desktop.ui.widgets.messages import error_text


def field_reference_html() -> str:
    """The fields and filters a template may use (generated from the code)."""
    sample = context.build_context(
        context.sample_tenant(),
        profile=_profile_or_none(),
        letter=context.LetterInfo(
            "BXN-2026-7KQ3M9",
            dt.date(2026, 11, 23),
            "Votre demande",
            False,
            handled_by="Claire Moreau",
        ),
        agency_name="Agence Bordeaux Nord",
    )
    flat = context.flatten(sample)
    rows = []
    for path, help_text in context.FIELD_HELP.items():
        example = flat.get(path, "")
        if isinstance(example, context.ImageRef) or path.endswith(("logo", "signature")):
            example = translate("TemplatesPage", "(image)")
        elif isinstance(example, list):
            example = ", ".join(str(v) for v in example[:3] if not isinstance(v, dict))
        rows.append(
            f"<tr><td><code>{{{{ {html.escape(path)} }}}}</code></td>"
            f"<td>{html.escape(translate_message(Message(help_text)))}</td>"
            f"<td>{html.escape(str(example) if example is not None else '')}</td></tr>"
        )
    filters = "".join(
        f"<tr><td><code>|{html.escape(name)}</code></td>"
        f"<td>{html.escape(translate_message(Message(text)))}</td></tr>"
        for name, text in context.FILTER_HELP.items()
    )
    return (
        "<h3>" + translate("TemplatesPage", "Champs") + "</h3><table cellpadding='3'>"
        "<tr><th align='left'>"
        + translate("TemplatesPage", "Balise")
        + "</th><th align='left'>"
        + translate("TemplatesPage", "Contenu")
        + "</th><th align='left'>"
        + translate("TemplatesPage", "Exemple")
        + "</th></tr>"
        + "".join(rows)
        + "</table>"
        "<h3>"
        + translate("TemplatesPage", "Filtres")
        + "</h3><table cellpadding='3'>"
        + filters
        + "</table>"
        "<h3>"
        + translate("TemplatesPage", "Syntaxe")
        + "</h3><p>"
        + html.escape(
            translate(
                "TemplatesPage",
                "Une balise tient dans un seul paragraphe. Pour un paragraphe conditionnel ou "
                "répété, écrivez « {%p if lettre.recommandee %} » et « {%p endif %} », chacune "
                "seule dans son paragraphe. Exemple de montant : {{ champs.montant_du|euros }} "
                "({{ champs.montant_du|en_lettres }}).",
            )
        )
        + "</p>"
    )


def _profile_or_none(db: Database | None = None):
    from desktop.documents.profile import OrganisationProfile, load_profile
    from desktop.services import organisation

    try:
        return organisation.load_profile(db) if db is not None else load_profile()
    except UserError:
        return OrganisationProfile(name="")


class TemplatesPage(QWidget):
    def __init__(self, db: Database, actor: Actor, window=None):
        super().__init__(window)
        self.setObjectName("templatesPage")
        self._db = db
        self._actor = actor
        self._window = window
        self.list = QListWidget(self)
        self.list.setObjectName("templateList")
        self.list.setMinimumWidth(320)
        self.list.setWordWrap(True)
        # Each template is two lines (title, domain · version): alternate shades and
        # a little space tell one template from the next.
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.details = QTextBrowser(self)
        self.details.setObjectName("templateDetails")
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("templatePreview")
        self.preview_tenant = push_button(
            self.tr("Aperçu pour le dossier sélectionné"), self, "previewSelected"
        )
        self.preview_sample = push_button(
            self.tr("Aperçu (locataire fictif)"), self, "previewSample"
        )
        self.edit = push_button(
            self.tr("Modifier dans le traitement de texte"), self, "editTemplate"
        )
        self.check = push_button(self.tr("Vérifier le modèle"), self, "checkTemplate")
        self.reference = push_button(self.tr("Référence des champs"), self, "fieldReference")
        self.preview_pdf = push_button(
            self.tr("Aperçu PDF"),
            self,
            "previewPdf",
            tooltip=self.tr(
                "Le courrier de l'aperçu, converti en PDF et affiché tel qu'il sera imprimé"
            ),
        )
        self.batch = push_button(self.tr("Publipostage…"), self, "batchFromTemplate")
        buttons = FlowLayout()
        add_all(
            buttons,
            self.preview_tenant,
            self.preview_sample,
            self.preview_pdf,
            self.edit,
            self.check,
            self.reference,
            self.batch,
            1,
        )
        right = QWidget(self)
        vbox(
            right,
            (self.details, 2),
            buttons,
            QLabel(self.tr("<b>Aperçu</b>"), right),
            (self.preview, 3),
        )
        splitter = split(self, self.list, right, sizes=[300, 900])
        page_layout(self, self.tr("<h2>Modèles de courriers</h2>"), (splitter, 1))
        self.list.currentRowChanged.connect(self._show)
        # a double click or Enter on a template shows its preview letter
        open_rows(self.list, self.open_current)
        self.preview_tenant.clicked.connect(lambda: self.show_preview(self._selected_tenant()))
        self.preview_sample.clicked.connect(lambda: self.show_preview(None))
        self.preview_pdf.clicked.connect(self.show_pdf_preview)
        self.pdf_task = None
        self.edit.clicked.connect(self.edit_template)
        self.check.clicked.connect(self.check_template)
        self.reference.clicked.connect(lambda: self.details.setHtml(field_reference_html()))
        self.batch.clicked.connect(self.open_batch)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        try:
            self.templates = library.list_templates()
        except UserError as exc:
            self.templates = []
            self.details.setPlainText(translate_message(exc.message))
        for t in self.templates:
            item = QListWidgetItem(f"{t.title}\n{t.area} · v{t.version}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, t.name)
        if self.templates:
            self.list.setCurrentRow(0)

    def current(self) -> library.LetterTemplate | None:
        row = self.list.currentRow()
        return self.templates[row] if 0 <= row < len(self.templates) else None

    def _show(self, *_args) -> None:
        t = self.current()
        if t is None:
            return
        required = ", " + self.tr("obligatoire")
        fields = (
            "".join(
                f"<li><code>champs.{html.escape(f.name)}</code> — {html.escape(f.label)} "
                f"({html.escape(f.kind)}{required if f.required else ''})</li>"
                for f in t.fields
            )
            or "<li>" + self.tr("aucun") + "</li>"
        )
        needs = ", ".join(html.escape(n) for n in t.needs) or self.tr("aucune")
        registered = self.tr("oui") if t.registered_mail else self.tr("non")
        area, version, recommended = (
            self.tr("Domaine"),
            self.tr("Version"),
            self.tr("Recommandé AR"),
        )
        used, to_fill = self.tr("Données du dossier utilisées"), self.tr("Champs à remplir")
        self.details.setHtml(
            f"<h3>{html.escape(t.title)}</h3><p>{html.escape(t.description)}</p>"
            f"<p><b>{area}</b> : {html.escape(t.area)} · <b>{version}</b> : "
            f"{html.escape(t.version)} · <b>{recommended}</b> : {registered}</p>"
            f"<p><b>{used}</b> : {needs}</p>"
            f"<p><b>{to_fill}</b></p><ul>{fields}</ul>"
            f"<p><small>{html.escape(str(t.docx))}</small></p>"
        )
        self.preview.clear()

    def open_current(self) -> bool:
        """The selected template opened: its letter previewed (the tenant selected in the
        list, else the sample tenant)."""
        return self.show_preview(self._selected_tenant())

    def _selected_tenant(self) -> int | None:
        page = getattr(self._window, "tenant_page", None)
        return page.current_id() if page is not None else None

    def show_preview(self, household_id: int | None) -> bool:
        t = self.current()
        if t is None:
            return False
        try:
            defaults = documents.free_field_defaults(self._db, self._actor, t.name, household_id)
            result = documents.preview_letter(
                self._db,
                self._actor,
                household_id,
                documents.LetterOptions(t.name, fields=defaults, pdf=False),
            )
        except UserError as exc:
            self.preview.setPlainText(translate_message(exc.message))
            return False
        self.preview.setPlainText("\n".join(result.paragraphs))
        self.last_preview_docx = result.docx
        return True

    def show_pdf_preview(self) -> bool:
        """The preview letter (the selected tenant's, else the sample tenant's) as a PDF
        in the viewer; converted in the background. False when nothing was started."""
        from desktop.ui.doc_worker import Task

        if self.pdf_task is not None and self.pdf_task.thread.isRunning():
            return False
        if getattr(self, "last_preview_docx", None) is None and not self.show_preview(
            self._selected_tenant()
        ):
            return False
        docx = write_preview_docx(self.last_preview_docx)
        self.preview_pdf.setEnabled(False)
        self.preview.setPlainText(self.tr("Conversion de l'aperçu en PDF…"))

        def convert(progress, cancelled):
            from desktop.documents import convert as converter

            made = {}
            converter.convert_many(
                [docx],
                docx.parent / "pdf",
                lambda doc, pdf, error: made.update(pdf=pdf, error=error),
            )
            if made.get("pdf") is None:
                raise UserError(
                    made.get("error")
                    or Message(QT_TRANSLATE_NOOP("messages", "Conversion en PDF impossible."))
                )
            return made["pdf"]

        self.pdf_task = Task(convert, self)
        self.pdf_task.succeeded.connect(self._pdf_ready)
        self.pdf_task.failed.connect(self._pdf_failed)
        self.pdf_task.start()
        return True

    def _pdf_ready(self, pdf) -> None:
        from desktop.ui.pdf_viewer import show_pdf

        self.preview_pdf.setEnabled(True)
        self.preview.setPlainText(self.tr("Aperçu PDF : {path}").format(path=pdf))
        show_pdf(pdf, self, self.tr("Aperçu du modèle"))

    def _pdf_failed(self, exc: BaseException) -> None:
        self.preview_pdf.setEnabled(True)
        self.preview.setPlainText(error_text(exc))

    def edit_template(self) -> None:
        t = self.current()
        if t is not None:
            open_path(t.docx)

    def check_template(self) -> list[str]:
        from desktop.documents import engine

        t = self.current()
        if t is None:
            return []
        ctx = context.build_context(
            context.sample_tenant(),
            profile=_profile_or_none(self._db),
            letter=context.LetterInfo("BXN-2026-APERCU", clock_today(), t.subject, False),
            agency_name="Agence",
        )
        ctx["champs"] = {f.name: "" for f in t.fields}
        try:
            t = library.load_template(t.docx)  # re-read: it may just have been edited
            problems = [translate_message(m) for m in engine.check_template(t, ctx)]
        except UserError as exc:
            problems = [translate_message(exc.message)]
        if problems:
            self.preview.setPlainText("\n\n".join(problems))
        else:
            self.preview.setPlainText(
                self.tr("Le modèle « {name} » est correct.").format(name=t.title)
            )
        return problems

    def open_batch(self) -> None:
        t = self.current()
        install = getattr(self._window, "open_batch", None)
        if install is not None:
            install(t.name if t else None)

    def open_preview_in_word_processor(self) -> None:
        data = getattr(self, "last_preview_docx", None)
        if data:
            open_path(write_preview_docx(data))
