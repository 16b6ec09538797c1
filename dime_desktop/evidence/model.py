"""One piece of evidence of a case (issue 10).

An item is a file (a screenshot, a photo, a PDF, a letter, an e-mail saved as
a file...) or a record without a file (a witness the client named). For online
hate it keeps what the police ask for (REFERENCE.md "Evidence for online
hate"): the platform, the address (URL), the user name, the time of posting and
the context. For offline events it keeps witnesses; a witness's contact details
are kept only with the client's consent.

The item's order (``position``) is its attachment number in the documents:
the items that have a file, in this order, are attachments 1, 2, 3...
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache

from dime_desktop.errors import FieldProblem, ReferenceDataError
from dime_desktop.paths import resource_path
from dime_desktop.reference import Entry, ReferenceList


@dataclass
class OnlineDetails:
    """Where and when something was posted online."""

    platform: str = ""
    url: str = ""
    user_name: str = ""
    posted_at: str = ""  # "YYYY-MM-DD" or "YYYY-MM-DD HH:MM" (local time), as the post shows it
    context: str = ""  # the thread, the page or account, what it replied to

    def is_empty(self) -> bool:
        return not any(
            v.strip()
            for v in (self.platform, self.url, self.user_name, self.posted_at, self.context)
        )


@dataclass
class Witness:
    name: str
    contact: str = ""  # kept only when ``consent`` is true
    consent: bool = False  # the client agrees that we keep this witness's contact details
    note: str = ""


@dataclass
class EvidenceItem:
    case_id: int
    description: str  # what it is, in a few words
    kind: str = "document"  # a code of resources/evidence/kinds.json
    received: date | None = None
    given_by: str = ""
    note: str = ""
    online: OnlineDetails = field(default_factory=OnlineDetails)
    witnesses: list[Witness] = field(default_factory=list)
    # The file (empty name and size 0 for an item without a file).
    file_name: str = ""
    media_type: str = ""
    size: int = 0
    sha256: str = ""
    position: int = 0
    added_at: str = ""  # UTC, ISO 8601, set by the repository
    id: int | None = None

    @property
    def has_file(self) -> bool:
        return bool(self.sha256)

    @property
    def is_online(self) -> bool:
        return not self.online.is_empty()


def parse_posted_at(text: str) -> datetime | None:
    """``2024-05-03`` or ``2024-05-03 21:14`` (also with ``T``); None if not one of these."""
    text = text.strip()
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


def validate_item(item: EvidenceItem, kinds: ReferenceList | None = None) -> list[FieldProblem]:
    """Every problem of the item's fields (its file is checked by ``files``)."""
    problems: list[FieldProblem] = []
    known = kinds if kinds is not None else evidence_kinds()
    if not item.description.strip():
        problems.append(FieldProblem("description", "required"))
    if item.kind not in known:
        problems.append(FieldProblem("kind", "unknown_value", item.kind))
    if item.online.posted_at.strip() and parse_posted_at(item.online.posted_at) is None:
        problems.append(FieldProblem("posted_at", "invalid_date", item.online.posted_at))
    url = item.online.url.strip()
    if url and (" " in url or "." not in url):
        problems.append(FieldProblem("url", "invalid_url", url))
    for w in item.witnesses:
        if not w.name.strip():
            problems.append(FieldProblem("witness_name", "required"))
        if w.contact.strip() and not w.consent:
            problems.append(FieldProblem("witness_contact", "consent_required", w.name))
    return problems


def attachments(items: list[EvidenceItem]) -> list[tuple[int, EvidenceItem]]:
    """The numbered attachments: the items with a file, in list order, from 1."""
    ordered = sorted(items, key=lambda i: (i.position, i.id or 0))
    return list(enumerate((i for i in ordered if i.has_file), start=1))


@lru_cache(maxsize=1)
def evidence_kinds() -> ReferenceList:
    """What kinds of evidence there are (``resources/evidence/kinds.json``)."""
    path = resource_path("evidence", "kinds.json")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ReferenceDataError(path, "kinds", f"cannot be read ({exc})") from None
    entries: list[Entry] = []
    for i, e in enumerate(raw.get("entries", []) if isinstance(raw, dict) else [], start=1):
        if not isinstance(e, dict) or not all(
            isinstance(e.get(k), str) and e[k].strip() for k in ("code", "nb", "en")
        ):
            raise ReferenceDataError(path, f"entry {i}", 'needs "code", "nb" and "en" texts')
        entries.append(Entry(e["code"], e["nb"], e["en"], tuple(e.get("aliases", ()))))
    if not entries:
        raise ReferenceDataError(path, "entries", "the list of kinds is empty")
    return ReferenceList("evidence_kinds", entries, path)
