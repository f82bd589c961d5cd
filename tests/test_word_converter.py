"""The Word converter's process handling: one Word per batch, in its own process, closed
at the end, on cancel, on error, and killed when stuck. Off Windows, a fake Word
(tests/fake_word.py) stands in for the COM object; on a Windows runner with Word
installed, the last test converts a real letter."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.documents import word
from desktop.domain.errors import UserError

FAKE = "tests.fake_word:open_fake_word"


@pytest.fixture
def word_log(tmp_path, monkeypatch) -> Path:
    log = tmp_path / "word.log"
    log.touch()
    monkeypatch.setenv("FAKE_WORD_LOG", str(log))
    return log


def docs(folder: Path, *contents: str) -> list[Path]:
    folder.mkdir(exist_ok=True)
    out = []
    for n, text in enumerate(contents, start=1):
        path = folder / f"courrier-{n}.docx"
        path.write_text(text)
        out.append(path)
    return out


def lines(log: Path, prefix: str) -> list[str]:
    return [line for line in log.read_text().splitlines() if line.startswith(prefix)]


def alive(pid: int, wait: float = 5.0) -> bool:
    """Whether ``pid`` still runs ``wait`` seconds from now at most (a kill is async)."""
    import time

    deadline = time.monotonic() + wait
    while _running(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    return _running(pid)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    # A zombie is gone for our purpose.
    status = Path(f"/proc/{pid}/status")
    return not (status.exists() and "State:\tZ" in status.read_text())


pytestmark = pytest.mark.skipif(os.name == "nt", reason="the fake Word is for POSIX runners")


def test_one_word_for_the_whole_batch_and_closed_after(tmp_path, word_log):
    done = []
    converter = word.WordConverter(FAKE)
    converter.convert(
        docs(tmp_path / "in", "a", "b", "c"),
        tmp_path / "pdf",
        lambda doc, pdf, err: done.append((doc.name, pdf, err)),
    )
    assert [(name, err) for name, _pdf, err in done] == [
        ("courrier-1.docx", None),
        ("courrier-2.docx", None),
        ("courrier-3.docx", None),
    ]
    assert all(pdf.read_bytes().startswith(b"%PDF") for _n, pdf, _e in done)
    assert len(lines(word_log, "start")) == 1 and len(lines(word_log, "quit")) == 1
    assert all(line.endswith("read_only=True") for line in lines(word_log, "open"))
    assert converter.word_quit and not alive(converter.word_pid)


def test_a_failing_document_is_reported_and_the_others_go_on(tmp_path, word_log):
    done = []
    word.WordConverter(FAKE).convert(
        docs(tmp_path / "in", "a", "FAIL", "c"),
        tmp_path / "pdf",
        lambda doc, pdf, err: done.append((doc.name, pdf is not None, err)),
    )
    assert [(n, ok) for n, ok, _e in done] == [
        ("courrier-1.docx", True),
        ("courrier-2.docx", False),
        ("courrier-3.docx", True),
    ]
    assert "Microsoft Word n'a pas pu convertir ce document" in str(done[1][2])
    assert len(lines(word_log, "start")) == 1 and len(lines(word_log, "quit")) == 1


def test_cancel_closes_word(tmp_path, word_log, monkeypatch):
    monkeypatch.setenv("FAKE_WORD_SECONDS", "0.3")
    done = []
    converter = word.WordConverter(FAKE)
    converter.convert(
        docs(tmp_path / "in", *"abcdefgh"),
        tmp_path / "pdf",
        lambda doc, pdf, err: done.append(doc.name),
        cancelled=lambda: len(done) >= 2,
    )
    assert 2 <= len(done) < 8
    assert len(lines(word_log, "quit")) == 1
    assert not alive(converter.word_pid)


def test_an_error_in_the_caller_still_closes_word(tmp_path, word_log):
    converter = word.WordConverter(FAKE)

    def on_done(doc, pdf, err):
        raise RuntimeError("disque plein")

    with pytest.raises(RuntimeError):
        converter.convert(docs(tmp_path / "in", "a", "b"), tmp_path / "pdf", on_done)
    assert not alive(converter.word_pid)


def test_stuck_word_is_killed(tmp_path, word_log):
    done = []
    converter = word.WordConverter(FAKE, stall_seconds=2)
    converter.convert(
        docs(tmp_path / "in", "a", "HANG", "c"),
        tmp_path / "pdf",
        lambda doc, pdf, err: done.append(doc.name),
    )
    assert done == ["courrier-1.docx"]
    assert lines(word_log, "hang") and not converter.word_quit
    assert not alive(converter.word_pid)


def test_word_that_does_not_start_is_a_french_error(tmp_path, word_log, monkeypatch):
    monkeypatch.setenv("FAKE_WORD_REFUSE", "1")
    with pytest.raises(UserError) as caught:
        word.WordConverter(FAKE).convert(
            docs(tmp_path / "in", "a"), tmp_path / "pdf", lambda *a: None
        )
    assert "Microsoft Word ne démarre pas" in str(caught.value)


def test_word_processes_are_found_whatever_tasklist_writes_around_them(monkeypatch):
    """tasklist writes in the console's OEM code page (cp850: 0x90 "É", 0x81 "ü"), which
    the ANSI code page Python decodes a pipe with cannot read."""
    import subprocess
    import sys

    real_run = subprocess.run
    listing = (
        b'"WINWORD.EXE","4242","Console","1","123\xff456 Ko"\r\n'
        b'"WINWORD.EXE","77","Console","1","\x90t\x81 Ko"\r\n'
    )

    def tasklist(args, **kwargs):
        assert args[0] == "tasklist"
        kwargs.pop("creationflags", None)  # Windows only
        script = f"import sys; sys.stdout.buffer.write({listing!r})"
        return real_run([sys.executable, "-c", script], **kwargs)

    monkeypatch.setattr(word.subprocess, "run", tasklist)
    assert word._winword_pids() == {4242, 77}
