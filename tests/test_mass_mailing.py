"""Mass mailing: letters joined in chunks for LibreOffice, the PDF cut back into one
letter each, print parts with a manifest, a killed batch resumed; staging folders and
LibreOffice processes that a killed batch leaves are cleaned up."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import time

import pytest
from sqlalchemy import func, select

from desktop.documents import compose, convert, files
from desktop.services import demo, documents, tenants
from desktop.storage.models import DocumentRecord

pytestmark = pytest.mark.slow


def pdf_text(path, pages=None) -> str:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    chosen = reader.pages if pages is None else [reader.pages[i] for i in pages]
    return "\n".join(p.extract_text() or "" for p in chosen)


@pytest.fixture
def libreoffice(tmp_path_factory, monkeypatch):
    if not convert.find_soffice():
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) is required under CI: tests/run.py installs it")
        pytest.skip("LibreOffice is not installed")
    monkeypatch.setenv(
        "PARCOURS_LIBREOFFICE_PROFILES", str(tmp_path_factory.getbasetemp() / "lo-mass")
    )


@pytest.fixture
def households(db, actor):
    # An arrears reminder goes to tenants who owe something (it refuses a nil balance).
    demo.generate(db, actor, 40)
    query = tenants.TenantQuery(arrears_only=True)
    found = [r.id for r in tenants.search(db, actor, query, limit=9)]
    assert len(found) == 9
    return found


class Killed(BaseException):
    """Stands for the process being killed half-way."""


def options():
    return documents.LetterOptions("relance_impaye", pdf=True, fields={"periode": "octobre 2026"})


def test_a_mass_mailing_resumed_after_a_kill_makes_each_letter_once(
    db, actor, households, libreoffice, tmp_path, monkeypatch
):
    monkeypatch.setattr(documents.mass, "CHUNK_LETTERS", 2)
    monkeypatch.setattr(documents.mass, "WINDOW_CHUNKS", 2)  # windows of 8 letters
    out = tmp_path / "lot"
    request = documents.BatchRequest(
        options(), household_ids=households, out_dir=out, processes=2, mass=True, part_pages=4
    )

    seen_while_running = []
    started = []  # the LibreOffice processes of the batch
    record_pid = documents.mass._Staging.record_pid
    monkeypatch.setattr(
        documents.mass._Staging,
        "record_pid",
        lambda self, proc: (started.append(proc), record_pid(self, proc)),
    )

    def kill_after_the_first_window(p):
        if p.letters_done >= 1 and not seen_while_running:  # journaled, but running here
            journals = list((documents.documents_dir() / documents.JOURNALS).glob("*.json"))
            seen_while_running.append((len(journals), documents.interrupted_batches()))
        if p.letters_done >= 8:
            raise Killed()

    with pytest.raises(Killed):
        documents.run_batch(db, actor, request, kill_after_the_first_window)
    # The next window was being converted when the batch stopped: its LibreOffice ended.
    assert len(started) >= 2 and all(proc.poll() is not None for proc in started)
    assert seen_while_running == [(1, [])]  # a running batch is not offered for resuming
    with db.reader() as s:
        assert s.scalar(select(func.count()).select_from(DocumentRecord)) == 8
    assert not list((documents.documents_dir() / documents.STAGING).glob("lot-*"))
    [resume] = documents.interrupted_batches()
    assert resume.household_ids == households and resume.part_pages == 4
    # A kill while a print part was written leaves its temporary file in the print
    # folder: the resumed batch removes it; one being written right now (another
    # workstation's, fresh) stays.
    left, busy = out / ".tmp-k1ll3d.pdf", out / ".tmp-busy.pdf"
    for path in (left, busy):
        path.write_bytes(b"%PDF-1.7 half")
    an_hour_ago = time.time() - files.STALE_TEMPORARY_SECONDS - 60
    os.utime(left, (an_hour_ago, an_hour_ago))
    result = documents.run_batch(db, actor, resume)
    assert not left.exists() and busy.exists()
    busy.unlink()
    assert (result.produced, result.resumed) == (1, 8), [str(f.message) for f in result.failures]
    assert documents.interrupted_batches() == []  # ended: nothing left to resume
    with db.reader() as s:
        records = s.execute(
            select(
                DocumentRecord.household_id,
                DocumentRecord.reference,
                DocumentRecord.pdf_path,
                DocumentRecord.batch_id,
            )
        ).all()
    assert sorted(r.household_id for r in records) == sorted(households)  # each once
    assert {r.batch_id for r in records} == {result.batch_id}
    contract = {}
    for r in records:
        view = tenants.get_tenant_file(db, actor, r.household_id)
        contract[r.reference] = (view.data.lease.contract_number, view.data.dwelling.postcode)
        text = pdf_text(r.pdf_path)  # the right letter in each tenant's PDF
        assert view.data.lease.contract_number in text and r.reference in text
    # The print file: parts of at most 4 pages, postcode order, a manifest line each.
    assert [p.name for p in result.parts] == [
        f"lot-relance-impaye-{result.batch_id}-partie-00{k}.pdf" for k in (1, 2, 3)
    ]
    with open(result.manifest, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    assert sorted(r["reference"] for r in rows) == sorted(contract)
    assert [r["code_postal"] for r in rows] == sorted(r["code_postal"] for r in rows)
    for row in rows:
        assert (row["contrat"], row["code_postal"]) == contract[row["reference"]]
        first, last = (int(x) for x in row["pages"].split("-"))
        part = result.parts[int(row["partie"]) - 1]
        assert row["reference"] in pdf_text(part, range(first - 1, last))


def test_the_command_line_resumes_an_interrupted_mass_mailing_without_redoing_letters(
    db, actor, households, libreoffice, tmp_path, monkeypatch, capsys
):
    from desktop.cli import main as cli_main

    monkeypatch.setattr(documents.mass, "CHUNK_LETTERS", 2)
    monkeypatch.setattr(documents.mass, "WINDOW_CHUNKS", 2)  # windows of 8 letters
    out = tmp_path / "lot"
    real = documents.run_batch

    def interrupted_after_8_letters(db, actor, request, progress=None, cancelled=None):
        def stop(p):
            if p.letters_done >= 8:
                raise KeyboardInterrupt  # Ctrl+C, once the first window is registered
            progress(p)

        return real(db, actor, request, stop)

    command = ["letters", "--db", db.url, "--template", "relance_impaye"]
    command += ["--ids", ",".join(map(str, households)), "--out", str(out), "--mass"]
    command += ["--part-pages", "4", "--field", "periode=octobre 2026", "--recto-seul"]
    monkeypatch.setattr(documents, "run_batch", interrupted_after_8_letters)
    assert cli_main(command) == 130
    said = capsys.readouterr().err
    [pending] = documents.interrupted_batches()
    assert f"parcours letters --resume {pending.batch_id}" in said
    with db.reader() as s:
        assert s.scalar(select(func.count()).select_from(DocumentRecord)) == 8

    monkeypatch.setattr(documents, "run_batch", real)
    assert cli_main(["letters", "--db", db.url, "--resume", "inconnu"]) == 2
    assert "inconnu" in capsys.readouterr().err
    assert cli_main(["letters", "--db", db.url, "--resume"]) == 0
    printed = capsys.readouterr().out
    assert "Courriers produits : 1 " in printed
    assert "Déjà enregistrés avant l'interruption (non refaits) : 8" in printed
    with db.reader() as s:
        records = s.execute(select(DocumentRecord.household_id, DocumentRecord.reference)).all()
    assert sorted(r.household_id for r in records) == sorted(households)  # 9, each once
    parts = sorted(out.glob(f"lot-relance-impaye-{pending.batch_id}-partie-*.pdf"))
    assert len(parts) == 3 and all(str(p) in printed for p in parts)
    [manifest] = out.glob("*-manifeste.csv")
    assert str(manifest) in printed
    with open(manifest, encoding="utf-8-sig", newline="") as f:
        printed_refs = [row["reference"] for row in csv.DictReader(f, delimiter=";")]
    assert sorted(printed_refs) == sorted(r.reference for r in records)  # each printed once
    # Nothing left to resume: a second --resume does nothing.
    assert cli_main(["letters", "--db", db.url, "--resume"]) == 0
    assert "Aucun publipostage interrompu" in capsys.readouterr().out
    with db.reader() as s:
        assert s.scalar(select(func.count()).select_from(DocumentRecord)) == 9
    # Without --resume, the template and the output folder are required.
    assert cli_main(["letters", "--db", db.url]) == 2
    assert "--template" in capsys.readouterr().err


def _recording(fn, calls: list):
    def recorded(*args):
        result = fn(*args)
        calls.append(result)
        return result

    return recorded


def test_chunks_join_only_letters_with_the_same_package_and_cut_back_exactly(
    db, actor, households, libreoffice, tmp_path, monkeypatch
):
    monkeypatch.setattr(documents.mass, "CHUNK_LETTERS", 5)
    joined = []
    original = compose.compose

    def spy(letters, first_index=0):
        keys = {compose.shell_key(x) for x in letters}
        assert len(keys) == 1  # one agency header per chunk
        joined.append(len(letters))
        return original(letters, first_index)

    monkeypatch.setattr(compose, "compose", spy)
    cut = []  # each chunk's PDF cut back by its named destinations, none left whole
    split = compose.split_pdf
    monkeypatch.setattr(compose, "split_pdf", _recording(split, cut))
    result = documents.run_batch(
        db,
        actor,
        documents.BatchRequest(options(), household_ids=households, processes=1, mass=True),
    )
    assert result.produced == 9 and sum(joined) == 9 and max(joined) > 1
    assert [len(ranges) for ranges in cut] == joined  # a range for each letter of a chunk
    assert all(ranges == [(i, i + 1) for i in range(len(ranges))] for ranges in cut)
    with db.reader() as s:
        records = s.execute(select(DocumentRecord.household_id, DocumentRecord.pdf_path)).all()
    assert len(records) == 9
    for household_id, pdf_path in records:
        view = tenants.get_tenant_file(db, actor, household_id)
        assert view.data.lease.contract_number in pdf_text(pdf_path)


def test_a_killed_batchs_staging_folder_and_libreoffice_are_removed_at_next_start(tmp_path):
    live = documents._Staging()
    base = documents.documents_dir() / documents.STAGING
    dead = base / "lot-tue"
    dead.mkdir()
    (dead / ".verrou").touch()  # its owner is gone: nobody holds the lock
    (dead / "lettre.docx").write_bytes(b"x" * 100)
    leftover = None
    if os.name != "nt":  # a LibreOffice the killed batch started, still running
        leftover = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "import time; print('ready', flush=True); time.sleep(60)",
                "soffice",
            ],
            stdout=subprocess.PIPE,
            text=True,
            **convert.own_group(),
        )
        assert leftover.stdout.readline().strip() == "ready"
        (dead / "soffice.pids").write_text(f"{leftover.pid}\n")
    assert documents.sweep_staging() == 1
    assert not dead.exists() and live.path.exists()
    if leftover is not None:
        assert leftover.wait(timeout=10) != 0
        leftover.stdout.close()
    live.remove()
    assert not live.path.exists()


def test_a_staging_folder_without_lock_file_goes_once_a_day_old(tmp_path):
    """Folders made before lock files existed: removed when clearly abandoned only."""
    import time

    base = documents.documents_dir() / documents.STAGING
    old, recent = base / "lot-ancien", base / "lot-recent"
    for folder in (old, recent):
        folder.mkdir(parents=True)
        (folder / "lettre.docx").write_bytes(b"x")
    aged = time.time() - documents.ABANDONED_AFTER - 60
    os.utime(old, (aged, aged))
    assert documents.sweep_staging() == 1
    assert not old.exists() and recent.exists()


@pytest.mark.skipif(os.name == "nt", reason="POSIX process groups")
def test_libreoffice_is_ended_with_its_whole_process_group():
    proc = subprocess.Popen(
        ["sh", "-c", "sleep 60 & echo $!; wait"],
        stdout=subprocess.PIPE,
        text=True,
        **convert.own_group(),
    )
    child = int(proc.stdout.readline())
    convert.kill_tree(proc)
    proc.wait(timeout=10)
    proc.stdout.close()
    deadline = time.time() + 5
    while time.time() < deadline:
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            break
        time.sleep(0.05)
    else:
        pytest.fail("the converter's child survived")


def _two_pages(docx: bytes) -> bytes:
    """The letter with a page break before its last paragraph: two pages."""
    import io
    import zipfile

    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == compose.DOCUMENT:
                root = etree.fromstring(data)
                body = root.find(f"{w}body")
                last = [c for c in body if c.tag == f"{w}p" and "".join(c.itertext()).strip()][-1]
                page_break = etree.fromstring(
                    f'<w:p xmlns:w="{w[1:-1]}"><w:r><w:br w:type="page"/></w:r></w:p>'
                )
                last.addprevious(page_break)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            dst.writestr(info, data)
    return out.getvalue()


def test_each_letter_of_a_mass_mailing_counts_its_own_pages(
    db, actor, households, libreoffice, tmp_path, monkeypatch
):
    from desktop.documents import engine

    render = engine.render_bytes
    rendered = []

    def second_letter_on_two_pages(template, context, **kw):
        data = render(template, context, **kw)
        rendered.append(data)
        return _two_pages(data) if len(rendered) == 2 else data

    monkeypatch.setattr(engine, "render_bytes", second_letter_on_two_pages)
    result = documents.run_batch(
        db,
        actor,
        documents.BatchRequest(
            options(),
            household_ids=households[:4],
            out_dir=tmp_path / "out",
            processes=1,
            mass=True,
            part_pages=100,
        ),
    )
    assert result.produced == 4
    with db.reader() as s:
        pdfs = s.scalars(select(DocumentRecord.pdf_path).order_by(DocumentRecord.id)).all()

    def numbers(pdf):
        from pypdf import PdfReader

        count = len(PdfReader(str(pdf)).pages)
        return [
            line[line.index("Page ") :]
            for i in range(count)
            for line in pdf_text(pdf, [i]).splitlines()
            if "Page " in line
        ]

    # Each letter's own count, as when printed on its own: not the chunk's
    # ("Page 1/5" on every letter) nor a count LibreOffice gets wrong once joined.
    assert sorted(map(numbers, pdfs)) == [
        ["Page 1/1"],
        ["Page 1/1"],
        ["Page 1/1"],
        ["Page 1/2", "Page 2/2"],
    ]
    # The print file holds the same pages.
    [part] = result.parts
    text = pdf_text(part)
    assert text.count("Page 1/1") == 3 and "Page 2/2" in text and "/5" not in text


def test_a_pdf_without_the_letters_destinations_is_not_cut(tmp_path):
    """A chunk's PDF whose named destinations are missing (or out of order) is not cut
    at a guess: ``ComposeError``, and the batch converts those letters one by one."""
    import pypdfium2 as pdfium

    pdf = tmp_path / "chunk.pdf"
    document = pdfium.PdfDocument.new()
    for _ in range(2):
        document.new_page(595, 842)
    document.save(str(pdf))
    document.close()
    targets = [tmp_path / "a.pdf", tmp_path / "b.pdf"]
    with pytest.raises(compose.ComposeError):
        compose.split_pdf(pdf, 0, targets)
    assert not any(t.exists() for t in targets)
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7 not a pdf")
    with pytest.raises(compose.ComposeError):
        compose.split_pdf(tmp_path / "broken.pdf", 0, targets)


def test_the_letters_cut_from_a_chunk_are_signed_and_verified(
    db, actor, households, libreoffice, tmp_path, monkeypatch
):
    """A signing batch signs each letter cut from its chunk (the signature's
    incremental update is written over PDFium's file): each verifies, intact."""
    from desktop.documents import signing

    (tmp_path / "cert").mkdir()
    p12, password, cert = signing.make_test_certificate(tmp_path / "cert", "Claire Moreau")
    key = signing.load_signing_key(p12, password)
    monkeypatch.setattr(documents.mass, "CHUNK_LETTERS", 3)
    request = documents.BatchRequest(
        documents.LetterOptions(
            "relance_impaye", pdf=True, fields={"periode": "octobre 2026"}, signing_key=key
        ),
        household_ids=households[:6],
        processes=1,
        mass=True,
    )
    cut = []
    monkeypatch.setattr(compose, "split_pdf", _recording(compose.split_pdf, cut))
    result = documents.run_batch(db, actor, request)
    assert result.produced == 6 and sum(map(len, cut)) == 6
    with db.reader() as s:
        pdfs = s.scalars(select(DocumentRecord.pdf_path)).all()
    for pdf in pdfs:
        report = signing.verify_pdf(pdf, trusted=[cert])
        assert report.ok and report.trusted and report.signer == "Claire Moreau"


def test_a_mass_mailing_with_files_of_another_agency_refuses_audits_and_names_none(
    db, actor, households, libreoffice
):
    # The same as an ordinary batch: another agency's files are refused, each refusal
    # audited, and the result does not name their tenants.
    from desktop.domain.roles import Role
    from desktop.services import agencies
    from desktop.services.context import Actor
    from desktop.storage.models import AuditEvent

    other = agencies.create_agency(db, actor, "MER2", "Agence de Mérignac 2")
    agent = Actor("agent.mer", "Agent Mérignac", role=Role.AGENT, agency_id=other)
    request = documents.BatchRequest(options(), household_ids=households[:3], mass=True)
    result = documents.run_batch(db, agent, request)
    assert result.produced == 0
    assert sorted(f.household_id for f in result.failures) == sorted(households[:3])
    assert all(f.name == "" and "autre agence" in str(f.message) for f in result.failures)
    with db.reader() as s:
        assert s.scalar(select(func.count()).select_from(DocumentRecord)) == 0
        refusals = s.execute(
            select(AuditEvent.actor, AuditEvent.entity_id, AuditEvent.after).where(
                AuditEvent.action == "refus"
            )
        ).all()
    assert sorted(r.entity_id for r in refusals) == sorted(households[:3])
    assert all(r.actor == "agent.mer" and r.after["action"] == "publipostage" for r in refusals)
