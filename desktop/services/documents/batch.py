"""Batches (publipostage): the same template for many tenants, in postcode order; the
letters copied to an output folder with one merged PDF to print.
"""

from __future__ import annotations

import shutil
import threading
import time
import uuid
from functools import partial
from pathlib import Path

from sqlalchemy import select

from desktop.documents.files import (
    atomic_write_bytes,
    replace_atomically,
    safe_filename,
    sweep_stale_temporaries,
    unique_path,
)
from desktop.documents.library import (
    LetterTemplate,
    get_template,
)
from desktop.domain.errors import UserError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message, counted
from desktop.domain.roles import Permission
from desktop.services import authz, organisation, tenants
from desktop.services.authz import guarded
from desktop.services.context import Actor, today
from desktop.services.documents.common import (
    PDF_WEIGHT,
    REGISTER_CHUNK,
    BatchFailure,
    BatchRequest,
    BatchResult,
    Cancelled,
    DocumentView,
    Progress,
    ProgressCounter,
    _batch_letter,
    _load_tenants,
    _m,
    _Made,
    _not_found,
    _pdf_options,
    _register_chunk,
    _sign,
    _view,
    audit_summary,
    failure_message,
)
from desktop.services.documents.journal import Journal, interrupted_letters, registered_letters
from desktop.services.documents.mass import _mass_wanted, _ordered_targets, _run_mass
from desktop.services.documents.rendering import _render_all
from desktop.services.documents.staging import _Staging, sweep_staging
from desktop.storage.db import Database
from desktop.storage.models import DocumentRecord

PARALLEL_FROM = 60  # letters: below this, rendering in worker processes costs more


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
    it, and the letters already registered are not made again. So is an ordinary batch
    (``journal``): after a kill, ``interrupted_letters()`` names the tenants whose letter
    was not made, and the request it gives makes just those (``request.batch_id``), the
    print file then holding the whole batch.

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
    options, notice = _pdf_options(options)
    on = options.on or today()
    interrupted = sweep_staging()  # folders left by a killed batch
    killed = [b for b in interrupted_letters(db, actor) if b.batch_id != request.batch_id]
    t0 = time.perf_counter()
    ids = resolve_targets(db, actor, request)
    if _mass_wanted(request, len(ids)):
        result = _run_mass(
            db, actor, request, ids, template, profile, on, progress, cancelled, started, timings
        )
        result.notices += [b.message() for b in killed]
        return result
    batch_id = request.batch_id or uuid.uuid4().hex[:12]
    # Resumed: the letters the interrupted run registered are not made again.
    registered = registered_letters(db, batch_id) if request.batch_id else {}
    loaded = _load_tenants(db, [i for i in ids if i not in registered])
    timings["chargement"] = time.perf_counter() - t0
    failures: list[BatchFailure] = [
        BatchFailure(i, "", _not_found(i).message)
        for i in ids
        if i not in loaded and i not in registered
    ]
    ordered = sorted(loaded.values(), key=lambda t: (t.postcode, t.sort_name, t.id))
    n = len(ordered)
    per_letter = 1 + (PDF_WEIGHT if options.pdf else 0)
    total_units = max(n * per_letter, 1)
    lock = threading.RLock()
    report = ProgressCounter(total_units, n, started, progress, lock)

    journal = Journal(batch_id, request, ids, mass=False)
    ended = False
    try:
        staging_folder = _Staging()
    except BaseException:
        journal.close(ended)
        raise
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
            documents.extend(
                _register_chunk(db, actor, template, chunk, batch_id, journal.note, failures)
            )
            timings["enregistrement"] += time.perf_counter() - t

    try:
        report()
        source = template.docx.read_bytes()
        t_docx = time.perf_counter()

        def prepared():
            """(tenant, reference, context, info) for each tenant, failures reported."""
            for tenant in ordered:
                letter = _batch_letter(db, actor, tenant, template, options, profile, on, failures)
                if letter is None:
                    report(per_letter)
                    continue
                reference, ctx, info = letter
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
        was_cancelled = cancelled() and len(made_list) + len(failures) < n
        timings["docx"] = time.perf_counter() - t_docx - timings["enregistrement"]
        if options.pdf and made_list and not was_cancelled:
            report.phase = "pdf"
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
                                BatchFailure(
                                    made.tenant.id, name_of[made.tenant.id], failure_message(exc)
                                )
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
        report.phase = "fin"
        merged = None
        delivered = _registered_documents(db, batch_id) if registered else documents
        if request.out_dir is not None and delivered:
            t = time.perf_counter()
            rank = {x.id: i for i, x in enumerate(_ordered_targets(db, ids))}
            merged = _deliver(delivered, rank, request, template)
            timings["assemblage"] = time.perf_counter() - t
        report()
        audit_summary(db, actor, template, batch_id, len(documents), len(failures), was_cancelled)
        notices = [notice] if notice else []
        notices += [b.message() for b in killed]
        if interrupted and not killed:
            notices.append(_interrupted_notice(interrupted))
        ended = True
        return BatchResult(
            batch_id,
            documents,
            failures,
            merged,
            request.out_dir,
            was_cancelled,
            time.perf_counter() - started,
            timings,
            notices,
            resumed=len(registered),
        )
    finally:
        staging_folder.remove()
        journal.close(ended or was_cancelled)  # kept when the batch did not end


def _interrupted_notice(count: int) -> Message:
    """What a batch says of the batches before it that were killed (their staging
    folders, swept): only their finished letters were registered."""
    return counted(
        count,
        QT_TRANSLATE_NOOP(
            "messages",
            "{n} publipostage précédent arrêté avant la fin (arrêt brutal) : seuls ses "
            "courriers terminés figurent au registre des documents, les autres n'ont pas été "
            "faits.",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "{n} publipostages précédents arrêtés avant la fin (arrêt brutal) : seuls leurs "
            "courriers terminés figurent au registre des documents, les autres n'ont pas été "
            "faits.",
        ),
    )


def _registered_documents(db: Database, batch_id: str) -> list[DocumentView]:
    """The letters of batch ``batch_id`` in the register (a resumed batch delivers them
    all: the interrupted run delivered none)."""
    with db.reader() as session:
        rows = session.scalars(
            select(DocumentRecord).where(DocumentRecord.batch_id == batch_id)
        ).all()
        return [_view(r) for r in rows]


def _deliver(
    documents: list[DocumentView],
    rank: dict[int, int],
    request: BatchRequest,
    template: LetterTemplate,
) -> Path | None:
    """Copies of the letters in ``out_dir`` and the merged PDF, in postcode order
    (``rank``: a household's place in it)."""
    out = request.out_dir
    assert out is not None
    out.mkdir(parents=True, exist_ok=True)
    sweep_stale_temporaries(out)  # a killed batch's unfinished copy
    docs = sorted(documents, key=lambda d: rank.get(d.household_id or 0, 0))
    for d in docs:
        for path in (d.docx_path, d.pdf_path):
            if path is not None and path.exists():  # synced copy under a temporary name
                replace_atomically(out / path.name, partial(shutil.copyfile, path))
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
