"""The custody record: frozen data, parsing and validation of custody-record/1."""

from .age import LONDON, age_on, london_date
from .model import Child, Event, Record, RecordError
from .parse import parse_document, parse_stored, parse_text
from .timeline import apply_corrections, as_of, in_time_order

__all__ = [
    "LONDON", "Child", "Event", "Record", "RecordError", "age_on", "apply_corrections", "as_of",
    "in_time_order", "london_date", "parse_document", "parse_stored", "parse_text",
]
