"""The one place where errors become words for the user.

``error_text(exc)`` gives a translated, helpful text for every
:class:`~dime_desktop.errors.DimeError` subclass and a calm generic text for
anything unexpected. No traceback and no English exception text from the core
ever reaches a window (except the problem lines of an import, which name the
file's own columns and values).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from dime_desktop import errors as e


def passphrase_reason_text(code: str) -> str:
    """One reason code from ``passphrase_policy.check_passphrase`` as a sentence."""
    if code == "too_short":
        return QCoreApplication.translate(
            "ErrorText", "Use at least 15 characters – several ordinary words work well."
        )
    if code in ("too_common", "common"):
        return QCoreApplication.translate(
            "ErrorText", "This passphrase is too common and easy to guess. Choose another."
        )
    if code == "mismatch":
        return QCoreApplication.translate("ErrorText", "The two passphrases are not the same.")
    if code == "empty":
        return QCoreApplication.translate("ErrorText", "Type a passphrase.")
    if code == "service_name":
        return QCoreApplication.translate(
            "ErrorText",
            "The passphrase is made of the service's own names (such as DiMe, "
            "Diskrimineringshjelpen or Meglingsbenken), which are guessed first. "
            "Add words of your own.",
        )
    if code == "demo_passphrase":
        return QCoreApplication.translate(
            "ErrorText",
            "This is the published passphrase of the demo vault. Choose your own.",
        )
    return QCoreApplication.translate("ErrorText", "This passphrase cannot be used.")


def _where(exc: e.VaultError) -> str:
    return str(exc.path) if exc.path is not None else ""


def _field_problems(problems: list[e.FieldProblem]) -> str:
    lines = []
    for p in problems:
        if p.value:
            lines.append(
                QCoreApplication.translate("ErrorText", "• {field}: {problem} ({value})").format(
                    field=p.field, problem=p.code.replace("_", " "), value=p.value
                )
            )
        else:
            lines.append(
                QCoreApplication.translate("ErrorText", "• {field}: {problem}").format(
                    field=p.field, problem=p.code.replace("_", " ")
                )
            )
    return "\n".join(lines)


def _moment_text(iso: str) -> str:
    """A stored ISO time (with its offset) in local time and the UI's format."""
    from datetime import datetime

    from dime_desktop.ui.common.widgets import format_datetime

    try:
        moment = datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return str(iso)
    english = QLocale().language() == QLocale.Language.English
    return format_datetime(moment, "en" if english else "nb")


