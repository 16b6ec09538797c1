#!/usr/bin/env python3
"""Keep the Qt translation files i18n/dime_nb.ts and i18n/dime_en.ts in sync.

Sources are the ``self.tr("...")`` / ``QCoreApplication.translate("Ctx", "...")``
calls in ``dime_desktop/ui/**/*.py`` (English source text). Norwegian
translations are written by whoever adds a string, into
``i18n/fragments/<area>.json`` as ``{"English source": "Norsk tekst"}`` (for a
``%n`` plural message the value may be a list of forms: ``["%n sak", "%n saker"]``).
English translations equal the source.

    scripts/i18n_sync.py --update   # run lupdate, fill translations from the fragments
    scripts/i18n_sync.py --check    # (default) fail if lupdate would change a .ts,
                                    # or a message is untranslated in either language

The .ts files are written by lupdate itself (``-no-obsolete -locations none``),
so running lupdate again on them changes nothing.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "dime_desktop" / "ui"
I18N = ROOT / "i18n"
FRAGMENTS = I18N / "fragments"
LANGUAGES = {"nb": "nb_NO", "en": "en_GB"}
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d+")


class SyncError(Exception):
    pass


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    finished: bool
    forms: tuple[str, ...]  # translation; one item unless numerus

    def where(self) -> str:
        note = f" ({self.comment})" if self.comment else ""
        return f"{self.context}: {self.source!r}{note}"


def ts_path(lang: str) -> Path:
    return I18N / f"dime_{lang}.ts"


def find_tool(name: str) -> str:
    """A PySide6 tool from this interpreter's environment, the repo's .venv or PATH."""
    for folder in (Path(sys.executable).parent, ROOT / ".venv" / "bin"):
        candidate = folder / name
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SyncError(f"{name} not found; run scripts/setup.sh first")
    return found


def ui_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in UI_DIR.rglob("*.py"))


def run_lupdate(ts: Path, lang: str) -> None:
    """Update one .ts file from the UI sources, the way the project always does."""
    command = [
        find_tool("pyside6-lupdate"),
        "-silent",
        "-no-obsolete",
        "-locations",
        "none",
        "-source-language",
        "en",
        "-target-language",
        LANGUAGES[lang],
        *ui_sources(),
        "-ts",
        str(ts),
    ]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SyncError(f"lupdate failed for {ts.name}:\n{result.stdout}{result.stderr}")


def load_fragments() -> dict[str, str | list[str]]:
    """All nb translations from i18n/fragments/*.json; conflicting duplicates are an error."""
    merged: dict[str, str | list[str]] = {}
    origin: dict[str, str] = {}
    problems: list[str] = []
    for path in sorted(FRAGMENTS.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            problems.append(f"{path.relative_to(ROOT)}: not valid JSON ({exc})")
            continue
        if not isinstance(data, dict):
            problems.append(f"{path.relative_to(ROOT)}: must be a JSON object")
            continue
        for source, text in data.items():
            ok = isinstance(text, str) or (
                isinstance(text, list) and text and all(isinstance(t, str) for t in text)
            )
            if not ok:
                problems.append(
                    f"{path.name}: {source!r}: value must be a string or list of strings"
                )
                continue
            if source in merged and merged[source] != text:
                problems.append(
                    f"{source!r}: {origin[source]} says {merged[source]!r}, "
                    f"{path.name} says {text!r}"
                )
                continue
            merged[source] = text
            origin[source] = path.name
    if problems:
        raise SyncError("bad translation fragments:\n  " + "\n  ".join(problems))
    return merged


def read_messages(ts: Path) -> list[Message]:
    root = ET.parse(ts).getroot()
    messages: list[Message] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ("",)
                finished = False
            else:
                if numerus:
                    forms = tuple(f.text or "" for f in translation.iter("numerusform")) or ("",)
                else:
                    forms = (translation.text or "",)
                finished = translation.get("type") is None
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=numerus,
                    finished=finished,
                    forms=forms,
                )
            )
    return messages


def fill(ts: Path, lang: str, fragments: dict[str, str | list[str]]) -> list[str]:
    """Write translations into ``ts``; returns the messages still untranslated."""
    tree = ET.parse(ts)
    missing: list[str] = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            numerus = message.get("numerus") == "yes"
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            wanted: str | list[str] | None = source if lang == "en" else fragments.get(source)
            if wanted is None:
                if translation.get("type") is not None or not _has_text(translation, numerus):
                    missing.append(f"{context.findtext('name')}: {source!r}")
                continue
            if numerus:
                forms = translation.findall("numerusform") or [
                    ET.SubElement(translation, "numerusform") for _ in range(2)
                ]
                values = wanted if isinstance(wanted, list) else [wanted] * len(forms)
                if len(values) != len(forms):
                    raise SyncError(
                        f"{source!r}: {len(values)} plural forms given, {lang} needs {len(forms)}"
                    )
                for form, value in zip(forms, values, strict=True):
                    form.text = value
            else:
                if isinstance(wanted, list):
                    raise SyncError(f"{source!r} is not a %n message; give one string, not a list")
                translation.text = wanted
            translation.attrib.pop("type", None)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")
    return missing


def _has_text(translation: ET.Element, numerus: bool) -> bool:
    if numerus:
        forms = translation.findall("numerusform")
        return bool(forms) and all(f.text for f in forms)
    return bool(translation.text)


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def update() -> int:
    fragments = load_fragments()
    I18N.mkdir(exist_ok=True)
    for lang in LANGUAGES:
        ts = ts_path(lang)
        run_lupdate(ts, lang)
        missing = fill(ts, lang, fragments)
        run_lupdate(ts, lang)  # lupdate writes the file in its own canonical format
        count = len(read_messages(ts))
        print(f"i18n: {ts.relative_to(ROOT)}: {count} messages, {len(missing)} untranslated")
        for where in missing:
            print(f"  untranslated: {where}")
    return check()


def check() -> int:
    fragments = load_fragments()
    failures: list[str] = []
    sources: set[str] = set()
    for lang in LANGUAGES:
        ts = ts_path(lang)
        rel = ts.relative_to(ROOT)
        if not ts.exists():
            failures.append(f"{rel} is missing (run scripts/i18n_sync.py --update)")
            continue
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / ts.name
            shutil.copyfile(ts, copy)
            run_lupdate(copy, lang)
            before = ts.read_text(encoding="utf-8")
            after = copy.read_text(encoding="utf-8")
        if before != after:
            diff = difflib.unified_diff(
                before.splitlines(), after.splitlines(), str(rel), "after lupdate", lineterm=""
            )
            shown = "\n    ".join(list(diff)[:40])
            failures.append(
                f"{rel} is out of date with the UI sources "
                f"(run scripts/i18n_sync.py --update):\n    {shown}"
            )
        for message in read_messages(ts):
            sources.add(message.source)
            if not message.finished or not all(message.forms):
                failures.append(f"{rel}: untranslated: {message.where()}")
                continue
            want = placeholders(message.source)
            for form in message.forms:
                got = placeholders(form)
                if got != want and not (message.numerus and set(got) <= set(want)):
                    failures.append(
                        f"{rel}: placeholders {got} differ from the source's {want}: "
                        f"{message.where()} -> {form!r}"
                    )
    complete = all(ts_path(lang).exists() for lang in LANGUAGES)
    for stale in sorted(set(fragments) - sources) if complete else []:
        print(f"i18n: warning: fragment not used by any tr() source: {stale!r}", file=sys.stderr)
    if failures:
        print("i18n: check FAILED", file=sys.stderr)
        for failure in failures:
            print(f"  {failure}", file=sys.stderr)
        return 1
    print(f"i18n: ok, {len(sources)} source strings translated in {', '.join(LANGUAGES)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--update", action="store_true", help="run lupdate and fill translations")
    mode.add_argument("--check", action="store_true", help="verify only (the default)")
    args = parser.parse_args(argv)
    try:
        return update() if args.update else check()
    except SyncError as exc:
        print(f"i18n: error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
