package ai.segments.benchmarks;

/** One contender of the HTTP comparison: sends a scenario's request and parses the answer. */
interface HttpLoop extends AutoCloseable {

  /** The column name. */
  String name();

  /**
   * Sends one request of the scenario and parses its body.
   *
   * @return the parsed body, so that the work cannot be skipped
   */
  Object call(HttpScenario scenario);

  @Override
  default void close() {}
}
