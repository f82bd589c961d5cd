"""HTML/CSS documents (minutes, reports) rendered to PDF with WeasyPrint.

The HTML comes from a sandboxed Jinja template (autoescape on). WeasyPrint may only
load files from the bundled ``templates/`` and ``resources/`` folders and ``data:``
URLs: a stylesheet or image pointing anywhere else (``file:///etc/passwd``, an
``http`` address) is refused and the document renders without it.

WeasyPrint is heavy to import and not meant to share a process with the GUI: call
``render_pdf`` through ``HtmlRenderer``, which runs it in one worker process (one
document at a time).
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from desktop.documents.files import atomic_write_bytes
from desktop.documents.workers import exit_with_parent
from desktop.domain.errors import UserError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.resources import root as bundle_root


def allowed_roots() -> list[Path]:
    base = bundle_root()
    return [(base / "templates").resolve(), (base / "resources").resolve()]


def is_allowed(url: str, roots: list[Path] | None = None) -> bool:
    """True for ``data:`` URLs and ``file:`` URLs inside the allowed folders."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "data":
        return True
    if scheme != "file" or parts.netloc not in ("", "localhost"):
        return False
    path = unquote(parts.path)
    if len(path) > 2 and path[0] == "/" and path[2] == ":":  # file:///C:/...
        path = path[1:]
    try:
        resolved = Path(path).resolve()
    except (OSError, ValueError):
        return False
    return any(resolved == r or resolved.is_relative_to(r) for r in (roots or allowed_roots()))


def _fetcher_class():
    from weasyprint.urls import URLFetcher

    class RestrictedFetcher(URLFetcher):
        """Refuses every URL outside the bundled folders (see module doc)."""

        def __init__(self, roots: list[Path], refused: list[str]):
            super().__init__(timeout=5, allowed_protocols=("file", "data"), allow_redirects=False)
            self.roots = roots
            self.refused = refused

        def fetch(self, url, headers=None):
            if not is_allowed(url, self.roots):
                self.refused.append(url)
                raise ValueError(f"URL refused: {url}")
            return super().fetch(url, headers)

    return RestrictedFetcher


# What is not text in a page: style and script blocks, comments, tags.
_NOT_TEXT = re.compile(
    r"<(style|script)\b[^>]*>.*?</\1\s*>|<!--.*?-->|<[^>]*>", re.IGNORECASE | re.DOTALL
)


def french_typography(page: str) -> str:
    """The letters' French typography (``filters.typography``: no-break spaces before
    ``: ; ! ?`` and inside ``« »``, nothing broken inside ``13 h 55``, a date, an amount
    or an e-mail address) on every text node of an HTML page, template text and data
    alike; tags, styles and scripts are left as they are."""
    import html

    from desktop.documents.filters import typography

    def text(segment: str) -> str:
        if not segment.strip():
            return segment
        return html.escape(typography(html.unescape(segment)), quote=False)

    out, last = [], 0
    for match in _NOT_TEXT.finditer(page):
        out.append(text(page[last : match.start()]))
        out.append(match.group(0))
        last = match.end()
    out.append(text(page[last:]))
    return "".join(out)


def render_html(template_text: str, context: dict) -> str:
    """Fill an HTML Jinja template in the immutable sandbox (autoescape): a template
    cannot change the data it is given (``{{ membres.append(...) }}`` is refused)."""
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    from desktop.documents.filters import FILTERS

    env = ImmutableSandboxedEnvironment(autoescape=True)
    env.filters.update(FILTERS)
    try:
        return french_typography(env.from_string(template_text).render(**context))
    except Exception as exc:
        raise UserError(
            Message(
                QT_TRANSLATE_NOOP("messages", "Modèle HTML incorrect : {error}"),
                {"error": str(exc)},
            )
        ) from exc


