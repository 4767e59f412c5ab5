package ai.segments.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the overload benchmark's application instances call the API: how many threads each runs and
 * which instances are calling when. Every instance is a Spring context with the starter; the
 * instances of a schedule step call at once, the others are idle (started before the run, so that
 * their start-up does not load the machine while measuring).
 *
 * @param name the name on the command line and in the table, e.g. {@code 4x16}
 * @param description what the shape does, for the report's header
 * @param threads the small-call threads of each calling instance
 * @param bulkImport whether instance 0 runs a bulk import instead of small calls
 * @param steps the schedule: how many instances call, for how long, one step after the other
 */
record OverloadShape(
    String name, String description, int threads, boolean bulkImport, List<Step> steps) {

  /** The shapes' names, in the report's order. */
  static final List<String> NAMES = List.of("4x16", "16x4", "join-leave", "bulk");

  /**
   * One step of the schedule.
   *
   * @param instances instances 0 to {@code instances - 1} call during the step
   * @param length how long the step lasts
   */
  record Step(int instances, Duration length) {}

  OverloadShape {
    steps = List.copyOf(steps);
  }

  /**
   * A shape by name.
   *
   * @param name one of {@link #NAMES}
   * @param phase how long a steady shape calls, and the first step of the join/leave shape
   * @param warmUp the start of a run that is not measured; the join/leave shape's later steps last
   *     {@code phase - warmUp}
   * @return the shape
   * @throws IllegalArgumentException for an unknown name
   */
  static OverloadShape named(String name, Duration phase, Duration warmUp) {
    Duration later = phase.minus(warmUp);
    return switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "4x16" -> steady(4, 16, phase);
      case "16x4" -> steady(16, 4, phase);
      case "join-leave" ->
          new OverloadShape(
              "join-leave",
              "instances × 16 threads joining and leaving: 4, then 8, then 2",
              16,
              false,
              List.of(new Step(4, phase), new Step(8, later), new Step(2, later)));
      case "bulk" ->
          new OverloadShape(
              "bulk",
              "1 instance bulk-importing (the importer's defaults) while 3 × 16 threads make small"
                  + " calls",
              16,
              true,
              List.of(new Step(4, phase)));
      default ->
          throw new IllegalArgumentException("Unknown shape '" + name + "'; known: " + NAMES);
    };
  }

  /**
   * The shapes a comma-separated list names.
   *
   * @param list e.g. {@code 4x16,bulk}
   * @param phase see {@link #named}
   * @param warmUp see {@link #named}
   * @return the shapes, in the list's order
   */
  static List<OverloadShape> parse(String list, Duration phase, Duration warmUp) {
    Map<String, OverloadShape> known = new LinkedHashMap<>();
    NAMES.forEach(name -> known.put(name, named(name, phase, warmUp)));
    return NameList.parse("shape", list, known);
  }

  private static OverloadShape steady(int instances, int threads, Duration phase) {
    return new OverloadShape(
        instances + "x" + threads,
        instances + " instances × " + threads + " threads",
        threads,
        false,
        List.of(new Step(instances, phase)));
  }

  /**
   * The instances the run needs.
   *
   * @return the most instances of any step
   */
  int instances() {
    return this.steps.stream().mapToInt(Step::instances).max().orElseThrow();
  }

  /**
   * Whether instances join or leave during the run.
   *
   * @return true with more than one step
   */
  boolean changes() {
    return this.steps.size() > 1;
  }

  /**
   * When each step starts, from the start of the run.
   *
   * @return one offset per step, the first zero
   */
  List<Duration> starts() {
    List<Duration> starts = new ArrayList<>();
    Duration at = Duration.ZERO;
    for (Step step : this.steps) {
      starts.add(at);
      at = at.plus(step.length());
    }
    return starts;
  }
}
