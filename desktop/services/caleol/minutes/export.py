"""Extracts for an applicant (other candidates masked) and exports of the minutes."""

from __future__ import annotations

from pathlib import Path

from desktop.documents.files import safe_filename, sha256_file
from desktop.domain import minutes as pv
from desktop.domain.errors import (
    UserError,
)
from desktop.domain.formatting import utc_to_local
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.minutes import (
    MinutesStatus,
    ReviewVerdict,
)
from desktop.domain.roles import Permission
from desktop.services import audit, authz
from desktop.services.authz import guarded
from desktop.services.caleol.minutes.build import build_minutes
from desktop.services.caleol.minutes.common import (
    ENTITY,
    _require_status,
    _stem,
    _version_or_404,
)
from desktop.services.caleol.minutes.drafts import list_versions
from desktop.services.context import Actor
from desktop.services.write import message as _m
from desktop.services.write import suffix_in
from desktop.storage.db import Database

# --------------------------------------------------------------------------- extracts

#: an extract is made from approved or signed minutes only
_EXTRACT_FROM = (MinutesStatus.APPROVED, MinutesStatus.SIGNED)
_EXTRACT_REFUSED = QT_TRANSLATE_NOOP(
    "messages",
    "Un extrait ne peut être établi qu'à partir d'un procès-verbal approuvé ou signé (la "
    "version {number} est « {status} »).",
)


def extract_file_name(session_number: str, version: int, numero_unique: str) -> str:
    """The name an applicant's extract proposes (``Extrait-PV-2026-12-v2-0691223.pdf``),
    whatever the session's number holds (``12/2026 : déc.``)."""
    return f"Extrait-{_stem(session_number, version)}-{safe_filename(numero_unique, 30)}.pdf"


@guarded("pv_extrait")
def extract_for_candidate(
    db: Database,
    actor: Actor,
    version_id: int,
    numero_unique: str,
    out: str | Path,
    *,
    renderer=None,
) -> Path:
    """The PDF/A extract of the approved or signed minutes for one applicant: his
    dwelling(s) only, every other candidate's data masked."""
    from desktop.documents import minutes as documents

    authz.require(actor, Permission.CALEOL_MINUTES_WRITE, entity=ENTITY, entity_id=version_id)
    with db.reader() as session:
        row = _version_or_404(session, version_id)
        _require_status(row.number, row.status, _EXTRACT_FROM, _EXTRACT_REFUSED)
        contract = pv.from_json(row.content)
    extract = pv.redact_for_candidate(contract, numero_unique)
    path = documents.render_minutes_pdf(extract, out, None, renderer=renderer)
    with db.transaction() as session:
        audit.record(
            session,
            actor,
            "pv_extrait",
            ENTITY,
            version_id,
            None,
            {
                "numero_unique": extract.extract_for,
                "fichier": str(path),
                "pdf_sha256": sha256_file(path),
            },
        )
    return path


# --------------------------------------------------------------------------- export

PREVIEW_LABEL = "aperçu non enregistré"


@guarded("pv_export")
def export_minutes(
    db: Database,
    actor: Actor,
    session_id: int,
    out: str | Path,
    *,
    extract: str | None = None,
    renderer=None,
) -> Path:
    """Write the session's minutes to ``out`` (``.pdf`` or ``.docx``).

    The signed minutes when there are some (the PDF is the signed file itself); else
    the latest version, marked "PROJET — version N"; else, when nothing was produced
    yet, a preview built from the session's data, marked "PROJET — aperçu non
    enregistré". ``extract``: the applicant's extract (approved or signed minutes
    only, see ``extract_for_candidate``)."""
    from desktop.documents import minutes as documents
    from desktop.documents.files import atomic_write_bytes

    target = Path(out)
    kind = suffix_in(
        target,
        (".pdf", ".docx"),
        "out",
        QT_TRANSLATE_NOOP(
            "messages", "Le fichier de sortie doit se terminer par .pdf ou .docx : « {name} »."
        ),
    )
    authz.require(actor, Permission.CALEOL_MINUTES_READ, entity=ENTITY)
    versions = list_versions(db, actor, session_id)
    chosen = next((v for v in versions if v.status is MinutesStatus.SIGNED), None) or (
        versions[-1] if versions else None
    )
    if extract is not None:
        if chosen is None:
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Aucun procès-verbal n'a encore été produit pour cette séance : "
                        "l'extrait ne peut pas être établi.",
                    )
                )
            )
        if kind == ".pdf":
            return extract_for_candidate(db, actor, chosen.id, extract, target, renderer=renderer)
        authz.require(actor, Permission.CALEOL_MINUTES_WRITE, entity=ENTITY, entity_id=chosen.id)
        _require_status(chosen.number, chosen.status, _EXTRACT_FROM, _EXTRACT_REFUSED)
        redacted = pv.redact_for_candidate(chosen.minutes, extract)
        path = documents.render_minutes_docx(redacted, target)
        what: dict[str, object] = {"numero_unique": redacted.extract_for}
    elif chosen is None:
        contract = build_minutes(db, actor, session_id)
        path = (
            documents.render_minutes_pdf(contract, target, PREVIEW_LABEL, renderer=renderer)
            if kind == ".pdf"
            else documents.render_minutes_docx(contract, target, PREVIEW_LABEL)
        )
        what = {"apercu": True}
    elif chosen.status is MinutesStatus.SIGNED and kind == ".pdf":
        source = chosen.signature.pdf_path
        if not source.is_file() or sha256_file(source) != chosen.signature.pdf_sha256:
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Le procès-verbal signé est introuvable ou a été modifié depuis sa "
                        "signature ({path}).",
                    ),
                    path=str(source),
                )
            )
        path = atomic_write_bytes(target, source.read_bytes())
        what = {"version": chosen.number, "signe": True}
    else:
        draft = None if chosen.status is MinutesStatus.SIGNED else chosen.number
        approvals = []
        if chosen.status is MinutesStatus.SIGNED:
            names = chosen.minutes.approver_names(
                {r.member_id: r.member_name for r in chosen.reviews}
            )
            approvals = [
                documents.Approval(names[r.member_id], utc_to_local(r.at), r.via.value)
                for r in chosen.reviews
                if r.verdict is ReviewVerdict.APPROVE
            ]
        path = (
            documents.render_minutes_pdf(chosen.minutes, target, draft, renderer=renderer)
            if kind == ".pdf"
            else documents.render_minutes_docx(chosen.minutes, target, draft, approvals=approvals)
        )
        what = {"version": chosen.number}
    with db.transaction() as session:
        audit.record(
            session,
            actor,
            "pv_export",
            ENTITY,
            chosen.id if chosen is not None else None,
            None,
            {"seance": session_id, "fichier": str(path), **what},
        )
    return path
