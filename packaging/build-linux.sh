#!/usr/bin/env bash
# Build the Linux app: dist/Paydesk (folder bundle, from the lock file), with a .desktop
# file and icons, packed as dist/Paydesk-<version>-linux-<arch>.tar.gz; then smoke-test it.
# Run from anywhere; needs python3 with venv, and Qt's system libraries (see README).
set -euo pipefail
cd "$(dirname "$0")/.."

python3 packaging/build.py

version="$(build/venv/bin/python -c 'import json; print(json.load(open("build/generated/build-info.json"))["version"])')"
bundle=dist/Paydesk
# Desktop integration: install.sh copies these into ~/.local/share (see README, Install).
install -m 644 packaging/linux/paydesk.desktop "$bundle/paydesk.desktop"
install -m 755 packaging/linux/install.sh "$bundle/install.sh"
mkdir -p "$bundle/icons"
for size in 16 24 32 48 64 128 256 512; do
  install -m 644 "build/icons/paydesk-$size.png" "$bundle/icons/paydesk-$size.png"
done

build/venv/bin/python packaging/smoke_test.py "$bundle/Paydesk"

archive="dist/Paydesk-$version-linux-$(uname -m).tar.gz"
tar -C dist -czf "$archive" Paydesk
echo "Linux bundle: $bundle ($(du -sh "$bundle" | cut -f1)), archive: $archive"
