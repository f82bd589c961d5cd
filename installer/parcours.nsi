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
;   parcours-setup-x.y.z.exe /S                   silent install
;   "%LOCALAPPDATA%\Programs\Parcours\uninstall.exe" /S           silent uninstall, data kept
;   "%LOCALAPPDATA%\Programs\Parcours\uninstall.exe" /S /PURGE    silent uninstall, data removed

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
!define SETTINGS_KEY "Software\Parcours"

Unicode true
Target ${TARGET}
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel user

Name "${PRODUCT} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${PRODUCT}"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
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
Var PurgeCheckbox

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP|MB_OK "Parcours nécessite une version 64 bits de Windows." /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
FunctionEnd

Section "Parcours" SecMain
  SectionIn RO
  SetShellVarContext current
  ; An upgrade replaces the previous program files entirely (no stale modules).
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE_DIR}\*.*"
  ; Created even when the bundle has no template yet (File /r skips empty folders).
  CreateDirectory "$INSTDIR\_internal\templates"

  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\${PRODUCT}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0 \
    SW_SHOWNORMAL "" "Parcours : dossiers locataires"

  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

; ---------------------------------------------------------------------------
; Uninstaller
; ---------------------------------------------------------------------------
Function un.onInit
  SetRegView 64
  StrCpy $PurgeData "0"
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/PURGE" $R1
  ${IfNot} ${Errors}
    StrCpy $PurgeData "1"
  ${EndIf}
FunctionEnd

Function un.DataPage
  !insertmacro MUI_HEADER_TEXT "Données de Parcours" "Vos bases et réglages sont conservés par défaut."
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateLabel} 0 0 100% 36u "Les bases de données, la base de démonstration et les réglages de Parcours se trouvent dans ${DATA_DIR}. Ils sont conservés, sauf si vous cochez la case ci-dessous."
  Pop $0
  ${NSD_CreateCheckbox} 0 44u 100% 12u "Supprimer aussi mes données (bases et réglages)"
  Pop $PurgeCheckbox
  ${If} $PurgeData == "1"
    ${NSD_Check} $PurgeCheckbox
  ${EndIf}
  nsDialogs::Show
FunctionEnd

Function un.DataPageLeave
  ${NSD_GetState} $PurgeCheckbox $0
  ${If} $0 == ${BST_CHECKED}
    StrCpy $PurgeData "1"
  ${Else}
    StrCpy $PurgeData "0"
  ${EndIf}
FunctionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${PRODUCT}.lnk"
  ; Only what the installer put there: a folder chosen by the user may hold other files.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\parcours*"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
  ${If} $PurgeData == "1"
    RMDir /r "${DATA_DIR}"
    DeleteRegKey HKCU "${SETTINGS_KEY}"
  ${EndIf}
SectionEnd
