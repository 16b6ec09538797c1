"""The "What is due" view: follow-ups due and overdue across all cases."""
