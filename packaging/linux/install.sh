#!/usr/bin/env sh
# Install this Paydesk folder for the current user: a launcher in ~/.local/bin, the menu
# entry and the icons. Run it from the unpacked folder; run it again after an update.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$HOME/.local/bin" "$data/applications"
ln -sf "$here/Paydesk" "$HOME/.local/bin/paydesk"
sed "s|^Exec=.*|Exec=\"$here/Paydesk\"|" "$here/paydesk.desktop" > "$data/applications/paydesk.desktop"
for icon in "$here"/icons/paydesk-*.png; do
  size="$(basename "$icon" .png | sed 's/paydesk-//')"
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
  cp "$icon" "$data/icons/hicolor/${size}x${size}/apps/paydesk.png"
done
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
echo "Paydesk is in the applications menu; or run: $HOME/.local/bin/paydesk"
