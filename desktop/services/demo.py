"""Demonstration database: realistic French tenant files generated in bulk.

Names, first names, streets and e-mail domains come from Faker ("fr_FR") drawn once
into pools; every household is then built from those pools with a seeded
``random.Random``, so a seed always gives the same base (for a given day: ages are
computed against today's date). Rows are written with SQLAlchemy Core ``insert()``
in chunks, never through the ORM one object at a time: the denormalised list columns
and the search tokens are computed by ``tenants.list_columns`` and
``tenants.search_tokens_for``, exactly as the tenant services would.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, insert, select, text
from sqlalchemy.exc import DBAPIError

from desktop.domain.errors import UserError
from desktop.domain.formatting import group_thousands
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.roles import Permission
from desktop.domain.tenant import (
    DwellingData,
    FileStatus,
    LeaseData,
    OccupantData,
    TenantFileData,
    age_on,
)
from desktop.domain.text import search_terms
from desktop.services import audit, authz
from desktop.services.authz import guarded
from desktop.services.context import Actor, now, system_actor, today
from desktop.services.tenants import (
    EVENT_CLOSED,
    EVENT_CREATED,
    list_columns,
    search_tokens_for,
)
from desktop.storage.db import Database, open_database
from desktop.storage.models import (
    Agency,
    Dwelling,
    Household,
    Lease,
    Occupant,
    SearchToken,
    TimelineEvent,
)

DEFAULT_SEED = 2026
DEFAULT_HOUSEHOLDS = 10_000
CHUNK = 2_000
MAX_HOUSEHOLDS = 1_000_000

Progress = Callable[[int, int], None]

CLOSE_REASON = "Départ du locataire"
DEMO_SUMMARY = "Dossier créé pour la base de démonstration"

# Agencies: code, name, city.
AGENCIES: tuple[tuple[str, str, str], ...] = (
    ("BXN", "Agence Bordeaux Nord", "Bordeaux"),
    ("BXS", "Agence Bordeaux Sud", "Bordeaux"),
    ("MER", "Agence de Mérignac", "Mérignac"),
    ("PES", "Agence de Pessac", "Pessac"),
    ("LIB", "Agence du Libournais", "Libourne"),
    ("ARC", "Agence du Bassin d'Arcachon", "Arcachon"),
)

# Gironde communes: postcode, city, agency code, relative weight, zone tendue.
COMMUNES: tuple[tuple[str, str, str, int, bool], ...] = (
    ("33000", "Bordeaux", "BXN", 10, True),
    ("33300", "Bordeaux", "BXN", 9, True),
    ("33100", "Bordeaux", "BXN", 8, True),
    ("33310", "Lormont", "BXN", 7, True),
    ("33150", "Cenon", "BXN", 6, True),
    ("33270", "Floirac", "BXN", 4, True),
    ("33110", "Le Bouscat", "BXN", 3, True),
    ("33520", "Bruges", "BXN", 2, True),
    ("33320", "Eysines", "BXN", 3, True),
    ("33290", "Blanquefort", "BXN", 2, True),
    ("33800", "Bordeaux", "BXS", 9, True),
    ("33200", "Bordeaux", "BXS", 5, True),
    ("33130", "Bègles", "BXS", 6, True),
    ("33400", "Talence", "BXS", 6, True),
    ("33140", "Villenave-d'Ornon", "BXS", 5, True),
    ("33700", "Mérignac", "MER", 10, True),
    ("33160", "Saint-Médard-en-Jalles", "MER", 4, True),
    ("33185", "Le Haillan", "MER", 2, True),
    ("33600", "Pessac", "PES", 9, True),
    ("33170", "Gradignan", "PES", 3, True),
    ("33610", "Cestas", "PES", 2, True),
    ("33500", "Libourne", "LIB", 7, False),
    ("33230", "Coutras", "LIB", 3, False),
    ("33350", "Castillon-la-Bataille", "LIB", 2, False),
    ("33240", "Saint-André-de-Cubzac", "LIB", 2, False),
    ("33120", "Arcachon", "ARC", 3, True),
    ("33260", "La Teste-de-Buch", "ARC", 5, True),
    ("33470", "Gujan-Mestras", "ARC", 4, True),
    ("33510", "Andernos-les-Bains", "ARC", 2, True),
)

STREET_TYPES = (
    "rue",
    "rue",
    "rue",
    "avenue",
    "avenue",
    "allée",
    "impasse",
    "boulevard",
    "cours",
    "chemin",
    "place",
)
STREET_NAMES = (
    "des Lilas",
    "des Pins",
    "des Acacias",
    "des Vignes",
    "du Stade",
    "de la Gare",
    "de l'Église",
    "de la Mairie",
    "des Écoles",
    "du Moulin",
    "de la République",
    "de la Liberté",
    "des Tilleuls",
    "des Mimosas",
    "du Médoc",
    "de la Garonne",
    "de l'Estey",
    "des Platanes",
    "des Jardins",
    "du Lac",
    "Jean Jaurès",
    "Victor Hugo",
    "Émile Zola",
    "Louis Pasteur",
    "Jean Moulin",
    "Gambetta",
    "Georges Clemenceau",
    "Aristide Briand",
    "du Général de Gaulle",
    "Montesquieu",
    "François Mauriac",
    "Jacques Chaban-Delmas",
    "Pierre Mendès France",
    "Marcel Pagnol",
    "Paul Verlaine",
    "Léon Blum",
    "Salvador Allende",
    "Simone Veil",
    "Lucie Aubrac",
    "Toussaint Louverture",
    "de la Paix",
    "du 8 Mai 1945",
    "du 11 Novembre",
    "des Anciens Combattants",
)
PROGRAMME_KINDS = ("Résidence", "Résidence", "Résidence", "Résidence", "Cité", "Domaine")
PROGRAMME_NAMES = (
    "Les Pins",
    "Les Acacias",
    "Le Lac",
    "Les Aubiers",
    "Les Chartrons",
    "Le Grand Parc",
    "Les Tilleuls",
    "Saint-Exupéry",
    "Les Hauts de Garonne",
    "La Benauge",
    "Le Bois Fleuri",
    "Les Vignes",
    "Les Érables",
    "Les Mimosas",
    "Le Parc",
    "Les Chênes",
    "Les Cèdres",
    "Beausoleil",
    "La Plaine",
    "Les Arbousiers",
    "Le Port",
    "Les Magnolias",
    "Montaigne",
    "Les Lauriers",
    "La Clairière",
    "Les Sources",
    "Bel Air",
    "Les Peupliers",
    "Le Vallon",
    "Les Hirondelles",
    "Jean Moulin",
    "Les Coteaux",
    "La Roseraie",
    "Le Moulin",
)
HOUSE_PROGRAMMES = (
    "Lotissement Les Chênes",
    "Lotissement Le Hameau",
    "Lotissement Les Prés",
    "Pavillons du Parc",
    "Lotissement Les Bruyères",
)

# First names more common among people born before 1955.
OLD_MALE = (
    "Jean",
    "Pierre",
    "Michel",
    "André",
    "Jacques",
    "René",
    "Roger",
    "Marcel",
    "Robert",
    "Claude",
    "Bernard",
    "Henri",
    "Georges",
    "Raymond",
    "Maurice",
    "Guy",
    "Gérard",
    "Yves",
    "Lucien",
    "Albert",
    "Paul",
    "Louis",
    "Roland",
    "Daniel",
)
OLD_FEMALE = (
    "Marie",
    "Jeanne",
    "Monique",
    "Jacqueline",
    "Simone",
    "Denise",
    "Yvette",
    "Paulette",
    "Odette",
    "Colette",
    "Josette",
    "Suzanne",
    "Madeleine",
    "Germaine",
    "Christiane",
    "Geneviève",
    "Micheline",
    "Ginette",
    "Andrée",
    "Renée",
    "Marguerite",
    "Raymonde",
    "Huguette",
    "Nicole",
)
# First names of the pools' other generations that Faker's list lacks.
EXTRA_MALE = (
    "Mohamed",
    "Karim",
    "Samir",
    "Youssef",
    "Rachid",
    "Amadou",
    "Moussa",
    "Kevin",
    "Anthony",
    "Mickaël",
    "Jérémy",
    "Romain",
    "Florian",
    "Mathieu",
)
EXTRA_FEMALE = (
    "Fatima",
    "Aïcha",
    "Nadia",
    "Samira",
    "Fatoumata",
    "Mariama",
    "Sandrine",
    "Séverine",
    "Laëtitia",
    "Jessica",
    "Mélanie",
    "Karine",
    "Sonia",
    "Leïla",
)
CHILD_MALE = (
    "Léo",
    "Gabriel",
    "Raphaël",
    "Louis",
    "Arthur",
    "Jules",
    "Adam",
    "Lucas",
    "Hugo",
    "Nathan",
    "Ethan",
    "Noah",
    "Mathis",
    "Enzo",
    "Yanis",
    "Rayan",
    "Tom",
    "Sacha",
    "Timéo",
    "Ilyes",
    "Théo",
    "Maël",
    "Nolan",
    "Kylian",
)
CHILD_FEMALE = (
    "Jade",
    "Louise",
    "Emma",
    "Alice",
    "Ambre",
    "Lina",
    "Rose",
    "Chloé",
    "Léa",
    "Mia",
    "Inès",
    "Manon",
    "Camille",
    "Zoé",
    "Lola",
    "Sarah",
    "Anna",
    "Julia",
    "Maëlys",
    "Lou",
    "Nour",
    "Assia",
    "Clara",
    "Éva",
)
EXTRA_LAST = (
    "Benali",
    "Diallo",
    "Traoré",
    "Haddad",
    "Ferreira",
    "Pereira",
    "Nguyen",
    "Martins",
    "Rodrigues",
    "Mendes",
    "Bensaïd",
    "Cissé",
    "Kone",
    "Lopes",
    "Carvalho",
    "Amrani",
    "Lagarde",
    "Dufourcq",
    "Lacoste",
    "Labat",
    "Darriet",
    "Larrieu",
    "Castaing",
    "Lafargue",
    "Despujols",
    "Béziade",
    "Ducasse",
)
EMAIL_DOMAINS = (
    "orange.fr",
    "orange.fr",
    "gmail.com",
    "gmail.com",
    "free.fr",
    "laposte.net",
    "sfr.fr",
    "hotmail.fr",
    "wanadoo.fr",
    "yahoo.fr",
)

NOTES_GENERAL = (
    "Préfère être contacté par téléphone en fin de matinée.",
    "Demande de mutation déposée pour un logement plus grand.",
    "Signalement d'humidité dans la salle de bains, intervention programmée.",
    "Locataire référent de l'amicale des locataires.",
    "Travaux d'adaptation de la douche demandés.",
)
NOTES_SENIOR = (
    "Aide à domicile trois fois par semaine.",
    "Fille joignable en cas d'urgence, coordonnées au dossier papier.",
    "Téléassistance installée.",
    "Demande de mutation vers un logement en rez-de-chaussée.",
)
NOTES_ARREARS = (
    "Plan d'apurement signé, suivi mensuel.",
    "Dossier FSL en cours d'instruction.",
    "Rendez-vous avec la conseillère sociale à programmer.",
    "Relance amiable envoyée, sans réponse.",
)

# (dwelling type, weight) by number of occupants; surface range (m²) by type.
TYPES_BY_SIZE: dict[int, tuple[tuple[str, int], ...]] = {
    1: (("T1", 35), ("T2", 50), ("T3", 15)),
    2: (("T2", 55), ("T3", 40), ("T4", 5)),
    3: (("T3", 65), ("T4", 35)),
    4: (("T3", 25), ("T4", 60), ("T5", 15)),
    5: (("T4", 45), ("T5", 50), ("T6", 5)),
    6: (("T5", 60), ("T6", 40)),
}
SURFACES = {
    "T1": (18, 34),
    "T2": (38, 55),
    "T3": (56, 74),
    "T4": (72, 88),
    "T5": (86, 108),
    "T6": (100, 128),
}

# Household kinds and weights; a quarter of them have someone aged 70 or more.
KINDS = (
    ("senior_single", 14),
    ("senior_couple", 9),
    ("senior_with_family", 2),
    ("single", 20),
    ("single_parent", 17),
    ("couple", 12),
    ("family", 26),
)
ISOLATED_SHARE = {
    "senior_single": 0.8,
    "senior_couple": 0.05,
    "single": 0.12,
    "single_parent": 0.08,
}
SENIOR_KINDS = {"senior_single", "senior_couple", "senior_with_family"}


@dataclass(frozen=True)
class DemoStats:
    households: int
    occupants: int
    seconds: float

    @property
    def rate(self) -> float:
        """Households written per second."""
        return self.households / self.seconds if self.seconds > 0 else float("inf")


@dataclass
class DemoHousehold:
    """One generated tenant file and the state stored beside its data."""

    number: int
    data: TenantFileData
    status: str
    opened_on: dt.date
    closed_on: dt.date | None
    close_reason: str
    kind: str


def _cents(value: int) -> Decimal:
    return Decimal(value).scaleb(-2)


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return dt.date(day.year - years, 2, 28)


def _cumulative(weights) -> list[int]:
    return list(itertools.accumulate(weights))


_TYPES_CUMULATIVE = {
    size: (tuple(t for t, _w in types), _cumulative(w for _t, w in types))
    for size, types in TYPES_BY_SIZE.items()
}


@dataclass(frozen=True)
class _Site:
    """A group of dwellings at one address: a residence's buildings, or a street of houses."""

    commune: int
    programme: str
    address_line: str
    buildings: int  # 0 for individual houses


