"""The texts of the yearly statistics (titles, labels, notes) in bokmål and
English: data in ``resources/texts/yearly_report.json``, shared by the PDF
(``documents/yearly_report.py``) and the CSV/XLSX exports (``stats/export.py``)."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from dime_desktop.paths import resource_path


@lru_cache(maxsize=1)
def report_texts() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resource_path("texts", "yearly_report.json").read_text(encoding="utf-8")
    )
    return data


def texts_for(lang: str) -> dict[str, Any]:
    t: dict[str, Any] = report_texts()["en" if lang == "en" else "nb"]
    return t


def table_omitted_text(texts: dict[str, Any], pub: Any, year: int, threshold: int | None) -> str:
    """Why a table is left out, in words that are true: how many cases it
    counts in each year shown (a year of many cases can be left out for the
    previous year's few) and that counts under the threshold are hidden."""
    values = {
        "total": pub.total,
        "year": year,
        "previous": year - 1,
        "previous_total": pub.previous_total,
        "threshold": threshold if threshold is not None else 3,
    }
    key = "table_omitted" if pub.previous_total is None else "table_omitted_previous"
    return str(texts[key]).format(**values)
