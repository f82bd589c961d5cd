"""Phone numbers (desktop.domain.phone): one validator and one display format for the
tenant file and the call campaigns, mainland France and the overseas plans; migration
0012 rewrites the stored numbers."""

from __future__ import annotations

import datetime as dt
import random

import phonenumbers
import pytest
from sqlalchemy import text

from desktop.domain import campaign as cp
from desktop.domain import phone
from desktop.domain.errors import ValidationError
from desktop.domain.phone import callable_phone, display_phone, parse_phone, tidy_phone
from desktop.domain.tenant import normalise, validate_tenant_file
from desktop.services import tenants
from desktop.storage.db import alembic_config


@pytest.mark.parametrize(
    "text, shown",
    [
        ("05 56 12 34 56", "05 56 12 34 56"),
        ("0556123456", "05 56 12 34 56"),
        ("06.12.34.56.78", "06 12 34 56 78"),
        ("06-12-34-56-78", "06 12 34 56 78"),
        ("+33 6 12 34 56 78", "06 12 34 56 78"),
        ("+33 (0)6 12 34 56 78", "06 12 34 56 78"),
        ("0033 6 12 34 56 78", "06 12 34 56 78"),
        ("  09 72 11 22 33 ", "09 72 11 22 33"),
        # Overseas, written from mainland France or with their country code.
        ("0590 87 12 34", "05 90 87 12 34"),  # Guadeloupe, fixed
        ("+590 690 12 34 56", "06 90 12 34 56"),  # Guadeloupe, mobile
        ("0596 61 23 45", "05 96 61 23 45"),  # Martinique
        ("+596 696 12 34 56", "06 96 12 34 56"),
        ("+594 694 12 34 56", "06 94 12 34 56"),  # Guyane
        ("0262 26 12 34", "02 62 26 12 34"),  # La Réunion
        ("+262 692 12 34 56", "06 92 12 34 56"),
        ("+262 269 61 23 45", "02 69 61 23 45"),  # Mayotte is +262, not +269
        ("+508 41 23 45", "+508 41 23 45"),  # Saint-Pierre-et-Miquelon
        ("+32 470 12 34 56", "+32 470 12 34 56"),  # foreign: international format
        ("+269 773 12 34", "+269 773 12 34"),  # the Comoros
        ("08 00 12 34 56", "08 00 12 34 56"),  # valid, though not callable by a campaign
    ],
)
def test_valid_numbers_have_one_display_format(text, shown):
    assert display_phone(text) == shown
    assert display_phone(shown) == shown  # the display format reads back as itself


@pytest.mark.parametrize(
    "text",
    [
        "",
        None,
        "   ",
        "612345678",  # nine digits: the leading 0 is missing
        "05 56 12 34",  # too short
        "06 12 34 56 78 9",  # too long
        "06 12 34 56 7a",
        "06 12 34 56 78 poste 12",
        "07 12 34 56 78",  # 07 0-2 is not allocated
        "+33 5 96 61 23 45 67",
        "0" * 40,
        "=1+2",
    ],
)
def test_invalid_numbers_are_refused(text):
    assert parse_phone(text) is None
    assert display_phone(text) is None
    assert callable_phone(text) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("06 12 34 56 78", "06 12 34 56 78"),
        ("+33 (0)6 12 34 56 78", "06 12 34 56 78"),
        ("+590 690 12 34 56", "06 90 12 34 56"),
        ("+508 41 23 45", "+508 41 23 45"),
        ("09 72 11 22 33", "09 72 11 22 33"),  # VoIP line
        ("08 00 12 34 56", None),  # toll-free
        ("08 92 12 34 56", None),  # premium rate
        ("06 00 00 00 00", None),  # placeholder
        ("0690 00 00 00", None),  # overseas placeholder
        ("+508 41 11 11", None),  # Saint-Pierre placeholder
        ("+32 470 12 34 56", None),  # foreign
        ("+269 773 12 34", None),  # the Comoros, not Mayotte
    ],
)
def test_campaigns_call_only_french_callable_lines(text, expected):
    assert callable_phone(text) == expected
    assert cp.normalise_phone(text) == expected


def test_tidy_keeps_what_it_cannot_read():
    assert tidy_phone(" 0612345678 ") == "06 12 34 56 78"
    assert tidy_phone(" 06 12 ") == "06 12"


