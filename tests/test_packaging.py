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


def test_the_gui_checks_system_libraries_before_it_imports_qt() -> None:
    import subprocess
    import sys

    code = (
        "import sys, dime_desktop.ui.shell.launch as launch;"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout
    assert out.strip() == "[]"


def test_a_missing_library_is_named_with_its_package(capsys: Any) -> None:
    import sys

    from dime_desktop.ui.shell import launch

    missing = launch.missing_libraries([("libGL.so.1", "libgl1"), ("libdime-nope.so.9", "x")])
    if sys.platform.startswith("linux"):
        assert ("libdime-nope.so.9", "x") in missing
    message = launch.missing_message([("libGL.so.1", "libgl1")])
    assert "libGL.so.1" in message and "sudo apt-get install libgl1" in message
    assert "Traceback" not in message


def test_xcb_libraries_are_checked_only_for_an_x11_session() -> None:
    from dime_desktop.ui.shell.launch import uses_xcb

    assert uses_xcb({"DISPLAY": ":0"})
    assert not uses_xcb({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"})
    assert not uses_xcb({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"})
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb"})
    assert not uses_xcb({})


def test_spec_leaves_out_qt_quick_and_webengine() -> None:
    excludes = set(_spec_constant("EXCLUDES"))
    assert {"PySide6.QtQuick", "PySide6.QtQml", "PySide6.QtWebEngineCore"} <= excludes
    dropped = _spec_constant("DROP_BINARIES")
    for name in ("Qt6Quick", "Qt6Qml", "qml/"):
        assert any(name in pattern for pattern in dropped), name


def test_package_script_is_not_part_of_the_check() -> None:
    check = (ROOT / "scripts" / "check.sh").read_text(encoding="utf-8")
    assert "package.sh" not in check
    assert (ROOT / "scripts" / "package.sh").stat().st_mode & 0o111
