"""Passphrase policy, Argon2id calibration and the recovery key format."""

from __future__ import annotations

import random
import unicodedata
from typing import Any

import pytest

from dime_desktop.errors import WrongRecoveryKey
from dime_desktop.vault import KdfParams, kdf, recovery
from dime_desktop.vault.passphrase_policy import (
    MIN_LENGTH,
    REASONS,
    check_passphrase,
    common_passwords,
    explain,
    reason_text,
)

# --- passphrase policy -----------------------------------------------------------


def test_good_passphrase_passes(passphrase: str) -> None:
    assert MIN_LENGTH == 15
    assert check_passphrase(passphrase) == []
    assert check_passphrase(passphrase, passphrase) == []
    assert check_passphrase("ni ord om smørbrød") == []
    assert check_passphrase("Ærlig talt, øl åt ål!") == []


def test_any_characters_and_no_composition_rules() -> None:
    assert check_passphrase("tre små kinesere på høyden") == []  # no digit, no capital
    assert check_passphrase("доброе утро мир друзья") == []
    assert check_passphrase("سلام عليكم يا صديقي") == []
    assert check_passphrase("ሰላም ለሁላችሁ ወዳጆቼ እንኳን") == []


def test_too_short_counts_code_points() -> None:
    assert check_passphrase("a" * 3 + "bcdefghijk") == ["too_short"]  # 13
    assert check_passphrase("fjorten tegn!!") == ["too_short"]  # 14
    assert check_passphrase("femten tegn her") == []  # 15
    # 15 code points, each of several UTF-8 bytes: long enough.
    assert check_passphrase("æøåæøå ÆØÅ øåæø") == []
    # Emoji count as one character each.
    assert "too_short" in check_passphrase("🙂" * 14)
    assert "too_short" not in check_passphrase("🙂🐟🌲" * 5)


def test_nfkc_is_applied_before_counting() -> None:
    # U+FB01 "ﬁ" (one code point) becomes "fi" (two) under NFKC, and the
    # normalised form is what is counted: 14 as typed, 15 after NFKC passes.
    typed = "ﬁne ord i rekke"
    assert len(typed) == 15 and len(unicodedata.normalize("NFKC", typed)) == 16
    assert check_passphrase(typed) == []
    shorter = "ﬁne ord i rekk"
    assert len(shorter) == 14
    assert len(unicodedata.normalize("NFKC", shorter)) == 15
    assert check_passphrase(shorter) == []
    # Decomposed letters (a + combining ring) compose to one code point: shorter.
    decomposed = "a\u030a" * 8  # 16 code points as typed, 8 after NFKC
    assert "too_short" in check_passphrase(decomposed)
    # Full-width compatibility characters fold to the common password.
    fullwidth = "ｐａｓｓｗｏｒｄｐａｓｓｗｏｒｄ"
    assert len(fullwidth) == 16
    assert check_passphrase(fullwidth) == ["too_common"]


def test_common_passwords_are_rejected() -> None:
    for common in [
        "passwordpassword",
        "PasswordPassword",
        "123456789012345",
        "qwertyuiopasdfgh",
        "iloveyouiloveyou",
        "passordpassord1",
        "correct horse battery staple",
        "Jeg elsker deg så høyt",
    ]:
        assert check_passphrase(common) == ["too_common"], common


def test_repeated_characters_are_rejected() -> None:
    assert check_passphrase("x" * 20) == ["too_common"]
    assert check_passphrase("ø" * 15) == ["too_common"]
    assert check_passphrase(" " * 16) == ["too_common"]
    assert check_passphrase("ab" * 10) == ["too_common"]
    assert check_passphrase("hei" * 6) == ["too_common"]


def test_list_has_thousands_of_entries_including_long_ones() -> None:
    words = common_passwords()
    assert len(words) > 3000
    long_ones = [w for w in words if len(w) >= MIN_LENGTH]
    assert len(long_ones) > 1000
    assert all(w == w.casefold() for w in words)


def test_empty_and_mismatch() -> None:
    assert check_passphrase("") == ["empty"]
    assert check_passphrase("", "") == ["empty"]
    good = "korrekt hest batteri stift 2019"
    assert check_passphrase(good, good + " ") == ["mismatch"]
    assert check_passphrase("kort", "lang") == ["too_short", "mismatch"]
    # Same text in another normal form is the same passphrase.
    assert check_passphrase("blåbær i skogen nå", "bla\u030abær i skogen na\u030a") == []


