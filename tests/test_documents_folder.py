"""The default folder of batches and exports follows Windows' Documents folder.

With Documents redirected to OneDrive (or a network share), ``~/Documents`` is not the
user's Documents folder; platformdirs asks the shell for the known folder. The test
injects what platformdirs answers."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from desktop import config


@pytest.fixture
def onedrive_documents(tmp_path, monkeypatch) -> Path:
    documents = tmp_path / "OneDrive - Office HLM" / "Documents"
    monkeypatch.setattr(platformdirs, "user_documents_dir", lambda: str(documents))
    return documents


def test_default_output_folder_is_parcours_in_the_real_documents_folder(onedrive_documents):
    assert config.user_documents_folder() == onedrive_documents / "Parcours"
    assert config.output_dir() == onedrive_documents / "Parcours"
    assert config.output_dir() != Path.home() / "Documents" / "Parcours"


def test_a_folder_set_in_the_settings_wins(onedrive_documents, tmp_path):
    config.save_settings({"letters_out_dir": str(tmp_path / "Partage" / "Courriers")})
    assert config.output_dir() == tmp_path / "Partage" / "Courriers"


@pytest.mark.gui
def test_batch_dialog_proposes_the_documents_folder(qtbot, db, actor, onedrive_documents):
    from desktop.ui.batch_dialog import BatchDialog

    dialog = BatchDialog(db, actor, household_ids=[], target_label="aucun dossier")
    qtbot.addWidget(dialog)
    assert Path(dialog.out_dir.text()) == onedrive_documents / "Parcours"
