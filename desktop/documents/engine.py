"""Rendering DOCX letter templates with docxtpl in a sandboxed Jinja environment.

A template is user-editable input: it runs in Jinja's ``ImmutableSandboxedEnvironment``
(no attribute starting with ``_``, no ``__class__`` walk to Python internals, no
``update``/``append`` on the letter's data), with autoescape on (a tenant's name with
``&`` or ``<`` cannot break the document XML), no loader and no
``include``/``import``/``extends`` (refused when the template is parsed).

It cannot hang or exhaust the machine either: every render has a budget (``Budget``:
seconds, loop turns, characters produced), checked at each loop turn, each call and
each piece of output; ``*``, ``**``, ``+`` and ``%`` refuse results that would be too
large before computing them, and so do the filters and string methods that take a
size (``center``, ``join``, ``replace``, ``format``...). Over budget, the render stops
with a French message naming the template.

Errors name the template and the place (body, header or footer, paragraph number and
its text) in French: Jinja syntax errors, unknown fields, forbidden access, tags cut
across paragraphs (a ``{{`` in one paragraph and its ``}}`` in the next, or an
``{% if %}`` closed in another paragraph without the ``{%p`` form).
"""

from __future__ import annotations

import io
import re
import threading
import traceback
from dataclasses import dataclass
from pathlib import Path

from jinja2 import StrictUndefined, Template, nodes
from jinja2.exceptions import SecurityError, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.visitor import NodeTransformer

from desktop.documents.context import ImageRef
from desktop.documents.external import external_content
from desktop.documents.filters import _TYPO_TRIGGER, FILTERS, typography
from desktop.documents.library import LetterTemplate
from desktop.documents.profile import Envelope
from desktop.documents.workers import exit_with_parent
from desktop.domain.errors import UserError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message

MAX_REPEAT = 100_000
MAX_SECONDS = 8.0  # a render over this is stopped
MAX_LOOP_TURNS = 200_000  # loop turns in one render, all loops together
MAX_OUTPUT = 20_000_000  # characters of XML produced by one part
MAX_INT_BITS = 4_096  # integers a template computes (9**99 is 314 bits)
MAX_SIZE_ARG = 10_000  # a width, count or length passed to a filter or method
ADDRESS_TABLE_CAPTION = "adresse"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
TWIPS_PER_MM = 1440 / 25.4


# --------------------------------------------------------------------------- errors


@dataclass(frozen=True)
class Place:
    part: str  # body / header / footer
    paragraph: int | None = None
    excerpt: str = ""

    def describe(self) -> str:
        part = {
            "body": QT_TRANSLATE_NOOP("messages", "corps du document"),
            "header": QT_TRANSLATE_NOOP("messages", "en-tête"),
            "footer": QT_TRANSLATE_NOOP("messages", "pied de page"),
        }.get(self.part, self.part)
        text = part
        if self.paragraph:
            text += f", paragraphe {self.paragraph}"
        if self.excerpt:
            excerpt = self.excerpt if len(self.excerpt) <= 70 else self.excerpt[:67] + "…"
            text += f" (« {excerpt} »)"
        return text


class TemplateProblem(UserError):
    """A template that cannot be rendered; the message names the template and place."""

    def __init__(self, template: str, problem: Message, place: Place | None = None):
        self.template = template
        self.problem = problem
        self.place = place
        if place is not None:
            message = Message(
                QT_TRANSLATE_NOOP("messages", "Modèle « {template} », {place} : {problem}"),
                {"template": template, "place": place.describe(), "problem": problem},
            )
        else:
            message = Message(
                QT_TRANSLATE_NOOP("messages", "Modèle « {template} » : {problem}"),
                {"template": template, "problem": problem},
            )
        super().__init__(message)


class UnknownField(UndefinedError):
    def __init__(self, path: str):
        super().__init__(path)
        self.path = path


class ForbiddenTag(TemplateSyntaxError):
    pass


class OverBudget(SecurityError):
    """A render that ran out of time, loop turns or output size."""

    def __init__(self, what: str):
        super().__init__(what)
        self.what = what


class TooLarge(SecurityError):
    """An operation whose result would be too large."""


class Budget:
    """The limits of one render, shared by its loops, calls and output."""

    def __init__(self, seconds: float | None = None):
        import time

        self._clock = time.monotonic
        self.deadline = self._clock() + (MAX_SECONDS if seconds is None else seconds)
        self.turns = 0

    def tick(self, turns: int = 1) -> None:
        self.turns += turns
        if self.turns > MAX_LOOP_TURNS:
            raise OverBudget("turns")
        if self._clock() > self.deadline:
            raise OverBudget("time")


_budget = threading.local()


def _tick(turns: int = 1) -> None:
    budget = getattr(_budget, "current", None)
    if budget is not None:
        budget.tick(turns)


def _guarded_loop(iterable):
    """Every ``{% for %}`` of a template iterates through this (see ``_parse``)."""
    for item in iterable:
        _tick()
        yield item


