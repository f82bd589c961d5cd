"""Shared fixtures. The database is SQLite by default, PostgreSQL when
``PARCOURS_TEST_DATABASE_URL`` is set (``.ci/run`` runs the suite both ways)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import time
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


# tests/run.py runs the SQLite and the PostgreSQL runs side by side. A test that does not
# touch the database under test behaves the same in both, so the runner has it run in one
# of them only: ``PARCOURS_TESTS_WITHOUT_DATABASE`` = ``run`` (the default: run them),
# ``skip`` (deselect them; they run in the other run).
WITHOUT_DATABASE = os.environ.get("PARCOURS_TESTS_WITHOUT_DATABASE", "run")


def _uses_the_engine(item, modules: dict) -> bool:
    """The test opens the database under test (through ``db_url``), or its module asks
    which engine runs (imports ``PG_URL``, reads ``PARCOURS_TEST_DATABASE_URL``) and may
    behave differently on each."""
    if "db_url" in getattr(item, "fixturenames", ()):
        return True
    path = str(item.path)
    if path not in modules:
        try:
            text = item.path.read_text(encoding="utf-8")
        except OSError:
            text = ""
        module = getattr(item, "module", None)
        asks = module is not None and "PG_URL" in vars(module)
        modules[path] = asks or "PARCOURS_TEST_DATABASE_URL" in text
    return modules[path]


def pytest_collection_modifyitems(config, items):
    if WITHOUT_DATABASE not in ("run", "skip"):
        raise pytest.UsageError(
            f"PARCOURS_TESTS_WITHOUT_DATABASE={WITHOUT_DATABASE!r}: 'run' or 'skip'"
        )
    if WITHOUT_DATABASE == "run":
        return
    modules: dict[str, bool] = {}
    kept, dropped = [], []
    for item in items:
        (kept if _uses_the_engine(item, modules) else dropped).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


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


def _pg_url(schema: str, database: str | None = None) -> str:
    """``PG_URL`` (on ``database`` if given) with ``schema`` as its search path."""
    from sqlalchemy.engine import make_url

    url = make_url(normalise_url(PG_URL))
    if database is not None:
        url = url.set(database=database)
    url = url.update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False)


def _pg_admin(database: str | None = None):
    """An autocommit engine on the test database (or ``database``): CREATE and DROP."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    url = make_url(normalise_url(PG_URL))
    if database is not None:
        url = url.set(database=database)
    return create_engine(url, isolation_level="AUTOCOMMIT")


