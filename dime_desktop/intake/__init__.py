"""The guided sorting conversation: questions, evidence items and next-step
rules as data (``resources/intake``), a generic rule engine, and how the
answers fill in the case."""

from dime_desktop.intake.answers import (
    AgreedStep,
    agreed_steps,
    answers_from_case,
    apply_answers,
    new_state,
    normalize_state,
    set_decision,
)
from dime_desktop.intake.engine import evidence_items, suggest
from dime_desktop.intake.loader import default_intake, load_intake
from dime_desktop.intake.model import IntakeData, NextStepSuggestion, Text

__all__ = [
    "AgreedStep",
    "IntakeData",
    "NextStepSuggestion",
    "Text",
    "agreed_steps",
    "answers_from_case",
    "apply_answers",
    "default_intake",
    "evidence_items",
    "load_intake",
    "new_state",
    "normalize_state",
    "set_decision",
    "suggest",
]
