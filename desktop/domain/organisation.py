"""The organisation profile as the administrator edits it (*Administration >
Paramètres*): the landlord's identity and letterhead, legal mentions, the personal-data
notice (DPO), each agency's letterhead, the e-mail relay, the signing certificate.

Pure rules: the form's data and its validation, with French messages keyed by field
(``"agencies.BXN.place"``); the conversion to and from the profile's table layout (the
same keys as the ``organisation.toml`` file it replaces, read by
``desktop.documents.profile.parse_profile``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.phone import parse_phone

KINDS = ("ESH", "OPH")
SECURITIES = ("starttls", "ssl", "aucune")
LOOPBACK = ("localhost", "127.0.0.1", "::1")
FORMULA_STARTS = ("=", "+", "-", "@")
EMAIL_RE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
VARIABLE_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
POSTCODE_TOWN_RE = re.compile(r"\s*\d{5}\s+(.+?)(?:\s+CEDEX.*)?$", re.I)
CERTIFICATE_SUFFIXES = (".p12", ".pfx")
MAX_ADDRESS_LINES = 6


@dataclass
class AgencyLetterhead:
    """One agency's letterhead: printed on its letters, its town in « Fait à »."""

    code: str
    name: str = ""
    address: str = ""  # one line per line of the letterhead
    place: str = ""  # the town of « Fait à » and of the date line
    phone: str = ""
    email: str = ""
    hours: str = ""


@dataclass
class MailRelay:
    """The SMTP relay of the convocations. The password is never stored: only the name
    of the environment variable that holds it."""

    host: str = ""
    port: str = ""
    security: str = "starttls"
    username: str = ""
    password_variable: str = ""
    sender: str = ""
    sender_name: str = ""


@dataclass
class OrganisationData:
    name: str = ""
    kind: str = "ESH"
    legal_form: str = ""
    share_capital: str = ""
    siren: str = ""
    siret: str = ""
    rcs_city: str = ""
    head_office: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    place: str = ""
    legal_mentions: str = ""  # replaces the mentions built from the fields above
    controller: str = ""
    dpo: str = ""
    purpose: str = ""
    retention: str = ""
    agencies: list[AgencyLetterhead] = field(default_factory=list)
    mail: MailRelay = field(default_factory=MailRelay)
    signing_certificate: str = ""


def _m(text: str, **params: object) -> Message:
    return Message(text, params)


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def town_of(address: str) -> str:
    """The town of the address line that starts with a postcode (``33700 Mérignac``)."""
    for line in reversed(lines(address)):
        m = POSTCODE_TOWN_RE.match(line)
        if m:
            return m.group(1).strip()
    return ""


def digits(text: str) -> str:
    return re.sub(r"[\s\u00a0\u202f.]", "", text)


def _text(
    errors: dict, key: str, value: str, limit: int, *, required: Message | None = None
) -> None:
    value = value.strip()
    if not value:
        if required is not None:
            errors[key] = required
        return
    if len(value) > limit:
        errors[key] = _m(QT_TRANSLATE_NOOP("messages", "{limit} caractères au plus."), limit=limit)
    elif value.startswith(FORMULA_STARTS):
        errors[key] = _m(QT_TRANSLATE_NOOP("messages", "Ne peut pas commencer par =, +, - ou @."))


def _email(errors: dict, key: str, value: str) -> None:
    value = value.strip()
    if value and (len(value) > 160 or not EMAIL_RE.fullmatch(value)):
        errors[key] = _m(
            QT_TRANSLATE_NOOP(
                "messages", "Adresse électronique incorrecte (ex. : accueil@bailleur.fr)."
            )
        )


def _phone(errors: dict, key: str, value: str) -> None:
    if value.strip() and parse_phone(value) is None:
        errors[key] = _m(
            QT_TRANSLATE_NOOP("messages", "Numéro de téléphone incorrect (ex. : 05 56 00 12 34).")
        )