def _vault_safety_text(exc: BaseException) -> str:
    """Texts for the errors of issue 9 (one writer, storage failures, backups)."""
    if isinstance(exc, e.KeyFileOfAnotherVault):
        return QCoreApplication.translate(
            "ErrorText",
            "The key file in this folder belongs to another vault, not to this "
            "vault's database. Nothing was changed. Put this vault's own key file back "
            "(from one of its backups), or open the folder the key file came from."
            "\n\nKey file: {path}",
        ).format(path=_where(exc))
    if isinstance(exc, e.VaultIsABackup):
        return QCoreApplication.translate(
            "ErrorText",
            "The folder {path} is a backup, not a vault. Backups are never opened in "
            "place: restore it into a new folder (Backups screen, or dime restore).",
        ).format(path=_where(exc))
    if isinstance(exc, e.VaultInUse):
        if exc.pid is not None:
            when = _moment_text(exc.since)
            if exc.this_computer:
                owner = QCoreApplication.translate(
                    "ErrorText", "process {pid} on this computer, since {since}"
                ).format(pid=exc.pid, since=when)
            else:
                owner = QCoreApplication.translate(
                    "ErrorText", "process {pid} on the computer {host}, since {since}"
                ).format(pid=exc.pid, host=exc.host, since=when)
            return QCoreApplication.translate(
                "ErrorText",
                "This vault is already open in another DiMe program ({owner}). Only one "
                "program at a time may have it open: close or lock it there, then try again.",
            ).format(owner=owner)
        return QCoreApplication.translate(
            "ErrorText",
            "This vault is already open in another DiMe program. Only one program at a "
            "time may have it open: close or lock it there, then try again.",
        )
    if isinstance(exc, e.DiskFull):
        return QCoreApplication.translate(
            "ErrorText",
            "The disk is full, so this was not saved. What was saved before is intact. "
            "Free some space (empty the wastebasket, move large files) and try again."
            "\n\nWhere: {path}",
        ).format(path=_where(exc))
    if isinstance(exc, e.VaultReadOnly):
        return QCoreApplication.translate(
            "ErrorText",
            "The vault cannot be written: the disk or folder is read-only, or you lack "
            "permission. Nothing was changed.\n\nWhere: {path}",
        ).format(path=_where(exc))
    if isinstance(exc, e.VaultBusy):
        return QCoreApplication.translate(
            "ErrorText",
            "The vault stayed busy for too long, so nothing was changed. Wait a moment "
            "and try again.",
        )
    if isinstance(exc, e.VaultIOError):
        return QCoreApplication.translate(
            "ErrorText",
            "The disk reported a read or write error, so nothing was changed. Check the "
            "disk or memory stick and its cable, then check the vault (Verify)."
            "\n\nWhere: {path}",
        ).format(path=_where(exc))
    if isinstance(exc, e.StorageError):
        return QCoreApplication.translate(
            "ErrorText",
            "The vault's files could not be read or written, so nothing was changed. "
            "Check the disk and try again.\n\nWhere: {path}",
        ).format(path=_where(exc))
    if isinstance(exc, e.PassphraseNeeded):
        return QCoreApplication.translate(
            "ErrorText",
            "This needs the vault's passphrase, because the vault was opened without it. "
            "Lock the vault and unlock it with the passphrase, then try again.",
        )
    if isinstance(exc, e.CaseChangedElsewhere):
        return QCoreApplication.translate(
            "ErrorText",
            "The case {reference} was changed and saved in another window after you "
            "opened it, so your changes were not saved over it. Copy what you wrote, "
            "open the case again and add it there.",
        ).format(reference=exc.reference)
    if isinstance(exc, e.BackupFailed):
        cause = error_text(exc.cause) if exc.cause is not None else ""
        if not cause and exc.path is not None and not Path(exc.path).exists():
            cause = QCoreApplication.translate(
                "ErrorText", "The folder is not there (if it is on a memory stick, plug it in)."
            )
        return (
            QCoreApplication.translate(
                "ErrorText",
                "No backup was made in {path}. The earlier backups were kept.\n\n{cause}",
            )
            .format(path=exc.path, cause=cause)
            .strip()
        )
    if isinstance(exc, e.BackupInvalid):
        return QCoreApplication.translate(
            "ErrorText",
            "{path} is not a DiMe backup that can be restored (it is incomplete or "
            "damaged). Choose another backup.",
        ).format(path=exc.path)
    return ""


