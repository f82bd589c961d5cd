"""Tenant files: create, read, edit, close, search."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import math
import time
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    and_,
    delete,
    func,
    insert,
    literal,
    literal_column,
    or_,
    select,
    text,
    true,
    tuple_,
    union_all,
)
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import InstrumentedAttribute, Session, selectinload
from sqlalchemy.sql.elements import ColumnElement

from desktop.domain.errors import ConflictError, NotFoundError, ValidationError, too_long
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.roles import Permission
from desktop.domain.tenant import (
    DwellingData,
    FileStatus,
    LeaseData,
    OccupantData,
    TenantFileData,
    is_senior,
    normalise,
    senior_birth_cutoff,
    validate_tenant_file,
)
from desktop.domain.text import fold, index_tokens, prefix_upper_bound, search_terms
from desktop.services import audit, authz, timeline
from desktop.services.authz import guarded
from desktop.services.context import Actor, now, today
from desktop.services.write import (
    conflict_of,
    from_row,
    one_row,
    reloaded,
    set_children,
    set_fields,
    writing,
)
from desktop.storage.db import Database
from desktop.storage.models import (
    LIST_WALK_TEXT,
    Agency,
    Dwelling,
    Household,
    Lease,
    Occupant,
    SearchToken,
    TimelineEvent,
)

ENTITY = "dossier"

# Timeline event kinds (translated in the UI).
EVENT_CREATED = "CREATION"
EVENT_EDITED = "MODIFICATION"
EVENT_CLOSED = "CLOTURE"
EVENT_REOPENED = "REOUVERTURE"
EVENT_IMPORTED = "IMPORT"


@dataclass(frozen=True)
class TimelineItem:
    occurred_at: dt.datetime
    kind: str
    summary: str
    actor: str
    #: for a MODIFICATION: (field path, before, after) of each field changed, read from
    #: the audit snapshots (empty when they are not found, e.g. after a purge)
    changes: tuple[tuple[str, str, str], ...] = ()


def _timeline_items(session: Session, household_id: int, events, hidden) -> list[TimelineItem]:
    """The timeline, each modification with its fields' values before and after (from
    the audit snapshot written in the same transaction: same actor, same instant)."""
    from desktop.domain.timeline import field_changes
    from desktop.storage.models import AuditEvent

    edits = [e for e in events if e.kind == EVENT_EDITED and e.summary]
    snapshots = []
    if edits:
        snapshots = list(
            session.execute(
                select(AuditEvent.at, AuditEvent.actor, AuditEvent.before, AuditEvent.after)
                .where(
                    AuditEvent.entity == ENTITY,
                    AuditEvent.entity_id == household_id,
                    AuditEvent.action.in_(("update", "restore")),
                )
                .order_by(AuditEvent.at)
            )
        )
    reveal = audit.Revealer(session)  # snapshots are encrypted per household
    items = []
    for e in events:
        changes: tuple = ()
        if e in edits:
            close = [
                s
                for s in snapshots
                if s.actor == e.actor and abs((s.at - e.occurred_at).total_seconds()) < 5
            ]
            if close:
                snap = min(close, key=lambda s: abs((s.at - e.occurred_at).total_seconds()))
                paths = [
                    p for p in e.summary.split(", ") if not (hidden and p in ("occupants", "notes"))
                ]
                changes = tuple(field_changes(reveal(snap.before), reveal(snap.after), paths))
        items.append(TimelineItem(e.occurred_at, e.kind, e.summary, e.actor, changes))
    return items


@dataclass(frozen=True)
class TenantFileView:
    id: int
    version: int
    status: FileStatus
    data: TenantFileData
    agency_name: str
    opened_on: dt.date
    closed_on: dt.date | None
    close_reason: str
    updated_by: str
    updated_at: dt.datetime
    timeline: list[TimelineItem]
    # True when the actor's role may not see health, vulnerability and notes: they
    # are blanked in ``data``.
    sensitive_hidden: bool = False
    anonymised_on: dt.date | None = None


@dataclass(frozen=True)
class TenantRow:
    """One line of the tenant list."""

    id: int
    display_name: str
    contract_number: str
    dwelling_reference: str
    address: str
    city: str
    agency_id: int
    balance: Decimal
    status: str
    eldest_birth_date: dt.date | None
    isolated: bool


SORT_COLUMNS: dict[str, InstrumentedAttribute[Any]] = {
    "name": Household.sort_name,
    "contract": Household.contract_number,
    "dwelling": Household.dwelling_reference,
    "address": Household.address,
    "city": Household.city,
    "agency": Household.agency_id,
    "balance": Household.balance,
    "status": Household.status,
}


@dataclass(frozen=True)
class TenantQuery:
    text: str = ""
    agency_id: int | None = None
    status: str | None = FileStatus.ACTIVE.value
    senior_only: bool = False
    arrears_only: bool = False
    sort: str = "name"
    descending: bool = False


# --------------------------------------------------------------------------- reading


def _to_data(h: Household) -> TenantFileData:
    """The form data of a file, read from its rows (the fields of the same names)."""
    return from_row(
        TenantFileData,
        h,
        occupants=[from_row(OccupantData, o) for o in h.occupants],
        lease=from_row(LeaseData, h.lease),
        dwelling=from_row(DwellingData, h.dwelling, agency_code=h.dwelling.agency.code),
    )


def _load(session: Session, household_id: int, *, for_update: bool = False) -> Household:
    stmt = (
        select(Household)
        .where(Household.id == household_id)
        .options(
            selectinload(Household.occupants),
            selectinload(Household.lease),
            selectinload(Household.dwelling).selectinload(Dwelling.agency),
            selectinload(Household.agency),
        )
    )
    return one_row(session, stmt, file_not_found(household_id), for_update=for_update, of=Household)


def file_not_found(household_id: int) -> NotFoundError:
    """The error of a tenant file that does not exist (any more)."""
    return NotFoundError(
        Message(
            QT_TRANSLATE_NOOP("messages", "Le dossier n° {id} n'existe pas ou plus."),
            {"id": household_id},
        )
    )


# Parts of a tenant file whose every read is recorded in the audit trail.
SENSITIVE_DISABILITY = "handicap"
SENSITIVE_ISOLATED = "isolement"
SENSITIVE_SENIOR = "plus de 70 ans"
SENSITIVE_NOTES = "observations"
ACTION_READ = "consultation"


def sensitive_parts(data: TenantFileData, on: dt.date) -> list[str]:
    """The sensitive parts a view of ``data`` shows (health, vulnerability, notes)."""
    parts = []
    if any(o.disability for o in data.occupants):
        parts.append(SENSITIVE_DISABILITY)
    if data.isolated:
        parts.append(SENSITIVE_ISOLATED)
    if any(is_senior(o.birth_date, on) for o in data.occupants):
        parts.append(SENSITIVE_SENIOR)
    if data.notes.strip():
        parts.append(SENSITIVE_NOTES)
    return parts


def redact(data: TenantFileData) -> TenantFileData:
    """``data`` without health, vulnerability flags and notes."""
    d = data.copy()
    for o in d.occupants:
        o.disability = False
    d.isolated = False
    d.notes = ""
    return d


@guarded(ACTION_READ)
def get_tenant_file(db: Database, actor: Actor, household_id: int) -> TenantFileView:
    """The tenant file as the actor may see it; a read of its sensitive parts is audited."""
    authz.require(actor, Permission.TENANT_READ, entity=ENTITY, entity_id=household_id)
    with db.transaction() as session:
        h = _load(session, household_id)
        authz.require_agency(
            actor, Permission.TENANT_READ, h.agency_id, entity=ENTITY, entity_id=household_id
        )
        events = session.scalars(
            select(TimelineEvent)
            .where(TimelineEvent.household_id == household_id)
            .order_by(TimelineEvent.occurred_at.desc(), TimelineEvent.id.desc())
        ).all()
        data = _to_data(h)
        hidden = not actor.can(Permission.TENANT_SENSITIVE_READ)
        if hidden:
            data = redact(data)
        else:
            parts = sensitive_parts(data, today())
            if parts:
                audit.record(session, actor, ACTION_READ, ENTITY, h.id, None, {"parties": parts})
        return from_row(
            TenantFileView,
            h,
            status=FileStatus(h.status),
            data=data,
            agency_name=h.agency.name,
            timeline=_timeline_items(session, h.id, events, hidden),
            sensitive_hidden=hidden,
        )


# A search term whose token range holds fewer rows than this drives the query from
# the search index; a broader one is checked row by row while the list is read in
# its sort order, which finds the first page quickly. The limit grows with the square
# root of the list's size above 100,000 files (``selective_limit``): a driver of m
# matches costs about m, the ordered read about 100 * n / m rows each matching the
# row's text, so their balance point moves as sqrt(n). Between the two, the driver is
# read in sort order and each row is checked against the set of its matches (in the
# sort index, no row read): at 1,000,000 households an identifier prefix matching
# 10,000 files ("LGT-77") went from 72-126 ms to 10-22 ms (load 8).
SELECTIVE_LIMIT = 5_000
# Counts over a text search stop here: the status bar then says "more than".
COUNT_CAP = 2_000
# Terms probed for a selective driver, at most (each probe reads up to SELECTIVE_LIMIT
# index entries).
MAX_PROBES = 3
# On SQLite, the longest term, when it has at least FURTHER_LENGTH characters, is
# probed up to FURTHER times the limit: between the two, reading its matches' ids (one range of the
# search index, contiguous pages) and walking the sort index against them beats
# matching each row's text in sort order, which reads about 100 * n / m rows scattered
# over the table. Measured at 1,000,000 households (load 8): `BX-2011` (22,810
# matches) first page 65 -> 42 ms warm and 1,100 -> ~50 ms when the table's pages
# were not in memory (each row read from the disk), its capped count 200 -> 20 ms;
# `martin` (31,859) 57 -> 43 ms; `BX-2024` (83,763) and `LGT-7` (100,000) stay faster
# row by row. A short term is broad on a big base: not probed further (each probe
# costs the entries it reads, on every keystroke).
FURTHER = 3
FURTHER_LENGTH = 5


def query_terms(text: str) -> list[str]:
    """Distinct search terms, longest first, without terms implied by a longer one.

    An identifier typed as one word (``BX-2011-9``, ``LGT-00001``: no space, several
    parts, a digit) is one term, its parts joined (``bx20119``): the search index holds
    every contract number, dwelling reference and address joined that way
    (``index_tokens``), so it is found by one prefix range of the index rather than by
    three conditions checked row by row.
    """
    words = search_terms(text)
    if (
        len(words) > 1
        and not any(c.isspace() for c in text.strip())
        and any(c.isdigit() for c in text)
    ):
        return ["".join(words)[:64]]
    kept: list[str] = []
    for term in sorted(set(words[:8]), key=lambda t: (-len(t), t)):
        if not any(k.startswith(term) for k in kept):
            kept.append(term)
    return kept


def selective_limit(files: int) -> int:
    """``SELECTIVE_LIMIT`` for a list of about ``files`` files (see there)."""
    return int(SELECTIVE_LIMIT * max(1.0, math.sqrt(files / 100_000)))


def _token_range(term: str):
    return and_(SearchToken.token >= term, SearchToken.token < prefix_upper_bound(term))


def _other_filters(query: TenantQuery, terms: list[str], on: dt.date) -> list:
    """Conditions on the household row: the terms and the filters."""
    conditions: list[ColumnElement[bool]] = [
        Household.search_text.like(f"% {term}%") for term in terms
    ]
    if query.agency_id is not None:
        conditions.append(Household.agency_id == query.agency_id)
    if query.status:
        conditions.append(Household.status == query.status)
    if query.senior_only:
        conditions.append(Household.eldest_birth_date <= senior_birth_cutoff(on))
    if query.arrears_only:
        conditions.append(Household.balance > Decimal("0"))
    return conditions


def _filters(session: Session, query: TenantQuery, on: dt.date):
    """The WHERE clause of ``query``, its plan chosen by probing the search index."""
    return _plan_filters(session, query, on)[0]


# max(household.id) of each engine and when it was read: it only chooses a plan (the
# rows found do not depend on it), so it is read again every LARGEST_TTL seconds rather
# than at each keystroke.
_largest: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
LARGEST_TTL = 30.0


def _largest_id(session: Session) -> int:
    engine = session.get_bind()
    known = _largest.get(engine)
    if known is not None and time.monotonic() - known[0] < LARGEST_TTL:
        return known[1]
    largest = session.scalar(select(func.max(Household.id))) or 0
    _largest[engine] = (time.monotonic(), largest)
    return largest


def _plan_filters(session: Session, query: TenantQuery, on: dt.date):
    """The WHERE clause of ``query``, its plan chosen by probing the search index,
    whether its rows are better sorted after being found than found in sorted order,
    whether it has text that no term narrows (``ListPlan.broad``), and on PostgreSQL
    the conditions of a walk of ix_household_list_walk (``ListPlan.walk``) or None."""
    terms = query_terms(query.text)
    driver: str | None = None
    matches = 0
    largest = 0  # max(id) stands for the number of files n
    if terms:
        largest = _largest_id(session)
    sqlite = session.get_bind().dialect.name == "sqlite"
    for i, term in enumerate(terms[:MAX_PROBES]):  # the first selective term drives
        limit = selective_limit(largest)
        # (SQLite only: PostgreSQL does not walk its sort index against the set of
        # matches but joins the search index row by row, see docs/benchmarks.md)
        if sqlite and i == 0 and len(term) >= FURTHER_LENGTH:
            limit *= FURTHER
        matches = (
            session.scalar(
                select(func.count()).select_from(
                    select(SearchToken.household_id)
                    .where(_token_range(term))
                    .limit(limit)
                    .subquery()
                )
            )
            or 0
        )
        if matches < limit:
            driver = term
            break
    others = [t for t in terms if t != driver]
    conditions = _other_filters(query, others, on)
    sort_after = False
    walk = None
    if driver is not None:  # few rows: start from the search index
        matching = select(SearchToken.household_id).where(_token_range(driver))
        conditions.append(Household.id.in_(matching))
        # Reading the list in sort order finds a page of m matches among n files after
        # about 100 * n / m rows; fetching and sorting the m matches costs about m rows
        # at ~12 times the cost of a row read in order (measured with SQLite, 100,000
        # files). So the matches are sorted when m * m < ~10 n (max(id) stands for n).
        # PostgreSQL reads the row of each entry of its sort index walked (SQLite's
        # index holds the id): a row read in order costs about as much as one fetched,
        # so m * m < ~100 n there (`x` at 1,000,000, 6,605 matches: 285-1,170 ms
        # walked, ~150 ms fetched and sorted; load 2).
        sort_after = matches * matches < (10 if sqlite else 100) * largest
    # else: many rows for every term: read the list in order and keep the matching ones
    broad = bool(terms) and driver is None
    walked = broad or matches * matches >= WALK_FROM * largest
    if not sqlite and terms and walked and _walkable(query):
        # PostgreSQL: walked in ix_household_list_walk (see ``plan_page``), each term
        # checked in the index entry: ``strpos`` rather than ``LIKE '% term%'`` (the
        # same test: terms are [0-9a-z]+, the text starts with a space), half the cost
        # per entry; the driver's matches once as a hashed set (``IS TRUE``: kept a
        # filter, not made a join that probes the search index for each entry). Then
        # the matches are found in sort order as on SQLite (m * m < 10 n sorted:
        # ``WALK_FROM``).
        walk = [func.strpos(Household.search_text, " " + term) > 0 for term in others]
        if driver is not None:
            walk.append(Household.id.in_(matching).is_(True))
            sort_after = False
    return (and_(*conditions) if conditions else None), sort_after, broad, walk


# PostgreSQL walks ix_household_list_walk for a driver of m matches among n files when
# m * m >= WALK_FROM * n (else fetches and sorts them). Measured at 1,000,000 files
# (load 9): `dupont` (3,008, a surname: its matches together) 20 ms sorted, 60 walked;
# `603` (4,695) 50 / 16; `BX-2025-7` (9,606) 130 / 27.
WALK_FROM = 10


def _walkable(query: TenantQuery) -> bool:
    """Whether ix_household_list_walk holds what ``query`` filters and sorts on."""
    return (
        query.status is not None
        and SORT_COLUMNS.get(query.sort) is Household.sort_name
        and not query.senior_only
        and not query.arrears_only
    )


def _scoped(actor: Actor, query: TenantQuery) -> TenantQuery:
    """The query limited to what the actor may read (own agency for agency roles)."""
    authz.require(actor, Permission.TENANT_READ, entity=ENTITY)
    if actor.agency_scoped:
        if query.agency_id is not None and query.agency_id != actor.agency_id:
            authz.require_agency(actor, Permission.TENANT_READ, query.agency_id, entity=ENTITY)
        return dataclasses.replace(
            query, agency_id=actor.agency_id if actor.agency_id is not None else -1
        )
    return query


@dataclass(frozen=True)
class ListPlan:
    """A search ready to run: its conditions chosen once (one probe of the search
    index), then shared by every page and by the count."""

    query: TenantQuery
    where: ColumnElement[bool] | None
    sort_after: bool  # few matches: sorted once found rather than found in sort order
    has_text: bool
    hide_isolated: bool  # the actor may not see the "isolated" flag
    # Text matched row by row (every term too broad for the search index): the list is
    # read in its sort order, see ``plan_page``.
    broad: bool = False
    # PostgreSQL: the text's conditions checked in the entries of ix_household_list_walk
    # walked in name order (``plan_page``); None: ``where`` as it is.
    walk: tuple[ColumnElement[bool], ...] | None = None


# The columns of a list row, in the order of ``TenantRow``; ``plan_page`` adds the
# sort key last (the keyset of the next page).
_ROW_COLUMNS = (
    Household.id,
    Household.display_name,
    Household.contract_number,
    Household.dwelling_reference,
    Household.address,
    Household.city,
    Household.agency_id,
    Household.balance,
    Household.status,
    Household.eldest_birth_date,
    Household.isolated,
)
(
    ROW_ID,
    ROW_NAME,
    ROW_CONTRACT,
    ROW_DWELLING,
    ROW_ADDRESS,
    ROW_CITY,
    ROW_AGENCY,
    ROW_BALANCE,
    ROW_STATUS,
    ROW_ELDEST,
    ROW_ISOLATED,
    ROW_SORT_KEY,
) = range(12)


@guarded("recherche")
def plan_search(
    db: Database,
    actor: Actor,
    query: TenantQuery,
    on: dt.date | None = None,
    *,
    session: Session | None = None,
) -> ListPlan:
    """Check the actor's rights and choose how ``query`` is run (one probe), in
    ``session`` if given."""
    query = _scoped(actor, query)
    with _reading(db, session) as session:
        where, sort_after, broad, walk = _plan_filters(session, query, on or today())
    return ListPlan(
        query,
        where,
        sort_after,
        bool(query_terms(query.text)),
        not actor.can(Permission.TENANT_SENSITIVE_READ),
        broad,
        None if walk is None else tuple(walk),
    )


@contextlib.contextmanager
def _reading(db: Database, session: Session | None) -> Iterator[Session]:
    if session is not None:
        yield session
    else:
        with db.reader() as session:
            yield session


def first_page(
    db: Database, actor: Actor, query: TenantQuery, limit: int, on: dt.date | None = None
) -> tuple[ListPlan, list[tuple]]:
    """``plan_search`` and the first ``limit`` rows of its ``plan_page`` in one read:
    with PostgreSQL one connection taken from the pool (checked by a round trip) and
    one transaction rather than two, on each keystroke. A database error: both again,
    each on its own (``plan_search`` retries a lost connection once), raising as they
    do."""
    try:
        with db.reader() as session:
            plan = plan_search(db, actor, query, on, session=session)
            return plan, plan_page(db, plan, None, limit, session=session)
    except DBAPIError:
        plan = plan_search(db, actor, query, on)
        return plan, plan_page(db, plan, None, limit)


_NUMERIC_SORTS = {"agency", "balance"}


def _order(query: TenantQuery, sort_after: bool):
    column = SORT_COLUMNS.get(query.sort, Household.sort_name)
    key: ColumnElement[Any] | InstrumentedAttribute[Any] = column
    if sort_after:  # an expression, not the bare column: no index walk in sort order
        key = column + literal_column("0") if query.sort in _NUMERIC_SORTS else column.concat("")
    if query.descending:
        return column, [key.desc(), Household.id.desc()]
    return column, [key, Household.id]


def plan_page(
    db: Database,
    plan: ListPlan,
    after: tuple | None = None,
    limit: int = 200,
    offset: int = 0,
    *,
    session: Session | None = None,
) -> list[tuple]:
    """Rows of ``plan`` as tuples (``ROW_*`` positions, the sort key last), in list
    order, from just after the row whose (sort key, id) is ``after`` (keyset paging:
    as fast at the end of a long list as at its start), read in ``session`` if given."""
    if plan.walk is not None and db.dialect == "postgresql":
        rows = _walked_page(db, plan, after, limit, offset, session)
        if rows is None:  # the driver's matches too far apart in the list: sorted
            sorted_plan = dataclasses.replace(plan, walk=None, sort_after=True)
            return plan_page(db, sorted_plan, after, limit, offset, session=session)
        return _hidden(plan, rows)
    column, order = _order(plan.query, plan.sort_after)
    stmt = select(*_ROW_COLUMNS, column)
    conditions = [plan.where] if plan.where is not None else []
    if after is not None:
        conditions.append(_after(db, column, plan.query.descending, *after))
    if conditions:
        stmt = stmt.where(and_(*conditions))
    stmt = stmt.order_by(*order).limit(limit)
    if offset:
        stmt = stmt.offset(offset)
    with _reading(db, session) as session:
        if plan.broad and db.dialect == "postgresql":
            # Every term matches many files (the probe says so): PostgreSQL estimates a
            # ``LIKE '% term%'`` at a few rows whatever the term, so it would read the
            # whole table and sort it (`301`, `él` at 1,000,000: 550-600 ms) rather than
            # walk the sort index until a page is found (90-160 ms). Not for a term
            # driven from the search index: there its own choice is better (`603` 40 ms,
            # 1.5 s walked). For this transaction only (the reader rolls back); the rows
            # found are the same.
            session.execute(text("SET LOCAL enable_sort = off"))
        elif plan.sort_after and db.dialect == "postgresql":
            # A few thousand matches to fetch by id: with its default cost of a random
            # read (4 sequential ones) and an estimate of a short term's matches several
            # times too high (30,000 for `x`'s 6,605), PostgreSQL would rather read the
            # whole table (300-450 ms) than fetch them (~150 ms). Same rows.
            session.execute(text("SET LOCAL random_page_cost = 1.1"))
        rows = [tuple(row) for row in session.execute(stmt)]
    return _hidden(plan, rows)


def _hidden(plan: ListPlan, rows: list[tuple]) -> list[tuple]:
    if plan.hide_isolated:
        rows = [r[:ROW_ISOLATED] + (False,) + r[ROW_ISOLATED + 1 :] for r in rows]
    return rows


# The entries of ix_household_list_walk read at most for the first page of a driving
# term's matches (``_walked_page``), then they are fetched and sorted. The walk passes
# about 100 * n / m entries when the matches are spread over the list (an identifier,
# a street); a surname's cluster together at its place in the alphabet.
WALK_CAP = 50_000


def _walk_bounds(plan: ListPlan) -> tuple[list[ColumnElement[bool]], ColumnElement[bool]]:
    """The conditions of a walk of ix_household_list_walk that are not text (its
    status, the agency), and whether a file's text fits in its entries."""
    base = [Household.status == plan.query.status]
    if plan.query.agency_id is not None:
        base.append(Household.agency_id == plan.query.agency_id)
    return base, func.octet_length(Household.search_text) <= LIST_WALK_TEXT


