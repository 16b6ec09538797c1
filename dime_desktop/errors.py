"""Typed errors: every error a user can meet is one of these.

The core raises them; the command line prints ``str(error)`` (one English
sentence), and the GUI turns them into translated text in one place
(``dime_desktop.ui.common.error_text``), using the class and its attributes.
Nothing here imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from dime_desktop.words import counted


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


class VaultIsABackup(NotAVault):
    """The folder is a backup: it is restored into a vault, never opened in place."""


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
            f"Nothing was imported from {file.name}: {counted(count, 'problem')}:\n{lines}{more}"
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


# --- vault safety (issue 9) ----------------------------------------------------


class KeyFileOfAnotherVault(VaultDamaged):
    """The key file in the folder was made for another vault's database."""


class VaultInUse(VaultError):
    """Another program (or window) has this vault open; one at a time.

    ``owner`` describes the other one when known (process, computer, since),
    e.g. ``"process 4711 on this computer, since 14:02 on 5 May 2025"``."""

    def __init__(
        self,
        message: str,
        path: Path | None = None,
        owner: str = "",
        pid: int | None = None,
        host: str = "",
        since: str = "",
        this_computer: bool = True,
    ) -> None:
        super().__init__(message, path)
        self.owner = owner  # English, for the command line
        self.pid = pid  # the parts, for a translated text
        self.host = host
        self.since = since  # ISO 8601 local time
        self.this_computer = this_computer


class StorageError(VaultError):
    """The database could not be read or written for a reason outside it
    (the disk, the file system, another program); nothing half-written was kept."""


class VaultBusy(StorageError):
    """The database stayed locked by another connection past the waiting time."""


class DiskFull(StorageError):
    """The disk (or memory stick) holding the vault or a backup is full."""


class VaultReadOnly(StorageError):
    """The vault's files or folder cannot be written (read-only disk or permissions)."""


class VaultIOError(StorageError):
    """The operating system reported a read or write error on the disk."""


class CaseChangedElsewhere(DimeError):
    """The case was saved by someone else (another window) since it was opened;
    saving now would overwrite their changes."""

    def __init__(self, reference: str) -> None:
        super().__init__(
            f'The case "{reference}" was changed and saved elsewhere after you opened it; '
            "your changes were not saved. Open the case again to see the newer version."
        )
        self.reference = reference


class PassphraseNeeded(VaultError):
    """A key operation needs the passphrase, and the vault was opened without it
    (from the keychain)."""


class BackupFailed(DimeError):
    """A backup could not be made or did not pass its check; the earlier
    backups were kept. ``path`` is the folder, ``problem`` the cause in
    English, ``cause`` the error behind it when there is one (the GUI
    translates that one)."""

    def __init__(self, path: Path, problem: str, cause: DimeError | None = None) -> None:
        super().__init__(f"No backup was made in {path}: {problem} The earlier backups were kept.")
        self.path = path
        self.problem = problem
        self.cause = cause


class BackupInvalid(DimeError):
    """A folder given as a backup is not a usable DiMe backup."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path} is not a usable DiMe backup: {problem}")
        self.path = path
        self.problem = problem


# --- evidence and document drafts (issue 10) ------------------------------------


class EvidenceRejected(DimeError):
    """A file cannot be added as evidence: too large, empty, of a type that is
    not accepted, or its content does not match its name. ``reason`` is a code
    (``too_large``, ``empty``, ``type_not_accepted``, ``content_mismatch``,
    ``unreadable``); ``detail`` the type or size it is about."""

    _SENTENCES: ClassVar[dict[str, str]] = {
        "too_large": "the file is {detail}, larger than the limit of {limit} for evidence",
        "empty": "the file is empty",
        "type_not_accepted": "files of this type ({detail}) are not accepted as evidence",
        "content_mismatch": "the content of the file is not what its name says ({detail})",
        "unreadable": "the file cannot be read ({detail})",
    }

    def __init__(
        self, file: str | Path, reason: str = "unreadable", detail: str = "", limit: str = ""
    ) -> None:
        sentence = self._SENTENCES.get(reason, "the file cannot be added ({detail})")
        super().__init__(f"{file}: {sentence.format(detail=detail, limit=limit)}.")
        self.file = str(file)
        self.reason = reason
        self.detail = detail
        self.limit = limit


class EvidenceInvalid(FieldsInvalid):
    """An evidence item has invalid fields (``problems`` by field)."""

    what = "The evidence item"


class EvidenceNotFound(DimeError):
    def __init__(self, item_id: int = 0) -> None:
        super().__init__(f"There is no evidence item with id {item_id}.")
        self.item_id = item_id


class UnknownDocumentKind(DimeError):
    """There is no document (template) of this kind."""

    def __init__(self, kind: str = "", known: list[str] | None = None) -> None:
        known = known or []
        super().__init__(f'There is no document kind "{kind}" (known: {", ".join(known)}).')
        self.kind = kind
        self.known = known


class UnknownReferralTarget(DimeError):
    """A referral letter names a service that is not in the list of services."""

    def __init__(self, target: str = "", known: list[str] | None = None) -> None:
        known = known or []
        super().__init__(f'There is no service "{target}" to refer to (known: {", ".join(known)}).')
        self.target = target
        self.known = known


class DocumentDraftNotFound(DimeError):
    def __init__(self, what: str = "") -> None:
        super().__init__(f"There is no document draft {what}.")
        self.what = what


class VersionSealed(DimeError):
    """A version that was marked as sent can never change."""

    def __init__(self, draft_id: int = 0, number: int = 0) -> None:
        super().__init__(
            f"Version {number} of document draft {draft_id} was marked as sent and cannot change."
        )
        self.draft_id = draft_id
        self.number = number


# --- the mediation desk (dime_desktop/mediation) -------------------------------


class MediationInvalid(FieldsInvalid):
    """A mediation record has invalid fields (``problems`` by field)."""

    what = "The mediation record"


class MediationNotFound(DimeError):
    """The case has no mediation record (or there is no such case)."""

    def __init__(self, reference: str) -> None:
        super().__init__(f'Case "{reference}" has no mediation record.')
        self.reference = reference


class MediationExists(DimeError):
    """A case can have only one mediation record."""

    def __init__(self, reference: str) -> None:
        super().__init__(f'Case "{reference}" already has a mediation record.')
        self.reference = reference


class StageRefused(DimeError):
    """A mediation case cannot move to ``stage`` yet; ``problems`` say why (field
    ``suitability.ITEM``, ``parties``, ``consent.KEY``...; codes ``unanswered``,
    ``no_without_reason``, ``review_again``, ``consent_missing``...)."""

    def __init__(self, reference: str, stage: str, problems: list[FieldProblem]) -> None:
        text = "; ".join(
            f"{p.field}: {p.code.replace('_', ' ')}" + (f' "{p.value}"' if p.value else "")
            for p in problems
        )
        super().__init__(f'Mediation case "{reference}" cannot be moved to "{stage}": {text}.')
        self.reference = reference
        self.stage = stage
        self.problems = problems


class AgreementIncomplete(DimeError):
    """The agreement document cannot be made yet; ``problems`` say what is
    missing (``outcome: not_agreement``, ``terms: required``, ``terms: who_missing``...)."""

    def __init__(self, reference: str, problems: list[FieldProblem]) -> None:
        text = "; ".join(
            f"{p.field}: {p.code.replace('_', ' ')}" + (f" ({p.value})" if p.value else "")
            for p in problems
        )
        super().__init__(
            f'The agreement of mediation case "{reference}" cannot be written yet: {text}.'
        )
        self.reference = reference
        self.problems = problems


# --- vault identity, handover bundles, office counts (issue 13) ------------------


class IdentityFileInvalid(DimeError):
    """A file given as a colleague's public key (``dime identity`` writes them)
    is not one."""

    def __init__(self, file: Path, problem: str) -> None:
        super().__init__(f"{file} is not a DiMe public key file: {problem}")
        self.file = file
        self.problem = problem


class FingerprintMismatch(DimeError):
    """The fingerprint typed after comparing is not the key's fingerprint."""

    def __init__(self, typed: str = "", actual: str = "") -> None:
        super().__init__(
            f"The fingerprint {typed} is not this key's fingerprint ({actual}); "
            "the key was not trusted."
        )
        self.typed = typed
        self.actual = actual


