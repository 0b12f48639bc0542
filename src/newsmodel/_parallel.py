"""Parsing across processes, and a progress line for long runs.

Plugin managers hold modules and hooks and cannot cross a process boundary,
so each worker builds its own from a picklable factory; errors are sent
back as (class, message, attributes) because several :class:`NewsmodelError`
subclasses take constructor arguments that plain pickling cannot restore.
"""

from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import ctypes
import functools
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import FrameType
from typing import Any, TextIO

from newsmodel._errors import NewsmodelError
from newsmodel._model import Article, ArticleDate
from newsmodel._plugins import PluginManager

__all__ = ["PluginFactory", "Progress", "manager_for", "parse_in_processes"]

#: Makes the :class:`PluginManager` of a worker process; must be picklable
#: (a module-level function or a class, such as :class:`PluginManager` itself).
PluginFactory = Callable[[], PluginManager]

#: prctl(2) option: the signal this process gets when its parent dies (Linux).
_PR_SET_PDEATHSIG = 1

_FrozenError = tuple[type[NewsmodelError], str, dict[str, Any]]
_Outcome = tuple[str, Article | None, _FrozenError | None]


def _freeze(exc: NewsmodelError) -> _FrozenError:
    return type(exc), str(exc), dict(vars(exc))


def _thaw(frozen: _FrozenError) -> NewsmodelError:
    cls, message, attributes = frozen
    exc = cls.__new__(cls)
    Exception.__init__(exc, message)
    exc.__dict__.update(attributes)
    return exc


@functools.cache
def manager_for(factory: PluginFactory) -> PluginManager:
    """The manager ``factory`` makes, made once per process and factory.

    Kept for the process's life, like :func:`newsmodel.parse`'s default
    manager: building one loads every plugin, too slow to repeat per file.
    """
    return factory()


def _parse_chunk(
    factory: PluginFactory, fmt: str | None, published: ArticleDate | None, paths: list[str]
) -> list[_Outcome]:
    manager = manager_for(factory)
    out: list[_Outcome] = []
    for p in paths:
        try:
            out.append((p, manager.parse(Path(p), format=fmt, published=published), None))
        except NewsmodelError as exc:
            out.append((p, None, _freeze(exc)))
    return out


def _init_worker(parent: int, kernel_watch: bool) -> None:
    """Set up a worker process: interrupts are the parent's, and it dies with the parent."""
    # Ctrl-C reaches the whole process group: the parent alone handles it and
    # stops the pool, instead of every worker printing a traceback.  The worker
    # was started with SIGINT blocked (see _interrupts_deferred) so that one
    # arriving while it imported was held back; ignoring it drops that one too.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    _die_with_parent(parent, kernel_watch)


def _die_with_parent(parent: int, kernel_watch: bool) -> None:
    """End this process when its parent ends, even by SIGKILL, when nothing else will.

    A worker waits for work on a queue its parent feeds; a parent killed
    outright never says stop, and the worker (holding the resource tracker
    open too) would wait forever.  On Linux the kernel sends SIGKILL when the
    parent dies (``PR_SET_PDEATHSIG``), even while the worker is busy inside
    C code; the kernel means the parent *thread*, so this is used only when
    the main thread started the workers (``kernel_watch``).  Everywhere, a
    daemon thread also waits on the parent's sentinel, a pipe only the parent
    holds open, and exits when it closes.
    """
    if kernel_watch and sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass  # no prctl here: the thread below still watches
    # The parent may have died before prctl took effect.
    if os.getppid() != parent:
        os._exit(1)
    process = multiprocessing.parent_process()
    if process is not None and process.sentinel is not None:
        sentinel = process.sentinel

        def watch() -> None:
            multiprocessing.connection.wait([sentinel])
            os._exit(1)

        threading.Thread(target=watch, name="newsmodel-parent-watch", daemon=True).start()


def _chunks(items: Iterable[str], size: int) -> Iterator[list[str]]:
    chunk: list[str] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def parse_in_processes(
    paths: Iterable[Path],
    *,
    format: str | None,
    factory: PluginFactory,
    jobs: int,
    chunk_size: int,
    published: ArticleDate | None = None,
) -> Iterator[tuple[str, Article | None, NewsmodelError | None]]:
    """Parse ``paths`` in ``jobs`` worker processes, yielding results in input order.

    At most ``3 * jobs`` chunks are in flight, so memory stays bounded however
    many paths there are.  Workers are started with the ``spawn`` method: the
    same on every platform, and safe in programs that run threads.  They end
    when this process ends, however it ends (see :func:`_die_with_parent`).
    """
    context = multiprocessing.get_context("spawn")
    pool = concurrent.futures.ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=context,
        initializer=_init_worker,
        initargs=(os.getpid(), threading.current_thread() is threading.main_thread()),
    )
    window: collections.deque[concurrent.futures.Future[list[_Outcome]]] = collections.deque()
    finished = False
    try:
        for chunk in _chunks((str(p) for p in paths), chunk_size):
            # submit() starts a worker while fewer than ``jobs`` run.
            with _interrupts_deferred():
                window.append(pool.submit(_parse_chunk, factory, format, published, chunk))
            if len(window) >= 3 * jobs:
                yield from _unpack(window.popleft().result())
        while window:
            yield from _unpack(window.popleft().result())
        finished = True
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:
            # Interrupted, failed or closed early: the work in hand is not
            # wanted, so end the workers now rather than wait for it.
            _stop(pool)


