"""Typed errors: every error a user can meet is one of these.

The core raises them; the command line prints ``str(error)`` (one English
sentence), and the GUI turns them into translated text in one place
(``dime_desktop.ui.common.error_text``), using the class and its attributes.
Nothing here imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class DimeError(Exception):
    """Base class of every error meant for the user."""


# --- vault -----------------------------------------------------------------


class VaultError(DimeError):
    """Something about the vault folder or its files."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class VaultMissing(VaultError):
    """There is no vault at the given place."""


class VaultExists(VaultError):
    """A vault (or other files) already exist where a new vault should go."""


class NotAVault(VaultError):
    """The folder exists but does not hold a DiMe vault."""


class WrongPassphrase(VaultError):
    """The passphrase does not unlock this vault."""


class WrongRecoveryKey(VaultError):
    """The recovery key does not unlock this vault (or is mistyped)."""


class VaultDamaged(VaultError):
    """A file of the vault is damaged (failed its integrity check)."""


class SchemaTooNew(VaultError):
    """The vault was written by a newer version of this program."""

    def __init__(self, message: str, found: int, supported: int, path: Path | None = None):
        super().__init__(message, path)
        self.found = found
        self.supported = supported


class VaultLocked(VaultError):
    """The vault is locked; unlock it first."""


class PassphraseRejected(DimeError):
    """A new passphrase breaks a rule; ``reasons`` are codes from
    ``dime_desktop.vault.passphrase_policy`` (too_short, common, mismatch...)."""

    def __init__(self, message: str, reasons: list[str]) -> None:
        super().__init__(message)
        self.reasons = reasons


class KeychainUnavailable(DimeError):
    """This computer has no working keychain (the passphrase is needed)."""


# --- cases -----------------------------------------------------------------


class CaseNotFound(DimeError):
    def __init__(self, reference: str) -> None:
        super().__init__(f'There is no case with reference "{reference}".')
        self.reference = reference


class DuplicateReference(DimeError):
    def __init__(self, reference: str) -> None:
        super().__init__(f'A case with reference "{reference}" already exists.')
        self.reference = reference


@dataclass(frozen=True)
class FieldProblem:
    """One invalid field: ``field`` is a case field name, ``code`` a problem code
    (required, unknown_value, invalid_date, closed_before_opened, ...)."""

    field: str
    code: str
    value: str = ""


class FieldsInvalid(DimeError):
    """Something the user filled in has invalid fields (``problems`` by field)."""

    what = "The record"

    def __init__(self, problems: list[FieldProblem]) -> None:
        text = "; ".join(
            f"{p.field}: {p.code.replace('_', ' ')}" + (f' "{p.value}"' if p.value else "")
            for p in problems
        )
        super().__init__(f"{self.what} is not valid: {text}.")
        self.problems = problems


class CaseInvalid(FieldsInvalid):
    what = "The case"


# --- reference data, rule files --------------------------------------------


class ReferenceDataError(DimeError):
    """A data file in resources/ is broken; names the file and the entry."""

    def __init__(self, file: Path | str, entry: str, problem: str) -> None:
        super().__init__(f"{file}: {entry}: {problem}")
        self.file = str(file)
        self.entry = entry
        self.problem = problem


# --- import ----------------------------------------------------------------


@dataclass(frozen=True)
class ImportProblem:
    line: int  # 1-based line number in the file (the header is line 1)
    column: str
    value: str
    problem: str  # English text, e.g. 'unknown value'

    def __str__(self) -> str:
        if self.column and self.value:
            return f'line {self.line}, {self.column}: {self.problem} "{self.value}"'
        if self.column:
            return f"line {self.line}, {self.column}: {self.problem}"
        return f"line {self.line}: {self.problem}"


class ImportFailed(DimeError):
    """Nothing was imported; ``problems`` lists the bad rows: all of them, or
    the first ones when ``total`` (how many there are) is larger."""

    def __init__(
        self, file: Path, problems: list[ImportProblem], *, total: int | None = None
    ) -> None:
        count = len(problems) if total is None else max(total, len(problems))
        lines = "\n".join(f"  {p}" for p in problems)
        more = f"\n  ... and {count - len(problems)} more" if count > len(problems) else ""
        super().__init__(
            f"Nothing was imported from {file.name}: {count} problem(s):\n{lines}{more}"
        )
        self.file = file
        self.problems = problems
        self.total = count


class InputFileError(DimeError):
    """A file given by the user cannot be read (missing, wrong format...)."""

    def __init__(self, file: Path, problem: str) -> None:
        super().__init__(f"{file}: {problem}")
        self.file = file
        self.problem = problem


class OutputFileError(DimeError):
    """A file cannot be written where the user asked."""

    def __init__(self, file: Path, problem: str) -> None:
        super().__init__(f"Cannot write {file}: {problem}")
        self.file = file
        self.problem = problem


# --- outreach log, statistics ------------------------------------------------


class OutreachInvalid(FieldsInvalid):
    """An outreach activity has invalid fields (``problems`` by field)."""

    what = "The outreach activity"


class OutreachNotFound(DimeError):
    def __init__(self, activity_id: int) -> None:
        super().__init__(f"There is no outreach activity with id {activity_id}.")
        self.activity_id = activity_id


class InvalidThreshold(DimeError):
    """The small-cell suppression threshold is out of its allowed range."""

    def __init__(self, value: object, minimum: int, maximum: int) -> None:
        super().__init__(
            f"The suppression threshold must be a whole number from {minimum} to {maximum}"
            f' (got "{value}").'
        )
        self.value = value
        self.minimum = minimum
        self.maximum = maximum