def is_library_load_error(exc: BaseException) -> bool:
    """WeasyPrint could not load its native libraries (GObject, Pango, HarfBuzz...):
    cffi's ``OSError: cannot load library 'libgobject-2.0-0' ...`` at import."""
    text = str(exc)
    return isinstance(exc, OSError) and (
        "cannot load library" in text or "no library called" in text
    )


def libraries_missing_error(exc: BaseException) -> UserError:
    return UserError(
        Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "Impossible de produire le PDF : bibliothèques de mise en page absentes : "
                "réinstallez Parcours. (Détail : {error})",
            ),
            {"error": str(exc).splitlines()[0][:200]},
        )
    )


def weasyprint_html():
    """WeasyPrint's ``HTML`` class; a missing native library becomes a French message
    that says what to do (not "the file may be open")."""
    try:
        from weasyprint import HTML
    except OSError as exc:
        if is_library_load_error(exc):
            raise libraries_missing_error(exc) from exc
        raise
    return HTML


# Accessible PDF (ISO 14289, PDF/UA-1): tagged (headings, tables, figures with their
# alternative text, reading order), the document's language and title.
ACCESSIBLE_VARIANT = "pdf/ua-1"


def render_pdf(
    html: str, target: str | Path, base: str | Path | None = None
) -> tuple[Path, list[str]]:
    """Write the tagged PDF (PDF/UA-1) of ``html`` (atomic); returns it and the URLs
    that were refused. ``base`` (a folder inside the allowed ones) resolves relative
    links."""
    data, refused = pdf_data(html, base)
    return atomic_write_bytes(target, data), refused


def pdf_data(html: str, base: str | Path | None = None) -> tuple[bytes, list[str]]:
    """The tagged PDF (PDF/UA-1) of ``html`` and the URLs that were refused."""
    HTML = weasyprint_html()

    roots = allowed_roots()
    refused: list[str] = []
    fetcher = _fetcher_class()(roots, refused)
    base_url = Path(base or roots[0]).resolve().as_uri() + "/"
    document = HTML(string=html, base_url=base_url, url_fetcher=fetcher)
    return document.write_pdf(pdf_variant=ACCESSIBLE_VARIANT), refused


def _render_job(html: str, target: str, base: str | None) -> tuple[str, list[str]]:
    path, refused = render_pdf(html, target, base)
    return str(path), refused


class HtmlRenderer:
    """One worker process for WeasyPrint; documents are rendered one at a time."""

    def __init__(self):
        self._pool: concurrent.futures.ProcessPoolExecutor | None = None

    def _executor(self) -> concurrent.futures.ProcessPoolExecutor:
        if self._pool is None:
            self._pool = concurrent.futures.ProcessPoolExecutor(
                max_workers=1,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=exit_with_parent,
            )
        return self._pool

    def render_data(
        self, html: str, base: str | Path | None = None, timeout: float = 120
    ) -> tuple[bytes, list[str]]:
        """``pdf_data`` in the worker process: the file is written by the caller, so
        that a worker that dies leaves none half-written."""
        future = self._executor().submit(pdf_data, html, str(base) if base else None)
        return self.result(future, timeout)

    def render(
        self, html: str, target: str | Path, base: str | Path | None = None, timeout: float = 120
    ) -> tuple[Path, list[str]]:
        future = self._executor().submit(
            _render_job, html, str(target), str(base) if base else None
        )
        path, refused = self.result(future, timeout)
        return Path(path), refused

    @staticmethod
    def result(future: concurrent.futures.Future, timeout: float):
        """The worker's answer; its missing native libraries become a French message
        (exceptions cross the process boundary without their Message)."""
        try:
            return future.result(timeout=timeout)
        except UserError as exc:
            if isinstance(exc.message, Message):
                raise
            # Unpickled in this process with its text only (already in French).
            raise UserError(Message("{text}", {"text": str(exc.message)})) from exc
        except OSError as exc:
            if is_library_load_error(exc):
                raise libraries_missing_error(exc) from exc
            raise

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> HtmlRenderer:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
