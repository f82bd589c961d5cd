"""French filters offered to letter templates: dates, money, amounts in words.

In a template: ``{{ lettre.date|date_fr }}`` -> ``1er mars 2026``,
``{{ montant|euros }}`` -> ``1 234,56 €`` (U+202F grouping, U+00A0 before €),
``{{ montant|en_lettres }}`` -> ``mille deux cent trente-quatre euros et cinquante-six
centimes``, ``{{ date|date_num }}`` -> ``01/03/2026``.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from desktop.domain.formatting import (
    CENT,
    format_date_fr,
    format_decimal_fr,
    format_long_date_fr,
    format_money_fr,
)
from desktop.domain.i18n import is_singular


def _to_decimal(value) -> Decimal:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, str):
        from desktop.domain.formatting import parse_decimal_fr

        return parse_decimal_fr(value)
    if isinstance(value, float):  # a template literal such as {{ 12.5|euros }}
        return Decimal(repr(value))
    raise TypeError(f"not an amount: {value!r}")


def _to_date(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        from desktop.domain.formatting import parse_date_fr

        return parse_date_fr(value)
    raise TypeError(f"not a date: {value!r}")


def date_fr(value, pattern: str | None = None) -> str:
    """``23 novembre 2026``, ``1er mars 2026``; with a Babel pattern (``"EEEE d MMMM
    y"``) the day of the month 1 still reads ``1er``."""
    if value is None or value == "":
        return ""
    day = _to_date(value)
    if not pattern:
        return format_long_date_fr(day)
    from babel.dates import format_date

    if day.day == 1 and "d" in pattern and "dd" not in pattern:
        pattern = pattern.replace("d", "'1er'", 1)
    return format_date(day, pattern, locale="fr_FR")


def date_num(value) -> str:
    """``01/03/2026``."""
    if value is None or value == "":
        return ""
    return format_date_fr(_to_date(value))


def money(value) -> str:
    """``1 234,56 €`` (``-1 234,56 €`` when negative)."""
    if value is None or value == "":
        return ""
    return format_money_fr(_to_decimal(value))


def number(value, places: int = 2) -> str:
    if value is None or value == "":
        return ""
    return format_decimal_fr(_to_decimal(value), places)


def _words(n: int) -> str:
    from num2words import num2words

    return num2words(n, lang="fr")


def amount_in_words(value) -> str:
    """French amount in words: ``mille deux cent trente-quatre euros et cinquante-six
    centimes``; ``un euro``, ``un million d'euros``, ``zéro euro``."""
    if value is None or value == "":
        return ""
    try:
        amount = _to_decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)
    except (InvalidOperation, ValueError) as exc:
        raise TypeError(f"not an amount: {value!r}") from exc
    sign = "moins " if amount < 0 else ""
    amount = abs(amount)
    euros = int(amount)
    cents = int((amount - euros) * 100)
    parts = []
    if euros or not cents:
        words = _words(euros)
        if euros == 0:
            parts.append("zéro euro")
        elif euros == 1:
            parts.append("un euro")
        elif euros % 1_000_000 == 0:  # "un million d'euros", "deux milliards d'euros"
            parts.append(f"{words} d'euros")
        else:
            parts.append(f"{words} euros")
    if cents:
        parts.append("un centime" if cents == 1 else f"{_words(cents)} centimes")
    return sign + " et ".join(parts)


def upper_postal(value) -> str:
    """Capitals without accents or punctuation (postal lines)."""
    from desktop.domain.address import postal_form

    return postal_form(str(value or ""))


# --------------------------------------------------------------------------- typography

