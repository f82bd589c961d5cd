"""The minutes (*procès-verbal*) of a CALEOL session: drafts and their versions, the
differences between two versions, the review by the members, the president's
signature that locks the session, and the extract for one applicant.

``MinutesPanel`` is the "Procès-verbal" tab of the session window (secretary);
``MemberReviewPanel`` is what a member of the commission sees on the CALEOL page: the
minutes he must review, to approve or comment in the application (and sign, for the
president). PDF production and signature run in a ``Task`` (the WeasyPrint worker
process is driven from that thread, never from the GUI thread).
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import config
from desktop.domain.errors import UserError
from desktop.domain.formatting import format_date_fr, format_datetime_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, counted, is_singular
from desktop.domain.minutes import MinutesStatus, ReviewVerdict
from desktop.domain.roles import Permission
from desktop.services import caleol
from desktop.services.caleol import SessionView
from desktop.services.caleol import minutes as pvs
from desktop.services.caleol.minutes import VersionView
from desktop.services.context import Actor
from desktop.storage.db import Database
from desktop.ui.caleol.widgets import (
    ERROR_STYLE,
    OK_STYLE,
    cell,
    label,
    m,
    message_label,
    ok_cancel,
    read_only_table,
    select_row_with,
    selected_data,
)
from desktop.ui.doc_worker import Task
from desktop.ui.letter_dialog import SIGNING
from desktop.ui.pdf_viewer import show_pdf
from desktop.ui.widgets import add_all, line_edit, open_dialog, push_button, split
from desktop.ui.widgets.messages import error_text, text_of
from desktop.ui.widgets.tables import set_rows

REVIEWABLE = (MinutesStatus.IN_REVIEW, MinutesStatus.APPROVED)


def version_pdf(v: VersionView) -> Path:
    """The PDF to open for a version: the signed one once signed."""
    return v.signature.pdf_path if v.signature is not None else v.pdf_path


def show_minutes(v: VersionView, parent: QWidget) -> None:
    """The in-app preview of a version (the signed PDF once signed), with "Ouvrir",
    "Imprimer…" and "Ouvrir le dossier"."""
    show_pdf(
        version_pdf(v),
        parent,
        QCoreApplication.translate("MinutesPanel", "Procès-verbal — version {number}").format(
            number=v.number
        ),
    )


def diff_html(lines: tuple[str, ...] | list[str]) -> str:
    """The unified diff as HTML: added lines green, removed lines red."""
    out = []
    for line in lines:
        text = html.escape(line)
        if line.startswith(("+++", "---")):
            out.append(f'<div style="color:#555;font-weight:bold">{text}</div>')
        elif line.startswith("@@"):
            out.append(f'<div style="color:#6a1b9a;background:#f3e5f5">{text}</div>')
        elif line.startswith("+"):
            out.append(f'<div style="color:#1b5e20;background:#e6f4ea">{text}</div>')
        elif line.startswith("-"):
            out.append(f'<div style="color:#b3261e;background:#fdecea">{text}</div>')
        else:
            out.append(f"<div>{text}</div>")
    return '<div style="font-family:monospace; white-space:pre-wrap">' + "".join(out) + "</div>"


class TaskRunner:
    """One background ``Task`` at a time, with a status label and an error label."""

    task: Task | None = None
    busy: bool = False
    status: QLabel
    error: QLabel

    def _start(self, fn, on_done, text: str) -> None:
        self.busy = True
        self.error.hide()
        self.status.setStyleSheet("")
        self.status.setText(text)
        self.status.show()
        self.task = Task(lambda progress, cancelled: fn(), self)
        self.task.succeeded.connect(on_done)
        self.task.failed.connect(self._task_failed)
        self.task.finished.connect(self._task_finished)
        self._buttons()
        self.task.start()

    def _task_failed(self, exc: BaseException) -> None:
        self.status.hide()
        self.error.setText(error_text(exc, with_message=True))
        self.error.show()

    def _task_finished(self) -> None:
        self.busy = False
        self._buttons()

    def wait_for_task(self) -> None:
        if self.task is not None and self.task.thread.isRunning():
            self.task.wait()

    def _ok(self, text: str) -> None:
        self.error.hide()
        self.status.setStyleSheet(OK_STYLE)
        self.status.setText(text)
        self.status.show()

    def _fail(self, exc: BaseException) -> None:
        self.status.hide()
        self._task_failed(exc)

    def _buttons(self) -> None:  # pragma: no cover - overridden
        pass


# --------------------------------------------------------------------------- dialogs


class _Signing(TaskRunner):
    """The panels where the president signs a version of the minutes."""

    db: Database
    actor: Actor

    def _sign_version(self, version_id: int) -> None:
        """Signs the version with the president's certificate (asked for if need be), in
        the background; ``self._signed(version)`` follows."""
        key = SIGNING.ensure(self)
        if key is None:
            return
        db, actor = self.db, self.actor
        self._start(
            lambda: pvs.sign(db, actor, version_id, key),
            self._signed,
            self.tr("Signature du procès-verbal en cours…"),
        )


class ReviewDialog(QDialog):
    """A member's answer on a version: approve, or ask for a change with a comment.

    The secretary records the answer a member sent (e-mail, letter); a member with an
    account linked to his seat answers for himself."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        version: VersionView,
        member_ids: list[int] | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.setObjectName("reviewDialog")
        self.setWindowTitle(
            self.tr("Réponse sur la version {number} du procès-verbal").format(
                number=version.number
            )
        )
        self.resize(560, 360)
        self.db = db
        self.actor = actor
        self.version = version
        self.saved = None
        answered = {r.member_id: r for r in version.reviews}
        self.member = QComboBox(self)
        self.member.setObjectName("reviewMember")
        minutes = version.minutes
        lines = sorted(minutes.members, key=lambda x: (not x.voting, not x.took_part))
        for line in lines:
            if member_ids is not None and line.id not in member_ids:
                continue
            if line.id is None:
                continue
            suffix = ""
            if line.id in answered:
                suffix = self.tr(" — a répondu : {verdict}").format(
                    verdict=m(answered[line.id].verdict.label)
                )
            elif not line.voting:
                suffix = self.tr(" — voix consultative")
            elif not line.took_part:
                suffix = self.tr(" — n'a pas participé")
            self.member.addItem(line.name + suffix, line.id)
        missing = [i for i, _n in version.approval.missing]
        first = next(
            (i for i in range(self.member.count()) if self.member.itemData(i) in missing), 0
        )
        self.member.setCurrentIndex(first)
        self.approve = QRadioButton(self.tr("Approuve le procès-verbal"), self)
        self.approve.setObjectName("verdictApprove")
        self.comment_choice = QRadioButton(self.tr("Demande une modification"), self)
        self.comment_choice.setObjectName("verdictComment")
        self.approve.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.approve)
        group.addButton(self.comment_choice)
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("reviewComment")
        self.comment.setPlaceholderText(self.tr("Modification demandée, remarque"))
        self.error = message_label(self, "reviewError")
        self.buttons, self.ok_button = ok_cancel(
            self, "reviewOk", self.tr("Enregistrer la réponse"), self.save
        )
        form = QFormLayout(self)
        if not actor.user_id or member_ids is None:
            form.addRow(
                QLabel(
                    self.tr(
                        "Réponse reçue du membre (courriel, courrier) : elle est "
                        "enregistrée à votre nom."
                    ),
                    self,
                )
            )
        form.addRow(self.tr("Membre"), self.member)
        form.addRow(self.approve)
        form.addRow(self.comment_choice)
        form.addRow(self.tr("Commentaire"), self.comment)
        form.addRow(self.error)
        form.addRow(self.buttons)

    def save(self) -> None:
        verdict = ReviewVerdict.APPROVE if self.approve.isChecked() else ReviewVerdict.COMMENT
        try:
            self.saved = pvs.review(
                self.db,
                self.actor,
                self.version.id,
                self.member.currentData(),
                verdict,
                self.comment.toPlainText(),
            )
        except UserError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.accept()


