; Inno Setup 6 script: the Windows installer of TERRIT Desktop, in French and English.
;
; Build the folder first (on Windows): .venv\Scripts\python packaging\build.py
; which runs this script too when ISCC.exe is installed. By hand:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\territ-desktop.iss
; Output: dist\territ-desktop-VERSION-setup.exe
;
; The installer needs no administrator rights (it installs for the current user; an
; administrator may choose "for all users"). The uninstaller removes the program folder and the
; Start-menu entries only: it never touches the user's data folder
; (%LOCALAPPDATA%\TERRIT\TERRIT Desktop: database, backups, settings, log), which is why there is
; no [UninstallDelete] section. Keep it that way.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "TERRIT Desktop"
#define Root "..\.."

[Setup]
; Never change AppId: Windows recognises upgrades of the same application by it.
AppId={{6F1B8F0E-5D1C-4A53-9A55-7F1F3F0E2D10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=TERRIT
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\dist
OutputBaseFilename=territ-desktop-{#AppVersion}-setup
SetupIconFile={#Root}\build\icons\territ.ico
UninstallDisplayIcon={app}\territ-desktop.exe
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
fr.DemoShortcut=TERRIT Desktop (démonstration)
en.DemoShortcut=TERRIT Desktop (demo)

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: territ-desktop.exe (window), territ.exe (command line), _internal\.
Source: "{#Root}\dist\territ-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundled libraries; files of an older version must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\territ-desktop.exe"; WorkingDir: "{app}"
Name: "{group}\{cm:DemoShortcut}"; Filename: "{app}\territ-desktop.exe"; Parameters: "--demo"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\territ-desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\territ-desktop.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Messages]
fr.FinishedLabel=L'installation de [name] est terminée. %n%nVos données restent dans votre dossier personnel ; une désinstallation ne les efface pas.
en.FinishedLabel=Setup has finished installing [name]. %n%nYour data stays in your own folder; uninstalling never deletes it.
