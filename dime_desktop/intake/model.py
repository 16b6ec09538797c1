"""The sorting conversation as data: steps, questions, services, evidence
items and next-step rules, loaded from ``resources/intake`` (see RULES.md).

Nothing here knows about a particular kind of case; that lives in the data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

LANGUAGES = ("nb", "en")

# Question types and the Python value an answer of that type holds.
QUESTION_TYPES = (
    "bool",  # True / False
    "choice",  # one option code (str)
    "multi",  # list of option codes
    "text",  # str
    "date",  # "YYYY-MM-DD"
    "timeline",  # list of {"date": "YYYY-MM-DD", "text": str}
    "grounds",  # list of {"code", "perceived", "assessed", "by_association"}
    "checklist",  # list of evidence item codes
)

# Case fields an answer may fill in (see answers.apply_answers).
CASE_FIELDS = {
    "area": "choice",
    "counterpart_type": "choice",
    "counterpart_name": "text",
    "track": "choice",
    "incident_types": "multi",
    "grounds": "grounds",
    "timeline": "timeline",
    "client.consent_to_store": "bool",
}

SUGGESTION_KINDS = (
    "safety",
    "police_report",
    "evidence",
    "complaint",
    "mediation",
    "referral",
    "info",
)

DECISION_STATUSES = ("accepted", "edited", "dropped")

Condition = dict[str, Any]


@dataclass(frozen=True)
class Text:
    """A text in bokmål and English."""

    nb: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.nb


@dataclass(frozen=True)
class Option:
    code: str
    label: Text
    services: tuple[str, ...] = ()


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    label: Text
    options: tuple[Option, ...] = ()  # inline options, or from reference data
    options_from: str | None = None  # a reference list kind, e.g. "areas"
    field: str | None = None  # a case field the answer fills in
    multiline: bool = False
    help: Text | None = None

    def option(self, code: str) -> Option | None:
        for o in self.options:
            if o.code == code:
                return o
        return None


@dataclass(frozen=True)
class Step:
    id: str
    title: Text
    intro: Text
    questions: tuple[Question, ...]
    suggestions: bool = False  # the next-steps page


@dataclass(frozen=True)
class Service:
    code: str
    name: str
    what: Text
    reach: Text
    verified: bool = False


@dataclass(frozen=True)
class EvidenceGroup:
    code: str
    label: Text


@dataclass(frozen=True)
class EvidenceItem:
    code: str
    group: str
    label: Text
    urgent: bool = False
    when: Condition | None = None


@dataclass(frozen=True)
class ConditionalText:
    text: Text
    when: Condition | None = None


@dataclass(frozen=True)
class Deadline:
    """Either ``days_from_today`` or the earliest date of ``answer`` plus ``add_years``."""

    days_from_today: int | None = None
    answer: str | None = None
    add_years: int = 0


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    when: Condition
    text: Text  # for the adviser
    plain: Text  # for the client's take-away, in plain language
    reasons: tuple[ConditionalText, ...]
    warnings: tuple[ConditionalText, ...] = ()
    warning: bool = False  # always shown as a warning
    deadline: Deadline | None = None
    services: tuple[str, ...] = ()


@dataclass(frozen=True)
class IntakeData:
    steps: tuple[Step, ...]
    services: dict[str, Service]
    evidence_groups: tuple[EvidenceGroup, ...]
    evidence: tuple[EvidenceItem, ...]
    conditions: dict[str, Condition]
    rules: tuple[Rule, ...]
    questions: dict[str, Question] = field(default_factory=dict)

    def question(self, qid: str) -> Question:
        return self.questions[qid]

    def step(self, step_id: str) -> Step:
        for s in self.steps:
            if s.id == step_id:
                return s
        raise KeyError(step_id)

    def step_ids(self) -> list[str]:
        return [s.id for s in self.steps]

    def rule(self, rule_id: str) -> Rule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise KeyError(rule_id)


@dataclass(frozen=True)
class NextStepSuggestion:
    """One suggested next step, made by a rule from the answers."""

    id: str  # the rule id
    kind: str
    text: Text
    plain: Text
    reason: Text
    deadline: date | None
    warning: bool
    warnings: tuple[Text, ...] = ()
    services: tuple[str, ...] = ()