def error_text(exc: BaseException) -> str:
    """Translated text for ``exc``; most specific class first."""
    # --- vault -------------------------------------------------------------
    text = _vault_safety_text(exc)
    if text:
        return text
    if isinstance(exc, e.BackupKeyNeeded):
        return QCoreApplication.translate(
            "ErrorText",
            "The backup {path} was made with an earlier key of the vault. Restore it "
            "with the passphrase or recovery key the vault had when it was made.",
        ).format(path=exc.path)
    if isinstance(exc, e.WrongBackupPassphrase):
        return QCoreApplication.translate(
            "ErrorText",
            "That passphrase does not open the backup {path}. Type the passphrase the "
            "vault had when the backup was made, or the recovery key of that time.",
        ).format(path=exc.path)
    if isinstance(exc, e.WrongBackupRecoveryKey):
        return QCoreApplication.translate(
            "ErrorText",
            "That recovery key does not open the backup {path}. Check it against the "
            "recovery sheet of that time, or type the passphrase the vault had then.",
        ).format(path=exc.path)
    if isinstance(exc, e.WrongPassphrase):
        return QCoreApplication.translate(
            "ErrorText",
            "The passphrase is not right. Try again – check that Caps Lock is off "
            "and that the keyboard language is the one you usually use.",
        )
    if isinstance(exc, e.WrongRecoveryKey):
        return QCoreApplication.translate(
            "ErrorText",
            "The recovery key is not right. Check each group of letters and digits "
            "against the sheet and try again.",
        )
    if isinstance(exc, e.VaultDamaged):
        return QCoreApplication.translate(
            "ErrorText",
            "A file of the vault is damaged and cannot be read. Do not create a new "
            "vault here. Restore the vault from a backup: the vault folder's "
            '"backups" subfolder, or a copy you keep elsewhere.\n\nVault: {path}',
        ).format(path=_where(exc))
    if isinstance(exc, e.VaultMissing):
        return QCoreApplication.translate(
            "ErrorText",
            "There is no vault at {path}. Choose the folder where your vault is, "
            "or create a new vault.",
        ).format(path=_where(exc))
    if isinstance(exc, e.NotAVault):
        return QCoreApplication.translate(
            "ErrorText",
            "The folder {path} exists but does not hold a DiMe vault. Choose another folder.",
        ).format(path=_where(exc))
    if isinstance(exc, e.VaultExists):
        return QCoreApplication.translate(
            "ErrorText",
            "There is already a vault or other files at {path}. Choose an empty "
            "folder for a new vault.",
        ).format(path=_where(exc))
    if isinstance(exc, e.SchemaTooNew):
        return QCoreApplication.translate(
            "ErrorText",
            "This vault was saved by a newer version of DiMe Desktop (format "
            "{found}; this version reads up to {supported}). Install the newer "
            "version to open it.",
        ).format(found=exc.found, supported=exc.supported)
    if isinstance(exc, e.VaultLocked):
        return QCoreApplication.translate(
            "ErrorText", "The vault is locked. Unlock it to continue."
        )
    if isinstance(exc, e.VaultError):
        return QCoreApplication.translate(
            "ErrorText", "The vault at {path} cannot be used."
        ).format(path=_where(exc))
    if isinstance(exc, e.PassphraseRejected):
        reasons = "\n".join("• " + passphrase_reason_text(r) for r in exc.reasons)
        return QCoreApplication.translate(
            "ErrorText", "This passphrase cannot be used:\n{reasons}"
        ).format(reasons=reasons)
    if isinstance(exc, e.KeychainUnavailable):
        return QCoreApplication.translate(
            "ErrorText",
            "This computer has no keychain where the passphrase could be kept. "
            "You will type the passphrase each time.",
        )
    # --- cases -------------------------------------------------------------
    if isinstance(exc, e.CaseNotFound):
        return QCoreApplication.translate(
            "ErrorText", "There is no case with reference {reference}."
        ).format(reference=exc.reference)
    if isinstance(exc, e.DuplicateReference):
        return QCoreApplication.translate(
            "ErrorText", "A case with reference {reference} already exists."
        ).format(reference=exc.reference)
    if isinstance(exc, e.CaseInvalid):
        return QCoreApplication.translate(
            "ErrorText", "The case cannot be saved yet:\n{problems}"
        ).format(problems=_field_problems(exc.problems))
    # --- reference data ------------------------------------------------------
    if isinstance(exc, e.ReferenceDataError):
        return QCoreApplication.translate(
            "ErrorText",
            "A data file of the program is broken ({file}, {entry}). Reinstall DiMe Desktop.",
        ).format(file=exc.file, entry=exc.entry)
    # --- import ----------------------------------------------------------------
    if isinstance(exc, e.ImportFailed):
        shown = exc.problems[:50]
        lines = "\n".join(f"• {p}" for p in shown)
        more = ""
        if exc.total > len(shown):
            more = "\n" + QCoreApplication.translate("ErrorText", "… and {count} more.").format(
                count=exc.total - len(shown)
            )
        head = (
            QCoreApplication.translate(
                "ErrorText",
                "Nothing was imported from {file}. Fix this problem in the file and "
                "import it again:",
            )
            if exc.total == 1
            else QCoreApplication.translate(
                "ErrorText",
                "Nothing was imported from {file}. Fix these {count} problems in the "
                "file and import it again:",
            )
        )
        return head.format(file=exc.file.name, count=exc.total) + "\n" + lines + more
    if isinstance(exc, e.InputFileError):
        return QCoreApplication.translate(
            "ErrorText", "The file {file} cannot be read: {problem}"
        ).format(file=exc.file.name, problem=exc.problem)
    if isinstance(exc, e.OutputFileError):
        return QCoreApplication.translate(
            "ErrorText", "The file {file} cannot be saved there: {problem}. Choose another folder."
        ).format(file=exc.file, problem=exc.problem)
    # --- outreach, statistics ------------------------------------------------
    if isinstance(exc, e.OutreachInvalid):
        return QCoreApplication.translate(
            "ErrorText", "The activity cannot be saved yet:\n{problems}"
        ).format(problems=_field_problems(exc.problems))
    if isinstance(exc, e.OutreachNotFound):
        return QCoreApplication.translate("ErrorText", "The activity no longer exists.")
    if isinstance(exc, e.InvalidThreshold):
        return QCoreApplication.translate(
            "ErrorText", "The threshold must be a whole number from {minimum} to {maximum}."
        ).format(minimum=exc.minimum, maximum=exc.maximum)
    # --- evidence and document drafts ---------------------------------------------
    if isinstance(exc, e.EvidenceRejected):
        return evidence_rejected_text(exc)
    if isinstance(exc, e.EvidenceInvalid):
        return QCoreApplication.translate(
            "ErrorText", "The evidence item cannot be saved yet:\n{problems}"
        ).format(problems=_field_problems(exc.problems))
    if isinstance(exc, e.EvidenceNotFound):
        return QCoreApplication.translate(
            "ErrorText", "The evidence item no longer exists (it may have been removed)."
        )
    if isinstance(exc, e.UnknownDocumentKind):
        return QCoreApplication.translate(
            "ErrorText", "There is no document of this kind ({kind})."
        ).format(kind=exc.kind)
    if isinstance(exc, e.UnknownReferralTarget):
        return QCoreApplication.translate(
            "ErrorText", "There is no service {target} in the list to refer to."
        ).format(target=exc.target)
    if isinstance(exc, e.DocumentDraftNotFound):
        return QCoreApplication.translate(
            "ErrorText", "The document draft no longer exists (it may have been deleted)."
        )
    if isinstance(exc, e.VersionSealed):
        return QCoreApplication.translate(
            "ErrorText",
            "Version {number} was marked as sent and cannot change. Your edits are "
            "saved as a new version.",
        ).format(number=exc.number)

    # --- the mediation desk ------------------------------------------------------
    if isinstance(exc, e.MediationInvalid):
        return QCoreApplication.translate(
            "ErrorText", "The mediation case cannot be saved yet:\n{problems}"
        ).format(problems=_field_problems(exc.problems))
    if isinstance(exc, e.MediationNotFound):
        return QCoreApplication.translate(
            "ErrorText",
            "Case {reference} has no mediation case. Refer it to mediation from the case first.",
        ).format(reference=exc.reference)
    if isinstance(exc, e.MediationExists):
        return QCoreApplication.translate(
            "ErrorText",
            "Case {reference} already has a mediation case. Open it from the Mediation screen.",
        ).format(reference=exc.reference)
    if isinstance(exc, e.StageRefused):
        return QCoreApplication.translate(
            "ErrorText", "The mediation case {reference} cannot move on yet:\n{problems}"
        ).format(reference=exc.reference, problems=_field_problems(exc.problems))
    if isinstance(exc, e.AgreementIncomplete):
        return QCoreApplication.translate(
            "ErrorText", "The agreement of {reference} cannot be written yet:\n{problems}"
        ).format(reference=exc.reference, problems=_field_problems(exc.problems))
    if isinstance(exc, e.BundleRejected):
        return bundle_rejected_text(exc)
    if isinstance(exc, e.IdentityFileInvalid):
        return QCoreApplication.translate(
            "ErrorText",
            "{file} is not a DiMe public key file. Ask the colleague for the file that "
            "Handover → Save the public key… (or dime identity) writes.",
        ).format(file=exc.file.name)
    if isinstance(exc, e.FingerprintMismatch):
        return QCoreApplication.translate(
            "ErrorText",
            "The fingerprint {typed} is not this key's ({actual}). The key was not trusted.",
        ).format(typed=exc.typed, actual=exc.actual)
    if isinstance(exc, e.ContactExists):
        return QCoreApplication.translate(
            "ErrorText", "This key (or this name) is trusted already, as {name}."
        ).format(name=exc.name)
    if isinstance(exc, e.ContactNotFound):
        return QCoreApplication.translate(
            "ErrorText", "No trusted colleague is called {name}."
        ).format(name=exc.name)
    if isinstance(exc, e.ConsentToShareMissing):
        return QCoreApplication.translate(
            "ErrorText",
            "Case {reference} cannot be handed over: the client's consent to share it is "
            "not recorded.",
        ).format(reference=exc.reference)
    if isinstance(exc, e.DimeError):
        return QCoreApplication.translate("ErrorText", "Something went wrong: {message}").format(
            message=str(exc)
        )
    # --- anything else: a bug or an OS problem --------------------------------
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate(
            "ErrorText", "The computer ran out of memory. Close other programs and try again."
        )
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "ErrorText",
            "The computer refused a file operation ({problem}). Check the disk and try again.",
        ).format(problem=exc.strerror or type(exc).__name__)
    return QCoreApplication.translate(
        "ErrorText",
        "Something unexpected went wrong. Nothing was lost that was already saved. "
        "Try again; if it happens again, restart DiMe Desktop.",
    )


