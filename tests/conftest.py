"""Shared test configuration: Hypothesis profiles and the evaluation data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# "ci" is quick and runs by default; "thorough" runs at least 10,000 examples
# per property: HYPOTHESIS_PROFILE=thorough pytest.  No profile keeps an
# example database: a failure found once must not make every later run in
# that checkout fail on a replayed example (fix it, then add it as a test).
# The speed health checks measure the machine, not the code: a loaded
# machine must not fail the suite.
settings.register_profile(
    "sturdy",
    deadline=None,
    database=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)
_STURDY = settings.get_profile("sturdy")
settings.register_profile("ci", _STURDY, max_examples=60)
settings.register_profile("thorough", _STURDY, max_examples=10_000)
settings.register_profile("dev", _STURDY, max_examples=200)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = Path(os.environ.get("NEWSMODEL_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared() -> Path:
    """The evaluation data beside the checkout; tests using it skip where it is absent."""
    if not (SHARED / "corpus" / "seeds").is_dir():
        pytest.skip(f"evaluation data not found at {SHARED} (set NEWSMODEL_SHARED to its path)")
    return SHARED
