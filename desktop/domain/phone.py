"""Phone numbers: one validator and one display format for the whole application
(docs/domain.md#phones).

Parsing and validity come from ``phonenumbers`` (Google's libphonenumber metadata), with
mainland France and the French overseas territories that have their own country code:
Guadeloupe, Saint-Barthélemy and Saint-Martin (+590), Guyane (+594), Martinique (+596),
La Réunion and Mayotte (+262), Saint-Pierre-et-Miquelon (+508). A number written the
French way (``0690 12 34 56``) is read in whichever of these plans it belongs to; a
number written with ``+`` or ``00`` may be foreign (``+32 470 12 34 56``). ``+269`` is
the Comoros, not Mayotte (Mayotte's fixed lines start with 0269, under +262).

Display: the ten digits in pairs for the numbers dialled from mainland France with a 0
(``06 12 34 56 78``, ``05 90 87 12 34``); the international format otherwise
(``+508 41 23 45``, ``+32 470 12 34 56``).
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import PhoneNumber, PhoneNumberType

# Overseas plans first: some overseas numbers (0596..., 0262...) also pass the mainland
# metadata's broad patterns, and would then be read as +33 numbers.
FRENCH_REGIONS = ("GP", "MQ", "GF", "RE", "YT", "BL", "MF", "PM", "FR")
# Country codes dialled from mainland France as 0 + the nine-digit national number.
TEN_DIGIT_CODES = (33, 262, 590, 594, 596)
# Lines a call campaign can call: no special-rate, premium, toll-free or service numbers.
CALLABLE_TYPES = (
    PhoneNumberType.FIXED_LINE,
    PhoneNumberType.MOBILE,
    PhoneNumberType.FIXED_LINE_OR_MOBILE,
    PhoneNumberType.VOIP,
)
MAX_INPUT_LENGTH = 30


# Each plan's national numbers, from the library's metadata: a number written the French
# way (0 then the national number) is parsed only in the plans whose pattern it fits
# (a mainland mobile no longer goes through the eight overseas plans first).
def _national_pattern(region: str) -> re.Pattern[str]:
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    desc = metadata.general_desc if metadata is not None else None
    if desc is None or not desc.national_number_pattern:
        raise LookupError(f"phonenumbers has no numbering plan for {region}")
    return re.compile(desc.national_number_pattern)


_GENERAL = {region: _national_pattern(region) for region in FRENCH_REGIONS}
_DIGITS_AND_SIGNS = re.compile(r"[0-9+()\s.\-/\u00a0\u202f]+")


def parse_phone(text: str | None) -> PhoneNumber | None:
    """The valid number ``text`` stands for, or ``None``.

    National numbers are written with their leading 0 (``06 12 34 56 78``): nine digits
    without it (``612345678``) are refused, as a digit may be missing. ``+33 (0)6 ...``
    is accepted. Letters, extensions and anything phonenumbers finds invalid are refused.
    """
    if not text:
        return None
    text = text.strip()
    if len(text) > MAX_INPUT_LENGTH or not _DIGITS_AND_SIGNS.fullmatch(text):
        return None
    if text.startswith("+") or text.startswith("00"):
        number = _parse(text, "FR")
        return number if number is not None and phonenumbers.is_valid_number(number) else None
    if not text.startswith("0"):
        return None
    plain = "+" not in text
    national = re.sub(r"\D", "", text)[1:]
    for region in FRENCH_REGIONS:
        if plain and not _GENERAL[region].fullmatch(national):
            continue  # no number of that plan: its parse could only be invalid
        number = _parse(text, region)
        if (
            number is not None
            and phonenumbers.is_valid_number(number)
            and phonenumbers.region_code_for_number(number) in FRENCH_REGIONS
        ):
            return number
    return None


def _parse(text: str, region: str) -> PhoneNumber | None:
    try:
        return phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None


def format_phone(number: PhoneNumber) -> str:
    """The display format (see the module docstring)."""
    national = str(number.national_number)
    if number.country_code in TEN_DIGIT_CODES and len(national) == 9:
        digits = "0" + national
        return " ".join(digits[i : i + 2] for i in range(0, 10, 2))
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def display_phone(text: str | None) -> str | None:
    """``text`` in the display format, ``None`` when it is not a valid number."""
    number = parse_phone(text)
    return format_phone(number) if number is not None else None


def tidy_phone(text: str) -> str:
    """What to store for ``text``: its display format when valid, else ``text`` trimmed
    (the validator then says what is wrong; old data is kept as it was)."""
    return display_phone(text) or text.strip()


def is_french(number: PhoneNumber) -> bool:
    """Mainland France or one of the overseas plans above."""
    return phonenumbers.region_code_for_number(number) in FRENCH_REGIONS


def is_placeholder(number: PhoneNumber) -> bool:
    """A dummy such as ``06 00 00 00 00`` or ``0690 00 00 00``: after the leading
    digit (mainland) or three digits (overseas, Saint-Pierre-et-Miquelon two) the
    subscriber digits are all the same."""
    national = str(number.national_number)
    prefix = 1 if number.country_code == 33 else 2 if number.country_code == 508 else 3
    return len(set(national[prefix:])) <= 1


def callable_phone(text: str | None) -> str | None:
    """A number a call campaign may call, in the display format, else ``None``: a valid
    French or overseas geographic, mobile or VoIP line that is not a placeholder."""
    number = parse_phone(text)
    if (
        number is None
        or not is_french(number)
        or is_placeholder(number)
        or phonenumbers.number_type(number) not in CALLABLE_TYPES
    ):
        return None
    return format_phone(number)
