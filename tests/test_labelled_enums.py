"""The domain's labelled enums: each member keeps its stored value and has a label."""

from __future__ import annotations

import importlib
import pickle
import pkgutil

import pytest

import desktop.domain
from desktop.domain.caleol import Vote
from desktop.domain.labels import LabelledEnum
from desktop.domain.notice_case import NoticeStatus


def _labelled_enums() -> list[type[LabelledEnum]]:
    for info in pkgutil.walk_packages(desktop.domain.__path__, "desktop.domain."):
        importlib.import_module(info.name)
    found: list[type[LabelledEnum]] = []
    todo = list(LabelledEnum.__subclasses__())
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if len(cls):
            found.append(cls)
    return sorted(found, key=lambda cls: cls.__qualname__)


ENUMS = _labelled_enums()


def test_the_domain_enums_are_found():
    assert len(ENUMS) >= 28


@pytest.mark.parametrize("cls", ENUMS, ids=lambda cls: cls.__qualname__)
def test_members_keep_their_stored_value_and_have_a_label(cls):
    for member in cls:
        assert type(member.value) is str
        assert member == member.value  # compared and stored as the plain string
        assert cls(member.value) is member
        assert pickle.loads(pickle.dumps(member)) is member
        assert isinstance(member.label, str) and member.label.strip()


def test_a_member_reads_as_before():
    assert [v.value for v in Vote] == ["POUR", "CONTRE", "ABSTENTION"]
    assert Vote("CONTRE").label == "Contre"
    assert NoticeStatus.IN_PROGRESS.value == "EN_COURS"
    assert NoticeStatus("EN_COURS").label == "En cours"
    with pytest.raises(ValueError):
        Vote("Pour")  # a label is not a value
