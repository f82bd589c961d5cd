"""PNG pages of the demo session's minutes (procès-verbal) for the README and the issue.

    .venv/bin/python -m tests.minutes_screenshots

Builds a small demo base in a temporary folder (its CALEOL commission and session come
with it), produces version 1 of the minutes as the secretary would (PDF/A, through the
WeasyPrint worker), an applicant's extract, and saves every page with ``pdftoppm`` as
``resources/screenshots/caleol_pv_p<N>.png`` (extract: ``caleol_pv_extrait_p1.png``);
then the demo president signs version 1 from her own account
(``caleol_pv_signe_p<N>.png``).
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "screenshots"


def pages_png(pdf: Path, prefix: str, dpi: int = 70, last: int | None = None) -> list[Path]:
    for old in OUT.glob(f"{prefix}_p*.png"):
        old.unlink()
    args = ["pdftoppm", "-r", str(dpi), "-png"]
    if last:
        args += ["-l", str(last)]
    subprocess.run(args + [str(pdf), str(OUT / f"{prefix}_p")], check=True)
    made = sorted(OUT.glob(f"{prefix}_p*.png"))
    for path in made:  # pdftoppm pads page numbers ("-01"): keep plain ones
        number = int(path.stem.rsplit("-", 1)[-1])
        path.rename(OUT / f"{prefix}_p{number}.png")
    return sorted(OUT.glob(f"{prefix}_p*.png"))


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["PARCOURS_CONFIG_DIR"] = str(Path(tmp) / "config")
        os.environ["PARCOURS_DATA_DIR"] = str(Path(tmp) / "data")
        from desktop.domain.minutes import MinutesStatus, ReviewVerdict
        from desktop.domain.roles import Role
        from desktop.services import caleol
        from desktop.services.caleol import minutes as caleol_minutes
        from desktop.services.context import Actor
        from desktop.services.demo import ensure_demo_database

        db = ensure_demo_database(Path(tmp) / "demo.sqlite", households=300)
        try:
            actor = Actor("secretaire", "Secrétariat CALEOL", role=Role.ADMIN)
            session = caleol.list_sessions(db, actor)[0]
            version = caleol_minutes.generate_draft(db, actor, session.id)
            pdf = Path(tmp) / "pv.pdf"
            caleol_minutes.export_minutes(db, actor, session.id, pdf)
            OUT.mkdir(parents=True, exist_ok=True)
            for page in pages_png(pdf, "caleol_pv"):
                print(page.relative_to(ROOT))
            # The applicant's extract needs approved minutes: every member taking part
            # approves version 1 (recorded by the secretary, as for emailed answers).
            view = caleol.get_session(db, actor, session.id)
            caleol_minutes.send_for_review(db, actor, version.id, Path(tmp) / "envoi")
            approval = caleol_minutes.get_version(db, actor, version.id).approval
            for member_id, _name in approval.required:
                caleol_minutes.review(db, actor, version.id, member_id, ReviewVerdict.APPROVE)
            assert (
                caleol_minutes.get_version(db, actor, version.id).status is MinutesStatus.APPROVED
            )
            applicant = view.items[0].candidates[0].numero_unique
            extract = Path(tmp) / "extrait.pdf"
            caleol_minutes.extract_for_candidate(db, actor, version.id, applicant, extract)
            for page in pages_png(extract, "caleol_pv_extrait", last=1):
                print(page.relative_to(ROOT))
            # The president signs, from her own account, with a certificate in her name
            # (a throw-away one here): the signed minutes, every page.
            from desktop.documents import signing
            from desktop.services import accounts
            from desktop.services.caleol.demo import DEMO_PRESIDENT_ACCOUNT

            president = Actor(
                DEMO_PRESIDENT_ACCOUNT,
                role=Role.CALEOL_MEMBER,
                user_id=accounts.find_user_id(db, DEMO_PRESIDENT_ACCOUNT),
            )
            p12, password, _ = signing.make_test_certificate(
                Path(tmp), "Catherine Lefèvre", "Logis de Garonne – Œuvre d’Habitat"
            )
            key = signing.load_signing_key(p12, password)
            signed = caleol_minutes.sign(db, president, version.id, key)
            for page in pages_png(signed.signature.pdf_path, "caleol_pv_signe"):
                print(page.relative_to(ROOT))
        finally:
            db.dispose()


if __name__ == "__main__":
    main()
