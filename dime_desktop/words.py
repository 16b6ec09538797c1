"""English counts in words for the command line and the core's messages:
``counted(1, "case")`` is "1 case", ``counted(120, "case")`` "120 cases"
(never "case(s)"; issue 8). The GUI's texts have their own one/many forms in
the translations."""

from __future__ import annotations


def counted(n: int, one: str, many: str | None = None) -> str:
    """``n`` and the noun in the form that fits it; ``many`` defaults to ``one + "s"``."""
    return f"{n} {one if n == 1 else (many if many is not None else one + 's')}"
