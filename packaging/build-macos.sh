#!/usr/bin/env bash
# Build dist/Paydesk.app on macOS (run from the repository root). Sign and notarise separately.
set -euo pipefail
python3 -m venv .venv
.venv/bin/pip install -q -e . "pyinstaller>=6,<7"
.venv/bin/pyinstaller --noconfirm packaging/paydesk.spec
