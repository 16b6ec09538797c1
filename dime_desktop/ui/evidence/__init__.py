"""The evidence list of a case (a tab of the case form) and its viewer."""
