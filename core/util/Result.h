// SPDX-License-Identifier: MIT
#pragma once

#include "core/util/Error.h"

#include <cassert>
#include <utility>
#include <variant>

namespace clv {

/// Wraps an Error so that `return fail(...)` converts into any Result<T>.
struct Unexpected {
    Error error;
};

inline Unexpected fail(ErrorCode code, std::string detail = {}, std::string file = {}, long line = 0, int column = 0)
{
    return Unexpected{Error{code, std::move(detail), std::move(file), line, column}};
}
inline Unexpected fail(Error error) { return Unexpected{std::move(error)}; }

/// A value or an Error, shaped like std::expected (C++23) so the later switch is mechanical.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Unexpected u) : m_data(std::in_place_index<1>, std::move(u.error)) {}

    bool has_value() const noexcept { return m_data.index() == 0; }
    explicit operator bool() const noexcept { return has_value(); }

    T& value() & { assert(has_value()); return std::get<0>(m_data); }
    const T& value() const& { assert(has_value()); return std::get<0>(m_data); }
    T&& value() && { assert(has_value()); return std::get<0>(std::move(m_data)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T&& operator*() && { return std::move(*this).value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { assert(!has_value()); return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Unexpected u) : m_error(std::move(u.error)), m_ok(false) {}

    bool has_value() const noexcept { return m_ok; }
    explicit operator bool() const noexcept { return m_ok; }
    const Error& error() const { assert(!m_ok); return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

}  // namespace clv
