"""What the letter paths share: the request and result types, a tenant's letter data,
the archive and the register writer (files complete before they are registered), the
signature and the converter check.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from desktop import config
from desktop.documents.context import (
    LetterInfo,
    addressed_to,
    build_context,
    new_reference,
    other_holders,
    tenant_address,
)
from desktop.documents.files import (
    atomic_move,
    safe_filename,
    sync_files,
    unique_path,
)
from desktop.documents.library import (
    LetterTemplate,
    default_value,
    parse_free_fields,
)
from desktop.documents.profile import OrganisationProfile
from desktop.domain.errors import PermissionDenied, UserError, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Forms, Message, counted
from desktop.domain.oserrors import os_reason
from desktop.domain.roles import Permission
from desktop.domain.tenant import OccupantData, TenantFileData
from desktop.domain.text import BIDI_CONTROLS
from desktop.services import audit, authz, tenants, timeline
from desktop.services.context import Actor, now
from desktop.services.document_records import DIGESTS, file_digests
from desktop.services.write import from_row
from desktop.storage.db import Database
from desktop.storage.models import DocumentRecord, Dwelling, Household

ENTITY = "document"
log = logging.getLogger(__name__)

EVENT_DOCUMENT = "COURRIER"  # timeline kind; its summary is the document's reference
REGISTER_CHUNK = 50
PDF_WEIGHT = 4  # a PDF conversion counts as four DOCX renders in the progress bar


def _m(text: str, **params) -> Message:
    return Message(text, params)


def documents_dir() -> Path:
    configured = config.load_settings().get("documents_dir")
    return Path(configured).expanduser() if configured else config.data_dir() / "documents"


# --------------------------------------------------------------------------- views


@dataclass(frozen=True)
class DocumentView:
    id: int
    household_id: int | None
    reference: str
    template_name: str
    template_version: str
    title: str
    subject: str
    docx_path: Path
    docx_sha256: str
    pdf_path: Path | None
    pdf_sha256: str
    signed: bool
    signer: str
    registered_mail: bool
    batch_id: str
    created_at: dt.datetime
    created_by: str
    # Said to the user with the result (e.g. the PDF could not be made on this workstation).
    notice: Message | None = None

    @property
    def main_path(self) -> Path:
        return self.pdf_path or self.docx_path


def _view(r: DocumentRecord) -> DocumentView:
    return from_row(
        DocumentView,
        r,
        docx_path=Path(r.docx_path),
        pdf_path=Path(r.pdf_path) if r.pdf_path else None,
    )


# --------------------------------------------------------------------------- requests


SUBJECT_MAX = 300  # characters: the register keeps as much


@dataclass
class LetterOptions:
    """What the user chose in the letter form (the same for every tenant of a batch)."""

    template_name: str
    fields: dict[str, str] = field(default_factory=dict)  # raw text of the free fields
    subject: str | None = None  # None: the template's
    registered_mail: bool | None = None  # None: the template's
    registered_number: str = ""
    signatory: str | None = None  # key in the organisation profile
    handled_by: str = ""
    pdf: bool = True
    signing_key: object | None = None  # desktop.documents.signing.SigningKey
    on: dt.date | None = None
    # The lease holders the letter goes to and names (a notice given by one co-tenant);
    # empty: every holder of the file.
    addressees: tuple[OccupantData, ...] = ()


@dataclass(frozen=True)
class _Tenant:
    id: int
    agency_id: int
    agency_name: str
    data: TenantFileData
    postcode: str
    sort_name: str
    agency_city: str = ""


@dataclass
class _Made:
    """A letter whose files are complete, ready to be archived and registered."""

    tenant: _Tenant
    reference: str
    subject: str
    registered_mail: bool
    docx: Path
    pdf: Path | None = None
    signed: bool = False
    signer: str = ""


def _load_tenants(db: Database, ids: list[int]) -> dict[int, _Tenant]:
    out: dict[int, _Tenant] = {}
    with db.reader() as session:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = session.scalars(
                select(Household)
                .where(Household.id.in_(chunk))
                .options(
                    selectinload(Household.occupants),
                    selectinload(Household.lease),
                    selectinload(Household.dwelling).selectinload(Dwelling.agency),
                    selectinload(Household.agency),
                )
            ).all()
            for h in rows:
                data = tenants._to_data(h)
                out[h.id] = _Tenant(
                    h.id,
                    h.agency_id,
                    h.agency.name,
                    data,
                    h.dwelling.postcode,
                    h.sort_name,
                    h.agency.city,
                )
    return out


def _letter_context(
    tenant: _Tenant,
    template: LetterTemplate,
    options: LetterOptions,
    profile: OrganisationProfile,
    reference: str,
    on: dt.date,
    actor: Actor,
) -> tuple[dict, LetterInfo]:
    """The template's data for one tenant; ``ValidationError`` for a bad address or
    bad free fields."""
    co_holders: list[OccupantData] = []
    if options.addressees:
        co_holders = other_holders(tenant.data, list(options.addressees))
        tenant = dataclasses.replace(
            tenant, data=addressed_to(tenant.data, list(options.addressees))
        )
    address = tenant_address(tenant.data)
    signatory = profile.signatory(options.signatory) if options.signatory else None
    info = LetterInfo(
        reference=reference,
        date=on,
        subject=options.subject if options.subject is not None else template.subject,
        registered_mail=(
            options.registered_mail
            if options.registered_mail is not None
            else template.registered_mail
        ),
        registered_number=options.registered_number.strip(),
        handled_by=options.handled_by.strip() or actor.label,
    )
    base = build_context(
        tenant.data,
        profile=profile,
        letter=info,
        agency_name=tenant.agency_name,
        signatory=signatory,
        address=address,
        agency_town=tenant.agency_city,
        co_holders=co_holders,
    )
    raw = {}
    for f in template.fields:
        given = options.fields.get(f.name, "")
        raw[f.name] = given if str(given).strip() else default_value(f, base, on)
    base["champs"] = parse_free_fields(template, raw)
    return base, info


def _check_access(
    actor: Actor, tenant: _Tenant | Household, permission: Permission = Permission.TENANT_WRITE
) -> None:
    """The actor's agency holds the tenant's file (the right to write to it, or ``permission``)."""
    authz.require_agency(
        actor, permission, tenant.agency_id, entity=tenants.ENTITY, entity_id=tenant.id
    )


def _batch_letter(
    db: Database,
    actor: Actor,
    tenant: _Tenant,
    template: LetterTemplate,
    options: LetterOptions,
    profile: OrganisationProfile,
    on: dt.date,
    failures: list[BatchFailure],
) -> tuple[str, dict, LetterInfo] | None:
    """One tenant's letter of a batch (ordinary or mass mailing): its new reference,
    the template's data and what the register keeps. ``None`` when the actor may not
    write to the file or the data are refused, the failure added to ``failures``: a
    file of another agency is refused with the refusal audited, and the result does
    not name its tenant."""
    try:
        _check_access(actor, tenant)
        reference = new_reference(tenant.data.dwelling.agency_code, on)
        ctx, info = _letter_context(tenant, template, options, profile, reference, on, actor)
    except UserError as exc:
        if isinstance(exc, PermissionDenied):
            authz.record_refusal(db, actor, exc, "publipostage")
        name = "" if isinstance(exc, PermissionDenied) else tenant.data.display_name
        failures.append(BatchFailure(tenant.id, name, failure_message(exc)))
        return None
    return reference, ctx, info


_not_found = tenants.file_not_found


# --------------------------------------------------------------------------- archive + register


def archive_folder(at: dt.datetime) -> Path:
    """The archive's folder for the documents registered at ``at``: one a month
    (``documents/2026/12``)."""
    return documents_dir() / f"{at.year:04d}" / f"{at.month:02d}"


def archive_stem(reference: str, template_name: str, last_name: str) -> str:
    """A letter's file name in the archive, without its extension: its reference, its
    template and the addressee's name (``BXN-2026-7KQ3M9_relance-impaye_DUPONT``)."""
    return f"{reference}_{safe_filename(template_name, 30)}_{safe_filename(last_name, 30)}"