NNBSP, NBSP, WJ = "\u202f", "\u00a0", "\u2060"
_MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
_SPACES = "[ \u00a0\u202f]"
# (pattern, replacement) applied in order; each only swaps or inserts spacing marks.
_TYPO_RULES: tuple[tuple[re.Pattern, object], ...] = (
    # ; ! ? : narrow no-break space before (after a word, not inside a URL or a time)
    (re.compile(r"(?<=[\w)»\]\"'’.…%€])" + _SPACES + r"?([;!?])(?=\s|$|[»)\"’.,])"), NNBSP + r"\1"),
    # : no-break space before
    (re.compile(r"(?<=[\w)»\]\"'’.…%€])" + _SPACES + r"?:(?=\s|$)"), NBSP + ":"),
    # « and » with no-break spaces inside
    (re.compile(r"«" + _SPACES + r"?"), "«" + NBSP),
    (re.compile(_SPACES + r"?»"), NBSP + "»"),
    # 13 h 55, 9 h
    (
        re.compile(r"(\d{1,2})" + _SPACES + r"h(?:" + _SPACES + r"(\d{2}))?\b"),
        lambda m: m.group(1) + NBSP + "h" + (NBSP + m.group(2) if m.group(2) else ""),
    ),
    # dates: 1er mars 2026
    (
        re.compile(
            r"\b(\d{1,2}|1er)" + _SPACES + r"(" + _MONTHS + r")(?:" + _SPACES + r"(\d{4}))?\b", re.I
        ),
        lambda m: m.group(1) + NBSP + m.group(2) + (NBSP + m.group(3) if m.group(3) else ""),
    ),
    # amounts: thousands groups and the currency sign
    (re.compile(r"(?<=\d)" + _SPACES + r"(?=\d{3}(?!\d))"), NNBSP),
    (re.compile(r"(?<=\d)" + _SPACES + r"?(€|euros?\b|%)"), NBSP + r"\1"),
    # French phone numbers: 05 56 00 12 60
    (
        re.compile(r"\b0[1-9](?:" + _SPACES + r"\d{2}){4}\b"),
        lambda m: re.sub(_SPACES, NBSP, m.group(0)),
    ),
    # n° 12, p. 3
    (re.compile(r"\b(n°|N°|art\.|p\.)" + _SPACES + r"(?=\d)"), r"\1" + NBSP),
    # e-mail addresses and web addresses: no break after their hyphens
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), lambda m: m.group(0).replace("-", "-" + WJ)),
)
_TYPO_TRIGGER = re.compile(r"[;!?:«»@€%°]|\d")


def typography(value) -> str:
    """French typography on a text: a narrow no-break space before ``; ! ?``, a
    no-break space before ``:`` and inside ``« »``, no line break inside ``13 h 55``,
    a date, an amount, a phone number or an e-mail address. Idempotent."""
    text = "" if value is None else str(value)
    if not _TYPO_TRIGGER.search(text):
        return text
    if WJ in text:
        text = text.replace(WJ, "")
    for pattern, repl in _TYPO_RULES:
        text = pattern.sub(repl, text)
    return text


# --------------------------------------------------------------------------- grammar

_VOWEL_START = re.compile(r"[aeiouyàâäéèêëîïôöûüœæ]", re.I)
# Words starting with a mute h take an elision ("l'habitat", "d'hiver").
_MUTE_H = (
    "habit",
    "hébergement",
    "héberg",
    "heure",
    "hiver",
    "homme",
    "honneur",
    "hôpital",
    "hôtel",
    "huissier",
    "humain",
    "hypoth",
    "hygi",
    "histoire",
    "hospital",
    "horaire",
)


def _elides(word: str) -> bool:
    low = word.lower()
    if _VOWEL_START.match(low):
        return not low.startswith(("onze", "oui", "yaourt"))
    return low.startswith(_MUTE_H)


def contraction(value, preposition: str = "de") -> str:
    """``de``/``à`` before a phrase, contracted and elided: ``le FSL`` -> ``du FSL``,
    ``les locataires`` -> ``des locataires``, ``l'occupant`` -> ``de l'occupant``,
    ``octobre`` -> ``d'octobre``, ``mars`` -> ``de mars``; with ``à``: ``au FSL``,
    ``aux locataires``, ``à l'occupant``, ``à la CAF``."""
    phrase = " ".join(str(value or "").split())
    if not phrase:
        return ""
    if " et " in phrase:  # "le FSL et le CCAS" -> "du FSL et du CCAS"
        return " et ".join(contraction(p, preposition) for p in phrase.split(" et "))
    low = phrase.lower()
    de = preposition == "de"
    if low.startswith("le "):
        return ("du " if de else "au ") + phrase[3:]
    if low.startswith("les "):
        return ("des " if de else "aux ") + phrase[4:]
    if low.startswith(("la ", "l'", "l’")):
        return ("de " if de else "à ") + phrase
    if de and _elides(phrase):
        return "d'" + phrase
    return ("de " if de else "à ") + phrase


