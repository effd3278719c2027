"""The documents, as PDF bytes (reportlab; free of Qt): the s38(6) detention certificate,
the record summary and the scrutiny report (with its CSV).

Used by the command line and by the application's print preview. Importing this
package is cheap: reportlab is loaded only when a document is made.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .certificate import (
        CertificateRefused as CertificateRefused,
        certificate_pdf as certificate_pdf,
        check_certificate as check_certificate,
    )
    from .panel_csv import CSV_COLUMNS as CSV_COLUMNS
    from .panel_row import (
        ScrutinyRow as ScrutinyRow,
        scrutiny_row as scrutiny_row,
    )
    from .scrutiny import (
        period_bounds as period_bounds,
        scrutiny_csv as scrutiny_csv,
        scrutiny_pdf as scrutiny_pdf,
        scrutiny_rows as scrutiny_rows,
    )
    from .summary import summary_pdf as summary_pdf

_WHERE = {
    "CertificateRefused": "certificate",
    "certificate_pdf": "certificate",
    "check_certificate": "certificate",
    "summary_pdf": "summary",
    "scrutiny_pdf": "scrutiny",
    "scrutiny_csv": "scrutiny",
    "scrutiny_rows": "scrutiny",
    "period_bounds": "scrutiny",
    "CSV_COLUMNS": "panel_csv",
    "ScrutinyRow": "panel_row",
    "scrutiny_row": "panel_row",
    "data_dictionary": "panel_csv",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
