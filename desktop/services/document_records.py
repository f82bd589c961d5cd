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
) -> DocumentRecord:
    """Add the register's line of a document (its DOCX and PDF archived at ``docx`` and
    ``pdf``, their SHA-256 read from the files unless ``pdf_sha256`` is given) and flush
    it for its id. ``audit_details``: the "courrier" audit event of the document, when
    the caller has no event of its own."""
    record = DocumentRecord(
        household_id=None,
        reference=reference,
        template_name=template_name,
        template_version=template_version,
        title=title[:200],
        subject=subject[:300],
        docx_path=str(docx) if docx else "",
        docx_sha256=sha256_file(docx) if docx else "",
        pdf_path=str(pdf) if pdf else "",
        pdf_sha256=pdf_sha256 or (sha256_file(pdf) if pdf else ""),
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
        audit.record(session, actor, "courrier", ENTITY, record.id, None, audit_details)
    return record
