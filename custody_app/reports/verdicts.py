"""Whether each certificate may be printed, as the engine decided it (RULES.md 6.1).

The engine's Assessment carries one CertificateVerdict per `certificate_issued`
(rules version 2). This module only finds the verdict for a certificate and words
what the engine gives; it decides nothing about the law.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..rules.assessment import Assessment

REFUSING = ("S38_NOT_APPLICABLE", "SECURE_NOT_JUSTIFIED", "IMPRACTICABLE_INVALID_REASON",
            "CERTIFICATE_INCONSISTENT")
STANDING = ("TRANSFER_NOT_REQUESTED", "NOT_ESCALATED")

# What the law requires now, for each reason a certificate is refused: never "amend the record".
REFUSAL_WORDS = {
    "S38_NOT_APPLICABLE": (
        "No s38(6) certificate is needed or possible: the duty did not apply when it was made (it "
        "arises only after charge with bail refused). The child goes before the court by the "
        "deadline that applies."),
    "SECURE_NOT_JUSTIFIED": (
        "Ground (b) is not met for this child (12 or over on the day, a violent or sexual charge, "
        "and recorded reasons why other local authority accommodation would not protect the public "
        "from serious harm). The child should be moved to local authority accommodation; ask the "
        "duty inspector."),
    "IMPRACTICABLE_INVALID_REASON": (
        "Ground (a) needs real circumstances that make the move impracticable; the child's "
        "behaviour, the offence, the lack of a secure place or a risk of serious harm are not such "
        "circumstances. The child should be moved to local authority accommodation; ask the duty "
        "inspector."),
    "CERTIFICATE_INCONSISTENT": (
        "What the certificate says is not what the record shows happened (no matching request or "
        "answer from the local authority). The child should be moved, or the authority asked "
        "again; ask the duty inspector."),
    "TRANSFER_NOT_REQUESTED": (
        "The local authority was not asked for accommodation in time before this certificate. Ask "
        "the authority now; an inspector may record an override with a reason."),
    "NOT_ESCALATED": (
        "The authority's refusal was not escalated in time before this certificate. Escalate now "
        "(duty inspector, superintendent, the authority's senior manager); an inspector may record "
        "an override with a reason."),
}


@dataclass(frozen=True)
class Verdict:
    entry: int  # 1-based
    printable: bool
    findings: tuple[str, ...]  # the refusing codes raised on it
    standing: tuple[str, ...]  # TRANSFER_NOT_REQUESTED / NOT_ESCALATED standing at its own time
    override: Any  # the overriding certificate_endorsed Event, or None
    refusal: tuple[str, ...]  # one plain line per reason

    @property
    def reason_codes(self) -> tuple[str, ...]:
        return self.findings + (() if self.override is not None else self.standing)


def verdict(assessment: Assessment, entry: int) -> Verdict:
    """The engine's verdict on the certificate at 1-based `entry`."""
    for v in getattr(assessment, "certificates", ()):
        if int(v.entry) == entry:
            findings = tuple(c for c in v.findings if c in REFUSING)
            standing = tuple(v.standing)
            codes = findings + (() if v.override is not None else standing)
            refusal = tuple(v.refusal) or tuple(f"{c}: {REFUSAL_WORDS[c]}" for c in codes)
            if len(refusal) == len(codes) and not all(line.startswith(c) for c, line in zip(codes, refusal,
                                                                                                strict=True)):
                refusal = tuple(f"{c}: {line}" for c, line in zip(codes, refusal, strict=True))
            return Verdict(entry, bool(v.printable), findings, standing, v.override, refusal)
    # An engine without certificate verdicts: the findings it raised on this certificate.
    index = entry - 1
    event = assessment.record.events[index]
    codes = tuple(dict.fromkeys(
        f.code for f in assessment.findings
        if f.code in REFUSING and (f.event_index == index or (f.event_index is None and f.at == event.at))))
    return Verdict(entry, not codes, codes, (), None, tuple(f"{c}: {REFUSAL_WORDS[c]}" for c in codes))
