#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace dh {

// An error as a value: a stable code for tests and logic, and a message already translated for the
// user. Errors never travel as exceptions; they are returned, shown non-modally, or quarantined.
struct Error
{
    enum class Code {
        Invalid,       // malformed input (number, period, file)
        NotFound,      // unknown indicator, unit, file
        Conflict,      // duplicate key or conflicting revision
        Unsupported,   // the rule forbids it (e.g. re-aggregating a non-additive indicator)
        Incomplete,    // a derived value needs data that is missing
        Storage,       // the cache refused (I/O, SQL, corrupt file)
        TooNew,        // a cache written by a newer version
        TooOld,        // a cache that needs a schema upgrade, opened read-only
        ReadOnly,      // the cache cannot be written where it is (a read-only file or folder)
        Network,
        Cancelled,     // superseded by a newer request before it was done; never shown
    };

    Code code = Code::Invalid;
    QString message;
    // The rule that was broken, as a stable name a test or a log can match (e.g. a JSON-stat
    // validator's VALUE_LEN_MISMATCH); empty when the code says enough.
    QString rule = {};
    // The status of an HTTP answer that was an error (rule HTTP_STATUS), so a caller can tell
    // 404 from 401 or 410 without reading a translated message; 0 for every other error.
    int httpStatus = 0;

    static Error invalid(QString message) { return {Code::Invalid, std::move(message)}; }
    static Error notFound(QString message) { return {Code::NotFound, std::move(message)}; }
    static Error conflict(QString message) { return {Code::Conflict, std::move(message)}; }
    static Error unsupported(QString message) { return {Code::Unsupported, std::move(message)}; }
    static Error incomplete(QString message) { return {Code::Incomplete, std::move(message)}; }
    static Error storage(QString message) { return {Code::Storage, std::move(message)}; }
    static Error cancelled(QString message) { return {Code::Cancelled, std::move(message)}; }
};

// The value of an operation that can fail: either a T or an Error (an `expected` for C++20).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_data;
};

// Result of an operation with no value.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace dh
