"""Database tables (SQLAlchemy 2 typed ORM).

Every editable row has a ``version`` column used for optimistic locking: SQLAlchemy
adds ``WHERE version = :old`` to each UPDATE and the services compare the version a
user read with the current one before writing.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    text,
)
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    MappedColumn,
    declared_attr,
    mapped_column,
    relationship,
)

from desktop.storage.types import FixedDecimal, Money

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def token_type() -> String:
    # Byte-wise ordering on PostgreSQL so that range scans are prefix scans.
    return String(64).with_variant(String(64, collation="C"), "postgresql")


def cascade_key(table: str, *, unique: bool = False) -> MappedColumn[Any]:
    """The key of a row that belongs to a row of ``table``: deleted with it (ON DELETE
    CASCADE), indexed, or unique (one such row at most)."""
    if unique:
        return mapped_column(ForeignKey(f"{table}.id", ondelete="CASCADE"), unique=True)
    return mapped_column(ForeignKey(f"{table}.id", ondelete="CASCADE"), index=True)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    # Every model here is mapped to one plain table (no joined or custom selectables), so
    # Core statements over ``Model.__table__`` are typed as over a Table.
    __table__: ClassVar[Table]


class Versioned:
    """An editable row's version, checked by each update (optimistic locking): a change
    made meanwhile by someone else is refused (``services.write.check_version``)."""

    version: Mapped[int] = mapped_column(Integer, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}


class Stamped(Versioned):
    """A ``Versioned`` row that also keeps who changed it last, and when (``write.touch``)."""

    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(String(80))


class Agency(Versioned, Base):
    __tablename__ = "agency"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    city: Mapped[str] = mapped_column(String(80), default="")


SIGN_IN = "sign_in"


def _sign_in(*args: Any, **kwargs: Any) -> Any:
    return mapped_column(*args, deferred=True, deferred_group=SIGN_IN, **kwargs)


class AppUser(Versioned, Base):
    """A named account: argon2 password hash, one role, an agency for agency roles."""

    __tablename__ = "app_user"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    full_name: Mapped[str] = mapped_column(String(160), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # Empty: no password set, the account cannot sign in. Loaded only when used: on a
    # server with login roles (storage/server_roles.py) only administrators may read it.
    password_hash: Mapped[str] = mapped_column(String(255), default="", deferred=True)
    role: Mapped[str] = mapped_column(String(30), default="AGENT")
    agency_id: Mapped[int | None] = mapped_column(
        ForeignKey("agency.id"), nullable=True, index=True
    )
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The sign-in bookkeeping, loaded when used (group SIGN_IN): on a server only
    # administrators and auditors read it, each account its own row's through a
    # function (storage/server_roles.load_own_account).
    # Windows/Unix login allowed to run command-line tasks as this account.
    os_login: Mapped[str | None] = _sign_in(String(80), nullable=True, unique=True)
    failed_attempts: Mapped[int] = _sign_in(Integer, default=0)
    locked_at: Mapped[dt.datetime | None] = _sign_in(DateTime, nullable=True)
    last_login_at: Mapped[dt.datetime | None] = _sign_in(DateTime, nullable=True)
    password_changed_at: Mapped[dt.datetime | None] = _sign_in(DateTime, nullable=True)
    must_change_password: Mapped[bool] = _sign_in(Boolean, default=False)
    agency: Mapped[Agency | None] = relationship()


class AppSetting(Stamped, Base):
    """An organisation-wide setting (retention periods, lock-out...), JSON value."""

    __tablename__ = "app_setting"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)


class Dwelling(Versioned, Base):
    __tablename__ = "dwelling"
    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    address_line: Mapped[str] = mapped_column(String(120))
    address_complement: Mapped[str] = mapped_column(String(120), default="")
    postcode: Mapped[str] = mapped_column(String(5))
    city: Mapped[str] = mapped_column(String(80))
    dwelling_type: Mapped[str] = mapped_column(String(2))
    surface: Mapped[Decimal | None] = mapped_column(FixedDecimal(2), nullable=True)
    floor: Mapped[int | None] = mapped_column(Integer, nullable=True)
    building: Mapped[str] = mapped_column(String(80), default="")
    programme: Mapped[str] = mapped_column(String(80), default="")
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id"), index=True)
    # Attribution targets and gestion en flux (issue 17, migration 0014).
    financing: Mapped[str] = mapped_column(String(20), default="")  # PLAI, PLUS, PLS, PLI
    in_qpv: Mapped[bool] = mapped_column(Boolean, default=False)
    reservation_holder: Mapped[str] = mapped_column(String(120), default="")
    epci: Mapped[str] = mapped_column(String(160), default="")
    agency: Mapped[Agency] = relationship()


class Household(Stamped, Base):
    """A tenant file (dossier locataire). List columns are copied here for speed."""

    __tablename__ = "household"
    id: Mapped[int] = mapped_column(primary_key=True)
    status: Mapped[str] = mapped_column(String(10), default="ACTIF", index=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id"), index=True)
    dwelling_id: Mapped[int] = mapped_column(ForeignKey("dwelling.id"), index=True)
    display_name: Mapped[str] = mapped_column(String(170))
    sort_name: Mapped[str] = mapped_column(String(170), index=True)
    contract_number: Mapped[str] = mapped_column(String(40), index=True)
    dwelling_reference: Mapped[str] = mapped_column(String(40), index=True)
    address: Mapped[str] = mapped_column(String(260))
    city: Mapped[str] = mapped_column(String(80), index=True)
    isolated: Mapped[bool] = mapped_column(Boolean, default=False)
    balance: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"), index=True)
    eldest_birth_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    # The search tokens, space-separated with a leading and trailing space, so that a
    # second search term is checked as a word prefix with LIKE '% term%'.
    search_text: Mapped[str] = mapped_column(Text, default="")
    opened_on: Mapped[dt.date] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    close_reason: Mapped[str] = mapped_column(String(200), default="")
    # Set by the retention purge: the personal data were replaced.
    anonymised_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(80))

    agency: Mapped[Agency] = relationship()
    dwelling: Mapped[Dwelling] = relationship()
    occupants: Mapped[list[Occupant]] = relationship(
        back_populates="household", cascade="all, delete-orphan", order_by="Occupant.position"
    )
    lease: Mapped[Lease] = relationship(
        back_populates="household", cascade="all, delete-orphan", uselist=False
    )


class Occupant(Versioned, Base):
    __tablename__ = "occupant"
    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = cascade_key("household")
    position: Mapped[int] = mapped_column(Integer, default=0)
    civility: Mapped[str] = mapped_column(String(4), default="")
    last_name: Mapped[str] = mapped_column(String(80))
    first_name: Mapped[str] = mapped_column(String(80), default="")
    birth_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(160), default="")
    is_titular: Mapped[bool] = mapped_column(Boolean, default=True)
    disability: Mapped[bool] = mapped_column(Boolean, default=False)
    # Correspondence address of a holder who no longer lives in the dwelling (migration
    # 0023, docs/domain.md#correspondence-address); empty: the dwelling's.
    mail_address_line: Mapped[str] = mapped_column(String(120), default="")
    mail_address_complement: Mapped[str] = mapped_column(String(120), default="")
    mail_postcode: Mapped[str] = mapped_column(String(5), default="")
    mail_city: Mapped[str] = mapped_column(String(80), default="")
    household: Mapped[Household] = relationship(back_populates="occupants")


class Lease(Versioned, Base):
    __tablename__ = "lease"
    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = cascade_key("household", unique=True)
    contract_number: Mapped[str] = mapped_column(String(40), unique=True)
    start_date: Mapped[dt.date] = mapped_column(Date)
    rent: Mapped[Decimal] = mapped_column(Money())
    charges: Mapped[Decimal] = mapped_column(Money())
    zone_tendue: Mapped[bool] = mapped_column(Boolean, default=False)
    household: Mapped[Household] = relationship(back_populates="lease")


class SearchToken(Base):
    """Prefix-search index: one row per (word, tenant file)."""

    __tablename__ = "search_token"
    # (household_id, token): a file's words (rewritten at each save), and whether one
    # file has a word in a term's range in one probe (PostgreSQL checks a list read in
    # sort order against a rare term that way, see docs/benchmarks.md).
    __table_args__ = (Index("ix_search_token_household_id_token", "household_id", "token"),)
    token: Mapped[str] = mapped_column(token_type(), primary_key=True)
    household_id: Mapped[int] = mapped_column(
        ForeignKey("household.id", ondelete="CASCADE"), primary_key=True
    )


class TimelineEvent(Base):
    __tablename__ = "timeline_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = cascade_key("household")
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(40))
    summary: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(80))


class AuditEvent(Base):
    """Append-only record of who did what, with the state before and after."""

    __tablename__ = "audit_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    actor: Mapped[str] = mapped_column(String(80), index=True)
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    before: Mapped[Any] = mapped_column(JSON, nullable=True)
    after: Mapped[Any] = mapped_column(JSON, nullable=True)
    # Hash chain (storage/chain.py): rank, hash of the previous event, own hash.
    seq: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    prev_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    hash: Mapped[str | None] = mapped_column(String(64), nullable=True)


class HouseholdKey(Base):
    """The key that encrypts the personal data of a household's audit snapshots
    (storage/shred.py); the retention purge deletes it."""

    __tablename__ = "household_key"
    household_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    key: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class AuditChainHead(Base):
    """The chain's head, one row: the last rank and hash. Locked (UPDATE) by each
    transaction that appends events, which serialises appends on both engines."""

    __tablename__ = "audit_chain"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, default=0)
    last_hash: Mapped[str] = mapped_column(String(64))


Index("ix_household_status_sort_name", Household.status, Household.sort_name)
# PostgreSQL only (migration 0019): the tenant list walked in name order without
# reading the table, the search text at hand (services/tenants.py, ``plan_page``).
# Partial: an index entry holds at most 2,704 bytes, the search text of a file with a
# longer one is walked through the second, empty in practice.
LIST_WALK_TEXT = 1800


def _declare_postgresql_indexes() -> None:
    """Declare the PostgreSQL-only indexes of the tenant list's walk. Only the schema's
    comparisons and copies need them (``full_metadata``): declared at import, their
    ``postgresql_*`` options would load SQLAlchemy's PostgreSQL dialect at every start,
    SQLite's included (issue 19). Idempotent."""
    if any(index.name == "ix_household_list_walk" for index in Household.__table__.indexes):
        return
    Index(
        "ix_household_list_walk",
        Household.status,
        Household.sort_name,
        Household.id,
        postgresql_include=["agency_id", "search_text"],
        postgresql_where=text(f"octet_length(search_text) <= {LIST_WALK_TEXT}"),
    ).ddl_if(dialect="postgresql")
    Index(
        "ix_household_list_walk_long",
        Household.status,
        Household.sort_name,
        Household.id,
        postgresql_where=text(f"octet_length(search_text) > {LIST_WALK_TEXT}"),
    ).ddl_if(dialect="postgresql")