def evidence_rejected_text(exc: e.EvidenceRejected) -> str:
    """Why a file cannot become evidence, for each reason code."""
    if exc.reason == "too_large":
        return QCoreApplication.translate(
            "ErrorText",
            "{file} is {size}. Evidence files can be at most {limit}. Make the file "
            "smaller (for example a shorter video clip or a lower resolution) and try again.",
        ).format(file=exc.file, size=exc.detail, limit=exc.limit)
    if exc.reason == "empty":
        return QCoreApplication.translate("ErrorText", "{file} is empty.").format(file=exc.file)
    if exc.reason == "type_not_accepted":
        return QCoreApplication.translate(
            "ErrorText",
            "{file} cannot be added as evidence: files of this type ({type}) are not "
            "accepted. Pictures, PDFs, text, e-mails, office documents, sound and video are.",
        ).format(file=exc.file, type=exc.detail)
    if exc.reason == "content_mismatch":
        return QCoreApplication.translate(
            "ErrorText",
            "{file} does not hold what its name says ({detail}). Check that it is the right file.",
        ).format(file=exc.file, detail=exc.detail)
    return QCoreApplication.translate("ErrorText", "{file} cannot be read ({detail}).").format(
        file=exc.file, detail=exc.detail
    )


def bundle_rejected_text(exc: e.BundleRejected) -> str:
    """Why a handover bundle (or a file of office counts) was refused: one
    sentence each, and that nothing in the vault changed."""
    unchanged = QCoreApplication.translate("ErrorText", "Nothing in the vault was changed.")
    if isinstance(exc, e.BundleForAnotherVault):
        text = QCoreApplication.translate(
            "ErrorText", "This bundle was made for another vault; only that vault can open it."
        )
    elif isinstance(exc, e.BundleSignatureInvalid):
        text = QCoreApplication.translate(
            "ErrorText",
            "The signature does not match the sender's key: the file was changed, or it was "
            "not made by that vault.",
        )
    elif isinstance(exc, e.BundleSenderUnknown):
        text = QCoreApplication.translate(
            "ErrorText",
            "The sender is not a trusted colleague: compare the fingerprint {fingerprint} "
            "with them first.",
        ).format(fingerprint=exc.detail)
    elif isinstance(exc, e.BundleOutdated):
        text = QCoreApplication.translate(
            "ErrorText",
            "The bundle is older than one already imported from the same sender for case "
            "{reference}.",
        ).format(reference=exc.detail)
    elif isinstance(exc, e.BundleNotABundle):
        text = QCoreApplication.translate(
            "ErrorText", "{file} is not a DiMe handover bundle."
        ).format(file=exc.file.name)
    elif isinstance(exc, e.BundleDamaged):
        text = QCoreApplication.translate(
            "ErrorText", "The file is damaged: it was cut short or changed after it was made."
        )
    else:
        text = QCoreApplication.translate("ErrorText", "{file} was refused.").format(
            file=exc.file.name
        )
    return f"{text} {unchanged}"


