"""One table of words for the screen and the paper; no internal names on screen."""

from __future__ import annotations

import re

from custody_app.domain.schema import EVENT_TYPES
from custody_app.gui.labels import event_label, summary
from custody_app.reports import words as paper

from .test_one_source import RECORDS


def test_the_screen_and_the_paper_name_every_event_alike() -> None:
    from custody_app.words import EVENT_LABELS

    for event_type in EVENT_TYPES:
        assert event_type in EVENT_LABELS, f"no words for {event_type}"
        assert event_label(event_type) == paper.title(event_type), event_type
        assert "_" not in event_label(event_type)


def test_the_timeline_shows_no_field_or_code_names() -> None:
    internal = re.compile(r"\b[a-z]+_[a-z_]+\b")
    for record in RECORDS:
        for ev in record.events:
            text = summary(ev.type, ev.fields)
            names = [w for w in internal.findall(text) if w not in str(ev.fields.get("note", ""))]
            assert not names, (ev.type, text)


def test_a_correction_is_shown_in_words() -> None:
    text = summary("correction", {"corrects": "d1", "fields": {"aa_present": True, "location": "juvenile_cell"},
                                  "reason": "typed wrong"})
    assert "appropriate adult present now yes" in text
    assert "juvenile cell" in text and "aa_present" not in text and "True" not in text
