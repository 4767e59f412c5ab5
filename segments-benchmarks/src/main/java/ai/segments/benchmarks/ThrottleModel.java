package ai.segments.benchmarks;

import ai.segments.emulator.SegmentsEmulator;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The emulator's rate-limit models the overload benchmark throttles its instances with. */
enum ThrottleModel {
  /** A fixed window: {@code requests} per window, the count reset when a window starts. */
  FIXED_WINDOW("fixed-window"),
  /** A token bucket: a steady rate with bursts of {@value #BURST} requests. */
  TOKEN_BUCKET("token-bucket");

  /** The token bucket's burst. */
  static final int BURST = 20;

  private final String label;

  ThrottleModel(String label) {
    this.label = label;
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
    switch (this) {
      case FIXED_WINDOW -> emulator.rateLimit(requests, period);
      case TOKEN_BUCKET -> emulator.tokenBucketRateLimit(requests, period, BURST);
    }
  }

  /**
   * The models a comma-separated list names.
   *
   * @param list e.g. {@code fixed-window,token-bucket}
   * @return the models, in the list's order
   * @throws IllegalArgumentException for an unknown name
   */
  static List<ThrottleModel> parse(String list) {
    return Arrays.stream(list.split(",", -1))
        .map(name -> name.trim().toLowerCase(Locale.ROOT))
        .map(
            name ->
                Arrays.stream(values())
                    .filter(model -> model.label.equals(name))
                    .findFirst()
                    .orElseThrow(
                        () ->
                            new IllegalArgumentException(
                                "Unknown rate-limit model '"
                                    + name
                                    + "'; known: "
                                    + Arrays.stream(values()).map(ThrottleModel::label).toList())))
        .toList();
  }
}
