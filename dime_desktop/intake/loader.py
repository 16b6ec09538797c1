"""Load and validate the intake data in ``resources/intake`` (format in
RULES.md). Every problem raises :class:`ReferenceDataError` naming the file
and the entry, so the service can fix the data without a programmer."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from dime_desktop.errors import ReferenceDataError
from dime_desktop.intake.conditions import ConditionProblemError, check_condition
from dime_desktop.intake.model import (
    CASE_FIELDS,
    LANGUAGES,
    QUESTION_TYPES,
    SUGGESTION_KINDS,
    Condition,
    ConditionalText,
    Deadline,
    EvidenceGroup,
    EvidenceItem,
    IntakeData,
    Option,
    Question,
    Rule,
    Service,
    Step,
    Text,
)
from dime_desktop.paths import resource_path
from dime_desktop.reference import KINDS, ReferenceData, default_reference

FILES = ("steps.json", "services.json", "evidence.json", "rules.json")


class _File:
    """One data file being read: raises errors naming it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.raw: Any = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ReferenceDataError(path, path.name, "the file is missing") from None
        except json.JSONDecodeError as exc:
            raise ReferenceDataError(
                path, f"line {exc.lineno}", f"not valid JSON ({exc.msg})"
            ) from None
        if not isinstance(self.raw, dict):
            raise ReferenceDataError(path, path.name, "expected a JSON object")

    def fail(self, entry: str, problem: str) -> ReferenceDataError:
        return ReferenceDataError(self.path, entry, problem)

    def items(self, key: str) -> list[tuple[str, dict[str, Any]]]:
        """The list ``key`` as (entry name, object) pairs; entries are named by
        their ``id``/``code`` when they have one."""
        value = self.raw.get(key)
        if not isinstance(value, list):
            raise self.fail(self.path.name, f'expected a list "{key}"')
        out: list[tuple[str, dict[str, Any]]] = []
        for i, item in enumerate(value, start=1):
            if not isinstance(item, dict):
                raise self.fail(f"{key} entry {i}", "expected an object")
            ident = item.get("id", item.get("code"))
            name = f'{key} entry {i} ("{ident}")' if isinstance(ident, str) else f"{key} entry {i}"
            out.append((name, item))
        return out

    def ident(self, entry: str, item: dict[str, Any], key: str, seen: set[str]) -> str:
        value = item.get(key)
        if not isinstance(value, str) or not value.strip() or value != value.strip():
            raise self.fail(entry, f'needs an "{key}" (a text without spaces at the ends)')
        if value in seen:
            raise self.fail(entry, f'the {key} "{value}" appears twice')
        seen.add(value)
        return value

    def text(self, entry: str, item: dict[str, Any], key: str | None) -> Text:
        """``item[key]`` as {"nb": ..., "en": ...}; key None: nb/en on the item itself."""
        obj = item if key is None else item.get(key)
        what = "" if key is None else f'"{key}" '
        if not isinstance(obj, dict):
            raise self.fail(entry, f'needs a text {what}with "nb" and "en"')
        texts: dict[str, str] = {}
        for lang in LANGUAGES:
            t = obj.get(lang)
            if not isinstance(t, str) or not t.strip():
                raise self.fail(entry, f'the text {what}is missing its "{lang}" version')
            texts[lang] = t.strip()
        return Text(texts["nb"], texts["en"])

    def optional_text(self, entry: str, item: dict[str, Any], key: str) -> Text | None:
        return self.text(entry, item, key) if key in item else None

    def flag(self, entry: str, item: dict[str, Any], key: str) -> bool:
        value = item.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(entry, f'"{key}" must be true or false')
        return value

    def codes(
        self, entry: str, item: dict[str, Any], key: str, known: dict[str, Any]
    ) -> tuple[str, ...]:
        value = item.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(entry, f'"{key}" must be a list of codes')
        for v in value:
            if v not in known:
                raise self.fail(entry, f'unknown service "{v}" in "{key}"')
        return tuple(value)


class _Validator:
    def __init__(self, questions: dict[str, Question], ref: ReferenceData, evidence: set[str]):
        self.questions = questions
        self.ref = ref
        self.evidence = evidence
        self.names: dict[str, Any] = {}

    def option_codes(self, q: Question) -> set[str] | None:
        if q.type == "checklist":
            return self.evidence
        if q.type == "grounds":
            return set(self.ref.grounds.codes())
        if q.options_from is not None:
            return set(self.ref.kind(q.options_from).codes())
        if q.options:
            return {o.code for o in q.options}
        return None

    def check(self, file: _File, entry: str, cond: Any, path: str = "when") -> Condition:
        try:
            check_condition(cond, self.questions, self.option_codes, self.names, path)
        except ConditionProblemError as exc:
            raise file.fail(entry, str(exc)) from None
        assert isinstance(cond, dict)
        return cond


