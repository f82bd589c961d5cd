; Parcours -- Windows installer (NSIS 3, 64-bit application, per user, no administrator rights).
;
; Built by `python installer/build.py nsis`, which passes:
;   /DBUNDLE_DIR=<the PyInstaller one-folder bundle, build/dist/parcours>
;   /DOUTFILE=<the setup program to write>   /DVERSION=<x.y.z>
;
; Installs into %LOCALAPPDATA%\Programs\Parcours, adds a Start-menu shortcut and an
; entry in "Applications et fonctionnalités" (HKCU). The uninstaller removes the
; program and keeps the user's data (%LOCALAPPDATA%\Parcours: databases, settings --
; platformdirs' folder for Parcours) unless the box "Supprimer aussi mes données" is
; ticked, or /PURGE is given on a silent uninstall:
;   parcours-setup-x.y.z.exe /S                   silent install (/D=folder to choose it)
;   "%LOCALAPPDATA%\Programs\Parcours\uninstall.exe" /S           silent uninstall, data kept
;   "%LOCALAPPDATA%\Programs\Parcours\uninstall.exe" /S /PURGE    silent uninstall, data removed:
;        bases (parcours.sqlite, the demo base), settings, log, archived letters
;        (documents), backups (sauvegardes) -- all of %LOCALAPPDATA%\Parcours
;   ... /S /PURGE /KEEPDOCS   the same, but the archived letters and the backups are kept
; Files saved into Documents\Parcours (batches, exports) are never removed.
;
; /DALL_USERS builds the per-machine variant (IT departments): administrator rights,
; %ProgramFiles%\Parcours, shortcut and uninstall entry for all users (HKLM). User data
; stay per user; its uninstaller's /PURGE removes the data of the user who runs it.
;
; Neither the installer nor the uninstaller runs while Parcours is open in the session:
; the application holds the mutex Local\ParcoursInstance (desktop/single_instance.py).

!ifndef BUNDLE_DIR
  !error "BUNDLE_DIR is not defined (use installer/build.py nsis)"
!endif
!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef OUTFILE
  !define OUTFILE "parcours-setup-${VERSION}.exe"
!endif
; The setup program's own architecture. amd64-unicode where NSIS has those stubs
; (Debian's package); the official Windows build has only x86 stubs: /DTARGET=x86-unicode
; gives a 32-bit setup program that installs the same 64-bit application (.onInit
; refuses a 32-bit Windows, the registry view is the 64-bit one).
!ifndef TARGET
  !define TARGET "amd64-unicode"
!endif

!define PRODUCT "Parcours"
!define PUBLISHER "Parcours"
!define APP_EXE "parcours.exe"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${PRODUCT}"
!define DATA_DIR "$LOCALAPPDATA\Parcours"
; platformdirs' folder for Parcours (bases, settings, log, documents, backups)
!define APP_DATA "$LOCALAPPDATA\Parcours\Parcours"
!define SETTINGS_KEY "Software\Parcours"
!define INSTANCE_MUTEX "Local\ParcoursInstance"
!ifdef ALL_USERS
  !define REG_ROOT HKLM
  !define SHELL_CONTEXT all
!else
  !define REG_ROOT HKCU
  !define SHELL_CONTEXT current
!endif

Unicode true
Target ${TARGET}
ManifestDPIAware true
SetCompressor /SOLID lzma
!ifdef ALL_USERS
RequestExecutionLevel admin
InstallDir "$PROGRAMFILES64\${PRODUCT}"
!else
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${PRODUCT}"
!endif

Name "${PRODUCT} ${VERSION}"
OutFile "${OUTFILE}"
InstallDirRegKey ${REG_ROOT} "${UNINST_KEY}" "InstallLocation"
BrandingText "${PRODUCT} ${VERSION}"
ShowInstDetails nevershow
ShowUninstDetails nevershow

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1036 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=1036 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1036 "FileDescription" "Installation de ${PRODUCT}"
VIAddVersionKey /LANG=1036 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1036 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1036 "LegalCopyright" "${PUBLISHER}"

!include "MUI2.nsh"
!include "nsDialogs.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "x64.nsh"

!define MUI_ABORTWARNING
; The application's icon (resources/icons/make_icon.py) for the setup program too.
!define MUI_ICON "${__FILEDIR__}\..\resources\icons\parcours.ico"
!define MUI_UNICON "${__FILEDIR__}\..\resources\icons\parcours.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Démarrer Parcours"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
UninstPage custom un.DataPage un.DataPageLeave
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "French"

Var PurgeData
Var KeepDocs
Var PurgeCheckbox
Var KeepCheckbox

; Parcours open in this session (its mutex exists): ask to close it, or give up.
!macro CHECK_NOT_RUNNING
  retry_running:
  System::Call 'kernel32::OpenMutexW(i 0x00100000, i 0, w "${INSTANCE_MUTEX}") p .r0'
  IntCmp $0 0 not_running
    System::Call 'kernel32::CloseHandle(p r0)'
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "Parcours est ouvert. Fermez Parcours (menu Fichier > Quitter), puis cliquez sur Réessayer." /SD IDCANCEL IDRETRY retry_running
    SetErrorLevel 3
    Abort
  not_running:
!macroend

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP|MB_OK "Parcours nécessite une version 64 bits de Windows." /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  SetShellVarContext ${SHELL_CONTEXT}
  !insertmacro CHECK_NOT_RUNNING
FunctionEnd

Section "Parcours" SecMain
  SectionIn RO
  SetShellVarContext ${SHELL_CONTEXT}
  ; An upgrade replaces the previous program files entirely (no stale modules).
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE_DIR}\*.*"
  ; Created even when the bundle has no template yet (File /r skips empty folders).
  CreateDirectory "$INSTDIR\_internal\templates"

  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\${PRODUCT}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0 \
    SW_SHOWNORMAL "" "Parcours : dossiers locataires"

  WriteRegStr ${REG_ROOT} "${UNINST_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr ${REG_ROOT} "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr ${REG_ROOT} "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr ${REG_ROOT} "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr ${REG_ROOT} "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr ${REG_ROOT} "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr ${REG_ROOT} "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD ${REG_ROOT} "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD ${REG_ROOT} "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD ${REG_ROOT} "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

