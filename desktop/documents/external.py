"""What a letter template must not hold: content fetched from outside the letter when
Word or LibreOffice opens or converts it (a linked image or file, a DDE link: a local
file copied into a tenant's letter, a network share contacted with the user's Windows
credentials), or an embedded object or control. Hyperlinks stay allowed (text).
``engine.check_external`` refuses such a template, at its check and before its first
render.
"""

from __future__ import annotations

import io
import re
import zipfile

_FIELD_FETCHING = frozenset(
    {"INCLUDETEXT", "INCLUDEPICTURE", "INCLUDE", "LINK", "DDE", "DDEAUTO", "IMPORT"}
)
_EMBEDDED = frozenset({"altChunk", "oleObject", "package", "control", "vbaProject", "subDocument"})
_RELATIONSHIP = re.compile(r"<Relationship\b[^>]*>")
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
_INSTRUCTION = re.compile(r'<w:instrText\b[^>]*>([^<]*)</w:instrText>|\bw:instr="([^"]*)"')


def external_content(data: bytes) -> list[str]:
    """What in the DOCX ``data`` reaches outside the document (field names, relationship
    types), in order found; empty when nothing does."""
    found: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for name in package.namelist():
            if not name.endswith((".rels", ".xml")):
                continue
            xml = package.read(name).decode("utf-8", "replace")
            if name.endswith(".rels"):
                for tag in _RELATIONSHIP.findall(xml):
                    attrs = dict(_ATTRIBUTE.findall(tag))
                    kind = attrs.get("Type", "").rsplit("/", 1)[-1]
                    external = attrs.get("TargetMode", "") == "External"
                    if (external and kind != "hyperlink") or kind in _EMBEDDED:
                        found.append(kind)
            elif name.startswith("word/"):
                for text, instr in _INSTRUCTION.findall(xml):
                    words = (text or instr).split()
                    if words and words[0].upper() in _FIELD_FETCHING:
                        found.append(words[0].upper())
    return list(dict.fromkeys(found))
