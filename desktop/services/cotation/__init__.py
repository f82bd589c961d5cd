"""Cotation (issue 17): the EPCIs' grids and the score of each CALEOL candidate.

One function per user action, ``(db, actor, ...)``: writes need ``CALEOL_MANAGE``,
reads ``CALEOL_MINUTES_READ`` or ``CALEOL_MANAGE``; one transaction and an audit event
per write; French messages. The rules are those of ``desktop.domain.cotation``.

- A grid version already used by a stored score cannot be changed any more: make a
  new version (``new_grid_version``), which closes the current one the day before.
- A candidate's score is computed with the grid of its EPCI in force on the session's
  date. The EPCI is the dwelling's (``dwelling.epci``), else the commission's
  territory.
- Grids are exported and imported as JSON (``.json``) or Excel (``.xlsx``) files.

The package: ``common`` (permissions, views, grid rows), ``grids`` (editing, example and
demo grids), ``grid_files`` (JSON and Excel import/export), ``scores`` (a candidate's
score, a session's scores, their text for the minutes), ``refusals`` (refused adapted
offers), ``applicant`` (the applicant's statement); the public names are re-exported
here, with the helpers the SNE export uses (``_all_grids``, ``_compute``).
"""

from __future__ import annotations

from desktop.services.cotation.applicant import (
    Statement,
    applicant_statement,
)
from desktop.services.cotation.common import (
    ENTITY_GRID,
    ENTITY_SCORE,
    MANAGE,
    READ,
    GridView,
    ScoreView,
)
from desktop.services.cotation.grid_files import (
    export_grid,
    import_grid,
    read_grid_file,
)
from desktop.services.cotation.grids import (
    DEMO_AGENCIES,
    DEMO_EPCI,
    create_grid,
    ensure_demo_grid,
    get_grid,
    install_example_grid,
    list_grids,
    new_grid_version,
    update_grid,
)
from desktop.services.cotation.refusals import (
    ENTITY_REFUSAL,
    RefusalView,
    offer_refused,
    record_refusal,
    refusals_of,
    remove_refusal,
)
from desktop.services.cotation.scores import (
    _all_grids,
    _compute,
    channels_text,
    facts_of,
    item_epci,
    score_lines_text,
    score_session,
    score_text,
    scores_json,
    session_scores,
    set_candidate_cotation,
)

__all__ = [
    "DEMO_AGENCIES",
    "DEMO_EPCI",
    "ENTITY_GRID",
    "ENTITY_REFUSAL",
    "ENTITY_SCORE",
    "MANAGE",
    "READ",
    "GridView",
    "RefusalView",
    "ScoreView",
    "Statement",
    "_all_grids",
    "_compute",
    "applicant_statement",
    "channels_text",
    "create_grid",
    "ensure_demo_grid",
    "export_grid",
    "facts_of",
    "get_grid",
    "import_grid",
    "install_example_grid",
    "item_epci",
    "list_grids",
    "new_grid_version",
    "offer_refused",
    "read_grid_file",
    "record_refusal",
    "refusals_of",
    "remove_refusal",
    "score_lines_text",
    "score_session",
    "score_text",
    "scores_json",
    "session_scores",
    "set_candidate_cotation",
    "update_grid",
]
