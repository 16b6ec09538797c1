"""Mediation areas and the advice areas they come from.

``resources/reference/mediation_areas.json`` is an ordinary code list (loaded
with the rest of the reference data) whose entries also carry
``"advice_areas"``: the advice desk's area codes whose cases fall under it.
A mediation area's code is the advice area's code where the two correspond
(``work``, ``goods_services``, ``online``, ``housing``, ``education``,
``other``), so what the register's mediation columns hold needs no
translation; ``nightlife`` falls under goods and services.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from dime_desktop.errors import ReferenceDataError
from dime_desktop.paths import resource_path
from dime_desktop.reference import ReferenceData, default_reference

OTHER = "other"


def load_area_map(path: Path | None = None, ref: ReferenceData | None = None) -> dict[str, str]:
    """advice area code -> mediation area code, from ``advice_areas`` (checked:
    known advice codes, each under one mediation area at most)."""
    file = path if path is not None else resource_path("reference", "mediation_areas.json")
    reference = ref if ref is not None else default_reference()
    try:
        raw = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ReferenceDataError(file, "file", f"cannot be read ({exc})") from None
    out: dict[str, str] = {}
    for i, entry in enumerate(raw.get("entries", []), start=1):
        code = entry.get("code")
        where = f'entry {i} ("{code}")'
        advice = entry.get("advice_areas", [])
        if not isinstance(advice, list) or not all(isinstance(a, str) for a in advice):
            raise ReferenceDataError(file, where, '"advice_areas" must be a list of area codes')
        for a in advice:
            if a not in reference.areas:
                raise ReferenceDataError(file, where, f'"{a}" is not an advice area code')
            if a in out:
                raise ReferenceDataError(file, where, f'"{a}" is already under "{out[a]}"')
            out[a] = str(code)
    return out


@lru_cache(maxsize=1)
def default_area_map() -> Mapping[str, str]:
    return load_area_map()


def mediation_area_for(
    advice_area: str | None, area_map: Mapping[str, str] | None = None
) -> str | None:
    """The mediation area an advice area maps to; None where it maps to none."""
    if not advice_area:
        return None
    m = area_map if area_map is not None else default_area_map()
    return m.get(advice_area)


def counted_area(
    mediation_area: str | None,
    advice_area: str | None,
    ref: ReferenceData | None = None,
    area_map: Mapping[str, str] | None = None,
) -> str:
    """The mediation area a referral is counted under in the statistics: the
    recorded area, or where none was recorded the case's own (as the register
    always did); a mediation area code counts as it is, an advice area code
    under the mediation area it maps to, and anything else under "other"."""
    reference = ref if ref is not None else default_reference()
    code = mediation_area or advice_area
    if not code:
        return OTHER
    if code in reference.mediation_areas:
        return code
    return mediation_area_for(code, area_map) or OTHER
