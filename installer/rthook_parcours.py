"""PyInstaller runtime hook: runs in the frozen application before ``launcher.py``."""

import os
import sys

_base = getattr(sys, "_MEIPASS", os.path.dirname(sys.executable))

# The windowed Windows executable has no console: sys.stdout/sys.stderr are None and
# the first print() would raise. Send them nowhere instead (the self-test also writes
# its report to files).
if sys.stdout is None:
    sys.stdout = open(os.devnull, "w", encoding="utf-8")
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w", encoding="utf-8")

if sys.platform == "win32":
    # WeasyPrint's Pango/HarfBuzz/fontconfig DLLs (MSYS2 UCRT64) sit next to the other
    # bundled DLLs; the fontconfig configuration copied from MSYS2 is under etc/fonts.
    os.environ.setdefault("WEASYPRINT_DLL_DIRECTORIES", _base)
    _fonts = os.path.join(_base, "etc", "fonts")
    if os.path.isfile(os.path.join(_fonts, "fonts.conf")):
        os.environ.setdefault("FONTCONFIG_PATH", _fonts)
        os.environ.setdefault("FONTCONFIG_FILE", os.path.join(_fonts, "fonts.conf"))
