"""Templates of documents: data files in ``resources/templates`` (JSON), checked
when loaded. A mistake is a :class:`ReferenceDataError` naming the file and the
place (``tribunal.json: sections[3].body.nb: unknown fact {plcae}``).

``common.json`` holds what every document shares: the facts (their gap labels
in nb/en and the field where each is filled in), phrases, header labels and
the sender. ``<kind>.json`` is one document (format: ``resources/templates/README.md``).
"""

from __future__ import annotations

import json
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dime_desktop.drafting import conditions
from dime_desktop.drafting.model import LANGUAGES, SECTION_KINDS, SECTION_TEXT
from dime_desktop.errors import ReferenceDataError
from dime_desktop.intake.model import Text
from dime_desktop.paths import resource_path

TEMPLATE_FORMAT = 1
OPTION_TYPES = ("bool", "text", "date", "choice", "multi", "decisions")
CHOICES_FROM = ("services",)
NOTICE_LEVELS = ("warning", "note")
LABEL_KEYS = ("to", "from", "date", "reference", "page", "footer", "redacted_banner", "attachment")

# Where a missing fact is filled in. Case-form fields (the keys CaseForm uses
# for its problem labels), the evidence tab, or the editor itself.
CASE_FIELD_TARGETS = (
    "opened",
    "area",
    "channel",
    "track",
    "counterpart_type",
    "counterpart_name",
    "grounds",
    "incident_types",
    "summary",
    "journal",
    "timeline",
    "follow_ups",
    "mediation",
    "mediation_area",
    "mediation_outcome",
    "client",
    "client_name",
    "client_contact",
)
EVIDENCE_TARGETS = ("evidence", "witnesses", "online")
DOCUMENT_TARGET = "document"


@dataclass(frozen=True)
class FactSpec:
    name: str
    label: Text  # the gap marker's label, e.g. "hendelsesdato"
    field: str  # where it is filled in (see CASE_FIELD_TARGETS, EVIDENCE_TARGETS, ...)


@dataclass(frozen=True)
class OptionSpec:
    """A choice the adviser makes in the editor (stored with the draft)."""

    name: str
    type: str
    label: Text
    default: Any = None
    choices: tuple[tuple[str, Text], ...] = ()
    choices_from: str | None = None


@dataclass(frozen=True)
class SectionSpec:
    id: str
    kind: str
    heading: Text | None
    body: Text
    when: dict[str, Any] | None
    facts: tuple[str, ...]  # the facts the body uses, in order of first use


@dataclass(frozen=True)
class SuggestionSpec:
    code: str
    label: Text
    reason: Text
    when: dict[str, Any]


@dataclass(frozen=True)
class NoticeSpec:
    code: str
    level: str
    text: Text
    when: dict[str, Any]


@dataclass(frozen=True)
class Template:
    kind: str
    path: Path
    name: Text  # what the document is called in lists and menus
    title: Text
    recipient: Text
    recipient_facts: tuple[str, ...]
    sections: tuple[SectionSpec, ...]
    options: tuple[OptionSpec, ...]
    facts: Mapping[str, FactSpec]  # common facts plus the template's own
    phrases: Mapping[str, Mapping[str, str]]  # lang -> name -> text (common plus own)
    labels: Mapping[str, Mapping[str, str]]  # lang -> header labels
    sender: Text
    suggestions: tuple[SuggestionSpec, ...] = ()
    notices: tuple[NoticeSpec, ...] = ()
    extra_choices: tuple[tuple[str, str, Text], ...] = ()  # (code, name, what) beside services
    description: str = ""

    def phrase(self, name: str, lang: str) -> str:
        return self.phrases[lang][name]

    def option(self, name: str) -> OptionSpec | None:
        return next((o for o in self.options if o.name == name), None)

    def default_options(self) -> dict[str, Any]:
        return {o.name: o.default for o in self.options if o.default is not None}