def _check_size_args(args, kwargs) -> None:
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_SIZE_ARG:
            raise TooLarge("taille, largeur ou nombre demandé trop grand")


_WIDE_FORMAT = re.compile(r"(?:%[-+ #0]*|\{[^{}]*:[^{}]*?)\d{4,}")


def _check_format(text) -> None:
    if isinstance(text, str) and _WIDE_FORMAT.search(text):
        raise TooLarge("largeur de format trop grande")


def _length(value) -> int:
    return len(value) if isinstance(value, (str, list, tuple)) else 0


def _guard_filter(name: str, func):
    """A built-in filter with its sizes checked before it runs."""
    import functools

    @functools.wraps(func)
    def guarded(*args, **kwargs):
        _tick(0)
        # Skip the context or environment Jinja passes first to some filters.
        values = list(args[1:] if getattr(func, "jinja_pass_arg", None) else args)
        _check_size_args(values[1:], kwargs)
        if name == "join" and values:
            seq = values[0]
            if isinstance(seq, (list, tuple)) and sum(len(str(x)) for x in seq) > MAX_OUTPUT:
                raise TooLarge("texte assemblé trop long")
        if name == "replace" and len(values) >= 3:
            _check_replace(values[0], values[1], values[2])
        if name == "format" and values:
            _check_format(values[0])
        if name == "indent" and values:
            width = values[1] if len(values) > 1 else kwargs.get("width", 4)
            width = len(width) if isinstance(width, str) else int(width or 0)
            if len(str(values[0])) + width * (str(values[0]).count("\n") + 1) > MAX_OUTPUT:
                raise TooLarge("indentation trop longue")
        return func(*args, **kwargs)

    return guarded


def _check_replace(text, old, new) -> None:
    text, old, new = str(text), str(old), str(new)
    if old and len(new) > len(old):
        if len(text) + text.count(old) * (len(new) - len(old)) > MAX_OUTPUT:
            raise TooLarge("remplacement trop long")
    elif not old and len(text) * len(new) > MAX_OUTPUT:
        raise TooLarge("remplacement trop long")


def _m(text: str, **params) -> Message:
    return Message(text, params)


# --------------------------------------------------------------------------- environment


class Fields(dict):
    """A dict that knows its dotted path, to name an unknown field precisely."""

    __slots__ = ("_path",)

    def __init__(self, data: dict, path: str = ""):
        super().__init__(data)
        self._path = path


def _wrap(value, path: str = ""):
    if isinstance(value, dict):
        return Fields({k: _wrap(v, f"{path}.{k}" if path else k) for k, v in value.items()}, path)
    if isinstance(value, (list, tuple)):
        return [_wrap(v, f"{path}[]") for v in value]
    return value


class _FieldUndefined(StrictUndefined):
    """Fails on any use, with the full name of the missing field."""

    def _path(self) -> str:
        obj = self._undefined_obj
        base = getattr(obj, "_path", "") if isinstance(obj, Fields) else ""
        name = self._undefined_name or ""
        return f"{base}.{name}" if base else name

    def _fail_with_undefined_error(self, *args, **kwargs):
        if self._undefined_exception is not UndefinedError:
            raise self._undefined_exception(self._undefined_message)
        raise UnknownField(self._path())

    __str__ = __iter__ = __len__ = __bool__ = _fail_with_undefined_error  # type: ignore[assignment]
    __eq__ = __ne__ = __hash__ = __contains__ = _fail_with_undefined_error  # type: ignore[assignment]


class _RecordingUndefined(_FieldUndefined):
    """For template checks: records the missing field and renders as empty."""

    recorded: list[str] | None = None

    def _fail_with_undefined_error(self, *args, **kwargs):
        if self._undefined_exception is not UndefinedError:
            raise self._undefined_exception(self._undefined_message)
        sink = _recording.sink
        if sink is not None:
            sink.append(self._path())
        return ""

    def __str__(self):
        self._fail_with_undefined_error()
        return ""

    def __iter__(self):
        self._fail_with_undefined_error()
        return iter(())

    def __bool__(self):
        self._fail_with_undefined_error()
        return False

    def __len__(self):
        self._fail_with_undefined_error()
        return 0

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return self

    __hash__ = object.__hash__

    def __eq__(self, other):
        return False

    def __ne__(self, other):
        return True


_recording = threading.local()
_recording.sink = None


def _guarded_concat(items):
    """``a ~ b`` of a template: refused when the result would be too long."""
    from jinja2.runtime import markup_join

    if sum(len(str(x)) for x in items) > MAX_OUTPUT:
        raise TooLarge("texte trop long")
    _tick(0)
    return markup_join(items)


