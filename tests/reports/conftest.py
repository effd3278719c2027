"""Shared records and readers for the document tests."""

from __future__ import annotations

import copy
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from custody_app.domain import Record, parse_document

DATA = Path(__file__).parent / "data"
Doc = dict[str, Any]


def load_doc(name: str) -> Doc:
    return json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))


def event(doc: Doc, event_id: str) -> dict[str, Any]:
    return next(e for e in doc["events"] if e.get("id") == event_id)


def pdf_pages(data: bytes) -> list[str]:
    """The text of every page, as pypdf extracts it."""
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def pdf_text(data: bytes) -> str:
    """All the text, whitespace collapsed, so wrapped phrases can be searched for."""
    return " ".join(" ".join(pdf_pages(data)).split())


def assert_a4_fonts_embedded(data: bytes) -> None:
    """Every page A4; every font DejaVu Sans with its TrueType program embedded."""
    for page in PdfReader(io.BytesIO(data)).pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            assert "DejaVuSans" in str(font["/BaseFont"]), font["/BaseFont"]
            inner = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            assert "/FontFile2" in inner["/FontDescriptor"].get_object()


@pytest.fixture
def secure_doc() -> Doc:
    """A child of 16 charged with wounding with intent, refused bail, secure bed refused:
    a lawful certificate on ground (b)."""
    return load_doc("secure_justified")


@pytest.fixture
def make_record() -> Callable[[Doc], Record]:
    return lambda doc: parse_document(copy.deepcopy(doc))
