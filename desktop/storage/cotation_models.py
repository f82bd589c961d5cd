"""Tables of issue 17: cotation grids (one row per EPCI grid version, its criteria),
each candidate's cotation (facts typed for it, computed score and its detail, the
register's own score), allocations reported to the national register (SNE), the
attribution-target settings per EPCI and year (first-quartile threshold, rates), and
convocations / e-mails sent to members.

Registered on ``Base.metadata`` when imported (``models.full_metadata`` imports it too).
The dwelling's own data for the targets (financing, QPV, reservation holder, EPCI)
are columns of ``dwelling``.
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
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.storage.models import Base, Stamped, cascade_key
from desktop.storage.types import FixedDecimal, Money

_M = "desktop.storage.cotation_models."


class CotationGrid(Base):
    """One version of an EPCI's cotation grid (desktop.domain.cotation.Grid)."""

    __tablename__ = "cotation_grid"
    __table_args__ = (UniqueConstraint("epci", "version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    epci: Mapped[str] = mapped_column(String(160), index=True)
    name: Mapped[str] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer, default=1)
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    example: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(80))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(String(80))
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    criteria: Mapped[list[CotationCriterion]] = relationship(
        back_populates="grid",
        cascade="all, delete-orphan",
        order_by=f"({_M}CotationCriterion.position, {_M}CotationCriterion.id)",
    )
    __mapper_args__ = {"version_id_col": row_version}


class CotationCriterion(Base):
    __tablename__ = "cotation_criterion"
    __table_args__ = (UniqueConstraint("grid_id", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    grid_id: Mapped[int] = cascade_key("cotation_grid")
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(30))
    points: Mapped[Decimal] = mapped_column(FixedDecimal(2))
    cap: Mapped[Decimal | None] = mapped_column(FixedDecimal(2), nullable=True)
    parameter: Mapped[str] = mapped_column(String(80), default="")

    grid: Mapped[CotationGrid] = relationship(back_populates="criteria")


class CandidateCotation(Stamped, Base):
    """A candidate's cotation: the facts typed for it, the score computed with the grid
    in force on the session's date and its detail, and the register's own score."""

    __tablename__ = "cotation_candidate"
    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = cascade_key("caleol_candidate", unique=True)
    # HousingSituation code; households rehoused by urban renewal (targets).
    housing_situation: Mapped[str] = mapped_column(String(30), default="")
    urban_renewal: Mapped[bool] = mapped_column(Boolean, default=False)
    # {code: {"granted": bool, "reason": str, "units": int|None}}
    manual: Mapped[Any] = mapped_column(JSON, default=dict)
    grid_id: Mapped[int | None] = mapped_column(
        ForeignKey("cotation_grid.id", ondelete="SET NULL"), nullable=True, index=True
    )
    computed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    total: Mapped[Decimal | None] = mapped_column(FixedDecimal(2), nullable=True)
    detail: Mapped[Any] = mapped_column(JSON, nullable=True)
    register_score: Mapped[Decimal | None] = mapped_column(FixedDecimal(2), nullable=True)
    register_differs: Mapped[bool] = mapped_column(Boolean, default=False)

    grid: Mapped[CotationGrid | None] = relationship()


class SneExport(Base):
    """An allocation reported to the national register (one row per candidate)."""

    __tablename__ = "sne_export"
    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = cascade_key("caleol_candidate", unique=True)
    numero_unique: Mapped[str] = mapped_column(String(30), index=True)
    batch_id: Mapped[str] = mapped_column(String(36), index=True)
    file_name: Mapped[str] = mapped_column(String(260), default="")
    exported_at: Mapped[dt.datetime] = mapped_column(DateTime)
    exported_by: Mapped[str] = mapped_column(String(80))


class TargetSetting(Stamped, Base):
    """Per EPCI and year: the first-quartile threshold (annual resources per consumption
    unit, set by ministerial arrêté) and the rates to reach (percent)."""

    __tablename__ = "attribution_target_setting"
    __table_args__ = (UniqueConstraint("epci", "year"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    epci: Mapped[str] = mapped_column(String(160))
    year: Mapped[int] = mapped_column(Integer)
    first_quartile_amount: Mapped[Decimal | None] = mapped_column(Money(), nullable=True)
    source: Mapped[str] = mapped_column(String(200), default="")
    rate_first_quartile_outside_qpv: Mapped[Decimal] = mapped_column(
        FixedDecimal(2), default=Decimal(25)
    )
    rate_other_quartiles_in_qpv: Mapped[Decimal] = mapped_column(
        FixedDecimal(2), default=Decimal(50)
    )
    rate_priority_per_holder: Mapped[Decimal] = mapped_column(FixedDecimal(2), default=Decimal(25))


class MemberMessage(Base):
    """A convocation or notification sent (or attempted) to a commission member."""

    __tablename__ = "caleol_member_message"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = cascade_key("caleol_session")
    member_id: Mapped[int] = cascade_key("caleol_member")
    # CONVOCATION or PV_RELECTURE.
    kind: Mapped[str] = mapped_column(String(20))
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("document.id", ondelete="SET NULL"), nullable=True
    )
    email: Mapped[str] = mapped_column(String(160), default="")
    # SENT, FAILED, NO_EMAIL (document produced, to be handed or posted).
    status: Mapped[str] = mapped_column(String(10))
    error: Mapped[str] = mapped_column(Text, default="")
    message_id: Mapped[str] = mapped_column(String(200), default="")
    sent_at: Mapped[dt.datetime] = mapped_column(DateTime)
    sent_by: Mapped[str] = mapped_column(String(80))


class AdaptedRefusal(Base):
    """A refused offer qualified for the cotation (migration 0017): was the dwelling
    adapted to the household, was the refusal legitimate, and why. Only the refusals
    of an adapted dwelling without a legitimate reason feed the grid's criterion
    (``CriterionSource.ADAPTED_REFUSAL``); the others are kept as the trace of the
    decision. Keyed by the applicant's numéro unique (his applications in other
    sessions see it); linked to the CALEOL candidate whose offer was refused, if any."""

    __tablename__ = "cotation_refusal"
    id: Mapped[int] = mapped_column(primary_key=True)
    numero_unique: Mapped[str] = mapped_column(String(30), index=True)
    refused_on: Mapped[dt.date] = mapped_column(Date)
    dwelling: Mapped[str] = mapped_column(String(200), default="")
    candidate_id: Mapped[int | None] = mapped_column(
        ForeignKey("caleol_candidate.id", ondelete="SET NULL"), nullable=True, unique=True
    )
    adapted: Mapped[bool] = mapped_column(Boolean)
    legitimate: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str] = mapped_column(Text)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)
    recorded_by: Mapped[str] = mapped_column(String(80))