class DemoGenerator:
    """Builds demo households; pure Python, no database (usable by tests).

    ``sites`` is the number of residences the dwellings are spread over.
    """

    @classmethod
    def for_count(
        cls, households: int, seed: int = DEFAULT_SEED, on: dt.date | None = None
    ) -> DemoGenerator:
        """The generator ``generate`` uses for a base of ``households`` (about 40 a residence)."""
        return cls(seed, on, sites=households // 40)

    def __init__(self, seed: int = DEFAULT_SEED, on: dt.date | None = None, sites: int = 250):
        from faker import Faker

        self.on = on or today()
        self.rng = random.Random(seed)
        fake = Faker("fr_FR")
        fake.seed_instance(seed)
        self.last_names = sorted({fake.last_name() for _ in range(3000)} | set(EXTRA_LAST))
        self.male = sorted({fake.first_name_male() for _ in range(600)} | set(EXTRA_MALE))
        self.female = sorted({fake.first_name_female() for _ in range(800)} | set(EXTRA_FEMALE))
        self.streets = sorted(
            {self._tidy(fake.street_name()) for _ in range(300)}
            | {f"{t} {n}" for t in STREET_TYPES for n in STREET_NAMES}
        )
        self.domains = tuple(EMAIL_DOMAINS) + tuple(
            sorted({fake.free_email_domain() for _ in range(50)})
        )
        self._commune_cum = _cumulative(c[3] for c in COMMUNES)
        self._kind_cum = _cumulative(k[1] for k in KINDS)
        self.sites = self._make_sites(max(12, sites))
        self._site_fill = [0] * len(self.sites)
        self._houses_by_commune: dict[int, list[int]] = {}
        self._collective_by_commune: dict[int, list[int]] = {}
        for index, site in enumerate(self.sites):
            target = self._houses_by_commune if site.buildings == 0 else self._collective_by_commune
            target.setdefault(site.commune, []).append(index)

    @staticmethod
    def _tidy(text: str) -> str:
        return " ".join(text.split())

    def _pick_weighted(self, cumulative: list[int]) -> int:
        return bisect.bisect_right(cumulative, self.rng.randrange(cumulative[-1]))

    def _make_sites(self, count: int) -> list[_Site]:
        rng = self.rng
        sites = []
        used: set[tuple[int, str]] = set()
        for commune in range(len(COMMUNES)):  # every commune has a residence and houses
            for houses in (False, True):
                sites.append(self._site(commune, houses, used))
        while len(sites) < count:
            commune = self._pick_weighted(self._commune_cum)
            sites.append(self._site(commune, rng.random() < 0.12, used))
        return sites

    def _site(self, commune: int, houses: bool, used: set) -> _Site:
        rng = self.rng
        for _ in range(20):
            if houses:
                programme = rng.choice(HOUSE_PROGRAMMES)
            else:
                kind = rng.choice(PROGRAMME_KINDS)
                programme = f"{kind} {rng.choice(PROGRAMME_NAMES)}"
            if (commune, programme) not in used:
                break
        used.add((commune, programme))
        number = rng.randint(1, 160)
        suffix = " bis" if rng.random() < 0.05 else ""
        address = f"{number}{suffix} {rng.choice(self.streets)}"
        return _Site(commune, programme, address, 0 if houses else rng.randint(1, 6))

    # ------------------------------------------------------------------ people

    def _birth_date(self, age: int) -> dt.date:
        """A birth date giving exactly ``age`` years on ``self.on``."""
        latest = _years_before(self.on, age)
        earliest = _years_before(self.on, age + 1) + dt.timedelta(days=1)
        return earliest + dt.timedelta(days=self.rng.randrange((latest - earliest).days + 1))

    def _first_name(self, female: bool, age: int) -> str:
        rng = self.rng
        if age < 18 or (age < 30 and rng.random() < 0.6):
            return rng.choice(CHILD_FEMALE if female else CHILD_MALE)
        if age >= 70 and rng.random() < 0.7:
            return rng.choice(OLD_FEMALE if female else OLD_MALE)
        return rng.choice(self.female if female else self.male)

    def _phone(self, senior: bool) -> str:
        rng = self.rng
        if senior and rng.random() < 0.5:
            head = rng.choice(("05 56", "05 57"))
        else:
            head, second = rng.choice(("06", "06", "07")), rng.randrange(100)
            # Mainland mobile ranges only: 07 30-99 (07 00-29 are not allocated); 06 39 and
            # 06 90-99 belong to the overseas departments.
            if head == "07":
                second = 30 + second % 70
            elif second == 39 or second >= 90:
                second -= 30
            head += f" {second:02d}"
        return f"{head} {rng.randrange(100):02d} {rng.randrange(100):02d} {rng.randrange(100):02d}"

    def _email(self, first: str, last: str) -> str:
        rng = self.rng
        first_part = "".join(search_terms(first)) or "contact"
        last_part = "".join(search_terms(last)) or "locataire"
        style = rng.randrange(4)
        if style == 0:
            local = f"{first_part}.{last_part}"
        elif style == 1:
            local = f"{first_part[0]}{last_part}"
        elif style == 2:
            local = f"{first_part}.{last_part}{rng.randrange(1, 99)}"
        else:
            local = f"{last_part}.{first_part}"
        return f"{local}@{rng.choice(self.domains)}"

    def _person(
        self,
        age: int,
        female: bool,
        last_name: str,
        *,
        titular: bool,
        contact: bool,
        birth_date: dt.date | None = None,
    ) -> OccupantData:
        """An occupant aged ``age`` (born on ``birth_date`` when given)."""
        rng = self.rng
        first = self._first_name(female, age)
        phone = email = ""
        if contact:
            phone = self._phone(age >= 70) if rng.random() < 0.92 else ""
            if rng.random() < (0.12 if age >= 70 else 0.45):
                email = self._email(first, last_name)
        elif age >= 16 and rng.random() < 0.5:
            phone = self._phone(False)
        civility = ("Mme" if female else "M.") if age >= 18 else ""
        return OccupantData(
            last_name=last_name,
            first_name=first,
            civility=civility,
            birth_date=birth_date or self._birth_date(age),
            phone=phone,
            email=email,
            is_titular=titular,
        )

    def _children(self, mother: OccupantData, count: int, last_name: str) -> list[OccupantData]:
        """Up to ``count`` children still at home (under 25), born 14 months or more apart
        while their mother was between 19 and 44."""
        rng = self.rng
        assert mother.birth_date is not None
        first = max(_years_before(mother.birth_date, -19), _years_before(self.on, 24))
        last = min(_years_before(mother.birth_date, -44), self.on)
        if first > last:
            return []
        spacing = [rng.randint(420, 1800) for _ in range(count - 1)]
        # Room for every birth when possible, then the eldest placed at random.
        room = max(0, (last - first).days - sum(spacing))
        birth = first + dt.timedelta(days=rng.randint(0, room))
        children = []
        for gap in [0] + spacing:
            birth += dt.timedelta(days=gap)
            if birth > last:
                break
            age = age_on(birth, self.on)
            children.append(
                self._person(
                    age,
                    rng.random() < 0.5,
                    last_name,
                    titular=False,
                    contact=False,
                    birth_date=birth,
                )
            )
        return children

    def _couple(self, age: int, spouse_age: int) -> tuple[list[OccupantData], OccupantData, str]:
        """Two partners, the first listed being the main titular; also the woman and the
        man's last name (given to the children)."""
        rng = self.rng
        husband_name = rng.choice(self.last_names)
        wife_name = husband_name if rng.random() < 0.6 else rng.choice(self.last_names)
        co_titular = rng.random() < 0.7
        second_contact = rng.random() < 0.5
        if rng.random() < 0.45:  # the woman is the main titular
            first = self._person(age, True, wife_name, titular=True, contact=True)
            second = self._person(
                spouse_age, False, husband_name, titular=co_titular, contact=second_contact
            )
            return [first, second], first, husband_name
        first = self._person(age, False, husband_name, titular=True, contact=True)
        second = self._person(
            spouse_age, True, wife_name, titular=co_titular, contact=second_contact
        )
        return [first, second], second, husband_name

    def _occupants(self, kind: str) -> list[OccupantData]:
        rng = self.rng
        if kind == "senior_single":
            age = min(rng.randint(70, 88), rng.randint(70, 99))
            return [
                self._person(
                    age,
                    rng.random() < 0.68,
                    rng.choice(self.last_names),
                    titular=True,
                    contact=True,
                )
            ]
        if kind == "senior_couple":
            age = rng.randint(70, 91)
            return self._couple(age, max(62, min(age + rng.randint(-6, 4), 96)))[0]
        if kind == "senior_with_family":
            age = rng.randint(42, 66)
            female = rng.random() < 0.55
            name = rng.choice(self.last_names)
            child = self._person(age, female, name, titular=True, contact=True)
            parent_age = min(age + rng.randint(20, 34), 101)
            parent_name = name if rng.random() < 0.6 else rng.choice(self.last_names)
            parent = self._person(
                max(parent_age, 72), rng.random() < 0.7, parent_name, titular=False, contact=False
            )
            return [child, parent]
        if kind == "single":
            age = rng.randint(19, 69)
            return [
                self._person(
                    age, rng.random() < 0.5, rng.choice(self.last_names), titular=True, contact=True
                )
            ]
        if kind == "single_parent":
            female = rng.random() < 0.85
            age = rng.randint(22, 56)
            name = rng.choice(self.last_names)
            parent = self._person(age, female, name, titular=True, contact=True)
            keeps_name = not female or rng.random() < 0.6
            kids_name = name if keeps_name else rng.choice(self.last_names)
            count = rng.choice((1, 1, 1, 2, 2, 2, 3, 3, 4))
            return [parent] + self._children(parent, count, kids_name)
        if kind == "couple":
            age = rng.randint(20, 69)
            return self._couple(age, max(19, min(age + rng.randint(-5, 5), 69)))[0]
        # family: a couple and their children
        age = rng.randint(25, 56)
        couple, mother, father_name = self._couple(age, max(21, min(age + rng.randint(-5, 5), 60)))
        count = rng.choice((1, 1, 2, 2, 2, 3, 3, 4))
        return couple + self._children(mother, count, father_name)

    # ------------------------------------------------------------------ homes and money

    def _dwelling(self, number: int, size: int) -> tuple[DwellingData, bool]:
        rng = self.rng
        commune = self._pick_weighted(self._commune_cum)
        postcode, city, agency_code, _weight, zone_tendue = COMMUNES[commune]
        houses = rng.random() < 0.12
        pool = (self._houses_by_commune if houses else self._collective_by_commune)[commune]
        site_index = rng.choice(pool)
        site = self.sites[site_index]
        types, cumulative = _TYPES_CUMULATIVE[min(size, 6)]
        dwelling_type = types[self._pick_weighted(cumulative)]
        if site.buildings == 0:
            # Individual houses: one bigger type, each at its own street number.
            dwelling_type = f"T{min(int(dwelling_type[1]) + 1, 6)}"
            address_line = f"{rng.randint(1, 240)} {rng.choice(self.streets)}"
            complement, building, floor = "", "", 0
        else:
            fill = self._site_fill[site_index]
            self._site_fill[site_index] = fill + 1
            letter = "ABCDEF"[fill % site.buildings]
            rank = fill // site.buildings
            floor = min(rank // 4, 14)
            address_line = site.address_line
            complement = f"Appt {floor}{rank % 4 + 1:02d}" if floor < 14 else f"Appt {rank + 1}"
            building = f"Bât. {letter}"
        low, high = SURFACES[dwelling_type]
        surface = _cents(rng.randint(low * 100, high * 100) // 50 * 50)
        return DwellingData(
            reference=f"LGT-{number:06d}",
            address_line=address_line,
            postcode=postcode,
            city=city,
            address_complement=complement,
            dwelling_type=dwelling_type,
            surface=surface,
            floor=floor,
            building=building,
            programme=site.programme,
            agency_code=agency_code,
        ), zone_tendue

    def _amount(self, value: Decimal, low: int, high: int, band: int) -> Decimal:
        """``value`` in cents, or, out of [low, high] euros, a draw within ``band`` euros of
        the bound it passes (no pile of identical amounts at the bounds)."""
        if value < low:
            return _cents(low * 100 + self.rng.randrange(band * 100))
        if value > high:
            return _cents(high * 100 - self.rng.randrange(band * 100))
        return value.quantize(Decimal("0.01"))

    def _balance(self) -> Decimal:
        """Negative: credit in the tenant's favour; positive: arrears owed."""
        rng = self.rng
        draw = rng.random()
        if draw < 0.62:
            return Decimal("0.00")
        if draw < 0.81:
            return -_cents(rng.randint(50, 15_000))
        band = rng.random()
        if band < 0.6:
            euros = rng.randint(20, 500)
        elif band < 0.9:
            euros = rng.randint(500, 1_500)
        else:
            euros = rng.randint(1_500, 4_500)
        return _cents(euros * 100 + rng.randrange(100))

    def _lease_start(self, occupants: list[OccupantData]) -> dt.date:
        rng = self.rng
        titular_birth = occupants[0].birth_date
        assert titular_birth is not None
        earliest = max(
            _years_before(self.on, 35), _years_before(titular_birth, -19), dt.date(1985, 1, 1)
        )
        latest = self.on - dt.timedelta(days=30)
        if earliest >= latest:
            return latest
        # Most leases are recent: draw twice and keep the later start.
        span = (latest - earliest).days
        offset = max(rng.randrange(span + 1), rng.randrange(span + 1))
        start = earliest + dt.timedelta(days=offset)
        return start.replace(day=1) if rng.random() < 0.8 else start

    def household(self, number: int) -> DemoHousehold:
        """The demo household numbered ``number`` (1, 2, ...), drawn from the generator."""
        rng = self.rng
        kind = KINDS[self._pick_weighted(self._kind_cum)][0]
        occupants = self._occupants(kind)
        is_senior_kind = kind in SENIOR_KINDS
        if rng.random() < (0.09 if is_senior_kind else 0.035):
            adults = [o for o in occupants if o.civility] or occupants
            rng.choice(adults).disability = True
        dwelling, zone_tendue = self._dwelling(number, len(occupants))
        assert dwelling.surface is not None
        rent = self._amount(dwelling.surface * Decimal(rng.randint(560, 880)) / 100, 250, 750, 60)
        charges = self._amount(dwelling.surface * Decimal(rng.randint(110, 190)) / 100, 40, 180, 25)
        start = self._lease_start(occupants)
        lease = LeaseData(
            contract_number=f"BX-{start.year}-{number:06d}",
            start_date=start,
            rent=rent,
            charges=charges,
            zone_tendue=zone_tendue,
        )
        balance = self._balance()
        notes = ""
        if rng.random() < 0.07:
            if balance > 0:
                notes = rng.choice(NOTES_ARREARS)
            elif is_senior_kind:
                notes = rng.choice(NOTES_SENIOR)
            else:
                notes = rng.choice(NOTES_GENERAL)
        data = TenantFileData(
            occupants=occupants,
            lease=lease,
            dwelling=dwelling,
            isolated=rng.random() < ISOLATED_SHARE.get(kind, 0.01),
            balance=balance,
            notes=notes,
        )
        status, closed_on, reason = FileStatus.ACTIVE.value, None, ""
        if rng.random() < 0.05 and (self.on - start).days > 400:
            status, reason = FileStatus.CLOSED.value, CLOSE_REASON
            span = (self.on - start).days - 365
            closed_on = start + dt.timedelta(days=365 + rng.randrange(span))
            # Nobody born after the departure lives in the file.
            data.occupants = [
                o
                for o in occupants
                if o.is_titular or o.birth_date is None or o.birth_date <= closed_on
            ]
        return DemoHousehold(number, data, status, start, closed_on, reason, kind)

    def households(self, count: int, start: int = 1) -> Iterator[DemoHousehold]:
        for number in range(start, start + count):
            yield self.household(number)


# --------------------------------------------------------------------------- database


def household_count(db: Database) -> int:
    """Number of tenant files in ``db`` (0 for a database without any)."""
    with db.reader() as session:
        return int(session.scalar(select(func.count()).select_from(Household)) or 0)


class DatabaseNotEmpty(UserError):
    """The demo base is only generated into a database without tenant files."""

    def __init__(self, count: int):
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "La base contient déjà {count} dossier(s) : la base de démonstration ne peut "
                    "être générée que dans une base vide.",
                ),
                {"count": group_thousands(str(count), "\u00a0")},
            )
        )
        self.count = count


