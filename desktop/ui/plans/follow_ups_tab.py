"""The follow-ups tab of the agreement dialog: the follow-ups after a breach, the
summons and the protocole's avenant."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.context import join_fr
from desktop.domain.formatting import format_date_fr
from desktop.domain.plans import CHANNELS
from desktop.domain.schedule import PlanStatus
from desktop.services import plan_letters, plans
from desktop.services.context import today as clock_today
from desktop.ui.i18n import translate_message
from desktop.ui.letter_hooks import per_holder_box
from desktop.ui.widgets import (
    FlowLayout,
    add_all,
    labelled,
    line_edit,
    message_label,
    push_button,
)
from desktop.ui.widgets.messages import m
from desktop.ui.widgets.tables import rows_table


class PlanFollowUpsTab:
    """Mixed into ``PlanDialog`` (``desktop.ui.plans.dialog``): its widgets are the
    dialog's attributes."""

    def _follow_up_tab(self) -> QWidget:
        page = QWidget(self)
        self.breach_label = message_label(page, "breachLabel", hidden=False)
        self.follow_ups = rows_table(
            page,
            "followUpTable",
            [
                self.tr("Action"),
                self.tr("À faire le"),
                self.tr("Faite le"),
                self.tr("Mode"),
                self.tr("Résultat"),
            ],
            even=True,
        )
        done = QGroupBox(self.tr("Action sélectionnée : faite"), page)
        self.follow_up_date = QLineEdit(format_date_fr(clock_today()), done)
        self.follow_up_date.setObjectName("followUpDate")
        self.follow_up_channel = QComboBox(done)
        self.follow_up_channel.setObjectName("followUpChannel")
        self.follow_up_channel.addItem("", "")
        for code, label in CHANNELS.items():
            self.follow_up_channel.addItem(m(label), code)
        self.follow_up_outcome = line_edit(
            done, "followUpOutcome", self.tr("Résultat, ex. : dossier déposé")
        )
        self.follow_up_button = push_button(self.tr("Marquer comme faite"), done, "followUpButton")
        row = FlowLayout(done)
        row.addWidget(self.follow_up_date)
        row.addWidget(self.follow_up_channel)
        self.follow_up_outcome.setMinimumWidth(260)
        row.addWidget(self.follow_up_outcome)
        row.addWidget(self.follow_up_button)
        summons = QGroupBox(self.tr("Assignation"), page)
        self.summons_date = line_edit(summons, "summonsDate", self.tr("jj/mm/aaaa"))
        self.summons_button = push_button(
            self.tr("Enregistrer la date envisagée"), summons, "summonsButton"
        )
        srow = FlowLayout(summons)
        add_all(
            srow,
            QLabel(
                self.tr("Assignation envisagée le (au moins 2 mois après la saisine de la CCAPEX)"),
                summons,
            ),
            self.summons_date,
            self.summons_button,
        )
        self.avenant_box = QGroupBox(
            self.tr("Avenant au protocole (prolongation de 3 ans au plus)"), page
        )
        self.avenant_signed = QLineEdit(format_date_fr(clock_today()), self.avenant_box)
        self.avenant_signed.setObjectName("avenantSigned")
        self.avenant_end = line_edit(self.avenant_box, "avenantEnd", self.tr("Nouvelle fin"))
        self.avenant_months = QSpinBox(self.avenant_box)
        self.avenant_months.setObjectName("avenantMonths")
        self.avenant_months.setRange(1, 120)
        self.avenant_months.setValue(12)
        self.avenant_button = push_button(
            self.tr("Signer l'avenant"), self.avenant_box, "avenantButton"
        )
        arow = FlowLayout(self.avenant_box)
        add_all(
            arow,
            labelled(self.avenant_box, self.tr("Signé le"), self.avenant_signed),
            labelled(self.avenant_box, self.tr("fin le"), self.avenant_end),
            labelled(self.avenant_box, self.tr("reste dû en (échéances)"), self.avenant_months),
            self.avenant_button,
        )
        letters = QGroupBox(
            self.tr("Courriers (modèles modifiables, enregistrés au registre)"), page
        )
        self.letter_choice = QComboBox(letters)
        self.letter_choice.setObjectName("letterChoice")
        for name in plan_letters.PLAN_LETTERS:
            self.letter_choice.addItem(m(plan_letters.LETTER_LABELS[name]), name)
        self.letter_pdf = QCheckBox(self.tr("PDF"), letters)
        self.letter_pdf.setObjectName("letterPdf")
        self.letter_pdf.setToolTip(self.tr("Convertir aussi en PDF (LibreOffice ou Word requis)"))
        self.letter_pdf.setChecked(True)  # PDF by default, as everywhere else
        self.letter_per_holder = per_holder_box(letters)
        self.letter_button = push_button(self.tr("Produire le courrier"), letters, "letterButton")
        lrow = QHBoxLayout()
        add_all(lrow, (self.letter_choice, 2), self.letter_pdf, self.letter_button)
        # (under the choice: the row keeps its width on a laptop)
        add_all(QVBoxLayout(letters), lrow, self.letter_per_holder)
        self.letter_choice.currentIndexChanged.connect(self.fill_per_holder)
        layout = QVBoxLayout(page)
        add_all(
            layout,
            self.breach_label,
            (self.follow_ups, 1),
            done,
            summons,
            self.avenant_box,
            letters,
        )
        self.letter_button.clicked.connect(self.produce_letter)
        self.follow_up_button.clicked.connect(self.complete_follow_up)
        self.summons_button.clicked.connect(self.plan_summons)
        self.avenant_button.clicked.connect(self.sign_avenant)
        return page

    def fill_per_holder(self) -> None:
        """« Un courrier par titulaire »: offered for the reminder and the breach
        notice of a lease of several holders, ticked when the letter goes registered
        (``plan_letters.per_holder_default``)."""
        name = self.letter_choice.currentData()
        count = getattr(self, "holders", 1)
        offered = name in plan_letters.PER_HOLDER_LETTERS and count > 1
        self.letter_per_holder.setEnabled(offered)
        self.letter_per_holder.setChecked(
            offered
            and self.plan_id is not None
            and plan_letters.per_holder_default(self._db, self._actor, self.plan_id, name)
        )
        # Why it may be ticked for an ordinary letter: a holder lives elsewhere.
        elsewhere = getattr(self, "elsewhere", [])
        self.letter_per_holder.setText(
            self.tr("Un courrier par titulaire ({names} n'habite plus le logement)").format(
                names=join_fr(elsewhere)
            )
            if len(elsewhere) == 1
            else self.tr("Un courrier par titulaire ({names} n'habitent plus le logement)").format(
                names=join_fr(elsewhere)
            )
            if elsewhere
            else self.tr("Un courrier par titulaire")
        )

    def fill_follow_ups(self, v: plans.PlanView) -> None:
        self.holders = plan_letters.holders_count(self._db, self._actor, v.household_id)
        self.elsewhere = plan_letters.holders_elsewhere(self._db, self._actor, v.household_id)
        self.fill_per_holder()
        reasons = [translate_message(r) for r in v.breach_reasons]
        if v.status == PlanStatus.DEFAILLANT and v.breached_on:
            reasons.insert(
                0,
                self.tr("Plan défaillant depuis le {date}.").format(
                    date=format_date_fr(v.breached_on)
                ),
            )
        self.breach_label.setText("\n".join(reasons))
        self.breach_label.setVisible(bool(reasons))
        today = clock_today()
        t = self.follow_ups
        t.setRowCount(0)
        for f in v.follow_ups:
            row = t.rowCount()
            t.insertRow(row)
            values = (
                m(f.kind.label),
                format_date_fr(f.due_on),
                format_date_fr(f.done_on),
                m(CHANNELS[f.channel]) if f.channel in CHANNELS else "",
                f.outcome,
            )
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, f.id)
                if f.overdue(today):
                    item.setForeground(QBrush(QColor("#b3261e")))
                t.setItem(row, col, item)
        self.summons_date.setText(format_date_fr(v.summons_on))
        self.avenant_end.setText(format_date_fr(v.avenant_end_on))

    def complete_follow_up(self) -> bool:
        follow_up_id = self._selected_id(self.follow_ups)
        if follow_up_id is None:
            self._show_general(self.tr("Sélectionnez l'action faite dans la liste."))
            return False
        done_on = self._date(self.follow_up_date, "done_on")
        if done_on is None:
            return False
        ok = self._run(
            lambda: plans.complete_follow_up(
                self._db,
                self._actor,
                self.plan_id,
                follow_up_id,
                done_on,
                self.version,
                channel=self.follow_up_channel.currentData() or "",
                outcome=self.follow_up_outcome.text(),
            ),
            self.tr("Action enregistrée."),
        )
        if ok:
            self.follow_up_outcome.clear()
        return ok

    def plan_summons(self) -> bool:
        summons_on = self._date(self.summons_date, "summons_on")
        if summons_on is None:
            return False
        return self._run(
            lambda: plans.plan_summons(
                self._db, self._actor, self.plan_id, summons_on, self.version
            ),
            self.tr("Date d'assignation enregistrée."),
        )

    def sign_avenant(self) -> bool:
        signed_on = self._date(self.avenant_signed, "avenant_signed_on")
        new_end = self._date(self.avenant_end, "avenant_end_on")
        if signed_on is None or new_end is None:
            return False
        return self._run(
            lambda: plans.sign_avenant(
                self._db,
                self._actor,
                self.plan_id,
                signed_on,
                new_end,
                self.version,
                months=self.avenant_months.value(),
            ),
            self.tr("Avenant signé."),
        )
