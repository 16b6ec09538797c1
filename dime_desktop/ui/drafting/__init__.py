"""Document drafts of a case: the list (a tab of the case form) and the editor."""
