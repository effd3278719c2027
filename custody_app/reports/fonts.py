"""The fonts every document uses: DejaVu Sans, shipped with the package and embedded.

Registered once per process (parsing a TrueType file costs tens of
milliseconds); reportlab embeds only the glyphs a document uses.
"""

from __future__ import annotations

import threading
from pathlib import Path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

FONT_DIR = Path(__file__).resolve().parent.parent / "data" / "fonts"

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register DejaVu Sans and its bold with reportlab (idempotent, thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        pdfmetrics.registerFont(TTFont(REGULAR, str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
        _registered = True