def _walked_page(
    db: Database,
    plan: ListPlan,
    after: tuple | None,
    limit: int,
    offset: int,
    session: Session | None,
) -> list[tuple] | None:
    """PostgreSQL: the rows of ``plan_page`` found by walking ix_household_list_walk in
    name order (an index-only scan: no table row read per file passed; at 1,000,000
    files `mart` 3,400 table pages before, `BX-2025-7` 9,600 rows fetched and sorted,
    see docs/benchmarks.md), then reading the page's rows. None when a driving term's
    matches were not found within ``WALK_CAP`` entries."""
    assert plan.walk is not None
    query = plan.query
    wanted = limit + offset
    column, order = _order(query, False)
    base, in_index = _walk_bounds(plan)
    if after is not None:
        base.append(_after(db, column, query.descending, *after))
    capped = not plan.broad  # a driver: its walk may be long, its matches' fetch is not
    if capped:
        hit = and_(true(), *plan.walk).label("hit")
        entries = (
            select(Household.id, column.label("key"), hit)
            .where(*base, in_index)
            .order_by(*order)
            .limit(WALK_CAP)
            .subquery()
        )
        keys = [entries.c.key, entries.c.id]
        walked = select(entries.c.id, literal(1).label("walked")).where(entries.c.hit)
        walked = walked.order_by(*[k.desc() for k in keys] if query.descending else keys)
    else:
        walked = select(Household.id, literal(1).label("walked"))
        walked = walked.where(*base, in_index, *plan.walk).order_by(*order)
    # The files whose text is too long for the index (none in practice), through theirs.
    rest = select(Household.id, literal(0)).where(*base, ~in_index, *plan.walk).order_by(*order)
    found = union_all(walked.limit(wanted), rest.limit(wanted)).subquery()
    stmt = (
        select(*_ROW_COLUMNS, column, found.c.walked)
        .join(found, found.c.id == Household.id)
        .order_by(*order)
    )
    with _reading(db, session) as session:
        # No plan here reads the whole table: PostgreSQL estimates a text condition at
        # a few rows whatever it is, and would rather read it all and sort it.
        session.execute(text("SET LOCAL enable_seqscan = off"))
        rows = [tuple(row) for row in session.execute(stmt)]
    if capped and sum(r[-1] for r in rows) < wanted:  # the walk may have stopped short
        return None
    return [r[:-1] for r in rows[offset:wanted]]


