"""Text as stored and as searched (desktop/domain/text.py), without a database."""

from __future__ import annotations

from desktop.domain.text import (
    bidi_controls,
    clean,
    fold,
    index_tokens,
    prefix_upper_bound,
    search_terms,
)


def test_clean_removes_invisible_characters_but_keeps_bidi_controls_for_refusal():
    # A file number pasted with a zero-width space is the same number.
    assert clean("C-0001\u200b01") == "C-000101"
    assert clean("\ufeffDupont\u00ad") == "Dupont"
    # Decomposed accents are stored composed (NFC).
    assert clean("Zoe\u0301") == "Zoé"
    # A plain ASCII name is kept as typed.
    assert clean("Martin Paul") == "Martin Paul"
    # The right-to-left override is kept so that bidi_controls can refuse it.
    assert clean("Ali\u202ece") == "Ali\u202ece"


def test_bidi_controls_are_named_sorted_and_once():
    assert bidi_controls("Ali\u202ece\u202e\u200f") == ["U+200F", "U+202E"]
    assert bidi_controls("Élodie Müller") == []
    assert bidi_controls("Martin") == []


def test_fold_ligatures_and_sharp_s():
    assert fold("Æsa Strauß") == "aesa strauss"
    assert fold("Cœur ŒIL") == "coeur oeil"


def test_search_terms_drop_empty_pieces():
    assert search_terms("--") == []
    assert search_terms("Saint-Éloi, 12") == ["saint", "eloi", "12"]


def test_index_tokens_of_several_values_and_empty_ones():
    assert index_tokens(None, "", "Dupont") == {"dupont"}
    assert index_tokens("Jean Dupont", "BX-12") == {
        "jean",
        "dupont",
        "jeandupont",
        "bx",
        "12",
        "bx12",
    }


def test_index_tokens_cut_long_words_and_skip_long_joined_values():
    word = "a" * 70
    assert index_tokens(word) == {"a" * 64}
    # Two words of 32 letters join into 64: still a token; one more letter is too long.
    left, right = "b" * 32, "c" * 32
    assert index_tokens(f"{left} {right}") == {left, right, left + right}
    assert index_tokens(f"{left} {right}d") == {left, right + "d"}


def test_prefix_upper_bound_is_just_above_every_completion():
    bound = prefix_upper_bound("dup")
    assert bound == "duq"
    assert "dup" < "dupont" < bound
    assert "duq" >= bound


def test_a_surname_in_capitals_keeps_its_particle_in_lower_case():
    """Letters write the surname in capitals but the particle as typed in lower case
    (« M. Charles de GAULLE »): on the envelope, in the letter, in the signature block."""
    from desktop.domain.address import build_address
    from desktop.domain.tenant import OccupantData
    from desktop.domain.text import surname_caps

    assert surname_caps("d'Aubigné-de La Tour") == "d'AUBIGNÉ-DE LA TOUR"
    assert surname_caps("de Gaulle") == "de GAULLE"
    assert surname_caps("de la Fontaine") == "de la FONTAINE"
    assert surname_caps("du Bellay") == "du BELLAY"
    assert surname_caps("d’Artagnan") == "d’ARTAGNAN"
    assert surname_caps("De Smet") == "DE SMET"  # typed with a capital: part of the name
    assert surname_caps("Dupont") == "DUPONT"
    assert surname_caps("Desnos") == "DESNOS" and surname_caps("dupont") == "DUPONT"
    assert surname_caps("de") == "DE"  # no name after it: not a particle
    person = OccupantData("d'Aubigné", "Marie-Thérèse", "Mme")
    assert person.full_name == "Mme Marie-Thérèse d'AUBIGNÉ"
    block = build_address(
        [("Mme", "Marie-Thérèse", "d'Aubigné")], street="1 rue X", postcode="97160", city="Le Moule"
    )
    assert block.lines[0] == "Mme Marie-Thérèse d'AUBIGNÉ"
