"""The coordinator opens the access log, filters it by a case and a kind,
exports it as CSV (safe to share: no content) — and sees at once when
someone removed an entry behind the app's back."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from dime_desktop.storage import access_log as audit
from tests.journeys.person import Person
from tests.journeys.test_gdpr_who_saw import unlock_as


def _two_cases_seen(vault_path: Path, passphrase: str) -> tuple[str, str]:
    from dime_desktop.cases.model import Case
    from dime_desktop.vault import Vault

    vault = Vault.unlock(vault_path, passphrase, actor="Bo Rådgiver")
    try:
        first = vault.cases.add(Case(opened=date(2024, 5, 2), area="work", summary="MERKE-en"))
        second = vault.cases.add(Case(opened=date(2024, 6, 2), area="housing", summary="MERKE-to"))
        for _ in range(3):
            vault.access_log.record(audit.OPENED, case_id=first.id)
        vault.access_log.record(audit.OPENED, case_id=second.id)
        vault.access_log.record(audit.PRINTED, case_id=second.id, detail="checklist")
    finally:
        vault.close()
    return str(first.reference), str(second.reference)


def test_the_coordinator_filters_and_exports_the_log(
    launch: Any, person: Person, existing_vault: Path, passphrase: str, tmp_path: Path
) -> None:
    _first, second = _two_cases_seen(existing_vault, passphrase)
    running = launch("--vault", str(existing_vault))
    unlock_as(person, running, passphrase, "Kari Koordinator")
    person.menu("Vis", "Tilgangslogg")
    person.wait_for_text("✓ Loggen er hel")
    person.wait_until(lambda: bool(person.rows("Oppføringer i tilgangsloggen")))
    everything = person.rows("Oppføringer i tilgangsloggen")
    assert {r[1] for r in everything} >= {"Bo Rådgiver", "Kari Koordinator"}

    person.type("Saksnummer", second.lower())
    person.press("Return")
    person.wait_until(
        lambda: {r[3] for r in person.rows("Oppføringer i tilgangsloggen")} == {second}
    )
    assert [r[2] for r in person.rows("Oppføringer i tilgangsloggen")] == [
        "Skrevet ut",
        "Sak åpnet",
        "Sak opprettet",
    ]
    person.choose("Type", "Skrevet ut")
    person.wait_until(lambda: len(person.rows("Oppføringer i tilgangsloggen")) == 1)
    assert person.rows("Oppføringer i tilgangsloggen")[0][5] == "sjekkliste"

    out = tmp_path / "tilgangslogg.csv"
    person.click("Eksporter som CSV")
    person.save_file_as(out)
    person.answer("OK")
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("nr;tidspunkt;hvem;hendelse (kode);sak;felt (koder);detalj (kode)")
    assert len(lines) == 2 and ";printed;" + second in lines[1] and "Bo Rådgiver" in lines[1]
    assert "MERKE" not in out.read_text(encoding="utf-8-sig")


def test_a_removed_entry_shows_in_the_app(
    launch: Any, person: Person, existing_vault: Path, passphrase: str
) -> None:
    from dime_desktop.vault import Vault

    _two_cases_seen(existing_vault, passphrase)
    vault = Vault.unlock(existing_vault, passphrase)
    with vault.database.transaction() as conn:  # someone with the key and an SQL prompt
        conn.execute("DROP TRIGGER access_log_no_delete")
        conn.execute("DELETE FROM access_log WHERE id = 4")
    vault.close()
    running = launch("--vault", str(existing_vault))
    unlock_as(person, running, passphrase)
    person.wait_for_text("Advarsel: tilgangsloggen er brutt")
    person.menu("Vis", "Tilgangslogg")
    person.wait_for_text("⚠ Loggen er brutt ved oppføring 5")
