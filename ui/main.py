"""The ``forumdesk`` entry point: the core's CLI, with the GUI when no sub-command is given."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def _launch(args: argparse.Namespace) -> int:
    from ui.app import run_app

    return run_app(args)


def main(argv: Sequence[str] | None = None) -> int:
    from desktop.cli import main as cli_main

    return cli_main(argv, launch_gui=_launch)


if __name__ == "__main__":
    sys.exit(main())
