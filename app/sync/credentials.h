#pragma once

#include "core/result.h"
#include "sync/endpointfile.h"

#include <QByteArray>

#include <chrono>

namespace dh {

// Reads an endpoint's secrets where its file says they are kept, at sync time only: the
// environment variable first (an empty one counts as not set), then the OS keychain (service
// "dieuhanh"). A secret is returned to be used at once; it is never stored, logged or put in an
// error message, which name the variable or key instead.
class Credentials
{
public:
    static Result<QByteArray> bearerToken(const EndpointAuth &auth);
    // Empty for a certificate the file gives no passphrase for.
    static Result<QByteArray> certificatePassphrase(const EndpointAuth &auth);

    // How long a keychain read may take before it is given up (a locked keychain waiting for a
    // password nobody at a wall will type).
    static constexpr std::chrono::milliseconds keychainTimeout{10000};
};

} // namespace dh
