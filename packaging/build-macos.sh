#!/usr/bin/env bash
# Build the macOS app on a Mac: dist/Paydesk.app (from the lock file), smoke-tested, then
# dist/Paydesk-<version>-macos-<arch>.dmg, signed and notarised when configured:
#
#   PAYDESK_MACOS_SIGN_IDENTITY   "Developer ID Application: <Name> (<TEAMID>)", in the
#                                 keychain; signs the app (hardened runtime) and the DMG
#   notarisation, either          PAYDESK_NOTARY_PROFILE (made once with
#                                 `xcrun notarytool store-credentials`)
#   or                            PAYDESK_NOTARY_APPLE_ID, PAYDESK_NOTARY_TEAM_ID and
#                                 PAYDESK_NOTARY_PASSWORD (an app-specific password)
#
# Without them the app is signed ad hoc and not notarised: fine for testing, but
# Gatekeeper blocks it on other Macs and the keychain asks again after every update.
set -euo pipefail
cd "$(dirname "$0")/.."

identity="${PAYDESK_MACOS_SIGN_IDENTITY:-}"
notary=()
if [ -n "${PAYDESK_NOTARY_PROFILE:-}" ]; then
  notary=(--keychain-profile "$PAYDESK_NOTARY_PROFILE")
elif [ -n "${PAYDESK_NOTARY_APPLE_ID:-}" ]; then
  notary=(--apple-id "$PAYDESK_NOTARY_APPLE_ID" --team-id "${PAYDESK_NOTARY_TEAM_ID:?PAYDESK_NOTARY_TEAM_ID is not set}"
          --password "${PAYDESK_NOTARY_PASSWORD:?PAYDESK_NOTARY_PASSWORD is not set}")
fi
if [ -z "$identity" ]; then
  echo "NOT SIGNING: PAYDESK_MACOS_SIGN_IDENTITY is not set; the app is signed ad hoc (test builds only)."
fi
if [ -n "$identity" ] && [ ${#notary[@]} -eq 0 ]; then
  echo "NOT NOTARISING: set PAYDESK_NOTARY_PROFILE, or PAYDESK_NOTARY_APPLE_ID/TEAM_ID/PASSWORD."
fi

python3 packaging/build.py

python=build/venv/bin/python
version="$("$python" -c 'import json; print(json.load(open("build/generated/build-info.json"))["version"])')"
app=dist/Paydesk.app
plist="$app/Contents/Info.plist"
for key in CFBundleIdentifier CFBundleShortVersionString LSMinimumSystemVersion CFBundleIconFile; do
  echo "Info.plist $key: $(/usr/libexec/PlistBuddy -c "Print :$key" "$plist")"
done
[ "$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$plist")" = "$version" ]
codesign --verify --deep --strict --verbose=2 "$app"
if [ -n "$identity" ]; then
  codesign --display --verbose=2 "$app" 2>&1 | grep -E "Authority|TeamIdentifier|flags|Timestamp"
  codesign --display --verbose=2 "$app" 2>&1 | grep -q "runtime" || { echo "hardened runtime missing"; exit 1; }
fi

"$python" packaging/smoke_test.py "$app/Contents/MacOS/Paydesk"

dmg="dist/Paydesk-$version-macos-$(uname -m).dmg"
staging=build/dmg
rm -rf "$staging" "$dmg"
mkdir -p "$staging"
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "Paydesk $version" -srcfolder "$staging" -ov -format UDZO "$dmg"

if [ -n "$identity" ]; then
  codesign --force --sign "$identity" --timestamp "$dmg"
  if [ ${#notary[@]} -gt 0 ]; then
    result="$(xcrun notarytool submit "$dmg" "${notary[@]}" --wait --output-format json)"
    echo "$result"
    status="$("$python" -c 'import json,sys; print(json.loads(sys.argv[1])["status"])' "$result")"
    if [ "$status" != "Accepted" ]; then
      id="$("$python" -c 'import json,sys; print(json.loads(sys.argv[1])["id"])' "$result")"
      xcrun notarytool log "$id" "${notary[@]}" || true
      echo "Notarisation: $status"
      exit 1
    fi
    xcrun stapler staple "$dmg"
    xcrun stapler validate "$dmg"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
  fi
fi
echo "macOS app: $app, disk image: $dmg"
