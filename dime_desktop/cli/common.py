"""What every ``dime`` subcommand shares: the ``--vault`` and
``--passphrase-file`` options, asking for the passphrase, unlocking the vault,
and turning every error into one line on stderr and an exit code.

A subcommand module exposes ``register(subparsers) -> None`` and adds its
parsers with :func:`add_command`, giving each a handler
``(args: argparse.Namespace) -> int``.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import io
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from dime_desktop.errors import DimeError, InputFileError, OutputFileError, VaultMissing

if TYPE_CHECKING:
    from dime_desktop.vault import Vault

Handler = Callable[[argparse.Namespace], int]

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_SOFTWARE = 70  # sysexits EX_SOFTWARE: a bug of ours
EXIT_INTERRUPTED = 130


class CliError(DimeError):
    """A problem only the command line can meet (how it was called, no
    terminal to ask for a passphrase...)."""


def _add_vault_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--vault",
        metavar="PATH",
        type=Path,
        default=argparse.SUPPRESS,
        help="the vault folder (default: $DIME_VAULT or the user data folder)",
    )


def _add_passphrase_file_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        type=Path,
        default=argparse.SUPPRESS,
        help="read the passphrase from the first line of FILE (for scripts); "
        "otherwise it is asked for without echo",
    )


def _add_adviser_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--adviser",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help="your name for the vault's access log (default: $DIME_ADVISER, else your login name)",
    )


ADVISER_ENV = "DIME_ADVISER"


def adviser_name(args: argparse.Namespace) -> str:
    """Who the access log records for this command (issue 12): ``--adviser``,
    else ``$DIME_ADVISER``, else the login name of this computer."""
    name = getattr(args, "adviser", None) or os.environ.get(ADVISER_ENV, "")
    if not name:
        try:
            name = getpass.getuser()
        except (KeyError, OSError):  # no login name (a container)
            name = ""
    return str(name)


def add_common_options(parser: argparse.ArgumentParser) -> None:
    """``--vault``, ``--passphrase-file`` and ``--adviser``. Defaults are SUPPRESSed so the
    options work before or after the subcommand name; ``main`` fills them in.
    Options the parser already has are left as they are."""
    for add in (_add_vault_option, _add_passphrase_file_option, _add_adviser_option):
        with contextlib.suppress(argparse.ArgumentError):  # the command has it already
            add(parser)


def add_command(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    handler: Handler,
    *,
    help: str,
    description: str | None = None,
) -> argparse.ArgumentParser:
    """A subcommand parser with the common options and its handler."""
    parser = subparsers.add_parser(
        name, help=help, description=description or help, allow_abbrev=False
    )
    add_common_options(parser)
    parser.set_defaults(handler=handler)
    return parser


# --- passphrase --------------------------------------------------------------


def add_pdf_output_options(parser: argparse.ArgumentParser) -> None:
    """``--lang`` and ``--out`` of every command that writes a PDF."""
    parser.add_argument(
        "--lang", choices=("nb", "en"), default="nb", help="language of the document (default nb)"
    )
    parser.add_argument("--out", metavar="FILE.pdf", type=Path, required=True, help="PDF to write")


def check_output_file(path: Path) -> None:
    """Refuse an output path that cannot be written, before the passphrase is
    asked for and before any work is done."""
    if path.is_dir():
        raise OutputFileError(path, "it is a folder; give a file name like summary.pdf")
    if not path.parent.is_dir():
        raise OutputFileError(path, f"the folder {path.parent} does not exist")


def read_passphrase_file(file: Path, what: str = "passphrase") -> str:
    """The first line of ``file`` without its line ending (``what`` names the
    secret in the messages: "passphrase", "recovery key")."""
    try:
        with file.open(encoding="utf-8") as f:
            first = f.readline()
    except FileNotFoundError:
        raise InputFileError(file, f"the {what} file does not exist") from None
    except UnicodeDecodeError:
        raise InputFileError(file, f"the {what} file is not UTF-8 text") from None
    except OSError as exc:
        raise InputFileError(file, f"cannot read the {what} file ({exc.strerror or exc})") from None
    passphrase = first.rstrip("\r\n")
    if not passphrase:
        raise InputFileError(file, f"the first line of the {what} file is empty")
    return passphrase


def ask_passphrase(args: argparse.Namespace, prompt: str = "Passphrase: ") -> str:
    """From ``--passphrase-file``, else asked for without echo on the terminal."""
    file: Path | None = getattr(args, "passphrase_file", None)
    if file is not None:
        return read_passphrase_file(file)
    return prompt_hidden(prompt)


def prompt_hidden(prompt: str, what: str = "passphrase", option: str = "--passphrase-file") -> str:
    if not sys.stdin.isatty():
        raise CliError(f"No terminal to ask for the {what}; use {option} FILE in scripts.")
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise CliError(f"No {what} was given.") from None


@dataclass(frozen=True)
class Secret:
    """What unlocks a vault or backup: a passphrase or a recovery key (one is None)."""

    passphrase: str | None = None
    recovery_key: str | None = None


def add_recovery_key_options(parser: argparse.ArgumentParser) -> None:
    """``--recovery-key-file FILE`` and ``--recovery-key`` (asked for without
    echo): instead of the passphrase (``--passphrase-file`` or its prompt)."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--recovery-key-file",
        metavar="FILE",
        type=Path,
        help="use the recovery key on the first line of FILE instead of the passphrase",
    )
    group.add_argument(
        "--recovery-key",
        action="store_true",
        help="ask for the recovery key (without echo) instead of the passphrase",
    )


