"""Importing a case that comes back changed (issue 13), from the unlock screen:
the fields that differ are listed, this vault's value is kept unless the
person ticks to take the bundle's (Space on the row); the tick reaches the
vault. The dialog's tables are model/view (``ui/handover/models.py``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from dime_desktop.cases.model import Case, CaseGround, Client, JournalEntry
from dime_desktop.handover import service
from dime_desktop.vault import Vault
from tests.journeys.person import Person

PASSPHRASE = "saken kommer tilbake fra megleren"


def _offices(root: Path, fast_kdf: Any) -> tuple[Path, str]:
    """Office a (the adviser, opened in the app) and b (the mediator) trust each
    other; the case went a → b, b changed its summary and area and sent it back
    while a added a journal entry. Returns the bundle from b and the reference."""
    paths = {n: root / n for n in ("a", "b")}
    vaults = {n: Vault.create(p, PASSPHRASE, kdf=fast_kdf).vault for n, p in paths.items()}
    for n, v in vaults.items():
        service.export_identity(v, root / f"{n}.json")
    service.add_contact(vaults["a"], root / "b.json", "Megler", office="Meglingsbenken")
    service.add_contact(vaults["b"], root / "a.json", "Rådgiver", office="Oslo")
    a, b = vaults["a"], vaults["b"]
    case = a.cases.add(
        Case(
            opened=date(2024, 5, 6),
            area="work",
            grounds=[CaseGround("religion")],
            summary="Rådgiverens sammendrag",
            client=Client(name="Amina Haddad", consent_to_store=True),
        )
    )
    ref = case.reference or ""
    out = root / "til-megler.dimebundle"
    service.export_bundle(a, [ref], a.identity.find_contact("Megler"), out=out)
    service.apply_import(b, service.read_bundle(b, out))
    theirs = b.cases.get(ref)
    theirs.summary = "Meglerens sammendrag"
    theirs.area = "housing"
    b.cases.update(theirs)
    back = root / "tilbake.dimebundle"
    service.export_bundle(b, [ref], b.identity.find_contact("Rådgiver"), out=back)
    mine = a.cases.get(ref)
    mine.journal.append(JournalEntry(date(2024, 6, 3), "Klienten ringte"))
    a.cases.update(mine)
    for v in vaults.values():
        v.close(backup=False)
    return back, ref


def test_a_ticked_difference_takes_the_bundles_value_the_others_keep_mine(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any
) -> None:
    back, ref = _offices(tmp_path, fast_kdf)
    running = launch("--vault", str(tmp_path / "a"))
    person.wait_for("Lås opp")
    person.type("Passordfrase", PASSPHRASE)
    person.press("Return")
    person.wait_until(lambda: running.controller.state == "unlocked")
    person.click_item("Skjermbilder", "Overføring")
    person.click("Importer en overføring…")
    person.choose_file(back)
    person.dialog("Importer en overføring")
    person.wait_for("Forskjeller")
    differences = {row[0]: row[1:] for row in person.rows("Forskjeller")}
    assert set(differences) >= {f"{ref}: Område", f"{ref}: Sammendrag"}
    assert differences[f"{ref}: Sammendrag"] == ["•••", "•••"]  # discreet mode
    cases = person.rows("Saker i overføringen")
    assert cases[0][0] == ref and cases[0][2] == f"slås sammen med {ref}"

    person.toggle_item("Forskjeller", f"{ref}: Område")  # take the bundle's area
    person.click("Importer de avkryssede sakene")
    text = person.answer("OK")
    assert f"Importert: {ref}" in text
    person.press("Ctrl+Q")
    person.wait_until(lambda: running.controller.state == "quit")

    vault = Vault.unlock(tmp_path / "a", PASSPHRASE)
    try:
        got = vault.cases.get(ref)
        assert got.area == "housing"  # ticked: the bundle's
        assert got.summary == "Rådgiverens sammendrag"  # not ticked: mine
        assert [j.text for j in got.journal] == ["Klienten ringte"]
    finally:
        vault.close(backup=False)
