"""The custody record: frozen data, parsing and validation of custody-record/1."""

from .age import (
    LONDON as LONDON,
    age_on as age_on,
    london_date as london_date,
)
from .model import (
    Child as Child,
    Event as Event,
    Record as Record,
    RecordError as RecordError,
)
from .parse import (
    parse_document as parse_document,
    parse_stored as parse_stored,
    parse_text as parse_text,
)
from .timeline import (
    apply_corrections as apply_corrections,
    as_of as as_of,
    in_time_order as in_time_order,
)

__all__ = [
    "Child",
    "Event",
    "LONDON",
    "Record",
    "RecordError",
    "age_on",
    "apply_corrections",
    "as_of",
    "in_time_order",
    "london_date",
    "parse_document",
    "parse_stored",
    "parse_text",
]
