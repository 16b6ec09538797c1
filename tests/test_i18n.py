"""Translations: the .ts files match the UI sources and are complete in nb and
en, tr() gets only literal strings (lupdate cannot see anything else), and the
compiled Norwegian catalogue really translates."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "dime_desktop" / "ui"
NB_TS = ROOT / "i18n" / "dime_nb.ts"


def _is_str(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _is_str_or_none(node: ast.expr) -> bool:
    return _is_str(node) or (isinstance(node, ast.Constant) and node.value is None)


def _is_qcore_translate(func: ast.expr) -> bool:
    if not (isinstance(func, ast.Attribute) and func.attr == "translate"):
        return False
    owner = func.value
    name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
    return name in {"QCoreApplication", "QApplication", "QGuiApplication"}


def non_literal_tr_calls(code: str, filename: str = "<string>") -> list[str]:
    """Every tr()/QCoreApplication.translate() call whose text arguments are not
    plain string literals (f-strings, variables, concatenation, % formatting)."""
    problems: list[str] = []
    for node in ast.walk(ast.parse(code, filename)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            literal_positions, checks = 2, [_is_str, _is_str_or_none]
            keywords = {"sourceText": _is_str, "disambiguation": _is_str_or_none}
        elif _is_qcore_translate(func):
            literal_positions, checks = 3, [_is_str, _is_str, _is_str_or_none]
            keywords = {
                "context": _is_str,
                "sourceText": _is_str,
                "key": _is_str,
                "disambiguation": _is_str_or_none,
            }
        else:
            continue
        args = node.args[:literal_positions]
        bad = not args and not node.keywords
        bad |= any(not check(arg) for check, arg in zip(checks, args, strict=False))
        bad |= any(kw.arg in keywords and not keywords[kw.arg](kw.value) for kw in node.keywords)
        if bad:
            problems.append(f"{filename}:{node.lineno}: {ast.unparse(node)}")
    return problems


def test_literal_checker_flags_non_literals() -> None:
    code = textwrap.dedent(
        """
        class W:
            def f(self, name, n):
                self.tr("Fine {name}").format(name=name)
                self.tr("%n case(s)", "", n)
                self.tr("Open", "menu verb")
                QCoreApplication.translate("Ctx", "Also fine")
                self.tr(f"Hello {name}")
                self.tr(name)
                self.tr("Hello " + name)
                self.tr("Hello %s" % name)
                QCoreApplication.translate("Ctx", name)
                QtCore.QCoreApplication.translate(name, "x")
                self.tr("Open", name)
        """
    )
    problems = non_literal_tr_calls(code)
    assert [p.split(":")[1] for p in problems] == ["8", "9", "10", "11", "12", "13", "14"]


def test_tr_calls_in_the_ui_use_only_literals() -> None:
    files = sorted(UI_DIR.rglob("*.py"))
    assert files, "dime_desktop/ui has no Python files"
    problems: list[str] = []
    for path in files:
        rel = str(path.relative_to(ROOT))
        problems += non_literal_tr_calls(path.read_text(encoding="utf-8"), rel)
    assert not problems, (
        "tr() needs a literal string (fill placeholders with .format() afterwards):\n"
        + "\n".join(problems)
    )


def test_ts_files_match_sources_and_are_complete() -> None:
    """Runs `scripts/i18n_sync.py --check` (lupdate in a subprocess; no Qt here)."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "i18n_sync.py"), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _a_translated_message(ts: Path) -> tuple[str, str, str] | None:
    """(context, source, translation) of one finished, non-plural message whose
    Norwegian text differs from the English source."""
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                message.get("numerus") != "yes"
                and message.find("comment") is None
                and translation is not None
                and translation.get("type") is None
                and translation.text
                and translation.text != message.findtext("source")
            ):
                return (
                    context.findtext("name") or "",
                    message.findtext("source") or "",
                    (translation.text),
                )
    return None


@pytest.mark.gui
def test_compiled_norwegian_catalogue_translates(qapp: object, tmp_path: Path) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    sample = _a_translated_message(NB_TS)
    if sample is None:
        pytest.skip("i18n/dime_nb.ts has no translated message yet")
    context, source, expected = sample

    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    qm = tmp_path / "dime_nb.qm"
    subprocess.run([str(lrelease), "-silent", str(NB_TS), "-qm", str(qm)], check=True, timeout=120)
    catalogues = [qm]
    shipped = NB_TS.with_suffix(".qm")  # made by scripts/setup.sh
    if shipped.exists():
        catalogues.append(shipped)
    for path in catalogues:
        translator = QTranslator()
        assert translator.load(str(path)), f"cannot load {path}"
        assert translator.translate(context, source) == expected, (
            f"{path} does not translate {source!r}; run scripts/setup.sh to recompile"
        )
        QCoreApplication.installTranslator(translator)
        try:
            assert QCoreApplication.translate(context, source) == expected
        finally:
            QCoreApplication.removeTranslator(translator)
