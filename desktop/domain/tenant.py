"""The tenant file (dossier locataire): its data and the rules on it."""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass, replace
from decimal import Decimal

from desktop.domain import address as postal
from desktop.domain.errors import ValidationError, too_long
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.i18n import message as _m
from desktop.domain.text import bidi_controls, clean, person_name, surname_caps

SENIOR_AGE = 70
DWELLING_TYPES = ("T1", "T2", "T3", "T4", "T5", "T6")
MAX_OCCUPANTS = 20
EMAIL_RE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
POSTCODE_RE = re.compile(r"\d{5}")
MONEY_MAX = Decimal("99999999.99")


class FileStatus(str, enum.Enum):
    ACTIVE = "ACTIF"
    CLOSED = "CLOS"


class Civility(str, enum.Enum):
    MR = "M."
    MRS = "Mme"
    NONE = ""


def age_on(birth_date: dt.date, today: dt.date) -> int:
    years = today.year - birth_date.year
    if (today.month, today.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


def senior_birth_cutoff(today: dt.date, age: int = SENIOR_AGE) -> dt.date:
    """Latest birth date of a person aged ``age`` or more on ``today``.

    When ``today`` is 29 February the cut-off is 28 February of a common year; a
    person born on 29 February reaches the age on 1 March in common years.
    """
    try:
        return today.replace(year=today.year - age)
    except ValueError:  # today is 29 February
        return dt.date(today.year - age, 2, 28)


def is_senior(birth_date: dt.date | None, today: dt.date) -> bool:
    return birth_date is not None and birth_date <= senior_birth_cutoff(today)


@dataclass
class OccupantData:
    last_name: str
    first_name: str = ""
    civility: str = ""
    birth_date: dt.date | None = None
    phone: str = ""
    email: str = ""
    is_titular: bool = True
    disability: bool = False
    # Correspondence address: where a holder who no longer lives in the dwelling
    # (a separated spouse, a co-tenant gone and still jointly liable) receives his own
    # letters (docs/domain.md#correspondence-address). All empty: the dwelling's.
    mail_address_line: str = ""
    mail_address_complement: str = ""
    mail_postcode: str = ""
    mail_city: str = ""

    @property
    def full_name(self) -> str:
        return person_name(self.civility, self.first_name, surname_caps(self.last_name))

    @property
    def mail_address(self) -> tuple[str, str, str, str]:
        """(street, complement, postcode, commune) of the correspondence address."""
        return (
            self.mail_address_line,
            self.mail_address_complement,
            self.mail_postcode,
            self.mail_city,
        )

    @property
    def lives_elsewhere(self) -> bool:
        """Whether a correspondence address is recorded (letters to him go there)."""
        return any(x.strip() for x in self.mail_address)


# An occupant's fields in reading order: the tenant file's columns, the demo's rows.
OCCUPANT_FIELDS = (
    "civility",
    "last_name",
    "first_name",
    "birth_date",
    "phone",
    "email",
    "is_titular",
    "disability",
)
# The correspondence address's fields (entered under the occupants' table).
MAIL_FIELDS = ("mail_address_line", "mail_address_complement", "mail_postcode", "mail_city")


@dataclass
class DwellingData:
    reference: str
    address_line: str
    postcode: str
    city: str
    address_complement: str = ""
    dwelling_type: str = "T3"
    surface: Decimal | None = None
    floor: int | None = None
    building: str = ""
    programme: str = ""
    agency_code: str = ""

    @property
    def address(self) -> str:
        parts = [self.address_complement, self.address_line, f"{self.postcode} {self.city}"]
        return ", ".join(p for p in parts if p.strip())


@dataclass
class LeaseData:
    contract_number: str
    start_date: dt.date
    rent: Decimal
    charges: Decimal = Decimal("0.00")
    zone_tendue: bool = False


@dataclass
class TenantFileData:
    """Everything a user edits in a tenant file."""

    occupants: list[OccupantData]
    lease: LeaseData
    dwelling: DwellingData
    isolated: bool = False
    balance: Decimal = Decimal("0.00")
    notes: str = ""

    def copy(self) -> TenantFileData:
        return replace(
            self,
            occupants=[replace(o) for o in self.occupants],
            lease=replace(self.lease),
            dwelling=replace(self.dwelling),
        )

    @property
    def titular(self) -> OccupantData:
        for occupant in self.occupants:
            if occupant.is_titular:
                return occupant
        return self.occupants[0]

    @property
    def display_name(self) -> str:
        t = self.titular
        return f"{t.last_name.upper()} {t.first_name}".strip()

    def eldest_birth_date(self) -> dt.date | None:
        dates = [o.birth_date for o in self.occupants if o.birth_date]
        return min(dates) if dates else None

    def vulnerability_flags(self, today: dt.date) -> list[str]:
        """Flags shown on the file: isolé, handicap, plus de 70 ans."""
        flags = []
        if self.isolated:
            flags.append(VULNERABILITY_ISOLATED)
        if any(o.disability for o in self.occupants):
            flags.append(VULNERABILITY_DISABILITY)
        if any(is_senior(o.birth_date, today) for o in self.occupants):
            flags.append(VULNERABILITY_SENIOR)
        return flags


VULNERABILITY_ISOLATED = QT_TRANSLATE_NOOP("messages", "isolé")
VULNERABILITY_DISABILITY = QT_TRANSLATE_NOOP("messages", "handicap")
VULNERABILITY_SENIOR = QT_TRANSLATE_NOOP("messages", "plus de 70 ans")


def _check_money(errors: dict, key: str, value: Decimal | None, *, allow_negative: bool) -> None:
    if value is None:
        errors[key] = _m(QT_TRANSLATE_NOOP("messages", "Le montant est obligatoire."))
    elif not isinstance(value, Decimal) or not value.is_finite():
        errors[key] = _m(QT_TRANSLATE_NOOP("messages", "Le montant n'est pas un nombre."))
    elif abs(value) > MONEY_MAX:  # before quantize, which fails on huge numbers
        errors[key] = _m(QT_TRANSLATE_NOOP("messages", "Le montant est trop élevé."))
    elif value != value.quantize(Decimal("0.01")):
        errors[key] = _m(QT_TRANSLATE_NOOP("messages", "Le montant a plus de deux décimales."))
    elif not allow_negative and value < 0:
        errors[key] = _m(QT_TRANSLATE_NOOP("messages", "Le montant ne peut pas être négatif."))


# A spreadsheet reads a cell starting with one of these as a formula
# (=HYPERLINK(...), +cmd|...): refused in names, references and addresses.
FORMULA_STARTS = ("=", "+", "-", "@")
_CONTROL = {chr(c) for c in range(32)} | {"\x7f"}
_TEXT_CONTROL = _CONTROL - {"\n", "\r", "\t"}


def check_text(
    errors: dict,
    key: str,
    value: str,
    max_len: int,
    required: bool = False,
    single_line: bool = True,
) -> None:
    """Record under ``key`` why ``value`` cannot be stored: required and empty, longer
    than ``max_len``, invisible characters reversing the writing, control characters,
    or (``single_line``) a start that a spreadsheet reads as a formula."""
    if required and not value.strip():
        errors[key] = _m(QT_TRANSLATE_NOOP("messages", "Ce champ est obligatoire."))
    elif len(value) > max_len:
        errors[key] = too_long(max_len)
    elif bidi_controls(value):
        errors[key] = _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "Ce champ contient des caractères invisibles qui inversent le sens "
                "de l'écriture ({codes}) : retirez-les.",
            ),
            codes=", ".join(bidi_controls(value)),
        )
    elif any(c in (_CONTROL if single_line else _TEXT_CONTROL) for c in value):
        errors[key] = _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "Ce champ contient des caractères de contrôle (tabulation, saut de ligne...).",
            )
        )
    elif single_line and value.strip().startswith(FORMULA_STARTS) and value.strip() != "-":
        errors[key] = _m(
            QT_TRANSLATE_NOOP(
                "messages", "Ce champ ne peut pas commencer par =, +, - ou @ (formule de tableur)."
            )
        )


