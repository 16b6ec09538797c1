"""A bundle with two cases (issue 13): the recipient accepts one and rejects
the other, and the vault changes by the accepted one only; importing the same
bundle again takes the second. And the same from the command line:
``dime handover export --case A --case B`` and ``dime handover import FILE
--accept-all``."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dime_desktop.cases.model import Case, CaseGround, Client, JournalEntry
from dime_desktop.cli.main import main
from dime_desktop.handover import service
from dime_desktop.handover.service import Decision
from dime_desktop.vault import Vault
from tests.handover_helpers import PASSPHRASE, add_marked_case, mark, vault_content
from tests.test_handover_bundle import (  # noqa: F401 (fixtures)
    Office,
    export,
    import_all,
    office_template,
    offices,
)


def second_case() -> Case:
    return Case(
        opened=date(2024, 8, 12),
        area="housing",
        grounds=[CaseGround("disability")],
        summary=mark("secondsummary"),
        counterpart_name=mark("secondcounterpart"),
        journal=[JournalEntry(date(2024, 8, 13), mark("secondjournal"))],
        client=Client(name=mark("secondclient"), consent_to_store=True),
    )


def _dump(folder: Path) -> str:
    return repr(vault_content(folder)["rows"])


def test_accept_one_reject_the_other_then_take_the_second(
    offices: dict[str, Office],  # noqa: F811 (the fixture imported above)
    tmp_path: Path,
) -> None:
    a, b = offices["a"], offices["b"]
    vault = a.open()
    first = add_marked_case(vault)
    second = vault.cases.add(second_case())
    a.close()
    refs = [first.reference or "", second.reference or ""]
    path = export(a, refs, "Mediator", tmp_path / "to.dimebundle")

    vault = b.open()
    preview = service.read_bundle(vault, path)
    assert [p.reference for p in preview.plans] == refs
    origin = {p.reference: p.incoming.origin for p in preview.plans}
    result = service.apply_import(
        vault,
        preview,
        {origin[refs[0]]: Decision(accept=True), origin[refs[1]]: Decision(accept=False)},
    )
    assert result.imported == [refs[0]] and result.rejected == [refs[1]]
    assert vault.cases.get(refs[0]).summary == mark("summary")
    assert vault.cases.existing_references(refs) == {refs[0]}
    b.close()
    after_first = _dump(b.path)
    assert mark("summary") in after_first
    for name in ("secondsummary", "secondcounterpart", "secondjournal", "secondclient"):
        assert mark(name) not in after_first  # nothing of the rejected case came in

    # the same bundle again: the first is already here, the second is taken now
    again = import_all(b, path)
    assert again.already == [refs[0]] and again.imported == [refs[1]]
    vault = b.open()
    got = vault.cases.get(refs[1])
    assert got.summary == mark("secondsummary") and got.client is not None
    assert got.client.name == mark("secondclient")
    assert vault.cases.get(refs[0]).summary == mark("summary")  # untouched
    b.close()


def test_two_cases_by_the_command_line(
    tmp_path: Path, fast_kdf: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASSPHRASE + "\n")
    paths = {}
    for name in ("oslo", "megling"):
        paths[name] = tmp_path / name
        Vault.create(paths[name], PASSPHRASE, kdf=fast_kdf).vault.close(backup=False)

    def dime(where: str, *args: str) -> int:
        return main([*args, "--vault", str(paths[where]), "--passphrase-file", str(pass_file)])

    assert dime("megling", "identity", "--out", str(tmp_path / "m.json")) == 0
    assert dime("oslo", "identity", "--out", str(tmp_path / "o.json")) == 0
    assert dime("oslo", "contacts", "add", str(tmp_path / "m.json"), "--name", "Åsa") == 0
    assert dime("megling", "contacts", "add", str(tmp_path / "o.json"), "--name", "Oslo") == 0
    vault = Vault.unlock(paths["oslo"], PASSPHRASE)
    ref_a = add_marked_case(vault).reference or ""
    ref_b = vault.cases.add(second_case()).reference or ""
    vault.close(backup=False)
    capsys.readouterr()

    bundle = tmp_path / "two.dimebundle"
    code = dime(
        "oslo",
        "handover",
        "export",
        "--case",
        ref_a,
        "--case",
        ref_b,
        "--to",
        "Åsa",
        "--out",
        str(bundle),
    )
    assert code == 0
    out = capsys.readouterr().out
    assert f"{ref_a}: consent" in out and f"{ref_b}: consent" in out

    assert dime("megling", "handover", "import", str(bundle), "--accept-all") == 0
    out = capsys.readouterr().out
    assert f"Imported {ref_a}" in out and f"Imported {ref_b}" in out
    vault = Vault.unlock(paths["megling"], PASSPHRASE)
    try:
        assert vault.cases.existing_references([ref_a, ref_b]) == {ref_a, ref_b}
        assert vault.cases.get(ref_a).summary == mark("summary")
        assert vault.cases.get(ref_b).summary == mark("secondsummary")
    finally:
        vault.close(backup=False)
