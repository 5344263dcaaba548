"""Test the frozen bundle the way a facilitator's machine would run it (run by `make package`).

    python packaging/test_frozen.py [--bundle dist/pointb]

Runs the bundled program (never the source tree) in an empty temporary folder with its own
data and config folders, offscreen, and checks:
  - `pointb --version` prints the version in pyproject.toml (package metadata is bundled);
  - the bundle holds the fonts, icons, archetypes, agenda templates and Qt platform
    plugins, and not the PDF image plugin whose libQt6Pdf is missing;
  - `pointb selftest` opens the GUI offscreen, renders every board, exits 0, and Qt
    reports no plugin that failed to load;
  - `pointb demo X.pointb`, then `pointb export X.pointb --to X.pdf` exit 0, and the PDF's
    text has the demo's ideas (taken from `pointb export X.pointb --to X.json`); the same
    for the Russian demo, which needs the bundled Cyrillic fonts.
Every check runs even when an earlier one fails; exit 1 if any failed. Each command has a
time limit. Not part of `make test` (it needs a built bundle).

Text comes out of the PDF with pypdf when it is installed, else poppler's pdftotext.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
IS_WINDOWS = sys.platform == "win32"
# Qt messages that mean part of the bundle is missing or broken
QT_LOAD_FAILURES = re.compile(
    r"Cannot load library|Could not load the Qt platform plugin|could not be loaded|"
    r"Could not find the Qt platform plugin|undefined symbol|cannot open shared object",
    re.IGNORECASE,
)


# harmless offscreen chatter, left out of failure messages
QT_NOISE = re.compile(r"This plugin does not support propagateSizeHints")


class CheckFailed(Exception):
    pass


class Frozen:
    """Runs the bundled program in a sandbox folder."""

    def __init__(self, bundle: Path, work: Path) -> None:
        name = "pointb-cli.exe" if IS_WINDOWS else "pointb"
        self.program = bundle / name
        self.bundle = bundle
        self.work = work
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("PYTHON", "QT_", "VIRTUAL_ENV", "POINTB_"))
        }
        env.update(
            QT_QPA_PLATFORM="offscreen",
            POINTB_DATA_DIR=str(work / "data"),
            XDG_CONFIG_HOME=str(work / "config"),
            XDG_DATA_HOME=str(work / "share"),
            XDG_CACHE_HOME=str(work / "cache"),
            XDG_RUNTIME_DIR=str(work / "runtime"),
            PYTHONDONTWRITEBYTECODE="1",
        )
        for key in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
            Path(env[key]).mkdir(mode=0o700, parents=True, exist_ok=True)
        self.env = env

    def run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        cmd = [str(self.program), *args]
        print(f"   $ pointb {' '.join(args)}", flush=True)
        try:
            result = subprocess.run(
                cmd,
                cwd=self.work,
                env=self.env,
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise CheckFailed(f"pointb {' '.join(args)}: no exit within {timeout:.0f} s") from exc
        for stream in (result.stdout, result.stderr):
            for line in stream.strip().splitlines()[-12:]:
                print(f"     | {line}")
        return result

    def ok(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        result = self.run(*args, timeout=timeout)
        if result.returncode != 0:
            lines = [ln for ln in result.stderr.strip().splitlines() if not QT_NOISE.search(ln)]
            tail = (lines or ["(no message)"])[-1]
            status = f"exit {result.returncode}"
            if result.returncode < 0:
                with contextlib.suppress(ValueError):
                    status = f"killed by {signal.Signals(-result.returncode).name}"
            raise CheckFailed(f"pointb {' '.join(args)}: {status}: {tail}")
        return result


def expected_version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


def check_version(app: Frozen) -> str:
    out = app.ok("--version", timeout=60).stdout.strip()
    want = f"pointb {expected_version()}"
    if out != want:
        raise CheckFailed(f"--version printed {out!r}, pyproject says {want!r}")
    return out


def _internal(bundle: Path) -> Path:
    return bundle / "_internal" if (bundle / "_internal").is_dir() else bundle


def bundled_font_files() -> list[str]:
    """resources/fonts/... of every font and licence file Point B ships."""
    from app.about import BUNDLED_FONTS

    names = {name for font in BUNDLED_FONTS for name in (*font.files, font.licence_name)}
    return [f"resources/fonts/{name}" for name in sorted(names)]


def check_contents(app: Frozen) -> str:
    inside = _internal(app.bundle)
    wanted = [
        # Every bundled font and its licence: the PDF's fallback faces too (Help > About
        # lists the same files from app.about.BUNDLED_FONTS).
        *bundled_font_files(),
        "resources/archetypes.json",
        "resources/locale/ru/LC_MESSAGES/pointb.mo",
        "resources/icons/pointb-256.png",
        "resources/icons/pointb.svg",
        "app/room_server/static/phone.html",
        "app/room_server/static/phone.js",
        "app/room_server/static/phone.css",
    ]
    missing = [name for name in wanted if not (inside / name).is_file()]
    if not list((inside / "workshops").glob("*.toml")):
        missing.append("workshops/*.toml")
    # copy_metadata("pointb") brings pointb-X.dist-info, or pointb.egg-info from an
    # editable install in the source tree; importlib.metadata reads either
    metadata = [
        *inside.glob("pointb-*.dist-info/METADATA"),
        *inside.glob("pointb*.egg-info/PKG-INFO"),
    ]
    if not metadata:
        missing.append("pointb package metadata (dist-info or egg-info)")
    # Help > About reads the bundled libraries' versions from their metadata
    dist_infos = {p.name.split("-")[0].lower() for p in inside.glob("*.dist-info")}
    for dist in ("pyside6_essentials", "sqlmodel", "sqlalchemy", "reportlab", "pillow"):
        if dist not in dist_infos:
            missing.append(f"{dist} package metadata")
    plugins = inside / "PySide6" / "Qt" / "plugins"
    platform_plugins = {p.name for p in (plugins / "platforms").glob("*")}
    if sys.platform.startswith("linux"):
        for name in ("libqoffscreen.so", "libqxcb.so", "libqwayland.so"):
            if name not in platform_plugins:
                missing.append(f"Qt platform plugin {name}")
    elif not platform_plugins:
        missing.append("Qt platform plugins")
    if missing:
        raise CheckFailed("missing from the bundle: " + ", ".join(missing))
    pdf_plugin = [p.name for p in (plugins / "imageformats").glob("*qpdf*")]
    if pdf_plugin:
        raise CheckFailed(f"the PDF image plugin is bundled (its libQt6Pdf is not): {pdf_plugin}")
    extras = sorted(p.name for p in (inside / "resources").iterdir())
    return f"resources: {', '.join(extras)}; platforms: {', '.join(sorted(platform_plugins))}"


def check_selftest(app: Frozen) -> str:
    result = app.ok("selftest", timeout=180)
    failures = [line for line in result.stderr.splitlines() if QT_LOAD_FAILURES.search(line)]
    if failures:
        raise CheckFailed("Qt could not load part of the bundle: " + " / ".join(failures[:3]))
    if "selftest passed" not in result.stdout:
        raise CheckFailed("selftest exited 0 but did not print 'selftest passed'")
    boards = sum(1 for line in result.stdout.splitlines() if line.startswith("board "))
    return f"{boards} boards rendered offscreen"


def pdf_text(path: Path) -> str:
    try:
        from pypdf import PdfReader
    except ImportError:
        tool = shutil.which("pdftotext")
        if tool is None:
            raise CheckFailed("cannot read the PDF: install pypdf or poppler-utils") from None
        return subprocess.run(
            [tool, "-enc", "UTF-8", str(path), "-"],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=True,
            timeout=60,
        ).stdout
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _squash(text: str) -> str:
    """Compare text regardless of line wrapping, hyphenation and case."""
    return re.sub(r"[\s\u00ad\-\u2010\u2011]+", "", text).casefold()


def check_demo_pdf(app: Frozen, language: str = "en") -> str:
    workshop = app.work / f"demo-{language}.pointb"
    app.ok("demo", str(workshop), "--lang", language, timeout=60)
    app.ok("export", str(workshop), "--to", str(workshop.with_suffix(".json")), timeout=60)
    dump = json.loads(workshop.with_suffix(".json").read_text("utf-8"))
    capture = {b["id"] for b in dump["boards"] if b["kind"] == "capture"}
    ideas = [n["text"] for n in dump["notes"] if n["board"] in capture and n["text"].strip()]
    if not ideas:
        raise CheckFailed("the demo has no ideas on a capture board to look for")

    pdf = workshop.with_suffix(".pdf")
    started = time.perf_counter()
    summary = app.ok("export", str(workshop), "--to", str(pdf), timeout=180).stdout.strip()
    elapsed = time.perf_counter() - started
    if not pdf.is_file() or pdf.read_bytes()[:5] != b"%PDF-":
        raise CheckFailed(f"{pdf.name} is missing or not a PDF")
    text = _squash(pdf_text(pdf))
    found = [idea for idea in ideas if _squash(idea)[:16] in text]
    titles = [b["title"] for b in dump["boards"] if _squash(b["title"])[:16] in text]
    share = len(found) / len(ideas)
    if share < 0.8:
        missing = [idea for idea in ideas if idea not in found][:3]
        raise CheckFailed(
            f"the PDF has {len(found)} of the demo's {len(ideas)} ideas (e.g. missing: {missing})"
        )
    return (
        f"{summary or 'exported'}; {pdf.stat().st_size / 1024:.0f} KB in {elapsed:.1f} s; "
        f"{len(found)}/{len(ideas)} ideas and {len(titles)}/{len(dump['boards'])} board titles "
        "found in its text"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Test the frozen Point B bundle.")
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "pointb")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    bundle = args.bundle.resolve()

    work = Path(tempfile.mkdtemp(prefix="pointb-frozen-"))
    app = Frozen(bundle, work)
    if not app.program.is_file():
        print(f"test_frozen: {app.program}: no such program; build it first", file=sys.stderr)
        return 2

    checks: list[tuple[str, Callable[[Frozen], str]]] = [
        ("version from the package metadata", check_version),
        ("bundle contents", check_contents),
        ("selftest offscreen", check_selftest),
        ("demo exported to PDF with its text", check_demo_pdf),
        ("Russian demo: Cyrillic text in the PDF", lambda a: check_demo_pdf(a, "ru")),
    ]
    results: list[tuple[str, bool, str]] = []
    try:
        for title, check in checks:
            print(f"-- {title}", flush=True)
            started = time.perf_counter()
            try:
                detail = check(app)
                passed = True
            except (CheckFailed, OSError, ValueError, subprocess.SubprocessError) as exc:
                detail, passed = str(exc), False
            detail += f" [{time.perf_counter() - started:.1f} s]"
            results.append((title, passed, detail))
            print(f"   {'PASS' if passed else 'FAIL'}: {detail}", flush=True)
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)

    failed = sum(1 for _t, passed, _d in results if not passed)
    print("\nfrozen bundle test:")
    for title, passed, detail in results:
        print(f"  {'PASS' if passed else 'FAIL'}  {title}: {detail}")
    print(f"{len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
