"""The messages the domain gives users (desktop/domain/i18n.py, errors.py,
oserrors.py, member_votes.py), without a database or Qt."""

from __future__ import annotations

import dataclasses
import errno

import pytest

from desktop.domain.errors import PermissionDenied, ValidationError, check_length
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message, counted, is_singular, message
from desktop.domain.member_votes import channels_text
from desktop.domain.oserrors import os_reason


def test_a_message_is_translated_then_filled_in():
    seen = []

    def translate(context, text):
        seen.append(context)
        return text.replace("Bonjour", "Hello")

    greeting = message("Bonjour {name}", name="Léa")
    assert greeting == Message("Bonjour {name}", {"name": "Léa"})
    assert greeting.render() == "Bonjour Léa"
    assert str(greeting) == "Bonjour Léa"
    assert greeting.render(translate) == "Hello Léa"
    assert seen == ["messages"]
    # Without parameters the text is shown as written, braces included.
    assert Message("Un {texte} brut").render() == "Un {texte} brut"
    assert QT_TRANSLATE_NOOP("messages", "Texte") == "Texte"


def test_a_validation_error_counts_its_fields_and_names_them():
    error = ValidationError({"lease.rent": Message("Trop élevé."), "notes": Message("Trop long.")})
    assert str(error.message) == "La saisie comporte 2 erreurs."
    assert (
        str(error) == "La saisie comporte 2 erreurs. lease.rent : Trop élevé.; notes : Trop long."
    )
    one = ValidationError({"notes": Message("Trop long.")})
    assert str(one.message) == "La saisie comporte 1 erreur."
    own = ValidationError({}, Message("Fichier illisible."))
    assert str(own) == "Fichier illisible."


def test_a_text_may_fill_its_field_to_the_last_character():
    errors: dict[str, Message] = {}
    check_length(errors, "notes", "x" * 12, 12)
    assert errors == {}
    check_length(errors, "notes", "x" * 13, 12)
    assert str(errors["notes"]) == "12 caractères au plus."


def test_a_refusal_is_not_yet_recorded_in_the_audit_trail():
    refusal = PermissionDenied(Message("Refusé."), permission="dossier.modifier")
    assert refusal.recorded is False
    assert refusal.permission == "dossier.modifier" and str(refusal) == "Refusé."


def test_system_errors_are_said_in_french():
    assert str(os_reason(OSError(errno.ENOSPC, "No space left on device"))) == "disque plein"
    assert str(os_reason(PermissionError(errno.EACCES, "Access denied"))) == "accès refusé"
    # A permission error without a code (Windows sharing violations): still a refusal.
    assert str(os_reason(PermissionError("locked"))) == "accès refusé"
    assert str(os_reason(OSError(errno.EPROTO, "Protocol error"))) == (
        f"erreur du système n° {errno.EPROTO}"
    )
    assert str(os_reason(OSError("no code"))) == "erreur du système n° ?"


def test_vote_channels_in_the_minutes_order():
    assert channels_text([]) == ""
    assert channels_text(["IMPORT", "MEMBRE", "SEANCE", "MEMBRE", "X", "A"]) == (
        "1 — en séance ; 2 — voté par le membre dans l'application ; "
        "1 — importé de l'outil de vote ; 1 — A ; 1 — X"
    )
    assert channels_text(["VOTE_DISTANCE"]) == "1 — vote à distance"


def test_a_message_cannot_be_changed_once_made():
    # Messages are shared (module constants, errors passed up to the screens).
    shared = Message("Bonjour {name}", {"name": "Léa"})
    with pytest.raises(dataclasses.FrozenInstanceError):
        shared.template = "Au revoir"  # type: ignore[misc]


def test_counts_agree_with_their_number_the_french_way():
    from decimal import Decimal

    # Below 2 (« 1,5 mois », « 0 voix ») the singular, from 2 on the plural.
    singular = [is_singular(n) for n in (-2, -1, 0, 1, Decimal("1.5"), 2)]
    assert singular == [False, True, True, True, True, False]
    forms = ("{n} abstention", "{n} abstentions", "aucune abstention")
    assert [str(counted(n, *forms)) for n in (0, 1, 2)] == [
        "aucune abstention",
        "1 abstention",
        "2 abstentions",
    ]
    letters = ("{n} lettre produite le {date}", "{n} lettres produites le {date}")
    assert str(counted(0, *letters, date="04/01/2027")) == "0 lettre produite le 04/01/2027"
    assert str(counted(3, *letters, date="04/01/2027")) == "3 lettres produites le 04/01/2027"
