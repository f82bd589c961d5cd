"""The counts of a call campaign as its screens and command line say them, agreed
with their number (« aucune fiche », « 1 fiche attribuée », « 3 personnes à appeler »;
docs/architecture.md, counts in texts): each form once, for every screen and command."""

from __future__ import annotations

from desktop.domain.i18n import QT_TRANSLATE_NOOP, Forms

# « aucune fiche », « 1 fiche », « 3 fiches ».
targets_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} fiche"),
    QT_TRANSLATE_NOOP("messages", "{n} fiches"),
    QT_TRANSLATE_NOOP("messages", "aucune fiche"),
)


# « aucune fiche d'appel », « 1 fiche d'appel », « 3 fiches d'appel ».
call_sheets_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} fiche d'appel"),
    QT_TRANSLATE_NOOP("messages", "{n} fiches d'appel"),
    QT_TRANSLATE_NOOP("messages", "aucune fiche d'appel"),
)


# « aucune fiche attribuée », « 1 fiche attribuée », « 3 fiches attribuées ».
assigned_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} fiche attribuée"),
    QT_TRANSLATE_NOOP("messages", "{n} fiches attribuées"),
    QT_TRANSLATE_NOOP("messages", "aucune fiche attribuée"),
)


# « aucune fiche à traiter », « 1 fiche à traiter », « 3 fiches à traiter ».
to_handle_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} fiche à traiter"),
    QT_TRANSLATE_NOOP("messages", "{n} fiches à traiter"),
    QT_TRANSLATE_NOOP("messages", "aucune fiche à traiter"),
)


# « aucune personne à appeler », « 1 personne à appeler », « 3 personnes à appeler ».
to_call_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} personne à appeler"),
    QT_TRANSLATE_NOOP("messages", "{n} personnes à appeler"),
    QT_TRANSLATE_NOOP("messages", "aucune personne à appeler"),
)


# « aucun appel », « 1 appel », « 5 appels ».
calls_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} appel"),
    QT_TRANSLATE_NOOP("messages", "{n} appels"),
    QT_TRANSLATE_NOOP("messages", "aucun appel"),
)


# « aucune note », « 1 note », « 2 notes ».
notes_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} note"),
    QT_TRANSLATE_NOOP("messages", "{n} notes"),
    QT_TRANSLATE_NOOP("messages", "aucune note"),
)


# « aucune orientation », « 1 orientation », « 2 orientations ».
referrals_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} orientation"),
    QT_TRANSLATE_NOOP("messages", "{n} orientations"),
    QT_TRANSLATE_NOOP("messages", "aucune orientation"),
)


# « aucun ménage », « 1 ménage », « 8 ménages ».
households_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} ménage"),
    QT_TRANSLATE_NOOP("messages", "{n} ménages"),
    QT_TRANSLATE_NOOP("messages", "aucun ménage"),
)


# « aucun appelant », « 1 appelant », « 2 appelants ».
callers_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} appelant"),
    QT_TRANSLATE_NOOP("messages", "{n} appelants"),
    QT_TRANSLATE_NOOP("messages", "aucun appelant"),
)
