"""The condition language of the intake rules (documented in
``resources/intake/RULES.md``): validation when loading, and evaluation.

A condition is a JSON object with exactly one combinator or one test:

* ``{"all": [c, ...]}``, ``{"any": [c, ...]}``, ``{"not": c}``, ``{"ref": "name"}``
* ``{"answer": "question.id", <operator>: value}`` with one operator of
  ``is``, ``in``, ``includes``, ``includes_any``, ``is_only``, ``answered``,
  ``count_at_least``, ``older_than_years``.

An unanswered question makes every test false except ``"answered": false``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from dime_desktop.intake.model import Condition, Question

COMBINATORS = ("all", "any", "not", "ref")
OPERATORS = (
    "is",
    "in",
    "includes",
    "includes_any",
    "is_only",
    "answered",
    "count_at_least",
    "older_than_years",
)

# Which question types each operator works on.
_OPERATOR_TYPES: dict[str, tuple[str, ...]] = {
    "is": ("bool", "choice", "text", "date"),
    "in": ("choice",),
    "includes": ("multi", "grounds", "checklist"),
    "includes_any": ("multi", "grounds", "checklist"),
    "is_only": ("multi", "grounds", "checklist"),
    "answered": ("bool", "choice", "multi", "text", "date", "timeline", "grounds", "checklist"),
    "count_at_least": ("multi", "grounds", "checklist", "timeline"),
    "older_than_years": ("date", "timeline"),
}


class ConditionProblemError(Exception):
    """Raised by :func:`check_condition`; the loader turns it into a
    ReferenceDataError naming the file and entry."""


def check_condition(
    cond: Any,
    questions: Mapping[str, Question],
    option_codes: Callable[[Question], set[str] | None],
    names: Mapping[str, Any],
    path: str = "when",
) -> None:
    """Raise ConditionProblemError for the first thing wrong with ``cond``.

    ``option_codes(q)`` gives the allowed codes of a question (None: any);
    ``names`` are the named conditions ``ref`` may use."""
    if not isinstance(cond, dict) or not cond:
        raise ConditionProblemError(f"{path}: a condition must be a non-empty object")
    keys = set(cond)
    combinators = keys & set(COMBINATORS)
    if combinators:
        if len(keys) != 1:
            raise ConditionProblemError(
                f"{path}: {sorted(combinators)[0]!r} must be alone in its object "
                f"(found {', '.join(sorted(keys))})"
            )
        key = next(iter(keys))
        value = cond[key]
        if key in ("all", "any"):
            if not isinstance(value, list) or not value:
                raise ConditionProblemError(f'{path}: "{key}" needs a non-empty list of conditions')
            for i, sub in enumerate(value, start=1):
                check_condition(sub, questions, option_codes, names, f"{path}.{key}[{i}]")
        elif key == "not":
            check_condition(value, questions, option_codes, names, f"{path}.not")
        else:  # ref
            if not isinstance(value, str) or value not in names:
                raise ConditionProblemError(f'{path}: unknown named condition "{value}"')
        return
    if "answer" not in keys:
        unknown = sorted(keys)[0]
        raise ConditionProblemError(f'{path}: unknown operator "{unknown}"')
    qid = cond["answer"]
    if not isinstance(qid, str) or qid not in questions:
        raise ConditionProblemError(f'{path}: unknown question id "{qid}"')
    ops = keys - {"answer"}
    unknown_ops = ops - set(OPERATORS)
    if unknown_ops:
        raise ConditionProblemError(f'{path}: unknown operator "{sorted(unknown_ops)[0]}"')
    if len(ops) != 1:
        raise ConditionProblemError(
            f'{path}: a test on "{qid}" needs exactly one operator of {", ".join(OPERATORS)}'
        )
    op = next(iter(ops))
    value = cond[op]
    q = questions[qid]
    if q.type not in _OPERATOR_TYPES[op]:
        raise ConditionProblemError(
            f'{path}: "{op}" does not work on "{qid}" (a {q.type} question)'
        )
    allowed = option_codes(q)

    def check_code(code: Any) -> None:
        if not isinstance(code, str):
            raise ConditionProblemError(f'{path}: "{op}" on "{qid}" needs option codes (texts)')
        if allowed is not None and code not in allowed:
            raise ConditionProblemError(f'{path}: "{code}" is not an option of "{qid}"')

    if op == "is":
        if q.type == "bool":
            if not isinstance(value, bool):
                raise ConditionProblemError(f'{path}: "is" on "{qid}" needs true or false')
        elif q.type == "choice":
            check_code(value)
        elif not isinstance(value, str):
            raise ConditionProblemError(f'{path}: "is" on "{qid}" needs a text')
    elif op in ("in", "includes_any", "is_only"):
        if not isinstance(value, list) or not value:
            raise ConditionProblemError(f'{path}: "{op}" needs a non-empty list')
        for code in value:
            check_code(code)
    elif op == "includes":
        check_code(value)
    elif op == "answered":
        if not isinstance(value, bool):
            raise ConditionProblemError(f'{path}: "answered" needs true or false')
    elif op in ("count_at_least", "older_than_years") and (
        not isinstance(value, int) or isinstance(value, bool) or value < 0
    ):
        raise ConditionProblemError(f'{path}: "{op}" needs a whole number 0 or more')


def add_years(d: date, years: int) -> date:
    """``d`` plus whole years; 29 February becomes 28 February."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def _parse_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def answer_dates(value: Any) -> list[date]:
    """The dates of a date answer or of a timeline answer."""
    if isinstance(value, list):
        found = [_parse_date(e.get("date")) for e in value if isinstance(e, dict)]
        return [d for d in found if d is not None]
    d = _parse_date(value)
    return [d] if d is not None else []


