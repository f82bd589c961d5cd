"""The French names of the CALEOL codes as the screens and the minutes show them
(desktop/domain/caleol/common.py), without a database."""

from __future__ import annotations

from desktop.domain.caleol import AgendaItemKind, AttendanceMode, PriorityCriterion, SessionMode
from desktop.domain.caleol.common import VoteChannel


def test_attendance_and_session_modes():
    assert [a.label for a in AttendanceMode] == ["Présent", "À distance", "Représenté", "Absent"]
    assert [s.label for s in SessionMode] == [
        "Séance en présentiel",
        "Séance dématérialisée par visioconférence",
        "Séance dématérialisée par écrit",
    ]


def test_agenda_items_priorities_and_vote_channels():
    assert [k.label for k in AgendaItemKind] == [
        "Attribution d'un logement",
        "Examen de l'occupation du logement",
    ]
    assert PriorityCriterion.DALO.label == "Reconnu prioritaire DALO (désigné par le préfet)"
    assert [c.label for c in VoteChannel] == [
        "En séance",
        "Vote à distance",
        "Importé de l'outil de vote",
        "Voté par le membre dans l'application",
    ]
