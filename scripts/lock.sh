#!/usr/bin/env bash
# Regenerate constraints.txt: every package of every extra pinned exactly, for every
# platform the desk runs on, honouring the reviewed choices in constraints.in.
#   bash scripts/lock.sh            # keep current pins where they still fit
#   bash scripts/lock.sh --upgrade  # take the newest versions (then run the suite and the binding guard)
set -euo pipefail
cd "$(dirname "$0")/.."
UV="${UV:-uv}"
command -v "$UV" >/dev/null 2>&1 || UV=".venv/bin/uv"
"$UV" pip compile pyproject.toml --all-extras --universal --python-version 3.11 \
    -c constraints.in -o constraints.txt --quiet "$@"
