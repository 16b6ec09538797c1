"""The one place where errors become words for the user.

``error_text(exc)`` gives a translated, helpful text for every
:class:`~dime_desktop.errors.DimeError` subclass and a calm generic text for
anything unexpected. No traceback and no English exception text from the core
ever reaches a window (except the problem lines of an import, which name the
file's own columns and values).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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


def error_text(exc: BaseException) -> str:
    """Translated text for ``exc``; most specific class first."""
    # --- vault -------------------------------------------------------------
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
        return (
            QCoreApplication.translate(
                "ErrorText",
                "Nothing was imported from {file}. Fix these {count} problem(s) in the "
                "file and import it again:",
            ).format(file=exc.file.name, count=exc.total)
            + "\n"
            + lines
            + more
        )
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
