#pragma once

#include <QString>

namespace dh::test {

// ../shared/data beside the checkout (CTest passes its path in DIEUHANH_SHARED_DATA).
QString sharedDataPath(const QString &relative = QString());
// Reads a whole text file; fails the current test (QFAIL semantics are the caller's) when missing.
QString readText(const QString &path);

} // namespace dh::test
