#!/usr/bin/env bash
# Build a Linux bundle in dist/Paydesk (run from the repository root).
set -euo pipefail
python3 -m venv .venv
.venv/bin/pip install -q -e . "pyinstaller>=6,<7"
.venv/bin/pyinstaller --noconfirm packaging/paydesk.spec
