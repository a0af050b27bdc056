#!/usr/bin/env bash
# Re-pin packaging/requirements-lock.txt: the app's dependencies (pyproject.toml) and the
# build tools (requirements-build.in), with the hash of every file on PyPI, for Windows,
# macOS and Linux at once (--universal). Run after changing a dependency range, commit
# the result, and the next build uses exactly those files.
set -euo pipefail
cd "$(dirname "$0")/.."
tools="$(mktemp -d)"
trap 'rm -rf "$tools"' EXIT
python3 -m venv "$tools/venv"
"$tools/venv/bin/pip" install -q "uv>=0.5,<1"
"$tools/venv/bin/uv" pip compile pyproject.toml packaging/requirements-build.in \
  --universal --python-version 3.11 --generate-hashes \
  --custom-compile-command "packaging/lock.sh" \
  --output-file packaging/requirements-lock.txt "$@"