def test_tenant_file_uses_the_same_validator(make_file):
    today = dt.date(2026, 12, 6)
    data = make_file()
    data.occupants[0].phone = "+33 (0)6 12 34 56 78"  # refused before issue 16
    tidy = normalise(data)
    validate_tenant_file(tidy, today)
    assert tidy.occupants[0].phone == "06 12 34 56 78"
    for bad in ("612345678", "+33 6 12", "06 12 34 56 78 90"):
        data.occupants[0].phone = bad
        with pytest.raises(ValidationError) as err:
            validate_tenant_file(normalise(data), today)
        assert str(err.value.fields["occupants[0].phone"]).startswith(
            "Numéro de téléphone invalide"
        )
        assert normalise(data).occupants[0].phone == bad  # kept for the user to correct
    data.occupants[0].phone = ""
    validate_tenant_file(normalise(data), today)  # no phone is fine


def test_migration_0012_rewrites_stored_numbers(db, actor, agency, make_file):
    from alembic import command

    ids = [tenants.create_tenant_file(db, actor, make_file(n)) for n in range(1, 5)]
    old = {ids[0]: "+33 (0)6 12 34 56 78", ids[1]: "0690123456", ids[2]: "tél. bureau", ids[3]: ""}
    with db.engine.begin() as c:
        for hid, phone in old.items():
            c.execute(
                text("UPDATE occupant SET phone = :p WHERE household_id = :h"),
                {"p": phone, "h": hid},
            )
    cfg = alembic_config(db.engine)
    with db.engine.begin() as c:
        cfg.attributes["connection"] = c
        command.downgrade(cfg, "0011")
    db.upgrade()
    with db.engine.connect() as c:
        stored = dict(c.execute(text("SELECT household_id, phone FROM occupant")).all())
    assert stored == {
        ids[0]: "06 12 34 56 78",
        ids[1]: "06 90 12 34 56",
        ids[2]: "tél. bureau",
        ids[3]: "",
    }
    assert db.schema_revision() >= "0012"


@pytest.mark.parametrize(
    "text, expected",
    [
        # Only the subscriber digits all alike make a placeholder, not a run of zeros.
        ("06 12 00 00 00", "06 12 00 00 00"),
        ("06 20 00 00 00", "06 20 00 00 00"),
        ("0690 10 00 00", "06 90 10 00 00"),
        ("+508 41 21 11", "+508 41 21 11"),
    ],
)
def test_real_numbers_with_repeated_digits_are_callable(text, expected):
    assert callable_phone(text) == expected


def test_input_length_limit():
    spaced = "06" + " " * 17 + "12 34 56 78"  # 30 characters: still read
    assert len(spaced) == 30 and display_phone(spaced) == "06 12 34 56 78"
    assert display_phone("06" + " " * 18 + "12 34 56 78") is None  # 31: refused as is


def _every_plan_in_turn(written: str):
    """The reading without the plans' patterns: the number parsed in each French plan
    in turn, the first valid one kept (what parse_phone must still return)."""
    for region in phone.FRENCH_REGIONS:
        try:
            number = phonenumbers.parse(written, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number) and phone.is_french(number):
            return number
    return None


def test_the_plans_patterns_only_skip_parses_that_could_not_succeed():
    rng = random.Random(2026)
    starts = ["01", "02", "04", "05", "06", "07", "08", "09", "0590", "0690", "0594",
              "0694", "0596", "0697", "0262", "0692", "0693", "0269", "0639", "0508",
              "0709", "0976", "0"]  # fmt: skip
    seps = ["", " ", ".", "-", "/", "\u00a0", "(", ")", "+"]
    valid = 0
    for _ in range(4000):
        digits = rng.choice(starts) + "".join(rng.choices("0123456789", k=10))
        digits = digits[: rng.choice([9, 10, 10, 10, 11])]
        written = "".join(d + (rng.choice(seps) if rng.random() < 0.3 else "") for d in digits)
        expected = _every_plan_in_turn(written) if written.startswith("0") else None
        assert phone.parse_phone(written) == expected, written
        valid += expected is not None
    assert valid > 1000  # the sample holds numbers of every plan, not only refusals
