"""Reference data (areas, grounds, channels...) loaded from ``resources/reference``."""

from dime_desktop.reference.data import (
    KINDS,
    Entry,
    ReferenceData,
    ReferenceList,
    default_reference,
    load_reference,
)

__all__ = [
    "KINDS",
    "Entry",
    "ReferenceData",
    "ReferenceList",
    "default_reference",
    "load_reference",
]
