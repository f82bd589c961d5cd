"""The local crisis protocol signed with the tenant associations (issue 13).

A protocol is data: its template's free fields (title, frame, period, measures, follow-up)
and its signatory associations, one row each with, once recorded, who signed for the
association and when. The user actions: create and edit the protocol (its text cannot
change once an association has signed), record an association's signature, produce the
document. A produced document is registered like every letter (``document`` table,
archive folder, SHA-256, audit) and linked to its protocol; each association's block
shows the recorded signatory and date.

See docs/domain.md, "Crisis protocol with the tenant associations".
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.documents import engine
from desktop.documents.context import LetterInfo, build_context, new_reference, sample_tenant
from desktop.documents.files import atomic_move, atomic_write_bytes, unique_path
from desktop.documents.filters import as_list
from desktop.documents.library import (
    LetterTemplate,
    fill_free_fields,
    get_template,
    parse_free_fields,
)
from desktop.documents.profile import OrganisationProfile
from desktop.domain.errors import NotFoundError, UserError, ValidationError
from desktop.domain.formatting import format_date_fr, parse_date_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Forms, Message
from desktop.domain.roles import Permission
from desktop.services import audit, authz, organisation
from desktop.services.authz import guarded
from desktop.services.context import Actor, now, today
from desktop.services.document_records import record_document
from desktop.services.write import (
    check_version,
    conflict_of,
    message,
    one_row,
    reloaded,
    writing,
)
from desktop.storage.crisis_models import (
    CrisisProtocol,
    CrisisProtocolAssociation,
    CrisisProtocolDocument,
)
from desktop.storage.db import Database
from desktop.storage.models import DocumentRecord

TEMPLATE = "protocole_crise_local"
ENTITY = "protocole_crise"
REFERENCE_PREFIX = "CRISE"
MAX_ASSOCIATIONS = 30
NAME_MAX, SIGNATORY_MAX = 120, 200
CHANGED_BY = QT_TRANSLATE_NOOP(
    "messages",
    "Ce protocole a été modifié par {user} le {date} à {time} depuis que vous l'avez ouvert. "
    "Vos changements n'ont pas été enregistrés : rechargez pour voir la version actuelle.",
)


# --------------------------------------------------------------------------- views


@dataclass(frozen=True)
class AssociationView:
    id: int
    name: str
    signatory: str
    signatory_role: str
    signed_on: dt.date | None
    recorded_at: dt.datetime | None
    recorded_by: str

    @property
    def signed(self) -> bool:
        return self.signed_on is not None


@dataclass(frozen=True)
class ProtocolDocument:
    id: int
    reference: str
    docx_path: Path
    pdf_path: Path | None
    created_at: dt.datetime
    created_by: str
    signatures: int  # signatures recorded when it was produced
    # Said to the user with the result (e.g. the PDF could not be made on this workstation).
    notice: Message | None = None

    @property
    def main_path(self) -> Path:
        return self.pdf_path or self.docx_path


@dataclass(frozen=True)
class ProtocolView:
    id: int
    title: str
    fields: dict[str, str]
    associations: tuple[AssociationView, ...]
    documents: tuple[ProtocolDocument, ...]
    version: int
    created_at: dt.datetime
    created_by: str
    updated_at: dt.datetime
    updated_by: str

    @property
    def signed(self) -> tuple[AssociationView, ...]:
        return tuple(a for a in self.associations if a.signed)


@dataclass(frozen=True)
class ProtocolSummary:
    id: int
    title: str
    period: str  # « du 15/05/2020 au 31/12/2020 »
    associations: int
    signed: int


def _view(row: CrisisProtocol, docs: list[tuple[CrisisProtocolDocument, DocumentRecord]]):
    return ProtocolView(
        id=row.id,
        title=row.title,
        fields=dict(row.fields or {}),
        associations=tuple(
            AssociationView(
                a.id,
                a.name,
                a.signatory,
                a.signatory_role,
                a.signed_on,
                a.recorded_at,
                a.recorded_by,
            )
            for a in row.associations
        ),
        documents=tuple(
            ProtocolDocument(
                d.id,
                d.reference,
                Path(d.docx_path),
                Path(d.pdf_path) if d.pdf_path else None,
                d.created_at,
                d.created_by,
                link.signatures,
            )
            for link, d in docs
        ),
        version=row.version,
        created_at=row.created_at,
        created_by=row.created_by,
        updated_at=row.updated_at,
        updated_by=row.updated_by,
    )


def _not_found(protocol_id: int) -> NotFoundError:
    return NotFoundError(
        message(
            QT_TRANSLATE_NOOP("messages", "Le protocole de crise n° {id} n'existe pas ou plus."),
            id=protocol_id,
        )
    )


def _load(session: Session, protocol_id: int, *, for_update: bool = False) -> CrisisProtocol:
    query = (
        select(CrisisProtocol)
        .where(CrisisProtocol.id == protocol_id)
        .options(selectinload(CrisisProtocol.associations))
    )
    return one_row(session, query, _not_found(protocol_id), for_update=for_update)


def _documents(session: Session, protocol_id: int):
    return session.execute(
        select(CrisisProtocolDocument, DocumentRecord)
        .join(DocumentRecord, DocumentRecord.id == CrisisProtocolDocument.document_id)
        .where(CrisisProtocolDocument.protocol_id == protocol_id)
        .order_by(DocumentRecord.created_at, DocumentRecord.id)
    ).all()


def _read(db: Database, protocol_id: int) -> ProtocolView:
    with db.reader() as session:
        return _view(_load(session, protocol_id), _documents(session, protocol_id))


# --------------------------------------------------------------------------- validation


def default_fields(on: dt.date | None = None) -> dict[str, str]:
    """The form of a new protocol: the template's defaults."""
    return fill_free_fields(TEMPLATE, {}, on or today())


