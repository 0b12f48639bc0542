"""parse_many across processes: the same results in the same order, errors intact, a quiet progress line."""

from __future__ import annotations

import functools
import io
import os
import pickle
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import newsmodel
from newsmodel import (
    InputTooLargeError,
    ParseResult,
    PluginError,
    PluginManager,
    UnknownFormatError,
    parse_many,
)
from newsmodel._parallel import Progress, _freeze, _thaw
from newsmodel.testing import news_text

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture
def inputs(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "folder"
    folder.mkdir()
    for i in range(5):
        (folder / f"{i}.txt").write_text(f"Ann Lee said: “Number {i}.”\n", encoding="utf-8")
    broken = tmp_path / "broken.txt.gz"
    broken.write_bytes(b"\x1f\x8b\x08 broken")
    return [*sorted(EXAMPLES.iterdir()), folder, broken, tmp_path / "missing.txt"]


def outcome(r: ParseResult) -> tuple[object, ...]:
    error = None if r.error is None else (type(r.error), str(r.error), vars(r.error))
    return r.path, r.article, error


def test_processes_give_the_same_results_in_the_same_order(inputs: list[Path]) -> None:
    one = [outcome(r) for r in parse_many(inputs)]
    two = [outcome(r) for r in parse_many(inputs, jobs=2, chunk_size=2)]
    assert two == one
    assert len(one) == len(list(EXAMPLES.iterdir())) + 5 + 2
    assert sum(r[2] is not None for r in one) == 2, "the broken and the missing file"
    assert all(r[1] is not None for r in one if r[2] is None)


def test_workers_use_the_plugin_factory(inputs: list[Path]) -> None:
    # Plugins with no format at all: every file fails, naming why.  (A
    # factory must be importable in the workers: a partial of a class is.)
    no_formats = functools.partial(PluginManager, entry_points=False)
    results = list(parse_many(inputs[:2], jobs=2, plugin_factory=no_formats))
    assert [type(r.error) for r in results] == [UnknownFormatError, UnknownFormatError]
    assert "no format plugin is installed" in str(results[0].error)


def test_a_plugin_manager_cannot_cross_processes() -> None:
    with pytest.raises(ValueError, match="plugin_factory"):
        next(parse_many([EXAMPLES], jobs=2, plugins=PluginManager()))


@pytest.mark.parametrize("options", [{"jobs": 0}, {"chunk_size": 0}])
def test_bad_options_are_refused(options: dict[str, int]) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        next(parse_many([EXAMPLES], **options))  # type: ignore[arg-type]


def test_stopping_early_shuts_the_workers_down(inputs: list[Path]) -> None:
    stream = parse_many(inputs * 4, jobs=2, chunk_size=1)
    first = next(stream)
    stream.close()
    assert first.path == str(inputs[0])


@pytest.mark.parametrize(
    "error",
    [
        InputTooLargeError(10, 5),
        UnknownFormatError("x: no plugin can read this source", tried=["text", "html"]),
        UnknownFormatError("no format plugin named 'y'", installed=["html", "text"]),
        newsmodel.QueryError("since: not a date: 'z'", field="since", reason="not a date: 'z'"),
        PluginError("html", "failed to read a source"),
        newsmodel.SourceError("x: no such file"),
    ],
)
def test_errors_cross_processes_intact(error: newsmodel.NewsmodelError) -> None:
    back = _thaw(pickle.loads(pickle.dumps(_freeze(error))))
    assert (type(back), str(back), vars(back)) == (type(error), str(error), vars(error))


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_draws_on_a_terminal_only() -> None:
    terminal, pipe = FakeTerminal(), io.StringIO()
    for stream in (terminal, pipe):
        with Progress(3, stream=stream) as progress:
            for _ in range(3):
                progress.advance()
    assert terminal.getvalue().startswith("\rparsed ")
    assert "3/3 (100%)" in terminal.getvalue() and terminal.getvalue().endswith("\n")
    assert pipe.getvalue() == ""


def test_progress_without_a_total_counts() -> None:
    terminal = FakeTerminal()
    with Progress(stream=terminal, label="indexed") as progress:
        progress.advance(7)
    assert "indexed 7 (" in terminal.getvalue()


def test_parse_many_progress_goes_to_stderr(
    inputs: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    files = [p for p in inputs if p.is_file()]
    list(parse_many(files, progress=True))
    err = capsys.readouterr().err
    assert f"{len(files)}/{len(files)} (100%)" in err
    list(parse_many(files, progress=None))  # standard error is not a terminal here
    assert capsys.readouterr().err == ""


# -- workers end with their parent ---------------------------------------------------------

_PARSE_MANY_IN_A_THREAD = """
import sys, threading
from newsmodel import parse_many

def run():
    for _ in parse_many([sys.argv[1]], jobs=2, chunk_size=1):
        pass

if __name__ == "__main__":
    # From a thread other than the main one, the kernel's parent-death signal
    # is not used: the watcher of the parent's sentinel alone must end the workers.
    t = threading.Thread(target=run)
    t.start()
    t.join()
"""


def _children(pid: int) -> set[int]:
    """The live child processes of ``pid`` (Linux /proc), zombies excluded."""
    out = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            out.add(int(stat.parent.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def _wait_for(condition: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


@pytest.fixture(scope="module")
def many_files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("many")
    for i in range(400):
        (folder / f"{i:03}.txt").write_text(news_text(30_000, seed=i), encoding="utf-8")
    return folder


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize("how", ["index-j2", "parse_many-in-a-thread"])
def test_no_worker_outlives_a_killed_parent(how: str, many_files: Path, tmp_path: Path) -> None:
    """SIGKILL the parent mid-run: its workers and the resource tracker end too."""
    if how == "index-j2":
        argv = [sys.executable, "-m", "newsmodel", "index", str(many_files)]
        argv += ["--db", str(tmp_path / "x.db"), "-j", "2", "-q"]
    else:
        argv = [sys.executable, "-c", _PARSE_MANY_IN_A_THREAD, str(many_files)]
    parent = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        # Two workers and the resource tracker.
        assert _wait_for(lambda: len(_children(parent.pid)) >= 3, 60), "workers never started"
        children = _children(parent.pid)
    finally:
        parent.kill()
        parent.wait()
    ended = _wait_for(lambda: not any(_alive(c) for c in children), 30)
    left = sorted(c for c in children if _alive(c))
    for pid in left:  # leave no orphan behind even when the test fails
        os.kill(pid, signal.SIGKILL)
    assert ended, f"still running after their parent was killed: {left}"


# -- Ctrl-C ends a run at once, quietly ----------------------------------------------------

_PARSE_MANY_INTERRUPTED = """
import sys
from newsmodel import parse_many

if __name__ == "__main__":
    try:
        for result in parse_many([sys.argv[1]], jobs=2, chunk_size=1):
            print(result.path, flush=True)
    except KeyboardInterrupt:
        sys.exit(130)
"""


def _interrupt_when(process: subprocess.Popen[bytes], moment: str) -> None:
    """Wait for ``moment`` of ``process``'s run, then Ctrl-C its process group."""
    if moment == "loading":
        time.sleep(0.05)
    elif moment == "workers-starting":
        _wait_for(lambda: len(_children(process.pid)) >= 2, 60)
    else:  # "parsing": the first result is out
        assert process.stdout is not None
        process.stdout.readline()
    os.killpg(process.pid, signal.SIGINT)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc and killpg")
@pytest.mark.parametrize(
    ("how", "moment"),
    [
        ("parse-j2", "loading"),
        ("parse-j2", "workers-starting"),
        ("parse-j2", "parsing"),
        # (A script's own imports are its own business: only its loop is interrupted.)
        ("parse_many", "workers-starting"),
        ("parse_many", "parsing"),
    ],
)
def test_an_interrupt_ends_the_run_quietly(how: str, moment: str, many_files: Path) -> None:
    """SIGINT to the whole group, as a terminal sends it: status 130, no traceback, no orphan."""
    if how == "parse-j2":
        argv = [sys.executable, "-m", "newsmodel", "parse", "-j", "2", "-q", str(many_files)]
    else:
        argv = [sys.executable, "-c", _PARSE_MANY_INTERRUPTED, str(many_files)]
    process = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )
    try:
        _interrupt_when(process, moment)
        children = _children(process.pid)
        _out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    assert (process.returncode, err.decode()) == (130, "")
    assert _wait_for(lambda: not any(_alive(c) for c in children), 10)
