"""The template library (*modèles*): ``letters/NAME.docx`` with ``letters/NAME.toml``.

The metadata file says what the template is and needs::

    titre = "Relance pour impayé de loyer"
    domaine = "Impayés"
    version = "1.2"
    description = "Première relance amiable..."
    recommandee = false          # prints the "lettre recommandée" mention
    objet = "Loyer impayé"       # default subject (editable in the form)
    donnees = ["locataire.solde"]  # data of the file the letter needs

    [[champs]]                   # free fields filled in a form before printing
    nom = "date_limite"
    libelle = "Date limite de règlement"
    type = "date"                # texte, texte_long, date, montant, entier
    obligatoire = true
    defaut = "+15j"              # optional: a value, "+15j" (days from today) or
                                 # "=locataire.solde" (a field of the file)
    positif = true               # montant only: zero or less refused (a debt claimed)

Templates are looked up in the folder named by the ``templates_dir`` setting (the
organisation's own models, on a shared drive) and then in the bundled ``templates/``.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from desktop import config
from desktop.domain.errors import UserError, ValidationError
from desktop.domain.formatting import (
    format_money_fr,
    implausible_date,
    parse_amount_fr,
    parse_date_fr,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.text import bidi_controls
from desktop.resources import template as bundled_template

LETTERS = "letters"
FIELD_TYPES = ("texte", "texte_long", "date", "montant", "entier")
NAME_RE = re.compile(r"[a-z0-9][a-z0-9_\-]{0,79}")
FIELD_NAME_RE = re.compile(r"[a-z][a-z0-9_]{0,39}")


@dataclass(frozen=True)
class FreeField:
    name: str
    label: str
    kind: str = "texte"
    required: bool = False
    default: str = ""
    help: str = ""
    positive: bool = False  # an amount claimed: zero or less is refused


@dataclass(frozen=True)
class LetterTemplate:
    name: str
    docx: Path
    title: str
    area: str = ""
    version: str = "1"
    description: str = ""
    registered_mail: bool = False
    subject: str = ""
    needs: tuple[str, ...] = ()
    fields: tuple[FreeField, ...] = field(default_factory=tuple)

    @property
    def metadata_path(self) -> Path:
        return self.docx.with_suffix(".toml")


def _m(text: str, **params) -> Message:
    return Message(text, params)


def library_dirs() -> list[Path]:
    dirs = []
    custom = config.load_settings().get("templates_dir")
    if custom:
        dirs.append(Path(custom).expanduser() / LETTERS)
    dirs.append(bundled_template(LETTERS))
    return dirs


def _parse_field(raw: dict, where: str) -> FreeField:
    name = str(raw.get("nom", "")).strip()
    kind = str(raw.get("type", "texte")).strip()
    if not FIELD_NAME_RE.fullmatch(name):
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{where} : nom de champ invalide « {name} » (minuscules, chiffres "
                    "et _ ; commence par une lettre).",
                ),
                where=where,
                name=name,
            )
        )
    if kind not in FIELD_TYPES:
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{where} : type de champ inconnu « {kind} » pour « {name} » "
                    "(attendu : {kinds}).",
                ),
                where=where,
                kind=kind,
                name=name,
                kinds=", ".join(FIELD_TYPES),
            )
        )
    return FreeField(
        name=name,
        label=str(raw.get("libelle", name)).strip() or name,
        kind=kind,
        required=bool(raw.get("obligatoire", False)),
        default=str(raw.get("defaut", "")),
        help=str(raw.get("aide", "")).strip(),
        positive=bool(raw.get("positif", False)) and kind == "montant",
    )


def load_template(docx: Path) -> LetterTemplate:
    meta_path = docx.with_suffix(".toml")
    where = meta_path.name
    try:
        meta = tomllib.loads(meta_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        meta = {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP("messages", "Fiche du modèle illisible ({where}) : {error}"),
                where=where,
                error=str(exc),
            )
        ) from exc
    fields = tuple(_parse_field(f, where) for f in meta.get("champs", []) if isinstance(f, dict))
    names = [f.name for f in fields]
    if len(set(names)) != len(names):
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP("messages", "{where} : un champ est déclaré deux fois."),
                where=where,
            )
        )
    return LetterTemplate(
        name=docx.stem,
        docx=docx,
        title=str(meta.get("titre", docx.stem)),
        area=str(meta.get("domaine", "")),
        version=str(meta.get("version", "1")),
        description=str(meta.get("description", "")).strip(),
        registered_mail=bool(meta.get("recommandee", False)),
        subject=str(meta.get("objet", "")),
        needs=tuple(str(n) for n in meta.get("donnees", [])),
        fields=fields,
    )


def list_templates() -> list[LetterTemplate]:
    """Every template, the organisation's own first (same name: theirs wins)."""
    seen: dict[str, LetterTemplate] = {}
    for folder in library_dirs():
        if not folder.is_dir():
            continue
        for docx in sorted(folder.glob("*.docx")):
            if docx.name.startswith(("~$", ".")) or docx.stem in seen:
                continue
            if NAME_RE.fullmatch(docx.stem):
                seen[docx.stem] = load_template(docx)
    return sorted(seen.values(), key=lambda t: (t.area, t.title))


