#!/usr/bin/env bash
# Build the PyInstaller one-folder bundle (dist/dime-desktop/) and smoke-test it.
#
#   scripts/package.sh            # build + smoke test; prints size and start-up time
#   scripts/package.sh --no-build # smoke-test the bundle already in dist/
#
# On Debian 12 (or similar) from a clean clone: runs scripts/setup.sh, installs
# what PyInstaller needs (binutils for objdump; as root with apt-get, otherwise
# it prints the line), checks that this Python has its shared library, installs
# PyInstaller into .venv and builds build.spec. The smoke test:
#   1. the frozen GUI starts offscreen on a demo vault, shows its first screen
#      and quits cleanly (--smoke-test);
#   2. the frozen `dime` runs `--help` of every command and writes a report PDF
#      from a demo vault;
#   3. with libGL.so.1 hidden (a mount namespace; root only), the frozen GUI says
#      which library is missing instead of a traceback;
#   4. no Qt Quick/QML and no QtWebEngine in the bundle.
# Not part of scripts/check.sh (it takes minutes).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BUNDLE="$ROOT/dist/dime-desktop"
LOG_DIR="$ROOT/build/package-logs"
PYINSTALLER_SPEC="pyinstaller>=6.10,<7"

say() { printf 'package: %s\n' "$*"; }
die() { printf 'package: FAILED: %s\n' "$*" >&2; exit 1; }

BUILD=1
[[ "${1:-}" == "--no-build" ]] && BUILD=0

