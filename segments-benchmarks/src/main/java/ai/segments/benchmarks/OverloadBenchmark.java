package ai.segments.benchmarks;

import ai.segments.client.SegmentsClient;
import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.exception.ApiLimitException;
import ai.segments.emulator.RecordedRequest;
import ai.segments.emulator.SegmentsEmulator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The overload scenario of issue 14: {@value #INSTANCES} application instances (Spring contexts
 * with the starter, sharing one API key) × {@value #THREADS} threads call {@code getDataset}
 * against the emulator, whose token bucket allows {@value #LIMIT} requests/s (bursts of {@value
 * #BURST}); each thread pauses {@link #THINK} between calls. Phases: {@link #THROTTLED} of
 * throttling (the first {@link #CONVERGENCE} not measured), then {@link #OUTAGE} of 503 answers to
 * everything, then the API answers again and the benchmark measures how long until {@value
 * #RECOVERED_SHARE} of the limit is used again (at most {@link #RECOVERY}).
 */
final class OverloadBenchmark {

  static final int INSTANCES = 4;
  static final int THREADS = 16;
  static final int LIMIT = 100;
  static final int BURST = 20;
  static final double RECOVERED_SHARE = 0.9;
  static final Duration THINK = Duration.ofMillis(10);
  static final Duration CONVERGENCE = Duration.ofSeconds(5);
  static final Duration THROTTLED = Duration.ofSeconds(20);
  static final Duration OUTAGE = Duration.ofSeconds(10);
  static final Duration RECOVERY = Duration.ofSeconds(15);

  private static final String DATASET = "demo/flowers";
  private static final String OPERATION = SegmentsOperation.GET_DATASET.operationName();

  /** The settings that switch the overload protection off: the behaviour before issue 14. */
  static final Map<String, Object> PROTECTION_OFF =
      Map.of(
          "segments.rate-limit.mode", "off",
          "segments.retry.budget.enabled", false,
          "segments.circuit-breaker.enabled", false);

  /**
   * The figures of one run.
   *
   * @param label which settings
   * @param throttledShare 429 answers among the API's answers while throttled, percent
   * @param limitUsed successful answers per second while throttled, percent of the limit
   * @param throttledP99 p99 call latency while throttled, ms
   * @param limitFailures calls that failed with {@code ApiLimitException} while throttled
   * @param attemptsPerCall requests the API received per call during the outage
   * @param outageP50 median call latency during the outage, ms
   * @param outageP99 p99 call latency during the outage, ms
   * @param recoverySeconds seconds from the API answering again until {@value #RECOVERED_SHARE} of
   *     the limit was used over a second; negative when not within {@link #RECOVERY}
   */
  record Result(
      String label,
      double throttledShare,
      double limitUsed,
      double throttledP99,
      long limitFailures,
      double attemptsPerCall,
      double outageP50,
      double outageP99,
      double recoverySeconds) {}

  private OverloadBenchmark() {}

  /**
   * Runs the scenario.
   *
   * @param label names the settings
   * @param settings the instances' properties beside the API URL and key
   * @return the figures
   * @throws InterruptedException when interrupted
   */
  static Result run(String label, Map<String, Object> settings) throws InterruptedException {
    try (SegmentsEmulator emulator =
            SegmentsEmulator.builder()
                .tokenBucketRateLimit(LIMIT, Duration.ofSeconds(1), BURST)
                .threads(64)
                .build()
                .start();
        ApplicationInstances instances =
            new ApplicationInstances(INSTANCES, emulator.baseUrl(), emulator.apiKey(), settings)) {
      CallLog calls = new CallLog();
      AtomicBoolean running = new AtomicBoolean(true);
      List<Thread> threads = start(instances.clients(), calls, running);

      Instant throttledFrom = Instant.now().plus(CONVERGENCE);
      Thread.sleep(THROTTLED.toMillis());
      Instant outageFrom = Instant.now();
      emulator.faults().forAnyRequest().status(503);
      Thread.sleep(OUTAGE.toMillis());
      Instant recoveryFrom = Instant.now();
      emulator.faults().clear();
      Thread.sleep(RECOVERY.toMillis());
      running.set(false);
      for (Thread thread : threads) {
        thread.join();
      }

      List<RecordedRequest> answers = emulator.requestLog().entries(OPERATION);
      List<CallLog.Call> throttledCalls = calls.between(throttledFrom, outageFrom);
      List<RecordedRequest> throttledAnswers = between(answers, throttledFrom, outageFrom);
      double seconds = Duration.between(throttledFrom, outageFrom).toMillis() / 1000.0;
      List<CallLog.Call> outageCalls = calls.between(outageFrom, recoveryFrom);
      return new Result(
          label,
          100.0 * count(throttledAnswers, 429) / Math.max(1, throttledAnswers.size()),
          100.0 * count(throttledAnswers, 200) / (LIMIT * seconds),
          CallLog.percentileMillis(throttledCalls, 99),
          throttledCalls.stream()
              .filter(call -> call.outcome().equals(ApiLimitException.class.getSimpleName()))
              .count(),
          between(answers, outageFrom, recoveryFrom).size()
              / (double) Math.max(1, outageCalls.size()),
          CallLog.percentileMillis(outageCalls, 50),
          CallLog.percentileMillis(outageCalls, 99),
          recoverySeconds(between(answers, recoveryFrom, Instant.now()), recoveryFrom));
    }
  }

  private static List<Thread> start(
      List<SegmentsClient> clients, CallLog calls, AtomicBoolean running) {
    List<Thread> threads = new ArrayList<>();
    for (SegmentsClient client : clients) {
      for (int i = 0; i < THREADS; i++) {
        Thread thread =
            new Thread(() -> loop(client, calls, running), "overload-" + threads.size());
        thread.setDaemon(true);
        thread.start();
        threads.add(thread);
      }
    }
    return threads;
  }

  private static void loop(SegmentsClient client, CallLog calls, AtomicBoolean running) {
    while (running.get()) {
      Instant start = Instant.now();
      long begin = System.nanoTime();
      String outcome = "ok";
      try {
        client.getDataset(DATASET);
      } catch (RuntimeException ex) {
        outcome = ex.getClass().getSimpleName();
      }
      calls.add(new CallLog.Call(start, System.nanoTime() - begin, outcome));
      try {
        TimeUnit.NANOSECONDS.sleep(THINK.toNanos());
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static List<RecordedRequest> between(
      List<RecordedRequest> answers, Instant from, Instant to) {
    return answers.stream()
        .filter(answer -> !answer.time().isBefore(from) && answer.time().isBefore(to))
        .toList();
  }

  private static long count(List<RecordedRequest> answers, int status) {
    return answers.stream().filter(answer -> answer.status() == status).count();
  }

  /** The end of the first one-second window with {@value #RECOVERED_SHARE} of the limit. */
  private static double recoverySeconds(List<RecordedRequest> answers, Instant from) {
    List<Instant> successes =
        answers.stream().filter(a -> a.status() == 200).map(RecordedRequest::time).toList();
    int needed = (int) Math.ceil(RECOVERED_SHARE * LIMIT);
    for (int last = needed - 1; last < successes.size(); last++) {
      Instant end = successes.get(last);
      if (Duration.between(successes.get(last - needed + 1), end).compareTo(Duration.ofSeconds(1))
          <= 0) {
        return Duration.between(from, end).toMillis() / 1000.0;
      }
    }
    return -1;
  }
}
