"""Light hooks that put the letters (issue 3) into the tenant file dialog: the
*Courrier…* button and the register entries of the timeline. Nothing heavy is
imported until the button is clicked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QPushButton, QWidget

from desktop.ui.widgets import push_button

EVENT_DOCUMENT = "COURRIER"  # same as desktop.services.documents.EVENT_DOCUMENT


def document_event_labels() -> dict[str, str]:
    return {EVENT_DOCUMENT: QCoreApplication.translate("TenantFileDialog", "Courrier")}


def per_holder_box(parent: QWidget) -> QCheckBox:
    """« Un courrier par titulaire »: a plan's reminder or breach notice to each holder
    apart (the plan screen and the letter form, ``plan_letters.produce_plan_letter``)."""
    box = QCheckBox(QCoreApplication.translate("LetterDialog", "Un courrier par titulaire"), parent)
    box.setObjectName("letterPerHolder")
    box.setToolTip(
        QCoreApplication.translate(
            "LetterDialog",
            "Chaque titulaire du bail reçoit son propre courrier, à son nom seul, qui nomme "
            "les autres tenus avec lui : la relance ou la notification lui est opposable. "
            "Coché d'office pour un envoi recommandé.",
        )
    )
    return box


def install_letter_button(dialog, buttons) -> QPushButton:
    """Add *Courrier…* to a tenant file dialog; double-click on a letter in the
    timeline reopens it."""
    button = push_button(
        QCoreApplication.translate("TenantFileDialog", "Courrier…"),
        dialog,
        "letterButton",
        tooltip=QCoreApplication.translate(
            "TenantFileDialog", "Écrire au locataire à partir d'un modèle (DOCX, PDF, signature)"
        ),
    )
    buttons.addWidget(button)

    def open_letter() -> None:
        from desktop.ui.letter_dialog import LetterDialog

        if dialog.household_id is None:
            return
        letter = LetterDialog(dialog._db, dialog._actor, dialog.household_id, dialog)
        letter.produced.connect(lambda *_: dialog.reload())
        dialog.letter_dialog = letter
        letter.show()

    def reopen(item, _column) -> None:
        label = document_event_labels()[EVENT_DOCUMENT]
        if item.text(1) != label:
            return
        reference = item.text(3).split(" ", 1)[0]
        from desktop.ui.letter_dialog import open_register_entry

        open_register_entry(dialog, dialog._db, dialog._actor, reference)

    button.clicked.connect(open_letter)
    button.setVisible(dialog.household_id is not None)
    dialog.saved.connect(lambda *_: button.setVisible(dialog.household_id is not None))
    dialog.timeline.itemDoubleClicked.connect(reopen)
    from desktop.ui.widgets import open_on_enter

    open_on_enter(
        dialog.timeline,
        lambda: (
            dialog.timeline.currentItem() is not None and reopen(dialog.timeline.currentItem(), 0)
        ),
    )
    dialog.letter_button = button
    return button
