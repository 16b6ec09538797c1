"""ui/stats: the statistics screen."""
