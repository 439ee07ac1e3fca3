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

namespace {

// The base letter of each of U+00C0–U+017F (Latin-1 and Latin Extended-A), in lower case; '.'
// where there is none (× and ÷). Made from Unicode's decompositions, and by hand for letters
// without one (Æ a, Ø o, ß s, Ł l, ı i).
constexpr std::string_view kLatinBaseLetters =
    "aaaaaaaceeeeiiiidnooooo.ouuuuytsaaaaaaaceeeeiiiidnooooo.ouuuuyty"
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllll"
    "nnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
static_assert(kLatinBaseLetters.size() == 0x180 - 0xC0);

// `text` in lower case with its accents left out, for an order in which "Öztürk" stands
// among the O's and "Şahin" among the S's, not after the Z's. Other characters stay. (Not
// the C library's tolower: it follows the process's locale.)
std::string foldedForSorting(std::string_view text)
{
    std::string folded;
    folded.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 'A' && byte <= 'Z') {
            folded += char(byte - 'A' + 'a');
            continue;
        }
        if (byte >= 0xC3 && byte <= 0xC5 && i + 1 < text.size()) {
            const auto next = static_cast<unsigned char>(text[i + 1]);
            const unsigned codePoint = ((byte & 0x1Fu) << 6) | (next & 0x3Fu);
            if ((next & 0xC0u) == 0x80u && codePoint >= 0xC0 && codePoint < 0x180 &&
                kLatinBaseLetters[codePoint - 0xC0] != '.') {
                folded += kLatinBaseLetters[codePoint - 0xC0];
                ++i;
                continue;
            }
        }
        folded += char(byte);
    }
    return folded;
}

} // namespace

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
    return foldedForSorting(key);
}

} // namespace ronde