def of(value) -> str:
    """Template filter ``de``: ``{{ 'le FSL'|de }}`` -> ``du FSL``."""
    return contraction(value, "de")


def to(value) -> str:
    """Template filter ``au``: ``{{ 'le FSL'|au }}`` -> ``au FSL``."""
    return contraction(value, "à")


def plural(
    count, singular: str, plural_form: str | None = None, *, with_number: bool = True
) -> str:
    """``3 échéances``, ``1 échéance`` (French: 0 and 1 are singular)."""
    try:
        n = Decimal(str(count))
    except (InvalidOperation, ValueError):
        n = Decimal(0)
    word = singular if is_singular(n) else (plural_form or singular + "s")
    if not with_number:
        return word
    return f"{count}{NBSP}{word}"


def as_list(value) -> list[str]:
    """``CLCV, CNL et DAL`` -> ``["CLCV", "CNL", "DAL"]`` (commas, semicolons, "et",
    lines), each once: ``{% for a in champs.associations|liste %}``. A decimal comma
    (``1 500,00 €``, a comma between two digits) does not split."""
    parts = re.split(r"\s*(?:(?<!\d),|,(?!\d)|;|\bet\b|\n)\s*", str(value or ""))
    return list(dict.fromkeys(p.strip() for p in parts if p.strip()))


def as_blocks(value) -> list[dict[str, str]]:
    """Blank-line separated paragraphs as ``{"titre", "texte"}``: the first line is the
    title, the others the text (``{% for m in champs.mesures|blocs %}``)."""
    out = []
    for block in re.split(r"\n\s*\n", str(value or "").replace("\r\n", "\n")):
        lines = [line.strip() for line in block.strip().splitlines() if line.strip()]
        if lines:
            out.append({"titre": lines[0], "texte": " ".join(lines[1:])})
    return out


def _text_blocks(value) -> list[str]:
    """Blank-line separated text, block by block (a block keeps its line breaks)."""
    text = str(value or "").replace("\r\n", "\n")
    return [b.strip("\n") for b in re.split(r"\n\s*\n", text) if b.strip()]


def paragraphs(value) -> str:
    """Blank-line separated text as Word paragraphs (docxtpl's ``\\a``): each takes
    the properties of the template's paragraph."""
    return "\a".join(_text_blocks(value))


def paragraphs_but_last(value) -> str:
    """``paragraphes`` without the last block, which ``dernier_paragraphe`` writes in a
    paragraph of its own: the one a letter keeps with its closing formula, so that the
    closing never stands alone on a page (a rule on ``paragraphes``' paragraph would
    hold every block together)."""
    return "\a".join(_text_blocks(value)[:-1])


def last_paragraph(value) -> str:
    """The last blank-line separated block of the text (see ``paragraphes_sauf_dernier``)."""
    found = _text_blocks(value)
    return found[-1] if found else ""


def number_in_words(value) -> str:
    """``deux``, ``trois`` (integers)."""
    if value is None or value == "":
        return ""
    return _words(int(value))


def mid_sentence(value) -> str:
    """A label printed inside a sentence: ``Perte d'emploi`` -> ``perte d'emploi``;
    an acronym keeps its capitals (``RSA ou AAH`` stays)."""
    label = str(value or "")
    if len(label) > 1 and label[0].isupper() and not label[1].isupper():
        return label[0].lower() + label[1:]
    return label


FILTERS = {
    "date_fr": date_fr,
    "date_num": date_num,
    "euros": money,
    "nombre": number,
    "en_lettres": amount_in_words,
    "majuscules_postales": upper_postal,
    "typo": typography,
    "de": of,
    "au": to,
    "pluriel": plural,
    "nombre_en_lettres": number_in_words,
    "liste": as_list,
    "blocs": as_blocks,
    "minuscule": mid_sentence,
    "paragraphes": paragraphs,
    "paragraphes_sauf_dernier": paragraphs_but_last,
    "dernier_paragraphe": last_paragraph,
}
