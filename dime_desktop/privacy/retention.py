"""Retention (issue 12): how long after closing a case is kept, the list of
cases due for deletion, and the access log's own retention.

The rules are vault settings (``retention.advice_years``,
``retention.mediation_years``, ``retention.log_years``); until the coordinator
confirms them (``retention.confirmed``) the defaults of
``resources/privacy/retention.json`` are shown with their reasons and nothing
is listed as due. Deleting goes through ``vault.erasure.erase_cases``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from dime_desktop.cases.model import DESK_ADVICE, DESK_MEDIATION
from dime_desktop.errors import ReferenceDataError
from dime_desktop.paths import resource_path
from dime_desktop.storage import access_log as audit

if TYPE_CHECKING:
    from dime_desktop.vault.vault import Vault

SETTING_ADVICE = "retention.advice_years"
SETTING_MEDIATION = "retention.mediation_years"
SETTING_LOG = "retention.log_years"
SETTING_CONFIRMED = "retention.confirmed"  # ISO date
SETTING_CONFIRMED_BY = "retention.confirmed_by"
MIN_YEARS, MAX_YEARS = 1, 30


@dataclass(frozen=True)
class RetentionRules:
    advice_years: int
    mediation_years: int
    log_years: int
    confirmed_on: date | None = None
    confirmed_by: str = ""

    @property
    def confirmed(self) -> bool:
        return self.confirmed_on is not None

    def years_for(self, desk: str) -> int:
        return self.mediation_years if desk == DESK_MEDIATION else self.advice_years

    def problems(self) -> list[str]:
        out = []
        for name, value in (
            ("advice_years", self.advice_years),
            ("mediation_years", self.mediation_years),
            ("log_years", self.log_years),
        ):
            if not MIN_YEARS <= value <= MAX_YEARS:
                out.append(f"{name} must be from {MIN_YEARS} to {MAX_YEARS} years")
        return out


@dataclass(frozen=True)
class Defaults:
    rules: RetentionRules
    reasons: dict[str, dict[str, str]]  # "advice" | "mediation" | "access_log" -> lang -> text

    def reason(self, what: str, lang: str) -> str:
        texts = self.reasons.get(what, {})
        return texts.get(lang) or texts.get("en", "")


@lru_cache(maxsize=1)
def defaults() -> Defaults:
    path = resource_path("privacy", "retention.json")
    try:
        doc: Any = json.loads(path.read_text(encoding="utf-8"))
        rules = RetentionRules(
            int(doc["advice"]["years"]),
            int(doc["mediation"]["years"]),
            int(doc["access_log"]["years"]),
        )
        reasons = {k: dict(doc[k]["reason"]) for k in ("advice", "mediation", "access_log")}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ReferenceDataError(path, "retention", str(exc)) from None
    if rules.problems():
        raise ReferenceDataError(path, "retention", "; ".join(rules.problems()))
    return Defaults(rules, reasons)


def rules_of(vault: Vault) -> RetentionRules:
    """The vault's rules (the defaults where nothing was set)."""
    d = defaults().rules
    settings = vault.settings

    def number(key: str, default: int) -> int:
        try:
            return int(settings.get(key, str(default)))
        except ValueError:
            return default

    confirmed = settings.get(SETTING_CONFIRMED, "")
    try:
        confirmed_on = date.fromisoformat(confirmed) if confirmed else None
    except ValueError:
        confirmed_on = None
    return RetentionRules(
        number(SETTING_ADVICE, d.advice_years),
        number(SETTING_MEDIATION, d.mediation_years),
        number(SETTING_LOG, d.log_years),
        confirmed_on,
        settings.get(SETTING_CONFIRMED_BY, ""),
    )


def confirm_rules(vault: Vault, rules: RetentionRules, today: date) -> RetentionRules:
    """The coordinator confirms (or changes) the rules; logged."""
    problems = rules.problems()
    if problems:
        raise ValueError("; ".join(problems))
    before = rules_of(vault)
    settings = vault.settings
    settings.set(SETTING_ADVICE, str(rules.advice_years))
    settings.set(SETTING_MEDIATION, str(rules.mediation_years))
    settings.set(SETTING_LOG, str(rules.log_years))
    settings.set(SETTING_CONFIRMED, today.isoformat())
    settings.set(SETTING_CONFIRMED_BY, vault.actor)
    changed = (before.advice_years, before.mediation_years, before.log_years) != (
        rules.advice_years,
        rules.mediation_years,
        rules.log_years,
    )
    detail = "confirmed" if not before.confirmed else ("changed" if changed else "confirmed")
    vault.access_log.record(
        audit.RETENTION,
        detail=f"{detail}:{rules.advice_years}.{rules.mediation_years}.{rules.log_years}",
    )
    return rules_of(vault)


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class DueCase:
    """A closed case whose retention period is over (no names: the reference)."""

    case_id: int
    reference: str
    desk: str
    closed: date
    review_on: date
    opened_year: int
    area: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "case_id": self.case_id,
            "reference": self.reference,
            "desk": self.desk,
            "closed": self.closed.isoformat(),
            "review_on": self.review_on.isoformat(),
            "opened_year": self.opened_year,
            "area": self.area,
        }


def due_cases(vault: Vault, today: date, rules: RetentionRules | None = None) -> list[DueCase]:
    """The closed cases due for deletion on ``today`` (oldest first); none
    until the rules are confirmed."""
    rules = rules or rules_of(vault)
    if not rules.confirmed:
        return []
    out: list[DueCase] = []
    for row in vault.erasures.retention_candidates():
        desk = DESK_MEDIATION if row.mediation else DESK_ADVICE
        closed = max(row.closed, row.mediation_closed or row.closed)
        review_on = add_years(closed, rules.years_for(desk))
        if review_on > today or (row.hold_until is not None and row.hold_until > today):
            continue
        out.append(
            DueCase(row.case_id, row.reference, desk, closed, review_on, row.opened_year, row.area)
        )
    out.sort(key=lambda d: (d.review_on, d.reference))
    return out


def backup_keep_days(vault: Vault) -> int:
    """Backups older than the shortest retention period are removed."""
    rules = rules_of(vault)
    return max(365, 365 * min(rules.advice_years, rules.mediation_years))


def apply_log_retention(vault: Vault, today: date) -> int:
    """Remove the access log's entries older than its retention; returns how many."""
    rules = rules_of(vault)
    if not rules.confirmed:
        return 0
    return vault.access_log.prune(audit.retention_cutoff(today, rules.log_years))
