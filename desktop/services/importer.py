"""Import of an existing tenant list from the landlord's ERP export (CSV or Excel).

Three steps, each usable on its own by the command line and the GUI:

1. ``tabular.read_table(path)``: the file as headers and rows, each row with its line
   number (the reading, the column mapping and the cell parsing are shared with the
   other imports in ``desktop.services.tabular``);
2. ``propose_mapping(headers)`` then ``dry_run(db, table, mapping, today)``: every line
   converted and checked as if it were imported, without writing anything;
3. ``apply(db, actor, report)``: the accepted lines written in one transaction, all or
   nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, NamedTuple, TypedDict

from sqlalchemy import select

from desktop.domain.errors import PermissionDenied, UserError, ValidationError, too_long
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Forms, Message
from desktop.domain.roles import Permission
from desktop.domain.tenant import (
    MAIL_FIELDS,
    Civility,
    DwellingData,
    FileStatus,
    LeaseData,
    OccupantData,
    TenantFileData,
    normalise,
    validate_tenant_file,
)
from desktop.domain.text import fold
from desktop.services import audit, authz, tenants
from desktop.services.authz import guarded
from desktop.services.context import Actor
from desktop.services.tabular import (
    EMAIL_HEADERS,
    Cell,
    CellError,
    Columns,
    Field,
    LineReport,
    Row,
    RowReader,
    Table,
    cell_text,
    header_key,
    render,
    shown,
    to_bool,
    to_date,
    to_money,
)
from desktop.services.write import message as _m
from desktop.storage.db import Database
from desktop.storage.models import Agency, Dwelling, Household, Lease

CENT = Decimal("0.01")
EMAIL_MAX = 160  # width of the occupant.email column
_QUERY_CHUNK = 500

Progress = Callable[[int, int], Any]  # (done, total) -> False to stop


# --------------------------------------------------------------------------- mapping


TARGET_FIELDS: list[Field] = [
    Field("last_name", QT_TRANSLATE_NOOP("messages", "Nom"), True),
    Field("first_name", QT_TRANSLATE_NOOP("messages", "Prénom"), False),
    Field("civility", QT_TRANSLATE_NOOP("messages", "Civilité"), False),
    Field("birth_date", QT_TRANSLATE_NOOP("messages", "Date de naissance"), False),
    Field("phone", QT_TRANSLATE_NOOP("messages", "Téléphone"), False),
    Field("email", QT_TRANSLATE_NOOP("messages", "E-mail"), False),
    # An occupant's correspondence address (docs/domain.md#correspondence-address):
    # the same four fields for the titular and, prefixed ``second_``, the second occupant.
    Field("mail_address_line", QT_TRANSLATE_NOOP("messages", "Adresse de correspondance"), False),
    Field(
        "mail_address_complement",
        QT_TRANSLATE_NOOP("messages", "Complément d'adresse de correspondance"),
        False,
    ),
    Field("mail_postcode", QT_TRANSLATE_NOOP("messages", "Code postal de correspondance"), False),
    Field("mail_city", QT_TRANSLATE_NOOP("messages", "Commune de correspondance"), False),
    Field("second_last_name", QT_TRANSLATE_NOOP("messages", "Nom du second occupant"), False),
    Field("second_first_name", QT_TRANSLATE_NOOP("messages", "Prénom du second occupant"), False),
    Field(
        "second_birth_date",
        QT_TRANSLATE_NOOP("messages", "Date de naissance du second occupant"),
        False,
    ),
    Field(
        "second_mail_address_line",
        QT_TRANSLATE_NOOP("messages", "Adresse de correspondance du second occupant"),
        False,
    ),
    Field(
        "second_mail_address_complement",
        QT_TRANSLATE_NOOP("messages", "Complément d'adresse de correspondance du second occupant"),
        False,
    ),
    Field(
        "second_mail_postcode",
        QT_TRANSLATE_NOOP("messages", "Code postal de correspondance du second occupant"),
        False,
    ),
    Field(
        "second_mail_city",
        QT_TRANSLATE_NOOP("messages", "Commune de correspondance du second occupant"),
        False,
    ),
    Field("isolated", QT_TRANSLATE_NOOP("messages", "Personne isolée (oui/non)"), False),
    Field("disability", QT_TRANSLATE_NOOP("messages", "Handicap (oui/non)"), False),
    Field("contract_number", QT_TRANSLATE_NOOP("messages", "N° de contrat"), True),
    Field("lease_start", QT_TRANSLATE_NOOP("messages", "Date de début du bail"), True),
    Field("rent", QT_TRANSLATE_NOOP("messages", "Loyer"), True),
    Field("charges", QT_TRANSLATE_NOOP("messages", "Charges"), False),
    Field("zone_tendue", QT_TRANSLATE_NOOP("messages", "Zone tendue (oui/non)"), False),
    Field("dwelling_reference", QT_TRANSLATE_NOOP("messages", "Référence du logement"), True),
    Field("address_line", QT_TRANSLATE_NOOP("messages", "Adresse"), True),
    Field("address_complement", QT_TRANSLATE_NOOP("messages", "Complément d'adresse"), False),
    Field("postcode", QT_TRANSLATE_NOOP("messages", "Code postal"), True),
    Field("city", QT_TRANSLATE_NOOP("messages", "Ville"), True),
    Field("dwelling_type", QT_TRANSLATE_NOOP("messages", "Type de logement (T1 à T6)"), True),
    Field("surface", QT_TRANSLATE_NOOP("messages", "Surface (m²)"), False),
    Field("floor", QT_TRANSLATE_NOOP("messages", "Étage"), False),
    Field("building", QT_TRANSLATE_NOOP("messages", "Bâtiment"), False),
    Field("programme", QT_TRANSLATE_NOOP("messages", "Programme"), False),
    Field("agency_code", QT_TRANSLATE_NOOP("messages", "Code agence"), True),
    Field("balance", QT_TRANSLATE_NOOP("messages", "Solde"), False),
    # Attribution targets and gestion en flux (issue 17): kept on the dwelling.
    Field("financing", QT_TRANSLATE_NOOP("messages", "Financement (PLAI, PLUS, PLS, PLI)"), False),
    Field("in_qpv", QT_TRANSLATE_NOOP("messages", "En QPV (oui/non)"), False),
    Field("reservation_holder", QT_TRANSLATE_NOOP("messages", "Réservataire"), False),
    Field("epci", QT_TRANSLATE_NOOP("messages", "EPCI"), False),
]
DWELLING_TARGET_KEYS = ("financing", "in_qpv", "reservation_holder", "epci")
FIELDS_BY_KEY = {f.key: f for f in TARGET_FIELDS}
REQUIRED_KEYS = [f.key for f in TARGET_FIELDS if f.required]

# Header spellings of an occupant's correspondence address, as (field prefix, field,
# spellings): the second occupant's are the titular's followed by a usual name for him.
# Only headers that say « correspondance »: an ERP's « Adresse postale » or « Adresse
# courrier » is most often the dwelling's, and taken for the holder's own address it
# would send every letter of the file apart.
_MAIL_SPELLINGS = {
    "mail_address_line": (
        "adresse correspondance",
        "adresse de correspondance",
    ),
    "mail_address_complement": (
        "complement adresse correspondance",
        "complement d adresse de correspondance",
        "complement correspondance",
        "complement de correspondance",
    ),
    "mail_postcode": (
        "cp correspondance",
        "code postal correspondance",
        "code postal de correspondance",
    ),
    "mail_city": (
        "ville correspondance",
        "ville de correspondance",
        "commune correspondance",
        "commune de correspondance",
    ),
}
_SECOND_SUFFIXES = (
    "conjoint",
    "du conjoint",
    "occupant 2",
    "second occupant",
    "du second occupant",
)
MAIL_SYNONYMS = [("", key, spellings) for key, spellings in _MAIL_SPELLINGS.items()] + [
    ("second_", key, tuple(f"{s} {suffix}" for s in spellings for suffix in _SECOND_SUFFIXES))
    for key, spellings in _MAIL_SPELLINGS.items()
]

# Header spellings seen in ERP exports, compared after ``header_key`` (no accent,
# lower case, words separated by one space: "N° contrat" -> "n contrat").
SYNONYMS: dict[str, tuple[str, ...]] = {
    "last_name": (
        "nom",
        "nom locataire",
        "nom du locataire",
        "nom titulaire",
        "nom du titulaire",
        "nom de famille",
        "nom usage",
        "nom d usage",
        "locataire",
        "nom 1",
        "nom occupant 1",
        "nom occupant",
        "titulaire",
        "nom tit",
        "nom loc",
        "lib nom",
    ),
    "first_name": (
        "prenom",
        "prenom locataire",
        "prenom du locataire",
        "prenom titulaire",
        "prenom du titulaire",
        "prenom 1",
        "prenom occupant 1",
        "prenom occupant",
        "prenom tit",
        "prenom loc",
    ),
    "civility": ("civilite", "civ", "titre", "qualite", "civilite locataire", "civilite titulaire"),
    "birth_date": (
        "date naissance",
        "date de naissance",
        "ne le",
        "ne e le",
        "date naiss",
        "dt naissance",
        "dt naiss",
        "naissance",
        "date naissance locataire",
        "date naissance titulaire",
        "date de naissance du locataire",
        "date de naissance du titulaire",
        "date nais",
    ),
    "phone": (
        "telephone",
        "tel",
        "tel portable",
        "portable",
        "telephone portable",
        "mobile",
        "telephone 1",
        "tel 1",
        "num tel",
        "numero telephone",
        "numero de telephone",
        "no tel",
        "n tel",
        "telephone locataire",
        "tel locataire",
    ),
    "email": (*EMAIL_HEADERS, "email locataire", "mail locataire"),
    "second_last_name": (
        "nom conjoint",
        "nom du conjoint",
        "nom co titulaire",
        "nom cotitulaire",
        "nom occupant 2",
        "nom 2",
        "nom second occupant",
        "nom du second occupant",
        "conjoint nom",
        "nom conj",
        "conjoint",
    ),
    "second_first_name": (
        "prenom conjoint",
        "prenom du conjoint",
        "prenom co titulaire",
        "prenom cotitulaire",
        "prenom occupant 2",
        "prenom 2",
        "prenom second occupant",
        "prenom du second occupant",
        "conjoint prenom",
        "prenom conj",
    ),
    "second_birth_date": (
        "date naissance conjoint",
        "date de naissance conjoint",
        "date de naissance du conjoint",
        "date naissance co titulaire",
        "date naissance cotitulaire",
        "date naissance occupant 2",
        "date naissance 2",
        "date de naissance du second occupant",
        "date naissance second occupant",
        "ne le conjoint",
        "dt naiss conjoint",
        "date naiss conjoint",
    ),
    "isolated": (
        "isole",
        "isolee",
        "isole e",
        "personne isolee",
        "isolement",
        "vit seul",
        "personne seule",
        "menage isole",
    ),
    "disability": (
        "handicap",
        "handicape",
        "handicapee",
        "personne handicapee",
        "situation de handicap",
        "pmr",
        "invalidite",
        "handicap oui non",
    ),
    "contract_number": (
        "n contrat",
        "no contrat",
        "num contrat",
        "numero contrat",
        "numero de contrat",
        "contrat",
        "ref contrat",
        "reference contrat",
        "n bail",
        "no bail",
        "numero bail",
        "num bail",
        "n de contrat",
        "no de contrat",
        "code contrat",
        "id contrat",
        "n du contrat",
        "numero du contrat",
        "contrat n",
        "bail",
    ),
    "lease_start": (
        "date entree",
        "date d entree",
        "date debut bail",
        "date de debut du bail",
        "date debut du bail",
        "debut bail",
        "date debut",
        "date effet",
        "date d effet",
        "date effet bail",
        "date d effet du bail",
        "entree",
        "date entree lieux",
        "date d entree dans les lieux",
        "entree dans les lieux",
        "date bail",
        "dt entree",
    ),
    "rent": (
        "loyer",
        "loyer hc",
        "loyer principal",
        "montant loyer",
        "montant du loyer",
        "loyer mensuel",
        "loyer hors charges",
        "loyer net",
        "loyer principal hc",
    ),
    "charges": (
        "charges",
        "provisions charges",
        "provision charges",
        "provision sur charges",
        "provisions sur charges",
        "montant charges",
        "charges mensuelles",
        "provisions pour charges",
        "provision pour charges",
    ),
    "zone_tendue": ("zone tendue", "zt", "en zone tendue"),
    "dwelling_reference": (
        "ref logement",
        "reference logement",
        "ref lgt",
        "code logement",
        "logement",
        "n logement",
        "no logement",
        "num logement",
        "numero logement",
        "id logement",
        "reference du logement",
        "ref du logement",
        "lot",
        "ref lot",
        "numero de logement",
        "code lgt",
        "lgt",
    ),
    "address_line": (
        "adresse",
        "adresse logement",
        "adresse 1",
        "adresse ligne 1",
        "rue",
        "voie",
        "adresse du logement",
        "ligne adresse",
        "adr",
        "adresse1",
        "numero et voie",
    ),
    "address_complement": (
        "complement adresse",
        "complement d adresse",
        "adresse 2",
        "adresse ligne 2",
        "complement",
        "cplt adresse",
        "adresse2",
        "complement adr",
    ),
    "postcode": ("code postal", "cp", "cpostal", "code post", "c postal", "codepostal"),
    "city": ("ville", "commune", "localite", "ville logement", "bureau distributeur"),
    "dwelling_type": ("type", "typologie", "type logement", "type de logement", "typo", "type lgt"),
    "surface": (
        "surface",
        "surface habitable",
        "surf",
        "sh",
        "superficie",
        "surface m2",
        "surface hab",
    ),
    "floor": ("etage", "niveau", "etg", "n etage", "no etage"),
    "building": ("batiment", "bat", "immeuble", "bloc", "entree batiment"),
    "programme": (
        "programme",
        "residence",
        "groupe",
        "ensemble",
        "programme immobilier",
        "nom residence",
        "nom programme",
        "nom du programme",
        "groupe immobilier",
    ),
    "financing": (
        "financement",
        "type financement",
        "type de financement",
        "financt",
        "mode de financement",
    ),
    "in_qpv": ("qpv", "en qpv", "quartier prioritaire", "quartier politique de la ville"),
    "reservation_holder": ("reservataire", "contingent", "reservation", "reservataire du logement"),
    "epci": ("epci", "intercommunalite", "agglomeration", "ept"),
    "agency_code": (
        "agence",
        "code agence",
        "agence code",
        "cod agence",
        "agence gestion",
        "agence de gestion",
        "code agence gestion",
        "agence gestionnaire",
    ),
    **{f"{prefix}{key}": spellings for prefix, key, spellings in MAIL_SYNONYMS},
    "balance": (
        "solde",
        "solde locataire",
        "solde compte",
        "solde du compte",
        "dette",
        "impaye",
        "impayes",
        "arrieres",
        "solde debiteur",
        "solde au",
        "montant impaye",
        "solde dette",
    ),
}


# The mapping of a file's columns to the fields (shared machinery: desktop.services.tabular).
COLUMNS = Columns(f._replace(synonyms=SYNONYMS.get(f.key, ())) for f in TARGET_FIELDS)
propose_mapping = COLUMNS.propose
mapping_from_names = COLUMNS.from_names
check_mapping = COLUMNS.check


FIXED_SUFFIX = " (valeur fixe)"


def field_for(name: str) -> str:
    """The target field named ``name`` (its key, its label or a usual header, accents and
    case ignored); ``UserError`` when none."""
    wanted = header_key(name)
    for target in COLUMNS.fields:
        if wanted in COLUMNS.names(target):
            return target.key
    raise UserError(
        _m(
            QT_TRANSLATE_NOOP("messages", "Champ inconnu : « {name} » (champs : {fields})."),
            name=name[:60],
            fields=", ".join(f.key for f in TARGET_FIELDS),
        )
    )


def with_fixed_values(
    table: Table, mapping: dict[str, int | None], values: dict[str, str]
) -> tuple[Table, dict[str, int | None]]:
    """``table`` with one more column per fixed value (``{field: value}``: the agency,
    the typology... the file lacks), every line holding the value, and ``mapping``
    pointing the field at it. The value then goes through the same checks as a cell
    (dry run, rejected lines)."""
    if not values:
        return table, mapping
    keys = [field_for(name) for name in values]
    headers = list(table.headers) + [f"{FIELDS_BY_KEY[k].label}{FIXED_SUFFIX}" for k in keys]
    extra = tuple(values.values())
    rows = [Row(r.line, tuple(r.cells) + extra) for r in table.rows]
    mapping = dict(mapping)
    for offset, key in enumerate(keys):
        mapping[key] = len(table.headers) + offset
    return Table(headers, rows, table.source), mapping


# --------------------------------------------------------------------------- cell parsing


_CIVILITIES = {
    "m": Civility.MR.value,
    "mr": Civility.MR.value,
    "monsieur": Civility.MR.value,
    "mme": Civility.MRS.value,
    "madame": Civility.MRS.value,
    "mlle": Civility.MRS.value,
    "mademoiselle": Civility.MRS.value,
    "mle": Civility.MRS.value,
    "mmes": Civility.MRS.value,
    "": "",
}


def _to_civility(cell: Cell) -> str:
    text = cell_text(cell).strip()
    return _CIVILITIES.get(header_key(text), text)  # unknown: the domain refuses it


def _to_floor(cell: Cell) -> int | None:
    if isinstance(cell, Decimal):
        if cell != cell.to_integral_value():
            raise CellError(
                _m(
                    QT_TRANSLATE_NOOP("messages", "Étage illisible « {value} »."),
                    value=shown(cell_text(cell)),
                )
            )
        return int(cell)
    text = cell_text(cell).strip()
    key = header_key(text)
    if not key:
        return None
    if key in ("rdc", "rez de chaussee", "rc", "rez"):
        return 0
    m = re.fullmatch(r"(-?\s*\d{1,3})\s*(e|er|eme|ere|ieme)?", fold(text).strip())
    if not m:
        raise CellError(
            _m(QT_TRANSLATE_NOOP("messages", "Étage illisible « {value} »."), value=shown(text))
        )
    return int(m.group(1).replace(" ", ""))


def _to_postcode(cell: Cell) -> str:
    text = cell_text(cell).strip()
    if re.fullmatch(r"\d{4}", text):  # leading zero lost by a spreadsheet: 1000 -> 01000
        text = "0" + text
    return text


def _to_phone(cell: Cell) -> str:
    text = cell_text(cell).strip()
    if isinstance(cell, Decimal) and re.fullmatch(r"[1-9]\d{8}", text):
        text = "0" + text  # 556123456 typed as a number in a spreadsheet
    return text


def _to_dwelling_type(cell: Cell) -> str:
    text = cell_text(cell).strip().upper()
    m = re.fullmatch(r"(?:[TF]\s*)?([1-9])\s*(?:BIS)?", text)
    return f"T{m.group(1)}" if m else text  # anything else: the domain refuses it


# Field paths of the domain's validation errors -> target fields.
PATH_TO_KEY = {
    "occupants[0].last_name": "last_name",
    "occupants[0].first_name": "first_name",
    "occupants[0].civility": "civility",
    "occupants[0].birth_date": "birth_date",
    "occupants[0].phone": "phone",
    "occupants[0].email": "email",
    "occupants[1].last_name": "second_last_name",
    "occupants[1].first_name": "second_first_name",
    "occupants[1].birth_date": "second_birth_date",
    **{f"occupants[0].{key}": key for key in MAIL_FIELDS},
    **{f"occupants[1].{key}": f"second_{key}" for key in MAIL_FIELDS},
    "lease.contract_number": "contract_number",
    "lease.start_date": "lease_start",
    "lease.rent": "rent",
    "lease.charges": "charges",
    "lease.zone_tendue": "zone_tendue",
    "dwelling.reference": "dwelling_reference",
    "dwelling.address_line": "address_line",
    "dwelling.address_complement": "address_complement",
    "dwelling.postcode": "postcode",
    "dwelling.city": "city",
    "dwelling.dwelling_type": "dwelling_type",
    "dwelling.surface": "surface",
    "dwelling.floor": "floor",
    "dwelling.building": "building",
    "dwelling.programme": "programme",
    "dwelling.agency_code": "agency_code",
    "isolated": "isolated",
    "balance": "balance",
}


# --------------------------------------------------------------------------- dry run


class AcceptedLine(NamedTuple):
    line: int
    data: TenantFileData
    #: the dwelling's attribution data (issue 17), set on the dwelling after creation
    dwelling_extra: dict = {}


# « 1 dossier prêt à importer », « 17 dossiers prêts à importer ».
ready_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} dossier prêt à importer"),
    QT_TRANSLATE_NOOP("messages", "{n} dossiers prêts à importer"),
)


# « 1 dossier importé », « 17 dossiers importés ».
imported_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} dossier importé"),
    QT_TRANSLATE_NOOP("messages", "{n} dossiers importés"),
)


class ImportReport(LineReport[AcceptedLine]):
    """The dry run of a tenant list."""


@dataclass
class _Line:
    """One line checked: its data and its errors by target field."""

    line: int
    data: TenantFileData
    errors: dict[str, Message]
    dwelling_extra: dict


def _parse_row(row: Row, mapping: dict[str, int | None], today: dt.date) -> _Line:
    errors: dict[str, Message] = {}
    reader = RowReader(row, mapping, errors)
    text, parsed = reader.text, reader.parsed

    titular = OccupantData(
        last_name=text("last_name"),
        first_name=text("first_name"),
        civility=parsed("civility", _to_civility, ""),
        birth_date=parsed("birth_date", to_date),
        phone=parsed("phone", _to_phone, ""),
        email=text("email"),
        is_titular=True,
        disability=parsed("disability", to_bool, False),
        **_mail_address(reader, ""),
    )
    occupants = [titular]
    second = OccupantData(
        last_name=text("second_last_name"),
        first_name=text("second_first_name"),
        birth_date=parsed("second_birth_date", to_date),
        is_titular=False,
        **_mail_address(reader, "second_"),
    )
    if (
        second.last_name
        or second.first_name
        or second.birth_date
        or second.lives_elsewhere
        or ("second_birth_date" in errors)
    ):
        occupants.append(second)  # an empty last name is reported by the domain
    if len(titular.email) > EMAIL_MAX:
        errors["email"] = too_long(EMAIL_MAX)
    data = TenantFileData(
        occupants=occupants,
        lease=LeaseData(
            contract_number=text("contract_number"),
            start_date=parsed("lease_start", to_date),
            rent=parsed("rent", to_money),
            charges=parsed("charges", to_money, Decimal("0.00")),
            zone_tendue=parsed("zone_tendue", to_bool, False),
        ),
        dwelling=DwellingData(
            reference=text("dwelling_reference"),
            address_line=text("address_line"),
            address_complement=text("address_complement"),
            postcode=parsed("postcode", _to_postcode, ""),
            city=text("city"),
            dwelling_type=parsed("dwelling_type", _to_dwelling_type, ""),
            surface=parsed("surface", lambda c: to_money(c, r"m²|m2")),
            floor=parsed("floor", _to_floor),
            building=text("building"),
            programme=text("programme"),
            agency_code=text("agency_code").upper(),
        ),
        isolated=parsed("isolated", to_bool, False),
        balance=parsed("balance", to_money, Decimal("0.00")),
    )
    data = normalise(data)
    dwelling_extra = _dwelling_extra(mapping, text, parsed, errors)
    try:
        validate_tenant_file(data, today)
    except ValidationError as exc:
        for path, message in exc.fields.items():
            key = PATH_TO_KEY.get(path, path)
            errors.setdefault(key, message)  # a cell error is more precise
    return _Line(row.line, data, errors, dwelling_extra)


class _MailAddress(TypedDict):
    mail_address_line: str
    mail_address_complement: str
    mail_postcode: str
    mail_city: str


def _mail_address(reader: RowReader, prefix: str) -> _MailAddress:
    """The correspondence address of the occupant whose columns start with ``prefix``."""
    return _MailAddress(
        mail_address_line=reader.text(f"{prefix}mail_address_line"),
        mail_address_complement=reader.text(f"{prefix}mail_address_complement"),
        mail_postcode=reader.parsed(f"{prefix}mail_postcode", _to_postcode, ""),
        mail_city=reader.text(f"{prefix}mail_city"),
    )


_FINANCINGS = ("PLAI", "PLUS", "PLS", "PLI")


def _dwelling_extra(mapping, text, parsed, errors: dict) -> dict:
    """The dwelling's attribution data of a line (issue 17): only the mapped columns."""
    extra: dict = {}

    def mapped(key: str) -> bool:
        return mapping.get(key) is not None

    if mapped("financing"):
        financing = header_key(text("financing")).upper().replace(" ", "")
        financing = {"PLAIA": "PLAI", "PLAIADAPTE": "PLAI"}.get(financing, financing)
        if financing and financing not in _FINANCINGS:
            errors["financing"] = _m(
                QT_TRANSLATE_NOOP(
                    "messages", "Financement « {value} » inconnu (PLAI, PLUS, PLS ou PLI)."
                ),
                value=shown(text("financing")),
            )
        else:
            extra["financing"] = financing
    if mapped("in_qpv"):
        extra["in_qpv"] = parsed("in_qpv", to_bool, False)
    for key, limit in (("reservation_holder", 120), ("epci", 160)):
        if mapped(key):
            value = text(key)
            if len(value) > limit:
                errors[key] = too_long(limit)
            extra[key] = value
    return extra


