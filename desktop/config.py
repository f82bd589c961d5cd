"""Where the database is: command line, environment, settings file, or none yet.

Order: ``--db`` option, then ``PARCOURS_DATABASE_URL``, then ``database_url`` in the
settings file (``settings.json`` in the user's configuration folder). A value is a
SQLAlchemy URL (``postgresql://user@host/parcours``) or a path to a SQLite file.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import platformdirs

APP_NAME = "Parcours"
APP_AUTHOR = "Parcours"
ENV_URL = "PARCOURS_DATABASE_URL"


def config_dir() -> Path:
    override = os.environ.get("PARCOURS_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def data_dir() -> Path:
    override = os.environ.get("PARCOURS_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def user_documents_folder() -> Path:
    """``Parcours`` in the user's Documents folder, where Windows really has it
    (platformdirs reads the shell's known folder: a Documents folder redirected to
    OneDrive or a network share is found, ``~/Documents`` would not be)."""
    return Path(platformdirs.user_documents_dir()) / APP_NAME


def output_dir() -> Path:
    """Default folder for batches and exports: ``letters_out_dir`` in the settings,
    else :func:`user_documents_folder`."""
    configured = load_settings().get("letters_out_dir")
    return Path(configured).expanduser() if configured else user_documents_folder()


#: The settings file's key of how this workstation prints letters (``print_duplex``).
PRINT_DUPLEX = "print_duplex"


def print_duplex() -> bool:
    """How this workstation's printer prints the PDFs that join several letters:
    double-sided (``True``, the default: each letter starts on a front page, a blank
    back page after an odd page count) or single-sided (``False``: no blank page).
    docs/domain.md#letters."""
    return load_settings().get(PRINT_DUPLEX) is not False


def log_dir() -> Path:
    """The log folder: ``PARCOURS_LOG_DIR``, else platformdirs' user log folder
    (``%LOCALAPPDATA%\\Parcours\\Parcours\\Logs`` on Windows)."""
    override = os.environ.get("PARCOURS_LOG_DIR")
    return Path(override) if override else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def settings_path() -> Path:
    return config_dir() / "settings.json"


def load_settings() -> dict:
    path = settings_path()
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        return {}


def save_settings(settings: dict) -> None:
    """Write the settings file atomically (never half written)."""
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    from desktop.documents.files import replace_file

    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(settings, f, ensure_ascii=False, indent=2)
        replace_file(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def configured_url(cli_value: str | None = None) -> str | None:
    if cli_value:
        return cli_value
    if os.environ.get(ENV_URL):
        return os.environ[ENV_URL]
    return load_settings().get("database_url") or None


def remember_url(url: str) -> None:
    settings = load_settings()
    settings["database_url"] = url
    save_settings(settings)


def default_sqlite_path() -> Path:
    return data_dir() / "parcours.sqlite"


def demo_sqlite_path() -> Path:
    return data_dir() / "parcours-demo.sqlite"
