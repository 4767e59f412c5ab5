package ai.segments.spring.resilience;

/** The state of the {@link SegmentsCircuitBreaker}. */
public enum CircuitState {
  /** Calls go through; consecutive failures are counted. */
  CLOSED(0),
  /** A few probe calls go through; they decide whether to close or open again. */
  HALF_OPEN(1),
  /** Calls fail fast, without a request, until the cool-down is over. */
  OPEN(2);

  private final int gaugeValue;

  CircuitState(int gaugeValue) {
    this.gaugeValue = gaugeValue;
  }

  /**
   * The value of the state gauge.
   *
   * @return 0 closed, 1 half-open, 2 open
   */
  public int gaugeValue() {
    return this.gaugeValue;
  }

  /**
   * The metric tag value.
   *
   * @return e.g. {@code half_open}
   */
  public String tagValue() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
