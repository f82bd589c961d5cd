"""The local crisis protocols signed with the tenant associations (issue 13): choose or
start a protocol, edit its text (until an association has signed), record who signed
for each association and when, see who signed, and produce the registered document
(in the background: the PDF conversion takes a few seconds)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ConflictError, UserError
from desktop.domain.formatting import format_date_fr, utc_to_local
from desktop.domain.roles import Permission
from desktop.services import crisis_protocols as cp
from desktop.services.context import Actor
from desktop.storage.db import Database
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import ERROR_STYLE, add_all, fit_to_screen, line_edit, push_button
from desktop.ui.widgets.form import label
from desktop.ui.widgets.messages import error_text
from desktop.ui.widgets.tables import empty_text, rows_table, set_rows


class CrisisProtocolDialog(QDialog):
    """A protocol's fields, its associations' signatures and its documents."""

    produced = Signal(object)  # the ProtocolDocument

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        from desktop.documents.library import get_template

        self.setObjectName("crisisProtocolDialog")
        self._db = db
        self._actor = actor
        self.view: cp.ProtocolView | None = None
        self.last_document: cp.ProtocolDocument | None = None
        self.task = None
        self.setWindowTitle(self.tr("Protocole local de crise"))
        fit_to_screen(self, 760, 720)
        can_write = actor.can(Permission.TENANT_WRITE)

        self.protocols = QComboBox(self)
        self.protocols.setObjectName("crisisProtocols")
        self.protocols.setAccessibleName(self.tr("Protocole"))
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Protocole :"), self))
        choose.addWidget(self.protocols, 1)

        self.editors: dict[str, QWidget] = {}
        form = QFormLayout()
        try:
            fields = get_template(cp.TEMPLATE).fields
        except UserError as exc:
            fields = ()
            form.addRow(QLabel(translate_message(exc.message), self))
        for f in fields:
            if f.kind == "texte_long":
                editor: QWidget = QPlainTextEdit(self)
                editor.setMaximumHeight(90)
            else:
                editor = line_edit(self, "", self.tr("jj/mm/aaaa") if f.kind == "date" else "")
            editor.setObjectName(f"crisis_{f.name}")
            editor.setAccessibleName(f.label)
            if f.help:
                editor.setToolTip(f.help)
            self.editors[f.name] = editor
            form.addRow(f.label + (" *" if f.required else ""), editor)
        self.save_button = push_button(self.tr("Enregistrer le protocole"), self, "crisisSave")
        self.save_button.setEnabled(can_write)
        text_box = QGroupBox(self.tr("Texte du protocole"), self)
        text_layout = QVBoxLayout(text_box)
        self.locked_label = label(
            self,
            self.tr(
                "Le protocole est signé : son texte et ses associations ne peuvent plus "
                "changer (créez un nouveau protocole ou un avenant)."
            ),
            "crisisLocked",
        )
        self.locked_label.hide()
        add_all(text_layout, form, self.locked_label, self.save_button)

        # Who signed for each association, and when.
        self.signatures = rows_table(
            self,
            "crisisSignatures",
            [
                self.tr("Association"),
                self.tr("Signataire"),
                self.tr("Qualité"),
                self.tr("Signé le"),
                self.tr("Enregistré par"),
            ],
        )
        self.signatures.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.signatures.horizontalHeader().setStretchLastSection(True)
        self.signatures.setMinimumHeight(130)
        empty_text(self.signatures, self.tr("Aucune signature enregistrée pour ce protocole."))
        self.sign_association = QComboBox(self)
        self.sign_association.setObjectName("crisisSignAssociation")
        self.sign_name = line_edit(self, "crisisSignName", self.tr("Mme Prénom NOM"))
        self.sign_role = line_edit(self, "crisisSignRole", self.tr("présidente, secrétaire…"))
        self.sign_date = line_edit(self, "crisisSignDate", self.tr("jj/mm/aaaa"))
        self.sign_button = push_button(self.tr("Enregistrer la signature"), self, "crisisSign")
        sign_form = QFormLayout()
        sign_form.addRow(self.tr("Association *"), self.sign_association)
        sign_form.addRow(self.tr("Nom du signataire *"), self.sign_name)
        sign_form.addRow(self.tr("Qualité"), self.sign_role)
        sign_form.addRow(self.tr("Date de signature *"), self.sign_date)
        self.sign_box = QGroupBox(self.tr("Signatures des associations"), self)
        sign_layout = QVBoxLayout(self.sign_box)
        add_all(sign_layout, self.signatures, sign_form, self.sign_button)
        self.documents_label = label(self, name="crisisDocuments")
        self.documents_label.setTextInteractionFlags(
            self.documents_label.textInteractionFlags()
            | self.documents_label.textInteractionFlags().TextSelectableByMouse
        )
        sign_layout.addWidget(self.documents_label)

        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.addWidget(text_box)
        inner.addWidget(self.sign_box)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)

        self.message = label(self, name="crisisMessage")
        self.produce_button = push_button(
            self.tr("Produire le document"),
            self,
            "crisisProduce",
            tooltip=self.tr(
                "Le protocole avec les signatures enregistrées, en PDF, enregistré au "
                "registre des documents"
            ),
        )
        close = QPushButton(self.tr("Fermer"), self)
        row = QHBoxLayout()
        add_all(row, 1, self.produce_button, close)
        layout = QVBoxLayout(self)
        add_all(layout, choose, (scroll, 1), self.message, row)

        self.save_button.clicked.connect(self.save)
        self.sign_button.clicked.connect(self.record_signature)
        self.produce_button.clicked.connect(self.produce)
        close.clicked.connect(self.close)
        self.reload_list()
        self.protocols.currentIndexChanged.connect(self._chosen)
        self._chosen()

    # ------------------------------------------------------------------ loading

    def reload_list(self, select_id: int | None = None) -> None:
        self.protocols.blockSignals(True)
        self.protocols.clear()
        self.protocols.addItem(self.tr("Nouveau protocole"), None)
        try:
            summaries = cp.list_protocols(self._db, self._actor)
        except UserError as exc:
            summaries = []
            self._error(error_text(exc))
        for s in summaries:
            self.protocols.addItem(
                self.tr("{title} ({period}) · signatures : {signed}/{count}").format(
                    title=s.title, period=s.period, signed=s.signed, count=s.associations
                ),
                s.id,
            )
        index = self.protocols.findData(select_id) if select_id is not None else -1
        self.protocols.setCurrentIndex(index if index >= 0 else (1 if summaries else 0))
        self.protocols.blockSignals(False)

    def _chosen(self, *_args) -> None:
        protocol_id = self.protocols.currentData()
        self.view = None
        if protocol_id is not None:
            try:
                self.view = cp.get_protocol(self._db, self._actor, protocol_id)
            except UserError as exc:
                self._error(error_text(exc))
        self.show_view()

    def show_view(self) -> None:
        view = self.view
        values = view.fields if view is not None else cp.default_fields()
        for name, editor in self.editors.items():
            text = values.get(name, "")
            if isinstance(editor, QPlainTextEdit):
                editor.setPlainText(text)
            else:
                editor.setText(text)
                editor.setCursorPosition(0)  # the start of a long title shows
        can_write = self._actor.can(Permission.TENANT_WRITE)
        locked = view is not None and bool(view.signed)
        for editor in self.editors.values():
            editor.setEnabled(can_write and not locked)
        self.save_button.setEnabled(can_write and not locked)
        self.locked_label.setVisible(locked)
        associations = view.associations if view is not None else ()
        set_rows(
            self.signatures,
            [
                (
                    a.name,
                    a.signatory or self.tr("(pas encore signé)"),
                    a.signatory_role,
                    format_date_fr(a.signed_on) if a.signed_on else "",
                    self.tr("{user} le {date}").format(
                        user=a.recorded_by, date=format_date_fr(utc_to_local(a.recorded_at).date())
                    )
                    if a.recorded_at
                    else "",
                )
                for a in associations
            ],
        )
        self.sign_association.clear()
        for a in associations:
            self.sign_association.addItem(a.name, a.id)
        self.sign_box.setEnabled(view is not None)
        for w in (self.sign_association, self.sign_name, self.sign_role, self.sign_date):
            w.setEnabled(can_write)
        self.sign_button.setEnabled(can_write and view is not None)
        self.produce_button.setEnabled(can_write and view is not None)
        if view is not None and view.documents:
            last = view.documents[-1]
            self.documents_label.setText(
                self.tr("Dernier document : {reference} ({count}) · {path}").format(
                    reference=last.reference,
                    count=translate_message(cp.signatures_counted(last.signatures)),
                    path=str(last.main_path),
                )
            )
        else:
            self.documents_label.setText(self.tr("Aucun document produit pour ce protocole."))

    # ------------------------------------------------------------------ actions

    def _error(self, text: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)

    def _info(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)

    def values(self) -> dict[str, str]:
        return {
            name: (e.toPlainText() if isinstance(e, QPlainTextEdit) else e.text())
            for name, e in self.editors.items()
        }

    def _conflict(self, exc: ConflictError) -> None:
        from desktop.ui.widgets.messages import offer_reload_on_conflict

        self._error(error_text(exc))
        offer_reload_on_conflict(self, exc.message, self.tr("Recharger le protocole"), self._chosen)

    def _write(self, call) -> cp.ProtocolView | None:
        """The protocol as ``call()`` saved it, or None with the conflict or the refusal
        shown."""
        try:
            return call()
        except ConflictError as exc:
            self._conflict(exc)
        except UserError as exc:
            self._error(error_text(exc))
        return None

    def save(self) -> bool:
        """Create the protocol, or change the chosen one."""
        if self.view is None:
            view = self._write(lambda: cp.create_protocol(self._db, self._actor, self.values()))
        else:
            view = self._write(
                lambda: cp.update_protocol(
                    self._db, self._actor, self.view.id, self.values(), self.view.version
                )
            )
        if view is None:
            return False
        self.reload_list(view.id)
        self.view = view
        self.show_view()
        self._info(self.tr("Protocole enregistré : {title}").format(title=view.title))
        return True

    def record_signature(self) -> bool:
        if self.view is None or self.sign_association.currentData() is None:
            return False
        view = self._write(
            lambda: cp.record_signature(
                self._db,
                self._actor,
                self.view.id,
                self.sign_association.currentData(),
                self.sign_name.text(),
                self.sign_date.text(),
                self.view.version,
                signatory_role=self.sign_role.text(),
            )
        )
        if view is None:
            return False
        name = self.sign_association.currentText()
        self.reload_list(view.id)
        self.view = view
        self.show_view()
        for w in (self.sign_name, self.sign_role, self.sign_date):
            w.clear()
        self._info(self.tr("Signature de l'association {name} enregistrée.").format(name=name))
        return True

    def produce(self) -> bool:
        """Make and register the document, in the background; False when nothing started."""
        from desktop.ui.doc_worker import start_task

        if self.view is None or (self.task is not None and self.task.thread.isRunning()):
            return False
        self.produce_button.setEnabled(False)
        self._info(self.tr("Production du document en cours…"))
        db, actor, protocol_id = self._db, self._actor, self.view.id
        self.task = start_task(
            lambda: cp.produce_document(db, actor, protocol_id), self, self._produced, self._failed
        )
        return True

    def _produced(self, document: cp.ProtocolDocument) -> None:
        self.last_document = document
        self.produce_button.setEnabled(True)
        self._chosen()
        text = self.tr("Document {reference} enregistré : {path}").format(
            reference=document.reference, path=str(document.main_path)
        )
        if document.notice is not None:
            text += "\n" + translate_message(document.notice)
        self._info(text)
        self.produced.emit(document)

    def _failed(self, exc: BaseException) -> None:
        self.produce_button.setEnabled(True)
        self._error(error_text(exc))

    def closeEvent(self, event) -> None:
        if self.task is not None and self.task.thread.isRunning():
            self.task.wait(120_000)
        super().closeEvent(event)
