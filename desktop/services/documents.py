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

import datetime as dt
import shutil
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

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
from desktop.documents.profile import OrganisationProfile, load_profile
from desktop.domain.errors import NotFoundError, UserError, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.roles import Permission
from desktop.domain.tenant import TenantFileData
from desktop.services import audit, authz, tenants
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

    @property
    def main_path(self) -> Path:
        return self.pdf_path or self.docx_path


def _view(r: DocumentRecord) -> DocumentView:
    return DocumentView(
        id=r.id, household_id=r.household_id, reference=r.reference,
        template_name=r.template_name, template_version=r.template_version, title=r.title,
        subject=r.subject, docx_path=Path(r.docx_path), docx_sha256=r.docx_sha256,
        pdf_path=Path(r.pdf_path) if r.pdf_path else None, pdf_sha256=r.pdf_sha256,
        signed=r.signed, signer=r.signer, registered_mail=r.registered_mail,
        batch_id=r.batch_id, created_at=r.created_at, created_by=r.created_by)


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
            chunk = ids[start:start + 500]
            rows = session.scalars(
                select(Household).where(Household.id.in_(chunk)).options(
                    selectinload(Household.occupants), selectinload(Household.lease),
                    selectinload(Household.dwelling).selectinload(Dwelling.agency),
                    selectinload(Household.agency))).all()
            for h in rows:
                data = tenants._to_data(h)  # noqa: SLF001 - same service layer
                out[h.id] = _Tenant(h.id, h.agency_id, h.agency.name, data,
                                    h.dwelling.postcode, h.sort_name)
    return out


def _letter_context(tenant: _Tenant, template: LetterTemplate, options: LetterOptions,
                    profile: OrganisationProfile, reference: str, on: dt.date,
                    actor: Actor) -> tuple[dict, LetterInfo]:
    """The template's data for one tenant; ``ValidationError`` for a bad address or
    bad free fields."""
    address = tenant_address(tenant.data)
    signatory = profile.signatory(options.signatory) if options.signatory else None
    info = LetterInfo(
        reference=reference, date=on,
        subject=options.subject if options.subject is not None else template.subject,
        registered_mail=(options.registered_mail if options.registered_mail is not None
                         else template.registered_mail),
        registered_number=options.registered_number.strip(),
        handled_by=options.handled_by.strip() or actor.label)
    base = build_context(tenant.data, profile=profile, letter=info,
                         agency_name=tenant.agency_name, signatory=signatory,
                         address=address)
    raw = {}
    for f in template.fields:
        given = options.fields.get(f.name, "")
        raw[f.name] = given if str(given).strip() else default_value(f, base, on)
    base["champs"] = parse_free_fields(template, raw)
    return base, info


def _check_access(actor: Actor, tenant: _Tenant) -> None:
    authz.require_agency(actor, Permission.TENANT_WRITE, tenant.agency_id,
                         entity=tenants.ENTITY, entity_id=tenant.id)


# --------------------------------------------------------------------------- preview


@dataclass(frozen=True)
class Preview:
    docx: bytes
    paragraphs: list[str]
    reference: str


def free_field_defaults(db: Database, actor: Actor, template_name: str,
                        household_id: int | None) -> dict[str, str]:
    """The form's initial values for a template's free fields (for this tenant)."""
    template = get_template(template_name)
    ctx: dict = {}
    on = today()
    if household_id is not None:
        tenant = _load_tenants(db, [household_id]).get(household_id)
        if tenant is not None:
            ctx = {"locataire": {"solde": tenant.data.balance}}
    return {f.name: default_value(f, ctx, on) for f in template.fields}


def preview_letter(db: Database, actor: Actor, household_id: int | None,
                   options: LetterOptions) -> Preview:
    """Render without recording anything (``household_id`` None: the sample tenant)."""
    from desktop.documents.context import sample_tenant

    authz.require(actor, Permission.TENANT_READ)
    template = get_template(options.template_name)
    profile = load_profile()
    on = options.on or today()
    if household_id is None:
        tenant = _Tenant(0, 0, "Agence Bordeaux Nord", sample_tenant(), "33000", "")
    else:
        tenant = _load_tenants(db, [household_id]).get(household_id)
        if tenant is None:
            raise _not_found(household_id)
        authz.require_agency(actor, Permission.TENANT_READ, tenant.agency_id,
                             entity=tenants.ENTITY, entity_id=household_id)
    reference = "APERCU-" + new_reference("", on).split("-", 1)[1]
    ctx, _info = _letter_context(tenant, template, options, profile, reference, on, actor)
    data = engine.render_bytes(template, ctx, envelope=profile.envelope)
    return Preview(data, engine.docx_paragraphs(data), reference)


