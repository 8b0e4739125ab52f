#pragma once

#include "core/result.h"
#include "sync/net/httptypes.h"

#include <QSslConfiguration>

namespace dh {

// The TLS configuration of a request: the system's trusted CAs plus those of the CA file, and the
// client certificate of a PKCS#12 file. Verification stays on; a file that cannot be used is an
// error naming it, never a quiet fallback.
Result<QSslConfiguration> tlsConfigurationFor(const TlsOptions &options);

} // namespace dh
