"""The notice screen of a tenant file: the entry and how the end date was counted,
the landlord's decisions (exceptions), the exit and the deposit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.domain.formatting import (
    format_date_fr,
    format_datetime_fr,
    format_money_fr,
    parse_date_fr,
)
from desktop.domain.notice import DeliveryMode, ReducedNoticeGround, rules_for
from desktop.domain.notice_case import (
    Decision,
    DepositWarning,
    ExceptionKind,
    KeyReturnMode,
    NoticeInput,
    NoticeStatus,
    effective_notice,
    needs_proof,
    normalise_notice,
)
from desktop.domain.notice_cotenants import CotenantBond
from desktop.domain.roles import Permission
from desktop.services import notices
from desktop.services.context import Actor, today
from desktop.storage.db import Database
from desktop.ui.i18n import translate_message
from desktop.ui.notice_givers import GiversBox, lock_exit
from desktop.ui.notice_letter_menu import NoticeLetters
from desktop.ui.widgets import (
    OK_STYLE,
    add_all,
    fit_to_screen,
    flow,
    hbox,
    line_edit,
    message_label,
    push_button,
)
from desktop.ui.widgets.form import (
    DatesAndAmounts,
    FieldRow,
    FieldRows,
    clear_rows,
    form_group,
    input_values,
    label,
    set_input_values,
)
from desktop.ui.widgets.messages import (
    EscapeCloses,
    confirmed,
    m,
    may_close_unsaved,
    show_refusal,
)

#: a date at stake coming near (bolder than ``widgets.WARNING_STYLE``), or gone by
NEAR_STYLE = "color: #8a4b00; font-weight: bold;"
PAST_STYLE = "color: #b3261e; font-weight: bold;"

#: the dates of the notice itself (the *Congé* tab), by field path
ENTRY_DATES = ("sent_on", "presented_on", "received_on", "requested_departure", "proof_received_on")


class NoticeDialog(NoticeLetters, FieldRows, EscapeCloses, QDialog):
    """Opens the notice ``notice_id`` of a tenant file, or its current notice, or an
    empty form to record one."""

    #: A notice of this tenant file changed (household id).
    changed = Signal(int)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        household_id: int,
        notice_id: int | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.setObjectName("noticeDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        fit_to_screen(self, 980, 720)
        self._db = db
        self._actor = actor
        self.household_id = household_id
        self.context = notices.notice_context(db, actor, household_id)
        self.notice_id = notice_id if notice_id is not None else self.context.notice_id
        self.view: notices.NoticeView | None = None
        self.rows: dict[str, FieldRow] = {}
        self.can_write = actor.can(Permission.TENANT_WRITE)

        self.title = QLabel(self)
        self.title.setObjectName("noticeTitle")
        self.summary = QLabel(self)
        self.summary.setObjectName("noticeSummary")
        self.warnings = message_label(self, "noticeWarnings", NEAR_STYLE, hidden=False)
        self.general_error = message_label(self, "noticeError")
        # What was just saved, said here (not in the main window's status bar behind)
        self.message = message_label(self, "noticeMessage", OK_STYLE)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._entry_tab(), self.tr("Congé"))
        self.tabs.addTab(self._exceptions_tab(), self.tr("Exceptions"))
        self.tabs.addTab(self._exit_tab(), self.tr("Sortie et dépôt de garantie"))

        self.new_button = push_button(
            self.tr("Nouveau congé"),
            self,
            "newNoticeButton",
            tooltip=self.tr("Enregistrer un nouveau congé (le précédent est retiré)"),
        )
        self.new_button.clicked.connect(self.start_new)
        self.dismiss_button = push_button(self.tr("Fermer"), self, "noticeClose")
        self.dismiss_button.clicked.connect(self.close)
        self.letter_row = QHBoxLayout()
        buttons = QHBoxLayout()
        add_all(buttons, self.letter_row, 1, self.new_button, self.dismiss_button)

        layout = QVBoxLayout(self)
        add_all(
            layout,
            self.title,
            self.summary,
            self.warnings,
            self.general_error,
            self.message,
            (self.tabs, 1),
            buttons,
        )
        self.reload()

    # ----------------------------------------------------------------- building
    def _date(self, path: str) -> QLineEdit:
        edit = line_edit(self, path, self.tr("jj/mm/aaaa"))
        edit.setMaximumWidth(140)
        self._row(path, edit)
        return edit

    def _choice(self, path: str, members, parent: QWidget) -> QComboBox:
        """A list of ``members`` (an enum's, shown by their label) in the row ``path``."""
        combo = QComboBox(parent)
        for member in members:
            combo.addItem(m(member.label), member.value)
        self._row(path, combo)
        return combo

    def _entry_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout()
        self.delivery_mode = self._choice("delivery_mode", DeliveryMode, page)
        self.sent_on = self._date("sent_on")
        self.presented_on = self._date("presented_on")
        self.received_on = self._date("received_on")
        self.requested_departure = self._date("requested_departure")
        self.ground = self._choice("ground", ReducedNoticeGround, page)
        self.givers = GiversBox(page)
        self.givers.setToolTip(
            self.tr(
                "Décochez les titulaires qui restent : le bail se poursuit avec eux et les "
                "courriers s'adressent à ceux qui partent. Le motif de préavis réduit est "
                "alors celui d'un titulaire qui part."
            )
        )
        self._row("given_by", self.givers)
        self.cotenant_bond = self._choice("cotenant_bond", CotenantBond, page)
        self.proof_received = QCheckBox(self.tr("Justificatif reçu"), page)
        self.proof_received.setObjectName("proof_received")
        self.proof_received_on = self._date("proof_received_on")
        self.proof_document = line_edit(page, "proof_document")  # (its example: the ground's)
        self._row("proof_document", self.proof_document)
        self.proof_hint = QLabel(page)
        self.proof_hint.setWordWrap(True)
        self.notes = self._text("notes", max_height=60)
        # the document under the date in a narrow dialog (a laptop), its example whole
        received_on = hbox(
            QWidget(page),
            self.proof_received,
            QLabel(self.tr("le"), page),
            self.rows["proof_received_on"],
        )
        proof_line = flow(QWidget(page), received_on, self.rows["proof_document"])

        form.addRow(self.tr("Congé donné par"), self.rows["given_by"])
        form.addRow(self.tr("Lien entre les titulaires"), self.rows["cotenant_bond"])
        form.addRow(self.tr("Mode de remise"), self.rows["delivery_mode"])
        form.addRow(self.tr("Envoyé le"), self.rows["sent_on"])
        form.addRow(self.tr("Première présentation le"), self.rows["presented_on"])
        form.addRow(self.tr("Reçu le"), self.rows["received_on"])
        form.addRow(self.tr("Départ souhaité le"), self.rows["requested_departure"])
        form.addRow(self.tr("Motif de préavis réduit"), self.rows["ground"])
        form.addRow(self.tr("Justificatif"), proof_line)
        form.addRow("", self.proof_hint)
        form.addRow(self.tr("Observations"), self.rows["notes"])
        self.entry_form = form
        hint = label(
            page,
            self.tr(
                "Le préavis court à compter de la réception : date de signature de l'accusé de "
                "réception, de l'acte du commissaire de justice ou de la remise en main propre."
            ),
        )
        hint.setStyleSheet("color: #555;")
        self.save_button = push_button(
            self.tr("Enregistrer le congé"), page, "saveNotice", default=True
        )
        self.save_button.clicked.connect(self.save)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(hint)
        save_line = QHBoxLayout()
        save_line.addStretch(1)
        save_line.addWidget(self.save_button)
        left.addLayout(save_line)
        left.addStretch(1)

        box = QGroupBox(self.tr("Comment le préavis a été compté"), page)
        self.end_label = label(box, name="noticeEnd")
        self.end_if_proof_label = message_label(box, "noticeEndIfProof", NEAR_STYLE, hidden=False)
        self.steps = label(box, name="noticeSteps")
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview_note = QLabel(box)
        # Wrapped: on one line, « Aperçu : rien n'est enregistré… » widened the dialog
        # past a laptop's 1,024 px once the count had something to preview.
        self.preview_note.setWordWrap(True)
        self.preview_note.setStyleSheet("color: #555; font-style: italic;")
        inner = QVBoxLayout(box)
        add_all(inner, self.end_label, self.end_if_proof_label, (self.steps, 1), self.preview_note)

        layout = QHBoxLayout(page)
        layout.addLayout(left, 3)
        layout.addWidget(box, 2)

        for path in ENTRY_DATES:
            self.rows[path].editor.textChanged.connect(self.update_preview)
        self.ground.currentIndexChanged.connect(self._ground_changed)
        self.givers.changed.connect(self._givers_changed)
        self.proof_received.toggled.connect(self._proof_toggled)
        self.delivery_mode.currentIndexChanged.connect(self._mode_changed)
        return page

    def _exceptions_tab(self) -> QWidget:
        page = QWidget(self)
        self.exceptions = QTreeWidget(page)
        self.exceptions.setObjectName("exceptionsTable")
        self.exceptions.setRootIsDecorated(False)
        self.exceptions.setHeaderLabels(
            [
                self.tr("Décidé le"),
                self.tr("Décision"),
                self.tr("Décidé par"),
                self.tr("Motif"),
                self.tr("Détail"),
                self.tr("Saisi par"),
            ]
        )
        head = self.exceptions.header()
        head.setStretchLastSection(False)
        for col in (0, 1, 2, 5):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        head.resizeSection(4, 240)

        box, form = form_group(self.tr("Nouvelle décision"), page)
        self.exception_kind = QComboBox(box)
        self.exception_kind.setObjectName("exceptionKind")
        for kind in (
            ExceptionKind.POSTPONEMENT,
            ExceptionKind.KEYS_WITHOUT_INVENTORY,
            ExceptionKind.REDUCED_WITHOUT_PROOF,
            ExceptionKind.REDUCED_REFUSED,
            ExceptionKind.WITHDRAWAL,
        ):
            self.exception_kind.addItem(m(kind.label), kind.value)
        self.decided_by = QLineEdit(self._actor.label, box)
        self._row("decided_by", self.decided_by)
        self.decided_on = self._date("decided_on")
        self.reason = line_edit(
            box, "reason", self.tr("Ex. : confinement, déménagement impossible")
        )
        self._row("reason", self.reason)
        self.new_departure_on = self._date("new_departure_on")
        self.agreement_signed_on = self._date("agreement_signed_on")
        self.exc_keys_on = self._date("exception.keys_returned_on")
        self.exc_keys_mode = self._choice(
            "exception.keys_return_mode", (KeyReturnMode.LETTER_BOX, KeyReturnMode.LRAR), box
        )
        self.exc_inventory_on = self._date("exception.inventory_scheduled_on")
        form.addRow(self.tr("Décision"), self.exception_kind)
        form.addRow(self.tr("Décidé par"), self.rows["decided_by"])
        form.addRow(self.tr("Décidé le"), self.rows["decided_on"])
        form.addRow(self.tr("Motif"), self.rows["reason"])
        self._kind_rows = {
            ExceptionKind.POSTPONEMENT: [
                (self.tr("Nouvelle date de départ"), self.rows["new_departure_on"]),
                (self.tr("Convention signée le"), self.rows["agreement_signed_on"]),
            ],
            ExceptionKind.KEYS_WITHOUT_INVENTORY: [
                (self.tr("Clés rendues le"), self.rows["exception.keys_returned_on"]),
                (self.tr("Mode de remise des clés"), self.rows["exception.keys_return_mode"]),
                (self.tr("État des lieux prévu le"), self.rows["exception.inventory_scheduled_on"]),
            ],
        }
        self._kind_labels: list[tuple[QLabel, QWidget, ExceptionKind]] = []
        for kind, rows in self._kind_rows.items():
            for text, widget in rows:
                label = QLabel(text, box)
                form.addRow(label, widget)
                self._kind_labels.append((label, widget, kind))
        self.exception_button = push_button(
            self.tr("Enregistrer la décision"), box, "saveException"
        )
        self.exception_button.clicked.connect(self.save_exception)
        form.addRow("", self.exception_button)
        self.exception_kind.currentIndexChanged.connect(self._kind_changed)

        layout = QVBoxLayout(page)
        layout.addWidget(self.exceptions, 1)
        layout.addWidget(box)
        return page

    def _exit_tab(self) -> QWidget:
        page = QWidget(self)
        # docs/domain.md#notice-cotenants: some holders stay, no exit at this departure
        self.exit_note = message_label(page, "noExitNote", NEAR_STYLE)
        form = QFormLayout()
        self.exit_inventory_on = self._date("exit_inventory_on")
        self.inventory_matches = QCheckBox(
            self.tr("Conforme à l'état des lieux d'entrée (dépôt à restituer sous 1 mois)"), page
        )
        self.inventory_matches.setObjectName("inventory_matches")
        self.inventory_scheduled_on = self._date("inventory_scheduled_on")
        self.keys_returned_on = self._date("keys_returned_on")
        self.keys_return_mode = self._choice("keys_return_mode", KeyReturnMode, page)
        form.addRow(self.tr("État des lieux de sortie le"), self.rows["exit_inventory_on"])
        form.addRow("", self.inventory_matches)
        form.addRow(self.tr("État des lieux prévu le"), self.rows["inventory_scheduled_on"])
        form.addRow(self.tr("Clés rendues le"), self.rows["keys_returned_on"])
        form.addRow(self.tr("Mode de remise des clés"), self.rows["keys_return_mode"])
        self.exit_button = push_button(self.tr("Enregistrer la sortie"), page, "saveExit")
        self.exit_button.clicked.connect(self.save_exit)
        form.addRow("", self.exit_button)

        box = QGroupBox(self.tr("Dépôt de garantie"), page)
        self.deposit_label = label(box, name="depositLabel")
        self.deposit_returned_on = self._date("deposit_returned_on")
        self.deposit_button = push_button(self.tr("Enregistrer la restitution"), box, "saveDeposit")
        self.deposit_button.clicked.connect(self.save_deposit)
        inner = QFormLayout(box)
        inner.addRow(self.deposit_label)
        inner.addRow(self.tr("Restitué le"), self.rows["deposit_returned_on"])
        inner.addRow("", self.deposit_button)

        layout = QVBoxLayout(page)
        add_all(layout, self.exit_note, form, box, 1)
        return page

    # ----------------------------------------------------------------- loading
    def reload(self) -> None:
        c = self.context = notices.notice_context(self._db, self._actor, self.household_id)
        self.view = None
        if self.notice_id is not None:
            try:
                self.view = notices.get_notice(self._db, self._actor, self.notice_id)
            except UserError as exc:
                self._show_general(translate_message(exc.message))
        self.setWindowTitle(self.tr("Congé de {name}").format(name=c.display_name))
        self.title.setText(self.tr("<h2>Congé — {name}</h2>").format(name=_html(c.display_name)))
        if self.view is not None and self.view.data.given_by:  # one of several notices
            givers = ", ".join(g.full_name for g in self.view.data.given_by)
            self.title.setText(
                self.tr("<h2>Congé de {givers} — {name}</h2>").format(
                    givers=_html(givers), name=_html(c.display_name)
                )
            )
        self.clear_errors()
        if self.view is None:
            self._fill_new()
        else:
            self._fill(self.view)
        self._update_state()
        self.update_preview()
        self._keep_inputs()

    def _fill_new(self) -> None:
        c = self.context
        status = self.tr("nouveau congé")
        self.summary.setText(f"{c.contract_number} · {c.address} · {status}")
        self.warnings.clear()
        self.warnings.hide()
        self.delivery_mode.setCurrentIndex(0)
        self.givers.set_holders(c.holders, earlier=c.earlier)
        self.cotenant_bond.setCurrentIndex(0)
        for path in (*ENTRY_DATES, "proof_document"):
            self.rows[path].editor.clear()
        self.notes.clear()
        ground = ReducedNoticeGround.ZONE_TENDUE if c.zone_tendue else ReducedNoticeGround.AUCUN
        self.ground.setCurrentIndex(self.ground.findData(ground.value))
        self.proof_received.setChecked(False)
        self.exceptions.clear()
        for edit in (
            self.exit_inventory_on,
            self.inventory_scheduled_on,
            self.keys_returned_on,
            self.deposit_returned_on,
        ):
            edit.clear()
        self.inventory_matches.setChecked(False)
        self.deposit_label.setText(
            self.tr("Le dépôt de garantie est à restituer à compter du retour des clés.")
        )
        self._build_letters()

    def _fill(self, v: notices.NoticeView) -> None:
        d = v.data
        status = m(v.status.label)
        self.summary.setText(
            self.tr(
                "{contract} · {address} · congé {status} · modifié par {user} le {when}"
            ).format(
                contract=v.contract_number,
                address=v.address,
                status=status.lower(),
                user=v.updated_by,
                when=format_datetime_fr(v.updated_at),
            )
        )
        self.delivery_mode.setCurrentIndex(self.delivery_mode.findData(d.delivery_mode.value))
        self.givers.set_holders(v.holders, d.given_by, v.earlier)
        self.cotenant_bond.setCurrentIndex(self.cotenant_bond.findData(d.cotenant_bond.value))
        self.sent_on.setText(format_date_fr(d.sent_on))
        self.presented_on.setText(format_date_fr(d.presented_on))
        self.received_on.setText(format_date_fr(d.received_on))
        self.requested_departure.setText(format_date_fr(d.requested_departure))
        self.ground.setCurrentIndex(self.ground.findData(d.ground.value))
        self.proof_received.setChecked(d.proof_received)
        self.proof_received_on.setText(format_date_fr(d.proof_received_on))
        self.proof_document.setText(d.proof_document)
        self.notes.setPlainText(d.notes)
        warnings = [translate_message(m) for m in v.warnings]
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))
        past = v.deposit is not None and v.deposit.warning is DepositWarning.PAST
        self.warnings.setStyleSheet(PAST_STYLE if past else NEAR_STYLE)

        self.exceptions.clear()
        for e in v.exceptions:
            detail = ""
            if e.kind is ExceptionKind.POSTPONEMENT:
                detail = self.tr("départ le {date}").format(date=format_date_fr(e.new_departure_on))
                if e.agreement_signed_on:
                    detail += self.tr(" ; convention signée le {date}").format(
                        date=format_date_fr(e.agreement_signed_on)
                    )
            elif e.kind is ExceptionKind.KEYS_WITHOUT_INVENTORY:
                detail = self.tr("clés le {date}").format(date=format_date_fr(e.keys_returned_on))
                if e.inventory_scheduled_on:
                    detail += self.tr(" ; état des lieux prévu le {date}").format(
                        date=format_date_fr(e.inventory_scheduled_on)
                    )
            item = QTreeWidgetItem(
                self.exceptions,
                [
                    format_date_fr(e.decided_on),
                    m(e.kind.label),
                    e.decided_by,
                    e.reason,
                    detail,
                    e.recorded_by,
                ],
            )
            item.setToolTip(3, e.reason)
            item.setToolTip(4, detail)

        self.exit_inventory_on.setText(format_date_fr(v.exit_inventory_on))
        self.inventory_matches.setChecked(bool(v.inventory_matches))
        self.inventory_scheduled_on.setText(format_date_fr(v.inventory_scheduled_on))
        self.keys_returned_on.setText(format_date_fr(v.keys_returned_on))
        if v.keys_return_mode is not None:
            self.keys_return_mode.setCurrentIndex(
                self.keys_return_mode.findData(v.keys_return_mode.value)
            )
        self.deposit_returned_on.setText(format_date_fr(v.deposit.returned_on) if v.deposit else "")
        self._show_deposit(v)
        self._build_letters()

    def _show_deposit(self, v: notices.NoticeView) -> None:
        dep = v.deposit
        if dep is None:
            self.deposit_label.setText(
                self.tr("Le dépôt de garantie est à restituer à compter du retour des clés.")
            )
            self.deposit_label.setStyleSheet("")
            return
        if dep.provisional:
            why = self.tr(
                "{months} mois après le retour des clés, en attendant l'état des lieux de sortie"
            ).format(months=dep.months)
        elif dep.months == 1:
            why = self.tr("1 mois : état des lieux de sortie conforme à l'entrée")
        else:
            why = self.tr("{months} mois après le retour des clés").format(months=dep.months)
        text = self.tr("À restituer au plus tard le {date} ({why}).").format(
            date=format_date_fr(dep.due_on), why=why
        )
        if dep.returned_on is not None:
            text += " " + self.tr("Restitué le {date}.").format(
                date=format_date_fr(dep.returned_on)
            )
        if dep.penalty:
            text += " " + self.tr("Pénalité de retard : {amount}.").format(
                amount=format_money_fr(dep.penalty)
            )
        self.deposit_label.setText(text)
        style = {DepositWarning.PAST: PAST_STYLE, DepositWarning.NEAR: NEAR_STYLE}
        self.deposit_label.setStyleSheet(style.get(dep.warning, ""))

    def _update_state(self) -> None:
        v = self.view
        in_progress = v is not None and v.status is NoticeStatus.IN_PROGRESS
        entry_editable = self.can_write and (
            (v is None and self.context.file_active) or in_progress
        )
        for path in (
            "given_by",
            "cotenant_bond",
            "delivery_mode",
            "sent_on",
            "presented_on",
            "received_on",
            "requested_departure",
            "ground",
            "notes",
        ):
            self.rows[path].editor.setEnabled(entry_editable)
        self.save_button.setEnabled(entry_editable)
        self.save_button.setText(
            self.tr("Enregistrer le congé")
            if v is None
            else self.tr("Enregistrer les modifications")
        )
        self.tabs.setTabEnabled(1, v is not None)
        self.tabs.setTabEnabled(2, v is not None)
        self.exception_button.setEnabled(self.can_write and in_progress)
        lock_exit(self, v, self.can_write and in_progress)
        # Another holder's notice once some gave theirs, or a new one after a withdrawal
        self.new_button.setVisible(
            self.can_write
            and v is not None
            and (v.partial or not in_progress)
            and self.context.file_active
            and self.context.open_to_notice
        )
        self.new_button.setToolTip(
            self.tr("Enregistrer le congé d'un autre titulaire (celui-ci reste en cours)")
            if in_progress
            else self.tr("Enregistrer un nouveau congé (le précédent est retiré)")
        )
        self._ground_changed()
        self._kind_changed()
        self._mode_changed()
        if v is None:
            self.tabs.setCurrentIndex(0)

    def _mode_changed(self, *_args) -> None:
        mode = DeliveryMode(self.delivery_mode.currentData())
        self.rows["presented_on"].editor.setEnabled(
            _registered(mode) and self.rows["received_on"].editor.isEnabled()
        )
        self.update_preview()

    def _givers_changed(self) -> None:
        """The holders' boxes only when several hold the lease; the bond only when some
        of them stay."""
        self.entry_form.setRowVisible(self.rows["given_by"], self.givers.worth_showing())
        self.entry_form.setRowVisible(self.rows["cotenant_bond"], self.givers.some_stay())

    def _wants_proof(self, ground: ReducedNoticeGround) -> bool:
        received = self._quiet_date(self.received_on.text()) or today()
        try:
            return needs_proof(ground, rules_for(received))
        except UserError:
            return False

    def _ground_changed(self, *_args) -> None:
        ground = ReducedNoticeGround(self.ground.currentData())
        wanted = self._wants_proof(ground)
        editable = self.rows["ground"].editor.isEnabled()
        self.proof_received.setEnabled(wanted and editable)
        self.proof_received_on.setEnabled(wanted and editable and self.proof_received.isChecked())
        self.proof_document.setEnabled(wanted and editable and self.proof_received.isChecked())
        if not wanted:
            self.proof_received.setChecked(False)
        self.proof_document.setPlaceholderText(m(ground.usual_proof) if ground.usual_proof else "")
        if ground is ReducedNoticeGround.ZONE_TENDUE:
            hint = self.tr("Aucun justificatif : l'adresse du logement suffit.")
            if not self.context.zone_tendue:
                hint += " " + self.tr("Attention : le bail n'indique pas de zone tendue.")
        elif wanted and self.context.zone_tendue:
            hint = self.tr(
                "Logement en zone tendue : le préavis d'un mois s'applique sans "
                "justificatif, quel que soit le motif."
            )
        elif wanted:
            hint = self.tr(
                "Justificatif habituel : {proof}. Sans justificatif, le préavis "
                "de 3 mois s'applique."
            ).format(proof=m(ground.usual_proof))
        else:
            hint = ""
        self.proof_hint.setText(hint)
        self.update_preview()

    def _proof_toggled(self, checked: bool) -> None:
        self.proof_received_on.setEnabled(checked and self.proof_received.isEnabled())
        self.proof_document.setEnabled(checked and self.proof_received.isEnabled())
        if checked and not self.proof_received_on.text().strip():
            self.proof_received_on.setText(format_date_fr(today()))
        self.update_preview()

    def _kind_changed(self, *_args) -> None:
        kind = ExceptionKind(self.exception_kind.currentData())
        for caption, widget, row_kind in self._kind_labels:
            caption.setVisible(row_kind is kind)
            widget.setVisible(row_kind is kind)
        if not self.decided_on.text().strip():
            self.decided_on.setText(format_date_fr(today()))

    # ----------------------------------------------------------------- preview
    @staticmethod
    def _quiet_date(text: str) -> dt.date | None:
        try:
            return parse_date_fr(text) if text.strip() else None
        except ValueError:
            return None

    def _decisions(self):
        v = self.view
        if v is None:
            return None, None, None
        reduced = v.exceptions_of(ExceptionKind.REDUCED_WITHOUT_PROOF)
        refused = v.exceptions_of(ExceptionKind.REDUCED_REFUSED)
        postponed = v.exceptions_of(ExceptionKind.POSTPONEMENT)

        def decision(e):
            return Decision(e.decided_by, e.decided_on, e.reason)

        return (
            decision(reduced[-1]) if reduced else None,
            (postponed[-1].new_departure_on, decision(postponed[-1])) if postponed else None,
            decision(refused[-1]) if refused else None,
        )

    def update_preview(self, *_args) -> None:
        """Show how the end date is counted from what is typed (stored values once saved)."""
        if not hasattr(self, "steps"):
            return
        data, _errors = self.collect()
        result = None
        if data is not None and data.received_on is not None:
            reduced, postponed, refused = self._decisions()
            try:
                result = effective_notice(
                    normalise_notice(data),
                    reduced_without_proof=reduced,
                    postponed_to=postponed,
                    zone_tendue=self.context.zone_tendue,
                    reduced_refused=refused,
                )
            except UserError:
                result = None
        v = self.view
        saved = v is not None and data is not None and normalise_notice(data) == v.data
        if saved:
            months, end, end_if_proof, departure = (
                v.applied_months,
                v.end_date,
                v.end_date_if_proof,
                v.departure_on,
            )
            steps = [translate_message(m) for m in v.explanation]
            self.preview_note.setText("")
        elif result is not None:
            months, end, end_if_proof, departure = (
                result.applied_months,
                result.end_date,
                result.end_date_if_proof,
                result.departure_on,
            )
            steps = result.explanation(QCoreApplication.translate)
            self.preview_note.setText(
                self.tr(
                    "Aperçu : rien n'est enregistré tant que vous "
                    "n'avez pas cliqué sur « Enregistrer »."
                )
            )
        else:
            self.end_label.setText(self.tr("Saisissez la date de réception du congé."))
            self.end_if_proof_label.clear()
            self.steps.clear()
            self.preview_note.clear()
            return
        text = self.tr("<b>Fin du préavis : {date}</b> ({months} mois)").format(
            date=format_date_fr(end), months=months
        )
        if departure != end:
            text += "<br>" + self.tr("<b>Départ reporté au {date}</b>").format(
                date=format_date_fr(departure)
            )
        self.end_label.setText(text)
        if end_if_proof is not None:
            self.end_if_proof_label.setText(
                self.tr("Justificatif manquant : fin le {date} s'il est fourni et accepté.").format(
                    date=format_date_fr(end_if_proof)
                )
            )
        else:
            self.end_if_proof_label.clear()
        self.steps.setText("<ol>" + "".join(f"<li>{_html(s)}</li>" for s in steps) + "</ol>")

    # ----------------------------------------------------------------- collecting
    def _parse_dates(self, *paths: str) -> tuple[dict, dict[str, str]]:
        """The dates typed in the rows ``paths``, by path, and the French message of each
        one that cannot be read."""
        errors: dict[str, str] = {}
        read = DatesAndAmounts(errors)
        return {path: read.date(path, self.rows[path].editor.text()) for path in paths}, errors

    def collect(self) -> tuple[NoticeInput | None, dict[str, str]]:
        """The notice entry as typed, or the fields that cannot be read."""
        dates, errors = self._parse_dates(*ENTRY_DATES)
        ground = ReducedNoticeGround(self.ground.currentData())
        proof = self.proof_received.isChecked() and self._wants_proof(ground)
        if proof and dates["proof_received_on"] is None and "proof_received_on" not in errors:
            errors["proof_received_on"] = self.tr("Indiquez la date de réception du justificatif.")
        mode = DeliveryMode(self.delivery_mode.currentData())
        presented = dates["presented_on"] if _registered(mode) else None
        if self.givers.nobody():
            errors["given_by"] = self.tr("Cochez le ou les titulaires qui donnent congé.")
        given_by = self.givers.given_by()
        bond = CotenantBond(self.cotenant_bond.currentData()) if self.givers.some_stay() else None
        data = NoticeInput(
            delivery_mode=mode,
            received_on=dates["received_on"],
            ground=ground,
            sent_on=dates["sent_on"],
            presented_on=presented,
            requested_departure=dates["requested_departure"],
            proof_received_on=dates["proof_received_on"] if proof else None,
            proof_document=self.proof_document.text() if proof else "",
            notes=self.notes.toPlainText(),
            given_by=given_by,
            cotenant_bond=bond or CotenantBond.UNSPECIFIED,
        )
        return (None, errors) if errors else (data, {})

    # ----------------------------------------------------------------- errors
    def clear_errors(self) -> None:
        clear_rows(self.rows)
        self.general_error.hide()
        self.message.hide()

    def _show_general(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.setVisible(bool(text))

    def show_errors(self, errors: dict[str, str], general: str = "", prefix: str = "") -> None:
        self.clear_errors()
        extra = []
        for path, text in errors.items():
            row = self.rows.get(prefix + path) or self.rows.get(path)
            if row is not None and not row.isHidden():
                row.set_error(text)
            else:
                extra.append(text)
        self._show_general("\n".join(([general] if general else []) + extra))

    def _run(self, action, prefix: str = "", success: str = "") -> bool:
        """Run a service call; show its French errors next to the fields, or ``success``
        in the dialog."""
        self.message.hide()
        try:
            action()
        except UserError as exc:
            show_refusal(
                self,
                exc,
                lambda errors, general: self.show_errors(errors, general, prefix),
                self.tr("Recharger le congé"),
                "noticeConflictBox",
            )
            return False
        self.reload()
        if success:
            self.message.setText(success)
            self.message.show()
        self.changed.emit(self.household_id)
        return True

    # ----------------------------------------------------------------- actions
    def save(self) -> bool:
        data, errors = self.collect()
        if errors:
            self.show_errors(errors, self.tr("Corrigez les champs signalés en rouge."))
            return False
        v = self.view
        if v is None:

            def action():
                self.notice_id = notices.record_notice(
                    self._db, self._actor, self.household_id, data
                )

            return self._run(action, success=self.tr("Congé enregistré."))
        clean = normalise_notice(data)
        only_proof = (
            not v.data.proof_received
            and clean.proof_received
            and normalise_notice(
                NoticeInput(**{**clean.__dict__, "proof_received_on": None, "proof_document": ""})
            )
            == v.data
        )
        if only_proof:  # the proof arrived: its own audited action
            return self._run(
                lambda: notices.receive_proof(
                    self._db,
                    self._actor,
                    v.id,
                    v.version,
                    clean.proof_received_on,
                    clean.proof_document,
                ),
                success=self.tr("Justificatif enregistré : la fin du préavis est recalculée."),
            )
        return self._run(
            lambda: notices.update_notice(self._db, self._actor, v.id, data, v.version),
            success=self.tr("Congé enregistré."),
        )

    def save_exception(self) -> bool:
        v = self.view
        if v is None:
            return False
        dates, errors = self._parse_dates(
            "decided_on",
            "new_departure_on",
            "agreement_signed_on",
            "exception.keys_returned_on",
            "exception.inventory_scheduled_on",
        )
        kind = ExceptionKind(self.exception_kind.currentData())
        visible = {p: e for p, e in errors.items() if not self.rows[p].isHidden()}
        if visible:
            self.show_errors(visible, self.tr("Corrigez les champs signalés en rouge."))
            return False
        reason, who, on = self.reason.text(), self.decided_by.text(), dates["decided_on"]
        db, actor = self._db, self._actor
        if kind is ExceptionKind.POSTPONEMENT:

            def action():
                notices.postpone_departure(
                    db,
                    actor,
                    v.id,
                    v.version,
                    dates["new_departure_on"],
                    reason,
                    who,
                    dates["agreement_signed_on"],
                    on,
                )
        elif kind is ExceptionKind.KEYS_WITHOUT_INVENTORY:

            def action():
                notices.keys_without_inventory(
                    db,
                    actor,
                    v.id,
                    v.version,
                    dates["exception.keys_returned_on"],
                    reason,
                    who,
                    dates["exception.inventory_scheduled_on"],
                    KeyReturnMode(self.exc_keys_mode.currentData()),
                    on,
                )
        elif kind is ExceptionKind.REDUCED_WITHOUT_PROOF:

            def action():
                notices.grant_reduced_notice(db, actor, v.id, v.version, reason, who, on)
        elif kind is ExceptionKind.REDUCED_REFUSED:

            def action():
                notices.refuse_reduced_notice(db, actor, v.id, v.version, reason, who, on)
        else:
            if not confirmed(
                self,
                self.tr("Retrait du congé"),
                self.tr("Enregistrer le retrait de ce congé ? Le locataire reste dans les lieux."),
                self.tr("Enregistrer le retrait"),
                self.tr("Ne rien changer"),
            ):
                return False

            def action():
                notices.withdraw_notice(db, actor, v.id, v.version, reason, who, on)

        done = {
            ExceptionKind.POSTPONEMENT: self.tr("Report du départ enregistré."),
            ExceptionKind.KEYS_WITHOUT_INVENTORY: self.tr(
                "Remise des clés sans état des lieux enregistrée."
            ),
            ExceptionKind.REDUCED_WITHOUT_PROOF: self.tr(
                "Préavis réduit accordé sans justificatif : enregistré."
            ),
            ExceptionKind.REDUCED_REFUSED: self.tr(
                "Refus du préavis réduit enregistré : le préavis de trois mois s'applique."
            ),
        }.get(kind, self.tr("Retrait du congé enregistré."))
        ok = self._run(action, prefix="exception.", success=done)
        if ok:
            for edit in (
                self.reason,
                self.new_departure_on,
                self.agreement_signed_on,
                self.exc_keys_on,
                self.exc_inventory_on,
            ):
                edit.clear()
            self._keep_inputs()
        return ok

    def save_exit(self) -> bool:
        v = self.view
        if v is None:
            return False
        dates, errors = self._parse_dates(
            "exit_inventory_on", "inventory_scheduled_on", "keys_returned_on"
        )
        if errors:
            self.show_errors(errors, self.tr("Corrigez les champs signalés en rouge."))
            return False
        return self._run(
            lambda: notices.record_exit(
                self._db,
                self._actor,
                v.id,
                v.version,
                exit_inventory_on=dates["exit_inventory_on"],
                inventory_matches=self.inventory_matches.isChecked(),
                keys_returned_on=dates["keys_returned_on"],
                keys_return_mode=KeyReturnMode(self.keys_return_mode.currentData()),
                inventory_scheduled_on=dates["inventory_scheduled_on"],
            ),
            success=self.tr("Sortie du logement enregistrée."),
        )

    def save_deposit(self) -> bool:
        v = self.view
        if v is None:
            return False
        dates, errors = self._parse_dates("deposit_returned_on")
        if errors:
            self.show_errors(errors)
            return False
        return self._run(
            lambda: notices.record_deposit_return(
                self._db, self._actor, v.id, v.version, dates["deposit_returned_on"]
            ),
            success=self.tr("Restitution du dépôt de garantie enregistrée."),
        )

    def start_new(self) -> None:
        """Empty form for a new notice on this file (after a withdrawal)."""
        self.notice_id = None
        self.view = None
        self.clear_errors()
        self._fill_new()
        self._update_state()
        self.update_preview()
        self._keep_inputs()

    # ----------------------------------------------------------------- unsaved input
    def _forms(self) -> tuple[tuple[QWidget, Callable[[], bool], tuple[QWidget, ...]], ...]:
        """Each form of the dialog that has its own « Enregistrer » button: the button,
        its save, its inputs (the kind of a new decision alone is not an input)."""
        return (
            (
                self.save_button,
                self.save,
                (
                    self.delivery_mode,
                    *(self.rows[path].editor for path in ENTRY_DATES),
                    self.ground,
                    self.proof_received,
                    self.proof_document,
                    self.notes,
                ),
            ),
            (
                self.exception_button,
                self.save_exception,
                (
                    self.decided_by,
                    self.decided_on,
                    self.reason,
                    self.new_departure_on,
                    self.agreement_signed_on,
                    self.exc_keys_on,
                    self.exc_inventory_on,
                ),
            ),
            (
                self.exit_button,
                self.save_exit,
                (
                    self.exit_inventory_on,
                    self.inventory_matches,
                    self.inventory_scheduled_on,
                    self.keys_returned_on,
                    self.keys_return_mode,
                ),
            ),
            (self.deposit_button, self.save_deposit, (self.deposit_returned_on,)),
        )

    def _keep_inputs(self) -> None:
        """What the forms show now is what is saved (read from the base, or cleared)."""
        self._kept = [input_values(inputs) for _button, _save, inputs in self._forms()]

    def unsaved(self) -> list[tuple[Callable[[], bool], tuple[QWidget, ...], tuple]]:
        """The forms the user changed and may save: their save, inputs and values."""
        return [
            (save, inputs, values)
            for (button, save, inputs), kept in zip(self._forms(), self._kept, strict=True)
            if button.isEnabled() and (values := input_values(inputs)) != kept
        ]

    def _save_changed(self, changed) -> bool:
        """Saves the ``changed`` forms in turn, each as the user typed it (a save reads
        the notice again into every form); at the first refusal, the forms not saved
        show what was typed again, the refusal beside its field."""
        for index, (save, inputs, values) in enumerate(changed):
            set_input_values(inputs, values)
            if not save():
                for _save, others, typed in changed[index + 1 :]:
                    set_input_values(others, typed)
                return False
        return True

    def closeEvent(self, event) -> None:
        changed = self.unsaved()
        question = self.tr("Enregistrer les modifications de ce congé ?")
        if changed and not may_close_unsaved(self, question, lambda: self._save_changed(changed)):
            event.ignore()
            return
        self.wait_for_letter()
        super().closeEvent(event)


def _registered(mode: DeliveryMode) -> bool:
    """Registered letters have a presentation date apart from the receipt."""
    return mode in (DeliveryMode.LRAR, DeliveryMode.LRE)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
