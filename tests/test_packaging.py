"""The installer, the bundle spec and the Windows workflow name only files that exist.

Without a built bundle these check the repository side; with one (KOPERASI_BUNDLE=dist/koperasi,
as .ci/run sets after `tools/build_bundle.py`) every file the installer takes from the bundle
must be in it.
"""

from __future__ import annotations

import configparser
import os
import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ISS = ROOT / "packaging" / "windows" / "koperasi.iss"
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"
SPEC = ROOT / "packaging" / "koperasi.spec"
DESKTOP = ROOT / "packaging" / "linux" / "koperasi.desktop"


def iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text("utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            sections[current] = []
        elif current:
            sections[current].append(line)
    return sections


def iss_defines() -> dict[str, str]:
    return dict(re.findall(r'#define (\w+) "([^"]*)"', ISS.read_text("utf-8")))


def setup_values() -> dict[str, str]:
    return dict(line.split("=", 1) for line in iss_sections()["Setup"])


def expand(text: str) -> str:
    for name, value in iss_defines().items():
        text = text.replace("{#" + name + "}", value)
    return text


def file_sources() -> list[str]:
    sources = []
    for line in iss_sections()["Files"]:
        match = re.search(r'Source: "([^"]+)"', line)
        assert match, line
        sources.append(expand(match.group(1)))
    return sources


def test_installer_is_per_user_and_refuses_old_windows():
    setup = setup_values()
    assert setup["PrivilegesRequired"] == "lowest"
    major, minor, build = (int(x) for x in setup["MinVersion"].split("."))
    assert (major, minor, build) >= (10, 0, 17763)  # Qt 6 needs Windows 10 1809
    assert "{autopf}" in setup["DefaultDirName"]


def test_installer_files_outside_the_bundle_exist():
    base = ISS.parent
    for source in file_sources():
        if "dist\\koperasi" not in source:
            assert (base / source.replace("\\", "/")).exists(), source
    setup = setup_values()
    assert (base / setup["SetupIconFile"].replace("\\", "/")).exists()


def test_books_open_in_the_app_and_survive_uninstall():
    registry = "\n".join(iss_sections()["Registry"])
    assert 'Subkey: "Software\\Classes\\.koperasi"' in registry
    assert "DefaultIcon" in registry and "%1" in registry
    # uninstall must not delete the user's books: nothing under Documents is installed
    text = ISS.read_text("utf-8")
    assert "{userdocs}" not in text and "[UninstallDelete]" not in text


def test_workflow_runs_scripts_that_exist():
    text = WORKFLOW.read_text("utf-8")
    for script in re.findall(r"python (tools/\w+\.py)", text):
        assert (ROOT / script).exists(), script
    assert "tools/build_bundle.py" in text and "tools/smoke_bundle.py" in text
    iscc = re.search(r"iscc .*?(packaging\\windows\\koperasi\.iss)", text)
    assert iscc and (ROOT / iscc.group(1).replace("\\", "/")).exists()
    assert "runs-on: windows" in text


def test_spec_ships_what_the_program_reads():
    text = SPEC.read_text("utf-8")
    for folder in ('resources" / "fonts', 'resources" / "icons', 'resources" / "guide'):
        assert folder in text
    for needed in (
        "fonts/DejaVuSans.ttf",
        "i18n/koperasi_id.qm",
        "icons/koperasi.png",
        "guide/id/01-hari-pertama.md",
        "guide/en/img/setoran.png",
    ):
        assert (ROOT / "resources" / needed).exists(), needed
    assert "QtWebEngineCore" in text  # excluded


def test_linux_desktop_entry():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"].split()[0].endswith("koperasi-app")
    assert desktop["Icon"] == "koperasi"
    assert desktop["Type"] == "Application"


def test_version_is_stamped_from_pyproject():
    version = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    assert "AppVersion" in ISS.read_text("utf-8")
    assert "steps.version.outputs.version" in WORKFLOW.read_text("utf-8")
    assert re.fullmatch(r"\d+\.\d+\.\d+", version)


BUNDLE = os.environ.get("KOPERASI_BUNDLE")


@pytest.mark.skipif(not BUNDLE, reason="no built bundle (KOPERASI_BUNDLE unset)")
def test_every_file_the_installer_takes_is_in_the_bundle():
    bundle = Path(BUNDLE or "")
    for source in file_sources():
        if "dist\\koperasi" not in source:
            continue
        relative = source.split("dist\\koperasi\\", 1)[1].replace("\\", "/")
        if relative.endswith("/*"):
            folder = bundle / relative[:-2]
            assert folder.is_dir() and any(folder.iterdir()), relative
            continue
        if os.name != "nt":
            relative = relative.removesuffix(".exe")
        assert (bundle / relative).is_file(), relative
    internal = bundle / "_internal"
    assert (internal / "resources" / "i18n" / "koperasi_id.qm").is_file()
    assert (internal / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert not list(internal.rglob("*WebEngine*")), "QtWebEngine must not be bundled"
    assert not list(internal.rglob("pytest*")), "test packages must not be bundled"
