""" "What is due" (issue 8 §3): follow-ups due and overdue across all cases, the
first screen after unlock when anything is due, overdue said in words, sortable,
and a case opens from it; discreet mode hides who it is about."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from dime_desktop.cases import Case, CaseGround, Client, FollowUp
from tests.journeys.person import Person

PASSPHRASE = "oppfølgingene kommer først om morgenen"
TODAY = date.today()


def _vault(path: Path, fast_kdf: Any, follow_ups: list[tuple[int, str, bool]]) -> None:
    """One case per follow-up: (days from today, note, done)."""
    from dime_desktop.vault import Vault

    created = Vault.create(path, PASSPHRASE, kdf=fast_kdf)
    for n, (days, note, done) in enumerate(follow_ups):
        created.vault.cases.add(
            Case(
                opened=date(2024, 1, 10 + n),
                area="work",
                grounds=[CaseGround("age")],
                client=Client(name=f"Klient nummer {n}", consent_to_store=True),
                follow_ups=[FollowUp(TODAY + timedelta(days=days), note, done)],
            )
        )
    created.vault.close()


def _unlock(launch: Any, person: Person, vault: Path) -> Any:
    running = launch("--vault", str(vault))
    person.unlock(running, PASSPHRASE)
    return running


def test_what_is_due_comes_first_sorts_and_opens_the_case(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any
) -> None:
    _vault(
        tmp_path / "hvelv",
        fast_kdf,
        [
            (2, "Sende brev til arbeidsgiver", False),  # DH-2024-001, soon
            (-3, "Ringe klienten", False),  # DH-2024-002, overdue
            (0, "Svar fra utestedet", False),  # DH-2024-003, today
            (30, "Langt fram", False),  # not in the next 7 days
            (-10, "Allerede gjort", True),  # done
        ],
    )
    running = _unlock(launch, person, tmp_path / "hvelv")
    person.wait_for("Oppfølginger som forfaller")  # the first screen after unlock
    assert person.column("Oppfølginger som forfaller", "Sak") == [
        "DH-2024-002",
        "DH-2024-003",
        "DH-2024-001",
    ]
    assert person.column("Oppfølginger som forfaller", "Når") == [
        "Forfalt for 3 dager siden",
        "Forfaller i dag",
        "Om 2 dager",
    ]
    assert "3 oppfølginger forfaller, 1 er forfalt." in person.text_on_screen()
    # discreet mode: no names, no notes
    text = person.text_on_screen()
    assert "Klient nummer" not in text and "Ringe klienten" not in text

    person.click_header("Oppfølginger som forfaller", "Sak")
    assert person.column("Oppfølginger som forfaller", "Sak") == [
        "DH-2024-001",
        "DH-2024-002",
        "DH-2024-003",
    ]
    person.press("Ctrl+D")
    person.wait_for_text("Ringe klienten")
    assert "Klient nummer 1" in person.text_on_screen()

    person.click_item("Oppfølginger som forfaller", "DH-2024-002", double=True)
    person.wait_for_text("Sak DH-2024-002")  # its tab, in front
    tabs = running.controller.main_window.case_tabs
    assert "DH-2024-002" in tabs.tabText(tabs.currentIndex())


def test_with_nothing_due_the_case_list_comes_first(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any
) -> None:
    _vault(tmp_path / "hvelv", fast_kdf, [(5, "Om fem dager", False)])
    _unlock(launch, person, tmp_path / "hvelv")
    person.wait_for("Søk i saker")
    assert not person.sees("Oppfølginger som forfaller")
