"""The document engine: letters from editable Word templates, PDF, signature, batches.

- ``library``: the template library (``templates/letters/*.docx`` + ``*.toml``);
- ``profile``: the landlord's organisation profile (letterhead, legal mentions,
  signatories, envelope window);
- ``context``: the data a template sees, built from a tenant file;
- ``engine``: the sandboxed docxtpl rendering and its French error messages;
- ``filters``: French dates, money and amounts in words;
- ``convert``: DOCX to PDF with LibreOffice (or Word on Windows);
- ``signing``: PAdES signature and verification (pyHanko);
- ``html``: HTML/CSS to PDF with WeasyPrint, restricted to bundled files;
- ``files``: atomic writes and SHA-256.

Nothing here imports Qt. Heavy libraries (docxtpl, WeasyPrint, pyHanko, pypdf) are
imported inside the functions that use them.
"""