; ---------------------------------------------------------------------------
; Uninstaller
; ---------------------------------------------------------------------------
Function un.onInit
  SetRegView 64
  SetShellVarContext ${SHELL_CONTEXT}
  !insertmacro CHECK_NOT_RUNNING
  StrCpy $PurgeData "0"
  StrCpy $KeepDocs "0"
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/PURGE" $R1
  ${IfNot} ${Errors}
    StrCpy $PurgeData "1"
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/KEEPDOCS" $R1
  ${IfNot} ${Errors}
    StrCpy $KeepDocs "1"
  ${EndIf}
FunctionEnd

Function un.DataPage
  !insertmacro MUI_HEADER_TEXT "Données de Parcours" "Vos bases, réglages, courriers et sauvegardes sont conservés par défaut."
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateLabel} 0 0 100% 40u "Vos données se trouvent dans ${DATA_DIR} : bases de données (dont la base de démonstration), réglages, journal des erreurs, courriers archivés (dossier documents) et sauvegardes. Elles sont conservées, sauf si vous cochez la case ci-dessous. Les lots et exports enregistrés dans Documents\Parcours ne sont jamais supprimés."
  Pop $0
  ${NSD_CreateCheckbox} 0 46u 100% 12u "Supprimer mes bases, réglages et journal"
  Pop $PurgeCheckbox
  ${NSD_CreateCheckbox} 12u 62u 95% 12u "et aussi les courriers archivés et les sauvegardes"
  Pop $KeepCheckbox
  ${If} $PurgeData == "1"
    ${NSD_Check} $PurgeCheckbox
    ${If} $KeepDocs == "0"
      ${NSD_Check} $KeepCheckbox
    ${EndIf}
  ${Else}
    EnableWindow $KeepCheckbox 0
  ${EndIf}
  ${NSD_OnClick} $PurgeCheckbox un.PurgeClicked
  nsDialogs::Show
FunctionEnd

Function un.PurgeClicked
  ${NSD_GetState} $PurgeCheckbox $0
  ${If} $0 == ${BST_CHECKED}
    EnableWindow $KeepCheckbox 1
  ${Else}
    ${NSD_Uncheck} $KeepCheckbox
    EnableWindow $KeepCheckbox 0
  ${EndIf}
FunctionEnd

Function un.DataPageLeave
  ${NSD_GetState} $PurgeCheckbox $0
  ${NSD_GetState} $KeepCheckbox $1
  ${If} $0 == ${BST_CHECKED}
    StrCpy $PurgeData "1"
    ${If} $1 == ${BST_CHECKED}
      StrCpy $KeepDocs "0"
    ${Else}
      StrCpy $KeepDocs "1"
    ${EndIf}
  ${Else}
    StrCpy $PurgeData "0"
  ${EndIf}
FunctionEnd

Section "Uninstall"
  SetShellVarContext ${SHELL_CONTEXT}
  Delete "$SMPROGRAMS\${PRODUCT}.lnk"
  ; Only what the installer put there: a folder chosen by the user may hold other files.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\parcours*"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey ${REG_ROOT} "${UNINST_KEY}"
  ${If} $PurgeData == "1"
    ; The data of the user running the uninstaller (also in the per-machine variant).
    SetShellVarContext current
    ${If} $KeepDocs == "1"
      ; Bases, settings, log, LibreOffice profiles; documents\ and sauvegardes\ stay.
      Delete "${APP_DATA}\*.*"
      RMDir /r "${APP_DATA}\Logs"
      RMDir /r "${APP_DATA}\libreoffice"
    ${Else}
      RMDir /r "${DATA_DIR}"
    ${EndIf}
    DeleteRegKey HKCU "${SETTINGS_KEY}"
    SetShellVarContext ${SHELL_CONTEXT}
  ${EndIf}
SectionEnd
