"""The document engine without a word processor: French filters, the address block,
the sandboxed templates and their French error messages, the bundled templates."""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document

from desktop.documents import context, engine, filters, library, profile
from desktop.domain.address import build_address, check_lines, postal_form
from desktop.domain.errors import UserError, ValidationError
from desktop.domain.tenant import OccupantData

NNBSP, NBSP = "\u202f", "\u00a0"
DAY = dt.date(2026, 11, 23)


# --------------------------------------------------------------------------- filters


def test_money_dates_and_amounts_in_words_read_as_french():
    assert filters.money(Decimal("1234.56")) == f"1{NNBSP}234,56{NBSP}€"
    assert filters.money(Decimal("-1234.56")) == f"-1{NNBSP}234,56{NBSP}€"
    assert filters.date_fr(dt.date(2026, 3, 1)) == "1er mars 2026"
    assert filters.date_fr(DAY) == "23 novembre 2026"
    assert filters.date_fr(dt.date(2026, 3, 1), "EEEE d MMMM y") == "dimanche 1er mars 2026"
    assert filters.date_num(dt.date(2026, 3, 1)) == "01/03/2026"
    words = filters.amount_in_words
    assert words(Decimal("1234.56")) == (
        "mille deux cent trente-quatre euros et cinquante-six centimes"
    )
    assert words(Decimal("1.00")) == "un euro"
    assert words(Decimal("0.01")) == "un centime"
    assert words(Decimal("80")) == "quatre-vingts euros"
    assert words(Decimal("1000000")) == "un million d'euros"
    assert words(Decimal("0")) == "zéro euro"
    assert words(Decimal("-71.10")) == "moins soixante et onze euros et dix centimes"


def test_money_filter_matches_babel():
    from babel.numbers import format_currency

    for value in ("0.5", "1234.56", "-98765.4", "1000000"):
        assert filters.money(Decimal(value)) == format_currency(
            Decimal(value), "EUR", locale="fr_FR"
        )


# --------------------------------------------------------------------------- address


def test_address_block_follows_nf_z10_011():
    address = build_address(
        [("Mme", "Élodie", "Dupont")],
        complement="Appartement 24, 2e étage",
        building="Bât. B Résidence Les Lilas",
        street="12, rue de l'Église",
        postcode="33000",
        city="Saint-Médard-en-Jalles",
    )
    assert address.lines == (
        "Mme Élodie DUPONT",
        "Appartement 24, 2e étage",
        "Bât. B Résidence Les Lilas",
        "12 RUE DE L EGLISE",
        "33000 SAINT MEDARD EN JALLES",
    )
    assert all(len(line) <= 38 for line in address.lines)
    assert address.errors() == {}


def test_long_street_is_abbreviated_and_couples_are_addressed_together():
    address = build_address(
        [("M.", "Lucas", "Martin"), ("Mme", "Anna", "Martin")],
        street="145 boulevard du Président Franklin Roosevelt",
        postcode="33400",
        city="Talence",
    )
    assert address.lines[0] == "M. et Mme MARTIN"
    assert address.lines[1] == "145 BD DU PDT FRANKLIN ROOSEVELT"


def test_address_problems_are_named_in_french():
    with pytest.raises(ValidationError) as err:
        build_address([("Mme", "Élodie", "Dupont")], street="", postcode="330", city="Bordeaux")
    text = str(err.value)
    assert "Adresse sans numéro ni voie" in text and "Code postal" in text
    problems = check_lines(["Mme DUPONT", "12 rue des Lilas", "33000 BORDEAUX"])
    assert "majuscules sans accent" in str(problems["address.line2"])
    assert postal_form("Allée d'Ornano, Bât. C") == "ALLEE D ORNANO BAT C"


# --------------------------------------------------------------------------- templates


def make_docx(tmp_path: Path, *paragraphs: str, name: str = "essai") -> library.LetterTemplate:
    doc = Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    path = tmp_path / f"{name}.docx"
    doc.save(path)
    return library.LetterTemplate(name=name, docx=path, title="Essai")


def sample_context(**free) -> dict:
    prof = profile.load_profile()
    letter = context.LetterInfo("BXN-2026-7KQ3M9", DAY, "Objet", True)
    ctx = context.build_context(
        context.sample_tenant(), profile=prof, letter=letter, agency_name="Agence Bordeaux Nord"
    )
    ctx["champs"] = free
    return ctx


def text_of(data: bytes) -> str:
    return re.sub("[\u00a0\u202f]", " ", "\n".join(engine.docx_paragraphs(data))).replace(
        "\u2060", ""
    )


