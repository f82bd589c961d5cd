"""Who acts, and the clock the services read."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from desktop.domain.roles import Permission, Role, agency_scoped, has_permission


@dataclass(frozen=True)
class Actor:
    """The signed-in user the services act for.

    The application builds actors from an account only (``accounts.actor_for``). The
    role is always given (keyword ``role=``): no actor gets rights by default.
    """

    username: str
    full_name: str = ""
    role: Role = field(kw_only=True)
    agency_id: int | None = None
    user_id: int | None = None

    @property
    def label(self) -> str:
        return self.full_name or self.username

    def can(self, permission: Permission) -> bool:
        return has_permission(self.role, permission)

    @property
    def agency_scoped(self) -> bool:
        """True when the actor's tenant-file rights cover their own agency only."""
        return agency_scoped(self.role)

    def covers_agency(self, agency_id: int | None) -> bool:
        return not self.agency_scoped or (
            self.agency_id is not None and agency_id == self.agency_id)


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

    advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.GetCurrentProcess.restype = wintypes.HANDLE
    kernel32.CloseHandle.argtypes = [wintypes.HANDLE]
    advapi32.OpenProcessToken.argtypes = [
        wintypes.HANDLE, wintypes.DWORD, ctypes.POINTER(wintypes.HANDLE)]
    advapi32.GetTokenInformation.argtypes = [
        wintypes.HANDLE, ctypes.c_int, ctypes.c_void_p, wintypes.DWORD,
        ctypes.POINTER(wintypes.DWORD)]
    advapi32.LookupAccountSidW.argtypes = [
        wintypes.LPCWSTR, ctypes.c_void_p, wintypes.LPWSTR, ctypes.POINTER(wintypes.DWORD),
        wintypes.LPWSTR, ctypes.POINTER(wintypes.DWORD), ctypes.POINTER(ctypes.c_int)]
    advapi32.ConvertSidToStringSidW.argtypes = [
        ctypes.c_void_p, ctypes.POINTER(wintypes.LPWSTR)]
    kernel32.LocalFree.argtypes = [ctypes.c_void_p]

    token_query, token_user = 0x0008, 1
    token = wintypes.HANDLE()
    if not advapi32.OpenProcessToken(kernel32.GetCurrentProcess(), token_query,
                                     ctypes.byref(token)):
        return None
    try:
        size = wintypes.DWORD(0)
        advapi32.GetTokenInformation(token, token_user, None, 0, ctypes.byref(size))
        buffer = ctypes.create_string_buffer(size.value)
        if not advapi32.GetTokenInformation(token, token_user, buffer, size,
                                            ctypes.byref(size)):
            return None
        sid = ctypes.cast(buffer, ctypes.POINTER(ctypes.c_void_p))[0]  # TOKEN_USER.User.Sid
        name_len, domain_len, use = wintypes.DWORD(256), wintypes.DWORD(256), ctypes.c_int()
        name = ctypes.create_unicode_buffer(256)
        domain = ctypes.create_unicode_buffer(256)
        if not advapi32.LookupAccountSidW(None, sid, name, ctypes.byref(name_len), domain,
                                          ctypes.byref(domain_len), ctypes.byref(use)):
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
    except Exception:  # noqa: BLE001 # pragma: no cover - a broken API is no identity
        return None
    return None


def os_username() -> str:
    """The OS account's name (for display and as a suggestion): never the environment."""
    identity = os_identity()
    return identity.name if identity is not None else "utilisateur"


def system_actor() -> Actor:
    """The workstation's own user, acting as administrator: for automatic tasks (demo
    base generation) and for a base that has no account yet."""
    return Actor(username=os_username(), role=Role.ADMIN)


class Clock:
    """Where the services read the time: the system clock, or a fixed instant in tests.

    Every service reads the time through ``now()`` and ``today()`` below, never through
    ``datetime.now()`` or ``date.today()``, so that a test (or a demo) can run the
    application at any instant with ``use_clock``. ``moment()`` returns an aware datetime.
    """

    def moment(self) -> dt.datetime:
        return dt.datetime.now(dt.timezone.utc)


class FixedClock(Clock):
    """A clock standing at one instant (an aware datetime, or a naive one read as local
    time), moving on only when told (``advance``)."""

    def __init__(self, instant: dt.datetime) -> None:
        self.instant = instant if instant.tzinfo else instant.astimezone()

    def moment(self) -> dt.datetime:
        return self.instant

    def advance(self, **delta: float) -> None:
        self.instant += dt.timedelta(**delta)


_clock: Clock = Clock()


def set_clock(clock: Clock) -> Clock:
    """Installs ``clock`` for every service; returns the previous one (to restore it)."""
    global _clock
    previous, _clock = _clock, clock
    return previous


@contextmanager
def use_clock(clock: Clock) -> Iterator[Clock]:
    previous = set_clock(clock)
    try:
        yield clock
    finally:
        set_clock(previous)


def now() -> dt.datetime:
    """Current time, naive UTC (stored as such on every database)."""
    return _clock.moment().astimezone(dt.timezone.utc).replace(tzinfo=None)


def today() -> dt.date:
    """The current date where the workstation is (its local time zone)."""
    return _clock.moment().astimezone().date()