def _load_steps(f: _File, services: dict[str, Service], ref: ReferenceData) -> tuple[Step, ...]:
    steps: list[Step] = []
    step_ids: set[str] = set()
    question_ids: set[str] = set()
    for entry, item in f.items("steps"):
        sid = f.ident(entry, item, "id", step_ids)
        qs: list[Question] = []
        raw_qs = item.get("questions", [])
        if not isinstance(raw_qs, list):
            raise f.fail(entry, '"questions" must be a list')
        for qi, q in enumerate(raw_qs, start=1):
            qentry = f'step "{sid}" question {qi}'
            if not isinstance(q, dict):
                raise f.fail(qentry, "expected an object")
            qid = f.ident(qentry, q, "id", question_ids)
            qentry = f'step "{sid}" question "{qid}"'
            qtype = q.get("type")
            if qtype not in QUESTION_TYPES:
                raise f.fail(qentry, f'unknown type "{qtype}" (one of {", ".join(QUESTION_TYPES)})')
            options: list[Option] = []
            options_from = q.get("options_from")
            if options_from is not None:
                if options_from not in KINDS:
                    raise f.fail(qentry, f'unknown reference list "{options_from}"')
                options = [Option(e.code, Text(e.nb, e.en)) for e in ref.kind(options_from)]
            elif "options" in q:
                raw_opts = q["options"]
                if not isinstance(raw_opts, list) or not raw_opts:
                    raise f.fail(qentry, '"options" must be a non-empty list')
                seen: set[str] = set()
                for oi, o in enumerate(raw_opts, start=1):
                    oentry = f"{qentry} option {oi}"
                    if not isinstance(o, dict):
                        raise f.fail(oentry, "expected an object")
                    code = f.ident(oentry, o, "code", seen)
                    oentry = f'{qentry} option "{code}"'
                    options.append(
                        Option(
                            code, f.text(oentry, o, None), f.codes(oentry, o, "services", services)
                        )
                    )
            if qtype in ("choice", "multi") and not options:
                raise f.fail(qentry, f'a {qtype} question needs "options" or "options_from"')
            field = q.get("field")
            if field is not None:
                if field not in CASE_FIELDS:
                    raise f.fail(qentry, f'unknown case field "{field}"')
                if CASE_FIELDS[field] != qtype:
                    raise f.fail(
                        qentry, f'the case field "{field}" needs a {CASE_FIELDS[field]} question'
                    )
            qs.append(
                Question(
                    id=qid,
                    type=qtype,
                    label=f.text(qentry, q, "label"),
                    options=tuple(options),
                    options_from=options_from,
                    field=field,
                    multiline=f.flag(qentry, q, "multiline"),
                    help=f.optional_text(qentry, q, "help"),
                )
            )
        steps.append(
            Step(
                id=sid,
                title=f.text(entry, item, "title"),
                intro=f.text(entry, item, "intro"),
                questions=tuple(qs),
                suggestions=f.flag(entry, item, "suggestions"),
            )
        )
    if not steps:
        raise f.fail(f.path.name, "there are no steps")
    return tuple(steps)


def _load_services(f: _File) -> dict[str, Service]:
    services: dict[str, Service] = {}
    seen: set[str] = set()
    for entry, item in f.items("services"):
        code = f.ident(entry, item, "code", seen)
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            raise f.fail(entry, 'needs a "name"')
        services[code] = Service(
            code=code,
            name=name.strip(),
            what=f.text(entry, item, "what"),
            reach=f.text(entry, item, "reach"),
            verified=f.flag(entry, item, "verified"),
        )
    return services


def _conditional_texts(
    f: _File, v: _Validator, entry: str, item: dict[str, Any], key: str, required: bool
) -> tuple[ConditionalText, ...]:
    raw = item.get(key, [])
    if not isinstance(raw, list) or (required and not raw):
        raise f.fail(entry, f'"{key}" must be a{" non-empty" if required else ""} list')
    out: list[ConditionalText] = []
    for i, r in enumerate(raw, start=1):
        if not isinstance(r, dict):
            raise f.fail(entry, f"{key} {i}: expected an object")
        when = v.check(f, entry, r["when"], f"{key}[{i}].when") if "when" in r else None
        out.append(ConditionalText(f.text(f"{entry} {key} {i}", r, None), when))
    return tuple(out)