def _address(errors: dict, key: str, value: str) -> None:
    rows = lines(value)
    if len(rows) > MAX_ADDRESS_LINES:
        errors[key] = _m(
            QT_TRANSLATE_NOOP("messages", "{limit} lignes d'adresse au plus."),
            limit=MAX_ADDRESS_LINES,
        )
    elif any(len(r) > 38 for r in rows):
        # the postal norm (NF Z10-011): 38 characters a line
        errors[key] = _m(
            QT_TRANSLATE_NOOP(
                "messages", "38 caractères au plus par ligne d'adresse (norme postale)."
            )
        )
    elif any(r.startswith(FORMULA_STARTS) for r in rows):
        errors[key] = _m(QT_TRANSLATE_NOOP("messages", "Ne peut pas commencer par =, +, - ou @."))


def validate_organisation(
    data: OrganisationData, certificate_exists: Callable[[str], bool] | None = None
) -> None:
    """Raise ``ValidationError`` (French, per field) when the profile cannot be saved.
    ``certificate_exists(path) -> bool`` checks the certificate file (injected: the
    domain does not touch the disk)."""
    errors: dict[str, Message] = {}
    _text(
        errors,
        "name",
        data.name,
        160,
        required=_m(QT_TRANSLATE_NOOP("messages", "Indiquez le nom de l'organisme.")),
    )
    if data.kind not in KINDS:
        errors["kind"] = _m(QT_TRANSLATE_NOOP("messages", "Type d'organisme : ESH ou OPH."))
    for key in ("legal_form", "share_capital", "rcs_city", "head_office", "website", "place"):
        _text(errors, key, getattr(data, key), 160)
    if data.siren.strip() and not re.fullmatch(r"\d{9}", digits(data.siren)):
        errors["siren"] = _m(QT_TRANSLATE_NOOP("messages", "Le SIREN compte 9 chiffres."))
    if data.siret.strip() and not re.fullmatch(r"\d{14}", digits(data.siret)):
        errors["siret"] = _m(QT_TRANSLATE_NOOP("messages", "Le SIRET compte 14 chiffres."))
    if data.kind == "ESH" and not data.legal_mentions.strip():
        # Commercial companies print their RCS registration (C. com. R123-237).
        if not data.siren.strip():
            errors.setdefault(
                "siren",
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Le SIREN figure dans les mentions légales d'une société (ESH) : "
                        "indiquez-le, ou saisissez les mentions légales.",
                    )
                ),
            )
    _address(errors, "address", data.address)
    _phone(errors, "phone", data.phone)
    _email(errors, "email", data.email)
    _text(errors, "legal_mentions", data.legal_mentions, 1000)
    _text(errors, "controller", data.controller, 160)
    _text(
        errors,
        "dpo",
        data.dpo,
        240,
        required=_m(
            QT_TRANSLATE_NOOP(
                "messages",
                "Indiquez le contact du délégué à la protection des données (DPO) : il "
                "figure au pied des courriers.",
            )
        ),
    )
    _text(errors, "purpose", data.purpose, 300)
    _text(errors, "retention", data.retention, 160)

    seen: set[str] = set()
    for agency in data.agencies:
        key = f"agencies.{agency.code}"
        if agency.code in seen:
            errors[key] = _m(QT_TRANSLATE_NOOP("messages", "Agence en double."))
        seen.add(agency.code)
        _address(errors, f"{key}.address", agency.address)
        _text(errors, f"{key}.place", agency.place, 80)
        _phone(errors, f"{key}.phone", agency.phone)
        _email(errors, f"{key}.email", agency.email)
        _text(errors, f"{key}.hours", agency.hours, 160)
        if (agency.address.strip() or agency.place.strip()) and not (
            agency.place.strip() or town_of(agency.address)
        ):
            errors.setdefault(
                f"{key}.place",
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Indiquez la ville de « Fait à », ou une ligne d'adresse « code "
                        "postal ville » (ex. : 33700 Mérignac).",
                    )
                ),
            )

    mail = data.mail
    if mail.host.strip():
        host = mail.host.strip()
        if " " in host or len(host) > 253:
            errors["mail.host"] = _m(QT_TRANSLATE_NOOP("messages", "Nom de serveur incorrect."))
        try:
            port = int(mail.port.strip()) if mail.port.strip() else 0
        except ValueError:
            port = -1
        if mail.port.strip() and not 1 <= port <= 65535:
            errors["mail.port"] = _m(
                QT_TRANSLATE_NOOP("messages", "Port : un nombre entre 1 et 65535 (587, 465).")
            )
        if mail.security not in SECURITIES:
            errors["mail.security"] = _m(
                QT_TRANSLATE_NOOP("messages", "Sécurité : starttls ou ssl.")
            )
        elif mail.security == "aucune" and host not in LOOPBACK:
            errors["mail.security"] = _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Envoi sans chiffrement refusé vers « {host} » : choisissez starttls ou ssl.",
                ),
                host=host,
            )
        if not mail.sender.strip():
            errors["mail.sender"] = _m(
                QT_TRANSLATE_NOOP("messages", "Indiquez l'adresse d'expédition des convocations.")
            )
        else:
            _email(errors, "mail.sender", mail.sender)
        if mail.password_variable.strip() and not VARIABLE_RE.fullmatch(
            mail.password_variable.strip()
        ):
            errors["mail.password_variable"] = _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Nom de variable d'environnement : lettres, chiffres et _ (ex. : "
                    "PARCOURS_SMTP).",
                )
            )
        _text(errors, "mail.username", mail.username, 160)
        _text(errors, "mail.sender_name", mail.sender_name, 160)
    elif any(getattr(mail, f).strip() for f in ("port", "username", "password_variable", "sender")):
        errors["mail.host"] = _m(
            QT_TRANSLATE_NOOP("messages", "Indiquez le serveur de messagerie (SMTP).")
        )

    certificate = data.signing_certificate.strip()
    if certificate:
        if not certificate.lower().endswith(CERTIFICATE_SUFFIXES):
            errors["signing_certificate"] = _m(
                QT_TRANSLATE_NOOP("messages", "Le certificat est un fichier .p12 ou .pfx.")
            )
        elif certificate_exists is not None and not certificate_exists(certificate):
            errors["signing_certificate"] = _m(
                QT_TRANSLATE_NOOP("messages", "Fichier introuvable : {path}"), path=certificate
            )
    if errors:
        raise ValidationError(errors)


