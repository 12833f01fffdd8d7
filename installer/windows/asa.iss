; Inno Setup script of the ASA desktop app for Windows (per-machine, silent-capable).
;
; Cannot be built or tested on the Linux build machine: it needs Windows, Inno Setup 6 and
; the bundle built there by `python installer\build.py` (dist\asa). See docs/deployment.md.
;
; Build (on the Windows build machine, with the code-signing certificate in its store):
;   iscc /DAppVersion=0.1.0 /DDeploymentFile=C:\it\deployment.yaml ^
;        "/Ssigntool=signtool.exe sign /sha1 <THUMBPRINT> /fd SHA256 /tr http://timestamp.example/rfc3161 /td SHA256 /d $qASA$q $f" ^
;        installer\windows\asa.iss
; Silent install on a laptop (software distribution, as SYSTEM):
;   asa-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG=C:\Windows\Temp\asa-setup.log

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef DeploymentFile
  #define DeploymentFile "..\deployment.example.yaml"
#endif
#define BundleDir "..\..\dist\asa"

[Setup]
AppId={{6E2B8F0C-7A51-4C5E-9C1B-3F2A5D8E0A13}
AppName=ASA
AppVersion={#AppVersion}
AppPublisher=ASA
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\ASA
DefaultGroupName=ASA
DisableProgramGroupPage=yes
; Per machine: installed once for every user, by an administrator or SYSTEM.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist\release
OutputBaseFilename=asa-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\asa.exe
; Authenticode: the installer and the uninstaller are signed with the "signtool" tool defined
; on the iscc command line (/S), with an RFC 3161 timestamp so the signature outlives the
; certificate. The bundle's own asa.exe / asa-cli.exe are signed before this script runs.
SignTool=signtool
SignedUninstaller=yes

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; IT's deployment settings: read-only for users (the app only reads it; only administrators
; may change it). The app looks for it in C:\ProgramData\ASA\deployment.yaml.
Source: "{#DeploymentFile}"; DestDir: "{commonappdata}\ASA"; DestName: "deployment.yaml"; \
  Flags: ignoreversion uninsneveruninstall; Attribs: readonly; Permissions: users-readexec

[Dirs]
Name: "{commonappdata}\ASA"; Permissions: users-readexec

[Icons]
Name: "{autoprograms}\ASA"; Filename: "{app}\asa.exe"

[Run]
; A check that the installed bundle works (profile, encrypted store, DOCX) in a temporary folder.
Filename: "{app}\asa-cli.exe"; Parameters: "admin self-test"; Flags: runhidden waituntilterminated; \
  StatusMsg: "Checking the installation..."
