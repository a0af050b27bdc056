"""Which Paydesk this is: one version, from the installed package's metadata.

A build made by ``packaging/build.py`` carries a ``build-info.json`` beside this package
(version, commit, and whether it is a release); a run from a source checkout has none
and is always a development build. Only a build marked as a release hides its version
from the window title: every other build shows it, so a screenshot tells which one it is.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "BUILD_INFO_FILE",
    "DISTRIBUTION",
    "FALLBACK_VERSION",
    "BuildInfo",
    "build_info",
    "is_final_release",
    "read_build_info",
    "version",
]

DISTRIBUTION = "paydesk"
#: Written into the bundle's ``app`` folder at build time.
BUILD_INFO_FILE = Path(__file__).resolve().parents[1] / "build-info.json"
#: When neither a build nor an installed package says (running from a bare checkout).
FALLBACK_VERSION = "0+unknown"

_FINAL = re.compile(r"\d+(\.\d+)*")


@dataclass(frozen=True)
class BuildInfo:
    version: str
    release: bool = False
    commit: str = ""
    built: str = ""
    """UTC date and time of the build, ISO 8601; empty for a source checkout."""

    @property
    def kind(self) -> str:
        if self.release:
            return "release"
        if self.built:
            return f"test build {self.commit[:8]}".strip()
        return "development"

    @property
    def label(self) -> str:
        """``0.1.0`` for a release; ``0.1.0 (test build 1a2b3c4d)`` or
        ``0.1.0 (development)`` otherwise."""
        return self.version if self.release else f"{self.version} ({self.kind})"

    def to_json(self) -> str:
        return json.dumps(
            {
                "version": self.version,
                "release": self.release,
                "commit": self.commit,
                "built": self.built,
            },
            indent=2,
        )


def is_final_release(text: str) -> bool:
    """``1.2.0`` is; ``1.2.0.dev3``, ``1.2.0rc1``, ``1.2.0+local`` and ``0+unknown`` are not."""
    return bool(_FINAL.fullmatch(text)) and text != "0"


def read_build_info(path: Path) -> BuildInfo | None:
    """The build's own record, or None when there is none (or it cannot be read)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(raw, dict) or not isinstance(raw.get("version"), str):
        return None
    release = raw.get("release") is True and is_final_release(raw["version"])
    return BuildInfo(
        version=raw["version"],
        release=release,
        commit=str(raw.get("commit", "")),
        built=str(raw.get("built", "")),
    )


def _package_version() -> str:
    from importlib import metadata  # only without a build record: it takes ~15 ms to load

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return FALLBACK_VERSION


@functools.cache
def build_info() -> BuildInfo:
    """This process's build: the bundle's record, else the installed package's version."""
    return read_build_info(BUILD_INFO_FILE) or BuildInfo(version=_package_version())


def version() -> str:
    return build_info().version
