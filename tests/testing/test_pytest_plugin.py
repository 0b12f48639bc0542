"""The pytest plugin: its fixtures, and that it changes no test run unless asked for."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
import textwrap
import urllib.request
from pathlib import Path

import pytest

import newsmodel.testing
import newsmodel_text
from newsmodel import PluginManager
from newsmodel.testing import FormatPluginChecker, HostileInput

_A_PLUGIN_AUTHORS_TEST = """
def test_uses_the_fixtures(newsmodel_manager, newsmodel_hostile_input):
    assert newsmodel_manager.formats == ()
    assert newsmodel_hostile_input.data
"""


def _run_pytest(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    (tmp_path / "test_author.py").write_text(
        textwrap.dedent(_A_PLUGIN_AUTHORS_TEST), encoding="utf-8"
    )
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )


def test_off_unless_asked_for(tmp_path: Path) -> None:
    done = _run_pytest(tmp_path)
    assert done.returncode == 1, done.stdout
    assert "fixture 'newsmodel_manager' not found" in done.stdout
    groups = [ep.value for ep in importlib.metadata.entry_points(group="pytest11")]
    assert not [value for value in groups if value.startswith("newsmodel")]


def test_on_with_dash_p(tmp_path: Path) -> None:
    done = _run_pytest(
        tmp_path, "-p", "newsmodel.testing.pytest_plugin", "--newsmodel-hostile-scale", "0.001"
    )
    assert done.returncode == 0, done.stdout + done.stderr
    count = len(list(newsmodel.testing.hostile_inputs(0.001)))
    assert f"{count} passed" in done.stdout


def test_the_manager_is_isolated(newsmodel_manager: PluginManager) -> None:
    assert newsmodel_manager.formats == ()
    newsmodel_manager.register(newsmodel_text, name="text")
    assert newsmodel_manager.parse("A sentence.").format == "text"
    assert "text" not in PluginManager(entry_points=False).formats


def test_the_installed_manager_has_the_built_in_formats(
    newsmodel_installed_manager: PluginManager,
) -> None:
    assert {"text", "html"} <= set(newsmodel_installed_manager.formats)


@pytest.mark.usefixtures("newsmodel_no_network")
def test_no_network_fixture_refuses_connections() -> None:
    with pytest.raises(RuntimeError, match="network access attempted"):
        urllib.request.urlopen("http://127.0.0.1:9/")


def test_each_hostile_input_conforms_for_the_text_plugin(
    newsmodel_hostile_input: HostileInput,
) -> None:
    checker = FormatPluginChecker(newsmodel_text, "text")
    checker.check(newsmodel_hostile_input.data)
    assert checker.report.inputs == 1


def test_the_thorough_profile_is_one_flag(tmp_path: Path) -> None:
    (tmp_path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    (tmp_path / "test_profile.py").write_text(
        "from hypothesis import settings\n\n"
        "def test_thorough():\n"
        "    assert settings().max_examples == 10_000 and settings().deadline is None\n",
        encoding="utf-8",
    )
    argv = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q"]
    argv += ["-p", "newsmodel.testing.pytest_plugin", "--newsmodel-thorough"]
    done = subprocess.run(argv, cwd=tmp_path, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 passed" in done.stdout
