package ai.segments.spring.support;

import ai.segments.client.http.ApacheHttpTransport;
import ai.segments.client.http.JdkHttpTransport;
import ai.segments.client.http.SegmentsHttpTransport;
import ai.segments.spring.resilience.SegmentsClock;
import ai.segments.spring.retry.SegmentsRetryInterceptor;
import ai.segments.spring.retry.SegmentsRetryListener;
import ai.segments.spring.retry.SegmentsRetrySettings;
import ai.segments.spring.retry.SegmentsRetryTemplates;
import ai.segments.spring.retry.SpringRetrySegmentsRetryOperations;
import ai.segments.spring.retry.ThrottledRetryWait;
import java.time.Duration;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Building blocks of test clients. */
public final class TestClients {

  private TestClients() {}

  /**
   * Both transports, as arguments {@code (name, connectTimeout -> transport)}; use with
   * {@code @MethodSource("ai.segments.spring.support.TestClients#transports")}.
   *
   * @return the arguments
   */
  public static Stream<Arguments> transports() {
    return Stream.of(
        Arguments.of(
            "apache", (Function<Duration, SegmentsHttpTransport>) ApacheHttpTransport::create),
        Arguments.of("jdk", (Function<Duration, SegmentsHttpTransport>) JdkHttpTransport::create));
  }

  /**
   * A retry interceptor with the default {@code segments.retry.*} settings.
   *
   * @param clock waits the back-offs (a fake records them)
   * @param random the jitter source
   * @param listener told about retries
   * @return the interceptor
   */
  public static SegmentsRetryInterceptor retryInterceptor(
      SegmentsClock clock, double random, SegmentsRetryListener listener) {
    return retryInterceptor(clock, random, listener, ThrottledRetryWait.RETRY_AFTER);
  }

  /**
   * The retry interceptor with the default settings, waiting before a throttled attempt's retry as
   * given.
   *
   * @param clock the clock that records the back-offs
   * @param random the jitter draw, in {@code [0, 1)}
   * @param listener the retry listener
   * @param throttledWait the wait before repeating a throttled attempt
   * @return the interceptor
   */
  public static SegmentsRetryInterceptor retryInterceptor(
      SegmentsClock clock,
      double random,
      SegmentsRetryListener listener,
      ThrottledRetryWait throttledWait) {
    return new SegmentsRetryInterceptor(
        new SpringRetrySegmentsRetryOperations(
            SegmentsRetryTemplates.create(
                SegmentsRetrySettings.DEFAULTS, null, throttledWait, clock, () -> random)),
        listener);
  }
}
