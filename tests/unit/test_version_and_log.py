"""One version everywhere, and a log that says which build wrote it and keeps no secrets."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import pytest

from app.core.version import BuildInfo, build_info, is_final_release, read_build_info, version
from app.diagnostics.licences import bundled_licences
from app.diagnostics.logfile import rotate_log, start_logging, stop_logging

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import build_files  # noqa: E402


def project_version() -> str:
    version_text: str = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    return version_text


def test_the_version_comes_from_the_package_metadata() -> None:
    assert version() == metadata.version("paydesk") == project_version()
    assert not build_info().release  # a source checkout is never a release


def test_paydesk_version_prints_it_and_exits_zero(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app", "--version"],
        cwd=ROOT,
        env=dict(os.environ, XDG_STATE_HOME=str(tmp_path)),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Paydesk {project_version()} (development)"
    assert not any(tmp_path.iterdir())  # --version starts no log


@pytest.mark.parametrize(
    ("text", "final"),
    [("1.2.0", True), ("0.1.0", True), ("1.2.0rc1", False), ("1.2.0.dev3", False),
     ("1.2.0+local", False), ("0+unknown", False)],
)  # fmt: skip
def test_only_final_versions_are_releases(text: str, final: bool) -> None:
    assert is_final_release(text) is final


def test_a_build_marked_release_hides_its_kind_unless_its_version_is_not_final(
    tmp_path: Path,
) -> None:
    path = tmp_path / "build-info.json"
    path.write_text(BuildInfo("1.4.0", release=True, commit="abc", built="now").to_json())
    info = read_build_info(path)
    assert info is not None
    assert info.release
    assert info.label == "1.4.0"
    path.write_text(BuildInfo("1.4.0rc2", release=True, commit="abc", built="now").to_json())
    info = read_build_info(path)
    assert info is not None
    assert not info.release
    assert info.label == "1.4.0rc2 (test build abc)"
    path.write_text("{not json")
    assert read_build_info(path) is None


def test_build_files_record_version_release_licences_and_the_windows_resource(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PAYDESK_RELEASE", "1")
    assert build_files.main(tmp_path) == 0
    info = read_build_info(tmp_path / "build-info.json")
    assert info is not None
    assert info.version == project_version()
    assert info.release
    assert len(info.commit) == 40
    licences = bundled_licences(tmp_path / "licences.json")
    names = {item.name.lower().replace("_", "-"): item for item in licences}
    assert names["pyside6-essentials"].licence.startswith("LGPL-3.0")
    assert names["httpx"].version == metadata.version("httpx")
    assert "python" in names
    assert not {"pytest", "hypothesis", "mypy", "ruff"} & set(names)  # no test or dev tools
    resource = (tmp_path / "version_info.txt").read_text()
    assert f"StringStruct('ProductVersion', '{project_version()}')" in resource
    numbers = build_files.version_numbers(project_version())
    assert f"filevers={numbers}" in resource


def test_windows_version_numbers() -> None:
    assert build_files.version_numbers("1.2.3") == (1, 2, 3, 0)
    assert build_files.version_numbers("1.2.3rc1") == (1, 2, 3, 0)
    assert build_files.version_numbers("1.2.3.dev4") == (1, 2, 3, 0)
    assert build_files.version_numbers("2") == (2, 0, 0, 0)


def test_build_files_refuse_a_release_of_a_version_that_is_not_final(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PAYDESK_RELEASE", "1")
    monkeypatch.setattr("app.core.version.version", lambda: "2.0.0rc1")
    assert build_files.main(tmp_path) == 1
    assert not (tmp_path / "build-info.json").exists()


@pytest.fixture
def logging_to(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path
    stop_logging()


def test_the_log_starts_with_the_version_and_keeps_no_secrets(logging_to: Path) -> None:
    path = start_logging(logging_to, echo=False)
    log = logging.getLogger("paydesk.test")
    log.info("sent with headers {'Authorization': 'Bearer abc.def.ghi-token'}")
    log.info('token answer {"access_token": "eyJhbGciOi.eyJzdWIiOiJ4In0.sig"}')
    try:
        raise ValueError("client_secret=s3cret-value in a traceback")
    except ValueError:
        log.exception("failed")
    stop_logging()
    text = path.read_text(encoding="utf-8")
    assert f"Version: {build_info().label}" in text.splitlines()[1]
    assert "Operating system: " in text
    for secret in ("abc.def.ghi-token", "eyJhbGciOi", "s3cret-value"):
        assert secret not in text
    assert text.count("[removed]") >= 3
    assert "Traceback" in text


def test_the_log_rotates(logging_to: Path) -> None:
    path = start_logging(logging_to, echo=False, max_bytes=4000)
    log = logging.getLogger("paydesk.test")
    for number in range(600):
        log.info("line %d %s", number, "x" * 40)
    stop_logging()
    rotated = sorted(p.name for p in logging_to.glob("paydesk.log.*"))
    assert rotated == ["paydesk.log.1", "paydesk.log.2", "paydesk.log.3", "paydesk.log.4",
                       "paydesk.log.5"]  # fmt: skip
    assert path.stat().st_size <= 4000
    assert "line 599" in path.read_text(encoding="utf-8")


def test_a_log_started_before_the_window_keeps_every_line_when_it_starts_rotating(
    logging_to: Path,
) -> None:
    """The app writes its log from the first line, and rotates it after the first paint."""
    import logging.handlers

    path = start_logging(logging_to, echo=False, header=False, rotate=False)
    log = logging.getLogger("paydesk.test")
    log.info("before the window, with client_secret=s3cret-value")
    # On disk at once: a hard crash before the first paint still leaves the line.
    assert "before the window" in path.read_text(encoding="utf-8")
    root_handlers = logging.getLogger().handlers
    assert not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root_handlers)

    rotate_log(max_bytes=4000)
    rotating = [
        h
        for h in logging.getLogger().handlers
        if isinstance(h, logging.handlers.RotatingFileHandler)
    ]
    assert [Path(h.baseFilename) for h in rotating] == [path]
    assert not [h for h in logging.getLogger().handlers if type(h) is logging.FileHandler]
    for number in range(100):  # about 9 kB: two rotations, within the five files kept
        log.info("line %d %s", number, "x" * 40)
    stop_logging()

    files = sorted(logging_to.glob("paydesk.log*"), key=lambda p: p.name, reverse=True)
    assert len(files) > 2  # it rotated
    text = "".join(f.read_text(encoding="utf-8") for f in files)
    lines = [line for line in text.splitlines() if "paydesk.test" in line]
    assert "before the window" in lines[0]
    assert "s3cret-value" not in text
    assert [line.split()[5] for line in lines[1:]] == [str(n) for n in range(100)]


def test_stopping_the_log_closes_its_file(logging_to: Path) -> None:
    start_logging(logging_to, echo=False)
    handlers = [h for h in logging.getLogger().handlers if isinstance(h, logging.FileHandler)]
    ours = [h for h in handlers if Path(h.baseFilename).parent == logging_to]
    assert len(ours) == 1
    stop_logging()
    assert ours[0].stream is None  # closed
    assert ours[0] not in logging.getLogger().handlers


def test_licences_json_is_what_the_about_window_reads(tmp_path: Path) -> None:
    path = tmp_path / "licences.json"
    path.write_text(json.dumps([{"name": "x", "version": "1", "licence": "MIT"}]))
    assert [item.name for item in bundled_licences(path)] == ["x"]
