"""The case register's domain: cases, grounds, journal, client (no Qt, no SQL)."""

from dime_desktop.cases.model import (
    Case,
    CaseFilter,
    CaseGround,
    CaseSummaryRow,
    Client,
    FollowUp,
    JournalEntry,
    Mediation,
    TimelineEvent,
    format_reference,
    parse_reference,
    validate_case,
)

__all__ = [
    "Case",
    "CaseFilter",
    "CaseGround",
    "CaseSummaryRow",
    "Client",
    "FollowUp",
    "JournalEntry",
    "Mediation",
    "TimelineEvent",
    "format_reference",
    "parse_reference",
    "validate_case",
]
