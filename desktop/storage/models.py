"""Database tables (SQLAlchemy 2 typed ORM).

Every editable row has a ``version`` column used for optimistic locking: SQLAlchemy
adds ``WHERE version = :old`` to each UPDATE and the services compare the version a
user read with the current one before writing.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

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


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Agency(Base):
    __tablename__ = "agency"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    city: Mapped[str] = mapped_column(String(80), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}


class AppUser(Base):
    __tablename__ = "app_user"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    full_name: Mapped[str] = mapped_column(String(160), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Dwelling(Base):
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
    version: Mapped[int] = mapped_column(Integer, default=1)
    agency: Mapped[Agency] = relationship()
    __mapper_args__ = {"version_id_col": version}


class Household(Base):
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
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(80))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(String(80))
    version: Mapped[int] = mapped_column(Integer, default=1)

    agency: Mapped[Agency] = relationship()
    dwelling: Mapped[Dwelling] = relationship()
    occupants: Mapped[list["Occupant"]] = relationship(
        back_populates="household", cascade="all, delete-orphan", order_by="Occupant.position"
    )
    lease: Mapped["Lease"] = relationship(
        back_populates="household", cascade="all, delete-orphan", uselist=False
    )
    __mapper_args__ = {"version_id_col": version}


class Occupant(Base):
    __tablename__ = "occupant"
    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(
        ForeignKey("household.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    civility: Mapped[str] = mapped_column(String(4), default="")
    last_name: Mapped[str] = mapped_column(String(80))
    first_name: Mapped[str] = mapped_column(String(80), default="")
    birth_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(160), default="")
    is_titular: Mapped[bool] = mapped_column(Boolean, default=True)
    disability: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)
    household: Mapped[Household] = relationship(back_populates="occupants")
    __mapper_args__ = {"version_id_col": version}


class Lease(Base):
    __tablename__ = "lease"
    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(
        ForeignKey("household.id", ondelete="CASCADE"), unique=True
    )
    contract_number: Mapped[str] = mapped_column(String(40), unique=True)
    start_date: Mapped[dt.date] = mapped_column(Date)
    rent: Mapped[Decimal] = mapped_column(Money())
    charges: Mapped[Decimal] = mapped_column(Money())
    zone_tendue: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)
    household: Mapped[Household] = relationship(back_populates="lease")
    __mapper_args__ = {"version_id_col": version}


class SearchToken(Base):
    """Prefix-search index: one row per (word, tenant file)."""

    __tablename__ = "search_token"
    token: Mapped[str] = mapped_column(token_type(), primary_key=True)
    household_id: Mapped[int] = mapped_column(
        ForeignKey("household.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class TimelineEvent(Base):
    __tablename__ = "timeline_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(
        ForeignKey("household.id", ondelete="CASCADE"), index=True
    )
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


Index("ix_household_status_sort_name", Household.status, Household.sort_name)
Index("ix_audit_event_entity", AuditEvent.entity, AuditEvent.entity_id)
Index("ix_timeline_household_time", TimelineEvent.household_id, TimelineEvent.occurred_at)
