package ai.segments.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The overload protection settings of the benchmark's application instances.
 *
 * @param label the name on the command line and in the tables
 * @param properties the instances' properties beside the API URL and key
 */
record ProtectionSetting(String label, Map<String, Object> properties) {

  /** The protection switched off: the behaviour before issue 14. */
  static final ProtectionSetting OFF =
      new ProtectionSetting(
          "protection off",
          Map.of(
              "segments.rate-limit.mode", "off",
              "segments.retry.budget.enabled", false,
              "segments.circuit-breaker.enabled", false));

  /** The starter's defaults, as a user gets them. */
  static final ProtectionSetting DEFAULTS = new ProtectionSetting("defaults", Map.of());

  /**
   * Whether the targets apply: they are the defaults' targets.
   *
   * @return true for {@link #DEFAULTS}
   */
  boolean targeted() {
    return this.equals(DEFAULTS);
  }

  /**
   * The settings a comma-separated list names: {@code off} and {@code defaults}.
   *
   * @param list e.g. {@code off,defaults}
   * @return the settings, in the list's order
   * @throws IllegalArgumentException for an unknown name
   */
  static List<ProtectionSetting> parse(String list) {
    Map<String, ProtectionSetting> known = new LinkedHashMap<>();
    known.put("off", OFF);
    known.put("defaults", DEFAULTS);
    return NameList.parse("settings", list, known);
  }
}
