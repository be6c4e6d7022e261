// SPDX-License-Identifier: MIT
#include "ReliabilityVfs.h"

#include <sqlite3.h>

#include <csignal>
#include <cstring>
#include <stdexcept>

namespace clv::test {
namespace {

struct ShimFile {
    sqlite3_file base;
    sqlite3_file* real;  // lives right after this struct, in the memory SQLite allocated (szOsFile)
};

sqlite3_vfs* g_real = nullptr;
sqlite3_vfs g_shim{};
sqlite3_io_methods g_methods{};
FaultVfs::Mode g_mode = FaultVfs::Mode::Count;
long g_target = 0;
long g_operations = 0;
long g_failures = 0;

// Counts one file-changing operation; returns `ioerr` when it is to fail, SQLITE_OK otherwise.
int before(int ioerr)
{
    ++g_operations;
    const bool failing = (g_mode == FaultVfs::Mode::FailOnce && g_operations == g_target)
        || (g_mode == FaultVfs::Mode::FailFrom && g_operations >= g_target);
    if (failing) {
        ++g_failures;
        return ioerr;
    }
    return SQLITE_OK;
}

void after()
{
    if (g_mode == FaultVfs::Mode::KillAfter && g_operations == g_target)
        std::raise(SIGKILL);
}

sqlite3_file* real(sqlite3_file* f) { return reinterpret_cast<ShimFile*>(f)->real; }

int shimClose(sqlite3_file* f) { return real(f)->pMethods->xClose(real(f)); }
int shimRead(sqlite3_file* f, void* buf, int amount, sqlite3_int64 offset)
{
    return real(f)->pMethods->xRead(real(f), buf, amount, offset);
}
int shimWrite(sqlite3_file* f, const void* buf, int amount, sqlite3_int64 offset)
{
    if (int rc = before(SQLITE_IOERR_WRITE); rc != SQLITE_OK)
        return rc;
    const int rc = real(f)->pMethods->xWrite(real(f), buf, amount, offset);
    after();
    return rc;
}
int shimTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    if (int rc = before(SQLITE_IOERR_TRUNCATE); rc != SQLITE_OK)
        return rc;
    const int rc = real(f)->pMethods->xTruncate(real(f), size);
    after();
    return rc;
}
int shimSync(sqlite3_file* f, int flags)
{
    if (int rc = before(SQLITE_IOERR_FSYNC); rc != SQLITE_OK)
        return rc;
    const int rc = real(f)->pMethods->xSync(real(f), flags);
    after();
    return rc;
}
int shimFileSize(sqlite3_file* f, sqlite3_int64* size) { return real(f)->pMethods->xFileSize(real(f), size); }
int shimLock(sqlite3_file* f, int level) { return real(f)->pMethods->xLock(real(f), level); }
int shimUnlock(sqlite3_file* f, int level) { return real(f)->pMethods->xUnlock(real(f), level); }
int shimCheckReservedLock(sqlite3_file* f, int* out) { return real(f)->pMethods->xCheckReservedLock(real(f), out); }
int shimFileControl(sqlite3_file* f, int op, void* arg) { return real(f)->pMethods->xFileControl(real(f), op, arg); }
int shimSectorSize(sqlite3_file* f) { return real(f)->pMethods->xSectorSize(real(f)); }
int shimDeviceCharacteristics(sqlite3_file* f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); }

int shimOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* shim = reinterpret_cast<ShimFile*>(file);
    shim->real = reinterpret_cast<sqlite3_file*>(shim + 1);
    std::memset(shim->real, 0, static_cast<std::size_t>(g_real->szOsFile));
    const int rc = g_real->xOpen(g_real, name, shim->real, flags, outFlags);
    shim->base.pMethods = shim->real->pMethods ? &g_methods : nullptr;
    return rc;
}
int shimDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    if (int rc = before(SQLITE_IOERR_DELETE); rc != SQLITE_OK)
        return rc;
    const int rc = g_real->xDelete(g_real, name, syncDir);
    after();
    return rc;
}
int shimAccess(sqlite3_vfs*, const char* name, int flags, int* out) { return g_real->xAccess(g_real, name, flags, out); }
int shimFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return g_real->xFullPathname(g_real, name, size, out);
}
void* shimDlOpen(sqlite3_vfs*, const char* name) { return g_real->xDlOpen(g_real, name); }
void shimDlError(sqlite3_vfs*, int size, char* out) { g_real->xDlError(g_real, size, out); }
void (*shimDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void) { return g_real->xDlSym(g_real, handle, symbol); }
void shimDlClose(sqlite3_vfs*, void* handle) { g_real->xDlClose(g_real, handle); }
int shimRandomness(sqlite3_vfs*, int size, char* out) { return g_real->xRandomness(g_real, size, out); }
int shimSleep(sqlite3_vfs*, int micros) { return g_real->xSleep(g_real, micros); }
int shimCurrentTime(sqlite3_vfs*, double* out) { return g_real->xCurrentTime(g_real, out); }
int shimGetLastError(sqlite3_vfs*, int size, char* out) { return g_real->xGetLastError(g_real, size, out); }
int shimCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out) { return g_real->xCurrentTimeInt64(g_real, out); }

void registerShim()
{
    g_real = sqlite3_vfs_find(nullptr);
    if (!g_real || g_real->iVersion < 2)
        throw std::runtime_error("no default SQLite VFS of version 2 or later");
    g_methods.iVersion = 1;  // no WAL shared memory and no mmap: projects use a rollback journal
    g_methods.xClose = shimClose;
    g_methods.xRead = shimRead;
    g_methods.xWrite = shimWrite;
    g_methods.xTruncate = shimTruncate;
    g_methods.xSync = shimSync;
    g_methods.xFileSize = shimFileSize;
    g_methods.xLock = shimLock;
    g_methods.xUnlock = shimUnlock;
    g_methods.xCheckReservedLock = shimCheckReservedLock;
    g_methods.xFileControl = shimFileControl;
    g_methods.xSectorSize = shimSectorSize;
    g_methods.xDeviceCharacteristics = shimDeviceCharacteristics;

    g_shim.iVersion = 2;
    g_shim.szOsFile = static_cast<int>(sizeof(ShimFile)) + g_real->szOsFile;
    g_shim.mxPathname = g_real->mxPathname;
    g_shim.zName = "clv-fault";
    g_shim.xOpen = shimOpen;
    g_shim.xDelete = shimDelete;
    g_shim.xAccess = shimAccess;
    g_shim.xFullPathname = shimFullPathname;
    g_shim.xDlOpen = shimDlOpen;
    g_shim.xDlError = shimDlError;
    g_shim.xDlSym = shimDlSym;
    g_shim.xDlClose = shimDlClose;
    g_shim.xRandomness = shimRandomness;
    g_shim.xSleep = shimSleep;
    g_shim.xCurrentTime = shimCurrentTime;
    g_shim.xGetLastError = shimGetLastError;
    g_shim.xCurrentTimeInt64 = shimCurrentTimeInt64;
    if (sqlite3_vfs_register(&g_shim, 0) != SQLITE_OK)
        throw std::runtime_error("sqlite3_vfs_register failed");
}

}  // namespace

FaultVfs& FaultVfs::instance()
{
    static FaultVfs vfs = [] {
        registerShim();
        return FaultVfs();
    }();
    return vfs;
}

void FaultVfs::arm(Mode mode, long n)
{
    g_mode = mode;
    g_target = n;
    g_operations = 0;
    g_failures = 0;
}

void FaultVfs::disarm() { g_mode = Mode::Count; }
long FaultVfs::operations() const { return g_operations; }
long FaultVfs::failures() const { return g_failures; }

FaultVfs::AsDefault::AsDefault()
{
    instance();
    sqlite3_vfs_register(&g_shim, 1);
}

FaultVfs::AsDefault::~AsDefault() { sqlite3_vfs_register(g_real, 1); }

}  // namespace clv::test
