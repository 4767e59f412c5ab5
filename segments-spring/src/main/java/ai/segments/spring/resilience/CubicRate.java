package ai.segments.spring.resilience;

/**
 * The permitted send rate of the adaptive mode as a function of the time since the last throttling
 * answer. On throttling the rate drops to {@value #BETA} of the rate the client was sending at
 * ({@code maxRate}, where the API's limit was); it grows back along a cubic curve to {@value
 * #PLATEAU_SHARE} of {@code maxRate} within {@value #RECOVERY_SECONDS} s (fast at first, flat at
 * the end), holds there for {@value #PLATEAU_SECONDS} s, and only then probes beyond it, slowly at
 * first and faster the longer nothing is throttled ({@code SCALE × t³}), to find a raised limit or
 * a share left by another client. The plateau just under the rate where the API throttled is what
 * keeps the 429 answers rare: clients sharing a limit spend most of the time just under it instead
 * of probing across it, and converge to equal shares without talking to each other, since the one
 * with the larger share loses more on each throttling answer. After {@link #RELEASE_NANOS} without
 * throttling it stops limiting, as before the first throttling answer. ({@link KeyRateLimiter} caps
 * it at twice the rate the client sends at, so that a client that is not sending, e.g. during an
 * outage, does not find its rate grown without evidence.)
 *
 * @param maxRate the rate when the API last throttled, in requests per second; infinite before
 * @param floor the lowest rate, in requests per second
 * @param throttledAt when the API last throttled, on the {@link SegmentsClock}
 */
record CubicRate(double maxRate, double floor, long throttledAt) {

  /** The share of the sending rate kept on throttling. */
  static final double BETA = 0.85;

  /** The share of the rate where the API throttled that the rate grows back to and holds. */
  static final double PLATEAU_SHARE = 0.97;

  /** Seconds from the drop back to the plateau. */
  static final double RECOVERY_SECONDS = 2;

  /** Seconds the rate holds the plateau before it probes beyond. */
  static final double PLATEAU_SECONDS = 4;

  /** How fast the rate grows beyond the plateau, in requests per second³. */
  static final double SCALE = 0.1;

  /** How long after the last throttling answer the rate stops limiting: a minute. */
  static final long RELEASE_NANOS = 60_000_000_000L;

  private static final double NANOS_PER_SECOND = 1e9;

  /**
   * No limit: the API has not throttled yet.
   *
   * @param floor the lowest rate once it does
   * @return the unlimited rate
   */
  static CubicRate unlimited(double floor) {
    return new CubicRate(Double.POSITIVE_INFINITY, floor, Long.MIN_VALUE);
  }

  /**
   * Whether the rate limits at all.
   *
   * @return {@code false} before the first throttling answer
   */
  boolean limits() {
    return this.maxRate != Double.POSITIVE_INFINITY;
  }

  /**
   * The rate after a throttling answer.
   *
   * @param sendingRate the rate the client was sending at, in requests per second
   * @param now the time of the answer
   * @return the lowered rate
   */
  CubicRate throttled(double sendingRate, long now) {
    return new CubicRate(Math.max(sendingRate, this.floor), this.floor, now);
  }

  /**
   * The permitted rate at a time.
   *
   * @param now the time
   * @return requests per second, at least the floor; infinite when not limited
   */
  double at(long now) {
    long since = now - this.throttledAt;
    if (!limits() || since > RELEASE_NANOS) {
      return Double.POSITIVE_INFINITY;
    }
    double t = Math.max(0, since) / NANOS_PER_SECOND;
    double plateau = PLATEAU_SHARE * this.maxRate;
    double rate;
    if (t < RECOVERY_SECONDS) {
      double left = (RECOVERY_SECONDS - t) / RECOVERY_SECONDS;
      rate = plateau - (plateau - BETA * this.maxRate) * left * left * left;
    } else {
      double probing = Math.max(0, t - RECOVERY_SECONDS - PLATEAU_SECONDS);
      rate = plateau + SCALE * probing * probing * probing;
    }
    return Math.max(this.floor, rate);
  }
}