def test_values_are_escaped_and_filters_apply(tmp_path):
    t = make_docx(
        tmp_path,
        "Nom : {{ champs.nom }}",
        "Dû : {{ champs.montant|euros }} ({{ champs.montant|en_lettres }})",
        "{{ lettre.lieu_date }}",
    )
    out = engine.render_bytes(t, sample_context(nom="Dupont & <Fils>", montant=Decimal("1234.56")))
    text = text_of(out)
    assert "Nom : Dupont & <Fils>" in text
    assert "mille deux cent trente-quatre euros et cinquante-six centimes" in text
    assert "Bordeaux, le 23 novembre 2026" in text
    Document(io.BytesIO(out))  # still a valid document


@pytest.mark.parametrize(
    "tag, expected",
    [
        ("{{ champs.__class__.__mro__ }}", "opération interdite"),
        ("{{ lettre.reference.__class__ }}", "opération interdite"),
        ("{{ ''.__class__.__mro__[1].__subclasses__() }}", "opération interdite"),
        ("{% include '/etc/passwd' %}", "include, import et extends sont interdites"),
        ("{% import 'os' as os %}", "include, import et extends sont interdites"),
        ("{{ 'x' * 100000000 }}", "opération interdite"),
    ],
)
def test_malicious_templates_are_refused_with_a_clear_error(tmp_path, tag, expected):
    t = make_docx(tmp_path, "Bonjour", tag)
    with pytest.raises(engine.TemplateProblem) as err:
        engine.render_bytes(t, sample_context())
    message = str(err.value)
    assert message.startswith("Modèle « essai »")
    assert expected in message
    assert "root:" not in message


@pytest.mark.parametrize(
    "tag, expected",
    [
        ("{{ (((9**99)**99)**99)**99 }}", "trop grand"),
        ("{% for i in range(100000) %}{{ 'A'*99999 }}{% endfor %}", "trop grand"),
        ("{% for i in range(9999) %}{{ 'A'*99999 }}{% endfor %}", "serait trop long"),
        (
            "{% for i in range(9000) %}{% for j in range(9000) %}{% endfor %}{% endfor %}",
            "tours de boucle",
        ),
        (
            "{% set ns = namespace(x='ab') %}{% for i in range(60) %}{% set ns.x = ns.x ~ ns.x %}"
            "{% endfor %}{{ ns.x|length }}",
            "texte trop long",
        ),
        ("{{ 'a'|center(1000000000) }}", "trop grand"),
        ("{{ 'a'.ljust(10**9) }}", "trop grand"),
        ("{{ (['A'*99999]*99999)|join }}", "texte assemblé trop long"),
        ("{{ ('A'*99999)|replace('A', 'A'*99999) }}", "remplacement trop long"),
        ("{{ '{:>999999999}'.format(1) }}", "largeur de format"),
        ("{{ '%999999999d' % 1 }}", "largeur de format"),
        ("{{ locataire.update({'nom': 'X'}) }}", "opération interdite"),
        ("{{ locataire.occupants.append(1) }}", "opération interdite"),
    ],
)
def test_templates_cannot_hang_or_exhaust_the_machine(tmp_path, tag, expected):
    """Refused or stopped within seconds with bounded memory, the template named."""
    import time

    try:
        import resource  # POSIX only: the peak memory of this process
    except ImportError:  # pragma: no cover - Windows
        resource = None
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss if resource else 0
    t = make_docx(tmp_path, "Bonjour", tag)
    started = time.monotonic()
    with pytest.raises(engine.TemplateProblem) as err:
        engine.render_bytes(t, sample_context())
    assert time.monotonic() - started < 10
    message = str(err.value)
    assert message.startswith("Modèle « essai »") and expected in message, message
    if resource:
        grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
        assert grown_kb < 400_000  # under 400 MB more, whatever the template asks


def test_budget_stops_a_render_that_takes_too_long(tmp_path, monkeypatch):
    monkeypatch.setattr(engine, "MAX_SECONDS", 0.0)
    t = make_docx(tmp_path, "{% for i in range(3) %}{{ i }}{% endfor %}")
    with pytest.raises(engine.TemplateProblem) as err:
        engine.render_bytes(t, sample_context())
    assert "remplissage arrêté : il dure plus de 0 secondes" in str(err.value)


