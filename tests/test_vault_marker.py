"""A lost laptop must reveal nothing: a marker written into every text field
is found in no file of the vault folder (database, WAL, shared memory, key
file, backups) and in no file written to the temp folder meanwhile."""

from __future__ import annotations

import os
import secrets
import tempfile
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from dime_desktop.cases.model import (
    Case,
    CaseGround,
    Client,
    FollowUp,
    JournalEntry,
    Mediation,
    TimelineEvent,
)
from dime_desktop.outreach.model import OutreachActivity
from dime_desktop.storage import schema
from dime_desktop.vault import KdfParams, Vault


def encodings(marker: str) -> list[bytes]:
    return [
        marker.encode("utf-8"),
        marker.encode("utf-16-le"),
        marker.encode("utf-16-be"),
        # The part without "Ø", in case a field were stored in another encoding.
        marker.split("Ø", 1)[1].encode("ascii"),
    ]


def files_under(folder: Path, since_ns: int | None = None) -> Iterator[Path]:
    for root, dirs, names in os.walk(folder, onerror=lambda e: None):
        dirs[:] = [d for d in dirs if not os.path.islink(os.path.join(root, d))]
        for name in names:
            path = Path(root) / name
            try:
                st = path.lstat()
            except OSError:
                continue
            if not path.is_file() or path.is_symlink():
                continue
            if since_ns is not None and max(st.st_mtime_ns, st.st_ctime_ns) < since_ns:
                continue
            yield path


def leaks(paths: Iterator[Path], needles: list[bytes]) -> list[str]:
    found = []
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        for needle in needles:
            if needle in data:
                found.append(f"{path} contains {needle!r}")
    return found


def test_marker_is_in_no_file(
    vault_dir: Path, passphrase: str, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = time.time_ns() - 2_000_000_000  # file systems with coarse timestamps
    marker = f"MARKØR-{secrets.token_hex(4)}"
    needles = encodings(marker)

    created = Vault.create(vault_dir, passphrase, kdf=fast_kdf)
    vault = created.vault
    case = Case(
        opened=date(2024, 3, 1),
        area="work",
        channel="phone",
        grounds=[CaseGround("gender")],
        incident_types=["harassment"],
        counterpart_type="employer",
        counterpart_name=f"Arbeidsgiver {marker}",
        summary=f"Sammendrag {marker}",
        journal=[
            JournalEntry(date(2024, 3, 1), f"Journal {marker}"),
            JournalEntry(date(2024, 3, 2), f"Mer journal {marker} smørbrød"),
        ],
        follow_ups=[FollowUp(date(2024, 4, 1), note=f"Følg opp {marker}")],
        timeline=[TimelineEvent(date(2024, 2, 28), f"Hendelse {marker}")],
        mediation=Mediation(referred=False),
        client=Client(
            name=f"Navn {marker}",
            contact=f"{marker}@example.org",
            preferred_language="nb",
            consent_to_store=True,
            notes=f"Notater {marker}",
        ),
    )
    saved = vault.cases.add(case)
    assert saved.id is not None
    # Read back: the marker really went in (the test could not fail otherwise).
    again = vault.cases.get_by_id(saved.id)
    assert again.summary == case.summary
    assert again.client is not None and again.client.notes == f"Notater {marker}"
    assert again.timeline[0].description == f"Hendelse {marker}"
    vault.unsaved_forms.save(f"case-form-{marker}", {"summary": f"Utkast {marker}"})
    vault.intake.save(saved.id, {"answer": f"Svar {marker}"})
    vault.settings.set("last_search", f"Søk {marker}")
    vault.outreach.add(
        OutreachActivity(
            date(2024, 5, 5),
            "talk",
            title=f"Foredrag {marker}",
            audience=f"Publikum {marker}",
            notes=f"Notat {marker}",
        )
    )
    # Full-text search and an update also go through the database.
    from dime_desktop.cases.model import CaseFilter

    assert vault.cases.count(CaseFilter(text="smørbrød")) == 1
    again.summary = f"Endret {marker}"
    vault.cases.update(again)
    assert vault.unsaved_forms.load_all()[f"case-form-{marker}"]["summary"] == f"Utkast {marker}"

    # While open: the database, its WAL and shared memory hold no plaintext.
    assert leaks(files_under(vault_dir), needles) == []
    vault.close()

    # A migration makes a backup copy: it must not leak either.
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, "CREATE TABLE later (x);"])
    vault = Vault.unlock(vault_dir, passphrase)
    assert vault.settings.get("last_search") == f"Søk {marker}"
    vault.close()
    assert list((vault_dir / "backups").iterdir())

    names = {p.name for p in files_under(vault_dir)}
    assert {"vault.db", "vault-keys.json"} <= names
    assert leaks(files_under(vault_dir), needles) == []
    assert leaks(files_under(Path(tempfile.gettempdir()), since_ns=started), needles) == []


def test_marker_check_can_fail(tmp_path: Path) -> None:
    """The scan itself finds a marker where there is one."""
    marker = f"MARKØR-{secrets.token_hex(4)}"
    (tmp_path / "plain.txt").write_text(f"x {marker} y", encoding="utf-16")
    found = leaks(files_under(tmp_path), encodings(marker))
    assert found