def _archive_paths(
    made: _Made, template: LetterTemplate, at: dt.datetime
) -> tuple[Path, Path | None]:
    folder = archive_folder(at)
    stem = archive_stem(made.reference, template.name, made.tenant.data.titular.last_name)
    docx = unique_path(folder / f"{stem}.docx")
    return docx, unique_path(folder / f"{stem}.pdf") if made.pdf else None


def _register(
    db: Database,
    actor: Actor,
    template: LetterTemplate,
    items: list[_Made],
    batch_id: str,
    note: Callable[[list[Path]], None] | None = None,
) -> list[DocumentView]:
    """Archive the files of ``items`` and record them, in one transaction. ``note``
    is given the archive's paths before the files go there (a batch's journal: after a
    kill between the move and the commit, the files it names that the register does not
    hold are removed, none is left looking like a registered letter)."""
    stamp = now()
    planned = [(made, *_archive_paths(made, template, stamp)) for made in items]
    if note is not None:
        note([path for _m, docx, pdf in planned for path in (docx, pdf) if path is not None])
    archived = []
    moved: list[tuple[Path, Path]] = []  # (in the archive, where it was made), as moved
    try:
        for made, docx, pdf in planned:
            moved_pdf = _archive_file(made.pdf, pdf, moved) if made.pdf and pdf else None
            archived.append((made, _archive_file(made.docx, docx, moved), moved_pdf))
        sync_files(path for _m, docx, pdf in archived for path in (docx, pdf))  # then recorded
        with db.transaction() as session:
            views = []
            for made, docx, pdf in archived:
                digests = file_digests(docx, pdf)
                record = DocumentRecord(
                    household_id=made.tenant.id or None,
                    reference=made.reference,
                    template_name=template.name,
                    template_version=template.version,
                    title=template.title,
                    subject=made.subject[:SUBJECT_MAX],
                    docx_path=str(docx),
                    docx_sha256=digests["docx"],
                    pdf_path=str(pdf) if pdf else "",
                    pdf_sha256=digests["pdf"],
                    signed=made.signed,
                    signer=made.signer[:200],
                    registered_mail=made.registered_mail,
                    batch_id=batch_id,
                    created_at=stamp,
                    created_by=actor.username,
                )
                session.add(record)
                session.flush()
                if made.tenant.id:
                    summary = f"{made.reference} · {template.title}"
                    timeline.add_event(
                        session, made.tenant.id, EVENT_DOCUMENT, summary, actor, stamp
                    )
                audit.record(
                    session,
                    actor,
                    "courrier",
                    ENTITY,
                    record.id,
                    None,
                    {
                        "reference": made.reference,
                        "dossier": made.tenant.id or None,
                        "modele": template.name,
                        "version": template.version,
                        "pdf": bool(pdf),
                        "signe": made.signed,
                        "lot": batch_id or None,
                        DIGESTS: digests,
                    },
                )
                views.append(_view(record))
            return views
    except BaseException:
        # Nothing registered: every file moved so far goes back to the staging folder
        # it came from, a letter's PDF as well when its DOCX could not follow (a chunk
        # is registered again letter by letter, ``_register_chunk``), the staging
        # folder is removed with the batch.
        for archived_path, staged in reversed(moved):
            _put_back(archived_path, staged)
        raise


