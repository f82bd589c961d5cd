"""CALEOL minutes (*procès-verbal*): drafts, review by the members, signature, lock,
extracts for applicants (issue 7).

The life of a session's minutes:

1. ``generate_draft``: the secretary builds the minutes from the CALEOL tables
   (``build_minutes``, read-only) and stores version N: its text (the contract of
   ``desktop.domain.minutes``, as JSON), the PDF/A marked "PROJET — version N" in the
   document archive, the SHA-256 of the HTML and of the PDF. Earlier drafts are
   SUPERSEDED. From version 2 on a change note is required (``revise``).
2. ``send_for_review``: status IN_REVIEW, one copy of the PDF per voting member,
   named after him, in a folder the secretary e-mails from.
3. ``review``: a member with an account approves or comments as himself (APP); the
   secretary may record an answer received by e-mail or letter (EXPORT). When every
   required member approved (``desktop.domain.minutes.approval_state``: the voting
   members who took part in the session) the version is APPROVED.
4. ``diff``: what changed between two versions, line by line.
5. ``sign``: the president signs the approved latest version: the final PDF/A (no
   draft band; the approvals listed) gets a visible PAdES signature where the
   president signs, its SHA-256 goes to the document register, and the session is
   locked (``caleol_session.locked``): every service of this module then refuses to
   change anything, with a French message.
6. ``extract_for_candidate``: the approved or signed minutes with every other
   candidate's data masked, for an applicant who asks for them.

Rights: ``CALEOL_MINUTES_WRITE`` (secretary: drafts, exports, answers received,
extracts), ``CALEOL_MINUTES_APPROVE`` (a member: his own review),
``CALEOL_MINUTES_SIGN`` (the president), ``CALEOL_MINUTES_READ`` (reading, diffs).

The package: ``common`` (views, session lookups, files, guards), ``build`` (the minutes
built from the tables), ``drafts`` (drafts and reading them), ``review`` (the members'
review), ``sign`` (the president's signature and the lock), ``export`` (extracts and
exports). Callers use the names re-exported here.
"""

from desktop.services.caleol.minutes.build import build_minutes
from desktop.services.caleol.minutes.common import (
    COMMENT_MAX,
    ENTITY,
    NOTE_MAX,
    OPEN,
    TEMPLATE_NAME,
    TEMPLATE_VERSION,
    ReviewView,
    SignatureView,
    VersionView,
    minutes_dir,
)
from desktop.services.caleol.minutes.drafts import (
    diff,
    generate_draft,
    get_version,
    list_versions,
    revise,
)
from desktop.services.caleol.minutes.export import (
    PREVIEW_LABEL,
    export_minutes,
    extract_file_name,
    extract_for_candidate,
)
from desktop.services.caleol.minutes.review import review, send_for_review
from desktop.services.caleol.minutes.sign import (
    Signatory,
    is_locked,
    require_signatory,
    sign,
    signatory,
)

__all__ = [
    "COMMENT_MAX",
    "ENTITY",
    "NOTE_MAX",
    "OPEN",
    "PREVIEW_LABEL",
    "TEMPLATE_NAME",
    "TEMPLATE_VERSION",
    "ReviewView",
    "Signatory",
    "SignatureView",
    "VersionView",
    "build_minutes",
    "diff",
    "export_minutes",
    "extract_file_name",
    "extract_for_candidate",
    "generate_draft",
    "get_version",
    "is_locked",
    "list_versions",
    "minutes_dir",
    "require_signatory",
    "review",
    "revise",
    "send_for_review",
    "sign",
    "signatory",
]
