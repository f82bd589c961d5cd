"""System errors (files, folders) said in French: ``exc.strerror`` is in the system's
language, often English.

Windows says more than ``errno`` in ``exc.winerror``: a file open in another program
(Acrobat, Excel, Word) refuses to be replaced or written, a path too long for the
260-character limit reads as "not found", a ``:`` or ``?`` in a name is "invalid
argument". Those are told as such."""

from __future__ import annotations

import errno

from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message

_REASONS = {
    errno.EACCES: QT_TRANSLATE_NOOP("messages", "accès refusé"),
    errno.EPERM: QT_TRANSLATE_NOOP("messages", "accès refusé"),
    errno.ENOENT: QT_TRANSLATE_NOOP("messages", "dossier ou fichier introuvable"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("messages", "un élément du chemin n'est pas un dossier"),
    errno.EEXIST: QT_TRANSLATE_NOOP("messages", "un fichier de ce nom occupe le chemin"),
    errno.EISDIR: QT_TRANSLATE_NOOP("messages", "c'est un dossier"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("messages", "disque plein"),
    errno.EROFS: QT_TRANSLATE_NOOP("messages", "support en lecture seule"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("messages", "nom trop long"),
    errno.EBUSY: QT_TRANSLATE_NOOP("messages", "fichier utilisé par un autre logiciel"),
}

IN_USE = QT_TRANSLATE_NOOP(
    "messages", "fichier ouvert dans un autre logiciel (fermez-le puis recommencez)"
)
#: Windows refuses to replace or write a file that another program holds open with
#: "access denied" as often as with "sharing violation".
DENIED_OR_IN_USE = QT_TRANSLATE_NOOP(
    "messages",
    "accès refusé (le fichier est peut-être ouvert dans un autre logiciel : fermez-le puis "
    "recommencez)",
)
PATH_TOO_LONG = QT_TRANSLATE_NOOP(
    "messages",
    "chemin trop long pour Windows (plus de 260 caractères ; choisissez un dossier moins "
    "profond ou un nom plus court)",
)
INVALID_NAME = QT_TRANSLATE_NOOP(
    "messages", 'nom de fichier invalide (caractères interdits : \\ / : * ? " < > |)'
)
NETWORK_GONE = QT_TRANSLATE_NOOP("messages", "serveur ou partage réseau injoignable")

#: Windows error codes (``exc.winerror``) that say more than their ``errno``.
_WINDOWS_REASONS = {
    32: IN_USE,  # ERROR_SHARING_VIOLATION
    33: IN_USE,  # ERROR_LOCK_VIOLATION
    1224: IN_USE,  # ERROR_USER_MAPPED_FILE
    5: DENIED_OR_IN_USE,  # ERROR_ACCESS_DENIED
    206: PATH_TOO_LONG,  # ERROR_FILENAME_EXCED_RANGE
    123: INVALID_NAME,  # ERROR_INVALID_NAME
    53: NETWORK_GONE,  # ERROR_BAD_NETPATH
    67: NETWORK_GONE,  # ERROR_BAD_NET_NAME
    64: NETWORK_GONE,  # ERROR_NETNAME_DELETED
}
#: The classic limit of a full path on Windows (MAX_PATH, terminating NUL included).
WINDOWS_MAX_PATH = 260


def _windows_reason(exc: OSError) -> str | None:
    code = getattr(exc, "winerror", None)
    if code in _WINDOWS_REASONS:
        return _WINDOWS_REASONS[code]
    # A path past MAX_PATH reads as "path not found" (ERROR_PATH_NOT_FOUND) on a
    # workstation without long paths: said as too long when it is.
    names = [str(n) for n in (exc.filename, exc.filename2) if n is not None]
    if exc.errno == errno.ENOENT and any(len(n) >= WINDOWS_MAX_PATH for n in names):
        return PATH_TOO_LONG
    if isinstance(exc, PermissionError) or exc.errno == errno.EACCES:
        # The C runtime's open() says EACCES without a Windows code for a file that
        # another program holds open.
        return DENIED_OR_IN_USE
    if exc.errno == errno.EINVAL and names:
        return INVALID_NAME
    return None


def from_windows(exc: OSError) -> bool:
    """Whether Windows raised ``exc``: there, and only there, every ``OSError`` has a
    ``winerror`` attribute (``None`` for an error of the C runtime)."""
    return hasattr(exc, "winerror")


def os_reason(exc: OSError) -> Message:
    """Why a file operation failed, in French."""
    reason = _windows_reason(exc) if from_windows(exc) else None
    if reason is None:
        reason = _REASONS.get(exc.errno or 0)
    if reason is None and isinstance(exc, PermissionError):
        reason = _REASONS[errno.EACCES]
    if reason is None:
        return Message(
            QT_TRANSLATE_NOOP("messages", "erreur du système n° {code}"),
            {"code": exc.errno if exc.errno is not None else "?"},
        )
    return Message(reason)


def file_error_message(exc: OSError) -> Message:
    """A file that could not be read or written, named, and why. A failed rename names
    its destination (``filename2``: the file the user chose, not the temporary file an
    atomic write renames onto it)."""
    path = exc.filename2 if exc.filename2 is not None else exc.filename
    return Message(
        QT_TRANSLATE_NOOP(
            "messages", "Le fichier « {path} » n'a pas pu être lu ou écrit : {reason}."
        ),
        {"path": path if path is not None else "", "reason": os_reason(exc)},
    )
