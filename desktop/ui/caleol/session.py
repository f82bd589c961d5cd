"""One CALEOL session in a non-modal window: the session itself, attendance with the
live quorum, the agenda, votes and decisions, and the minutes.

Thin over ``desktop.services.caleol`` (and ``caleol.minutes``): every change calls one
service, then the window reloads the session; once the signed minutes lock it,
every editing widget is disabled (the services refuse anyway).
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.caleol import (
    AgendaItemKind,
    AttendanceMode,
    SessionMode,
    SessionStatus,
    candidates_counted,
    designated_counted,
    proxies_counted,
    voting_counted,
)
from desktop.domain.errors import UserError
from desktop.domain.formatting import format_date_fr, format_datetime_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, counted
from desktop.domain.minutes import is_feminine
from desktop.domain.roles import Permission
from desktop.services import caleol
from desktop.services.caleol import AttendanceView, SessionData, SessionView
from desktop.services.context import Actor
from desktop.services.context import today as clock_today
from desktop.storage.db import Database
from desktop.ui.caleol.widgets import (
    BANNER_BAD,
    BANNER_OK,
    ERROR_STYLE,
    LOCK_STYLE,
    OK_STYLE,
    WARNING_STYLE,
    EditTracking,
    ErrorForm,
    FieldRow,
    Inputs,
    MessageLines,
    cell,
    enum_data,
    format_local,
    label,
    local_to_utc,
    m,
    message_label,
    read_only_table,
    text_of,
)
from desktop.ui.widgets import add_all, line_edit, push_button, scrolled, vbox
from desktop.ui.widgets.messages import error_text

_FAILED = object()


# --------------------------------------------------------------------------- session form


class SessionForm(EditTracking, ErrorForm, QWidget):
    """Number, date, start and end time, mode, place or technical means, vote window of a
    written session, secretary, notes. ``data()`` returns ``None`` (errors shown) when
    unreadable."""

    aliases: ClassVar[dict[str, str]] = {"vote_window": "vote_opens_at"}

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: dict[str, FieldRow] = {}
        self.number = self._line("number", self.tr("ex. 2026-04"))
        self.session_date = self._line("session_date", self.tr("jj/mm/aaaa"))
        self.start_time = self._line("start_time", self.tr("hh:mm"))
        self.end_time = self._line("end_time", self.tr("hh:mm (à la clôture par défaut)"))
        self.secretary_name = self._line(
            "secretary_name", self.tr("Vide : la personne qui produit le procès-verbal")
        )
        # The member named as the president's substitute: he presides and signs the
        # minutes; none: the commission's president.
        self.acting_president = QComboBox(self)
        self.acting_president.setObjectName("actingPresident")
        self.acting_president.setToolTip(
            self.tr(
                "Membre désigné qui préside la séance en l'absence du président : c'est lui "
                "qui signe le procès-verbal"
            )
        )
        self._fill_presidents(())
        self._row("acting_president_id", self.acting_president)
        self.mode = QComboBox(self)
        for mode in SessionMode:
            self.mode.addItem(m(mode.label), mode)
        self._row("mode", self.mode)
        self.place = self._line("place", self.tr("Salle du conseil, siège de l'organisme"))
        self.technical_means = self._text(
            "technical_means",
            self.tr("Outil, identification des participants, confidentialité des échanges"),
            fixed_height=60,
        )
        self.vote_opens_at = self._line("vote_opens_at", self.tr("jj/mm/aaaa hh:mm"))
        self.vote_closes_at = self._line("vote_closes_at", self.tr("jj/mm/aaaa hh:mm"))
        self.notes = self._text("notes", fixed_height=50)
        self.general_error = message_label(self, "sessionFormError")

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Numéro de séance"), self.rows["number"])
        form.addRow(self.tr("Date"), self.rows["session_date"])
        form.addRow(self.tr("Heure de début"), self.rows["start_time"])
        form.addRow(self.tr("Heure de fin"), self.rows["end_time"])
        form.addRow(self.tr("Mode"), self.rows["mode"])
        self.place_label = QLabel(self.tr("Lieu"), self)
        form.addRow(self.place_label, self.rows["place"])
        self.means_label = QLabel(self.tr("Moyens techniques"), self)
        form.addRow(self.means_label, self.rows["technical_means"])
        self.opens_label = QLabel(self.tr("Ouverture du vote"), self)
        form.addRow(self.opens_label, self.rows["vote_opens_at"])
        self.closes_label = QLabel(self.tr("Clôture du vote"), self)
        form.addRow(self.closes_label, self.rows["vote_closes_at"])
        form.addRow(self.tr("Secrétaire de séance"), self.rows["secretary_name"])
        form.addRow(self.tr("Président de séance"), self.rows["acting_president_id"])
        form.addRow(self.tr("Observations"), self.rows["notes"])
        form.addRow(self.general_error)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.line_edits = (
            self.number,
            self.session_date,
            self.start_time,
            self.end_time,
            self.secretary_name,
            self.place,
            self.vote_opens_at,
            self.vote_closes_at,
        )
        self._track(
            *(edit.textEdited for edit in self.line_edits),
            self.technical_means.textChanged,
            self.notes.textChanged,
            self.mode.activated,
            self.acting_president.activated,
        )
        self._mode_changed()

    def _fill_presidents(self, members, current: int | None = None) -> None:
        """The president of the commission (no substitute), then the designated members
        in office who may stand in for him."""
        self.acting_president.clear()
        president = next((x for x in members if x.is_president), None)
        self.acting_president.addItem(
            self.tr("Le président de la commission ({name})").format(name=president.full_name)
            if president is not None
            else self.tr("Le président de la commission"),
            None,
        )
        for x in members:
            if x.role.designated and not x.is_president and (x.active or x.id == current):
                self.acting_president.addItem(
                    self.tr("{name}, suppléant du président").format(name=x.full_name), x.id
                )
        index = self.acting_president.findData(current) if current is not None else 0
        self.acting_president.setCurrentIndex(max(index, 0))

    def _mode_changed(self, *_args) -> None:
        mode = enum_data(self.mode, SessionMode)
        remote = mode is not None and mode.remote
        written = mode is SessionMode.ECRITE
        self.means_label.setVisible(remote)
        self.rows["technical_means"].setVisible(remote)
        for widget in (
            self.opens_label,
            self.rows["vote_opens_at"],
            self.closes_label,
            self.rows["vote_closes_at"],
        ):
            widget.setVisible(written)
        self.place_label.setText(self.tr("Lieu (facultatif)") if remote else self.tr("Lieu"))

    def set_defaults(self, technical_means: str, number: str = "") -> None:
        with self.filling(clean=False):
            self.session_date.setText(format_date_fr(clock_today()))
            self.start_time.setText("14:00")
            self.number.setText(number)
            self.technical_means.setPlainText(technical_means)

    def set_view(self, v: SessionView) -> None:
        with self.filling():
            self.number.setText(v.number)
            self.session_date.setText(format_date_fr(v.session_date))
            self.start_time.setText(v.start_time.strftime("%H:%M") if v.start_time else "")
            self.end_time.setText(v.end_time.strftime("%H:%M") if v.end_time else "")
            self.secretary_name.setText(v.secretary_name)
            self.mode.setCurrentIndex(self.mode.findData(v.mode))
            self.place.setText(v.place)
            self.technical_means.setPlainText(v.technical_means)
            self.vote_opens_at.setText(format_local(v.vote_opens_at))
            self.vote_closes_at.setText(format_local(v.vote_closes_at))
            self.notes.setPlainText(v.notes)
            self._fill_presidents(v.members, v.acting_president_id)
        self._mode_changed()

    def data(self) -> SessionData | None:
        self.clear_errors()
        read = Inputs()
        day = read.date("session_date", self.session_date.text(), required=True)
        start = read.time("start_time", self.start_time.text())
        end = read.time("end_time", self.end_time.text())
        written = enum_data(self.mode, SessionMode) is SessionMode.ECRITE
        opens = read.local_datetime("vote_opens_at", self.vote_opens_at.text()) if written else None
        closes = (
            read.local_datetime("vote_closes_at", self.vote_closes_at.text()) if written else None
        )
        if read.errors:
            self.show_errors(read.errors)
            return None
        return SessionData(
            number=self.number.text(),
            session_date=day,
            mode=enum_data(self.mode, SessionMode),
            start_time=start,
            place=self.place.text(),
            technical_means=self.technical_means.toPlainText(),
            vote_opens_at=opens,
            vote_closes_at=closes,
            notes=self.notes.toPlainText(),
            end_time=end,
            secretary_name=self.secretary_name.text(),
            acting_president_id=self.acting_president.currentData(),
        )

    def set_editable(self, editable: bool) -> None:
        for widget in self.line_edits:
            widget.setReadOnly(not editable)
        self.technical_means.setReadOnly(not editable)
        self.notes.setReadOnly(not editable)
        self.mode.setEnabled(editable)
        self.acting_president.setEnabled(editable)


# --------------------------------------------------------------------------- tab: session


class SessionTab(QWidget):
    def __init__(self, window: SessionWindow):
        super().__init__(window)
        self.win = window
        self.form = SessionForm(self)
        self.save_button = push_button(self.tr("Enregistrer la séance"), self, "saveSession")
        self.save_button.clicked.connect(self.save)

        state_box = QGroupBox(self.tr("Déroulement"), self)
        self.state = label(state_box, name="sessionStateText")
        self.open_button = push_button(
            self.tr("Ouvrir la séance"),
            state_box,
            "openSessionButton",
            tooltip=self.tr(
                "Ouvre les débats : votes et décisions deviennent possibles si le quorum est "
                "atteint."
            ),
        )
        self.close_button = push_button(self.tr("Clore la séance"), state_box, "closeSessionButton")
        self.reopen_button = push_button(
            self.tr("Rouvrir la séance"), state_box, "reopenSessionButton"
        )
        self.prepare_button = push_button(
            self.tr("Revenir en préparation"), state_box, "prepareSessionButton"
        )
        self.open_button.clicked.connect(lambda: self.set_status(SessionStatus.OPEN))
        self.reopen_button.clicked.connect(lambda: self.set_status(SessionStatus.OPEN))
        self.close_button.clicked.connect(lambda: self.set_status(SessionStatus.CLOSED))
        self.prepare_button.clicked.connect(lambda: self.set_status(SessionStatus.PREPARATION))
        state_buttons = QHBoxLayout()
        add_all(
            state_buttons,
            self.open_button,
            self.close_button,
            self.reopen_button,
            self.prepare_button,
            1,
        )
        state_layout = QVBoxLayout(state_box)
        state_layout.addWidget(self.state)
        state_layout.addLayout(state_buttons)

        self.physical_box = QGroupBox(self.tr("Demande de séance physique"), self)
        self.physical = label(self.physical_box, name="physicalRequest")
        self.physical_member = QComboBox(self.physical_box)
        self.physical_member.setObjectName("physicalMember")
        self.physical_note = line_edit(
            self.physical_box,
            "physicalNote",
            self.tr("Motif, moyen par lequel la demande a été reçue"),
        )
        self.physical_button = push_button(
            self.tr("Enregistrer la demande"), self.physical_box, "physicalButton"
        )
        self.physical_button.clicked.connect(self.request_physical)
        physical_form = QFormLayout(self.physical_box)
        physical_form.addRow(self.physical)
        physical_form.addRow(self.tr("Membre"), self.physical_member)
        physical_form.addRow(self.tr("Note"), self.physical_note)
        physical_form.addRow(self.physical_button)

        summary_box = QGroupBox(self.tr("Synthèse"), self)
        self.summary = label(summary_box, name="sessionSummary")
        QVBoxLayout(summary_box).addWidget(self.summary)
        self.summary_box = summary_box

        # Each column scrolls on its own, the form above its button: on a laptop at
        # 125 % (1,024 × 576) the session window does not scroll as a whole.
        left = QVBoxLayout()
        left.addWidget(scrolled(self.form), 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        left.addLayout(row)
        right = scrolled(vbox(QWidget(self), state_box, self.physical_box, self.summary_box, 1))
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(right, 2)

    def load(self, v: SessionView) -> None:
        if not self.form.dirty:
            self.form.set_view(v)
        status_text = m(v.status.label)
        if v.raw_status != v.status.value:
            status_text += self.tr(" (procès-verbal en cours)")
        lines = [self.tr("État : <b>{status}</b>").format(status=status_text)]
        if v.status is SessionStatus.PREPARATION:
            lines.append(
                self.tr(
                    "Préparez la liste des présences et l'ordre du jour, puis "
                    "ouvrez la séance pour voter."
                )
            )
        elif v.status is SessionStatus.OPEN:
            lines.append(self.tr("Votes et décisions sont possibles si le quorum est atteint."))
        else:
            lines.append(
                self.tr(
                    "La séance est close : le procès-verbal peut être produit "
                    "et signé. Rouvrez-la pour corriger un vote ou une "
                    "décision."
                )
            )
        self.state.setText("<br>".join(lines))
        self.summary.setText(self._summary(v))
        self.physical_member.clear()
        for member in v.members:
            self.physical_member.addItem(member.full_name, member.id)
        if v.physical_requested_at is not None:
            text = self.tr("Demandée par {name} le {date}.").format(
                name=v.physical_requested_by_name, date=format_datetime_fr(v.physical_requested_at)
            )
            if v.physical_request_note:
                text += " " + v.physical_request_note
        elif v.mode.remote:
            text = self.tr(
                "Aucune demande. Tout membre peut exiger la tenue d'une séance "
                "physique : enregistrez ici sa demande."
            )
        else:
            text = self.tr("Sans objet : la séance se tient en présentiel.")
        self.physical.setText(text)

    def _summary(self, v: SessionView) -> str:
        modes = {mode: sum(1 for a in v.attendances if a.mode is mode) for mode in AttendanceMode}
        dwellings = [i for i in v.items if i.kind is AgendaItemKind.ATTRIBUTION]
        candidates = [c for i in dwellings for c in i.candidates]
        lines = [
            self.tr(
                "Membres présents : {present} · à distance : {remote} · représentés : "
                "{represented} · absents : {absent}."
            ).format(
                present=modes[AttendanceMode.PRESENT],
                remote=modes[AttendanceMode.DISTANCE],
                represented=modes[AttendanceMode.REPRESENTE],
                absent=modes[AttendanceMode.ABSENT],
            ),
            self.tr("Quorum : <b>{state}</b>.").format(
                state=self.tr("atteint") if v.quorum.reached else self.tr("non atteint")
            ),
            self.tr("Ordre du jour : {dwellings}, {candidates}, {reviews}.").format(
                dwellings=text_of(
                    counted(
                        len(dwellings),
                        QT_TRANSLATE_NOOP("messages", "{n} logement"),
                        QT_TRANSLATE_NOOP("messages", "{n} logements"),
                    )
                ),
                candidates=text_of(candidates_counted(len(candidates))),
                reviews=text_of(
                    counted(
                        len(v.items) - len(dwellings),
                        QT_TRANSLATE_NOOP("messages", "{n} examen de l'occupation"),
                        QT_TRANSLATE_NOOP("messages", "{n} examens de l'occupation"),
                    )
                ),
            ),
            self.tr("Décisions : {decided} sur {total}.").format(
                decided=sum(1 for c in candidates if c.decision), total=len(candidates)
            ),
            self.tr("Dernière modification : {date} par {user}.").format(
                date=format_datetime_fr(v.updated_at), user=v.updated_by
            ),
        ]
        return "<br>".join(lines)

    def set_editable(self, editable: bool, v: SessionView) -> None:
        self.form.set_editable(editable)
        self.save_button.setEnabled(editable)
        status = v.status
        self.open_button.setVisible(status is SessionStatus.PREPARATION)
        self.close_button.setVisible(status is SessionStatus.OPEN)
        self.reopen_button.setVisible(status is SessionStatus.CLOSED)
        self.prepare_button.setVisible(status is SessionStatus.OPEN)
        for b in (self.open_button, self.close_button, self.reopen_button, self.prepare_button):
            b.setEnabled(editable and v.raw_status == v.status.value)
        remote = v.mode.remote
        for w in (self.physical_member, self.physical_note, self.physical_button):
            w.setEnabled(editable and remote)

    def save(self) -> bool:
        data = self.form.data()
        if data is None:
            return False
        ok, _ = self.win.call(
            caleol.update_session, self.win.session_id, data, self.win.view.version, form=self.form
        )
        if ok:
            self.form.dirty = False
            self.win.reload()
            self.win.show_ok(self.tr("Séance enregistrée."))
        return ok

    def set_status(self, status: SessionStatus) -> None:
        ok, saved = self.win.call(
            caleol.set_session_status, self.win.session_id, status, self.win.view.version
        )
        if not ok:
            return
        self.win.reload()
        texts = {
            SessionStatus.OPEN: self.tr("Séance ouverte."),
            SessionStatus.CLOSED: self.tr("Séance close."),
            SessionStatus.PREPARATION: self.tr("Séance revenue en préparation."),
        }
        text = texts[status]
        view = self.win.view
        if status is SessionStatus.CLOSED:
            if view.end_time is not None:
                text = self.tr("Séance close à {time}.").format(
                    time=view.end_time.strftime("%H:%M")
                )
                if not self.form.end_time.text().strip():  # form kept unsaved edits
                    self.form.end_time.setText(view.end_time.strftime("%H:%M"))
            else:
                text += " " + " ".join(text_of(w) for w in saved.warnings)
        self.win.show_ok(text)

    def request_physical(self) -> None:
        member_id = self.physical_member.currentData()
        if member_id is None:
            return
        ok, saved = self.win.call(
            caleol.request_physical_session,
            self.win.session_id,
            member_id,
            self.physical_note.text(),
        )
        if ok:
            self.physical_note.clear()
            self.win.reload()
            self.win.show_ok(" ".join(text_of(w) for w in saved.warnings))


# --------------------------------------------------------------------------- tab: attendance


ATT_MEMBER, ATT_ROLE, ATT_VOICE, ATT_MODE, ATT_CONNECTED, ATT_PROXY, ATT_NOTE = range(7)


class AttendanceTab(QWidget):
    def __init__(self, window: SessionWindow):
        super().__init__(window)
        self.win = window
        self.banner = label(self, name="quorumBanner")
        self.details = label(self, name="quorumDetails")
        self.rules = label(self, name="quorumRules")
        self.rules.setStyleSheet("color: #555;")
        self.table = read_only_table(
            self,
            "attendanceTable",
            [
                self.tr("Membre"),
                self.tr("Qualité"),
                self.tr("Voix"),
                self.tr("Présence"),
                self.tr("Connexion"),
                self.tr("Pouvoir donné à"),
                self.tr("Note"),
            ],
            give_way=(1,),  # the seat's long title gives way to the member's name
        )
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self._member_ids: list[int] = []
        self.mode_combos: dict[int, QComboBox] = {}
        self.proxy_combos: dict[int, QComboBox] = {}
        self.time_edits: dict[int, QLineEdit] = {}
        self._view: SessionView | None = None
        layout = QVBoxLayout(self)
        add_all(layout, self.banner, self.details, (self.table, 1), self.rules)

    # ----------------------------------------------------------------- display
    def load(self, v: SessionView) -> None:
        self._view = v
        self._quorum(v)
        ids = [a.member_id for a in v.attendances]
        if ids != self._member_ids:
            self._build(v)
        self._fill(v)

    def _quorum(self, v: SessionView) -> None:
        q = v.quorum
        c = q.counts
        if q.reached:
            text = self.tr("Quorum atteint : {count} sur {total} ({required} requis).").format(
                count=text_of(designated_counted(c["designated_counted"])),
                total=c["designated_total"],
                required=c["designated_required"],
            )
            if v.mode.remote:
                text += " " + self.tr("{taking} sur {voting}.").format(
                    taking=text_of(voting_counted(c["voting_taking_part"])),
                    voting=c["voting_total"],
                )
            self.banner.setStyleSheet(BANNER_OK)
        else:
            text = self.tr(
                "Quorum non atteint : la commission ne peut pas délibérer "
                "(votes et décisions bloqués)."
            )
            self.banner.setStyleSheet(BANNER_BAD)
        self.banner.setText(text)
        self.details.setText("\n".join("• " + text_of(x) for x in q.explanations))
        com = v.commission
        self.rules.setText(
            self.tr(
                "Règlement intérieur : quorum de {required} ; {proxies} au plus par membre ; "
                "séance dématérialisée valable si au moins {num}/{den} des membres à voix "
                "délibérative y participent."
            ).format(
                required=text_of(designated_counted(com.designated_required)),
                proxies=text_of(proxies_counted(com.max_proxies_per_holder)),
                num=com.remote_min_share_num,
                den=com.remote_min_share_den,
            )
        )

    def _build(self, v: SessionView) -> None:
        self.table.setRowCount(0)
        self.mode_combos.clear()
        self.proxy_combos.clear()
        self.time_edits.clear()
        self._member_ids = [a.member_id for a in v.attendances]
        voting = [a for a in v.attendances if a.voting]
        self.table.setRowCount(len(v.attendances))
        for row, a in enumerate(v.attendances):
            member = v.member(a.member_id)
            quality = m(a.role.label)
            if member is not None and member.substitute_of_id is not None:
                titular = v.member(member.substitute_of_id)
                quality = self.tr("{role}, suppléant de {name}").format(
                    role=quality, name=titular.full_name if titular else "?"
                )
            name = a.member_name
            if member is not None and member.is_president:
                name += self.tr(" (présidente)") if is_feminine(name) else self.tr(" (président)")
            self.table.setItem(row, ATT_MEMBER, cell(name, a.member_id))
            self.table.setItem(row, ATT_ROLE, cell(quality))
            self.table.setItem(
                row,
                ATT_VOICE,
                cell(self.tr("délibérative") if a.voting else self.tr("consultative")),
            )
            combo = QComboBox(self.table)
            combo.setObjectName(f"attendance_{a.member_id}")
            for mode in AttendanceMode:
                combo.addItem(m(mode.label), mode)
            combo.currentIndexChanged.connect(lambda _i, mid=a.member_id: self._mode_changed(mid))
            self.table.setCellWidget(row, ATT_MODE, combo)
            self.mode_combos[a.member_id] = combo
            edit = line_edit(self.table, f"connected_{a.member_id}", self.tr("hh:mm"))
            edit.setToolTip(
                self.tr("Heure d'identification et de connexion du membre (séance à distance)")
            )
            edit.editingFinished.connect(lambda mid=a.member_id: self._time_changed(mid))
            self.table.setCellWidget(row, ATT_CONNECTED, edit)
            self.time_edits[a.member_id] = edit
            proxy = QComboBox(self.table)
            proxy.setObjectName(f"proxy_{a.member_id}")
            proxy.addItem(self.tr("—"), None)
            if a.voting:
                for other in voting:
                    if other.member_id != a.member_id:
                        proxy.addItem(other.member_name, other.member_id)
            else:
                proxy.setToolTip(
                    self.tr(
                        "Seuls les membres à voix délibérative donnent ou reçoivent un pouvoir."
                    )
                )
            proxy.currentIndexChanged.connect(lambda _i, mid=a.member_id: self._proxy_changed(mid))
            self.table.setCellWidget(row, ATT_PROXY, proxy)
            self.proxy_combos[a.member_id] = proxy
            self.table.setItem(row, ATT_NOTE, cell(""))
        self.table.resizeColumnsToContents()

    def _fill(self, v: SessionView) -> None:
        proxies = {p.giver_id: p for p in v.proxies}
        for row, a in enumerate(v.attendances):
            combo = self.mode_combos[a.member_id]
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(a.mode))
            combo.blockSignals(False)
            edit = self.time_edits[a.member_id]
            edit.setText(format_local(a.connected_at, "%H:%M"))
            proxy = self.proxy_combos[a.member_id]
            proxy.blockSignals(True)
            p = proxies.get(a.member_id)
            proxy.setCurrentIndex(max(0, proxy.findData(p.holder_id if p else None)))
            proxy.blockSignals(False)
            tooltip = ""
            if p is not None and not p.accepted:
                tooltip = self.tr(
                    "Pouvoir non retenu pour le quorum : voir les explications ci-dessus."
                )
            proxy.setToolTip(tooltip)
            note = a.note
            if a.stand_in_id is not None:
                stand_in = v.member(a.stand_in_id)
                note = (note + " " if note else "") + self.tr(
                    "Remplacé par son suppléant {name}."
                ).format(name=stand_in.full_name if stand_in else "?")
            self.table.item(row, ATT_NOTE).setText(note)
        self.set_editable(self.win.editable)

    def set_editable(self, editable: bool) -> None:
        v = self._view
        for member_id, combo in self.mode_combos.items():
            combo.setEnabled(editable)
            a = next((x for x in v.attendances if x.member_id == member_id), None) if v else None
            taking_part = a is not None and a.mode in (
                AttendanceMode.PRESENT,
                AttendanceMode.DISTANCE,
            )
            self.time_edits[member_id].setEnabled(editable and taking_part)
            self.proxy_combos[member_id].setEnabled(
                editable
                and a is not None
                and a.voting
                and a.mode in (AttendanceMode.REPRESENTE, AttendanceMode.ABSENT)
            )

    # ----------------------------------------------------------------- changes
    def _attendance(self, member_id: int):
        return next(a for a in self._view.attendances if a.member_id == member_id)

    def _connected_at(self, member_id: int) -> tuple[bool, dt.datetime | None]:
        text = self.time_edits[member_id].text().strip()
        if not text:
            return True, None
        read = Inputs()
        at = read.time("connected_at", text)
        if at is None:
            self.win.show_error(next(iter(read.errors.values())))
            return False, None
        return True, local_to_utc(dt.datetime.combine(self._view.session_date, at))

    def _mode_changed(self, member_id: int) -> None:
        mode = enum_data(self.mode_combos[member_id], AttendanceMode)
        a = self._attendance(member_id)
        connected = None
        if mode is AttendanceMode.DISTANCE and a.mode is AttendanceMode.DISTANCE:
            ok, connected = self._connected_at(member_id)
            if not ok:
                return
        self._set_attendance(a, mode, connected)

    def _time_changed(self, member_id: int) -> None:
        if self._view is None or not self.win.editable:
            return
        a = self._attendance(member_id)
        if a.mode not in (AttendanceMode.PRESENT, AttendanceMode.DISTANCE):
            return
        ok, connected = self._connected_at(member_id)
        if (
            not ok
            or connected == a.connected_at
            or (
                connected is not None
                and a.connected_at is not None
                and format_local(connected, "%H:%M") == format_local(a.connected_at, "%H:%M")
            )
        ):
            return
        self._set_attendance(a, a.mode, connected)

    def _set_attendance(
        self, a: AttendanceView, mode: AttendanceMode, connected: dt.datetime | None
    ) -> None:
        """Records that the member of attendance ``a`` attends in ``mode``, connected at
        ``connected`` (his note kept), then shows the session again."""
        self.win.call(
            caleol.set_attendance,
            self.win.session_id,
            a.member_id,
            mode,
            connected_at=connected,
            note=a.note,
        )
        self.win.reload()

    def _proxy_changed(self, member_id: int) -> None:
        holder_id = self.proxy_combos[member_id].currentData()
        current = next((p for p in self._view.proxies if p.giver_id == member_id), None)
        if holder_id is None:
            if current is not None:
                self.win.call(caleol.remove_proxy, current.id)
        else:
            self.win.call(caleol.set_proxy, self.win.session_id, member_id, holder_id)
        self.win.reload()


# --------------------------------------------------------------------------- window


class SessionWindow(MessageLines, QDialog):
    """``changed(session_id)`` after any saved change (the page refreshes its list)."""

    changed = Signal(int)

    def __init__(self, db: Database, actor: Actor, session_id: int, parent=None):
        super().__init__(parent)
        from desktop.ui.caleol.agenda import AgendaTab
        from desktop.ui.caleol.minutes_panel import MinutesPanel
        from desktop.ui.caleol.votes import VotesTab

        self.setObjectName("caleolSessionWindow")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setModal(False)
        self.resize(1240, 820)
        self.db = db
        self.actor = actor
        self.session_id = session_id
        self.view: SessionView | None = None
        self.can_manage = actor.can(Permission.CALEOL_MANAGE)

        self.title = label(self, name="sessionTitle")
        self.state = QLabel(self)
        self.state.setObjectName("sessionState")
        self.lock = QLabel(self)
        self.lock.setObjectName("sessionLock")
        self.lock.setStyleSheet(LOCK_STYLE)
        self.lock.hide()
        self.message = message_label(self, "sessionMessage", OK_STYLE)
        self.error = message_label(self, "sessionError", ERROR_STYLE)
        self.warnings = message_label(self, "sessionWarnings", WARNING_STYLE)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("sessionTabs")
        self.tabs.setDocumentMode(True)
        self.session_tab = SessionTab(self)
        self.attendance_tab = AttendanceTab(self)
        self.agenda_tab = AgendaTab(self)
        self.votes_tab = VotesTab(self)
        self.minutes_tab = MinutesPanel(db, actor, session_id, self)
        self.minutes_tab.changed.connect(self.reload)
        self.tabs.addTab(self.session_tab, self.tr("Séance"))
        self.tabs.addTab(self.attendance_tab, self.tr("Présences"))
        self.tabs.addTab(self.agenda_tab, self.tr("Ordre du jour"))
        self.tabs.addTab(self.votes_tab, self.tr("Votes et décisions"))
        self.tabs.addTab(self.minutes_tab, self.tr("Procès-verbal"))

        self.refresh_button = push_button(self.tr("Actualiser"), self, "refreshSession")
        self.refresh_button.clicked.connect(self.reload)
        close = push_button(self.tr("Fermer"), self, "closeWindow")
        close.clicked.connect(self.close)
        header = QHBoxLayout()
        add_all(header, (self.title, 1), self.lock, self.state)
        bottom = QHBoxLayout()
        add_all(bottom, self.refresh_button, 1, close)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.warnings)
        from desktop.ui.widgets import fit_to_screen  # a laptop: the tabs scroll

        add_all(layout, (scrolled(self.tabs), 1), self.message, self.error, bottom)
        fit_to_screen(self, 1240, 820)
        self.reload()

    # ----------------------------------------------------------------- state
    @property
    def editable(self) -> bool:
        return self.can_manage and self.view is not None and not self.view.locked

    def reload(self, *_args) -> None:
        try:
            v = caleol.get_session(self.db, self.actor, self.session_id)
        except UserError as exc:
            self.show_error(exc)
            return
        first = self.view is None
        self.view = v
        self.setWindowTitle(
            self.tr("Séance CALEOL n° {number} du {date}").format(
                number=v.number, date=format_date_fr(v.session_date)
            )
        )
        self.title.setText(
            self.tr("<h2>Séance n° {number} du {date}</h2>{commission} — {mode}").format(
                number=v.number,
                date=format_date_fr(v.session_date),
                commission=v.commission.name,
                mode=m(v.mode.label),
            )
        )
        self.state.setText(self.tr("État : <b>{status}</b>").format(status=m(v.status.label)))
        if v.locked:
            self.lock.setText(
                self.tr("Verrouillée — procès-verbal signé le {date}").format(
                    date=format_datetime_fr(v.locked_at)
                )
            )
            self.lock.setToolTip(
                self.tr(
                    "Le procès-verbal signé verrouille la séance : plus "
                    "aucune modification n'est possible."
                )
            )
        self.lock.setVisible(v.locked)
        self.session_tab.load(v)
        self.attendance_tab.load(v)
        self.agenda_tab.load(v)
        # The session's own warnings, then the proposed allocations that lower an
        # attribution target (seen from every tab, e.g. while deciding).
        warnings = [text_of(w) for w in v.warnings] + [
            text for item in v.items for text in self.agenda_tab.target_warnings(item)
        ]
        self.warnings.setText("\n".join("⚠ " + w for w in warnings))
        self.warnings.setVisible(bool(warnings))
        self.votes_tab.load(v)
        self.minutes_tab.load(v)
        editable = self.editable
        self.session_tab.set_editable(editable, v)
        self.attendance_tab.set_editable(editable)
        self.agenda_tab.set_editable(editable)
        self.votes_tab.set_editable(editable)
        if not first:
            self.changed.emit(self.session_id)

    # ----------------------------------------------------------------- messages
    def clear_messages(self) -> None:
        self.message.hide()
        self.error.hide()

    def show_ok(self, text: str) -> None:
        self._ok(text)

    def show_error(self, error) -> None:
        """A refusal (its fields' messages after its own) or a text, on the error line."""
        self._show_error(
            error_text(error, with_message=True) if isinstance(error, UserError) else str(error)
        )

    def call(self, fn, *args, form: ErrorForm | None = None, **kwargs):
        """Run one service ``fn(db, actor, *args, **kwargs)``; a refusal is shown (next
        to the fields of ``form`` when given) and ``(False, None)`` returned."""
        self.clear_messages()
        if form is not None:
            form.clear_errors()
        try:
            return True, fn(self.db, self.actor, *args, **kwargs)
        except UserError as exc:
            if form is not None:
                form.show_exception(exc)
            self.show_error(exc)
            return False, None

    def closeEvent(self, event) -> None:
        self.minutes_tab.wait_for_task()
        super().closeEvent(event)
