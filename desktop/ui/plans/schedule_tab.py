"""The schedule tab of the agreement dialog: the instalments, computed or typed in,
added and removed, checked before saving."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ValidationError
from desktop.domain.formatting import (
    AmountError,
    format_date_fr,
    format_money_fr,
    parse_amount_fr,
    parse_date_fr,
)
from desktop.domain.plans import (
    LineState,
    adjust_last,
    check_schedule,
    normalise_terms,
    schedule_for,
)
from desktop.domain.schedule import (
    Instalment,
    instalments_counted,
    schedule_total,
)
from desktop.services.context import today as clock_today
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import (
    ERROR_STYLE,
    OK_STYLE,
    FlowLayout,
    add_all,
    push_button,
)
from desktop.ui.widgets.form import label, money_text
from desktop.ui.widgets.messages import m
from desktop.ui.widgets.tables import empty_text

SCHEDULE_COLUMNS = 5  # n°, due date, amount, paid, state


class PlanScheduleTab:
    """Mixed into ``PlanDialog`` (``desktop.ui.plans.dialog``): its widgets are the
    dialog's attributes."""

    def _schedule_tab(self) -> QWidget:
        page = QWidget(self)
        self.schedule = QTableWidget(0, SCHEDULE_COLUMNS, page)
        self.schedule.setObjectName("scheduleTable")
        self.schedule.setHorizontalHeaderLabels(
            [
                self.tr("N°"),
                self.tr("Échéance"),
                self.tr("Montant (€)"),
                self.tr("Payé (€)"),
                self.tr("État"),
            ]
        )
        self.schedule.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.schedule.verticalHeader().hide()
        empty_text(
            self.schedule,
            self.tr(
                "Pas encore d'échéancier : saisissez les conditions, puis « Calculer "
                "l'échéancier » dans l'onglet « Conditions et parties »."
            ),
        )
        self.keep_total = QCheckBox(
            self.tr("Reporter l'écart sur la dernière échéance pour garder le total juste"), page
        )
        self.keep_total.setObjectName("keepTotal")
        self.keep_total.setChecked(True)
        add = push_button(self.tr("Ajouter une échéance"), page, "addInstalment")
        remove = push_button(self.tr("Retirer la dernière échéance"), page, "removeInstalment")
        add.clicked.connect(self.add_instalment)
        remove.clicked.connect(self.remove_instalment)
        self.schedule_buttons = (add, remove)
        self.total_label = QLabel(page)
        self.total_label.setObjectName("scheduleTotal")
        self.schedule_message = label(page, name="scheduleMessage")
        row = FlowLayout()
        add_all(row, self.keep_total, add, remove)
        layout = QVBoxLayout(page)
        add_all(layout, (self.schedule, 1), row, self.total_label, self.schedule_message)
        self.schedule.itemChanged.connect(self._instalment_edited)
        return page

    def _released_text(self, state, on) -> str:
        """An instalment a withdrawn promise was to pay: the tenants' from the end of the
        notice (docs/domain.md#plans)."""
        if on <= state.owed_from:
            return self.tr("promesse retirée : due le {date}").format(
                date=format_date_fr(state.tenants_due_on)
            )
        return self.tr("en retard depuis le {date}").format(
            date=format_date_fr(state.tenants_due_on)
        )

    def fill_schedule(self, instalments: list[Instalment], ledger=None) -> None:
        self._filling = True
        try:
            t = self.schedule
            t.setRowCount(0)
            states = {s.number: s for s in (ledger.instalments if ledger else ())}
            for inst in instalments:
                row = t.rowCount()
                t.insertRow(row)
                number = QTableWidgetItem(str(inst.number))
                number.setFlags(Qt.ItemFlag.ItemIsEnabled)
                t.setItem(row, 0, number)
                t.setItem(row, 1, QTableWidgetItem(format_date_fr(inst.due_date)))
                t.setItem(row, 2, QTableWidgetItem(money_text(inst.amount)))
                state = states.get(inst.number)
                paid = QTableWidgetItem(money_text(state.paid) if state else "")
                paid.setFlags(Qt.ItemFlag.ItemIsEnabled)
                t.setItem(row, 3, paid)
                text = ""
                if state is not None:
                    text = m(state.state.label)
                    if state.state == LineState.PAID and state.paid_late:
                        text = self.tr("payée en retard, le {date}").format(
                            date=format_date_fr(state.paid_on)
                        )
                    elif state.state == LineState.LATE and state.unpaid:
                        text = self.tr("impayée")
                    elif state.released > 0 and state.state == LineState.LATE:
                        # A withdrawn promise: the tenants' after a notice.
                        text = self._released_text(state, ledger.on)
                    elif state.state == LineState.LATE and state.awaited > 0:
                        # A contributor's promised payment will pay it: not the tenants'
                        # default (docs/domain.md#plans).
                        text = self.tr("en attente du contributeur ({amount})").format(
                            amount=format_money_fr(state.awaited)
                        )
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if state is not None and state.state == LineState.LATE:
                    item.setForeground(QBrush(QColor("#b3261e")))
                t.setItem(row, 4, item)
        finally:
            self._filling = False
        self._check_schedule()

    # ----------------------------------------------------------------- schedule editing
    def current_schedule(self) -> tuple[list[Instalment] | None, list[str]]:
        """The schedule as typed, or the cells that cannot be read."""
        problems: list[str] = []
        out: list[Instalment] = []
        t = self.schedule
        for row in range(t.rowCount()):
            number = row + 1
            date_text = t.item(row, 1).text() if t.item(row, 1) else ""
            amount_text = t.item(row, 2).text() if t.item(row, 2) else ""
            try:
                due = parse_date_fr(date_text)
            except ValueError:
                problems.append(
                    self.tr("Échéance n° {n} : date invalide (jj/mm/aaaa).").format(n=number)
                )
                continue
            try:
                amount = parse_amount_fr(amount_text)
            except AmountError as exc:
                problems.append(
                    self.tr("Échéance n° {n} : {reason}").format(
                        n=number, reason=translate_message(exc.message)
                    )
                )
                continue
            except ValueError:
                problems.append(self.tr("Échéance n° {n} : montant invalide.").format(n=number))
                continue
            out.append(Instalment(number, due, amount))
        return (None if problems else out), problems

    def _instalment_edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        if item.column() == 2 and self.keep_total.isChecked():
            schedule, problems = self.current_schedule()
            terms, _ = self.collect_terms()
            if schedule is not None and terms is not None and terms.debt is not None:
                balanced, problem = adjust_last(terms.debt, schedule, item.row())
                if problem is None and balanced is not schedule:
                    self._filling = True
                    try:
                        self.schedule.item(len(balanced) - 1, 2).setText(
                            money_text(balanced[-1].amount)
                        )
                    finally:
                        self._filling = False
                elif problem is not None:
                    self._check_schedule(extra=[translate_message(problem)])
                    return
        self._check_schedule()

    def _check_schedule(self, extra: list[str] | None = None) -> list[str]:
        schedule, problems = self.current_schedule()
        terms, _ = self.collect_terms()
        messages = list(extra or []) + problems
        if schedule is not None:
            total = schedule_total(schedule)
            debt = terms.debt if terms is not None and terms.debt is not None else None
            self.total_label.setText(
                self.tr("Total des échéances : {total} · dette : {debt} · {count}").format(
                    total=format_money_fr(total),
                    debt=format_money_fr(debt) if debt is not None else "—",
                    count=translate_message(instalments_counted(len(schedule))),
                )
            )
            if terms is not None and debt is not None:
                messages += [translate_message(m) for m in check_schedule(terms, schedule)]
        if messages:
            self.schedule_message.setStyleSheet(ERROR_STYLE)
            self.schedule_message.setText("\n".join(dict.fromkeys(messages)))
        else:
            self.schedule_message.setStyleSheet(OK_STYLE)
            self.schedule_message.setText(
                self.tr("L'échéancier est juste : son total est la dette.")
            )
        return messages

    def compute_schedule(self) -> None:
        terms, errors = self.collect_terms()
        if errors:
            self.show_errors(errors, self.tr("Corrigez les champs signalés en rouge."))
            return
        try:
            schedule = schedule_for(normalise_terms(terms))
        except ValidationError as exc:
            self.show_errors({k: translate_message(m) for k, m in exc.fields.items()})
            return
        self.clear_errors()
        self.fill_schedule(schedule)

    def add_instalment(self) -> None:
        schedule, _ = self.current_schedule()
        last = schedule[-1].due_date if schedule else clock_today()
        from desktop.domain.calendar_fr import add_months

        self._filling = True
        try:
            row = self.schedule.rowCount()
            self.schedule.insertRow(row)
            number = QTableWidgetItem(str(row + 1))
            number.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.schedule.setItem(row, 0, number)
            self.schedule.setItem(row, 1, QTableWidgetItem(format_date_fr(add_months(last, 1))))
            self.schedule.setItem(row, 2, QTableWidgetItem("0,00"))
            for col in (3, 4):
                item = QTableWidgetItem("")
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.schedule.setItem(row, col, item)
        finally:
            self._filling = False
        self._check_schedule()

    def remove_instalment(self) -> None:
        if self.schedule.rowCount():
            self.schedule.removeRow(self.schedule.rowCount() - 1)
        self._check_schedule()

    def set_instalment_amount(self, row: int, text: str) -> None:
        """Type an amount into the schedule (as the user's edit does; used by tests)."""
        self.schedule.item(row, 2).setText(text)