def _after(db: Database, column, descending: bool, key, last_id: int):
    """Rows after (key, last_id) in list order, as an index range (not a scan from the
    start of the list: ``a > k OR (a = k AND id > i)`` is one for neither engine)."""
    if db.dialect == "sqlite":  # row values: a seek on the (status, sort) index
        pair = tuple_(column, Household.id)
        bound = tuple_(literal(key, column.type), literal(last_id, Household.id.type))
        return pair < bound if descending else pair > bound
    if descending:
        return and_(column <= key, or_(column < key, Household.id < last_id))
    return and_(column >= key, or_(column > key, Household.id > last_id))


def next_key(row: tuple) -> tuple:
    """The keyset after ``row`` (a ``plan_page`` row)."""
    return (row[ROW_SORT_KEY], row[ROW_ID])


def plan_count(
    db: Database, plan: ListPlan, cap: int | None = -1, cancelled=None
) -> tuple[int, bool]:
    """Files matching ``plan``, counted up to ``cap`` (default ``COUNT_CAP``) when the
    query has text: (count, capped). ``cap=None`` counts them all.

    ``cancelled()``, polled while SQLite counts, stops a count nobody waits for any
    more (``CountCancelled``); on PostgreSQL the count runs to its end.
    """
    cap = COUNT_CAP if cap == -1 else cap
    inner = select(Household.id)
    if plan.where is not None:
        inner = inner.where(plan.where)
    if plan.has_text and cap is not None:
        inner = inner.limit(cap + 1)
    stmt = select(func.count()).select_from(inner.subquery())
    walked = db.dialect == "postgresql" and plan.broad and plan.has_text
    if walked and plan.walk is not None and cap is not None:
        # Broad text: its first matches counted in ix_household_list_walk, index only,
        # rather than in the table read in id order (`LGT-3` at 1,000,000: no match in
        # its first 150,000 rows, 127 ms warm, 1.85 s cold at load 6).
        base, in_index = _walk_bounds(plan)
        found = union_all(
            select(Household.id).where(*base, in_index, *plan.walk).limit(cap + 1),
            select(Household.id).where(*base, ~in_index, *plan.walk).limit(cap + 1),
        )
        stmt = select(func.count()).select_from(found.subquery())
    else:
        walked = False
    with db.reader() as session:
        if walked:
            session.execute(text("SET LOCAL enable_seqscan = off"))
        if cancelled is not None and db.dialect == "sqlite":
            raw = session.connection().connection.driver_connection
            assert raw is not None  # an open connection has its driver's connection
            # Polled every 50,000 steps of SQLite (well under a millisecond): each poll
            # takes the interpreter's lock from the GUI thread.
            raw.set_progress_handler(lambda: 1 if cancelled() else 0, 50_000)
            try:
                n = int(session.scalar(stmt) or 0)
            except OperationalError as exc:
                if cancelled():
                    raise CountCancelled() from exc
                raise
            finally:
                raw.set_progress_handler(None, 0)
        else:
            n = int(session.scalar(stmt) or 0)
    if cancelled is not None and cancelled():
        raise CountCancelled()
    if cap is not None and plan.has_text and n > cap:
        return cap, True
    return n, False


