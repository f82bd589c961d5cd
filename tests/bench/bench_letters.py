"""Letters per second for a batch (publipostage), DOCX only and DOCX + PDF.

    .venv/bin/python -m tests.bench.bench_letters [--letters 1000] [--processes 2]

Generates a demo base in a temporary folder, then runs the batch service on the
first N active households twice (DOCX only; DOCX + PDF with LibreOffice, merged PDF
included) and prints letters per second and the share of time in each step.
Targets (issue 3): 1,000 DOCX letters in under 20 s, with PDF in under 120 s.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path


def run(letters: int, processes: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        os.environ["PARCOURS_DATA_DIR"] = str(tmp / "data")
        os.environ["PARCOURS_CONFIG_DIR"] = str(tmp / "config")
        os.environ.setdefault("PARCOURS_LIBREOFFICE_PROFILES", str(tmp / "lo"))
        from desktop.documents import convert
        from desktop.domain.roles import Role
        from desktop.services import demo, documents, tenants
        from desktop.services.context import Actor
        from desktop.storage.db import open_database

        db = open_database(str(tmp / "bench.sqlite"))
        actor = Actor("bench", "Banc d'essai", role=Role.ADMIN)
        demo.generate(db, actor, int(letters * 1.15) + 10)
        ids = [r.id for r in tenants.search(db, actor, tenants.TenantQuery(), limit=letters)]
        print(f"{len(ids)} letters, template relance_impaye, {os.cpu_count()} cores")
        if convert.find_soffice():  # warm the LibreOffice profiles (first start is slow)
            from docx import Document

            doc = Document()
            doc.add_paragraph("x")
            doc.save(tmp / "warm.docx")
            warm = [tmp / "warm.docx"] * 1
            for _ in range(processes):
                convert.convert_many(warm, tmp / "warm", lambda *a: None)
        for pdf in (False, True):
            if pdf and not convert.find_soffice():
                print("DOCX + PDF: skipped (LibreOffice not found)")
                continue
            options = documents.LetterOptions(
                "relance_impaye", pdf=pdf, fields={"periode": "octobre 2026"}
            )
            request = documents.BatchRequest(
                options,
                household_ids=ids,
                out_dir=tmp / ("out-pdf" if pdf else "out"),
                processes=processes,
            )
            started = time.perf_counter()
            result = documents.run_batch(db, actor, request)
            seconds = time.perf_counter() - started
            label = "DOCX + PDF" if pdf else "DOCX only"
            print(
                f"\n{label}: {result.produced} letters in {seconds:.1f} s = "
                f"{result.produced / seconds:.1f} letters/s "
                f"({len(result.failures)} failures)"
            )
            steps = {k: v for k, v in result.timings.items() if v}
            for step, value in steps.items():
                print(f"  {step:<15} {value:7.2f} s  {100 * value / seconds:5.1f} %")
        db.dispose()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=1000)
    parser.add_argument("--processes", type=int, default=2)
    args = parser.parse_args(argv)
    return run(args.letters, args.processes)


if __name__ == "__main__":
    sys.exit(main())
