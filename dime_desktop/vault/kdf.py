"""Argon2id key derivation from the passphrase, and its calibration.

The passphrase is NFKC-normalised and UTF-8 encoded, so the same words typed
on another keyboard (composed or decomposed letters, full-width digits...)
give the same key. The cost parameters are chosen once, when the passphrase
is set, so that deriving takes about ``TARGET_SECONDS`` on this computer; they
are stored beside the wrapped key.
"""

from __future__ import annotations

import math
import os
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from argon2.low_level import ARGON2_VERSION, Type, hash_secret_raw

KEY_LENGTH = 32
SALT_LENGTH = 16

TARGET_SECONDS = 0.75
DEFAULT_MEMORY_KIB = 128 * 1024
MIN_CALIBRATED_MEMORY_KIB = 64 * 1024
MAX_TIME_COST = 64

# Bounds a stored parameter set must respect (a damaged or hostile keys file
# must not make us allocate 100 GiB or loop for an hour). The lower bounds
# allow the cheap parameters the tests use.
MIN_MEMORY_KIB = 8 * 1024
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_PARALLELISM = 16


def normalize_passphrase(passphrase: str) -> str:
    """The form of a passphrase that is hashed and checked (NFKC)."""
    return unicodedata.normalize("NFKC", passphrase)


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters (the salt is stored separately, per wrap)."""

    time_cost: int
    memory_cost_kib: int
    parallelism: int

    def problems(self) -> list[str]:
        """Why these parameters are out of bounds ([] when usable)."""
        found: list[str] = []
        if not 1 <= self.time_cost <= MAX_TIME_COST:
            found.append(f"time_cost {self.time_cost} is not within 1..{MAX_TIME_COST}")
        if not 1 <= self.parallelism <= MAX_PARALLELISM:
            found.append(f"parallelism {self.parallelism} is not within 1..{MAX_PARALLELISM}")
        if not MIN_MEMORY_KIB <= self.memory_cost_kib <= MAX_MEMORY_KIB:
            found.append(
                f"memory_cost_kib {self.memory_cost_kib} is not within "
                f"{MIN_MEMORY_KIB}..{MAX_MEMORY_KIB}"
            )
        return found


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """32 bytes from the (NFKC-normalised) passphrase with Argon2id."""
    problems = params.problems()
    if problems:
        raise ValueError("unusable Argon2id parameters: " + "; ".join(problems))
    return hash_secret_raw(
        secret=normalize_passphrase(passphrase).encode("utf-8"),
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_cost_kib,
        parallelism=params.parallelism,
        hash_len=KEY_LENGTH,
        type=Type.ID,
        version=ARGON2_VERSION,
    )


def default_parallelism() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def calibrate(
    target_seconds: float = TARGET_SECONDS,
    *,
    memory_cost_kib: int = DEFAULT_MEMORY_KIB,
    min_memory_kib: int = MIN_CALIBRATED_MEMORY_KIB,
    parallelism: int | None = None,
    max_time_cost: int = MAX_TIME_COST,
    clock: Callable[[], float] = time.perf_counter,
) -> KdfParams:
    """Parameters that take about ``target_seconds`` to derive here.

    Memory is fixed (``memory_cost_kib``, halved down to ``min_memory_kib``
    if even one pass is slower than the target on this computer); the number
    of passes is then raised to fill the time.
    """
    if target_seconds <= 0:
        raise ValueError("target_seconds must be positive")
    lanes = parallelism if parallelism is not None else default_parallelism()
    memory = max(memory_cost_kib, 8 * lanes)
    salt = os.urandom(SALT_LENGTH)

    def one_pass(mem: int) -> float:
        start = clock()
        hash_secret_raw(b"calibration", salt, 1, mem, lanes, KEY_LENGTH, Type.ID, ARGON2_VERSION)
        return max(clock() - start, 1e-6)

    elapsed = one_pass(memory)
    while elapsed > target_seconds and memory // 2 >= min_memory_kib:
        memory //= 2
        elapsed = one_pass(memory)
    time_cost = max(1, min(max_time_cost, math.floor(target_seconds / elapsed)))
    return KdfParams(time_cost=time_cost, memory_cost_kib=memory, parallelism=lanes)
