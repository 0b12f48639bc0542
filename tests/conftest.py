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


@pytest.fixture
def broken_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An installed third-party plugin, ``zither``, whose module fails to import.

    Installed as pip would leave it (a ``.dist-info`` with an entry point) in a
    folder put first on ``sys.path``; returns that folder, for subprocesses.
    """
    site = tmp_path / "site"
    info = site / "newsmodel_zither-0.3.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: newsmodel-zither\nVersion: 0.3\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text("[newsmodel]\nzither = zither_format\n")
    (site / "zither_format.py").write_text(
        'raise ImportError("zither_format needs libzither 2, found none")\n', encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(site))
    return site
