"""Messages shown to the user: labels defined below the UI translated (``m``), a
service message as text (``text_of``) and the one concurrent-change dialog."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from desktop.domain.errors import ConflictError, UserError, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.oserrors import file_error_message
from desktop.ui.i18n import translate_message


def m(text: str) -> str:
    """A domain label (``QT_TRANSLATE_NOOP("messages", ...)``) through the translators."""
    return QCoreApplication.translate("messages", text)


def text_of(message: Message | str) -> str:
    return translate_message(message) if isinstance(message, Message) else str(message)


class MessageLines:
    """Mixin of a screen with an OK line ``self.message`` and an error line
    ``self.error`` (``message_label``s) under it: it shows one of them at a time."""

    message: QLabel
    error: QLabel

    def _ok(self, text: str) -> None:
        self.error.hide()
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _show_error(self, text: str) -> None:
        self.message.hide()
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _error(self, exc: UserError) -> None:
        """A service's refusal on the error line."""
        self._show_error(text_of(exc.message))


UNEXPECTED = QT_TRANSLATE_NOOP("messages", "Erreur inattendue : {error}")
CONFLICT_TITLE = QT_TRANSLATE_NOOP("widgets", "Modification concurrente")
KEEP_INPUT = QT_TRANSLATE_NOOP("widgets", "Garder ma saisie")
UNSAVED_TITLE = QT_TRANSLATE_NOOP("widgets", "Modifications non enregistrées")


def error_text(exc: BaseException, separator: str = "\n", *, with_message: bool = False) -> str:
    """What the user reads of ``exc``: the messages of a ``ValidationError``'s fields
    (joined by ``separator``, after its own message when ``with_message``), else a
    service's message, else a file the system refused (a file open in another program,
    a path too long for Windows, said in French), else "Erreur inattendue"."""
    if isinstance(exc, ValidationError) and exc.fields:
        lines = [translate_message(x) for x in exc.fields.values()]
        if with_message:
            lines.insert(0, translate_message(exc.message))
        return separator.join(lines)
    if isinstance(exc, UserError):
        return translate_message(exc.message)
    if isinstance(exc, OSError) and (exc.filename is not None or exc.filename2 is not None):
        return translate_message(file_error_message(exc))
    return m(UNEXPECTED).format(error=exc)


def tr(text: str) -> str:
    """A text of these shared widgets (``QT_TRANSLATE_NOOP("widgets", ...)``) translated."""
    return QCoreApplication.translate("widgets", text)


def offer_reload_on_conflict(
    parent: QWidget,
    message: Message | str,
    reload_label: str,
    on_reload: Callable[[], object],
    name: str = "conflictBox",
) -> QMessageBox:
    """The concurrent-change dialog: someone else saved the row meanwhile (the
    service's ``ConflictError``). The user reloads (``on_reload`` is called: the form
    reads the row again) or keeps his input to copy it. ``reload_label``: "Recharger le
    dossier", "Recharger le plan"...

    Non-blocking, as qutebrowser's ``msgbox``: the box is shown beside the form and
    the call returns at once; the form stays usable, so that the user can read and copy
    what he typed while the question is open. One box per form: a second conflict
    replaces the first."""
    previous = parent.findChild(QMessageBox, name)
    if previous is not None:
        previous.setObjectName("")
        previous.close()
    box = QMessageBox(QMessageBox.Icon.Warning, tr(CONFLICT_TITLE), text_of(message), parent=parent)
    reload_button = box.addButton(reload_label, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr(KEEP_INPUT), QMessageBox.ButtonRole.RejectRole)
    box.setObjectName(name)
    box.setModal(False)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: on_reload() if button is reload_button else None)
    box.show()
    return box


class EscapeCloses:
    """For a ``QDialog`` whose ``closeEvent`` guards its closing (asks to save changes,
    waits for a letter on its way): Escape closes it as « Fermer » and the title bar's
    cross do, through that ``closeEvent`` (and deletes it with ``WA_DeleteOnClose``).
    Qt's Escape calls ``reject``, which only hid it: the changes gone unasked, the
    dialog left hidden. Put before ``QDialog`` in the bases."""

    _closing = False

    def reject(self) -> None:
        if self._closing or not self.isVisible():  # (QDialog.closeEvent's own call)
            super().reject()  # type: ignore[misc]
            return
        self._closing = True
        try:
            self.close()  # type: ignore[attr-defined]
        finally:
            self._closing = False


_dropping_unsaved = False


@contextmanager
def unsaved_input_dropped() -> Iterator[None]:
    """Within it, a form closing drops what was typed without asking
    (``may_close_unsaved``): the idle lock's « Quitter Parcours », whose screen says so,
    where whoever sits at the workstation may not be the signed-in user."""
    global _dropping_unsaved
    _dropping_unsaved = True
    try:
        yield
    finally:
        _dropping_unsaved = False


def may_close_unsaved(parent: QWidget, question: str, save: Callable[[], bool]) -> bool:
    """Asks whether to save a form's changes before it closes (``question``: "Enregistrer
    les modifications de ce dossier ?"): True when it may close (saved, or changes
    discarded), False when the user cancels or the save fails (the form stays open).
    Within ``unsaved_input_dropped`` nothing is asked: the changes are dropped."""
    if _dropping_unsaved:
        return True
    answer = QMessageBox.question(
        parent,
        tr(UNSAVED_TITLE),
        question,
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
    )
    if answer == QMessageBox.StandardButton.Cancel:
        return False
    return answer != QMessageBox.StandardButton.Save or save()


def confirmed(
    parent: QWidget,
    title: str,
    text: str,
    yes: str,
    no: str,
    *,
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
    role: QMessageBox.ButtonRole = QMessageBox.ButtonRole.AcceptRole,
    name: str = "",
) -> bool:
    """Asks ``text`` in a modal box (named ``name`` for the tests) with two buttons:
    ``yes`` (of ``role``: a destructive action says so) and ``no``. True when the user
    clicked ``yes``; closing the box is a no."""
    box = QMessageBox(icon, title, text, parent=parent)
    if name:
        box.setObjectName(name)
    ok = box.addButton(yes, role)
    box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is ok


def show_refusal(
    form: QWidget,
    exc: UserError,
    show_errors: Callable[[dict[str, str], str], object],
    reload_label: str,
    box_name: str,
) -> None:
    """Shows a service's refusal on ``form`` through its ``show_errors(errors, general)``:
    a ``ValidationError`` next to its fields, any other error as the general one; a
    ``ConflictError`` also offers to reload the form (``form.reload``, the box named
    ``box_name``, its button saying ``reload_label``)."""
    if isinstance(exc, ValidationError):
        errors = {k: translate_message(v) for k, v in exc.fields.items()}
        show_errors(errors, "" if exc.fields else translate_message(exc.message))
        return
    show_errors({}, translate_message(exc.message))
    if isinstance(exc, ConflictError):
        offer_reload_on_conflict(form, exc.message, reload_label, form.reload, box_name)
