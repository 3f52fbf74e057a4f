#!/usr/bin/env bash
# Build the one-folder PyInstaller application from build.spec and smoke-run it:
#   1. the self-check (database + migrations, demo forum, search, fonts, signed badge PDF,
#      its QR scanned back, the OR-Tools solver) from an empty environment: no venv on PATH,
#      no PYTHONPATH, HOME in a temporary folder -- the bundle must need no Python;
#   2. the GUI on the demo forum, offscreen, quitting by itself after FORUMDESK_EXIT_AFTER_START ms.
# Exits non-zero on any failure. About 3 minutes on 2 cores (the build is most of it).
#
# Usage: .ci/package-smoke.sh            (expects .venv with the project installed, as .ci/run makes)
#        SKIP_BUILD=1 .ci/package-smoke.sh   (smoke-run an existing dist/forumdesk)
set -euo pipefail
cd "$(dirname "$0")/.."

PY=.venv/bin/python
APP=dist/forumdesk/forumdesk
APP_ABS="$PWD/$APP"
if [ ! -x "$PY" ]; then
  echo "package-smoke: $PY missing; run .ci/run first (or python3 -m venv .venv && .venv/bin/pip install -e . -c constraints.txt)" >&2
  exit 2
fi

T0=$SECONDS
stamp() { echo "== [$((SECONDS - T0))s] $*"; }
SCRATCH="$(mktemp -d)"
trap 'rm -rf "$SCRATCH"' EXIT

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  stamp "installing PyInstaller"
  "$PY" -m pip install -q "pyinstaller>=6.6" -c constraints.txt >/dev/null
  stamp "building with build.spec (log: build/package-smoke.log)"
  mkdir -p build
  start=$SECONDS
  if ! "$PY" -m PyInstaller --noconfirm --clean --log-level WARN build.spec >build/package-smoke.log 2>&1; then
    tail -40 build/package-smoke.log >&2
    echo "package-smoke: the build failed" >&2
    exit 1
  fi
  stamp "built in $((SECONDS - start))s"
fi
[ -x "$APP" ] || { echo "package-smoke: $APP missing" >&2; exit 1; }
echo "bundle: $(du -sh dist/forumdesk | cut -f1) in $(find dist/forumdesk -type f | wc -l) files"

stamp "self-check in an empty environment"
start=$SECONDS
mkdir -p "$SCRATCH/home"
# No PATH entry for the venv, no PYTHONPATH/PYTHONHOME; run from a folder outside the checkout.
if ! (cd "$SCRATCH" && env -i HOME="$SCRATCH/home" PATH=/usr/bin:/bin LANG=C.UTF-8 \
    FORUMDESK_DATA_DIR="$SCRATCH/data" FORUMDESK_LOG_DIR="$SCRATCH/logs" \
    timeout 120 "$APP_ABS" --self-check) 2>&1 | tee "$SCRATCH/selfcheck.out"; then
  echo "package-smoke: the self-check failed" >&2
  exit 1
fi
# Belt and braces: every step line must say ok.
if grep -q '^FAIL' "$SCRATCH/selfcheck.out" || ! grep -q '^self-check passed' "$SCRATCH/selfcheck.out"; then
  echo "package-smoke: the self-check reported a failure" >&2
  exit 1
fi
stamp "self-check passed in $((SECONDS - start))s"

stamp "GUI on the demo forum (offscreen)"
start=$SECONDS
if ! (cd "$SCRATCH" && env -i HOME="$SCRATCH/home" PATH=/usr/bin:/bin LANG=C.UTF-8 \
    QT_QPA_PLATFORM=offscreen FORUMDESK_EXIT_AFTER_START=1500 \
    FORUMDESK_DATA_DIR="$SCRATCH/data" FORUMDESK_LOG_DIR="$SCRATCH/logs" \
    timeout 180 "$APP_ABS" --demo) >"$SCRATCH/gui.out" 2>&1; then
  cat "$SCRATCH/gui.out" >&2
  find "$SCRATCH/logs" -type f -exec tail -40 {} + >&2 2>/dev/null || true
  echo "package-smoke: the GUI did not start and exit 0" >&2
  exit 1
fi
# Qt reports a missing platform plugin or library on stderr even when it goes on.
if grep -Ei 'could not (load|find) the qt platform plugin|cannot load library|Traceback' "$SCRATCH/gui.out" >&2; then
  echo "package-smoke: the GUI run logged a load error" >&2
  exit 1
fi
stamp "GUI started and quit in $((SECONDS - start))s"
stamp "package smoke passed"
