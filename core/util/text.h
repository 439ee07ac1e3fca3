#pragma once

#include <string_view>

namespace ronde {

// Whether `text` is well-formed UTF-8: no stray continuation bytes, no overlong forms, no
// surrogates, nothing above U+10FFFF.
bool isValidUtf8(std::string_view text);

// Whether `text` holds a control character (U+0000–U+001F or U+007F), a line break included.
bool hasControlCharacter(std::string_view text);

} // namespace ronde
