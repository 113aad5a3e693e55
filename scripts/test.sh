#!/usr/bin/env bash
# The one test command (README Quick start and CI): bash scripts/test.sh [pytest args...]
#
# On a fresh Debian/Ubuntu machine with Python >= 3.11 it installs what the tests need and is
# missing (Dovecot IMAP+LMTP, OpenSSL, PostgreSQL with a `test` database, the .venv), runs the
# static checks (ruff check, ruff format --check, mypy: each must pass), then pytest, and exits
# with pytest's code. Idempotent; needs no stdin (CI=true works).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf '[test.sh] %s\n' "$*"; }
die() { printf '[test.sh] ERROR: %s\n' "$*" >&2; exit 1; }

export DEBIAN_FRONTEND=noninteractive
LOG="${TMPDIR:-/tmp}/complaintbot-test-setup.$$.log"
trap 'rm -f "$LOG"' EXIT

# --- root or sudo ----------------------------------------------------------------------------
SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        if [ -t 0 ]; then SUDO=(sudo); else SUDO=(sudo -n); fi
    else
        SUDO=(false)  # any install step will fail with a clear message below
    fi
fi
as_root() { "${SUDO[@]}" "$@"; }

quietly() {  # run a command with its output kept in $LOG, shown only when it fails
    if ! "$@" >>"$LOG" 2>&1; then
        tail -n 40 "$LOG" >&2
        die "failed: $*"
    fi
}

have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'ok installed'; }

# Another apt-get (unattended-upgrades, cloud-init on a fresh machine) may hold the dpkg
# lock for minutes: wait for it (up to 10 minutes) instead of failing after a few seconds.
APT_LOCK_WAIT=600
wait_dpkg_lock() {
    command -v fuser >/dev/null 2>&1 || return 0  # apt's own timeout below still applies
    local waited=0
    while as_root fuser /var/lib/dpkg/lock-frontend /var/lib/dpkg/lock \
        /var/lib/apt/lists/lock >/dev/null 2>&1; do
        [ "$waited" = 0 ] && say "waiting for another apt/dpkg to finish (up to ${APT_LOCK_WAIT} s)"
        [ "$waited" -ge "$APT_LOCK_WAIT" ] && die "the dpkg lock is still held after ${APT_LOCK_WAIT} s"
        sleep 2
        waited=$((waited + 2))
    done
}

