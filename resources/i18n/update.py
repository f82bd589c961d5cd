"""Refresh the French catalogue from the sources, then compile it.

    .venv/bin/python resources/i18n/update.py

Parcours' source strings are French, so a new string is entered with its source
text as translation (marked finished); a translator may then change any of them in
Qt Linguist (``pyside6-linguist resources/i18n/parcours_fr.ts``) and run this again.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TS = HERE / "parcours_fr.ts"
QM = HERE / "parcours_fr.qm"


def tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(candidate) if candidate.exists() else shutil.which(f"pyside6-{name}") or name


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py"))


def extract(ts_path: Path) -> None:
    subprocess.run(
        [tool("lupdate"), "-silent", "-no-obsolete", "-source-language", "fr_FR",
         "-target-language", "fr_FR", *sources(), "-ts", str(ts_path)],
        cwd=ROOT, check=True,
    )


def fill_identity(ts_path: Path) -> int:
    """Give every unfinished message its French source text as translation."""
    tree = ET.parse(ts_path)
    filled = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") == "unfinished" or translation.get("type") == "obsolete":
            source = message.findtext("source") or ""
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                form = ET.SubElement(translation, "numerusform")
                form.text = source
                form2 = ET.SubElement(translation, "numerusform")
                form2.text = source
            elif not translation.text:
                translation.text = source
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return filled


def main() -> int:
    extract(TS)
    filled = fill_identity(TS)
    subprocess.run([tool("lrelease"), "-silent", str(TS), "-qm", str(QM)], check=True)
    total = sum(1 for _ in ET.parse(TS).iter("message"))
    print(f"{TS.name}: {total} messages ({filled} new), compiled to {QM.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
