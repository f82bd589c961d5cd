"""System errors (files, folders) said in French: ``exc.strerror`` is in the system's
language, often English."""

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


def os_reason(exc: OSError) -> Message:
    """Why a file operation failed, in French."""
    reason = _REASONS.get(exc.errno or 0)
    if reason is None and isinstance(exc, PermissionError):
        reason = _REASONS[errno.EACCES]
    if reason is None:
        return Message(
            QT_TRANSLATE_NOOP("messages", "erreur du système n° {code}"),
            {"code": exc.errno if exc.errno is not None else "?"},
        )
    return Message(reason)
