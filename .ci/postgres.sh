#!/usr/bin/env bash
# Start a throw-away PostgreSQL for the server tests and export its URL.
#
#   source .ci/postgres.sh     # exports FORUMDESK_TEST_POSTGRES
#   .ci/postgres.sh            # prints: export FORUMDESK_TEST_POSTGRES=postgresql+psycopg://...
#
# Installs Debian's postgresql when missing, runs a private cluster on 127.0.0.1
# (port FORUMDESK_PG_PORT, default 54329) under $FORUMDESK_PG_DIR, and creates the
# database forumdesk_test. Tests make a fresh schema per test inside it.

# When sourced, run the work in a child bash (so `set -e` never leaks) and export its URL.
if [ "${BASH_SOURCE[0]}" != "$0" ]; then
    FORUMDESK_TEST_POSTGRES="$(bash "${BASH_SOURCE[0]}" | sed -n 's/^export FORUMDESK_TEST_POSTGRES=//p')"
    export FORUMDESK_TEST_POSTGRES
    [ -n "$FORUMDESK_TEST_POSTGRES" ] && echo "FORUMDESK_TEST_POSTGRES=$FORUMDESK_TEST_POSTGRES"
    return 0 2>/dev/null || true
fi
set -euo pipefail

PG_PORT="${FORUMDESK_PG_PORT:-54329}"
PG_DIR="${FORUMDESK_PG_DIR:-/tmp/forumdesk-pg}"
PG_DB="forumdesk_test"
PG_USER="forumdesk"
PG_PASS="forumdesk"

if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
    echo "installing postgresql..." >&2
    export DEBIAN_FRONTEND=noninteractive
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq >&2
    $SUDO apt-get install -y -qq postgresql >&2
fi
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"

# PostgreSQL refuses to run as root: use the postgres user when we are root.
RUN=()
if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd -r -m postgres
    RUN=(runuser -u postgres --)
fi

if [ ! -f "$PG_DIR/PG_VERSION" ]; then
    mkdir -p "$PG_DIR"
    [ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR"
    "${RUN[@]}" "$PG_BIN/initdb" -D "$PG_DIR" -U postgres -A trust -E UTF8 >/dev/null
fi
if ! "${RUN[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR" status >/dev/null 2>&1; then
    "${RUN[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR" -l "$PG_DIR/server.log" -w \
        -o "-h 127.0.0.1 -p $PG_PORT -k /tmp -c fsync=off -c max_connections=300" start >/dev/null
fi

PSQL=("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qtA)
if [ -z "$("${PSQL[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname='$PG_USER'")" ]; then
    "${PSQL[@]}" -c "CREATE ROLE $PG_USER LOGIN PASSWORD '$PG_PASS'" >/dev/null
fi
if [ -z "$("${PSQL[@]}" -c "SELECT 1 FROM pg_database WHERE datname='$PG_DB'")" ]; then
    "${PSQL[@]}" -c "CREATE DATABASE $PG_DB OWNER $PG_USER" >/dev/null
fi

echo "export FORUMDESK_TEST_POSTGRES=postgresql+psycopg://$PG_USER:$PG_PASS@127.0.0.1:$PG_PORT/$PG_DB"
