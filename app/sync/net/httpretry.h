#pragma once

#include "sync/net/httptypes.h"

#include <QByteArrayView>
#include <QDateTime>

#include <chrono>
#include <optional>

// When to try a request again: which answers deserve another attempt, how long to back off, and
// what a server's Retry-After asks for.
namespace dh::HttpRetry {

// 5xx and 429: the server may answer otherwise later. Other 4xx never change by asking again.
bool isRetryableStatus(int status);

// Full jitter: min(cap, base·2^failures)·uniform01, where failures counts the attempts that
// failed before this wait (1 after the first).
std::chrono::milliseconds backoff(const RequestPolicy &policy, int failures, double uniform01);

// A Retry-After value (delta-seconds or an HTTP-date) as a wait from now; nothing when it is
// neither. A date in the past is no wait.
std::optional<std::chrono::milliseconds> parseRetryAfter(QByteArrayView value, const QDateTime &now);

} // namespace dh::HttpRetry