def _agency_ids(connection) -> dict[str, int]:
    table = Agency.__table__
    codes = [code for code, _name, _city in AGENCIES]
    ids = dict(
        connection.execute(select(table.c.code, table.c.id).where(table.c.code.in_(codes))).all()
    )
    missing = [
        {"code": code, "name": name, "city": city, "version": 1}
        for code, name, city in AGENCIES
        if code not in ids
    ]
    if missing:
        new_ids = (
            connection.execute(
                insert(table).returning(table.c.id, sort_by_parameter_order=True), missing
            )
            .scalars()
            .all()
        )
        ids.update(zip((row["code"] for row in missing), new_ids))
    return ids


def _new_ids(connection, table, count: int) -> list[int]:
    """``count`` unused primary keys for ``table``, given explicitly in the INSERTs.

    Explicit keys spare reading them back (RETURNING halves the insert rate).
    PostgreSQL: drawn from the column's sequence, so that concurrent inserts never get
    the same ones and the sequence needs no reset. SQLite: following the largest key,
    as SQLite itself would; a concurrent writer would make the insert fail on the
    primary key or on the locked database, never write twice the same key.
    """
    if connection.dialect.name == "postgresql":
        return list(
            connection.execute(
                text(
                    "SELECT nextval(pg_get_serial_sequence(:table, 'id')) "
                    "FROM generate_series(1, :count)"
                ),
                {"table": table.name, "count": count},
            ).scalars()
        )
    start = int(connection.scalar(select(func.max(table.c.id))) or 0) + 1
    return list(range(start, start + count))


