// Fuzz target: the sync envelope and message decoder (sync/protocol/wire). Whatever the bytes,
// decoding either gives a message or throws WireError; it never crashes, hangs or allocates
// more than the input could describe. A decoded message encodes and decodes again.
#include "protocol/wire.h"

#include <cstddef>
#include <cstdint>

namespace {

template <typename Message> void decodeAndRoundTrip(std::string_view bytes)
{
    Message message;
    try {
        ronde::sync::decode(bytes, message);
    } catch (const ronde::sync::WireError &) {
        return; // refused: the expected answer to most inputs
    }
    Message again;
    ronde::sync::decode(ronde::sync::encode(message), again); // must not throw
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    decodeAndRoundTrip<ronde::sync::SyncRequest>(bytes);
    decodeAndRoundTrip<ronde::sync::SyncResponse>(bytes);
    decodeAndRoundTrip<ronde::sync::EnrolRequest>(bytes);
    decodeAndRoundTrip<ronde::sync::EnrolResponse>(bytes);
    return 0;
}
