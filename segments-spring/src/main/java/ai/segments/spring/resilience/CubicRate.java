package ai.segments.spring.resilience;

/**
 * The permitted send rate of the adaptive mode as a function of the time since the last throttling
 * answer, after CUBIC congestion control (RFC 9438) as the AWS SDKs' adaptive retry mode uses it:
 * on throttling the rate drops to {@value #BETA} of the rate it was sending at ({@code maxRate});
 * then it grows back along {@code rate(t) = SCALE × (t − K)³ + maxRate}, fast at first, flat near
 * {@code maxRate} (where the limit was), and faster again beyond it to find a raised limit. Clients
 * that share a limit converge to equal shares without talking to each other, since the one with the
 * larger share loses more on each throttling answer. The rate grows to at most {@value #CEILING} ×
 * {@code maxRate} (a client that is not sending, e.g. during an outage, has no evidence that the
 * limit rose); after {@link #RELEASE_NANOS} without throttling it stops limiting, as before the
 * first throttling answer.
 *
 * @param maxRate the rate when the API last throttled, in requests per second; infinite before
 * @param floor the lowest rate, in requests per second
 * @param throttledAt when the API last throttled, on the {@link SegmentsClock}
 * @param k seconds until the rate is back at {@code maxRate}
 */
record CubicRate(double maxRate, double floor, long throttledAt, double k) {

  /** The share of the sending rate kept on throttling. */
  static final double BETA = 0.7;

  /** How fast the rate grows back, in requests per second³. */
  static final double SCALE = 0.4;

  /** The highest rate as a multiple of the rate where the API last throttled. */
  static final double CEILING = 2;

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
    return new CubicRate(Double.POSITIVE_INFINITY, floor, Long.MIN_VALUE, 0);
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
    double max = Math.max(sendingRate, this.floor);
    return new CubicRate(max, this.floor, now, Math.cbrt(max * (1 - BETA) / SCALE));
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
    double t = Math.max(0, since) / NANOS_PER_SECOND - this.k;
    double cubic = SCALE * t * t * t + this.maxRate;
    return Math.max(this.floor, Math.min(CEILING * this.maxRate, cubic));
  }
}
