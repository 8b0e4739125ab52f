#include "fuzztargets.h"

#include <cstdlib>

// libFuzzer's entry point for the harness this executable was built for (DIEUHANH_FUZZ_TARGET).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const dh::fuzz::Target *const target = dh::fuzz::target(QStringLiteral(DIEUHANH_FUZZ_TARGET));
    if (!target)
        std::abort();
    target->run(data, size);
    return 0;
}
