"""Write the files that describe one build, into build/generated (run in the build venv).

- ``build-info.json``: version (from the installed package), commit, time, and whether
  this is a release. A release is asked for with ``PAYDESK_RELEASE=1`` and refused
  unless the version is a final one (``1.2.0``, not ``1.2.0rc1`` or ``1.2.0.dev3``).
- ``licences.json``: the libraries in the build, with versions and licences (About).
- ``version_info.txt``: the Windows version resource of Paydesk.exe.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "generated"

VERSION_INFO = """\
# UTF-8 -- the Windows version resource of Paydesk.exe, written by packaging/build_files.py
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [StringStruct('CompanyName', 'Paydesk'),
         StringStruct('FileDescription', 'Paydesk'),
         StringStruct('FileVersion', '{version}'),
         StringStruct('InternalName', 'Paydesk'),
         StringStruct('LegalCopyright', 'Paydesk'),
         StringStruct('OriginalFilename', 'Paydesk.exe'),
         StringStruct('ProductName', 'Paydesk'),
         StringStruct('ProductVersion', '{version}')])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def _commit() -> str:
    try:
        result = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        )
    except (OSError, subprocess.CalledProcessError):
        return os.environ.get("GITHUB_SHA", "")
    return result.stdout.strip()


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """Four numbers for Windows from ``1.2.3``, ``1.2.3rc1`` or ``1.2.3.dev4`` (the rest is 0)."""
    numbers: list[int] = []
    for part in version.split("+", 1)[0].split("."):
        digits = ""
        for char in part:
            if not char.isdigit():
                break
            digits += char
        if not digits:
            break
        numbers.append(int(digits))
        if digits != part:
            break
    padded = ([*numbers, 0, 0, 0, 0])[:4]
    return padded[0], padded[1], padded[2], padded[3]


def main(out: Path = OUT) -> int:
    from app.core.version import BuildInfo, is_final_release, version
    from app.diagnostics.licences import collect, write_licences

    current = version()
    release = os.environ.get("PAYDESK_RELEASE") == "1"
    if release and not is_final_release(current):
        print(f"PAYDESK_RELEASE=1 but {current} is not a final version", file=sys.stderr)
        return 1
    info = BuildInfo(
        version=current,
        release=release,
        commit=_commit(),
        built=datetime.now(UTC).isoformat(timespec="seconds"),
    )
    out.mkdir(parents=True, exist_ok=True)
    (out / "build-info.json").write_text(info.to_json(), encoding="utf-8")
    write_licences(out / "licences.json", collect())
    (out / "version_info.txt").write_text(
        VERSION_INFO.format(numbers=version_numbers(current), version=current),
        encoding="utf-8",
    )
    print(f"build files for Paydesk {info.label} written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
