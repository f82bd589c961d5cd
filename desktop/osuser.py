"""Who runs this process, according to the operating system itself.

Never from LOGNAME/USER/USERNAME, which anyone can set: on Windows the process token's
user (SID and name through advapi32), elsewhere the real uid. Used by the services
(``desktop.services.context`` re-exports these names) and by storage (the PostgreSQL
``application_name``), so it sits below both.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class OsIdentity:
    """The operating-system account running this process, as the OS itself reports it
    (never from LOGNAME/USER/USERNAME, which anyone can set)."""

    name: str  # "claire" (Linux), "claire" (Windows; ``domain`` apart)
    ident: str  # the Windows SID, or the Unix uid as text
    domain: str = ""

    def logins(self) -> tuple[str, ...]:
        """The spellings an administrator may have entered as the account's session."""
        names = [self.name]
        if self.domain:
            names.append(f"{self.domain}\\{self.name}")
        names.append(self.ident)
        return tuple(dict.fromkeys(names))


def _windows_identity() -> OsIdentity | None:  # pragma: no cover - Windows only
    """The user of the process token: SID and account name through advapi32."""
    import ctypes
    from ctypes import wintypes

    if sys.platform != "win32":  # also narrows ctypes' Windows-only names for the type checker
        return None
    advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.GetCurrentProcess.restype = wintypes.HANDLE
    kernel32.CloseHandle.argtypes = [wintypes.HANDLE]
    advapi32.OpenProcessToken.argtypes = [
        wintypes.HANDLE,
        wintypes.DWORD,
        ctypes.POINTER(wintypes.HANDLE),
    ]
    advapi32.GetTokenInformation.argtypes = [
        wintypes.HANDLE,
        ctypes.c_int,
        ctypes.c_void_p,
        wintypes.DWORD,
        ctypes.POINTER(wintypes.DWORD),
    ]
    advapi32.LookupAccountSidW.argtypes = [
        wintypes.LPCWSTR,
        ctypes.c_void_p,
        wintypes.LPWSTR,
        ctypes.POINTER(wintypes.DWORD),
        wintypes.LPWSTR,
        ctypes.POINTER(wintypes.DWORD),
        ctypes.POINTER(ctypes.c_int),
    ]
    advapi32.ConvertSidToStringSidW.argtypes = [ctypes.c_void_p, ctypes.POINTER(wintypes.LPWSTR)]
    kernel32.LocalFree.argtypes = [ctypes.c_void_p]

    token_query, token_user = 0x0008, 1
    token = wintypes.HANDLE()
    if not advapi32.OpenProcessToken(
        kernel32.GetCurrentProcess(), token_query, ctypes.byref(token)
    ):
        return None
    try:
        size = wintypes.DWORD(0)
        advapi32.GetTokenInformation(token, token_user, None, 0, ctypes.byref(size))
        buffer = ctypes.create_string_buffer(size.value)
        if not advapi32.GetTokenInformation(token, token_user, buffer, size, ctypes.byref(size)):
            return None
        sid = ctypes.cast(buffer, ctypes.POINTER(ctypes.c_void_p))[0]  # TOKEN_USER.User.Sid
        name_len, domain_len, use = wintypes.DWORD(256), wintypes.DWORD(256), ctypes.c_int()
        name = ctypes.create_unicode_buffer(256)
        domain = ctypes.create_unicode_buffer(256)
        if not advapi32.LookupAccountSidW(
            None,
            sid,
            name,
            ctypes.byref(name_len),
            domain,
            ctypes.byref(domain_len),
            ctypes.byref(use),
        ):
            return None
        text = wintypes.LPWSTR()
        if not advapi32.ConvertSidToStringSidW(sid, ctypes.byref(text)):
            return None
        try:
            sid_text = text.value or ""
        finally:
            kernel32.LocalFree(text)
        return OsIdentity(name=name.value, ident=sid_text, domain=domain.value)
    finally:
        kernel32.CloseHandle(token)


def _posix_identity() -> OsIdentity | None:
    import pwd

    uid = os.getuid()  # the real uid: not changed by environment variables
    try:
        return OsIdentity(name=pwd.getpwuid(uid).pw_name, ident=str(uid))
    except KeyError:  # a uid without passwd entry (container)
        return None


def os_identity() -> OsIdentity | None:
    """Who runs this process according to the OS, or ``None`` when it cannot say (the
    password is then asked)."""
    try:
        if sys.platform == "win32":  # pragma: no cover - Windows only
            return _windows_identity()
        if hasattr(os, "getuid"):
            return _posix_identity()
    except Exception:  # pragma: no cover - a broken API is no identity
        return None
    return None


def os_username() -> str:
    """The OS account's name (for display and as a suggestion): never the environment."""
    identity = os_identity()
    return identity.name if identity is not None else "utilisateur"
