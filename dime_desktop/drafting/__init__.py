"""The drafting machinery: documents made from a case, edited, and exported.

Core (no Qt). The public API::

    from dime_desktop.drafting import (
        DraftContext, load_context,                  # what a document is made from
        new_document, refresh, missing_facts, notices, suggestions,
        DocumentText, SectionText, MissingFact, Notice, Suggestion,
        redact, export_document, render,             # redacted copy, PDF/DOCX
        document_kinds, document_kind, template_for,  # kinds and their templates
        DocumentKind, PrefillInput,
    )

A kind of document is a template (``resources/templates/<kind>.json``) plus a
:class:`DocumentKind` with its prefill function (see ``kinds.py``);
ARCHITECTURE.md "Drafting" describes the whole contract.
"""

from dime_desktop.drafting.compose import (
    edited_sections,
    missing_facts,
    new_document,
    notices,
    option_choices,
    option_specs,
    refresh,
    signature_lines,
    suggestions,
)
from dime_desktop.drafting.context import DraftContext, load_context
from dime_desktop.drafting.export import FORMATS, Exported, export_document, format_of, render
from dime_desktop.drafting.kinds import (
    DocumentKind,
    PrefillInput,
    check_all_templates,
    document_kind,
    document_kinds,
    template_for,
)
from dime_desktop.drafting.layout import plain_text
from dime_desktop.drafting.model import (
    DocumentText,
    MissingFact,
    Notice,
    SectionText,
    Suggestion,
    gap_marker,
    gaps_in,
)
from dime_desktop.drafting.redaction import redact, redaction_terms

__all__ = [
    "FORMATS",
    "DocumentKind",
    "DocumentText",
    "DraftContext",
    "Exported",
    "MissingFact",
    "Notice",
    "PrefillInput",
    "SectionText",
    "Suggestion",
    "check_all_templates",
    "document_kind",
    "document_kinds",
    "edited_sections",
    "export_document",
    "format_of",
    "gap_marker",
    "gaps_in",
    "load_context",
    "missing_facts",
    "new_document",
    "notices",
    "option_choices",
    "option_specs",
    "plain_text",
    "redact",
    "redaction_terms",
    "refresh",
    "render",
    "signature_lines",
    "suggestions",
    "template_for",
]
