"""Code lists as data: each entry has a fixed code, a bokmål and an English
label, and aliases. Any of these finds the entry, case-insensitively.

The files live in ``resources/reference/<kind>.json``::

    {"description": "...", "entries": [
        {"code": "work", "nb": "Arbeidsliv", "en": "Working life", "aliases": ["Arbeidsplass"]}
    ]}
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dime_desktop.errors import ReferenceDataError
from dime_desktop.paths import resource_path

KINDS = (
    "areas",
    "grounds",
    "channels",
    "incident_types",
    "tracks",
    "counterpart_types",
    "mediation_outcomes",
    "statuses",
    "outreach_kinds",
    # the mediation desk (dime_desktop/mediation)
    "mediation_areas",
    "mediation_stages",
    "mediation_milestones",
    "meeting_places",
    "closing_reasons",
    "party_roles",
    "consent_methods",
    "term_kinds",
)

LANGUAGES = ("nb", "en")


@dataclass(frozen=True)
class Entry:
    code: str
    nb: str
    en: str
    aliases: tuple[str, ...] = ()

    def label(self, lang: str) -> str:
        return self.en if lang == "en" else self.nb


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


class ReferenceList:
    """One code list, in file order."""

    def __init__(self, kind: str, entries: list[Entry], file: Path | str = "") -> None:
        self.kind = kind
        self.entries = tuple(entries)
        self._by_code = {e.code: e for e in entries}
        self._lookup: dict[str, str] = {}
        for e in entries:
            for name in (e.code, e.nb, e.en, *e.aliases):
                k = _key(name)
                other = self._lookup.get(k)
                if other is not None and other != e.code:
                    raise ReferenceDataError(file, e.code, f'"{name}" is also a name of "{other}"')
                self._lookup[k] = e.code

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def codes(self) -> list[str]:
        return [e.code for e in self.entries]

    def get(self, code: str) -> Entry:
        return self._by_code[code]

    def resolve(self, text: str) -> str | None:
        """The code for a code, label or alias (case-insensitive), or None."""
        return self._lookup.get(_key(text))

    def label(self, code: str, lang: str) -> str:
        """The label in ``lang``; an unknown code is shown as it is."""
        entry = self._by_code.get(code)
        return entry.label(lang) if entry else code


@dataclass(frozen=True)
class ReferenceData:
    areas: ReferenceList
    grounds: ReferenceList
    channels: ReferenceList
    incident_types: ReferenceList
    tracks: ReferenceList
    counterpart_types: ReferenceList
    mediation_outcomes: ReferenceList
    statuses: ReferenceList
    outreach_kinds: ReferenceList
    mediation_areas: ReferenceList
    mediation_stages: ReferenceList
    mediation_milestones: ReferenceList
    meeting_places: ReferenceList
    closing_reasons: ReferenceList
    party_roles: ReferenceList
    consent_methods: ReferenceList
    term_kinds: ReferenceList

    def kind(self, name: str) -> ReferenceList:
        value = getattr(self, name)
        assert isinstance(value, ReferenceList)
        return value


def _load_list(kind: str, file: Path) -> ReferenceList:
    try:
        raw = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ReferenceDataError(file, kind, "the file is missing") from None
    except json.JSONDecodeError as exc:
        raise ReferenceDataError(
            file, f"line {exc.lineno}", f"not valid JSON ({exc.msg})"
        ) from None
    if not isinstance(raw, dict) or not isinstance(raw.get("entries"), list):
        raise ReferenceDataError(file, kind, 'expected an object with a list "entries"')
    entries: list[Entry] = []
    seen: set[str] = set()
    for i, item in enumerate(raw["entries"], start=1):
        where = f"entry {i}"
        if not isinstance(item, dict):
            raise ReferenceDataError(file, where, "expected an object")
        code = item.get("code")
        if not isinstance(code, str) or not code.isidentifier() or code != code.lower():
            raise ReferenceDataError(file, where, 'needs a lower-case "code" like "work"')
        where = f'entry {i} ("{code}")'
        if code in seen:
            raise ReferenceDataError(file, where, "the code appears twice")
        seen.add(code)
        labels = {}
        for lang in LANGUAGES:
            text = item.get(lang)
            if not isinstance(text, str) or not text.strip():
                raise ReferenceDataError(file, where, f'needs a label "{lang}"')
            labels[lang] = text.strip()
        aliases = item.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise ReferenceDataError(file, where, '"aliases" must be a list of texts')
        entries.append(Entry(code, labels["nb"], labels["en"], tuple(aliases)))
    if not entries:
        raise ReferenceDataError(file, kind, "the list is empty")
    return ReferenceList(kind, entries, file)


def load_reference(folder: Path | None = None) -> ReferenceData:
    """Load and validate every code list (from ``resources/reference`` by default)."""
    base = folder if folder is not None else resource_path("reference")
    lists = {kind: _load_list(kind, base / f"{kind}.json") for kind in KINDS}
    return ReferenceData(**lists)


@lru_cache(maxsize=1)
def default_reference() -> ReferenceData:
    """The shipped reference data, loaded once."""
    return load_reference()
