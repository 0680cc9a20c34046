"""Build the one-folder bundle: `python tools/build_bundle.py` -> dist/koperasi/.

dist/koperasi/koperasi-app (the desktop app) and dist/koperasi/koperasi (the command line),
with `.exe` on Windows, beside the Qt plugins, the fonts and the Indonesian translation.
Prints the bundle's size and what dominates it. On Linux it also packs
dist/koperasi-VERSION-linux-x86_64.tar.gz with a .desktop file and the icon, and, where
dpkg-deb exists, a .deb. Needs PyInstaller (`pip install -e '.[bundle]'`).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "koperasi.spec"
DIST = ROOT / "dist"
BUNDLE = DIST / "koperasi"

# Qt plugin folders the program needs; everything else under plugins/ is pruned.
QT_PLUGINS = {
    "platforms",
    "imageformats",
    "printsupport",
    "styles",
    "iconengines",
    "platformthemes",
    "platforminputcontexts",
    "xcbglintegrations",
    "tls",
    "generic",
    "wayland-shell-integration",
    "wayland-decoration-client",
    "wayland-graphics-integration-client",
}
# Qt libraries pulled in by plugins we do not use (QtQuick/QML through some platform
# themes, WebEngine, 3D): removing them keeps the bundle small. Matched by name prefix.
UNUSED_QT_LIBS = (
    "libQt6Quick",
    "libQt6Qml",
    "libQt6WebEngine",
    "libQt63D",
    "libQt6Multimedia",
    "libQt6VirtualKeyboard",
    "Qt6Quick",
    "Qt6Qml",
    "Qt6WebEngine",
    "Qt63D",
    "Qt6Multimedia",
    "Qt6VirtualKeyboard",
    "Qt6Pdf Quick",
)


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]


def exe(name: str) -> str:
    return f"{name}.exe" if os.name == "nt" else name


def size_of(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def prune(bundle: Path) -> int:
    """Remove Qt plugin folders and libraries the program never loads; returns bytes freed."""
    freed = 0
    internal = bundle / "_internal"
    for plugins in internal.rglob("plugins"):
        if not plugins.is_dir() or "PySide6" not in plugins.parts:
            continue
        for folder in plugins.iterdir():
            if folder.is_dir() and folder.name not in QT_PLUGINS:
                freed += size_of(folder)
                shutil.rmtree(folder)
    for lib in internal.rglob("*"):
        if lib.is_file() and lib.name.startswith(UNUSED_QT_LIBS):
            freed += lib.stat().st_size
            lib.unlink()
    for translations in internal.rglob("translations"):
        if "PySide6" in translations.parts and translations.is_dir():
            for qm in translations.glob("*.qm"):
                # Qt ships no Indonesian; keep English-free Qt base strings out entirely.
                if not qm.name.startswith(("qtbase_id", "qt_id")):
                    freed += qm.stat().st_size
                    qm.unlink()
    return freed


def report(bundle: Path) -> None:
    total = size_of(bundle)
    print(f"bundle: {bundle} {total / 2**20:.1f} MB in {sum(1 for _ in bundle.rglob('*'))} files")
    biggest: dict[str, int] = {}
    for f in bundle.rglob("*"):
        if f.is_file() and not f.is_symlink():
            key = f.name if f.stat().st_size > 4 * 2**20 else f.parent.name + "/…"
            biggest[key] = biggest.get(key, 0) + f.stat().st_size
    print("largest parts:")
    for name, size in sorted(biggest.items(), key=lambda kv: -kv[1])[:12]:
        print(f"  {size / 2**20:7.1f} MB  {name}")


def linux_packages(bundle: Path) -> list[Path]:
    made = []
    ver = version()
    arch = platform.machine() or "x86_64"
    stage = DIST / f"koperasi-{ver}"
    if stage.exists():
        shutil.rmtree(stage)
    shutil.copytree(bundle, stage / "koperasi", symlinks=True)
    shutil.copy(ROOT / "packaging" / "linux" / "koperasi.desktop", stage / "koperasi.desktop")
    shutil.copy(ROOT / "resources" / "icons" / "koperasi.png", stage / "koperasi.png")
    shutil.copy(ROOT / "packaging" / "linux" / "INSTALL.txt", stage / "INSTALL.txt")
    tarball = DIST / f"koperasi-{ver}-linux-{arch}.tar.gz"
    with tarfile.open(tarball, "w:gz") as tar:
        tar.add(stage, arcname=stage.name)
    shutil.rmtree(stage)
    made.append(tarball)
    if shutil.which("dpkg-deb"):
        made.append(debian_package(bundle, ver))
    return made


def debian_package(bundle: Path, ver: str) -> Path:
    """A plain .deb: the bundle in /opt/koperasi, launchers in /usr/bin, menu entry, icon."""
    root = DIST / "deb"
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(bundle, root / "opt" / "koperasi", symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    for name in ("koperasi", "koperasi-app"):
        (root / "usr" / "bin" / name).symlink_to(f"/opt/koperasi/{name}")
    apps = root / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    desktop = (ROOT / "packaging" / "linux" / "koperasi.desktop").read_text("utf-8")
    (apps / "koperasi.desktop").write_text(
        desktop.replace("Exec=koperasi/koperasi-app", "Exec=/usr/bin/koperasi-app"), "utf-8"
    )
    icons = root / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps"
    icons.mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "icons" / "koperasi.png", icons / "koperasi.png")
    (root / "DEBIAN").mkdir()
    arch = {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())
    (root / "DEBIAN" / "control").write_text(
        f"Package: koperasi\nVersion: {ver}\nArchitecture: {arch}\n"
        "Maintainer: Koperasi <koperasi@localhost>\nSection: office\nPriority: optional\n"
        "Description: Bookkeeping for village farmers' cooperatives\n"
        " Deliveries, collective sales, payouts, savings, loans and the annual report (RAT).\n",
        "utf-8",
    )
    deb = DIST / f"koperasi_{ver}_{arch}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "--build", str(root), str(deb)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    shutil.rmtree(root)
    return deb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-packages", action="store_true", help="only the folder")
    args = parser.parse_args(argv)
    started = time.monotonic()
    if BUNDLE.exists():
        shutil.rmtree(BUNDLE)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(ROOT / "build" / "pyinstaller"),
            str(SPEC),
        ],
        check=True,
        cwd=ROOT,
    )
    for name in ("koperasi", "koperasi-app"):
        if not (BUNDLE / exe(name)).exists():
            print(f"missing from the bundle: {exe(name)}", file=sys.stderr)
            return 1
    freed = prune(BUNDLE)
    print(f"pruned {freed / 2**20:.1f} MB of unused Qt plugins and libraries")
    report(BUNDLE)
    if sys.platform.startswith("linux") and not args.no_packages:
        for made in linux_packages(BUNDLE):
            print(f"package: {made} {made.stat().st_size / 2**20:.1f} MB")
    print(f"built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
