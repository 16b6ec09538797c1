"""The generic rule engine: which next steps the answers suggest, and which
evidence items apply. No rule about a kind of case is written here."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from dime_desktop.intake.conditions import add_years, earliest_date, evaluate
from dime_desktop.intake.model import (
    Deadline,
    EvidenceItem,
    IntakeData,
    NextStepSuggestion,
    Text,
)


def holds(
    data: IntakeData, cond: Mapping[str, Any] | None, answers: Mapping[str, Any], today: date
) -> bool:
    return cond is None or evaluate(dict(cond), answers, data.conditions, today)


def _deadline(d: Deadline | None, answers: Mapping[str, Any], today: date) -> date | None:
    if d is None:
        return None
    if d.days_from_today is not None:
        return today + timedelta(days=d.days_from_today)
    assert d.answer is not None
    first = earliest_date(answers.get(d.answer))
    if first is None:
        return None
    due = add_years(first, d.add_years)
    return due if due >= today else None  # a passed deadline is shown as a warning instead


def _join(texts: list[Text]) -> Text:
    return Text(" ".join(t.nb for t in texts), " ".join(t.en for t in texts))


def suggest(data: IntakeData, answers: Mapping[str, Any], today: date) -> list[NextStepSuggestion]:
    """The next steps the rules suggest for ``answers``, in rule order."""
    out: list[NextStepSuggestion] = []
    for rule in data.rules:
        if not holds(data, rule.when, answers, today):
            continue
        reasons = [r.text for r in rule.reasons if holds(data, r.when, answers, today)]
        warnings = tuple(w.text for w in rule.warnings if holds(data, w.when, answers, today))
        out.append(
            NextStepSuggestion(
                id=rule.id,
                kind=rule.kind,
                text=rule.text,
                plain=rule.plain,
                reason=_join(reasons),
                deadline=_deadline(rule.deadline, answers, today),
                warning=rule.warning or bool(warnings),
                warnings=warnings,
                services=rule.services,
            )
        )
    return out


def evidence_items(data: IntakeData, answers: Mapping[str, Any], today: date) -> list[EvidenceItem]:
    """The evidence items that apply to these answers, urgent ones first
    (within each group, in file order)."""
    items = [i for i in data.evidence if holds(data, i.when, answers, today)]
    order = {g.code: n for n, g in enumerate(data.evidence_groups)}
    return sorted(items, key=lambda i: (not i.urgent, order.get(i.group, 99)))
