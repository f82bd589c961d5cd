"""The counts of a call campaign as its screens and command line say them, agreed
with their number (« aucune fiche », « 1 fiche attribuée », « 3 personnes à appeler »;
docs/architecture.md, counts in texts): each form once, for every screen and command."""

from __future__ import annotations

from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message, counted


def targets_counted(count: int) -> Message:
    """« aucune fiche », « 1 fiche », « 3 fiches »."""
    return counted(
        count,
        QT_TRANSLATE_NOOP("messages", "{n} fiche"),
        QT_TRANSLATE_NOOP("messages", "{n} fiches"),
        QT_TRANSLATE_NOOP("messages", "aucune fiche"),
    )


def call_sheets_counted(count: int) -> Message:
    """« aucune fiche d'appel », « 1 fiche d'appel », « 3 fiches d'appel »."""
    return counted(
        count,
        QT_TRANSLATE_NOOP("messages", "{n} fiche d'appel"),
        QT_TRANSLATE_NOOP("messages", "{n} fiches d'appel"),
        QT_TRANSLATE_NOOP("messages", "aucune fiche d'appel"),
    )


def assigned_counted(count: int) -> Message:
    """« aucune fiche attribuée », « 1 fiche attribuée », « 3 fiches attribuées »."""
    return counted(
        count,
        QT_TRANSLATE_NOOP("messages", "{n} fiche attribuée"),
        QT_TRANSLATE_NOOP("messages", "{n} fiches attribuées"),
        QT_TRANSLATE_NOOP("messages", "aucune fiche attribuée"),
    )


def to_handle_counted(count: int) -> Message:
    """« aucune fiche à traiter », « 1 fiche à traiter », « 3 fiches à traiter »."""
    return counted(
        count,
        QT_TRANSLATE_NOOP("messages", "{n} fiche à traiter"),
        QT_TRANSLATE_NOOP("messages", "{n} fiches à traiter"),
        QT_TRANSLATE_NOOP("messages", "aucune fiche à traiter"),
    )


def to_call_counted(count: int) -> Message:
    """« aucune personne à appeler », « 1 personne à appeler », « 3 personnes à appeler »."""
    return counted(
        count,
        QT_TRANSLATE_NOOP("messages", "{n} personne à appeler"),
        QT_TRANSLATE_NOOP("messages", "{n} personnes à appeler"),
        QT_TRANSLATE_NOOP("messages", "aucune personne à appeler"),
    )


def calls_counted(count: int) -> Message:
    """« aucun appel », « 1 appel », « 5 appels »."""
    return counted(
        count,
        QT_TRANSLATE_NOOP("messages", "{n} appel"),
        QT_TRANSLATE_NOOP("messages", "{n} appels"),
        QT_TRANSLATE_NOOP("messages", "aucun appel"),
    )


def notes_counted(count: int) -> Message:
    """« aucune note », « 1 note », « 2 notes »."""
    return counted(
        count,
        QT_TRANSLATE_NOOP("messages", "{n} note"),
        QT_TRANSLATE_NOOP("messages", "{n} notes"),
        QT_TRANSLATE_NOOP("messages", "aucune note"),
    )


def referrals_counted(count: int) -> Message:
    """« aucune orientation », « 1 orientation », « 2 orientations »."""
    return counted(
        count,
        QT_TRANSLATE_NOOP("messages", "{n} orientation"),
        QT_TRANSLATE_NOOP("messages", "{n} orientations"),
        QT_TRANSLATE_NOOP("messages", "aucune orientation"),
    )


def households_counted(count: int) -> Message:
    """« aucun ménage », « 1 ménage », « 8 ménages »."""
    return counted(
        count,
        QT_TRANSLATE_NOOP("messages", "{n} ménage"),
        QT_TRANSLATE_NOOP("messages", "{n} ménages"),
        QT_TRANSLATE_NOOP("messages", "aucun ménage"),
    )


def callers_counted(count: int) -> Message:
    """« aucun appelant », « 1 appelant », « 2 appelants »."""
    return counted(
        count,
        QT_TRANSLATE_NOOP("messages", "{n} appelant"),
        QT_TRANSLATE_NOOP("messages", "{n} appelants"),
        QT_TRANSLATE_NOOP("messages", "aucun appelant"),
    )
