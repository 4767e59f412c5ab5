package ai.segments.emulator;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standalone emulator's {@code --rate-limit N/PERIOD} value (also in {@code --rate-limit-scope
 * OPERATION=N/PERIOD}): {@code N} requests per {@code PERIOD}, where {@code PERIOD} is a unit
 * ({@code s}, {@code min}, {@code h}) or an amount with a unit ({@code 10s}, {@code 500ms}, {@code
 * 1min}).
 *
 * @param requests requests per period, at least 1
 * @param period the period, positive
 */
record RateLimitOption(int requests, Duration period) {

  private static final Pattern FORMAT = Pattern.compile("(\\d{1,9})/(\\d{0,9})(ms|s|sec|m|min|h)");

  /**
   * Reads an option value.
   *
   * @param option the option, for the error message
   * @param value e.g. {@code 100/s}
   * @return the limit
   * @throws IllegalArgumentException when the value does not have the form {@code N/PERIOD}
   */
  static RateLimitOption parse(String option, String value) {
    Matcher matcher = FORMAT.matcher(value.strip().toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          option + " must look like 100/s, 6000/min or 5/10s, not " + value);
    }
    int requests = Integer.parseInt(matcher.group(1));
    long amount = matcher.group(2).isEmpty() ? 1 : Long.parseLong(matcher.group(2));
    Duration period =
        switch (matcher.group(3)) {
          case "ms" -> Duration.ofMillis(amount);
          case "s", "sec" -> Duration.ofSeconds(amount);
          case "m", "min" -> Duration.ofMinutes(amount);
          default -> Duration.ofHours(amount);
        };
    if (requests < 1 || period.isZero()) {
      throw new IllegalArgumentException(option + " needs at least 1 request per period");
    }
    return new RateLimitOption(requests, period);
  }
}
