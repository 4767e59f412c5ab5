package ai.segments.spring.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.call.SegmentsCall;
import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.call.SegmentsResponse;
import ai.segments.client.exception.ApiLimitException;
import ai.segments.client.exception.NetworkException;
import ai.segments.client.exception.SegmentsErrorDetails;
import ai.segments.client.exception.SegmentsException;
import ai.segments.spring.resilience.SegmentsClock;
import ai.segments.spring.support.FakeSegmentsClock;
import ai.segments.spring.support.TestClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Spring Retry-backed engine and the interceptor, on a scripted chain (no HTTP). */
class SpringRetrySegmentsRetryOperationsTest {

  private final FakeSegmentsClock time = new FakeSegmentsClock();
  private final List<String> retries = new ArrayList<>();
  private final List<Integer> attempts = new ArrayList<>();

  private SegmentsRetryInterceptor interceptor(SegmentsClock clock) {
    return TestClients.retryInterceptor(
        clock, 0.0, (retry, reason) -> this.retries.add(retry.attempt() + ":" + reason.tagValue()));
  }

  /** Answers attempts from a script: exceptions are thrown, the end of the script succeeds. */
  private SegmentsResponse<String> run(SegmentsOperation operation, RuntimeException... script) {
    return run(interceptor(this.time), operation, script);
  }

  private SegmentsResponse<String> run(
      SegmentsRetryInterceptor interceptor,
      SegmentsOperation operation,
      RuntimeException... script) {
    Deque<RuntimeException> failures = new LinkedList<>(List.of(script));
    return interceptor.intercept(
        SegmentsCall.first(operation),
        call -> {
          this.attempts.add(call.attempt());
          if (!failures.isEmpty()) {
            throw failures.pop();
          }
          return new SegmentsResponse<>(200, "ok");
        });
  }

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  @Test
  void retriesUntilSuccessNumberingAttemptsAndBackingOff() {
    SegmentsResponse<String> response =
        run(SegmentsOperation.GET_SAMPLES, Failures.status(503), Failures.readTimeout());

    assertThat(response.body()).isEqualTo("ok");
    assertThat(this.attempts).containsExactly(1, 2, 3);
    assertThat(this.retries).containsExactly("2:server_error", "3:io_error");
    assertThat(this.time.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
  }

  @Test
  void exhaustedAttemptsSurfaceTheLastFailureWithTheCount() {
    SegmentsException last = Failures.status(503);

    assertThatThrownBy(
            () ->
                run(
                    SegmentsOperation.GET_SAMPLES,
                    Failures.status(502),
                    Failures.status(503),
                    Failures.status(504),
                    last))
        .isSameAs(last)
        .hasMessageContaining("after 4 attempts");
    assertThat(last.attempts()).isEqualTo(4);
    assertThat(this.attempts).containsExactly(1, 2, 3, 4);
    assertThat(this.time.sleeps()).hasSize(3);
  }

  @Test
  void createsAreNotRepeatedAfterAServerError() {
    SegmentsException failure = Failures.status(503);

    assertThatThrownBy(() -> run(SegmentsOperation.ADD_SAMPLE, failure)).isSameAs(failure);
    assertThat(this.attempts).containsExactly(1);
    assertThat(failure.attempts()).isEqualTo(1);
    assertThat(this.time.sleeps()).isEmpty();
  }

  @Test
  void createsAreRepeatedWhenThrottled() {
    run(SegmentsOperation.ADD_SAMPLE, Failures.throttled(Duration.ofSeconds(3)));

    assertThat(this.attempts).containsExactly(1, 2);
    assertThat(this.time.sleeps()).containsExactly(Duration.ofSeconds(3));
    assertThat(this.retries).containsExactly("2:throttled");
  }

  @Test
  void withAnAdaptiveRateLimiterAThrottledAttemptIsRepeatedWithoutAWaitOfItsOwn() {
    SegmentsRetryInterceptor paced =
        TestClients.retryInterceptor(
            this.time,
            0.0,
            (retry, reason) -> this.retries.add(retry.attempt() + ":" + reason.tagValue()),
            ThrottledRetryWait.RATE_LIMITER);

    SegmentsResponse<String> response =
        run(
            paced,
            SegmentsOperation.GET_SAMPLES,
            Failures.throttled(Duration.ofSeconds(1)),
            Failures.status(503),
            new NetworkException(
                "HTTP 503",
                null,
                SegmentsErrorDetails.response("op", 503, null, Duration.ofSeconds(2))));

    assertThat(response.body()).isEqualTo("ok");
    assertThat(this.retries).containsExactly("2:throttled", "3:server_error", "4:server_error");
    assertThat(this.time.sleeps())
        .as("the server errors back off and honour Retry-After; the limiter paces the throttled")
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void aLongerRequestedWaitThanTheMaximumSurfacesAtOnce() {
    SegmentsException failure = Failures.throttled(Duration.ofMinutes(5));

    assertThatThrownBy(() -> run(SegmentsOperation.GET_SAMPLES, failure))
        .isSameAs(failure)
        .isInstanceOf(ApiLimitException.class);
    assertThat(failure.retryAfter()).contains(Duration.ofMinutes(5));
    assertThat(this.attempts).containsExactly(1);
    assertThat(this.time.sleeps()).isEmpty();
  }

  @Test
  void anInterruptedBackOffStopsRetryingAndKeepsTheInterrupt() {
    SegmentsException failure = Failures.status(503);
    SegmentsClock interrupted = new FakeSegmentsClock().interruptingSleeps();

    assertThatThrownBy(() -> run(interceptor(interrupted), SegmentsOperation.GET_SAMPLES, failure))
        .isSameAs(failure);
    assertThat(this.attempts).containsExactly(1);
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
  }

  @Test
  void otherExceptionsAreNotRetried() {
    IllegalStateException bug = new IllegalStateException("bug");

    assertThatThrownBy(() -> run(SegmentsOperation.GET_SAMPLES, bug)).isSameAs(bug);
    assertThat(this.attempts).containsExactly(1);
  }
}
