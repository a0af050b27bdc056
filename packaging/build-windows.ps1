# Build the Windows installer on Windows (PowerShell): dist\Paydesk (from the lock file),
# smoke-tested, then dist\Paydesk-<version>-windows-setup.exe made by Inno Setup 6.
#
# Signing with signtool (Windows SDK) when a certificate is configured, either
#   PAYDESK_SIGN_CERT_FILE (a .pfx) and PAYDESK_SIGN_CERT_PASSWORD, or
#   PAYDESK_SIGN_CERT_THUMBPRINT (a certificate in the user's certificate store);
#   PAYDESK_SIGN_TIMESTAMP_URL (RFC 3161) defaults to http://timestamp.digicert.com.
# Paydesk.exe, the installer and the uninstaller are signed; without a certificate
# nothing is, and Windows SmartScreen warns whoever runs the installer.
# Needs: Python 3.11 (`python` on PATH, or PAYDESK_PYTHON), Inno Setup 6 (ISCC.exe, or
# PAYDESK_ISCC), and signtool.exe (or PAYDESK_SIGNTOOL) to sign.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

function Invoke-Checked([string] $File, [string[]] $Arguments) {
    & $File @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$File failed with exit code $LASTEXITCODE" }
}

$timestamp = if ($env:PAYDESK_SIGN_TIMESTAMP_URL) { $env:PAYDESK_SIGN_TIMESTAMP_URL } else { "http://timestamp.digicert.com" }
$signArgs = $null
if ($env:PAYDESK_SIGN_CERT_FILE) {
    $signArgs = @("sign", "/fd", "SHA256", "/tr", $timestamp, "/td", "SHA256",
                  "/f", $env:PAYDESK_SIGN_CERT_FILE, "/p", $env:PAYDESK_SIGN_CERT_PASSWORD)
} elseif ($env:PAYDESK_SIGN_CERT_THUMBPRINT) {
    $signArgs = @("sign", "/fd", "SHA256", "/tr", $timestamp, "/td", "SHA256",
                  "/sha1", $env:PAYDESK_SIGN_CERT_THUMBPRINT)
} else {
    Write-Host "NOT SIGNING: set PAYDESK_SIGN_CERT_FILE (+ PAYDESK_SIGN_CERT_PASSWORD) or PAYDESK_SIGN_CERT_THUMBPRINT to sign."
}
$signtool = if ($env:PAYDESK_SIGNTOOL) { $env:PAYDESK_SIGNTOOL } else { "signtool.exe" }

$basePython = if ($env:PAYDESK_PYTHON) { $env:PAYDESK_PYTHON } else { "python" }
Invoke-Checked $basePython @("packaging\build.py")

$python = "build\venv\Scripts\python.exe"
$info = Get-Content "build\generated\build-info.json" | ConvertFrom-Json
$version = $info.version
$numeric = & $python -c "import sys; sys.path.insert(0, 'packaging'); from build_files import version_numbers; print('.'.join(map(str, version_numbers('$version'))))"

if ($signArgs) {
    Invoke-Checked $signtool ($signArgs + @("dist\Paydesk\Paydesk.exe"))
    Invoke-Checked $signtool @("verify", "/pa", "/v", "dist\Paydesk\Paydesk.exe")
}
$exeVersion = (Get-Item "dist\Paydesk\Paydesk.exe").VersionInfo.ProductVersion
if ($exeVersion -ne $version) { throw "Paydesk.exe says version $exeVersion, expected $version" }

Invoke-Checked $python @("packaging\smoke_test.py", "dist\Paydesk\Paydesk.exe")

$iscc = if ($env:PAYDESK_ISCC) { $env:PAYDESK_ISCC } else { Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
$isccArgs = @("/Qp", "/DAppVersion=$version", "/DAppNumericVersion=$numeric")
if ($signArgs) {
    # Inno Setup signs the installer and the uninstaller it writes; $f is the file, $q a quote.
    $quoted = ($signArgs | ForEach-Object { if ($_ -match '\s') { '$q' + $_ + '$q' } else { $_ } }) -join " "
    $isccArgs += @("/DSign", "/Spaydesksign=`$q$signtool`$q $quoted `$f")
}
Invoke-Checked $iscc ($isccArgs + @("packaging\windows\paydesk.iss"))

$installer = "dist\Paydesk-$version-windows-setup.exe"
if ($signArgs) { Invoke-Checked $signtool @("verify", "/pa", "/v", $installer) }
Write-Host "Windows installer: $installer"