def notice_text(notice: str) -> str:
    """One of ``Vault.notices`` (``vault/notices.py``) in the person's language;
    a notice without a known code is shown as the core wrote it."""
    code = getattr(notice, "code", "")
    params = dict(getattr(notice, "params", {}) or {})
    if code == "stale_lock":
        return QCoreApplication.translate(
            "ErrorText",
            "The vault was not closed properly the last time: the program stopped without "
            "locking it (it was shut down or crashed). Its lock was taken over; everything "
            "that had been saved is there.",
        )
    if code == "stray_key_copy":
        return QCoreApplication.translate(
            "ErrorText",
            "A temporary copy of the key file ({name}) left by an interrupted write was "
            "removed; it could have opened the vault with an earlier passphrase.",
        ).format(name=params.get("name", ""))
    if code == "replacement_finished":
        return QCoreApplication.translate(
            "ErrorText",
            "A key change or restore had been interrupted after its decisive step; it was "
            "finished now.",
        )
    if code == "replacement_undone":
        return QCoreApplication.translate(
            "ErrorText",
            "An interrupted key change or restore had changed nothing; its unfinished copy "
            "was removed.",
        )
    if code == "access_log_failed":
        error = params.get("error")
        detail = error_text(error) if isinstance(error, BaseException) else ""
        return QCoreApplication.translate(
            "ErrorText", "Something could not be written to the access log."
        ) + (f"\n{detail}" if detail else "")
    if code == "backups_unreachable":
        return QCoreApplication.translate(
            "ErrorText",
            "The backups in {folder} could not be reached; they still open with the earlier "
            "passphrase and recovery key. Plug the folder in and delete them, or change the "
            "vault key again.",
        ).format(folder=params.get("folder", ""))
    if code == "backup_earlier_key":
        return QCoreApplication.translate(
            "ErrorText",
            "The backup {path} was made with an even earlier key; it still opens with the "
            "passphrase of that time. Delete it if that passphrase may be known to someone.",
        ).format(path=params.get("path", ""))
    if code == "backup_not_rekeyed":
        return QCoreApplication.translate(
            "ErrorText",
            "The backup {path} could not be encrypted again with the new key; it still "
            "opens with the earlier passphrase. Delete it if that may be known to someone.",
        ).format(path=params.get("path", ""))
    return str(notice)
