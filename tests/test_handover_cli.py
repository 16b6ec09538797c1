"""``dime identity``, ``dime contacts``, ``dime handover export/import`` run
in-process against two real vaults on disk."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

import pytest

from dime_desktop.cli.main import main
from dime_desktop.vault import Vault
from tests.handover_helpers import PASSPHRASE, add_marked_case, mark, vault_content


@pytest.fixture
def two(tmp_path: Path, fast_kdf: Any) -> dict[str, Any]:
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASSPHRASE + "\n")
    paths = {}
    for name in ("oslo", "megling"):
        path = tmp_path / name
        Vault.create(path, PASSPHRASE, kdf=fast_kdf).vault.close(backup=False)
        paths[name] = path

    def dime(vault: str, *args: str) -> int:
        return main([*args, "--vault", str(paths[vault]), "--passphrase-file", str(pass_file)])

    return {"dime": dime, "paths": paths, "tmp": tmp_path}


def _fingerprint(out: str) -> str:
    line = next(x for x in out.splitlines() if x.startswith("Fingerprint: "))
    return line.split(": ", 1)[1]


def test_identity_contacts_export_import(
    two: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    dime, tmp = two["dime"], two["tmp"]
    assert dime("megling", "identity", "--out", str(tmp / "megling.json")) == 0
    megling_fp = _fingerprint(capsys.readouterr().out)
    assert dime("oslo", "identity", "--out", str(tmp / "oslo.json"), "--office", "Oslo") == 0
    oslo_fp = _fingerprint(capsys.readouterr().out)
    assert megling_fp != oslo_fp and len(megling_fp) == 24

    # A wrong fingerprint as told is refused; the right one (typed sloppily) is taken.
    assert (
        dime(
            "oslo",
            "contacts",
            "add",
            str(tmp / "megling.json"),
            "--name",
            "Åsa",
            "--fingerprint",
            oslo_fp,
        )
        == 1
    )
    assert "not this key's fingerprint" in capsys.readouterr().err
    assert (
        dime(
            "oslo",
            "contacts",
            "add",
            str(tmp / "megling.json"),
            "--name",
            "Åsa",
            "--office",
            "Meglingsbenken",
            "--fingerprint",
            megling_fp.lower(),
        )
        == 0
    )
    assert megling_fp in capsys.readouterr().out
    assert dime("oslo", "contacts", "list") == 0
    out = capsys.readouterr().out
    assert f"This vault: {oslo_fp}" in out and "Åsa (Meglingsbenken)" in out

    vault = Vault.unlock(two["paths"]["oslo"], PASSPHRASE)
    ref = add_marked_case(vault).reference or ""
    vault.close(backup=False)
    bundle = tmp / "sak.dimebundle"
    assert (
        dime("oslo", "handover", "export", "--case", ref, "--to", "åsa", "--out", str(bundle)) == 0
    )
    out = capsys.readouterr().out
    assert f"{ref}: consent (to store) given" in out
    assert "personal data, encrypted" in out
    assert stat.S_IMODE(bundle.stat().st_mode) == 0o600

    # The mediator does not trust Oslo yet: refused, with the fingerprint to compare.
    before = vault_content(two["paths"]["megling"])
    assert dime("megling", "handover", "import", str(bundle), "--accept-all") == 1
    err = capsys.readouterr().err
    assert f"compare the fingerprint {oslo_fp}" in err and "Nothing in the vault was changed" in err
    assert vault_content(two["paths"]["megling"]) == before

    # Verified then and there: trusted and imported.
    assert (
        dime(
            "megling",
            "handover",
            "import",
            str(bundle),
            "--accept-all",
            "--trust-as",
            "Oslo-kontoret",
            "--fingerprint",
            oslo_fp,
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "Bundle from unknown: compare fingerprint" in out
    assert f"Imported {ref}" in out and "Trusted Oslo-kontoret (Oslo)" in out

    # Again: nothing new, nothing changed.
    before = vault_content(two["paths"]["megling"])
    assert dime("megling", "handover", "import", str(bundle), "--accept-all") == 0
    assert "Nothing new" in capsys.readouterr().out
    assert vault_content(two["paths"]["megling"]) == before

    vault = Vault.unlock(two["paths"]["megling"], PASSPHRASE)
    case = vault.cases.get(ref)
    assert case.summary == mark("summary") and len(case.journal) == 2
    vault.close(backup=False)


def test_without_accept_all_nothing_is_taken(
    two: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    dime, tmp = two["dime"], two["tmp"]
    dime("megling", "identity", "--out", str(tmp / "m.json"))
    dime("oslo", "identity", "--out", str(tmp / "o.json"))
    dime("oslo", "contacts", "add", str(tmp / "m.json"), "--name", "Åsa")
    dime("megling", "contacts", "add", str(tmp / "o.json"), "--name", "Oslo")
    vault = Vault.unlock(two["paths"]["oslo"], PASSPHRASE)
    ref = add_marked_case(vault).reference or ""
    vault.close(backup=False)
    bundle = tmp / "s.dimebundle"
    assert (
        dime(
            "oslo",
            "handover",
            "export",
            "--case",
            ref,
            "--to",
            "Åsa",
            "--summary-only",
            "--out",
            str(bundle),
        )
        == 0
    )
    capsys.readouterr()
    before = vault_content(two["paths"]["megling"])
    assert dime("megling", "handover", "import", str(bundle)) == 1
    out = capsys.readouterr().out
    assert f"{ref}  referral summary  new here" in out and "Nothing imported" in out
    assert vault_content(two["paths"]["megling"]) == before


def test_unknown_contact_and_bad_key_file(
    two: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    dime, tmp = two["dime"], two["tmp"]
    (tmp / "x.json").write_text('{"format": "something"}')
    assert dime("oslo", "contacts", "add", str(tmp / "x.json"), "--name", "X") == 1
    assert "is not a DiMe public key file" in capsys.readouterr().err
    assert (
        dime(
            "oslo",
            "handover",
            "export",
            "--case",
            "DH-2024-001",
            "--to",
            "Nobody",
            "--out",
            str(tmp / "y.dimebundle"),
        )
        == 1
    )
    assert 'No trusted colleague is called "Nobody"' in capsys.readouterr().err
