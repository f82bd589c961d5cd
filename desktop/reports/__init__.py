"""Reports (issue 8): figures computed in SQL, SVG charts, PDF and Excel renderings.

- ``figures``: the report data model (``ReportData``) and one function per report;
- ``charts``: hand-written SVG bar, pie and line charts with French number formats;
- ``render``: the PDF (HTML/CSS through WeasyPrint's worker process) and the Excel
  workbook (pandas + openpyxl, formulas neutralised).

The entry points users reach are in ``desktop.services.reports`` (rights, agency scope).
"""
