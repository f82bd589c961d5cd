"""The notice screen's *Courrier* menu: the letters that fit the notice, made off the GUI
thread, registered, then shown (a part of :class:`desktop.ui.notice_dialog.NoticeDialog`)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QMenu

from desktop.services import notice_letters
from desktop.ui.widgets import ERROR_STYLE, push_button
from desktop.ui.widgets.messages import error_text, m


class NoticeLetters:
    """Mixed into the notice dialog, which provides ``view``, ``letter_row``, ``can_write``,
    ``household_id``, ``changed``, ``_db`` and ``_actor``."""

    def _build_letters(self) -> None:
        """The *Courrier* menu: the letters that fit the notice, made in one click."""
        if not hasattr(self, "letter_button"):
            self.letter_button = push_button(
                self.tr("Courrier"),
                self,
                "noticeLetterButton",
                tooltip=self.tr(
                    "Produire un courrier de congé à partir de son modèle (enregistré au "
                    "registre des courriers et dans la chronologie du dossier)"
                ),
            )
            self.letter_menu = QMenu(self.letter_button)
            self.letter_button.setMenu(self.letter_menu)
            self.letter_pdf = QCheckBox(self.tr("PDF"), self)
            self.letter_pdf.setObjectName("noticeLetterPdf")
            self.letter_pdf.setChecked(True)
            self.letter_status = QLabel(self)
            self.letter_status.setObjectName("noticeLetterStatus")
            self.letter_open = push_button(self.tr("Ouvrir le courrier"), self, "noticeLetterOpen")
            self.letter_open.hide()
            self.letter_open.clicked.connect(self.open_letter)
            for widget in (
                self.letter_button,
                self.letter_pdf,
                self.letter_status,
                self.letter_open,
            ):
                self.letter_row.addWidget(widget)
            self.letter_task = None
            self.last_document = None
        self.letter_menu.clear()
        self.letter_actions: dict[str, object] = {}
        v = self.view
        names = notice_letters.available_letters(v) if v is not None else []
        for name in names:
            action = self.letter_menu.addAction(m(notice_letters.LETTER_LABELS[name]))
            action.setObjectName(f"letter_{name}")
            action.triggered.connect(lambda _checked=False, n=name: self.produce_letter(n))
            self.letter_actions[name] = action
        self.letter_button.setEnabled(bool(names) and self.can_write)

    def produce_letter(self, template_name: str) -> None:
        """Make the letter from the notice's dates, off the GUI thread (PDF conversion)."""
        from desktop.ui.doc_worker import start_task

        v = self.view
        # Busy until its result is handled here (the worker's thread may still be
        # winding down when it arrives).
        if v is None or getattr(self, "letter_busy", False):
            return
        self.letter_busy = True
        self.letter_button.setEnabled(False)
        self.letter_open.hide()
        self.letter_status.setStyleSheet("")
        self.letter_status.setText(self.tr("Production du courrier en cours…"))
        db, actor, notice_id, pdf = self._db, self._actor, v.id, self.letter_pdf.isChecked()
        self.letter_task = start_task(
            lambda: notice_letters.produce_notice_letter(
                db, actor, notice_id, template_name, pdf=pdf
            ),
            self,
            self._letter_done,
            self._letter_failed,
        )

    def _letter_done(self, document) -> None:
        self.letter_busy = False
        self.last_document = document
        self.letter_button.setEnabled(True)
        self.letter_status.setText(
            self.tr("Courrier {reference} enregistré.").format(reference=document.reference)
        )
        self.letter_status.setToolTip(str(document.main_path))
        self.letter_open.show()
        self.changed.emit(self.household_id)  # the timeline shows the letter
        if document.pdf_path is not None:  # end on the preview
            from desktop.ui.pdf_viewer import show_pdf

            show_pdf(document.pdf_path, self)

    def _letter_failed(self, exc: BaseException) -> None:
        self.letter_busy = False
        self.letter_button.setEnabled(True)
        self.letter_status.setStyleSheet(ERROR_STYLE)
        self.letter_status.setText(error_text(exc))

    def open_letter(self) -> None:
        if self.last_document is not None:
            from desktop.ui.letter_dialog import open_path

            open_path(self.last_document.main_path)

    def wait_for_letter(self) -> None:
        """Let a letter being made finish before the dialog goes (its result is handled here)."""
        task = getattr(self, "letter_task", None)
        if task is not None and task.thread.isRunning():
            task.wait()