class CountCancelled(Exception):
    """A count stopped by its ``cancelled()`` (a newer search replaced it)."""


@guarded("recherche")
def search(
    db: Database,
    actor: Actor,
    query: TenantQuery,
    offset: int = 0,
    limit: int = 200,
    on: dt.date | None = None,
) -> list[TenantRow]:
    """One page of the tenant list; filtering and sorting are done by the database.

    Agency roles see their own agency's files only; roles without access to sensitive
    data get the ``isolated`` flag blanked.
    """
    plan = plan_search(db, actor, query, on)
    return [
        TenantRow(*r[:ROW_SORT_KEY]) for r in plan_page(db, plan, None, limit=limit, offset=offset)
    ]


def count(db: Database, actor: Actor, query: TenantQuery, on: dt.date | None = None) -> int:
    """Exact number of files matching ``query``."""
    return count_capped(db, actor, query, on, cap=None)[0]


@guarded("recherche")
def count_capped(
    db: Database,
    actor: Actor,
    query: TenantQuery,
    on: dt.date | None = None,
    cap: int | None = -1,
) -> tuple[int, bool]:
    """Matching files, counted up to ``cap`` (default ``COUNT_CAP``) when the query has
    text: (count, capped). ``cap=None`` counts them all."""
    return plan_count(db, plan_search(db, actor, query, on), cap)


