"""Structure checks of a tagged PDF (PDF/UA), with pikepdf and pypdf: libraries no one
here wrote. veraPDF (the reference validator) is Java and not installable here; what
these checks cover is listed in the README ("Accessible PDF").

- the catalogue: ``/MarkInfo /Marked true``, ``/Lang`` (``fr-FR``), a title shown in
  the window (``/ViewerPreferences /DisplayDocTitle``) and in the document info;
- the structure tree: a ``/StructTreeRoot`` with a ``/ParentTree`` (every marked
  content belongs to an element, the reading order is the tree's), the element types
  used (``H1``, ``H2``, ``Table``, ``TR``, ``TH``, ``TD``, ``Figure``...), an
  alternative text (``/Alt``) on every ``Figure``;
- every font embedded (``FontFile``, ``FontFile2`` or ``FontFile3``);
- the XMP identification: ``pdfuaid:part`` and, for PDF/A, ``pdfaid:part`` and
  ``pdfaid:conformance``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Structure:
    marked: bool = False
    lang: str = ""
    display_title: bool = False
    title: str = ""
    has_parent_tree: bool = False
    tags: Counter = field(default_factory=Counter)
    figure_alts: list[str] = field(default_factory=list)
    unembedded_fonts: list[str] = field(default_factory=list)
    pdfua_part: str = ""
    pdfa_part: str = ""
    pdfa_conformance: str = ""


def _walk(node, out: Structure, depth: int = 0) -> None:
    import pikepdf

    if depth > 200:
        return
    if isinstance(node, pikepdf.Array):
        for child in node:
            _walk(child, out, depth + 1)
        return
    if not isinstance(node, pikepdf.Dictionary):
        return  # a marked-content id
    if "/S" in node:
        tag = str(node.S)[1:]
        out.tags[tag] += 1
        if tag == "Figure":
            out.figure_alts.append(str(node.get("/Alt", "")))
    if "/K" in node:
        _walk(node.K, out, depth + 1)


def _fonts(pdf, out: Structure) -> None:
    seen = set()
    for page in pdf.pages:
        stack = [page.obj.get("/Resources")]
        annots = page.obj.get("/Annots") or []
        for annot in annots:
            ap = annot.get("/AP")
            if ap is not None and "/N" in ap:
                stack.append(ap.N.get("/Resources"))
        while stack:
            resources = stack.pop()
            if resources is None:
                continue
            for font in (resources.get("/Font") or {}).values():
                key = font.objgen
                if key in seen:
                    continue
                seen.add(key)
                fonts = [font] + list(font.get("/DescendantFonts") or [])
                for f in fonts:
                    if str(f.get("/Subtype")) in ("/Type0", "/Type3"):
                        continue
                    desc = f.get("/FontDescriptor")
                    if desc is None or not any(
                        k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")
                    ):
                        out.unembedded_fonts.append(str(f.get("/BaseFont")))
            for xobj in (resources.get("/XObject") or {}).values():
                if str(xobj.get("/Subtype")) == "/Form":
                    stack.append(xobj.get("/Resources"))


def check(path: str | Path) -> Structure:
    import pikepdf
    from pypdf import PdfReader

    out = Structure()
    with pikepdf.open(str(path)) as pdf:
        root = pdf.Root
        mark = root.get("/MarkInfo")
        out.marked = bool(mark is not None and mark.get("/Marked", False))
        out.lang = str(root.get("/Lang", ""))
        prefs = root.get("/ViewerPreferences")
        out.display_title = bool(prefs is not None and prefs.get("/DisplayDocTitle", False))
        out.title = str(pdf.docinfo.get("/Title", ""))
        tree = root.get("/StructTreeRoot")
        if tree is not None:
            out.has_parent_tree = "/ParentTree" in tree
            if "/K" in tree:
                _walk(tree.K, out)
        _fonts(pdf, out)
    xmp = PdfReader(str(path)).xmp_metadata
    raw = xmp.stream.get_data().decode("utf-8") if xmp is not None else ""

    def xmp_value(name: str) -> str:
        m = re.search(rf'{name}="([^"]+)"|<{name}>([^<]+)</{name}>', raw)
        return (m.group(1) or m.group(2)) if m else ""

    out.pdfua_part = xmp_value("pdfuaid:part")
    out.pdfa_part = xmp_value("pdfaid:part")
    out.pdfa_conformance = xmp_value("pdfaid:conformance")
    return out
