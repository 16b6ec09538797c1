"""What a document is made from: the case, its intake answers, its evidence
list (records only, never the files' bytes) and today's date."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from dime_desktop.cases.model import Case
from dime_desktop.evidence.model import EvidenceItem
from dime_desktop.reference import ReferenceData, default_reference

if TYPE_CHECKING:
    from dime_desktop.vault import Vault


@dataclass(frozen=True)
class DraftContext:
    case: Case
    answers: Mapping[str, Any] = field(default_factory=dict)  # intake answers by question id
    evidence: Sequence[EvidenceItem] = ()
    today: date = field(default_factory=date.today)
    reference: ReferenceData = field(default_factory=default_reference)

    def earliest_event(self) -> date | None:
        """The date of the first event of the timeline (None without one)."""
        dates = [e.event_date for e in self.case.timeline]
        return min(dates) if dates else None


def load_context(vault: Vault, case: Case, *, today: date | None = None) -> DraftContext:
    """The context of ``case`` from the open vault (intake answers, evidence records)."""
    answers: Mapping[str, Any] = {}
    evidence: Sequence[EvidenceItem] = ()
    if case.id is not None:
        state = vault.intake.load(case.id)
        if isinstance(state, dict) and isinstance(state.get("answers"), dict):
            answers = dict(state["answers"])
        evidence = vault.evidence.list_for_case(case.id)
    return DraftContext(case=case, answers=answers, evidence=evidence, today=today or date.today())