class _Guards(NodeTransformer):
    """Loops turn through the render's budget; ``~`` checks the size it makes."""

    def visit_For(self, node):
        node = self.generic_visit(node)
        node.iter = nodes.Call(
            nodes.Name("_boucle", "load", lineno=node.lineno),
            [node.iter],
            [],
            None,
            None,
            lineno=node.lineno,
        )
        return node

    def visit_Concat(self, node):
        node = self.generic_visit(node)
        return nodes.Call(
            nodes.Name("_concat", "load", lineno=node.lineno),
            [nodes.List(node.nodes, lineno=node.lineno)],
            [],
            None,
            None,
            lineno=node.lineno,
        )


class BudgetedTemplate(Template):
    """Collects the output piece by piece, within the render's budget."""

    def render(self, *args, **kwargs):
        ctx = self.new_context(dict(*args, **kwargs))
        size = 0
        pieces: list[str] = []
        try:
            for piece in self.root_render_func(ctx):
                size += len(piece)
                if size > MAX_OUTPUT:
                    raise OverBudget("output")
                _tick(0)
                pieces.append(piece)
        except Exception:
            self.environment.handle_exception()
        return "".join(pieces)


class LetterEnvironment(ImmutableSandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**", "+", "%"})
    template_class = BudgetedTemplate

    def __init__(self, undefined=_FieldUndefined):
        super().__init__(
            autoescape=True,
            undefined=undefined,
            loader=None,
            trim_blocks=False,
            keep_trailing_newline=True,
        )
        for name, func in list(self.filters.items()):
            self.filters[name] = _guard_filter(name, func)
        self.filters.update(FILTERS)
        self.globals["_boucle"] = _guarded_loop
        self.globals["_concat"] = _guarded_concat
        for name in ("lipsum", "cycler", "joiner"):
            self.globals.pop(name, None)
        self._compiled: dict[str, object] = {}
        self._lock = threading.Lock()

    def _parse(self, source, name, filename):
        tree = super()._parse(source, name, filename)
        for node in tree.find_all((nodes.Include, nodes.Import, nodes.FromImport, nodes.Extends)):
            raise ForbiddenTag(type(node).__name__.lower(), node.lineno, name, filename)
        return _Guards().visit(tree)

    def wrap_str_format(self, value):
        wrapped = super().wrap_str_format(value)
        if wrapped is not None:
            _check_format(value.__self__)
        return wrapped

    def call_binop(self, context, operator, left, right):
        _tick(0)
        if operator == "*":
            for seq, n in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and isinstance(n, int):
                    if len(seq) * max(n, 0) > MAX_REPEAT:
                        raise TooLarge("répétition trop longue")
            if isinstance(left, int) and isinstance(right, int):
                if left.bit_length() + right.bit_length() > MAX_INT_BITS:
                    raise TooLarge("nombre trop grand")
            return left * right
        if operator == "**":
            if isinstance(right, (int, float)) and abs(right) > 100:
                raise TooLarge("exposant trop grand")
            if isinstance(left, int) and isinstance(right, int) and right > 0:
                if left.bit_length() * right > MAX_INT_BITS:
                    raise TooLarge("nombre trop grand")
            return left**right
        if operator == "+":
            if _length(left) + _length(right) > MAX_OUTPUT:
                raise TooLarge("texte trop long")
            if isinstance(left, int) and isinstance(right, int):
                if max(left.bit_length(), right.bit_length()) > MAX_INT_BITS:
                    raise TooLarge("nombre trop grand")
            return left + right
        if operator == "%":
            if isinstance(left, str):
                _check_format(left)
            return left % right
        return super().call_binop(context, operator, left, right)

    def call(__self, __context, __obj, *args, **kwargs):
        _tick(0)
        _check_size_args(args, kwargs)
        name = getattr(__obj, "__name__", "")
        owner = getattr(__obj, "__self__", None)
        if isinstance(owner, str):
            if name in ("format", "format_map"):
                _check_format(owner)
            elif name == "replace" and len(args) >= 2:
                _check_replace(owner, args[0], args[1])
            elif name == "join" and args and isinstance(args[0], (list, tuple)):
                if sum(len(str(x)) for x in args[0]) + len(owner) * len(args[0]) > MAX_OUTPUT:
                    raise TooLarge("texte assemblé trop long")
        return super().call(__context, __obj, *args, **kwargs)

    def from_string(self, source, globals=None, template_class=None):
        # docxtpl compiles the document's XML at every render: keep compiled ones.
        if globals is not None or template_class is not None:
            return super().from_string(source, globals, template_class)
        with self._lock:
            compiled = self._compiled.get(source)
        if compiled is None:
            compiled = super().from_string(source)
            with self._lock:
                if len(self._compiled) > 64:
                    self._compiled.clear()
                self._compiled[source] = compiled
        return compiled


_env_lock = threading.Lock()
_environments: dict[str, LetterEnvironment] = {}


def environment(kind: str = "strict") -> LetterEnvironment:
    with _env_lock:
        env = _environments.get(kind)
        if env is None:
            env = LetterEnvironment(_RecordingUndefined if kind == "check" else _FieldUndefined)
            _environments[kind] = env
        return env


# --------------------------------------------------------------------------- places


def _split_lines(xml: str) -> list[str]:
    """The XML as docxtpl hands it to Jinja: one line per paragraph."""
    return re.sub(r"<w:p([ >])", r"\n<w:p\1", xml).splitlines()


def _strip_tags(xml: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", "", xml).split())


def _parts(tpl) -> list[tuple[str, object, str]]:
    """(kind, part, raw XML) for the body, headers and footers."""
    from docxtpl import DocxTemplate

    tpl.init_docx()
    out = [("body", tpl.docx._part, tpl.get_xml())]
    for kind, uri in (("header", DocxTemplate.HEADER_URI), ("footer", DocxTemplate.FOOTER_URI)):
        for _key, part in tpl.get_headers_footers(uri):
            out.append((kind, part, tpl.get_part_xml(part)))
    return out


def _place_for_line(kind: str, patched_xml: str, lineno: int | None) -> Place:
    if not lineno:
        return Place(kind)
    lines = _split_lines(patched_xml)
    excerpt = _strip_tags(lines[lineno - 1]) if 0 < lineno <= len(lines) else ""
    return Place(kind, max(lineno - 1, 1), excerpt)


def _template_lineno(exc: BaseException) -> int | None:
    lineno = None
    for frame, line in traceback.walk_tb(exc.__traceback__):
        if frame.f_code.co_filename == "<template>":
            lineno = line
    return lineno


# --------------------------------------------------------------------------- structure

_DELIMS = re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}")
_PAIR = {"{{": "}}", "{%": "%}", "{#": "#}"}
_BLOCKS = {"if", "for", "macro", "call", "filter", "with", "autoescape", "raw"}
_STRUCTURAL = {"p", "tr", "tc", "r"}


def _paragraph_texts(xml: str) -> list[str]:
    from lxml import etree

    root = etree.fromstring(xml.encode("utf-8"))
    texts = []
    for p in root.iter(f"{W}p"):
        parts = []
        for t in p.iter(f"{W}t"):
            owner = t.getparent()
            while owner is not None and owner.tag != f"{W}p":
                owner = owner.getparent()
            if owner is p:
                parts.append(t.text or "")
        texts.append("".join(parts))
    return texts


def _tag_keyword(content: str) -> tuple[str | None, str]:
    m = re.match(r"(?:(p|tr|tc|r)(?=\s))?\s*([A-Za-z_]+)", content)
    if not m:
        return None, ""
    return m.group(1), m.group(2)


# What the structure check says of a paragraph (check_structure).
_TAG_NOT_CLOSED_BEFORE_NEXT = QT_TRANSLATE_NOOP(
    "messages",
    "la balise « {tag} » n'est pas fermée avant la suivante.",
)
_CLOSES_TAG_OF_OTHER_PARAGRAPH = QT_TRANSLATE_NOOP(
    "messages",
    "« {token} » ferme une balise ouverte dans un autre "
    "paragraphe : une balise doit tenir dans un seul paragraphe.",
)
_CLOSES_BLOCK_OF_OTHER_PARAGRAPH = QT_TRANSLATE_NOOP(
    "messages",
    "« {{% {word} %}} » ferme un bloc ouvert dans un "
    "autre paragraphe : écrivez les deux balises sous la forme "
    "« {{%p … %}} », chacune seule dans son paragraphe.",
)
_TAG_NOT_CLOSED = QT_TRANSLATE_NOOP(
    "messages",
    "la balise « {tag} » n'est pas fermée dans ce paragraphe "
    "(balise coupée entre deux paragraphes ?).",
)
_BLOCK_NOT_CLOSED = QT_TRANSLATE_NOOP(
    "messages",
    "le bloc « {{% {word} … %}} » n'est pas fermé dans ce "
    "paragraphe : pour un bloc sur plusieurs paragraphes, écrivez "
    "« {{%p {word} … %}} » seul dans son paragraphe.",
)
_TEXT_BESIDE_STRUCTURAL_TAG = QT_TRANSLATE_NOOP(
    "messages",
    "une balise « {{%p … %}} » doit être seule dans son "
    "paragraphe ; le texte « {text} » serait perdu.",
)


def _problem_at(name: str, place: Place, text: str, **params) -> TemplateProblem:
    """A problem of template ``name`` at ``place``: ``text`` with ``params``."""
    return TemplateProblem(name, _m(text, **params), place)


def check_structure(name: str, parts: list[tuple[str, object, str]]) -> None:
    """Refuse tags a Word edit has cut across paragraphs, or left open."""
    for kind, _part, xml in parts:
        for number, text in enumerate(_paragraph_texts(xml), start=1):
            if "{" not in text and "}" not in text:
                continue
            place = Place(kind, number, text.strip())
            opened: str | None = None
            start = 0
            blocks: list[str] = []
            structural_tag = False
            for m in _DELIMS.finditer(text):
                token = m.group(0)
                if token in _PAIR:
                    if opened is not None:
                        raise _problem_at(
                            name,
                            place,
                            _TAG_NOT_CLOSED_BEFORE_NEXT,
                            tag=opened + text[start : m.start()],
                        )
                    opened, start = token, m.end()
                elif opened is None:
                    if token in ("}}", "%}"):
                        raise _problem_at(name, place, _CLOSES_TAG_OF_OTHER_PARAGRAPH, token=token)
                elif token == _PAIR[opened]:
                    content = text[start : m.start()]
                    if opened == "{%":
                        prefix, word = _tag_keyword(content)
                        if prefix in ("p", "tr", "tc"):
                            structural_tag = True
                        elif word in _BLOCKS or (word == "set" and "=" not in content):
                            blocks.append(word)
                        elif word.startswith("end") and prefix is None:
                            if blocks and blocks[-1] == word[3:]:
                                blocks.pop()
                            else:
                                raise _problem_at(
                                    name, place, _CLOSES_BLOCK_OF_OTHER_PARAGRAPH, word=word
                                )
                    opened = None
            if opened is not None:
                raise _problem_at(name, place, _TAG_NOT_CLOSED, tag=(opened + text[start:])[:40])
            if blocks:
                raise _problem_at(name, place, _BLOCK_NOT_CLOSED, word=blocks[-1])
            if structural_tag:
                rest = re.sub(r"\{%.*?%\}", "", text).strip()
                if rest:
                    raise _problem_at(name, place, _TEXT_BESIDE_STRUCTURAL_TAG, text=rest[:40])


# --------------------------------------------------------------------------- rendering


def _syntax_problem(exc: TemplateSyntaxError) -> Message:
    if isinstance(exc, ForbiddenTag):
        return _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "les balises include, import et extends sont interdites dans un "
                "modèle (il ne peut pas lire d'autres fichiers).",
            )
        )
    detail = str(exc.message or "")
    m = re.search(r"unknown tag '(\w+)'", detail)
    if m:
        return _m(QT_TRANSLATE_NOOP("messages", "balise inconnue « {tag} »."), tag=m.group(1))
    m = re.search(r"innermost block that needs to be closed is '(\w+)'", detail)
    if m:
        return _m(
            QT_TRANSLATE_NOOP(
                "messages", "le bloc « {block} » n'est jamais fermé (il manque « end{block} »)."
            ),
            block=m.group(1),
        )
    m = re.search(r"Unexpected end of template", detail, re.I)
    if m:
        return _m(
            QT_TRANSLATE_NOOP("messages", "fin du modèle inattendue : un bloc n'est pas fermé.")
        )
    m = re.search(r"no filter named '(\w+)'", detail)
    if m:
        return _m(QT_TRANSLATE_NOOP("messages", "filtre inconnu « {name} »."), name=m.group(1))
    return _m(
        QT_TRANSLATE_NOOP("messages", "erreur de syntaxe dans une balise (détail : {detail})."),
        detail=detail,
    )


