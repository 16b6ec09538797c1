"""ui/common: widgets, background tasks, printing and error text for every screen."""