# --------------------------------------------------------------------------- tables


# The organisation's identity in the profile file (its « [bailleur] » table): attribute
# -> key, for the texts read as they are (here and in documents.profile).
IDENTITY_KEYS = {
    "legal_form": "forme_juridique",
    "share_capital": "capital",
    "siren": "siren",
    "siret": "siret",
    "rcs_city": "rcs",
    "head_office": "siege",
    "phone": "telephone",
    "email": "courriel",
    "website": "site",
    "place": "lieu",
}
# The other texts read as they are, attribute -> key: the personal-data notice
# (« [donnees_personnelles] »), an agency's letterhead besides its address
# (« [agences.CODE] », here and in documents.profile), the mail relay (« [messagerie] »).
PRIVACY_KEYS = {
    "controller": "responsable",
    "dpo": "dpo",
    "purpose": "finalites",
    "retention": "conservation",
}
AGENCY_KEYS = {"place": "lieu", "phone": "telephone", "email": "courriel", "hours": "horaires"}
MAIL_KEYS = {
    "username": "utilisateur",
    "password_variable": "mot_de_passe_variable",
    "sender": "expediteur",
    "sender_name": "nom_expediteur",
}


def _written(data: object, keys: dict[str, str]) -> dict[str, str]:
    """The texts of ``data`` under their keys in the table, trimmed."""
    return {key: getattr(data, attribute).strip() for attribute, key in keys.items()}


