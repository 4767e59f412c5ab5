package ai.segments.benchmarks;

import ai.segments.emulator.RateLimitModel;
import ai.segments.emulator.SegmentsEmulator;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The emulator's rate-limit models the overload benchmark throttles its instances with, by their
 * names on the command line (those of the emulator's {@code --rate-limit-model}).
 */
enum ThrottleModel {
  /**
   * Django REST framework's throttle, the emulator's default: a sliding log of accepted requests.
   */
  DRF("drf", RateLimitModel.DRF),
  /** A fixed window: {@code requests} per window, the count reset when a window starts. */
  FIXED_WINDOW("fixed-window", RateLimitModel.FIXED_WINDOW),
  /**
   * A token bucket: a steady rate with bursts of up to {@code requests} (the emulator's default).
   */
  TOKEN_BUCKET("token-bucket", RateLimitModel.TOKEN_BUCKET);

  private final String label;
  private final RateLimitModel model;

  ThrottleModel(String label, RateLimitModel model) {
    this.label = label;
    this.model = model;
  }

  /**
   * The name on the command line and in the table.
   *
   * @return e.g. {@code fixed-window}
   */
  String label() {
    return this.label;
  }

  /**
   * Limits every user of the emulator to {@code requests} per {@code period} with this model.
   *
   * @param emulator the started emulator
   * @param requests requests per period
   * @param period the period
   */
  void apply(SegmentsEmulator emulator, int requests, Duration period) {
    emulator.rateLimit(this.model, requests, period);
  }

  /**
   * The models a comma-separated list names.
   *
   * @param list e.g. {@code drf,fixed-window}
   * @return the models, in the list's order
   * @throws IllegalArgumentException for an unknown name
   */
  static List<ThrottleModel> parse(String list) {
    Map<String, ThrottleModel> known = new LinkedHashMap<>();
    Arrays.stream(values()).forEach(model -> known.put(model.label, model));
    return NameList.parse("rate-limit model", list, known);
  }
}
