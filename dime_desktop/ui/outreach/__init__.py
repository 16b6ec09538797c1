"""ui/outreach: the outreach log screen."""
