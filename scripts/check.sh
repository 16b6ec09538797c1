#!/usr/bin/env bash
# The whole check, headless: set-up, ruff (lint and format), mypy, pytest.
# Stops at the first failure. Extra arguments go to pytest.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
export PYTHONDONTWRITEBYTECODE=1
START=$SECONDS

step() {  # step NAME COMMAND...
    local name="$1" t0=$SECONDS rc
    shift
    printf '\n==> %s\n' "$name"
    "$@"
    rc=$?
    if ((rc != 0)); then
        if [[ "$name" == pytest ]] && ((rc == 5)); then
            printf '\ncheck: FAILED at pytest: no tests were collected (exit 5)\n' >&2
        else
            printf '\ncheck: FAILED at %s (exit %d) after %ds\n' "$name" "$rc" $((SECONDS - START)) >&2
        fi
        exit 1
    fi
    printf -- '--- %s ok (%ds)\n' "$name" $((SECONDS - t0))
}

step setup scripts/setup.sh
step "ruff check" .venv/bin/ruff check .
step "ruff format" .venv/bin/ruff format --check .
step mypy .venv/bin/mypy
step pytest .venv/bin/python -m pytest -p no:cacheprovider -q "$@"
printf '\ncheck: all passed (setup, ruff, mypy, pytest) in %ds\n' $((SECONDS - START))
