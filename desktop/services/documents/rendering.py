"""The DOCX of a batch rendered in order, in worker processes for large batches."""

from __future__ import annotations

from desktop.documents import engine
from desktop.documents.library import LetterTemplate
from desktop.services.documents.common import Cancelled, _m


def _render_pool(processes: int):
    import concurrent.futures
    import multiprocessing

    return concurrent.futures.ProcessPoolExecutor(
        max_workers=processes,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=engine.limit_worker,
    )  # memory ceiling of the template renders


def _render_all(
    template: LetterTemplate,
    items,
    envelope,
    source: bytes,
    processes: int,
    cancelled: Cancelled,
    pool=None,
):
    """Yield (item, docx bytes) in order; in ``processes`` worker processes when more
    than one (in ``pool`` when given: it is left running). Stops early when
    ``cancelled()``; a faulty template raises ``TemplateProblem`` (it is wrong for
    every tenant)."""
    if processes <= 1 and pool is None:
        for item in items:
            if cancelled():
                return
            yield item, engine.render_bytes(template, item[2], envelope=envelope, source=source)
        return
    import collections

    window: collections.deque = collections.deque()
    own_pool = pool is None
    if own_pool:
        pool = _render_pool(processes)

    def result(future):
        status, value = future.result()
        if status != "ok":
            raise engine.TemplateProblem(template.name, _m("{detail}", detail=value))
        return value

    try:
        for item in items:
            if cancelled():
                return
            window.append(
                (item, pool.submit(engine.render_job, template, item[2], envelope, source))
            )
            if len(window) >= processes * 8:
                done_item, future = window.popleft()
                yield done_item, result(future)
        while window:
            if cancelled():
                return
            done_item, future = window.popleft()
            yield done_item, result(future)
    finally:
        if own_pool:
            pool.shutdown(wait=True, cancel_futures=True)
        else:
            for _item, future in window:
                future.cancel()