def _checked(raw: dict[str, str]) -> tuple[dict[str, str], dict[str, object], list[str]]:
    """(the fields as stored, their typed values, the association names); a
    ``ValidationError`` keyed by field name."""
    template = get_template(TEMPLATE)
    known = {f.name for f in template.fields}
    stored = default_fields()  # a field left out of ``raw`` takes the template's default
    stored.update({k: str(v or "") for k, v in raw.items() if k in known})
    errors: dict[str, Message] = {}
    try:
        values = parse_free_fields(template, stored)
    except ValidationError as exc:  # reported with the checks below
        errors.update(exc.fields)
        values = {}
        for name in ("debut", "fin"):
            with contextlib.suppress(ValueError):
                values[name] = parse_date_fr(stored.get(name, ""))
    names = as_list(values.get("associations", ""))
    if len(names) > MAX_ASSOCIATIONS:
        errors["associations"] = message(
            QT_TRANSLATE_NOOP("messages", "{max} associations signataires au plus."),
            max=MAX_ASSOCIATIONS,
        )
    for name in names:
        if len(name) > NAME_MAX:
            errors["associations"] = message(
                QT_TRANSLATE_NOOP(
                    "messages", "Le nom d'une association a {max} caractères au plus."
                ),
                max=NAME_MAX,
            )
    start, end = values.get("debut"), values.get("fin")
    if (
        isinstance(start, dt.date)
        and isinstance(end, dt.date)
        and end < start
        and "fin" not in errors
    ):
        errors["fin"] = message(
            QT_TRANSLATE_NOOP(
                "messages",
                "« Applicable jusqu'au » ({end}) est avant « Applicable du » ({start}).",
            ),
            end=format_date_fr(end),
            start=format_date_fr(start),
        )
    if errors:
        raise ValidationError(errors)
    return stored, values, names


def _title(values: dict[str, object]) -> str:
    return (str(values.get("titre") or "") or get_template(TEMPLATE).subject)[:200]


def _audited(row: CrisisProtocol) -> dict:
    return {
        "titre": row.title,
        "champs": dict(row.fields or {}),
        "associations": [a.name for a in row.associations],
    }


