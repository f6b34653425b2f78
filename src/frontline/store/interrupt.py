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

    def stop_statement() -> bool:
        return interrupted

    def on_sigint(signum: int, frame: FrameType | None) -> None:
        nonlocal interrupted
        interrupted = True
        if frame is not None and frame.f_code is stop_statement.__code__:
            # Inside SQLite's callback an exception cannot propagate: it would be
            # printed as unraisable. The flag alone aborts the statement at the
            # handler's next call, and the OperationalError becomes the interrupt.
            return
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, on_sigint)
    # Returning true from the progress handler aborts the running statement.
    conn.set_progress_handler(stop_statement, CHECK_EVERY)
    try:
        yield
    except sqlite3.OperationalError:
        if interrupted:
            raise KeyboardInterrupt from None
        raise
    finally:
        conn.set_progress_handler(None, 0)
        signal.signal(signal.SIGINT, previous)
