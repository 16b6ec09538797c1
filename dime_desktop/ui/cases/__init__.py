"""ui/cases: the case register list model and the case form."""