# --------------------------------------------------------------------------- writing


def _agency_by_code(session: Session, code: str) -> Agency | None:
    return session.scalars(select(Agency).where(Agency.code == code)).one_or_none()


def search_tokens_for(data: TenantFileData) -> set[str]:
    values: list[str] = []
    for o in data.occupants:
        values += [o.last_name, o.first_name]
    dw = data.dwelling
    values += [
        data.lease.contract_number,
        dw.reference,
        dw.address_line,
        dw.address_complement,
        dw.postcode,
        dw.city,
        dw.building,
        dw.programme,
    ]
    return index_tokens(*values)


def _write_tokens(session: Session, household_id: int, data: TenantFileData) -> None:
    session.execute(delete(SearchToken).where(SearchToken.household_id == household_id))
    tokens = search_tokens_for(data)
    if tokens:
        session.execute(
            insert(SearchToken), [{"token": t, "household_id": household_id} for t in tokens]
        )


def list_columns(data: TenantFileData) -> dict:
    """The copies on the household row that the list reads, sorts and filters."""
    return {
        "search_text": " " + " ".join(sorted(search_tokens_for(data))) + " ",
        "display_name": data.display_name,
        "sort_name": fold(data.display_name),
        "contract_number": data.lease.contract_number,
        "dwelling_reference": data.dwelling.reference,
        "address": data.dwelling.address,
        "city": data.dwelling.city,
        "isolated": data.isolated,
        "balance": data.balance,
        "eldest_birth_date": data.eldest_birth_date(),
        "notes": data.notes,
    }


