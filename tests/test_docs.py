"""The documentation runs: every ```python block of README.md and docs/*.md, as written.

Each page runs in a fresh process, from a scratch directory holding copies
of ``examples/`` and ``docs/``, its blocks in page order sharing one
namespace, as a reader would paste them.  A block whose first line is
``# file: NAME.py`` is a module the page saves: it is written to NAME.py
(later blocks, and later pages, import it), and run as a script when it has
an ``if __name__ == "__main__":`` entry point; a module named ``test_*.py``
is a test module, run with pytest (and a Hypothesis profile without
deadlines, as on a loaded machine).  Pages run in order, each seeing the
modules the pages before it saved.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]

_BLOCK = re.compile(r"^```python\n(.*?)^```\s*$", re.MULTILINE | re.DOTALL)
_FILE = re.compile(r"\A# file: ([\w-]+\.py)\n")
_MAIN = 'if __name__ == "__main__":'

_RUNNER = """
import json
import subprocess
import sys
from pathlib import Path

MAIN = 'if __name__ == "__main__":'
CONFTEST = (
    "from hypothesis import HealthCheck, settings\\n"
    "settings.register_profile('docs', deadline=None, database=None, max_examples=20,\\n"
    "    suppress_health_check=list(HealthCheck))\\n"
    "settings.load_profile('docs')\\n"
)
sys.path.insert(0, str(Path.cwd()))
page, blocks = json.loads(Path("_blocks.json").read_text(encoding="utf-8"))
namespace = {"__name__": "__docs__"}
for number, (kind, name, code) in enumerate(blocks, 1):
    where = f"{page}, python block {number}"
    if kind in ("file", "saved"):
        Path(name).write_text(code, encoding="utf-8")
        if kind == "file" and MAIN in code:
            done = subprocess.run([sys.executable, name], capture_output=True, text=True)
            if done.returncode:
                sys.exit(f"{where} ({name}) failed:\\n{done.stdout}{done.stderr}")
        if kind == "file" and name.startswith("test_"):
            Path("conftest.py").write_text(CONFTEST, encoding="utf-8")
            argv = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", name]
            done = subprocess.run(argv, capture_output=True, text=True)
            if done.returncode:
                sys.exit(f"{where} ({name}) failed:\\n{done.stdout}{done.stderr}")
            print(f"{where} ({name}): {done.stdout.strip().splitlines()[-1]}")
        continue
    exec(compile(code, where, "exec"), namespace)
"""


def python_blocks(page: Path) -> list[tuple[str, str | None, str]]:
    """The page's python blocks: ("file", NAME, code) for saved modules, else ("run", None, code)."""
    found: list[tuple[str, str | None, str]] = []
    for match in _BLOCK.finditer(page.read_text(encoding="utf-8")):
        code = match.group(1)
        saved = _FILE.match(code)
        found.append(("file", saved.group(1), code) if saved else ("run", None, code))
    return found


def test_the_pages_have_python_blocks() -> None:
    assert sum(len(python_blocks(page)) for page in PAGES) >= 10
    for page in PAGES:
        for kind, _name, code in python_blocks(page):
            # A script with an entry point must be saved to run: a pasted block cannot spawn.
            assert kind == "file" or _MAIN not in code, page.name


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_the_python_blocks_run(page: Path, tmp_path: Path) -> None:
    blocks = python_blocks(page)
    if not blocks:
        pytest.skip(f"{page.name} has no python block")
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    shutil.copytree(ROOT / "docs", tmp_path / "docs")
    earlier = [
        ("saved", name, code)
        for before in PAGES[: PAGES.index(page)]
        for kind, name, code in python_blocks(before)
        if kind == "file"
    ]
    (tmp_path / "_blocks.json").write_text(json.dumps([page.name, earlier + blocks]), "utf-8")
    (tmp_path / "_run_docs.py").write_text(_RUNNER, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "_run_docs.py"], cwd=tmp_path, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr[-4000:]
    for kind, name, _code in blocks:
        if kind == "file" and name is not None and name.startswith("test_"):
            # A test module's tests ran, and passed: defining them is not enough.
            (summary,) = [line for line in done.stdout.splitlines() if f"({name}): " in line]
            assert " passed" in summary and "failed" not in summary, summary


_TOML = re.compile(r"^```toml\n(.*?)^```\s*$", re.MULTILINE | re.DOTALL)


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_a_pyproject_shown_is_one_pip_can_build(page: Path) -> None:
    """A project table needs a build system and a version, or ``pip install`` fails."""
    for block in _TOML.findall(page.read_text(encoding="utf-8")):
        table = tomllib.loads(block)
        if "project" in table:
            assert table["build-system"]["build-backend"], page.name
            assert table["build-system"]["requires"], page.name
            assert table["project"]["version"] and table["project"]["name"], page.name


def test_every_public_name_is_documented() -> None:
    """Each name of newsmodel.__all__ appears in docs/, as code (the API reference lists all)."""
    import newsmodel

    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").glob("*.md")))
    missing = [
        name
        for name in newsmodel.__all__
        if not re.search(rf"`[^`\n]*\b{re.escape(name)}\b[^`\n]*`", text)
    ]
    assert missing == []
    assert "`newsmodel.__version__`" in text
