; Inno Setup script (6.3 or later) for STAAN Desktop on Windows: wraps dist\STAAN (built by
; PyInstaller from installer\staan.spec) into one STAAN-Setup-<version>.exe.
;
; Officials have no administrator rights, so this installs for the current user only:
; into %LOCALAPPDATA%\Programs\STAAN Desktop, with the Start-menu entry and the .staan
; association in the user's own registry (HKCU). No UAC prompt ever appears.
;
; Build (scripts/build_installer.sh does this when iscc is on PATH):
;   iscc /DAppVersion=0.1.0 installer\staan.iss

; The build script passes the package version (staan_desktop.__version__); this default only
; serves a compile from the Inno Setup IDE.
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "STAAN Desktop"
#define AppExe "STAAN.exe"
; The ProgID that .staan files point to: [vendor].[type].
#define ProgId "STAAN.Traject"

[Setup]
; Never change AppId: Windows recognises updates and the uninstaller by it. (The first brace is
; doubled because Inno Setup reads {…} as a constant.)
AppId={{E7646A33-0549-40A8-979B-8912D0D6FDD6}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=STAAN
; Per user, without elevation: {autopf} is then {userpf} (%LOCALAPPDATA%\Programs) and
; {autoprograms} the user's own Start menu. No PrivilegesRequiredOverridesAllowed: a machine-
; wide install would need the administrator we do not have.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
; The registry changes below touch file associations: tell Explorer to refresh its icons.
ChangesAssociations=yes
; PyInstaller built 64-bit binaries.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; An official updating while the program runs: close it (Restart Manager) and reopen it.
CloseApplications=yes
RestartApplications=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
SetupIconFile=..\build\icons\staan.ico
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
OutputDir=..\dist
OutputBaseFilename=STAAN-Setup-{#AppVersion}

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
dutch.RoomFirewall=Telefoons in de zaal toelaten (Windows Defender Firewall, poort 8765)
english.RoomFirewall=Let phones in the room connect (Windows Defender Firewall, port 8765)
dutch.RoomGroup=Zaal:
english.RoomGroup=Room:

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
; The room for participants' phones listens on port 8765 while it is open (docs/room-server.md);
; Windows' firewall blocks that silently. Adding a rule needs an administrator: offered only when
; the installer runs with administrator rights (the per-user install never asks for them).
Name: "roomfirewall"; Description: "{cm:RoomFirewall}"; GroupDescription: "{cm:RoomGroup}"; Check: IsAdmin

[Files]
; The whole one-folder bundle. ignoreversion: our files replace older ones on an update.
Source: "..\dist\STAAN\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update must not leave modules of the previous version beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .staan documents open in STAAN Desktop. HKCU\Software\Classes is the user's part of
; HKEY_CLASSES_ROOT, writable without administrator rights.
Root: HKCU; Subkey: "Software\Classes\.staan"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.staan"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-staan"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.staan\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "STAAN-traject"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".staan"; ValueData: ""; Flags: uninsdeletekey

[Run]
; Inbound TCP 8765 for this program only, on every network profile: a venue's Wi-Fi is often
; "public", and the room listens only while the facilitator has it open, behind its token.
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall delete rule name=""STAAN Desktop zaal"""; Flags: runhidden; Tasks: roomfirewall; Check: IsAdmin
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall add rule name=""STAAN Desktop zaal"" dir=in action=allow program=""{app}\{#AppExe}"" protocol=TCP localport=8765 profile=any enable=yes"; Flags: runhidden; Tasks: roomfirewall; Check: IsAdmin
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
; The rule goes with the program (an uninstaller without administrator rights cannot; then the
; rule stays, pointing at a program that no longer exists).
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall delete rule name=""STAAN Desktop zaal"""; Flags: runhidden; RunOnceId: "RoomFirewall"; Check: IsAdmin