@dataclass
class _Reader:
    path: Path
    raw: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def open(cls, path: Path) -> _Reader:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ReferenceDataError(path, path.name, "the file is missing") from None
        except json.JSONDecodeError as exc:
            raise ReferenceDataError(
                path, f"line {exc.lineno} column {exc.colno}", f"not valid JSON ({exc.msg})"
            ) from None
        except OSError as exc:
            raise ReferenceDataError(path, path.name, f"cannot be read ({exc})") from None
        if not isinstance(raw, dict):
            raise ReferenceDataError(path, path.name, "expected a JSON object")
        return cls(path, raw)

    def fail(self, place: str, problem: str) -> ReferenceDataError:
        return ReferenceDataError(self.path, place, problem)

    def text(self, place: str, value: Any, *, allow_empty: bool = False) -> Text:
        if not isinstance(value, dict):
            raise self.fail(place, 'needs a text with "nb" and "en"')
        texts: dict[str, str] = {}
        for lang in LANGUAGES:
            t = value.get(lang)
            if not isinstance(t, str) or (not allow_empty and not t.strip()):
                raise self.fail(place, f'the text is missing its "{lang}" version')
            texts[lang] = t
        extra = set(value) - set(LANGUAGES)
        if extra:
            raise self.fail(place, f'unknown language "{sorted(extra)[0]}" (use nb and en)')
        return Text(texts["nb"], texts["en"])

    def ident(self, place: str, value: Any, seen: set[str]) -> str:
        if not isinstance(value, str) or not value.isidentifier():
            raise self.fail(place, "needs a name of letters, digits and _ (no spaces)")
        if value in seen:
            raise self.fail(place, f'the name "{value}" appears twice')
        seen.add(value)
        return value


def placeholders(text: str) -> list[str]:
    """The ``{names}`` in ``text`` in order (ValueError for anything but plain names)."""
    names: list[str] = []
    for _literal, name, spec, conversion in string.Formatter().parse(text):
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            raise ValueError(
                f"{{{name}{'!' + conversion if conversion else ''}}} is not a plain fact name"
            )
        if name not in names:
            names.append(name)
    return names


def _same_placeholders(
    r: _Reader, place: str, text: Text, check: Callable[[str, list[str]], None] | None = None
) -> list[str]:
    try:
        nb, en = placeholders(text.nb), placeholders(text.en)
    except ValueError as exc:
        raise r.fail(place, str(exc)) from None
    if check is not None:  # an unknown name first: usually a typo in one language
        check(place, nb + [n for n in en if n not in nb])
    if set(nb) != set(en):
        only = sorted(set(nb) ^ set(en))[0]
        lang = "nb" if only in nb else "en"
        raise r.fail(
            place, f"{{{only}}} is used only in the {lang} text; use the same facts in both"
        )
    return nb


@dataclass(frozen=True)
class Common:
    facts: Mapping[str, FactSpec]
    phrases: Mapping[str, Mapping[str, str]]
    labels: Mapping[str, Mapping[str, str]]
    sender: Text


def _fact_specs(r: _Reader, raw: Any, place: str) -> dict[str, FactSpec]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise r.fail(place, "must be an object of facts")
    out: dict[str, FactSpec] = {}
    for name, spec in raw.items():
        where = f'{place}."{name}"'
        if not isinstance(name, str) or not name.isidentifier():
            raise r.fail(where, "a fact name is letters, digits and _")
        if not isinstance(spec, dict):
            raise r.fail(where, 'needs "nb", "en" and "field"')
        target = spec.get("field")
        label = r.text(where, {k: v for k, v in spec.items() if k in LANGUAGES})
        if not isinstance(target, str) or not _valid_target(target):
            raise r.fail(
                f"{where}.field",
                f'unknown field "{target}" (a case field, {", ".join(EVIDENCE_TARGETS)}, '
                f'"{DOCUMENT_TARGET}" or "option:NAME")',
            )
        out[name] = FactSpec(name, label, target)
    return out


def _valid_target(target: str) -> bool:
    if target.startswith("option:"):
        return target[len("option:") :].isidentifier()
    return target in CASE_FIELD_TARGETS or target in EVIDENCE_TARGETS or target == DOCUMENT_TARGET


def _phrases(r: _Reader, raw: Any, place: str) -> dict[str, dict[str, str]]:
    if raw is None:
        return {lang: {} for lang in LANGUAGES}
    if not isinstance(raw, dict) or set(raw) != set(LANGUAGES):
        raise r.fail(place, 'needs exactly "nb" and "en" objects')
    out: dict[str, dict[str, str]] = {}
    for lang in LANGUAGES:
        block = raw[lang]
        if not isinstance(block, dict) or not all(isinstance(v, str) for v in block.values()):
            raise r.fail(f"{place}.{lang}", "must be an object of texts")
        out[lang] = dict(block)
    for name in set(out["nb"]) ^ set(out["en"]):
        lang = "en" if name in out["nb"] else "nb"
        raise r.fail(f'{place}.{lang}."{name}"', "the phrase exists in only one language")
    for name in out["nb"]:
        _same_placeholders(r, f'{place}."{name}"', Text(out["nb"][name], out["en"][name]))
    return out


