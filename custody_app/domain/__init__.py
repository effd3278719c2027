"""The custody record: frozen data, parsing and validation of custody-record/1."""

from typing import TYPE_CHECKING

from ..lazy import exports

if TYPE_CHECKING:
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

__getattr__, __all__ = exports(__name__, {
    ".age": ("LONDON", "age_on", "london_date"),
    ".model": ("Child", "Event", "Record", "RecordError"),
    ".parse": ("parse_document", "parse_stored", "parse_text"),
    ".timeline": ("apply_corrections", "as_of", "in_time_order"),
})
