"""What the tenant file's timeline says of an event (desktop/domain/timeline.py),
without a database."""

from __future__ import annotations

from desktop.domain.timeline import changes_text, event_detail, event_label, field_changes


def shouting(context: str, text: str) -> str:
    """A stand-in for Qt's translate: the text upper-cased, to see that it is used."""
    assert context == "messages"
    return text.upper()


def test_event_labels_are_translated_and_unknown_codes_shown_as_written():
    assert event_label("CREATION") == "Création du dossier"
    assert event_label("CREATION", shouting) == "CRÉATION DU DOSSIER"
    assert event_label("EVENEMENT_FUTUR", shouting) == "EVENEMENT_FUTUR"


def test_the_detail_of_a_change_names_the_fields():
    assert event_detail("MODIFICATION", "lease.rent, isolated", shouting) == "LOYER, MÉNAGE ISOLÉ"
    assert event_detail("MODIFICATION", "") == ""
    assert event_detail("CONGE", "Préavis de 1 mois") == "Préavis de 1 mois"


BEFORE = {
    "lease": {"rent": "412.50", "start_date": "2019-09-01", "contract_number": "BX-1"},
    "balance": "-12.3",
    "isolated": False,
    "notes": "",
    "occupants": [
        {"last_name": "Dupont", "first_name": "Élodie"},
        {"last_name": "Dupont", "first_name": ""},
    ],
    "dwelling": {"floor": 2},
}
AFTER = {
    "lease": {"rent": "430", "start_date": "2020-01-15", "contract_number": "BX-1"},
    "balance": "pas un nombre",
    "isolated": True,
    "notes": "Appelé le 2",
    "occupants": [],
    "dwelling": {"floor": 3},
}


def test_field_changes_show_amounts_dates_flags_and_names_in_french():
    paths = [
        "lease.rent",
        "lease.start_date",
        "lease.contract_number",
        "balance",
        "isolated",
        "notes",
        "occupants",
        "dwelling.floor",
    ]
    assert field_changes(BEFORE, AFTER, paths) == [
        ("lease.rent", "412,50\u00a0€", "430,00\u00a0€"),
        ("lease.start_date", "01/09/2019", "15/01/2020"),
        ("balance", "-12,30\u00a0€", "pas un nombre"),
        ("isolated", "non", "oui"),
        ("notes", "—", "Appelé le 2"),
        ("occupants", "DUPONT Élodie, DUPONT", "—"),
        ("dwelling.floor", "2", "3"),
    ]


def test_field_changes_of_missing_or_odd_snapshots():
    # A field added since the snapshot was taken, or a path through a non-dict value.
    assert field_changes(None, {"lease": {"rent": "1"}}, ["lease.rent"]) == [
        ("lease.rent", "—", "1,00\u00a0€")
    ]
    assert field_changes({"lease": "x"}, {"lease": "x"}, ["lease.rent"]) == []
    assert field_changes({"lease": "x"}, {"lease": {"rent": "2"}}, ["lease.rent"]) == [
        ("lease.rent", "—", "2,00\u00a0€")
    ]
    # Text of ten characters that only looks like a date; an impossible date.
    assert field_changes({"notes": "2019-09-01"}, {"notes": "2019-13-01"}, ["notes"]) == [
        ("notes", "01/09/2019", "2019-13-01")
    ]
    assert field_changes({"notes": "A-2019-001"}, {"notes": "1234567890"}, ["notes"]) == [
        ("notes", "A-2019-001", "1234567890")
    ]
    assert field_changes({"notes": "2019/09/01"}, {"notes": "2019-09/01"}, ["notes"]) == [
        ("notes", "2019/09/01", "2019-09/01")
    ]


def test_changes_text_reads_as_a_sentence():
    changes = [("lease.rent", "412,50\u00a0€", "430,00\u00a0€"), ("champ_inconnu", "a", "b")]
    assert changes_text(changes) == "Loyer : 412,50\u00a0€ → 430,00\u00a0€ ; champ_inconnu : a → b"
    assert changes_text(changes[:1], shouting) == "LOYER : 412,50\u00a0€ → 430,00\u00a0€"


def test_values_of_another_shape_are_shown_as_written():
    # An occupants entry that is not a list (a count), a list under another field.
    assert field_changes({"occupants": 2}, {"occupants": 3}, ["occupants"]) == [
        ("occupants", "2", "3")
    ]
    assert field_changes({"notes": ""}, {"notes": [{"last_name": "x"}]}, ["notes"]) == [
        ("notes", "—", "[{'last_name': 'x'}]")
    ]
