"""``dime backup``, ``backups`` and ``restore``: the same core functions the
Backups screen calls (:mod:`dime_desktop.vault.backups`)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from dime_desktop.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    CliError,
    add_command,
    add_recovery_key_options,
    adviser_name,
    ask_secret,
    open_vault,
    vault_path,
)
from dime_desktop.words import counted

# what a person recognises in a vault, in the order they are shown
SHOWN_COUNTS = (
    ("cases", "case", "cases"),
    ("journal_entries", "journal entry", "journal entries"),
    ("follow_ups", "follow-up", "follow-ups"),
    ("outreach_activities", "outreach activity", "outreach activities"),
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = add_command(
        subparsers,
        "backup",
        cmd_backup,
        help="make a verified encrypted backup now",
        description="Make a verified, encrypted backup of the vault in its backups folder "
        "and the second backup folder (if one is set), or only in --to DIR. The last "
        "line printed is the path of the backup.",
    )
    p.add_argument("--to", type=Path, metavar="DIR", help="make the backup in DIR only")
    p = add_command(
        subparsers,
        "backups",
        cmd_backups,
        help="list the backups and whether each was verified",
        description="List the vault's backups (its backups folder and the second "
        "backup folder), newest first, with their verified state.",
    )
    p.add_argument("--json", action="store_true", help="as a JSON array")
    p.add_argument(
        "--in", dest="folder", type=Path, metavar="DIR", help="list the backups in DIR instead"
    )
    p = add_command(
        subparsers,
        "restore",
        cmd_restore,
        help="restore a backup into a new folder (or over the vault)",
        description="Restore BACKUP (a dime-backup-... folder) into the new folder "
        "NEWVAULT, or with --replace over the vault at --vault after a verified backup "
        "of its current state. The backup is checked and its counts are shown before "
        "anything is put in place. The passphrase asked for is the backup's (the "
        "vault's passphrase at the time); --recovery-key-file FILE or --recovery-key "
        "use the recovery key instead. With --replace the same passphrase or recovery "
        "key unlocks the vault.",
    )
    add_recovery_key_options(p)
    p.add_argument("backup", type=Path, metavar="BACKUP", help="the backup folder")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--to", type=Path, metavar="NEWVAULT", help="a new folder")
    where.add_argument(
        "--replace", action="store_true", help="replace the contents of the vault at --vault"
    )
    p.add_argument("--yes", action="store_true", help="do not ask before restoring")


# --- backup --------------------------------------------------------------------


def cmd_backup(args: argparse.Namespace) -> int:
    from dime_desktop.vault import backups

    if args.to is not None and not args.to.is_dir():
        raise CliError(f"The folder {args.to} does not exist.")
    vault = open_vault(args)
    try:
        run = backups.back_up(vault, label="manual", to=args.to)
    finally:
        vault.close(backup=False)
    for failure in run.failures:
        print(f"dime: {failure}", file=sys.stderr)
    for removed in run.removed:
        print(f"Removed by rotation: {removed}")
    if not run.made:
        return EXIT_ERROR
    for info in sorted(run.made, key=lambda b: b.path.parent != Path(args.vault) / "backups"):
        print(f"Verified backup: {info.path}")
    print(run.made[0].path)
    return EXIT_ERROR if run.failures else EXIT_OK


# --- backups -------------------------------------------------------------------


def _age(made: datetime) -> str:
    days = (datetime.now(UTC) - made).days
    return "today" if days <= 0 else ("1 day ago" if days == 1 else f"{days} days ago")


def cmd_backups(args: argparse.Namespace) -> int:
    from dime_desktop.vault import backups

    if args.folder is not None:
        found = backups.list_backups([args.folder])
        check: str | None = None
    else:
        vault = open_vault(args)
        try:
            found = backups.vault_backups(vault)
            check = backups.current_key_check(vault)
        finally:
            vault.close(backup=False)
    if args.json:
        sys.stdout.write(
            json.dumps([b.as_dict(check) for b in found], ensure_ascii=False, indent=2) + "\n"
        )
        return EXIT_OK
    if not found:
        print("No backups.")
        return EXIT_OK
    for b in found:
        local = b.made.astimezone()
        label = f" [{b.label}]" if b.label else ""
        state = b.state(check) + (f": {b.problem}" if b.problem else "")
        print(f"{local:%Y-%m-%d %H:%M}  {_age(b.made):>12}  {state:<11}{label}  {b.path}")
    newest = next((b for b in found if b.usable()), None)
    if newest is not None:
        print(f"\nLast verified backup: {_age(newest.made)}.")
    return EXIT_OK


# --- restore -------------------------------------------------------------------


def describe_counts(counts: dict[str, int]) -> str:
    return ", ".join(counted(counts.get(k, 0), one, many) for k, one, many in SHOWN_COUNTS)


def _confirm(args: argparse.Namespace, question: str) -> bool:
    if args.yes:
        return True
    if not sys.stdin.isatty():
        raise CliError("Nothing was restored: add --yes to restore without being asked.")
    try:
        answer = input(f"{question} [y/N] ")
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes", "j", "ja")


def cmd_restore(args: argparse.Namespace) -> int:
    from dime_desktop.vault import backups

    info = backups.read_backup(args.backup)  # a wrong folder is said before the passphrase
    when = f"{info.made.astimezone():%Y-%m-%d %H:%M}"
    if args.replace:
        from dime_desktop.vault import Vault
        from dime_desktop.vault.lock import check_free

        path = vault_path(args)
        check_free(path)
        secret = ask_secret(args)  # the vault's; tried on the backup too
        actor = adviser_name(args)
        if secret.passphrase is not None:
            vault = Vault.unlock(path, secret.passphrase, actor=actor)
        else:
            assert secret.recovery_key is not None
            vault = Vault.unlock_with_recovery_key(path, secret.recovery_key, actor=actor)
        try:
            plan = backups.prepare_restore_over(
                vault,
                args.backup,
                passphrase=secret.passphrase,
                recovery_key=secret.recovery_key,
            )
            try:
                print(f"The backup of {when} holds: {describe_counts(plan.counts)}.")
                assert plan.current_counts is not None
                print(f"The vault now holds:  {describe_counts(plan.current_counts)}.")
                if not _confirm(args, f"Replace the contents of {vault.path} with the backup?"):
                    print("Nothing was restored.")
                    return EXIT_ERROR
                plan.commit()
            finally:
                plan.discard()
            print("A verified backup of the state before the restore was made first.")
            print(vault.path)
        finally:
            vault.close(backup=False)
        return EXIT_OK
    target = args.to
    secret = ask_secret(args)
    plan = backups.prepare_restore(
        args.backup,
        target,
        passphrase=secret.passphrase,
        recovery_key=secret.recovery_key,
        actor=adviser_name(args),
    )
    try:
        print(f"The backup of {when} holds: {describe_counts(plan.counts)}.")
        if not _confirm(args, f"Restore it into {target}?"):
            print("Nothing was restored.")
            return EXIT_ERROR
        restored = plan.commit()
    finally:
        plan.discard()
    print(f"Restored; open it with: dime verify --vault {restored}")
    print(restored)
    return EXIT_OK
