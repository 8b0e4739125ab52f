#pragma once

#include "sync/net/httpclient.h"

#include <QEventLoop>
#include <QTimer>

#include <optional>

// What the HTTP client's tests share: short waits, and a fetch that runs the event loop until done.
namespace dh::test {

using namespace std::chrono_literals;

// Short waits, so faults show within the test's time.
inline RequestPolicy fastPolicy()
{
    RequestPolicy p;
    p.connectTimeout = 1500ms;
    p.readTimeout = 300ms;
    p.maxAttempts = 3;
    p.backoffBase = 10ms;
    p.backoffCap = 40ms;
    p.maxRetryAfter = 5000ms;
    return p;
}

inline HttpRequest get(const QUrl &url)
{
    HttpRequest r;
    r.url = url;
    r.policy = fastPolicy();
    return r;
}

// Runs the event loop until done is called, or for at most ms.
inline std::optional<Result<HttpResponse>> fetchAndWait(HttpClient &client, HttpRequest request, int ms = 10000)
{
    std::optional<Result<HttpResponse>> out;
    QEventLoop loop;
    client.fetch(std::move(request), [&](Result<HttpResponse> r) {
        out = std::move(r);
        loop.quit();
    });
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    if (!out)
        loop.exec();
    return out;
}

// The error's message, for QVERIFY2, which in Qt 6.4 evaluates its message even when it passes.
inline QString why(const Result<HttpResponse> &result)
{
    return result.ok() ? QString() : result.error().message;
}

} // namespace dh::test
