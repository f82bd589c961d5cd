"""A template rendered again in the same process is filled from its prepared package
(documents/prepared.py): the letters must be exactly those of the ordinary render."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from decimal import Decimal

import pytest
from lxml import etree

from desktop.documents import context, engine, library, profile
from desktop.documents.profile import Signatory

DAY = dt.date(2026, 11, 23)
SAMPLE_VALUES = {
    "texte": "Texte d'essai : « oui » ?",
    "texte_long": "Première ligne ; suite\nSeconde ligne",
    "date": DAY,
    "montant": Decimal("1234.56"),
    "entier": 3,
}


@pytest.fixture(autouse=True)
def _fresh_caches():
    engine.reset_caches()
    yield
    engine.reset_caches()


def letter_context(template, signatory=None) -> dict:
    ctx = context.build_context(
        context.sample_tenant(),
        profile=profile.load_profile(),
        letter=context.LetterInfo("BXN-2026-7KQ3M9", DAY, "Objet", True),
        agency_name="Agence Bordeaux Nord",
        signatory=signatory,
    )
    ctx["champs"] = {f.name: SAMPLE_VALUES[f.kind] for f in template.fields}
    return ctx


def members(docx: bytes) -> dict[str, bytes]:
    """Each member of the package, XML in canonical form (declarations of namespaces
    where they are used), so that two equal letters compare equal."""
    out = {}
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        for name in z.namelist():
            data = z.read(name)
            if name.endswith((".xml", ".rels")):
                data = etree.tostring(etree.fromstring(data), method="c14n", exclusive=True)
            out[name] = data
    return out


def render(template, ctx, prepared: bool) -> bytes | str:
    """The letter, or the French problem it raised; ``prepared``: from the prepared
    package (after a first, ordinary, render of the same template), else the ordinary
    render."""
    engine.reset_caches()
    envelope = profile.Envelope(left=100, top=50)
    try:
        if prepared:
            engine.render_bytes(template, ctx, envelope=envelope)
            assert engine.prepared_count() == 0  # the first render is the ordinary one
        out = engine.render_bytes(template, ctx, envelope=envelope)
        if prepared:
            assert engine.prepared_count() == 1
        return out
    except engine.TemplateProblem as exc:
        return str(exc.message)


def test_every_bundled_letter_is_the_same_from_the_prepared_template():
    rendered = 0
    for template in library.list_templates():
        ctx = letter_context(template)
        ordinary = render(template, ctx, prepared=False)
        fast = render(template, ctx, prepared=True)
        if isinstance(ordinary, str):  # a letter of another context (a committee's)
            assert fast == ordinary, template.name
            continue
        assert members(fast) == members(ordinary), template.name
        rendered += 1
    assert rendered >= 15  # the tenant letters at least, with logo, signature, envelope


def test_each_letter_of_a_prepared_template_has_its_own_data_and_signature():
    template = library.get_template("relance_impaye")
    demo = profile.load_profile()
    signature = demo.signatory().signature
    other = Signatory("autre", "Paul Martin", "Directeur", demo.logo)  # another image
    first = letter_context(template)
    second = letter_context(template, signatory=other)
    second["champs"]["montant_du"] = Decimal("87.10")
    letters = [engine.render_bytes(template, ctx) for ctx in (first, first, second, first)]
    texts = [
        re.sub("[\u00a0\u202f\u2060]", " ", "\n".join(engine.docx_paragraphs(data)))
        for data in letters
    ]
    assert "87,10" in texts[2] and "87,10" not in texts[1] + texts[3]
    assert "1 234,56" in texts[1] and "1 234,56" not in texts[2]
    assert "Paul Martin" in texts[2] and "Paul Martin" not in texts[3]
    assert members(letters[1]) == members(letters[3]) == members(letters[0])
    assert engine.prepared_count() == 2  # one per signature image

    def images(data: bytes) -> list[bytes]:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return [z.read(n) for n in z.namelist() if n.startswith("word/media/")]

    # The second signatory's letter shows its own image, and no letter carries an image
    # of another signatory.
    assert signature.read_bytes() in images(letters[1])
    assert signature.read_bytes() not in images(letters[2])
    assert demo.logo.read_bytes() in images(letters[2])
    assert images(letters[3]) == images(letters[1])


def test_a_letter_failing_in_the_prepared_template_names_the_same_problem():
    template = library.get_template("relance_impaye")
    good = letter_context(template)
    bad = letter_context(template)
    bad["champs"]["montant_du"] = "pas un montant"
    engine.render_bytes(template, good)
    with pytest.raises(engine.TemplateProblem) as prepared:
        engine.render_bytes(template, bad)
    engine.reset_caches()
    with pytest.raises(engine.TemplateProblem) as ordinary:
        engine.render_bytes(template, bad)
    assert str(prepared.value.message) == str(ordinary.value.message)
    assert "relance_impaye" in str(prepared.value.message)
    # and the next letters are still right
    after = engine.render_bytes(template, good)
    engine.reset_caches()
    assert members(after) == members(engine.render_bytes(template, good))
