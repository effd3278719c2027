"""The scrutiny report's rows loaded from a store: every detention that arrived in a period,
judged by the engine, in one process per core (each opens the store for its share)."""

from __future__ import annotations

from datetime import UTC, datetime

from ..reports.panel_row import ScrutinyRow
from ..reports.scrutiny import scrutiny_rows
from ..rules.policy import Policy


def _rows_part(db_path: str, start: datetime, end: datetime, now: datetime, policy: Policy,
               part: int, parts: int, suite: str | None = None) -> list[ScrutinyRow]:
    from ..store import open_store

    with open_store(db_path, create=False) as store:
        return scrutiny_rows(store.records_arrived_between(start, end, part=part, parts=parts, suite=suite),
                             now, policy)


def scrutiny_rows_from_store(db_path: str, start: datetime, end: datetime, now: datetime,
                             policy: Policy, *, min_parallel: int = 200,
                             suite: str | None = None) -> list[ScrutinyRow]:
    """The rows of every detention that arrived in [start, end), loading and judging the
    records in one process per core: parsing and evaluating a year of a busy suite is most
    of the report's time."""
    import os

    from ..store import open_store

    with open_store(db_path, create=False) as store:
        count = store.count_arrived_between(start, end, suite)
        workers = min(os.cpu_count() or 1, 4)
        if count < min_parallel or workers < 2:
            return scrutiny_rows(store.records_arrived_between(start, end, suite=suite), now, policy)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(max_workers=workers - 1, mp_context=context) as pool:
        futures = [pool.submit(_rows_part, db_path, start, end, now, policy, part, workers, suite)
                   for part in range(1, workers)]
        rows = _rows_part(db_path, start, end, now, policy, 0, workers, suite)  # this process takes a share too
        rows += [row for f in futures for row in f.result()]
    rows.sort(key=lambda r: (r.arrived_at or datetime.max.replace(tzinfo=UTC), r.custody_number))
    return rows
