#pragma once

#include "messages.h"

#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>

// The envelope: "RNDE" magic, a 16-bit protocol version, then the message in cereal's
// portable binary archive (every type has a cereal class version). A body that does not
// decode is a WireError; a newer protocol version is a FutureVersion, so the server can
// answer "426 upgrade the app" instead of guessing.
namespace ronde::sync {

constexpr uint32_t kMagic = 0x524E4445; // "RNDE"
constexpr uint16_t kProtocolVersion = 1;
constexpr size_t kMaxBodyBytes = 64 * 1024 * 1024;

class WireError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

class FutureVersion : public WireError
{
public:
    explicit FutureVersion(uint16_t version);
    uint16_t version() const { return m_version; }

private:
    uint16_t m_version;
};

// Where an encoded message goes: a buffer of contiguous bytes that its owner grows on
// request. The server's is the QByteArray it sends, so that a page of 1.5 MB is not copied
// once more (nor its fresh memory faulted in twice).
class ByteSink
{
public:
    virtual ~ByteSink() = default;
    // Makes the buffer `size` bytes long, keeping what it holds; returns where it starts.
    virtual char *resize(size_t size) = 0;
};

std::string encode(const EnrolRequest &message);
std::string encode(const EnrolResponse &message);
std::string encode(const SyncRequest &message);
std::string encode(const SyncResponse &message);
void encode(const EnrolResponse &message, ByteSink &out);
void encode(const SyncResponse &message, ByteSink &out);

void decode(std::string_view bytes, EnrolRequest &message);
void decode(std::string_view bytes, EnrolResponse &message);
void decode(std::string_view bytes, SyncRequest &message);
void decode(std::string_view bytes, SyncResponse &message);
// The same answer with its events handed to `each` one by one as they are read, not kept in
// `message.events`: for a reader that only looks at each (the load tool counts them). The
// event handed over is read into again for the next, so a page takes no memory per event.
void decode(std::string_view bytes, SyncResponse &message,
            const std::function<void(const AnyEvent &)> &each);

} // namespace ronde::sync
