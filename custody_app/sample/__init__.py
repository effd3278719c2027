"""Seeded, realistic custody records (custody-record/1) for the demo, benchmarks and tests.

Pure Python: no Qt. Every document passes `custody_app.domain.parse_document`.
"""

from .clock import clock_changes
from .demo import demo_documents
from .generate import generate_document, generate_documents
from .knobs import PROFILE_WEIGHTS, PROFILES, Knobs

__all__ = [
    "PROFILES", "PROFILE_WEIGHTS", "Knobs", "clock_changes", "demo_documents", "generate_document",
    "generate_documents",
]