Index("ix_audit_event_entity", AuditEvent.entity, AuditEvent.entity_id)
Index("ix_audit_event_action", AuditEvent.action)
Index("uq_audit_event_seq", AuditEvent.seq, unique=True)
Index("ix_timeline_household_time", TimelineEvent.household_id, TimelineEvent.occurred_at)


# --------------------------------------------------------------------------- documents (issue 3)
# The document register: every letter produced, with its files' SHA-256.


class DocumentRecord(Base):
    """One generated document (a letter: its DOCX and, when made, its PDF)."""

    __tablename__ = "document"
    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int | None] = mapped_column(
        ForeignKey("household.id", ondelete="CASCADE"), nullable=True, index=True
    )
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    template_name: Mapped[str] = mapped_column(String(80))
    template_version: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(String(300), default="")
    docx_path: Mapped[str] = mapped_column(String(500))
    docx_sha256: Mapped[str] = mapped_column(String(64))
    pdf_path: Mapped[str] = mapped_column(String(500), default="")
    pdf_sha256: Mapped[str] = mapped_column(String(64), default="")
    signed: Mapped[bool] = mapped_column(Boolean, default=False)
    signer: Mapped[str] = mapped_column(String(200), default="")
    registered_mail: Mapped[bool] = mapped_column(Boolean, default=False)
    batch_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    created_by: Mapped[str] = mapped_column(String(80))
    # The CALEOL candidate a decision or offer letter is addressed to (migration 0020),
    # for the retention purge of his candidature; no foreign key (the register's lines
    # never change but for the purge's emptying).
    candidate_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)


