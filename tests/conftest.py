"""Shared fixtures. The database is SQLite by default, PostgreSQL when
``PARCOURS_TEST_DATABASE_URL`` is set (``.ci/run`` runs the suite both ways)."""

from __future__ import annotations

import datetime as dt
import os
import sys
import uuid
from decimal import Decimal

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.domain.roles import Role
from desktop.domain.tenant import DwellingData, LeaseData, OccupantData, TenantFileData
from desktop.services import agencies
from desktop.services.context import Actor, Clock
from desktop.storage.db import Database, normalise_url

PG_URL = os.environ.get("PARCOURS_TEST_DATABASE_URL")


class SessionDayClock(Clock):
    """The services' clock for a whole test run: the system's time, set back when the
    run starts late in the evening so that a run of up to ``RUN`` stays on the day it
    started. Test modules take their dates when they are imported (``TODAY =
    dt.date.today()``), fixtures when they are built: a run that crosses midnight would
    otherwise have the services a day ahead of them (a clean clone's CI started at
    23:58 failed 27 tests). The time runs at its real pace, so events keep their order
    and their spacing; only its hour may be earlier, which no test depends on. ``real``:
    the system's clock (an aware datetime), injected in its own test."""

    RUN = dt.timedelta(hours=2)  # .ci/run allows 90 minutes

    def __init__(self, real=lambda: dt.datetime.now(dt.UTC)) -> None:
        self._real = real
        start = real().astimezone()
        self.day = start.date()
        midnight = dt.datetime.combine(self.day + dt.timedelta(days=1), dt.time()).astimezone()
        self._shift = max(dt.timedelta(0), start + self.RUN - midnight)

    def moment(self) -> dt.datetime:
        return self._real() - self._shift


def pytest_configure(config):
    from desktop.services.context import set_clock

    config._parcours_clock = set_clock(SessionDayClock())


def pytest_unconfigure(config):
    from desktop.services.context import set_clock

    previous = getattr(config, "_parcours_clock", None)
    if previous is not None:
        set_clock(previous)


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path, monkeypatch):
    """No test reads or writes the real user's settings or data folder."""
    monkeypatch.setenv("PARCOURS_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("PARCOURS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PARCOURS_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.delenv("PARCOURS_DATABASE_URL", raising=False)


@pytest.fixture(autouse=True)
def _fast_password_hashing(monkeypatch):
    """Cheap argon2id parameters in tests: the real cost is about 0.1 s a hash."""
    from argon2 import PasswordHasher

    from desktop.services import accounts

    monkeypatch.setattr(
        accounts, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )
    monkeypatch.setattr(accounts, "_dummy_hash", [])


def _fresh_pg_schema(url: str) -> str:
    """A new empty schema on the test server; the URL selects it by search_path."""
    from sqlalchemy import create_engine, text

    schema = f"t_{uuid.uuid4().hex[:12]}"
    engine = create_engine(normalise_url(url))
    with engine.begin() as c:
        c.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine.dispose()
    sep = "&" if "?" in url else "?"
    return f"{normalise_url(url)}{sep}options=-csearch_path%3D{schema}", schema


@pytest.fixture
def db_url(tmp_path):
    """URL of an empty database (not migrated)."""
    if not PG_URL:
        yield str(tmp_path / "parcours-test.sqlite")
        return
    url, schema = _fresh_pg_schema(PG_URL)
    yield url
    from sqlalchemy import create_engine, text

    engine = create_engine(normalise_url(PG_URL))
    with engine.begin() as c:
        c.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    engine.dispose()


@pytest.fixture
def db(db_url):
    database = Database(db_url)
    database.upgrade()
    yield database
    # A page's background task (the audit-chain check...) still reading the base would
    # keep a connection the pool no longer knows: left to the garbage collector, it is
    # reported (PostgreSQL) in whichever later test the collector runs.
    worker = sys.modules.get("desktop.ui.doc_worker")
    if worker is not None:
        worker.wait_running()
    database.dispose()


@pytest.fixture
def actor():
    """An administrator (all rights, every agency): the role tests use their own actors."""
    return Actor("agent.test", "Agent Test", role=Role.ADMIN)


@pytest.fixture
def agency(db, actor):
    agencies.create_agency(db, actor, "BXN", "Agence Bordeaux Nord", "Bordeaux")
    return "BXN"


def sample_file(n: int = 1, **overrides) -> TenantFileData:
    data = TenantFileData(
        occupants=[
            OccupantData(
                last_name="Dupont",
                first_name="Élodie",
                civility="Mme",
                birth_date=dt.date(1950, 3, 14),
                phone="05 56 12 34 56",
                email="elodie.dupont@example.fr",
            )
        ],
        lease=LeaseData(
            contract_number=f"BX-2024-{n:05d}",
            start_date=dt.date(2019, 9, 1),
            rent=Decimal("412.50"),
            charges=Decimal("85.20"),
        ),
        dwelling=DwellingData(
            reference=f"LGT-{n:05d}",
            address_line="12 rue des Lilas",
            postcode="33000",
            city="Bordeaux",
            dwelling_type="T3",
            surface=Decimal("64.50"),
            floor=2,
            building="Bât. B",
            programme="Résidence Les Lilas",
            agency_code="BXN",
        ),
        balance=Decimal("0.00"),
    )
    for key, value in overrides.items():
        setattr(data, key, value)
    return data


@pytest.fixture
def make_file():
    return sample_file


class DayClock(Clock):
    """The services' clock for tests that move the date: ``clock.day = ...``.

    It stands at noon (workstation time) of ``day`` and ticks with the monotonic clock
    from the moment the day was set, so that events keep their order; the hour at which
    the test runs plays no part."""

    def __init__(self, day: dt.date) -> None:
        self.day = day

    @property
    def day(self) -> dt.date:
        return self._day

    @day.setter
    def day(self, value: dt.date) -> None:
        import time

        self._day, self._set_at = value, time.monotonic()

    def __call__(self) -> dt.date:
        return self.day

    def moment(self) -> dt.datetime:
        import time

        noon = dt.datetime.combine(self._day, dt.time(12)).astimezone()
        return noon + dt.timedelta(seconds=time.monotonic() - self._set_at)
