"""Deterministic scaling checks: count the Python work a call does, not its time.

Timing a parser at two sizes makes a flaky test on a shared machine.  The
number of Python function calls and executed lines is exact instead: a
linear parser does about four times the work on four times the input, a
quadratic one sixteen times.  What the count cannot see is work done inside
C code, such as a regular expression backtracking; inputs from
:func:`~newsmodel.testing.hostile_inputs` run at full size catch that.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Sequence
from types import FrameType
from typing import Any

__all__ = ["assert_scales_linearly", "count_steps"]


def count_steps(call: Callable[[], object]) -> int:
    """The number of Python calls and executed lines (loop iterations included) of ``call()``."""
    steps = 0

    def tracer(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal steps
        steps += 1
        return tracer

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        call()
    finally:
        sys.settrace(previous)
    return steps


def assert_scales_linearly(
    make: Callable[[int], Any],
    run: Callable[[Any], object],
    *,
    sizes: Sequence[int] = (250, 1000),
    slack: float = 1.5,
) -> list[int]:
    """Assert that ``run(make(n))`` does at most linearly more work as ``n`` grows.

    ``run`` is called once on ``make(sizes[0])`` first, untraced, so that
    caches and lazy imports do not count.  Then the steps of each size are
    counted; between consecutive sizes the work may grow by at most
    ``slack`` times the growth of ``n``.  Returns the step counts.
    """
    run(make(sizes[0]))
    counts = []
    for n in sizes:
        counts.append(count_steps(functools.partial(run, make(n))))
    for (n0, c0), (n1, c1) in zip(
        zip(sizes, counts, strict=True), zip(sizes[1:], counts[1:], strict=True), strict=False
    ):
        allowed = slack * (n1 / n0)
        if c1 > allowed * max(c0, 1):
            raise AssertionError(
                f"work grows superlinearly: {c0:,} steps at n={n0:,}, {c1:,} at n={n1:,} "
                f"({c1 / max(c0, 1):.1f}x for {n1 / n0:.1f}x the input; at most {allowed:.1f}x)"
            )
    return counts
