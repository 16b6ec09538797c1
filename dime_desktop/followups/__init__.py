"""What is due: follow-ups across all cases, classified as overdue, due today or soon."""

from dime_desktop.followups.due import (
    DUE_HORIZON_DAYS,
    DueItem,
    DueState,
    due_items,
    has_due_now,
)

__all__ = ["DUE_HORIZON_DAYS", "DueItem", "DueState", "due_items", "has_due_now"]
