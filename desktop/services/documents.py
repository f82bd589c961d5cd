"""Letters to tenants: one letter, batches (publipostage), the document register.

A letter is rendered from a template (``desktop.documents``) with a tenant file's
data, converted to PDF and signed when asked, then its files are moved into the
document archive and recorded in the register (``document`` table) with their
SHA-256, in one transaction with a timeline event and an audit event. Files are
complete before they are registered: a crash or a cancel never leaves a half-made
document in the register.

The archive folder is ``documents_dir`` in the settings file (a shared drive when the
base is on PostgreSQL), by default ``documents`` in the user's data folder.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from desktop import config
from desktop.documents import engine
from desktop.documents.context import (
    LetterInfo,
    build_context,
    new_reference,
    tenant_address,
)
from desktop.documents.files import (
    atomic_move,
    atomic_write_bytes,
    safe_filename,
    sha256_file,
    unique_path,
)
from desktop.documents.library import (
    LetterTemplate,
    default_value,
    get_template,
    parse_free_fields,
)
from desktop.documents.profile import OrganisationProfile
from desktop.domain.errors import NotFoundError, PermissionDenied, UserError, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.roles import Permission
from desktop.domain.tenant import TenantFileData
from desktop.services import audit, authz, organisation, tenants
from desktop.services.authz import guarded
from desktop.services.context import Actor, now, today
from desktop.storage.db import Database
from desktop.storage.models import DocumentRecord, Dwelling, Household, TimelineEvent

ENTITY = "document"
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
    return DocumentView(
        id=r.id,
        household_id=r.household_id,
        reference=r.reference,
        template_name=r.template_name,
        template_version=r.template_version,
        title=r.title,
        subject=r.subject,
        docx_path=Path(r.docx_path),
        docx_sha256=r.docx_sha256,
        pdf_path=Path(r.pdf_path) if r.pdf_path else None,
        pdf_sha256=r.pdf_sha256,
        signed=r.signed,
        signer=r.signer,
        registered_mail=r.registered_mail,
        batch_id=r.batch_id,
        created_at=r.created_at,
        created_by=r.created_by,
    )


# --------------------------------------------------------------------------- requests


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


@dataclass(frozen=True)
class _Tenant:
    id: int
    agency_id: int
    agency_name: str
    data: TenantFileData
    postcode: str
    sort_name: str


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
                    h.id, h.agency_id, h.agency.name, data, h.dwelling.postcode, h.sort_name
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
    )
    raw = {}
    for f in template.fields:
        given = options.fields.get(f.name, "")
        raw[f.name] = given if str(given).strip() else default_value(f, base, on)
    base["champs"] = parse_free_fields(template, raw)
    return base, info


def _check_access(actor: Actor, tenant: _Tenant) -> None:
    authz.require_agency(
        actor, Permission.TENANT_WRITE, tenant.agency_id, entity=tenants.ENTITY, entity_id=tenant.id
    )


# --------------------------------------------------------------------------- preview


@dataclass(frozen=True)
class Preview:
    docx: bytes
    paragraphs: list[str]
    reference: str


def free_field_defaults(
    db: Database, actor: Actor, template_name: str, household_id: int | None
) -> dict[str, str]:
    """The form's initial values for a template's free fields (for this tenant)."""
    template = get_template(template_name)
    ctx: dict = {}
    on = today()
    if household_id is not None:
        tenant = _load_tenants(db, [household_id]).get(household_id)
        if tenant is not None:
            ctx = {"locataire": {"solde": tenant.data.balance}}
    return {f.name: default_value(f, ctx, on) for f in template.fields}


def preview_letter(
    db: Database, actor: Actor, household_id: int | None, options: LetterOptions
) -> Preview:
    """Render without recording anything (``household_id`` None: the sample tenant)."""
    from desktop.documents.context import sample_tenant

    authz.require(actor, Permission.TENANT_READ)
    template = get_template(options.template_name)
    profile = organisation.load_profile(db)
    on = options.on or today()
    if household_id is None:
        tenant = _Tenant(0, 0, "Agence Bordeaux Nord", sample_tenant(), "33000", "")
    else:
        found = _load_tenants(db, [household_id]).get(household_id)
        if found is None:
            raise _not_found(household_id)
        tenant = found
        authz.require_agency(
            actor,
            Permission.TENANT_READ,
            tenant.agency_id,
            entity=tenants.ENTITY,
            entity_id=household_id,
        )
    reference = "APERCU-" + new_reference("", on).split("-", 1)[1]
    ctx, _info = _letter_context(tenant, template, options, profile, reference, on, actor)
    data = engine.render_bytes(template, ctx, envelope=profile.envelope)
    return Preview(data, engine.docx_paragraphs(data), reference)


def _not_found(household_id: int) -> NotFoundError:
    return NotFoundError(
        _m(
            QT_TRANSLATE_NOOP("messages", "Le dossier n° {id} n'existe pas ou plus."),
            id=household_id,
        )
    )


# --------------------------------------------------------------------------- archive + register


def _archive_name(made: _Made, template: LetterTemplate) -> str:
    name = made.tenant.data.titular.last_name
    return f"{made.reference}_{safe_filename(template.name, 30)}_{safe_filename(name, 30)}"


def _archive(made: _Made, template: LetterTemplate, at: dt.datetime) -> tuple[Path, Path | None]:
    folder = documents_dir() / f"{at.year:04d}" / f"{at.month:02d}"
    stem = _archive_name(made, template)
    docx = atomic_move(made.docx, unique_path(folder / f"{stem}.docx"))
    pdf = atomic_move(made.pdf, unique_path(folder / f"{stem}.pdf")) if made.pdf else None
    return docx, pdf


def _register(
    db: Database, actor: Actor, template: LetterTemplate, items: list[_Made], batch_id: str
) -> list[DocumentView]:
    """Archive the files of ``items`` and record them, in one transaction."""
    stamp = now()
    archived = []
    try:
        for made in items:
            archived.append((made, *_archive(made, template, stamp)))
        with db.transaction() as session:
            views = []
            for made, docx, pdf in archived:
                record = DocumentRecord(
                    household_id=made.tenant.id or None,
                    reference=made.reference,
                    template_name=template.name,
                    template_version=template.version,
                    title=template.title,
                    subject=made.subject[:300],
                    docx_path=str(docx),
                    docx_sha256=sha256_file(docx),
                    pdf_path=str(pdf) if pdf else "",
                    pdf_sha256=sha256_file(pdf) if pdf else "",
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
                    session.add(
                        TimelineEvent(
                            household_id=made.tenant.id,
                            occurred_at=stamp,
                            kind=EVENT_DOCUMENT,
                            summary=f"{made.reference} · {template.title}",
                            actor=actor.username,
                        )
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
                    },
                )
                views.append(_view(record))
            return views
    except BaseException:
        for _made, docx, pdf in archived:  # nothing registered: remove the files too
            docx.unlink(missing_ok=True)
            if pdf:
                pdf.unlink(missing_ok=True)
        raise


def _sign(made: _Made, key, place: str) -> None:
    from desktop.documents import signing

    assert made.pdf is not None
    signed = made.pdf.with_name(made.pdf.stem + "-signe.pdf")
    signing.sign_pdf(made.pdf, signed, key, location=place)
    made.pdf.unlink(missing_ok=True)
    made.pdf = signed
    made.signed = True
    made.signer = signing._signer_name(key.subject)


STAGING = ".en-cours"
_STAGING_LOCK = ".verrou"  # held while the batch that owns the folder runs
_STAGING_PIDS = "soffice.pids"  # the LibreOffice processes the batch started
ABANDONED_AFTER = 24 * 3600  # a staging folder without lock file, older than this


class _Staging:
    """A batch's staging folder (``documents/.en-cours/lot-*``): locked while the batch
    runs, removed when it ends (success, error or cancel). A folder left by a killed
    batch is found unlocked by ``sweep_staging`` and removed with the LibreOffice
    processes it started."""

    def __init__(self):
        base = documents_dir() / STAGING
        base.mkdir(parents=True, exist_ok=True)
        self.path = Path(tempfile.mkdtemp(prefix="lot-", dir=base))
        from desktop.documents import convert

        self._lock = open(self.path / _STAGING_LOCK, "a+b")
        convert._try_lock(self._lock)
        self._pid_lock = threading.Lock()

    def record_pid(self, proc) -> None:
        with self._pid_lock, open(self.path / _STAGING_PIDS, "a", encoding="ascii") as f:
            f.write(f"{proc.pid}\n")

    def remove(self) -> None:
        from desktop.documents import convert

        convert._unlock(self._lock)
        self._lock.close()
        shutil.rmtree(self.path, ignore_errors=True)


def _staging_dir() -> Path:
    base = documents_dir() / STAGING
    base.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix="lot-", dir=base))


def sweep_staging() -> int:
    """Remove the staging folders of batches that were killed (and end the LibreOffice
    processes they left); the number of folders removed. A folder whose batch still
    runs (here or on another workstation sharing the folder) is locked and kept."""
    from desktop.documents import convert

    base = documents_dir() / STAGING
    removed = 0
    try:
        folders = [f for f in base.iterdir() if f.is_dir() and f.name.startswith("lot-")]
    except OSError:
        return 0
    for folder in folders:
        lock_path = folder / _STAGING_LOCK
        if lock_path.exists():
            try:
                handle = open(lock_path, "a+b")
            except OSError:
                continue
            if not convert._try_lock(handle):
                handle.close()
                continue
            try:
                pids = (folder / _STAGING_PIDS).read_text("ascii").split()
            except OSError:
                pids = []
            for pid in pids:
                if pid.isdigit():
                    convert.kill_leftover_group(int(pid))
            convert._unlock(handle)
            handle.close()
        else:  # made before lock files existed: removed once clearly abandoned
            try:
                if time.time() - folder.stat().st_mtime < ABANDONED_AFTER:
                    continue
            except OSError:
                continue
        shutil.rmtree(folder, ignore_errors=True)
        removed += 0 if folder.exists() else 1
    return removed


# --------------------------------------------------------------------------- one letter


@guarded("courrier")
def produce_letter(
    db: Database, actor: Actor, household_id: int, options: LetterOptions
) -> DocumentView:
    """Make one letter (DOCX, and PDF and signature when asked) and register it."""
    from desktop.documents import convert

    authz.require(actor, Permission.TENANT_WRITE, entity=tenants.ENTITY, entity_id=household_id)
    template = get_template(options.template_name)
    profile = organisation.load_profile(db)
    on = options.on or today()
    tenant = _load_tenants(db, [household_id]).get(household_id)
    if tenant is None:
        raise _not_found(household_id)
    _check_access(actor, tenant)
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
    options, notice = _without_pdf_if_no_converter(options)
    reference = new_reference(tenant.data.dwelling.agency_code, on)
    ctx, info = _letter_context(tenant, template, options, profile, reference, on, actor)
    data = engine.render_bytes(template, ctx, envelope=profile.envelope)
    staging_folder = _Staging()
    staging = staging_folder.path
    try:
        docx = atomic_write_bytes(staging / f"{reference}.docx", data)
        made = _Made(tenant, reference, info.subject, info.registered_mail, docx)
        if options.pdf:
            made.pdf = convert.convert_one(docx, staging / "pdf")
            if options.signing_key is not None:
                _sign(made, options.signing_key, ctx["lettre"]["lieu"])
        view = _register(db, actor, template, [made], "")[0]
        return dataclasses.replace(view, notice=notice) if notice else view
    finally:
        staging_folder.remove()


def pdf_available() -> bool:
    """Whether this workstation can make PDF letters (LibreOffice or Word)."""
    from desktop.documents import convert

    return convert.converter_name() is not None


def _without_pdf_if_no_converter(options: LetterOptions) -> tuple[LetterOptions, Message | None]:
    """With no converter on this workstation, a letter asked "with PDF" is made as DOCX
    only (kept and registered) and the user is told so; a signature (on the PDF) is
    refused before anything is made."""
    if not options.pdf or pdf_available():
        return options, None
    from desktop.documents import convert

    if options.signing_key is not None:
        raise ValidationError({"pdf": convert.unavailable_error().message})
    return dataclasses.replace(options, pdf=False), convert.pdf_skipped_notice()


# --------------------------------------------------------------------------- batches


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


def resolve_targets(db: Database, actor: Actor, request: BatchRequest) -> list[int]:
    if request.household_ids is not None:
        return list(dict.fromkeys(request.household_ids))
    query = request.query or tenants.TenantQuery()
    ids: list[int] = []
    offset = 0
    while True:
        rows = tenants.search(db, actor, query, offset=offset, limit=1000)
        ids += [r.id for r in rows]
        if len(rows) < 1000:
            return ids
        offset += 1000


@guarded("publipostage")
def run_batch(
    db: Database,
    actor: Actor,
    request: BatchRequest,
    progress: Progress | None = None,
    cancelled: Cancelled = lambda: False,
) -> BatchResult:
    """The same template for many tenants, in postcode order.

    Mass mailing (``request.mass``, chosen by default with a PDF for MASS_FROM letters
    or more when LibreOffice is there): the letters are made a window at a time
    (memory stays bounded), joined in chunks of CHUNK_LETTERS for one LibreOffice
    conversion each (``desktop.documents.compose``), the chunk's PDF cut back into one
    PDF per letter for the register; with ``out_dir``, the print file is written in
    parts of at most ``request.part_pages`` pages with a CSV manifest. The batch is
    journaled: after a kill, ``interrupted_batches()`` gives the request that resumes
    it, and the letters already registered are not made again.

    A failure on one tenant (address, rights, conversion) is listed in the result and
    does not stop the others. ``cancelled()`` is polled between letters: the letters
    complete by then are registered, nothing half made is. ``progress`` is called from
    this thread and, during PDF conversion, from the converter threads.
    """
    from desktop.documents import convert

    started = time.perf_counter()
    timings = {
        "chargement": 0.0,
        "docx": 0.0,
        "pdf": 0.0,
        "signature": 0.0,
        "enregistrement": 0.0,
        "assemblage": 0.0,
    }
    options = request.options
    authz.require(actor, Permission.TENANT_WRITE, entity=tenants.ENTITY)
    template = get_template(options.template_name)
    profile = organisation.load_profile(db)
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
    options, notice = _without_pdf_if_no_converter(options)
    on = options.on or today()
    sweep_staging()  # folders left by a killed batch
    t0 = time.perf_counter()
    ids = resolve_targets(db, actor, request)
    if _mass_wanted(request, len(ids)):
        return _run_mass(
            db, actor, request, ids, template, profile, on, progress, cancelled, started, timings
        )
    batch_id = uuid.uuid4().hex[:12]
    loaded = _load_tenants(db, ids)
    timings["chargement"] = time.perf_counter() - t0
    failures: list[BatchFailure] = [
        BatchFailure(i, "", _not_found(i).message) for i in ids if i not in loaded
    ]
    ordered = sorted(loaded.values(), key=lambda t: (t.postcode, t.sort_name, t.id))
    n = len(ordered)
    per_letter = 1 + (PDF_WEIGHT if options.pdf else 0)
    total_units = max(n * per_letter, 1)
    state: dict[str, Any] = {"units": 0, "letters": 0, "phase": "docx"}
    lock = threading.RLock()

    def report(units: int = 0, letters: int = 0) -> None:
        with lock:
            state["units"] += units
            state["letters"] += letters
            done = state["units"]
            elapsed = time.perf_counter() - started
            remaining = elapsed * (total_units - done) / done if done else None
            snapshot = BatchProgress(
                done, total_units, state["letters"], n, state["phase"], elapsed, remaining
            )
        if progress is not None:
            progress(snapshot)

    staging_folder = _Staging()
    staging = staging_folder.path
    documents: list[DocumentView] = []
    made_list: list[_Made] = []
    pending: list[_Made] = []
    was_cancelled = False
    name_of = {t.id: t.data.display_name for t in ordered}

    def flush(force: bool = False) -> None:
        """Register the completed letters (in chunks: one transaction each)."""
        while pending and (force or len(pending) >= REGISTER_CHUNK):
            chunk = pending[:REGISTER_CHUNK]
            del pending[:REGISTER_CHUNK]
            t = time.perf_counter()
            try:
                documents.extend(_register(db, actor, template, chunk, batch_id))
            except IntegrityError:  # a reference drawn twice: register them one by one
                for made in chunk:
                    try:
                        documents.extend(_register(db, actor, template, [made], batch_id))
                    except Exception as exc:
                        failures.append(
                            BatchFailure(
                                made.tenant.id,
                                name_of[made.tenant.id],
                                _m(
                                    QT_TRANSLATE_NOOP(
                                        "messages", "Enregistrement impossible : {error}"
                                    ),
                                    error=str(exc),
                                ),
                            )
                        )
            timings["enregistrement"] += time.perf_counter() - t

    try:
        report()
        source = template.docx.read_bytes()
        t_docx = time.perf_counter()

        def prepared():
            """(tenant, reference, context, info) for each tenant, failures reported."""
            for tenant in ordered:
                try:
                    _check_access(actor, tenant)
                    reference = new_reference(tenant.data.dwelling.agency_code, on)
                    ctx, info = _letter_context(
                        tenant, template, options, profile, reference, on, actor
                    )
                except UserError as exc:
                    denied = isinstance(exc, PermissionDenied)
                    if isinstance(exc, PermissionDenied):  # another agency's file: audited,
                        authz.record_refusal(db, actor, exc, "publipostage")  # name not shown
                    failures.append(
                        BatchFailure(
                            tenant.id, "" if denied else tenant.data.display_name, exc.message
                        )
                    )
                    report(per_letter)
                    continue
                yield tenant, reference, ctx, info

        def accept(item, data: bytes) -> None:
            tenant, reference, _ctx, info = item
            docx = atomic_write_bytes(staging / f"{len(made_list):05d}-{reference}.docx", data)
            made = _Made(tenant, reference, info.subject, info.registered_mail, docx)
            made_list.append(made)
            if options.pdf:
                report(1)
            else:
                with lock:
                    pending.append(made)
                    flush()
                report(1, 1)

        for item, data in _render_all(
            template,
            prepared(),
            profile.envelope,
            source,
            request.processes if n >= PARALLEL_FROM else 1,
            cancelled,
        ):
            accept(item, data)
        was_cancelled = cancelled() and len(made_list) + len(failures) < len(ids)
        timings["docx"] = time.perf_counter() - t_docx - timings["enregistrement"]
        if options.pdf and made_list and not was_cancelled:
            state["phase"] = "pdf"
            by_docx = {m.docx: m for m in made_list}
            place = profile.place
            t_pdf = time.perf_counter()

            def on_done(doc: Path, pdf: Path | None, error: Message | None) -> None:
                made = by_docx[doc]
                if pdf is None:
                    with lock:
                        failures.append(
                            BatchFailure(
                                made.tenant.id,
                                name_of[made.tenant.id],
                                error
                                or _m(
                                    QT_TRANSLATE_NOOP("messages", "Conversion en PDF impossible.")
                                ),
                            )
                        )
                    report(PDF_WEIGHT)
                    return
                made.pdf = pdf
                if options.signing_key is not None:
                    t = time.perf_counter()
                    try:
                        _sign(made, options.signing_key, place or made.tenant.data.dwelling.city)
                    except UserError as exc:
                        with lock:
                            failures.append(
                                BatchFailure(made.tenant.id, name_of[made.tenant.id], exc.message)
                            )
                        made.pdf = None
                        report(PDF_WEIGHT)
                        return
                    finally:
                        with lock:
                            timings["signature"] += time.perf_counter() - t
                with lock:
                    pending.append(made)
                    flush()
                report(PDF_WEIGHT, 1)

            def stop() -> bool:
                nonlocal was_cancelled
                if cancelled():
                    was_cancelled = True
                return was_cancelled

            convert.convert_many(
                [m.docx for m in made_list],
                staging / "pdf",
                on_done,
                stop,
                processes=request.processes,
                on_start=staging_folder.record_pid,
            )
            timings["pdf"] = time.perf_counter() - t_pdf - timings["signature"]
        with lock:
            flush(force=True)
        state["phase"] = "fin"
        merged = None
        if request.out_dir is not None and documents:
            t = time.perf_counter()
            merged = _deliver(documents, ordered, request, template, batch_id)
            timings["assemblage"] = time.perf_counter() - t
        report()
        audit_summary(db, actor, template, batch_id, len(documents), len(failures), was_cancelled)
        return BatchResult(
            batch_id,
            documents,
            failures,
            merged,
            request.out_dir,
            was_cancelled,
            time.perf_counter() - started,
            timings,
            [notice] if notice else [],
        )
    finally:
        staging_folder.remove()


# --------------------------------------------------------------------------- mass mailing

MASS_FROM = 300  # letters with PDF: from this many, the mass-mailing path (automatic)
CHUNK_LETTERS = 100  # letters joined in one DOCX for one LibreOffice conversion
JOURNALS = ".lots"  # documents/.lots/<batch>.json: batches to resume after a kill
_RUNNING: set[str] = set()  # batches journaled and running in this process


def _mass_wanted(request: BatchRequest, letters: int) -> bool:
    from desktop.documents import convert

    if request.batch_id is not None:
        return True
    wanted = (
        request.mass if request.mass is not None else (request.options.pdf and letters >= MASS_FROM)
    )
    return bool(wanted and request.options.pdf and convert.find_soffice())


@dataclass(frozen=True)
class _Target:
    id: int
    postcode: str
    contract: str


def _ordered_targets(db: Database, ids: list[int]) -> list[_Target]:
    """The batch's files in postcode order, as a few light columns (not whole files)."""
    rows: list[Any] = []
    with db.reader() as session:
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            rows += session.execute(
                select(
                    Household.id, Dwelling.postcode, Household.sort_name, Household.contract_number
                )
                .join(Dwelling, Dwelling.id == Household.dwelling_id)
                .where(Household.id.in_(chunk))
            ).all()
    rows.sort(key=lambda r: (r[1], r[2], r[0]))
    return [_Target(r[0], r[1], r[3]) for r in rows]


