"""Loading the intake data: the shipped files are valid, and a broken file
gives a ReferenceDataError naming the file and the entry."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dime_desktop.errors import ReferenceDataError
from dime_desktop.intake import default_intake, load_intake
from dime_desktop.paths import resource_path


def test_shipped_data_loads_with_nine_steps() -> None:
    data = load_intake()
    assert [s.id for s in data.steps] == [
        "what",
        "where",
        "why",
        "kind",
        "problems",
        "evidence",
        "safety",
        "wants",
        "next",
    ]
    assert data.steps[-1].suggestions
    for name in (
        "jussbuss",
        "jurk",
        "ldo",
        "konfliktradet",
        "nav",
        "kirkens_bymisjon",
        "skeiv_verden",
        "nhf",
        "antirasistisk_senter",
        "norsk_folkehjelp",
        "politiet",
        "diskrimineringsnemnda",
    ):
        service = data.services[name]
        assert service.what.nb and service.what.en and service.reach.nb and service.reach.en
    assert default_intake() is default_intake()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "intake"
    shutil.copytree(resource_path("intake"), target)
    return target


def edit(folder: Path, name: str, change: Callable[[dict[str, Any]], None]) -> None:
    path = folder / name
    raw = json.loads(path.read_text(encoding="utf-8"))
    change(raw)
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")


def rule(raw: dict[str, Any], rule_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(r for r in raw["rules"] if r["id"] == rule_id)
    return found


def broken(folder: Path) -> ReferenceDataError:
    with pytest.raises(ReferenceDataError) as info:
        load_intake(folder)
    return info.value


def test_unknown_operator(folder: Path) -> None:
    edit(
        folder,
        "rules.json",
        lambda r: rule(r, "mediation")["when"]["all"].append(
            {"answer": "safety.threats", "equals": True}
        ),
    )
    err = broken(folder)
    assert err.file.endswith("rules.json")
    assert err.entry == 'rule "mediation"'
    assert 'unknown operator "equals"' in err.problem
    assert "rules.json" in str(err) and "mediation" in str(err)


def test_unknown_combinator(folder: Path) -> None:
    edit(folder, "rules.json", lambda r: rule(r, "to_be_heard").update(when={"either": []}))
    err = broken(folder)
    assert err.entry == 'rule "to_be_heard"' and 'unknown operator "either"' in err.problem


def test_unknown_question_id(folder: Path) -> None:
    edit(
        folder,
        "rules.json",
        lambda r: rule(r, "refer_housing").update(
            when={"answer": "problem.list", "includes": "housing"}
        ),
    )
    err = broken(folder)
    assert err.entry == 'rule "refer_housing"'
    assert 'unknown question id "problem.list"' in err.problem


def test_missing_english_text(folder: Path) -> None:
    edit(folder, "rules.json", lambda r: rule(r, "police_report")["text"].pop("en"))
    err = broken(folder)
    assert err.entry == 'rule "police_report"' and '"en"' in err.problem


def test_missing_bokmal_reason(folder: Path) -> None:
    edit(folder, "rules.json", lambda r: rule(r, "mediation")["reason"][0].pop("nb"))
    err = broken(folder)
    assert err.entry.startswith('rule "mediation"') and '"nb"' in err.problem


def test_operator_that_does_not_fit_the_question(folder: Path) -> None:
    edit(
        folder,
        "rules.json",
        lambda r: rule(r, "safety_first").update(
            when={"answer": "safety.safe_now", "older_than_years": 3}
        ),
    )
    err = broken(folder)
    assert err.entry == 'rule "safety_first"' and "bool question" in err.problem


def test_option_the_question_does_not_have(folder: Path) -> None:
    edit(
        folder,
        "rules.json",
        lambda r: rule(r, "refer_money").update(
            when={"answer": "problems.list", "includes": "cash"}
        ),
    )
    err = broken(folder)
    assert '"cash" is not an option of "problems.list"' in err.problem


def test_unknown_service(folder: Path) -> None:
    edit(folder, "rules.json", lambda r: rule(r, "refer_health").update(services=["fastlegen"]))
    err = broken(folder)
    assert err.entry == 'rule "refer_health"' and 'unknown service "fastlegen"' in err.problem


def test_unknown_kind_and_duplicate_id(folder: Path) -> None:
    edit(folder, "rules.json", lambda r: rule(r, "refer_health").update(kind="advice"))
    assert 'unknown kind "advice"' in broken(folder).problem
    edit(
        folder,
        "rules.json",
        lambda r: rule(r, "refer_health").update(kind="referral", id="refer_money"),
    )
    assert "appears twice" in broken(folder).problem


def test_circular_named_conditions(folder: Path) -> None:
    edit(folder, "rules.json", lambda r: r["conditions"].update(is_online={"ref": "is_online"}))
    err = broken(folder)
    assert err.entry == 'condition "is_online"' and "refers to itself" in err.problem


def test_unknown_named_condition_in_evidence(folder: Path) -> None:
    def change(raw: dict[str, Any]) -> None:
        raw["items"][0]["when"] = {"ref": "online_case"}

    edit(folder, "evidence.json", change)
    err = broken(folder)
    assert err.file.endswith("evidence.json")
    assert err.entry == 'items entry 1 ("username")' and "online_case" in err.problem


def test_bad_question_type_and_field(folder: Path) -> None:
    edit(folder, "steps.json", lambda r: r["steps"][0]["questions"][1].update(type="essay"))
    err = broken(folder)
    assert err.file.endswith("steps.json")
    assert (
        err.entry == 'step "what" question "what.notes"' and 'unknown type "essay"' in err.problem
    )
    edit(
        folder,
        "steps.json",
        lambda r: r["steps"][0]["questions"][1].update(type="text", field="summary"),
    )
    assert 'unknown case field "summary"' in broken(folder).problem


def test_invalid_json_names_the_line(folder: Path) -> None:
    (folder / "services.json").write_text('{"services": [\n  {"code": "x",}\n]}', encoding="utf-8")
    err = broken(folder)
    assert err.file.endswith("services.json") and err.entry == "line 2"


def test_missing_file(folder: Path) -> None:
    (folder / "evidence.json").unlink()
    err = broken(folder)
    assert err.entry == "evidence.json" and "missing" in err.problem


def test_bad_deadline(folder: Path) -> None:
    edit(
        folder,
        "rules.json",
        lambda r: rule(r, "police_report").update(
            deadline={"answer": "safety.threats", "add_years": 1}
        ),
    )
    err = broken(folder)
    assert err.entry == 'rule "police_report"' and "date or timeline" in err.problem