def _check_unique(
    session: Session, data: TenantFileData, household_id: int | None
) -> tuple[Agency, Dwelling | None]:
    errors: dict[str, Message] = {}
    agency = _agency_by_code(session, data.dwelling.agency_code)
    if agency is None:
        errors["dwelling.agency_code"] = Message(
            QT_TRANSLATE_NOOP("messages", "Agence inconnue : {code}."),
            {"code": data.dwelling.agency_code},
        )
    other = session.execute(
        select(Lease.household_id, Household.display_name)
        .join(Household, Household.id == Lease.household_id)
        .where(Lease.contract_number == data.lease.contract_number)
    ).first()
    if other is not None and other[0] != household_id:
        errors["lease.contract_number"] = Message(
            QT_TRANSLATE_NOOP(
                "messages", "Ce numéro de contrat est déjà celui du dossier de {name}."
            ),
            {"name": other[1]},
        )
    dwelling = session.scalars(
        select(Dwelling).where(Dwelling.reference == data.dwelling.reference)
    ).one_or_none()
    if dwelling is not None:
        occupant = session.execute(
            select(Household.id, Household.display_name).where(
                Household.dwelling_id == dwelling.id,
                Household.status == FileStatus.ACTIVE.value,
                Household.id != (household_id or -1),
            )
        ).first()
        if occupant is not None:
            errors["dwelling.reference"] = Message(
                QT_TRANSLATE_NOOP("messages", "Ce logement est déjà occupé (dossier de {name})."),
                {"name": occupant[1]},
            )
    if errors:
        raise ValidationError(errors)
    assert agency is not None
    return agency, dwelling


