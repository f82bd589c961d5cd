/* A stand-in bcryptprimitives.dll for the Windows-ABI test bed (tests/windows/abi_stage.py),
 * installed into its wine prefix only when that wine lacks ProcessPrng.
 *
 * Why: Rust's standard library (1.78 and later) draws its randomness from
 * bcryptprimitives.dll!ProcessPrng, present on every Windows 10 and 11. The Rust core of
 * the cryptography wheel (cryptography/hazmat/bindings/_rust.pyd) imports it, so that
 * module does not load under wine 8.0 (Debian 12's wine64), which has no
 * bcryptprimitives.dll at all (wine 9.0 added it). This is a gap of wine 8, not of
 * Windows: the product is unchanged, only the test bed gets this DLL.
 *
 * What: the one export Rust uses, ProcessPrng, filled from RtlGenRandom
 * (advapi32!SystemFunction036), which is how wine 9 implements it. No C runtime.
 *
 *     x86_64-w64-mingw32-gcc -O2 -shared -s -nostdlib -Wl,--entry,DllMain \
 *         -o bcryptprimitives.dll bcryptprimitives.c -lkernel32 -ladvapi32
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length); /* RtlGenRandom */

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
    while (size > 0) {
        ULONG chunk = size > 0x10000000 ? 0x10000000 : (ULONG)size;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}

BOOL WINAPI DllMain(HINSTANCE instance, DWORD reason, LPVOID reserved)
{
    (void)instance;
    (void)reason;
    (void)reserved;
    return TRUE;
}
