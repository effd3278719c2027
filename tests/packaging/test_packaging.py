"""The packaging files: the desktop entry and AppStream metainfo validate, the versions agree
with pyproject.toml, the PyInstaller spec takes every data directory, and the Inno Setup
script refers to the bundle the spec produces."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
APP_ID = "uk.police.CustodyApp"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICON = LINUX / f"{APP_ID}.svg"
SPEC = PACKAGING / "custody-app.spec"
ISS = PACKAGING / "windows" / "custody-app.iss"


def _pyproject() -> dict[str, object]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _version() -> str:
    project = _pyproject()["project"]
    assert isinstance(project, dict)
    return str(project["version"])


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (scripts/system-deps.sh installs desktop-file-utils and appstream)")
    return path


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


# --- Linux: the desktop entry and the AppStream metainfo --------------------------------------


def test_desktop_file_validates() -> None:
    tool = _tool("desktop-file-validate")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_validates() -> None:
    tool = _tool("appstreamcli")
    result = subprocess.run([tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_names_the_program_and_icon() -> None:
    entry = _desktop_entry()
    scripts = _pyproject()["project"]["scripts"]  # type: ignore[index]
    assert entry["Exec"].split()[0] in scripts  # the console script of pyproject (custody-app)
    assert entry["Icon"] == APP_ID and ICON.is_file()
    ET.parse(ICON)  # the icon is well-formed SVG
    assert "Office;" in entry["Categories"]


def test_metainfo_agrees_with_pyproject_and_the_desktop_file() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "LicenseRef-proprietary"
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    releases = root.findall("releases/release")
    assert releases, "no release listed"
    assert releases[0].get("version") == _version(), "the newest release must be pyproject's version"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", releases[0].get("date") or "")
    assert [c.text for c in root.findall("categories/category")] == ["Office"]
    assert root.find("content_rating") is not None


def test_changelog_has_the_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## \[{re.escape(_version())}\] - \d{{4}}-\d{{2}}-\d{{2}}$", changelog, re.M)
    release = ET.parse(METAINFO).getroot().find("releases/release")
    assert release is not None and f"[{_version()}] - {release.get('date')}" in changelog


def test_the_gui_names_the_desktop_file() -> None:
    """Wayland and the docks match the window to the .desktop file by this name."""
    calls = [m.group(1) for path in (ROOT / "custody_app" / "gui").rglob("*.py")
             for m in re.finditer(r"setDesktopFileName\(\s*[\"']([^\"']+)[\"']", path.read_text(encoding="utf-8"))]
    if not calls:
        pytest.skip("custody_app/gui does not call QApplication.setDesktopFileName yet "
                    f"(it should be setDesktopFileName({APP_ID!r}))")
    assert set(calls) == {APP_ID}


# --- the PyInstaller spec ---------------------------------------------------------------------


def _spec_value(name: str) -> str:
    match = re.search(rf"^{name} = \"([^\"]+)\"", SPEC.read_text(encoding="utf-8"), re.M)
    assert match, f"{name} not found in {SPEC.name}"
    return match.group(1)


def test_spec_takes_every_data_directory_of_the_package() -> None:
    """Every directory of custody_app holding files other than Python sources is listed in
    the spec's DATA_DIRS (py.typed, for type checkers only, excepted)."""
    spec = SPEC.read_text(encoding="utf-8")
    listed = set(re.findall(r"^\s+\"(custody_app[^\"]*)\",$", spec, re.M))
    package = ROOT / "custody_app"
    needed = set()
    for path in package.rglob("*"):
        if (path.is_file() and "__pycache__" not in path.parts and path.suffix not in (".py", ".pyc")
                and path.name != "py.typed"):
            needed.add(path.parent.relative_to(ROOT).as_posix())
    assert needed, "the package has no data files?"
    assert needed <= listed, f"not in the spec's DATA_DIRS: {sorted(needed - listed)}"
    assert all((ROOT / d).is_dir() for d in listed), "the spec lists a directory that does not exist"


def test_spec_entry_and_names() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    assert _spec_value("APP_NAME") == "custody-app"
    assert _spec_value("DESKTOP_ID") == APP_ID
    assert '"launcher.py"' in spec and (PACKAGING / "launcher.py").is_file()
    assert "custody_app.cli import main" in (PACKAGING / "launcher.py").read_text(encoding="utf-8")
    for needed in ('collect_submodules("custody_app")', 'copy_metadata("custody-app")',
                   'collect_data_files("tzdata")', "PySide6.QtSvg", "PySide6.QtPrintSupport"):
        assert needed in spec, needed
    compile(spec, str(SPEC), "exec")  # valid Python


