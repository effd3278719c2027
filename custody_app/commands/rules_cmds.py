"""`custody-app audit` and `custody-app status`: the engine's verdict on one record."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime

from ..domain import RecordError
from ..domain.fields import parse_instant
from ..rules import Assessment, Finding, Policy, PolicyError, evaluate
from ..rules.codes import title
from ..rules.timecalc import show
from .source import SourceError, load_record


class Refused(Exception):
    pass


def _policy(args: argparse.Namespace) -> Policy:
    if not args.policy:
        return Policy()
    try:
        return Policy.load(args.policy)
    except PolicyError as exc:
        raise Refused(str(exc)) from None


def _instant(text: str) -> datetime:
    try:
        return parse_instant(text, "--at")
    except RecordError as exc:
        raise Refused(str(exc)) from None


def _assess(args: argparse.Namespace, at: str | None) -> Assessment:
    policy = _policy(args)
    when = _instant(at) if at else None
    try:
        record = load_record(args)
    except SourceError as exc:
        raise Refused(str(exc)) from None
    if when is None:
        return evaluate(record, datetime.now(UTC), policy, whole_record=True)
    return evaluate(record, when, policy)


def run_audit(args: argparse.Namespace) -> int:
    try:
        a = _assess(args, args.at)
    except Refused as exc:
        print(f"custody-app audit: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(a.audit_json(), indent=1, ensure_ascii=False))
    else:
        print(audit_table(a))
    return 1 if a.findings else 0


def run_status(args: argparse.Namespace) -> int:
    try:
        a = _assess(args, args.at)
    except Refused as exc:
        print(f"custody-app status: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(a.status_json(), indent=1, ensure_ascii=False))
    else:
        print(status_table(a))
    return 0


def _heading(a: Assessment) -> list[str]:
    c = a.record.child
    age = f", {a.age_at_arrival} at arrival" if a.age_at_arrival is not None else ", age in doubt"
    return [f"{a.record.custody_number}  {c.forenames} {c.surname.upper()}{age}  ({a.record.suite})"]


def audit_table(a: Assessment) -> str:
    lines = _heading(a)
    if not a.findings:
        lines.append("No findings.")
    else:
        lines.append(f"{len(a.findings)} finding{'s' if len(a.findings) != 1 else ''}:")
        lines += _listed(a.findings)
    if a.warnings:
        lines.append(f"{len(a.warnings)} warning{'s' if len(a.warnings) != 1 else ''} (for a person to read; "
                     "they do not change the exit status):")
        lines += _listed(a.warnings)
    return "\n".join(lines)


def _listed(found: tuple[Finding, ...]) -> list[str]:
    width = max(len(f.code) for f in found)
    lines = []
    for f in found:
        lines.append(f"  {show(f.at):<26} {f.code:<{width}}  {f.message}")
        lines.append(f"  {'':<26} {'':<{width}}  ({title(f.code)}; {f.source})")
    return lines


_STAGES = {"pre_charge": "pre-charge", "post_charge": "charged", "left": "left custody"}


def status_table(a: Assessment) -> str:
    lines = _heading(a)
    lines.append(f"As at            {show(a.now)}   stage: {_STAGES[a.stage]}"
                 + (f" ({a.left_how})" if a.left_how else ""))
    lines.append(f"Relevant time    {show(a.relevant_time)}   {a.relevant_time_rule}")
    lines.append(f"Detention limit  {show(a.detention_limit) if a.detention_limit else 'none now'}")
    if a.detention_limit_applied is not None and a.detention_limit is None:
        met = {True: "met", False: "EXCEEDED", None: "still running"}[a.detention_limit_met]
        lines.append(f"Limit applied    {show(a.detention_limit_applied)} ({met})")
    if a.s38 is not None:
        how = "no bail decision recorded: bail counted as refused" if a.s38.deemed else "bail refused after charge"
        lines.append(f"PACE s38(6)      applies since {show(a.s38.since)} ({how}; clocks from {show(a.s38.anchor)})")
    lines.append(f"Next review      {show(a.next_review_due) if a.next_review_due else 'none now'}")
    if a.due:
        lines.append("Due:")
        for d in a.due:
            when = show(d.due) if d.due else "before the child leaves"
            flag = "OVERDUE " if d.overdue else ""
            lines.append(f"  {flag:<8}{when:<26} {d.label} [{d.code}]")
    if a.findings:
        lines.append(f"Findings so far: {', '.join(f.code for f in a.findings)}")
    if a.warnings:
        lines.append(f"Warnings: {', '.join(w.code for w in a.warnings)}")
    return "\n".join(lines)
