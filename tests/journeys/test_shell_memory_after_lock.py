"""After a lock, what the session froze out of the garbage collector's walks
(memory.settle_long_lived: a long What-is-due list) is collected, not kept
until the program ends (issue 14)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(autouse=True)
def _thawed() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_a_lock_collects_what_was_frozen(
    launch: Any, person: Any, tmp_path: Any, fast_kdf: Any
) -> None:
    # what the session froze (a long list; here a cycle only the collector can
    # free) is gone after a lock, not kept until the program ends
    import weakref

    from dime_desktop.memory import settle_long_lived
    from dime_desktop.vault import Vault

    passphrase = "en lang passordfrase for minnet etter låsen"
    Vault.create(tmp_path / "hvelv", passphrase, kdf=fast_kdf).vault.close(backup=False)
    running = launch("--vault", str(tmp_path / "hvelv"))
    person.wait_for("Lås opp")
    person.type("Passordfrase", passphrase)
    person.press("Return")
    person.wait_until(lambda: running.controller.state == "unlocked")
    kept = _Cycle()
    probe = weakref.ref(kept)
    settle_long_lived()
    del kept
    assert probe() is not None
    person.press("Ctrl+L")
    person.wait_for("Lås opp")
    person.wait_until(lambda: probe() is None)
