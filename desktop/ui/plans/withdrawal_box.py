"""The box of the agreement dialog's payments tab that records a contributor's promise
(FSL, CCAS) withdrawn or refused after the signature: what it was to pay becomes the
tenants' from a day they are told of; and cancels a withdrawal entered by mistake while
its notice runs (docs/domain.md#plans)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QGroupBox, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from desktop.domain.errors import ValidationError
from desktop.domain.formatting import format_date_fr, format_money_fr
from desktop.domain.plan_withdrawal import check_cancel
from desktop.domain.plans import IN_FORCE, Contribution, Contributor
from desktop.services import plan_letters, plans
from desktop.services.context import today as clock_today
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import WARNING_STYLE, FlowLayout, labelled, line_edit, push_button
from desktop.ui.widgets.form import label
from desktop.ui.widgets.messages import m


def _name(contributor: Contributor) -> str:
    return QCoreApplication.translate("messages", contributor.label)


class PlanWithdrawalBox:
    """Mixed into ``PlanDialog`` (``desktop.ui.plans.dialog``): its widgets are the
    dialog's attributes."""

    def _withdrawal_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Promesse d'un contributeur retirée ou refusée"), parent)
        box.setObjectName("withdrawalBox")
        self.withdrawal_contributor = QComboBox(box)
        self.withdrawal_contributor.setObjectName("withdrawalContributor")
        self.withdrawal_date = QLineEdit(box)
        self.withdrawal_date.setObjectName("withdrawalDate")
        self.withdrawal_date.setMaximumWidth(110)
        self.withdrawal_owed_from = QLineEdit(box)
        self.withdrawal_owed_from.setObjectName("withdrawalOwedFrom")
        self.withdrawal_owed_from.setMaximumWidth(110)
        self.withdrawal_reason = line_edit(
            box, "withdrawalReason", self.tr("Motif, ex. refus de la commission du FSL")
        )
        self.withdrawal_reason.setMinimumWidth(300)
        self.withdrawal_button = push_button(
            self.tr("Enregistrer le retrait…"), box, "withdrawalButton"
        )
        row = FlowLayout()
        row.addWidget(labelled(box, self.tr("Promesse du"), self.withdrawal_contributor))
        row.addWidget(labelled(box, self.tr("retirée le"), self.withdrawal_date))
        row.addWidget(
            labelled(
                box,
                self.tr("échéances dues par les locataires à partir du"),
                self.withdrawal_owed_from,
            )
        )
        row.addWidget(self.withdrawal_reason)
        row.addWidget(self.withdrawal_button)
        hint = label(
            box,
            self.tr(
                "Les échéances que le contributeur devait payer redeviennent dues par les "
                "locataires à partir de la date choisie (un mois après aujourd'hui par "
                "défaut) : prévenez-les par courrier avant cette date. Jusque-là, elles ne "
                "comptent pas comme impayées."
            ),
        )
        # A withdrawal entered by mistake, cancelled while its notice runs.
        self.undo_row = QWidget(box)
        self.undo_contributor = QComboBox(self.undo_row)
        self.undo_contributor.setObjectName("undoContributor")
        self.undo_button = push_button(
            self.tr("Annuler le retrait de la promesse…"), self.undo_row, "undoWithdrawalButton"
        )
        undo = FlowLayout(self.undo_row)
        undo.setContentsMargins(0, 0, 0, 0)
        undo.addWidget(
            labelled(
                self.undo_row,
                self.tr("Retrait saisi par erreur : promesse du"),
                self.undo_contributor,
            )
        )
        undo.addWidget(self.undo_button)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(self.undo_row)
        self.undo_note = label(box, name="undoNote")  # why it cannot be cancelled
        self.undo_note.setStyleSheet(WARNING_STYLE)
        layout.addWidget(self.undo_note)
        self.withdrawal_box = box
        self.withdrawal_button.clicked.connect(self.withdraw_contribution)
        self.undo_button.clicked.connect(self.cancel_withdrawal)
        self.undo_contributor.currentIndexChanged.connect(self._update_undo)
        return box

    def fill_withdrawal(self, v: plans.PlanView) -> None:
        """The contributors whose promise still stands; the box shows only on a plan
        that names one, and works on a plan in force."""
        combo = self.withdrawal_contributor
        chosen = combo.currentData()
        combo.clear()
        named = {Contributor.FSL: v.terms.fsl, Contributor.CCAS: v.terms.ccas}
        for c in v.contributions:
            standing = c.withdrawal is None and (c.promised is None or c.unpaid_promise > 0)
            if named.get(c.contributor) and standing:
                combo.addItem(_name(c.contributor), c.contributor.value)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        self.withdrawal_box.setVisible(v.terms.fsl or v.terms.ccas)
        open_to_withdrawal = v.status in IN_FORCE and self._can_write and combo.count() > 0
        for widget in (
            combo,
            self.withdrawal_date,
            self.withdrawal_owed_from,
            self.withdrawal_reason,
            self.withdrawal_button,
        ):
            widget.setEnabled(open_to_withdrawal)
        undo = self.undo_contributor
        chosen = undo.currentData()
        undo.blockSignals(True)
        undo.clear()
        for c in v.contributions:
            if c.withdrawal is not None:
                undo.addItem(_name(c.contributor), c.contributor.value)
        undo.setCurrentIndex(max(undo.findData(chosen), 0))
        undo.blockSignals(False)
        self.undo_row.setVisible(undo.count() > 0)
        self._update_undo()
        today = clock_today()
        self.withdrawal_date.setText(format_date_fr(today))
        self.withdrawal_owed_from.setText(format_date_fr(plans.default_owed_from(today)))

    def _withdrawal_question(self, c: Contribution, owed_from) -> str:
        name = _name(c.contributor)
        if c.promised is None:
            first = self.tr("Le {contributor} ne versera rien de plus sur ce plan.").format(
                contributor=name
            )
        else:
            first = self.tr(
                "Le {contributor} ne versera pas les {amount} qu'il lui restait à verser sur ce "
                "plan."
            ).format(contributor=name, amount=format_money_fr(c.unpaid_promise))
        return self.tr(
            "{first}\n\nLes échéances qu'il devait payer seront dues par les locataires à partir "
            "du {date} : prévenez-les par courrier avant cette date.\n\nEnregistrer le retrait de "
            "la promesse du {contributor} ?"
        ).format(first=first, date=format_date_fr(owed_from), contributor=name)

    def withdraw_contribution(self) -> bool:
        value = self.withdrawal_contributor.currentData()
        if self.plan_id is None or self.view is None or value is None:
            return False
        contributor = Contributor(value)
        withdrawn_on = self._date(self.withdrawal_date, "on")
        if withdrawn_on is None:
            return False
        owed_from = self._date(self.withdrawal_owed_from, "owed_from")
        if owed_from is None:
            return False
        contribution = next(c for c in self.view.contributions if c.contributor == contributor)
        answer = QMessageBox.question(
            self,
            self.tr("Retrait de la promesse du {contributor}").format(
                contributor=_name(contributor)
            ),
            self._withdrawal_question(contribution, owed_from),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        ok = self._run(
            lambda: plans.withdraw_contribution(
                self._db,
                self._actor,
                self.plan_id,
                contributor,
                withdrawn_on,
                self.withdrawal_reason.text(),
                self.version,
                owed_from=owed_from,
            ),
            self.tr(
                "Retrait de la promesse du {contributor} enregistré. Prévenez les locataires : "
                "courrier « {letter} » (onglet « Suivi »)."
            ).format(
                contributor=_name(contributor),
                letter=m(plan_letters.LETTER_LABELS[plan_letters.WITHDRAWAL]),
            ),
        )
        if ok:
            self.withdrawal_reason.clear()
        return ok

    def _cancel_refusal(self) -> str | None:
        """Why the chosen withdrawal cannot be cancelled (the service's words), else
        ``None``."""
        value = self.undo_contributor.currentData()
        if self.view is None or value is None:
            return ""
        contributor = Contributor(value)
        given = next((c for c in self.view.contributions if c.contributor == contributor), None)
        try:
            check_cancel(self.view.status, contributor, given, clock_today())
        except ValidationError as exc:
            return translate_message(exc.message)
        return None

    def _update_undo(self) -> None:
        why = self._cancel_refusal()
        self.undo_button.setEnabled(self._can_write and why is None)
        self.undo_button.setToolTip(why or "")
        self.undo_note.setText(why or "")
        self.undo_note.setVisible(bool(why) and self.undo_contributor.count() > 0)

    def cancel_withdrawal(self) -> bool:
        """« Annuler le retrait de la promesse… », after a confirmation."""
        value = self.undo_contributor.currentData()
        if self.plan_id is None or self.view is None or value is None:
            return False
        contributor = Contributor(value)
        c = next(c for c in self.view.contributions if c.contributor == contributor)
        if c.withdrawal is None:
            return False
        name = _name(contributor)
        answer = QMessageBox.question(
            self,
            self.tr("Annuler le retrait de la promesse du {contributor}").format(contributor=name),
            self.tr(
                "Le retrait enregistré le {date} ({reason}) sera annulé : la promesse du "
                "{contributor} vaut de nouveau, comme signée, et les échéances qu'il devait "
                "payer ne seront pas réclamées aux locataires.\n\nSi le courrier « {letter} » "
                "leur a été envoyé, prévenez-les que la promesse tient toujours.\n\nAnnuler "
                "le retrait de la promesse du {contributor} ?"
            ).format(
                date=format_date_fr(c.withdrawal.on),
                reason=c.withdrawal.reason,
                contributor=name,
                letter=m(plan_letters.LETTER_LABELS[plan_letters.WITHDRAWAL]),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._run(
            lambda: plans.cancel_withdrawal(
                self._db, self._actor, self.plan_id, contributor, self.version
            ),
            self.tr(
                "Retrait de la promesse du {contributor} annulé : le {contributor} reste attendu."
            ).format(contributor=name),
        )