def validate_tenant_file(data: TenantFileData, today: dt.date) -> None:
    """Raise ``ValidationError`` listing every invalid field of ``data``."""
    from desktop.domain.phone import parse_phone  # phonenumbers: not needed to start

    errors: dict[str, Message] = {}
    if not data.occupants:
        errors["occupants"] = _m(
            QT_TRANSLATE_NOOP("messages", "Le ménage doit compter au moins un occupant.")
        )
    elif len(data.occupants) > MAX_OCCUPANTS:
        errors["occupants"] = _m(
            QT_TRANSLATE_NOOP("messages", "{max} occupants au plus."), max=MAX_OCCUPANTS
        )
    elif not any(o.is_titular for o in data.occupants):
        errors["occupants"] = _m(
            QT_TRANSLATE_NOOP("messages", "Au moins un occupant doit être titulaire du bail.")
        )
    for i, occ in enumerate(data.occupants[:MAX_OCCUPANTS]):
        p = f"occupants[{i}]"
        check_text(errors, f"{p}.last_name", occ.last_name, 80, required=True)
        check_text(errors, f"{p}.first_name", occ.first_name, 80)
        if occ.civility not in {c.value for c in Civility}:
            errors[f"{p}.civility"] = _m(QT_TRANSLATE_NOOP("messages", "Civilité inconnue."))
        if occ.birth_date is not None:
            if occ.birth_date > today:
                errors[f"{p}.birth_date"] = _m(
                    QT_TRANSLATE_NOOP("messages", "La date de naissance est dans le futur.")
                )
            elif occ.birth_date.year < 1900:
                errors[f"{p}.birth_date"] = _m(
                    QT_TRANSLATE_NOOP("messages", "La date de naissance est antérieure à 1900.")
                )
        if occ.phone.strip() and parse_phone(occ.phone) is None:
            errors[f"{p}.phone"] = _m(
                QT_TRANSLATE_NOOP("messages", "Numéro de téléphone invalide (ex. 05 56 12 34 56).")
            )
        if occ.email and (
            len(occ.email) > 160
            or occ.email.strip().startswith(FORMULA_STARTS)
            or not EMAIL_RE.fullmatch(occ.email.strip())
        ):
            errors[f"{p}.email"] = _m(QT_TRANSLATE_NOOP("messages", "Adresse e-mail invalide."))
        _check_mail_address(errors, p, occ)

    lease = data.lease
    check_text(errors, "lease.contract_number", lease.contract_number, 40, required=True)
    if lease.start_date is None:
        errors["lease.start_date"] = _m(QT_TRANSLATE_NOOP("messages", "La date est obligatoire."))
    elif lease.start_date.year < 1900 or lease.start_date > today.replace(year=today.year + 1):
        errors["lease.start_date"] = _m(
            QT_TRANSLATE_NOOP("messages", "La date de début du bail n'est pas plausible.")
        )
    _check_money(errors, "lease.rent", lease.rent, allow_negative=False)
    _check_money(errors, "lease.charges", lease.charges, allow_negative=False)

    dw = data.dwelling
    check_text(errors, "dwelling.reference", dw.reference, 40, required=True)
    check_text(errors, "dwelling.address_line", dw.address_line, 120, required=True)
    check_text(errors, "dwelling.address_complement", dw.address_complement, 120)
    check_text(errors, "dwelling.city", dw.city, 80, required=True)
    check_text(errors, "dwelling.building", dw.building, 80)
    check_text(errors, "dwelling.programme", dw.programme, 80)
    _check_postcode(errors, "dwelling.postcode", dw.postcode)
    if dw.dwelling_type not in DWELLING_TYPES:
        errors["dwelling.dwelling_type"] = _m(
            QT_TRANSLATE_NOOP("messages", "Type de logement attendu : T1 à T6.")
        )
    if dw.surface is not None and not (Decimal("5") <= dw.surface <= Decimal("400")):
        errors["dwelling.surface"] = _m(
            QT_TRANSLATE_NOOP("messages", "La surface doit être comprise entre 5 et 400 m².")
        )
    if dw.floor is not None and not (-3 <= dw.floor <= 60):
        errors["dwelling.floor"] = _m(
            QT_TRANSLATE_NOOP("messages", "L'étage doit être compris entre -3 et 60.")
        )
    if not dw.agency_code.strip():
        errors["dwelling.agency_code"] = _m(QT_TRANSLATE_NOOP("messages", "Choisissez une agence."))
    _check_money(errors, "balance", data.balance, allow_negative=True)
    check_text(errors, "notes", data.notes, 4000, single_line=False)
    if errors:
        raise ValidationError(errors)


