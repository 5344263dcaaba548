"""Build the Point B one-folder bundle, pack it and test it: what `make package` runs.

    python packaging/build.py [--no-test] [--no-archive]

Steps (each timed):
  1. icons: packaging/make_icons.py when a generated icon is missing;
  2. PyInstaller with packaging/pointb.spec into dist/pointb/ (work files in build/);
  3. Linux: the install scripts beside the program, and
     dist/pointb-<version>-linux-<machine>.tar.gz holding the pointb/ folder;
  4. packaging/test_frozen.py against dist/pointb/ (selftest, demo, export to PDF).

Runs with the Python that has PyInstaller installed (`pip install -e ".[package]"`).
Works on Windows and macOS too (no archive there; see docs/packaging.md).
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
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "pointb"
BUILD_TIMEOUT = 15 * 60


def project_version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


def step(title: str) -> float:
    print(f"\n== {title}", flush=True)
    return time.perf_counter()


def done(started: float) -> float:
    elapsed = time.perf_counter() - started
    print(f"   ({elapsed:.1f} s)", flush=True)
    return elapsed


def run(cmd: list[str], timeout: float) -> None:
    print("   $ " + " ".join(cmd), flush=True)
    subprocess.run(cmd, cwd=ROOT, check=True, timeout=timeout)


def archive_name(version: str) -> str:
    system = {"linux": "linux", "darwin": "macos", "win32": "windows"}.get(
        sys.platform, sys.platform
    )
    machine = platform.machine().lower() or "unknown"
    machine = {"amd64": "x86_64", "arm64": "aarch64"}.get(machine, machine)
    return f"pointb-{version}-{system}-{machine}.tar.gz"


def write_archive(bundle: Path, target: Path) -> None:
    """A .tar.gz whose single top folder is `pointb/` (permissions and symlinks kept)."""
    partial = target.with_name(target.name + ".partial")
    with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname="pointb")
    partial.replace(target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build, pack and test the Point B bundle.")
    parser.add_argument("--no-test", action="store_true", help="skip packaging/test_frozen.py")
    parser.add_argument("--no-archive", action="store_true", help="skip the .tar.gz")
    args = parser.parse_args(argv)

    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("build.py: PyInstaller is missing; run: pip install -e '.[package]'", file=sys.stderr)
        return 2

    version = project_version()
    total = time.perf_counter()
    timings: dict[str, float] = {}

    started = step("icons")
    run([sys.executable, str(PACKAGING / "make_icons.py"), "--if-missing"], timeout=300)
    timings["icons"] = done(started)

    started = step(f"PyInstaller: Point B {version} into {BUNDLE.relative_to(ROOT)}")
    env_log = os.environ.get("PYINSTALLER_LOG_LEVEL", "WARN")
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            env_log,
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK),
            str(PACKAGING / "pointb.spec"),
        ],
        timeout=BUILD_TIMEOUT,
    )
    timings["pyinstaller"] = done(started)

    if sys.platform.startswith("linux"):
        for script in ("install-linux.sh", "uninstall-linux.sh"):
            shutil.copy2(PACKAGING / script, BUNDLE / script)
    size = sum(p.stat().st_size for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"   bundle: {BUNDLE} ({size / 2**20:.0f} MB)")

    if sys.platform.startswith("linux") and not args.no_archive:
        target = DIST / archive_name(version)
        started = step(f"archive: {target.relative_to(ROOT)}")
        write_archive(BUNDLE, target)
        timings["archive"] = done(started)
        print(f"   {target} ({target.stat().st_size / 2**20:.0f} MB)")

    result = 0
    if not args.no_test:
        started = step("frozen test")
        result = subprocess.run(
            [sys.executable, str(PACKAGING / "test_frozen.py"), "--bundle", str(BUNDLE)],
            cwd=ROOT,
            timeout=600,
            check=False,
        ).returncode
        timings["test"] = done(started)

    summary = ", ".join(f"{name} {seconds:.0f} s" for name, seconds in timings.items())
    print(
        f"\npackage: {'ok' if result == 0 else 'FROZEN TEST FAILED'} "
        f"in {time.perf_counter() - total:.0f} s ({summary})"
    )
    return result


if __name__ == "__main__":
    raise SystemExit(main())
