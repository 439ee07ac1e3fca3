#pragma once

#include <optional>
#include <string_view>

namespace ronde {

// Each domain enum specialises EnumNames with a table of {value, name}. The names are the
// stable spelling used in the database, the wire format, JSON and the command line.
template <typename E> struct EnumNames;

template <typename E> constexpr std::string_view nameOf(E value)
{
    for (const auto &[candidate, name] : EnumNames<E>::table) {
        if (candidate == value) {
            return name;
        }
    }
    return {};
}

template <typename E> constexpr std::optional<E> parseEnum(std::string_view name)
{
    for (const auto &[candidate, candidateName] : EnumNames<E>::table) {
        if (candidateName == name) {
            return candidate;
        }
    }
    return std::nullopt;
}

} // namespace ronde