class ContactExists(DimeError):
    """A trusted colleague with this key (or this name) is in the vault already."""

    def __init__(self, name: str = "", fingerprint: str = "") -> None:
        super().__init__(
            f'The key {fingerprint} is already trusted, as "{name}"; nothing was changed.'
        )
        self.name = name
        self.fingerprint = fingerprint


class ContactNotFound(DimeError):
    """No trusted colleague has this name or fingerprint."""

    def __init__(self, name: str = "", known: list[str] | None = None) -> None:
        known = known or []
        listed = ", ".join(known) if known else "none yet; add one with 'dime contacts add'"
        super().__init__(f'No trusted colleague is called "{name}" (trusted: {listed}).')
        self.name = name
        self.known = known


class ConsentToShareMissing(DimeError):
    """A case cannot be handed over: its client has not agreed to it being shared."""

    def __init__(self, reference: str) -> None:
        super().__init__(
            f"Case {reference} cannot be handed over: the client's consent to share the "
            "case is not recorded."
        )
        self.reference = reference


class BundleRejected(DimeError):
    """A handover bundle (or a file of office counts) was refused and nothing in
    the vault was changed. ``reason`` says why: ``another_vault``,
    ``bad_signature``, ``unknown_sender``, ``damaged``, ``outdated``,
    ``not_a_bundle``; ``detail`` the fingerprint or reference it is about."""

    reason: ClassVar[str] = "damaged"

    def __init__(
        self, file: Path, sentence: str = "The file was refused.", detail: str = ""
    ) -> None:
        super().__init__(f"{file}: {sentence} Nothing in the vault was changed.")
        self.file = file
        self.detail = detail


class BundleNotABundle(BundleRejected):
    reason = "not_a_bundle"


class BundleForAnotherVault(BundleRejected):
    reason = "another_vault"


class BundleSignatureInvalid(BundleRejected):
    reason = "bad_signature"


class BundleSenderUnknown(BundleRejected):
    """``detail`` is the sender's fingerprint, to compare with the colleague."""

    reason = "unknown_sender"


class BundleDamaged(BundleRejected):
    reason = "damaged"


class BundleOutdated(BundleRejected):
    """``detail`` is the case's reference."""

    reason = "outdated"


# --- restoring a backup made with an earlier key (issue 9, section 2) -------------


class BackupKeyNeeded(WrongPassphrase):
    """The open vault's key does not open the backup (it was made before a key
    rotation): the passphrase or recovery key of its time is needed."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"The backup {path} was made with an earlier key of the vault; give the "
            "passphrase or the recovery key the vault had when the backup was made.",
            path,
        )


class WrongBackupPassphrase(WrongPassphrase):
    """The passphrase given does not open the backup ``path``."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"The passphrase does not open the backup {path}; try the passphrase the "
            "vault had when the backup was made, or the recovery key of that time.",
            path,
        )


class WrongBackupRecoveryKey(WrongRecoveryKey):
    """The recovery key given does not open the backup ``path``."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"The recovery key does not open the backup {path}; check it against the "
            "recovery sheet of that time, or try the passphrase the vault had when the "
            "backup was made.",
            path,
        )