# --------------------------------------------------------------------------- user actions


# « aucune signature », « 1 signature », « 3 signatures ».
signatures_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} signature"),
    QT_TRANSLATE_NOOP("messages", "{n} signatures"),
    QT_TRANSLATE_NOOP("messages", "aucune signature"),
)


@guarded("consultation")
def list_protocols(db: Database, actor: Actor) -> list[ProtocolSummary]:
    authz.require(actor, Permission.TENANT_READ, entity=ENTITY)
    with db.reader() as session:
        rows = session.scalars(
            select(CrisisProtocol)
            .options(selectinload(CrisisProtocol.associations))
            .order_by(CrisisProtocol.created_at.desc(), CrisisProtocol.id.desc())
        ).all()
        out = []
        for r in rows:
            f = r.fields or {}
            out.append(
                ProtocolSummary(
                    r.id,
                    r.title,
                    render_period(f.get("debut", ""), f.get("fin", "")),
                    len(r.associations),
                    sum(1 for a in r.associations if a.signed_on is not None),
                )
            )
        return out


def render_period(start: str, end: str) -> str:
    return f"{start} – {end}" if start or end else ""


@guarded("consultation")
def get_protocol(db: Database, actor: Actor, protocol_id: int) -> ProtocolView:
    authz.require(actor, Permission.TENANT_READ, entity=ENTITY, entity_id=protocol_id)
    return _read(db, protocol_id)


@guarded("create")
def create_protocol(db: Database, actor: Actor, fields: dict[str, str]) -> ProtocolView:
    """Record a new protocol from the form's fields (the template's free fields)."""
    authz.require(actor, Permission.TENANT_WRITE, entity=ENTITY)
    stored, values, names = _checked(fields)
    stamp = now()
    with writing(db) as session:
        row = CrisisProtocol(
            title=_title(values),
            fields=stored,
            created_at=stamp,
            created_by=actor.username,
            updated_at=stamp,
            updated_by=actor.username,
        )
        row.associations = [
            CrisisProtocolAssociation(position=i, name=name) for i, name in enumerate(names)
        ]
        session.add(row)
        session.flush()
        audit.record(session, actor, "create", ENTITY, row.id, None, _audited(row))
        protocol_id = row.id
    return _read(db, protocol_id)


def _already_signed(row: CrisisProtocol) -> UserError:
    signed = [a.name for a in row.associations if a.signed_on is not None]
    return UserError(
        message(
            QT_TRANSLATE_NOOP(
                "messages",
                "Le protocole est déjà signé par {names} : son texte et ses signataires ne "
                "peuvent plus changer. Créez un nouveau protocole (ou un avenant).",
            ),
            names=", ".join(signed),
        )
    )


@guarded("update")
def update_protocol(
    db: Database, actor: Actor, protocol_id: int, fields: dict[str, str], expected_version: int
) -> ProtocolView:
    """Change the protocol's text or its associations, before any signature."""
    authz.require(actor, Permission.TENANT_WRITE, entity=ENTITY, entity_id=protocol_id)
    stored, values, names = _checked(fields)
    conflict = reloaded(db, lambda s: _load(s, protocol_id), lambda r: conflict_of(r, CHANGED_BY))
    with writing(db, conflict) as session:
        row = _load(session, protocol_id, for_update=True)
        check_version(row, expected_version, CHANGED_BY)
        if any(a.signed_on is not None for a in row.associations):
            raise _already_signed(row)
        before = _audited(row)
        by_name = {a.name: a for a in row.associations}
        kept = []
        for i, name in enumerate(names):
            a = by_name.pop(name, None) or CrisisProtocolAssociation(name=name)
            a.position = i
            kept.append(a)
        row.associations = kept  # the names no longer listed are deleted (orphans)
        row.title = _title(values)
        row.fields = stored
        row.updated_at, row.updated_by = now(), actor.username
        session.flush()
        after = _audited(row)
        if after != before:
            audit.record(session, actor, "update", ENTITY, row.id, before, after)
    return _read(db, protocol_id)