def to_table(data: OrganisationData, keep: dict | None = None) -> dict:
    """The profile's table layout (the keys of ``organisation.toml``). ``keep``: the
    previous table, whose sections the screen does not edit (signatories, envelope,
    logo, the CA file of the relay) are carried over."""
    keep = keep or {}
    old = keep.get("bailleur") or {}
    bailleur = {
        "nom": " ".join(data.name.split()),
        "type": data.kind,
        "forme_juridique": data.legal_form.strip(),
        "capital": data.share_capital.strip(),
        "siren": data.siren.strip(),
        "siret": data.siret.strip(),
        "rcs": data.rcs_city.strip(),
        "siege": data.head_office.strip(),
        "adresse": lines(data.address),
        "telephone": data.phone.strip(),
        "courriel": data.email.strip(),
        "site": data.website.strip(),
        "lieu": data.place.strip(),
        "mentions_legales": data.legal_mentions.strip(),
    }
    if old.get("logo"):
        bailleur["logo"] = old["logo"]
    old_privacy = keep.get("donnees_personnelles") or {}
    privacy = _written(data, PRIVACY_KEYS)
    if old_privacy.get("texte"):
        privacy["texte"] = old_privacy["texte"]
    agencies = {
        a.code.upper(): {"adresse": lines(a.address), **_written(a, AGENCY_KEYS)}
        for a in data.agencies
    }
    # agencies the screen did not list (no longer in the base) keep their letterhead
    for code, letterhead in (keep.get("agences") or {}).items():
        agencies.setdefault(str(code).upper(), letterhead)
    table: dict[str, Any] = {
        "bailleur": bailleur,
        "donnees_personnelles": privacy,
        "agences": agencies,
        "certificat_signature": data.signing_certificate.strip(),
    }
    mail = data.mail
    if mail.host.strip():
        relay: dict[str, Any] = {
            "hote": mail.host.strip(),
            "securite": mail.security,
            **_written(mail, MAIL_KEYS),
        }
        if mail.port.strip():
            relay["port"] = int(mail.port.strip())
        old_mail = keep.get("messagerie") or {}
        for extra in ("certificat_ca", "delai"):
            if old_mail.get(extra):
                relay[extra] = old_mail[extra]
        table["messagerie"] = relay
    for section in ("signataires", "enveloppe"):
        if section in keep:
            table[section] = keep[section]
    return table


def _s(table: dict, key: str) -> str:
    value = table.get(key, "")
    return "" if value is None else str(value).strip()


def _read(table: dict, keys: dict[str, str]) -> dict[str, str]:
    """The texts of ``table`` under their attributes, trimmed ("" when missing)."""
    return {attribute: _s(table, key) for attribute, key in keys.items()}


def _joined(value: object) -> str:
    if isinstance(value, list):
        return "\n".join(str(v).strip() for v in value if str(v).strip())
    return str(value or "").strip()


def from_table(table: dict, agencies: list[tuple[str, str]]) -> OrganisationData:
    """The form's data from the profile's table; ``agencies``: (code, name) of the
    base's agencies, each with its letterhead (empty when the profile has none)."""
    b = table.get("bailleur") or {}
    d = table.get("donnees_personnelles") or {}
    m = table.get("messagerie") or {}
    known = {str(k).upper(): v for k, v in (table.get("agences") or {}).items()}
    letterheads = []
    for code, name in agencies:
        a = known.get(code.upper()) or {}
        letterheads.append(
            AgencyLetterhead(
                code=code.upper(),
                name=name,
                address=_joined(a.get("adresse")),
                **_read(a, AGENCY_KEYS),
            )
        )
    return OrganisationData(
        name=_s(b, "nom"),
        kind=_s(b, "type").upper() or "ESH",
        **_read(b, IDENTITY_KEYS),
        address=_joined(b.get("adresse")),
        legal_mentions=_s(b, "mentions_legales"),
        **_read(d, PRIVACY_KEYS),
        agencies=letterheads,
        mail=MailRelay(
            host=_s(m, "hote"),
            port=_s(m, "port"),
            security=_s(m, "securite").lower() or "starttls",
            **_read(m, MAIL_KEYS),
        ),
        signing_certificate=_s(table, "certificat_signature"),
    )