class ExtractDialog(QDialog):
    """Choose the applicant whose redacted extract of the minutes is wanted."""

    def __init__(self, version: VersionView, parent=None):
        super().__init__(parent)
        self.setObjectName("extractDialog")
        self.setWindowTitle(self.tr("Extrait du procès-verbal pour un candidat"))
        self.candidate = QComboBox(self)
        self.candidate.setObjectName("extractCandidate")
        minutes = version.minutes
        for d in minutes.dwellings:
            for c in d.candidates:
                self.candidate.addItem(
                    f"{c.numero_unique} — {c.display_name} ({d.reference})", c.numero_unique
                )
        buttons = ok_cancel(self, "extractOk", self.tr("Établir l'extrait…"))[0]
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Les données des autres candidats sont masquées."), self))
        form.addRow(self.tr("Candidat"), self.candidate)
        form.addRow(buttons)


# --------------------------------------------------------------------------- secretary panel


class MinutesPanel(_Signing, QWidget):
    """``changed()`` after a version is produced, sent, answered or signed."""

    changed = Signal()

    def __init__(self, db: Database, actor: Actor, session_id: int, parent=None):
        super().__init__(parent)
        self.setObjectName("minutesPanel")
        self.db = db
        self.actor = actor
        self.session_id = session_id
        self.session: SessionView | None = None
        self.versions: list[VersionView] = []
        self.dialog: QDialog | None = None
        self.last_extract: Path | None = None
        self.can_write = actor.can(Permission.CALEOL_MINUTES_WRITE)
        self.can_sign = actor.can(Permission.CALEOL_MINUTES_SIGN)
        self.can_answer = self.can_write or actor.can(Permission.CALEOL_MINUTES_APPROVE)
        #: who signs the minutes (the president or his substitute for the session)
        self.signatory: pvs.Signatory | None = None

        self.table = read_only_table(
            self,
            "minutesVersions",
            [
                self.tr("Version"),
                self.tr("État"),
                self.tr("Produite le"),
                self.tr("Par"),
                self.tr("Approbations"),
                self.tr("Note de modification"),
            ],
        )
        self.change_note = line_edit(
            self,
            "changeNote",
            self.tr(
                "Ce qui a changé depuis la version précédente (obligatoire à partir de la "
                "version 2)"
            ),
        )
        self.generate_button = push_button(self.tr("Produire le projet"), self, "generateDraft")
        self.open_button = push_button(self.tr("Ouvrir le PDF"), self, "openMinutesPdf")
        self.send_button = push_button(
            self.tr("Envoyer en relecture…"),
            self,
            "sendForReview",
            tooltip=self.tr(
                "Dépose un exemplaire du projet par membre à voix délibérative dans le dossier "
                "choisi, à leur envoyer."
            ),
        )
        self.review_button = push_button(self.tr("Enregistrer une réponse…"), self, "recordReview")
        self.sign_button = push_button(
            self.tr("Signer…"),
            self,
            "signMinutes",
            tooltip=self.tr(
                "Signature électronique du président (certificat PKCS#12) : la séance est "
                "ensuite verrouillée."
            ),
        )
        self.extract_button = push_button(
            self.tr("Extrait pour un candidat…"), self, "extractMinutes"
        )
        self.approval = label(self, name="approvalState")
        self.reviews = read_only_table(
            self,
            "minutesReviews",
            [self.tr("Membre"), self.tr("Réponse"), self.tr("Le"), self.tr("Commentaire")],
            stretch=3,
            widths={0: 150},
        )
        self.diff_from = QComboBox(self)
        self.diff_from.setObjectName("diffFrom")
        self.diff_to = QComboBox(self)
        self.diff_to.setObjectName("diffTo")
        for combo in (self.diff_from, self.diff_to):
            combo.setMinimumContentsLength(11)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        self.compare_button = push_button(self.tr("Comparer"), self, "compareVersions")
        self.diff_summary = QLabel(self)
        self.diff_summary.setObjectName("diffSummary")
        self.diff_view = QTextEdit(self)
        self.diff_view.setObjectName("diffView")
        self.diff_view.setReadOnly(True)
        self.status = message_label(self, "minutesStatus", "")
        self.error = message_label(self, "minutesError", ERROR_STYLE)

        produce = QHBoxLayout()
        produce.addWidget(self.change_note, 1)
        produce.addWidget(self.generate_button)
        actions = QHBoxLayout()
        add_all(
            actions,
            self.open_button,
            self.send_button,
            self.review_button,
            self.sign_button,
            self.extract_button,
            1,
        )
        versions_box = QGroupBox(self.tr("Versions du procès-verbal"), self)
        versions_layout = QVBoxLayout(versions_box)
        add_all(versions_layout, produce, (self.table, 1), actions)
        reviews_box = QGroupBox(self.tr("Relecture par les membres"), self)
        reviews_layout = QVBoxLayout(reviews_box)
        reviews_layout.addWidget(self.approval)
        reviews_layout.addWidget(self.reviews, 1)
        diff_box = QGroupBox(self.tr("Différences entre deux versions"), self)
        diff_layout = QVBoxLayout(diff_box)
        diff_row = QHBoxLayout()
        add_all(
            diff_row,
            QLabel(self.tr("De la version"), diff_box),
            self.diff_from,
            QLabel(self.tr("à la version"), diff_box),
            self.diff_to,
            self.compare_button,
            (self.diff_summary, 1),
        )
        diff_layout.addLayout(diff_row)
        diff_layout.addWidget(self.diff_view, 1)
        lower = split(self, reviews_box, diff_box, sizes=[600, 600])
        layout = QVBoxLayout(self)
        add_all(layout, (versions_box, 2), (lower, 3), self.status, self.error)

        self.table.itemSelectionChanged.connect(self._selected)
        self.generate_button.clicked.connect(self.generate)
        self.open_button.clicked.connect(self.open_pdf)
        self.send_button.clicked.connect(self.send_for_review)
        self.review_button.clicked.connect(self.record_review)
        self.sign_button.clicked.connect(self.sign)
        self.extract_button.clicked.connect(self.extract)
        self.compare_button.clicked.connect(self.compare)

    # ----------------------------------------------------------------- loading
    def load(self, session: SessionView) -> None:
        self.session = session
        self.reload_versions()

    def reload_versions(self) -> None:
        keep = selected_data(self.table)
        known = len(self.versions)
        try:
            self.versions = pvs.list_versions(self.db, self.actor, self.session_id)
            self.signatory = pvs.signatory(self.db, self.actor, self.session_id)
        except UserError as exc:
            self.versions = []
            self.signatory = None
            self._fail(exc)
        self.table.setRowCount(len(self.versions))
        for row, v in enumerate(self.versions):
            state = v.approval
            self.table.setItem(row, 0, cell(str(v.number), v.id, right=True))
            self.table.setItem(row, 1, cell(m(v.status.label)))
            self.table.setItem(row, 2, cell(format_datetime_fr(v.created_at)))
            self.table.setItem(row, 3, cell(v.created_by))
            self.table.setItem(
                row,
                4,
                cell(
                    self.tr("{done} sur {total}").format(
                        done=len([i for i, _n in state.required if i in state.approved]),
                        total=len(state.required),
                    ),
                    right=True,
                ),
            )
            self.table.setItem(row, 5, cell(v.change_note, tooltip=v.change_note))
        if self.versions and (
            keep is None or len(self.versions) != known or not select_row_with(self.table, keep)
        ):
            self.table.selectRow(len(self.versions) - 1)
        for combo in (self.diff_from, self.diff_to):
            combo.clear()
            for v in self.versions:
                combo.addItem(self.tr("version {number}").format(number=v.number), v.id)
                combo.setItemData(combo.count() - 1, m(v.status.label), Qt.ItemDataRole.ToolTipRole)
        if len(self.versions) >= 2:
            self.diff_from.setCurrentIndex(len(self.versions) - 2)
        self.diff_to.setCurrentIndex(len(self.versions) - 1)
        self.generate_button.setText(
            self.tr("Produire une nouvelle version")
            if self.versions
            else self.tr("Produire le projet")
        )
        self._selected()

    def latest(self) -> VersionView | None:
        return self.versions[-1] if self.versions else None

    def _signatory_text(self) -> str:
        """Who signs, and why this account cannot when it cannot."""
        s = self.signatory
        if s is None or not s.name:
            return s.problem if s is not None else ""
        if s.is_actor:
            return self.tr("Vous signez le procès-verbal, avec votre propre certificat.")
        who = (
            self.tr("Signature : {name} (présidence de la séance, en suppléance du président).")
            if s.substitute
            else self.tr("Signature : {name} (présidence de la commission).")
        ).format(name=s.name)
        if not s.has_account:
            return who + " " + self.tr("Aucun compte n'est lié à son siège.")
        return who + " " + self.tr("Il signe depuis son propre compte, avec son certificat.")

    def selected(self) -> VersionView | None:
        vid = selected_data(self.table)
        return next((v for v in self.versions if v.id == vid), None)

    def _selected(self) -> None:
        v = self.selected()
        self.reviews.setRowCount(len(v.reviews) if v else 0)
        if v is None:
            self.approval.setText(
                self.tr(
                    "Aucune version : produisez le projet une fois la "
                    "séance tenue (ouverte ou close)."
                )
            )
            self._buttons()
            return
        for row, r in enumerate(v.reviews):
            via = self.tr("{channel}, enregistrée par {user}").format(
                channel=m(r.via.label), user=r.recorded_by
            )
            self.reviews.setItem(row, 0, cell(r.member_name, r.id, tooltip=r.member_name))
            self.reviews.setItem(row, 1, cell(m(r.verdict.label), tooltip=via))
            self.reviews.setItem(row, 2, cell(format_datetime_fr(r.at), tooltip=via))
            self.reviews.setItem(row, 3, cell(r.comment, tooltip=r.comment))
        state = v.approval
        lines = [
            self.tr("Version {number} : <b>{status}</b>").format(
                number=v.number, status=m(v.status.label)
            )
        ]
        if v.signature is not None:
            lines.append(
                self.tr("Signée par {signer} le {date}.").format(
                    signer=v.signature.signer, date=format_datetime_fr(v.signature.signed_at)
                )
            )
        elif v.status in REVIEWABLE or v.status is MinutesStatus.DRAFT:
            lines.append(
                self.tr(
                    "Approbations : {done} sur {total} membres à voix délibérative ayant participé."
                ).format(
                    done=len([i for i, _n in state.required if i in state.approved]),
                    total=len(state.required),
                )
            )
            if state.missing:
                lines.append(
                    self.tr("En attente : {names}.").format(
                        names=", ".join(n for _i, n in state.missing)
                    )
                )
            if state.commented:
                lines.append(
                    self.tr("Modification demandée par : {names}.").format(
                        names=", ".join(
                            r.member_name for r in v.reviews if r.verdict is ReviewVerdict.COMMENT
                        )
                    )
                )
        if v.signature is None and self.signatory is not None:
            lines.append(html.escape(self._signatory_text()))
        self.approval.setText("<br>".join(lines))
        self._buttons()

    def _buttons(self) -> None:
        session = self.session
        locked = session is None or session.locked
        latest, sel = self.latest(), self.selected()
        idle = not self.busy
        held = session is not None and session.raw_status != "PREPARATION"
        self.generate_button.setEnabled(idle and self.can_write and not locked and held)
        self.change_note.setEnabled(self.can_write and not locked)
        self.open_button.setEnabled(sel is not None)
        self.send_button.setEnabled(
            idle
            and self.can_write
            and not locked
            and latest is not None
            and latest.status in (MinutesStatus.DRAFT, MinutesStatus.IN_REVIEW)
        )
        self.review_button.setEnabled(
            idle
            and self.can_answer
            and not locked
            and latest is not None
            and latest.status in REVIEWABLE
        )
        self.sign_button.setEnabled(
            idle
            and self.can_sign
            and not locked
            and latest is not None
            and latest.status is MinutesStatus.APPROVED
            and self.signatory is not None
            and self.signatory.is_actor
        )
        self.sign_button.setToolTip(self._signatory_text() if self.signatory is not None else "")
        self.extract_button.setEnabled(
            idle
            and self.can_write
            and sel is not None
            and sel.status in (MinutesStatus.APPROVED, MinutesStatus.SIGNED)
        )
        self.compare_button.setEnabled(len(self.versions) >= 2)

    # ----------------------------------------------------------------- actions
    def generate(self) -> None:
        note = self.change_note.text()
        db, actor, sid = self.db, self.actor, self.session_id
        self._start(
            lambda: pvs.generate_draft(db, actor, sid, note),
            self._generated,
            self.tr("Production du procès-verbal en cours…"),
        )

    def _generated(self, v: VersionView) -> None:
        self.change_note.clear()
        self._ok(
            self.tr("Version {number} du procès-verbal produite : {path}").format(
                number=v.number, path=v.pdf_path
            )
        )
        self.reload_versions()
        self.changed.emit()
        show_minutes(v, self)  # read before it goes to the members (issue 15)

    def open_pdf(self) -> None:
        v = self.selected()
        if v is not None:
            show_minutes(v, self)

    def send_for_review(self) -> list[Path]:
        v = self.latest()
        if v is None:
            return []
        folder = QFileDialog.getExistingDirectory(
            self,
            self.tr("Dossier où déposer un exemplaire du projet par membre"),
            str(config.output_dir()),
        )
        if not folder:
            return []
        try:
            files = pvs.send_for_review(self.db, self.actor, v.id, folder)
        except UserError as exc:
            self._fail(exc)
            return []
        said = (
            self.tr(
                "Version {number} soumise aux membres : {count} exemplaire déposé dans "
                "{folder}, à envoyer."
            )
            if is_singular(len(files))
            else self.tr(
                "Version {number} soumise aux membres : {count} exemplaires déposés dans "
                "{folder}, à envoyer à chacun."
            )
        )
        self._ok(said.format(number=v.number, count=len(files), folder=folder))
        self.reload_versions()
        self.changed.emit()
        return files

    def record_review(self) -> ReviewDialog | None:
        v = self.latest()
        if v is None:
            return None
        own = None
        if not self.can_write:
            own = own_member_ids(self.db, self.actor, self.session.commission.id)
        return open_dialog(self, ReviewDialog(self.db, self.actor, v, own, self), self._reviewed)

    def _reviewed(self, dialog: ReviewDialog) -> None:
        saved = dialog.saved
        self.reload_versions()
        latest = self.latest()
        text = self.tr("Réponse de {name} enregistrée.").format(name=saved.member_name)
        if latest is not None and latest.status is MinutesStatus.APPROVED:
            text += " " + self.tr(
                "Tous les membres requis ont approuvé : le procès-verbal peut être signé."
            )
        self._ok(text)
        self.changed.emit()

    def sign(self) -> None:
        v = self.latest()
        if v is not None:
            self._sign_version(v.id)

    def _signed(self, v: VersionView) -> None:
        self._ok(
            self.tr("Procès-verbal signé ({path}) : la séance est verrouillée.").format(
                path=v.signature.pdf_path if v.signature else v.pdf_path
            )
        )
        self.changed.emit()
        show_minutes(v, self)

    def extract(self) -> ExtractDialog | None:
        v = self.selected()
        if v is None:
            return None
        return open_dialog(
            self, ExtractDialog(v, self), lambda dialog: self._extract_chosen(v, dialog)
        )

    def _extract_chosen(self, v: VersionView, dialog: ExtractDialog) -> None:
        numero = dialog.candidate.currentData()
        name = pvs.extract_file_name(self.session.number, v.number, numero)
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Enregistrer l'extrait"),
            str(config.output_dir() / name),
            self.tr("PDF (*.pdf)"),
        )
        if not path:
            return
        db, actor = self.db, self.actor
        self._start(
            lambda: pvs.extract_for_candidate(db, actor, v.id, numero, path),
            self._extracted,
            self.tr("Production de l'extrait en cours…"),
        )

    def _extracted(self, path: Path) -> None:
        self.last_extract = Path(path)
        self._ok(self.tr("Extrait enregistré : {path}").format(path=path))
        show_pdf(path, self)

    def compare(self) -> None:
        a, b = self.diff_from.currentData(), self.diff_to.currentData()
        if a is None or b is None:
            return
        try:
            changes = pvs.diff(self.db, self.actor, a, b)
        except UserError as exc:
            self._fail(exc)
            return
        if changes.empty:
            self.diff_summary.setText(self.tr("Aucune différence."))
            self.diff_view.setHtml("")
            return
        self.diff_summary.setText(
            self.tr("{changed}, {added}, {removed}.").format(
                changed=text_of(
                    counted(
                        len(changes.changed),
                        QT_TRANSLATE_NOOP("messages", "{n} ligne modifiée"),
                        QT_TRANSLATE_NOOP("messages", "{n} lignes modifiées"),
                    )
                ),
                added=text_of(
                    counted(
                        len(changes.added),
                        QT_TRANSLATE_NOOP("messages", "{n} ajoutée"),
                        QT_TRANSLATE_NOOP("messages", "{n} ajoutées"),
                    )
                ),
                removed=text_of(
                    counted(
                        len(changes.removed),
                        QT_TRANSLATE_NOOP("messages", "{n} supprimée"),
                        QT_TRANSLATE_NOOP("messages", "{n} supprimées"),
                    )
                ),
            )
        )
        self.diff_view.setHtml(diff_html(changes.unified))

    def set_editable(self, editable: bool) -> None:  # the window's lock
        self._buttons()


