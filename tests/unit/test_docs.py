"""The project's own account of the rules stays true: every code is written up, and the
README's example audit is what the command prints."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from custody_app.cli import main
from custody_app.rules.codes import all_codes, warning_codes
from custody_app.rules.due import DUE_CODES

ROOT = Path(__file__).resolve().parents[2]


def test_every_finding_warning_and_due_code_is_in_docs_rules() -> None:
    text = (ROOT / "docs" / "rules.md").read_text("utf-8")
    for code in (*all_codes(), *warning_codes()):
        assert f"| `{code}` |" in text, code
    for code in DUE_CODES:
        assert f"| `{code}` |" in text, code


def test_docs_never_link_outside_the_repository() -> None:
    for path in [ROOT / "README.md", *(ROOT / "docs").glob("*.md")]:
        assert "../shared" not in path.read_text("utf-8"), path


def test_readme_example_audit_is_what_the_command_prints(capsys: pytest.CaptureFixture[str]) -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    block = re.search(r"\$ custody-app audit (docs/examples/\S+)\n(.*?)```", readme, re.S)
    assert block is not None
    assert main(["audit", str(ROOT / block.group(1))]) == 1
    assert capsys.readouterr().out == block.group(2)