def ask_secret(args: argparse.Namespace, prompt: str = "Passphrase: ") -> Secret:
    """The passphrase (``--passphrase-file`` or asked for), or the recovery key
    when ``--recovery-key-file`` or ``--recovery-key`` was given; never both."""
    key_file: Path | None = getattr(args, "recovery_key_file", None)
    key_prompt = bool(getattr(args, "recovery_key", False))
    if key_file is None and not key_prompt:
        return Secret(passphrase=ask_passphrase(args, prompt))
    if getattr(args, "passphrase_file", None) is not None:
        raise CliError(
            "Give either the passphrase (--passphrase-file) or the recovery key "
            "(--recovery-key-file, --recovery-key), not both."
        )
    if key_file is not None:
        return Secret(recovery_key=read_passphrase_file(key_file, "recovery key"))
    return Secret(
        recovery_key=prompt_hidden("Recovery key: ", "recovery key", "--recovery-key-file")
    )


def vault_path(args: argparse.Namespace) -> Path:
    path = getattr(args, "vault", None)
    if not isinstance(path, Path):
        raise CliError("No vault folder was given (use --vault PATH).")
    return path


_opened: list[Vault] = []  # vaults this command unlocked (their backup outcome is reported)


def open_vault(args: argparse.Namespace) -> Vault:
    """Unlock the vault at ``--vault`` with the passphrase (file or prompt).

    A missing vault, or one open in another program, is reported before
    anyone is asked for a passphrase."""
    from dime_desktop.vault import Vault
    from dime_desktop.vault.lock import check_free

    path = vault_path(args)
    if not Vault.exists(path):
        raise VaultMissing(
            f"There is no vault at {path}; create one with 'dime init' or "
            "name another with --vault PATH.",
            path,
        )
    check_free(path)
    vault = Vault.unlock(path, ask_passphrase(args), actor=adviser_name(args))
    _opened.append(vault)
    return vault


def _report_backups() -> None:
    """The automatic backup on close failed: say so (the command itself worked)."""
    while _opened:
        vault = _opened.pop()
        if vault.last_backup_error is not None:
            error(f"warning: {vault.last_backup_error}")


# --- running a command -------------------------------------------------------


def error(message: str) -> None:
    """One line (or block) on stderr, prefixed ``dime:``."""
    print(f"dime: {message}", file=sys.stderr)


def run(handler: Handler, args: argparse.Namespace) -> int:
    """Run a command; no traceback ever reaches the user.

    DimeError → its message, exit 1; Ctrl-C → exit 130; anything else → one
    sentence asking for a report, exit 70."""
    try:
        try:
            return handler(args)
        finally:
            _report_backups()
    except DimeError as exc:
        error(str(exc))
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(file=sys.stderr)
        error("interrupted.")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (``dime cases | head``); nothing more to say,
        # and nothing more to flush at exit.
        _silence_stdout()
        return EXIT_ERROR
    except Exception as exc:
        text = " ".join(str(exc).split()) or "(no message)"
        error(f"unexpected error: {type(exc).__name__}: {text} — please report it")
        return EXIT_SOFTWARE


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass
