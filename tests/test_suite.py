"""The suite's own promises: no run depends on an earlier run or on a fast machine."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings


@pytest.mark.parametrize("name", ["ci", "dev", "thorough"])
def test_profiles_keep_no_examples_and_skip_speed_checks(name: str) -> None:
    profile = settings.get_profile(name)
    assert profile.database is None  # nothing left in .hypothesis/ is replayed
    assert {HealthCheck.too_slow, HealthCheck.data_too_large} <= set(profile.suppress_health_check)
    assert profile.deadline is None


def test_the_active_profile_is_one_of_them() -> None:
    assert settings.default is not None
    assert settings.default.database is None