def _stop(pool: concurrent.futures.ProcessPoolExecutor) -> None:
    """Cancel what is queued and terminate the workers, waiting only for them to end.

    A plain shutdown waits for the chunks being parsed (seconds for a large
    file) and, when an interrupt landed inside it, may leave workers waiting
    for work forever while the interpreter's exit joins them.
    """
    with _interrupts_deferred():
        # The executor's own table of workers: no public one before Python 3.14.
        workers = list((pool._processes or {}).values())
        for worker in workers:
            if worker.is_alive():
                worker.terminate()
        for worker in workers:
            worker.join(timeout=10)
        _end_results(pool)
        # With its workers gone the executor's thread sees the pool broken and
        # ends; waiting for it keeps its clean-up from racing the
        # interpreter's exit (Python 3.11 then prints "Bad file descriptor").
        pool.shutdown(wait=True, cancel_futures=True)


def _end_results(pool: concurrent.futures.ProcessPoolExecutor) -> None:
    """Close this process's end of the results pipe, so that reading it ends.

    A worker terminated in the middle of sending a result leaves the
    executor's thread waiting for the rest of the message, forever: this
    process holds the pipe's writing end too (the workers inherit it), so
    the pipe never reads as closed.  Once the workers are gone nobody writes
    there; closing it turns the wait into end-of-file, which the thread
    takes for a broken pool.
    """
    queue = getattr(pool, "_result_queue", None)
    writer = getattr(queue, "_writer", None)
    if writer is not None:
        with contextlib.suppress(OSError):
            writer.close()


@contextlib.contextmanager
def _interrupts_deferred() -> Iterator[None]:
    """Hold SIGINT back until the block ends, and keep it from processes started in it.

    A worker starts by importing newsmodel; a Ctrl-C then (it reaches the whole
    process group) would print an import traceback, and one landing in the
    middle of starting or stopping the pool can leave it half-made.  Blocked
    signals are inherited across fork and exec, so the worker starts with
    SIGINT held until :func:`_init_worker` ignores it; the resource tracker
    of :mod:`multiprocessing` is started the same way.  In the main thread,
    an interrupt that arrives meanwhile is raised when the block ends.
    """
    main = threading.current_thread() is threading.main_thread()
    caught: list[tuple[int, FrameType | None]] = []
    previous: Any = None
    if main:
        previous = signal.signal(
            signal.SIGINT, lambda signum, frame: caught.append((signum, frame))
        )
    mask = None
    if hasattr(signal, "pthread_sigmask"):  # POSIX
        mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        if mask is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        if main:
            signal.signal(signal.SIGINT, previous)
            if caught:
                _deliver(previous, *caught[0])


def _deliver(handler: Any, signum: int, frame: FrameType | None) -> None:
    """Act on a held-back interrupt as ``handler`` (what signal.signal returned) would have."""
    if callable(handler):
        handler(signum, frame)  # Python's default raises KeyboardInterrupt
    elif handler == signal.SIG_DFL:
        signal.raise_signal(signum)


def _unpack(
    outcomes: list[_Outcome],
) -> Iterator[tuple[str, Article | None, NewsmodelError | None]]:
    for path, article, error in outcomes:
        yield path, article, None if error is None else _thaw(error)


class Progress:
    """A one-line progress display on a terminal: count, share, rate and time left.

    ``enabled`` ``None`` draws only when ``stream`` (standard error by default)
    is a terminal, so piped and logged output stays clean.  Redraws at most ten times a second.
    """

    def __init__(
        self,
        total: int | None = None,
        *,
        label: str = "parsed",
        stream: TextIO | None = None,
        enabled: bool | None = None,
    ) -> None:
        self.total = total
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = _isatty(self.stream) if enabled is None else enabled
        self.done = 0
        self._start = time.monotonic()
        self._drawn = 0.0

    def advance(self, n: int = 1) -> None:
        """Count ``n`` more items done."""
        self.done += n
        if self.enabled and time.monotonic() - self._drawn >= 0.1:
            self._draw()

    def close(self) -> None:
        """Draw the final count and end the line."""
        if self.enabled and self.done:
            self._draw()
            self.stream.write("\n")
            self.stream.flush()

    def _draw(self) -> None:
        now = time.monotonic()
        self._drawn = now
        elapsed = max(now - self._start, 1e-9)
        rate = self.done / elapsed
        if self.total:
            share = min(self.done / self.total, 1.0)
            left = (self.total - self.done) / rate if rate > 0 else 0.0
            text = (
                f"{self.label} {self.done:,}/{self.total:,} ({share:.0%}) "
                f"{rate:,.1f}/s, {_clock(left)} left"
            )
        else:
            text = f"{self.label} {self.done:,} ({rate:,.1f}/s)"
        self.stream.write(f"\r{text}\x1b[K")
        self.stream.flush()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _clock(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"