def _runtime_problem(exc: BaseException) -> Message:
    if isinstance(exc, UnknownField):
        return _m(
            QT_TRANSLATE_NOOP(
                "messages", "champ inconnu « {field} » (voir la référence des champs)."
            ),
            field=exc.path,
        )
    if isinstance(exc, OverBudget):
        if exc.what == "time":
            return _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "remplissage arrêté : il dure plus de {seconds} secondes "
                    "(boucle trop longue ?).",
                ),
                seconds=int(MAX_SECONDS),
            )
        if exc.what == "turns":
            return _m(
                QT_TRANSLATE_NOOP(
                    "messages", "remplissage arrêté : plus de {turns} tours de boucle."
                ),
                turns=f"{MAX_LOOP_TURNS:_}".replace("_", "\u202f"),
            )
        return _m(
            QT_TRANSLATE_NOOP(
                "messages", "remplissage arrêté : le document produit serait trop long."
            )
        )
    if isinstance(exc, TooLarge):
        return _m(
            QT_TRANSLATE_NOOP(
                "messages", "opération interdite : son résultat serait trop grand ({detail})."
            ),
            detail=str(exc),
        )
    if isinstance(exc, SecurityError):
        return _m(
            QT_TRANSLATE_NOOP(
                "messages", "opération interdite dans un modèle (accès refusé : {detail})."
            ),
            detail=str(exc),
        )
    if isinstance(exc, UndefinedError):
        return _m(QT_TRANSLATE_NOOP("messages", "valeur absente : {detail}."), detail=str(exc))
    return _m(
        QT_TRANSLATE_NOOP("messages", "erreur pendant le remplissage ({kind} : {detail})."),
        kind=type(exc).__name__,
        detail=str(exc),
    )


