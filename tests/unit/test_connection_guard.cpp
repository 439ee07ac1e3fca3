// The server's connection guard reads a request's announced length before QHttpServer buffers
// the body (sync/server/connection_guard.h; the flood itself: e2e.ServerUnderAttack).
#include "server/connection_guard.h"

#include <gtest/gtest.h>
#include <limits>

using ronde::sync::announcedContentLength;

TEST(ConnectionGuard, ReadsTheAnnouncedLengthFromTheHead)
{
    EXPECT_EQ(announcedContentLength("POST /v1/sync HTTP/1.1\r\nHost: x\r\nContent-Length: 42\r\n"
                                     "\r\nbody"),
              42);
    EXPECT_EQ(announcedContentLength("POST / HTTP/1.1\r\ncontent-length:7\r\nHost: x\r\n"), 7);
    EXPECT_EQ(announcedContentLength("POST / HTTP/1.1\r\nCONTENT-LENGTH:   1000000000\r\n\r\n"),
              1000000000);
}

TEST(ConnectionGuard, AnIncompleteOrMissingLengthIsNotYetKnown)
{
    EXPECT_EQ(announcedContentLength("POST / HTTP/1.1\r\nHost: x\r\n"), -1);
    EXPECT_EQ(announcedContentLength("POST / HTTP/1.1\r\nContent-Length: 12"), -1) << "line open";
    EXPECT_EQ(announcedContentLength("POST / HTTP/1.1\r\nHost: x\r\n\r\nContent-Length: 5\r\n"), -1)
        << "a length in the body is not the head's";
}

TEST(ConnectionGuard, AnUnreadableLengthCountsAsTooLarge)
{
    EXPECT_EQ(announcedContentLength("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n"),
              std::numeric_limits<qint64>::max());
    EXPECT_EQ(announcedContentLength("POST / HTTP/1.1\r\nContent-Length: -5x\r\n"),
              std::numeric_limits<qint64>::max());
    EXPECT_EQ(announcedContentLength("POST / HTTP/1.1\r\nContent-Length: -5\r\n"),
              std::numeric_limits<qint64>::max());
}