APT_UPDATED=0
apt_install() {
    command -v apt-get >/dev/null 2>&1 || die "apt-get not found; install by hand: $*"
    [ ${#SUDO[@]} -eq 0 ] || [ "${SUDO[0]}" != false ] || die "need root or sudo to install: $*"
    if [ "$APT_UPDATED" = 0 ]; then
        say "apt-get update"
        wait_dpkg_lock
        quietly as_root apt-get update -q -o DPkg::Lock::Timeout="$APT_LOCK_WAIT"
        APT_UPDATED=1
    fi
    say "apt-get install $*"
    # Don't let the packages start system-wide daemons: the tests run their own private ones.
    local made_policy=0
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        as_root sh -c 'printf "#!/bin/sh\nexit 101\n" > /usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d'
        made_policy=1
    fi
    local rc=0
    wait_dpkg_lock
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        -o DPkg::Lock::Timeout="$APT_LOCK_WAIT" -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "$@" \
        >>"$LOG" 2>&1 </dev/null || rc=$?
    if [ "$made_policy" = 1 ]; then as_root rm -f /usr/sbin/policy-rc.d; fi
    if [ "$rc" != 0 ]; then tail -n 40 "$LOG" >&2; die "apt-get install $* failed"; fi
}

# --- Dovecot (IMAP + LMTP) and OpenSSL ---------------------------------------------------------
missing=()
for pkg in dovecot-imapd dovecot-lmtpd openssl chromium chromium-driver; do
    if command -v dpkg-query >/dev/null 2>&1; then
        have_pkg "$pkg" || missing+=("$pkg")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    apt_install "${missing[@]}"
fi
command -v dovecot >/dev/null 2>&1 || [ -x /usr/sbin/dovecot ] \
    || say "warning: no dovecot binary; IMAP tests will be skipped (fail under CI)"

# --- PostgreSQL at 127.0.0.1:5432 with database `test` ---------------------------------------
pg_up() {
    if command -v pg_isready >/dev/null 2>&1; then
        pg_isready -q -h 127.0.0.1 -p 5432 -t 3
    else
        (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null
    fi
}
if pg_up; then
    : # already running (the usual case on dev and CI machines): nothing to do
else
    say "PostgreSQL not reachable at 127.0.0.1:5432: installing/starting a local cluster"
    have_pkg postgresql || apt_install postgresql
    ver="$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1 || true)"
    if [ -z "$ver" ]; then
        ver="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
        quietly as_root pg_createcluster "$ver" main --port 5432
    fi
    hba="/etc/postgresql/$ver/main/pg_hba.conf"
    if ! as_root grep -q '# complaintbot-tests' "$hba"; then
        # local test database only: trust on the socket and loopback (prepended = wins)
        as_root sh -c "{ printf '%s\n' '# complaintbot-tests: trust for local tests' \
            'local all all trust' 'host all all 127.0.0.1/32 trust' 'host all all ::1/128 trust'; \
            cat '$hba'; } > '$hba.new' && cat '$hba.new' > '$hba' && rm -f '$hba.new'"
    fi
    # --skip-systemctl-redirect: start the cluster directly, also where systemd is absent
    as_root pg_ctlcluster --skip-systemctl-redirect "$ver" main start >>"$LOG" 2>&1 \
        || as_root pg_ctlcluster "$ver" main start >>"$LOG" 2>&1 \
        || { tail -n 40 "$LOG" >&2; die "pg_ctlcluster $ver main start failed"; }
    for _ in $(seq 1 30); do pg_up && break; sleep 1; done
    pg_up || die "PostgreSQL did not come up on 127.0.0.1:5432"
    as_root pg_ctlcluster "$ver" main reload >/dev/null 2>&1 || true
fi
if command -v psql >/dev/null 2>&1; then
    if ! psql -h 127.0.0.1 -U postgres -d postgres -tAc \
        "select 1 from pg_database where datname = 'test'" </dev/null 2>/dev/null | grep -q 1; then
        say "creating database test"
        psql -h 127.0.0.1 -U postgres -d postgres -qc 'create database test' </dev/null >/dev/null \
            || say "warning: could not create database test; PostgreSQL tests will skip (fail under CI)"
    fi
fi

# --- .venv with the project and its test extras ----------------------------------------------
. scripts/pick-python.sh
if [ ! -x .venv/bin/python ]; then
    PY="$(pick_python)" || die "Python >= 3.11 not found (apt-get install python3)"
    say "creating .venv with $PY"
    if ! "$PY" -m venv .venv >>"$LOG" 2>&1; then
        rm -rf .venv
        apt_install python3-venv  # Debian/Ubuntu ship venv separately
        quietly "$PY" -m venv .venv
    fi
fi
stamp=".venv/.complaintbot-test-install"
want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null || true)" != "$want" ]; then
    say "pip install -e '.[test]'"
    quietly .venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
    echo "$want" >"$stamp"
fi

# --- static checks: any failure stops the run before pytest ----------------------------------
say "ruff check"
.venv/bin/python -m ruff check .
say "ruff format --check"
.venv/bin/python -m ruff format --check .
say "mypy (bot/, configured in pyproject.toml)"
.venv/bin/python -m mypy

# --- the tests --------------------------------------------------------------------------------
if [ "$(id -u)" -ne 0 ]; then
    say "note: not root; the private Dovecot needs root, so IMAP tests will skip (fail under CI)"
fi
rc=0
.venv/bin/python -m pytest -q "$@" </dev/null || rc=$?
if [ "$rc" = 5 ]; then
    # pytest's "no tests collected" is not a failure of the code under test (e.g. a -k
    # selection that matches nothing); say it loudly instead of failing the run.
    say "WARNING: pytest collected no tests${*:+ for the selection '$*'} (exit 5)"
    exit 0
fi
exit "$rc"