class ArchiveRefused(UserError):
    """The archive refused a letter's file: every file moved back where it was made,
    nothing registered. Said of one letter; a batch says it of itself
    (``_register_chunk``)."""

    def __init__(self, path: Path, exc: OSError) -> None:
        self.path, self.reason = path, os_reason(exc)
        super().__init__(_m(_NOT_ARCHIVED, path=str(path), error=self.reason))


_NOT_ARCHIVED = QT_TRANSLATE_NOOP(
    "messages",
    "Le courrier n'a pas pu être rangé dans l'archive des documents (« {path} » : "
    "{error}). Rien n'a été enregistré ni laissé dans l'archive : réessayez.",
)
_BATCH_NOT_ARCHIVED = QT_TRANSLATE_NOOP(
    "messages",
    "Publipostage interrompu : l'archive des documents a refusé « {path} » ({error}). "
    "Les courriers déjà rangés restent au registre ; les autres n'ont pas été enregistrés "
    "et aucun de leurs fichiers n'est resté dans l'archive. Relancez le publipostage une "
    "fois l'archive accessible.",
)


def _archive_file(staged: Path, target: Path, moved: list[tuple[Path, Path]]) -> Path:
    """``staged`` moved to ``target`` in the archive and added to ``moved``; a refusal
    of the system is ``ArchiveRefused``, naming the archive's file."""
    try:
        archived = atomic_move(staged, target)
    except OSError as exc:
        if target.exists():  # copied to another volume, its source not removed
            moved.append((target, staged))
        raise ArchiveRefused(target, exc) from exc
    moved.append((archived, staged))
    return archived


def _put_back(archived: Path, staged: Path) -> None:
    """An archived file back where it was made, or removed if it cannot go back."""
    try:
        atomic_move(archived, staged)
    except OSError:
        archived.unlink(missing_ok=True)