if ((BUILD)); then
    scripts/setup.sh
    mkdir -p "$LOG_DIR"
    # --- what PyInstaller needs from the system -------------------------------
    MISSING=()
    command -v objdump >/dev/null 2>&1 || MISSING+=(binutils)
    if ((${#MISSING[@]})); then
        if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null 2>&1; then
            say "installing ${MISSING[*]}"
            DEBIAN_FRONTEND=noninteractive apt-get update -q >"$LOG_DIR/apt.log" 2>&1
            DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
                "${MISSING[@]}" >>"$LOG_DIR/apt.log" 2>&1 || die "apt-get failed; see $LOG_DIR/apt.log"
        else
            die "missing ${MISSING[*]}; install with: sudo apt-get install -y ${MISSING[*]}"
        fi
    fi
    # PyInstaller bundles libpython3.x.so; Debian's python3 has it (libpython3.11),
    # a Python built from source needs --enable-shared.
    .venv/bin/python - <<'EOF' || die "this Python has no shared library (libpython); on Debian: sudo apt-get install libpython3.11, or build Python with --enable-shared"
import os, sys, sysconfig
if not sysconfig.get_config_var("Py_ENABLE_SHARED"):
    lib = sysconfig.get_config_var("LDLIBRARY") or ""
    libdir = sysconfig.get_config_var("LIBDIR") or ""
    sys.exit(0 if lib.endswith(".so") and os.path.exists(os.path.join(libdir, lib)) else 1)
EOF
    say "installing PyInstaller into .venv"
    .venv/bin/python -m pip install -q "$PYINSTALLER_SPEC" >"$LOG_DIR/pip.log" 2>&1 \
        || die "pip install pyinstaller failed; see $LOG_DIR/pip.log"
    say "building the bundle (a few minutes; log in $LOG_DIR/pyinstaller.log)"
    t0=$SECONDS
    .venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
        --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" build.spec \
        >"$LOG_DIR/pyinstaller.log" 2>&1 || { tail -n 30 "$LOG_DIR/pyinstaller.log" >&2; die "pyinstaller failed"; }
    say "built in $((SECONDS - t0)) s"
fi

[[ -x "$BUNDLE/dime-desktop" && -x "$BUNDLE/dime" ]] || die "no bundle in $BUNDLE"
WORK="$(mktemp -d /tmp/dime-package.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share"
mkdir -p "$HOME"
unset DIME_VAULT DISPLAY WAYLAND_DISPLAY

# --- 4. what must not be in it ----------------------------------------------------
unwanted="$(find "$BUNDLE" \( -iname '*Qt6Quick*' -o -iname '*Qt6Qml*' -o -iname '*WebEngine*' \
            -o -path '*/qml/*' \) -print | head -5)"
[[ -z "$unwanted" ]] || die "the bundle holds Qt Quick/QML/WebEngine files: $unwanted"

# --- 2. the command line ---------------------------------------------------------
DIME="$BUNDLE/dime"
"$DIME" --help >"$WORK/help.txt" || die "dime --help failed"
commands="$(sed -n '/^  COMMAND/,/^options/p' "$WORK/help.txt" | awk '/^    [a-z]/ {print $1}' | tr '\n' ' ')"
[[ -n "$commands" ]] || die "dime --help lists no commands"
for command in $commands; do
    "$DIME" "$command" --help >/dev/null || die "dime $command --help failed"
done
say "dime: --help of every command works: $commands"
TMPDIR="$WORK" "$DIME" demo --cases 120 >"$WORK/demo.txt" 2>&1 \
    || { cat "$WORK/demo.txt" >&2; die "dime demo failed"; }
demo_vault="$(awk '/in:$/ {getline; print $1; exit}' "$WORK/demo.txt")"
passphrase="$(sed -n 's/^.*[Pp]assphrase: *//p' "$WORK/demo.txt" | head -1)"
[[ -d "$demo_vault" && -n "$passphrase" ]] || { cat "$WORK/demo.txt" >&2; die "dime demo printed no vault"; }
printf '%s\n' "$passphrase" >"$WORK/passphrase"
"$DIME" report --vault "$demo_vault" --passphrase-file "$WORK/passphrase" --year 2024 \
    --out "$WORK/report.pdf" >/dev/null || die "dime report failed"
head -c 5 "$WORK/report.pdf" | grep -q '%PDF-' || die "dime report wrote no PDF"
say "dime: a report PDF from a demo vault ($(du -k "$WORK/report.pdf" | cut -f1) kB)"
# the parts that bring their own data files or native code: python-docx's default
# template (a DOCX draft), pyrage and cryptography (a handover identity), the
# access log and the own-copy PDF (issue 12)
run_dime() { "$DIME" "$@" --vault "$demo_vault" --passphrase-file "$WORK/passphrase"; }
ref="$(run_dime cases --json | sed -n 's/.*"reference": *"\([A-Z]*-[0-9]*-[0-9]*\)".*/\1/p' | head -1)"
[[ -n "$ref" ]] || die "dime cases --json listed no reference"
run_dime draft --case "$ref" --kind tribunal --lang nb --out "$WORK/klage.docx" >/dev/null 2>&1 \
    || die "dime draft (DOCX) failed in the bundle"
unzip -p "$WORK/klage.docx" word/document.xml | grep -q "$ref\|Diskrimineringsnemnda" \
    || die "the DOCX draft does not read back"
run_dime identity --out "$WORK/identity.pub" >"$WORK/identity.txt" || die "dime identity failed in the bundle"
[[ -s "$WORK/identity.pub" ]] || die "dime identity wrote no public key"
mkdir -p "$WORK/copy"
run_dime subject-export --case "$ref" --lang en --out "$WORK/copy" >/dev/null \
    || die "dime subject-export failed in the bundle"
find "$WORK/copy" -name '*.pdf' | grep -q . || die "the own copy has no PDF"
run_dime log --limit 5 >"$WORK/log.txt" || die "dime log failed in the bundle"
grep -qi "intact\|ok" "$WORK/log.txt" || { cat "$WORK/log.txt" >&2; die "dime log did not check the chain"; }
say "dime: a DOCX draft, a handover identity, a person's own copy and the access log work in the bundle"

# --- 1. the GUI, offscreen ---------------------------------------------------------
GUI="$BUNDLE/dime-desktop"
t0=$(date +%s.%N)
QT_QPA_PLATFORM=offscreen "$GUI" --demo --smoke-test >"$WORK/gui.txt" 2>"$WORK/gui.err" \
    || { cat "$WORK/gui.err" >&2; die "the frozen GUI did not start and quit cleanly"; }
t1=$(date +%s.%N)
grep -q 'smoke test: unlocked; windows: MainWindow' "$WORK/gui.txt" \
    || { cat "$WORK/gui.txt" "$WORK/gui.err" >&2; die "the GUI did not show the main window"; }
if grep -v 'propagateSizeHints' "$WORK/gui.err" | grep -q .; then
    cat "$WORK/gui.err" >&2
    die "the frozen GUI wrote to stderr"
fi
t2=$(date +%s.%N)
QT_QPA_PLATFORM=offscreen "$GUI" --vault "$demo_vault" --smoke-test >"$WORK/gui2.txt" 2>/dev/null \
    || die "the frozen GUI did not start on an existing vault"
t3=$(date +%s.%N)
grep -q 'smoke test: locked; windows: Unlock' "$WORK/gui2.txt" || die "no unlock screen"
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
say "GUI: --demo (makes a 400-case demo vault, opens it) to the main window and quit: $(seconds "$t0" "$t1") s"
say "GUI: start-up to the unlock screen of an existing vault and quit: $(seconds "$t2" "$t3") s"

# --- 3. no libGL --------------------------------------------------------------------
libgl="$(ldconfig -p 2>/dev/null | sed -n 's/^\s*libGL\.so\.1 (.*) => //p' | head -1)"
if [[ "$(id -u)" == "0" && -n "$libgl" ]] && command -v unshare >/dev/null 2>&1; then
    set +e
    QT_QPA_PLATFORM=offscreen unshare -m sh -c "mount --bind /dev/null '$libgl' && exec '$GUI' --smoke-test" \
        >"$WORK/nogl.txt" 2>&1
    rc=$?
    set -e
    ((rc == 1)) || { cat "$WORK/nogl.txt" >&2; die "without libGL the GUI exited with $rc, not 1"; }
    grep -q 'libGL.so.1' "$WORK/nogl.txt" && grep -q 'apt-get install libgl1' "$WORK/nogl.txt" \
        || { cat "$WORK/nogl.txt" >&2; die "without libGL the GUI did not say what is missing"; }
    ! grep -q 'Traceback' "$WORK/nogl.txt" || die "without libGL the GUI showed a traceback"
    say "GUI: without libGL it says: $(head -c 120 "$WORK/nogl.txt")…"
else
    say "GUI: the no-libGL check needs root and unshare; skipped"
fi

size_mb=$(du -sm "$BUNDLE" | cut -f1)
files=$(find "$BUNDLE" -type f | wc -l)
say "bundle: $BUNDLE, ${size_mb} MB in $files files"
say "smoke test passed"
