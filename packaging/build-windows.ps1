# Build dist\Paydesk\Paydesk.exe on Windows (run from the repository root in PowerShell).
$ErrorActionPreference = "Stop"
py -3 -m venv .venv
.venv\Scripts\pip install -q -e . "pyinstaller>=6,<7"
.venv\Scripts\pyinstaller --noconfirm packaging\paydesk.spec
