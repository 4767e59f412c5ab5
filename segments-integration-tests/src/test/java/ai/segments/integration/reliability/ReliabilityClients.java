package ai.segments.integration.reliability;

import ai.segments.client.SegmentsClient;
import ai.segments.client.call.SegmentsCall;
import ai.segments.client.call.SegmentsCallInterceptor;
import ai.segments.client.call.SegmentsResponse;
import ai.segments.emulator.SegmentsEmulator;
import ai.segments.spring.resilience.SegmentsClock;
import ai.segments.spring.retry.SegmentsRetryInterceptor;
import ai.segments.spring.retry.SegmentsRetryListener;
import ai.segments.spring.retry.SegmentsRetrySettings;
import ai.segments.spring.retry.SegmentsRetryTemplates;
import ai.segments.spring.retry.SpringRetrySegmentsRetryOperations;
import ai.segments.spring.retry.ThrottledRetryWait;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Clients of the reliability tests: the real retry interceptor of the auto-configuration with the
 * default {@code segments.retry.*} settings (4 attempts), whose back-offs are recorded instead of
 * slept, so that no test waits on the wall clock.
 */
final class ReliabilityClients {

  /**
   * The read timeout of the clients under test; faults delay answers beyond it. Long enough that a
   * busy machine (a GC pause, a build beside the tests) does not time out an answer no fault
   * delayed: the soak test counts every failed attempt against the faults it injected.
   */
  static final Duration READ_TIMEOUT = Duration.ofMillis(1500);

  /** A delay that exceeds {@link #READ_TIMEOUT}. */
  static final Duration BEYOND_READ_TIMEOUT = Duration.ofMillis(2500);

  private final List<Duration> backOffs = new CopyOnWriteArrayList<>();
  private final List<String> attempts = new CopyOnWriteArrayList<>();

  /**
   * A client with retries, recording back-offs.
   *
   * @param emulator the emulator
   * @return the client
   */
  SegmentsClient retrying(SegmentsEmulator emulator) {
    SegmentsRetrySettings retry = SegmentsRetrySettings.DEFAULTS;
    SegmentsRetryInterceptor interceptor =
        new SegmentsRetryInterceptor(
            new SpringRetrySegmentsRetryOperations(
                SegmentsRetryTemplates.create(
                    retry, null, ThrottledRetryWait.RETRY_AFTER, new RecordingClock(), () -> 0.5)),
            SegmentsRetryListener.NONE);
    return counting(emulator, interceptor);
  }

  /**
   * A client with the given retry interceptor that counts its attempts.
   *
   * @param emulator the emulator
   * @param retry the retry interceptor
   * @return the client
   */
  SegmentsClient counting(SegmentsEmulator emulator, SegmentsRetryInterceptor retry) {
    SegmentsCallInterceptor counter =
        new SegmentsCallInterceptor() {
          @Override
          public <T> SegmentsResponse<T> intercept(SegmentsCall call, Chain<T> chain) {
            ReliabilityClients.this.attempts.add(call.operation().operationName());
            return chain.proceed(call);
          }
        };
    return base(emulator).interceptor(retry).interceptor(counter).build();
  }

  /**
   * How many attempts the retrying clients sent for an operation, lookups included.
   *
   * @param operation the operation name, e.g. {@code addSample}
   * @return the number of attempts
   */
  int attempts(String operation) {
    return (int) this.attempts.stream().filter(operation::equals).count();
  }

  /** Forgets the recorded attempts and back-offs. */
  void reset() {
    this.attempts.clear();
    this.backOffs.clear();
  }

  /**
   * A client without retries, to set up and check the emulator's state.
   *
   * @param emulator the emulator
   * @return the client
   */
  static SegmentsClient plain(SegmentsEmulator emulator) {
    return base(emulator).readTimeout(Duration.ofSeconds(30)).build();
  }

  /**
   * The back-offs the retrying clients asked for.
   *
   * @return the waits, in order
   */
  List<Duration> backOffs() {
    return List.copyOf(this.backOffs);
  }

  private static SegmentsClient.Builder base(SegmentsEmulator emulator) {
    return SegmentsClient.builder()
        .apiKey(emulator.apiKey())
        .apiUrl(emulator.baseUrl())
        .readTimeout(READ_TIMEOUT);
  }

  /** The system clock, except that it records the back-offs instead of sleeping. */
  private final class RecordingClock extends SegmentsClock {

    RecordingClock() {
      super(Clock.systemUTC());
    }

    @Override
    public long nanoTime() {
      return System.nanoTime();
    }

    @Override
    public void sleep(Duration duration) {
      ReliabilityClients.this.backOffs.add(duration);
    }
  }
}
