#!/usr/bin/env bash
# The demo command (README Quick start): bash scripts/demo.sh [demo args...]
# Creates .venv if missing, installs the project, runs `complaintbot demo`. No apt, no root.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf '[demo.sh] %s\n' "$*"; }
die() { printf '[demo.sh] ERROR: %s\n' "$*" >&2; exit 1; }

. scripts/pick-python.sh

LOG="${TMPDIR:-/tmp}/complaintbot-demo-setup.$$.log"
trap 'rm -f "$LOG"' EXIT

if [ ! -x .venv/bin/python ]; then
    PY="$(pick_python)" || die "Python >= 3.11 not found"
    say "creating .venv with $PY"
    if ! "$PY" -m venv .venv >"$LOG" 2>&1; then
        rm -rf .venv
        # Debian/Ubuntu ship venv separately; install it when we may.
        if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
            say "installing python3-venv"
            { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
                python3-venv; } >"$LOG" 2>&1 </dev/null || { cat "$LOG" >&2; die "apt-get failed"; }
            "$PY" -m venv .venv >"$LOG" 2>&1 || { cat "$LOG" >&2; die "python -m venv failed"; }
        else
            cat "$LOG" >&2
            die "python -m venv failed (on Debian/Ubuntu: apt-get install python3-venv)"
        fi
    fi
fi
stamp=".venv/.complaintbot-demo-install"
want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null || true)" != "$want" ] || [ ! -x .venv/bin/complaintbot ]; then
    say "pip install -e ."
    if ! .venv/bin/python -m pip install -q --disable-pip-version-check -e . >"$LOG" 2>&1; then
        tail -n 40 "$LOG" >&2
        die "pip install failed"
    fi
    echo "$want" >"$stamp"
fi

exec .venv/bin/complaintbot demo "$@"