def _materialise(value, tpl):
    """Replace image references by docxtpl inline images of this document."""
    if isinstance(value, ImageRef):
        from docx.shared import Mm
        from docxtpl import InlineImage

        if not value.path or not Path(value.path).is_file():
            return ""
        return InlineImage(tpl, str(value.path), width=Mm(value.width_mm))
    if isinstance(value, Fields):
        out = Fields({k: _materialise(v, tpl) for k, v in value.items()}, value._path)
        return out
    if isinstance(value, list):
        return [_materialise(v, tpl) for v in value]
    return value


def _fresh_parts(data: bytes) -> list:
    from docxtpl import DocxTemplate

    return _parts(DocxTemplate(io.BytesIO(data)))


def _part_kind(tpl, part, parts) -> tuple[str, str]:
    """The kind and patched XML of the part being rendered when an error came.

    ``parts`` come from a fresh copy of the template: parts are matched by name."""
    name = getattr(part, "partname", None)
    for kind, p, xml in parts:
        if p is part or (name is not None and getattr(p, "partname", None) == name):
            return kind, tpl.patch_xml(xml)
    return "body", ""


def apply_envelope(document, envelope: Envelope) -> None:
    """Put the address table (caption ``adresse``) in the envelope window."""
    place_address(document.element.body, envelope)


