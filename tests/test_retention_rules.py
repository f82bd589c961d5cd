"""Retention periods (desktop/domain/retention.py; docs/domain.md#retention), without a
database."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.retention import (
    MAX_MONTHS,
    RULES,
    RULES_BY_KIND,
    RetentionKind,
    purge_due,
)
from desktop.domain.roles import Role
from desktop.services import settings
from desktop.services.context import Actor


def test_default_periods_are_those_of_the_docs():
    months = {rule.kind: rule.default_months for rule in RULES}
    assert months == {
        RetentionKind.TENANT_FILE: 36,  # 3 years after departure
        RetentionKind.ARREARS_FILE: 60,  # 5 years with arrears
        RetentionKind.APPLICATION: 0,  # at radiation or attribution
        RetentionKind.APPLICATION_NOT_RETAINED: 12,  # a year after its last step
        RetentionKind.CALEOL_MINUTES: 120,  # 10 years
        RetentionKind.CAMPAIGN_NOTES: 0,  # at the end of the campaign
        RetentionKind.SERVER_TRAIL: 12,  # the server's trail of audited writes
    }
    assert all(0 <= rule.default_months <= MAX_MONTHS for rule in RULES)


def test_tenant_files_and_candidatures_are_purged_automatically():
    automatic = {rule.kind for rule in RULES if rule.automatic_purge}
    assert automatic == {
        RetentionKind.TENANT_FILE,
        RetentionKind.ARREARS_FILE,
        RetentionKind.APPLICATION,
        RetentionKind.APPLICATION_NOT_RETAINED,
        RetentionKind.SERVER_TRAIL,
    }


def test_each_kind_has_one_rule_and_its_setting_key():
    assert set(RULES_BY_KIND) == set(RetentionKind)
    assert RULES_BY_KIND[RetentionKind.TENANT_FILE].setting_key == "retention.DOSSIER_LOCATAIRE"


def test_purge_due_counts_months_from_the_trigger():
    # Closed on 15 March 2023, kept 36 months: may no longer be kept from 15 March 2026.
    assert purge_due(dt.date(2023, 3, 15), 36) == dt.date(2026, 3, 15)
    assert purge_due(dt.date(2023, 3, 15), 0) == dt.date(2023, 3, 15)
    # December plus one month is January of the next year, not month 13.
    assert purge_due(dt.date(2023, 12, 10), 1) == dt.date(2024, 1, 10)
    assert purge_due(dt.date(2023, 11, 30), 1) == dt.date(2023, 12, 30)
    # The end of a shorter month, a leap year's February.
    assert purge_due(dt.date(2023, 3, 31), 11) == dt.date(2024, 2, 29)
    assert purge_due(dt.date(2024, 1, 31), 2) == dt.date(2024, 3, 31)


def test_a_period_is_typed_from_0_to_600_months():
    # Fifty years at most: the settings refuse one month more, and a negative period,
    # naming the bounds (checked before anything is written).
    admin = Actor("admin", role=Role.ADMIN)
    for rule in RULES:
        settings.check_values({rule.setting_key: 0}, admin)
        settings.check_values({rule.setting_key: 600}, admin)
        for wrong in (601, -1):
            with pytest.raises(ValidationError) as exc:
                settings.check_values({rule.setting_key: wrong}, admin)
            assert str(exc.value.fields[rule.setting_key]) == "Valeur attendue entre 0 et 600."
