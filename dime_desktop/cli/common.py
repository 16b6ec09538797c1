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


def read_passphrase_file(file: Path) -> str:
    """The first line of ``file`` without its line ending."""
    try:
        with file.open(encoding="utf-8") as f:
            first = f.readline()
    except FileNotFoundError:
        raise InputFileError(file, "the passphrase file does not exist") from None
    except UnicodeDecodeError:
        raise InputFileError(file, "the passphrase file is not UTF-8 text") from None
    except OSError as exc:
        raise InputFileError(
            file, f"cannot read the passphrase file ({exc.strerror or exc})"
        ) from None
    passphrase = first.rstrip("\r\n")
    if not passphrase:
        raise InputFileError(file, "the first line of the passphrase file is empty")
    return passphrase


def ask_passphrase(args: argparse.Namespace, prompt: str = "Passphrase: ") -> str:
    """From ``--passphrase-file``, else asked for without echo on the terminal."""
    file: Path | None = getattr(args, "passphrase_file", None)
    if file is not None:
        return read_passphrase_file(file)
    return prompt_hidden(prompt)


def prompt_hidden(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise CliError(
            "No terminal to ask for the passphrase; use --passphrase-file FILE in scripts."
        )
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise CliError("No passphrase was given.") from None


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
