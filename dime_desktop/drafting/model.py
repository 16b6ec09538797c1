"""The text of a document draft: what the editor shows, what a version stores
and what both renderers (PDF, DOCX) print.

A :class:`DocumentText` carries everything needed to print it again exactly
(title, header, every section's heading and text, the labels in its language),
so a saved version prints the same even after the template files change.
Each section keeps the text the prefill gave (``prefilled``) beside the text
as edited: a section nobody edited follows the case when it changes; an edited
one is never overwritten.

Gaps are visible markers in the text, ``[MANGLER: hendelsesdato]`` /
``[MISSING: date of the incident]``; the renderers highlight them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

FORMAT = 1
LANGUAGES = ("nb", "en")
GAP_WORDS = {"nb": "MANGLER", "en": "MISSING"}
SECTION_TEXT = "text"
SECTION_SIGNATURES = "signatures"
SECTION_KINDS = (SECTION_TEXT, SECTION_SIGNATURES)

# Either language's marker, whatever the document's language (an edited text
# may have been written in another).
GAP_RE = re.compile(r"\[(?:MANGLER|MISSING): ([^\[\]\n]+)\]")


def gap_marker(label: str, lang: str) -> str:
    """``[MANGLER: label]`` (nb) or ``[MISSING: label]`` (en)."""
    return f"[{GAP_WORDS.get(lang, GAP_WORDS['nb'])}: {label}]"


def gaps_in(text: str) -> list[str]:
    """The labels of the gap markers in ``text``, in order."""
    return [m.group(1).strip() for m in GAP_RE.finditer(text)]


@dataclass
class SectionText:
    id: str
    heading: str
    text: str
    prefilled: str = ""
    kind: str = SECTION_TEXT

    @property
    def edited(self) -> bool:
        return self.text != self.prefilled


@dataclass
class DocumentText:
    """A document in one language, ready to edit, store and render."""

    kind: str
    lang: str
    title: str
    recipient: str = ""  # the "To" block (lines); "" = none (e.g. an authorisation)
    sender: str = ""  # the "From" block
    reference: str = ""  # the case reference shown as "our reference"
    labels: dict[str, str] = field(default_factory=dict)  # to, from, date, reference, page, footer
    sections: list[SectionText] = field(default_factory=list)
    options: dict[str, Any] = field(default_factory=dict)  # the adviser's choices
    recipient_prefilled: str = ""
    redacted: bool = False

    def section(self, section_id: str) -> SectionText | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def label(self, key: str) -> str:
        return self.labels.get(key, key)

    def all_text(self) -> str:
        """Every text of the document, for searching (tests, redaction checks)."""
        parts = [self.title, self.recipient, self.sender, self.reference]
        for s in self.sections:
            parts += [s.heading, s.text]
        return "\n".join(parts)

    # --- storage -------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "kind": self.kind,
            "lang": self.lang,
            "title": self.title,
            "recipient": self.recipient,
            "recipient_prefilled": self.recipient_prefilled,
            "sender": self.sender,
            "reference": self.reference,
            "labels": dict(self.labels),
            "sections": [
                {
                    "id": s.id,
                    "heading": s.heading,
                    "text": s.text,
                    "prefilled": s.prefilled,
                    "kind": s.kind,
                }
                for s in self.sections
            ],
            "options": dict(self.options),
            "redacted": self.redacted,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocumentText:
        """What :meth:`to_dict` gave (ValueError if it is not such a dict)."""
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a stored document text of a known format")
        sections = []
        for s in data.get("sections", []):
            kind = str(s.get("kind", SECTION_TEXT))
            sections.append(
                SectionText(
                    id=str(s["id"]),
                    heading=str(s.get("heading", "")),
                    text=str(s.get("text", "")),
                    prefilled=str(s.get("prefilled", "")),
                    kind=kind if kind in SECTION_KINDS else SECTION_TEXT,
                )
            )
        return cls(
            kind=str(data["kind"]),
            lang=str(data.get("lang", "nb")),
            title=str(data.get("title", "")),
            recipient=str(data.get("recipient", "")),
            recipient_prefilled=str(data.get("recipient_prefilled", "")),
            sender=str(data.get("sender", "")),
            reference=str(data.get("reference", "")),
            labels={str(k): str(v) for k, v in dict(data.get("labels", {})).items()},
            sections=sections,
            options=dict(data.get("options", {})),
            redacted=bool(data.get("redacted", False)),
        )


@dataclass(frozen=True)
class MissingFact:
    """A gap in the document: ``fact`` (a fact name, or "" for a marker the
    adviser typed), its label in the document's language, where it is filled
    in (``field``: a case-form field, ``evidence``/``witnesses``/``online``,
    ``document`` = the section itself, ``option:NAME`` = a choice in the
    editor), and the section it is in."""

    fact: str
    label: str
    field: str
    section_id: str


@dataclass(frozen=True)
class Notice:
    """A warning or a note for the adviser (never printed in the document)."""

    code: str
    level: str  # "warning" | "note"
    text: str


@dataclass(frozen=True)
class Suggestion:
    """A suggestion the adviser confirms or removes (e.g. a provision of the
    penal code in a police report), with its reason."""

    code: str
    label: str
    reason: str
    decision: str  # "suggested" | "confirmed" | "removed"


DECISIONS = ("suggested", "confirmed", "removed")
