"""Issue 14 on a real encrypted vault: keyset pages, the search plans, capped
counts, cancelled searches, the sort keys kept in the row, the migration.

No timing here (speed goals live in benchmarks/run_all.py): these check that
the fast paths give exactly what the plain reading of the rules gives."""

from __future__ import annotations

import os
import threading
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from dime_desktop.cases.model import (
    Case,
    CaseFilter,
    CaseGround,
    Client,
    FollowUp,
    JournalEntry,
    parse_reference,
)
from dime_desktop.demo.generator import generate_demo_cases
from dime_desktop.reference import default_reference
from dime_desktop.storage import case_list, schema
from dime_desktop.storage.case_list import END, CancelToken, SearchCancelled
from dime_desktop.storage.cases import SORT_KEYS, CaseRepository
from dime_desktop.storage.database import Database


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """One vault of 700 demo cases plus ties and gaps in every sort key."""
    path = tmp_path_factory.mktemp("speed") / "list.db"
    db = Database.create(path, os.urandom(32))
    repo = CaseRepository(db)
    cases = generate_demo_cases(700, seed=14)
    day = date(2021, 5, 5)
    for i in range(40):  # the same opened day, closed day, area: only the id tells them apart
        cases.append(
            Case(
                opened=day,
                area="work",
                status="closed" if i % 2 else "open",
                closed=day + timedelta(days=3) if i % 2 else None,
                grounds=[CaseGround("age")] if i % 3 else [],
                follow_ups=[FollowUp(day + timedelta(days=i % 4), "x")] if i % 5 else [],
                client=Client(name="Tie Tiesen", consent_to_store=True) if i % 2 else None,
            )
        )
    repo.add_many(cases)
    yield repo
    db.close()


def _brute_force(repo: CaseRepository, sort: str, descending: bool) -> list[int]:
    """The list order the rules describe, computed in Python from whole cases."""
    ranks = {code: n for n, code in enumerate(default_reference().grounds.codes())}
    cases = list(repo.iter_cases())

    def key(c: Case) -> tuple[Any, ...]:
        opened, cid = c.opened.isoformat(), c.id or 0
        if sort == "reference":
            return (parse_reference(c.reference or ""), cid)
        if sort == "opened":
            return (opened, cid)
        if sort == "closed":
            return (c.closed is not None, c.closed.isoformat() if c.closed else "", opened, cid)
        if sort == "area":
            return (c.area, opened, cid)
        if sort == "status":
            return (c.status, opened, cid)
        if sort == "client_name":
            name = c.client.name if c.client else ""
            return (name.translate(_ASCII_LOWER), opened, cid)
        raise AssertionError(sort)

    if sort in ("next_follow_up", "grounds"):

        def value(c: Case) -> str | None:
            if sort == "next_follow_up":
                due = [f.due for f in c.follow_ups if not f.done]
                return min(due).isoformat() if due else None
            codes = c.ground_codes()
            return ",".join(f"{ranks[g]:02d}" for g in codes) if codes else None

        with_value = [c for c in cases if value(c) is not None]
        without = [c for c in cases if value(c) is None]
        with_value.sort(
            key=lambda c: (value(c), c.opened.isoformat(), c.id or 0), reverse=descending
        )
        without.sort(key=lambda c: (c.opened.isoformat(), c.id or 0), reverse=descending)
        return [c.id or 0 for c in [*with_value, *without]]
    cases.sort(key=key, reverse=descending)
    return [c.id or 0 for c in cases]


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@pytest.mark.parametrize("sort", SORT_KEYS)
@pytest.mark.parametrize("descending", [False, True])
def test_keyset_pages_forwards_and_backwards_are_the_whole_list(
    filled: CaseRepository, sort: str, descending: bool
) -> None:
    whole = [r.id for r in filled.list_rows(sort=sort, descending=descending)]
    assert len(whole) == len(set(whole)) == 740
    assert whole == _brute_force(filled, sort, descending)
    # forwards, 37 rows at a time, from each page's last position
    seen: list[int] = []
    position = None
    while True:
        page = filled.page(sort=sort, descending=descending, after=position, limit=37)
        seen += [r.id for r in page.rows]
        if not page.more:
            break
        position = page.positions[-1]
    assert seen == whole
    # backwards from the end, 41 rows at a time
    back: list[int] = []
    position = END
    while True:
        page = filled.page(sort=sort, descending=descending, before=position, limit=41)
        back = [r.id for r in page.rows] + back
        if not page.more:
            break
        position = page.positions[0]
    assert back == whole