def place_address(body, envelope: Envelope) -> None:
    """``apply_envelope`` over the body's XML element."""
    for tbl in body.iter(f"{W}tbl"):
        props = tbl.find(f"{W}tblPr")
        if props is None:
            continue
        caption = props.find(f"{W}tblCaption")
        if caption is None or caption.get(f"{W}val") != ADDRESS_TABLE_CAPTION:
            continue
        pos = props.find(f"{W}tblpPr")
        if pos is None:
            continue
        pos.set(f"{W}tblpX", str(round(envelope.left * TWIPS_PER_MM)))
        pos.set(f"{W}tblpY", str(round(envelope.top * TWIPS_PER_MM)))


def _typeset_paragraph(p, t_tag: str, p_tag: str) -> None:
    """French typography over a paragraph whose text is spread over several runs: the
    paragraph's text is rewritten as a whole, then handed back run by run."""
    nodes_ = list(p.iter(t_tag))
    if not nodes_:
        return
    if len(nodes_) > 1 and p.find(f".//{W}txbxContent") is not None:
        nodes_ = [t for t in nodes_ if _owner(t, p_tag) is p]  # a text box inside
    texts = [t.text or "" for t in nodes_]
    whole = "".join(texts)
    if not _TYPO_TRIGGER.search(whole):
        return
    done = typography(whole)
    if done == whole:
        return
    # Map each character of the result back to a run: the rules only swap spaces or
    # insert invisible marks, so align the two strings character by character.
    owners: list[int] = []
    for i, text in enumerate(texts):
        owners.extend([i] * len(text))
    out = [""] * len(texts)
    j = 0
    inserted = "\u00a0\u202f\u2060"
    for ch in done:
        if j < len(whole) and (
            ch == whole[j] or (whole[j] in " \u00a0\u202f\u2060" and ch in inserted)
        ):
            out[owners[j]] += ch
            j += 1
        elif ch in inserted:  # an inserted mark: it goes with the next character's run
            out[owners[j] if j < len(whole) else owners[-1]] += ch
        else:  # pragma: no cover - the rules never change other characters
            return
    for node, text in zip(nodes_, out):
        if text != node.text:
            node.text = text
            if text[:1].isspace() or text[-1:].isspace():
                node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def _owner(node, p_tag: str):
    owner = node.getparent()
    while owner is not None and owner.tag != p_tag:
        owner = owner.getparent()
    return owner


def apply_typography(document) -> None:
    """French typographic spaces over the whole rendered letter: template text and
    data alike (body, headers and footers)."""
    roots = [document.element.body]
    for rel in document.part.rels.values():  # headers and footers, read once each
        if not rel.is_external and rel.reltype.endswith(("/header", "/footer")):
            roots.append(rel.target_part.element)
    typeset(roots)


def typeset(roots) -> None:
    """``apply_typography`` over XML elements (a body, headers, footers)."""
    t_tag, p_tag = f"{W}t", f"{W}p"
    for root in roots:
        for p in root.iter(p_tag):
            _typeset_paragraph(p, t_tag, p_tag)


_patched: dict[str, str] = {}
_checked: dict[bytes, bool] = {}
_cache_lock = threading.Lock()


def _fast_zip() -> None:
    """python-docx compresses with zlib's default level; level 1 makes each letter's
    save several times faster for files a few kilobytes larger."""
    from zipfile import ZIP_DEFLATED, ZipFile

    from docx.opc import phys_pkg

    if getattr(phys_pkg._ZipPkgWriter, "_parcours_fast", False):
        return

    def __init__(self, pkg_file):
        phys_pkg.PhysPkgWriter.__init__(self)
        self._zipf = ZipFile(pkg_file, "w", compression=ZIP_DEFLATED, compresslevel=1)

    phys_pkg._ZipPkgWriter.__init__ = __init__
    phys_pkg._ZipPkgWriter._parcours_fast = True


