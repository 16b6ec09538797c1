"""The outreach log (annual report chapter 4): courses, talks, stands at
events, media coverage. An activity holds no personal data about clients:
the audience is an organisation or a group ("Fagforbundet Oslo")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dime_desktop.errors import FieldProblem
from dime_desktop.reference import ReferenceData

MAX_PARTICIPANTS = 1_000_000


@dataclass
class OutreachActivity:
    activity_date: date
    kind: str  # an outreach_kinds code: course, talk, stand, media, other
    title: str
    audience: str = ""  # organiser or audience
    participants: int | None = None  # None: not counted
    participants_approx: bool = False  # "ca. 30"
    notes: str = ""
    id: int | None = None

    @property
    def year(self) -> int:
        return self.activity_date.year


def validate_activity(activity: OutreachActivity, ref: ReferenceData) -> list[FieldProblem]:
    """Every problem with the activity, by field; empty means valid."""
    problems: list[FieldProblem] = []
    if not activity.kind:
        problems.append(FieldProblem("kind", "required"))
    elif activity.kind not in ref.outreach_kinds:
        problems.append(FieldProblem("kind", "unknown_value", activity.kind))
    if not activity.title.strip():
        problems.append(FieldProblem("title", "required"))
    if activity.participants is not None and not (0 <= activity.participants <= MAX_PARTICIPANTS):
        problems.append(FieldProblem("participants", "out_of_range", str(activity.participants)))
    if activity.participants is None and activity.participants_approx:
        problems.append(FieldProblem("participants", "required"))
    return problems
