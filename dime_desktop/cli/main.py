"""The ``dime`` command line.

Each group of commands lives in its own module exposing
``register(subparsers) -> None``; this module puts them together, fills in the
common options and runs the chosen command through :func:`common.run`, so no
traceback ever reaches the user.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import TYPE_CHECKING

from dime_desktop.cli import (
    backup_commands,
    common,
    evidence_commands,
    handover_commands,
    intake_commands,
    mediation_commands,
    privacy_commands,
    stats_commands,
    vault_commands,
)

if TYPE_CHECKING:
    from dime_desktop.vault.kdf import KdfParams


def command_modules() -> list[ModuleType]:
    """Every group of commands, imported plainly so the frozen app has them all."""
    return [
        vault_commands,
        stats_commands,
        intake_commands,
        evidence_commands,
        mediation_commands,
        backup_commands,
        handover_commands,
        privacy_commands,
    ]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dime",
        allow_abbrev=False,  # "--passphrase X" must never be taken for --passphrase-file
        description="DiMe Desktop command line: the encrypted case register of "
        "Diskrimineringshjelpen and Meglingsbenken, offline.",
    )
    common.add_common_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in command_modules():
        module.register(subparsers)
    for sub in subparsers.choices.values():
        common.add_common_options(sub)  # every subcommand has them, whoever wrote it
        sub.allow_abbrev = False
    return parser


def _utf8_safe_streams() -> None:
    """Never fail on a character the console cannot show."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            with contextlib.suppress(ValueError, io.UnsupportedOperation):
                stream.reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None, *, kdf: KdfParams | None = None) -> int:
    """Run ``dime``; returns the exit code. ``kdf`` (tests) overrides the
    calibrated key-derivation parameters of new vaults."""
    from dime_desktop.hardening import harden_process

    harden_process()  # before any passphrase is read or key unwrapped
    _utf8_safe_streams()
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error argparse already printed
        return exc.code if isinstance(exc.code, int) else common.EXIT_USAGE
    except Exception as exc:  # a broken command module; still no traceback
        return common.run(_raiser(exc), argparse.Namespace())
    handler: common.Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return common.EXIT_USAGE
    if getattr(args, "vault", None) is None:
        from dime_desktop.paths import default_vault_path

        args.vault = default_vault_path()  # $DIME_VAULT or the user data folder
    if not hasattr(args, "passphrase_file"):
        args.passphrase_file = None
    args.kdf = kdf
    return common.run(handler, args)


def _raiser(exc: Exception) -> common.Handler:
    def handler(_args: argparse.Namespace) -> int:
        raise exc

    return handler


if __name__ == "__main__":
    sys.exit(main())