def _apply_dwelling(dw: Dwelling, data: DwellingData, agency: Agency) -> None:
    values = dataclasses.asdict(data)
    del values["agency_code"]  # the row holds the agency's id
    set_fields(dw, values)
    dw.agency_id = agency.id


def _apply_occupants(h: Household, occupants: list[OccupantData]) -> None:
    set_children(
        h.occupants,
        [{**dataclasses.asdict(data), "position": i} for i, data in enumerate(occupants)],
        Occupant,
    )


def _prepare(data: TenantFileData, on: dt.date) -> TenantFileData:
    data = normalise(data)
    validate_tenant_file(data, on)
    return data


@guarded("create")
def create_tenant_file(
    db: Database,
    actor: Actor,
    data: TenantFileData,
    *,
    event_kind: str = EVENT_CREATED,
    session: Session | None = None,
) -> int:
    """Create a tenant file with its lease and dwelling; return its id."""
    authz.require(actor, Permission.TENANT_WRITE, entity=ENTITY)
    data = _prepare(data, today())
    if session is None:
        with db.transaction() as s:
            return _create(s, actor, data, event_kind)
    return _create(session, actor, data, event_kind)


def _create(session: Session, actor: Actor, data: TenantFileData, event_kind: str) -> int:
    agency, dwelling = _check_unique(session, data, None)
    authz.require_agency(actor, Permission.TENANT_WRITE, agency.id, entity=ENTITY)
    if dwelling is None:
        dwelling = Dwelling()
        session.add(dwelling)
    _apply_dwelling(dwelling, data.dwelling, agency)
    stamp = now()
    h = Household(
        status=FileStatus.ACTIVE.value,
        agency_id=agency.id,
        dwelling=dwelling,
        opened_on=today(),
        created_at=stamp,
        created_by=actor.username,
        updated_at=stamp,
        updated_by=actor.username,
        **list_columns(data),
    )
    session.add(h)
    _apply_occupants(h, data.occupants)
    h.lease = Lease(**dataclasses.asdict(data.lease))
    try:
        session.flush()
    except IntegrityError as exc:  # a concurrent insert of the same contract or dwelling
        raise ConflictError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Un autre poste vient d'enregistrer le même contrat ou logement ; rien n'a été enregistré.",
                )
            )
        ) from exc
    _write_tokens(session, h.id, data)
    timeline.add_event(session, h.id, event_kind, "", actor, stamp)
    audit.record(session, actor, "create", ENTITY, h.id, None, data)
    return h.id


CHANGED_BY = QT_TRANSLATE_NOOP(
    "messages",
    "Ce dossier a été modifié par {user} le {date} à {time} depuis que vous l'avez "
    "ouvert. Vos changements n'ont pas été enregistrés : rechargez le dossier pour "
    "voir la version actuelle.",
)


def _conflict(h: Household) -> ConflictError:
    return conflict_of(h, CHANGED_BY)


def _writing_file(db: Database, household_id: int):
    """The transaction of a change to a file (a concurrent save: the conflict naming
    who saved)."""
    return writing(db, reloaded(db, lambda s: _load(s, household_id), _conflict))


