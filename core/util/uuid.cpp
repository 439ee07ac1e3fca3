#include "uuid.h"

#include <array>

namespace ronde {

UuidGenerator::UuidGenerator(Clock clock)
    : m_clock(std::move(clock))
{
    std::random_device device;
    std::seed_seq seed{device(), device(), device(), device(), device(), device()};
    m_random.seed(seed);
}

UuidGenerator::UuidGenerator(Clock clock, uint64_t seed)
    : m_clock(std::move(clock))
    , m_random(seed)
{}

std::string UuidGenerator::next()
{
    int64_t ms = m_clock();
    if (ms <= m_lastMs) {
        // Same millisecond, or the clock went back: keep order by counting on.
        ms = m_lastMs;
        if (++m_counter > 0x0FFF) {
            ++ms;
            m_counter = uint16_t(m_random() & 0x01FF);
        }
    } else {
        // Start low in the 12-bit range so that a burst has room to count up.
        m_counter = uint16_t(m_random() & 0x01FF);
    }
    m_lastMs = ms;

    std::array<uint8_t, 16> bytes{};
    for (int i = 0; i < 6; ++i) {
        bytes[size_t(i)] = uint8_t(uint64_t(ms) >> (40 - 8 * i));
    }
    bytes[6] = uint8_t(0x70 | (m_counter >> 8));
    bytes[7] = uint8_t(m_counter);
    const uint64_t tail = m_random();
    for (int i = 0; i < 8; ++i) {
        bytes[size_t(8 + i)] = uint8_t(tail >> (56 - 8 * i));
    }
    bytes[8] = uint8_t(0x80 | (bytes[8] & 0x3F));

    static constexpr char hex[] = "0123456789abcdef";
    std::string text;
    text.reserve(36);
    for (size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) {
            text.push_back('-');
        }
        text.push_back(hex[bytes[i] >> 4]);
        text.push_back(hex[bytes[i] & 0x0F]);
    }
    return text;
}

bool isUuid(std::string_view text)
{
    if (text.size() != 36) {
        return false;
    }
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-') {
                return false;
            }
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}

int64_t uuidV7Milliseconds(std::string_view text)
{
    if (!isUuid(text) || text[14] != '7') {
        return -1;
    }
    int64_t ms = 0;
    for (char c : text.substr(0, 13)) {
        if (c == '-') {
            continue;
        }
        ms = ms * 16 + (c <= '9' ? c - '0' : c - 'a' + 10);
    }
    return ms;
}

} // namespace ronde
