; Inno Setup script for custody-app on Windows (Inno Setup 6).
;
; Build the bundle on Windows first, from the repository root:
;   .venv\Scripts\pyinstaller --noconfirm --clean --distpath dist --workpath build packaging\custody-app.spec
; then compile this script:
;   iscc packaging\windows\custody-app.iss
; The installer is written to dist\installer\.
;
; It installs the PyInstaller folder to {autopf}\Custody App with a Start menu
; shortcut. The uninstaller removes only the program: the user data directory
; (%LOCALAPPDATA%\custody-app: the database, its backups and the logs) is never
; touched, so uninstalling and installing again keeps every record.
; Upgrading is installing the new version over the old one (same AppId): the
; database is migrated when it is next opened, the old file kept aside beside it.

#define MyAppName "Custody App"
#define MyAppVersion "0.1.0"
#define MyAppPublisher "Custody App developers"
#define MyAppExeName "custody-app.exe"
#define BundleDir "..\..\dist\custody-app"

[Setup]
AppId={{CEEED247-7DAC-4CE0-9C36-C4BE85EAE6F5}
AppName={#MyAppName}
AppVersion={#MyAppVersion}
AppVerName={#MyAppName} {#MyAppVersion}
AppPublisher={#MyAppPublisher}
DefaultDirName={autopf}\Custody App
DefaultGroupName={#MyAppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#MyAppExeName}
UninstallDisplayName={#MyAppName} {#MyAppVersion}
OutputDir=..\..\dist\installer
OutputBaseFilename=custody-app-{#MyAppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\{#MyAppExeName}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#MyAppName}"; Filename: "{app}\{#MyAppExeName}"
Name: "{group}\Uninstall {#MyAppName}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#MyAppName}"; Filename: "{app}\{#MyAppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#MyAppExeName}"; Description: "{cm:LaunchProgram,{#MyAppName}}"; Flags: nowait postinstall skipifsilent

[InstallDelete]
; an upgrade replaces the whole program folder (never the user data directory)
Type: filesandordirs; Name: "{app}\_internal"

[UninstallDelete]
; only what Python may have written beside the program; the user data directory stays
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