def test_ordinary_arithmetic_and_loops_still_work(tmp_path):
    t = make_docx(
        tmp_path,
        "{{ 2**10 }} {{ 'ab' ~ 'cd' }} {{ '%05.1f' % 3.14159 }} "
        "{% for o in locataire.occupants %}{{ o.prenom }} {% endfor %}"
        "{{ [1, 2] + [3] }} {{ 'x'|center(5) }}|",
    )
    assert "1024 abcd 003.1 Élodie Jean [1, 2, 3]   x  |" in text_of(
        engine.render_bytes(t, sample_context())
    )


def test_unknown_field_is_named_with_its_paragraph(tmp_path):
    t = make_docx(
        tmp_path,
        "Madame,",
        "Votre contrat {{ locataire.bail.contrat }}.",
        "Cher {{ locataire.nom_complett }},",
    )
    with pytest.raises(engine.TemplateProblem) as err:
        engine.render_bytes(t, sample_context())
    message = str(err.value)
    assert "champ inconnu « locataire.nom_complett »" in message
    assert "paragraphe 3" in message and "Cher {{ locataire.nom_complett }}" in message


def test_syntax_error_names_template_and_place(tmp_path):
    t = make_docx(tmp_path, "Ligne 1", "{% if lettre.recommandee %}Recommandé{% endfi %}")
    with pytest.raises(engine.TemplateProblem) as err:
        engine.render_bytes(t, sample_context())
    assert "paragraphe 2" in str(err.value)


def test_tag_cut_across_paragraphs_is_refused(tmp_path):
    t = make_docx(tmp_path, "Montant : {{ champs.", "montant }} euros")
    with pytest.raises(engine.TemplateProblem) as err:
        engine.render_bytes(t, sample_context(montant=Decimal(1)))
    assert "n'est pas fermée dans ce paragraphe" in str(err.value)
    assert "paragraphe 1" in str(err.value)
    t = make_docx(tmp_path, "{% if lettre.recommandee %}", "Recommandé", "{% endif %}", name="bloc")
    with pytest.raises(engine.TemplateProblem) as err:
        engine.render_bytes(t, sample_context())
    assert "{%p if … %}" in str(err.value)


def test_tag_split_across_word_runs_still_works(tmp_path):
    doc = Document()
    p = doc.add_paragraph("Réf. ")
    for piece in ("{", "{ lettre.", "refer", "ence }", "}"):
        run = p.add_run(piece)
        run.bold = piece == "refer"
    path = tmp_path / "runs.docx"
    doc.save(path)
    t = library.LetterTemplate(name="runs", docx=path, title="Runs")
    assert "Réf. BXN-2026-7KQ3M9" in text_of(engine.render_bytes(t, sample_context()))


def test_check_lists_every_unknown_field(tmp_path):
    t = make_docx(tmp_path, "{{ locataire.nom }} {{ champs.inconnu }}", "{{ bailleur.adresse_x }}")
    problems = [str(p) for p in engine.check_template(t, sample_context())]
    assert any("champs.inconnu" in p for p in problems)
    assert any("bailleur.adresse_x" in p for p in problems)


def test_bundled_templates_are_correct_and_described():
    templates = {t.name: t for t in library.list_templates()}
    assert {"courrier_libre", "relance_impaye", "attestation_logement"} <= set(templates)
    for t in templates.values():
        assert t.title and t.version and t.description
        ctx = sample_context(**{f.name: "" for f in t.fields})
        assert engine.check_template(t, ctx) == [], t.name
    assert templates["relance_impaye"].registered_mail


def test_reminder_letter_text_for_a_couple(tmp_path):
    t = library.get_template("relance_impaye")
    free = library.parse_free_fields(
        t,
        {
            "montant_du": "1 234,56",
            "date_limite": "08/12/2026",
            "periode": "octobre et novembre 2026",
        },
    )
    ctx = sample_context(**free)
    out = engine.render_bytes(t, ctx, envelope=profile.Envelope(left=100, top=50))
    text = text_of(out)
    for expected in (
        "M. et Mme DUPONT",
        "12 RUE DES LILAS",
        "33000 BORDEAUX",
        "Bordeaux, le 23 novembre 2026",
        "Lettre recommandée avec avis de réception",
        "1 234,56 €",
        "(mille deux cent trente-quatre euros et cinquante-six centimes)",
        "au plus tard le 8 décembre 2026",
        "Madame, Monsieur,",
        "Claire Moreau",
        "512 345 678 RCS Bordeaux",
    ):
        assert expected in text, expected
    # The address table was moved to the envelope window asked for (twips).
    xml = Document(io.BytesIO(out)).element.xml
    assert re.search(r'w:tblpX="5669"', xml) and re.search(r'w:tblpY="2835"', xml)


