"""Find bundled files (templates, resources) from source and from a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def root() -> Path:
    """The folder holding ``templates/`` and ``resources/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    return root().joinpath("resources", *parts)


def template(*parts: str) -> Path:
    return root().joinpath("templates", *parts)
