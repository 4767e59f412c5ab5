package ai.segments.benchmarks;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The options of the {@code overload} mode: {@code [--seconds N] [--models drf,fixed-window,...]
 * [--shapes 4x16,16x4,join-leave,bulk] [--settings off,defaults] [--no-outage]
 * [--no-single-instance]}; every model, shape and setting, the outage and the single-instance ratio
 * by default.
 *
 * @param phase how long a steady shape calls ({@code --seconds}, 12 by default); its first quarter
 *     is not measured
 * @param models the emulator's rate-limit models
 * @param shapes the instances' shapes
 * @param settings the protection settings
 * @param outage whether the outage is measured (with the first model and {@code 4x16})
 * @param singleInstance whether the single never-throttled instance's ratio is measured
 */
record OverloadOptions(
    Duration phase,
    List<ThrottleModel> models,
    List<OverloadShape> shapes,
    List<ProtectionSetting> settings,
    boolean outage,
    boolean singleInstance) {

  /** The default of {@code --seconds}. */
  static final int DEFAULT_SECONDS = 12;

  /** The shape the outage follows. */
  static final String OUTAGE_SHAPE = "4x16";

  OverloadOptions {
    models = List.copyOf(models);
    shapes = List.copyOf(shapes);
    settings = List.copyOf(settings);
  }

  /**
   * Reads the options after the mode.
   *
   * @param args the command line, {@code overload} first
   * @return the options
   * @throws IllegalArgumentException for an unknown option or value
   */
  static OverloadOptions parse(String[] args) {
    Duration phase = Duration.ofSeconds(DEFAULT_SECONDS);
    String models =
        Arrays.stream(ThrottleModel.values())
            .map(ThrottleModel::label)
            .collect(Collectors.joining(","));
    String shapes = String.join(",", OverloadShape.NAMES);
    String settings = "off,defaults";
    boolean outage = true;
    boolean single = true;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--seconds" -> phase = Duration.ofMillis(Math.round(1000 * seconds(value(args, ++i))));
        case "--models" -> models = value(args, ++i);
        case "--shapes" -> shapes = value(args, ++i);
        case "--settings" -> settings = value(args, ++i);
        case "--no-outage" -> outage = false;
        case "--no-single-instance" -> single = false;
        default -> throw new IllegalArgumentException("Unknown overload option: " + args[i]);
      }
    }
    return new OverloadOptions(
        phase,
        ThrottleModel.parse(models),
        OverloadShape.parse(shapes, phase, warmUp(phase)),
        ProtectionSetting.parse(settings),
        outage,
        single);
  }

  /**
   * The start of a run that is not measured.
   *
   * @return a quarter of the phase
   */
  Duration warmUp() {
    return warmUp(this.phase);
  }

  private static Duration warmUp(Duration phase) {
    return phase.dividedBy(4);
  }

  private static double seconds(String text) {
    double seconds = Double.parseDouble(text);
    if (!(seconds >= 1 && seconds <= 600)) {
      throw new IllegalArgumentException("--seconds must be between 1 and 600: " + text);
    }
    return seconds;
  }

  private static String value(String[] args, int index) {
    if (index >= args.length) {
      throw new IllegalArgumentException(args[index - 1] + " needs a value");
    }
    return args[index];
  }
}
