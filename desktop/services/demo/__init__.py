"""Demonstration database: realistic French tenant files generated in bulk.

Names, first names, streets and e-mail domains come from Faker ("fr_FR") drawn once
into pools; every household is then built from those pools with a seeded
``random.Random``, so a seed always gives the same base (for a given day: ages are
computed against today's date). Rows are written with SQLAlchemy Core ``insert()``
in chunks, never through the ORM one object at a time: the denormalised list columns
and the search tokens are computed by ``tenants.list_columns`` and
``tenants.search_tokens_for``, exactly as the tenant services would.

The package: ``data`` (the material), ``generator`` (the households, pure Python),
``database`` (the bulk writes and the demo base on first start).
"""

from __future__ import annotations

from desktop.services.demo.data import AGENCIES
from desktop.services.demo.database import (
    DatabaseNotEmpty,
    ensure_demo_database,
    generate,
    household_count,
)
from desktop.services.demo.generator import (
    DEFAULT_HOUSEHOLDS,
    DEFAULT_SEED,
    MAX_HOUSEHOLDS,
    DemoGenerator,
    DemoHousehold,
    DemoStats,
)

__all__ = [
    "AGENCIES",
    "DEFAULT_HOUSEHOLDS",
    "DEFAULT_SEED",
    "MAX_HOUSEHOLDS",
    "DatabaseNotEmpty",
    "DemoGenerator",
    "DemoHousehold",
    "DemoStats",
    "ensure_demo_database",
    "generate",
    "household_count",
]
