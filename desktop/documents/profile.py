"""The landlord's organisation profile: letterhead, legal mentions, agencies'
contacts, signatories, envelope window. A TOML file staff can edit.

Where it is read from: the ``organisation_profile`` path in the settings file, else
``organisation.toml`` in the user's configuration folder, else the demonstration
profile ``resources/demo/organisation.toml``. Image paths are relative to the file.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from desktop import config
from desktop.domain.errors import UserError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.organisation import AGENCY_KEYS, IDENTITY_KEYS
from desktop.resources import resource

DEMO_PROFILE = ("demo", "organisation.toml")


@dataclass(frozen=True)
class Envelope:
    """Address window, in millimetres from the top-left corner of the A4 sheet."""

    left: float = 110.0
    top: float = 55.0
    width: float = 85.0
    height: float = 33.0


@dataclass(frozen=True)
class Signatory:
    key: str
    name: str
    title: str
    signature: Path | None = None


@dataclass(frozen=True)
class AgencyContact:
    address: tuple[str, ...] = ()
    phone: str = ""
    email: str = ""
    hours: str = ""
    place: str = ""

    @property
    def town(self) -> str:
        """The agency's town: ``lieu`` when given, else the town of the address line
        that starts with a postcode (``33700 Mérignac`` -> ``Mérignac``)."""
        if self.place:
            return self.place
        for line in reversed(self.address):
            m = re.match(r"\s*\d{5}\s+(.+?)(?:\s+CEDEX.*)?$", line, re.I)
            if m:
                return m.group(1).strip()
        return ""


@dataclass(frozen=True)
class Privacy:
    """The personal-data notice printed at the foot of letters (GDPR art. 13)."""

    controller: str = ""
    dpo: str = ""
    purpose: str = "la gestion de votre location (contrat, paiements, accompagnement)"
    retention: str = ""
    text_override: str = ""

    def text(self, organisation: str, purpose: str = "") -> str:
        if self.text_override:
            return self.text_override
        controller = self.controller or organisation
        parts = [
            f"Vos données personnelles sont traitées par {controller}, responsable du "
            f"traitement, pour {purpose or self.purpose}."
        ]
        if self.retention:
            parts.append(f"Elles sont conservées {self.retention}.")
        contact = (
            f"auprès de son délégué à la protection des données ({self.dpo})"
            if self.dpo
            else f"auprès de {controller}"
        )
        parts.append(
            "Vous disposez d'un droit d'accès, de rectification, d'effacement, de "
            "limitation et d'opposition, que vous pouvez exercer " + contact + ", "
            "et du droit d'introduire une réclamation auprès de la CNIL "
            "(www.cnil.fr)."
        )
        return " ".join(parts)


@dataclass(frozen=True)
class OrganisationProfile:
    name: str
    kind: str = "ESH"  # ESH (SA d'HLM, coopérative: RCS mentions) or OPH
    legal_form: str = ""
    share_capital: str = ""
    siren: str = ""
    siret: str = ""
    rcs_city: str = ""
    head_office: str = ""
    address: tuple[str, ...] = ()
    phone: str = ""
    email: str = ""
    website: str = ""
    logo: Path | None = None
    place: str = ""
    legal_mentions_override: str = ""
    agencies: dict[str, AgencyContact] = field(default_factory=dict)
    signatories: tuple[Signatory, ...] = ()
    envelope: Envelope = Envelope()
    privacy: Privacy = Privacy()
    source: Path | None = None

    @property
    def legal_mentions(self) -> str:
        """Mentions required on correspondence (C. com. R123-237 for RCS companies)."""
        if self.legal_mentions_override:
            return self.legal_mentions_override
        parts: list[str] = []
        if self.kind.upper() == "OPH":
            parts.append(f"{self.name}, {self.legal_form or 'Office public de l’habitat'}")
            if self.siret:
                parts.append(f"SIRET {self.siret}")
        else:
            head = f"{self.name}, {self.legal_form}" if self.legal_form else self.name
            if self.share_capital:
                head += f" au capital de {self.share_capital}"
            parts.append(head)
            if self.siren:
                parts.append(f"{self.siren} RCS {self.rcs_city}".strip())
        if self.head_office:
            parts.append(f"Siège social : {self.head_office}")
        return " – ".join(parts)

    def signatory(self, key: str | None = None) -> Signatory | None:
        for s in self.signatories:
            if key is None or s.key == key:
                return s
        return None


def _str(table: dict, key: str) -> str:
    value = table.get(key, "")
    return str(value).strip() if value is not None else ""


def _lines(value) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(line.strip() for line in value.splitlines() if line.strip())
    if isinstance(value, list):
        return tuple(str(v).strip() for v in value if str(v).strip())
    return ()


def _image(base: Path, value) -> Path | None:
    if not value:
        return None
    path = (base / str(value)).resolve()
    return path if path.is_file() else None


def parse_profile(data: dict, base: Path, source: Path | None = None) -> OrganisationProfile:
    b = data.get("bailleur", {})
    agencies = {
        str(code).upper(): AgencyContact(
            address=_lines(a.get("adresse")),
            **{attribute: _str(a, key) for attribute, key in AGENCY_KEYS.items()},
        )
        for code, a in (data.get("agences") or {}).items()
        if isinstance(a, dict)
    }
    signatories = tuple(
        Signatory(
            key=_str(s, "id") or f"signataire{i + 1}",
            name=_str(s, "nom"),
            title=_str(s, "fonction"),
            signature=_image(base, s.get("signature")),
        )
        for i, s in enumerate(data.get("signataires") or [])
        if isinstance(s, dict)
    )
    d = data.get("donnees_personnelles") or {}
    privacy = Privacy(
        controller=_str(d, "responsable"),
        dpo=_str(d, "dpo"),
        purpose=_str(d, "finalites") or Privacy.purpose,
        retention=_str(d, "conservation"),
        text_override=_str(d, "texte"),
    )
    e = data.get("enveloppe") or {}
    envelope = Envelope(
        left=float(e.get("gauche", 110)),
        top=float(e.get("haut", 55)),
        width=float(e.get("largeur", 85)),
        height=float(e.get("hauteur", 33)),
    )
    return OrganisationProfile(
        name=_str(b, "nom"),
        kind=_str(b, "type") or "ESH",
        **{attribute: _str(b, key) for attribute, key in IDENTITY_KEYS.items()},
        address=_lines(b.get("adresse")),
        logo=_image(base, b.get("logo")),
        legal_mentions_override=_str(b, "mentions_legales"),
        agencies=agencies,
        signatories=signatories,
        envelope=envelope,
        privacy=privacy,
        source=source,
    )


def profile_path() -> Path:
    configured = config.load_settings().get("organisation_profile")
    if configured:
        return Path(configured).expanduser()
    user = config.config_dir() / "organisation.toml"
    if user.is_file():
        return user
    return resource(*DEMO_PROFILE)


def load_profile(path: str | Path | None = None) -> OrganisationProfile:
    path = Path(path) if path else profile_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(
            Message(
                QT_TRANSLATE_NOOP("messages", "Profil de l'organisme introuvable : {path}."),
                {"path": str(path)},
            )
        ) from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UserError(
            Message(
                QT_TRANSLATE_NOOP("messages", "Profil de l'organisme illisible ({path}) : {error}"),
                {"path": str(path), "error": str(exc)},
            )
        ) from exc
    profile = parse_profile(data, path.parent, path)
    if not profile.name:
        raise UserError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "Profil de l'organisme sans nom de bailleur ({path})."
                ),
                {"path": str(path)},
            )
        )
    return profile