# --------------------------------------------------------------------------- notices (issue 4)
# The tenant's notice (congé) on a tenant file, its exceptions and the exit.


class Notice(Stamped, Base):
    """A tenant's notice: entry, computed end date and its explanation, exit, deposit."""

    __tablename__ = "notice"
    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = cascade_key("household")
    status: Mapped[str] = mapped_column(String(10), default="EN_COURS", index=True)
    delivery_mode: Mapped[str] = mapped_column(String(30))
    sent_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    presented_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    received_on: Mapped[dt.date] = mapped_column(Date)
    requested_departure: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    ground: Mapped[str] = mapped_column(String(40), default="AUCUN")
    proof_received_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    proof_document: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # The lease holders who gave the notice ([{"civility", "first_name", "last_name"}];
    # empty: all of them) and what binds them (docs/domain.md#notice-cotenants).
    given_by: Mapped[Any] = mapped_column(JSON, default=list)
    cotenant_bond: Mapped[str] = mapped_column(String(30), default="")
    # Computed from the above and the exceptions (desktop.domain.notice_case).
    applied_months: Mapped[int] = mapped_column(Integer)
    end_date: Mapped[dt.date] = mapped_column(Date)
    end_date_if_proof: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    departure_on: Mapped[dt.date] = mapped_column(Date, index=True)
    # The steps of the computation: [{"template": ..., "params": {...}}, ...]
    explanation: Mapped[Any] = mapped_column(JSON)
    # Exit.
    exit_inventory_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    inventory_matches: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    inventory_scheduled_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    keys_returned_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    keys_return_mode: Mapped[str] = mapped_column(String(30), default="")
    deposit_due_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    deposit_returned_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(80))

    household: Mapped[Household] = relationship()
    exceptions: Mapped[list[NoticeException]] = relationship(
        back_populates="notice", cascade="all, delete-orphan", order_by="NoticeException.id"
    )