@guarded("protocole_crise_signature")
def record_signature(
    db: Database,
    actor: Actor,
    protocol_id: int,
    association_id: int,
    signatory: str,
    signed_on: dt.date | str | None,
    expected_version: int,
    *,
    signatory_role: str = "",
) -> ProtocolView:
    """Record who signed the protocol for an association, and when (recording it again
    corrects it; the audit trail keeps the previous values)."""
    authz.require(actor, Permission.TENANT_WRITE, entity=ENTITY, entity_id=protocol_id)
    signatory = " ".join(str(signatory or "").split())
    signatory_role = " ".join(str(signatory_role or "").split())
    errors: dict[str, Message] = {}
    if not signatory:
        errors["signatory"] = message(
            QT_TRANSLATE_NOOP("messages", "Indiquez le nom de la personne qui a signé.")
        )
    elif len(signatory) > SIGNATORY_MAX:
        errors["signatory"] = message(
            QT_TRANSLATE_NOOP("messages", "Le nom du signataire a {max} caractères au plus."),
            max=SIGNATORY_MAX,
        )
    if len(signatory_role) > SIGNATORY_MAX:
        errors["signatory_role"] = message(
            QT_TRANSLATE_NOOP("messages", "La qualité du signataire a {max} caractères au plus."),
            max=SIGNATORY_MAX,
        )
    if isinstance(signed_on, str):  # as typed: jj/mm/aaaa
        try:
            signed_on = parse_date_fr(signed_on) if signed_on.strip() else None
        except ValueError:
            errors["signed_on"] = message(
                QT_TRANSLATE_NOOP("messages", "Date de signature attendue (jj/mm/aaaa).")
            )
            signed_on = None
    if signed_on is None:
        errors.setdefault(
            "signed_on",
            message(
                QT_TRANSLATE_NOOP("messages", "Indiquez la date de la signature (jj/mm/aaaa).")
            ),
        )
    elif signed_on > today():
        errors["signed_on"] = message(
            QT_TRANSLATE_NOOP("messages", "La date de signature ({date}) est dans le futur."),
            date=format_date_fr(signed_on),
        )
    if errors:
        raise ValidationError(errors)
    conflict = reloaded(db, lambda s: _load(s, protocol_id), lambda r: conflict_of(r, CHANGED_BY))
    with writing(db, conflict) as session:
        row = _load(session, protocol_id, for_update=True)
        check_version(row, expected_version, CHANGED_BY)
        association = next((a for a in row.associations if a.id == association_id), None)
        if association is None:
            raise NotFoundError(
                message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Cette association n'est pas signataire de ce protocole."
                    )
                )
            )
        names = ("signatory", "signatory_role", "signed_on")
        before = {k: getattr(association, k) for k in names}
        association.signatory = signatory
        association.signatory_role = signatory_role
        association.signed_on = signed_on
        association.recorded_at, association.recorded_by = now(), actor.username
        row.updated_at, row.updated_by = now(), actor.username  # the protocol's version moves
        session.flush()
        audit.record(
            session,
            actor,
            "protocole_crise_signature",
            ENTITY,
            row.id,
            {"association": association.name, **before} if before["signed_on"] else None,
            {"association": association.name, **{k: getattr(association, k) for k in names}},
        )
    return _read(db, protocol_id)


# --------------------------------------------------------------------------- the document


