#pragma once

#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace dh::fuzz {

// One reader as a fuzzer drives it: bytes in, and every value it read touched, so that a
// sanitizer sees any bad read of what the reader built. The same functions run the libFuzzer
// harnesses (-DDIEUHANH_FUZZ=ON) and, in the normal suite, the inputs that once crashed them.
struct Target
{
    const char *name;       // the harness is fuzz_<name>; its inputs live in tests/fuzz/<folder>/<name>/
    void (*run)(const std::uint8_t *data, std::size_t size);
};

const QList<Target> &targets();
const Target *target(const QString &name);

} // namespace dh::fuzz