@pytest.mark.parametrize(
    "flt",
    [
        CaseFilter(text="klienten"),
        CaseFilter(text="k"),
        CaseFilter(text="hi"),
        CaseFilter(text="ho"),
        CaseFilter(text="Prøvesen amina"),
        CaseFilter(text="klienten", year=2021),
        CaseFilter(text="klienten", area="housing", status="closed"),
        CaseFilter(ground="ethnicity"),
        CaseFilter(ground="pregnancy"),
        CaseFilter(ground="ethnicity", text="nabo"),
        CaseFilter(desk="mediation", year=2020),
    ],
)
@pytest.mark.parametrize("mode", ["drive", "walk", "probe"])
def test_every_search_plan_finds_the_same_cases(
    filled: CaseRepository, monkeypatch: pytest.MonkeyPatch, flt: CaseFilter, mode: str
) -> None:
    expected = {c.id for c in filled.iter_cases(flt)}  # drives by the match list
    assert expected, flt
    plain = case_list.conditions

    def forced(*args: Any, **kwargs: Any) -> Any:
        kwargs["text_mode"] = mode
        return plain(*args, **kwargs)

    monkeypatch.setattr(case_list, "conditions", forced)
    filled._plans.clear()
    rows = filled.list_rows(flt, sort="opened", descending=True)
    assert {r.id for r in rows} == expected
    assert filled.count(flt) == len(expected)
    by_area = filled.list_rows(flt, sort="area", descending=False)
    assert [r.id for r in by_area] == [
        r.id for r in sorted(rows, key=lambda r: (r.area, r.opened.isoformat(), r.id))
    ]


def test_plans_are_chosen_by_hit_count(vault: Any) -> None:
    many = case_list.COUNT_CAP + 5
    vault.cases.add_many(
        [Case(opened=date(2020, 1, 1), area="work", summary="felles ord") for _ in range(many)]
    )
    vault.cases.add(Case(opened=date(2020, 1, 1), area="work", summary="sjelden Somalia"))
    with vault.database.read() as conn:
        case_list.ensure_search_terms(conn)
        rare = case_list.plan_text(conn, ["Somalia"], many + 1)
        common = case_list.plan_text(conn, ["felles"], many + 1)
        most = case_list.plan_text(conn, ["felles"], 10)  # as if nearly every case matched
        short = case_list.plan_text(conn, ["fe"], many + 1)
        none = case_list.plan_text(conn, ["finnesikke"], many + 1)
    assert (rare.mode, rare.hits, rare.hits_exact) == ("drive", 1, True)
    assert (common.mode, common.hits) == ("walk", many)  # many: walk the sort index
    assert common.counted_to == case_list.crossover_hits(many + 1)
    assert most.mode == "probe" and not most.hits_exact  # most: probe FTS row by row
    assert short.match == '"fe"*'  # one to three letters: the prefix index
    assert none.match is None and none.mode == "none"  # no indexed word begins so
    assert vault.cases.count(CaseFilter(text="finnesikke")) == 0


def test_long_words_become_the_indexed_words_they_begin(filled: CaseRepository) -> None:
    with filled._db.read() as conn:
        case_list.ensure_search_terms(conn)
        plan = case_list.plan_text(conn, ["Klient"], 740)
    assert plan.match is not None and "*" not in plan.match
    assert '"klienten"' in plan.match  # folded as FTS5 folds, then expanded


def test_a_word_fts5_splits_is_asked_as_its_tokens(vault: Any) -> None:
    # U+19B0 is a letter to Python (one word) but a separator to unicode61's
    # older tables (two tokens); with detail=none a two-token phrase is an error
    vault.cases.add(Case(opened=date(2020, 1, 1), area="work", summary="abc\u19b0def ghi"))
    vault.cases.add(Case(opened=date(2020, 1, 2), area="work", summary="abc ghi"))
    assert vault.cases.count(CaseFilter(text="abc\u19b0def")) == 1
    assert vault.cases.count(CaseFilter(text="ab\u19b0de")) == 1  # both tokens as prefixes
    assert len(vault.cases.list_rows(CaseFilter(text="ABC\u19b0DEF ghi"))) == 1


def test_text_counts_stop_above_the_cap(vault: Any) -> None:
    cases = [
        Case(opened=date(2020, 1, 1) + timedelta(days=i % 300), area="work", summary="felles ord")
        for i in range(case_list.COUNT_CAP + 5)
    ]
    vault.cases.add_many(cases)
    capped = vault.cases.count_matches(CaseFilter(text="felles"), at_most=case_list.COUNT_CAP)
    assert capped.n == case_list.COUNT_CAP + 1 and not capped.exact
    assert vault.cases.count(CaseFilter(text="felles")) == case_list.COUNT_CAP + 5
    few = vault.cases.count_matches(CaseFilter(text="felles", year=2099), at_most=10)
    assert few.n == 0 and few.exact
    assert vault.cases.count(CaseFilter(year=2020), at_most=10) == 11  # stops counting


