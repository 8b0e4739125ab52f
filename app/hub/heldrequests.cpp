#include "heldrequests.h"

namespace dh {

void HeldRequest::answer(QHttpServerResponse response)
{
    if (isConnected())
        response.write(std::move(responder));
}

} // namespace dh
