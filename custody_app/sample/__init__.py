"""Seeded, realistic custody records for the demo, benchmarks and tests: custody-record/1,
or custody-record/1.1 with `v11=True` (the same detention, upgraded: upgrade.py).

Pure Python: no Qt. Every document passes `custody_app.domain.parse_document`.
"""

from .clock import clock_changes
from .demo import demo_documents
from .generate import generate_document, generate_documents
from .knobs import PROFILE_WEIGHTS, PROFILES, Knobs
from .upgrade import FORMAT_11, upgrade_document

__all__ = [
    "FORMAT_11", "PROFILES", "PROFILE_WEIGHTS", "Knobs", "clock_changes", "demo_documents", "generate_document",
    "generate_documents", "upgrade_document",
]