def _template_class():
    from docxtpl import DocxTemplate

    _fast_zip()

    class CachedTemplate(DocxTemplate):
        """docxtpl re-cleans the same XML at every render: keep the result."""

        def patch_xml(self, src_xml):
            with _cache_lock:
                done = _patched.get(src_xml)
            if done is None:
                done = super().patch_xml(src_xml)
                with _cache_lock:
                    if len(_patched) > 256:
                        _patched.clear()
                    _patched[src_xml] = done
            return done

    return CachedTemplate


def _not_a_docx(template: LetterTemplate, exc: Exception) -> TemplateProblem:
    """The template's file could not be opened as a DOCX (or is damaged)."""
    return TemplateProblem(
        template.name,
        _m(
            QT_TRANSLATE_NOOP(
                "messages", "le fichier n'est pas un document Word (.docx) lisible ({detail})."
            ),
            detail=str(exc),
        ),
    )


def _images(value, found: set | None = None) -> tuple[str, ...]:
    """The image files a context shows (a signature): a prepared template serves the
    letters that show the same ones."""
    found = set() if found is None else found
    if isinstance(value, ImageRef):
        found.add(str(value.path))
    elif isinstance(value, dict):
        for v in value.values():
            _images(v, found)
    elif isinstance(value, list):
        for v in value:
            _images(v, found)
    return tuple(sorted(found))


_prepared: dict[tuple, object] = {}  # (template digest, images) -> PreparedTemplate
MAX_PREPARED = 8


def reset_caches() -> None:
    """Forget the templates checked, patched and prepared in this process."""
    with _cache_lock:
        _prepared.clear()
        _checked.clear()
        _patched.clear()


def prepared_count() -> int:
    with _cache_lock:
        return len(_prepared)


def _prepared_for(key: tuple, data: bytes):
    """The prepared template for ``key`` (opened on first use), or None when the
    template cannot be prepared (it is then rendered the ordinary way)."""
    from desktop.documents.prepared import PreparedTemplate, Unprepared

    with _cache_lock:
        prepared = _prepared.get(key)
    if prepared is None:
        try:
            prepared = PreparedTemplate(_template_class()(io.BytesIO(data)), environment("strict"))
        except Unprepared:
            return None
        with _cache_lock:
            if len(_prepared) >= MAX_PREPARED:
                _prepared.clear()
            _prepared[key] = prepared
    return prepared


def check_external(name: str, data: bytes) -> None:
    """``TemplateProblem`` when the template reaches outside itself
    (``external.external_content``)."""
    found = external_content(data)
    if found:
        raise TemplateProblem(
            name,
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "le modèle fait appel à un contenu extérieur au document ({what}) : un "
                    "modèle ne doit ni inclure un fichier, ni lier une image ou un champ à "
                    "un autre fichier, ni contenir d'objet incorporé. Insérez les images "
                    "dans le document (Insertion > Image, sans « Lier au fichier »).",
                ),
                what=", ".join(found),
            ),
        )


def _render_problem(template: LetterTemplate, tpl, data: bytes, exc: Exception):
    """The ``TemplateProblem`` of a render that raised ``exc``: what and where."""
    parts = _fresh_parts(data)
    kind, xml = _part_kind(tpl, tpl.current_rendering_part, parts)
    if isinstance(exc, TemplateSyntaxError):
        return TemplateProblem(
            template.name, _syntax_problem(exc), _place_for_line(kind, xml, exc.lineno)
        )
    # runtime: unknown field, forbidden access, filter error
    return TemplateProblem(
        template.name, _runtime_problem(exc), _place_for_line(kind, xml, _template_lineno(exc))
    )


def render_bytes(
    template: LetterTemplate,
    context: dict,
    *,
    envelope: Envelope | None = None,
    source: bytes | None = None,
) -> bytes:
    """The filled DOCX. ``TemplateProblem`` when the template is faulty.

    A template already rendered once in this process is filled from its prepared
    package (``documents/prepared.py``): the same letter, three times faster."""
    import hashlib

    from desktop.documents.prepared import Unprepared

    data = source if source is not None else template.docx.read_bytes()
    digest = hashlib.sha256(data).digest()
    if _checked.get(digest):  # rendered here before: its structure is checked
        key = (digest, _images(context))
        prepared = _prepared_for(key, data)
        if prepared is not None:

            def finish(body, stories) -> None:
                typeset([body, *stories])
                if envelope is not None:
                    place_address(body, envelope)

            with prepared.lock:
                _budget.current = Budget()
                try:
                    return prepared.fill(_materialise(_wrap(context), prepared.tpl), finish)
                except Unprepared:
                    pass  # rendered below, the ordinary way
                except Exception as exc:
                    raise _render_problem(template, prepared.tpl, data, exc) from exc
                finally:
                    _budget.current = None
                    with _cache_lock:
                        if _prepared.get(key) is prepared and prepared.shape is None:
                            del _prepared[key]  # never filled a letter: not kept
            with _cache_lock:
                _prepared.pop(key, None)  # its package changed: not for the next letters
    tpl = _template_class()(io.BytesIO(data))
    parts: list = []
    if not _checked.get(digest):  # the structure check once per template content
        try:
            parts = _parts(tpl)
        except Exception as exc:  # not a DOCX (or a damaged one)
            raise _not_a_docx(template, exc) from exc
        check_structure(template.name, parts)
        check_external(template.name, data)
        _checked[digest] = True
    env = environment("strict")
    ctx = _materialise(_wrap(context), tpl)
    _budget.current = Budget()
    try:
        tpl.render(ctx, jinja_env=env, autoescape=True)
    except Exception as exc:
        raise _render_problem(template, tpl, data, exc) from exc
    finally:
        _budget.current = None
    apply_typography(tpl.docx)
    if envelope is not None:
        apply_envelope(tpl.docx, envelope)
    out = io.BytesIO()
    tpl.save(out)
    return out.getvalue()


