"""The kinds of document and how each is prefilled.

A kind is a template (``resources/templates/<kind>.json``) plus a prefill
function that turns a :class:`DraftContext` into facts::

    def prefill(inp: PrefillInput) -> Mapping[str, str | None]: ...

A fact is a text for the template's ``{placeholders}``; ``None`` means the case
does not have it, and the document shows a gap marker there. A new kind (the
mediation agreement, say) is one more template plus one more
:class:`DocumentKind`, added to the plain list in :func:`document_kinds`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from dime_desktop.drafting.context import DraftContext
from dime_desktop.drafting.templates import Template, load_common, load_template
from dime_desktop.errors import UnknownDocumentKind
from dime_desktop.paths import resource_path

# Facts the machinery itself gives every template.
MACHINE_FACTS = frozenset({"suggestions", "today", "reference"})


@dataclass(frozen=True)
class PrefillInput:
    ctx: DraftContext
    template: Template
    lang: str
    options: Mapping[str, Any]

    def phrase(self, phrase_name: str, /, **values: Any) -> str:
        """The template's phrase in the document's language, filled in."""
        text = self.template.phrase(phrase_name, self.lang)
        return text.format(**values) if values else text


Prefill = Callable[[PrefillInput], Mapping[str, str | None]]


@dataclass(frozen=True)
class DocumentKind:
    kind: str  # also the template's file name
    prefill: Prefill
    facts: frozenset[str]  # every fact the prefill may give
    phrases: frozenset[str] = frozenset()  # phrases of the template the prefill uses
    desk: str = "advice"  # which desk makes it: "advice" | "mediation"
    # Options whose default depends on the case or the day (e.g. a deadline in
    # two weeks); the template's static defaults come first, these override them.
    defaults: Callable[[DraftContext], dict[str, Any]] | None = None


def document_kinds() -> dict[str, DocumentKind]:
    """Every kind of document, in menu order. Each desk's module is imported
    plainly here (never by name), so a frozen app has them all."""
    from dime_desktop.drafting import advice
    from dime_desktop.mediation import agreement

    kinds: list[DocumentKind] = [*advice.KINDS, *agreement.KINDS]
    return {k.kind: k for k in kinds}


def document_kind(kind: str) -> DocumentKind:
    kinds = document_kinds()
    found = kinds.get(kind)
    if found is None:
        raise UnknownDocumentKind(kind, list(kinds))
    return found


def _questions() -> frozenset[str]:
    from dime_desktop.intake.loader import default_intake

    return frozenset(default_intake().questions)


@lru_cache(maxsize=32)
def template_for(kind: str) -> Template:
    """The checked template of ``kind`` (ReferenceDataError if it is broken)."""
    k = document_kind(kind)
    return load_template(
        resource_path("templates", f"{kind}.json"),
        facts_given=k.facts | MACHINE_FACTS,
        phrases_needed=k.phrases,
        common=load_common(),
        questions=_questions(),
    )


def check_all_templates() -> list[Template]:
    """Load every template (raises on the first broken one)."""
    return [template_for(kind) for kind in document_kinds()]