def earliest_date(value: Any) -> date | None:
    dates = answer_dates(value)
    return min(dates) if dates else None


def answer_codes(value: Any) -> list[str]:
    """Codes of a list answer (multi/checklist: strings; grounds: their ``code``)."""
    if not isinstance(value, list):
        return []
    codes: list[str] = []
    for v in value:
        if isinstance(v, str):
            codes.append(v)
        elif isinstance(v, dict) and isinstance(v.get("code"), str):
            codes.append(v["code"])
    return codes


def is_answered(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str | list | dict):
        return bool(value)
    return True


def evaluate(
    cond: Condition, answers: Mapping[str, Any], names: Mapping[str, Condition], today: date
) -> bool:
    """Whether ``cond`` holds for ``answers`` (question id → answer value)."""
    if "all" in cond:
        return all(evaluate(c, answers, names, today) for c in cond["all"])
    if "any" in cond:
        return any(evaluate(c, answers, names, today) for c in cond["any"])
    if "not" in cond:
        return not evaluate(cond["not"], answers, names, today)
    if "ref" in cond:
        return evaluate(names[cond["ref"]], answers, names, today)
    value = answers.get(cond["answer"])
    answered = is_answered(value)
    if "answered" in cond:
        return answered is cond["answered"]
    if not answered:
        return False
    if "is" in cond:
        return bool(value == cond["is"] and type(value) is type(cond["is"]))
    if "in" in cond:
        return value in cond["in"]
    if "includes" in cond:
        return cond["includes"] in answer_codes(value)
    if "includes_any" in cond:
        return bool(set(answer_codes(value)) & set(cond["includes_any"]))
    if "is_only" in cond:
        codes = set(answer_codes(value))
        return bool(codes) and codes <= set(cond["is_only"])
    if "count_at_least" in cond:
        return len(value) >= cond["count_at_least"] if isinstance(value, list) else False
    if "older_than_years" in cond:
        first = earliest_date(value)
        # "More than N years ago": exactly N years ago is not older.
        return first is not None and add_years(first, cond["older_than_years"]) < today
    raise AssertionError(f"unvalidated condition {cond!r}")
