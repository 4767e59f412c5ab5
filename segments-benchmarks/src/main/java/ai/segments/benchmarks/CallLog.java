package ai.segments.benchmarks;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** The calls of a load test: when each started, how long it took and how it ended. */
final class CallLog {

  /**
   * One call.
   *
   * @param instance the index of the application instance that made it
   * @param start when it started
   * @param nanos how long it took
   * @param outcome {@code ok} or the simple name of the exception it ended in
   */
  record Call(int instance, Instant start, long nanos, String outcome) {

    /** The outcome of a call that returned normally. */
    static final String OK = "ok";

    /**
     * Whether the call returned normally.
     *
     * @return true for {@link #OK}
     */
    boolean ok() {
      return OK.equals(this.outcome);
    }
  }

  private final Queue<Call> calls = new ConcurrentLinkedQueue<>();

  void add(Call call) {
    this.calls.add(call);
  }

  /**
   * The calls that started in a window.
   *
   * @param from the start of the window, inclusive
   * @param to the end, exclusive
   * @return the calls
   */
  List<Call> between(Instant from, Instant to) {
    return this.calls.stream()
        .filter(call -> !call.start().isBefore(from) && call.start().isBefore(to))
        .toList();
  }

  /**
   * A percentile of the calls' durations.
   *
   * @param calls the calls
   * @param percentile e.g. 99
   * @return milliseconds; 0 without calls
   */
  static double percentileMillis(List<Call> calls, double percentile) {
    if (calls.isEmpty()) {
      return 0;
    }
    long[] nanos = calls.stream().mapToLong(Call::nanos).toArray();
    Arrays.sort(nanos);
    int index = (int) Math.ceil(percentile / 100 * nanos.length) - 1;
    return nanos[Math.max(0, index)] / 1e6;
  }
}
