; Inno Setup script for Koperasi: a per-user installer of the one-folder bundle.
; Built on Windows by .github/workflows/windows.yml:
;   iscc /DAppVersion=0.1.0 packaging\windows\koperasi.iss
; The version comes from pyproject.toml (the workflow passes it); the bundle from
; `python tools/build_bundle.py` (dist\koperasi). Code signing: see README, "Build the
; installer" -- the certificate is configured by the maintainer, never kept in the repo.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Koperasi"
#define AppExe "koperasi-app.exe"
#define BundleDir "..\..\dist\koperasi"

[Setup]
AppId={{6C1D3B0E-4A7F-4F3A-9C55-2B7E8A1D0F42}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Koperasi
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
; Per-user by default: a treasurer's office PC rarely gives them administrator rights.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
; Qt 6 needs Windows 10 1809 (build 17763) or newer: refuse politely on Windows 7 and 8.
MinVersion=10.0.17763
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=koperasi-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\koperasi.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
; Uninstalling never touches the books: they live in Documents\Koperasi, not in {app}.

[Languages]
Name: "id"; MessagesFile: "compiler:Languages\Indonesian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
id.DesktopIcon=Buat ikon di desktop
en.DesktopIcon=Create a desktop icon
id.OldWindows=Koperasi memerlukan Windows 10 versi 1809 atau yang lebih baru.
en.OldWindows=Koperasi needs Windows 10 version 1809 or newer.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"

[Files]
Source: "{#BundleDir}\koperasi-app.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\koperasi.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\resources\icons\koperasi.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\koperasi.ico"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\koperasi.ico"; Tasks: desktopicon

[Registry]
; .koperasi books open in the app, with their own icon (per-user classes when not admin).
Root: HKA; Subkey: "Software\Classes\.koperasi"; ValueType: string; ValueName: ""; ValueData: "Koperasi.Book"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Koperasi.Book"; ValueType: string; ValueName: ""; ValueData: "Buku Koperasi"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Koperasi.Book\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\koperasi.ico,0"
Root: HKA; Subkey: "Software\Classes\Koperasi.Book\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
