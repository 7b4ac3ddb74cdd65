// Result<T>: the error-as-value type used at every module boundary of Stockshift.
//
// Contract: a Result holds either a value of T or an Error (a translated, user-readable message
// plus an optional machine code). No exceptions cross module, thread or signal boundaries; code
// that calls throwing libraries catches at the boundary and returns an Error instead.
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Stockshift {

struct Error
{
    QString message; ///< Human-readable, already translated, one sentence or more.
    QString code;    ///< Short stable identifier for tests and JSON output, e.g. "schema-too-new".

    Error() = default;
    explicit Error(QString msg, QString c = {})
        : message(std::move(msg))
        , code(std::move(c))
    {}
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_data); }
    const T &value() const & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_data); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that returns nothing but may fail.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    QString errorMessage() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace Stockshift
