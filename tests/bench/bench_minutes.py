"""Benchmark: the CALEOL minutes of a 40-dwelling session (120 candidates).

    .venv/bin/python -m tests.bench.bench_minutes [--dwellings 40] [--candidates 3]

Prints:
- the minutes' HTML (contract to French text, sandboxed Jinja);
- the PDF/A through WeasyPrint in its worker process: the first document (worker
  start and WeasyPrint import included) and then with the worker warm (median of 3),
  with the page count;
- the DOCX (docxtpl);
- ``generate_draft`` on a real session built through the CALEOL services in a
  temporary SQLite base: read the tables, build the contract, render the PDF, archive
  it and record the version.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import tempfile
import time
from decimal import Decimal
from pathlib import Path


def _timed(func, runs: int = 1):
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def _session(db, actor, dwellings: int, per_dwelling: int) -> int:
    """A held session through the services: members, attendance, dwellings,
    candidates, votes, decisions."""
    from desktop.domain.caleol import AttendanceMode, Decision, MemberRole, SessionMode, Vote
    from desktop.services import caleol as cal

    commission = cal.create_commission(
        db,
        actor,
        cal.CommissionData(
            name="CALEOL Bordeaux Métropole",
            territory="Bordeaux Métropole",
            reglement_version="version 3 du 15 janvier 2026",
        ),
    )
    members = []
    for i, (role, name) in enumerate(
        (
            (MemberRole.DESIGNE, "Moreau"),
            (MemberRole.DESIGNE, "Lefèvre"),
            (MemberRole.DESIGNE, "Garnier"),
            (MemberRole.DESIGNE, "Blanchard"),
            (MemberRole.DESIGNE, "Cherif"),
            (MemberRole.REPR_LOCATAIRES, "Roux"),
            (MemberRole.MAIRE, "Perrin"),
            (MemberRole.PREFET, "Vidal"),
        )
    ):
        members.append(
            cal.add_member(
                db,
                actor,
                commission,
                cal.MemberData(
                    role=role,
                    last_name=name,
                    first_name="Claude",
                    civility="M.",
                    commune="Bordeaux" if role is MemberRole.MAIRE else "",
                    is_president=i == 0,
                ),
            )
        )
    session_id = cal.create_session(
        db,
        actor,
        commission,
        cal.SessionData(
            number="2026-04",
            session_date=dt.date(2026, 3, 12),
            mode=SessionMode.VISIO,
            start_time=dt.time(14, 30),
            technical_means="visioconférence sécurisée",
        ),
    )
    for m in members[:7]:
        cal.set_attendance(db, actor, session_id, m, AttendanceMode.DISTANCE)
    candidates: list[list[int]] = []
    for d in range(dwellings):
        item = cal.add_dwelling_item(
            db,
            actor,
            session_id,
            cal.DwellingItemData(
                reference=f"LGT-{4100 + d:06d}",
                address=f"{d + 2} rue des Lilas",
                postcode="33000",
                commune="Bordeaux",
                dwelling_type="T3",
                surface=Decimal("64.50"),
                floor=d % 5,
                rent=Decimal("412.50"),
                charges=Decimal("85.20"),
                funding="PLUS",
                contingent="Préfecture",
            ),
        ).id
        ids = []
        for c in range(per_dwelling):
            n = d * per_dwelling + c
            ids.append(
                cal.add_candidate(
                    db,
                    actor,
                    item,
                    cal.CandidateData(
                        numero_unique=f"0333325{n:08d}",
                        last_name=f"Candidat{n}",
                        first_name="Camille",
                        civility="Mme",
                        adults=2,
                        children=c,
                        monthly_resources=Decimal("1650.00") + n,
                        effort_rate=Decimal("24.50"),
                        remaining_income_per_unit=Decimal("512.00"),
                    ),
                ).id
            )
        candidates.append(ids)
    cal.open_session(db, actor, session_id)
    cal.record_votes(
        db,
        actor,
        session_id,
        [cal.VoteEntry(c, m, Vote.POUR) for ids in candidates for c in ids for m in members[:7]],
    )
    for ids in candidates:
        for rank, c in enumerate(ids[:3], start=1):
            cal.decide(db, actor, c, Decision.ATTRIBUTION_RANG, rank=rank)
    cal.close_session(db, actor, session_id)
    return session_id


def run(dwellings: int = 40, per_dwelling: int = 3) -> dict:
    out: dict = {"dwellings": dwellings, "candidates": dwellings * per_dwelling}
    saved = {k: os.environ.get(k) for k in ("PARCOURS_DATA_DIR", "PARCOURS_CONFIG_DIR")}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            _run(Path(tmp), dwellings, per_dwelling, out)
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return out


def _run(tmp: Path, dwellings: int, per_dwelling: int, out: dict) -> None:
    from pypdf import PdfReader

    from desktop.documents import minutes as documents
    from desktop.domain.caleol import SessionMode

    os.environ["PARCOURS_DATA_DIR"] = str(tmp / "data")
    os.environ["PARCOURS_CONFIG_DIR"] = str(tmp / "config")
    minutes = documents.sample_minutes(dwellings, per_dwelling, SessionMode.VISIO)
    out["html"], _ = _timed(lambda: documents.render_minutes_html(minutes, 1), runs=3)
    with documents.MinutesRenderer() as renderer:
        out["pdf_cold"], path = _timed(
            lambda: documents.render_minutes_pdf(minutes, tmp / "cold.pdf", 1, renderer=renderer)
        )
        out["pdf_warm"], path = _timed(
            lambda: documents.render_minutes_pdf(minutes, tmp / "warm.pdf", 1, renderer=renderer),
            runs=3,
        )
        out["pages"] = len(PdfReader(str(path)).pages)
        out["docx"], _ = _timed(lambda: documents.render_minutes_docx(minutes, tmp / "pv.docx", 1))

        from desktop.domain.roles import Role
        from desktop.services.caleol import minutes as caleol_minutes
        from desktop.services.context import Actor
        from desktop.storage.db import open_database

        db = open_database(str(tmp / "bench.sqlite"))
        actor = Actor("bench", "Banc d'essai", role=Role.ADMIN)
        started = time.perf_counter()
        session_id = _session(db, actor, dwellings, per_dwelling)
        out["setup"] = time.perf_counter() - started
        out["build"], _ = _timed(
            lambda: caleol_minutes.build_minutes(db, actor, session_id), runs=3
        )
        out["draft"], version = _timed(
            lambda: caleol_minutes.generate_draft(db, actor, session_id, renderer=renderer)
        )
        out["draft_pages"] = len(PdfReader(str(version.pdf_path)).pages)
        db.dispose()


def report(r: dict) -> None:
    print(f"CALEOL minutes, {r['dwellings']} dwellings / {r['candidates']} candidates:")
    print(
        f"  HTML {r['html'] * 1000:.0f} ms; PDF/A {r['pages']} pages in "
        f"{r['pdf_warm']:.2f} s (worker warm, median of 3), first PDF {r['pdf_cold']:.2f} s "
        f"(worker start included); DOCX {r['docx']:.2f} s"
    )
    print(
        f"  generate_draft on a session built through the services: {r['draft']:.2f} s "
        f"({r['draft_pages']} pages; reading the tables and building the contract "
        f"{r['build'] * 1000:.0f} ms; session set up in {r['setup']:.1f} s)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dwellings", type=int, default=40)
    parser.add_argument("--candidates", type=int, default=3, help="candidates per dwelling")
    args = parser.parse_args(argv)
    report(run(args.dwellings, args.candidates))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
