#!/usr/bin/env bash
# A private CUPS scheduler for the printing tests, with a cups-pdf backend.
#
#   source .ci/cups.sh              # installs CUPS when missing, starts cupsd in the
#                                   # background, exports FORUMDESK_TEST_CUPS; cupsd stops
#                                   # when the sourcing shell exits
#   .ci/cups.sh --foreground [--dir DIR] [--parent PID]
#                                   # writes the config and runs cupsd in the foreground
#                                   # until killed or PID exits (the tests' own fixture)
#
# The scheduler listens only on DIR/cups.sock (CUPS_SERVER=DIR/cups.sock) with its own
# configuration, spool and logs under DIR (default /tmp/forumdesk-cups), so it never
# touches the machine's printers. cups-pdf reads its settings from /etc/cups only, so a
# file /etc/cups/cups-pdf-NAME.conf sends the PDFs of queues with the device URI written
# to DIR/cups-pdf.uri into DIR/pdf, named job_N-TITLE.pdf; it is removed at the end.
# cupsd runs as root (cups-pdf must: it hands each file to the user who printed it).

_fd_cups_dir_default="${FORUMDESK_CUPS_DIR:-/tmp/forumdesk-cups}"

if [ "${BASH_SOURCE[0]}" != "$0" ]; then
    # Sourced (from .ci/run): no `set -e` here, it would leak into the caller.
    _fd_cups_sudo=""
    if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null 2>&1; then _fd_cups_sudo="sudo"; fi
    _fd_cups_missing=""
    for _fd_pkg in cups cups-client cups-bsd printer-driver-cups-pdf; do
        dpkg -s "$_fd_pkg" >/dev/null 2>&1 || _fd_cups_missing="$_fd_cups_missing $_fd_pkg"
    done
    if [ -n "$_fd_cups_missing" ]; then
        echo "== installing CUPS:$_fd_cups_missing"
        $_fd_cups_sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $_fd_cups_sudo apt-get install -y -qq --no-install-recommends \
            cups cups-client cups-bsd cups-pdf >/dev/null
    fi
    $_fd_cups_sudo bash "${BASH_SOURCE[0]}" --foreground --dir "$_fd_cups_dir_default" --parent $$ &
    _fd_cups_pid=$!
    _fd_cups_stop() {
        if [ -n "${_fd_cups_pid:-}" ] && kill -0 "$_fd_cups_pid" 2>/dev/null; then
            kill "$_fd_cups_pid" 2>/dev/null || true
            wait "$_fd_cups_pid" 2>/dev/null || true
        fi
        _fd_cups_pid=""
    }
    _fd_cups_prev_trap="$(trap -p EXIT | sed -e "s/^trap -- '//" -e "s/' EXIT$//")"
    # shellcheck disable=SC2064
    trap "_fd_cups_stop; ${_fd_cups_prev_trap}" EXIT
    for _ in $(seq 1 100); do
        if CUPS_SERVER="$_fd_cups_dir_default/cups.sock" LC_ALL=C lpstat -r 2>/dev/null \
            | grep -q "is running"; then
            export FORUMDESK_TEST_CUPS="$_fd_cups_dir_default"
            echo "FORUMDESK_TEST_CUPS=$FORUMDESK_TEST_CUPS (cupsd $_fd_cups_pid)"
            break
        fi
        sleep 0.1
    done
    [ -n "${FORUMDESK_TEST_CUPS:-}" ] || echo "cupsd did not start: the printing tests will start their own" >&2
    return 0 2>/dev/null || true
fi

set -euo pipefail
DIR="$_fd_cups_dir_default"
PARENT=""
while [ $# -gt 0 ]; do
    case "$1" in
        --foreground) shift ;;
        --dir) DIR="$2"; shift 2 ;;
        --parent) PARENT="$2"; shift 2 ;;
        *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
done
if [ "$(id -u)" != 0 ]; then
    echo "cupsd must run as root for cups-pdf" >&2
    exit 3
fi
CUPSD="$(command -v cupsd || echo /usr/sbin/cupsd)"
[ -x "$CUPSD" ] || { echo "cupsd is not installed" >&2; exit 4; }

NAME="forumdesk$(printf '%s' "$DIR" | cksum | cut -d' ' -f1)"
PDF_CONF="/etc/cups/cups-pdf-$NAME.conf"
rm -rf "$DIR/etc" "$DIR/spool" "$DIR/cache" "$DIR/state" "$DIR/pdf"
mkdir -p "$DIR/etc" "$DIR/log" "$DIR/cache" "$DIR/state" "$DIR/pdf"
install -d -m 0710 -g lp "$DIR/spool"
install -d -m 1770 -g lp "$DIR/spool/tmp"
chmod 0755 "$DIR" "$DIR/pdf"

cat >"$DIR/etc/cupsd.conf" <<EOF
LogLevel info
MaxLogSize 0
Listen $DIR/cups.sock
Browsing No
WebInterface No
DefaultAuthType None
# No document is kept once printed (the badge PDFs hold names); titles stay for a
# while so a job's end can be read back.
PreserveJobFiles No
PreserveJobHistory Yes
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  JobPrivateAccess all
  JobPrivateValues none
  SubscriptionPrivateAccess all
  SubscriptionPrivateValues none
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
EOF
cat >"$DIR/etc/cups-files.conf" <<EOF
ServerRoot $DIR/etc
RequestRoot $DIR/spool
TempDir $DIR/spool/tmp
CacheDir $DIR/cache
StateDir $DIR/state
AccessLog $DIR/log/access_log
ErrorLog $DIR/log/error_log
PageLog $DIR/log/page_log
Printcap $DIR/printcap
SystemGroup root
User lp
Group lp
EOF
cat >"$PDF_CONF" <<EOF
Out $DIR/pdf
AnonDirName $DIR/pdf
Label 1
TitlePref 1
UserUMask 0022
AnonUMask 0022
Grp lp
Log $DIR/log
EOF
echo "cups-pdf:/$NAME" >"$DIR/cups-pdf.uri"

"$CUPSD" -f -c "$DIR/etc/cupsd.conf" -s "$DIR/etc/cups-files.conf" &
CUPSD_PID=$!
stop() {
    kill "$CUPSD_PID" 2>/dev/null || true
    wait "$CUPSD_PID" 2>/dev/null || true
    rm -f "$PDF_CONF" "$DIR/cups.sock"
}
trap stop EXIT
trap 'exit 0' TERM INT HUP
while kill -0 "$CUPSD_PID" 2>/dev/null; do
    if [ -n "$PARENT" ] && ! kill -0 "$PARENT" 2>/dev/null; then break; fi
    sleep 1 &
    wait $! || true
done
