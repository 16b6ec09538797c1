"""Mediation desk screens (issue 11): the mediator's view, a mediation case, dialogs, the hook in the case form."""