def _check_postcode(errors: dict, key: str, value: str) -> None:
    if not POSTCODE_RE.fullmatch(value.strip()):
        errors[key] = _m(QT_TRANSLATE_NOOP("messages", "Le code postal compte cinq chiffres."))


def _check_mail_address(errors: dict, p: str, occ: OccupantData) -> None:
    """An occupant's correspondence address: none, or street, postcode and commune, each
    line short enough for the letters' address block (``domain.address``: a letter to
    him could not be made otherwise)."""
    if not occ.lives_elsewhere:
        return
    check_text(errors, f"{p}.mail_address_line", occ.mail_address_line, 120, required=True)
    check_text(errors, f"{p}.mail_address_complement", occ.mail_address_complement, 120)
    check_text(errors, f"{p}.mail_city", occ.mail_city, 80, required=True)
    _check_postcode(errors, f"{p}.mail_postcode", occ.mail_postcode)
    warnings = postal.entry_warnings(
        street=occ.mail_address_line, complement=occ.mail_address_complement
    )
    last = postal.town_line(occ.mail_postcode, occ.mail_city)
    if postal.too_long(last):
        warnings["city"] = postal.line_too_long(last)
    for key, field in (
        ("street", "mail_address_line"),
        ("complement", "mail_address_complement"),
        ("city", "mail_city"),
    ):
        if key in warnings:
            errors.setdefault(f"{p}.{field}", warnings[key])


