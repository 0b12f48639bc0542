"""The ``newsmodel`` program's entry point: the command line, and a quiet Ctrl-C.

Kept apart from :mod:`newsmodel.cli` so that it imports nothing heavy before
its ``try``: an interrupt while the command line is still loading ends the
program with status 130, like one while it runs, never with a traceback.
"""

from __future__ import annotations

import signal

__all__ = ["main"]


def main() -> int:
    """Load and run the command line; returns the exit status."""
    try:
        from newsmodel.cli import main as run_command_line
    except KeyboardInterrupt:
        return 128 + signal.SIGINT
    return run_command_line()
