"""Letters to a household of three lease holders (two co-tenants, one married, long
compound names, a crowded overseas address): every holder named on the envelope or,
when the window has no room, in the letter; the greeting agrees with all three."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest

from desktop.documents import engine
from desktop.domain.tenant import OccupantData
from desktop.services import documents, tenants

NGUYEN = [
    OccupantData("De La Fontaine-Saint-Étienne", "Marie-Hélène", "Mme", dt.date(1961, 12, 31)),
    OccupantData("Nguyen-Rakotomalala", "Jean-Baptiste", "M.", dt.date(1959, 2, 28)),
    OccupantData("Nguyen-Rakotomalala", "Anne-Sophie", "Mme", dt.date(1962, 5, 1)),
    OccupantData("Nguyen-Rakotomalala", "Léo", "M.", dt.date(2010, 5, 1), is_titular=False),
]
# Three surnames, none shared: the block has room for the first holder only.
STRANGERS = [
    OccupantData("De La Fontaine-Saint-Étienne", "Marie-Hélène", "Mme", dt.date(1961, 12, 31)),
    OccupantData("Rakotomalala-Andrianarivo", "Jean-Baptiste", "M.", dt.date(1959, 2, 28)),
    OccupantData("Lefèvre-Bénédicte", "Anaïs", "Mme", dt.date(1990, 5, 1)),
]


def text_of(path) -> str:
    text = "\n".join(engine.docx_paragraphs(path.read_bytes()))
    return re.sub("[\u00a0\u202f]", " ", text).replace("\u2060", "")


@pytest.fixture
def household(db, actor, agency, make_file):
    def make(occupants):
        data = make_file(7)
        data.occupants = [OccupantData(**vars(o)) for o in occupants]
        dw = data.dwelling
        dw.address_complement, dw.building = "Bâtiment B, escalier 3", ""
        dw.programme = "Résidence Les Jardins de l'Océan"
        dw.address_line = "128 boulevard du Maréchal Leclerc"
        dw.postcode, dw.city = "97400", "Saint-Denis Cedex"
        data.balance = Decimal("1234.56")
        return tenants.create_tenant_file(db, actor, data)

    return make


def _reminder(db, actor, hid) -> str:
    options = documents.LetterOptions("relance_impaye", pdf=False)
    return text_of(documents.produce_letter(db, actor, hid, options).docx_path)


def test_a_married_couple_and_a_co_tenant_are_all_on_the_envelope(db, actor, household):
    text = _reminder(db, actor, household(NGUYEN))
    lines = text.split("\n")
    block = lines.index("Mme DE LA FONTAINE-SAINT-ÉTIENNE")
    # (the whole block: test_documents_engine, the couple among three holders)
    assert lines[block + 1] == "M. et Mme NGUYEN-RAKOTOMALALA"
    assert lines[block + 5] == "97400 SAINT DENIS CEDEX"
    # Named on the envelope: no other line names them; the child is not greeted.
    assert "Destinataires" not in text
    assert "Mesdames, Monsieur," in text
    assert "Nous vous prions d'agréer, Mesdames, Monsieur, l'expression" in text


def test_holders_the_window_cannot_hold_are_named_in_the_letter(db, actor, household):
    """A demand for payment to three co-debtors whose names do not fit in the window:
    the block names the first, and the letter names all three under its subject."""
    text = _reminder(db, actor, household(STRANGERS))
    lines = text.split("\n")
    named = (
        "Destinataires : Mme Marie-Hélène DE LA FONTAINE-SAINT-ÉTIENNE, M. Jean-Baptiste "
        "RAKOTOMALALA-ANDRIANARIVO et Mme Anaïs LEFÈVRE-BÉNÉDICTE"
    )
    assert named in lines
    subject = lines.index("Objet : Loyers impayés – demande de régularisation")
    assert lines.index(named) == subject + 1
    envelope = lines[:subject]
    assert "Mme DE LA FONTAINE-SAINT-ÉTIENNE" in envelope
    assert not any("ANDRIANARIVO" in x or "BÉNÉDICTE" in x for x in envelope)
    assert "Mesdames, Monsieur," in text