def _journal_path(batch_id: str) -> Path:
    return documents_dir() / JOURNALS / f"{safe_filename(batch_id, 40)}.json"


def _write_journal(batch_id: str, request: BatchRequest, ids: list[int]) -> Path:
    import json

    o = request.options
    data = {
        "lot": batch_id,
        "modele": o.template_name,
        "champs": o.fields,
        "objet": o.subject,
        "recommande": o.registered_mail,
        "numero_recommande": o.registered_number,
        "signataire": o.signatory,
        "suivi_par": o.handled_by,
        "date": o.on.isoformat() if o.on else None,
        "dossiers": ids,
        "dossier_sortie": str(request.out_dir) if request.out_dir else None,
        "recto_verso": request.duplex,
        "pages_par_partie": request.part_pages,
    }
    path = _journal_path(batch_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    return atomic_write_bytes(path, json.dumps(data, ensure_ascii=False).encode("utf-8"))


def interrupted_batches() -> list[BatchRequest]:
    """Mass mailings stopped before their end (process killed, machine off): the
    requests that resume them (``run_batch``), letters already registered skipped.
    A batch running in this process is not one of them."""
    import json

    out = []
    folder = documents_dir() / JOURNALS
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            d = json.loads(path.read_text("utf-8"))
            if str(d["lot"]) in _RUNNING:
                continue
            options = LetterOptions(
                d["modele"],
                fields=dict(d.get("champs") or {}),
                subject=d.get("objet"),
                registered_mail=d.get("recommande"),
                registered_number=d.get("numero_recommande") or "",
                signatory=d.get("signataire"),
                handled_by=d.get("suivi_par") or "",
                pdf=True,
                on=dt.date.fromisoformat(d["date"]) if d.get("date") else None,
            )
            out.append(
                BatchRequest(
                    options,
                    household_ids=[int(i) for i in d["dossiers"]],
                    out_dir=Path(d["dossier_sortie"]) if d.get("dossier_sortie") else None,
                    duplex=bool(d.get("recto_verso")),
                    part_pages=int(d.get("pages_par_partie") or 1000),
                    mass=True,
                    batch_id=str(d["lot"]),
                )
            )
        except (OSError, ValueError, KeyError, TypeError):
            continue  # a damaged journal: that batch cannot be resumed
    return out


def discard_interrupted(batch_id: str) -> None:
    """Give up resuming an interrupted batch (its registered letters stay)."""
    _journal_path(batch_id).unlink(missing_ok=True)


class _PrintParts:
    """The print file in parts of at most ``max_pages`` pages, in the order letters are
    added (postcode order), and the CSV manifest a print shop or a presort needs
    (part, pages in the part, contract, postcode, reference). A part and its manifest
    lines are written together when the part is full: after a kill, the parts on disk
    are whole and listed, and a resumed batch goes on with the next part."""

    HEADER = ["partie", "pages", "contrat", "code_postal", "reference"]

    def __init__(self, out_dir: Path, stem: str, max_pages: int, duplex: bool):
        import csv

        self.out_dir, self.stem = out_dir, stem
        self.max_pages, self.duplex = max(1, max_pages), duplex
        self.manifest = out_dir / f"{stem}-manifeste.csv"
        self.printed: set[str] = set()
        self.number = 0
        self.paths: list[Path] = []
        if self.manifest.exists():
            with open(self.manifest, encoding="utf-8-sig", newline="") as f:
                for row in csv.DictReader(f, delimiter=";"):
                    self.printed.add(row.get("reference", ""))
                    with contextlib.suppress(ValueError):
                        self.number = max(self.number, int(row.get("partie") or 0))
            self.paths = sorted(out_dir.glob(f"{stem}-partie-*.pdf"))
        self._writer: Any = None  # a pypdf PdfWriter while a part is open (imported lazily)
        self._rows: list[list] = []
        self._pages = 0

    def add(self, reader, start: int, end: int, target: _Target, reference: str) -> None:
        count = end - start
        blank = self.duplex and count % 2 == 1
        if self._pages and self._pages + count + blank > self.max_pages:
            self.flush()
        if self._writer is None:
            from pypdf import PdfWriter

            self._writer = PdfWriter()
        first = self._pages + 1
        for number in range(start, end):
            self._writer.add_page(reader.pages[number])
        if blank:
            box = reader.pages[end - 1].mediabox
            self._writer.add_blank_page(width=float(box.width), height=float(box.height))
        self._pages += count + blank
        self._rows.append(
            [
                self.number + 1,
                f"{first}-{first + count - 1}",
                target.contract,
                target.postcode,
                reference,
            ]
        )

    def flush(self) -> None:
        import csv
        import io as _io

        if self._writer is None:
            return
        self.number += 1
        path = self.out_dir / f"{self.stem}-partie-{self.number:03d}.pdf"
        buffer = _io.BytesIO()
        self._writer.write(buffer)
        atomic_write_bytes(path, buffer.getvalue())
        new = not self.manifest.exists()
        with open(self.manifest, "a", encoding="utf-8-sig" if new else "utf-8", newline="") as f:
            out = csv.writer(f, delimiter=";")
            if new:
                out.writerow(self.HEADER)
            out.writerows(self._rows)
        self.paths.append(path)
        self.printed.update(r[4] for r in self._rows)
        self._writer, self._rows, self._pages = None, [], 0


def _run_mass(
    db: Database,
    actor: Actor,
    request: BatchRequest,
    ids: list[int],
    template: LetterTemplate,
    profile: OrganisationProfile,
    on: dt.date,
    progress: Progress | None,
    cancelled: Cancelled,
    started: float,
    timings: dict[str, float],
) -> BatchResult:
    """A letter to thousands of tenants (see ``run_batch``)."""
    from pypdf import PdfReader

    from desktop.documents import compose, convert

    options = request.options
    batch_id = request.batch_id or uuid.uuid4().hex[:12]
    t0 = time.perf_counter()
    targets = _ordered_targets(db, ids)
    known = {t.id for t in targets}
    failures: list[BatchFailure] = [
        BatchFailure(i, "", _not_found(i).message) for i in ids if i not in known
    ]
    with db.reader() as session:  # letters an interrupted run of this batch registered
        registered = {
            row[0]: (row[1], row[2])
            for row in session.execute(
                select(
                    DocumentRecord.household_id, DocumentRecord.reference, DocumentRecord.pdf_path
                ).where(DocumentRecord.batch_id == batch_id)
            )
        }
    _RUNNING.add(batch_id)  # journaled, but running here: not "interrupted"
    try:
        journal = _write_journal(batch_id, request, ids)
    except BaseException:
        _RUNNING.discard(batch_id)
        raise
    timings["chargement"] = time.perf_counter() - t0
    n = len(targets)
    todo_total = sum(1 for x in targets if x.id not in registered)
    per_letter = 1 + PDF_WEIGHT
    total_units = max(todo_total * per_letter, 1)
    state: dict[str, Any] = {"units": 0, "letters": 0, "phase": "docx"}
    lock = threading.RLock()

    def report(units: int = 0, letters: int = 0) -> None:
        with lock:
            state["units"] += units
            state["letters"] += letters
            done = state["units"]
            elapsed = time.perf_counter() - started
            remaining = elapsed * (total_units - done) / done if done else None
            snapshot = BatchProgress(
                done, total_units, state["letters"], todo_total, state["phase"], elapsed, remaining
            )
        if progress is not None:
            progress(snapshot)

    out_dir = request.out_dir
    parts = None
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
        parts = _PrintParts(
            out_dir,
            f"lot-{safe_filename(template.name, 30)}-{batch_id}",
            request.part_pages,
            request.duplex,
        )
    produced = 0
    was_cancelled = False
    staging_folder = _Staging()
    staging = staging_folder.path
    processes = max(1, request.processes)
    pool = _render_pool(processes) if processes > 1 else None
    window_size = CHUNK_LETTERS * processes * 2
    source = template.docx.read_bytes()
    place = profile.place
    ended = False
    try:
        report()
        for w in range(0, n, window_size):
            if cancelled():
                was_cancelled = True
                break
            window = targets[w : w + window_size]
            t = time.perf_counter()
            todo = [x for x in window if x.id not in registered]
            loaded = _load_tenants(db, [x.id for x in todo])
            timings["chargement"] += time.perf_counter() - t
            t = time.perf_counter()
            state["phase"] = "docx"

            def prepared(todo=todo, loaded=loaded):
                for target in todo:
                    tenant = loaded.get(target.id)
                    if tenant is None:
                        failures.append(BatchFailure(target.id, "", _not_found(target.id).message))
                        report(per_letter)
                        continue
                    try:
                        _check_access(actor, tenant)
                        reference = new_reference(tenant.data.dwelling.agency_code, on)
                        ctx, info = _letter_context(
                            tenant, template, options, profile, reference, on, actor
                        )
                    except UserError as exc:
                        failures.append(
                            BatchFailure(tenant.id, tenant.data.display_name, exc.message)
                        )
                        report(per_letter)
                        continue
                    yield tenant, reference, ctx, info, target  # ctx third: _render_all

            made: list[tuple[_Target, _Made]] = []
            groups: dict[str, list[tuple[int, bytes]]] = {}
            for item, data in _render_all(
                template, prepared(), profile.envelope, source, processes, cancelled, pool
            ):
                tenant, reference, _ctx, info, target = item
                index = w + len(made)
                docx = atomic_write_bytes(staging / f"{index:06d}-{reference}.docx", data)
                made.append(
                    (target, _Made(tenant, reference, info.subject, info.registered_mail, docx))
                )
                groups.setdefault(compose.shell_key(data), []).append((len(made) - 1, data))
                report(1)
            if cancelled():
                was_cancelled = True
                break
            # Letters of one template join when their packages are equal (same agency
            # header...): one DOCX per run of at most CHUNK_LETTERS such letters.
            chunks: dict[Path, list[int]] = {}
            for group in groups.values():
                for c in range(0, len(group), CHUNK_LETTERS):
                    part = group[c : c + CHUNK_LETTERS]
                    path = staging / f"lot-{w + part[0][0]:06d}.docx"
                    try:
                        path.write_bytes(compose.compose([d for _i, d in part], w + part[0][0]))
                    except compose.ComposeError:
                        path.unlink(missing_ok=True)
                        continue  # its letters are converted one by one below
                    chunks[path] = [i for i, _d in part]
            groups.clear()
            timings["docx"] += time.perf_counter() - t
            t = time.perf_counter()
            state["phase"] = "pdf"
            pdf_dir = staging / "pdf"
            converted: dict[Path, Path] = {}

            def on_chunk(doc: Path, pdf: Path | None, _error, converted=converted) -> None:
                if pdf is not None:
                    converted[doc] = pdf

            def stop() -> bool:
                return cancelled()

            convert.convert_many(
                list(chunks),
                pdf_dir,
                on_chunk,
                stop,
                processes,
                parallel_from=2,
                pdf_filter=compose.PDF_FILTER,
                on_start=staging_folder.record_pid,
            )
            if cancelled():
                was_cancelled = True
                break
            source_of: dict[int, tuple[Path, int, int]] = {}  # letter -> chunk PDF pages
            alone: list[int] = [
                i for i in range(len(made)) if not any(i in m for m in chunks.values())
            ]
            for chunk, members in chunks.items():
                pdf = converted.get(chunk)
                targets_pdf = [pdf_dir / f"{made[i][1].docx.stem}.pdf" for i in members]
                try:
                    if pdf is None:
                        raise compose.ComposeError("not converted")
                    ranges = compose.split_pdf(pdf, w + members[0], targets_pdf)
                except Exception:
                    alone += members
                    continue
                for i, path, (a, b) in zip(members, targets_pdf, ranges):
                    made[i][1].pdf = path
                    source_of[i] = (pdf, a, b)
            if alone:  # letters that could not be joined or cut back: one file each
                by_docx = {made[i][1].docx: i for i in alone}

                def on_alone(
                    doc: Path, pdf: Path | None, error, by_docx=by_docx, made=made
                ) -> None:
                    i = by_docx[doc]
                    if pdf is None:
                        m = made[i][1]
                        failures.append(
                            BatchFailure(
                                m.tenant.id,
                                m.tenant.data.display_name,
                                error
                                or _m(
                                    QT_TRANSLATE_NOOP("messages", "Conversion en PDF impossible.")
                                ),
                            )
                        )
                    else:
                        made[i][1].pdf = pdf

                convert.convert_many(
                    sorted(by_docx),
                    pdf_dir / "seuls",
                    on_alone,
                    stop,
                    processes,
                    on_start=staging_folder.record_pid,
                )
                if cancelled():
                    was_cancelled = True
                    break
            timings["pdf"] += time.perf_counter() - t
            ready = []
            for i, (target, m) in enumerate(made):
                if m.pdf is None:
                    report(PDF_WEIGHT)
                    continue
                if options.signing_key is not None:
                    ts = time.perf_counter()
                    try:
                        _sign(m, options.signing_key, place or m.tenant.data.dwelling.city)
                        source_of.pop(i, None)  # the signed PDF is what is printed
                    except UserError as exc:
                        failures.append(
                            BatchFailure(m.tenant.id, m.tenant.data.display_name, exc.message)
                        )
                        report(PDF_WEIGHT)
                        continue
                    finally:
                        timings["signature"] += time.perf_counter() - ts
                ready.append((i, target, m))
            t = time.perf_counter()
            views: dict[int, DocumentView] = {}
            for c in range(0, len(ready), REGISTER_CHUNK):
                chunk_ready = ready[c : c + REGISTER_CHUNK]
                try:
                    done = _register(
                        db, actor, template, [m for _i, _t, m in chunk_ready], batch_id
                    )
                except IntegrityError:  # a reference drawn twice: one by one
                    done = []
                    for _i, _t, m in chunk_ready:
                        try:
                            done += _register(db, actor, template, [m], batch_id)
                        except Exception as exc:
                            failures.append(
                                BatchFailure(
                                    m.tenant.id,
                                    m.tenant.data.display_name,
                                    _m(
                                        QT_TRANSLATE_NOOP(
                                            "messages", "Enregistrement impossible : {error}"
                                        ),
                                        error=str(exc),
                                    ),
                                )
                            )
                for view in done:
                    if view.household_id is not None:  # a batch letter always has one
                        views[view.household_id] = view
                produced += len(done)
                report(PDF_WEIGHT * len(chunk_ready), len(done))
            timings["enregistrement"] += time.perf_counter() - t
            if parts is not None:  # the print parts, in postcode order
                t = time.perf_counter()
                readers: dict[Path, object] = {}
                index_of = {m.tenant.id: i for i, (_t, m) in enumerate(made)}

                def reader_of(path: Path, readers=readers):
                    if path not in readers:
                        readers[path] = PdfReader(str(path))
                    return readers[path]

                for target in window:
                    src: Path | None
                    last: int | None
                    if target.id in views:
                        view = views[target.id]
                        src, first, last = source_of.get(
                            index_of[target.id], (view.pdf_path, 0, None)
                        )
                        reference = view.reference
                    elif target.id in registered:  # made by the interrupted run
                        reference, path = registered[target.id]
                        if reference in parts.printed or not path:
                            continue
                        src, first, last = Path(path), 0, None
                    else:
                        continue
                    try:
                        if src is None:  # reported below like any missing page
                            raise FileNotFoundError("aucun PDF produit")
                        reader = reader_of(src)
                        parts.add(
                            reader,
                            first,
                            len(reader.pages) if last is None else last,
                            target,
                            reference,
                        )
                    except Exception as exc:
                        failures.append(
                            BatchFailure(
                                target.id,
                                "",
                                _m(
                                    QT_TRANSLATE_NOOP(
                                        "messages",
                                        "Lettre absente du fichier d'impression : {error}",
                                    ),
                                    error=str(exc),
                                ),
                            )
                        )
                readers.clear()
                timings["assemblage"] += time.perf_counter() - t
            for path in list(chunks) + [p for p in staging.glob("*.docx")]:
                path.unlink(missing_ok=True)
            shutil.rmtree(pdf_dir, ignore_errors=True)
        state["phase"] = "fin"
        if parts is not None and not was_cancelled:
            t = time.perf_counter()
            parts.flush()
            timings["assemblage"] += time.perf_counter() - t
        report()
        audit_summary(db, actor, template, batch_id, produced, len(failures), was_cancelled)
        ended = True
        return BatchResult(
            batch_id,
            [],
            failures,
            parts.paths[0] if parts and parts.paths else None,
            out_dir,
            was_cancelled,
            time.perf_counter() - started,
            timings,
            parts=list(parts.paths) if parts else [],
            manifest=parts.manifest if parts and parts.manifest.exists() else None,
            count=produced,
            resumed=len(registered),
        )
    finally:
        _RUNNING.discard(batch_id)
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        staging_folder.remove()
        if ended or was_cancelled:
            journal.unlink(missing_ok=True)  # kept only when the run did not end


PARALLEL_FROM = 60  # letters: below this, rendering in worker processes costs more


def _render_pool(processes: int):
    import concurrent.futures
    import multiprocessing

    return concurrent.futures.ProcessPoolExecutor(
        max_workers=processes,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=engine.limit_worker,
    )  # memory ceiling of the template renders


def _render_all(
    template: LetterTemplate,
    items,
    envelope,
    source: bytes,
    processes: int,
    cancelled: Cancelled,
    pool=None,
):
    """Yield (item, docx bytes) in order; in ``processes`` worker processes when more
    than one (in ``pool`` when given: it is left running). Stops early when
    ``cancelled()``; a faulty template raises ``TemplateProblem`` (it is wrong for
    every tenant)."""
    if processes <= 1 and pool is None:
        for item in items:
            if cancelled():
                return
            yield item, engine.render_bytes(template, item[2], envelope=envelope, source=source)
        return
    import collections

    window: collections.deque = collections.deque()
    own_pool = pool is None
    if own_pool:
        pool = _render_pool(processes)

    def result(future):
        status, value = future.result()
        if status != "ok":
            raise engine.TemplateProblem(template.name, _m("{detail}", detail=value))
        return value

    try:
        for item in items:
            if cancelled():
                return
            window.append(
                (item, pool.submit(engine.render_job, template, item[2], envelope, source))
            )
            if len(window) >= processes * 8:
                done_item, future = window.popleft()
                yield done_item, result(future)
        while window:
            if cancelled():
                return
            done_item, future = window.popleft()
            yield done_item, result(future)
    finally:
        if own_pool:
            pool.shutdown(wait=True, cancel_futures=True)
        else:
            for _item, future in window:
                future.cancel()


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


def _deliver(
    documents: list[DocumentView],
    ordered: list[_Tenant],
    request: BatchRequest,
    template: LetterTemplate,
    batch_id: str,
) -> Path | None:
    """Copies of the letters in ``out_dir`` and the merged PDF, in postcode order."""
    out = request.out_dir
    assert out is not None
    out.mkdir(parents=True, exist_ok=True)
    rank = {t.id: i for i, t in enumerate(ordered)}
    docs = sorted(documents, key=lambda d: rank.get(d.household_id or 0, 0))
    for d in docs:
        for path in (d.docx_path, d.pdf_path):
            if path is not None and path.exists():
                target = out / path.name
                tmp = target.with_name(f".tmp-{target.name}")
                shutil.copyfile(path, tmp)
                tmp.replace(target)
    pdfs = [d.pdf_path for d in docs if d.pdf_path is not None]
    if not pdfs:
        return None
    # Named after the template and the day (``Relance-impaye-2026-12-06.pdf``).
    name = f"{safe_filename(template.title or template.name, 40)}-{today():%Y-%m-%d}.pdf"
    return merge_pdfs(pdfs, unique_path(out / name), duplex=request.duplex)


def merge_pdfs(pdfs: list[Path], target: Path, *, duplex: bool = False) -> Path:
    """One PDF to print, in the given order; ``duplex``: blank pages so that every
    letter starts on a front page."""
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for path in pdfs:
        reader = PdfReader(str(path))
        for page in reader.pages:
            writer.add_page(page)
        if duplex and len(reader.pages) % 2:
            box = reader.pages[-1].mediabox
            writer.add_blank_page(width=float(box.width), height=float(box.height))
    buffer = io.BytesIO()
    writer.write(buffer)
    return atomic_write_bytes(target, buffer.getvalue())


# --------------------------------------------------------------------------- register


@guarded("consultation")
def list_documents(db: Database, actor: Actor, household_id: int) -> list[DocumentView]:
    authz.require(actor, Permission.TENANT_READ, entity=tenants.ENTITY, entity_id=household_id)
    with db.reader() as session:
        h = session.get(Household, household_id)
        if h is None:
            raise _not_found(household_id)
        authz.require_agency(
            actor,
            Permission.TENANT_READ,
            h.agency_id,
            entity=tenants.ENTITY,
            entity_id=household_id,
        )
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
    problem = check_files(view)
    if problem is not None:
        raise UserError(problem)
    with db.transaction() as session:
        audit.record(
            session, actor, "reimpression", ENTITY, document_id, None, {"reference": view.reference}
        )
    return view
