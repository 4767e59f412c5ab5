package ai.segments.integration.overload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.SegmentsClient;
import ai.segments.client.exception.ApiLimitException;
import ai.segments.emulator.RateLimitModel;
import ai.segments.emulator.RecordedRequest;
import ai.segments.emulator.SegmentsEmulator;
import ai.segments.spring.resilience.RateLimitSettings;
import ai.segments.spring.resilience.ResilienceEvents;
import ai.segments.spring.resilience.SegmentsClock;
import ai.segments.spring.resilience.SegmentsRateLimiter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Independent clients that share one API key (as separate application instances do) converge on the
 * API's limit without talking to each other, whichever way the API counts (DRF's sliding log, a
 * fixed window, a token bucket): after a few seconds few answers are 429, most of the limit is
 * used, and each client gets a share. The clients' limiters, their retries and the emulator's limit
 * run on one {@link VirtualTime}, so the course of a run does not depend on how busy the machine
 * is; the HTTP exchanges are real. A long {@code Retry-After} stops a client sending until it has
 * passed.
 */
class ThrottledConvergenceTest {

  private static final int LIMIT = 40;
  private static final int CLIENTS = 3;
  private static final int THREADS = 4;
  private static final Duration CONVERGENCE = Duration.ofSeconds(15);
  private static final Duration THINK = Duration.ofMillis(10);
  private static final Duration MEASURED = Duration.ofSeconds(5);

  @ParameterizedTest
  @EnumSource(RateLimitModel.class)
  @Timeout(120)
  void clientsSharingAKeyConvergeOnTheLimit(RateLimitModel model) throws InterruptedException {
    VirtualTime time = new VirtualTime();
    SegmentsEmulator.Builder builder = SegmentsEmulator.builder().nanoTime(time::nanoTime);
    if (model == RateLimitModel.TOKEN_BUCKET) {
      builder.tokenBucketRateLimit(LIMIT, Duration.ofSeconds(1), 5);
    } else {
      builder.rateLimit(model, LIMIT, Duration.ofSeconds(1));
    }
    try (SegmentsEmulator emulator = builder.build().start()) {
      time.enter();
      List<SegmentsRateLimiter> limiters = new ArrayList<>();
      List<AtomicInteger> successes = new ArrayList<>();
      AtomicBoolean running = new AtomicBoolean(true);
      AtomicBoolean measuring = new AtomicBoolean();
      List<Thread> threads = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        SegmentsRateLimiter limiter =
            new SegmentsRateLimiter(
                RateLimitSettings.adaptive(Duration.ofSeconds(5)), time, ResilienceEvents.NONE);
        limiters.add(limiter);
        SegmentsClient client = ProtectedClients.paced(emulator, limiter, time);
        AtomicInteger ok = new AtomicInteger();
        successes.add(ok);
        for (int t = 0; t < THREADS; t++) {
          time.enter();
          Thread thread = new Thread(() -> callUntilStopped(client, time, running, measuring, ok));
          thread.start();
          threads.add(thread);
        }
      }

      time.sleep(CONVERGENCE);
      int from = emulator.requestLog().count("getUser");
      measuring.set(true);
      time.sleep(MEASURED);
      measuring.set(false);
      int to = emulator.requestLog().count("getUser");
      running.set(false);
      time.leave();
      for (Thread thread : threads) {
        thread.join();
      }

      List<RecordedRequest> answers = emulator.requestLog().entries("getUser").subList(from, to);
      long throttled = answers.stream().filter(answer -> answer.status() == 429).count();
      long served = answers.stream().filter(answer -> answer.status() == 200).count();
      double seconds = MEASURED.toMillis() / 1000.0;
      int total = successes.stream().mapToInt(AtomicInteger::get).sum();

      assertThat(throttled).as("429 answers").isLessThanOrEqualTo(answers.size() / 7);
      assertThat(served / seconds).as("served per second").isGreaterThan(0.6 * LIMIT);
      assertThat(successes)
          .as("each client's share")
          .allSatisfy(ok -> assertThat(ok.get()).isGreaterThan(total / 10));
      assertThat(limiters)
          .allSatisfy(limiter -> assertThat(limiter.permittedRate()).isBetween(1.0, 2.0 * LIMIT));
    }
  }

  @Test
  void aLongRetryAfterStopsTheClientSendingUntilItHasPassed() {
    try (SegmentsEmulator emulator =
        SegmentsEmulator.builder()
            .rateLimit(RateLimitModel.DRF, 3, Duration.ofMinutes(1))
            .build()
            .start()) {
      SegmentsRateLimiter limiter =
          new SegmentsRateLimiter(
              RateLimitSettings.adaptive(Duration.ofSeconds(5)),
              SegmentsClock.system(),
              ResilienceEvents.NONE);
      SegmentsClient client = ProtectedClients.paced(emulator, limiter, SegmentsClock.system());
      for (int i = 0; i < 3; i++) {
        client.getUser();
      }

      assertThatThrownBy(client::getUser)
          .as("the API's answer: wait most of a minute, longer than the retry waits")
          .isInstanceOfSatisfying(
              ApiLimitException.class, ex -> assertThat(ex.statusCode()).hasValue(429));
      assertThatThrownBy(client::getUser)
          .as("the client's own answer, nothing sent")
          .isInstanceOfSatisfying(
              ApiLimitException.class,
              ex -> {
                assertThat(ex.statusCode()).isEmpty();
                assertThat(ex.retryAfter())
                    .hasValueSatisfying(
                        wait -> assertThat(wait).isGreaterThan(Duration.ofSeconds(30)));
              });
      assertThat(emulator.requestLog().entries("getUser")).hasSize(4);
    }
  }

  private static void callUntilStopped(
      SegmentsClient client,
      VirtualTime time,
      AtomicBoolean running,
      AtomicBoolean measuring,
      AtomicInteger ok) {
    try {
      while (running.get()) {
        try {
          client.getUser();
          if (measuring.get()) {
            ok.incrementAndGet();
          }
        } catch (RuntimeException ex) {
          // counted by the emulator's answers; the loop goes on like a busy application
        }
        time.sleep(THINK);
      }
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
    } finally {
      time.leave();
    }
  }
}
