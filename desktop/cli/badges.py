"""``forumdesk badges``: badges to one PDF, for a selection, a delegation, a category or all."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.badges.layouts import LAYOUTS
from desktop.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    add_db_argument,
    open_forum,
    print_json,
)
from desktop.errors import InvalidInput, NotFound

if TYPE_CHECKING:
    from desktop.services.badges import BadgeSelection

log = logging.getLogger(__name__)


def add_selection_arguments(parser: argparse.ArgumentParser) -> None:
    """Which badges, and on which layout: shared by ``badges`` and ``print``."""
    parser.add_argument(
        "--participant",
        action="append",
        default=[],
        metavar="CODE",
        help="a registration code (repeat for several)",
    )
    parser.add_argument("--delegation", default="", metavar="D", help="one delegation's badges")
    parser.add_argument("--category", default="", metavar="C", help="one category's badges")
    parser.add_argument(
        "--layout",
        default="a6",
        choices=list(LAYOUTS),
        help="a6 (default), cr80 card, label4x3, or a4-sheet of four A6 badges",
    )


def selection_of(args: argparse.Namespace) -> BadgeSelection:
    from desktop.services.badges import BadgeSelection  # reportlab: only when drawing

    return BadgeSelection(
        codes=tuple(args.participant), delegation=args.delegation, category=args.category
    )


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    badges = sub.add_parser(
        "badges",
        help="write badges to a PDF (all registered participants unless narrowed)",
        description="Badges to one PDF, in delegation then name order. Without --participant, "
        "--delegation or --category: every registered (not cancelled) participant. "
        "Each badge written is logged as printed.",
    )
    add_db_argument(badges)
    badges.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    add_selection_arguments(badges)
    badges.add_argument("--json", action="store_true", help="print what was written as JSON")
    badges.set_defaults(handler=run_badges)


def run_badges(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser()
    if out.is_dir():
        raise CliError(f"--out {out} is a folder; give a file name such as badges.pdf", EXIT_USAGE)
    if not out.parent.exists():
        raise CliError(f"the folder {out.parent} does not exist", EXIT_USAGE)

    selection = selection_of(args)
    forum = open_forum(args)
    try:
        count = forum.badges.render(selection, out, layout=args.layout)
    except NotFound as exc:
        raise CliError(f"{exc.message}; no file written", EXIT_USAGE) from exc
    except InvalidInput as exc:
        raise CliError(f"{exc.message}; no file written", EXIT_USAGE) from exc
    finally:
        forum.close()
    if args.json:
        print_json({"badges": count, "layout": args.layout, "out": str(out)})
    else:
        print(f"{count} badge{'s' if count != 1 else ''} written to {out}")
    return EXIT_OK
