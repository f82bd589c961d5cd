"""The "Cotation et objectifs" page (issue 17), thin over the services:

- *Séances*: the candidates' scores of a session (computed with the grid in force on
  its date, the register's score beside), the import of the national register's
  export (``SneImportDialog``), the convocations, the minutes-review notice, the
  declaration of allocations to the register, and how each proposal would move the
  attribution targets;
- *Grilles*: the EPCIs' grids and their versions, criteria edited while unused,
  import/export as JSON or Excel, the example grid;
- *Objectifs*: the Égalité et Citoyenneté figures of an EPCI and a year, the
  first-quartile threshold, the PDF/Excel report;
- *Gestion en flux*: a reservation holder's yearly report.

The package: ``common`` (shared helpers), ``dialogs`` (SNE import, sending result,
refusal), one module a tab (``sessions``, ``grids``, ``targets``, ``flow``) and
``page``.
"""

from __future__ import annotations

from desktop.ui.cotation.dialogs import RefusalDialog, SendingResultDialog, SneImportDialog
from desktop.ui.cotation.flow import FlowTab
from desktop.ui.cotation.grids import GridsTab
from desktop.ui.cotation.page import CotationPage
from desktop.ui.cotation.sessions import SessionsTab
from desktop.ui.cotation.targets import TargetsTab

__all__ = [
    "CotationPage",
    "FlowTab",
    "GridsTab",
    "RefusalDialog",
    "SendingResultDialog",
    "SessionsTab",
    "SneImportDialog",
    "TargetsTab",
]
