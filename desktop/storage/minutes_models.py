"""CALEOL minutes tables (issue 7): versions of the procès-verbal, members' reviews,
signature and lock.

Registered on ``Base.metadata`` when imported (``models.full_metadata`` imports it too).

- ``MinutesVersion``: one version of a session's minutes, numbered 1..n. Its
  ``content`` is the contract of ``desktop.domain.minutes`` serialised
  (``to_json``): the very text the members reviewed and approved. The PDF made from
  it lives in the document archive (``pdf_path``) with its SHA-256, as does the
  HTML it was rendered from (``html_sha256``).
- ``MinutesReview``: a voting member's answer on a version (APPROVE or COMMENT),
  given in the application (``via`` APP) or recorded by the secretary from an
  emailed answer (``via`` EXPORT). One per member and version: a new answer replaces
  the previous one (the audit trail keeps both).
- ``MinutesSignature``: the president's PAdES signature of an approved version: who,
  when, the certificate, the signed PDF and its SHA-256, and the entry of the
  document register (``document``) that records it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.storage.models import Base, DocumentRecord, Versioned, cascade_key

_M = "desktop.storage.minutes_models."


class MinutesVersion(Versioned, Base):
    __tablename__ = "caleol_minutes_version"
    __table_args__ = (UniqueConstraint("session_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("caleol_session.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    # MinutesStatus: DRAFT, IN_REVIEW, SUPERSEDED, APPROVED, SIGNED.
    status: Mapped[str] = mapped_column(String(12), index=True)
    content: Mapped[Any] = mapped_column(JSON)
    html_sha256: Mapped[str] = mapped_column(String(64))
    pdf_path: Mapped[str] = mapped_column(String(500))
    pdf_sha256: Mapped[str] = mapped_column(String(64))
    # The president's signature space on the last page (mm, bottom-left origin).
    signature_box: Mapped[Any | None] = mapped_column(JSON, nullable=True)
    change_note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(80))
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    sent_by: Mapped[str] = mapped_column(String(80), default="")
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)

    reviews: Mapped[list[MinutesReview]] = relationship(
        back_populates="minutes_version",
        cascade="all, delete-orphan",
        order_by=_M + "MinutesReview.id",
    )
    signature: Mapped[MinutesSignature | None] = relationship(
        back_populates="minutes_version", uselist=False
    )


class MinutesReview(Base):
    __tablename__ = "caleol_minutes_review"
    __table_args__ = (UniqueConstraint("version_id", "member_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = cascade_key("caleol_minutes_version")
    member_id: Mapped[int] = mapped_column(ForeignKey("caleol_member.id"), index=True)
    # ReviewVerdict: APPROVE or COMMENT.
    verdict: Mapped[str] = mapped_column(String(10))
    comment: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    # ReviewChannel: APP (the member, signed in) or EXPORT (recorded by the secretary).
    via: Mapped[str] = mapped_column(String(10))
    recorded_by: Mapped[str] = mapped_column(String(80))

    minutes_version: Mapped[MinutesVersion] = relationship(back_populates="reviews")


class MinutesSignature(Base):
    __tablename__ = "caleol_minutes_signature"
    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("caleol_minutes_version.id"), unique=True)
    # The member who signs (the president) and the account that ran the signature.
    member_id: Mapped[int | None] = mapped_column(ForeignKey("caleol_member.id"), nullable=True)
    signer: Mapped[str] = mapped_column(String(200))
    certificate_subject: Mapped[str] = mapped_column(Text)
    signed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    signed_by: Mapped[str] = mapped_column(String(80))
    pdf_path: Mapped[str] = mapped_column(String(500))
    pdf_sha256: Mapped[str] = mapped_column(String(64))
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("document.id"), nullable=True, index=True
    )

    minutes_version: Mapped[MinutesVersion] = relationship(back_populates="signature")
    document: Mapped[DocumentRecord | None] = relationship()
