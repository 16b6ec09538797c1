"""The garbage collector and long-lived data (dime_desktop/memory.py): a list
kept for the session is frozen out of full collections, and a lock leaves
nothing of it frozen."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from dime_desktop.memory import release_frozen, settle_long_lived


class _Row:
    def __init__(self, n: int) -> None:
        self.n = n
        self.me = self  # a cycle: only the collector frees it


@pytest.fixture(autouse=True)
def _thawed() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_a_loaded_list_leaves_the_collectors_walks_and_a_lock_frees_it() -> None:
    before = gc.get_freeze_count()
    rows = [_Row(n) for n in range(5000)]
    probe = weakref.ref(rows[0])
    frozen = settle_long_lived()
    assert frozen >= before + 5000
    tracked = {id(o) for o in gc.get_objects()}
    assert id(rows[0]) not in tracked  # frozen objects are not walked

    del rows  # the lock clears the screen; the cycles keep the rows alive
    assert probe() is not None
    after = release_frozen()
    assert probe() is None  # collected once unfrozen
    assert after < frozen
