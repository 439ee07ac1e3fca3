// Guessing enrolment codes is slowed per source address (docs/SECURITY.md "Enrolment").
#include "server/attempt_throttle.h"

#include <gtest/gtest.h>

using ronde::sync::AttemptThrottle;

TEST(AttemptThrottle, RefusesASourceAfterItsFailuresUntilTheWindowHasPassed)
{
    AttemptThrottle throttle(3, 60'000);
    for (int i = 0; i < 3; ++i) {
        EXPECT_TRUE(throttle.allows("10.0.0.1", 1'000 * i));
        throttle.failed("10.0.0.1", 1'000 * i);
    }
    EXPECT_FALSE(throttle.allows("10.0.0.1", 5'000)) << "the fourth try in the window";
    EXPECT_TRUE(throttle.allows("10.0.0.2", 5'000)) << "another source is not held up";
    EXPECT_FALSE(throttle.allows("10.0.0.1", 59'999));
    EXPECT_TRUE(throttle.allows("10.0.0.1", 60'000)) << "a minute after the first failure";
}

TEST(AttemptThrottle, ASuccessfulSourceIsNeverHeld)
{
    AttemptThrottle throttle(1, 60'000);
    EXPECT_TRUE(throttle.allows("a", 0));
    EXPECT_TRUE(throttle.allows("a", 1));
    throttle.failed("a", 2);
    EXPECT_FALSE(throttle.allows("a", 3));
}
