#pragma once

#include <string>
#include <string_view>

namespace ronde {

// Whether `text` is well-formed UTF-8: no stray continuation bytes, no overlong forms, no
// surrogates, nothing above U+10FFFF.
bool isValidUtf8(std::string_view text);

// At most `bytes` bytes of `text`, cut before a character rather than inside one.
std::string_view utf8Prefix(std::string_view text, size_t bytes);

// Whether `text` holds a control character (U+0000–U+001F or U+007F), a line break included.
bool hasControlCharacter(std::string_view text);

// A person's name as a Dutch list sorts it: from the surname on, without the given name and
// the lower-case particles before the surname ("Ahmed van Dijk" sorts as "dijk", "Sanne de
// Jong" as "jong", "Kevin El Amrani" as "el amrani"); in lower case, without the accents of
// Latin letters ("Öztürk" as "ozturk").
std::string surnameSortKey(std::string_view fullName);

} // namespace ronde