def test_every_reason_has_a_sentence() -> None:
    for reason in REASONS:
        text = reason_text(reason)
        assert text.endswith(".")
        assert text[0].isupper()
    assert "15" in reason_text("too_short")
    assert explain(["too_short", "mismatch"]).count(".") >= 2


# --- key derivation -------------------------------------------------------------


def _durations(*seconds: float) -> Any:
    """A fake clock whose successive measurements take ``seconds`` each."""
    ticks: list[float] = []
    now = 0.0
    for d in seconds:
        ticks += [now, now + d]
        now += d + 1.0
    it = iter(ticks)
    return lambda: next(it)


def test_calibrate_within_bounds_fast() -> None:
    params = kdf.calibrate(0.05, memory_cost_kib=8 * 1024, min_memory_kib=8 * 1024, runs=2)
    assert isinstance(params, KdfParams)
    assert params.problems() == []
    assert kdf.FLOOR_TIME_COST <= params.time_cost <= kdf.MAX_TIME_COST
    assert params.memory_cost_kib == 8 * 1024
    assert 1 <= params.parallelism <= 4


def test_calibrate_takes_the_fastest_of_several_runs() -> None:
    # one pass "takes" 0.3, 0.1, 0.25, 0.2, 0.15 s: the 0.1 s run is the machine
    # without noise; the others were a busy moment
    params = kdf.calibrate(
        0.75,
        memory_cost_kib=8 * 1024,
        min_memory_kib=8 * 1024,
        parallelism=2,
        runs=5,
        clock=_durations(0.3, 0.1, 0.25, 0.2, 0.15),
    )
    assert params == KdfParams(time_cost=7, memory_cost_kib=8 * 1024, parallelism=2)


def test_a_busy_machine_never_gets_below_the_floor() -> None:
    """Issue 9, finding 6: a busy machine fixed t=1 into a vault."""
    params = kdf.calibrate(
        0.75,
        memory_cost_kib=16 * 1024,
        min_memory_kib=8 * 1024,
        parallelism=1,
        runs=2,
        clock=_durations(*([2.0] * 4)),  # every pass slower than the target
    )
    assert params.memory_cost_kib == 8 * 1024
    assert params.time_cost == kdf.FLOOR_TIME_COST


def test_the_floor_follows_rfc_9106() -> None:
    # RFC 9106 section 4, second recommended option: t=3, m=64 MiB
    assert kdf.FLOOR_TIME_COST >= 3
    assert kdf.FLOOR_MEMORY_KIB >= 64 * 1024
    # asked for less memory than the floor on a slow machine: the floor it is
    params = kdf.calibrate(
        0.75, memory_cost_kib=8 * 1024, parallelism=1, runs=1, clock=_durations(5.0)
    )
    assert params.memory_cost_kib == kdf.FLOOR_MEMORY_KIB
    assert params.time_cost == kdf.FLOOR_TIME_COST


def test_calibrate_never_exceeds_max_time_cost() -> None:
    params = kdf.calibrate(
        1.0,
        memory_cost_kib=8 * 1024,
        min_memory_kib=8 * 1024,
        runs=1,
        clock=_durations(0.000001),
    )
    assert params.time_cost == kdf.MAX_TIME_COST


def test_derive_key_depends_on_everything(fast_kdf: KdfParams) -> None:
    salt = b"s" * 16
    key = kdf.derive_key("korrekt hest batteri stift", salt, fast_kdf)
    assert len(key) == 32
    assert kdf.derive_key("korrekt hest batteri stift", salt, fast_kdf) == key
    assert kdf.derive_key("korrekt hest batteri stifT", salt, fast_kdf) != key
    assert kdf.derive_key("korrekt hest batteri stift", b"t" * 16, fast_kdf) != key
    other = KdfParams(2, fast_kdf.memory_cost_kib, fast_kdf.parallelism)
    assert kdf.derive_key("korrekt hest batteri stift", salt, other) != key


def test_out_of_bounds_params_are_refused() -> None:
    assert KdfParams(0, 8 * 1024, 1).problems()
    assert KdfParams(1, 1024, 1).problems()
    assert KdfParams(1, 8 * 1024, 99).problems()
    with pytest.raises(ValueError):
        kdf.derive_key("x", b"s" * 16, KdfParams(1, 10**9, 1))


# --- recovery key ------------------------------------------------------------------


def test_recovery_key_round_trip() -> None:
    for _ in range(50):
        key = recovery.new_key()
        text = recovery.format_key(key)
        assert len(text) == 9 * 4 + 8
        assert all(c in recovery.ALPHABET or c == "-" for c in text)
        assert recovery.parse_key(text) == key
        assert recovery.parse_key(text.lower().replace("-", " ")) == key
        assert recovery.parse_key(text.replace("-", "")) == key


