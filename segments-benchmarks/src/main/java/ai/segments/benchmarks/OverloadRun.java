package ai.segments.benchmarks;

import ai.segments.client.SegmentsClient;
import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.exception.ApiLimitException;
import ai.segments.emulator.RecordedRequest;
import ai.segments.emulator.SegmentsEmulator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One overload run: application instances (Spring contexts with the starter, sharing one API key)
 * call the emulator, which limits the key to {@value #LIMIT} requests/s with one rate-limit model,
 * following a shape's schedule; the first {@code warmUp} is not measured. With an outage, the API
 * then answers 503 to everything for {@link #OUTAGE} and the benchmark measures how the instances
 * recover over {@link #RECOVERY}.
 *
 * @param model the emulator's rate-limit model
 * @param shape how the instances call
 * @param setting the instances' protection settings
 * @param warmUp the start of the run that is not measured
 * @param outage whether an outage follows the throttled part
 */
record OverloadRun(
    ThrottleModel model,
    OverloadShape shape,
    ProtectionSetting setting,
    Duration warmUp,
    boolean outage) {

  /** Requests per second the emulator allows the key. */
  static final int LIMIT = 100;

  /** How long the API answers 503 to everything. */
  static final Duration OUTAGE = Duration.ofSeconds(10);

  /** How long the benchmark watches the recovery after the outage. */
  static final Duration RECOVERY = Duration.ofSeconds(10);

  private static final String DATASET = "demo/flowers";
  private static final String IMPORT_DATASET = "overload-import";
  private static final String ADD_SAMPLES = SegmentsOperation.ADD_SAMPLES.operationName();

  /**
   * Runs.
   *
   * @return the figures
   * @throws InterruptedException when interrupted
   */
  OverloadResult run() throws InterruptedException {
    try (SegmentsEmulator emulator = SegmentsEmulator.builder().threads(64).build().start();
        ApplicationInstances instances =
            new ApplicationInstances(
                this.shape.instances(),
                emulator.baseUrl(),
                emulator.apiKey(),
                this.setting.properties())) {
      CallLog calls = new CallLog();
      List<InstanceLoad> loads = loads(instances.clients(), calls);
      this.model.apply(emulator, LIMIT, Duration.ofSeconds(1));
      emulator.requestLog().clear();

      List<Instant> stepStarts = follow(loads);
      Instant throttledEnd = Instant.now();
      OverloadResult.Outage outageFigures =
          this.outage ? outage(emulator, calls, throttledEnd) : null;
      for (InstanceLoad load : loads) {
        load.stop();
      }
      for (InstanceLoad load : loads) {
        load.await();
      }
      return result(
          emulator.requestLog().entries(), calls, stepStarts, throttledEnd, outageFigures);
    }
  }

  /** The loads of the instances: instance 0 imports in the bulk shape, the others call. */
  private List<InstanceLoad> loads(List<SegmentsClient> clients, CallLog calls) {
    List<InstanceLoad> loads = new ArrayList<>();
    for (int i = 0; i < clients.size(); i++) {
      SegmentsClient client = clients.get(i);
      loads.add(
          (this.shape.bulkImport() && i == 0)
              ? InstanceLoad.bulkImport(i, client, client.addDataset(IMPORT_DATASET).fullName())
              : InstanceLoad.smallCalls(i, client, DATASET, this.shape.threads(), calls));
    }
    return loads;
  }

  /** Starts and stops the instances as the schedule says; returns when each step started. */
  private List<Instant> follow(List<InstanceLoad> loads) throws InterruptedException {
    List<Instant> starts = new ArrayList<>();
    long begin = System.nanoTime();
    int calling = 0;
    List<Duration> offsets = this.shape.starts();
    for (int s = 0; s < this.shape.steps().size(); s++) {
      OverloadShape.Step step = this.shape.steps().get(s);
      sleepUntil(begin, offsets.get(s));
      starts.add(Instant.now());
      for (int i = calling; i < step.instances(); i++) {
        loads.get(i).start();
      }
      for (int i = step.instances(); i < calling; i++) {
        loads.get(i).stop();
      }
      calling = Math.max(calling, step.instances());
    }
    sleepUntil(begin, offsets.get(offsets.size() - 1).plus(last().length()));
    return starts;
  }

  private OverloadShape.Step last() {
    return this.shape.steps().get(this.shape.steps().size() - 1);
  }

  private static void sleepUntil(long begin, Duration offset) throws InterruptedException {
    long left = begin + offset.toNanos() - System.nanoTime();
    if (left > 0) {
      Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
    }
  }

  private static OverloadResult.Outage outage(
      SegmentsEmulator emulator, CallLog calls, Instant from) throws InterruptedException {
    emulator.faults().forAnyRequest().status(503);
    Thread.sleep(OUTAGE.toMillis());
    Instant recoveryFrom = Instant.now();
    emulator.faults().clear();
    Thread.sleep(RECOVERY.toMillis());
    List<RecordedRequest> answers = emulator.requestLog().entries();
    List<CallLog.Call> outageCalls = calls.between(from, recoveryFrom);
    return new OverloadResult.Outage(
        OverloadMeasures.between(answers, from, recoveryFrom).size()
            / (double) Math.max(1, outageCalls.size()),
        CallLog.percentileMillis(outageCalls, 50),
        CallLog.percentileMillis(outageCalls, 99),
        OverloadMeasures.recoverySeconds(
            OverloadMeasures.between(answers, recoveryFrom, Instant.now()), recoveryFrom, LIMIT));
  }

  private OverloadResult result(
      List<RecordedRequest> answers,
      CallLog calls,
      List<Instant> stepStarts,
      Instant throttledEnd,
      OverloadResult.Outage outageFigures) {
    Instant from = stepStarts.get(0).plus(this.warmUp);
    List<RecordedRequest> throttled = OverloadMeasures.between(answers, from, throttledEnd);
    List<CallLog.Call> throttledCalls = calls.between(from, throttledEnd);
    List<Double> settle = new ArrayList<>();
    for (int s = 1; s < stepStarts.size(); s++) {
      Instant end = (s + 1 < stepStarts.size()) ? stepStarts.get(s + 1) : throttledEnd;
      settle.add(
          OverloadMeasures.settleSeconds(
              OverloadMeasures.between(answers, stepStarts.get(s), end), stepStarts.get(s), end));
    }
    return new OverloadResult(
        this.model,
        this.shape,
        this.setting,
        OverloadMeasures.throttledPercent(throttled),
        OverloadMeasures.limitUsedPercent(throttled, Duration.between(from, throttledEnd), LIMIT),
        CallLog.percentileMillis(throttledCalls, 99),
        throttledCalls.stream()
            .filter(call -> call.outcome().equals(ApiLimitException.class.getSimpleName()))
            .count(),
        settle,
        this.shape.bulkImport() ? shares(throttled, throttledCalls) : List.of(),
        outageFigures);
  }

  /**
   * Each instance's share of the successful answers: the importer's are its bulk requests, the
   * others' their successful small calls.
   */
  private List<Double> shares(List<RecordedRequest> throttled, List<CallLog.Call> throttledCalls) {
    long[] successes = new long[this.shape.instances()];
    successes[0] =
        throttled.stream()
            .filter(a -> OverloadMeasures.succeeded(a) && ADD_SAMPLES.equals(a.operation()))
            .count();
    throttledCalls.stream().filter(CallLog.Call::ok).forEach(call -> successes[call.instance()]++);
    long total = Arrays.stream(successes).sum();
    return Arrays.stream(successes).mapToObj(count -> 100.0 * count / Math.max(1, total)).toList();
  }
}
