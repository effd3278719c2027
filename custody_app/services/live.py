"""A terminal's link to a shared store: other terminals' entries, and the server going and coming.

`StoreWatch` runs in a thread of its own (no Qt here: the desk wraps its callbacks
in signals, gui/server_link.py). It waits on the store's change feed (LISTEN/NOTIFY
on a suite server) and calls `on_change(numbers)` as soon as another terminal's
entry is committed. When the server cannot be reached it calls `on_down(state)`
once, with words for the terminal (when, which downtime pack to use), tries again
every `retry_s` seconds by itself, and calls `on_up(state)` when it answers again.

`refusal_words` turns the store's refusal of a save into words for the form that
keeps the typed entry; `remember_downtime_pack` / `last_downtime_pack` note (per
terminal, in the user data folder) which downtime pack was printed last.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

PACK_NOTE = "last-downtime-pack.json"


@dataclass(frozen=True)
class LinkState:
    up: bool
    since: datetime | None  # when the server was lost (None: it is there)
    words: str  # what the terminal says, in full


# --- the downtime pack printed last ------------------------------------------------------

def _note_path(folder: Path | None) -> Path:
    from ..paths import data_dir

    return (folder or data_dir()) / PACK_NOTE


def remember_downtime_pack(path: Path | str, at: datetime, folder: Path | None = None) -> None:
    """Note that this terminal printed a downtime pack at `at`: to the file `path` (a Path),
    or as said in `path` (text, e.g. "sent to the printer"). Best effort."""
    note = _note_path(folder)
    where = str(Path(path).resolve()) if isinstance(path, Path) else path
    with contextlib.suppress(OSError):
        note.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = note.with_name(f".{note.name}.{os.getpid()}")
        tmp.write_text(json.dumps({"path": where, "at": at.astimezone(UTC).isoformat()}), encoding="utf-8")
        os.chmod(tmp, 0o600)
        os.replace(tmp, note)


def last_downtime_pack(folder: Path | None = None) -> tuple[Path, datetime] | None:
    try:
        data = json.loads(_note_path(folder).read_text(encoding="utf-8"))
        return Path(data["path"]), datetime.fromisoformat(data["at"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


# --- words -------------------------------------------------------------------------------

def _clock(at: datetime) -> str:
    from ..rules.timecalc import show

    try:
        return str(show(at))
    except Exception:  # noqa: BLE001 - a time that cannot be shown locally: as UTC
        return f"{at.astimezone(UTC):%H:%M} UTC"


def down_words(since: datetime, pack: tuple[Path, datetime] | None) -> str:
    text = (f"The custody server cannot be reached since {_clock(since)}. The board shows the suite as it "
            "was then, read-only. An entry being typed stays in its form: save it again when the server is "
            "back. ")
    if pack is not None:
        text += f"Use the downtime pack printed at {_clock(pack[1])} ({pack[0]})."
    else:
        text += "No downtime pack was printed at this terminal: use the suite's paper forms."
    return text + " Reconnecting by itself…"


def refusal_words(exc: Exception) -> str:
    """The store's refusal of a save, for the form that keeps the typed entry."""
    if getattr(exc, "since", None) is not None:  # pg_engine.ServerDown
        since: datetime = exc.since  # type: ignore[attr-defined]
        if getattr(exc, "uncertain", False):
            return (f"The custody server went away at {_clock(since)} while this entry was being saved: "
                    "when it is back, look at the record before saving it again.")
        return (f"Not saved: the custody server cannot be reached since {_clock(since)}. The entry stays "
                "in this form: save it again when the server is back.")
    text = str(exc)
    return (text[:1].upper() + text[1:]).rstrip(".") + "."


# --- the watch ---------------------------------------------------------------------------

class StoreWatch:
    def __init__(self, target: Any, on_change: Callable[[list[str]], None],
                 on_down: Callable[[LinkState], None], on_up: Callable[[LinkState], None], *,
                 retry_s: float = 2.0, wait_s: float = 1.0, pack_folder: Path | None = None,
                 clock: Callable[[], datetime] | None = None) -> None:
        self.target = str(target)
        self.on_change, self.on_down, self.on_up = on_change, on_down, on_up
        self.retry_s, self.wait_s = retry_s, wait_s
        self.pack_folder = pack_folder
        self.clock = clock or (lambda: datetime.now(UTC))
        self.state = LinkState(True, None, "")
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self.run, name="custody-store-watch", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)

    def run(self) -> None:
        from ..store import StoreError
        from ..store.changes import ChangeFeed

        feed: ChangeFeed | None = None
        try:
            while not self._stop.is_set():
                try:
                    if feed is None:
                        feed = ChangeFeed(self.target)
                        if not self.state.up:
                            self._set(LinkState(True, None, "The custody server is back."))
                            self.on_change([])  # read everything again
                    numbers = feed.wait(self.wait_s)
                    if numbers:
                        self.on_change(numbers)
                except StoreError as exc:
                    if self.state.up:
                        since = getattr(exc, "since", None) or self.clock()
                        self._set(LinkState(False, since, down_words(since, last_downtime_pack(self.pack_folder))))
                    if feed is not None:
                        feed.close()
                        feed = None
                    self._stop.wait(self.retry_s)
        finally:
            if feed is not None:
                feed.close()

    def _set(self, state: LinkState) -> None:
        self.state = state
        (self.on_up if state.up else self.on_down)(state)
