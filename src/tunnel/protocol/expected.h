// A minimal stand-in for C++23 std::expected: a value or the reason there is
// none. Used by the pure parsers of src/tunnel so callers get a why, not a bool.
#pragma once

#include <type_traits>
#include <utility>
#include <variant>

namespace warren::tunnel {

/// Marks an error explicitly; needed only when value and error share a type.
template <typename E>
struct Unexpected {
    E error;
};
template <typename E>
Unexpected<E> unexpected(E error)
{
    return {std::move(error)};
}

template <typename T, typename E>
class Expected {
public:
    Expected(T value)
        : m_v(std::in_place_index<0>, std::move(value))
    {
    }
    Expected(E error) requires(!std::is_same_v<T, E>)
        : m_v(std::in_place_index<1>, std::move(error))
    {
    }
    Expected(Unexpected<E> u)
        : m_v(std::in_place_index<1>, std::move(u.error))
    {
    }

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    /// The value; only valid when ok().
    const T& value() const& { return std::get<0>(m_v); }
    T value() && { return std::get<0>(std::move(m_v)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &std::get<0>(m_v); }

    /// The reason; only valid when !ok().
    const E& error() const { return std::get<1>(m_v); }

private:
    std::variant<T, E> m_v;
};

} // namespace warren::tunnel
