"""`custody-app audit` and `status`: the contract checked from outside."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from custody_app.cli import main
from tests.builders import doc, good_pre_charge_events, without

SCENARIOS = Path(__file__).resolve().parents[2].parent / "shared" / "scenarios"
EXAMPLES = sorted(p for p in SCENARIOS.glob("*.json") if not p.name.endswith(".expect.json"))


# without ../shared: one case, skipped by the `shared` mark with the reason (not an empty set)
CASES = [pytest.param(p, id=p.stem) for p in EXAMPLES] or [pytest.param(SCENARIOS, id="no-shared-scenarios")]


@pytest.mark.shared
@pytest.mark.parametrize("path", CASES)
def test_shared_scenarios(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    expect = json.loads(path.with_name(path.stem + ".expect.json").read_text())
    code = main(["audit", str(path), "--json"])
    out = json.loads(capsys.readouterr().out)
    got = [f["code"] for f in out["findings"]]
    assert code == (1 if got else 0)
    assert set(expect["must"]) <= set(got)
    if expect.get("exact"):
        assert set(got) == set(expect["must"])
    assert not set(expect.get("must_not", [])) & set(got)
    ats = [datetime.fromisoformat(f["at"]) for f in out["findings"]]
    assert ats == sorted(ats)
    for f in out["findings"]:
        assert set(f) == {"code", "at", "source", "policy", "message"}
        assert "*" not in f["source"]


@pytest.mark.shared
def test_scenarios_exist() -> None:
    assert len(EXAMPLES) >= 3


def _write(tmp_path: Path, events: list[dict[str, object]]) -> Path:
    p = tmp_path / "r.json"
    p.write_text(json.dumps(doc(events)))
    return p


def test_audit_exit_codes_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = _write(tmp_path, good_pre_charge_events())
    assert main(["audit", str(good), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"custody_number": "WK-26-000001", "findings": [], "warnings": []}
    bad = _write(tmp_path, without(good_pre_charge_events(), "welfare_person_informed"))
    assert main(["audit", str(bad), "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert [f["code"] for f in out["findings"]] == ["WELFARE_NOT_INFORMED"]
    f = out["findings"][0]
    assert f["source"] == "Code C 3.13 (verify); CYPA 1933 s34 (verify)" and f["policy"] == {"welfare_notice_minutes": 60}
    assert datetime.fromisoformat(f["at"]) == datetime.fromisoformat("2026-01-15T11:30:00+00:00")


def test_audit_at_and_policy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = _write(tmp_path, without(good_pre_charge_events(), "welfare_person_informed"))
    assert main(["audit", str(bad), "--json", "--at", "2026-01-15T11:30:00+00:00"]) == 0
    capsys.readouterr()
    assert main(["audit", str(bad), "--json", "--at", "2026-01-15T12:31:00+01:00"]) == 1
    capsys.readouterr()
    policy = tmp_path / "p.json"
    policy.write_text(json.dumps({"welfare_notice_minutes": 600}))
    assert main(["audit", str(bad), "--json", "--policy", str(policy)]) == 0
    capsys.readouterr()


@pytest.mark.parametrize(("args", "words"), [
    (["audit", "{f}", "--at", "yesterday"], "--at"),
    (["audit", "{f}", "--at", "2026-01-15T11:00:00"], "no UTC offset"),
    (["audit", "{f}", "--policy", "{missing}"], "cannot read policy"),
    (["audit", "{badpolicy}", "--policy", "{badpolicy}"], "policy"),
    (["audit", "{missing}"], "No such file"),
    (["status", "{f}", "--at", "nope"], "--at"),
])
def test_refused_arguments_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str],
                                  words: str) -> None:
    f = _write(tmp_path, good_pre_charge_events())
    badpolicy = tmp_path / "bp.json"
    badpolicy.write_text('{"welfare_notice_minutes": "sixty"}')
    names = {"f": str(f), "missing": str(tmp_path / "missing.json"), "badpolicy": str(badpolicy)}
    assert main([a.format(**names) for a in args]) == 2
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err


def test_status_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = _write(tmp_path, good_pre_charge_events())
    assert main(["status", str(f), "--at", "2026-01-15T11:00:00Z", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["stage"] == "pre_charge"
    assert datetime.fromisoformat(out["next_review_due"]) == datetime.fromisoformat("2026-01-15T16:30:00+00:00")
    assert out["relevant_time_rule"]


def test_human_tables(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = _write(tmp_path, without(good_pre_charge_events(), "welfare_person_informed"))
    assert main(["audit", str(f)]) == 1
    out = capsys.readouterr().out
    assert "WELFARE_NOT_INFORMED" in out and "GMT" in out
    assert main(["status", str(f), "--at", "2026-01-15T11:00:00Z"]) == 0
    out = capsys.readouterr().out
    assert "Relevant time" in out and "Next review" in out


def test_help_lists_every_command() -> None:
    out = subprocess.run([sys.executable, "-m", "custody_app.cli", "--help"], capture_output=True, text=True,
                         check=True).stdout
    for command in ("audit", "status", "import", "export", "verify", "backup", "restore", "certificate",
                    "summary", "report", "screenshots"):
        assert f"    {command}" in out


def test_no_traceback_on_garbage(tmp_path: Path) -> None:
    p = tmp_path / "g.json"
    p.write_bytes(b"\x00\x01not json")
    r = subprocess.run([sys.executable, "-m", "custody_app.cli", "audit", str(p), "--json"],
                       capture_output=True, text=True)
    assert r.returncode == 2 and "Traceback" not in r.stderr and "not" in r.stderr
