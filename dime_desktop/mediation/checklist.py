"""The suitability checklist and its notices, as data:
``resources/mediation/suitability.json``.

The file is checked when it is loaded; a mistake raises
:class:`~dime_desktop.errors.ReferenceDataError` naming the file and the
place (``items[3] ("voluntary")``, ``notices.hate_crime.when[2]``) and what
is wrong, so whoever edits the file sees where.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from dime_desktop.errors import ReferenceDataError
from dime_desktop.paths import resource_path
from dime_desktop.reference import ReferenceData, default_reference

LANGUAGES = ("nb", "en")
_ITEM_KEYS = {"code", "nb", "en", "help", "review_on_change"}
_NOTICES: dict[str, tuple[str, ...]] = {
    # notice -> placeholders its texts must accept
    "hate_crime": (),
    "three_year": ("first", "limit"),
    "three_year_passed": ("first",),
    "three_year_unknown": (),
}
# a condition of the hate-crime notice: key -> reference list its codes come from
_WHEN_KEYS = {"areas": "areas", "incident_types": "incident_types", "tracks": "tracks"}


@dataclass(frozen=True)
class Text:
    nb: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.nb


@dataclass(frozen=True)
class ChecklistItem:
    code: str
    label: Text
    help: Text | None = None
    review_on_change: bool = False  # answer again when the parties or consents change


@dataclass(frozen=True)
class Condition:
    """All the given lists must match (an empty list is not given)."""

    areas: tuple[str, ...] = ()
    incident_types: tuple[str, ...] = ()
    tracks: tuple[str, ...] = ()


@dataclass(frozen=True)
class Checklist:
    items: tuple[ChecklistItem, ...]
    notices: Mapping[str, Text]
    hate_crime_when: tuple[Condition, ...]
    version: int = 1

    def codes(self) -> list[str]:
        return [i.code for i in self.items]

    def item(self, code: str) -> ChecklistItem | None:
        return next((i for i in self.items if i.code == code), None)


class _File:
    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, problem: str) -> ReferenceDataError:
        return ReferenceDataError(self.path, where, problem)

    def text(self, obj: Any, where: str, placeholders: tuple[str, ...] = ()) -> Text:
        if not isinstance(obj, dict):
            raise self.fail(where, 'expected an object with "nb" and "en"')
        values = {}
        for lang in LANGUAGES:
            value = obj.get(lang)
            if not isinstance(value, str) or not value.strip():
                raise self.fail(where, f'needs a text "{lang}"')
            try:
                value.format(**{name: "" for name in placeholders})
            except (KeyError, IndexError, ValueError) as exc:
                allowed = ", ".join("{" + n + "}" for n in placeholders) or "none"
                raise self.fail(
                    where, f'"{lang}": unknown placeholder {exc} (allowed: {allowed})'
                ) from None
            values[lang] = value.strip()
        return Text(values["nb"], values["en"])


def load_checklist(path: Path | None = None, ref: ReferenceData | None = None) -> Checklist:
    """Load and check the checklist (``resources/mediation/suitability.json`` by default)."""
    file = path if path is not None else resource_path("mediation", "suitability.json")
    reference = ref if ref is not None else default_reference()
    f = _File(file)
    try:
        raw = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise f.fail("file", "the file is missing") from None
    except json.JSONDecodeError as exc:
        raise f.fail(f"line {exc.lineno}", f"not valid JSON ({exc.msg})") from None
    if not isinstance(raw, dict):
        raise f.fail("file", 'expected an object with "items" and "notices"')
    version = raw.get("version", 1)
    if not isinstance(version, int) or isinstance(version, bool):
        raise f.fail("version", "must be a whole number")

    items_raw = raw.get("items")
    if not isinstance(items_raw, list) or not items_raw:
        raise f.fail("items", "expected a non-empty list of items")
    items: list[ChecklistItem] = []
    seen: set[str] = set()
    for i, entry in enumerate(items_raw):
        where = f"items[{i}]"
        if not isinstance(entry, dict):
            raise f.fail(where, "expected an object")
        code = entry.get("code")
        if not isinstance(code, str) or not code.isidentifier() or code != code.lower():
            raise f.fail(where, 'needs a lower-case "code" like "facts_clarified"')
        where = f'items[{i}] ("{code}")'
        if code in seen:
            raise f.fail(where, "the code appears twice")
        seen.add(code)
        unknown = sorted(set(entry) - _ITEM_KEYS)
        if unknown:
            raise f.fail(where, f'unknown key "{unknown[0]}"')
        label = f.text({"nb": entry.get("nb"), "en": entry.get("en")}, where)
        help_text = None
        if "help" in entry:
            help_text = f.text(entry["help"], f"{where}.help")
        review = entry.get("review_on_change", False)
        if not isinstance(review, bool):
            raise f.fail(where, '"review_on_change" must be true or false')
        items.append(ChecklistItem(code, label, help_text, review))

    notices_raw = raw.get("notices")
    if not isinstance(notices_raw, dict):
        raise f.fail("notices", "expected an object")
    notices: dict[str, Text] = {}
    for name, placeholders in _NOTICES.items():
        if name not in notices_raw:
            raise f.fail(f"notices.{name}", "is missing")
        notices[name] = f.text(notices_raw[name], f"notices.{name}", placeholders)
    unknown_notices = sorted(set(notices_raw) - set(_NOTICES))
    if unknown_notices:
        raise f.fail(f"notices.{unknown_notices[0]}", "unknown notice")

    when_raw = notices_raw["hate_crime"].get("when")
    if not isinstance(when_raw, list) or not when_raw:
        raise f.fail("notices.hate_crime.when", "expected a non-empty list of conditions")
    conditions: list[Condition] = []
    for i, cond in enumerate(when_raw):
        where = f"notices.hate_crime.when[{i}]"
        if not isinstance(cond, dict) or not cond:
            raise f.fail(where, 'expected an object like {"areas": ["hate_crime"]}')
        lists: dict[str, tuple[str, ...]] = {}
        for key, value in cond.items():
            kind = _WHEN_KEYS.get(key)
            if kind is None:
                raise f.fail(where, f'unknown key "{key}" (use {", ".join(_WHEN_KEYS)})')
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise f.fail(where, f'"{key}" must be a list of codes')
            for code in value:
                if code not in reference.kind(kind):
                    raise f.fail(where, f'"{code}" is not a code of {kind}')
            lists[key] = tuple(value)
        conditions.append(Condition(**lists))
    return Checklist(tuple(items), notices, tuple(conditions), version)


@lru_cache(maxsize=1)
def default_checklist() -> Checklist:
    """The shipped checklist, loaded once."""
    return load_checklist()
