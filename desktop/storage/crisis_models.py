"""The crisis protocol signed with the tenant associations (issue 13): the protocol's
free fields (the template's: title, frame, period, measures...), one row per signatory
association with who signed for it and when, and the documents produced from it (kept
in the document register, ``document``).

Registered on ``Base.metadata`` when imported (``models.full_metadata`` imports it too).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, DateTime, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.storage.models import Base, Stamped, cascade_key


class CrisisProtocol(Stamped, Base):
    """A local crisis protocol: its template's free fields as the user typed them."""

    __tablename__ = "crisis_protocol"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    # The template's free fields as typed (``{"debut": "15/05/2020", ...}``).
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(80))
    associations: Mapped[list[CrisisProtocolAssociation]] = relationship(
        back_populates="protocol",
        cascade="all, delete-orphan",
        order_by="CrisisProtocolAssociation.position",
    )


class CrisisProtocolAssociation(Base):
    """A signatory tenant association and, once recorded, who signed for it and when."""

    __tablename__ = "crisis_protocol_association"
    __table_args__ = (UniqueConstraint("protocol_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    protocol_id: Mapped[int] = cascade_key("crisis_protocol")
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(120))
    signatory: Mapped[str] = mapped_column(String(200), default="")
    signatory_role: Mapped[str] = mapped_column(String(200), default="")
    signed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    recorded_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    recorded_by: Mapped[str] = mapped_column(String(80), default="")
    protocol: Mapped[CrisisProtocol] = relationship(back_populates="associations")


class CrisisProtocolDocument(Base):
    """A document of the register produced from a protocol (one per production)."""

    __tablename__ = "crisis_protocol_document"
    id: Mapped[int] = mapped_column(primary_key=True)
    protocol_id: Mapped[int] = cascade_key("crisis_protocol")
    document_id: Mapped[int] = cascade_key("document", unique=True)
    signatures: Mapped[int] = mapped_column(Integer, default=0)  # recorded when produced