def own_member_ids(db: Database, actor: Actor, commission_id: int | None = None) -> list[int]:
    """The seats linked to the signed-in account (in one commission, or all)."""
    if actor.user_id is None:
        return []
    out = []
    for c in caleol.list_commissions(db, actor, include_inactive=True):
        if commission_id is not None and c.id != commission_id:
            continue
        out += [mv.id for mv in c.members if mv.app_user_id == actor.user_id]
    return out


# --------------------------------------------------------------------------- member panel


class MemberReviewPanel(_Signing, QWidget):
    """The minutes a member of the commission must review, to approve or comment."""

    changed = Signal()

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.setObjectName("memberReviewPanel")
        self.db = db
        self.actor = actor
        self.rows: list[tuple] = []
        self.can_sign = actor.can(Permission.CALEOL_MINUTES_SIGN)
        #: sessions whose minutes this account signs (president or his substitute)
        self.signs: set[int] = set()
        self.intro = label(self, name="memberIntro")
        self.table = read_only_table(
            self,
            "myMinutes",
            [
                self.tr("Commission"),
                self.tr("Séance"),
                self.tr("Date"),
                self.tr("Version"),
                self.tr("État"),
                self.tr("Ma réponse"),
            ],
        )
        self.open_button = push_button(self.tr("Lire le procès-verbal (PDF)"), self, "openMyPdf")
        self.approve_button = push_button(
            self.tr("J'approuve ce procès-verbal"), self, "approveMinutes"
        )
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("myComment")
        self.comment.setPlaceholderText(
            self.tr("Modification que vous demandez (obligatoire pour une demande de modification)")
        )
        self.comment.setFixedHeight(70)
        self.comment_button = push_button(
            self.tr("Demander une modification"), self, "commentMinutes"
        )
        self.sign_button = push_button(self.tr("Signer (président)…"), self, "signMyMinutes")
        self.sign_button.setVisible(self.can_sign)
        self.detail = label(self, name="myMinutesDetail")
        self.status = message_label(self, "myMinutesStatus", "")
        self.error = message_label(self, "myMinutesError", ERROR_STYLE)
        buttons = QHBoxLayout()
        add_all(buttons, self.open_button, self.approve_button, 1, self.sign_button)
        comment_row = QHBoxLayout()
        comment_row.addWidget(self.comment, 1)
        comment_row.addWidget(self.comment_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        add_all(
            layout,
            self.intro,
            (self.table, 1),
            self.detail,
            buttons,
            comment_row,
            self.status,
            self.error,
        )
        self.table.itemSelectionChanged.connect(self._selected)
        self.open_button.clicked.connect(self.open_pdf)
        self.approve_button.clicked.connect(self.approve)
        self.comment_button.clicked.connect(self.ask_change)
        self.sign_button.clicked.connect(self.sign)

    def refresh(self) -> None:
        keep = selected_data(self.table)
        self.rows = []
        self.signs = set()
        seats: dict[int, tuple] = {}
        try:
            for c in caleol.list_commissions(self.db, self.actor):
                for mv in c.members:
                    if self.actor.user_id is not None and mv.app_user_id == self.actor.user_id:
                        seats[c.id] = (c, mv)
            for c, mv in seats.values():
                for s in caleol.list_sessions(self.db, self.actor, c.id):
                    versions = pvs.list_versions(self.db, self.actor, s.id)
                    if not versions:
                        continue
                    latest = versions[-1]
                    if latest.status not in REVIEWABLE + (MinutesStatus.SIGNED,):
                        continue
                    if mv.id not in [line.id for line in latest.minutes.members]:
                        continue
                    self.rows.append((c, s, latest, mv))
                    if pvs.signatory(self.db, self.actor, s.id).is_actor:
                        self.signs.add(s.id)
        except UserError as exc:
            self._fail(exc)
        if not seats:
            self.intro.setText(
                self.tr(
                    "Votre compte n'est rattaché à aucun siège de commission : demandez au "
                    "secrétariat de la CALEOL de le lier à votre fiche de membre."
                )
            )
        else:
            pending = sum(
                1
                for *_x, v, mv in self.rows
                if v.status in REVIEWABLE and not any(r.member_id == mv.id for r in v.reviews)
            )
            if not pending:
                said = self.tr(
                    "<h3>Procès-verbaux à relire</h3>Aucun procès-verbal n'attend votre réponse."
                )
            elif is_singular(pending):
                said = self.tr(
                    "<h3>Procès-verbaux à relire</h3>{count} procès-verbal attend votre "
                    "réponse. Lisez le PDF puis approuvez-le, ou demandez une modification."
                )
            else:
                said = self.tr(
                    "<h3>Procès-verbaux à relire</h3>{count} procès-verbaux attendent votre "
                    "réponse. Lisez chaque PDF puis approuvez-le, ou demandez une modification."
                )
            self.intro.setText(said.format(count=pending))
        set_rows(self.table, [self._review_cells(*r) for r in self.rows])
        if self.rows and (keep is None or not select_row_with(self.table, keep)):
            self.table.selectRow(0)
        self._selected()

    def _review_cells(self, c, s, v, mv) -> tuple:
        mine = next((r for r in v.reviews if r.member_id == mv.id), None)
        return (
            cell(c.name, v.id),
            s.number,
            format_date_fr(s.session_date),
            cell(str(v.number), right=True),
            m(v.status.label),
            m(mine.verdict.label) if mine else self.tr("à donner"),
        )

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def current(self):
        vid = selected_data(self.table)
        return next((r for r in self.rows if r[2].id == vid), None)

    def _selected(self) -> None:
        row = self.current()
        if row is None:
            self.detail.clear()
        else:
            _c, s, v, mv = row
            mine = next((r for r in v.reviews if r.member_id == mv.id), None)
            text = self.tr("Séance n° {number} du {date}, version {version} : {status}.").format(
                number=s.number,
                date=format_date_fr(s.session_date),
                version=v.number,
                status=m(v.status.label),
            )
            if mine is not None:
                text += " " + self.tr("Votre réponse du {at} : {verdict}.").format(
                    at=format_datetime_fr(mine.at), verdict=m(mine.verdict.label)
                )
            if v.change_note:
                text += "<br>" + self.tr("Modifications de cette version : {note}").format(
                    note=html.escape(v.change_note)
                )
            self.detail.setText(text)
        self._buttons()

    def _buttons(self) -> None:
        row = self.current()
        idle = not self.busy
        reviewable = row is not None and row[2].status in REVIEWABLE
        self.open_button.setEnabled(row is not None)
        self.approve_button.setEnabled(idle and reviewable and row[3].voting)
        self.comment_button.setEnabled(idle and reviewable)
        self.comment.setEnabled(reviewable)
        self.sign_button.setEnabled(
            idle
            and self.can_sign
            and row is not None
            and row[2].status is MinutesStatus.APPROVED
            and row[1].id in self.signs
        )

    def open_pdf(self) -> None:
        row = self.current()
        if row is not None:
            show_minutes(row[2], self)

    def _answer(self, verdict: ReviewVerdict, comment: str = "") -> bool:
        row = self.current()
        if row is None:
            return False
        _c, _s, v, mv = row
        try:
            pvs.review(self.db, self.actor, v.id, mv.id, verdict, comment)
        except UserError as exc:
            self._fail(exc)
            return False
        self.comment.clear()
        self._ok(
            self.tr("Votre réponse est enregistrée : {verdict}.").format(verdict=m(verdict.label))
        )
        self.refresh()
        self.changed.emit()
        return True

    def approve(self) -> bool:
        return self._answer(ReviewVerdict.APPROVE)

    def ask_change(self) -> bool:
        return self._answer(ReviewVerdict.COMMENT, self.comment.toPlainText())

    def sign(self) -> None:
        row = self.current()
        if row is not None:
            self._sign_version(row[2].id)

    def _signed(self, v: VersionView) -> None:
        self._ok(self.tr("Procès-verbal signé : la séance est verrouillée."))
        self.refresh()
        self.changed.emit()
        show_minutes(v, self)
