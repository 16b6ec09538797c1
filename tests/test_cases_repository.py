"""CaseRepository on a real encrypted database file: round trips, references,
validation, full-text search, filters, paging, bulk adds."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from dime_desktop.cases.model import (
    DESK_ADVICE,
    DESK_MEDIATION,
    STATUS_CLOSED,
    Case,
    CaseFilter,
    CaseGround,
    Client,
    FollowUp,
    JournalEntry,
    Mediation,
    TimelineEvent,
)
from dime_desktop.errors import CaseInvalid, CaseNotFound, DuplicateReference
from dime_desktop.storage.cases import CaseRepository, match_query
from dime_desktop.storage.database import Database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.create(tmp_path / "cases.db", os.urandom(32))
    yield database
    database.close()


@pytest.fixture
def repo(db: Database) -> CaseRepository:
    return CaseRepository(db)


def full_case() -> Case:
    return Case(
        opened=date(2019, 3, 4),
        area="housing",
        status=STATUS_CLOSED,
        closed=date(2019, 6, 1),
        channel="phone",
        grounds=[
            CaseGround("ethnicity", perceived=True, assessed=True),
            CaseGround("religion", perceived=True, assessed=False, by_association=True),
            CaseGround("gender", perceived=False, assessed=True),
        ],
        incident_types=["harassment", "hate_speech"],
        track="both",
        counterpart_type="landlord",
        counterpart_name="Borettslaget Prøvehagen",
        summary="Naboen kommer med nedsettende kommentarer om hijaben. Styret gjør ingenting.",
        journal=[
            JournalEntry(date(2019, 3, 4), "Første samtale på Grønland."),
            JournalEntry(date(2019, 3, 20), "Sendte brev til styret."),
        ],
        follow_ups=[
            FollowUp(date(2019, 4, 1), "Ring klienten", done=True),
            FollowUp(date(2019, 5, 2), "Sjekk svar fra styret"),
        ],
        timeline=[
            TimelineEvent(date(2018, 11, 2), "Første lapp i postkassen"),
            TimelineEvent(date(2019, 2, 27), "Kommentar i oppgangen"),
        ],
        mediation=Mediation(referred=True, area="housing", outcome="agreement"),
        client=Client(
            name="Åsa Prøvesen",
            contact="demo@example.invalid",
            preferred_language="arabisk",
            interpreter_needed=True,
            consent_to_store=True,
            notes="Ettermiddag passer best.",
        ),
    )


def without_ids(case: Case) -> Case:
    return replace(
        case,
        id=None,
        reference=None,
        journal=[replace(j, id=None) for j in case.journal],
        follow_ups=[replace(f, id=None) for f in case.follow_ups],
        timeline=[replace(t, id=None) for t in case.timeline],
    )


# --- round trip, references -------------------------------------------------


def test_add_and_get_round_trip_every_field(repo: CaseRepository) -> None:
    original = full_case()
    saved = repo.add(original)
    assert saved.id is not None and saved.reference == "DH-2019-001"
    assert all(j.id is not None for j in saved.journal)
    assert all(f.id is not None for f in saved.follow_ups)
    assert all(t.id is not None for t in saved.timeline)
    loaded = repo.get("DH-2019-001")
    assert loaded == saved
    assert repo.get_by_id(saved.id) == saved
    assert without_ids(loaded) == original


def test_anonymous_contact_has_no_client(repo: CaseRepository) -> None:
    saved = repo.add(Case(opened=date(2020, 1, 2), area="other"))
    loaded = repo.get_by_id(saved.id or 0)
    assert loaded.client is None
    assert loaded.grounds == [] and loaded.journal == [] and loaded.mediation == Mediation()
    assert repo.list_rows()[0].client_name == ""


def test_client_with_empty_name_is_still_a_client(repo: CaseRepository) -> None:
    saved = repo.add(
        Case(
            opened=date(2020, 1, 2), area="other", client=Client(contact="x", consent_to_store=True)
        )
    )
    assert repo.get_by_id(saved.id or 0).client == Client(contact="x", consent_to_store=True)


def test_references_count_per_opened_year(repo: CaseRepository) -> None:
    refs = [
        repo.add(Case(opened=date(y, m, 1), area="work")).reference
        for y, m in [(2019, 1), (2019, 5), (2020, 1), (2019, 12), (2020, 3)]
    ]
    assert refs == ["DH-2019-001", "DH-2019-002", "DH-2020-001", "DH-2019-003", "DH-2020-002"]
    assert repo.years() == [2020, 2019]


def test_given_reference_is_kept_and_numbering_continues_after_it(
    repo: CaseRepository,
) -> None:
    repo.add(Case(opened=date(2019, 2, 1), area="work", reference="DH-2019-041"))
    assert repo.add(Case(opened=date(2019, 3, 1), area="work")).reference == "DH-2019-042"
    # an imported reference may belong to another year than its opening date
    old = repo.add(Case(opened=date(2019, 1, 3), area="work", reference="DH-2018-120"))
    assert old.reference == "DH-2018-120"
    # ...but it belongs to the year it was opened
    assert repo.count(CaseFilter(year=2018)) == 0
    assert repo.count(CaseFilter(year=2019)) == 3


def test_duplicate_reference(repo: CaseRepository) -> None:
    repo.add(Case(opened=date(2019, 2, 1), area="work", reference="DH-2019-007"))
    with pytest.raises(DuplicateReference) as info:
        repo.add(Case(opened=date(2019, 2, 1), area="work", reference="DH-2019-007"))
    assert info.value.reference == "DH-2019-007"
    # the same year and number written with another width is the same case
    with pytest.raises(DuplicateReference):
        repo.add(Case(opened=date(2019, 2, 1), area="work", reference="DH-2019-0007"))
    assert repo.count() == 1
    assert repo.existing_references(["DH-2019-007", "DH-2019-0007", "DH-2019-008", "x"]) == {
        "DH-2019-007",
        "DH-2019-0007",
    }


def test_validation_errors_name_every_field(repo: CaseRepository) -> None:
    bad = Case(
        opened=date(2019, 5, 1),
        area="moon",
        status=STATUS_CLOSED,
        grounds=[CaseGround("ethnicity"), CaseGround("ethnicity")],
        reference="2019/7",
    )
    with pytest.raises(CaseInvalid) as info:
        repo.add(bad)
    fields = {(p.field, p.code) for p in info.value.problems}
    assert ("area", "unknown_value") in fields
    assert ("closed", "required") in fields
    assert ("grounds", "duplicate") in fields
    assert ("reference", "invalid_reference") in fields
    assert repo.count() == 0


def test_get_missing_case(repo: CaseRepository) -> None:
    with pytest.raises(CaseNotFound):
        repo.get("DH-2019-001")
    with pytest.raises(CaseNotFound):
        repo.get_by_id(42)
    with pytest.raises(CaseNotFound):
        repo.delete(42)
    with pytest.raises(CaseNotFound):
        repo.update(replace(full_case(), id=42))


# --- update, delete, search ---------------------------------------------------


def test_update_replaces_lists_keeps_ids_and_search_in_step(repo: CaseRepository) -> None:
    saved = repo.add(full_case())
    assert repo.count(CaseFilter(text="hijaben")) == 1
    first_entry_id = saved.journal[0].id
    saved.summary = "Utleier nekter visning etter telefonsamtale."
    saved.journal = [saved.journal[0], JournalEntry(date(2019, 4, 2), "Klaget til nemnda.")]
    saved.grounds = [CaseGround("disability")]
    saved.client = None
    saved.status = "open"
    saved.closed = None
    updated = repo.update(saved)
    assert updated.reference == "DH-2019-001"
    assert updated.journal[0].id == first_entry_id
    assert [j.text for j in updated.journal] == [
        "Første samtale på Grønland.",
        "Klaget til nemnda.",
    ]
    assert updated.ground_codes() == ["disability"] and updated.client is None
    assert repo.get_by_id(saved.id or 0) == updated
    assert repo.count(CaseFilter(text="hijaben")) == 0  # old word gone
    assert repo.count(CaseFilter(text="Brev")) == 0  # removed journal entry gone
    assert repo.count(CaseFilter(text="Prøvesen")) == 0  # client removed
    assert repo.count(CaseFilter(text="visning")) == 1
    assert repo.count(CaseFilter(text="nemnda")) == 1
    assert repo.count(CaseFilter(ground="ethnicity")) == 0
    assert repo.count(CaseFilter(ground="disability")) == 1


def test_update_to_a_taken_reference_is_refused(repo: CaseRepository) -> None:
    a = repo.add(Case(opened=date(2019, 1, 1), area="work"))
    repo.add(Case(opened=date(2019, 1, 2), area="work"))
    a.reference = "DH-2019-002"
    with pytest.raises(DuplicateReference):
        repo.update(a)
    a.reference = "DH-2019-010"
    assert repo.update(a).reference == "DH-2019-010"
    assert repo.add(Case(opened=date(2019, 3, 1), area="work")).reference == "DH-2019-011"


def test_delete_removes_case_children_and_search_row(repo: CaseRepository, db: Database) -> None:
    saved = repo.add(full_case())
    other = repo.add(Case(opened=date(2019, 4, 1), area="work", summary="hijaben igjen"))
    repo.delete(saved.id or 0)
    assert repo.count() == 1
    assert repo.count(CaseFilter(text="hijaben")) == 1
    assert repo.count(CaseFilter(text="Grønland")) == 0
    with db.read() as conn:
        for table in ("case_grounds", "journal_entries", "follow_ups", "timeline_events"):
            n = conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            assert n == 0, table
        rowids = [r[0] for r in conn.execute("SELECT rowid FROM case_search")]
    assert rowids == [other.id]
    assert db.integrity_problems() == []


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("smørbrød", 1),
        ("SMØRBRØD", 1),
        ("smør", 1),
        ("Ærlig", 1),
        ("ærlig", 1),
        ("ÆRL", 1),
        ("blå", 2),
        ("blåbær", 1),
        ("blåbærsyltetøy", 0),
        ("smør ærlig", 1),
        ("smør grønn", 0),
        ("Prøve", 1),  # client name, prefix
        ("klaget", 1),  # journal
        ("brød", 0),  # a prefix, not any substring
    ],
)
def test_search_norwegian_letters_and_prefixes(
    repo: CaseRepository, words: str, expected: int
) -> None:
    repo.add(
        Case(
            opened=date(2019, 1, 1),
            area="other",
            summary="Ærlig talt: smørbrød med blåbær.",
            client=Client(name="Øystein Prøvesen", consent_to_store=True),
        )
    )
    repo.add(
        Case(
            opened=date(2019, 1, 2),
            area="other",
            summary="Blått lys",
            journal=[JournalEntry(date(2019, 1, 2), "Klaget til utestedet.")],
        )
    )
    assert repo.count(CaseFilter(text=words)) == expected
    assert len(repo.list_rows(CaseFilter(text=words))) == expected


@pytest.mark.parametrize(
    "hostile",
    [
        '"',
        '""',
        "AND",
        "OR",
        "NOT",
        "*",
        "NEAR(",
        "NEAR(a b",
        "-",
        "-hijab",
        "summary:x",
        "(",
        ")",
        "^",
        "a AND",
        "'; DROP TABLE cases; --",
        "\x00",
        "   ",
        "hijab*",
        '"hijab',
    ],
)
def test_hostile_search_input_does_not_raise(repo: CaseRepository, hostile: str) -> None:
    repo.add(Case(opened=date(2019, 1, 1), area="other", summary="hijab AND near"))
    n = repo.count(CaseFilter(text=hostile))
    assert n in (0, 1)
    assert len(repo.list_rows(CaseFilter(text=hostile), limit=10)) == n
    assert len(list(repo.iter_cases(CaseFilter(text=hostile)))) == n


def test_match_query_quotes_words_as_prefix_terms() -> None:
    assert match_query("smør brød") == '"smør"* AND "brød"*'
    assert match_query('NEAR(" -x*') == '"NEAR"* AND "x"*'
    assert match_query("  ") is None
    assert match_query('"*-') is None
    assert match_query(None) is None
    # decomposed å (a + ring) is joined into one letter
    assert match_query("bla\u030abær") == '"blåbær"*'


def test_punctuation_only_search_means_no_text_filter(repo: CaseRepository) -> None:
    repo.add(Case(opened=date(2019, 1, 1), area="other", summary="x"))
    repo.add(Case(opened=date(2019, 1, 2), area="other", summary="y"))
    assert repo.count(CaseFilter(text='"*')) == 2


# --- filters, sorting, paging ---------------------------------------------------


def _mixed(repo: CaseRepository) -> None:
    specs = [
        # opened, area, status, grounds, referred, summary, client name
        (date(2019, 1, 5), "housing", "open", ["ethnicity"], False, "nabo bråk", "Kari"),
        (date(2019, 2, 5), "housing", "closed", ["ethnicity", "religion"], True, "nabo", ""),
        (date(2019, 3, 5), "work", "open", ["gender"], False, "sjefen", "Bjørn"),
        (date(2020, 1, 5), "housing", "open", ["ethnicity"], True, "nabo lapp", "Åse"),
        (
            date(2020, 2, 5),
            "hate_crime",
            "closed",
            ["sexual_orientation", "ethnicity"],
            False,
            "trussel",
            "Ola",
        ),
        (date(2020, 3, 5), "housing", "open", ["religion"], False, "naboen", "amina"),
    ]
    for opened, area, status, grounds, referred, summary, name in specs:
        repo.add(
            Case(
                opened=opened,
                area=area,
                status=status,
                closed=date(opened.year, 12, 1) if status == "closed" else None,
                grounds=[CaseGround(g) for g in grounds],
                mediation=Mediation(referred=referred),
                summary=summary,
                client=Client(name=name, consent_to_store=True) if name else None,
                follow_ups=[
                    FollowUp(date(opened.year, 9, 1), "x"),
                    FollowUp(date(opened.year, 6, 1), "y"),
                ],
            )
        )


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (CaseFilter(), 6),
        (CaseFilter(year=2019), 3),
        (CaseFilter(status="open"), 4),
        (CaseFilter(area="housing"), 4),
        (CaseFilter(ground="ethnicity"), 4),
        (CaseFilter(desk=DESK_MEDIATION), 2),
        (CaseFilter(desk=DESK_ADVICE), 4),
        (CaseFilter(text="nabo"), 4),
        (CaseFilter(year=2020, area="housing", status="open", ground="ethnicity"), 1),
        (
            CaseFilter(
                year=2019, area="housing", ground="ethnicity", desk=DESK_MEDIATION, text="nabo"
            ),
            1,
        ),
        (CaseFilter(year=2019, text="trussel"), 0),
        (CaseFilter(year=2021), 0),
    ],
)
def test_filters(repo: CaseRepository, flt: CaseFilter, expected: int) -> None:
    _mixed(repo)
    assert repo.count(flt) == expected
    rows = repo.list_rows(flt)
    assert len(rows) == expected
    assert sum(1 for _ in repo.iter_cases(flt)) == expected
    for row in rows:
        case = repo.get_by_id(row.id)
        assert flt.year in (None, case.year)
        assert flt.status in (None, case.status)
        assert flt.area in (None, case.area)
        assert flt.ground is None or flt.ground in case.ground_codes()
        assert flt.desk in (None, case.desk)
        assert row.desk == case.desk


def test_list_rows_sorting_and_summary_fields(repo: CaseRepository) -> None:
    _mixed(repo)
    rows = repo.list_rows()  # opened, newest first
    assert [r.opened for r in rows] == sorted((r.opened for r in rows), reverse=True)
    oldest = repo.list_rows(sort="opened", descending=False)[0]
    assert oldest.reference == "DH-2019-001"
    assert oldest.grounds == ("ethnicity",)
    assert oldest.client_name == "Kari"
    assert oldest.next_follow_up == date(2019, 6, 1)  # the earliest open one
    second = repo.list_rows(sort="reference", descending=False)[1]
    assert second.grounds == ("ethnicity", "religion") and second.desk == DESK_MEDIATION
    refs = [r.reference for r in repo.list_rows(sort="reference", descending=False)]
    assert refs == [
        "DH-2019-001",
        "DH-2019-002",
        "DH-2019-003",
        "DH-2020-001",
        "DH-2020-002",
        "DH-2020-003",
    ]
    names = [r.client_name for r in repo.list_rows(sort="client_name", descending=False)]
    # case-insensitive for a-z; anonymous contacts first; Å after Z as in Norwegian
    assert names == ["", "amina", "Bjørn", "Kari", "Ola", "Åse"]
    areas = [r.area for r in repo.list_rows(sort="area", descending=False)]
    assert areas == sorted(areas)
    statuses = [r.status for r in repo.list_rows(sort="status")]
    assert statuses == sorted(statuses, reverse=True)
    closed = [r.closed for r in repo.list_rows(sort="closed", descending=True)]
    assert closed[:2] == [date(2020, 12, 1), date(2019, 12, 1)]
    with pytest.raises(ValueError):
        repo.list_rows(sort="summary")


def test_paging_is_stable_and_complete(repo: CaseRepository) -> None:
    cases = [Case(opened=date(2019, 1 + i % 3, 1), area="work") for i in range(23)]
    repo.add_many(cases)
    for sort in ("opened", "reference", "area", "status", "client_name", "closed"):
        whole = repo.list_rows(sort=sort)
        pages = [repo.list_rows(sort=sort, offset=o, limit=5) for o in range(0, 25, 5)]
        assert [r for page in pages for r in page] == whole
        assert len({r.id for r in whole}) == 23
    assert repo.list_rows(offset=20) == repo.list_rows()[20:]


def test_iter_cases_returns_whole_cases_in_reference_order(repo: CaseRepository) -> None:
    repo.add_many([Case(opened=date(2020 - i % 2, 1, 1), area="work") for i in range(1200)])
    refs = [c.reference for c in repo.iter_cases()]
    assert len(refs) == 1200
    assert refs[0] == "DH-2019-001" and refs[599] == "DH-2019-600" and refs[600] == "DH-2020-001"


# --- add_many -----------------------------------------------------------------


def test_add_many_all_or_nothing(repo: CaseRepository) -> None:
    good = [Case(opened=date(2019, 1, i + 1), area="work") for i in range(5)]
    bad = Case(opened=date(2019, 1, 9), area="nowhere")
    with pytest.raises(CaseInvalid):
        repo.add_many([*good, bad])
    assert repo.count() == 0
    repo.add(Case(opened=date(2019, 1, 1), area="work", reference="DH-2019-003"))
    with pytest.raises(DuplicateReference):
        repo.add_many([*good, Case(opened=date(2019, 1, 1), area="work", reference="DH-2019-003")])
    assert repo.count() == 1
    with pytest.raises(DuplicateReference):  # twice in the same batch
        repo.add_many(
            [
                Case(opened=date(2019, 1, 1), area="work", reference="DH-2019-010"),
                Case(opened=date(2019, 1, 1), area="work", reference="DH-2019-010"),
            ]
        )
    assert repo.count() == 1
    assert repo.add_many(good).added == 5
    # numbering continues after the existing DH-2019-003
    assert sorted(r.reference for r in repo.list_rows()) == [
        "DH-2019-003",
        "DH-2019-004",
        "DH-2019-005",
        "DH-2019-006",
        "DH-2019-007",
        "DH-2019-008",
    ]


def test_add_many_skip_existing(repo: CaseRepository) -> None:
    repo.add(Case(opened=date(2018, 11, 5), area="nightlife", reference="DH-2018-010"))
    batch = [
        Case(opened=date(2018, 12, 5), area="work", reference="DH-2018-012"),
        Case(opened=date(2018, 11, 5), area="work", reference="DH-2018-010"),
        Case(opened=date(2018, 12, 9), area="work"),
    ]
    with pytest.raises(DuplicateReference):
        repo.add_many(batch)
    result = repo.add_many(batch, skip_existing=True)
    assert result.added == 2 and result.skipped == ["DH-2018-010"]
    assert repo.get("DH-2018-010").area == "nightlife"  # not overwritten
    # a new reference comes after every number of the year, imported ones too
    assert repo.get("DH-2018-013").opened == date(2018, 12, 9)


def test_add_many_stores_every_field_and_indexes_search(repo: CaseRepository) -> None:
    result = repo.add_many([full_case(), full_case()])
    assert result.added == 2
    a, b = repo.get("DH-2019-001"), repo.get("DH-2019-002")
    assert without_ids(a) == without_ids(b) == full_case()
    assert repo.count(CaseFilter(text="Grønland")) == 2
    assert repo.add_many([]).added == 0


def test_concurrent_connections_never_share_a_reference(tmp_path: Path) -> None:
    key = os.urandom(32)
    path = tmp_path / "shared.db"
    Database.create(path, key).close()
    first, second = Database.open(path, key), Database.open(path, key)
    try:
        r1, r2 = CaseRepository(first), CaseRepository(second)
        refs = []
        for i in range(10):
            repo = r1 if i % 2 else r2
            refs.append(repo.add(Case(opened=date(2019, 1, 1), area="work")).reference)
        assert len(set(refs)) == 10
        assert r1.count() == r2.count() == 10
    finally:
        first.close()
        second.close()


def test_vault_facade_uses_this_repository(vault: object) -> None:
    cases = vault.cases  # type: ignore[attr-defined]
    assert isinstance(cases, CaseRepository)
    saved = cases.add(full_case())
    assert cases.get(saved.reference) == saved


def test_year_is_the_opened_year_even_when_the_reference_says_otherwise(vault) -> None:  # type: ignore[no-untyped-def]
    """A case belongs to the year it was opened: an imported reference from
    another year (DH-2018-120 opened in 2019) lists and counts under 2019."""
    from datetime import date as _date

    from dime_desktop.cases import Case as _Case
    from dime_desktop.cases import CaseFilter as _CaseFilter

    vault.cases.add(_Case(opened=_date(2019, 1, 3), area="work", reference="DH-2018-120"))
    assert vault.cases.count(_CaseFilter(year=2019)) == 1
    assert vault.cases.count(_CaseFilter(year=2018)) == 0
    assert vault.cases.years() == [2019]
    assert vault.statistics.year_counts(2019).cases == 1
    assert vault.statistics.year_counts(2018).cases == 0
