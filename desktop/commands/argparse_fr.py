"""argparse's own messages in French ("utilisation :", "erreur :", "arguments requis").

argparse writes its usage line, its help headings and its errors through
``gettext.gettext`` (imported as ``argparse._``) and ``gettext.ngettext``. The command
line speaks French whatever the machine's locale, and Python ships no French catalogue
for argparse: ``french()`` swaps both functions for lookups in the table below while
the parser is built and run, then puts them back (so other users of argparse in the
same process, a test runner for instance, are left as they were). The exit code of an
argparse error stays 2.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator

# English source text (Python 3.11-3.13 argparse) -> French.
MESSAGES: dict[str, str] = {
    "usage: ": "utilisation : ",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    "positional arguments": "arguments",
    "options": "options",
    "optional arguments": "options",
    "show this help message and exit": "afficher cette aide et quitter",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "the following arguments are required: %s": "arguments requis : %s",
    "one of the arguments %s is required": "un des arguments %s est requis",
    "unrecognized arguments: %s": "arguments non reconnus : %s",
    "not allowed with argument %s": "incompatible avec l'argument %s",
    "ignored explicit argument %r": "valeur %r ignorée",
    "expected one argument": "une valeur est attendue",
    "expected at most one argument": "une valeur au plus est attendue",
    "expected at least one argument": "au moins une valeur est attendue",
    "unexpected option string: %s": "option inattendue : %s",
    "ambiguous option: %(option)s could match %(matches)s": (
        "option ambiguë : %(option)s peut désigner %(matches)s"
    ),
    "invalid %(type)s value: %(value)r": "valeur invalide (%(type)s) : %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "choix invalide : %(value)r (choisir parmi %(choices)s)"
    ),
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "commande inconnue %(parser_name)r (choix : %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "impossible d'ouvrir « %(filename)s » : %(error)s",
}

PLURALS: dict[str, tuple[str, str]] = {
    "expected %s argument": ("%s valeur est attendue", "%s valeurs sont attendues"),
}


def gettext(text: str) -> str:
    return MESSAGES.get(text, text)


def ngettext(singular: str, plural: str, n: int) -> str:
    french = PLURALS.get(singular)
    if french is None:
        return singular if n == 1 else plural
    return french[0] if n == 1 else french[1]


@contextlib.contextmanager
def french() -> Iterator[None]:
    """argparse speaks French inside the block (build the parser and parse in it)."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = gettext, ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
