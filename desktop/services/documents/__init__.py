"""Letters to tenants: one letter, batches (publipostage), the document register.

A letter is rendered from a template (``desktop.documents``) with a tenant file's
data, converted to PDF and signed when asked, then its files are moved into the
document archive and recorded in the register (``document`` table) with their
SHA-256, in one transaction with a timeline event and an audit event. Files are
complete before they are registered: a crash or a cancel never leaves a half-made
document in the register.

The archive folder is ``documents_dir`` in the settings file (a shared drive when the
base is on PostgreSQL), by default ``documents`` in the user's data folder.

The package: ``common`` (request and result types, a tenant's letter data, archive and
register writer, signature, converter check), ``staging`` (the folders letters are made
in), ``letter`` (one letter, the preview), ``rendering`` (DOCX rendered in worker
processes), ``batch`` (publipostage), ``mass`` (mass mailing), ``journal`` (a batch's journal: what
a killed batch did not make, and its resume),
``register`` (the document register). Callers use the names re-exported here; the
tunables (``batch.PARALLEL_FROM``, ``mass.MASS_FROM``, ``mass.CHUNK_LETTERS``) are read
where they are defined, so a test changes them on that submodule.
"""

from desktop.services.documents.batch import merge_pdfs, resolve_targets, run_batch
from desktop.services.documents.common import (
    ENTITY,
    EVENT_DOCUMENT,
    PDF_WEIGHT,
    REGISTER_CHUNK,
    BatchFailure,
    BatchProgress,
    BatchRequest,
    BatchResult,
    Cancelled,
    DocumentView,
    LetterOptions,
    Progress,
    archive_folder,
    archive_stem,
    audit_summary,
    documents_dir,
    letters_counted,
    pages_counted,
    pdf_available,
    produced_counted,
)
from desktop.services.documents.journal import (
    JOURNALS,
    InterruptedBatch,
    MissingLetter,
    _write_journal,
    discard_interrupted,
    interrupted_batches,
    interrupted_letters,
)
from desktop.services.documents.letter import (
    HolderLetters,
    Preview,
    free_field_defaults,
    preview_letter,
    produce_holder_letters,
    produce_letter,
)
from desktop.services.documents.register import (
    check_files,
    find_by_reference,
    get_document,
    list_documents,
    open_for_reprint,
)
from desktop.services.documents.staging import (
    ABANDONED_AFTER,
    STAGING,
    _Staging,
    _staging_dir,
    sweep_staging,
)

__all__ = [
    "ABANDONED_AFTER",
    "ENTITY",
    "EVENT_DOCUMENT",
    "JOURNALS",
    "PDF_WEIGHT",
    "REGISTER_CHUNK",
    "STAGING",
    "BatchFailure",
    "BatchProgress",
    "BatchRequest",
    "BatchResult",
    "Cancelled",
    "DocumentView",
    "HolderLetters",
    "InterruptedBatch",
    "LetterOptions",
    "MissingLetter",
    "Preview",
    "Progress",
    "_Staging",
    "_staging_dir",
    "_write_journal",
    "archive_folder",
    "archive_stem",
    "audit_summary",
    "check_files",
    "discard_interrupted",
    "documents_dir",
    "find_by_reference",
    "free_field_defaults",
    "get_document",
    "interrupted_batches",
    "interrupted_letters",
    "letters_counted",
    "list_documents",
    "merge_pdfs",
    "open_for_reprint",
    "pages_counted",
    "pdf_available",
    "preview_letter",
    "produce_holder_letters",
    "produce_letter",
    "produced_counted",
    "resolve_targets",
    "run_batch",
    "sweep_staging",
]
