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
MAX_TIME_COST = 64

# The floor a calibrated vault never goes below, whatever the measurement
# says: RFC 9106 (Argon2, 2021), section 4, second recommended option
# ("if much less memory is available"): Argon2id, t=3, m=64 MiB, p=4; OWASP's
# Password Storage Cheat Sheet (2024) lists less (m=19 MiB, t=2 as the
# minimum), so the RFC's stronger option is the floor here. A slow or busy
# computer then takes longer to unlock; it never gets a weaker key.
FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_TIME_COST = 3
MIN_CALIBRATED_MEMORY_KIB = FLOOR_MEMORY_KIB
CALIBRATION_RUNS = 5  # measurements per memory size; the fastest counts

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
    min_time_cost: int = FLOOR_TIME_COST,
    parallelism: int | None = None,
    max_time_cost: int = MAX_TIME_COST,
    runs: int = CALIBRATION_RUNS,
    clock: Callable[[], float] = time.perf_counter,
) -> KdfParams:
    """Parameters that take about ``target_seconds`` to derive here, never
    below the floor (``min_memory_kib``, ``min_time_cost``: RFC 9106's t=3,
    m=64 MiB unless a test lowers them).

    One pass at the memory size is measured ``runs`` times and the fastest
    counts: a busy moment makes a pass slower, never faster, so one noisy
    measurement can no longer fix a weak parameter set into a vault. Memory
    is halved (not below the floor) while even the fastest pass is slower
    than the target; the number of passes then fills the time, and is never
    below ``min_time_cost``.
    """
    if target_seconds <= 0:
        raise ValueError("target_seconds must be positive")
    if runs < 1:
        raise ValueError("runs must be at least 1")
    lanes = parallelism if parallelism is not None else default_parallelism()
    memory = max(memory_cost_kib, min_memory_kib, 8 * lanes)
    salt = os.urandom(SALT_LENGTH)

    def fastest_pass(mem: int) -> float:
        best = math.inf
        for _ in range(runs):
            start = clock()
            hash_secret_raw(
                b"calibration", salt, 1, mem, lanes, KEY_LENGTH, Type.ID, ARGON2_VERSION
            )
            best = min(best, max(clock() - start, 1e-6))
        return best

    elapsed = fastest_pass(memory)
    while elapsed > target_seconds and memory // 2 >= min_memory_kib:
        memory //= 2
        elapsed = fastest_pass(memory)
    time_cost = max(min_time_cost, min(max_time_cost, math.floor(target_seconds / elapsed)))
    return KdfParams(time_cost=time_cost, memory_cost_kib=memory, parallelism=lanes)