def test_free_fields_are_typed_and_checked():
    t = library.get_template("relance_impaye")
    with pytest.raises(ValidationError) as err:
        library.parse_free_fields(t, {"montant_du": "douze", "date_limite": "31/02/2026"})
    assert set(err.value.fields) == {"montant_du", "date_limite"}
    assert "montant attendu" in str(err.value.fields["montant_du"])
    assert library.default_value(t.fields[1], {}, DAY) == "08/12/2026"
    assert (
        library.default_value(t.fields[0], {"locataire": {"solde": Decimal("12.5")}}, DAY)
        == "12,50"
    )


def test_amount_fields_are_never_read_two_ways():
    t = library.get_template("relance_impaye")
    for text in ("1,234.56", "1.234", "12,345"):
        with pytest.raises(ValidationError) as err:
            library.parse_free_fields(t, {"montant_du": text, "date_limite": "08/12/2026"})
        assert "montant_du" in err.value.fields
    free = library.parse_free_fields(t, {"montant_du": "1 234,5", "date_limite": "08/12/2026"})
    assert free["montant_du"] == Decimal("1234.50")


def test_unknown_template_lists_the_known_ones():
    with pytest.raises(UserError) as err:
        library.get_template("nimporte")
    assert "relance_impaye" in str(err.value)


def test_legal_mentions_depend_on_the_organisation_kind():
    prof = profile.load_profile()
    assert prof.legal_mentions.startswith("Logis de Garonne, société anonyme d'HLM au capital")
    oph = profile.parse_profile(
        {
            "bailleur": {
                "nom": "Gironde Habitat",
                "type": "OPH",
                "siret": "123 456 789 00012",
                "siege": "Bordeaux",
            }
        },
        Path("."),
    )
    assert oph.legal_mentions == (
        "Gironde Habitat, Office public de l’habitat – SIRET "
        "123 456 789 00012 – Siège social : Bordeaux"
    )


def test_salutation_follows_the_titulars():
    assert context.salutation([OccupantData("A", civility="Mme")])[1] == "Madame,"
    assert context.salutation([OccupantData("A", civility="M.")])[0] == "Monsieur"
    both = [OccupantData("A", civility="M."), OccupantData("B", civility="Mme")]
    assert context.salutation(both)[1] == "Madame, Monsieur,"
    # Two women (or two men) holding the lease together are greeted in the plural.
    sisters = [OccupantData("A", civility="Mme"), OccupantData("B", civility="Mme")]
    assert context.salutation(sisters) == ("Mesdames", "Mesdames,")
    brothers = [OccupantData("A", civility="M."), OccupantData("B", civility="M.")]
    assert context.salutation(brothers) == ("Messieurs", "Messieurs,")
    # A child living there who does not hold the lease is not greeted.
    child = OccupantData("C", civility="Mme", is_titular=False)
    assert context.salutation([OccupantData("A", civility="Mme"), child])[0] == "Madame"


def test_three_holders_are_greeted_each_by_their_civility():
    """Two co-tenants and a spouse: « Madame, Monsieur » greeted two of them; the
    greeting (and the closing formula that repeats it) agrees with all three."""
    two_women = [
        OccupantData("A", civility="Mme"),
        OccupantData("B", civility="M."),
        OccupantData("C", civility="Mme"),
    ]
    assert context.salutation(two_women) == ("Mesdames, Monsieur", "Mesdames, Monsieur,")
    two_men = [
        OccupantData("A", civility="M."),
        OccupantData("B", civility="Mme"),
        OccupantData("C", civility="M."),
    ]
    assert context.salutation(two_men)[1] == "Madame, Messieurs,"
    # A civility not known: both, as before.
    unknown = [OccupantData("A", civility="Mme"), OccupantData("B", civility="")]
    assert context.salutation(unknown)[1] == "Madame, Monsieur,"


def _address_space_limit() -> int:
    import resource

    return resource.getrlimit(resource.RLIMIT_AS)[0]


def test_rendering_workers_have_a_memory_ceiling():
    """Behind the render budget, the batch's worker processes cannot take more than
    WORKER_MEMORY (POSIX; Windows has no ``resource``: the budget is the limit)."""
    resource = pytest.importorskip("resource")
    import concurrent.futures
    import multiprocessing

    with concurrent.futures.ProcessPoolExecutor(
        max_workers=1,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=engine.limit_worker,
    ) as pool:
        limit = pool.submit(_address_space_limit).result(timeout=60)
    assert limit != resource.RLIM_INFINITY and limit <= engine.WORKER_MEMORY


