"""ui/intake: the guided sorting conversation panel."""
