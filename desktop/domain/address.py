"""Postal address block for letters (NF Z10-011, La Poste), docs/domain.md#addresses.

Six lines at most, 38 characters at most each (spaces included), no blank line;
lines 4 to 6 (street, lieu-dit/BP, postcode and town) in capitals without accents or
punctuation. Street labels are abbreviated only when a line is longer than 32
characters. Line 1 is the addressee, line 2 extra identity (appartement, étage, c/o),
line 3 the building or residence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.i18n import message as _m
from desktop.domain.text import fold, person_name, surname_caps

MAX_LINES = 6
MAX_CHARS = 38
ABBREVIATE_BEYOND = 32
POSTCODE_LINE_RE = re.compile(r"\d{5} [A-Z0-9 ]+")

# La Poste's usual abbreviations (longest first within each entry's alternatives).
STREET_ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    ("ALLEES", "ALL"),
    ("ALLEE", "ALL"),
    ("AVENUE", "AV"),
    ("BOULEVARD", "BD"),
    ("CHEMIN", "CHE"),
    ("IMPASSE", "IMP"),
    ("LOTISSEMENT", "LOT"),
    ("PLACE", "PL"),
    ("QUARTIER", "QUA"),
    ("RESIDENCE", "RES"),
    ("ROUTE", "RTE"),
    ("SQUARE", "SQ"),
    ("FAUBOURG", "FG"),
    ("PROMENADE", "PROM"),
    ("COURS", "CRS"),
    ("QUAI", "QUAI"),
    ("SAINTE", "STE"),
    ("SAINT", "ST"),
    ("DOCTEUR", "DR"),
    ("GENERAL", "GAL"),
    ("MARECHAL", "MAL"),
    ("PRESIDENT", "PDT"),
    ("PROFESSEUR", "PR"),
)
# Lines 2-3 keep their case and accents; these shorten them when needed.
IDENTITY_ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    ("Appartement", "Appt"),
    ("appartement", "appt"),
    ("Bâtiment", "Bât."),
    ("bâtiment", "bât."),
    ("Résidence", "Rés."),
    ("résidence", "rés."),
    ("Escalier", "Esc."),
    ("escalier", "esc."),
)

_PUNCT = re.compile(r"[^0-9A-Z ]+")


def postal_form(text: str) -> str:
    """Capitals, no accent, no punctuation, single spaces: ``"12, rue de l'Église"``
    -> ``"12 RUE DE L EGLISE"``."""
    folded = fold(text).upper()
    return " ".join(_PUNCT.sub(" ", folded).split())


def _abbreviate_words(line: str, table: tuple[tuple[str, str], ...]) -> str:
    words = line.split(" ")
    mapping = dict(table)
    return " ".join(mapping.get(w, w) for w in words)


def _abbreviate_identity(line: str) -> str:
    for long, short in IDENTITY_ABBREVIATIONS:
        line = re.sub(rf"\b{long}\b", short, line)
    return line


def too_long(line: str) -> bool:
    """Whether a line of the block (as printed: ``fit_street_line``,
    ``fit_identity_line``) is beyond the norm's 38 characters: the letters refuse it."""
    return len(line) > MAX_CHARS


def fit_identity_line(text: str) -> str:
    """Line 2-3 text (apartment, building) as printed: single spaces, the usual words
    abbreviated when the line is beyond 38 characters."""
    text = " ".join(text.split()) if text else ""
    return _abbreviate_identity(text) if too_long(text) else text


def entry_warnings(*, street: str = "", complement: str = "") -> dict[str, Message]:
    """What the letters' address block will refuse in a dwelling's street and
    complement as typed (keys ``street``, ``complement``): a line still beyond 38
    characters once abbreviated. The tenant form says it under the field when it is
    typed, instead of the first letter refusing it (``check_lines``)."""
    out: dict[str, Message] = {}
    for key, line in (
        ("street", fit_street_line(street) if street.strip() else ""),
        ("complement", fit_identity_line(complement)),
    ):
        if too_long(line):
            out[key] = line_too_long(line)
    return out


def line_too_long(line: str) -> Message:
    """Why the letters will refuse ``line`` (as printed) of the address block."""
    return _m(
        QT_TRANSLATE_NOOP(
            "messages",
            "Trop long pour l'adresse des courriers : {length} caractères une fois "
            "abrégé (« {line} »), {max} au plus. Les courriers seront refusés : "
            "raccourcissez-le.",
        ),
        length=len(line),
        line=line,
        max=MAX_CHARS,
    )


def town_line(postcode: str, city: str) -> str:
    """The block's last line: postcode and commune in postal form."""
    return f"{postcode.strip()} {fit_street_line(city)}".strip()


