#pragma once

#include <QString>

namespace dh::test {

// ../shared/data beside the checkout (CTest passes its path in DIEUHANH_SHARED_DATA). A clean
// clone of the repository alone has no such folder: tests that compare with it skip then, and
// everything else reads the copies under resources/.
QString sharedDataPath(const QString &relative = QString());
bool hasSharedData();
// A file of the project's resources/ folder.
QString resourcePath(const QString &relative);
// Reads a whole text file; fails the current test (QFAIL semantics are the caller's) when missing.
QString readText(const QString &path);

// The bundled synthetic sample cache the build makes ($DIEUHANH_BINARY_DIR/share/dieuhanh).
QString sampleCachePath();
// A writable copy of the sample in dir, under a new name at every call; empty if it failed.
QString copyOfSample(const QString &dir);
// Where render tests leave their PNGs for people to look at ($DIEUHANH_BINARY_DIR/screenshots).
QString screenshotDir();

} // namespace dh::test
