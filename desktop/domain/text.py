"""Text normalisation for search: accents and case folded, as users type them."""

from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """Lower-case ASCII without accents: ``"Élodie Œuvray"`` -> ``"elodie oeuvray"``."""
    text = text.replace("œ", "oe").replace("Œ", "Oe").replace("æ", "ae").replace("Æ", "Ae")
    text = text.replace("ß", "ss")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


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