def fit_street_line(line: str) -> str:
    """Line 4-6 text in postal form, abbreviated when beyond 32 characters."""
    line = postal_form(line)
    if len(line) > ABBREVIATE_BEYOND:
        line = _abbreviate_words(line, STREET_ABBREVIATIONS)
    return line


@dataclass(frozen=True)
class PostalAddress:
    """The address block, line by line (no blank line, at most six)."""

    lines: tuple[str, ...]
    postal_from: int  # 0-based index of the first postal line (street)
    #: False when the block had no room to name every addressee (line 1 names the
    #: first alone): the letter names them all elsewhere (``destinataire.titulaires``).
    names_everyone: bool

    def text(self) -> str:
        return "\n".join(self.lines)

    def errors(self) -> dict[str, Message]:
        return check_lines(self.lines, self.postal_from)


def check_lines(
    lines: tuple[str, ...] | list[str], postal_from: int | None = None
) -> dict[str, Message]:
    """Every breach of the norm, keyed ``address.lineN`` (1-based). ``postal_from`` is
    the 0-based index of the street line (default: the last two lines are postal)."""
    errors: dict[str, Message] = {}
    if not lines:
        errors["address"] = _m(QT_TRANSLATE_NOOP("messages", "L'adresse est vide."))
        return errors
    if len(lines) > MAX_LINES:
        errors["address"] = _m(
            QT_TRANSLATE_NOOP("messages", "L'adresse compte {count} lignes ; {max} au plus."),
            count=len(lines),
            max=MAX_LINES,
        )
    first_postal = max(len(lines) - 2, 1) if postal_from is None else postal_from
    for i, line in enumerate(lines, start=1):
        key = f"address.line{i}"
        if not line.strip():
            errors[key] = _m(
                QT_TRANSLATE_NOOP(
                    "messages", "Ligne {n} de l'adresse vide : pas de ligne blanche."
                ),
                n=i,
            )
        elif too_long(line):
            errors[key] = _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Ligne {n} de l'adresse trop longue ({length} caractères, "
                    "{max} au plus) : « {line} ».",
                ),
                n=i,
                length=len(line),
                max=MAX_CHARS,
                line=line,
            )
        elif i > first_postal and line != postal_form(line):
            errors[key] = _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Ligne {n} de l'adresse : majuscules sans accent ni "
                    "ponctuation attendues (« {line} »).",
                ),
                n=i,
                line=line,
            )
    last = lines[-1]
    if not POSTCODE_LINE_RE.fullmatch(last):
        errors.setdefault(
            f"address.line{len(lines)}",
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "La dernière ligne de l'adresse doit être le code postal (5 "
                    "chiffres) suivi de la commune en majuscules.",
                )
            ),
        )
    return errors


def _person(c: str, f: str, n: str, first: bool = True) -> str:
    return person_name(c, f if first else "", n)


