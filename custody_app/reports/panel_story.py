"""What the scrutiny report prints: each figure with its definition, counts and rates,
certificates by whether they could be printed, breakdowns, charts and the worst cases."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date, datetime

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from ..rules import codes
from ..rules.timecalc import show
from . import words as W
from .charts import binned, histogram
from .fonts import REGULAR
from .layout import BODY_WIDTH, grid, para, section, text
from .panel_row import ScrutinyRow

WORST_LISTED = 10
AA_EDGES = (0, 30, 60, 120, 240, 480)
AA_LABELS = ("<30", "30–59", "60–119", "120–239", "240–479", "480+")
CHARGE_EDGES = (0, 2, 4, 8, 12, 24)
CHARGE_LABELS = ("<2", "2–4", "4–8", "8–12", "12–24", "24+")
GROUND_LETTER = {"impracticable": "ground (a)", "no_secure_accommodation": "ground (b)"}
SEX_WORDS = {"female": "female", "male": "male", "not_known": "not recorded"}


def day(d: date) -> str:
    return f"{d.day} {d:%B %Y}"


def rate(part: int, whole: int) -> str:
    return "—" if whole == 0 else f"{100 * part / whole:.1f}%"


def _minutes(v: float | None) -> str:
    if v is None:
        return "—"
    h, m = divmod(int(round(v)), 60)
    return f"{h} h {m} min" if h else f"{m} min"


def _hours(v: float | None) -> str:
    return "—" if v is None else f"{v:.1f} h"


def _code_title(code: str) -> str:
    try:
        return codes.title(code)
    except KeyError:
        return ""


def _codes(values: Sequence[str]) -> Paragraph:
    unique = list(dict.fromkeys(values))
    return para("<br/>".join(text(c) for c in unique) if unique else "none", "code", markup=True)


def _stat(rows: Sequence[ScrutinyRow], value: Callable[[ScrutinyRow], float | int | None],
          fmt: Callable[[float | None], str]) -> list[object]:
    have = [(v, r) for r in rows if (v := value(r)) is not None]
    if not have:
        return ["0", "—", "—", "—"]
    median = statistics.median(v for v, _ in have)
    worst, worst_row = max(have, key=lambda p: (p[0], p[1].custody_number))
    return [str(len(have)), fmt(median), fmt(worst), worst_row.custody_number]


def story(rows: Sequence[ScrutinyRow], date_from: date, date_to: date, judged_at: datetime) -> list[Flowable]:
    n = len(rows)
    out: list[Flowable] = [
        para("Scrutiny report: children in police custody", "title"),
        para(f"Detentions of children whose arrival at the station (else the arrest) fell between "
             f"{day(date_from)} and {day(date_to)} inclusive (UK calendar days). Findings and certificates "
             f"judged at {show(judged_at)}: a child still detained then is judged as the record stood. "
             "Durations are elapsed time.", "subtitle"),
    ]
    out += _headline(rows)
    out += _certificates(rows)
    out += _breakdowns(rows)
    out += _waits(rows)
    out += _charts(rows)
    out += _findings(rows)
    out += _worst(rows)
    if not n:
        out.append(para("No detention of a child arrived in this period."))
    return out


def _headline(rows: Sequence[ScrutinyRow]) -> list[Flowable]:
    n = len(rows)
    children = len({r.child_key for r in rows})
    charged = [r for r in rows if r.charged]
    refused = [r for r in rows if r.bail_refused]
    requested = [r for r in refused if r.la_requests_secure or r.la_requests_non_secure]
    secure_req = [r for r in rows if r.la_requests_secure]
    non_secure_req = [r for r in rows if r.la_requests_non_secure]
    with_refusal = [r for r in rows if r.la_refusals]
    escalated = [r for r in rows if r.escalations]
    to_secure = [r for r in refused if r.transferred_to == "la_secure"]
    to_non_secure = [r for r in refused if r.transferred_to == "la_non_secure"]
    overnight = [r for r in rows if r.overnight]
    overnight_charged = [r for r in charged if r.overnight_after_charge]
    overnight_refused = [r for r in refused if r.overnight_after_charge]
    answers = [r.first_answer_minutes for r in rows if r.first_answer_minutes is not None]
    with_findings = [r for r in rows if r.findings]
    table: list[list[object]] = [["Figure", "Count", "Rate", "Definition (the rate's base)"]]

    def add(name: str, count: int, base: int | None, definition: str) -> None:
        table.append([name, str(count), rate(count, base) if base is not None else "", definition])

    add("Detentions", n, None, "each custody record: one detention of a child (age under 18, or appearing so)")
    add("Children", children, None, "different children (same surname, forenames and date of birth)")
    add("Looked after", sum(1 for r in rows if r.looked_after), n,
        "in local authority care or accommodated under Children Act 1989 s20; of detentions")
    add("Held overnight", len(overnight), n, "at least 4 hours between 00:00 and 08:00 UK time "
        "(Europe/London) on one night; of detentions")
    add("Charged", len(charged), n, "charged at the station; of detentions")
    add("Held overnight after charge", len(overnight_charged), len(charged),
        "overnight (as above) after the first charge; of those charged")
    add("Refused bail after charge", len(refused), len(charged),
        "the s38(6) duty arose (bail refused, or no decision recorded in time); of those charged")
    add("Refused bail and held overnight after charge", len(overnight_refused), len(refused),
        "of those refused bail")
    add("Local authority asked for accommodation", len(requested), len(refused), "at least one request; of "
        "those refused bail")
    add("Asked for non-secure accommodation", len(non_secure_req), n, "at least one non-secure request; of detentions")
    add("Asked for secure accommodation", len(secure_req), n, "at least one secure request; of detentions")
    add("The authority said it could not provide", len(with_refusal), len(requested) or None,
        "at least one answer 'not provided'; of those asked")
    add("Escalated", len(escalated), len(with_refusal) or None,
        "at least one escalation (inspector, superintendent, the authority's senior manager); of those refused "
        "by the authority")
    add("Moved to non-secure local authority accommodation", len(to_non_secure), len(refused),
        "transferred to non-secure accommodation; of those refused bail")
    add("Moved to secure local authority accommodation", len(to_secure), len(refused),
        "transferred to secure accommodation; of those refused bail")
    add("Detentions with at least one finding", len(with_findings), n, "RULES.md section 3; of detentions")
    median = _minutes(statistics.median(answers)) if answers else "—"
    table.append(["The authority's answer time (median)", median, "",
                  f"first request to the first answer, over {len(answers)} detentions with an answer"])
    return section("1. Figures, each with its definition", grid(table, [3.4, 0.9, 0.9, 5.3]))


def _certificates(rows: Sequence[ScrutinyRow]) -> list[Flowable]:
    certs = [c for r in rows for c in r.certificates]
    printable = [c for c in certs if c.printable]
    reasons: Counter[str] = Counter(code for c in certs if not c.printable for code in dict.fromkeys(c.reasons))
    table: list[list[object]] = [["Certificates (s38(6))", "Count", "Rate", "Definition"]]
    table.append(["Made", str(len(certs)), "", "each certificate_issued entry in the period's records"])
    for ground in ("impracticable", "no_secure_accommodation"):
        k = sum(1 for c in certs if c.ground == ground)
        table.append([f"  {W.GROUND_SHORT[ground]}", str(k), rate(k, len(certs)), "of those made"])
    table.append(["Printable", str(len(printable)), rate(len(printable), len(certs)),
                  "the application would print it (RULES.md 6.1); of those made"])
    table.append(["Not printable", str(len(certs) - len(printable)), rate(len(certs) - len(printable), len(certs)),
                  "refused by the application: never counted as issued to a court; of those made"])
    for code, k in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0])):
        table.append([para(f"  because {code}", "code"), str(k), rate(k, len(certs)), _code_title(code)])
    stated: Counter[str] = Counter(x for c in certs for x in dict.fromkeys(c.stated))
    for reason, k in sorted(stated.items(), key=lambda kv: (-kv[1], kv[0])):
        table.append([f"Reason given: {W.word(W.CERTIFICATE_REASONS, reason)}", str(k), rate(k, len(certs)),
                      "certificates giving this reason (one may give several); of those made"])
    return section("2. Certificates: printable or not, and why", grid(table, [3.4, 0.9, 0.9, 5.3]))


def _breakdown(rows: Sequence[ScrutinyRow], title: str, key: Callable[[ScrutinyRow], str],
               order: Sequence[str] | None = None) -> Table:
    groups: dict[str, list[ScrutinyRow]] = {}
    for r in rows:
        groups.setdefault(key(r), []).append(r)
    names = [g for g in (order or sorted(groups)) if g in groups]
    table: list[list[object]] = [[title, "Detentions", "Overnight", "Charged", "Bail refused",
                                  "Moved to LA", "Certificates", "With findings"]]
    for name in names:
        g = groups[name]
        k = len(g)
        refused = [r for r in g if r.bail_refused]
        table.append([name, str(k),
                      f"{sum(r.overnight for r in g)} ({rate(sum(r.overnight for r in g), k)})",
                      f"{sum(r.charged for r in g)}",
                      f"{len(refused)}",
                      f"{sum(r.transferred_to_la for r in refused)} ({rate(sum(r.transferred_to_la for r in refused), len(refused))})",
                      f"{sum(len(r.certificates) for r in g)}",
                      f"{sum(bool(r.findings) for r in g)} ({rate(sum(bool(r.findings) for r in g), k)})"])
    return grid(table, [1.9, 1.4, 1.55, 1.1, 1.1, 1.45, 1.45, 1.55])


def _breakdowns(rows: Sequence[ScrutinyRow]) -> list[Flowable]:
    note = para("Overnight: at least 4 hours between 00:00 and 08:00 UK time on one night; rate of the row's "
                "detentions. Moved to LA: transferred to local authority accommodation; rate of those refused "
                "bail. Certificates: all made, printable or not.", "small")
    out: list[Flowable] = []
    out += section("3. By age at arrival", _breakdown(rows, "Age", lambda r: r.age_band,
                                                       ["under 10", "10–13", "14–15", "16", "17", "not known"]), note)
    out += section("4. By sex", _breakdown(rows, "Sex", lambda r: SEX_WORDS.get(r.sex, r.sex),
                                           ["female", "male", "not recorded"]))
    out += section("5. By looked-after status", _breakdown(
        rows, "Looked after", lambda r: "looked after" if r.looked_after else "not looked after",
        ["looked after", "not looked after"]))
    out += section("6. By suite", _breakdown(rows, "Suite", lambda r: r.suite))
    out += section("7. By month of arrival", _breakdown(rows, "Month", lambda r: r.month))
    return out


def _waits(rows: Sequence[ScrutinyRow]) -> list[Flowable]:
    charged = [r for r in rows if r.charged]
    refused = [r for r in rows if r.bail_refused]
    stats: list[list[object]] = [["Measure", "Detentions", "Median", "Longest", "Longest case"]]
    stats.append(["Appropriate adult: first request to arrival", *_stat(rows, lambda r: r.aa_wait_minutes, _minutes)])
    stats.append(["Charge to leaving, refused bail", *_stat(refused, lambda r: r.hours_charge_to_departure, _hours)])
    stats.append(["Charge to leaving, all charged", *_stat(charged, lambda r: r.hours_charge_to_departure, _hours)])
    stats.append(["Arrival to leaving, all", *_stat(rows, lambda r: r.hours_in_custody, _hours)])
    return section("8. Waits and time in custody", grid(stats, [4.2, 1.3, 1.4, 1.4, 2.2]))


def _charts(rows: Sequence[ScrutinyRow]) -> list[Flowable]:
    refused = [r for r in rows if r.bail_refused]
    aa_waits = [float(r.aa_wait_minutes) for r in rows if r.aa_wait_minutes is not None]
    after_charge = [v for r in refused if (v := r.hours_charge_to_departure) is not None]
    months = sorted({r.month for r in rows})
    charts = Table([
        [histogram("Appropriate adult waits", AA_LABELS, binned(aa_waits, AA_EDGES),
                   "minutes from the first request to arrival", "detentions", width=BODY_WIDTH, height=150)],
        [histogram("Time after charge, bail refused", CHARGE_LABELS, binned(after_charge, CHARGE_EDGES),
                   "hours from charge to leaving the suite", "detentions", width=BODY_WIDTH, height=150)],
        [histogram("Detentions by month of arrival", [m[2:] for m in months],
                   [sum(1 for r in rows if r.month == m) for m in months],
                   "month of arrival (YY-MM, UK time)", "detentions", width=BODY_WIDTH, height=150)],
    ], hAlign="LEFT")
    charts.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
    return section("9. Charts", charts)


def _findings(rows: Sequence[ScrutinyRow]) -> list[Flowable]:
    counts: Counter[str] = Counter()
    children: Counter[str] = Counter()
    sources: dict[str, str] = {}
    for r in rows:
        for code, source in r.findings:
            counts[code] += 1
            sources.setdefault(code, source)
        for code in set(r.finding_codes):
            children[code] += 1
    if not counts:
        return section("10. Findings by code", para("No findings in the period."))
    table: list[list[object]] = [["Code", "Finding", "Findings", "Detentions", "Rate", "Source"]]
    for code, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        table.append([para(code, "code"), _code_title(code), str(count), str(children[code]),
                      rate(children[code], len(rows)), sources[code]])
    return section("10. Findings by code (rate: of detentions)", grid(table, [3.5, 2.5, 1.15, 1.4, 0.9, 1.9]))


def _worst(rows: Sequence[ScrutinyRow]) -> list[Flowable]:
    out: list[Flowable] = []
    worst_aa = sorted((r for r in rows if r.aa_wait_minutes is not None),
                      key=lambda r: (-(r.aa_wait_minutes or 0), r.custody_number))[:WORST_LISTED]
    if worst_aa:
        table: list[list[object]] = [["Custody number", "Suite", "Arrived", "AA wait", "Findings"]]
        for r in worst_aa:
            table.append([r.custody_number, r.suite, show(r.arrived_at), _minutes(r.aa_wait_minutes),
                          _codes(r.finding_codes)])
        out += section("11. The longest waits for an appropriate adult", grid(table, [1.9, 1.6, 2.6, 1.2, 3.5]))
    refused = [r for r in rows if r.bail_refused]
    worst_charge = sorted((r for r in refused if r.hours_charge_to_departure is not None),
                          key=lambda r: (-(r.hours_charge_to_departure or 0.0), r.custody_number))[:WORST_LISTED]
    if worst_charge:
        table = [["Custody number", "Suite", "Charged", "Hours after charge", "Moved to LA", "Certificates"]]
        for r in worst_charge:
            certs = "; ".join(GROUND_LETTER.get(c.ground, c.ground) + ("" if c.printable else " (not printable)")
                              for c in r.certificates) or "none"
            table.append([r.custody_number, r.suite, show(r.charged_at), _hours(r.hours_charge_to_departure),
                          W.yes_no(r.transferred_to_la), certs])
        out += section("12. The longest detentions after charge, children refused bail",
                       grid(table, [1.9, 1.6, 2.6, 1.3, 1.1, 2.2]))
    return out
