"""The libraries Paydesk runs on, with their versions and licences, for the About window.

A built app carries ``licences.json``, written at build time from the build's clean
environment (a frozen app has no package metadata to read); a run from source reads the
installed packages' metadata instead. Both come from ``collect``.
"""

from __future__ import annotations

import json
import platform
import re
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path

from app.core.version import DISTRIBUTION

__all__ = ["LICENCES_FILE", "Licence", "bundled_licences", "collect", "write_licences"]

LICENCES_FILE = Path(__file__).resolve().parents[1] / "licences.json"

_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


@dataclass(frozen=True)
class Licence:
    name: str
    version: str
    licence: str


def _licence_of(meta: metadata.PackageMetadata) -> str:
    expression = (meta.get_all("License-Expression") or [""])[0]
    if expression:
        return str(expression)
    classifiers = [
        value.split("::")[-1].strip()
        for value in meta.get_all("Classifier") or []
        if value.startswith("License ::") and value.count("::") >= 2
    ]
    if classifiers:
        return ", ".join(dict.fromkeys(classifiers))
    text = str((meta.get_all("License") or [""])[0]).strip()
    if text and "\n" not in text and len(text) <= 80:
        return text
    return "see the package's own licence file"


def _requirements(name: str) -> list[str]:
    """Names of what ``name`` requires, leaving out optional extras (tests, docs)."""
    names = []
    for requirement in metadata.requires(name) or []:
        if "extra ==" in requirement.replace("extra==", "extra =="):
            continue
        match = _NAME.match(requirement)
        if match:
            names.append(match.group(1))
    return names


def collect(root: str = DISTRIBUTION) -> list[Licence]:
    """Every installed package ``root`` depends on (directly or not), with Python itself."""
    seen: dict[str, Licence] = {}
    pending = _requirements(root)
    while pending:
        name = pending.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a dependency for another platform
        seen[key] = Licence(dist.metadata["Name"], dist.version, _licence_of(dist.metadata))
        pending.extend(_requirements(name))
    python = Licence("Python", platform.python_version(), "PSF-2.0")
    return [python, *sorted(seen.values(), key=lambda item: item.name.lower())]


def write_licences(path: Path, licences: list[Licence]) -> None:
    path.write_text(json.dumps([asdict(item) for item in licences], indent=2), encoding="utf-8")


def bundled_licences(path: Path = LICENCES_FILE) -> list[Licence]:
    """The build's list when there is one, otherwise the installed packages'."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return [Licence(str(i["name"]), str(i["version"]), str(i["licence"])) for i in raw]
    except (OSError, ValueError, KeyError, TypeError):
        return collect()
