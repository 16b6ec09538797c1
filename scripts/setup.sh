#!/usr/bin/env bash
# Set up DiMe Desktop for development on this machine (idempotent).
#
#   1. checks the system libraries Qt needs, for headless runs, xvfb-run and a
#      real X11 session (installs them when run as root, otherwise prints the
#      exact apt-get line and stops);
#   2. creates .venv/ at the repo root with Python >= 3.11 and installs the
#      package in editable mode with its test extras (only when pyproject.toml
#      changed since the last install, so a re-run takes about a second);
#   3. compiles the translations i18n/*.ts into i18n/*.qm (the app's dime_nb/dime_en
#      and qtbase_nb, Qt's own texts in bokmål, which PySide6 does not ship).
#
# Environment: PYTHON=/path/to/python3.x picks the interpreter for a new .venv.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VENV="$ROOT/.venv"
STAMP="$VENV/.dime-setup-stamp"

say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

# --- Python --------------------------------------------------------------------
python_ok() {  # $1: interpreter; true if it runs and is >= 3.11
    "$1" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1
}

find_python() {
    local candidate
    for candidate in ${PYTHON:-} python3 python3.13 python3.12 python3.11; do
        if command -v "$candidate" >/dev/null 2>&1 && python_ok "$candidate"; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}

PY=""
if [[ -x "$VENV/bin/python" ]] && python_ok "$VENV/bin/python"; then
    PY="$VENV/bin/python"  # existing environment; reused
else
    PY="$(find_python || true)"
fi

# --- System packages (Debian/Ubuntu) ---------------------------------------------
QT_PACKAGES=(libgl1 libegl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3
             libgssapi-krb5-2 fonts-dejavu-core)
# Qt's xcb plugin (a real X11 session, or xvfb-run on a machine without a
# display, as the README advises) needs these; xvfb and xauth make xvfb-run
# work; dbus-daemon gives the tests a private message bus (sleep/lock signals).
XCB_PACKAGES=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
              libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1
              libx11-xcb1 xvfb xauth dbus-daemon)
QT_PACKAGES+=("${XCB_PACKAGES[@]}")
MISSING=()

if command -v dpkg-query >/dev/null 2>&1; then
    for pkg in "${QT_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            MISSING+=("$pkg")
        fi
    done
    if [[ -z "$PY" ]]; then
        MISSING+=(python3 python3-venv)  # Debian 12's python3 is 3.11
    elif [[ "$PY" != "$VENV/bin/python" ]] && ! "$PY" -c 'import ensurepip, venv' >/dev/null 2>&1; then
        MISSING+=(python3-venv)          # Debian splits venv/ensurepip off
    fi
elif command -v ldconfig >/dev/null 2>&1; then
    # Not Debian: we cannot name packages, but we can say which libraries are missing.
    for lib in libGL.so.1 libEGL.so.1 libfontconfig.so.1 libxkbcommon.so.0 \
               libglib-2.0.so.0 libdbus-1.so.3 libgssapi_krb5.so.2; do
        ldconfig -p | grep -q "$lib" || die "missing system library $lib (Qt needs it); install it with your package manager"
    done
fi

if ((${#MISSING[@]})); then
    if [[ "$(id -u)" == "0" ]]; then
        say "installing system packages: ${MISSING[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -q
        apt-get install -y -q --no-install-recommends "${MISSING[@]}"
    else
        printf 'setup: these system packages are missing: %s\n' "${MISSING[*]}" >&2
        printf 'setup: install them, then run this again:\n\n' >&2
        printf '    sudo apt-get install -y --no-install-recommends %s\n\n' "${MISSING[*]}" >&2
        exit 1
    fi
fi
if [[ -z "$PY" ]]; then
    PY="$(find_python || true)"
    [[ -n "$PY" ]] || die "no Python >= 3.11 found (set PYTHON=/path/to/python3.11 or newer)"
fi
command -v pdftoppm >/dev/null 2>&1 || say "note: pdftoppm (poppler-utils) not found; optional, used only to look at PDFs as images"

# --- Virtual environment ----------------------------------------------------------
if [[ ! -x "$VENV/bin/python" ]] || ! python_ok "$VENV/bin/python"; then
    say "creating .venv with $("$PY" -c 'import sys; print("Python", sys.version.split()[0], sys.executable)')"
    rm -rf "$VENV"
    "$PY" -m venv "$VENV"
fi

WANT="$( { cat pyproject.toml; "$VENV/bin/python" --version; } | sha256sum | cut -d' ' -f1)"
HAVE="$(cat "$STAMP" 2>/dev/null || true)"
if [[ "$WANT" != "$HAVE" ]]; then
    say "installing dependencies into .venv (pip install -e '.[test]')"
    LOG="$VENV/pip-install.log"
    if ! { "$VENV/bin/python" -m pip install --upgrade pip &&
           "$VENV/bin/python" -m pip install -e '.[test]'; } >"$LOG" 2>&1; then
        tail -n 40 "$LOG" >&2
        die "pip install failed; full log in $LOG"
    fi
    printf '%s\n' "$WANT" >"$STAMP"
else
    say "dependencies up to date (pyproject.toml unchanged)"
fi

# --- Translations -------------------------------------------------------------------
LRELEASE="$VENV/bin/pyside6-lrelease"
[[ -x "$LRELEASE" ]] || die "$LRELEASE not found; delete .venv and run this again"
compiled=0
for ts in i18n/*.ts; do
    [[ -e "$ts" ]] || continue
    "$LRELEASE" -silent "$ts" -qm "${ts%.ts}.qm"
    compiled=$((compiled + 1))
done
say "compiled $compiled translation file(s) in i18n/"
say "ready: .venv/bin/dime-desktop --demo (the app), .venv/bin/dime --help (command line)"
