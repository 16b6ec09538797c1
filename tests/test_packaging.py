"""Packaging: build.spec is valid and points at real files, the installed entry
points import, and pyproject keeps out the dependencies we must never ship."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build.spec"


def _pyproject() -> dict[str, Any]:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)


def _spec_constant(name: str) -> Any:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), str(SPEC))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"build.spec defines no {name}")


def _module_file(module: str) -> Path:
    base = ROOT.joinpath(*module.split("."))
    return base.with_suffix(".py") if base.with_suffix(".py").exists() else base / "__init__.py"


def _requirement_name(requirement: str) -> str:
    name = re.split(r"[\s<>=!~;\[(@]", requirement.strip(), maxsplit=1)[0]
    return re.sub(r"[-_.]+", "-", name).lower()


def test_spec_is_valid_python() -> None:
    compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")


def test_spec_entry_points_exist_and_match_pyproject() -> None:
    entry_points: dict[str, tuple[str, str, bool]] = _spec_constant("ENTRY_POINTS")
    project = _pyproject()["project"]
    expected = {
        **{name: (target, False) for name, target in project["scripts"].items()},
        **{name: (target, True) for name, target in project["gui-scripts"].items()},
    }
    found = {name: (f"{module}:{func}", gui) for name, (module, func, gui) in entry_points.items()}
    assert found == expected
    missing = [m for m, _, _ in entry_points.values() if not _module_file(m).exists()]
    assert not missing, f"build.spec names modules that do not exist: {missing}"


def test_spec_data_files_exist() -> None:
    datas: list[tuple[str, str]] = _spec_constant("DATAS")
    targets = dict((target, source) for source, target in datas)
    # dime_desktop.paths looks under sys._MEIPASS for exactly these two folders
    assert set(targets) == {"resources", "i18n"}
    assert (ROOT / "resources" / "reference").is_dir()
    for source, _ in datas:
        assert list(ROOT.glob(source)), f"build.spec: nothing matches {source}"
    compiled = {p.stem for p in ROOT.glob("i18n/*.qm")}
    sources = {p.stem for p in ROOT.glob("i18n/*.ts")}
    assert sources and sources <= compiled, "i18n/*.qm missing: run scripts/setup.sh"


def test_installed_entry_points_import() -> None:
    dist = importlib.metadata.distribution("dime-desktop")
    installed = {
        ep.name: ep.value
        for ep in dist.entry_points
        if ep.group in {"console_scripts", "gui_scripts"}
    }
    project = _pyproject()["project"]
    assert installed == {**project["scripts"], **project["gui-scripts"]}, (
        "installed entry points differ from pyproject.toml: run scripts/setup.sh"
    )
    for ep in dist.entry_points:
        if ep.group in {"console_scripts", "gui_scripts"}:
            assert callable(ep.load()), ep


def test_pyproject_keeps_out_forbidden_dependencies() -> None:
    project = _pyproject()["project"]
    requirements = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        requirements += extra
    names = {_requirement_name(r) for r in requirements}
    assert "pyside6" not in names, "the pyside6 meta-package drags in QtWebEngine"
    assert "keyrings-alt" not in names, "keyrings.alt stores secrets in plaintext"
    assert {"pyside6-essentials", "pyside6-addons", "sqlcipher3", "keyring"} <= names
    assert project["requires-python"] == ">=3.11"


def test_requirement_name_normalises() -> None:
    assert _requirement_name("keyrings.alt>=5") == "keyrings-alt"
    assert _requirement_name("PySide6 ; python_version>'3'") == "pyside6"
    assert _requirement_name("pyside6-essentials>=6.6") == "pyside6-essentials"
