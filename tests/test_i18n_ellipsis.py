"""Buttons and menu items that open a dialog end in "…" the same way in the
English source and in bokmål: one character, no space before it (as Qt and
GNOME write it), never three full stops. Checked for every fragment file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FRAGMENTS = Path(__file__).resolve().parent.parent / "i18n" / "fragments"
AREAS = sorted(p.stem for p in FRAGMENTS.glob("*.json"))


def _pairs(area: str) -> list[tuple[str, str]]:
    data = json.loads((FRAGMENTS / f"{area}.json").read_text("utf-8"))
    return [
        (source, text)
        for source, value in data.items()
        for text in (value if isinstance(value, list) else [value])
    ]


@pytest.mark.parametrize("area", AREAS)
def test_one_ellipsis_without_a_space_before_it(area: str) -> None:
    for source, text in _pairs(area):
        for s in (source, text):
            assert "..." not in s, f"{area}: three full stops in {s!r}"
            assert " …" not in s, f"{area}: a space before the ellipsis in {s!r}"
        assert source.endswith("…") == text.endswith("…"), f"{area}: {source!r} → {text!r}"