def _register_chunk(
    db: Database,
    actor: Actor,
    template: LetterTemplate,
    items: list[_Made],
    batch_id: str,
    note: Callable[[list[Path]], None] | None,
    failures: list[BatchFailure],
) -> list[DocumentView]:
    """``_register`` for a chunk of a batch's letters. When a reference was drawn twice
    (the register's unique constraint refuses the chunk), the letters are registered one
    by one, and those that still fail are added to ``failures``."""
    try:
        return _register(db, actor, template, items, batch_id, note)
    except ArchiveRefused as exc:  # the next chunks would be refused too: the batch stops
        raise UserError(_m(_BATCH_NOT_ARCHIVED, path=str(exc.path), error=exc.reason)) from exc
    except IntegrityError:
        done: list[DocumentView] = []
        for made in items:
            try:
                done += _register(db, actor, template, [made], batch_id, note)
            except UserError as exc:
                failures.append(
                    BatchFailure(made.tenant.id, made.tenant.data.display_name, exc.message)
                )
            except IntegrityError:
                # The database's own words (English, table names) are for the log, not
                # for the agency: what happened, and what to do.
                log.warning("letter %s not registered: reference taken", made.reference)
                failures.append(BatchFailure(made.tenant.id, made.tenant.data.display_name, _TAKEN))
        return done


_TAKEN = Message(
    QT_TRANSLATE_NOOP(
        "messages",
        "Enregistrement impossible : la référence tirée pour ce courrier l'a déjà été pour "
        "un autre. Relancez ce courrier seul.",
    )
)


def _sign(made: _Made, key, place: str) -> None:
    from desktop.documents import signing

    assert made.pdf is not None
    signed = made.pdf.with_name(made.pdf.stem + "-signe.pdf")
    signing.sign_pdf(made.pdf, signed, key, location=place)
    made.pdf.unlink(missing_ok=True)
    made.pdf = signed
    made.signed = True
    made.signer = signing._signer_name(key.subject)


# --------------------------------------------------------------------------- converter


def pdf_available() -> bool:
    """Whether this workstation can make PDF letters (LibreOffice or Word)."""
    from desktop.documents import convert

    return convert.converter_name() is not None


def _pdf_options(options: LetterOptions) -> tuple[LetterOptions, Message | None]:
    """The options a letter is made with: a signature (on the PDF) asked without the PDF
    is refused; with no converter on this workstation, a letter asked "with PDF" is made
    as DOCX only (kept and registered) and the user is told so (the message returned),
    while a signature is refused before anything is made. A subject longer than
    SUBJECT_MAX or holding control characters is refused first."""
    if options.subject is not None:
        subject = options.subject
        if len(subject) > SUBJECT_MAX:
            raise ValidationError(
                {
                    "subject": _m(  # shown alone in the letter form: it names the field
                        QT_TRANSLATE_NOOP(
                            "messages", "L'objet du courrier : {max} caractères au plus."
                        ),
                        max=SUBJECT_MAX,
                    )
                }
            )
        if any(ord(c) < 32 or c in BIDI_CONTROLS for c in subject):
            raise ValidationError(
                {
                    "subject": _m(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "L'objet contient des caractères de contrôle ou invisibles : "
                            "retapez-le.",
                        )
                    )
                }
            )
    if options.signing_key is not None and not options.pdf:
        raise ValidationError(
            {
                "pdf": _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "La signature électronique porte sur le PDF : cochez « PDF »."
                    )
                )
            }
        )
    if not options.pdf or pdf_available():
        return options, None
    from desktop.documents import convert

    if options.signing_key is not None:
        raise ValidationError({"pdf": convert.unavailable_error().message})
    return dataclasses.replace(options, pdf=False), convert.pdf_skipped_notice()


# --------------------------------------------------------------------------- batches


