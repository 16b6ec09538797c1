""" "What is due" lists the terms of mediation agreements (issue 11: each term
is followed up on its date), with the mediation case's reference, and opening
one opens the mediation record, not the advice case's form."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QTabWidget

from dime_desktop.cases.model import Case, CaseGround, Client, FollowUp, Mediation
from dime_desktop.mediation import rules
from dime_desktop.mediation.checklist import default_checklist
from dime_desktop.mediation.model import ANSWER_YES, Meeting, PreparatoryTalk, Term
from dime_desktop.vault import Vault
from tests.journeys.person import Person

PASSPHRASE = "avtalen følges opp på datoen"
TODAY = date.today()


def mediation_vault(path: Path, fast_kdf: Any) -> dict[str, str]:
    """An advice case with a follow-up of its own, and a referred case whose
    mediation agreement has an overdue term, a term in 3 days and a kept one."""
    vault = Vault.create(path, PASSPHRASE, kdf=fast_kdf).vault
    try:
        plain = vault.cases.add(
            Case(
                opened=TODAY - timedelta(days=60),
                area="work",
                grounds=[CaseGround("age")],
                follow_ups=[FollowUp(TODAY + timedelta(days=1), "Ringe arbeidsgiveren")],
            )
        )
        case = vault.cases.add(
            Case(
                opened=TODAY - timedelta(days=50),
                area="work",
                grounds=[CaseGround("ethnicity")],
                counterpart_type="business",
                counterpart_name="Kafé Solsiden AS",
                client=Client(name="Amina Haddad", consent_to_store=True),
            )
        )
        day = TODAY - timedelta(days=40)
        record = rules.new_record_for_case(case, day, mediator="Åsa")
        record.referral_consent.given_on, record.referral_consent.method = day, "oral"
        client, other = record.parties
        for p in (client, other):
            p.consent.given_on, p.consent.method = day, "written"
        for code in default_checklist().codes():
            rules.answer_item(record, code, ANSWER_YES, on=day)
        rules.add_talk(record, PreparatoryTalk(day, client.key), on=day, by="Åsa")
        rules.change_stage(record, rules.STAGE_READY, on=day, by="Åsa")
        met = TODAY - timedelta(days=30)
        record.meetings.append(Meeting(met, place="library", held=True))
        rules.change_stage(record, "meeting_held", on=met, by="Åsa")
        record.outcome, record.agreement_on = "agreement", met
        record.terms = [
            Term("apology", "Skriftlig unnskyldning", TODAY - timedelta(days=2), other.key),
            Term(
                "changed_practice", "Ny rutine for kleskode", TODAY + timedelta(days=3), other.key
            ),
            Term("apology", "Muntlig beklagelse", TODAY - timedelta(days=20), other.key),
        ]
        rules.record_term_status(record.terms[2], "fulfilled", on=TODAY - timedelta(days=20))
        rules.change_stage(record, "follow_up", on=met, by="Åsa")
        vault.mediation.add(record)
        # ticked as referred in the register's columns, no mediation record yet
        vault.cases.add(
            Case(
                opened=TODAY - timedelta(days=70),
                area="housing",
                grounds=[CaseGround("religion")],
                mediation=Mediation(True, "housing", None),
            )
        )
        return {"plain": str(plain.reference), "mediation": str(case.reference)}
    finally:
        vault.close()


def unlock(launch: Any, person: Person, path: Path) -> Any:
    running = launch("--vault", str(path))
    person.wait_for("Lås opp")
    person.type("Passordfrase", PASSPHRASE)
    person.press("Return")
    person.wait_until(lambda: running.controller.state == "unlocked")
    return running


def test_agreement_terms_are_due_and_open_the_mediation_record(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any
) -> None:
    refs = mediation_vault(tmp_path / "hvelv", fast_kdf)
    unlock(launch, person, tmp_path / "hvelv")
    table = "Oppfølginger som forfaller"
    person.wait_for(table)  # an overdue term: the first screen after unlock
    assert person.column(table, "Sak") == [refs["mediation"], refs["plain"], refs["mediation"]]
    assert person.column(table, "Når") == ["Forfalt for 2 dager siden", "Om 1 dag", "Om 3 dager"]
    assert person.column(table, "Status")[0] == "Megling"
    assert "3 oppfølginger forfaller, 1 er forfalt." in person.text_on_screen()

    person.click_row(table, "Forfalt for 2 dager siden", double=True)
    tabs = person.find("Åpne saker", QTabWidget)
    person.wait_until(lambda: tabs.tabText(tabs.currentIndex()).startswith("Megling"))
    assert refs["mediation"] in tabs.tabText(tabs.currentIndex())
    # the mediation record's follow-up of its terms, the overdue one first
    person.click("Vis denne saken")  # discreet mode covers a record until asked
    terms = person.rows("Oppfølginger")
    assert [row[1] for row in terms][:2] == ["Skriftlig unnskyldning", "Ny rutine for kleskode"]


def test_the_mediation_screen_says_what_its_lists_hold(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any
) -> None:
    """In words with numbers ("1 meglingssak", not "meglingssak(er)"), and the
    referrals ticked in the register, which its list shows too."""
    mediation_vault(tmp_path / "hvelv", fast_kdf)
    unlock(launch, person, tmp_path / "hvelv")
    person.click_item("Skjermbilder", "Megling")
    person.wait_for_text("1 meglingssak ·")
    text = person.text_on_screen()
    assert "1 henvisning ikke tatt opp ennå" in text
    assert "0 møter framover" in text
    assert "(er)" not in text