def _chunks(values: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(values), _QUERY_CHUNK):
        yield values[start : start + _QUERY_CHUNK]


def _existing(db: Database, contracts: set[str], references: set[str]):
    """Contract numbers already used and dwellings already occupied: value -> holder."""
    used_contracts: dict[str, str] = {}
    occupied: dict[str, str] = {}
    with db.reader() as s:
        codes = set(s.scalars(select(Agency.code)))
        for chunk in _chunks(sorted(contracts)):
            used_contracts.update(
                s.execute(
                    select(Lease.contract_number, Household.display_name)
                    .join(Household, Household.id == Lease.household_id)
                    .where(Lease.contract_number.in_(chunk))
                )
                .tuples()
                .all()
            )
        for chunk in _chunks(sorted(references)):
            occupied.update(
                s.execute(
                    select(Dwelling.reference, Household.display_name)
                    .join(Household, Household.dwelling_id == Dwelling.id)
                    .where(
                        Dwelling.reference.in_(chunk), Household.status == FileStatus.ACTIVE.value
                    )
                )
                .tuples()
                .all()
            )
    return codes, used_contracts, occupied


def _check_unique(
    errors: dict[str, Message],
    key: str,
    value: str,
    line: int,
    in_base: dict[str, str],
    first_line: dict[str, int],
    in_base_template: str,
    repeated_template: str,
) -> None:
    """Refuse a value (a contract number, a dwelling reference) the base already holds
    (``in_base``: value -> the holder's name) or an earlier line of the file gave
    (``first_line``: value -> its line, kept up to date here)."""
    if value and key not in errors:
        if value in in_base:
            errors[key] = _m(in_base_template, value=value, name=in_base[value])
        elif value in first_line:
            errors[key] = _m(repeated_template, value=value, line=first_line[value])
    if value:
        first_line.setdefault(value, line)


