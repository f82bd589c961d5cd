"""What every worker process of the documents layer does first (WeasyPrint, docxtpl)."""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import threading


def exit_with_parent() -> None:
    """Pool initialiser: the worker ends when the application that started it is gone
    (killed from the task manager, crashed). A pool's workers hold their own end of its
    queue, so they would otherwise wait on it for ever, each keeping its memory."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="parcours-parent-watch", daemon=True).start()