def _not_found(household_id: int) -> NotFoundError:
    return NotFoundError(_m(QT_TRANSLATE_NOOP(
        "messages", "Le dossier n° {id} n'existe pas ou plus."), id=household_id))


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


def _register(db: Database, actor: Actor, template: LetterTemplate, items: list[_Made],
              batch_id: str) -> list[DocumentView]:
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
                    household_id=made.tenant.id or None, reference=made.reference,
                    template_name=template.name, template_version=template.version,
                    title=template.title, subject=made.subject[:300],
                    docx_path=str(docx), docx_sha256=sha256_file(docx),
                    pdf_path=str(pdf) if pdf else "",
                    pdf_sha256=sha256_file(pdf) if pdf else "",
                    signed=made.signed, signer=made.signer[:200],
                    registered_mail=made.registered_mail, batch_id=batch_id,
                    created_at=stamp, created_by=actor.username)
                session.add(record)
                session.flush()
                if made.tenant.id:
                    session.add(TimelineEvent(
                        household_id=made.tenant.id, occurred_at=stamp, kind=EVENT_DOCUMENT,
                        summary=f"{made.reference} · {template.title}", actor=actor.username))
                audit.record(session, actor, "courrier", ENTITY, record.id, None, {
                    "reference": made.reference, "dossier": made.tenant.id or None,
                    "modele": template.name, "version": template.version,
                    "pdf": bool(pdf), "signe": made.signed, "lot": batch_id or None})
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
    made.signer = signing._signer_name(key.subject)  # noqa: SLF001


def _staging_dir() -> Path:
    base = documents_dir() / ".en-cours"
    base.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix="lot-", dir=base))


# --------------------------------------------------------------------------- one letter


@guarded("courrier")
def produce_letter(db: Database, actor: Actor, household_id: int,
                   options: LetterOptions) -> DocumentView:
    """Make one letter (DOCX, and PDF and signature when asked) and register it."""
    from desktop.documents import convert

    authz.require(actor, Permission.TENANT_WRITE, entity=tenants.ENTITY, entity_id=household_id)
    template = get_template(options.template_name)
    profile = load_profile()
    on = options.on or today()
    tenant = _load_tenants(db, [household_id]).get(household_id)
    if tenant is None:
        raise _not_found(household_id)
    _check_access(actor, tenant)
    if options.signing_key is not None and not options.pdf:
        raise ValidationError({"pdf": _m(QT_TRANSLATE_NOOP(
            "messages", "La signature électronique porte sur le PDF : cochez « PDF ».") )})
    reference = new_reference(tenant.data.dwelling.agency_code, on)
    ctx, info = _letter_context(tenant, template, options, profile, reference, on, actor)
    data = engine.render_bytes(template, ctx, envelope=profile.envelope)
    staging = _staging_dir()
    try:
        docx = atomic_write_bytes(staging / f"{reference}.docx", data)
        made = _Made(tenant, reference, info.subject, info.registered_mail, docx)
        if options.pdf:
            made.pdf = convert.convert_one(docx, staging / "pdf")
            if options.signing_key is not None:
                _sign(made, options.signing_key, ctx["lettre"]["lieu"])
        return _register(db, actor, template, [made], "")[0]
    finally:
        shutil.rmtree(staging, ignore_errors=True)


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

    @property
    def produced(self) -> int:
        return len(self.documents)