def get_template(name: str) -> LetterTemplate:
    name = name.strip()
    if NAME_RE.fullmatch(name):
        for folder in library_dirs():
            docx = folder / f"{name}.docx"
            if docx.is_file():
                return load_template(docx)
    known = ", ".join(t.name for t in list_templates())
    raise UserError(
        _m(
            QT_TRANSLATE_NOOP(
                "messages", "Modèle inconnu : « {name} ». Modèles disponibles : {known}."
            ),
            name=name,
            known=known or "aucun",
        )
    )


# --------------------------------------------------------------------------- free fields


def fill_free_fields(template_name: str, values: dict, today: dt.date) -> dict[str, str]:
    """The template's free fields: ``values`` for those it declares, its own defaults
    (``+15j``...) for the others; values for fields it does not declare are dropped."""
    template = get_template(template_name)
    known = {f.name for f in template.fields}
    out = {k: v for k, v in values.items() if k in known}
    for f in template.fields:
        if f.name not in out:
            out[f.name] = default_value(f, {}, today)
    return out


def default_value(f: FreeField, context: dict, today: dt.date) -> str:
    """The form's initial text for a free field."""
    d = f.default.strip()
    m = re.fullmatch(r"\+(\d{1,3})j", d)
    if m:
        from desktop.domain.formatting import format_date_fr

        return format_date_fr(today + dt.timedelta(days=int(m.group(1))))
    if d.startswith("="):
        value: object = context
        for part in d[1:].split("."):
            value = value.get(part) if isinstance(value, dict) else None
        if value is None:
            return ""
        if isinstance(value, Decimal):
            from desktop.domain.formatting import format_amount_input

            return format_amount_input(value)
        if isinstance(value, dt.date):
            from desktop.domain.formatting import format_date_fr

            return format_date_fr(value)
        return str(value)
    return d


def parse_free_fields(template: LetterTemplate, raw: dict[str, str]) -> dict[str, object]:
    """Typed values of the form's free fields; ``ValidationError`` keyed by field name."""
    values: dict[str, object] = {}
    errors: dict[str, Message] = {}
    for f in template.fields:
        text = str(raw.get(f.name, "") or "")
        text = "".join(c for c in text if c in "\n\t" or c >= " ")  # no control characters
        if f.kind != "texte_long":
            text = " ".join(text.split())
        if not text.strip():
            if f.required:
                errors[f.name] = _m(
                    QT_TRANSLATE_NOOP("messages", "« {label} » est obligatoire."), label=f.label
                )
            values[f.name] = None if f.kind in ("date", "montant", "entier") else ""
            continue
        if f.kind in ("texte", "texte_long") and bidi_controls(text):
            errors[f.name] = _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "« {label} » : caractères invisibles qui inversent le sens de l'écriture "
                    "({codes}) : retirez-les.",
                ),
                label=f.label,
                codes=", ".join(bidi_controls(text)),
            )
            continue
        try:
            if f.kind == "date":
                values[f.name] = day = parse_date_fr(text)
                implausible = implausible_date(day)
                if implausible is not None:  # 01/01/0001 typed for 01/01/2026...
                    errors[f.name] = _m(
                        QT_TRANSLATE_NOOP("messages", "« {label} » : {detail}"),
                        label=f.label,
                        detail=implausible,
                    )
            elif f.kind == "montant":
                values[f.name] = amount = parse_amount_fr(text)
                if f.positive and amount <= 0:
                    # e.g. an arrears reminder to a tenant whose balance is nil or in credit
                    errors[f.name] = _m(
                        QT_TRANSLATE_NOOP(
                            "messages", "« {label} » : {amount} ; un montant positif est attendu."
                        ),
                        label=f.label,
                        amount=format_money_fr(amount),
                    )
            elif f.kind == "entier":
                values[f.name] = int(text)
            else:
                if len(text) > 4000:
                    raise ValueError(text)
                values[f.name] = text.strip()
        except ValueError:
            hint = {
                "date": QT_TRANSLATE_NOOP("messages", "« {label} » : date attendue (jj/mm/aaaa)."),
                "montant": QT_TRANSLATE_NOOP(
                    "messages", "« {label} » : montant attendu (ex. 1 234,56)."
                ),
                "entier": QT_TRANSLATE_NOOP("messages", "« {label} » : nombre entier attendu."),
            }.get(f.kind, QT_TRANSLATE_NOOP("messages", "« {label} » : 4 000 caractères au plus."))
            errors[f.name] = _m(hint, label=f.label)
    if errors:
        # One error is its own summary (a batch lists it against the tenant).
        raise ValidationError(errors, next(iter(errors.values())) if len(errors) == 1 else None)
    return values
