"""Mediation desk screens (issue 11): the mediator's view, a mediation case in a
tab, its dialogs, and the hook in the case form."""
