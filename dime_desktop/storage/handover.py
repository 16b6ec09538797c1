"""Handover bookkeeping and the one transaction that takes cases from a bundle
(tables ``handover_sent``, ``handover_received``, ``case_origins``).

* ``handover_sent``: each bundle (or count file) this vault made, with the
  sequence number it carries; a later file always has a larger number.
* ``handover_received``: each case taken from a bundle (bundle id, sender,
  sequence, the case's origin). A bundle older than one already taken from
  the same sender for the same case is refused; the same bundle again is a
  no-op.
* ``case_origins``: a case that came from another vault keeps where it was
  first registered (vault fingerprint and reference), so it is recognised
  when it comes back, even where this vault gave it another reference.

:meth:`HandoverStore.apply` writes every accepted case of a bundle in ONE
transaction (the repositories' own writes become savepoints inside it): all
of it or nothing.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from dime_desktop.handover.content import CaseContent, DraftContent, DraftVersionContent
from dime_desktop.handover.merge import MergeResult
from dime_desktop.mediation.model import record_from_dict
from dime_desktop.storage.json_columns import DatabaseLike, utc_now


@dataclass(frozen=True)
class Sent:
    id: str
    sequence: int
    kind: str
    to_fingerprint: str | None
    made_at: str
    refs: list[str]


@dataclass(frozen=True)
class Accepted:
    """One case of a bundle the user accepted, and what to write for it."""

    incoming: CaseContent
    result: MergeResult
    local_case_id: int | None  # None: a new case
    changed: bool = True  # False: the vault has all of it already (only noted as received)


class HandoverStore:
    def __init__(self, db: DatabaseLike, vault: Any) -> None:
        self._db = db
        self._vault = vault  # for its repositories (cases, intake, mediation)

    # --- sending -------------------------------------------------------------------
    def reserve(
        self, file_id: str, kind: str, to_fingerprint: str | None, refs: Sequence[str]
    ) -> Sent:
        """Note a file about to be made and give it the next sequence number."""
        made_at = utc_now()
        with self._db.transaction() as conn:
            row = conn.execute("SELECT COALESCE(MAX(sequence), 0) FROM handover_sent").fetchone()
            sequence = int(row[0]) + 1
            conn.execute(
                "INSERT INTO handover_sent (id, sequence, kind, to_fingerprint, made_at, refs) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (file_id, sequence, kind, to_fingerprint, made_at, json.dumps(list(refs))),
            )
        return Sent(file_id, sequence, kind, to_fingerprint, made_at, list(refs))

    def forget_sent(self, file_id: str) -> None:
        """A reserved file that was never written."""
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM handover_sent WHERE id = ?", (file_id,))

    def sent(self) -> list[Sent]:
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT id, sequence, kind, to_fingerprint, made_at, refs FROM handover_sent "
                "ORDER BY sequence"
            ).fetchall()
        return [Sent(r[0], int(r[1]), r[2], r[3], r[4], json.loads(r[5])) for r in rows]

    # --- origins ---------------------------------------------------------------------
    def origin_of(self, case_id: int) -> tuple[str, str] | None:
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT origin_fingerprint, origin_reference FROM case_origins WHERE case_id = ?",
                (case_id,),
            ).fetchone()
        return None if row is None else (str(row[0]), str(row[1]))

    def case_for_origin(self, fingerprint: str, reference: str) -> int | None:
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT case_id FROM case_origins WHERE origin_fingerprint = ? "
                "AND origin_reference = ?",
                (fingerprint, reference),
            ).fetchone()
        return None if row is None else int(row[0])

    # --- receiving ---------------------------------------------------------------------
    def already_received(self, bundle_id: str, origin: str) -> bool:
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT 1 FROM handover_received WHERE bundle_id = ? AND origin = ?",
                (bundle_id, origin),
            ).fetchone()
        return row is not None

    def latest_sequence(self, sender_fingerprint: str, origin: str) -> int | None:
        """The highest sequence of the bundles taken from this sender for this case."""
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT MAX(sequence) FROM handover_received WHERE sender_fingerprint = ? "
                "AND origin = ?",
                (sender_fingerprint, origin),
            ).fetchone()
        return None if row is None or row[0] is None else int(row[0])

    def apply(
        self,
        *,
        bundle_id: str,
        sender_fingerprint: str,
        sequence: int,
        own_fingerprint: str,
        accepted: Sequence[Accepted],
        trust: Any = None,
    ) -> list[int]:
        """Write every accepted case in one transaction; returns their case ids.
        ``trust`` (a callable) runs first inside the same transaction (the
        sender, verified then and there, becomes a trusted colleague)."""
        vault = self._vault
        ids: list[int] = []
        now = utc_now()
        with self._db.transaction() as conn:
            if trust is not None:
                trust()
            for acc in accepted:
                res = acc.result
                inc = acc.incoming
                if not acc.changed and acc.local_case_id is not None:
                    ids.append(acc.local_case_id)
                    conn.execute(
                        "INSERT OR IGNORE INTO handover_received (bundle_id, sender_fingerprint, "
                        "sequence, origin, case_id, imported_at) VALUES (?, ?, ?, ?, ?, ?)",
                        (
                            bundle_id,
                            sender_fingerprint,
                            sequence,
                            inc.origin,
                            acc.local_case_id,
                            now,
                        ),
                    )
                    continue
                if acc.local_case_id is None:
                    case = res.case
                    taken = vault.cases.existing_references([case.reference or ""])
                    if taken:
                        case = replace(case, reference=None)  # numbered in this vault
                    stored = vault.cases.add(case)
                else:
                    stored = vault.cases.update(res.case)
                case_id = int(stored.id)
                ids.append(case_id)
                if res.intake is not None:
                    vault.intake.save(case_id, res.intake)
                if res.mediation is not None:
                    record = record_from_dict(res.mediation)
                    record.case_id = case_id
                    record.reference = stored.reference or ""
                    if record.id is None:
                        vault.mediation.add(record)
                    else:
                        vault.mediation.update(record)
                for ev in res.evidence_add:
                    vault.evidence.add_received(replace(ev.item, case_id=case_id), ev.data)
                for item in res.evidence_update:
                    vault.evidence.update(item)
                for draft in res.drafts_add:
                    _insert_draft(conn, case_id, draft)
                for draft_id, versions in res.versions_add:
                    _append_versions(conn, draft_id, versions)
                if inc.origin_fingerprint != own_fingerprint:
                    conn.execute(
                        "INSERT OR IGNORE INTO case_origins "
                        "(case_id, origin_fingerprint, origin_reference) VALUES (?, ?, ?)",
                        (case_id, inc.origin_fingerprint, inc.origin_reference),
                    )
                conn.execute(
                    "INSERT OR IGNORE INTO handover_received (bundle_id, sender_fingerprint, "
                    "sequence, origin, case_id, imported_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (bundle_id, sender_fingerprint, sequence, inc.origin, case_id, now),
                )
        return ids


def _insert_version(conn: Any, draft_id: int, number: int, v: DraftVersionContent) -> None:
    cur = conn.execute(
        "INSERT INTO document_draft_versions (draft_id, number, lang, content, saved_at, "
        "sealed_at, sent_on, sent_to, sent_sha256, sent_format) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            draft_id,
            number,
            v.lang,
            json.dumps(v.content, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
            v.saved_at,
            v.sealed_at,
            v.sent_on,
            v.sent_to or None,
            v.sent_sha256 or None,
            v.sent_format or None,
        ),
    )
    version_id = int(cur.lastrowid)
    conn.executemany(
        "INSERT INTO document_exports (version_id, exported_at, format, sha256, size, redacted) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                version_id,
                str(e["exported_at"]),
                str(e["format"]),
                str(e["sha256"]),
                int(e["size"]),
                1 if e.get("redacted") else 0,
            )
            for e in v.exports
        ],
    )


def _insert_draft(conn: Any, case_id: int, draft: DraftContent) -> None:
    updated = max(v.saved_at for v in draft.versions)
    cur = conn.execute(
        "INSERT INTO document_drafts (case_id, kind, created_at, updated_at) VALUES (?, ?, ?, ?)",
        (case_id, draft.kind, draft.created_at, updated),
    )
    draft_id = int(cur.lastrowid)
    for n, v in enumerate(draft.versions, start=1):
        _insert_version(conn, draft_id, n, v)


def _append_versions(conn: Any, draft_id: int, versions: list[DraftVersionContent]) -> None:
    row = conn.execute(
        "SELECT COALESCE(MAX(number), 0) FROM document_draft_versions WHERE draft_id = ?",
        (draft_id,),
    ).fetchone()
    number = int(row[0])
    for v in versions:
        number += 1
        _insert_version(conn, draft_id, number, v)
    conn.execute(
        "UPDATE document_drafts SET updated_at = MAX(updated_at, ?) WHERE id = ?",
        (max(v.saved_at for v in versions), draft_id),
    )