def _deadline(f: _File, v: _Validator, entry: str, raw: Any) -> Deadline | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise f.fail(entry, '"deadline" must be an object')
    if set(raw) == {"days_from_today"}:
        days = raw["days_from_today"]
        if not isinstance(days, int) or isinstance(days, bool) or days < 0:
            raise f.fail(entry, '"days_from_today" needs a whole number 0 or more')
        return Deadline(days_from_today=days)
    if set(raw) == {"answer", "add_years"}:
        qid = raw["answer"]
        q = v.questions.get(qid) if isinstance(qid, str) else None
        if q is None or q.type not in ("date", "timeline"):
            raise f.fail(entry, f'"deadline" needs a date or timeline question, not "{qid}"')
        years = raw["add_years"]
        if not isinstance(years, int) or isinstance(years, bool) or years < 0:
            raise f.fail(entry, '"add_years" needs a whole number 0 or more')
        return Deadline(answer=qid, add_years=years)
    raise f.fail(
        entry, '"deadline" is {"days_from_today": N} or {"answer": "question.id", "add_years": N}'
    )


def load_intake(folder: Path | None = None, reference: ReferenceData | None = None) -> IntakeData:
    """Load and validate every intake file (from ``resources/intake`` by default)."""
    base = folder if folder is not None else resource_path("intake")
    ref = reference if reference is not None else default_reference()
    files = {name: _File(base / name) for name in FILES}

    services = _load_services(files["services.json"])
    steps = _load_steps(files["steps.json"], services, ref)
    questions = {q.id: q for s in steps for q in s.questions}

    # evidence items: codes first (conditions may test the checklist itself)
    ef = files["evidence.json"]
    groups: list[EvidenceGroup] = []
    seen: set[str] = set()
    for entry, item in ef.items("groups"):
        groups.append(
            EvidenceGroup(ef.ident(entry, item, "code", seen), ef.text(entry, item, None))
        )
    group_codes = {g.code for g in groups}
    raw_items = ef.items("items")
    item_codes = {i.get("code") for _, i in raw_items if isinstance(i.get("code"), str)}
    v = _Validator(questions, ref, {c for c in item_codes if isinstance(c, str)})

    # named conditions (rules.json) — validated before anything uses them
    rf = files["rules.json"]
    names = rf.raw.get("conditions", {})
    if not isinstance(names, dict):
        raise rf.fail("conditions", "expected an object of named conditions")
    v.names = names
    for name, cond in names.items():
        v.check(rf, f'condition "{name}"', cond, "condition")
    _check_cycles(rf, names)

    evidence: list[EvidenceItem] = []
    seen = set()
    for entry, item in raw_items:
        code = ef.ident(entry, item, "code", seen)
        group = item.get("group")
        if group not in group_codes:
            raise ef.fail(entry, f'unknown group "{group}"')
        when = v.check(ef, entry, item["when"]) if "when" in item else None
        evidence.append(
            EvidenceItem(
                code, group, ef.text(entry, item, None), ef.flag(entry, item, "urgent"), when
            )
        )

    rules: list[Rule] = []
    seen = set()
    for entry, item in rf.items("rules"):
        rid = rf.ident(entry, item, "id", seen)
        entry = f'rule "{rid}"'
        kind = item.get("kind")
        if kind not in SUGGESTION_KINDS:
            raise rf.fail(entry, f'unknown kind "{kind}" (one of {", ".join(SUGGESTION_KINDS)})')
        if "when" not in item:
            raise rf.fail(entry, 'needs a condition "when"')
        text = rf.text(entry, item, "text")
        rules.append(
            Rule(
                id=rid,
                kind=kind,
                when=v.check(rf, entry, item["when"]),
                text=text,
                plain=rf.optional_text(entry, item, "plain") or text,
                reasons=_conditional_texts(rf, v, entry, item, "reason", required=True),
                warnings=_conditional_texts(rf, v, entry, item, "warnings", required=False),
                warning=rf.flag(entry, item, "warning"),
                deadline=_deadline(rf, v, entry, item.get("deadline")),
                services=rf.codes(entry, item, "services", services),
            )
        )
    return IntakeData(
        steps=steps,
        services=services,
        evidence_groups=tuple(groups),
        evidence=tuple(evidence),
        conditions=dict(names),
        rules=tuple(rules),
        questions=questions,
    )


def _refs(cond: Any) -> list[str]:
    if not isinstance(cond, dict):
        return []
    if "ref" in cond:
        return [cond["ref"]]
    if "not" in cond:
        return _refs(cond["not"])
    out: list[str] = []
    for key in ("all", "any"):
        for sub in cond.get(key, []):
            out.extend(_refs(sub))
    return out


def _check_cycles(f: _File, names: dict[str, Any]) -> None:
    def visit(name: str, stack: tuple[str, ...]) -> None:
        if name in stack:
            raise f.fail(
                f'condition "{name}"', "refers to itself (" + " → ".join((*stack, name)) + ")"
            )
        for r in _refs(names[name]):
            visit(r, (*stack, name))

    for name in names:
        visit(name, ())


@lru_cache(maxsize=1)
def default_intake() -> IntakeData:
    """The shipped intake data, loaded once."""
    return load_intake()
