#!/usr/bin/env python3
"""Compile the Designer forms (ui/*.ui), the resources (resources/resources.qrc) and the stylesheet.

Writes custody_app/gui/forms/ui_<name>.py, custody_app/gui/forms/rc_resources.py and
custody_app/gui/forms/stylesheet.py,
which are committed (like Picard); tests/gui/test_forms.py fails when one is stale.
`--check` compares without writing and exits 1 naming the stale files.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
QRC = ROOT / "resources" / "resources.qrc"
QSS = ROOT / "resources" / "style.qss"
OUT = ROOT / "custody_app" / "gui" / "forms"


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6 in this environment")
    return found


def compile_all(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for ui in sorted(UI_DIR.glob("*.ui")):
        target = out / f"ui_{ui.stem}.py"
        subprocess.run([tool("pyside6-uic"), "--from-imports", str(ui), "-o", str(target)], check=True)
        prune_imports(target)
        written.append(target)
    target = out / "rc_resources.py"
    # format version 1 has no file timestamps, so the output depends only on the content
    subprocess.run([tool("pyside6-rcc"), "--format-version", "1", str(QRC), "-o", str(target)], check=True)
    written.append(target)
    target = out / "stylesheet.py"
    # a Python constant, not a Qt resource: reading a resource file through QFile costs the
    # desk's start-up the QFile, QIODevice and QByteArray classes (~4 ms)
    target.write_text(f'"""Generated from resources/style.qss by scripts/build_forms.py: do not edit."""\n\n'
                      f"STYLESHEET = {QSS.read_text(encoding='utf-8')!r}\n", encoding="utf-8")
    written.append(target)
    init = out / "__init__.py"
    init.write_text('"""Generated from ui/*.ui and resources/ by scripts/build_forms.py: do not edit."""\n')
    written.append(init)
    return written


def prune_imports(path: Path) -> None:
    """Drop the Qt names uic imports but the form does not use. PySide6 creates a class
    when it is first imported (QtGui's 16 unused names cost ~10 ms) and the Qt namespace
    with all its enums (~25 ms): the desk's start-up pays only for what it shows."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    lines = source.splitlines(keepends=True)
    for node in reversed(tree.body):
        if not (isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6.")):
            continue
        names = [a.name for a in node.names if a.name in used]
        text = f"from {node.module} import ({', '.join(names)})\n" if names else ""
        assert node.end_lineno is not None
        lines[node.lineno - 1:node.end_lineno] = [text]
    path.write_text("".join(lines), encoding="utf-8")


def _content(path: Path) -> bytes:
    """The generated code without the compiler's version stamp: a patch release of
    PySide6 changes that line and nothing else."""
    return b"\n".join(line for line in path.read_bytes().splitlines()
                       if not line.lstrip(b"# ").startswith((b"Created by: Qt", b"Created by: The Resource Compiler")))


def stale() -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        fresh = compile_all(Path(tmp))
        return [f.name for f in fresh
                if not (OUT / f.name).exists() or _content(OUT / f.name) != _content(f)]


def main(argv: list[str]) -> int:
    if "--check" in argv:
        names = stale()
        if names:
            print("stale generated forms (run `make forms`): " + ", ".join(names))
            return 1
        return 0
    for path in compile_all(OUT):
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
