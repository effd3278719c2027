"""Where the child is held (Code C 8.8) and strip searches (Code C Annex A 11, Annex L)."""

from __future__ import annotations

from ..domain import Event
from .assessment import Finding
from .facts import Facts
from .findings_base import finding
from .timecalc import show

EXEMPT_ROLES = ("healthcare", "appropriate_adult")


def _empty(value: object) -> bool:
    return value is None or not str(value).strip()


def placement(f: Facts) -> list[Finding]:
    out: list[Finding] = []
    for ev in f.all("placement"):
        if ev["location"] in ("juvenile_cell", "adult_cell") and _empty(ev["reason"]):
            where = str(ev["location"]).replace("_", " ")
            article = "an" if where.startswith("adult") else "a"
            out.append(finding("CELL_WITHOUT_REASON", ev.at, f"Placed in {article} {where} with no reason recorded.",
                               event=ev))
        if ev.get("with_adult"):
            out.append(finding("HELD_WITH_ADULT", ev.at, "The child was placed with an adult detainee.", event=ev))
    return out


def strip_searches(f: Facts) -> list[Finding]:
    out: list[Finding] = []
    for ev in f.all("strip_search"):
        out += _search(f, ev)
    return out


def _search(f: Facts, ev: Event) -> list[Finding]:
    n = f"Strip search {show(ev.at)}"
    with_aa = f.with_aa(ev)
    reason_text = ev.get("urgent_without_aa_reason")
    if not f.v11:
        if not with_aa and _empty(reason_text):
            return [finding("STRIP_SEARCH_WITHOUT_AA", ev.at,
                            f"{n} without an appropriate adult and no urgent reason recorded.", event=ev)]
        return []
    out = []
    urgency = ev.get("urgency")
    valid_urgency = urgency is not None and not _empty(reason_text)
    waiver = bool(ev.get("aa_waiver"))
    if not with_aa:
        if not waiver and urgency is None and _empty(reason_text):
            out.append(finding("STRIP_SEARCH_WITHOUT_AA", ev.at,
                               f"{n} without an appropriate adult, with no urgency and no waiver recorded.", event=ev))
        elif not valid_urgency and not waiver:
            missing = "the urgency ground" if urgency is None else "the reason it could not wait"
            out.append(finding("STRIP_SEARCH_URGENCY_UNSUPPORTED", ev.at,
                               f"{n} without an appropriate adult as urgent, but {missing} is not recorded "
                               "(both are needed).", event=ev))
        elif not valid_urgency and waiver:
            problems = []
            if _empty(ev.get("aa_waiver_agreed_by")):
                problems.append("no appropriate adult is recorded as agreeing")
            if not f.aa_present_before(ev):
                problems.append("no appropriate adult was present when the child said so")
            if problems:
                out.append(finding("STRIP_SEARCH_WAIVER_INVALID", ev.at,
                                   f"{n} without an appropriate adult on the child's waiver, but "
                                   f"{'; '.join(problems)}.", event=ev))
    present = ev.get("present") or ()
    exposed = bool(ev.get("intimate_parts_exposed"))
    if exposed and not valid_urgency and len(present) < 2:
        out.append(finding("STRIP_SEARCH_TOO_FEW_PRESENT", ev.at,
                           f"{n} exposed intimate parts with {len(present)} "
                           f"{'person' if len(present) == 1 else 'people'} present (at least two are needed).",
                           event=ev))
    sex = f.record.child.sex
    if exposed and sex in ("female", "male"):
        other = [p for p in present if p["sex"] != sex and p["role"] not in EXEMPT_ROLES]
        if other:
            names = ", ".join(f"{p['name']} ({str(p['role']).replace('_', ' ')})" for p in other)
            out.append(finding("STRIP_SEARCH_OPPOSITE_SEX", ev.at,
                               f"{n} exposed intimate parts with someone of the other sex present: {names}.",
                               event=ev))
    return out