def test_a_cancelled_search_stops_its_sql_and_the_vault_goes_on(filled: CaseRepository) -> None:
    class SoonCancelled(CancelToken):
        """Says 'cancelled' from the third look on: the SQL was running by then."""

        def __init__(self) -> None:
            super().__init__()
            self.looks = 0

        @property
        def cancelled(self) -> bool:
            self.looks += 1
            return self.looks > 2

    token = SoonCancelled()
    with pytest.raises(SearchCancelled):
        filled.page(CaseFilter(text="klienten"), sort="grounds", limit=500, cancel=token)
    assert token.looks > 2  # the progress handler asked while the statement ran
    already = CancelToken()
    already.cancel()
    with pytest.raises(SearchCancelled):
        filled.count_matches(CaseFilter(text="k"), cancel=already)
    # the connection is fine and nothing is left installed
    assert filled.count(CaseFilter(text="Somalia")) > 0
    fresh = CancelToken()
    assert filled.page(CaseFilter(text="k"), cancel=fresh).rows


def test_cancel_from_another_thread(filled: CaseRepository) -> None:
    token = CancelToken()
    started = threading.Event()
    outcome: list[BaseException | None] = []

    class Watching(CancelToken):
        @property
        def cancelled(self) -> bool:
            started.set()
            return token.cancelled

    watching = Watching()

    def search() -> None:
        try:
            for _ in range(200):  # long enough for the other thread to cancel
                filled.list_rows(CaseFilter(text="k"), sort="grounds")
                filled.page(CaseFilter(text="k"), sort="client_name", cancel=watching)
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=search)
    worker.start()
    assert started.wait(30)
    token.cancel()
    worker.join(60)
    assert outcome and isinstance(outcome[0], SearchCancelled)


def test_sort_keys_follow_every_save(vault: Any) -> None:
    repo = vault.cases
    a = repo.add(
        Case(
            opened=date(2022, 1, 1),
            area="work",
            grounds=[CaseGround("religion"), CaseGround("gender")],
            follow_ups=[FollowUp(date(2022, 3, 1), "later"), FollowUp(date(2022, 2, 1), "sooner")],
        )
    )
    b = repo.add(Case(opened=date(2022, 1, 2), area="work", grounds=[CaseGround("age")]))
    rows = repo.list_rows(sort="next_follow_up", descending=False)
    assert [r.id for r in rows] == [a.id, b.id]
    assert rows[0].next_follow_up == date(2022, 2, 1)
    a.follow_ups[1].done = True  # the sooner one is done: the later one is next
    a = repo.update(a)
    assert repo.list_rows(sort="next_follow_up")[0].next_follow_up == date(2022, 3, 1)
    # the case's grounds as ranks in the law's order, its own first ground first:
    # religion,gender = "05,00" comes before age = "11"
    assert [r.id for r in repo.list_rows(sort="grounds", descending=False)] == [a.id, b.id]
    a.grounds = [CaseGround("union_membership")]
    a = repo.update(a)
    assert [r.id for r in repo.list_rows(sort="grounds", descending=False)] == [b.id, a.id]
    b.follow_ups = [FollowUp(date(2030, 1, 1), "far")]
    b = repo.update(b)
    a.follow_ups = []
    a = repo.update(a)
    assert repo.list_rows(sort="next_follow_up")[-1].id == a.id  # none: last either way
    assert repo.list_rows(sort="next_follow_up", descending=False)[-1].id == a.id


def test_a_changed_order_of_the_grounds_is_applied_to_every_case(vault: Any) -> None:
    repo = vault.cases
    x = repo.add(Case(opened=date(2022, 1, 1), area="work", grounds=[CaseGround("gender")]))
    y = repo.add(Case(opened=date(2022, 1, 2), area="work", grounds=[CaseGround("age")]))
    assert [r.id for r in repo.list_rows(sort="grounds", descending=False)] == [x.id, y.id]
    reference = default_reference()
    codes = reference.grounds.codes()
    later = CaseRepository(vault.database, reference)
    later._ranks = {code: n for n, code in enumerate(reversed(codes))}  # a new order
    assert [r.id for r in later.list_rows(sort="grounds", descending=False)] == [y.id, x.id]
    with vault.database.read() as conn:
        stored = [r[0] for r in conn.execute("SELECT code FROM ground_order ORDER BY rank")]
    assert stored == list(reversed(codes))


