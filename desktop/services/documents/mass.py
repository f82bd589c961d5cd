"""Mass mailing: thousands of letters a window at a time, converted in chunks, the print
file in parts with its manifest; the batch journaled (``journal``) so that a killed run
resumes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.documents.files import (
    atomic_write_bytes,
    safe_filename,
    sweep_stale_temporaries,
)
from desktop.documents.library import (
    LetterTemplate,
)
from desktop.documents.profile import OrganisationProfile
from desktop.domain.errors import UserError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.services.context import Actor
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
    _register_chunk,
    _sign,
    audit_summary,
    failure_message,
)
from desktop.services.documents.journal import Journal, registered_letters
from desktop.services.documents.rendering import _render_all, _render_pool
from desktop.services.documents.staging import _Staging
from desktop.storage.db import Database
from desktop.storage.models import Dwelling, Household

# --------------------------------------------------------------------------- mass mailing

MASS_FROM = 300  # letters with PDF: from this many, the mass-mailing path (automatic)
CHUNK_LETTERS = 50  # letters joined in one DOCX (LibreOffice slows down on longer ones)
WINDOW_CHUNKS = 4  # chunks per LibreOffice process (one call) in a window, at least
MAX_WINDOW_CHUNKS = 12  # and at most, for long batches (see _MassRun.window_size)


def _mass_wanted(request: BatchRequest, letters: int) -> bool:
    from desktop.documents import convert

    if request.batch_id is not None and request.mass is not None:
        return request.mass  # resumed as it ran
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


@dataclass
class _Window:
    """One window of a mass mailing: its letters rendered and joined, then converted
    (in a background thread, while the next window is rendered), then cut back,
    registered and printed."""

    offset: int
    targets: list[_Target]
    made: list[tuple[_Target, _Made]]
    chunks: dict[Path, list[int]]
    pdf_dir: Path
    converted: dict[Path, Path]
    thread: threading.Thread | None = None
    error: BaseException | None = None


class _MassRun:
    """A letter to thousands of tenants (see ``run_batch``), a window at a time. The
    windows overlap: LibreOffice converts one window's chunks while this thread renders
    and joins the next one, then cuts back, registers and prints the previous one, so
    that both cores work all along the batch."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        request: BatchRequest,
        batch_id: str,
        template: LetterTemplate,
        profile: OrganisationProfile,
        on: dt.date,
        cancelled: Cancelled,
        timings: dict[str, float],
    ):
        self.db, self.actor, self.batch_id = db, actor, batch_id
        self.options = request.options
        self.template, self.profile, self.on = template, profile, on
        self.cancelled, self.timings = cancelled, timings
        self.failures: list[BatchFailure] = []
        self.registered: dict[int, tuple[str, str]] = {}
        self.report: ProgressCounter
        self.parts: _PrintParts | None = None
        self.produced = 0
        self.processes = max(1, request.processes)
        self.staging_folder = _Staging()
        self.staging = self.staging_folder.path
        self.pool = _render_pool(self.processes) if self.processes > 1 else None
        self.source = template.docx.read_bytes()
        self.per_letter = 1 + PDF_WEIGHT
        self.stopping = False  # the batch stops: conversions in the background too
        self.note: Callable[[list[Path]], None] | None = None  # the journal's (see _register)

    def stop(self) -> bool:
        return self.stopping or self.cancelled()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
        self.staging_folder.remove()

    def _failed(self, tenant, error) -> None:
        self.failures.append(BatchFailure(tenant.id, tenant.data.display_name, error))

    # ---------------------------------------------------------------- render and join

    def render(self, offset: int, window: list[_Target]) -> _Window | None:
        """The window's letters rendered (DOCX in the staging folder) and joined in
        chunks; None when cancelled meanwhile."""
        from desktop.documents import compose

        report, timings = self.report, self.timings
        t = time.perf_counter()
        todo = [x for x in window if x.id not in self.registered]
        loaded = _load_tenants(self.db, [x.id for x in todo])
        timings["chargement"] += time.perf_counter() - t
        t = time.perf_counter()

        def prepared():
            for target in todo:
                tenant = loaded.get(target.id)
                if tenant is None:
                    self.failures.append(BatchFailure(target.id, "", _not_found(target.id).message))
                    report(self.per_letter)
                    continue
                letter = _batch_letter(
                    self.db,
                    self.actor,
                    tenant,
                    self.template,
                    self.options,
                    self.profile,
                    self.on,
                    self.failures,
                )
                if letter is None:
                    report(self.per_letter)
                    continue
                reference, ctx, info = letter
                yield tenant, reference, ctx, info, target  # ctx third: _render_all

        made: list[tuple[_Target, _Made]] = []
        # Letters of one template join when their packages are equal (same agency
        # header...): one DOCX per run of at most CHUNK_LETTERS such letters, joined as
        # soon as it is complete (only those letters' bytes are held).
        groups: dict[str, list[tuple[int, bytes]]] = {}
        chunks: dict[Path, list[int]] = {}

        def join(part: list[tuple[int, bytes]]) -> None:
            path = self.staging / f"lot-{offset + part[0][0]:06d}.docx"
            try:
                path.write_bytes(compose.compose([d for _i, d in part], offset + part[0][0]))
            except compose.ComposeError:
                path.unlink(missing_ok=True)
                return  # its letters are converted one by one
            chunks[path] = [i for i, _d in part]

        for item, data in _render_all(
            self.template,
            prepared(),
            self.profile.envelope,
            self.source,
            self.processes,
            self.cancelled,
            self.pool,
        ):
            tenant, reference, _ctx, info, target = item
            index = offset + len(made)
            docx = self.staging / f"{index:06d}-{reference}.docx"
            docx.write_bytes(data)  # synced when registered (``_register``)
            made.append(
                (target, _Made(tenant, reference, info.subject, info.registered_mail, docx))
            )
            key = compose.shell_key(data)
            group = groups.setdefault(key, [])
            group.append((len(made) - 1, data))
            if len(group) == CHUNK_LETTERS:
                join(group)
                groups[key] = []
            report(1)
        if self.cancelled():
            return None
        for group in groups.values():
            if group:
                join(group)
        timings["docx"] += time.perf_counter() - t
        return _Window(offset, window, made, chunks, self.staging / f"pdf-{offset:06d}", {})

    # ---------------------------------------------------------------- convert

    def _convert(self, docs: list[Path], out_dir: Path, on_done, **options) -> None:
        from desktop.documents import compose, convert

        convert.convert_many(
            docs,
            out_dir,
            on_done,
            self.stop,
            self.processes,
            pdf_filter=compose.PDF_FILTER,
            on_start=self.staging_folder.record_pid,
            **options,
        )

    def start_conversion(self, win: _Window) -> None:
        """Convert the window's chunks in a background thread."""

        def on_chunk(doc: Path, pdf: Path | None, _error) -> None:
            if pdf is not None:
                win.converted[doc] = pdf

        def work() -> None:
            try:
                self._convert(list(win.chunks), win.pdf_dir, on_chunk, parallel_from=2)
            except BaseException as exc:  # raised in the batch's thread (``wait``)
                win.error = exc

        win.thread = threading.Thread(target=work, name="parcours-lot-pdf", daemon=True)
        win.thread.start()

    def wait(self, win: _Window) -> None:
        t = time.perf_counter()
        if win.thread is not None:
            win.thread.join()
        self.timings["pdf"] += time.perf_counter() - t
        if win.error is not None:
            raise win.error

    # ---------------------------------------------------------------- cut back, register, print

    def finish(self, win: _Window) -> bool:
        """The window's letters cut back to one PDF each, registered and added to the
        print parts; False when cancelled meanwhile (nothing of it registered)."""
        from desktop.documents import compose

        made, timings = win.made, self.timings
        t = time.perf_counter()
        source_of: dict[int, tuple[Path, int, int]] = {}  # letter -> chunk PDF pages
        joined = {i for members in win.chunks.values() for i in members}
        alone: list[int] = [i for i in range(len(made)) if i not in joined]
        for chunk, members in win.chunks.items():
            pdf = win.converted.get(chunk)
            targets_pdf = [win.pdf_dir / f"{made[i][1].docx.stem}.pdf" for i in members]
            try:
                if pdf is None:
                    raise compose.ComposeError("not converted")
                ranges = compose.split_pdf(pdf, win.offset + members[0], targets_pdf)
            except Exception:
                alone += members
                continue
            for i, path, (a, b) in zip(members, targets_pdf, ranges):
                if b - a > 1 and compose.counts_pages(made[i][1].docx.read_bytes()):
                    alone.append(i)  # its "page 1/2" is right only converted alone
                    continue
                made[i][1].pdf = path
                source_of[i] = (pdf, a, b)
        if alone:  # letters that could not be joined or cut back: one file each
            by_docx = {made[i][1].docx: i for i in alone}

            def on_alone(doc: Path, pdf: Path | None, error) -> None:
                m = made[by_docx[doc]][1]
                if pdf is None:
                    self._failed(
                        m.tenant,
                        error or _m(QT_TRANSLATE_NOOP("messages", "Conversion en PDF impossible.")),
                    )
                else:
                    m.pdf = pdf

            self._convert(sorted(by_docx), win.pdf_dir / "seuls", on_alone)
        timings["pdf"] += time.perf_counter() - t
        if self.cancelled():
            return False
        ready = self._signed(made, source_of)
        t = time.perf_counter()
        views: dict[int, DocumentView] = {}
        for c in range(0, len(ready), REGISTER_CHUNK):
            chunk_ready = [m for _i, _t, m in ready[c : c + REGISTER_CHUNK]]
            done = self._register(chunk_ready)
            for view in done:
                if view.household_id is not None:  # a batch letter always has one
                    views[view.household_id] = view
            self.produced += len(done)
            self.report(PDF_WEIGHT * len(chunk_ready), len(done))
        timings["enregistrement"] += time.perf_counter() - t
        if self.parts is not None:  # the print parts, in postcode order
            t = time.perf_counter()
            self._print(win, views, source_of)
            timings["assemblage"] += time.perf_counter() - t
        for _target, m in made:
            m.docx.unlink(missing_ok=True)
        for path in win.chunks:
            path.unlink(missing_ok=True)
        shutil.rmtree(win.pdf_dir, ignore_errors=True)
        return True

    def _signed(self, made, source_of) -> list[tuple[int, _Target, _Made]]:
        """The letters with their PDF, signed when the batch signs."""
        ready = []
        place = self.profile.place
        for i, (target, m) in enumerate(made):
            if m.pdf is None:
                self.report(PDF_WEIGHT)
                continue
            if self.options.signing_key is not None:
                ts = time.perf_counter()
                try:
                    _sign(m, self.options.signing_key, place or m.tenant.data.dwelling.city)
                    source_of.pop(i, None)  # the signed PDF is what is printed
                except UserError as exc:
                    self._failed(m.tenant, failure_message(exc))
                    self.report(PDF_WEIGHT)
                    continue
                finally:
                    self.timings["signature"] += time.perf_counter() - ts
            ready.append((i, target, m))
        return ready

    def _register(self, letters: list[_Made]) -> list[DocumentView]:
        return _register_chunk(
            self.db, self.actor, self.template, letters, self.batch_id, self.note, self.failures
        )

    def _print(self, win: _Window, views: dict[int, DocumentView], source_of) -> None:
        from pypdf import PdfReader

        parts = self.parts
        assert parts is not None
        readers: dict[Path, object] = {}
        index_of = {m.tenant.id: i for i, (_t, m) in enumerate(win.made)}
        for target in win.targets:
            src: Path | None
            last: int | None
            if target.id in views:
                view = views[target.id]
                src, first, last = source_of.get(index_of[target.id], (view.pdf_path, 0, None))
                reference = view.reference
            elif target.id in self.registered:  # made by the interrupted run
                reference, path = self.registered[target.id]
                if reference in parts.printed or not path:
                    continue
                src, first, last = Path(path), 0, None
            else:
                continue
            try:
                if src is None:  # reported below like any missing page
                    raise FileNotFoundError("aucun PDF produit")
                if src not in readers:
                    readers[src] = PdfReader(str(src))
                reader: Any = readers[src]
                parts.add(
                    reader, first, len(reader.pages) if last is None else last, target, reference
                )
            except Exception as exc:
                self.failures.append(
                    BatchFailure(
                        target.id,
                        "",
                        _m(
                            QT_TRANSLATE_NOOP(
                                "messages", "Lettre absente du fichier d'impression : {error}"
                            ),
                            error=str(exc),
                        ),
                    )
                )

    # ---------------------------------------------------------------- the whole batch

    def window_size(self, letters: int) -> int:
        """Letters per window. Each LibreOffice call costs about a second of start-up:
        a long batch converts more chunks per call, while keeping six windows or more
        for the overlap (the first window's rendering and the last one's conversion
        run alone)."""
        per_call = letters // (self.processes * CHUNK_LETTERS * 6)
        return CHUNK_LETTERS * self.processes * max(WINDOW_CHUNKS, min(MAX_WINDOW_CHUNKS, per_call))

    def windows(self, targets: list[_Target]) -> bool:
        """Every window, overlapped; False when cancelled."""
        window_size = self.window_size(len(targets))
        pending: _Window | None = None
        started: list[_Window] = []
        try:
            for w in range(0, len(targets), window_size):
                if self.cancelled():
                    return False
                win = self.render(w, targets[w : w + window_size])
                if win is None:
                    return False
                if pending is not None:
                    self.wait(pending)
                self.start_conversion(win)
                started.append(win)
                self.report.phase = "pdf"
                if pending is not None and not self.finish(pending):
                    return False
                pending = win
            if pending is not None:
                self.wait(pending)
                return self.finish(pending)
            return True
        finally:  # cancelled or failed: a conversion still running stops, then ends
            self.stopping = True
            for win in started:
                if win.thread is not None:
                    win.thread.join()


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
    batch_id = request.batch_id or uuid.uuid4().hex[:12]
    t0 = time.perf_counter()
    targets = _ordered_targets(db, ids)
    known = {t.id for t in targets}
    registered = registered_letters(db, batch_id)  # made by an interrupted run of it
    journal = Journal(batch_id, request, ids, mass=True)
    timings["chargement"] = time.perf_counter() - t0
    todo_total = sum(1 for x in targets if x.id not in registered)
    ended = was_cancelled = False
    run = None
    try:
        run = _MassRun(db, actor, request, batch_id, template, profile, on, cancelled, timings)
        run.note = journal.note
        run.failures += [BatchFailure(i, "", _not_found(i).message) for i in ids if i not in known]
        run.registered = registered
        run.report = ProgressCounter(
            max(todo_total * run.per_letter, 1), todo_total, started, progress
        )
        out_dir = request.out_dir
        if out_dir is not None:
            out_dir.mkdir(parents=True, exist_ok=True)
            sweep_stale_temporaries(out_dir)  # a killed mailing's unfinished part
            run.parts = _PrintParts(
                out_dir,
                f"lot-{safe_filename(template.name, 30)}-{batch_id}",
                request.part_pages,
                request.duplex,
            )
        run.report()
        was_cancelled = not run.windows(targets)
        run.report.phase = "fin"
        parts = run.parts
        if parts is not None and not was_cancelled:
            t = time.perf_counter()
            parts.flush()
            timings["assemblage"] += time.perf_counter() - t
        run.report()
        audit_summary(db, actor, template, batch_id, run.produced, len(run.failures), was_cancelled)
        ended = True
        return BatchResult(
            batch_id,
            [],
            run.failures,
            parts.paths[0] if parts and parts.paths else None,
            out_dir,
            was_cancelled,
            time.perf_counter() - started,
            timings,
            parts=list(parts.paths) if parts else [],
            manifest=parts.manifest if parts and parts.manifest.exists() else None,
            count=run.produced,
            resumed=len(registered),
        )
    finally:
        if run is not None:
            run.close()
        journal.close(ended or was_cancelled)  # kept only when the run did not end