def load_common(path: Path | None = None) -> Common:
    r = _Reader.open(path or resource_path("templates", "common.json"))
    if r.raw.get("format") != TEMPLATE_FORMAT:
        raise r.fail("format", f"must be {TEMPLATE_FORMAT}")
    facts = _fact_specs(r, r.raw.get("facts"), "facts")
    phrases = _phrases(r, r.raw.get("phrases"), "phrases")
    labels = _phrases(r, r.raw.get("labels"), "labels")
    for key in LABEL_KEYS:
        if key not in labels["nb"]:
            raise r.fail(f'labels.nb."{key}"', "this label is missing")
    sender = r.text("sender", r.raw.get("sender"))
    return Common(facts, phrases, labels, sender)


def load_template(
    path: Path,
    *,
    facts_given: frozenset[str],
    phrases_needed: frozenset[str],
    common: Common | None = None,
    questions: frozenset[str] | None = None,
) -> Template:
    """Load and check one template. ``facts_given``: the facts its prefill can
    give; ``phrases_needed``: the phrases the prefill uses."""
    common = common or load_common()
    r = _Reader.open(path)
    raw = r.raw
    if raw.get("format") != TEMPLATE_FORMAT:
        raise r.fail("format", f"must be {TEMPLATE_FORMAT}")
    kind = raw.get("kind")
    if not isinstance(kind, str) or kind != path.stem:
        raise r.fail("kind", f'must be "{path.stem}", the name of the file')
    known = set(raw) - {
        "format", "kind", "description", "name", "title", "recipient", "options", "facts",
        "phrases", "suggestions", "notices", "sections", "extra_choices",
    }  # fmt: skip
    if known:
        raise r.fail(sorted(known)[0], "unknown key")
    title = r.text("title", raw.get("title"))
    doc_name = r.text("name", raw["name"]) if "name" in raw else title
    recipient = r.text("recipient", raw.get("recipient", {"nb": "", "en": ""}), allow_empty=True)

    facts = dict(common.facts)
    facts.update(_fact_specs(r, raw.get("facts"), "facts"))
    own = _phrases(r, raw.get("phrases"), "phrases")
    phrases = {lang: {**common.phrases[lang], **own[lang]} for lang in LANGUAGES}
    for name in sorted(phrases_needed):
        if name not in phrases["nb"]:
            raise r.fail("phrases", f'the phrase "{name}" is needed by this document but missing')

    # options
    options: list[OptionSpec] = []
    seen: set[str] = set()
    raw_options = raw.get("options", [])
    if not isinstance(raw_options, list):
        raise r.fail("options", "must be a list")
    for i, o in enumerate(raw_options, start=1):
        place = f"options[{i}]"
        if not isinstance(o, dict):
            raise r.fail(place, "must be an object")
        name = r.ident(f"{place}.name", o.get("name"), seen)
        otype = o.get("type")
        if otype not in OPTION_TYPES:
            raise r.fail(f"{place}.type", f"must be one of {', '.join(OPTION_TYPES)}")
        choices: list[tuple[str, Text]] = []
        for j, c in enumerate(o.get("choices", []), start=1):
            if not isinstance(c, dict) or not isinstance(c.get("code"), str):
                raise r.fail(f"{place}.choices[{j}]", 'needs a "code"')
            choices.append((c["code"], r.text(f"{place}.choices[{j}]", c.get("label"))))
        choices_from = o.get("choices_from")
        if choices_from is not None and choices_from not in CHOICES_FROM:
            raise r.fail(f"{place}.choices_from", f"must be one of {', '.join(CHOICES_FROM)}")
        if otype in ("choice", "multi") and not choices and choices_from is None:
            raise r.fail(place, f'a "{otype}" option needs "choices" or "choices_from"')
        options.append(
            OptionSpec(
                name,
                otype,
                r.text(f"{place}.label", o.get("label")),
                o.get("default"),
                tuple(choices),
                choices_from,
            )
        )
    option_names = frozenset(o.name for o in options)

    def cond(place: str, value: Any) -> dict[str, Any]:
        try:
            conditions.check(value, place, options=option_names, questions=questions)
        except conditions.ConditionError as exc:
            raise r.fail(place, str(exc).split(": ", 1)[-1]) from None
        assert isinstance(value, dict)
        return value

    def check_facts(place: str, names: list[str]) -> None:
        for name in names:
            if name not in facts_given:
                raise r.fail(place, f"unknown fact {{{name}}} (this document knows: "
                             f"{', '.join(sorted(facts_given))})")  # fmt: skip
            if name not in facts:
                raise r.fail(place, f"the fact {{{name}}} has no label in facts")

    recipient_facts = _same_placeholders(r, "recipient", recipient, check_facts)

    # sections
    sections: list[SectionSpec] = []
    seen = set()
    raw_sections = raw.get("sections")
    if not isinstance(raw_sections, list) or not raw_sections:
        raise r.fail("sections", "needs a non-empty list of sections")
    for i, s in enumerate(raw_sections, start=1):
        place = f"sections[{i}]"
        if not isinstance(s, dict):
            raise r.fail(place, "must be an object")
        sid = r.ident(f"{place}.id", s.get("id"), seen)
        place = f'sections[{i}] ("{sid}")'
        skind = s.get("type", SECTION_TEXT)
        if skind not in SECTION_KINDS:
            raise r.fail(f"{place}.type", f"must be one of {', '.join(SECTION_KINDS)}")
        unknown = set(s) - {"id", "type", "heading", "body", "when"}
        if unknown:
            raise r.fail(f"{place}.{sorted(unknown)[0]}", "unknown key")
        heading = r.text(f"{place}.heading", s["heading"]) if "heading" in s else None
        body = r.text(f"{place}.body", s.get("body"))
        used = _same_placeholders(r, f"{place}.body", body, check_facts)
        when = cond(f"{place}.when", s["when"]) if "when" in s else None
        sections.append(SectionSpec(sid, skind, heading, body, when, tuple(used)))

    suggestions: list[SuggestionSpec] = []
    seen = set()
    for i, s in enumerate(raw.get("suggestions", []), start=1):
        place = f"suggestions[{i}]"
        if not isinstance(s, dict):
            raise r.fail(place, "must be an object")
        code = s.get("code")
        if not isinstance(code, str) or not code or code in seen:
            raise r.fail(f"{place}.code", "needs a code of its own")
        seen.add(code)
        suggestions.append(
            SuggestionSpec(
                code,
                r.text(f"{place}.label", s.get("label")),
                r.text(f"{place}.reason", s.get("reason")),
                cond(f"{place}.when", s.get("when")),
            )
        )
    notices: list[NoticeSpec] = []
    seen = set()
    for i, n in enumerate(raw.get("notices", []), start=1):
        place = f"notices[{i}]"
        if not isinstance(n, dict):
            raise r.fail(place, "must be an object")
        code = n.get("code")
        if not isinstance(code, str) or not code or code in seen:
            raise r.fail(f"{place}.code", "needs a code of its own")
        seen.add(code)
        if n.get("level") not in NOTICE_LEVELS:
            raise r.fail(f"{place}.level", f"must be one of {', '.join(NOTICE_LEVELS)}")
        notices.append(
            NoticeSpec(
                code,
                str(n["level"]),
                r.text(f"{place}.text", n.get("text")),
                cond(f"{place}.when", n.get("when")),
            )
        )
    extra: list[tuple[str, str, Text]] = []
    for i, e in enumerate(raw.get("extra_choices", []), start=1):
        place = f"extra_choices[{i}]"
        if not isinstance(e, dict) or not isinstance(e.get("code"), str):
            raise r.fail(place, 'needs a "code"')
        if not isinstance(e.get("name"), str) or not e["name"].strip():
            raise r.fail(f"{place}.name", "needs a name")
        extra.append((e["code"], e["name"], r.text(f"{place}.what", e.get("what"))))

    return Template(
        kind=kind,
        path=path,
        name=doc_name,
        title=title,
        recipient=recipient,
        recipient_facts=tuple(recipient_facts),
        sections=tuple(sections),
        options=tuple(options),
        facts=facts,
        phrases=phrases,
        labels=common.labels,
        sender=common.sender,
        suggestions=tuple(suggestions),
        notices=tuple(notices),
        extra_choices=tuple(extra),
        description=str(raw.get("description", "")),
    )