WORKER_MEMORY = 2 * 1024**3  # bytes of address space for a rendering worker


def limit_worker() -> None:
    """Initialiser of rendering worker processes: ends with the application
    (``exit_with_parent``); a ceiling on memory and CPU time, a second line behind the
    render budget. POSIX only (``resource``); on Windows the budget and the pool's own
    timeouts are the limits."""
    exit_with_parent()
    try:
        import resource
    except ImportError:  # Windows
        return
    for limit, value in ((resource.RLIMIT_AS, WORKER_MEMORY),):
        try:
            soft, hard = resource.getrlimit(limit)
            if hard == resource.RLIM_INFINITY or hard > value:
                resource.setrlimit(limit, (value, hard))
        except (ValueError, OSError):  # not allowed here: the budget still holds
            pass


def render_job(
    template: LetterTemplate, context: dict, envelope: Envelope | None, source: bytes
) -> tuple[str, object]:
    """``render_bytes`` for a worker process: ("ok", bytes) or ("problem", text)."""
    try:
        return "ok", render_bytes(template, context, envelope=envelope, source=source)
    except TemplateProblem as exc:
        return "problem", str(exc.message)
    except MemoryError:  # the worker's ceiling (limit_worker)
        return "problem", str(
            TemplateProblem(
                template.name,
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "remplissage arrêté : mémoire insuffisante (modèle trop gourmand).",
                    )
                ),
            ).message
        )


def check_template(template: LetterTemplate, context: dict) -> list[Message]:
    """Every problem found by a test render with ``context`` (empty list: all good)."""
    from docxtpl import DocxTemplate

    problems: list[Message] = []
    try:
        data = template.docx.read_bytes()
        tpl = DocxTemplate(io.BytesIO(data))
        parts = _parts(tpl)
    except Exception as exc:
        return [_not_a_docx(template, exc).message]
    try:
        check_structure(template.name, parts)
        check_external(template.name, data)
    except TemplateProblem as exc:
        return [exc.message]
    env = environment("check")
    for kind, _part, xml in parts:
        patched = tpl.patch_xml(xml)
        try:
            env.parse("\n".join(_split_lines(patched)))
        except TemplateSyntaxError as exc:
            problems.append(
                TemplateProblem(
                    template.name, _syntax_problem(exc), _place_for_line(kind, patched, exc.lineno)
                ).message
            )
    if problems:
        return problems
    sink: list[str] = []
    _recording.sink = sink
    _budget.current = Budget()
    try:
        ctx = _materialise(_wrap(context), tpl)
        tpl.render(ctx, jinja_env=env, autoescape=True)
    except Exception as exc:
        kind, xml = _part_kind(tpl, tpl.current_rendering_part, parts)
        problems.append(
            TemplateProblem(
                template.name,
                _runtime_problem(exc),
                _place_for_line(kind, xml, _template_lineno(exc)),
            ).message
        )
    finally:
        _recording.sink = None
        _budget.current = None
    for field in dict.fromkeys(sink):
        problems.append(
            TemplateProblem(template.name, _runtime_problem(UnknownField(field))).message
        )
    return problems


def docx_paragraphs(data: bytes) -> list[str]:
    """The text of a DOCX, paragraph by paragraph (headers, body, footers), for previews
    and tests."""
    from docx import Document

    doc = Document(io.BytesIO(data))
    out: list[str] = []

    def walk(container) -> None:
        from docx.oxml.ns import qn

        for p in container._element.iter(qn("w:p")):
            texts = []
            for node in p.iter(qn("w:t"), qn("w:br"), qn("w:tab")):
                if node.tag == qn("w:t"):
                    texts.append(node.text or "")
                elif node.tag == qn("w:br"):
                    texts.append("\n")
                else:
                    texts.append("\t")
            out.append("".join(texts))

    section = doc.sections[0]
    first = section.different_first_page_header_footer  # the letterhead is page 1's
    walk(section.first_page_header if first else section.header)
    walk(doc)
    walk(section.first_page_footer if first else section.footer)
    return out