def test_address_norm_limits():
    from desktop.domain.address import PostalAddress, fit_street_line

    six = ["MME DUPONT", "APPT 12", "RES LES LILAS", "12 RUE DES LILAS", "BP 12", "33000 BORDEAUX"]
    assert check_lines(six, 3) == {}
    assert str(check_lines([*six, "FRANCE"], 3)["address"]) == (
        "L'adresse compte 7 lignes ; 6 au plus."
    )
    assert check_lines(["MME DUPONT", "X" * 38, "33000 BORDEAUX"]) == {}
    assert "trop longue (39 caractères, 38 au plus)" in str(
        check_lines(["MME DUPONT", "X" * 39, "33000 BORDEAUX"])["address.line2"]
    )
    assert str(check_lines([])["address"]) == "L'adresse est vide."
    # Abbreviated only beyond 32 characters.
    assert fit_street_line("12 avenue du Général de Gaulle") == "12 AVENUE DU GENERAL DE GAULLE"
    assert len("12 AVENUE DU GENERAL DE GAULLE X") == 32
    assert fit_street_line("12 avenue du Général de Gaulle x") == "12 AVENUE DU GENERAL DE GAULLE X"
    assert fit_street_line("12 avenue du Général de Gaulle xy") == "12 AV DU GAL DE GAULLE XY"
    block = PostalAddress(("MME DUPONT", "12 RUE DES LILAS", "33000 BORDEAUX"), 1, True)
    assert block.text() == "MME DUPONT\n12 RUE DES LILAS\n33000 BORDEAUX"
    assert block.errors() == {}


def test_addressee_line_forms():
    from desktop.domain.address import addressee_line as line

    assert line([("Mme", "Élodie", "Dupont")]) == "Mme Élodie DUPONT"
    assert line([("", "", "  "), ("M.", "Jean", "Roux")]) == "M. Jean ROUX"
    assert line([]) == ""
    assert line([("M.", "Jean", "Roux"), ("Mme", "Anna", "Petit")]) == (
        "M. Jean ROUX et Mme Anna PETIT"
    )
    assert line([("Mme", "Anna", "Roux"), ("Mme", "Léa", "Roux")]) == (
        "Mme Anna ROUX et Mme Léa ROUX"
    )  # same civility: no "Mme et Mme"
    assert line([("M.", "Jean", "Roux"), ("Dr", "Anna", "Roux")]) == "M. et Dr ROUX"
    # Too long: without first names, then the first titular, then his initial.
    assert line(
        [("M.", "Jean-Christophe", "Delacroix-Montfort"), ("Mme", "Marie-Françoise", "Abadie")]
    ) == ("M. DELACROIX-MONTFORT et Mme ABADIE")
    assert (
        line(
            [
                ("M.", "Jean-Christophe", "Delacroix-Montfort-Lagarde"),
                ("Mme", "Marie", "Abadie-Lafontaine"),
            ]
        )
        == "M. DELACROIX-MONTFORT-LAGARDE"
    )
    assert len(line([("M.", "Jean", "X" * 40)])) > 38  # nothing shorter: the last form


