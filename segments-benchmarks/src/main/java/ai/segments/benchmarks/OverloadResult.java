package ai.segments.benchmarks;

import java.util.List;

/**
 * The figures of one overload run: one model, one shape, one setting.
 *
 * @param model the emulator's rate-limit model
 * @param shape how the instances called
 * @param setting the instances' protection settings
 * @param throttledShare 429 answers among the API's answers while throttled (after the warm-up),
 *     percent
 * @param limitUsed successful answers per second while throttled, percent of the limit
 * @param throttledP99 p99 latency of the small calls while throttled, ms
 * @param limitFailures small calls that failed with {@code ApiLimitException} while throttled
 * @param settleSeconds for each change of the calling instances, seconds until the 429 share stayed
 *     under {@value OverloadMeasures#SETTLED_PERCENT} % for the rest of the step; negative when it
 *     did not
 * @param shares each instance's share of the successful answers while throttled, percent; empty
 *     unless the shape has a bulk import (instance 0)
 * @param outage the outage figures, or null when the run had no outage
 */
record OverloadResult(
    ThrottleModel model,
    OverloadShape shape,
    ProtectionSetting setting,
    double throttledShare,
    double limitUsed,
    double throttledP99,
    long limitFailures,
    List<Double> settleSeconds,
    List<Double> shares,
    Outage outage) {

  OverloadResult {
    settleSeconds = List.copyOf(settleSeconds);
    shares = List.copyOf(shares);
  }

  /**
   * The figures of the outage that followed the throttled part: every request answered 503, then
   * the API answering again.
   *
   * @param attemptsPerCall requests the API received per call during the outage
   * @param p50 median call latency during the outage, ms
   * @param p99 p99 call latency during the outage, ms
   * @param recoverySeconds seconds from the API answering again until {@value
   *     OverloadMeasures#RECOVERED_SHARE} of the limit was used over a second; negative when not
   *     within the recovery phase
   */
  record Outage(double attemptsPerCall, double p50, double p99, double recoverySeconds) {}
}