def _insert(connection, table, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """Core ``insert(table)`` executed for many rows given as tuples in ``columns`` order.

    On drivers taking positional parameters (SQLite) the compiled statement goes
    straight to the driver's executemany with the values converted by the columns' own
    bind processors (Money to cents, dates...): the same values SQLAlchemy would send,
    without its per-row dictionary work, which costs more than SQLite's inserting.
    Elsewhere (PostgreSQL) SQLAlchemy's own batched executemany is used.
    """
    if not rows:
        return
    stmt = insert(table)
    dialect = connection.dialect
    if dialect.paramstyle == "qmark":
        compiled = stmt.compile(dialect=dialect, column_keys=list(columns))
        if tuple(compiled.positiontup or ()) == columns:
            processors = [
                (i, proc)
                for i, name in enumerate(columns)
                if (proc := table.c[name].type.dialect_impl(dialect).bind_processor(dialect))
            ]
            if processors:
                converted = []
                for row in rows:
                    values = list(row)
                    for i, proc in processors:
                        values[i] = proc(values[i])
                    converted.append(tuple(values))
                rows = converted
            connection.exec_driver_sql(str(compiled), rows)
            return
    connection.execute(stmt, [dict(zip(columns, row)) for row in rows])


DWELLING_COLUMNS = (
    "id",
    "reference",
    "address_line",
    "address_complement",
    "postcode",
    "city",
    "dwelling_type",
    "surface",
    "floor",
    "building",
    "programme",
    "agency_id",
    "version",
)
HOUSEHOLD_COLUMNS = (
    "id",
    "status",
    "agency_id",
    "dwelling_id",
    "opened_on",
    "closed_on",
    "close_reason",
    "created_at",
    "created_by",
    "updated_at",
    "updated_by",
    "version",
)
OCCUPANT_COLUMNS = (
    "household_id",
    "position",
    "civility",
    "last_name",
    "first_name",
    "birth_date",
    "phone",
    "email",
    "is_titular",
    "disability",
    "version",
)
LEASE_COLUMNS = (
    "household_id",
    "contract_number",
    "start_date",
    "rent",
    "charges",
    "zone_tendue",
    "version",
)
EVENT_COLUMNS = ("household_id", "occurred_at", "kind", "summary", "actor")


def _write_chunk(
    connection,
    batch: list[DemoHousehold],
    agency_ids: dict[str, int],
    actor: Actor,
    stamp: dt.datetime,
) -> int:
    """Insert one chunk of households and everything hanging from them; return occupants."""
    user = actor.username
    dwelling_ids = _new_ids(connection, Dwelling.__table__, len(batch))
    household_ids = _new_ids(connection, Household.__table__, len(batch))
    dwelling_rows, household_rows, occupant_rows = [], [], []
    lease_rows, token_rows, event_rows = [], [], []
    list_keys: tuple[str, ...] = ()
    for h, household_id, dwelling_id in zip(batch, household_ids, dwelling_ids):
        data = h.data
        dw = data.dwelling
        agency_id = agency_ids[dw.agency_code]
        dwelling_rows.append(
            (
                dwelling_id,
                dw.reference,
                dw.address_line,
                dw.address_complement,
                dw.postcode,
                dw.city,
                dw.dwelling_type,
                dw.surface,
                dw.floor,
                dw.building,
                dw.programme,
                agency_id,
                1,
            )
        )
        columns = list_columns(data)  # the denormalised columns, as the services write them
        if not list_keys:
            list_keys = tuple(columns)
        household_rows.append(
            (
                household_id,
                h.status,
                agency_id,
                dwelling_id,
                h.opened_on,
                h.closed_on,
                h.close_reason,
                stamp,
                user,
                stamp,
                user,
                1,
                *(columns[k] for k in list_keys),
            )
        )
        for position, o in enumerate(data.occupants):
            occupant_rows.append(
                (
                    household_id,
                    position,
                    o.civility,
                    o.last_name,
                    o.first_name,
                    o.birth_date,
                    o.phone,
                    o.email,
                    o.is_titular,
                    o.disability,
                    1,
                )
            )
        lease = data.lease
        lease_rows.append(
            (
                household_id,
                lease.contract_number,
                lease.start_date,
                lease.rent,
                lease.charges,
                lease.zone_tendue,
                1,
            )
        )
        token_rows.extend((token, household_id) for token in search_tokens_for(data))
        event_rows.append((household_id, stamp, EVENT_CREATED, DEMO_SUMMARY, user))
        if h.status == FileStatus.CLOSED.value:
            event_rows.append((household_id, stamp, EVENT_CLOSED, h.close_reason, user))
    _insert(connection, Dwelling.__table__, DWELLING_COLUMNS, dwelling_rows)
    _insert(connection, Household.__table__, HOUSEHOLD_COLUMNS + list_keys, household_rows)
    _insert(connection, Occupant.__table__, OCCUPANT_COLUMNS, occupant_rows)
    _insert(connection, Lease.__table__, LEASE_COLUMNS, lease_rows)
    # In index order: the index pages are then filled one after the other.
    token_rows.sort()
    _insert(connection, SearchToken.__table__, ("token", "household_id"), token_rows)
    _insert(connection, TimelineEvent.__table__, EVENT_COLUMNS, event_rows)
    return len(occupant_rows)


@guarded("demo")
def generate(
    db: Database,
    actor: Actor,
    households: int,
    seed: int = DEFAULT_SEED,
    progress: Progress | None = None,
) -> DemoStats:
    """Fill an empty database with ``households`` demo tenant files, in one transaction.

    Raises ``DatabaseNotEmpty`` if the database already holds tenant files (their
    contract numbers and dwelling references could clash with the generated ones).
    ``progress(done, total)`` is called after each chunk of ``CHUNK`` households; an
    exception it raises (a cancel button) rolls everything back.
    """
    authz.require(actor, Permission.DEMO_GENERATE, entity="base")
    if not 1 <= households <= MAX_HOUSEHOLDS:
        raise UserError(
            Message(
                QT_TRANSLATE_NOOP("messages", "Nombre de ménages attendu : de 1 à {max}."),
                {"max": group_thousands(str(MAX_HOUSEHOLDS), "\u00a0")},
            )
        )
    started = time.perf_counter()
    generator = DemoGenerator.for_count(households, seed, today())
    stamp = now()
    occupants = 0
    with db.transaction() as session:
        connection = session.connection()
        existing = int(
            connection.scalar(select(func.count()).select_from(Household.__table__)) or 0
        )
        if existing:
            raise DatabaseNotEmpty(existing)
        agency_ids = _agency_ids(connection)
        done = 0
        stream = generator.households(households)
        while done < households:
            batch = list(itertools.islice(stream, CHUNK))
            occupants += _write_chunk(connection, batch, agency_ids, actor, stamp)
            done += len(batch)
            if progress is not None:
                progress(done, households)
        audit.record(session, actor, "demo", "base", None, None, {"households": households})
    return DemoStats(households, occupants, time.perf_counter() - started)


#: Saved searches of the demo base: the target of a vigilance campaign (issue 8).
DEMO_SEARCHES = {
    QT_TRANSLATE_NOOP("messages", "Plus de 70 ans"): {"senior_only": True},
}


def _ensure_demo_searches(db: Database, actor: Actor) -> None:
    from desktop.services import saved_queries
    from desktop.services.tenants import TenantQuery

    existing = {q.name for q in saved_queries.list_saved_queries(db, actor)}
    for name, values in DEMO_SEARCHES.items():
        if name not in existing:
            saved_queries.save_query(db, actor, name, TenantQuery(**values))


def ensure_demo_database(
    path: str | Path,
    households: int = DEFAULT_HOUSEHOLDS,
    progress: Progress | None = None,
    *,
    actor: Actor | None = None,
    seed: int = DEFAULT_SEED,
) -> Database:
    """The demo SQLite database at ``path``: created, migrated and filled on first use,
    with its demonstration accounts (``accounts.DEMO_ACCOUNTS``)."""
    path = Path(path).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(str(path))
    try:
        if not household_count(db):
            try:
                generate(db, actor or system_actor(), households, seed, progress)
            except (UserError, DBAPIError):
                # Another process filled it at the same time: use its base.
                if not household_count(db):
                    raise
        from desktop.services.accounts import create_demo_accounts

        create_demo_accounts(db)  # once; their shared password is shown at sign-in
        from desktop.services.caleol.demo import ensure_demo_session

        ensure_demo_session(db, actor)  # the demo CALEOL commission and session, once
        from desktop.services.cotation import ensure_demo_grid

        ensure_demo_grid(db, actor or system_actor())  # example cotation grid (issue 17)
        _ensure_demo_searches(db, actor or system_actor())
    except BaseException:
        db.dispose()
        raise
    return db
