package ai.segments.benchmarks;

import ai.segments.emulator.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The overload benchmark's figures, computed from the API's answers (the emulator's request log)
 * and the small calls (the call log).
 */
final class OverloadMeasures {

  /** The 429 share, percent, under which a change of the calling instances counts as settled. */
  static final double SETTLED_PERCENT = 5;

  /** The share of the limit that counts as recovered after the outage. */
  static final double RECOVERED_SHARE = 0.9;

  private static final Duration SECOND = Duration.ofSeconds(1);

  private OverloadMeasures() {}

  /**
   * The answers of a window.
   *
   * @param answers the API's answers
   * @param from the start, inclusive
   * @param to the end, exclusive
   * @return the answers received in the window
   */
  static List<RecordedRequest> between(List<RecordedRequest> answers, Instant from, Instant to) {
    return answers.stream()
        .filter(answer -> !answer.time().isBefore(from) && answer.time().isBefore(to))
        .toList();
  }

  /**
   * How many answers had a status.
   *
   * @param answers the answers
   * @param status e.g. 429
   * @return the count
   */
  static long count(List<RecordedRequest> answers, int status) {
    return answers.stream().filter(answer -> answer.status() == status).count();
  }

  /**
   * Whether an answer was a success (2xx).
   *
   * @param answer the answer
   * @return true for 200 to 299
   */
  static boolean succeeded(RecordedRequest answer) {
    return answer.status() >= 200 && answer.status() < 300;
  }

  /**
   * The 429 answers' share.
   *
   * @param answers the answers
   * @return percent; 0 without answers
   */
  static double throttledPercent(List<RecordedRequest> answers) {
    return 100.0 * count(answers, 429) / Math.max(1, answers.size());
  }

  /**
   * The successful (2xx) answers per second over a window, as a share of the limit.
   *
   * @param answers the answers of the window
   * @param window the window's length
   * @param limit requests the API allows per second
   * @return percent
   */
  static double limitUsedPercent(List<RecordedRequest> answers, Duration window, int limit) {
    long successes = answers.stream().filter(OverloadMeasures::succeeded).count();
    return 100.0 * successes / (limit * window.toMillis() / 1000.0);
  }

  /**
   * How long after a change the 429 share settled: the answers from the change to the end of its
   * step in whole seconds, the time from the change to the first second after which every second
   * had under {@value #SETTLED_PERCENT} % 429 answers.
   *
   * @param answers the answers of the step
   * @param change when the step started
   * @param end when it ended
   * @return seconds, a whole number; negative when the step's last whole second was not under
   */
  static double settleSeconds(List<RecordedRequest> answers, Instant change, Instant end) {
    int seconds = (int) Duration.between(change, end).toSeconds();
    int settled = 0;
    for (int second = 0; second < seconds; second++) {
      Instant from = change.plus(SECOND.multipliedBy(second));
      if (throttledPercent(between(answers, from, from.plus(SECOND))) >= SETTLED_PERCENT) {
        settled = second + 1;
      }
    }
    return (settled == seconds) ? -1 : settled;
  }

  /**
   * The end of the first one-second window with {@value #RECOVERED_SHARE} of the limit.
   *
   * @param answers the answers since the API answers again
   * @param from when it answers again
   * @param limit requests the API allows per second
   * @return seconds from {@code from}; negative when no such window
   */
  static double recoverySeconds(List<RecordedRequest> answers, Instant from, int limit) {
    List<Instant> successes =
        answers.stream().filter(OverloadMeasures::succeeded).map(RecordedRequest::time).toList();
    int needed = (int) Math.ceil(RECOVERED_SHARE * limit);
    for (int last = needed - 1; last < successes.size(); last++) {
      Instant end = successes.get(last);
      if (Duration.between(successes.get(last - needed + 1), end).compareTo(SECOND) <= 0) {
        return Duration.between(from, end).toMillis() / 1000.0;
      }
    }
    return -1;
  }
}
