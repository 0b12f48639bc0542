"""An opt-in pytest plugin: fixtures for testing newsmodel plugins.

It is not registered as a ``pytest11`` entry point, so installing newsmodel
changes nobody's test run.  Turn it on for one run::

    pytest -p newsmodel.testing.pytest_plugin

or for a whole suite, in the top-level ``conftest.py``::

    pytest_plugins = ["newsmodel.testing.pytest_plugin"]

Fixtures:

- ``newsmodel_manager``: a fresh, isolated :class:`~newsmodel.PluginManager`
  with newsmodel's analysis and no installed plugin; register yours on it.
- ``newsmodel_installed_manager``: a fresh manager with every installed
  plugin (less those ``NEWSMODEL_DISABLE_PLUGINS`` names); one that fails
  to load raises :class:`~newsmodel.PluginError` (``strict=True``).
- ``newsmodel_checker``: a factory, ``newsmodel_checker(plugin, name,
  render=None)``, for a :class:`~newsmodel.testing.FormatPluginChecker`.
- ``newsmodel_hostile_input``: a test taking it runs once per
  :func:`~newsmodel.testing.hostile_inputs` input, at the scale of the
  ``--newsmodel-hostile-scale`` option (default 0.01; 1 is full size).
- ``newsmodel_no_network``: Python-level network connections fail during
  the test.

``--newsmodel-thorough`` runs every Hypothesis property, the conformance
suite's included, with 10,000 examples and no deadline::

    pytest -p newsmodel.testing.pytest_plugin --newsmodel-thorough
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from hypothesis import HealthCheck, settings

from newsmodel._plugins import PluginManager
from newsmodel.testing._messy import hostile_inputs
from newsmodel.testing.conformance import FormatPluginChecker, Render, no_network

__all__ = [
    "THOROUGH_EXAMPLES",
    "THOROUGH_PROFILE",
    "newsmodel_checker",
    "newsmodel_installed_manager",
    "newsmodel_manager",
    "newsmodel_no_network",
    "pytest_addoption",
    "pytest_configure",
    "pytest_generate_tests",
]

_SCALE_OPTION = "--newsmodel-hostile-scale"
_THOROUGH_OPTION = "--newsmodel-thorough"

#: The Hypothesis profile ``--newsmodel-thorough`` loads, and its examples per property.
THOROUGH_PROFILE = "newsmodel-thorough"
THOROUGH_EXAMPLES = 10_000


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add ``--newsmodel-hostile-scale`` and ``--newsmodel-thorough``."""
    group = parser.getgroup("newsmodel")
    group.addoption(
        _SCALE_OPTION,
        type=float,
        default=0.01,
        help="size of the newsmodel_hostile_input inputs, 1.0 being full size (default 0.01)",
    )
    group.addoption(
        _THOROUGH_OPTION,
        action="store_true",
        help=f"run every Hypothesis property with {THOROUGH_EXAMPLES:,} examples, no deadline "
        "(the conformance suite included)",
    )


def pytest_configure(config: pytest.Config) -> None:
    """Load the thorough Hypothesis profile when ``--newsmodel-thorough`` is given."""
    if config.getoption(_THOROUGH_OPTION):
        settings.register_profile(
            THOROUGH_PROFILE,
            max_examples=THOROUGH_EXAMPLES,
            deadline=None,
            database=None,
            # A long run on a loaded machine is slow, not wrong.
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        )
        settings.load_profile(THOROUGH_PROFILE)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run tests that take ``newsmodel_hostile_input`` once per hostile input."""
    if "newsmodel_hostile_input" in metafunc.fixturenames:
        scale = metafunc.config.getoption(_SCALE_OPTION)
        found = list(hostile_inputs(scale))
        metafunc.parametrize("newsmodel_hostile_input", found, ids=[h.name for h in found])


@pytest.fixture
def newsmodel_manager() -> PluginManager:
    """A fresh manager with newsmodel's analysis stages and no installed plugin."""
    return PluginManager(entry_points=False)


@pytest.fixture
def newsmodel_installed_manager() -> PluginManager:
    """A fresh manager with every installed plugin, as :func:`newsmodel.parse` uses.

    Strict: a plugin that fails to load fails the test instead of being left out.
    """
    return PluginManager(strict=True)


@pytest.fixture
def newsmodel_checker() -> Callable[..., FormatPluginChecker]:
    """A factory of conformance checkers: ``newsmodel_checker(plugin, name, render=None)``."""

    def make(plugin: object, name: str, render: Render | None = None) -> FormatPluginChecker:
        return FormatPluginChecker(plugin, name, render=render)

    return make


@pytest.fixture
def newsmodel_no_network() -> Iterator[None]:
    """Python-level network connections fail while the test runs."""
    with no_network():
        yield