@guarded("import")
def dry_run(
    db: Database,
    actor: Actor,
    table: Table,
    mapping: dict[str, int | None],
    today: dt.date,
    progress: Progress | None = None,
) -> ImportReport:
    """Convert and check every line as the import would, writing nothing.

    Raises ``UserError`` before reading any line when a required field has no column.
    """
    authz.require(actor, Permission.TENANT_IMPORT, entity="import")
    check_mapping(table, mapping)
    mapping = {f.key: mapping.get(f.key) for f in TARGET_FIELDS}
    lines: list[_Line] = []
    total = len(table.rows)
    for number, row in enumerate(table.rows, start=1):
        lines.append(_parse_row(row, mapping, today))
        if progress is not None and number % 200 == 0:
            progress(number, total)

    contracts = {ln.data.lease.contract_number for ln in lines if ln.data.lease.contract_number}
    references = {ln.data.dwelling.reference for ln in lines if ln.data.dwelling.reference}
    codes, used_contracts, occupied = _existing(db, contracts, references)

    report = ImportReport(source=table.source, headers=list(table.headers), mapping=mapping)
    first_contract: dict[str, int] = {}
    first_reference: dict[str, int] = {}
    for ln in lines:
        data, errors = ln.data, ln.errors
        _check_unique(
            errors,
            "contract_number",
            data.lease.contract_number,
            ln.line,
            used_contracts,
            first_contract,
            QT_TRANSLATE_NOOP(
                "messages", "Le contrat « {value} » existe déjà (dossier de {name})."
            ),
            QT_TRANSLATE_NOOP("messages", "Le contrat « {value} » figure déjà à la ligne {line}."),
        )
        _check_unique(
            errors,
            "dwelling_reference",
            data.dwelling.reference,
            ln.line,
            occupied,
            first_reference,
            QT_TRANSLATE_NOOP(
                "messages", "Le logement « {value} » est déjà occupé (dossier de {name})."
            ),
            QT_TRANSLATE_NOOP("messages", "Le logement « {value} » figure déjà à la ligne {line}."),
        )
        code = data.dwelling.agency_code
        if code and "agency_code" not in errors and code not in codes:
            errors["agency_code"] = _m(
                QT_TRANSLATE_NOOP("messages", "Agence inconnue « {code} »."), code=code
            )

        if errors:
            report.rejected.append(COLUMNS.rejected(ln.line, errors, table.headers, mapping))
        else:
            report.accepted.append(AcceptedLine(ln.line, data, ln.dwelling_extra))
    if progress is not None:
        progress(total, total)
    return report


