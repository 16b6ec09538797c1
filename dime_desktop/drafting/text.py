"""The edited text of a section as blocks both renderers print the same way.

* a blank line ends a paragraph; lines of one paragraph keep their line breaks;
* a line starting with ``- `` or ``• `` is a bullet point;
* a gap marker (``[MANGLER: ...]``) is a run of its own, highlighted in print.
"""

from __future__ import annotations

from dataclasses import dataclass

from dime_desktop.drafting.model import GAP_RE

PARAGRAPH = "paragraph"
BULLET = "bullet"
_BULLET_STARTS = ("- ", "• ", "* ")


@dataclass(frozen=True)
class Run:
    text: str
    gap: bool = False


@dataclass(frozen=True)
class Block:
    kind: str  # PARAGRAPH | BULLET
    lines: tuple[tuple[Run, ...], ...]  # a paragraph's lines; a bullet has one or more

    def plain(self) -> str:
        return "\n".join("".join(r.text for r in line) for line in self.lines)


def runs(line: str) -> tuple[Run, ...]:
    out: list[Run] = []
    pos = 0
    for m in GAP_RE.finditer(line):
        if m.start() > pos:
            out.append(Run(line[pos : m.start()]))
        out.append(Run(m.group(0), gap=True))
        pos = m.end()
    if pos < len(line):
        out.append(Run(line[pos:]))
    return tuple(out)


def blocks(text: str) -> list[Block]:
    out: list[Block] = []
    para: list[tuple[Run, ...]] = []

    def end_paragraph() -> None:
        if para:
            out.append(Block(PARAGRAPH, tuple(para)))
            para.clear()

    for raw in text.replace("\r\n", "\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            end_paragraph()
            continue
        stripped = line.lstrip()
        if stripped.startswith(_BULLET_STARTS):
            end_paragraph()
            out.append(Block(BULLET, (runs(stripped[2:].strip()),)))
        elif out and out[-1].kind == BULLET and raw.startswith("  ") and not para:
            last = out.pop()  # an indented line continues the bullet above
            out.append(Block(BULLET, (*last.lines, runs(stripped))))
        else:
            para.append(runs(line))
    end_paragraph()
    return out
