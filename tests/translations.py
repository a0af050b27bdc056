"""The translation catalogues: collect new words, compile them, check they are complete.

Usage:
  python -m tests.translations update   collect the words in app/ into the catalogues
                                        (resources/translations/*.ts) and list what a
                                        translator still has to do
  python -m tests.translations release  compile the catalogues into app/ui/translations/*.qm
  python -m tests.translations check    fail on a word in the code that a catalogue lacks, an
                                        unfinished or empty translation, a placeholder lost
                                        in translation, or a compiled catalogue out of date

A translator edits the .ts files (Qt Linguist, ``pyside6-linguist``, or any XML editor:
fill ``<translation>`` and remove ``type="unfinished"``), then runs ``release``.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "resources" / "translations"
COMPILED = ROOT / "app" / "ui" / "translations"
LANGUAGES = ("nb", "sv", "da", "en")
#: English is the source text: its catalogue holds only the plural forms ("%n link(s)").
PLURALS_ONLY = ("en",)
#: Written by hand, not collected: Qt's own buttons in bokmål (Qt ships only nynorsk).
QT_OVERRIDES = ("qt_nb",)
#: The sandbox is a developer's stand-in for Dintero; its page is not the desk's.
NOT_TRANSLATED = ("app/sandbox/",)
_PLACEHOLDER = re.compile(r"\{[a-z_][a-z_0-9]*(?:[:!][^}]*)?\}")


def _bin(name: str) -> str:
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install the project with its dev extras")
    return found


def sources() -> list[str]:
    """Every module of the app that can hold words for the desk."""
    files = sorted(ROOT.glob("app/**/*.py"))
    return [
        str(path.relative_to(ROOT))
        for path in files
        if not str(path.relative_to(ROOT).as_posix()).startswith(NOT_TRANSLATED)
    ]


def catalogue(language: str, folder: Path = CATALOGUES) -> Path:
    return folder / f"paydesk_{language}.ts"


def run_lupdate(targets: list[tuple[str, Path]]) -> None:
    """Collect the words of app/ into ``targets`` (created when missing), keeping what is
    translated, dropping words no longer in the code; no line numbers, so moving code does
    not change the catalogues."""
    for language, target in targets:
        command = [
            _bin("pyside6-lupdate"),
            *sources(),
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            language,
            *(["-pluralonly"] if language in PLURALS_ONLY else []),
            "-ts",
            str(target),
        ]
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise SystemExit(f"lupdate failed:\n{result.stdout}\n{result.stderr}")


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    comment: str
    plural: bool
    translations: tuple[str, ...]
    unfinished: bool


def read_catalogue(path: Path) -> list[Entry]:
    entries: list[Entry] = []
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms: tuple[str, ...] = ()
            unfinished = True
            if translation is not None:
                unfinished = translation.get("type") in ("unfinished", "vanished", "obsolete")
                numerus = translation.findall("numerusform")
                forms = (
                    tuple(f.text or "" for f in numerus) if numerus else (translation.text or "",)
                )
            entries.append(
                Entry(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    message.get("numerus") == "yes",
                    forms,
                    unfinished,
                )
            )
    return entries


def problems(language: str, entries: list[Entry]) -> list[str]:
    """What keeps a catalogue from being complete and safe to use."""
    found: list[str] = []
    for entry in entries:
        where = f"{language} [{entry.context}] {entry.source!r}"
        if entry.unfinished or not entry.translations or not all(entry.translations):
            found.append(f"{where}: not translated")
            continue
        wanted = sorted(_PLACEHOLDER.findall(entry.source))
        for form in entry.translations:
            if sorted(_PLACEHOLDER.findall(form)) != wanted:
                found.append(f"{where}: placeholders {wanted} changed in {form!r}")
            if entry.plural and "%n" not in form and "%n" in entry.source:
                found.append(f"{where}: plural form without %n: {form!r}")
            if entry.source.count("&") == 1 and form.count("&") != 1:
                found.append(f"{where}: keyboard shortcut (&) lost in {form!r}")
    return found


def unseen_by_lupdate(known: set[str], files: list[Path] | None = None) -> list[str]:
    """Words passed to tr/translate/QT_TRANSLATE_NOOP that lupdate did not collect: it
    misses, for one, a text wrapped in parentheses (``tr(("a " "b"))``)."""
    found = []
    for name in files or [ROOT / source for source in sources()]:
        tree = ast.parse(name.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            position = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}.get(called)
            if position is None or len(node.args) <= position:
                continue
            text = node.args[position]
            value = text.value if isinstance(text, ast.Constant) else None
            if isinstance(value, str) and value not in known:
                found.append(f"{name}:{node.lineno}: {value!r} is invisible to lupdate")
    return found


def _keys(entries: list[Entry]) -> set[tuple[str, str, str]]:
    return {(e.context, e.source, e.comment) for e in entries}


def update() -> int:
    CATALOGUES.mkdir(parents=True, exist_ok=True)
    run_lupdate([(language, catalogue(language)) for language in LANGUAGES])
    total = 0
    for language in LANGUAGES:
        todo = problems(language, read_catalogue(catalogue(language)))
        total += len(todo)
        print(f"{catalogue(language).relative_to(ROOT)}: {len(todo)} to do")
        for line in todo:
            print(f"  {line}")
    if total:
        print("Translate these (pyside6-linguist or an editor), then run:")
        print("  python -m tests.translations release")
    return 0


def release(into: Path = COMPILED, catalogues: Path = CATALOGUES) -> list[Path]:
    into.mkdir(parents=True, exist_ok=True)
    made = []
    for language in LANGUAGES:
        target = into / f"paydesk_{language}.qm"
        source = catalogue(language, catalogues)
        if not source.exists():
            continue
        command = [_bin("pyside6-lrelease"), str(source), "-qm", str(target)]
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise SystemExit(f"lrelease failed:\n{result.stdout}\n{result.stderr}")
        made.append(target)
    for name in QT_OVERRIDES:
        target = into / f"{name}.qm"
        source = catalogues / f"{name}.ts"
        command = [_bin("pyside6-lrelease"), str(source), "-qm", str(target)]
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise SystemExit(f"lrelease failed:\n{result.stdout}\n{result.stderr}")
        made.append(target)
    return made


def check(catalogues: Path = CATALOGUES) -> list[str]:
    """Every problem with the catalogues in ``catalogues``, in words (empty: all good)."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        fresh = []
        for language in LANGUAGES:
            if not catalogue(language, catalogues).exists():
                found.append(f"{catalogue(language, catalogues).name} is missing")
                continue
            copy = Path(folder) / catalogue(language).name
            shutil.copyfile(catalogue(language, catalogues), copy)
            fresh.append((language, copy))
        run_lupdate(fresh)
        for language, copy in fresh:
            committed = read_catalogue(catalogue(language, catalogues))
            collected = read_catalogue(copy)
            for context, source, _ in sorted(_keys(collected) - _keys(committed)):
                found.append(
                    f"{language} [{context}] {source!r}: in the code, not in the catalogue"
                )
            for context, source, _ in sorted(_keys(committed) - _keys(collected)):
                found.append(
                    f"{language} [{context}] {source!r}: in the catalogue, not in the code"
                )
            found.extend(problems(language, committed))
        if fresh:
            found.extend(unseen_by_lupdate({e.source for e in read_catalogue(fresh[0][1])}))
        compiled = release(Path(folder) / "qm", catalogues)
        for made in compiled:
            shipped = COMPILED / made.name
            if not shipped.exists() or shipped.read_bytes() != made.read_bytes():
                found.append(f"{shipped.name} is out of date: run release")
    return found


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        return update()
    if command == "release":
        for path in release():
            print(path.relative_to(ROOT))
        return 0
    if command == "check":
        found = check()
        for line in found:
            print(line)
        if found:
            print(f"{len(found)} translation problem(s): python -m tests.translations update")
            return 1
        print("Translations complete for " + ", ".join(LANGUAGES))
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