def _context(
    profile: OrganisationProfile, view: ProtocolView, reference: str, on: dt.date
) -> tuple[LetterTemplate, dict]:
    template = get_template(TEMPLATE)
    raw = default_fields(on)
    raw.update(view.fields)
    values = parse_free_fields(template, raw)
    # The landlord's own document: made at its head office (not at the sample tenant's
    # agency), whose address the letterhead gives under the landlord's name. Once every
    # association has signed, it is dated as concluded, on the last signature, whenever
    # it is printed again (docs/domain.md#crisis-protocol); until then, on ``on``.
    signed = [a.signed_on for a in view.associations if a.signed_on is not None]
    concluded = max(signed) if view.associations and len(signed) == len(view.associations) else None
    info = LetterInfo(
        reference=reference,
        date=concluded or on,
        subject=view.title,
        registered_mail=False,
        place=profile.place,
    )
    ctx = build_context(sample_tenant(), profile=profile, letter=info)
    ctx["agence"] = {
        "code": "",
        "nom": "Siège social",
        "adresse": "\n".join(profile.address),
        "telephone": profile.phone,
        "courriel": profile.email,
        "horaires": "",
    }
    ctx.pop("locataire", None)
    ctx.pop("destinataire", None)
    # The tenants' data-protection notice (« … pour la gestion de votre location ») is
    # addressed to a tenant: the associations signing the protocol are none.
    ctx["bailleur"] = {**ctx["bailleur"], "mentions_donnees": ""}
    # The blocks follow ``champs.associations|liste`` (the rows were made from it, in
    # its order); ``signatures`` gives, by association, who signed and when.
    ctx["champs"] = values
    ctx["signatures"] = {
        a.name: {"signataire": a.signatory, "qualite": a.signatory_role, "date": a.signed_on}
        for a in view.associations
        if a.signed
    }
    return template, ctx


@guarded("courrier")
def produce_document(
    db: Database, actor: Actor, protocol_id: int, *, pdf: bool = True, on: dt.date | None = None
) -> ProtocolDocument:
    """Make the protocol's document (DOCX, and PDF when this workstation can) with the
    signatures recorded so far, and register it (archive, register, audit) in one
    transaction. Nothing is registered when a step fails; no file is left behind."""
    from desktop.services import documents

    authz.require(actor, Permission.TENANT_WRITE, entity=ENTITY, entity_id=protocol_id)
    view = _read(db, protocol_id)
    on = on or today()
    reference = new_reference(REFERENCE_PREFIX, on)
    template, ctx = _context(organisation.load_profile(db), view, reference, on)
    data = engine.render_bytes(template, ctx)
    notice = None
    if pdf and not documents.pdf_available():
        from desktop.documents import convert

        pdf, notice = False, convert.pdf_skipped_notice()
    staging = documents._Staging()
    archived: list[Path] = []
    try:
        docx = atomic_write_bytes(staging.path / f"{reference}.docx", data)
        made_pdf = None
        if pdf:
            from desktop.documents import convert

            made_pdf = convert.convert_one(docx, staging.path / "pdf")
        stamp = now()
        folder = documents.archive_folder(stamp)
        stem = f"{reference}_{TEMPLATE}"
        archived.append(atomic_move(docx, unique_path(folder / f"{stem}.docx")))
        if made_pdf is not None:
            archived.append(atomic_move(made_pdf, unique_path(folder / f"{stem}.pdf")))
        docx_path, pdf_path = archived[0], archived[1] if len(archived) > 1 else None
        signatures = len(view.signed)
        with writing(db) as session:
            _load(session, protocol_id)  # still there
            record = record_document(
                session,
                actor,
                reference=reference,
                template_name=template.name,
                template_version=template.version,
                title=template.title,
                subject=view.title,
                docx=docx_path,
                pdf=pdf_path,
                at=stamp,
                audit_details={
                    "reference": reference,
                    "modele": template.name,
                    "version": template.version,
                    "protocole_crise": protocol_id,
                    "signatures": [
                        {"association": a.name, "signataire": a.signatory, "date": a.signed_on}
                        for a in view.signed
                    ],
                    "pdf": pdf_path is not None,
                },
            )
            session.add(
                CrisisProtocolDocument(
                    protocol_id=protocol_id, document_id=record.id, signatures=signatures
                )
            )
            result = ProtocolDocument(
                record.id,
                reference,
                docx_path,
                pdf_path,
                stamp,
                actor.username,
                signatures,
            )
    except BaseException:
        for path in archived:  # nothing registered: no file either
            path.unlink(missing_ok=True)
        raise
    finally:
        staging.remove()
    return dataclasses.replace(result, notice=notice)
