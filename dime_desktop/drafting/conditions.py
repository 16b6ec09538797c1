"""The small condition language of the templates: when a section, a notice or
a suggestion applies. Checked when a template is loaded (a mistake names the
place), evaluated against a :class:`DraftContext` and the draft's options.

A condition is an object with exactly one key of:

* ``{"all": [c, ...]}``, ``{"any": [c, ...]}``, ``{"not": c}``
* ``{"case": FIELD, OP: value}`` with FIELD in :data:`CASE_FIELDS` and OP one of
  ``is``, ``in``, ``includes``, ``includes_any``, ``answered``
* ``{"answer": "question.id", OP: value}``: an intake answer (same operators)
* ``{"evidence": "any" | "files" | "online" | "witnesses"}``: the evidence list has such items
* ``{"option": NAME, "is": value}``: a choice the adviser made in the editor
* ``{"events_older_than_years": N}``: the first event of the timeline is more than N years old
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date
from typing import Any

from dime_desktop.drafting.context import DraftContext

CASE_FIELDS = (
    "area",
    "counterpart_type",
    "track",
    "channel",
    "status",
    "grounds",
    "incident_types",
    "mediation_referred",
    "client",
)
OPERATORS = ("is", "in", "includes", "includes_any", "answered")
EVIDENCE_TESTS = ("any", "files", "online", "witnesses")


class ConditionError(Exception):
    """What is wrong with a condition, with its place (``when.any[2]: ...``)."""


def check(
    cond: Any,
    path: str,
    *,
    options: Collection[str],
    questions: Collection[str] | None = None,
) -> None:
    """Raise :class:`ConditionError` for the first problem of ``cond``."""
    if not isinstance(cond, dict) or len(cond) == 0:
        raise ConditionError(f"{path}: a condition must be a non-empty object")
    if "all" in cond or "any" in cond:
        key = "all" if "all" in cond else "any"
        if len(cond) != 1:
            raise ConditionError(f'{path}: "{key}" must be alone in its object')
        subs = cond[key]
        if not isinstance(subs, list) or not subs:
            raise ConditionError(f'{path}: "{key}" needs a non-empty list of conditions')
        for i, sub in enumerate(subs, start=1):
            check(sub, f"{path}.{key}[{i}]", options=options, questions=questions)
        return
    if "not" in cond:
        if len(cond) != 1:
            raise ConditionError(f'{path}: "not" must be alone in its object')
        check(cond["not"], f"{path}.not", options=options, questions=questions)
        return
    if "events_older_than_years" in cond:
        n = cond["events_older_than_years"]
        if len(cond) != 1 or not isinstance(n, int) or isinstance(n, bool) or n < 0:
            raise ConditionError(f'{path}: "events_older_than_years" needs a whole number alone')
        return
    if "evidence" in cond:
        if len(cond) != 1 or cond["evidence"] not in EVIDENCE_TESTS:
            raise ConditionError(
                f'{path}: "evidence" must be one of {", ".join(EVIDENCE_TESTS)}, alone'
            )
        return
    if "option" in cond:
        name = cond["option"]
        if name not in options:
            raise ConditionError(f'{path}: unknown option "{name}" (the template has none)')
        if set(cond) != {"option", "is"}:
            raise ConditionError(f'{path}: an "option" test needs exactly "is"')
        return
    for subject in ("case", "answer"):
        if subject in cond:
            target = cond[subject]
            if subject == "case" and target not in CASE_FIELDS:
                raise ConditionError(f'{path}: unknown case field "{target}"')
            if subject == "answer" and (
                not isinstance(target, str) or (questions is not None and target not in questions)
            ):
                raise ConditionError(f'{path}: unknown intake question "{target}"')
            ops = set(cond) - {subject}
            if len(ops) != 1 or not ops <= set(OPERATORS):
                raise ConditionError(
                    f'{path}: a test on "{target}" needs exactly one of {", ".join(OPERATORS)}'
                )
            op = next(iter(ops))
            value = cond[op]
            if op in ("in", "includes_any") and not isinstance(value, list):
                raise ConditionError(f'{path}: "{op}" needs a list')
            if op == "answered" and not isinstance(value, bool):
                raise ConditionError(f'{path}: "answered" needs true or false')
            return
    raise ConditionError(f'{path}: unknown test "{sorted(cond)[0]}"')


def _case_value(ctx: DraftContext, name: str) -> Any:
    case = ctx.case
    if name == "grounds":
        return case.ground_codes()
    if name == "mediation_referred":
        return case.mediation.referred
    if name == "client":
        return case.client is not None
    return getattr(case, name)


def _answered(value: Any) -> bool:
    return value not in (None, "", [], {})


def _test(value: Any, op: str, wanted: Any) -> bool:
    if op == "answered":
        return _answered(value) is bool(wanted)
    if not _answered(value) and value is not False:
        return False
    if op == "is":
        return bool(value == wanted)
    if op == "in":
        return value in wanted
    items = value if isinstance(value, list) else [value]
    codes = [i.get("code") if isinstance(i, dict) else i for i in items]
    if op == "includes":
        return wanted in codes
    if op == "includes_any":
        return any(c in wanted for c in codes)
    return False


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def holds(cond: Mapping[str, Any], ctx: DraftContext, options: Mapping[str, Any]) -> bool:
    """Whether a (checked) condition holds."""
    if "all" in cond:
        return all(holds(c, ctx, options) for c in cond["all"])
    if "any" in cond:
        return any(holds(c, ctx, options) for c in cond["any"])
    if "not" in cond:
        return not holds(cond["not"], ctx, options)
    if "events_older_than_years" in cond:
        first = ctx.earliest_event()
        return first is not None and first < _years_before(
            ctx.today, int(cond["events_older_than_years"])
        )
    if "evidence" in cond:
        what = cond["evidence"]
        items = list(ctx.evidence)
        if what == "any":
            return bool(items)
        if what == "files":
            return any(i.has_file for i in items)
        if what == "online":
            return any(i.is_online for i in items)
        return any(i.witnesses for i in items)
    if "option" in cond:
        return bool(options.get(cond["option"]) == cond["is"])
    if "case" in cond:
        op = next(k for k in cond if k != "case")
        return _test(_case_value(ctx, cond["case"]), op, cond[op])
    op = next(k for k in cond if k != "answer")
    return _test(ctx.answers.get(cond["answer"]), op, cond[op])
