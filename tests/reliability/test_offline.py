"""Offline (issue 7): the application and every command run with no network at all, and
never try to reach one; fonts, help and icons ship inside the package.

Each command runs in a network namespace with no interfaces (`unshare -n`, when this
machine allows it) and, in every case, with sockets refused by a sitecustomize that
records any attempt. Files opened outside the package, the Python installation and the
test's folder are recorded too: none may be a font, an icon or a help file.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import EXAMPLES, HERE, PYTHON, ROOT, Stopwatch, subprocess_env, write_figures

pytestmark = pytest.mark.slow

PACKAGE = ROOT / "custody_app"
SITE = HERE / "offline_site"
RESOURCE_SUFFIXES = {".ttf", ".otf", ".ttc", ".pfb", ".afm", ".png", ".svg", ".ico", ".qss", ".html", ".md",
                     ".qm", ".json"}


def _unshare_works() -> bool:
    tool = shutil.which("unshare")
    if tool is None:
        return False
    try:
        return subprocess.run([tool, "-n", "true"], capture_output=True, timeout=10, check=False).returncode == 0
    except OSError:
        return False


UNSHARE = _unshare_works()


def _commands(tmp: Path) -> list[tuple[str, list[str]]]:
    db = str(tmp / "custody.sqlite3")
    folder = tmp / "records"
    folder.mkdir()
    records = [shutil.copy(p, folder / p.name) for p in EXAMPLES]  # the inputs, in the test's folder
    bailed = next(str(p) for p in records if "bailed" in str(p))
    secure = next(str(p) for p in records if "secure" in str(p))
    number = "EX-26-000001"
    return [
        ("audit", ["audit", bailed, "--json"]),
        ("status", ["status", bailed, "--at", "2026-03-29T02:00:00+00:00", "--json"]),
        ("import", ["import", str(folder), "--db", db]),
        ("export", ["export", number, "--db", db, "-o", str(tmp / "export.json")]),
        ("verify", ["verify", "--db", db]),
        ("backup", ["backup", "--db", db, "--to", str(tmp / "backup.sqlite3")]),
        ("restore", ["restore", str(tmp / "backup.sqlite3"), "--db", db]),
        ("certificate", ["certificate", secure, "-o", str(tmp / "certificate.pdf")]),
        ("summary", ["summary", number, "--db", db, "-o", str(tmp / "summary.pdf")]),
        ("report", ["report", "--from", "2026-01-01", "--to", "2026-12-31", "--db", db, "-o",
                    str(tmp / "report.pdf"), "--csv", str(tmp / "report.csv")]),
        ("downtime-pack", ["downtime-pack", "--db", db, "--at", "2026-03-29T02:00:00+00:00", "-o",
                           str(tmp / "downtime.pdf")]),
        ("handover", ["handover", "--db", db, "--at", "2026-03-29T02:00:00+00:00", "-o", str(tmp / "handover.pdf")]),
        ("self-test", ["--self-test"]),
    ]


def _allowed_places(tmp: Path) -> list[str]:
    places = {str(PACKAGE), str(tmp), sys.prefix, sys.base_prefix, sys.exec_prefix, str(HERE),
              "/proc", "/dev", "/sys", "/etc/localtime", "/usr/share/zoneinfo", "/tmp"}
    return sorted(places)


def test_every_command_runs_with_no_network_and_tries_none(tmp_path: Path) -> None:
    watch = Stopwatch()
    attempts, opens = tmp_path / "attempts.log", tmp_path / "opens.log"
    home = tmp_path / "home"
    home.mkdir()
    env = subprocess_env(
        PYTHONPATH=os.pathsep.join([str(SITE), str(ROOT)]), OFFLINE_ATTEMPTS=str(attempts),
        OFFLINE_OPENS=str(opens), OFFLINE_ALLOWED=os.pathsep.join(_allowed_places(tmp_path)),
        HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_STATE_HOME=str(home / "state"),
        XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"), TMPDIR=str(tmp_path),
        http_proxy="http://192.0.2.1:9", https_proxy="http://192.0.2.1:9")
    prefix = ["unshare", "-n"] if UNSHARE else []
    ran = []
    for name, argv in _commands(tmp_path):
        proc = subprocess.run([*prefix, PYTHON, "-m", "custody_app.cli", *argv], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=120, check=False)
        ok = {"audit": (0, 1)}.get(name, (0,))
        assert proc.returncode in ok, f"{name}: exit {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
        assert "Traceback" not in proc.stderr, proc.stderr
        ran.append(name)
    assert not attempts.exists(), attempts.read_text(encoding="utf-8")
    outside = sorted(set(opens.read_text(encoding="utf-8").split())) if opens.exists() else []
    resources = [p for p in outside if Path(p).suffix.lower() in RESOURCE_SUFFIXES]
    assert resources == [], f"read from outside the package: {resources}"
    write_figures("offline", {"commands": ran, "network_namespace": UNSHARE, "network_attempts": 0,
                              "files_opened_outside_the_package": outside, "seconds": watch.seconds})


def test_the_sitecustomize_does_catch_an_attempt(tmp_path: Path) -> None:
    """The guard itself works: a connection attempt is refused and recorded."""
    attempts = tmp_path / "attempts.log"
    env = subprocess_env(PYTHONPATH=os.pathsep.join([str(SITE), str(ROOT)]), OFFLINE_ATTEMPTS=str(attempts))
    code = ("import socket, urllib.request\n"
            "for f in (lambda: socket.create_connection(('192.0.2.1', 80), timeout=1),\n"
            "          lambda: socket.getaddrinfo('example.org', 80),\n"
            "          lambda: socket.socket().connect(('192.0.2.1', 80))):\n"
            "    try: f()\n"
            "    except OSError: pass\n")
    subprocess.run([PYTHON, "-c", code], env=env, check=True, timeout=60)
    assert len(attempts.read_text(encoding="utf-8").splitlines()) == 3


def test_the_pdfs_embed_dejavu_from_the_package(tmp_path: Path) -> None:
    from pypdf import PdfReader

    from custody_app.reports import fonts
    from custody_app.reports.certificate import certificate_pdf
    from custody_app.reports.facts import record_end
    from custody_app.reports.summary import summary_pdf
    from tests.store.conftest import example_record

    assert Path(fonts.FONT_DIR).resolve().is_relative_to(PACKAGE.resolve())
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LICENSE.txt"):
        assert (PACKAGE / "data" / "fonts" / name).is_file()
    record = example_record("example_bailed")
    pdfs = [summary_pdf(record, record_end(record), whole_record=True),
            certificate_pdf(example_record("example_secure_justified"))]
    for data in pdfs:
        path = tmp_path / "doc.pdf"
        path.write_bytes(data)
        reader = PdfReader(path)
        names: set[str] = set()
        embedded = 0
        for page in reader.pages:
            res = page.get("/Resources")
            fonts_dict = res.get_object().get("/Font") if res else None
            for ref in (fonts_dict.get_object().values() if fonts_dict else []):
                font = ref.get_object()
                names.add(str(font.get("/BaseFont")))
                for desc in [font.get("/FontDescriptor")] + [d.get_object().get("/FontDescriptor")
                                                             for d in font.get("/DescendantFonts", [])]:
                    if desc is not None and "/FontFile2" in desc.get_object():
                        embedded += 1
        assert names and all("DejaVu" in n for n in names), names
        assert embedded >= 1


@pytest.mark.gui
def test_icons_and_stylesheet_are_compiled_into_the_package() -> None:
    pytest.importorskip("PySide6")
    from PySide6.QtCore import QDir, QFile

    from custody_app.gui import style  # noqa: F401  (registers the resources)

    icons = QDir(":/custody/icons").entryList()
    assert icons, "no icons in the compiled resources"
    used = set()
    for source in (PACKAGE / "gui").rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        used |= {part.split('"')[0] for part in text.split('icon("')[1:]}
    for name in sorted(n for n in used if n.isidentifier()):
        assert QFile.exists(f":/custody/icons/{name}.svg"), name
    assert not [p for p in PACKAGE.rglob("*.py") if "/usr/share/icons" in p.read_text(encoding="utf-8")]