@dataclass
class BatchRequest:
    options: LetterOptions
    household_ids: list[int] | None = None  # a selection...
    query: tenants.TenantQuery | None = None  # ...or a saved query
    out_dir: Path | None = None  # copies of the letters and the merged PDF
    duplex: bool = False  # merged PDF: each letter starts on a front page
    processes: int = 2  # LibreOffice processes in parallel


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
def run_batch(db: Database, actor: Actor, request: BatchRequest,
              progress: Progress | None = None,
              cancelled: Cancelled = lambda: False) -> BatchResult:
    """The same template for many tenants, in postcode order.

    A failure on one tenant (address, rights, conversion) is listed in the result and
    does not stop the others. ``cancelled()`` is polled between letters: the letters
    complete by then are registered, nothing half made is. ``progress`` is called from
    this thread and, during PDF conversion, from the converter threads.
    """
    from desktop.documents import convert

    started = time.perf_counter()
    timings = {"chargement": 0.0, "docx": 0.0, "pdf": 0.0, "signature": 0.0,
               "enregistrement": 0.0, "assemblage": 0.0}
    options = request.options
    authz.require(actor, Permission.TENANT_WRITE, entity=tenants.ENTITY)
    template = get_template(options.template_name)
    profile = load_profile()
    if options.signing_key is not None and not options.pdf:
        raise ValidationError({"pdf": _m(QT_TRANSLATE_NOOP(
            "messages", "La signature électronique porte sur le PDF : cochez « PDF »."))})
    on = options.on or today()
    batch_id = uuid.uuid4().hex[:12]
    t0 = time.perf_counter()
    ids = resolve_targets(db, actor, request)
    loaded = _load_tenants(db, ids)
    timings["chargement"] = time.perf_counter() - t0
    failures: list[BatchFailure] = [
        BatchFailure(i, "", _not_found(i).message) for i in ids if i not in loaded]
    ordered = sorted(loaded.values(), key=lambda t: (t.postcode, t.sort_name, t.id))
    n = len(ordered)
    per_letter = 1 + (PDF_WEIGHT if options.pdf else 0)
    total_units = max(n * per_letter, 1)
    state = {"units": 0, "letters": 0, "phase": "docx"}
    lock = threading.RLock()

    def report(units: int = 0, letters: int = 0) -> None:
        with lock:
            state["units"] += units
            state["letters"] += letters
            done = state["units"]
            elapsed = time.perf_counter() - started
            remaining = elapsed * (total_units - done) / done if done else None
            snapshot = BatchProgress(done, total_units, state["letters"], n, state["phase"],
                                     elapsed, remaining)
        if progress is not None:
            progress(snapshot)

    staging = _staging_dir()
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
                        failures.append(BatchFailure(made.tenant.id, name_of[made.tenant.id],
                                                     _m(QT_TRANSLATE_NOOP(
                                                         "messages",
                                                         "Enregistrement impossible : {error}"),
                                                        error=str(exc))))
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
                    ctx, info = _letter_context(tenant, template, options, profile,
                                                reference, on, actor)
                except UserError as exc:
                    failures.append(BatchFailure(tenant.id, tenant.data.display_name,
                                                 exc.message))
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

        for item, data in _render_all(template, prepared(), profile.envelope, source,
                                      request.processes if n >= PARALLEL_FROM else 1,
                                      cancelled):
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
                        failures.append(BatchFailure(made.tenant.id, name_of[made.tenant.id],
                                                     error or _m(QT_TRANSLATE_NOOP(
                                                         "messages", "Conversion en PDF impossible."))))
                    report(PDF_WEIGHT)
                    return
                made.pdf = pdf
                if options.signing_key is not None:
                    t = time.perf_counter()
                    try:
                        _sign(made, options.signing_key, place or made.tenant.data.dwelling.city)
                    except UserError as exc:
                        with lock:
                            failures.append(BatchFailure(made.tenant.id, name_of[made.tenant.id],
                                                         exc.message))
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

            convert.convert_many([m.docx for m in made_list], staging / "pdf", on_done,
                                 stop, processes=request.processes)
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
        audit_summary(db, actor, template, batch_id, len(documents), len(failures),
                      was_cancelled)
        return BatchResult(batch_id, documents, failures, merged, request.out_dir,
                           was_cancelled, time.perf_counter() - started, timings)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


PARALLEL_FROM = 60  # letters: below this, rendering in worker processes costs more