def normalise(data: TenantFileData) -> TenantFileData:
    """Tidied copy: NFC, invisible characters removed (``domain.text.clean``),
    surrounding spaces removed, postcode and type tidied."""
    from desktop.domain.phone import tidy_phone  # phonenumbers: not needed to start

    d = data.copy()
    for o in d.occupants:
        o.last_name = " ".join(clean(o.last_name).split())
        o.first_name = " ".join(clean(o.first_name).split())
        o.phone = tidy_phone(clean(o.phone))
        o.email = clean(o.email).strip()
        for name in MAIL_FIELDS:
            setattr(o, name, " ".join(clean(getattr(o, name)).split()))
    d.lease.contract_number = clean(d.lease.contract_number).strip()
    dw = d.dwelling
    dw.reference = clean(dw.reference).strip()
    dw.address_line = " ".join(clean(dw.address_line).split())
    dw.address_complement = " ".join(clean(dw.address_complement).split())
    dw.postcode = clean(dw.postcode).strip()
    dw.city = " ".join(clean(dw.city).split())
    dw.dwelling_type = clean(dw.dwelling_type).strip().upper()
    dw.building = clean(dw.building).strip()
    dw.programme = clean(dw.programme).strip()
    dw.agency_code = clean(dw.agency_code).strip()
    d.notes = clean(d.notes).strip()
    return d
