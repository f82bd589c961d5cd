"""The document register: a tenant's letters, one document, by reference, the files
checked and the reprint audited.
"""

from __future__ import annotations

from sqlalchemy import select

from desktop.documents.files import (
    sha256_file,
)
from desktop.domain.errors import NotFoundError, UserError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.roles import Permission
from desktop.services import audit, authz, tenants
from desktop.services.authz import guarded
from desktop.services.context import Actor
from desktop.services.document_records import audited_digests
from desktop.services.documents.common import (
    ENTITY,
    DocumentView,
    _check_access,
    _m,
    _not_found,
    _view,
)
from desktop.storage.db import Database
from desktop.storage.models import DocumentRecord, Household

# --------------------------------------------------------------------------- register


@guarded("consultation")
def list_documents(db: Database, actor: Actor, household_id: int) -> list[DocumentView]:
    authz.require(actor, Permission.TENANT_READ, entity=tenants.ENTITY, entity_id=household_id)
    with db.reader() as session:
        h = session.get(Household, household_id)
        if h is None:
            raise _not_found(household_id)
        _check_access(actor, h, Permission.TENANT_READ)
        rows = session.scalars(
            select(DocumentRecord)
            .where(DocumentRecord.household_id == household_id)
            .order_by(DocumentRecord.created_at.desc(), DocumentRecord.id.desc())
        ).all()
        return [_view(r) for r in rows]


@guarded("consultation")
def get_document(db: Database, actor: Actor, document_id: int) -> DocumentView:
    authz.require(actor, Permission.TENANT_READ, entity=ENTITY, entity_id=document_id)
    with db.reader() as session:
        r = session.get(DocumentRecord, document_id)
        if r is None:
            raise NotFoundError(
                _m(
                    QT_TRANSLATE_NOOP("messages", "Le document n° {id} n'existe pas ou plus."),
                    id=document_id,
                )
            )
        if r.household_id is not None:
            h = session.get(Household, r.household_id)
            authz.require_agency(
                actor,
                Permission.TENANT_READ,
                h.agency_id if h else None,
                entity=ENTITY,
                entity_id=document_id,
            )
        return _view(r)


@guarded("consultation")
def find_by_reference(db: Database, actor: Actor, reference: str) -> DocumentView:
    with db.reader() as session:
        document_id = session.scalar(
            select(DocumentRecord.id).where(DocumentRecord.reference == reference.strip())
        )
    if document_id is None:
        raise NotFoundError(
            _m(
                QT_TRANSLATE_NOOP("messages", "Aucun document n'a la référence {reference}."),
                reference=reference,
            )
        )
    return get_document(db, actor, document_id)


def check_files(view: DocumentView) -> Message | None:
    """None when the files are there and unchanged, else what is wrong (French)."""
    for path, digest in ((view.docx_path, view.docx_sha256), (view.pdf_path, view.pdf_sha256)):
        if path is None:
            continue
        if not path.is_file():
            return _m(
                QT_TRANSLATE_NOOP(
                    "messages", "Le fichier {path} est introuvable (déplacé ou supprimé)."
                ),
                path=str(path),
            )
        if sha256_file(path) != digest:
            return _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Le fichier {path} a été modifié depuis sa production "
                    "(empreinte SHA-256 différente).",
                ),
                path=str(path),
            )
    return None


@guarded("reimpression")
def open_for_reprint(db: Database, actor: Actor, document_id: int) -> DocumentView:
    """The document to reopen or reprint, its files checked; the reprint is audited."""
    view = get_document(db, actor, document_id)
    with db.reader() as session:
        audited = audited_digests(session, document_id)
    if audited is not None and (
        audited.get("docx", "") != view.docx_sha256 or audited.get("pdf", "") != view.pdf_sha256
    ):
        # The register's line no longer says what the trail recorded at production: it
        # was rewritten outside Parcours (the file may have been replaced with it).
        with db.transaction() as session:
            audit.record(
                session,
                actor,
                "refus",
                ENTITY,
                document_id,
                None,
                {"motif": "registre modifié hors de l'application"},
            )
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Le registre des documents a été modifié hors de Parcours : l'empreinte "
                    "SHA-256 du document {reference} n'est plus celle enregistrée au journal "
                    "d'audit lors de sa production. Le document n'est pas ouvert ; "
                    "prévenez l'administrateur.",
                ),
                reference=view.reference,
            )
        )
    problem = check_files(view)
    if problem is not None:
        raise UserError(problem)
    with db.transaction() as session:
        audit.record(
            session, actor, "reimpression", ENTITY, document_id, None, {"reference": view.reference}
        )
    return view
