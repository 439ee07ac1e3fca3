#include "text.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace ronde {

bool isValidUtf8(std::string_view text)
{
    size_t i = 0;
    while (i < text.size()) {
        const auto byte = [&](size_t at) { return uint8_t(text[at]); };
        const uint8_t lead = byte(i);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        // The length the lead byte announces, and the range its second byte must lie in
        // (which rules out overlong forms, surrogates and code points past U+10FFFF).
        size_t length = 0;
        uint8_t low = 0x80, high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return false;
        }
        if (i + length > text.size() || byte(i + 1) < low || byte(i + 1) > high) {
            return false;
        }
        for (size_t k = 2; k < length; ++k) {
            if ((byte(i + k) & 0xC0) != 0x80) {
                return false;
            }
        }
        i += length;
    }
    return true;
}

std::string_view utf8Prefix(std::string_view text, size_t bytes)
{
    if (text.size() <= bytes) {
        return text;
    }
    while (bytes > 0 && (uint8_t(text[bytes]) & 0xC0) == 0x80) {
        --bytes; // text[bytes] continues a character: cut before that character
    }
    return text.substr(0, bytes);
}

bool hasControlCharacter(std::string_view text)
{
    return std::any_of(text.begin(), text.end(),
                       [](char c) { return uint8_t(c) < 0x20 || uint8_t(c) == 0x7F; });
}

std::string surnameSortKey(std::string_view fullName)
{
    std::vector<std::string_view> words;
    size_t at = 0;
    while (at < fullName.size()) {
        const size_t end = std::min(fullName.find(' ', at), fullName.size());
        if (end > at) {
            words.push_back(fullName.substr(at, end - at));
        }
        at = end + 1;
    }
    // The given name goes; so do particles, which Dutch writes in lower case after it.
    size_t first = words.size() > 1 ? 1 : 0;
    while (first + 1 < words.size() &&
           ((words[first][0] >= 'a' && words[first][0] <= 'z') || words[first][0] == '\'')) {
        ++first;
    }
    std::string key;
    for (size_t i = first; i < words.size(); ++i) {
        key += key.empty() ? "" : " ";
        key += words[i];
    }
    for (char &c : key) { // ASCII only: the C library's tolower follows the process locale
        if (c >= 'A' && c <= 'Z') {
            c = char(c - 'A' + 'a');
        }
    }
    return key;
}

} // namespace ronde
