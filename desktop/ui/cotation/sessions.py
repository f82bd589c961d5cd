"""The *Séances* tab: the candidates' scores of a session, the register import,
convocations, the minutes-review notice, the declaration of allocations, and how
each proposal would move the attribution targets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.cotation import format_points
from desktop.domain.errors import UserError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Forms, is_singular
from desktop.services import attribution, caleol, convocations, cotation, sne
from desktop.services.context import Actor, today
from desktop.storage.db import Database
from desktop.ui.caleol.widgets import fill_sessions, session_bar
from desktop.ui.cotation.common import (
    WARN,
    _add_row,
    _error,
    _export,
    _table,
    _text,
)
from desktop.ui.cotation.dialogs import (
    RefusalDialog,
    SendingResultDialog,
    SneImportDialog,
)
from desktop.ui.doc_worker import Task
from desktop.ui.i18n import translate, translate_message
from desktop.ui.widgets import FlowLayout, add_all, progress_dialog, push_button
from desktop.ui.widgets.form import label

# What a sending's result says of the messages sent, by the sending's kind.
_convocations_sent = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} convocation envoyée par courriel"),
    QT_TRANSLATE_NOOP("messages", "{n} convocations envoyées par courriel"),
    QT_TRANSLATE_NOOP("messages", "aucune convocation envoyée par courriel"),
)
_members_told = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} membre prévenu"),
    QT_TRANSLATE_NOOP("messages", "{n} membres prévenus"),
    QT_TRANSLATE_NOOP("messages", "aucun membre prévenu"),
)

# --------------------------------------------------------------------------- sessions tab


class SessionsTab(QWidget):
    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.db, self.actor = db, actor
        #: where the SMTP settings come from (the organisation profile)
        self.smtp_settings = lambda: convocations.smtp_settings(db=db)
        layout = QVBoxLayout(self)
        top, self.session_combo, self.refresh_button = session_bar(
            self,
            self.tr("Séance :"),
            "cotationSession",
            self.tr("Actualiser"),
            self.reload_sessions,
            self.show_session,
        )
        layout.addLayout(top)
        actions = FlowLayout()  # wraps on a laptop screen
        self.score_button = push_button(self.tr("Calculer les cotations"), self, "scoreSession")
        self.sne_button = push_button(
            self.tr("Importer un export du registre (SNE)…"), self, "sneImportButton"
        )
        self.convene_button = push_button(self.tr("Convoquer les membres"), self, "conveneButton")
        self.review_button = push_button(
            self.tr("Prévenir : PV à relire"), self, "reviewNoticeButton"
        )
        self.declare_button = push_button(
            self.tr("Déclarer les attributions au registre…"), self, "sneExportButton"
        )
        self.statement_button = push_button(
            self.tr("Fiche de cotation du demandeur"), self, "statementButton"
        )
        self.refusal_button = push_button(
            self.tr("Refus d'un logement adapté…"),
            self,
            "refusalButton",
            tooltip=self.tr(
                "Qualifier le refus d'un logement proposé au demandeur : adapté ou non, "
                "motif légitime ou non (la grille du PPGD dit ce que le refus retire)."
            ),
        )
        managing = (
            self.score_button,
            self.sne_button,
            self.convene_button,
            self.review_button,
            self.declare_button,
        )
        add_all(actions, *managing, self.statement_button, self.refusal_button)
        layout.addLayout(actions)
        self.scores = _table(
            self,
            "scoresTable",
            [
                self.tr("Logement"),
                self.tr("N° unique"),
                self.tr("Candidat"),
                self.tr("Cotation"),
                self.tr("Grille"),
                self.tr("Registre"),
                self.tr("Alerte"),
            ],
        )
        layout.addWidget(self.scores, 3)
        self.detail = QPlainTextEdit(self)
        self.detail.setObjectName("scoreDetail")
        self.detail.setReadOnly(True)
        self.detail.setMaximumHeight(140)
        self.detail.setPlaceholderText(
            self.tr("Choisissez un candidat : le détail de sa cotation s'affiche ici.")
        )
        # on a laptop the list keeps most of the height, the detail a share of it
        layout.addWidget(self.detail, 1)
        layout.addWidget(
            QLabel(self.tr("Effet des propositions sur les objectifs d'attribution :"), self)
        )
        self.effects = QListWidget(self)
        self.effects.setObjectName("targetEffects")
        # each proposal's effects wrapped on the list's width: no sideways scrolling
        # to read them on a laptop
        self.effects.setWordWrap(True)
        self.effects.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.effects.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.effects, 1)
        self.status = label(self, name="cotationStatus")
        layout.addWidget(self.status)
        self._views: list[cotation.ScoreView] = []
        self.refusal_dialog: RefusalDialog | None = None
        self.task: Task | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.result_dialog: SendingResultDialog | None = None
        self.sending_results: list[convocations.MessageResult] | None = None
        self.sending_cancelled = False
        self._sending_kind = ""
        self.score_button.clicked.connect(self.score)
        self.sne_button.clicked.connect(self.import_sne)
        self.convene_button.clicked.connect(self.convene)
        self.review_button.clicked.connect(self.notify_review)
        self.declare_button.clicked.connect(self.declare)
        self.scores.itemSelectionChanged.connect(self._show_detail)
        self.statement_button.clicked.connect(self.show_statement)
        self.refusal_button.clicked.connect(self.open_refusals)
        can_manage = actor.can(caleol.MANAGE)
        for b in (*managing, self.refusal_button):
            b.setEnabled(can_manage)
        self.reload_sessions()

    def session_id(self) -> int | None:
        return self.session_combo.currentData()

    def reload_sessions(self) -> None:
        try:
            rows = caleol.list_sessions(self.db, self.actor)
        except UserError as exc:
            self.status.setText(_text(exc.message))
            rows = []
        fill_sessions(self.session_combo, rows)
        self.show_session()

    def select_session(self, session_id: int) -> None:
        self.session_combo.setCurrentIndex(self.session_combo.findData(session_id))

    def show_session(self) -> None:
        sid = self.session_id()
        self.scores.setRowCount(0)
        self.effects.clear()
        self.detail.clear()
        if sid is None:
            return
        try:
            views = cotation.session_scores(self.db, self.actor, sid)
            view = caleol.get_session(self.db, self.actor, sid)
            effects = attribution.session_effects(self.db, self.actor, sid)
        except UserError as exc:
            self.status.setText(_text(exc.message))
            return
        self._views = []
        for item in view.items:
            for c in item.candidates:
                v = views.get(c.id)
                if v is None:
                    continue
                self._views.append(v)
                cells = _add_row(
                    self.scores,
                    [
                        item.reference,
                        v.numero_unique,
                        v.name,
                        v.total_text,
                        v.grid_label,
                        "" if v.register_score is None else format_points(v.register_score),
                        v.warning,
                    ],
                    right=(3, 5),
                )
                if v.warning:
                    cells[6].setForeground(QBrush(WARN))
        for e in effects:
            warnings = e.warnings
            moved = [x.message() for x in e.effects]
            if not moved:
                continue
            text = f"{e.candidate} ({e.dwelling}) : " + " ".join(
                translate_message(m) for m in moved
            )
            it = QListWidgetItem(("⚠ " if warnings else "") + text)
            if warnings:
                it.setForeground(QBrush(WARN))
            self.effects.addItem(it)

    def _show_detail(self) -> None:
        rows = self.scores.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._views):
            self.detail.clear()
            return
        v = self._views[rows[0].row()]
        lines = cotation.score_lines_text(v, translate) + [f"! {m}" for m in v.missing]
        if v.warning:
            lines.append(v.warning)
        self.detail.setPlainText("\n".join(lines))

    def open_refusals(self) -> RefusalDialog | None:
        """The applicant's refusals of an adapted dwelling (recorded, to record)."""
        rows = self.scores.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._views):
            self.status.setText(self.tr("Choisissez d'abord un candidat dans le tableau."))
            return None
        v = self._views[rows[0].row()]
        try:
            refused = cotation.offer_refused(self.db, self.actor, v.candidate_id)
        except UserError as exc:
            _error(self, exc)
            return None
        dialog = RefusalDialog(self.db, self.actor, v, refused, self)
        dialog.changed.connect(self.show_session)
        self.refusal_dialog = dialog
        dialog.open()
        return dialog

    def show_statement(self) -> None:
        """The applicant's statement (criteria, weights, score, position), to hand him."""
        rows = self.scores.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._views):
            return
        try:
            statement = cotation.applicant_statement(
                self.db, self.actor, self._views[rows[0].row()].candidate_id
            )
        except UserError as exc:
            _error(self, exc)
            return
        self.detail.setPlainText("\n".join(statement.text(translate)))

    def score(self) -> None:
        sid = self.session_id()
        if sid is None:
            return
        try:
            views = cotation.score_session(self.db, self.actor, sid)
        except UserError as exc:
            _error(self, exc)
            return
        self.status.setText(
            (
                self.tr("{count} candidat coté.")
                if is_singular(len(views))
                else self.tr("{count} candidats cotés.")
            ).format(count=len(views))
        )
        self.show_session()

    def import_sne(self, path: str | None = None) -> None:
        sid = self.session_id()
        if sid is None:
            return
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Export du registre national"),
                "",
                self.tr("Fichiers CSV ou Excel (*.csv *.txt *.xlsx)"),
            )
        if not path:
            return
        try:
            dialog = SneImportDialog(self.db, self.actor, sid, path, self)
        except UserError as exc:
            _error(self, exc)
            return
        self.sne_dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.status.setText(self.tr("Import du registre terminé."))
            self.show_session()

    # ----------------------------------------------------------------- e-mails
    @property
    def sending(self) -> bool:
        """E-mails are being produced or sent (in the background)."""
        return self.task is not None and self.task.thread.isRunning()

    def convene(self) -> None:
        """Produce, register and e-mail the convocations, off the GUI thread, with a
        progress dialog that can cancel; the result per member at the end."""
        sid = self.session_id()
        if sid is None or self.sending:
            return
        send, settings = True, None
        try:
            settings = self.smtp_settings()
        except UserError as exc:
            answer = QMessageBox.question(
                self,
                self.tr("Convocations"),
                _text(exc.message)
                + "\n\n"
                + self.tr("Produire et enregistrer les convocations sans les envoyer ?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            send = False
        db, actor = self.db, self.actor

        def work(progress, cancelled):
            from desktop.documents.html import HtmlRenderer

            with HtmlRenderer() as renderer:  # WeasyPrint out of the GUI process
                return convocations.convene(
                    db,
                    actor,
                    sid,
                    send=send,
                    settings=settings,
                    renderer=renderer,
                    progress=lambda f, t: progress((f, t)),
                    cancelled=cancelled,
                )

        self._start_sending(self.tr("Convocations"), work, convocations.KIND_CONVOCATION)

    def notify_review(self) -> None:
        """Tell the reviewing members that the minutes await them (same channel)."""
        sid = self.session_id()
        if sid is None or self.sending:
            return
        try:
            settings = self.smtp_settings()
        except UserError as exc:
            _error(self, exc)
            return
        db, actor = self.db, self.actor

        def work(progress, cancelled):
            return convocations.notify_minutes_review(
                db,
                actor,
                sid,
                settings=settings,
                progress=lambda f, t: progress((f, t)),
                cancelled=cancelled,
            )

        self._start_sending(self.tr("Procès-verbal à relire"), work, convocations.KIND_MINUTES)

    def _start_sending(self, title: str, work, kind: str) -> None:
        self.sending_results = None
        self.sending_cancelled = False
        self._sending_kind = kind
        self.progress_dialog = progress_dialog(
            self,
            self.tr("Préparation…"),
            self.tr("Annuler"),
            title,
            "sendingProgress",
            self.cancel_sending,
        )
        self.task = Task(work, self)
        self.task.progressed.connect(self._sending_progress)
        self.task.succeeded.connect(self._sending_done)
        self.task.failed.connect(self._sending_failed)
        self.task.thread.finished.connect(self._sending_ended)
        for b in (self.convene_button, self.review_button):
            b.setEnabled(False)
        self.status.setText(self.tr("Envoi en cours…"))
        self.task.start()

    def cancel_sending(self) -> None:
        """The progress dialog's "Annuler": the message being sent ends, the others
        are not sent (each recorded as such)."""
        if self.task is None or self.sending_cancelled or self.progress_dialog is None:
            return
        self.sending_cancelled = True
        self.task.cancel()
        self._close_progress()
        self.status.setText(
            self.tr(
                "Annulation demandée : le courriel en cours se termine, les autres ne partent pas."
            )
        )

    def _sending_progress(self, value) -> None:
        fraction, message = value
        dialog = self.progress_dialog
        if dialog is not None and not self.sending_cancelled:
            dialog.setLabelText(_text(message) + "…")
            dialog.setValue(int(fraction * 1000))

    def _close_progress(self) -> None:
        dialog, self.progress_dialog = self.progress_dialog, None
        if dialog is not None:  # (closing emits ``canceled``: the dialog is forgotten first)
            dialog.close()
            dialog.deleteLater()

    def _sending_ended(self) -> None:
        can_manage = self.actor.can(caleol.MANAGE)
        for b in (self.convene_button, self.review_button):
            b.setEnabled(can_manage)

    def _sending_failed(self, exc: BaseException) -> None:
        self._close_progress()
        if isinstance(exc, UserError):
            text = _text(exc.message)
        else:
            text = self.tr("Erreur inattendue pendant l'envoi : {error}").format(error=exc)
        self.status.setText(text)
        if not isinstance(exc, convocations.SendingCancelled):
            QMessageBox.warning(self, self.tr("Envoi des courriels"), text)

    def _sending_done(self, results) -> None:
        self._close_progress()
        self.sending_results = results
        counts = {
            s: sum(1 for r in results if r.status == s)
            for s in (
                convocations.SENT,
                convocations.NO_EMAIL,
                convocations.FAILED,
                convocations.CANCELLED,
            )
        }
        sent = counts[convocations.SENT]
        failed = translate_message(convocations.failures_counted(counts[convocations.FAILED]))
        if self._sending_kind == convocations.KIND_CONVOCATION:
            text = self.tr("{sent}, {hand} à remettre, {failed}.").format(
                sent=translate_message(_convocations_sent(sent)),
                hand=counts[convocations.NO_EMAIL],
                failed=failed,
            )
        else:
            text = self.tr("{sent} que le procès-verbal attend sa relecture, {failed}.").format(
                sent=translate_message(_members_told(sent)), failed=failed
            )
        if counts[convocations.CANCELLED]:
            cancelled = counts[convocations.CANCELLED]
            text += " " + (
                self.tr("Envoi annulé : {count} courriel non envoyé.")
                if is_singular(cancelled)
                else self.tr("Envoi annulé : {count} courriels non envoyés.")
            ).format(count=cancelled)
        failures = [f"{r.member_name} : {r.error}" for r in results if r.error]
        self.status.setText(text + ("\n" + "\n".join(failures) if failures else ""))
        self.result_dialog = SendingResultDialog(text, results, self)
        self.result_dialog.open()

    def wait_sending(self, ms: int = 120_000) -> bool:
        """Wait for the background sending and deliver its result (tests, scripts)."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer

        deadline = QDeadlineTimer(ms)
        while self.sending and not deadline.hasExpired():
            QCoreApplication.processEvents()
            self.task.thread.wait(10)
        QCoreApplication.processEvents()
        return not self.sending

    def declare(self, path: str | None = None) -> None:
        done = _export(
            self,
            path,
            self.tr("Attributions à déclarer au registre"),
            f"attributions-sne-{today():%Y%m%d}.csv",
            self.tr("CSV (*.csv);;Excel (*.xlsx)"),
            lambda p: sne.export_allocations(self.db, self.actor, p),
        )
        if done is not None:
            path, count = done
            self.status.setText(
                self.tr("{count} : {path}").format(
                    count=translate_message(sne.exported_counted(count)), path=path
                )
            )
