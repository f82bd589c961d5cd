"""The document register's line of a produced document (``DocumentRecord``), written by
the features that make their own documents outside the letter generation of
``services/documents`` (CALEOL convocations, decision letters and signed minutes, crisis
protocols), in the caller's transaction."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.documents.files import sha256_file
from desktop.services import audit
from desktop.services.context import Actor, now
from desktop.storage.models import DocumentRecord

ENTITY = "document"
# The key of a document's "courrier" audit event that holds its files' SHA-256: the
# register's digests are anchored in the chained, append-only trail, so that a register
# line rewritten by hand (file replaced, digest recomputed) is caught at the reprint.
DIGESTS = "empreintes"


def file_digests(docx: Path | None, pdf: Path | None, pdf_sha256: str = "") -> dict[str, str]:
    """The SHA-256 of a document's DOCX and PDF ("" for a file it does not have)."""
    return {
        "docx": sha256_file(docx) if docx else "",
        "pdf": pdf_sha256 or (sha256_file(pdf) if pdf else ""),
    }


def audited_digests(session: Session, document_id: int) -> dict[str, str] | None:
    """The digests the document's first "courrier" event recorded (None for a
    document registered before they were, or by a feature with an event of its own)."""
    from sqlalchemy import select

    from desktop.storage.models import AuditEvent

    first = session.scalars(
        select(AuditEvent)
        .where(
            AuditEvent.entity == ENTITY,
            AuditEvent.entity_id == document_id,
            AuditEvent.action == "courrier",
        )
        .order_by(AuditEvent.seq, AuditEvent.id)
        .limit(1)
    ).first()
    after = audit.Revealer(session)(first.after) if first is not None else None
    digests = after.get(DIGESTS) if isinstance(after, dict) else None
    return digests if isinstance(digests, dict) else None


def record_document(
    session: Session,
    actor: Actor,
    *,
    reference: str,
    template_name: str,
    template_version: str,
    title: str,
    subject: str,
    docx: Path | None = None,
    pdf: Path | None = None,
    pdf_sha256: str = "",
    signed: bool = False,
    signer: str = "",
    registered_mail: bool = False,
    batch_id: str = "",
    at: dt.datetime | None = None,
    audit_details: dict | None = None,
    candidate_id: int | None = None,
) -> DocumentRecord:
    """Add the register's line of a document (its DOCX and PDF archived at ``docx`` and
    ``pdf``, their SHA-256 read from the files unless ``pdf_sha256`` is given) and flush
    it for its id. ``audit_details``: the "courrier" audit event of the document, when
    the caller has no event of its own."""
    digests = file_digests(docx, pdf, pdf_sha256)
    record = DocumentRecord(
        household_id=None,
        candidate_id=candidate_id,
        reference=reference,
        template_name=template_name,
        template_version=template_version,
        title=title[:200],
        subject=subject[:300],
        docx_path=str(docx) if docx else "",
        docx_sha256=digests["docx"],
        pdf_path=str(pdf) if pdf else "",
        pdf_sha256=digests["pdf"],
        signed=signed,
        signer=signer[:200],
        registered_mail=registered_mail,
        batch_id=batch_id,
        created_at=at or now(),
        created_by=actor.username,
    )
    session.add(record)
    session.flush()
    if audit_details is not None:
        audit.record(
            session, actor, "courrier", ENTITY, record.id, None, {**audit_details, DIGESTS: digests}
        )
    return record