def _render_all(template: LetterTemplate, items, envelope, source: bytes, processes: int,
                cancelled: Cancelled):
    """Yield (item, docx bytes) in order; in ``processes`` worker processes when more
    than one. Stops early when ``cancelled()``; a faulty template raises
    ``TemplateProblem`` (it is wrong for every tenant)."""
    if processes <= 1:
        for item in items:
            if cancelled():
                return
            yield item, engine.render_bytes(template, item[2], envelope=envelope,
                                            source=source)
        return
    import collections
    import concurrent.futures
    import multiprocessing

    window: collections.deque = collections.deque()
    pool = concurrent.futures.ProcessPoolExecutor(
        max_workers=processes, mp_context=multiprocessing.get_context("spawn"),
        initializer=engine.limit_worker)

    def result(future):
        status, value = future.result()
        if status != "ok":
            raise engine.TemplateProblem(template.name, _m("{text}", text=value))
        return value

    try:
        for item in items:
            if cancelled():
                return
            window.append((item, pool.submit(engine.render_job, template, item[2], envelope,
                                             source)))
            if len(window) >= processes * 8:
                done_item, future = window.popleft()
                yield done_item, result(future)
        while window:
            if cancelled():
                return
            done_item, future = window.popleft()
            yield done_item, result(future)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def audit_summary(db: Database, actor: Actor, template: LetterTemplate, batch_id: str,
                  produced: int, failed: int, cancelled: bool) -> None:
    with db.transaction() as session:
        audit.record(session, actor, "publipostage", ENTITY, None, None, {
            "lot": batch_id, "modele": template.name, "produits": produced,
            "echecs": failed, "annule": cancelled})


def _deliver(documents: list[DocumentView], ordered: list[_Tenant], request: BatchRequest,
             template: LetterTemplate, batch_id: str) -> Path | None:
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
    return merge_pdfs(pdfs, out / f"lot-{safe_filename(template.name, 30)}-{batch_id}.pdf",
                      duplex=request.duplex)


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
        authz.require_agency(actor, Permission.TENANT_READ, h.agency_id,
                             entity=tenants.ENTITY, entity_id=household_id)
        rows = session.scalars(select(DocumentRecord)
                               .where(DocumentRecord.household_id == household_id)
                               .order_by(DocumentRecord.created_at.desc(),
                                         DocumentRecord.id.desc())).all()
        return [_view(r) for r in rows]


@guarded("consultation")
def get_document(db: Database, actor: Actor, document_id: int) -> DocumentView:
    authz.require(actor, Permission.TENANT_READ, entity=ENTITY, entity_id=document_id)
    with db.reader() as session:
        r = session.get(DocumentRecord, document_id)
        if r is None:
            raise NotFoundError(_m(QT_TRANSLATE_NOOP(
                "messages", "Le document n° {id} n'existe pas ou plus."), id=document_id))
        if r.household_id is not None:
            h = session.get(Household, r.household_id)
            authz.require_agency(actor, Permission.TENANT_READ, h.agency_id if h else None,
                                 entity=ENTITY, entity_id=document_id)
        return _view(r)


@guarded("consultation")
def find_by_reference(db: Database, actor: Actor, reference: str) -> DocumentView:
    with db.reader() as session:
        document_id = session.scalar(select(DocumentRecord.id).where(
            DocumentRecord.reference == reference.strip()))
    if document_id is None:
        raise NotFoundError(_m(QT_TRANSLATE_NOOP(
            "messages", "Aucun document n'a la référence {reference}."), reference=reference))
    return get_document(db, actor, document_id)


def check_files(view: DocumentView) -> Message | None:
    """None when the files are there and unchanged, else what is wrong (French)."""
    for path, digest in ((view.docx_path, view.docx_sha256),
                         (view.pdf_path, view.pdf_sha256)):
        if path is None:
            continue
        if not path.is_file():
            return _m(QT_TRANSLATE_NOOP(
                "messages", "Le fichier {path} est introuvable (déplacé ou supprimé)."),
                path=str(path))
        if sha256_file(path) != digest:
            return _m(QT_TRANSLATE_NOOP(
                "messages", "Le fichier {path} a été modifié depuis sa production "
                "(empreinte SHA-256 différente)."), path=str(path))
    return None


@guarded("reimpression")
def open_for_reprint(db: Database, actor: Actor, document_id: int) -> DocumentView:
    """The document to reopen or reprint, its files checked; the reprint is audited."""
    view = get_document(db, actor, document_id)
    problem = check_files(view)
    if problem is not None:
        raise UserError(problem)
    with db.transaction() as session:
        audit.record(session, actor, "reimpression", ENTITY, document_id, None,
                     {"reference": view.reference})
    return view
