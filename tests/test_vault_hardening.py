"""Issue 9, finding 2: core dumps are off in both entry points before any
secret is in memory, and the processes are not dumpable (Linux).

Checked from outside, on the running programs: ``/proc/PID/limits`` says
``Max core file size 0``, and another process of the same user cannot open
``/proc/PID/mem`` (what a non-dumpable process refuses). As root, both the
app and the checker run without CAP_SYS_PTRACE (``setpriv``), or root would
read any process's memory anyway."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from dime_desktop.vault import Vault

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="/proc and prctl are Linux"
)

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PASSPHRASE = "korrekt hest batteri stift 2019"


def _without_ptrace() -> list[str]:
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: root may read any process's memory")
    return [setpriv, "--bounding-set", "-sys_ptrace", "--"]


def core_limit(pid: int) -> str:
    for line in Path(f"/proc/{pid}/limits").read_text().splitlines():
        if line.startswith("Max core file size"):
            return " ".join(line.split()[4:6])
    raise AssertionError("no core limit line")


def memory_readable(pid: int) -> bool:
    """Whether a process of the same user (and capabilities) can open its memory."""
    probe = (
        "import sys\n"
        "try:\n"
        f"    open('/proc/{pid}/mem', 'rb').close()\n"
        "except PermissionError:\n"
        "    sys.exit(3)\n"
    )
    result = subprocess.run([*_without_ptrace(), sys.executable, "-c", probe])
    return result.returncode == 0


def env_for(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TMPDIR": str(tmp_path),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
    }


def test_the_checker_tells_a_dumpable_process_apart() -> None:
    """Without the hardening, the same check finds the memory readable."""
    plain = subprocess.Popen(
        [*_without_ptrace(), sys.executable, "-c", "import sys; sys.stdin.read()"],
        stdin=subprocess.PIPE,
    )
    try:
        assert memory_readable(plain.pid)
    finally:
        assert plain.stdin is not None
        plain.stdin.close()
        plain.wait(10)


def test_a_running_dime_desktop_has_no_core_dumps_and_is_not_dumpable(
    tmp_path: Path, qtbot: Any
) -> None:
    app = subprocess.Popen(
        [*_without_ptrace(), str(BIN / "dime-desktop"), "--demo"],
        env=env_for(tmp_path),
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        # unlocked: the demo vault is open (its lock names the app), keys in memory
        def unlocked() -> bool:
            assert app.poll() is None, app.stderr.read() if app.stderr else ""
            return any(
                p.read_text().find(f'"pid": {app.pid}') >= 0
                for p in tmp_path.glob("dime-demo-*/vault/vault.lock")
            )

        qtbot.waitUntil(unlocked, timeout=60_000)
        assert core_limit(app.pid) == "0 0"
        assert not memory_readable(app.pid)
    finally:
        app.kill()  # SIGTERM may come before the app's own handler is installed
        app.wait(30)


def test_a_running_dime_command_is_hardened_before_the_passphrase_is_read(
    tmp_path: Path, fast_kdf: Any
) -> None:
    vault_dir = tmp_path / "vault"
    Vault.create(vault_dir, PASSPHRASE, kdf=fast_kdf).vault.close()
    fifo = tmp_path / "passphrase"
    os.mkfifo(fifo)
    cli = subprocess.Popen(
        [*_without_ptrace(), str(BIN / "dime"), "verify", "--vault", str(vault_dir),
         "--passphrase-file", str(fifo)],
        env=env_for(tmp_path),
        stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        with open(fifo, "w") as writer:  # opens when dime opens it to read the passphrase
            assert core_limit(cli.pid) == "0 0"
            assert not memory_readable(cli.pid)
            writer.write(PASSPHRASE + "\n")
        out, _ = cli.communicate(timeout=30)
    finally:
        if cli.poll() is None:
            cli.kill()
            cli.wait(10)
    assert cli.returncode == 0 and "intact" in out


def test_harden_process_reports_what_it_did(tmp_path: Path) -> None:
    code = (
        "import resource\n"
        "from dime_desktop import hardening\n"
        "assert hardening.is_dumpable()\n"
        "report = hardening.harden_process()\n"
        "assert resource.getrlimit(resource.RLIMIT_CORE) == (0, 0), report\n"
        "assert hardening.is_dumpable() is False, report\n"
        "assert hardening.harden_process() is report\n"
        "print('; '.join(report))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert "RLIMIT_CORE 0" in result.stdout and "PR_SET_DUMPABLE 0" in result.stdout