def test_every_titular_is_named_in_the_address_block():
    """Three titulars, or two whose names are too long for one line: the names take
    line 2 (and 3) when the block has room, first names dropped when it has less; the
    block never goes beyond six lines."""
    three = [
        ("Mme", "Marie", "Lefèvre"),
        ("M.", "Jean-Noël", "N'Diaye"),
        ("Mme", "Anaïs", "Saint-Éloi"),
    ]
    roomy = build_address(three, street="12 rue des Lilas", postcode="97160", city="Le Moule")
    assert roomy.lines == (
        "Mme Marie LEFÈVRE",
        "M. Jean-Noël N'DIAYE",
        "Mme Anaïs SAINT-ÉLOI",
        "12 RUE DES LILAS",
        "97160 LE MOULE",
    )
    assert roomy.postal_from == 3 and roomy.errors() == {}
    full = build_address(
        three,
        complement="Appartement 1204",
        building="Résidence Les Flamboyants",
        street="12 rue des Lilas",
        postcode="97160",
        city="Le Moule",
    )
    assert full.lines == (
        "Mme LEFÈVRE et M. N'DIAYE",
        "Mme SAINT-ÉLOI",
        "Appartement 1204",
        "RESIDENCE LES FLAMBOYANTS",  # line 4: capitals, no accent (NF Z10-011)
        "12 RUE DES LILAS",
        "97160 LE MOULE",
    )
    assert full.postal_from == 3 and full.errors() == {}
    long_names = [
        ("M.", "Jean-Christophe", "Delacroix-Montfort-Lagarde"),
        ("Mme", "Marie", "Abadie-Lafontaine"),
    ]
    two = build_address(long_names, street="1 rue X", postcode="33000", city="Bordeaux")
    assert two.lines[:2] == ("M. DELACROIX-MONTFORT-LAGARDE", "Mme Marie ABADIE-LAFONTAINE")
    # The first holder's name fits line 1 alone, the two together do not even without
    # their first names (40 characters): the second still gets a line of his own.
    pair = [("Mme", "Élodie", "Dupont-Lambertin"), ("M.", "Jean-Christophe", "Roux-Martinez")]
    apart = build_address(pair, street="1 rue X", postcode="33000", city="Bordeaux")
    assert apart.lines[:2] == ("Mme Élodie DUPONT-LAMBERTIN", "M. Jean-Christophe ROUX-MARTINEZ")
    assert apart.names_everyone
    # No room left (six lines without the names): line 1 alone, as before.
    crowded = build_address(
        three,
        complement="Appartement 1204",
        building="Résidence Les Flamboyants",
        street="12 rue des Lilas",
        locality="Section Guénette",
        postcode="97160",
        city="Le Moule",
    )
    assert crowded.lines[0] == "Mme LEFÈVRE et M. N'DIAYE" and len(crowded.lines) == 6
    # ... which the letter knows, to name every holder in its text.
    assert not crowded.names_everyone
    assert roomy.names_everyone and full.names_everyone and two.names_everyone


def test_a_couple_among_three_holders_is_addressed_together_to_name_everyone():
    """Two co-tenants, one of them married: with a building line, a residence and a
    long name, the three holders took three lines and the block had room for two, so
    it named the first holder alone. « M. et Mme NGUYEN-RAKOTOMALALA » names the
    couple on one line, and every holder is on the envelope."""
    holders = [
        ("Mme", "Marie-Hélène", "De La Fontaine-Saint-Étienne"),
        ("M.", "Jean-Baptiste", "Nguyen-Rakotomalala"),
        ("Mme", "Anne-Sophie", "Nguyen-Rakotomalala"),
    ]
    address = build_address(
        holders,
        complement="Bâtiment B, escalier 3",
        building="Résidence Les Jardins de l'Océan",
        street="128 boulevard du Maréchal Leclerc",
        postcode="97400",
        city="Saint-Denis Cedex",
    )
    assert address.lines == (
        "Mme DE LA FONTAINE-SAINT-ÉTIENNE",
        "M. et Mme NGUYEN-RAKOTOMALALA",
        "Bâtiment B, escalier 3",
        "RESIDENCE LES JARDINS DE L OCEAN",
        "128 BD DU MAL LECLERC",
        "97400 SAINT DENIS CEDEX",
    )
    assert address.errors() == {}
    # With room for a line each, each holder keeps his first name.
    roomy = build_address(holders, street="1 rue X", postcode="97400", city="Saint-Denis")
    assert roomy.lines[:3] == (
        "Mme DE LA FONTAINE-SAINT-ÉTIENNE",
        "M. Jean-Baptiste NGUYEN-RAKOTOMALALA",
        "Mme Anne-Sophie NGUYEN-RAKOTOMALALA",
    )


def test_six_lines_with_a_locality_and_long_identity_lines_abbreviated():
    address = build_address(
        [("Mme", "Élodie", "Dupont")],
        complement="Appartement 24",
        building="Bâtiment B",
        street="12 rue des Lilas",
        locality="Lieu-dit Le Bourg",
        postcode="33000",
        city="Bordeaux",
    )
    assert address.lines == (
        "Mme Élodie DUPONT",
        "Appartement 24",
        "Bâtiment B",
        "12 RUE DES LILAS",
        "LIEU DIT LE BOURG",
        "33000 BORDEAUX",
    )
    assert address.postal_from == 3
    long = build_address(
        [("Mme", "Élodie", "Dupont")],
        complement="Appartement 24, escalier C, porte de gauche",
        street="1 rue X",
        postcode="33000",
        city="Bordeaux",
    )
    assert long.lines[1] == "Appt 24, esc. C, porte de gauche"
    with pytest.raises(ValidationError) as err:
        build_address([("", "", "")], street="1 rue X", postcode="33000", city="Bordeaux")
    assert set(err.value.fields) == {"address.line1"}


