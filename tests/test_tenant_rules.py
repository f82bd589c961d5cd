"""The tenant file's rules (desktop/domain/tenant.py), without a database: what is
refused, at the limits, and what the file shows."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.tenant import OccupantData, normalise, validate_tenant_file
from tests.conftest import sample_file

TODAY = dt.date(2026, 12, 6)


def errors_of(data) -> dict[str, str]:
    try:
        validate_tenant_file(data, TODAY)
    except ValidationError as exc:
        return {k: str(v) for k, v in exc.fields.items()}
    return {}


def test_the_sample_file_is_valid():
    assert errors_of(sample_file()) == {}


def occupant(**values) -> OccupantData:
    return OccupantData(**{"last_name": "Martin", **values})


def test_one_to_twenty_occupants_with_a_titular():
    data = sample_file()
    data.occupants = []
    assert "au moins un occupant" in errors_of(data)["occupants"]
    data.occupants = [occupant() for _ in range(20)]
    assert errors_of(data) == {}
    data.occupants.append(occupant())
    assert errors_of(data)["occupants"] == "20 occupants au plus."
    data.occupants = [occupant(is_titular=False), occupant(is_titular=False)]
    assert "titulaire du bail" in errors_of(data)["occupants"]
    data.occupants[1].is_titular = True
    assert errors_of(data) == {}


def test_the_occupants_beyond_twenty_are_not_checked_one_by_one():
    data = sample_file()
    data.occupants = [occupant() for _ in range(20)] + [occupant(last_name="")]
    assert set(errors_of(data)) == {"occupants"}


def test_names_limits_and_civility():
    data = sample_file()
    data.occupants[0].last_name = "  "
    data.occupants[0].first_name = "É" * 81
    data.occupants[0].civility = "Dr"
    errors = errors_of(data)
    assert errors["occupants[0].last_name"] == "Ce champ est obligatoire."
    assert errors["occupants[0].first_name"] == "80 caractères au plus."
    assert errors["occupants[0].civility"] == "Civilité inconnue."
    data.occupants[0].last_name = "M" * 80
    data.occupants[0].first_name = "É" * 80
    data.occupants[0].civility = ""
    assert errors_of(data) == {}


@pytest.mark.parametrize(
    ("birth", "refused"),
    [
        (TODAY, False),
        (TODAY + dt.timedelta(days=1), True),
        (dt.date(1900, 1, 1), False),
        (dt.date(1899, 12, 31), True),
    ],
)
def test_birth_date_between_1900_and_today(birth, refused):
    data = sample_file()
    data.occupants[0].birth_date = birth
    assert ("occupants[0].birth_date" in errors_of(data)) is refused


def test_phone_and_email():
    data = sample_file()
    data.occupants[0].phone = "12"
    data.occupants[0].email = "elodie.dupont@example"
    errors = errors_of(data)
    assert "téléphone invalide" in errors["occupants[0].phone"]
    assert errors["occupants[0].email"] == "Adresse e-mail invalide."
    data.occupants[0].phone = "   "
    data.occupants[0].email = ""
    assert errors_of(data) == {}
    local = "e" * (160 - len("@example.fr"))
    data.occupants[0].email = local + "@example.fr"  # 160 characters
    assert errors_of(data) == {}
    data.occupants[0].email = "e" + local + "@example.fr"
    assert "occupants[0].email" in errors_of(data)
    data.occupants[0].email = "=cmd@example.fr"
    assert "occupants[0].email" in errors_of(data)


def test_lease_start_between_1900_and_a_year_ahead():
    data = sample_file()
    data.lease.start_date = dt.date(2027, 12, 6)
    assert errors_of(data) == {}
    data.lease.start_date = dt.date(2027, 12, 7)
    assert "n'est pas plausible" in errors_of(data)["lease.start_date"]
    data.lease.start_date = dt.date(1900, 1, 1)
    assert errors_of(data) == {}
    data.lease.start_date = dt.date(1899, 12, 31)
    assert "lease.start_date" in errors_of(data)
    data.lease.start_date = None
    assert errors_of(data)["lease.start_date"] == "La date est obligatoire."


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        (None, "Le montant est obligatoire."),
        (Decimal("NaN"), "Le montant n'est pas un nombre."),
        (412.5, "Le montant n'est pas un nombre."),
        (Decimal("100000000.00"), "Le montant est trop élevé."),
        (Decimal("412.505"), "Le montant a plus de deux décimales."),
        (Decimal("-0.01"), "Le montant ne peut pas être négatif."),
        (Decimal("99999999.99"), None),
        (Decimal("0.00"), None),
    ],
)
def test_rent_amounts(amount, message):
    data = sample_file()
    data.lease.rent = amount
    assert errors_of(data).get("lease.rent") == message


def test_a_balance_may_be_negative_within_the_limit():
    data = sample_file(balance=Decimal("-99999999.99"))
    assert errors_of(data) == {}
    data.balance = Decimal("-100000000.00")
    assert errors_of(data)["balance"] == "Le montant est trop élevé."


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ('=HYPERLINK("x")', True),
        ("+33", True),
        (" @cmd", True),
        ("-", False),  # a dash alone is how "none" is often written
        ("- 2", True),
        ("12 rue des Lilas", False),
        ("rue\tdes Lilas", True),
        ("rue\x7f", True),
        ("rue \u202easliL", True),
    ],
)
def test_single_line_texts_refuse_formulas_and_controls(text, refused):
    data = sample_file()
    data.dwelling.address_line = text
    assert ("dwelling.address_line" in errors_of(data)) is refused


def test_notes_are_multi_line_but_limited():
    data = sample_file(notes="Première ligne\r\n\tsuite\n=pas une formule ici")
    assert errors_of(data) == {}
    data.notes = "x" * 4000
    assert errors_of(data) == {}
    data.notes = "x" * 4001
    assert errors_of(data)["notes"] == "4\u202f000 caractères au plus."
    data.notes = "bip\x07"
    assert "notes" in errors_of(data)


def test_dwelling_fields():
    data = sample_file()
    data.dwelling.postcode = "3300"
    data.dwelling.dwelling_type = "T7"
    data.dwelling.agency_code = " "
    errors = errors_of(data)
    assert errors["dwelling.postcode"] == "Le code postal compte cinq chiffres."
    assert errors["dwelling.dwelling_type"] == "Type de logement attendu : T1 à T6."
    assert errors["dwelling.agency_code"] == "Choisissez une agence."
    data.dwelling.reference = "R" * 41
    data.dwelling.address_complement = "c" * 121
    data.dwelling.city = ""
    errors = errors_of(data)
    assert errors["dwelling.reference"] == "40 caractères au plus."
    assert errors["dwelling.address_complement"] == "120 caractères au plus."
    assert errors["dwelling.city"] == "Ce champ est obligatoire."


@pytest.mark.parametrize(
    ("surface", "floor", "keys"),
    [
        (Decimal("5"), -3, set()),
        (Decimal("400"), 60, set()),
        (None, None, set()),
        (Decimal("4.99"), -4, {"dwelling.surface", "dwelling.floor"}),
        (Decimal("400.01"), 61, {"dwelling.surface", "dwelling.floor"}),
    ],
)
def test_surface_and_floor_limits(surface, floor, keys):
    data = sample_file()
    data.dwelling.surface, data.dwelling.floor = surface, floor
    assert set(errors_of(data)) == keys


def test_what_the_file_shows():
    data = sample_file()
    data.occupants = [
        occupant(last_name="Dupont", first_name="Paul", is_titular=False),
        occupant(last_name="Durand", first_name="Léa", civility="Mme", is_titular=True),
    ]
    assert data.display_name == "DURAND Léa"
    assert data.titular.full_name == "Mme Léa DURAND"
    assert data.occupants[0].full_name == "Paul DUPONT"
    data.occupants[1].is_titular = False
    assert data.titular is data.occupants[0]
    data.dwelling.address_complement = " "
    assert data.dwelling.address == "12 rue des Lilas, 33000 Bordeaux"
    data.dwelling.address_complement = "Apt 12"
    assert data.dwelling.address == "Apt 12, 12 rue des Lilas, 33000 Bordeaux"


def test_vulnerability_flags_and_eldest():
    data = sample_file()
    data.occupants = [
        occupant(birth_date=dt.date(1990, 1, 1)),
        occupant(birth_date=None),
        occupant(birth_date=dt.date(1956, 12, 6)),
    ]
    assert data.eldest_birth_date() == dt.date(1956, 12, 6)
    assert data.vulnerability_flags(TODAY) == ["plus de 70 ans"]
    assert data.vulnerability_flags(dt.date(2026, 12, 5)) == []
    data.isolated = True
    data.occupants[1].disability = True
    assert data.vulnerability_flags(dt.date(2026, 12, 5)) == ["isolé", "handicap"]
    data.occupants = [occupant()]
    assert data.eldest_birth_date() is None


def test_normalise_tidies_without_touching_the_original():
    data = sample_file()
    data.occupants[0].last_name = "  du\u200b  Pont "
    data.occupants[0].phone = "0556123456"
    data.dwelling.dwelling_type = " t4 "
    data.dwelling.city = " Saint   Médard "
    data.notes = "  note \n"
    tidy = normalise(data)
    assert tidy.occupants[0].last_name == "du Pont"
    assert tidy.occupants[0].phone == "05 56 12 34 56"
    assert tidy.dwelling.dwelling_type == "T4"
    assert tidy.dwelling.city == "Saint Médard"
    assert tidy.notes == "note"
    assert data.dwelling.dwelling_type == " t4 "


@pytest.mark.parametrize(
    ("section", "field", "limit"),
    [
        ("occupant", "last_name", 80),
        ("occupant", "first_name", 80),
        ("lease", "contract_number", 40),
        ("dwelling", "reference", 40),
        ("dwelling", "address_line", 120),
        ("dwelling", "address_complement", 120),
        ("dwelling", "city", 80),
        ("dwelling", "building", 80),
        ("dwelling", "programme", 80),
    ],
)
def test_each_text_field_holds_what_the_base_stores(section, field, limit):
    def set_value(data, value):
        target = {
            "occupant": data.occupants[0],
            "lease": data.lease,
            "dwelling": data.dwelling,
        }[section]
        setattr(target, field, value)

    key = f"occupants[0].{field}" if section == "occupant" else f"{section}.{field}"
    data = sample_file()
    set_value(data, "A" * limit)
    assert errors_of(data) == {}
    set_value(data, "A" * (limit + 1))
    assert errors_of(data) == {key: f"{limit} caractères au plus."}


def test_required_file_references_and_charges():
    data = sample_file()
    data.lease.contract_number = " "
    data.dwelling.reference = ""
    data.lease.charges = Decimal("-1.00")
    errors = errors_of(data)
    assert errors["lease.contract_number"] == "Ce champ est obligatoire."
    assert errors["dwelling.reference"] == "Ce champ est obligatoire."
    assert errors["lease.charges"] == "Le montant ne peut pas être négatif."


def test_a_lease_is_outside_a_zone_tendue_unless_said():
    # The 3-month notice applies until the user ticks the zone tendue.
    assert sample_file().lease.zone_tendue is False
