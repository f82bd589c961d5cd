"""A letter template opened once and filled many times.

docxtpl opens the template's package again for every letter (python-docx parses each of
its parts) and then saves the whole package (each part serialised and compressed again):
two thirds of a letter's rendering time went to parts that are the same in every
letter. A prepared template keeps the opened package; each letter fills only the parts
that hold fields (the body, the headers and footers, the footnotes, the document
properties) and its package is the unchanged members, copied as they are already
compressed, plus the filled ones.

Every step of the filling is docxtpl's own (``patch_xml``, ``render_xml_part``,
``fix_tables``, ``fix_docpr_ids``), in docxtpl's order, so a prepared template gives the
letter ``engine.render_bytes`` gave before (``tests/test_prepared_templates.py`` compares
them part by part). An image a letter adds (the signatory's signature) is added once to
the kept package and written in the next letters: a prepared template serves letters
showing the same images (the caller keeps one per template and set of images). A
letter whose filling would change the package otherwise (another image, a link) is not
filled here (``Unprepared``): the caller drops this prepared template and fills the
letter the ordinary way.
"""

from __future__ import annotations

import io
import threading
import zipfile
from collections.abc import Callable, Iterable

from lxml import etree

FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
# docxtpl's render_properties: the document properties it fills.
PROPERTIES = ("author", "comments", "identifier", "language", "subject", "title")


class Unprepared(Exception):
    """This letter is not for the prepared template: fill it the ordinary way."""


def _name(part) -> str:
    return str(part.partname).lstrip("/")


def _shape(package) -> tuple:
    """The parts of the package and how many relationships each has: what a letter's
    filling may change besides the filled parts (an image added, a link)."""
    return tuple((str(p.partname), len(p.rels)) for p in package.iter_parts())


class PreparedTemplate:
    """``fill(context, finish)`` gives a letter's DOCX bytes; ``finish(body, stories)``
    retouches the filled XML trees (typography, envelope window) before they are
    written. Not for concurrent use: ``lock`` is held around each letter."""

    def __init__(self, tpl, jinja_env):
        self.tpl, self.env = tpl, jinja_env
        self.lock = threading.Lock()
        tpl.init_docx()
        docx = tpl.docx
        self.body_xml = tpl.patch_xml(tpl.get_xml())
        # Headers and footers: (part, patched XML, encoding), in docxtpl's order.
        self.stories: list[tuple[object, str, str]] = []
        for uri in (tpl.HEADER_URI, tpl.FOOTER_URI):
            for _key, part in tpl.get_headers_footers(uri):
                xml = tpl.get_part_xml(part)
                self.stories.append(
                    (part, tpl.patch_xml(xml), tpl.get_headers_footers_encoding(xml))
                )
        package = docx.part.package
        self.footnotes = [
            (part, tpl.patch_xml(part.blob.decode("utf-8")))
            for part in package.parts
            if part.content_type == FOOTNOTES_TYPE
        ]
        core = docx.core_properties
        self.properties = {name: getattr(core, name) for name in PROPERTIES}
        self.core_part = package._core_properties_part
        whole = etree.tostring(docx.element, encoding="UTF-8", standalone=True)
        start, end = whole.find(b"<w:body"), whole.rfind(b"</w:body>")
        if start < 0 or end < 0:
            raise Unprepared("no body")
        self.head, self.tail = whole[:start], whole[end + len(b"</w:body>") :]
        self.document = _name(docx.part)
        self.filled = {self.document, *(_name(p) for p, _x, _e in self.stories)}
        self.filled |= {_name(p) for p, _x in self.footnotes} | {_name(self.core_part)}
        self.shell = b""
        self.shape: tuple | None = None  # the package's parts after the first letter

    def _render(self, xml: str, part, context) -> str:
        return self.tpl.render_xml_part(xml, part, context, self.env)

    def _build_shell(self) -> None:
        """The unchanged members of the package, compressed once."""
        whole = io.BytesIO()
        self.tpl.docx.save(whole)
        out = io.BytesIO()
        with (
            zipfile.ZipFile(whole) as src,
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst,
        ):
            for info in src.infolist():
                if info.filename not in self.filled:
                    dst.writestr(info.filename, src.read(info))
        self.shell = out.getvalue()

    def fill(
        self,
        context,
        finish: Callable[[etree._Element, Iterable[etree._Element]], None],
    ) -> bytes:
        from docx.oxml.parser import parse_xml

        tpl = self.tpl
        tpl.current_rendering_part = None
        tpl.docx_ids_index = 1000
        docx = tpl.docx
        body = tpl.fix_tables(self._render(self.body_xml, docx._part, context))
        tpl.fix_docpr_ids(body)
        stories = []
        for part, xml, encoding in self.stories:
            text = self._render(xml, part, context)
            stories.append((part, parse_xml(text.encode(encoding))))  # as python-docx does
        members: dict[str, bytes] = {}
        for part, xml in self.footnotes:
            members[_name(part)] = self._render(xml, part, context).encode("utf-8")
        core = docx.core_properties  # every one set, as docxtpl does (empty ones too)
        for prop, initial in self.properties.items():
            setattr(core, prop, self.env.from_string(initial).render(context))
        members[_name(self.core_part)] = self.core_part.blob
        shape = _shape(docx.part.package)
        if self.shape is None:  # the first letter: the package as its letters have it
            self.shape = shape
            self._build_shell()
        elif shape != self.shape:  # another image or link than the first letter's
            raise Unprepared("package changed")
        finish(body, [tree for _p, tree in stories])
        members[self.document] = (
            self.head + etree.tostring(body, encoding="UTF-8", xml_declaration=False) + self.tail
        )
        for part, tree in stories:
            members[_name(part)] = etree.tostring(tree, encoding="UTF-8", standalone=True)
        out = io.BytesIO(self.shell)
        out.seek(0, io.SEEK_END)
        with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
            for name, data in members.items():
                z.writestr(name, data)
        return out.getvalue()