# --- the Inno Setup script --------------------------------------------------------------------

ISS_SECTIONS = {"Setup", "Types", "Components", "Tasks", "Dirs", "Files", "Icons", "INI", "InstallDelete",
                "Languages", "Messages", "CustomMessages", "LangOptions", "Registry", "Run",
                "UninstallDelete", "UninstallRun", "Code"}


def _iss() -> tuple[dict[str, str], dict[str, list[str]]]:
    """The #define values and the lines of each section, comments dropped."""
    defines: dict[str, str] = {}
    sections: dict[str, list[str]] = {}
    current: str | None = None
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if m := re.fullmatch(r'#define\s+(\w+)\s+"([^"]*)"', line):
            defines[m.group(1)] = m.group(2)
            continue
        if m := re.fullmatch(r"\[(\w+)\]", line):
            current = m.group(1)
            assert current in ISS_SECTIONS, f"unknown section [{current}]"
            assert current not in sections, f"section [{current}] twice"
            sections[current] = []
            continue
        assert current is not None, f"a line before any section: {line}"
        sections[current].append(line)
    return defines, sections


def _expand(value: str, defines: dict[str, str]) -> str:
    return re.sub(r"\{#(\w+)\}", lambda m: defines[m.group(1)], value)


def _params(line: str) -> dict[str, str]:
    out = {}
    for part in re.findall(r'(\w+):\s*("[^"]*"|[^;]+)', line):
        out[part[0]] = part[1].strip().strip('"')
    return out


def test_iss_sections_and_setup() -> None:
    defines, sections = _iss()
    assert {"Setup", "Files", "Icons"} <= set(sections)
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert _expand(setup["AppVersion"], defines) == _version()
    assert _expand(setup["DefaultDirName"], defines) == r"{autopf}\Custody App"
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["AppId"])
    for name, lines in sections.items():
        if name in ("Setup", "Code"):
            continue
        for line in lines:  # every entry is Name: value pairs separated by semicolons
            assert re.match(r"^\w+:\s", line), f"[{name}] {line}"


def test_iss_sources_are_the_bundle_the_spec_makes() -> None:
    defines, sections = _iss()
    app = _spec_value("APP_NAME")
    contents = _spec_value("CONTENTS_DIRECTORY")
    bundle = PACKAGING / "windows" / defines["BundleDir"].replace("\\", "/")
    assert bundle.resolve() == (ROOT / "dist" / app).resolve(), "BundleDir is not the spec's dist folder"
    sources = [_expand(_params(line)["Source"], defines) for line in sections["Files"]]
    assert sources
    allowed = {f"{defines['BundleDir']}\\{app}.exe", f"{defines['BundleDir']}\\{contents}\\*"}
    assert set(sources) == allowed, sources
    # the Start menu shortcut starts the installed program
    icons = [_params(line) for line in sections["Icons"]]
    assert any(i["Name"].startswith("{group}") and _expand(i["Filename"], defines) == f"{{app}}\\{app}.exe"
               for i in icons)
    # the uninstaller never deletes the user data directory
    text = "\n".join(sections.get("UninstallDelete", []) + sections.get("InstallDelete", []))
    assert "{localappdata}" not in text.lower() and "{userappdata}" not in text.lower()
    assert all(_params(line)["Name"].startswith("{app}") for line in sections.get("UninstallDelete", []))


def test_iss_sources_exist_when_the_bundle_was_built() -> None:
    defines, sections = _iss()
    bundle = ROOT / "dist" / _spec_value("APP_NAME")
    if not bundle.is_dir():
        pytest.skip("no dist/custody-app here: run `make bundle` to check the files themselves")
    for line in sections["Files"]:
        source = _expand(_params(line)["Source"], defines).replace(defines["BundleDir"] + "\\", "")
        path = bundle / source.replace("\\", "/").removesuffix("/*").removesuffix(".exe")  # Linux build
        assert path.exists(), f"{source} is not in {bundle}"


# --- the bundle script ------------------------------------------------------------------------


def test_bundle_script_and_make_target() -> None:
    script = ROOT / "scripts" / "bundle.sh"
    subprocess.run(["bash", "-n", str(script)], check=True)
    text = script.read_text(encoding="utf-8")
    assert "packaging/custody-app.spec" in text and "--self-test" in text and "pdftotext" in text
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^bundle:.*\n\tbash scripts/bundle\.sh$", makefile, re.M)
    subprocess.run(["bash", "-n", str(LINUX / "install.sh")], check=True)
