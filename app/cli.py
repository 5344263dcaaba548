"""Command line: `pointb [FILE]` opens the app; subcommands work headless without Qt.

Every failure is one line on stderr naming what and where, exit status 2, nothing written.
"""

from __future__ import annotations

import argparse
import sys
import time
import typing
from collections.abc import Callable, Sequence
from pathlib import Path

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_ERROR = 2

COMMANDS = ("new", "demo", "import", "export", "check", "selftest", "serve")


class CliError(Exception):
    """A user-facing failure: printed as one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line on stderr like every other error."""

    def error(self, message: str) -> typing.NoReturn:
        command = self.prog.removeprefix("pointb").strip()
        where = f"{command}: " if command else ""
        print(f"pointb: {where}{message} (see '{self.prog} --help')", file=sys.stderr)
        raise SystemExit(EXIT_ERROR)


class _VersionAction(argparse.Action):
    """argparse's "version" action, reading the version only when it is asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS) -> None:
        super().__init__(
            option_strings,
            dest,
            nargs=0,
            default=argparse.SUPPRESS,
            help="show program's version number and exit",
        )

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        from app.version import __version__

        print(f"pointb {__version__}")
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="pointb", description="Point B: service-design workshops, offline.")
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    new = sub.add_parser("new", help="create an empty workshop file")
    new.add_argument("file", type=Path)
    new.add_argument("--title", required=True)
    new.add_argument("--template", help="agenda template name (see workshops/)")
    new.add_argument("--lang", choices=("en", "ru"), default="en")

    demo = sub.add_parser("demo", help="write the bundled sample workshop")
    demo.add_argument("file", type=Path)
    demo.add_argument("--lang", choices=("en", "ru"), default="en")
    demo.add_argument("--force", action="store_true", help="replace an existing file")

    imp = sub.add_parser("import", help="add ideas from CSV, or create a workshop from JSON")
    imp.add_argument("file", type=Path)
    imp.add_argument("source", type=Path)
    imp.add_argument("--board", help="board to add CSV ideas to (default: the first capture board)")

    exp = sub.add_parser("export", help="write PDF, PNG, JSON or CSV")
    exp.add_argument("file", type=Path)
    exp.add_argument("--to", dest="out", type=Path, required=True)
    exp.add_argument("--board", default="all", help="board title or id, 'all' or 'report'")
    exp.add_argument("--page-size", default="A3")
    exp.add_argument("--portrait", action="store_true")
    exp.add_argument("--dpi", type=int, default=150)
    exp.add_argument("--tile", action="store_true",
                     help="tile big boards over pages at a comfortable size")
    exp.add_argument("--no-tile", action="store_true",
                     help="never tile, even when text would print below 6 pt (warns)")

    check = sub.add_parser("check", help="integrity and consistency check")
    check.add_argument("file", type=Path)

    selftest = sub.add_parser("selftest", help="open the GUI offscreen, render every board, exit")
    selftest.add_argument("file", type=Path, nargs="?")

    serve = sub.add_parser("serve", help="let the room join from their phones, without the GUI")
    serve.add_argument("file", type=Path)
    serve.add_argument("--host", help="listen only on this address (default: all private ones)")
    serve.add_argument("--port", type=int, default=8765, help="port (0: any free one)")
    serve.add_argument(
        "--anonymous",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="notes without names (saved in the file; default: the file's setting)",
    )
    serve.add_argument(
        "--moderate",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="phone notes wait until accepted (saved in the file; default: the file's setting)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (args_list[0] not in COMMANDS and not args_list[0].startswith("-")):
        return _run_gui(Path(args_list[0]) if args_list else None)
    args = _parser().parse_args(args_list)
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "new": _cmd_new,
        "demo": _cmd_demo,
        "import": _cmd_import,
        "export": _cmd_export,
        "check": _cmd_check,
        "selftest": _cmd_selftest,
        "serve": _cmd_serve,
    }
    if args.command is None:
        return _run_gui(None)
    try:
        return handlers[args.command](args)
    except CliError as exc:
        return _fail(str(exc))
    except Exception as exc:
        return _fail(_describe(exc, args))
    except KeyboardInterrupt:
        return _fail("interrupted; nothing was changed")


def _describe(exc: Exception, args: argparse.Namespace) -> str:
    """An error as one line that names the file; never a traceback or a bare errno."""
    from app.store.database import WorkshopFileError

    source = vars(args).get("source")
    where = str(source if args.command == "import" and source is not None else args.file)
    from app.export.pdf import ExportError

    if isinstance(exc, WorkshopFileError | ValueError | ExportError) and not isinstance(
        exc, RecursionError
    ):
        return str(exc)
    if isinstance(exc, OSError):
        name = exc.filename if exc.filename is not None else where
        return f"{name}: {exc.strerror or type(exc).__name__} (nothing was changed)"
    if isinstance(exc, RecursionError):
        return f"{where}: nested too deeply to be read (nothing was changed)"
    if isinstance(exc, MemoryError):
        return f"{where}: too large to be read in memory (nothing was changed)"
    # SQLAlchemy appends the statement, its values (the room's texts) and a link: only the
    # driver's own first line is shown.
    detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return f"{where}: unexpected error ({type(exc).__name__}: {detail[0] if detail else ''})"


def _fail(message: str) -> int:
    print(f"pointb: {one_line(message)}", file=sys.stderr)
    return EXIT_ERROR


def one_line(message: str) -> str:
    """An error as one printable line: line breaks joined, control characters (a terminal
    escape in a file name) shown escaped, and not too long (the domain's rule)."""
    from app.domain.texts import one_line as printable_line

    return printable_line(message, limit=500)


def _run_gui(path: Path | None) -> int:
    from app.ui.app import run_gui

    return int(run_gui(path))


def _require_new_target(path: Path) -> None:
    if path.exists():
        raise CliError(f"{path}: already exists; choose another name (nothing was written)")
    if path.suffix != ".pointb":
        raise CliError(f"{path}: a workshop file name must end in .pointb")
    if not path.parent.exists():
        raise CliError(f"{path.parent}: no such folder")


def _cmd_new(args: argparse.Namespace) -> int:
    from app import interchange
    from app.domain import model

    _require_new_target(args.file)
    title = args.title.strip()
    if not title:
        raise CliError("--title: a workshop needs a title")
    if len(title) > model.MAX_NAME:
        raise CliError(
            f"--title: a title holds at most {model.MAX_NAME} characters; "
            f"this one has {len(title):,} (nothing was written)"
        )
    chosen = None
    if args.template:
        from app.domain import agenda

        agendas, _errors = agenda.load_templates(_template_folders())
        chosen = next((a for a in agendas if args.template in (a.key, a.name_en, a.name_ru)), None)
        if chosen is None:
            names = ", ".join(a.key for a in agendas)
            raise CliError(f"--template: no template '{args.template}' (available: {names})")

    # Complete beside the target, then renamed: a failure (a full disk) leaves nothing.
    interchange.create_workshop(args.file, title, args.lang, chosen).close()
    print(f"created {args.file}")
    return EXIT_OK


def _template_folders() -> list[Path]:
    from app.domain import agenda
    from app.paths import user_templates_dir

    return [agenda.bundled_templates_dir(), user_templates_dir()]


def _cmd_demo(args: argparse.Namespace) -> int:
    from app.demo import write_demo

    if args.file.exists() and not args.force:
        raise CliError(f"{args.file}: already exists; use --force to replace it")
    if args.file.suffix != ".pointb":
        raise CliError(f"{args.file}: a workshop file name must end in .pointb")
    write_demo(args.file, args.lang, force=args.force)
    print(f"wrote the demo workshop to {args.file}")
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from app import interchange

    source: Path = args.source
    if not source.is_file():
        raise CliError(f"{source}: no such file")
    suffix = source.suffix.lower()
    if suffix == ".json":
        _require_new_target(args.file)
        interchange.create_from_dump(args.file, source)
        print(f"created {args.file} from {source}")
    elif suffix in (".csv", ".txt"):
        created: list[str] = []
        count = interchange.import_ideas_csv(args.file, source, args.board, created_teams=created)
        for name in created:
            print(f"created team '{name}' (named in {source.name}, not in the workshop)")
        print(f"added {count} {'idea' if count == 1 else 'ideas'} to {args.file}")
    else:
        raise CliError(f"{source}: unknown kind of file (use .csv for ideas or .json for a dump)")
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from app import interchange

    started = time.perf_counter()
    summary = interchange.export(
        args.file,
        args.out,
        board=args.board,
        page_size=args.page_size,
        portrait=args.portrait,
        dpi=args.dpi,
        tile=args.tile,
        no_tile=args.no_tile,
        warn=lambda line: print(line, file=sys.stderr),
    )
    print(f"{summary} ({time.perf_counter() - started:.2f} s)")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from app import interchange

    found = interchange.check(args.file)
    if not found:
        print(f"{args.file}: ok")
        return EXIT_OK
    from app.domain.validation import one_line

    for problem in found:
        print(one_line(f"{args.file}: {problem}"))
    return EXIT_PROBLEMS


def _cmd_selftest(args: argparse.Namespace) -> int:
    from app.ui.app import selftest

    return int(selftest(args.file))


def _cmd_serve(args: argparse.Namespace) -> int:
    from app.room_server.headless import serve_until_signal

    return serve_until_signal(
        args.file, args.host, args.port, anonymous=args.anonymous, moderated=args.moderate
    )


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
