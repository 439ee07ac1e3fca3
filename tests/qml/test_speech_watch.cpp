// "Voorlezen" (R7.2) gives its button back when the speech engine never answers: the watch's
// times, on short limits and without a speech engine. Timers fire late under load, never
// early by more than a few per cent, so each "not yet" is checked well before its limit.
#include "viewmodels/speech_watch.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <gtest/gtest.h>

namespace {

constexpr SpeechWatch::Limits kShort{.toStartMs = 50, .perCharacterMs = 1, .leastMs = 3000};

} // namespace

TEST(SpeechWatch, GivesUpWhenTheEngineNeverStarts)
{
    SpeechWatch watch(kShort);
    QSignalSpy givenUp(&watch, &SpeechWatch::givenUp);
    QElapsedTimer clock;
    clock.start();
    watch.asked("Ja.");
    ASSERT_TRUE(givenUp.wait(10'000));
    EXPECT_LT(clock.elapsed(), kShort.leastMs) << "the wait to start, not the wait to end";
    EXPECT_FALSE(givenUp.at(0).at(0).toBool()) << "never started: most likely not heard";
}

TEST(SpeechWatch, AnEngineThatStartedMayTakeItsTimeAndThenGivesUp)
{
    SpeechWatch watch(kShort);
    QSignalSpy givenUp(&watch, &SpeechWatch::givenUp);
    watch.asked("Ja.");
    watch.started();
    EXPECT_FALSE(givenUp.wait(500)) << "ten times the wait to start, and still speaking";
    ASSERT_TRUE(givenUp.wait(10'000)) << "but not for good";
    ASSERT_EQ(givenUp.count(), 1);
    EXPECT_TRUE(givenUp.at(0).at(0).toBool()) << "it had started";

    watch.asked("Nee."); // a new text waits for its own start
    ASSERT_TRUE(givenUp.wait(10'000));
    EXPECT_FALSE(givenUp.at(1).at(0).toBool());
}

TEST(SpeechWatch, NothingToGiveUpOnceEnded)
{
    // Both waits short here, so that a wait started anew after the end would show.
    SpeechWatch watch({.toStartMs = 50, .perCharacterMs = 1, .leastMs = 100});
    QSignalSpy givenUp(&watch, &SpeechWatch::givenUp);
    watch.asked("Ja.");
    watch.ended();
    watch.started(); // a late word from the engine starts no new wait
    EXPECT_FALSE(givenUp.wait(1000));
}

TEST(SpeechWatch, ALongTextMayTakeLonger)
{
    const SpeechWatch watch(SpeechWatch::Limits{});
    EXPECT_EQ(watch.longestMs("Ja."), 30'000);
    const QString question(400, QChar('a')); // about 27 s of Dutch speech
    EXPECT_EQ(watch.longestMs(question), 80'000);
}