class NoticeException(Base):
    """A decision departing from the ordinary course of a notice (postponement, keys
    without exit inventory, reduced notice without proof, withdrawal)."""

    __tablename__ = "notice_exception"
    id: Mapped[int] = mapped_column(primary_key=True)
    notice_id: Mapped[int] = cascade_key("notice")
    kind: Mapped[str] = mapped_column(String(20))
    decided_on: Mapped[dt.date] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(String(120))
    reason: Mapped[str] = mapped_column(Text)
    # Postponement: the new departure date and the agreement's signature date.
    new_departure_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    agreement_signed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # Keys without exit inventory: when the keys came back, the inventory planned.
    keys_returned_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    inventory_scheduled_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)
    recorded_by: Mapped[str] = mapped_column(String(80))
    notice: Mapped[Notice] = relationship(back_populates="exceptions")


# --------------------------------------------------------------------------- payment plans (issue 5)
# Payment-deferral agreements on a tenant file: terms and parties, schedule, payments,
# follow-ups after a breach (desktop.domain.plans, desktop.services.plans).


class PaymentPlan(Stamped, Base):
    """A payment-deferral agreement (plan d'apurement, report, protocole…)."""

    __tablename__ = "payment_plan"
    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = cascade_key("household")
    plan_type: Mapped[str] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(12), index=True)
    debt: Mapped[Decimal] = mapped_column(Money())
    debt_on: Mapped[dt.date] = mapped_column(Date)
    current_rent: Mapped[Decimal] = mapped_column(Money())
    current_charges: Mapped[Decimal] = mapped_column(Money())
    start_on: Mapped[dt.date] = mapped_column(Date)
    months: Mapped[int | None] = mapped_column(Integer, nullable=True)
    monthly: Mapped[Decimal | None] = mapped_column(Money(), nullable=True)
    day: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # Parties besides the tenant and the landlord.
    aid_body: Mapped[str] = mapped_column(String(3), default="")
    aid_reference: Mapped[str] = mapped_column(String(40), default="")
    aid_to_landlord: Mapped[bool] = mapped_column(Boolean, default=False)
    aid_approved_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    fsl: Mapped[bool] = mapped_column(Boolean, default=False)
    fsl_amount: Mapped[Decimal | None] = mapped_column(Money(), nullable=True)
    ccas: Mapped[bool] = mapped_column(Boolean, default=False)
    ccas_amount: Mapped[Decimal | None] = mapped_column(Money(), nullable=True)
    # A contributor's promise withdrawn after the signature: when, from when the tenants
    # owe what it would have paid, why (docs/domain.md#plans).
    fsl_withdrawn_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    fsl_owed_from: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    fsl_withdrawal_reason: Mapped[str] = mapped_column(String(200), default="")
    ccas_withdrawn_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    ccas_owed_from: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    ccas_withdrawal_reason: Mapped[str] = mapped_column(String(200), default="")
    landlord_signatory: Mapped[str] = mapped_column(String(120), default="")
    # Protocole (CCH L353-15-2 / L442-6-5).
    judgment_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    end_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    new_lease_months: Mapped[int | None] = mapped_column(Integer, nullable=True)
    avenant_signed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    avenant_end_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    new_lease_due_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # Breach rule.
    breach_missed: Mapped[int] = mapped_column(Integer)
    breach_rent_unpaid: Mapped[bool] = mapped_column(Boolean, default=False)
    payments_cover_rent: Mapped[bool] = mapped_column(Boolean, default=True)
    grace_days: Mapped[int] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Workflow dates.
    proposed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    signed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    breached_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    closed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status_reason: Mapped[str] = mapped_column(String(200), default="")
    summons_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # Summary, recomputed with every change (read by the arrears list).
    paid_total: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))
    remaining: Mapped[Decimal] = mapped_column(Money())
    next_due_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # The earliest day the tenants owe an instalment from, and the contributors whose
    # promised payment covers the oldest one ("FSL", "FSL,CCAS"; "": none).
    tenants_due_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    awaited_from: Mapped[str] = mapped_column(String(12), default="")
    # When time alone may next change the plan (an instalment becoming unpaid…).
    next_check_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    unpaid_count: Mapped[int] = mapped_column(Integer, default=0)
    next_follow_up: Mapped[str] = mapped_column(String(30), default="")
    next_follow_up_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(80))

    household: Mapped[Household] = relationship()
    instalments: Mapped[list[PlanInstalment]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanInstalment.number"
    )
    payments: Mapped[list[PlanPayment]] = relationship(
        back_populates="plan",
        cascade="all, delete-orphan",
        order_by="(PlanPayment.paid_on, PlanPayment.id)",
    )
    follow_ups: Mapped[list[PlanFollowUp]] = relationship(
        back_populates="plan",
        cascade="all, delete-orphan",
        order_by="(PlanFollowUp.due_on, PlanFollowUp.id)",
    )


