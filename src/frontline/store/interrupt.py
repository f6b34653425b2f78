"""Ctrl-C during a write: stop the running statement at once, roll back.

Python runs a signal handler only between bytecodes, so a Ctrl-C that arrives
while SQLite is busy inside one long statement (the merge of a large import)
would wait for that statement to end, seconds later. A progress handler gives
Python a bytecode every few thousand SQLite instructions: the pending handler
runs there, the statement is abandoned, and the transaction is rolled back by
whoever opened it.
"""

from __future__ import annotations

import signal
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

# SQLite virtual-machine instructions between two chances to notice Ctrl-C:
# about a millisecond of work, and no measurable cost.
CHECK_EVERY = 20_000


@contextmanager
def stop_on_interrupt(conn: sqlite3.Connection) -> Iterator[None]:
    """Inside, Ctrl-C raises KeyboardInterrupt within a millisecond or so, even
    in the middle of a statement (which SQLite then abandons)."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signals reach only the main thread
        return
    interrupted = False

    def on_sigint(signum: int, frame: FrameType | None) -> None:
        nonlocal interrupted
        interrupted = True
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, on_sigint)
    # Raising inside the progress handler (or returning true) aborts the statement.
    conn.set_progress_handler(lambda: interrupted, CHECK_EVERY)
    try:
        yield
    except sqlite3.OperationalError:
        if interrupted:
            raise KeyboardInterrupt from None
        raise
    finally:
        conn.set_progress_handler(None, 0)
        signal.signal(signal.SIGINT, previous)