def _fresh_pg_schema() -> tuple[str, str]:
    """A new empty schema on the test server; the URL selects it by search_path."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    engine = _pg_admin()
    with engine.connect() as c:
        c.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    engine.dispose()
    return _pg_url(schema), schema


def _drop_pg_schema(schema: str) -> None:
    engine = _pg_admin()
    with engine.connect() as c:
        c.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
    engine.dispose()


def _migrate(url: str) -> None:
    database = Database(url)
    try:
        database.upgrade()
        assert database.at_head()
    finally:
        database.dispose()


class _PgTemplate:
    """A PostgreSQL database migrated once for the session, in a schema of its own as
    every test base is, then cloned by ``CREATE DATABASE ... TEMPLATE`` for each
    ``db`` (a file copy on the server instead of the migrations). Not connectable once
    migrated: a session on it (autovacuum's too) would make the next clone fail, and
    no test can change it. Dropped at the end of the session, each clone after its
    test.

    A clone is mostly the server syncing files (about half a second on a busy disk):
    a thread makes the next ``AHEAD`` clones while the tests run, each an untouched
    copy of the template until a test takes it; another drops the used ones (after
    the test's ``db`` is closed; ``WITH (FORCE)`` ends any session a test left)."""

    AHEAD = 2

    def __init__(self) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self.admin = _pg_admin()
        self.name = f"parcours_tpl_{uuid.uuid4().hex[:12]}"
        self.schema = f"t_{uuid.uuid4().hex[:12]}"
        self._maker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pg-clone")
        self._dropper = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pg-drop")
        self._ahead: list = []  # futures of the next clones' names, oldest first
        self._dropped: list = []
        self._filled: dict = {}  # fill function: the template it filled
        self._values: dict = {}  # fill function: what it returned

    def create(self) -> None:
        with self.admin.connect() as c:
            c.exec_driver_sql(f'CREATE DATABASE "{self.name}"')
        engine = _pg_admin(self.name)
        with engine.connect() as c:
            c.exec_driver_sql(f'CREATE SCHEMA "{self.schema}"')
        engine.dispose()
        _migrate(_pg_url(self.schema, self.name))
        with self.admin.connect() as c:
            c.exec_driver_sql(f'ALTER DATABASE "{self.name}" WITH ALLOW_CONNECTIONS false')

    def _make_clone(self, template: str | None = None) -> str:
        name = f"t_{uuid.uuid4().hex[:12]}"
        with self.admin.connect() as c:
            c.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{template or self.name}"')
        return name

    def filled_clone(self, fill) -> tuple[str, str, object]:
        """A new database for one test, copied from the migrated template as
        ``fill(database)`` left it: filled once for the session in a template of its
        own (``filled_base``), then cloned as the migrated one is. (URL, name, what
        ``fill`` returned)."""
        template = self._filled.get(fill)
        if template is None:
            template = self._make_clone()
            self._filled[fill] = template  # dropped by ``close`` whatever happens next
            self._values[fill] = _fill(_pg_url(self.schema, template), fill)
            with self.admin.connect() as c:
                c.exec_driver_sql(f'ALTER DATABASE "{template}" WITH ALLOW_CONNECTIONS false')
        name = self._make_clone(template)
        return _pg_url(self.schema, name), name, self._values[fill]

    def clone(self) -> tuple[str, str]:
        """A new database copied from the template, for one test: (URL, name)."""
        while len(self._ahead) < self.AHEAD + 1:
            self._ahead.append(self._maker.submit(self._make_clone))
        name = self._ahead.pop(0).result()
        return _pg_url(self.schema, name), name

    def _drop(self, name: str) -> None:
        """Drop a clone. ``FORCE`` ends the sessions a test left open (of the test's
        role), but refuses to end an autovacuum worker busy on the clone (a process of
        no role of ours: "must be a member of the role whose process is being
        terminated"); a plain ``DROP`` cancels such a worker. Tried a few times, each
        way, as a worker may start between two tries."""
        from sqlalchemy.exc import DBAPIError

        for _ in range(10):
            for force in (" WITH (FORCE)", ""):
                try:
                    with self.admin.connect() as c:
                        c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"{force}')
                    return
                except DBAPIError as exc:
                    error = exc
            time.sleep(0.2)
        raise error

    def drop(self, name: str) -> None:
        """Drop a test's clone, in the background."""
        self._dropped.append(self._dropper.submit(self._drop, name))

    def close(self) -> None:
        for future in self._ahead:
            future.cancel()
        self._maker.shutdown(wait=True)
        self._dropper.shutdown(wait=True)
        for future in self._ahead:
            if not future.cancelled() and future.exception() is None:
                self._drop(future.result())
        for name in self._filled.values():
            self._drop(name)
        self._drop(self.name)
        self.admin.dispose()
        failed = [f.exception() for f in self._dropped if f.exception() is not None]
        assert not failed, f"test databases not dropped: {failed}"


def _clones_are_faithful() -> bool:
    """Whether a database cloned for a test is like the test database: the role may
    create databases, the test database has no settings of its own (``ALTER DATABASE
    ... SET``, not copied to a new database), and a new database gets its encoding
    and locale (the template is made from template1)."""
    engine = _pg_admin()
    try:
        with engine.connect() as c:
            allowed = c.exec_driver_sql(
                "SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user"
            ).scalar()
            settings = c.exec_driver_sql(
                "SELECT count(*) FROM pg_db_role_setting s JOIN pg_database d"
                " ON d.oid = s.setdatabase WHERE d.datname = current_database()"
            ).scalar()
            locales = c.exec_driver_sql(
                "SELECT count(DISTINCT (encoding, datcollate, datctype)) FROM pg_database"
                " WHERE datname IN (current_database(), 'template1')"
            ).scalar()
    finally:
        engine.dispose()
    return bool(allowed) and settings == 0 and locales == 1


@pytest.fixture(scope="session")
def _migrated_template(tmp_path_factory):
    """The migrated base each ``db`` starts from, built once for the session (all the
    migrations were about half a second of every test on SQLite, more on PostgreSQL).
    A migrated base holds nothing of its path nor of its time: the schema,
    ``alembic_version`` and the audit chain's genesis row (sequence 0, the fixed
    genesis hash), so that a copy is what the migrations would have made.

    SQLite: the path of the template file. PostgreSQL: a ``_PgTemplate``, or None
    when a clone would not be faithful (``_clones_are_faithful``) or
    ``PARCOURS_TEST_PG_TEMPLATE=0``: each ``db`` is then a new schema migrated."""
    if not PG_URL:
        path = tmp_path_factory.mktemp("migrated") / "parcours-template.sqlite"
        _migrate(str(path))
        # The last connection closed has checkpointed the write-ahead log into the file.
        leftovers = sorted(p.name for p in path.parent.iterdir() if p != path)
        assert not leftovers, f"the template base is not one file: {leftovers}"
        yield path
        return
    if os.environ.get("PARCOURS_TEST_PG_TEMPLATE") == "0" or not _clones_are_faithful():
        yield None
        return
    template = _PgTemplate()
    try:
        template.create()
        yield template
    finally:
        template.close()


@pytest.fixture
def db_url(request, tmp_path):
    """URL of an empty database (not migrated); of the test's migrated base when the
    test also uses ``db`` (on PostgreSQL a database cloned from the template)."""
    if not PG_URL:
        yield str(tmp_path / "parcours-test.sqlite")
        return
    if "db" in request.fixturenames:
        template = request.getfixturevalue("_migrated_template")
        if template is not None:
            fill = _fill_of(request)
            if fill:
                url, name, request.node._parcours_filled = template.filled_clone(fill)
            else:
                url, name = template.clone()
            request.node._parcours_cloned = True
            try:
                yield url
            finally:
                template.drop(name)
            return
    url, schema = _fresh_pg_schema()
    try:
        yield url
    finally:
        _drop_pg_schema(schema)


def _fill_of(request):
    """The ``fill`` of a test marked ``pytest.mark.filled_base(fill=...)`` (or its module,
    ``pytestmark``): its ``db`` starts as ``fill(database)`` leaves a migrated base
    (demo households, a CALEOL session...; a function of the test module, the same for
    each test). The base is filled once for the session and copied for each test as
    the migrated one is: each test still has a base of its own, as ``fill`` makes it."""
    marker = request.node.get_closest_marker("filled_base")
    return marker.kwargs["fill"] if marker else None


def _fill(url: str, fill):
    """What ``fill`` returns (the ids of what it made...), for the ``filled`` fixture."""
    database = Database(url)
    try:
        return fill(database)
    finally:
        database.dispose()


@pytest.fixture(scope="session")
def _filled_sqlite(tmp_path_factory):
    """The SQLite bases filled for ``filled_base``, by their fill function: (the
    file, what the function returned)."""
    return {}


def _filled_sqlite_base(request, template) -> str:
    """The SQLite file to copy for the test: the migrated template, or the one
    ``filled_base`` asks for (filled the first time from a copy of the template)."""
    fill = _fill_of(request)
    if fill is None:
        return template
    bases = request.getfixturevalue("_filled_sqlite")
    if fill not in bases:
        path = (
            request.getfixturevalue("tmp_path_factory").mktemp("filled") / "parcours-filled.sqlite"
        )
        shutil.copyfile(template, path)
        value = _fill(str(path), fill)
        leftovers = sorted(p.name for p in path.parent.iterdir() if p != path)
        assert not leftovers, f"the filled base is not one file: {leftovers}"
        bases[fill] = path, value
    path, request.node._parcours_filled = bases[fill]
    return path


@pytest.fixture
def db(request, db_url, _migrated_template):
    """The test's own base, migrated: a copy of the session's template, else (a
    PostgreSQL role without CREATEDB) a new schema through every migration; filled
    as the test's ``filled_base`` mark says (``_fill_of``)."""
    if not PG_URL:
        shutil.copyfile(_filled_sqlite_base(request, _migrated_template), db_url)
    database = Database(db_url)
    if PG_URL and not getattr(request.node, "_parcours_cloned", False):
        database.upgrade()
        if _fill_of(request):
            request.node._parcours_filled = _fill(db_url, _fill_of(request))
    assert database.at_head(), "the test base is not at the latest migration"
    yield database
    # A page's background task (the audit-chain check...) still reading the base would
    # keep a connection the pool no longer knows: left to the garbage collector, it is
    # reported (PostgreSQL) in whichever later test the collector runs.
    worker = sys.modules.get("desktop.ui.doc_worker")
    if worker is not None:
        worker.wait_running()
    database.dispose()


@pytest.fixture
def filled(request, db):
    """What the ``fill`` of the test's ``filled_base`` mark returned when it filled the
    base the test's ``db`` copies (the ids of the rows it made: the same in the copy);
    a copy of its own, as the base is."""
    import copy

    assert _fill_of(request), "the test has no filled_base mark"
    return copy.deepcopy(request.node._parcours_filled)


def admin_actor() -> Actor:
    """An administrator (all rights, every agency): the role tests use their own actors."""
    return Actor("agent.test", "Agent Test", role=Role.ADMIN)


@pytest.fixture
def actor():
    """An administrator (all rights, every agency): the role tests use their own actors."""
    return admin_actor()


@pytest.fixture(scope="session")
def _demo_bases():
    """The demo bases built for ``demo_database``, by their number of households."""
    return {}


@pytest.fixture
def demo_database(_demo_bases, tmp_path_factory):
    """``demo_database(path, households)``: ``demo.ensure_demo_database`` at ``path``
    (a SQLite file), which finds there a copy of the demo base it made once for the
    session with as many households (about a second per twenty households, each
    time)."""
    from desktop.services import demo

    def open_demo(path, households: int) -> Database:
        built = _demo_bases.get(households)
        if built is None:
            built = tmp_path_factory.mktemp("demo") / "demo.sqlite"
            demo.ensure_demo_database(built, households=households).dispose()
            leftovers = sorted(p.name for p in built.parent.iterdir() if p != built)
            assert not leftovers, f"the demo base is not one file: {leftovers}"
            _demo_bases[households] = built
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built, path)
        return demo.ensure_demo_database(path, households=households)

    return open_demo


def create_test_agency(db, actor) -> str:
    """The agency of the tests' files (``make_file``): its code."""
    agencies.create_agency(db, actor, "BXN", "Agence Bordeaux Nord", "Bordeaux")
    return "BXN"


@pytest.fixture
def agency(db, actor):
    return create_test_agency(db, actor)


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


def seat_account(
    db,
    actor,
    commission_id: int,
    login: str = "membre",
    full_name: str = "Membre CALEOL",
    *,
    role: Role = Role.CALEOL_MEMBER,
    agency_code: str | None = None,
    member_role=None,
    last_name: str = "Siégeant",
    password: str = "Parcours-siege-2026!",
) -> tuple[Actor, int]:
    """An account ``login`` (``role``, a member-only account by default) holding an
    active member's seat in commission ``commission_id`` (an advisory one by default:
    the quorum and the tallies are unchanged). Returns its actor and its seat's id."""
    from desktop.domain.caleol import MemberRole
    from desktop.services import accounts, caleol
    from desktop.services.caleol import MemberData

    user_id = accounts.create_user(
        db,
        actor,
        login,
        full_name,
        role,
        password,
        agency_code=agency_code,
        must_change_password=False,
    )
    seat = caleol.add_member(
        db,
        actor,
        commission_id,
        MemberData(
            role=member_role or MemberRole.CONSULT_CCAS,
            first_name=full_name.split()[0],
            last_name=last_name,
            app_user_id=user_id,
        ),
    )
    agency_id = None
    if agency_code is not None:
        agency_id = next(a.id for a in agencies.list_agencies(db) if a.code == agency_code)
    return Actor(login, full_name, role=role, agency_id=agency_id, user_id=user_id), seat