def test_a_vault_from_before_issue_14_gets_its_sort_keys_and_search(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, key = tmp_path / "old.db", os.urandom(32)
    with monkeypatch.context() as m:
        m.setattr(
            schema, "MIGRATIONS", schema.MIGRATIONS[: schema.MIGRATIONS.index(schema.SCHEMA_SPEED)]
        )
        old = Database.create(path, key)
        with old.transaction() as conn:
            for cid, opened, grounds, due, summary in (
                (1, "2019-03-01", ["religion"], "2019-05-01", "Nektet visning av leiligheten"),
                (2, "2019-03-02", [], None, "Kommentarer om hijaben"),
                (3, "2019-03-03", ["age", "gender"], "2019-04-01", "Klagen ble avvist"),
            ):
                conn.execute(
                    "INSERT INTO cases (id, reference, year, seq, opened, opened_year, area, "
                    "summary, created_at, updated_at) VALUES (?, ?, 2019, ?, ?, 2019, 'work', "
                    "?, 'x', 'x')",
                    (cid, f"DH-2019-00{cid}", cid, opened, summary),
                )
                for pos, g in enumerate(grounds):
                    conn.execute(
                        "INSERT INTO case_grounds (case_id, ground, position) VALUES (?, ?, ?)",
                        (cid, g, pos),
                    )
                if due:
                    conn.execute(
                        "INSERT INTO follow_ups (case_id, due, done) VALUES (?, ?, 0), (?, ?, 1)",
                        (cid, due, cid, "2000-01-01"),
                    )
                conn.execute(
                    "INSERT INTO journal_entries (case_id, entry_date, text) VALUES (?, ?, ?)",
                    (cid, opened, f"Ringte klient {cid}"),
                )
                conn.execute(
                    "INSERT INTO case_search (rowid, summary, journal, client_name, "
                    "counterpart_name) VALUES (?, ?, ?, '', '')",
                    (cid, summary, f"Ringte klient {cid}"),
                )
        old.close()
    db = Database.open(path, key)  # migrates
    try:
        repo = CaseRepository(db)
        assert [r.id for r in repo.list_rows(sort="next_follow_up", descending=False)] == [3, 1, 2]
        assert [r.id for r in repo.list_rows(sort="grounds", descending=False)] == [1, 3, 2]
        assert [r.reference for r in repo.list_rows(CaseFilter(text="hijab"))] == ["DH-2019-002"]
        assert repo.count(CaseFilter(text="ringte")) == 3
        assert repo.count(CaseFilter(text="leilighet")) == 1
        from dime_desktop.storage.statistics import StatisticsQueries

        counts = StatisticsQueries(db).year_counts(2019)  # from the keys the migration made
        assert counts.by_ground_combination == {"religion": 1, "age+gender": 1}
        assert counts.unrecorded["by_ground_combination"] == 1
        assert db.integrity_problems() == []
    finally:
        db.close()


def test_existing_references_is_set_based_and_exact(vault: Any) -> None:
    vault.cases.add_many(
        [
            Case(opened=date(2019, 1, 1), area="work", reference=f"DH-2019-{i:03d}")
            for i in range(1, 1300)
        ]
    )
    asked = [
        "DH-2019-0001",
        "DH-2019-1299",
        " DH-2019-005 ",
        "DH-2018-001",
        "nonsense",
        "DH-2019-1300",
    ]
    assert vault.cases.existing_references(asked) == {
        "DH-2019-0001",
        "DH-2019-1299",
        " DH-2019-005 ",
    }
    assert vault.cases.existing_references(f"DH-2019-{i:03d}" for i in range(1, 1300)) == {
        f"DH-2019-{i:03d}" for i in range(1, 1300)
    }
    journal = [JournalEntry(date(2019, 1, 1), "x")]
    result = vault.cases.add_many(
        [
            Case(opened=date(2019, 1, 1), area="work", reference="DH-2019-0007", journal=journal),
            Case(opened=date(2019, 1, 1), area="work", reference="DH-2019-9999"),
        ],
        skip_existing=True,
    )
    assert result.added == 1 and result.skipped == ["DH-2019-0007"]


def test_the_page_cache_cap_follows_the_computer() -> None:
    from dime_desktop.storage import page_cache

    mib = 1024
    assert page_cache.cache_kib(2 * 1024 * mib) == 128 * mib  # 2 GiB: 1/16
    assert page_cache.cache_kib(512 * mib) == 64 * mib  # never below 64 MiB
    assert page_cache.cache_kib(32 * 1024 * mib) == 256 * mib  # never above 256 MiB
    assert 64 * mib <= page_cache.cache_kib() <= 256 * mib


def _segments(db: Any) -> int:
    with db.read() as conn:
        return int(conn.execute("SELECT count(DISTINCT segid) FROM case_search_idx").fetchone()[0])


def test_the_search_index_stays_in_few_segments(vault: Any) -> None:
    # an import ends with one segment; every save does a little merge work
    vault.cases.add_many(generate_demo_cases(1200, seed=3))
    assert _segments(vault.database) == 1
    most = 0
    for n, case in enumerate(generate_demo_cases(600, seed=4)):
        vault.cases.add(case)
        if n % 50 == 49:
            most = max(most, _segments(vault.database))
    assert most <= 5  # without the merge work: up to 10 and more
    assert vault.cases.count(CaseFilter(text="klienten")) > 0