def test_address_lines_at_exactly_the_limits():
    from desktop.domain.address import addressee_line as line

    # Nothing fits: the shortest form, without the first name, is the last resort.
    assert line([("M.", "Jean", "X" * 40)]) == "M. " + "X" * 40
    exact = line([("Mme", "Élodie", "D" * 27)])  # 3 + 1 + 6 + 1 + 27 = 38 characters
    assert exact == "Mme Élodie " + "D" * 27 and len(exact) == 38
    complement = "Appartement " + "1" * 26  # 38 characters: kept as typed
    block = build_address(
        [("Mme", "Élodie", "Dupont")],
        complement=complement,
        street="1 rue X",
        postcode="33000",
        city="Bordeaux",
    )
    assert block.lines[1] == complement
    # By default only the last two lines are postal: an identity line may keep its case.
    assert check_lines(["Mme DUPONT", "Appartement 3", "12 RUE X", "33000 BORDEAUX"]) == {}


def test_the_tenant_form_is_warned_of_what_the_letters_will_refuse():
    """``entry_warnings``: the street and complement as the block prints them
    (abbreviated), refused beyond 38 characters as the letters refuse them."""
    from desktop.domain.address import entry_warnings

    # 41 characters typed, 35 once « BOULEVARD » and « MARECHAL » are abbreviated.
    assert entry_warnings(street="128 boulevard du Maréchal de Lattre T.") == {}
    street = "128 chemin des Grandes Terres de la Vieille Croix Blanche"
    found = entry_warnings(street=street, complement="Appartement " + "1" * 26)
    assert list(found) == ["street"]
    assert str(found["street"]) == (
        "Trop long pour l'adresse des courriers : 54 caractères une fois abrégé "
        "(« 128 CHE DES GRANDES TERRES DE LA VIEILLE CROIX BLANCHE »), 38 au plus. Les "
        "courriers seront refusés : raccourcissez-le."
    )
    # 39 characters: one too many, « Appartement » abbreviated makes it fit.
    assert entry_warnings(complement="Appartement " + "1" * 27) == {}
    assert "44 caractères" in str(entry_warnings(complement="Porte " + "1" * 38)["complement"])
    # The letters refuse the same line (the block's own check).
    with pytest.raises(ValidationError) as err:
        build_address([("Mme", "", "Dupont")], street=street, postcode="33000", city="Bordeaux")
    assert "trop longue (54 caractères, 38 au plus)" in str(err.value)


def test_the_addressees_fill_their_lines_up_to_exactly_38_characters():
    def block(names, **kw):
        address = dict(street="12 rue des Lilas", postcode="33000", city="Bordeaux")
        return build_address(names, **{**address, **kw}).lines

    # Two titulars on 38 characters: one line, first names kept.
    two = [("M.", "Jean-Paul", "Roux"), ("Mme", "Annabel", "Petit")]
    assert block(two)[0] == "M. Jean-Paul ROUX et Mme Annabel PETIT"
    # Too long with the first names: one line without them.
    long = [("M.", "Jean-Christophe", "Delacroix-Montfort"), ("Mme", "Marie-Françoise", "Abadie")]
    assert block(long)[:2] == ("M. DELACROIX-MONTFORT et Mme ABADIE", "12 RUE DES LILAS")
    # Three titulars: two of them share a line of exactly 38 characters.
    three = [("Mme", "Anna", "Roux"), ("M.", "Jean-Paul", "Durandal"), ("Mme", "Léa", "Petit")]
    assert block(three)[:3] == (
        "Mme Anna ROUX et M. Jean-Paul DURANDAL",
        "Mme Léa PETIT",
        "12 RUE DES LILAS",
    )
    # A titular named on exactly 38 characters keeps the first name on its own line.
    three = [("Mme", "Élodie", "D" * 27), ("M.", "Jean", "Roux"), ("Mme", "Léa", "Petit")]
    assert block(three)[:2] == ("Mme Élodie " + "D" * 27, "M. Jean ROUX et Mme Léa PETIT")
    # Three lines of names when the block has exactly three lines left for them.
    three = [
        ("Mme", "Marie", "Lefèvre"),
        ("M.", "Jean-Noël", "N'Diaye"),
        ("Mme", "Anaïs", "Saint-Éloi"),
    ]
    assert block(three, locality="Section Guénette") == (
        "Mme Marie LEFÈVRE",
        "M. Jean-Noël N'DIAYE",
        "Mme Anaïs SAINT-ÉLOI",
        "12 RUE DES LILAS",
        "SECTION GUENETTE",
        "33000 BORDEAUX",
    )


