"""The demonstration households, built in pure Python from seeded draws (no database:
usable by tests).
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from desktop.domain.tenant import (
    DwellingData,
    FileStatus,
    LeaseData,
    OccupantData,
    TenantFileData,
    age_on,
)
from desktop.domain.text import search_terms
from desktop.services.context import today
from desktop.services.demo.data import (
    CHILD_FEMALE,
    CHILD_MALE,
    COMMUNES,
    EMAIL_DOMAINS,
    EXTRA_FEMALE,
    EXTRA_LAST,
    EXTRA_MALE,
    HOUSE_PROGRAMMES,
    ISOLATED_SHARE,
    KINDS,
    NOTES_ARREARS,
    NOTES_GENERAL,
    NOTES_SENIOR,
    OLD_FEMALE,
    OLD_MALE,
    PROGRAMME_KINDS,
    PROGRAMME_NAMES,
    SENIOR_KINDS,
    STREET_NAMES,
    STREET_TYPES,
    SURFACES,
    TYPES_BY_SIZE,
)

DEFAULT_SEED = 2026
DEFAULT_HOUSEHOLDS = 10_000


MAX_HOUSEHOLDS = 1_000_000

Progress = Callable[[int, int], None]

CLOSE_REASON = "Départ du locataire"
DEMO_SUMMARY = "Dossier créé pour la base de démonstration"


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