class ProgressCounter:
    """A batch's work units and complete letters, reported as ``BatchProgress`` with
    an estimate of the time left after each step; called from the worker threads
    (``lock``, which the batch may share for its own lists). ``phase`` is set by the
    batch as it goes ("docx", "pdf", "fin")."""

    def __init__(
        self,
        total_units: int,
        letters_total: int,
        started: float,
        progress: Callable[[BatchProgress], None] | None,
        lock: threading.RLock | None = None,
    ) -> None:
        self.total_units = total_units
        self.letters_total = letters_total
        self.started = started
        self.progress = progress
        self.lock = lock or threading.RLock()
        self.units = 0
        self.letters = 0
        self.phase = "docx"

    def __call__(self, units: int = 0, letters: int = 0) -> None:
        with self.lock:
            self.units += units
            self.letters += letters
            done = self.units
            elapsed = time.perf_counter() - self.started
            remaining = elapsed * (self.total_units - done) / done if done else None
            snapshot = BatchProgress(
                done,
                self.total_units,
                self.letters,
                self.letters_total,
                self.phase,
                elapsed,
                remaining,
            )
        if self.progress is not None:
            self.progress(snapshot)


@dataclass(frozen=True)
class BatchProgress:
    done: int  # work units done (a DOCX counts 1, a PDF PDF_WEIGHT)
    total: int
    letters_done: int  # letters complete (registered or about to be)
    letters_total: int
    phase: str  # "docx", "pdf", "fin"
    elapsed: float
    remaining: float | None  # seconds, estimated

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 1.0


@dataclass(frozen=True)
class BatchFailure:
    household_id: int
    name: str
    message: Message


def failure_message(exc: UserError) -> Message:
    """What a batch says of a letter refused by ``exc``: its message, followed by each
    field's message when there are several (« La saisie comporte 4 erreurs. » alone
    does not say what to correct)."""
    fields = getattr(exc, "fields", None) or {}
    if len(fields) < 2:
        return exc.message
    return _m(
        QT_TRANSLATE_NOOP("messages", "{summary} {details}"),
        summary=exc.message,
        details=" ; ".join(str(m) for m in fields.values()),
    )


@dataclass
class BatchResult:
    batch_id: str
    documents: list[DocumentView]
    failures: list[BatchFailure]
    merged_pdf: Path | None
    out_dir: Path | None
    cancelled: bool
    seconds: float
    timings: dict[str, float] = field(default_factory=dict)
    notices: list[Message] = field(default_factory=list)  # said with the result
    # Mass mailing: the print file in parts (postcode order) and their CSV manifest;
    # ``documents`` is then left empty (memory) and ``count`` says how many were made.
    parts: list[Path] = field(default_factory=list)
    manifest: Path | None = None
    count: int | None = None
    resumed: int = 0  # letters registered by the interrupted run this one resumed

    @property
    def produced(self) -> int:
        return self.count if self.count is not None else len(self.documents)


def produced_counted(count: int) -> Message:
    """« aucun courrier produit », « 1 courrier produit et enregistré », « 4 courriers
    produits et enregistrés » (a batch's letters, made and in the register)."""
    return counted(
        count,
        QT_TRANSLATE_NOOP("messages", "{n} courrier produit et enregistré"),
        QT_TRANSLATE_NOOP("messages", "{n} courriers produits et enregistrés"),
        QT_TRANSLATE_NOOP("messages", "aucun courrier produit"),
    )


# « 1 courrier », « 4 courriers ».
letters_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} courrier"),
    QT_TRANSLATE_NOOP("messages", "{n} courriers"),
)


# « 1 page », « 12 pages ».
pages_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} page"),
    QT_TRANSLATE_NOOP("messages", "{n} pages"),
)


@dataclass
class BatchRequest:
    options: LetterOptions
    household_ids: list[int] | None = None  # a selection...
    query: tenants.TenantQuery | None = None  # ...or a saved query
    out_dir: Path | None = None  # copies of the letters and the merged PDF
    duplex: bool = False  # merged PDF: each letter starts on a front page
    processes: int = 2  # LibreOffice processes in parallel
    # Mass mailing (``run_batch`` docstring): None chooses it from MASS_FROM letters.
    mass: bool | None = None
    part_pages: int = 1000  # mass mailing: pages of a print part, at most
    batch_id: str | None = None  # resume this interrupted batch (mass mailing)


Progress = Callable[[BatchProgress], None]
Cancelled = Callable[[], bool]


def audit_summary(
    db: Database,
    actor: Actor,
    template: LetterTemplate,
    batch_id: str,
    produced: int,
    failed: int,
    cancelled: bool,
) -> None:
    with db.transaction() as session:
        audit.record(
            session,
            actor,
            "publipostage",
            ENTITY,
            None,
            None,
            {
                "lot": batch_id,
                "modele": template.name,
                "produits": produced,
                "echecs": failed,
                "annule": cancelled,
            },
        )