def test_a_name_too_long_for_the_block_is_refused():
    with pytest.raises(ValidationError) as err:
        build_address(
            [("M.", "Jean", "X" * 40)], street="1 rue X", postcode="33000", city="Bordeaux"
        )
    assert set(err.value.fields) == {"address.line1"}
    assert "Ligne 1 de l'adresse trop longue (43 caractères, 38 au plus)" in str(err.value)


def test_html_templates_cannot_change_their_data():
    """The minutes, convocations and reports are HTML templates: the same immutable
    sandbox as the letters (issue 13)."""
    from desktop.documents.html import render_html

    members = ["Mme Claire Moreau"]
    for source in ("{{ membres.append('X') }}", "{{ seance.update({'numero': 'X'}) }}"):
        with pytest.raises(UserError) as err:
            render_html(source, {"membres": members, "seance": {"numero": "2026-04"}})
        assert str(err.value).startswith("Modèle HTML incorrect")
    assert members == ["Mme Claire Moreau"]
    assert render_html("<p>{{ membres|join(', ') }}</p>", {"membres": members}) == (
        "<p>Mme Claire Moreau</p>"
    )


# --------------------------------------------------------------------------- outside content


def _with_field(tmp_path: Path, instruction: str, name: str) -> library.LetterTemplate:
    """A template whose body holds a Word field (its code as Word writes it)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    template = make_docx(tmp_path, "Madame, Monsieur, {{ locataire.noms_complets }}", name=name)
    doc = Document(str(template.docx))
    run = doc.add_paragraph().add_run()
    for kind, text in (("begin", None), (None, instruction), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)
    doc.save(str(template.docx))
    return template


@pytest.mark.parametrize(
    "instruction",
    [
        r' INCLUDEPICTURE "\\\\serveur-pirate\\partage\\logo.png" \d ',
        r' INCLUDETEXT "C:\\Users\\agent\\Documents\\mots-de-passe.txt" ',
        r' DDEAUTO c:\\windows\\system32\\cmd.exe "/k calc.exe" ',
    ],
)
def test_a_template_reaching_outside_the_letter_is_refused(tmp_path, instruction):
    """A staff-edited template with a field that fetches a file, a network share or runs
    a DDE link: Word or LibreOffice would do it while converting a tenant's letter. The
    check names it in French and nothing is rendered."""
    template = _with_field(tmp_path, instruction, "piege")
    keyword = instruction.split()[0]
    problems = [str(p) for p in engine.check_template(template, sample_context())]
    assert len(problems) == 1
    assert "fait appel à un contenu extérieur au document" in problems[0]
    assert keyword in problems[0]
    with pytest.raises(engine.TemplateProblem) as err:
        engine.render_bytes(template, sample_context())
    assert keyword in str(err.value)


def _with_relationship(template: library.LetterTemplate, kind: str, target: str) -> None:
    """The template's body given an external relationship (as Word writes a linked
    image or a hyperlink)."""
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(template.docx.read_bytes())) as src:
        with zipfile.ZipFile(out, "w") as dst:
            for item in src.infolist():
                content = src.read(item.filename)
                if item.filename == "word/_rels/document.xml.rels":
                    extra = (
                        '<Relationship Id="rIdX1" Type="http://schemas.openxmlformats.org/'
                        f'officeDocument/2006/relationships/{kind}" Target="{target}" '
                        'TargetMode="External"/></Relationships>'
                    )
                    content = content.replace(b"</Relationships>", extra.encode())
                dst.writestr(item, content)
    template.docx.write_bytes(out.getvalue())


def test_a_linked_image_is_refused_and_a_hyperlink_is_not(tmp_path):
    template = make_docx(tmp_path, "Bonjour {{ locataire.noms_complets }}", name="lien")
    _with_relationship(template, "hyperlink", "https://www.exemple.fr/")
    assert engine.check_template(template, sample_context()) == []
    template = make_docx(tmp_path, "Bonjour {{ locataire.noms_complets }}", name="image")
    _with_relationship(template, "image", "file:///C:/Users/agent/photo.png")
    problems = [str(p) for p in engine.check_template(template, sample_context())]
    assert len(problems) == 1 and "(image)" in problems[0]


def test_bundled_templates_reach_nothing_outside():
    for template in library.list_templates():
        assert engine.external_content(template.docx.read_bytes()) == [], template.name
