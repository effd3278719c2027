"""Whether each certificate may be printed, as the engine decided it (RULES.md 6.1).

The engine's Assessment carries one CertificateVerdict per `certificate_issued`;
this module only finds the verdict for a certificate. It decides nothing about the law.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..rules.assessment import Assessment


@dataclass(frozen=True)
class Verdict:
    entry: int  # 1-based
    printable: bool
    findings: tuple[str, ...]  # the refusing codes raised on it
    standing: tuple[str, ...]  # TRANSFER_NOT_REQUESTED / NOT_ESCALATED standing at its own time
    override: Any  # the overriding certificate_endorsed Event, or None
    refusal: tuple[str, ...]  # one plain line per reason, then what the law requires now

    @property
    def reason_codes(self) -> tuple[str, ...]:
        """The codes that stop it printing (standing findings count only without an override)."""
        return self.findings + (() if self.override is not None or self.printable else self.standing)


def verdict(assessment: Assessment, entry: int) -> Verdict:
    """The engine's verdict on the certificate at 1-based `entry`."""
    for v in assessment.certificates:
        if v.entry == entry:
            return Verdict(entry, v.printable, tuple(v.findings), tuple(v.standing), v.override, tuple(v.refusal))
    raise LookupError(f"the engine gave no verdict on entry {entry}")