def _file_for_write(
    session: Session,
    actor: Actor,
    permission: Permission,
    household_id: int,
    expected_version: int,
) -> Household:
    """The file locked for a change: in the actor's agency, still at the version he
    read (else the conflict naming who saved in between)."""
    h = _load(session, household_id, for_update=True)
    authz.require_agency(actor, permission, h.agency_id, entity=ENTITY, entity_id=household_id)
    if h.version != expected_version:
        raise _conflict(h)
    return h


def changed_fields(before: TenantFileData, after: TenantFileData) -> list[str]:
    """Paths of the fields that differ, for the timeline and the audit trail."""
    a, b = audit.to_jsonable(before), audit.to_jsonable(after)
    out = []
    for section in ("lease", "dwelling"):
        out += [f"{section}.{k}" for k in a[section] if a[section][k] != b[section].get(k)]
    for key in ("isolated", "balance", "notes"):
        if a[key] != b[key]:
            out.append(key)
    if a["occupants"] != b["occupants"]:
        out.append("occupants")
    return out


@guarded("update")
def update_tenant_file(
    db: Database, actor: Actor, household_id: int, data: TenantFileData, expected_version: int
) -> int:
    """Save an edited tenant file read at ``expected_version``; return the new version.

    Refused with a ``ConflictError`` naming who saved in between if the file changed
    since it was read.
    """
    authz.require(actor, Permission.TENANT_WRITE, entity=ENTITY, entity_id=household_id)
    data = _prepare(data, today())
    with _writing_file(db, household_id) as session:
        h = _file_for_write(session, actor, Permission.TENANT_WRITE, household_id, expected_version)
        if h.status != FileStatus.ACTIVE.value:
            raise ValidationError(
                {},
                Message(QT_TRANSLATE_NOOP("messages", "Un dossier clos ne peut pas être modifié.")),
            )
        before = _to_data(h)
        changes = changed_fields(before, data)
        if not changes:
            return h.version
        agency, dwelling = _check_unique(session, data, household_id)
        authz.require_agency(
            actor, Permission.TENANT_WRITE, agency.id, entity=ENTITY, entity_id=household_id
        )
        if dwelling is None:  # moved to a dwelling not known yet
            dwelling = Dwelling()
            session.add(dwelling)
        _apply_dwelling(dwelling, data.dwelling, agency)
        h.dwelling = dwelling
        h.agency_id = agency.id
        for key, value in list_columns(data).items():
            setattr(h, key, value)
        _apply_occupants(h, data.occupants)
        lease = h.lease
        for key, value in dataclasses.asdict(data.lease).items():
            if getattr(lease, key) != value:
                setattr(lease, key, value)
        stamp = now()
        h.updated_at = stamp
        h.updated_by = actor.username
        session.flush()
        _write_tokens(session, h.id, data)
        timeline.add_event(session, h.id, EVENT_EDITED, ", ".join(changes), actor, stamp)
        audit.record(session, actor, "update", ENTITY, h.id, before, data)
        session.flush()
        return h.version


@guarded("close")
def close_tenant_file(
    db: Database,
    actor: Actor,
    household_id: int,
    expected_version: int,
    closed_on: dt.date,
    reason: str,
) -> int:
    """Close a tenant file (departure): it leaves the active list; its data stays."""
    authz.require(actor, Permission.TENANT_CLOSE, entity=ENTITY, entity_id=household_id)
    reason = " ".join(reason.split())
    errors: dict[str, Message] = {}
    if not reason:
        errors["close_reason"] = Message(
            QT_TRANSLATE_NOOP("messages", "Indiquez le motif de clôture.")
        )
    elif len(reason) > 200:
        errors["close_reason"] = too_long(200)
    if closed_on is None or closed_on > today() + dt.timedelta(days=366):
        errors["closed_on"] = Message(
            QT_TRANSLATE_NOOP("messages", "La date de clôture n'est pas plausible.")
        )
    if errors:
        raise ValidationError(errors)
    with _writing_file(db, household_id) as session:
        h = _file_for_write(session, actor, Permission.TENANT_CLOSE, household_id, expected_version)
        if h.status == FileStatus.CLOSED.value:
            raise ValidationError(
                {}, Message(QT_TRANSLATE_NOOP("messages", "Ce dossier est déjà clos."))
            )
        if closed_on < h.lease.start_date:
            raise ValidationError(
                {
                    "closed_on": Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "La clôture ne peut pas précéder le début du bail."
                        )
                    )
                }
            )
        before = {"status": h.status}
        stamp = now()
        h.status = FileStatus.CLOSED.value
        h.closed_on = closed_on
        h.close_reason = reason
        h.updated_at = stamp
        h.updated_by = actor.username
        timeline.add_event(session, h.id, EVENT_CLOSED, reason, actor, stamp)
        audit.record(
            session,
            actor,
            "close",
            ENTITY,
            h.id,
            before,
            {"status": h.status, "closed_on": closed_on, "reason": reason},
        )
        session.flush()
        return h.version


def restore_tenant_file(
    db: Database, actor: Actor, household_id: int, data: TenantFileData, expected_version: int
) -> int:
    """Put back an earlier state of a file (the GUI's undo): an audited update."""
    return update_tenant_file(db, actor, household_id, data, expected_version)