# --------------------------------------------------------------------------- import


def _describe(exc: UserError, report: ImportReport) -> Message:
    """A service's refusal of a line, its fields named as in the dry run's report."""
    fields = getattr(exc, "fields", None)
    if not fields:
        return exc.message
    parts = [
        COLUMNS.reason(PATH_TO_KEY.get(path, path), message, report.headers, report.mapping)
        for path, message in fields.items()
    ]
    return _m("{parts}", parts=" ".join(render(p) for p in parts))


class ImportCancelled(UserError):
    """The user stopped the import: nothing was written."""


@guarded("import")
def apply(
    db: Database, actor: Actor, report: ImportReport, progress: Progress | None = None
) -> int:
    """Create a tenant file for each accepted line, in ONE transaction; return the count.

    If any line fails (data changed since the dry run, database error) or ``progress``
    returns ``False``, everything is rolled back and nothing is imported. An agency
    role may import its own agency's files only.
    """
    authz.require(actor, Permission.TENANT_IMPORT, entity="import")
    if not report.accepted:
        raise UserError(_m(QT_TRANSLATE_NOOP("messages", "Aucune ligne valide à importer.")))
    total = report.accepted_count
    if actor.agency_scoped:
        codes = {item.data.dwelling.agency_code for item in report.accepted}
        with db.reader() as s:
            ids = set(s.scalars(select(Agency.id).where(Agency.code.in_(sorted(codes)))))
        for agency_id in ids | ({None} if len(ids) < len(codes) else set()):
            authz.require_agency(actor, Permission.TENANT_IMPORT, agency_id, entity="import")
    with db.transaction() as s:
        for done, item in enumerate(report.accepted, start=1):
            try:
                household_id = tenants.create_tenant_file(
                    db, actor, item.data, event_kind=tenants.EVENT_IMPORTED, session=s
                )
                if item.dwelling_extra:  # issue 17: financing, QPV, holder, EPCI
                    dwelling = s.get_one(Household, household_id).dwelling
                    for key, value in item.dwelling_extra.items():
                        setattr(dwelling, key, value)
            except PermissionDenied:
                raise
            except UserError as exc:
                raise UserError(
                    _m(
                        QT_TRANSLATE_NOOP(
                            "messages", "Ligne {line} : {error} Rien n'a été importé."
                        ),
                        line=item.line,
                        error=_describe(exc, report),
                    )
                ) from exc
            if progress is not None and (done % 50 == 0 or done == total):
                if progress(done, total) is False:
                    raise ImportCancelled(
                        _m(QT_TRANSLATE_NOOP("messages", "Import annulé : rien n'a été importé."))
                    )
        audit.record(
            s,
            actor,
            "import",
            "import",
            None,
            None,
            {
                "file": report.source,
                "imported": total,
                "rejected": report.rejected_count,
            },
        )
    return total