def _people(civilities_names: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    return [(c, f, surname_caps(n)) for c, f, n in civilities_names if n.strip()]


def _one_line_forms(people: list[tuple[str, str, str]]) -> list[tuple[str, int]]:
    """Line 1's forms, preferred first, each with the number of titulars it names."""
    forms: list[tuple[str, int]] = []
    if len(people) >= 2:
        (c1, f1, n1), (c2, f2, n2) = people[0], people[1]
        if n1 == n2 and c1 and c2 and c1 != c2:
            forms.append(
                (f"M. et Mme {n1}" if {c1, c2} == {"M.", "Mme"} else f"{c1} et {c2} {n1}", 2)
            )
        forms += [
            (f"{_person(c1, f1, n1)} et {_person(c2, f2, n2)}", 2),
            (f"{_person(c1, f1, n1, False)} et {_person(c2, f2, n2, False)}", 2),
        ]
    c, f, n = people[0]
    forms += [
        (_person(c, f, n), 1),
        (_person(c, f, n, False), 1),
    ]
    return forms


def addressee_line(civilities_names: list[tuple[str, str, str]]) -> str:
    """Line 1 from the titulars (civility, first name, last name), shortened to fit.

    One titular: ``Mme Élodie DUPONT``; two with the same name: ``M. et Mme Lucas
    MARTIN``; otherwise ``Mme Élodie DUPONT et M. Jean ROUX``. Falls back to shorter
    forms (no first names, then the first titular) beyond 38 characters.
    """
    people = _people(civilities_names)
    if not people:
        return ""
    forms = _one_line_forms(people)
    for form, _named in forms:
        if len(form) <= MAX_CHARS:
            return form
    return forms[-1][0]


def _packed(names: list[str]) -> list[str]:
    """Names on as few lines as fit, joined by « et » on a line."""
    lines: list[str] = []
    for name in names:
        if lines and len(f"{lines[-1]} et {name}") <= MAX_CHARS:
            lines[-1] = f"{lines[-1]} et {name}"
        else:
            lines.append(name)
    return lines


def _addressee_lines(
    civilities_names: list[tuple[str, str, str]], room: int
) -> tuple[list[str], bool]:
    """The addressee lines naming every titular, at most ``room`` of them, and whether
    they name every titular.

    Line 1 alone when one line names them all (``addressee_line``). Otherwise (three
    titulars, or two whose names are too long for one line) the names go on as many
    lines as needed, line 2 being the addressee's extra identity in NF Z10-011: with
    their first names when the lines fit in ``room``, without them otherwise. When even
    that does not fit, line 1 alone (the first titulars only) is the last resort.
    """
    people = _people(civilities_names)
    if not people:
        return [], True
    fitting = [(f, k) for f, k in _one_line_forms(people) if len(f) <= MAX_CHARS]
    if fitting and fitting[0][1] == len(people):
        return [fitting[0][0]], True
    for first in (True, False):
        names = []
        for c, f, n in people:
            # (The initial's form, ``M. J. ROUX``, is never shorter than ``M. ROUX``.)
            forms = [_person(c, f, n, first), _person(c, f, n, False)]
            names.append(next((x for x in forms if len(x) <= MAX_CHARS), forms[-1]))
        for candidate in (names, _couples_joined(people, names)):
            lines = _packed(candidate)
            if len(lines) <= room and all(len(line) <= MAX_CHARS for line in lines):
                return lines, True
    return [addressee_line(civilities_names)], False


def _couples_joined(people: list[tuple[str, str, str]], names: list[str]) -> list[str]:
    """``names`` with a man and a woman of the same surname written together,
    ``M. et Mme NGUYEN``, where the first of them stands (a third holder of another
    name keeps his own line)."""
    out: list[str] = []
    joined: set[int] = set()
    for i, (c, _f, n) in enumerate(people):
        if i in joined:
            continue
        partner = next(
            (
                j
                for j in range(i + 1, len(people))
                if j not in joined and people[j][2] == n and {c, people[j][0]} == {"M.", "Mme"}
            ),
            None,
        )
        if partner is None:
            out.append(names[i])
        else:
            joined.add(partner)
            out.append(f"M. et Mme {n}")
    return out


def build_address(
    names: list[tuple[str, str, str]],
    *,
    complement: str = "",
    building: str = "",
    street: str,
    locality: str = "",
    postcode: str,
    city: str,
) -> PostalAddress:
    """The block for a person at a dwelling; raises ``ValidationError`` when it cannot
    be made to fit the norm (the message names the line)."""
    identity = [x for x in (fit_identity_line(complement), fit_identity_line(building)) if x]
    # The room the addressee's names may take: six lines less the identity, street,
    # locality and postcode lines.
    room = MAX_LINES - len(identity) - bool(street.strip()) - bool(locality.strip()) - 1
    named, names_everyone = _addressee_lines(names, max(room, 1))
    first = named[0] if named else ""
    lines: list[str] = [*named, *identity]
    # An identity line pushed to line 4 or beyond by the names is written as the postal
    # lines are (capitals, no accent or punctuation from line 4).
    lines = [postal_form(x) if i >= 3 else x for i, x in enumerate(lines)]
    street_line = fit_street_line(street) if street.strip() else ""
    # Names (within their room) + identity + street + locality + postcode: six lines at most.
    postal_from = min(len(lines), 3)
    if street_line:
        lines.append(street_line)
    if locality.strip():
        lines.append(fit_street_line(locality))
    lines.append(town_line(postcode, city))
    errors: dict[str, Message] = {}
    if not first:
        errors["address.line1"] = _m(
            QT_TRANSLATE_NOOP(
                "messages", "Destinataire sans nom : l'adresse ne peut pas être faite."
            )
        )
    if not street_line:
        errors["address.street"] = _m(QT_TRANSLATE_NOOP("messages", "Adresse sans numéro ni voie."))
    if not re.fullmatch(r"\d{5}", postcode.strip()):
        errors["address.postcode"] = _m(
            QT_TRANSLATE_NOOP("messages", "Code postal manquant ou invalide : « {value} »."),
            value=postcode,
        )
    errors.update(
        {k: v for k, v in check_lines(tuple(lines), postal_from).items() if k not in errors}
    )
    if errors:
        raise ValidationError(
            errors,
            _m(
                QT_TRANSLATE_NOOP("messages", "Adresse postale incorrecte : {details}"),
                details=" ; ".join(str(m) for m in errors.values()),
            ),
        )
    return PostalAddress(tuple(lines), postal_from, names_everyone)
