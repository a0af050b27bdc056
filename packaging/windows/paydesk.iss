; Inno Setup 6 script for the Paydesk installer. Built by packaging\build-windows.ps1,
; which passes the version and, when a certificate is configured, a Sign Tool:
;   ISCC.exe /DAppVersion=1.2.0 /DAppNumericVersion=1.2.0.0 [/DSign "/Spaydesksign=..."] paydesk.iss
; Installs for the current user only (no administrator rights) into
; %LOCALAPPDATA%\Programs\Paydesk, with a Start-menu entry and an uninstaller.

#ifndef AppVersion
  #error Pass /DAppVersion=... (packaging\build-windows.ps1 does)
#endif
#ifndef AppNumericVersion
  #error Pass /DAppNumericVersion=a.b.c.d (packaging\build-windows.ps1 does)
#endif
#define Root AddBackslash(SourcePath) + "..\.."

[Setup]
; The AppId ties every later version to this installation (upgrades in place, one entry in
; Installed apps). Never change it.
AppId={{0846747E-3538-4AEB-B277-21B615F56A12}
AppName=Paydesk
AppVersion={#AppVersion}
AppVerName=Paydesk {#AppVersion}
AppPublisher=Paydesk
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductVersion={#AppNumericVersion}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoDescription=Paydesk installer
PrivilegesRequired=lowest
DefaultDirName={autopf}\Paydesk
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile={#Root}\build\icons\paydesk.ico
UninstallDisplayIcon={app}\Paydesk.exe
UninstallDisplayName=Paydesk
OutputDir={#Root}\dist
OutputBaseFilename=Paydesk-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running Paydesk is asked to close before its files are replaced.
CloseApplications=yes
RestartApplications=no
#ifdef Sign
SignTool=paydesksign
SignedUninstaller=yes
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the libraries whole: nothing of an older version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Root}\dist\Paydesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Paydesk"; Filename: "{app}\Paydesk.exe"; Comment: "Payment links and transactions for Dintero Checkout"
Name: "{autodesktop}\Paydesk"; Filename: "{app}\Paydesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Paydesk.exe"; Description: "{cm:LaunchProgram,Paydesk}"; Flags: nowait postinstall skipifsilent
