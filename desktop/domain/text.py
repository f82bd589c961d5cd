"""Text normalisation: what is stored (NFC, no invisible characters) and what is
searched (accents and case folded, as users type them)."""

from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^0-9a-z]+")

# Bidirectional controls reorder what is displayed ("U+202E" shows a name reversed):
# refused wherever a person or a record is named.
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def clean(text: str) -> str:
    """``text`` as stored: NFC, invisible format characters (zero-width space and joiners,
    soft hyphen, BOM...) removed, so that ``C-0001\u200b01`` is ``C-000101``.
    Bidirectional controls are kept for ``bidi_controls`` to refuse."""
    text = unicodedata.normalize("NFC", text)
    if text.isascii():
        return text
    return "".join(c for c in text if c in BIDI_CONTROLS or unicodedata.category(c) != "Cf")


def bidi_controls(text: str) -> list[str]:
    """The bidirectional control characters of ``text``, as ``U+202E`` (sorted)."""
    if text.isascii():
        return []
    return sorted({f"U+{ord(c):04X}" for c in text if c in BIDI_CONTROLS})


def fold(text: str) -> str:
    """Lower-case ASCII without accents: ``"Élodie Œuvray"`` -> ``"elodie oeuvray"``."""
    text = text.replace("œ", "oe").replace("Œ", "Oe").replace("æ", "ae").replace("Æ", "Ae")
    text = text.replace("ß", "ss")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def name_key(last_name: str, first_name: str) -> tuple[str, str]:
    """A person's names without case, accents or spacing: « DUPONT  Élodie » and
    « Dupont Elodie » are the same person."""
    return (" ".join(fold(last_name).split()), " ".join(fold(first_name).split()))


def search_terms(query: str) -> list[str]:
    """The terms of a search box entry, each folded to ``[0-9a-z]+``."""
    return [t for t in _NON_ALNUM.split(fold(query)) if t]


def index_tokens(*values: str | None) -> set[str]:
    """Tokens under which a record is found by prefix search.

    Every word of every value, plus each value with its separators removed so that
    ``BX-2024-0012`` is found by typing ``bx2024`` as well as ``2024``.
    """
    tokens: set[str] = set()
    for value in values:
        if not value:
            continue
        words = search_terms(value)
        tokens.update(w[:64] for w in words)
        if len(words) > 1:
            joined = "".join(words)
            if len(joined) <= 64:
                tokens.add(joined)
    return tokens


def prefix_upper_bound(term: str) -> str:
    """Smallest string greater than every string starting with ``term`` (ASCII terms)."""
    return term[:-1] + chr(ord(term[-1]) + 1)


# A nobiliary particle typed in lower case at the start of a surname: « de », « du »,
# « des », « de la », « de l' », « d' » (straight or typographic apostrophe).
_PARTICLE = re.compile(r"(?:d['’]|(?:de la|de l['’]|de|du|des) )(?=\S)")


def person_name(civility: str, first_name: str, last_name: str) -> str:
    """A person's name from its parts, in that order, those left empty left out:
    ``"Mme Élodie Lefèvre"``, ``"Lefèvre"``."""
    return " ".join(p for p in (civility, first_name, last_name) if p)


def surname_caps(name: str) -> str:
    """A surname in capitals as letters write it, its particle kept in lower case when
    it was typed so: ``"d'Aubigné-de La Tour"`` -> ``"d'AUBIGNÉ-DE LA TOUR"``,
    ``"de Gaulle"`` -> ``"de GAULLE"``; ``"De Smet"`` (capital typed: part of the
    name) -> ``"DE SMET"``."""
    m = _PARTICLE.match(name)
    if m is None:
        return name.upper()
    return m.group(0) + name[m.end() :].upper()