class PlanInstalment(Base):
    __tablename__ = "payment_plan_instalment"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = cascade_key("payment_plan")
    number: Mapped[int] = mapped_column(Integer)
    due_on: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money())
    plan: Mapped[PaymentPlan] = relationship(back_populates="instalments")


class PlanPayment(Base):
    """A payment by the tenant while the plan runs, typed in or imported."""

    __tablename__ = "payment_plan_payment"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = cascade_key("payment_plan")
    paid_on: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money())
    reference: Mapped[str] = mapped_column(String(80), default="")
    source: Mapped[str] = mapped_column(String(10))
    source_file: Mapped[str] = mapped_column(String(200), default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)
    recorded_by: Mapped[str] = mapped_column(String(80))
    plan: Mapped[PaymentPlan] = relationship(back_populates="payments")


class PlanFollowUp(Base):
    """An action a breach (or a respected protocole) calls for, with its due date."""

    __tablename__ = "payment_plan_follow_up"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = cascade_key("payment_plan")
    kind: Mapped[str] = mapped_column(String(30))
    due_on: Mapped[dt.date] = mapped_column(Date)
    done_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    channel: Mapped[str] = mapped_column(String(20), default="")
    outcome: Mapped[str] = mapped_column(String(200), default="")
    done_by: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    plan: Mapped[PaymentPlan] = relationship(back_populates="follow_ups")


# --------------------------------------------------------------------------- feature modules
# Tables of later features live in their own modules (one per feature), which register
# on Base.metadata when imported: code that uses a feature's tables imports its module.
# They are not imported here: the tenant list, the first thing shown, needs none of
# them, and their classes take longer to declare and configure than the list takes to
# read its first page (issue 19). What needs the whole schema calls ``full_metadata``.
FEATURE_MODULES = (
    "desktop.storage.caleol_models",
    "desktop.storage.campaign_models",
    "desktop.storage.cotation_models",
    "desktop.storage.crisis_models",
    "desktop.storage.minutes_models",
)


def full_metadata() -> MetaData:
    """``Base.metadata`` holding every table of the application (the feature modules
    imported): for migrations and schema comparisons."""
    import importlib

    for name in FEATURE_MODULES:
        importlib.import_module(name)
    _declare_postgresql_indexes()
    return Base.metadata