def test_confusable_letters_are_read_as_digits() -> None:
    key = bytes(range(20))
    text = recovery.format_key(key)
    sloppy = text.replace("0", "O").replace("1", "I")
    assert recovery.parse_key(sloppy) == key
    assert recovery.parse_key(text.replace("1", "l")) == key


KEYS = [
    bytes(20),
    bytes(range(20)),
    b"\xff" * 20,
    bytes.fromhex("8f" * 10 + "07" * 10),
    random.Random(7).randbytes(20),
]


@pytest.mark.parametrize("key", KEYS)
def test_every_single_typo_is_caught(key: bytes) -> None:
    text = recovery.format_key(key).replace("-", "")
    for pos in range(len(text)):
        for ch in recovery.ALPHABET:
            if ch == text[pos]:
                continue
            typo = text[:pos] + ch + text[pos + 1 :]
            with pytest.raises(WrongRecoveryKey, match="mistyped"):
                recovery.parse_key(typo)


@pytest.mark.parametrize("key", KEYS)
def test_swapped_neighbours_are_caught(key: bytes) -> None:
    text = recovery.format_key(key).replace("-", "")
    for pos in range(len(text) - 1):
        if text[pos] == text[pos + 1]:
            continue
        swapped = text[:pos] + text[pos + 1] + text[pos] + text[pos + 2 :]
        with pytest.raises(WrongRecoveryKey, match="mistyped"):
            recovery.parse_key(swapped)


def test_wrong_length_and_characters() -> None:
    with pytest.raises(WrongRecoveryKey, match="has 0"):
        recovery.parse_key("")
    with pytest.raises(WrongRecoveryKey, match="not used"):
        recovery.parse_key("UUUU-" * 9)


# --- issue 9, finding 9: the service's own names and the demo passphrase -----------


@pytest.mark.parametrize(
    "passphrase",
    [
        "Diskrimineringshjelpen",
        "diskrimineringshjelpen 2024!",
        "DiMe Meglingsbenken Oslo",
        "Meglingsbenken-Diskrimineringshjelpen",
        "dime dime dime dime dime",
        "DiMe Desktop 2019 2020 2021",
        "MEGLINGSBENKEN oslo 0150",
    ],
)
def test_passphrases_of_the_services_own_names_are_refused(passphrase: str) -> None:
    reasons = check_passphrase(passphrase)
    assert "service_name" in reasons or "too_common" in reasons, reasons
    assert "service_name" in reasons or len(set(passphrase.lower())) <= 5


def test_a_service_name_among_own_words_is_fine() -> None:
    assert check_passphrase("Meglingsbenken har kaffe hver tirsdag klokka ni") == []


def test_the_published_demo_passphrase_is_refused_however_written() -> None:
    from dime_desktop.demo.generator import DEMO_PASSPHRASE

    for variant in (DEMO_PASSPHRASE, DEMO_PASSPHRASE.upper(), DEMO_PASSPHRASE.replace(" ", "-")):
        assert check_passphrase(variant) == ["demo_passphrase"], variant
    assert check_passphrase(DEMO_PASSPHRASE, allow_demo=True) == []
    assert "demo" in reason_text("demo_passphrase")
    assert "own names" in reason_text("service_name")


def test_new_vaults_and_new_passphrases_refuse_them(tmp_path: Any, fast_kdf: Any) -> None:
    from dime_desktop.demo.generator import DEMO_PASSPHRASE
    from dime_desktop.errors import PassphraseRejected
    from dime_desktop.vault import Vault

    with pytest.raises(PassphraseRejected) as info:
        Vault.create(tmp_path / "a", "Diskrimineringshjelpen i Oslo 2024", kdf=fast_kdf)
    assert info.value.reasons == ["service_name"]
    with pytest.raises(PassphraseRejected):
        Vault.create(tmp_path / "b", DEMO_PASSPHRASE, kdf=fast_kdf)
    created = Vault.create(tmp_path / "c", "korrekt hest batteri stift 2019", kdf=fast_kdf)
    with pytest.raises(PassphraseRejected):
        created.vault.change_passphrase("Meglingsbenken Meglingsbenken", kdf=fast_kdf)
    created.vault.close()
    Vault.create(tmp_path / "demo", DEMO_PASSPHRASE, kdf=fast_kdf, demo=True).vault.close()
