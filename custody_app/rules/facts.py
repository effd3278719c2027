"""The facts every rule reads, gathered once: the record as of an instant, in time order."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from ..domain import Event, Record, as_of
from ..domain.age import age_on, london_date
from .policy import Policy


@dataclass
class Facts:
    record: Record
    now: datetime
    policy: Policy
    whole_record: bool  # an audit without --at: the whole record, judged as it stands
    events: tuple[Event, ...]  # corrected, in time order, none after `now` (unless whole_record)
    by_type: dict[str, list[Event]] = field(default_factory=dict)
    position: dict[int, int] = field(default_factory=dict)  # listed index -> position in `events`
    _presence_counts: list[int] | None = None

    @property
    def arrest(self) -> Event:
        return self.by_type["arrested"][0]

    def first(self, etype: str) -> Event | None:
        found = self.by_type.get(etype)
        return found[0] if found else None

    def all(self, etype: str) -> list[Event]:
        return self.by_type.get(etype, [])

    @property
    def authorised(self) -> Event | None:
        return self.first("detention_authorised")

    @property
    def arrival(self) -> Event | None:
        return self.first("arrived_at_station")

    @property
    def leaving(self) -> Event | None:
        candidates = [e for e in (self.first("released"), self.first("transferred")) if e is not None]
        return min(candidates, key=self.pos) if candidates else None

    @property
    def left_at(self) -> datetime | None:
        ev = self.leaving
        return ev.at if ev else None

    @property
    def end(self) -> datetime:
        """Duties run to the moment the child left, or to now."""
        left = self.left_at
        return left if left is not None else self.now

    def missed(self, deadline: datetime) -> bool:
        """A deadline is missed only once the clock has passed it, and only before the child left."""
        return deadline < self.end

    def pos(self, ev: Event) -> int:
        return self.position[ev.index]

    def before(self, a: Event, b: Event) -> bool:
        """a comes before b in time order (equal times keep the listed order)."""
        return self.pos(a) < self.pos(b)

    @property
    def first_charge(self) -> Event | None:
        return self.first("charged")

    def is_pre_charge(self, ev: Event) -> bool:
        charge = self.first_charge
        return charge is None or self.before(ev, charge)

    def age_on_instant(self, instant: datetime) -> int | None:
        dob = self.record.child.date_of_birth
        return None if dob is None else age_on(dob, london_date(instant))

    @property
    def age_at_arrival(self) -> int | None:
        anchor = self.arrival or self.arrest
        return self.age_on_instant(anchor.at)

    @property
    def age_at_charge(self) -> int | None:
        charge = self.first_charge
        return None if charge is None else self.age_on_instant(charge.at)

    @property
    def v11(self) -> bool:
        return self.record.is_v11

    def aa_present_before(self, ev: Event) -> bool:
        """Is an AA present at this event, judged just before it in at order?"""
        counts = self._presence_counts
        if counts is None:
            counts = self._presence_counts = _presence_counts(self.events)
        return counts[self.pos(ev)] > 0

    def with_aa(self, ev: Event) -> bool:
        """The event's `aa_present`, as every rule reads it: an entry that says the AA was
        present when none was counts as made without the AA (AA_PRESENCE_CONTRADICTED)."""
        return bool(ev["aa_present"]) and self.aa_present_before(ev)

    def derived_category(self, charge: Event) -> str | None:
        """RULES.md section 7: from the offence codes and the table; None when not derivable."""
        codes = charge.get("offence_codes") or ()
        table = self.policy.offence_table
        rows = [table.get(c) for c in codes]
        found = [r.category for r in rows if r is not None]
        if "violent" in found:
            return "violent"
        if "sexual" in found:
            return "sexual"
        if codes and all(r is not None for r in rows):
            return "other"
        return None

    def shows_violent_or_sexual(self, charge: Event) -> bool:
        """A charge shows a violent or sexual offence: by the offence table in 1.1, by the
        officer's category label in a 1.0 record."""
        if self.v11:
            return self.derived_category(charge) in ("violent", "sexual")
        return charge["category"] in ("violent", "sexual")

    def arrest_shows_indictable(self) -> bool:
        arrest = self.arrest
        if arrest.get("indictable") is True:
            return True
        table = self.policy.offence_table
        return any((row := table.get(c)) is not None and row.indictable for c in arrest.get("offence_codes") or ())

    def aa_presences(self, stop: int | None = None) -> list[str]:
        """The names of the AAs present just before position `stop` (None: after every event).

        RULES.md section 3, "Who is present": each aa_arrived starts a presence for its name;
        an aa_left ends the presence of the same name (after trimming white space) or, if it
        names no one present, the presence that started earliest. Two AAs may overlap.
        """
        present: list[str] = []
        for other in self.events[:stop]:
            if not other.known:
                continue
            if other.type == "aa_arrived":
                present.append(str(other["name"]).strip())
            elif other.type == "aa_left" and present:
                name = str(other["name"]).strip()
                present.remove(name if name in present else present[0])
        return present

def _presence_counts(events: tuple[Event, ...]) -> list[int]:
    """How many AAs are present just before each position (and after the last, at the end)."""
    present: list[str] = []
    counts = []
    for ev in events:
        counts.append(len(present))
        if not ev.known:
            continue
        if ev.type == "aa_arrived":
            present.append(str(ev["name"]).strip())
        elif ev.type == "aa_left" and present:
            name = str(ev["name"]).strip()
            present.remove(name if name in present else present[0])
    counts.append(len(present))
    return counts


def gather(record: Record, now: datetime, policy: Policy, whole_record: bool = False) -> Facts:
    events = as_of(record, None if whole_record else now)
    if whole_record:
        # an audit never ends before the record does (every event of a known type counts)
        last = max((e.at for e in events if e.known), default=None)
        if last is not None and last > now:
            now = last
    by_type: dict[str, list[Event]] = defaultdict(list)
    for ev in events:
        if ev.known:
            by_type[ev.type].append(ev)
    position = {ev.index: i for i, ev in enumerate(events)}
    return Facts(record, now, policy, whole_record, events, dict(by_type), position)
